"""An emitted spec → the :class:`~generator.docs.model.ReferenceView` its reference pages print."""

from __future__ import annotations

from generator.docs import model
from generator.docs.fields import SchemaReader
from generator.docs.operation import build_operation
from generator.docs.overview import (
    build_auth,
    build_envelope,
    build_errors,
    build_notes,
    build_paging,
    build_rate_limits,
    build_servers,
    operation_notes,
)
from generator.naming import snake
from generator.openapi import Api

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


def build_reference_view(api: Api, *, key: str) -> model.ReferenceView:
    reader = SchemaReader(api.schemas)
    ops_by_tag: dict[str, list[model.OperationView]] = {}
    for op in api.operations:
        view = build_operation(
            op, api=api, vendor=key, reader=reader, notes=operation_notes(api, op)
        )
        ops_by_tag.setdefault(op.tags[0] if op.tags else "Other", []).append(view)
    declared = {tag.name: tag for tag in api.tags}
    order = [name for name in declared if name in ops_by_tag] + [
        n for n in ops_by_tag if n not in declared
    ]
    tags = [
        model.TagView(
            name=name,
            anchor=tag_anchor(name),
            description=declared[name].description if name in declared else "",
            operations=ops_by_tag[name],
            operation_count=len(ops_by_tag[name]),
        )
        for name in order
    ]
    paging, paging_notes = build_paging(api)
    origin = api.origin
    return model.ReferenceView(
        key=key,
        title=api.title or key,
        version=api.version,
        description=api.description,
        envelope=build_envelope(api),
        document=origin.document if origin is not None else "",
        language=origin.language if origin is not None else "",
        openapi_version=api.openapi,
        operation_count=len(api.operations),
        servers=build_servers(api),
        auth=build_auth(api, vendor=key, reader=reader),
        rate_limits=build_rate_limits(api),
        paging=paging,
        paging_notes=paging_notes,
        errors=build_errors(api, reader=reader),
        inferred=build_notes(api, inferred=True),
        quirks=build_notes(api, inferred=False),
        tags=tags,
        links=[model.LinkView(title, anchor) for anchor, title in SECTIONS],
    )
