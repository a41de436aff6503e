"""A ``TypedDict`` per request-body model: a dict body typed in the vendor's own field names.

A client method takes its body as the model or as a plain dict in the vendor's names (what the
document prints, what goes on the wire). Typed ``dict[str, Any]``, a dict body completed nothing
in an IDE and let a misspelt key through to the server; typed ``ProjectDtoInputDict``, its keys
complete and a misspelt or unknown key is a type error (mypy ``typeddict-unknown-key``). Each key
has the type of the model's field; a nested model is ``Model | ModelDict`` in turn, an enum its
enum class. Required properties are ``Required[...]`` in a ``total=False`` dict.

Keys that are no Python identifiers (or are keywords) cannot be class attributes: such a dict
is written in ``TypedDict``'s functional syntax, its annotations quoted (they are evaluated).
"""

from __future__ import annotations

import keyword
from dataclasses import dataclass, field
from typing import Any

from generator.clients.types import Annotator
from generator.openapi import Schemas


@dataclass(frozen=True)
class KeyView:
    wire: str
    annotation: str  # with Required[...] when the property is required
    doc: str


@dataclass(frozen=True)
class TypedDictView:
    name: str
    model: str
    keys: list[KeyView]

    @property
    def class_syntax(self) -> bool:
        return all(k.wire.isidentifier() and not keyword.iskeyword(k.wire) for k in self.keys)


def dict_name(model: str) -> str:
    return f"{model}Dict"


@dataclass
class DictAnnotator(Annotator):
    """Annotations inside a body dict: a model is ``Model | ModelDict`` (its dict queued)."""

    wanted: list[str] = field(default_factory=list)

    def component(self, name: str) -> str:
        if self.has_dict(name):
            self.want(name)
            self.used.add(name)
            return f"{name} | {dict_name(name)}"
        return super().component(name)

    def has_dict(self, name: str) -> bool:
        """A pydantic model with properties (not an enum, a root model or a free-form map)."""
        return name in self.models.fields and bool(
            self.schemas.properties(self.schemas.named(name))
        )

    def want(self, name: str) -> None:
        if name not in self.wanted:
            self.wanted.append(name)


@dataclass
class BodyDicts:
    """The ``TypedDict`` of every request-body model a client takes, and of the models nested
    in them; ``annotation(model)`` is what a body parameter of that model is typed as."""

    annotator: DictAnnotator
    built: dict[str, TypedDictView] = field(default_factory=dict)
    #: The dicts that type a body parameter (what client.py imports).
    parameters: set[str] = field(default_factory=set)

    def annotation(self, model: str) -> str | None:
        """``Model | ModelDict`` for a body parameter of ``model`` (the client imports the
        model); None when the model has no dict (no properties: a free-form object)."""
        if not self.annotator.has_dict(model):
            return None
        self.annotator.want(model)
        self.parameters.add(dict_name(model))
        return f"{model} | {dict_name(model)}"

    def views(self) -> list[TypedDictView]:
        while len(self.built) < len(self.annotator.wanted):
            for model in list(self.annotator.wanted):
                if model not in self.built:
                    self.built[model] = self._build(model)
        return sorted(self.built.values(), key=lambda v: v.name)

    def _build(self, model: str) -> TypedDictView:
        schemas = self.annotator.schemas
        schema = schemas.named(model)
        required = _required(schemas, schema)
        keys = []
        for wire, prop in schemas.properties(schema).items():
            annotation = self.annotator.annotation(prop)
            if wire in required:
                annotation = f"Required[{annotation}]"
            description = prop.get("description", "") if isinstance(prop, dict) else ""
            keys.append(KeyView(wire, annotation, " ".join(str(description).split())[:200]))
        return TypedDictView(dict_name(model), model, keys)


def _required(schemas: Schemas, schema: Any) -> set[str]:
    """The required properties of a schema and of the schemas it combines with ``allOf``."""
    target = schemas.resolve(schema)
    if not isinstance(target, dict):
        return set()
    found = {str(r) for r in target.get("required", []) or []}
    for part in target.get("allOf", []) or []:
        found |= _required(schemas, part)
    return found
