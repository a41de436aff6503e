"""One operation of the document (a :class:`generator.openapi.Operation`) → its
:class:`~generator.docs.model.OperationView`."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any

from generator.docs import calls, model
from generator.docs.fields import SchemaReader, one_line, value_text
from generator.naming import snake
from generator.openapi import (
    Api,
    Content,
    Header,
    Media,
    Operation,
    Parameter,
    Provenance,
    RequestBody,
    Response,
    Source,
)


def anchor(operation_id: str) -> str:
    """``getOrderById`` → ``op-get-order-by-id``: a lower-case id GitHub and browsers agree on."""
    return "op-" + snake(operation_id, reserved=frozenset()).replace("_", "-")


def link(op: Operation) -> model.LinkView:
    """``GET /path``, linking to the operation's section."""
    return model.LinkView(op.where, anchor(op.operation_id))


def lines_text(lines: tuple[int, int] | Source | None) -> str:
    """Cited lines as ``12`` or ``12-30`` (empty when none are cited)."""
    if isinstance(lines, Source):
        lines = lines.lines
    if lines is None:
        return ""
    return str(lines[0]) if lines[0] == lines[1] else f"{lines[0]}-{lines[1]}"


def source_text(source: Source | None) -> str:
    if source is None:
        return ""
    return f"{source.document or ''} lines {lines_text(source)}"


def security_text(requirements: Iterable[Mapping[str, Any]]) -> str:
    """``apiToken``, ``store + apiKey or store + userId + userToken``, or ``none``."""
    requirements = list(requirements)
    if not requirements or all(not r for r in requirements):
        return "none (no authentication)"
    return " or ".join(" + ".join(r) if r else "none" for r in requirements)


def block(title: str, value: Any, *, media_type: str) -> model.BlockView:
    """A documented example: pretty JSON, or the text verbatim."""
    if isinstance(value, str) and "json" not in media_type:
        text, lang = value, ("xml" if "xml" in media_type else "text")
    else:
        text, lang = json.dumps(value, indent=2, ensure_ascii=False), "json"
    return model.BlockView(title=title, text=text, lang=lang, fence=fence(text))


def fence(text: str) -> str:
    """A Markdown fence longer than any run of backticks in ``text``."""
    longest = run = 0
    for char in text:
        run = run + 1 if char == "`" else 0
        longest = max(longest, run)
    return "`" * max(3, longest + 1)


def examples(content: Content, *, label: str) -> list[model.BlockView]:
    return [
        block(
            f"{label} {example.name} ({media.media_type}): {example.summary}",
            example.value,
            media_type=media.media_type,
        )
        for media in content
        for example in media.examples
    ]


def build_operation(
    op: Operation,
    *,
    api: Api,
    vendor: str,
    reader: SchemaReader,
    notes: list[model.NoteView],
) -> model.OperationView:
    body = op.request_body
    media = body.content.first() if body is not None else None
    _, request_example = media.example if media is not None else (False, None)
    shown = [
        (p, calls.sample_value(p, reader=reader)) for p in op.parameters if p.required or p.examples
    ]
    call = calls.CallInput(
        method=op.method,
        path=op.path,
        operation_id=op.operation_id,
        client_call=calls.client_call(api, op),
        parameters=shown,
        media_type=media.media_type if media is not None else None,
        body=request_example,
        has_body=body is not None,
        credentials=calls.credentials(api.security_schemes, op.security[0] if op.security else {}),
        body_fields=_logon_fields(op, media, request_example, reader=reader),
    )
    base_url = calls.server_url(api)
    provenance = Provenance.read(op.extensions)
    original = provenance.original
    tags = ", ".join(op.tags)
    return model.OperationView(
        anchor=anchor(op.operation_id),
        method=op.method,
        method_css=f"m-{op.method.lower()}",
        path=op.path,
        operation_id=op.operation_id,
        python_name=calls.client_call(api, op),
        summary=op.summary,
        description=op.description,
        deprecated=op.deprecated,
        tags=tags,
        security=security_text(op.security),
        original=model.OriginalView(original.lang, original.summary, original.description)
        if original is not None
        else None,
        parameters=[_param(p, reader=reader) for p in op.parameters],
        body=_body(body, reader=reader) if body is not None else None,
        responses=[_response(response, reader=reader) for response in op.responses],
        curl=model.BlockView("curl", calls.curl(call, base_url=base_url), "sh"),
        python=model.BlockView(
            "Python", calls.python(call, vendor=vendor, base_url=base_url), "python"
        ),
        source=source_text(provenance.source),
        notes=notes,
        search=" ".join([op.method, op.path, op.operation_id, op.summary, tags]).lower(),
    )


def _logon_fields(
    op: Operation, media: Media | None, example: Any, *, reader: SchemaReader
) -> list[tuple[str, Any]]:
    """The body fields a security-free JSON body is passed as (the client's logon convention),
    each with its documented example value or a ``<field>`` placeholder; required fields only
    where the example shows none."""
    if op.security or media is None or media.kind != "json":
        return []
    schema = reader.schemas.target(media.schema or {})
    properties = schema.get("properties") or {}
    if not properties:
        return []
    if isinstance(example, dict) and example:
        return [(name, value) for name, value in example.items() if name in properties]
    return [(name, f"<{name}>") for name in schema.get("required") or properties]


def _param(param: Parameter, *, reader: SchemaReader) -> model.ParamView:
    has_default, default = reader.default(param.schema)
    return model.ParamView(
        name=param.name,
        location=param.location,
        type=reader.type_name(param.schema),
        required="yes" if param.required else "no",
        default=value_text(default) if has_default else "",
        allowed=reader.allowed(param.schema),
        description=one_line(param.description),
    )


def header_view(header: Header, *, reader: SchemaReader) -> model.HeaderView:
    return model.HeaderView(
        name=header.name,
        type=reader.type_name(header.schema),
        required="yes" if header.required else "no",
        description=one_line(header.description),
    )


def _body(body: RequestBody, *, reader: SchemaReader) -> model.BodyView:
    schema = body.content.schema
    return model.BodyView(
        description=body.description,
        media_types=", ".join(body.content.media_types),
        required="yes" if body.required else "no",
        type=reader.type_name(schema) if schema else "",
        fields=reader.rows(schema),
        examples=examples(body.content, label="Request"),
    )


def _response(response: Response, *, reader: SchemaReader) -> model.ResponseView:
    schema = response.content.schema
    return model.ResponseView(
        status=response.status,
        description=response.description,
        media_types=", ".join(response.content.media_types),
        type=reader.type_name(schema) if schema else "",
        headers=[header_view(h, reader=reader) for h in response.headers],
        fields=reader.rows(schema),
        examples=examples(response.content, label=f"Response {response.status}"),
    )
