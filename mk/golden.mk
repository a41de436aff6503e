# `make golden`: the test vendor's golden files. tests/test_acme.py builds tests/data/acme/ in a
# scratch copy of the project and compares what it wrote with tests/data/golden/; after an
# intended change to what the pipeline writes, regenerate them and review the diff.

.PHONY: golden
golden: $(STAMP) ## regenerate tests/data/golden/ from the test vendor tests/data/acme/
	$(PY) -m tests.scratch
