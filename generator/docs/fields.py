"""JSON Schema → rows of a fields table: dotted paths, readable types, allowed values.

The docs print what a payload looks like, field by field. The document's
:class:`~generator.openapi.Schemas` resolves references and unwraps described ones; this module
only prints the keywords it finds (type, format, enum, bounds, properties). A schema that refers
back to itself (directly or through others) is shown once and then only named, so recursive
payloads give a bounded table.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from generator.openapi import Schemas

#: Nesting deeper than this is cut off: tables stay readable and recursion stays bounded.
MAX_DEPTH = 6
#: A table never grows beyond this many rows; a final row says how many were left out.
MAX_ROWS = 150


@dataclass(frozen=True)
class FieldView:
    """One field of a payload, as a table row."""

    path: str
    type: str
    required: str
    default: str
    allowed: str
    description: str


class SchemaReader:
    """Prints the schemas of one document: type names, allowed values, flattened fields."""

    def __init__(self, schemas: Schemas) -> None:
        self.schemas = schemas

    def type_name(self, schema: dict[str, Any]) -> str:
        """``string (date)``, ``array of Order``, ``ErrorCode (integer)``, ``string or null``."""
        name = Schemas.reference(schema)
        if name is not None:
            kind = self.schemas.target(schema).get("type")
            if isinstance(kind, str) and kind not in ("object", "array"):
                return f"{name} ({kind})"
            return name
        for key in ("anyOf", "oneOf"):
            if key in schema:
                variants = [self.type_name(v) for v in schema[key]]
                return " or ".join(dict.fromkeys(variants))
        if "allOf" in schema:
            return " and ".join(self.type_name(v) for v in schema["allOf"])
        kind = schema.get("type")
        if isinstance(kind, list):
            return " or ".join(self.type_name({**schema, "type": k}) for k in kind)
        if kind == "array":
            items = schema.get("items")
            return f"array of {self.type_name(items)}" if isinstance(items, dict) else "array"
        if kind is None:
            if "const" in schema:
                return type(schema["const"]).__name__
            return "object" if "properties" in schema else "any"
        fmt = schema.get("format")
        return f"{kind} ({fmt})" if fmt else str(kind)

    def default(self, schema: dict[str, Any]) -> tuple[bool, Any]:
        """``(True, value)`` of the schema's default (its own, else its target's)."""
        for node in (schema, self.schemas.target(schema)):
            if "default" in node:
                return True, node["default"]
        return False, None

    def allowed(self, schema: dict[str, Any]) -> str:
        """Enum values, a const, a pattern or numeric bounds, as one line of text."""
        target = self.schemas.target(schema)
        parts: list[str] = []
        enum = target.get("enum")
        if enum is None:
            for variant in Schemas.alternatives(target):
                resolved = self.schemas.target(variant)
                if "enum" in resolved:
                    enum = resolved["enum"]
                    break
        if enum is not None:
            parts.append(", ".join(value_text(v) for v in enum))
        if "const" in target:
            parts.append(f"always {value_text(target['const'])}")
        if "pattern" in target:
            parts.append(f"pattern {target['pattern']}")
        for key, sign in (
            ("minimum", "≥"),
            ("exclusiveMinimum", ">"),
            ("maximum", "≤"),
            ("exclusiveMaximum", "<"),
            ("minLength", "length ≥"),
            ("maxLength", "length ≤"),
            ("minItems", "items ≥"),
            ("maxItems", "items ≤"),
        ):
            if key in target and not isinstance(target[key], bool):
                parts.append(f"{sign} {value_text(target[key])}")
        return "; ".join(parts)

    def description(self, schema: dict[str, Any]) -> str:
        text = schema.get("description")
        if text is None and Schemas.reference(schema) is not None:
            text = self.schemas.target(schema).get("title")
        return one_line(str(text)) if text else ""

    def rows(self, schema: dict[str, Any] | None) -> list[FieldView]:
        """Every field of a payload schema, nested fields as dotted paths (``items[].price``)."""
        rows: list[FieldView] = []
        if schema:
            self._walk(schema, prefix="", stack=(), depth=0, rows=rows)
        if len(rows) > MAX_ROWS:
            left = len(rows) - MAX_ROWS
            rows = rows[:MAX_ROWS]
            rows.append(FieldView("…", "", "", "", "", f"{left} more fields not shown"))
        return rows

    def _walk(
        self,
        schema: dict[str, Any],
        *,
        prefix: str,
        stack: tuple[str, ...],
        depth: int,
        rows: list[FieldView],
    ) -> None:
        if depth > MAX_DEPTH:
            return
        name = Schemas.reference(schema)
        if name is not None:
            if name in stack:
                return  # recursive: the row above already names the type
            stack = (*stack, name)
        target = self.schemas.target(schema)
        if "array" in _types(target):
            items = target.get("items")
            if isinstance(items, dict):
                self._walk(items, prefix=f"{prefix}[]", stack=stack, depth=depth + 1, rows=rows)
            return
        for part in Schemas.parts(target):
            self._walk(part, prefix=prefix, stack=stack, depth=depth, rows=rows)
        required = set(target.get("required", []))
        seen = {row.path for row in rows}
        for field, prop in target.get("properties", {}).items():
            path = f"{prefix}.{field}" if prefix else field
            if path in seen or not isinstance(prop, dict):
                continue
            has_default = "default" in prop
            rows.append(
                FieldView(
                    path=path,
                    type=self.type_name(prop),
                    required="yes" if field in required else "no",
                    default=value_text(prop["default"]) if has_default else "",
                    allowed=self.allowed(prop),
                    description=self.description(prop),
                )
            )
            self._walk(prop, prefix=path, stack=stack, depth=depth + 1, rows=rows)


def _types(schema: dict[str, Any]) -> list[str]:
    kind = schema.get("type")
    return kind if isinstance(kind, list) else [kind] if isinstance(kind, str) else []


def value_text(value: Any) -> str:
    """A JSON value as the docs print it: strings bare, everything else as JSON."""
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


def one_line(text: str) -> str:
    """Table cells hold one line: paragraphs are joined by a space."""
    return " ".join(text.split())
