"""The mock's dataset: per declared collection (``x-collections``), N items it pages, adds to,
changes and removes from, so that what a client writes shows up in what it reads next.

Seeded from the documented examples: the items of the list's example, then the examples of the
item's GET and of the writes whose answer is an item, verbatim and in that order; further items
are copies of those with fresh ids (a schema-built item where the document shows none). A
collection whose path has variables (Lagerkoll's articles of ``{project_id}``) keeps one such
dataset per value, made on first use.

The list answer is the list's documented example with its items replaced by the requested page
and its count computed from the dataset, as ``x-paging`` says: ``pages`` (a page count),
``total`` (an item count) or ``offset`` (the body is the slice). An item answer is the stored
item where the operation answers an item, else its documented example; an unknown id is the
vendor's 404 (:mod:`generator.mock.errors`).
"""

from __future__ import annotations

import copy
import json
import math
import re
import threading
from dataclasses import dataclass
from typing import Any

from openapi_schema_validator import OAS30Validator, OAS31Validator

from generator.mock.errors import error_reply
from generator.mock.replies import reply, success_answer
from generator.mock.types import Reply
from generator.mock.values import build_instance
from generator.openapi import (
    Api,
    CollectionShape,
    Operation,
    Schemas,
    collection_shape,
    payload_schema,
)
from generator.openapi.shapes import success_schema

_VARIABLE = re.compile(r"\{([^{}]+)\}")


@dataclass(frozen=True)
class Role:
    """What an operation does to a collection: ``list``, ``create``, ``read``, ``update`` or
    ``delete`` (``id_variable``: the path variable holding the item's id)."""

    shape: CollectionShape
    kind: str
    id_variable: str = ""


class Dataset:
    """Every declared collection's items, thread-safe (the server answers from many threads)."""

    def __init__(self, api: Api, *, items: int) -> None:
        self.api = api
        self.size = max(0, items)
        self._lock = threading.Lock()
        self._stores: dict[tuple[str, tuple[str, ...]], list[dict[str, Any]]] = {}
        self._roles: dict[tuple[str, str], Role] = {}
        for collection in api.collections:
            shape = collection_shape(api, collection)
            if not shape.problem:
                self._declare(shape)

    def _declare(self, shape: CollectionShape) -> None:
        collection = shape.collection
        self._roles[("GET", collection.path)] = Role(shape, "list")
        for path in collection.create_paths:
            self._roles[("POST", path)] = Role(shape, "create")
        for path in collection.all_item_paths:
            variable = _VARIABLE.findall(path)[-1]
            for method, kind in (("GET", "read"), ("PUT", "update"), ("PATCH", "update"),
                                 ("DELETE", "delete")):  # fmt: skip
                self._roles[(method, path)] = Role(shape, kind, variable)

    def role(self, operation: Operation) -> Role | None:
        return self._roles.get((operation.method, operation.path))

    def items(self, name: str, **scope: str) -> list[dict[str, Any]]:
        """A copy of the items of collection ``name`` (in the scope of its path variables)."""
        shape = next(
            (r.shape for r in self._roles.values() if r.shape.collection.name == name), None
        )
        if shape is None:
            known = sorted({r.shape.collection.name for r in self._roles.values()})
            raise ValueError(f"no collection {name!r} in the dataset; collections: {known}")
        with self._lock:
            return copy.deepcopy(self._store(shape, scope))

    # --- answering ----------------------------------------------------------------------------
    def answer(
        self,
        operation: Operation,
        variables: dict[str, str],
        query: dict[str, list[str]],
        body: Any,
    ) -> Reply | None:
        """The answer from the dataset; None where the operation does not touch a collection."""
        role = self.role(operation)
        if role is None:
            return None
        with self._lock:
            store = self._store(role.shape, variables)
            if role.kind == "list":
                return self._list(operation, role.shape, store, query)
            if role.kind == "create":
                item = self._new_item(role.shape, store, body)
                store.append(item)
                return self._item_reply(operation, role.shape, item)
            wanted = variables.get(role.id_variable, "")
            index = next(
                (
                    i
                    for i, it in enumerate(store)
                    if str(it.get(role.shape.collection.id)) == wanted
                ),
                None,
            )
            if index is None:
                what = (
                    f"no {role.shape.collection.name} item with {role.shape.collection.id} {wanted}"
                )
                return error_reply(self.api, operation, 404, what)
            if role.kind == "update":
                store[index] = self._merged(role.shape, store[index], body)
            if role.kind == "delete":
                del store[index]
                return self._documented(operation)
            return self._item_reply(operation, role.shape, store[index])

    def _store(self, shape: CollectionShape, variables: dict[str, str]) -> list[dict[str, Any]]:
        scope = tuple(variables.get(v, "") for v in _VARIABLE.findall(shape.collection.path))
        key = (shape.collection.name, scope)
        if key not in self._stores:
            self._stores[key] = self._seed(shape)
        return self._stores[key]

    def _list(
        self,
        operation: Operation,
        shape: CollectionShape,
        store: list[dict[str, Any]],
        query: dict[str, list[str]],
    ) -> Reply:
        paging = shape.paging
        selected: list[dict[str, Any]] = store
        count: int | None = None
        size, page = max(1, len(store)), 0
        if paging is not None:
            size = _number(query.get(paging.size)) or _default(operation, paging.size) or len(store)
            size = max(1, size)
            cursor = _number(query.get(paging.cursor))
            if paging.style == "offset":
                start = cursor or 0
            else:
                page = paging.first if cursor is None else cursor
                start = (page - paging.first) * size
                count = math.ceil(len(store) / size) if paging.style == "pages" else len(store)
            selected = store[max(0, start) : max(0, start) + size]
        facts = {
            "page": page,
            "size": size,
            "total": len(store),
            "pages": math.ceil(len(store) / size),
        }
        answer, template = self._template(operation)
        if template is None:
            return answer
        payload = self._payload(template)
        items = copy.deepcopy(selected)
        if shape.items and isinstance(payload, dict):
            payload[shape.items] = items
            if paging is not None and paging.count and count is not None:
                payload[paging.count] = count
            for name, holds in shape.collection.list_fields:
                payload[name] = facts[holds]
        else:
            template = self._with_payload(template, items)
        answer.body = json.dumps(template, ensure_ascii=False).encode()
        return answer

    def _item_reply(
        self, operation: Operation, shape: CollectionShape, item: dict[str, Any]
    ) -> Reply:
        answer, template = self._template(operation)
        if template is None or not _same_schema(
            self.api.schemas, payload_schema(self.api, success_schema(operation)), shape.item_schema
        ):
            return answer
        template = self._with_payload(template, copy.deepcopy(item))
        answer.body = json.dumps(template, ensure_ascii=False).encode()
        return answer

    def _documented(self, operation: Operation) -> Reply:
        return self._template(operation)[0]

    def _template(self, operation: Operation) -> tuple[Reply, Any]:
        """The documented success answer in JSON, and its body as a value to fill in (None: the
        answer has no JSON body, it is given as documented)."""
        response = success_answer(operation)
        status = (response.code if response is not None else None) or 200
        answer = reply(self.api.schemas, response, status=status, accept="application/json")
        if not answer.body or "json" not in answer.headers.get("Content-Type", ""):
            return answer, None
        return answer, json.loads(answer.body)

    def _payload(self, body: Any) -> Any:
        envelope = self.api.envelope
        if envelope is not None and isinstance(body, dict) and envelope.data in body:
            return body[envelope.data]
        return body

    def _with_payload(self, body: Any, value: Any) -> Any:
        envelope = self.api.envelope
        if envelope is not None and isinstance(body, dict) and envelope.data in body:
            return {**body, envelope.data: value}
        return value

    # --- seeding and writing ------------------------------------------------------------------
    def _seed(self, shape: CollectionShape) -> list[dict[str, Any]]:
        templates = self._templates(shape)
        seeded: list[dict[str, Any]] = []
        for index in range(self.size):
            item = copy.deepcopy(templates[index % len(templates)])
            if index >= len(templates):
                item[shape.collection.id] = _next_id(seeded, shape.collection.id, item)
            seeded.append(item)
        return seeded

    def _templates(self, shape: CollectionShape) -> list[dict[str, Any]]:
        """The documented items, each id once, in the order the module docstring gives."""
        found: list[Any] = []
        if shape.listing is not None:
            _, listed = self._template(shape.listing)
            payload = self._payload(listed)
            if shape.items and isinstance(payload, dict):
                payload = payload.get(shape.items)
            found += payload if isinstance(payload, list) else []
        for operation in self.api.operations:
            role = self.role(operation)
            if role is None or role.shape is not shape or role.kind in ("list", "delete"):
                continue
            if not _same_schema(
                self.api.schemas,
                payload_schema(self.api, success_schema(operation)),
                shape.item_schema,
            ):
                continue
            _, body = self._template(operation)
            found.append(self._payload(body))
        key = shape.collection.id
        unique: dict[str, dict[str, Any]] = {}
        for item in found:
            if isinstance(item, dict) and key in item:
                unique.setdefault(str(item[key]), item)
        if unique:
            return list(unique.values())
        built = build_instance(self.api.schemas, shape.item_schema)
        return [built if isinstance(built, dict) else {key: 1}]

    def _new_item(
        self, shape: CollectionShape, store: list[dict[str, Any]], body: Any
    ) -> dict[str, Any]:
        template = store[0] if store else self._templates(shape)[0]
        item = self._merged(shape, copy.deepcopy(template), body)
        # The server assigns the id (x-inferred where the document does not say so).
        item[shape.collection.id] = _next_id(store, shape.collection.id, template)
        return item

    def _merged(self, shape: CollectionShape, item: dict[str, Any], body: Any) -> dict[str, Any]:
        """``item`` with the body's fields that are fields of the item and fit its schema there
        (its id kept): a request field shaped otherwise than the stored one (PlanningNow's new
        order positions, without the ids the server gives them) keeps the stored value, so
        that every answer still fits the spec."""
        fields = self.api.schemas.properties(self.api.schemas.target(shape.item_schema))
        merged = dict(item)
        if isinstance(body, dict):
            for name, value in body.items():
                if (
                    name in fields
                    and name != shape.collection.id
                    and self._fits(fields[name], value)
                ):
                    merged[name] = value
        return merged

    def _fits(self, schema: Any, value: Any) -> bool:
        if not isinstance(schema, dict):
            return schema is not False
        root = {**schema, "components": self.api.document.get("components", {})}
        validator: Any = (
            OAS31Validator(root) if self.api.openapi.startswith("3.1") else OAS30Validator(root)
        )
        return bool(validator.is_valid(value))


def _same_schema(schemas: Schemas, one: Any, other: Any) -> bool:
    """Whether two schemas describe the same item: the same named component, or equal."""
    if one is None or other is None:
        return False
    named = Schemas.reference(one), Schemas.reference(other)
    if named[0] is not None or named[1] is not None:
        return named[0] == named[1]
    return bool(schemas.target(one) == schemas.target(other))


def _next_id(store: list[dict[str, Any]], key: str, like: dict[str, Any]) -> Any:
    """An id no item has: one more than the highest number (as a string where ids are)."""
    sample = like.get(key)
    numbers = [int(str(i.get(key))) for i in store if str(i.get(key, "")).lstrip("-").isdigit()]
    if isinstance(sample, str) and not sample.isdigit():
        taken = {str(i.get(key)) for i in store}
        return next(
            f"{sample}-{n}" for n in range(1, len(store) + 2) if f"{sample}-{n}" not in taken
        )
    following = max(numbers, default=0) + 1
    return str(following) if isinstance(sample, str) else following


def _number(values: list[str] | None) -> int | None:
    """A query value as an integer (the request was validated: a bad one never gets here)."""
    try:
        return int(values[0]) if values else None
    except ValueError:
        return None


def _default(operation: Operation, name: str) -> int | None:
    param = next((p for p in operation.parameters if p.name == name), None)
    value = param.schema.get("default") if param is not None else None
    return value if isinstance(value, int) and not isinstance(value, bool) else None
