"""OpenAPI 3.1 → 3.0.3, for the tools that lag on 3.1 (and for Swagger UI, which is faster on it).

The conversion is exact for the portable subset ``build.py`` emits. Each rule is a small function
over one schema object; ``downgrade_schema`` applies them bottom-up.

| 3.1 | 3.0.3 |
|---|---|
| ``type: [X, "null"]`` | ``type: X, nullable: true`` |
| ``type: [X, Y, "null"]`` | ``anyOf: [{type: X, nullable: true}, {type: Y, nullable: true}]`` |
| ``anyOf: [{$ref: A}, {type: null}]`` | ``anyOf: [{$ref: A}, {type: <A's type>, nullable: true, enum: [null]}]`` |
| ``anyOf: [S, {type: null}]`` (S inline) | S with ``nullable: true`` |
| ``anyOf: [S, T, {type: null}]`` | ``anyOf`` of S and T, each ``nullable: true`` |
| ``type: "null"`` alone | ``type: string, nullable: true, enum: [null]`` |
| ``const: v`` | ``enum: [v]`` |
| ``examples: [a, …]`` in a schema | ``example: a`` |
| ``exclusiveMinimum: n`` (number) | ``minimum: n, exclusiveMinimum: true`` (same for maximum) |
| ``contentMediaType`` / ``contentEncoding`` | dropped (``format: binary`` / ``byte`` carries it) |
| ``$ref`` with siblings | ``allOf: [{$ref}]`` with the siblings |
| ``info.license.identifier``, ``jsonSchemaDialect``, ``webhooks`` | dropped |

``nullable`` never stands without a ``type`` beside it: OpenAPI 3.0.3 defines it only as a
modifier of ``type``, and Spectral and Redocly reject it otherwise (``allOf: [$ref]`` plus
``nullable`` does not make the referenced schema nullable for them either).
"""

from __future__ import annotations

import copy
from typing import Any

from generator.schemas import order_keys

OPENAPI_30 = "3.0.3"
_NULL = {"type": "null"}
_SCHEMA_LISTS = ("anyOf", "oneOf", "allOf", "prefixItems")
_SCHEMA_MAPS = ("properties", "patternProperties")
_SCHEMA_VALUES = ("items", "additionalProperties", "not")


def downgrade_document(document: dict[str, Any]) -> dict[str, Any]:
    """A 3.0.3 copy of a 3.1 document; the input is not modified."""
    out = copy.deepcopy(document)
    out["openapi"] = OPENAPI_30
    out.pop("jsonSchemaDialect", None)
    out.pop("webhooks", None)
    out.get("info", {}).get("license", {}).pop("identifier", None)
    components = out.get("components", {})
    schemas = components.get("schemas", {})
    types = {name: s["type"] for name, s in schemas.items() if isinstance(s.get("type"), str)}
    components["schemas"] = {
        name: downgrade_schema(schema, types=types) for name, schema in schemas.items()
    }
    for path_item in out.get("paths", {}).values():
        for operation in path_item.values():
            _downgrade_operation(operation, types=types)
    return out


def _downgrade_operation(operation: dict[str, Any], *, types: dict[str, str]) -> None:
    for parameter in operation.get("parameters", []):
        parameter["schema"] = downgrade_schema(parameter["schema"], types=types)
    body = operation.get("requestBody")
    if body is not None:
        _downgrade_content(body.get("content", {}), types=types)
    for response in operation.get("responses", {}).values():
        _downgrade_content(response.get("content", {}), types=types)
        for header in response.get("headers", {}).values():
            header["schema"] = downgrade_schema(header["schema"], types=types)


def _downgrade_content(content: dict[str, Any], *, types: dict[str, str]) -> None:
    for media in content.values():
        media["schema"] = downgrade_schema(media["schema"], types=types)


def downgrade_schema(schema: Any, *, types: dict[str, str] | None = None) -> Any:
    """Rewrite one schema (recursively) into OpenAPI 3.0.3's dialect.

    ``types`` maps component names to their ``type``, for the null branch beside a ``$ref``.
    """
    if not isinstance(schema, dict):
        return schema
    types = types or {}
    out = dict(schema)
    for key in _SCHEMA_LISTS:
        if key in out:
            out[key] = [downgrade_schema(s, types=types) for s in out[key]]
    for key in _SCHEMA_MAPS:
        if key in out:
            out[key] = {name: downgrade_schema(s, types=types) for name, s in out[key].items()}
    for key in _SCHEMA_VALUES:
        if isinstance(out.get(key), dict):
            out[key] = downgrade_schema(out[key], types=types)
    out = _type_array(out)
    out = _null_branch(out, types=types)
    for rule in (_const, _examples, _exclusive_bounds, _content_keywords, _ref_siblings):
        out = rule(out)
    return order_keys(out)


def _type_array(schema: dict[str, Any]) -> dict[str, Any]:
    kind = schema.get("type")
    if kind == "null":
        out = dict(schema)
        out.update(type="string", nullable=True, enum=[None])
        return out
    if not isinstance(kind, list):
        return schema
    types = [t for t in kind if t != "null"]
    nullable = "null" in kind
    out = dict(schema)
    if len(types) == 1:
        out["type"] = types[0]
        if nullable:
            out["nullable"] = True
    else:
        del out["type"]
        out["anyOf"] = [{"type": t, "nullable": True} if nullable else {"type": t} for t in types]
    return out


def _null_branch(schema: dict[str, Any], *, types: dict[str, str]) -> dict[str, Any]:
    for key in ("anyOf", "oneOf"):
        branches = schema.get(key)
        if not isinstance(branches, list) or not any(_is_null(b) for b in branches):
            continue
        rest = [b for b in branches if not _is_null(b)]
        out = {k: v for k, v in schema.items() if k != key}
        if len(rest) == 1 and "$ref" not in rest[0]:
            for k, v in rest[0].items():
                out.setdefault(k, v)
            if "type" in out:
                out["nullable"] = True
                return out
            rest = [rest[0]]
        nullable_rest = [
            b if "$ref" in b or "type" not in b else {**b, "nullable": True} for b in rest
        ]
        refs = [b["$ref"].rsplit("/", 1)[-1] for b in rest if "$ref" in b]
        if refs or any("type" not in b for b in rest):
            # A $ref cannot be made nullable in 3.0: offer null as a branch of its own type.
            kind = types.get(refs[0], "object") if refs else "string"
            nullable_rest.append({"type": kind, "nullable": True, "enum": [None]})
        out[key] = nullable_rest
        return out
    return schema


def _is_null(branch: Any) -> bool:
    """``{type: null}``, or that branch already converted by ``_type_array`` (children first)."""
    if not isinstance(branch, dict):
        return False
    return branch == _NULL or (branch.get("nullable") is True and branch.get("enum") == [None])


def _const(schema: dict[str, Any]) -> dict[str, Any]:
    if "const" not in schema:
        return schema
    out = {k: v for k, v in schema.items() if k != "const"}
    out["enum"] = [schema["const"]]
    return out


def _examples(schema: dict[str, Any]) -> dict[str, Any]:
    examples = schema.get("examples")
    if not isinstance(examples, list):
        return schema
    out = {k: v for k, v in schema.items() if k != "examples"}
    if examples:
        out["example"] = examples[0]
    return out


def _exclusive_bounds(schema: dict[str, Any]) -> dict[str, Any]:
    out = dict(schema)
    for exclusive, inclusive in (("exclusiveMinimum", "minimum"), ("exclusiveMaximum", "maximum")):
        bound = out.get(exclusive)
        if isinstance(bound, int | float) and not isinstance(bound, bool):
            out[inclusive] = bound
            out[exclusive] = True
    return out


def _content_keywords(schema: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in schema.items() if k not in ("contentMediaType", "contentEncoding")}


def _ref_siblings(schema: dict[str, Any]) -> dict[str, Any]:
    """In 3.0 every sibling of ``$ref`` is ignored, even a description: wrap when there are any."""
    if "$ref" not in schema or len(schema) == 1:
        return schema
    out = {k: v for k, v in schema.items() if k != "$ref"}
    out["allOf"] = [{"$ref": schema["$ref"]}]
    return out
