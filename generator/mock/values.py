"""Values built from a schema: what the mock answers where the document shows no example.

Deterministic and minimal (required properties only, the lowest value a bound allows, a string a
simple ``pattern`` matches), so that every answer is the same from one run to the next.
"""

from __future__ import annotations

import re
from typing import Any

from generator.openapi import Schemas

#: How deep schema-built values follow nested objects and arrays before stopping (recursion bound).
MAX_DEPTH = 6
_FORMATS: dict[str, Any] = {
    "date-time": "2024-01-01T00:00:00Z",
    "date": "2024-01-01",
    "time": "00:00:00Z",
    "duration": "P1D",
    "email": "user@example.com",
    "idn-email": "user@example.com",
    "hostname": "example.com",
    "ipv4": "127.0.0.1",
    "ipv6": "::1",
    "uri": "https://example.com/",
    "uri-reference": "https://example.com/",
    "iri": "https://example.com/",
    "url": "https://example.com/",
    "uuid": "00000000-0000-4000-8000-000000000000",
    "binary": "",
    "byte": "",
    "password": "secret",
}
_SIMPLE_CLASSES = {r"\d": "0", r"\w": "a", r"\s": " ", ".": "a"}


def build_instance(schemas: Schemas, schema: Any, *, depth: int = 0) -> Any:
    """A deterministic, minimal instance of a schema (required properties only).

    A schema that carries its own example (``examples``, then ``example``) gives that example.
    """
    schema = schemas.resolve(schema)
    if not isinstance(schema, dict):
        return None
    if isinstance(schema.get("examples"), list) and schema["examples"]:
        return schema["examples"][0]
    if "example" in schema:
        return schema["example"]
    if "const" in schema:
        return schema["const"]
    if schema.get("enum"):
        return schema["enum"][0]
    if "default" in schema and schema["default"] is not None:
        return schema["default"]
    if "allOf" in schema:
        merged: dict[str, Any] = {}
        for part in schema["allOf"]:
            value = build_instance(schemas, part, depth=depth)
            if isinstance(value, dict):
                merged.update(value)
            elif value is not None:
                return value
        rest = {k: v for k, v in schema.items() if k != "allOf"}
        extra = build_instance(schemas, rest, depth=depth) if "properties" in rest else {}
        return {**merged, **(extra if isinstance(extra, dict) else {})}
    for key in ("anyOf", "oneOf"):
        if key in schema:
            options = [schemas.resolve(o) for o in schema[key]]
            useful = [o for o in options if schemas.types_of(o) != ["null"]]
            return build_instance(schemas, (useful or options)[0], depth=depth)
    kind = schema.get("type")
    if isinstance(kind, list):
        kinds = [k for k in kind if k != "null"]
        kind = kinds[0] if kinds else "null"
    if kind is None:
        kind = "object" if "properties" in schema else "array" if "items" in schema else None
    return _typed_instance(schemas, schema, kind, depth=depth)


def _typed_instance(schemas: Schemas, schema: dict[str, Any], kind: Any, *, depth: int) -> Any:
    if kind == "object":
        if depth >= MAX_DEPTH:
            return {}
        props = schema.get("properties") or {}
        return {
            name: build_instance(schemas, props.get(name, {}), depth=depth + 1)
            for name in schema.get("required", [])
        }
    if kind == "array":
        count = int(schema.get("minItems", 0)) if depth < MAX_DEPTH else 0
        return [
            build_instance(schemas, schema.get("items", {}), depth=depth + 1) for _ in range(count)
        ]
    if kind in ("integer", "number"):
        return _number(schema, integer=kind == "integer")
    if kind == "boolean":
        return False
    if kind == "string":
        return _string(schema)
    if kind == "null":
        return None
    return {}


def _number(schema: dict[str, Any], *, integer: bool) -> int | float:
    value: float = 0
    if "minimum" in schema:
        value = max(value, schema["minimum"])
    if "exclusiveMinimum" in schema and not isinstance(schema["exclusiveMinimum"], bool):
        value = max(value, schema["exclusiveMinimum"] + 1)
    if "maximum" in schema:
        value = min(value, schema["maximum"])
    if "exclusiveMaximum" in schema and not isinstance(schema["exclusiveMaximum"], bool):
        value = min(value, schema["exclusiveMaximum"] - 1)
    return int(value) if integer else float(value)


def _string(schema: dict[str, Any]) -> str:
    if schema.get("format") in _FORMATS:
        return str(_FORMATS[schema["format"]])
    if "pattern" in schema:
        built = _from_pattern(schema["pattern"])
        if built is not None:
            return built
    return "x" * max(1, int(schema.get("minLength", 1)))


_TOKEN = re.compile(r"\\[dws]|\\.|\[[^\]]*\]|\(|\)|\||[^\\\[\]()|{}*+?^$]|\^|\$")


def _from_pattern(pattern: str) -> str | None:
    """A string matching a simple pattern (literals, classes, quantifiers); None when too complex."""
    out: list[str] = []
    pos = 0
    while pos < len(pattern):
        if pattern[pos] in "^$":
            pos += 1
            continue
        if pattern[pos] == "(":
            # a group: take its first alternative
            close = _group_end(pattern, pos)
            if close is None:
                return None
            inner = _from_pattern(pattern[pos + 1 : close].removeprefix("?:").split("|")[0])
            if inner is None:
                return None
            atom, pos = inner, close + 1
        else:
            match = _TOKEN.match(pattern, pos)
            if match is None or match.group() in ("|", ")"):
                return None
            atom, pos = _atom(match.group()), match.end()
        repeat, pos = _quantifier(pattern, pos)
        out.append(atom * repeat)
    candidate = "".join(out)
    return candidate if re.search(pattern, candidate) else None


def _group_end(pattern: str, start: int) -> int | None:
    level = 0
    for index in range(start, len(pattern)):
        char = pattern[index]
        if char == "\\":
            continue
        level += char == "("
        level -= char == ")"
        if level == 0:
            return index
    return None


def _atom(token: str) -> str:
    if token in _SIMPLE_CLASSES:
        return _SIMPLE_CLASSES[token]
    if token.startswith("["):
        body = token[1:-1]
        if body.startswith("^"):
            return "~" if "~" not in body else "!"
        return body[0] if not body.startswith("\\") else _SIMPLE_CLASSES.get(body[:2], body[1])
    if token.startswith("\\"):
        return token[1]
    return token


def _quantifier(pattern: str, pos: int) -> tuple[int, int]:
    if pos < len(pattern) and pattern[pos] in "*?":
        return 0, pos + 1
    if pos < len(pattern) and pattern[pos] == "+":
        return 1, pos + 1
    if pos < len(pattern) and pattern[pos] == "{":
        end = pattern.find("}", pos)
        if end > 0:
            low = pattern[pos + 1 : end].split(",")[0]
            return (int(low) if low.isdigit() else 1), end + 1
    return 1, pos
