"""Python annotations for the schemas a client method takes or returns.

A ``$ref`` to a component that datamodel-code-generator made a class is that class (also when
wrapped in a one-branch ``allOf`` to carry a description); a component it collapsed (a plain alias of an array or scalar) is replaced by its own type. Scalars map to
their Python types, arrays to ``list[...]``, nullable types to ``X | None``; an inline object is
``dict[str, Any]`` and anything the rules do not cover is ``Any``.

A parameter (``Annotator.parameter``) is typed more tightly than a payload: an inline ``enum`` is
its ``Literal[...]`` (a payload keeps the plain type, so that a value the document forgot does not
fail decoding), and its documented ``default`` becomes the signature's default.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from generator.clients.models import GeneratedModels
from generator.openapi import Schemas

_SCALARS = {"string": "str", "integer": "int", "number": "float", "boolean": "bool", "null": "None"}


@dataclass
class Annotator:
    """Turns schemas into annotation text and remembers which model classes were used."""

    schemas: Schemas
    models: GeneratedModels
    used: set[str] = field(default_factory=set)
    uses_any: bool = False
    uses_literal: bool = False

    def resolve(self, schema: Any) -> dict[str, Any]:
        """The schema a ``$ref`` points to (followed until it is not a reference)."""
        found = self.schemas.resolve(schema)
        return found if isinstance(found, dict) else {}

    def annotation(self, schema: dict[str, Any] | None) -> str:
        if not schema:
            return self._any()
        # ``{allOf: [{$ref: X}], description: …}``: how a described reference is spelled
        # (a ``$ref`` keeps no siblings but ``description``), still exactly ``X``.
        name = Schemas.reference(schema)
        schema = Schemas.unwrap(schema)
        if name is not None:
            return self.component(name)
        for key in ("anyOf", "oneOf"):
            if key in schema:
                return _union([self.annotation(s) for s in schema[key]])
        kinds = schema.get("type")
        if isinstance(kinds, list):
            return _union([self.annotation({**schema, "type": k}) for k in kinds])
        if kinds == "array":
            return f"list[{self.annotation(schema.get('items'))}]"
        if kinds == "object":
            values = schema.get("additionalProperties")
            if isinstance(values, dict) and values and not schema.get("properties"):
                return f"dict[str, {self.annotation(values)}]"  # a map, as the models type it
            return f"dict[str, {self._any()}]"
        if kinds == "string" and schema.get("format") == "binary":
            return "bytes"
        if isinstance(kinds, str) and kinds in _SCALARS:
            return _SCALARS[kinds]
        return self._any()

    def component(self, name: str) -> str:
        """The annotation of a ``$ref`` to component ``name``."""
        if name in self.models.classes:
            self.used.add(name)
            return name
        return self.annotation(self.schemas.named(name))

    def parameter(self, schema: dict[str, Any] | None) -> str:
        """A parameter's annotation: as ``annotation``, but an inline ``enum`` is a ``Literal``."""
        values = Schemas.unwrap(schema or {}).get("enum")
        literal = isinstance(values, list) and bool(values) and Schemas.reference(schema) is None
        if literal and all(isinstance(v, str | int) and not isinstance(v, bool) for v in values):
            self.uses_literal = True
            return f"Literal[{', '.join(repr(v) for v in values)}]"
        return self.annotation(schema)

    def default(self, schema: dict[str, Any] | None) -> str:
        """The Python literal of a parameter's documented ``default`` ("" when it has none): the
        member of its enum component, or the scalar itself."""
        if not schema or "default" not in schema:
            return ""
        value = schema["default"]
        if isinstance(value, bool) or value is None:
            return repr(value) if isinstance(value, bool) else ""
        if not isinstance(value, str | int | float):
            return ""
        name = Schemas.reference(schema)
        if name is not None and name in self.models.classes:
            member = self.models.members.get(name, {}).get(value)
            return f"{name}.{member}" if member else ""
        return repr(value)

    def _any(self) -> str:
        self.uses_any = True
        return "Any"


def _union(parts: list[str]) -> str:
    unique = list(dict.fromkeys(parts))
    if "Any" in unique:
        return "Any"
    # None last, as people write it: `X | None`.
    unique.sort(key=lambda p: p == "None")
    return " | ".join(unique)
