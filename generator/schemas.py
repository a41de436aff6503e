"""Component schemas: pydantic's JSON Schema for every annotation a vendor uses, made portable.

All annotations of one vendor go through a single ``TypeAdapter.json_schemas`` call, as FastAPI
does, so that a model used in several places becomes one component and references read
``#/components/schemas/{model}``. The result is then normalized to the portable subset of
OpenAPI 3.1 that DESIGN.md lists (one nullability style, ``$ref`` siblings limited, no titles on
inline schemas, ``x-source`` completed with the document name, ``x-original`` with the vendor's
language).
"""

from __future__ import annotations

import re
import typing
from collections.abc import Hashable, Iterable, Iterator
from dataclasses import dataclass
from enum import Enum
from typing import Any

from pydantic import BaseModel, TypeAdapter
from pydantic.errors import PydanticUserError
from pydantic.json_schema import GenerateJsonSchema, JsonSchemaMode

from generator.describe import Operation, Vendor
from generator.problems import Problems

REF_PREFIX = "#/components/schemas/"
REF_TEMPLATE = REF_PREFIX + "{model}"
#: Keywords allowed beside ``$ref``; anything else moves to an ``allOf`` wrapper.
REF_SIBLINGS = frozenset({"$ref", "description", "summary"})
#: Preferred keyword order in emitted schemas: reviewers read the same shape everywhere.
KEY_ORDER = (
    "$ref", "title", "description", "type", "nullable", "format", "const", "enum", "pattern",
    "minLength", "maxLength", "minimum", "exclusiveMinimum", "maximum", "exclusiveMaximum",
    "multipleOf", "minItems", "maxItems", "uniqueItems", "contentMediaType", "default",
    "readOnly", "writeOnly", "deprecated", "examples", "example", "properties", "required",
    "additionalProperties", "items", "prefixItems", "anyOf", "oneOf", "allOf", "not",
)  # fmt: skip
_KEY_RANK = {key: rank for rank, key in enumerate(KEY_ORDER)}

SchemaKey = tuple[Hashable, ...]


@dataclass(frozen=True)
class Components:
    """The inline schema of every annotation (by key) and the named component schemas."""

    inline: dict[SchemaKey, dict[str, Any]]
    named: dict[str, dict[str, Any]]


def annotation_keys(vendor: Vendor) -> Iterator[tuple[SchemaKey, str, Any]]:
    """Every annotation the vendor uses, keyed by where it is used, with a label for errors."""
    for op in vendor.operations:
        yield from _operation_annotations(op)


def _operation_annotations(op: Operation) -> Iterator[tuple[SchemaKey, str, Any]]:
    for param in op.parameters:
        yield (
            ("param", op.operation_id, param.location, param.name),
            f"parameter {param.name}",
            param.type,
        )
    if op.request_body is not None:
        yield ("body", op.operation_id), "requestBody", op.request_body.model
        for media_type, model in op.request_body.media_models.items():
            yield ("body", op.operation_id, media_type), "requestBody", model
    for response in op.responses:
        status = str(response.status)
        if response.model is not None:
            yield ("response", op.operation_id, status), f"responses.{status}", response.model
        for media_type, model in response.media_models.items():
            key = ("response", op.operation_id, status, media_type)
            yield key, f"responses.{status}.content[{media_type}]", model
        for header in response.headers:
            key = ("header", op.operation_id, status, header.name)
            yield key, f"responses.{status}.headers.{header.name}", header.type


class _Generator(GenerateJsonSchema):
    """Pydantic's generator, without the ``$schema``/sorting surprises and with stable names."""

    def sort(self, value: Any, parent_key: str | None = None) -> Any:
        # Keep the documented order of properties, enums and required fields; KEY_ORDER is
        # applied afterwards by ``normalize``.
        return value


def build_components(vendor: Vendor, *, problems: Problems) -> Components:
    """Generate every schema of ``vendor``; report annotations pydantic cannot describe."""
    inputs: list[tuple[SchemaKey, JsonSchemaMode, TypeAdapter[Any]]] = []
    for key, label, annotation in annotation_keys(vendor):
        try:
            inputs.append((key, "validation", TypeAdapter(annotation)))
        except (PydanticUserError, TypeError) as exc:
            problems.error(_where(vendor, key), f"{label}: not a describable type: {exc}")
    try:
        mapping, definitions = TypeAdapter.json_schemas(
            inputs, ref_template=REF_TEMPLATE, schema_generator=_Generator
        )
    except Exception as exc:  # pydantic raises various errors for undescribable types
        problems.error(vendor.key, f"cannot generate JSON Schema: {exc}")
        return Components(inline={}, named={})
    named_raw: dict[str, Any] = definitions.get("$defs", {})
    renames = _generic_renames(named_raw)
    if renames:
        named_raw = {renames.get(k, k): v for k, v in _rename_refs(named_raw, renames).items()}
        mapping = _rename_refs(mapping, renames)
    collisions = _name_collisions(annotation for _, _, annotation in annotation_keys(vendor))
    for name, classes in sorted(collisions.items()):
        problems.error(
            f"{vendor.key} components.schemas.{name}",
            f"{len(classes)} models share this class name ({', '.join(sorted(classes))}); "
            "component names must be unique per vendor",
        )
    for name in named_raw if not collisions else []:
        if not _READABLE_NAME.fullmatch(name) or len(name) > 60:
            problems.error(
                f"{vendor.key} components.schemas.{name}",
                "generated name is not readable: name the class "
                "(a generic model overrides model_parametrized_name)",
            )
    document, language = vendor.document, vendor.language
    inline = {
        key: normalize(schema, document=document, language=language)
        for (key, _), schema in mapping.items()
    }
    named = {
        name: normalize(schema, document=document, language=language, keep_title=True)
        for name, schema in sorted(named_raw.items())
    }
    return Components(inline=inline, named=named)


_READABLE_NAME = re.compile(r"[A-Za-z][A-Za-z0-9]*(_[A-Za-z0-9]+)*")


def _generic_renames(named: dict[str, Any]) -> dict[str, str]:
    """Component names for parametrized generic models: their title.

    pydantic keys a generic model's definition by its origin and arguments
    (``Envelope_list_User__``) but titles it with ``model_parametrized_name`` (``UserListEnvelope``);
    the title is the name a reader expects. Only readable, unused titles are taken.
    """
    taken = set(named)
    renames: dict[str, str] = {}
    for name, schema in named.items():
        title = schema.get("title") if isinstance(schema, dict) else None
        if (
            isinstance(title, str)
            and title != name
            and _READABLE_NAME.fullmatch(title)
            and title not in taken
            and not _READABLE_NAME.fullmatch(name)
        ):
            renames[name] = title
            taken.add(title)
    return renames


def _rename_refs(node: Any, renames: dict[str, str]) -> Any:
    if isinstance(node, dict):
        out = {}
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str) and ref_name(value) in renames:
                out[key] = REF_PREFIX + renames[ref_name(value)]
            else:
                out[key] = _rename_refs(value, renames)
        return out
    if isinstance(node, list):
        return [_rename_refs(item, renames) for item in node]
    return node


def _name_collisions(annotations: Iterable[Any]) -> dict[str, set[str]]:
    """Class names used by more than one model or enum class, with their qualified names."""
    by_name: dict[str, set[str]] = {}
    seen: set[int] = set()
    stack = list(annotations)
    while stack:
        item = stack.pop()
        if id(item) in seen:
            continue
        seen.add(id(item))
        stack.extend(typing.get_args(item))
        if isinstance(item, type) and issubclass(item, BaseModel | Enum):
            by_name.setdefault(item.__name__, set()).add(f"{item.__module__}.{item.__qualname__}")
            if issubclass(item, BaseModel):
                stack.extend(field.annotation for field in item.model_fields.values())
    return {name: classes for name, classes in by_name.items() if len(classes) > 1}


def _where(vendor: Vendor, key: SchemaKey) -> str:
    op = next((o for o in vendor.operations if o.operation_id == key[1]), None)
    return f"{vendor.key} {op.label}" if op else vendor.key


def normalize(schema: Any, *, document: str, language: str, keep_title: bool = False) -> Any:
    """Rewrite one pydantic schema into the portable form (recursively)."""
    if isinstance(schema, list):
        return [normalize(item, document=document, language=language) for item in schema]
    if not isinstance(schema, dict):
        return schema
    out: dict[str, Any] = {}
    for key, value in schema.items():
        if key == "title" and not keep_title:
            continue
        if key == "default" and value is None:
            # pydantic writes ``default: null`` for every ``x: T | None = None``: that is how
            # Python spells "optional", not a default any document states.
            continue
        if key in ("properties", "$defs", "patternProperties", "dependentSchemas"):
            out[key] = {
                name: normalize(sub, document=document, language=language)
                for name, sub in value.items()
            }
        elif key in ("x-source",) and isinstance(value, dict):
            out[key] = {"document": value.get("document", document), "lines": value["lines"]}
        elif key == "x-original" and isinstance(value, dict):
            out[key] = original_json(value, language)
        elif key.startswith("x-") or key in ("enum", "const", "default", "examples", "required"):
            out[key] = value  # data, not schemas: never rewritten
        else:
            out[key] = normalize(value, document=document, language=language)
    out = _collapse_nullable(out)
    out = _wrap_ref(out)
    return order_keys(out)


def original_json(original: dict[str, Any], language: str) -> dict[str, Any]:
    """An ``x-original`` with its ``lang`` first: its own, or else the vendor's language."""
    return {"lang": original.get("lang", language), **original}


def _collapse_nullable(schema: dict[str, Any]) -> dict[str, Any]:
    """``anyOf: [{type: X}, {type: null}]`` becomes ``type: [X, "null"]`` where that is exact.

    Branches that are references or enumerations stay an ``anyOf`` (a type array beside an
    ``enum`` would reject ``null``), which is the second sanctioned spelling.
    """
    branches = schema.get("anyOf")
    if not isinstance(branches, list) or len(branches) != 2 or {"type": "null"} not in branches:
        return schema
    other = next(b for b in branches if b != {"type": "null"})
    if (
        "$ref" in other
        or "enum" in other
        or "const" in other
        or not isinstance(other.get("type"), str)
    ):
        return schema
    merged = {k: v for k, v in schema.items() if k != "anyOf"}
    for key, value in other.items():
        merged.setdefault(key, value)
    merged["type"] = [other["type"], "null"]
    return merged


def _wrap_ref(schema: dict[str, Any]) -> dict[str, Any]:
    """A ``$ref`` keeps only description/summary beside it; the rest goes on an allOf wrapper."""
    if "$ref" not in schema or set(schema) <= REF_SIBLINGS:
        return schema
    wrapper = {k: v for k, v in schema.items() if k != "$ref"}
    wrapper["allOf"] = [{"$ref": schema["$ref"]}]
    return wrapper


def order_keys(schema: dict[str, Any]) -> dict[str, Any]:
    """Known keywords in KEY_ORDER, then unknown ones, then ``x-`` extensions, each sorted."""

    def rank(key: str) -> tuple[int, int, str]:
        if key in _KEY_RANK:
            return (0, _KEY_RANK[key], key)
        return (2 if key.startswith("x-") else 1, 0, key)

    return {key: schema[key] for key in sorted(schema, key=rank)}


def ref_name(ref: str) -> str:
    """``#/components/schemas/User`` → ``User``."""
    return ref.removeprefix(REF_PREFIX)
