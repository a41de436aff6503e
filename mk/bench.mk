# `make bench`: the benchmark table (pipeline, scaling, openapi-python-client side by side, client
# decoding and overhead). openapi-python-client is pinned in tools/bench/requirements.txt and
# installed into .cache/bench-venv; the benchmark itself runs in .venv. See tools/bench/bench/.

BENCH_VENV  := .cache/bench-venv
BENCH_STAMP := $(BENCH_VENV)/.installed
BENCH_PY    := $(BENCH_VENV)/bin/python
BENCH_ARGS  ?=

$(BENCH_STAMP): tools/bench/requirements.txt
	@test -x $(BENCH_PY) || $(PYTHON) -m venv $(BENCH_VENV)
	$(BENCH_PY) -m pip install --quiet --disable-pip-version-check -r tools/bench/requirements.txt
	@touch $@

# Bytecode first: pip compiled openapi-python-client when it installed it, while an editable
# install (and PYTHONDONTWRITEBYTECODE, set on some machines) leaves our modules to be compiled in
# every fresh process the benchmark starts.
bench: $(STAMP) $(BENCH_STAMP) ## print the benchmark table, targets beside figures (BENCH_ARGS=--smoke for a quick run)
	$(PY) -m compileall -q generator specs tools/bench
	PYTHONPATH=tools/bench $(PY) -m bench $(BENCH_ARGS)
