# `make interop`: the peer tools users run (openapi-spec-validator, Spectral, Redocly, Postman's
# importer, Swagger UI in headless Chromium, openapi-python-client, datamodel-code-generator,
# OpenAPI Generator) on every generated/*/openapi*.yaml; one table, non-zero exit on any failure.
# INTEROP_ARGS="--check openapi-generator" runs one check only. See tools/interop/README.md.

INTEROP_VENV  := .cache/interop-venv
INTEROP_STAMP := $(INTEROP_VENV)/.installed
INTEROP_PY    := $(INTEROP_VENV)/bin/python
INTEROP_ARGS  ?=

$(INTEROP_STAMP): tools/interop/requirements.txt
	@command -v java >/dev/null || { echo "make interop needs Java 11+ for OpenAPI Generator (apt-get install openjdk-17-jre-headless)" >&2; exit 1; }
	@test -x $(INTEROP_PY) || $(PYTHON) -m venv $(INTEROP_VENV)
	$(INTEROP_PY) -m pip install --quiet --disable-pip-version-check -r tools/interop/requirements.txt
	@touch $@

.PHONY: interop-tools
interop-tools: $(INTEROP_STAMP) browser ## install the pinned interop tools (.cache/interop-venv, node tools, chromium)

interop: $(INTEROP_STAMP) browser ## run the peer tools on every generated spec file, print one table
	cd tools/interop && CHROMIUM=$(CHROMIUM) ../../$(INTEROP_PY) -m interop_runner ../.. $(INTEROP_ARGS)
