"""Where a declared collection's items sit in the bodies of its operations (``x-collections``).

The list operation is the GET at the collection path; its items are under the ``x-paging``
``items`` field, else the collection's own ``items`` field, else the (unwrapped) body is the
array. A body of an enveloped vendor (``info.x-envelope``) carries its value under ``data``.
The item schema is the list's item schema, else that of the item GET's success.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from generator.openapi.elements import Operation
from generator.openapi.intent import Collection, Paging

if TYPE_CHECKING:
    from generator.openapi.document import Api


@dataclass(frozen=True)
class CollectionShape:
    collection: Collection
    #: The GET at the collection path (None: the document prints no list).
    listing: Operation | None
    paging: Paging | None
    #: The field of the list payload holding the items ("": the payload is the array).
    items: str
    #: The schema of one item as written (a ``$ref`` for a named one); None: not found.
    item_schema: Any
    #: Why the shape cannot be read ("": it can).
    problem: str


def payload_schema(api: Api, schema: Any) -> Any:
    """The schema of a body's value: under the envelope's ``data`` where the vendor wraps."""
    envelope = api.envelope
    if envelope is not None and envelope.data:
        inner = api.schemas.properties(api.schemas.unwrap(schema)).get(envelope.data)
        if inner is not None:
            return inner
    return schema


def success_schema(operation: Operation | None) -> Any:
    """The JSON schema of an operation's first success (None: no JSON body)."""
    success = operation.first_success if operation is not None else None
    media = success.content.first("json") if success is not None and success.content else None
    return media.schema if media is not None else None


def operation_at(api: Api, method: str, path: str) -> Operation | None:
    return next((o for o in api.operations if o.method == method and o.path == path), None)


def collection_shape(api: Api, collection: Collection) -> CollectionShape:
    listing = operation_at(api, "GET", collection.path)
    paging = api.paging(listing) if listing is not None else None
    items = (paging.items if paging is not None else "") or collection.items
    problem = ""
    item_schema: Any = None
    if listing is not None:
        payload = api.schemas.target(payload_schema(api, success_schema(listing)))
        fields = api.schemas.properties(payload)
        for name, _ in collection.list_fields:
            if name not in fields:
                problem = f"list-fields {name!r} is not a field of the list body of {listing.where}"
        if items and not problem:
            array = api.schemas.properties(payload).get(items)
            if array is None:
                problem = f"items {items!r} is not a field of the list body of {listing.where}"
            payload = api.schemas.target(array)
        if not problem and payload.get("type") != "array":
            problem = f"the list body of {listing.where} is not an array: name its items field"
        item_schema = payload.get("items") if not problem else None
    elif collection.list_fields:
        problem = "list-fields without a list (no GET at the collection path)"
    if item_schema is None and not problem:
        reading = next(
            (o for p in collection.all_item_paths if (o := operation_at(api, "GET", p))), None
        )
        found = payload_schema(api, success_schema(reading)) if reading is not None else None
        item_schema = found
        if found is None:
            problem = "neither a list nor an item GET shows the items' schema"
    if item_schema is not None and collection.id not in api.schemas.properties(
        api.schemas.target(item_schema)
    ):
        problem = f"id {collection.id!r} is not a field of the item schema"
    return CollectionShape(collection, listing, paging, items, item_schema, problem)
