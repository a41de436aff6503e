"""Every node of an emitted spec with a readable location (``GET /api/order › parameter id``).

The docs list what was inferred and every quirk "with where"; the coverage report lists what
each element cites. All of them need to name an element the way a reader would look for it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from generator.validate import HTTP_METHODS


@dataclass(frozen=True)
class Site:
    """A spec node and where it sits. ``operation_id`` names the enclosing operation, if any."""

    where: str
    operation_id: str
    node: dict[str, Any]


def sites(spec: dict[str, Any]) -> Iterator[Site]:
    """Every mapping of the spec, in document order, with its readable location."""
    if isinstance(spec.get("info"), dict):
        yield from _walk(spec["info"], ["API"], "")
    for server in spec.get("servers", []):
        yield from _walk(server, [f"server {server.get('url', '')}"], "")
    for tag in spec.get("tags", []):
        yield from _walk(tag, [f"tag {tag.get('name', '')}"], "")
    for path, item in spec.get("paths", {}).items():
        for method in HTTP_METHODS:
            if method in item:
                op = item[method]
                yield from _walk(op, [f"{method.upper()} {path}"], str(op.get("operationId", "")))
    components = spec.get("components", {})
    for name, scheme in components.get("securitySchemes", {}).items():
        yield from _walk(scheme, [f"security scheme {name}"], "")
    for name, schema in components.get("schemas", {}).items():
        yield from _walk(schema, [f"schema {name}"], "")


def walk(node: Any, where: list[str], operation_id: str = "") -> Iterator[Site]:
    """Every mapping under ``node``, located below ``where``."""
    return _walk(node, where, operation_id)


def _walk(node: Any, where: list[str], operation_id: str) -> Iterator[Site]:
    if isinstance(node, list):
        for item in node:
            yield from _walk(item, where, operation_id)
        return
    if not isinstance(node, dict):
        return
    yield Site(" › ".join(where), operation_id, node)
    for key, value in node.items():
        if key.startswith("x-") or key in ("examples", "example", "default", "enum", "const"):
            continue  # values, not elements
        if key == "parameters" and isinstance(value, list):
            for param in value:
                name = param.get("name", "") if isinstance(param, dict) else ""
                yield from _walk(param, [*where, f"parameter {name}"], operation_id)
        elif key == "requestBody":
            yield from _walk(value, [*where, "request body"], operation_id)
        elif key in ("responses", "headers", "variables") and isinstance(value, dict):
            label = {"responses": "response", "headers": "header", "variables": "variable"}[key]
            for name, child in value.items():
                yield from _walk(child, [*where, f"{label} {name}"], operation_id)
        elif key == "properties" and isinstance(value, dict):
            for name, child in value.items():
                yield from _walk(child, _field(where, name), operation_id)
        elif key == "items":
            yield from _walk(value, _field(where, "[]"), operation_id)
        else:
            yield from _walk(value, where, operation_id)


def _field(where: list[str], name: str) -> list[str]:
    """Nested fields read as one dotted path: ``field positions[].price``."""
    last = where[-1] if where else ""
    if last.startswith("field "):
        joined = f"{last}{name}" if name == "[]" else f"{last}.{name}"
        return [*where[:-1], joined]
    return [*where, f"field {name}"]
