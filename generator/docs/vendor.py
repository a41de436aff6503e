"""An emitted spec → the :class:`~generator.docs.model.VendorDoc` its reference pages print."""

from __future__ import annotations

from typing import Any

from generator.docs import model
from generator.docs.fields import SchemaReader
from generator.docs.operation import build_operation
from generator.docs.overview import (
    build_auth,
    build_errors,
    build_notes,
    build_paging,
    build_rate_limits,
    build_servers,
    operation_notes,
)
from generator.naming import snake
from generator.validate import operations

#: The sections before the operations, in page order: (anchor, title).
SECTIONS = (
    ("overview", "Overview"),
    ("servers", "Servers"),
    ("authentication", "Authentication"),
    ("rate-limits", "Rate limits"),
    ("pagination", "Pagination"),
    ("errors", "Errors"),
    ("inferred", "What was inferred"),
    ("quirks", "Quirks of the document"),
    ("operations", "Operations"),
)


def tag_anchor(name: str) -> str:
    return "tag-" + (snake(name, reserved=frozenset()).replace("_", "-") or "untagged")


def build_vendor_doc(spec: dict[str, Any], *, key: str) -> model.VendorDoc:
    reader = SchemaReader(spec)
    info = spec.get("info", {})
    origin = info.get("x-origin", {})
    ops_by_tag: dict[str, list[model.Operation]] = {}
    count = 0
    has_original = False
    for method, path, op in operations(spec):
        count += 1
        where = f"{method.upper()} {path}"
        view = build_operation(
            method,
            path,
            op,
            spec=spec,
            vendor=key,
            reader=reader,
            notes=operation_notes(op, where=where),
        )
        has_original = has_original or view.original is not None
        tags = op.get("tags") or ["Other"]
        ops_by_tag.setdefault(str(tags[0]), []).append(view)
    declared = {str(t.get("name")): t for t in spec.get("tags", [])}
    order = [name for name in declared if name in ops_by_tag] + [
        n for n in ops_by_tag if n not in declared
    ]
    tags = [
        model.Tag(
            name=name,
            anchor=tag_anchor(name),
            description=str(declared.get(name, {}).get("description", "")),
            operations=ops_by_tag[name],
        )
        for name in order
    ]
    paging, paging_notes = build_paging(spec)
    return model.VendorDoc(
        key=key,
        title=str(info.get("title", key)),
        version=str(info.get("version", "")),
        description=str(info.get("description", "")),
        document=str(origin.get("document", "")),
        language=str(origin.get("language", "")),
        openapi_version=str(spec.get("openapi", "")),
        operation_count=count,
        servers=build_servers(spec),
        auth=build_auth(spec, vendor=key),
        rate_limits=build_rate_limits(spec, reader=reader),
        paging=paging,
        paging_notes=paging_notes,
        errors=build_errors(spec, reader=reader),
        inferred=build_notes(spec, key="x-inferred"),
        quirks=build_notes(spec, key="x-quirks"),
        tags=tags,
        has_original=has_original or "x-original" in info,
        links=[model.Link(title, anchor) for anchor, title in SECTIONS],
    )
