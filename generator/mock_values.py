"""What the mock answers: the documented example of a response, or a value built from its schema.

Everything here reads the emitted OpenAPI document (a dict), never the Python descriptions.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from http import HTTPStatus
from typing import Any

from generator.refs import resolve

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


@dataclass(frozen=True)
class Payload:
    """A response body ready to send: its media type (None: no body) and bytes."""

    media_type: str | None
    body: bytes


def is_json(media_type: str) -> bool:
    base = media_type.split(";")[0].strip().lower()
    return base == "application/json" or base.endswith("+json")


def is_xml(media_type: str) -> bool:
    base = media_type.split(";")[0].strip().lower()
    return base.endswith("/xml") or base.endswith("+xml")


def documented_example(spec: dict[str, Any], media: dict[str, Any]) -> tuple[bool, Any]:
    """The first example of a media-type object: ``examples``, then ``example``, then the schema's."""
    for example in (media.get("examples") or {}).values():
        example = resolve(spec, example)
        if isinstance(example, dict) and "value" in example:
            return True, example["value"]
    if "example" in media:
        return True, media["example"]
    schema = resolve(spec, media.get("schema"))
    if isinstance(schema, dict) and schema.get("examples"):
        return True, schema["examples"][0]
    if isinstance(schema, dict) and "example" in schema:
        return True, schema["example"]
    return False, None


def success_status(responses: dict[str, Any]) -> str | None:
    """The lowest 2xx status of an operation (``2XX`` counts as 200), None when there is none."""
    codes = sorted(
        c for c in responses if c[:1] == "2" and (c[1:].isdigit() or c[1:].upper() == "XX")
    )
    return codes[0] if codes else None


def response_for_status(responses: dict[str, Any], status: int) -> Any:
    """The response object documented for a status: exact code, then ``4XX``-style, then default."""
    return (
        responses.get(str(status))
        or responses.get(f"{str(status)[0]}XX")
        or responses.get("default")
    )


def render_response(spec: dict[str, Any], response: Any, *, status: int, accept: str) -> Payload:
    """The body of a documented response, by ``Accept``: XML only when an XML example exists."""
    response = resolve(spec, response)
    content: dict[str, Any] = (response or {}).get("content") or {}
    if status == 204 or status == 304 or not content:
        return Payload(None, b"")
    for media_type in _by_preference(list(content), accept):
        media = content[media_type]
        found, value = documented_example(spec, media)
        if is_xml(media_type):
            if found and isinstance(value, str):
                return Payload(media_type, value.encode())
            continue  # no XML example: the JSON one is served instead
        if not found:
            value = build_instance(spec, media.get("schema") or {})
        return Payload(media_type, encode(value, media_type=media_type))
    json_type = next((m for m in content if is_json(m)), None)
    if json_type is not None:
        found, value = documented_example(spec, content[json_type])
        value = value if found else build_instance(spec, content[json_type].get("schema") or {})
        return Payload(json_type, encode(value, media_type=json_type))
    first = next(iter(content))
    found, value = documented_example(spec, content[first])
    return Payload(first, encode(value if found else "", media_type=first))


def encode(value: Any, *, media_type: str) -> bytes:
    if isinstance(value, bytes):
        return value
    if isinstance(value, str) and not is_json(media_type):
        return value.encode()
    return json.dumps(value, ensure_ascii=False).encode()


def _by_preference(media_types: list[str], accept: str) -> list[str]:
    """The documented media types that ``Accept`` allows, best first (document order breaks ties)."""
    ranges: list[tuple[float, int, str]] = []
    for index, item in enumerate(accept.split(",")):
        parts = [p.strip() for p in item.split(";")]
        if not parts[0]:
            continue
        quality = 1.0
        for param in parts[1:]:
            if param.startswith("q="):
                try:
                    quality = float(param[2:])
                except ValueError:
                    quality = 0.0
        ranges.append((-quality, index, parts[0].lower()))
    ordered: list[str] = []
    for negative_quality, _, pattern in sorted(ranges):
        if negative_quality >= 0:
            continue
        for media_type in media_types:
            base = media_type.split(";")[0].strip().lower()
            if _accepts(pattern, base) and media_type not in ordered:
                ordered.append(media_type)
    return ordered


def _accepts(pattern: str, base: str) -> bool:
    if pattern in ("*/*", base):
        return True
    return pattern.endswith("/*") and base.startswith(pattern[:-1])


def problem(status: int, detail: str, errors: list[dict[str, str]] | None = None) -> bytes:
    """An RFC 9457 problem-details body."""
    body = {
        "type": "about:blank",
        "title": _phrase(status),
        "status": status,
        "detail": detail,
        "errors": errors or [],
    }
    return json.dumps(body, ensure_ascii=False).encode()


def _phrase(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Error"


def build_instance(spec: dict[str, Any], schema: Any, *, depth: int = 0) -> Any:
    """A deterministic, minimal instance of a schema (required properties only)."""
    schema = resolve(spec, schema)
    if not isinstance(schema, dict):
        return None
    if "const" in schema:
        return schema["const"]
    if schema.get("enum"):
        return schema["enum"][0]
    if "default" in schema and schema["default"] is not None:
        return schema["default"]
    if "allOf" in schema:
        merged: dict[str, Any] = {}
        for part in schema["allOf"]:
            value = build_instance(spec, part, depth=depth)
            if isinstance(value, dict):
                merged.update(value)
            elif value is not None:
                return value
        rest = {k: v for k, v in schema.items() if k != "allOf"}
        extra = build_instance(spec, rest, depth=depth) if "properties" in rest else {}
        return {**merged, **(extra if isinstance(extra, dict) else {})}
    for key in ("anyOf", "oneOf"):
        if key in schema:
            options = [resolve(spec, o) for o in schema[key]]
            useful = [o for o in options if not (isinstance(o, dict) and o.get("type") == "null")]
            return build_instance(spec, (useful or options)[0], depth=depth)
    kind = schema.get("type")
    if isinstance(kind, list):
        kinds = [k for k in kind if k != "null"]
        kind = kinds[0] if kinds else "null"
    if kind is None:
        kind = "object" if "properties" in schema else "array" if "items" in schema else None
    return _typed_instance(spec, schema, kind, depth=depth)


def _typed_instance(spec: dict[str, Any], schema: dict[str, Any], kind: Any, *, depth: int) -> Any:
    if kind == "object":
        if depth >= MAX_DEPTH:
            return {}
        props = schema.get("properties") or {}
        return {
            name: build_instance(spec, props.get(name, {}), depth=depth + 1)
            for name in schema.get("required", [])
        }
    if kind == "array":
        count = int(schema.get("minItems", 0)) if depth < MAX_DEPTH else 0
        return [
            build_instance(spec, schema.get("items", {}), depth=depth + 1) for _ in range(count)
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
