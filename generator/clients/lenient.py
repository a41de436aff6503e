"""The spec as a client types it: one type per field where the spec admits a value's string form.

Where the prose documents an integer code or a boolean and the examples send its string form
(Lagerkoll's ``ProjectDto.state``: ``0`` documented, ``"0"`` sent; Planiso's ``active``: a
boolean, ``"1"`` sent), the spec says so faithfully, as ``anyOf: [<documented>, {type: string,
enum: [<string forms>]}]`` with an ``x-quirks`` entry. Typed as written, a client field would be
``ProjectState | State``: two enums for one value, the second with members named after digits.

A client needs only the documented type: pydantic's lax mode turns the string forms into it
when it decodes (``"0"`` → ``ProjectState.NEW``, ``"1"`` → ``True``), so what the server sends
and the examples show still validates, and what the client sends is the documented form. This
module drops such a string branch from a copy of the spec that the client's models and views are
made from; the emitted spec keeps it. A string branch with any value lax mode would refuse
(Planiso's form flags ``"1"``/``""``: an empty value is no boolean) is kept, as written.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import Any

from generator.openapi.schemas import Schemas

# The strings pydantic's lax mode reads as a boolean (pydantic docs, "Conversion Table": bool).
_BOOL_STRINGS = frozenset({"0", "off", "f", "false", "n", "no", "1", "on", "t", "true", "y", "yes"})
# Patterns whose every match lax mode reads as an integer (Planiso's ids: `1` documented, `"1"`
# sent); a client typed `int | No7` would hand the caller a RootModel to pass back as an id.
_DIGIT_PATTERNS = frozenset({"^[0-9]+$", "^\\d+$", "^-?[0-9]+$", "^-?\\d+$"})


def client_spec(spec: Mapping[str, Any]) -> dict[str, Any]:
    """A copy of ``spec`` without the string branches that lax decoding makes redundant."""
    document = copy.deepcopy(dict(spec))
    _visit(document, Schemas(spec))
    return document


def _visit(node: Any, schemas: Schemas) -> None:
    if isinstance(node, list):
        for item in node:
            _visit(item, schemas)
        return
    if not isinstance(node, dict):
        return
    for key in ("anyOf", "oneOf"):
        options = node.get(key)
        if isinstance(options, list):
            node[key] = [o for o in options if not _redundant(o, options, schemas)]
    for value in node.values():
        _visit(value, schemas)


def _redundant(option: Any, options: list[Any], schemas: Schemas) -> bool:
    """``option`` is ``{type: string, enum}`` whose values all decode, in lax mode, to another
    option of the same union that is an integer enum or a plain boolean; or a string of digits
    beside a plain integer."""
    if not isinstance(option, Mapping) or option.get("type") != "string":
        return False
    if set(option) == {"type", "pattern"} and option["pattern"] in _DIGIT_PATTERNS:
        return any(
            schemas.target(o).get("type") == "integer" and "enum" not in schemas.target(o)
            for o in options
            if o is not option
        )
    values = option.get("enum")
    if not isinstance(values, list) or not values or set(option) - {"type", "enum"}:
        return False
    strings = {str(v) for v in values}
    for other in options:
        if other is option:
            continue
        target = schemas.target(other)
        kind, members = target.get("type"), target.get("enum")
        if kind == "integer" and isinstance(members, list):
            if strings <= {str(m) for m in members}:
                return True
        elif kind == "boolean" and members is None and strings <= _BOOL_STRINGS:
            return True
    return False
