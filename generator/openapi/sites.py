"""Every node of an emitted document with a readable location (``GET /api/order › parameter id``).

The references list what was inferred and every quirk "with where"; the coverage report and
``sources`` list what each element cites. All of them name an element the way a reader would look
for it, and all of them walk the document here, once: :attr:`Api.sites
<generator.openapi.Api.sites>`.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from generator.openapi.elements import HTTP_METHODS
from generator.openapi.provenance import Provenance

#: Keys whose values are data, not elements of the document: the walk does not enter them.
_VALUES = ("examples", "example", "default", "enum", "const")
_LABELS = {"responses": "response", "headers": "header", "variables": "variable"}


@dataclass(frozen=True)
class Site:
    """A node of the document and where it sits.

    ``kind`` is the kind of element the node belongs to (``api``, ``server``, ``tag``,
    ``operation``, ``security scheme``, ``schema``); ``element`` names that element (``API``,
    ``server https://…``, ``GET /api/order``, ``schema Order``); ``part`` is the way down from it
    (``("parameter id",)``, ``("response 200", "field items[].price")``), empty for the element
    itself. ``operation_id`` names the enclosing operation, if any.
    """

    kind: str
    element: str
    part: tuple[str, ...]
    operation_id: str
    node: Mapping[str, Any]

    @property
    def where(self) -> str:
        """``GET /api/order › parameter id``."""
        return " › ".join((self.element, *self.part))

    @property
    def is_element(self) -> bool:
        """The element itself (an operation, a schema, …), not a part of one."""
        return not self.part

    @cached_property
    def provenance(self) -> Provenance:
        return Provenance.read(self.node)


def sites(document: Mapping[str, Any]) -> Iterator[Site]:
    """Every mapping of the document, in document order, with its readable location."""
    info = document.get("info")
    if isinstance(info, Mapping):
        yield from _walk(info, "api", "API", (), "")
    for server in _list(document.get("servers")):
        if isinstance(server, Mapping):
            yield from _walk(server, "server", f"server {server.get('url', '')}", (), "")
    for tag in _list(document.get("tags")):
        if isinstance(tag, Mapping):
            yield from _walk(tag, "tag", f"tag {tag.get('name', '')}", (), "")
    for path, item in _map(document.get("paths")).items():
        for method in HTTP_METHODS:
            op = _map(item).get(method)
            if isinstance(op, Mapping):
                element = f"{method.upper()} {path}"
                yield from _walk(op, "operation", element, (), str(op.get("operationId", "")))
    components = _map(document.get("components"))
    for name, scheme in _map(components.get("securitySchemes")).items():
        yield from _walk(scheme, "security scheme", f"security scheme {name}", (), "")
    for name, schema in _map(components.get("schemas")).items():
        yield from _walk(schema, "schema", f"schema {name}", (), "")


def _walk(
    node: Any, kind: str, element: str, part: tuple[str, ...], operation_id: str
) -> Iterator[Site]:
    if isinstance(node, list):
        for item in node:
            yield from _walk(item, kind, element, part, operation_id)
        return
    if not isinstance(node, Mapping):
        return
    yield Site(kind, element, part, operation_id, node)
    for key, value in node.items():
        if str(key).startswith("x-") or key in _VALUES:
            continue
        if key == "parameters" and isinstance(value, list):
            for param in value:
                name = param.get("name", "") if isinstance(param, Mapping) else ""
                yield from _walk(param, kind, element, (*part, f"parameter {name}"), operation_id)
        elif key == "requestBody":
            yield from _walk(value, kind, element, (*part, "request body"), operation_id)
        elif key in _LABELS and isinstance(value, Mapping):
            for name, child in value.items():
                below = (*part, f"{_LABELS[key]} {name}")
                yield from _walk(child, kind, element, below, operation_id)
        elif key == "properties" and isinstance(value, Mapping):
            for name, child in value.items():
                yield from _walk(child, kind, element, _field(part, str(name)), operation_id)
        elif key == "items":
            yield from _walk(value, kind, element, _field(part, "[]"), operation_id)
        else:
            yield from _walk(value, kind, element, part, operation_id)


def _field(part: tuple[str, ...], name: str) -> tuple[str, ...]:
    """Nested fields read as one dotted path: ``field positions[].price``."""
    last = part[-1] if part else ""
    if last.startswith("field "):
        joined = f"{last}{name}" if name == "[]" else f"{last}.{name}"
        return (*part[:-1], joined)
    return (*part, f"field {name}")


def _list(node: Any) -> list[Any]:
    return node if isinstance(node, list) else []


def _map(node: Any) -> Mapping[str, Any]:
    return node if isinstance(node, Mapping) else {}
