"""The compiled meta-schema checks find what openapi-spec-validator's own checks find."""

from __future__ import annotations

from typing import Any

import pytest
from jsonschema.exceptions import SchemaError
from openapi_spec_validator import OpenAPIV30SpecValidator, OpenAPIV31SpecValidator

from generator.spec_validator import OpenAPIV30Validator, OpenAPIV31Validator, meta_schema_checker
from tests.conftest import SPEC_FILES, load_spec

# (ours, the library's) by OpenAPI version.
PAIRS: dict[str, tuple[type[Any], type[Any]]] = {
    "3.0": (OpenAPIV30Validator, OpenAPIV30SpecValidator),
    "3.1": (OpenAPIV31Validator, OpenAPIV31SpecValidator),
}
BROKEN_SCHEMAS: dict[str, dict[str, Any]] = {
    "unknown type": {"type": "strng"},
    "type not a string": {"type": 5},
    "required not a list": {"type": "object", "required": "name"},
    "nested property broken": {"properties": {"a": {"minimum": "one"}}},
    "items broken": {"type": "array", "items": {"type": 3}},
    "enum not a list": {"enum": "a"},
    "maxLength negative": {"maxLength": -1},
    "allOf not a list": {"allOf": {"type": "string"}},
}
# Keywords only the OAS 3.1 dialect's own vocabulary constrains.
BROKEN_31_ONLY: dict[str, dict[str, Any]] = {
    "discriminator not an object": {"discriminator": "kind"},
    "xml name not a string": {"xml": {"name": 1}},
    "ref not a string": {"allOf": [{"$ref": 5}]},
}


def _document(version: str, schema: dict[str, Any]) -> dict[str, Any]:
    body = {"schema": {"$ref": "#/components/schemas/W"}}
    ok = {"description": "ok", "content": {"application/json": body}}
    return {
        "openapi": "3.1.0" if version == "3.1" else "3.0.3",
        "info": {"title": "t", "version": "1"},
        "paths": {"/w": {"get": {"responses": {"200": ok}}}},
        "components": {"schemas": {"W": schema}},
    }


def _error_paths(validator: type[Any], document: dict[str, Any]) -> list[str]:
    return sorted("/".join(map(str, e.path)) for e in validator(document).iter_errors())


CASES = [(v, name, s) for v in PAIRS for name, s in BROKEN_SCHEMAS.items()] + [
    ("3.1", name, s) for name, s in BROKEN_31_ONLY.items()
]


@pytest.mark.parametrize(
    ("version", "name", "schema"), CASES, ids=[f"{c[0]} {c[1]}" for c in CASES]
)
def test_a_broken_schema_is_rejected_by_both_at_the_same_place(
    version: str, name: str, schema: dict[str, Any]
) -> None:
    ours, theirs = PAIRS[version]
    document = _document(version, schema)
    found = _error_paths(ours, document)
    assert found, f"the compiled {version} check let a broken schema through"
    assert found == _error_paths(theirs, document)
    with pytest.raises(SchemaError):
        meta_schema_checker(version)(schema)  # the compiled check itself found it


@pytest.mark.parametrize("version", PAIRS)
def test_the_compiled_check_replaces_the_librarys(version: str) -> None:
    ours, theirs = PAIRS[version]
    assert ours.keyword_validators["schema"] is not theirs.keyword_validators["schema"]
    assert ours.keyword_validators["schema"].__name__.startswith("_Compiled")


@pytest.mark.parametrize("version", PAIRS)
def test_a_valid_schema_passes_both(version: str) -> None:
    ours, theirs = PAIRS[version]
    document = _document(version, {"type": "object", "properties": {"a": {"type": "string"}}})
    assert _error_paths(ours, document) == []
    assert _error_paths(theirs, document) == []


@pytest.mark.parametrize("spec_file", SPEC_FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_generated_spec_passes_both(spec_file: Any) -> None:
    spec = load_spec(spec_file)
    ours, theirs = PAIRS["3.1" if spec["openapi"].startswith("3.1") else "3.0"]
    assert _error_paths(ours, spec) == []
    assert _error_paths(theirs, spec) == []


@pytest.mark.parametrize("version", ["3.0", "3.1"])
def test_things_met_are_looked_up_in_a_set_not_scanned(version: str) -> None:
    """The library's lists of visited schemas and operationIds met answer from a set."""
    from generator.spec_validator import _Seen

    name = "openapi.yaml" if version == "3.1" else "openapi-3.0.yaml"
    validator = PAIRS[version][0](load_spec(next(p for p in SPEC_FILES if p.name == name)))
    list(validator.iter_errors())
    registry = validator.keyword_validators_registry
    schema_keyword, operation_keyword = registry["schema"], registry["operation"]
    for seen in (
        schema_keyword.visited_schema_ids,
        schema_keyword.meta_checked_schema_ids,
        operation_keyword.operation_ids_registry,
    ):
        assert isinstance(seen, _Seen)
        assert len(seen) > 0 and all(item in seen for item in seen)
        assert -1 not in seen


@pytest.mark.parametrize("version", ["3.0", "3.1"])
def test_a_repeated_operation_id_is_still_found(version: str) -> None:
    document = _document(version, {"type": "string"})
    first = document["paths"]["/w"]["get"]
    first["operationId"] = "getW"
    document["paths"]["/v"] = {"get": dict(first)}
    ours, theirs = PAIRS[version]
    messages = [e.message for e in ours(document).iter_errors()]
    assert messages == [e.message for e in theirs(document).iter_errors()]
    assert any("is not unique" in m for m in messages)
