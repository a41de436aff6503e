"""The compiled meta-schema check finds what openapi-spec-validator's own check finds."""

from __future__ import annotations

from typing import Any

import pytest
from jsonschema.exceptions import SchemaError
from openapi_spec_validator import OpenAPIV31SpecValidator

from generator.spec_validator import OpenAPIV31Validator, check_meta_schema
from tests.conftest import GENERATED, load_spec

BROKEN_SCHEMAS: dict[str, dict[str, Any]] = {
    "unknown type": {"type": "strng"},
    "type not a string": {"type": 5},
    "required not a list": {"type": "object", "required": "name"},
    "nested property broken": {"properties": {"a": {"minimum": "one"}}},
    "items broken": {"type": "array", "items": {"type": ["string", 3]}},
    "discriminator not an object": {"discriminator": "kind"},
    "xml name not a string": {"xml": {"name": 1}},
    "enum not a list": {"enum": "a"},
    "ref not a string": {"allOf": [{"$ref": 5}]},
}


def _document(schema: dict[str, Any]) -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/w": {
                "get": {
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {
                                "application/json": {"schema": {"$ref": "#/components/schemas/W"}}
                            },
                        }
                    }
                }
            }
        },
        "components": {"schemas": {"W": schema}},
    }


def _error_paths(validator: type[OpenAPIV31SpecValidator], document: dict[str, Any]) -> list[str]:
    return sorted("/".join(map(str, e.path)) for e in validator(document).iter_errors())


@pytest.mark.parametrize("schema", BROKEN_SCHEMAS.values(), ids=list(BROKEN_SCHEMAS))
def test_a_broken_schema_is_rejected_by_both_at_the_same_place(schema: dict[str, Any]) -> None:
    document = _document(schema)
    ours = _error_paths(OpenAPIV31Validator, document)
    assert ours, "the compiled check let a broken schema through"
    assert ours == _error_paths(OpenAPIV31SpecValidator, document)
    with pytest.raises(SchemaError):
        check_meta_schema(schema)  # the compiled check itself, not the library's, found it


def test_the_compiled_check_replaces_the_librarys() -> None:
    ours = OpenAPIV31Validator.keyword_validators["schema"]
    assert ours is not OpenAPIV31SpecValidator.keyword_validators["schema"]
    assert ours.__name__ == "_CompiledMetaSchemaValidator"


def test_a_valid_schema_passes_both() -> None:
    document = _document({"type": "object", "properties": {"a": {"type": ["string", "null"]}}})
    assert _error_paths(OpenAPIV31Validator, document) == []
    assert _error_paths(OpenAPIV31SpecValidator, document) == []


@pytest.mark.parametrize("vendor", sorted(p.name for p in GENERATED.iterdir() if p.is_dir()))
def test_every_vendor_spec_passes_both(vendor: str) -> None:
    spec = load_spec(GENERATED / vendor / "openapi.yaml")
    assert _error_paths(OpenAPIV31Validator, spec) == []
    assert _error_paths(OpenAPIV31SpecValidator, spec) == []
