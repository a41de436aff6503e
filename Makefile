# Curated OpenAPI specs, clients, docs and mocks for five vendor APIs.
# `make help` lists the targets. `make specs` and `make test` work from a fresh clone.

PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
VENDOR ?=
PORT   ?= 8000
MOCK   ?=

# Each feature area keeps its own make fragment (node tools and browser, interop, benchmarks).
# Fragments may add prerequisites of `make test` to TEST_DEPS.
TEST_DEPS :=
include $(sort $(wildcard mk/*.mk))

.DEFAULT_GOAL := help
.PHONY: help install specs test test-fast check sources lint format mock bench interop clean

help: ## list the targets
	@awk 'BEGIN {FS = ":.*## "} /^[a-z][a-z-]*:.*## / {printf "  make %-10s %s\n", $$1, $$2}' $(MAKEFILE_LIST)

$(STAMP): pyproject.toml constraints.txt
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -c constraints.txt -e ".[dev]"
	@touch $(STAMP)

install: $(STAMP) ## create .venv and install the toolkit with its dev tools

specs: $(STAMP) ## regenerate everything in generated/ (specs, 3.0.3 copies, clients, docs)
	$(PY) -m generator specs

test: $(STAMP) $(TEST_DEPS) ## run the whole test suite
	$(PY) -m pytest

test-fast: $(STAMP) ## the inner loop: the suite without the `slow` tier (Schemathesis, mypy, browser, races)
	$(PY) -m pytest -m "not slow"

check: $(STAMP) ## fail if generated/ differs from a fresh generation
	$(PY) -m generator check

sources: $(STAMP) ## compare each vendor document with its pin; list the cited lines a change touches
	$(PY) -m generator sources

lint: $(STAMP) ## ruff (lint + format check) and mypy --strict
	$(PY) -m ruff check generator specs tests
	$(PY) -m ruff format --check generator specs tests
	$(PY) -m mypy generator specs

format: $(STAMP) ## apply ruff's formatting and safe fixes
	$(PY) -m ruff check --fix generator specs tests
	$(PY) -m ruff format generator specs tests

mock: $(STAMP) ## serve generated/VENDOR on 127.0.0.1:PORT (default 8000) (make mock VENDOR=lagerkoll MOCK="--items 250 --fault 'GET /:429:once'")
	@test -n "$(VENDOR)" || { echo "usage: make mock VENDOR=<vendor> [PORT=8000] [MOCK='--items N --fault SPEC']"; exit 2; }
	$(PY) -m generator mock $(VENDOR) --port $(PORT) $(MOCK)

clean: ## remove the venv and caches (generated/ is kept: it is committed)
	rm -rf $(VENV) .cache .pytest_cache .mypy_cache .ruff_cache
