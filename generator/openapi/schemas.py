"""``$ref`` resolution and unwrapping of the schema spellings an emitted document uses."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

REF_PREFIX = "#/components/schemas/"
_MAX_HOPS = 32


def ref_name(ref: str) -> str:
    """``#/components/schemas/User`` → ``User``."""
    return ref.removeprefix(REF_PREFIX)


@dataclass(frozen=True)
class Schemas:
    """The document's components, and the ways to read a schema that points into them."""

    document: Mapping[str, Any]

    @property
    def components(self) -> Mapping[str, Any]:
        found = self.document.get("components", {}).get("schemas", {})
        return found if isinstance(found, Mapping) else {}

    def named(self, name: str) -> dict[str, Any]:
        """The component schema ``name`` (empty when there is none)."""
        found = self.components.get(name)
        return found if isinstance(found, dict) else {}

    def resolve(self, node: Any) -> Any:
        """Follow local ``$ref`` (``#/components/...``, any section) until a non-reference node."""
        hops = 0
        while isinstance(node, Mapping) and isinstance(node.get("$ref"), str) and hops < _MAX_HOPS:
            target: Any = self.document
            for part in node["$ref"].removeprefix("#/").split("/"):
                if not isinstance(target, Mapping):
                    return {}
                target = target.get(part.replace("~1", "/").replace("~0", "~"), {})
            node, hops = target, hops + 1
        return node

    @staticmethod
    def reference(schema: Any) -> str | None:
        """The component a schema stands for: ``{$ref}`` or a described ``{allOf: [{$ref}]}``."""
        if not isinstance(schema, Mapping):
            return None
        ref = schema.get("$ref")
        if isinstance(ref, str) and ref.startswith(REF_PREFIX):
            return ref_name(ref)
        wrapped = schema.get("allOf")
        if isinstance(wrapped, list) and len(wrapped) == 1 and "properties" not in schema:
            return Schemas.reference(wrapped[0])
        return None

    @staticmethod
    def unwrap(schema: Any) -> Any:
        """A described reference ``{allOf: [X], description}`` read as ``X`` itself."""
        while isinstance(schema, Mapping):
            wrapped = schema.get("allOf")
            if not (isinstance(wrapped, list) and len(wrapped) == 1 and "properties" not in schema):
                break
            schema = wrapped[0]
        return schema

    def target(self, schema: Any) -> dict[str, Any]:
        """The schema after unwrapping and resolving: what a value of it looks like."""
        found = self.resolve(self.unwrap(schema))
        for _ in range(_MAX_HOPS):
            unwrapped = self.resolve(self.unwrap(found))
            if unwrapped is found:
                break
            found = unwrapped
        return found if isinstance(found, dict) else {}

    @staticmethod
    def non_null(schema: Any) -> tuple[Any, bool]:
        """``{anyOf: [X, {type: null}]}`` → ``(X, True)``; any other schema → ``(schema, False)``."""
        if isinstance(schema, Mapping):
            for key in ("anyOf", "oneOf"):
                options = schema.get(key)
                if isinstance(options, list):
                    rest = [o for o in options if not _is_null(o)]
                    if len(rest) == 1 and len(options) == 2:
                        return rest[0], True
        return schema, False

    @staticmethod
    def alternatives(schema: Any) -> list[Any]:
        """The options of a schema's ``anyOf``/``oneOf`` other than ``{type: null}``, as written."""
        if not isinstance(schema, Mapping):
            return []
        found: list[Any] = []
        for key in ("anyOf", "oneOf"):
            options = schema.get(key)
            if isinstance(options, list):
                found += [o for o in options if isinstance(o, Mapping) and o.get("type") != "null"]
        return found

    @staticmethod
    def parts(schema: Any) -> list[Any]:
        """The schemas whose fields a value of ``schema`` may carry besides its own: every
        ``allOf`` part, then the non-null ``anyOf``/``oneOf`` alternatives, as written."""
        if not isinstance(schema, Mapping):
            return []
        combined = schema.get("allOf")
        found = (
            [p for p in combined if isinstance(p, Mapping)] if isinstance(combined, list) else []
        )
        return found + Schemas.alternatives(schema)

    @staticmethod
    def enum_descriptions(schema: Any) -> list[tuple[Any, str]]:
        """``x-enum-descriptions``: each ``enum`` value with what it means, in enum order; empty
        when the schema declares no meanings (or not exactly one per value)."""
        if not isinstance(schema, Mapping):
            return []
        values, meanings = schema.get("enum"), schema.get("x-enum-descriptions")
        if not isinstance(values, list) or not isinstance(meanings, list):
            return []
        if len(values) != len(meanings):
            return []
        return [(value, str(meaning)) for value, meaning in zip(values, meanings, strict=True)]

    def properties(self, schema: Any) -> dict[str, Any]:
        """The properties of a schema and of the schemas it combines with ``allOf``, resolved."""
        target = self.resolve(schema)
        if not isinstance(target, Mapping):
            return {}
        found: dict[str, Any] = {}
        for part in target.get("allOf", []) or []:
            found.update(self.properties(part))
        props = target.get("properties")
        if isinstance(props, Mapping):
            found.update(props)
        return found

    def types_of(self, schema: Any) -> list[str]:
        """The JSON types a schema admits (through ``anyOf``/``oneOf``/``allOf``); empty: any."""
        target = self.resolve(schema)
        if not isinstance(target, Mapping):
            return []
        kind = target.get("type")
        if isinstance(kind, str):
            return [kind]
        if isinstance(kind, list):
            return [str(k) for k in kind]
        found: list[str] = []
        for key in ("anyOf", "oneOf", "allOf"):
            for option in target.get(key, []) or []:
                found += [k for k in self.types_of(option) if k not in found]
        return found


def _is_null(schema: Any) -> bool:
    return isinstance(schema, Mapping) and schema.get("type") == "null" and len(schema) == 1
