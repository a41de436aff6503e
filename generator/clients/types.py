"""Python annotations for the schemas a client method takes or returns.

A ``$ref`` to a component that datamodel-code-generator made a class is that class (also when
wrapped in a one-branch ``allOf`` to carry a description); a component it collapsed (a plain alias of an array or scalar) is replaced by its own type. Scalars map to
their Python types, arrays to ``list[...]``, nullable types to ``X | None``; an inline object is
``dict[str, Any]`` and anything the rules do not cover is ``Any``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from generator.clients.models import GeneratedModels

_SCALARS = {"string": "str", "integer": "int", "number": "float", "boolean": "bool", "null": "None"}
REF_PREFIX = "#/components/schemas/"


@dataclass
class Annotator:
    """Turns schemas into annotation text and remembers which model classes were used."""

    schemas: dict[str, Any]
    models: GeneratedModels
    used: set[str] = field(default_factory=set)
    uses_any: bool = False

    def resolve(self, schema: dict[str, Any]) -> dict[str, Any]:
        """The schema a ``$ref`` points to (followed until it is not a reference)."""
        seen: set[str] = set()
        while "$ref" in schema and schema["$ref"] not in seen:
            seen.add(schema["$ref"])
            schema = self.schemas.get(ref_name(schema["$ref"]), {})
        return schema

    def annotation(self, schema: dict[str, Any] | None) -> str:
        if not schema:
            return self._any()
        if "$ref" in schema:
            name = ref_name(schema["$ref"])
            if name in self.models.classes:
                self.used.add(name)
                return name
            return self.annotation(self.schemas.get(name))
        wrapped = schema.get("allOf")
        if isinstance(wrapped, list) and len(wrapped) == 1 and "properties" not in schema:
            # ``{allOf: [{$ref: X}], description: …}``: how a described reference is spelled
            # (a ``$ref`` keeps no siblings but ``description``), still exactly ``X``.
            return self.annotation(wrapped[0])
        for key in ("anyOf", "oneOf"):
            if key in schema:
                return _union([self.annotation(s) for s in schema[key]])
        kinds = schema.get("type")
        if isinstance(kinds, list):
            return _union([self.annotation({**schema, "type": k}) for k in kinds])
        if kinds == "array":
            return f"list[{self.annotation(schema.get('items'))}]"
        if kinds == "object":
            return f"dict[str, {self._any()}]"
        if kinds == "string" and schema.get("format") == "binary":
            return "bytes"
        if isinstance(kinds, str) and kinds in _SCALARS:
            return _SCALARS[kinds]
        return self._any()

    def _any(self) -> str:
        self.uses_any = True
        return "Any"


def ref_name(ref: str) -> str:
    return ref.removeprefix(REF_PREFIX)


def _union(parts: list[str]) -> str:
    unique = list(dict.fromkeys(parts))
    if "Any" in unique:
        return "Any"
    # None last, as people write it: `X | None`.
    unique.sort(key=lambda p: p == "None")
    return " | ".join(unique)
