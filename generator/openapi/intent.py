"""The curator's intent the YAML cannot say, read from the ``x-`` extensions that declare it.

- ``x-paging`` on an operation: how its pages are walked (see :class:`Paging`);
- ``x-logon`` on an operation: it returns a token that later calls send as credentials;
- ``x-envelope`` in ``info``: success payloads are wrapped, the value is under ``data``;
- ``x-error-payload`` in ``info``: the code and message fields of the vendor's errors;
- ``x-fern-sdk-group-name`` / ``x-fern-sdk-method-name`` on an operation: what clients call it
  (Fern's pair, so that Fern's generators and ours give the same ``client.<group>.<method>``).
- ``x-collections`` in ``info``: the collections whose writes later reads show (the mock's dataset).

Renderers read these; none guesses them from names.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Paging:
    """``x-paging``: ``style`` is ``pages`` (a page count), ``total`` (an item count) or
    ``offset`` (a start index; the body is the array). ``cursor``/``size`` name query parameters,
    ``items``/``count`` fields of the success body (``items`` empty: the body is the array)."""

    style: str
    cursor: str
    size: str
    items: str
    count: str
    first: int

    @classmethod
    def read(cls, node: Any) -> Paging | None:
        if not isinstance(node, Mapping):
            return None
        return cls(
            style=str(node.get("style", "")),
            cursor=str(node.get("cursor", "")),
            size=str(node.get("size", "")),
            items=str(node.get("items", "") or ""),
            count=str(node.get("count", "") or ""),
            first=int(node.get("first", 0)),
        )


@dataclass(frozen=True)
class Logon:
    """``x-logon``: the success body's ``token`` field is sent as each of ``credentials``
    (security scheme keys) by the calls that follow."""

    token: str
    credentials: tuple[str, ...]

    @classmethod
    def read(cls, node: Any) -> Logon | None:
        if not isinstance(node, Mapping):
            return None
        return cls(str(node.get("token", "")), tuple(str(c) for c in node.get("credentials", [])))


@dataclass(frozen=True)
class Envelope:
    """``x-envelope``: a success payload with these fields carries its value in ``data``."""

    data: str
    code: str
    message: str

    @classmethod
    def read(cls, node: Any) -> Envelope | None:
        if not isinstance(node, Mapping):
            return None
        return cls(
            str(node.get("data", "")), str(node.get("code", "")), str(node.get("message", ""))
        )

    @property
    def fields(self) -> set[str]:
        return {f for f in (self.data, self.code, self.message) if f}


@dataclass(frozen=True)
class ErrorPayload:
    """``x-error-payload``: the fields of the vendor's error body holding its code and message."""

    code: str
    message: str
    #: The vendor code of an error by HTTP status (``"429"``) or ``"default"``.
    codes: tuple[tuple[str, int | str], ...] = ()

    @classmethod
    def read(cls, node: Any) -> ErrorPayload | None:
        if not isinstance(node, Mapping):
            return None
        codes = node.get("codes")
        return cls(
            str(node.get("code", "") or ""),
            str(node.get("message", "") or ""),
            tuple(
                (str(k), v)
                for k, v in (codes.items() if isinstance(codes, Mapping) else ())
                if isinstance(v, int | str) and not isinstance(v, bool)
            ),
        )

    def code_for(self, status: int) -> int | str | None:
        """The vendor code an error of ``status`` carries (None: none declared)."""
        found = dict(self.codes)
        return found.get(str(status), found.get("default"))


@dataclass(frozen=True)
class Collection:
    """``x-collections`` entry: a collection listed at ``path`` (POST there, or at a ``create``
    path, adds an item) whose items live at ``item`` (and ``item_paths``), keyed by the field
    ``id``; the item path's last variable is the id, its others scope the items. ``items`` is
    the field of the list body holding them (empty: ``x-paging`` says, or the body is the array)."""

    name: str
    path: str
    id: str
    item: str
    items: str
    create: tuple[str, ...]
    item_paths: tuple[str, ...]
    #: Further list body fields and what each holds: ``page``, ``size``, ``total`` or ``pages``.
    list_fields: tuple[tuple[str, str], ...] = ()

    @classmethod
    def read(cls, node: Any) -> Collection | None:
        if not isinstance(node, Mapping):
            return None
        fields = node.get("list-fields")
        return cls(
            name=str(node.get("name", "")),
            path=str(node.get("path", "")),
            id=str(node.get("id", "")),
            item=str(node.get("item", "") or ""),
            items=str(node.get("items", "") or ""),
            create=tuple(str(p) for p in node.get("create") or () if isinstance(p, str)),
            item_paths=tuple(str(p) for p in node.get("item-paths") or () if isinstance(p, str)),
            list_fields=tuple(
                (str(k), str(v)) for k, v in (fields.items() if isinstance(fields, Mapping) else ())
            ),
        )

    @property
    def create_paths(self) -> tuple[str, ...]:
        return (self.path, *self.create)

    @property
    def all_item_paths(self) -> tuple[str, ...]:
        return tuple(p for p in (self.item, *self.item_paths) if p)


GROUP_NAME = "x-fern-sdk-group-name"
METHOD_NAME = "x-fern-sdk-method-name"


@dataclass(frozen=True)
class SdkName:
    """``x-fern-sdk-group-name`` / ``x-fern-sdk-method-name``: the namespace and the method a
    client gives the operation; each ``""`` where the document does not say. Fern's nested
    groups (a list) read as one name joined with ``_``."""

    group: str
    method: str

    @classmethod
    def read(cls, extensions: Mapping[str, Any]) -> SdkName:
        group = extensions.get(GROUP_NAME)
        if isinstance(group, list):
            group = "_".join(str(part) for part in group)
        method = extensions.get(METHOD_NAME)
        return cls(
            group if isinstance(group, str) else "", method if isinstance(method, str) else ""
        )
