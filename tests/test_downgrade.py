"""Each 3.1 → 3.0.3 conversion rule, one schema in, one schema out."""

from __future__ import annotations

from typing import Any

import pytest

from generator.downgrade import downgrade_document, downgrade_schema

RULES: dict[str, tuple[dict[str, Any], dict[str, Any]]] = {
    "type array with null": (
        {"type": ["string", "null"], "maxLength": 3},
        {"type": "string", "nullable": True, "maxLength": 3},
    ),
    "type array of two types": (
        {"type": ["integer", "string"]},
        {"anyOf": [{"type": "integer"}, {"type": "string"}]},
    ),
    "type array of two types and null": (
        {"type": ["integer", "string", "null"]},
        {"anyOf": [{"type": "integer", "nullable": True}, {"type": "string", "nullable": True}]},
    ),
    "anyOf ref or null": (
        {"description": "d", "anyOf": [{"$ref": "#/components/schemas/A"}, {"type": "null"}]},
        {
            "description": "d",
            "anyOf": [
                {"$ref": "#/components/schemas/A"},
                {"type": "object", "nullable": True, "enum": [None]},
            ],
        },
    ),
    "anyOf enum or null": (
        {"anyOf": [{"type": "string", "enum": ["a"]}, {"type": "null"}]},
        {"type": "string", "nullable": True, "enum": ["a"]},
    ),
    "anyOf of several or null": (
        {"anyOf": [{"type": "integer"}, {"type": "string"}, {"type": "null"}]},
        {"anyOf": [{"type": "integer", "nullable": True}, {"type": "string", "nullable": True}]},
    ),
    "const": ({"type": "string", "const": "x"}, {"type": "string", "enum": ["x"]}),
    "schema examples": ({"type": "integer", "examples": [1, 2]}, {"type": "integer", "example": 1}),
    "exclusive minimum": (
        {"type": "number", "exclusiveMinimum": 0},
        {"type": "number", "minimum": 0, "exclusiveMinimum": True},
    ),
    "exclusive maximum": (
        {"type": "number", "exclusiveMaximum": 10.5},
        {"type": "number", "maximum": 10.5, "exclusiveMaximum": True},
    ),
    "content media type": (
        {"type": "string", "format": "binary", "contentMediaType": "application/pdf"},
        {"type": "string", "format": "binary"},
    ),
    "ref with siblings": (
        {"$ref": "#/components/schemas/A", "description": "d"},
        {"description": "d", "allOf": [{"$ref": "#/components/schemas/A"}]},
    ),
    "bare null type": ({"type": "null"}, {"type": "string", "nullable": True, "enum": [None]}),
    "nested in properties and items": (
        {
            "type": "object",
            "properties": {"a": {"type": "array", "items": {"type": ["string", "null"]}}},
        },
        {
            "type": "object",
            "properties": {"a": {"type": "array", "items": {"type": "string", "nullable": True}}},
        },
    ),
}


@pytest.mark.parametrize("rule", sorted(RULES))
def test_rule(rule: str) -> None:
    source, expected = RULES[rule]
    assert downgrade_schema(source) == expected


def test_null_branch_beside_a_ref_takes_the_referenced_type() -> None:
    schema = {"anyOf": [{"$ref": "#/components/schemas/Style"}, {"type": "null"}]}
    out = downgrade_schema(schema, types={"Style": "string"})
    assert out["anyOf"][1] == {"type": "string", "nullable": True, "enum": [None]}


def test_nullable_never_stands_without_a_type_in_the_generated_copies() -> None:
    from tests.conftest import SPEC_FILES, load_spec

    def walk(node: object, where: str) -> None:
        if isinstance(node, dict):
            if node.get("nullable") is True:
                assert "type" in node, where
            for key, value in node.items():
                walk(value, f"{where}/{key}")
        elif isinstance(node, list):
            for index, value in enumerate(node):
                walk(value, f"{where}/{index}")

    copies = [p for p in SPEC_FILES if p.name == "openapi-3.0.yaml"]
    assert copies
    for path in copies:
        walk(load_spec(path), path.parent.name)


def test_document_level_conversion_touches_every_schema_site() -> None:
    nullable = {"type": ["string", "null"]}
    document: dict[str, Any] = {
        "openapi": "3.1.0",
        "jsonSchemaDialect": "https://json-schema.org/draft/2020-12/schema",
        "info": {"title": "t", "version": "1", "license": {"name": "MIT", "identifier": "MIT"}},
        "paths": {
            "/a": {
                "post": {
                    "parameters": [{"name": "q", "in": "query", "schema": dict(nullable)}],
                    "requestBody": {"content": {"application/json": {"schema": dict(nullable)}}},
                    "responses": {
                        "200": {
                            "description": "ok",
                            "headers": {"X-A": {"schema": dict(nullable)}},
                            "content": {"application/json": {"schema": dict(nullable)}},
                        }
                    },
                }
            }
        },
        "components": {"schemas": {"S": dict(nullable)}},
    }
    out = downgrade_document(document)
    converted = {"type": "string", "nullable": True}
    op = out["paths"]["/a"]["post"]
    assert out["openapi"] == "3.0.3"
    assert "jsonSchemaDialect" not in out and "identifier" not in out["info"]["license"]
    assert op["parameters"][0]["schema"] == converted
    assert op["requestBody"]["content"]["application/json"]["schema"] == converted
    assert op["responses"]["200"]["headers"]["X-A"]["schema"] == converted
    assert op["responses"]["200"]["content"]["application/json"]["schema"] == converted
    assert out["components"]["schemas"]["S"] == converted
    assert document["components"]["schemas"]["S"] == nullable, "the input must not change"
