"""One operation of the emitted spec → its :class:`~generator.docs.model.Operation` view."""

from __future__ import annotations

import json
from typing import Any

from generator.docs import calls, model
from generator.docs.fields import SchemaReader, one_line, value_text
from generator.naming import snake


def anchor(operation_id: str) -> str:
    """``getOrderById`` → ``op-get-order-by-id``: a lower-case id GitHub and browsers agree on."""
    return "op-" + snake(operation_id, reserved=frozenset()).replace("_", "-")


def lines_text(source: Any) -> str:
    """``x-source``/quirk lines as ``12`` or ``12-30``."""
    lines = source.get("lines") if isinstance(source, dict) else None
    if not isinstance(lines, list) or len(lines) != 2:
        return ""
    return str(lines[0]) if lines[0] == lines[1] else f"{lines[0]}-{lines[1]}"


def source_text(node: dict[str, Any]) -> str:
    source = node.get("x-source")
    if not isinstance(source, dict):
        return ""
    return f"{source.get('document', '')} lines {lines_text(source)}"


def security_text(requirements: list[dict[str, Any]]) -> str:
    """``apiToken``, ``store + apiKey or store + userId + userToken``, or ``none``."""
    if not requirements or all(not r for r in requirements):
        return "none (no authentication)"
    return " or ".join(" + ".join(r) if r else "none" for r in requirements)


def block(title: str, value: Any, *, media_type: str) -> model.Block:
    """A documented example: pretty JSON, or the text verbatim."""
    if isinstance(value, str) and "json" not in media_type:
        text, lang = value, ("xml" if "xml" in media_type else "text")
    else:
        text, lang = json.dumps(value, indent=2, ensure_ascii=False), "json"
    return model.Block(title=title, text=text, lang=lang, fence=fence(text))


def fence(text: str) -> str:
    """A Markdown fence longer than any run of backticks in ``text``."""
    longest = run = 0
    for char in text:
        run = run + 1 if char == "`" else 0
        longest = max(longest, run)
    return "`" * max(3, longest + 1)


def examples(content: dict[str, Any], *, label: str) -> list[model.Block]:
    found: list[model.Block] = []
    for media_type, media in content.items():
        for name, example in (media.get("examples") or {}).items():
            title = f"{label} {name} ({media_type}): {example.get('summary', '')}"
            found.append(block(title, example.get("value"), media_type=media_type))
    return found


def build_operation(
    method: str,
    path: str,
    op: dict[str, Any],
    *,
    spec: dict[str, Any],
    vendor: str,
    reader: SchemaReader,
    notes: list[model.Note],
) -> model.Operation:
    operation_id = str(op["operationId"])
    params = op.get("parameters", [])
    body = op.get("requestBody")
    security: list[dict[str, Any]] = op.get("security", spec.get("security", []))
    content = body.get("content", {}) if body else {}
    media_type = next(iter(content), None)
    request_example = None
    if media_type is not None:
        for example in (content[media_type].get("examples") or {}).values():
            request_example = example.get("value")
            break
    shown = [
        (p, calls.sample_value(p, resolve=reader.resolve))
        for p in params
        if p.get("required") or p.get("examples")
    ]
    call = calls.CallInput(
        method=method.upper(),
        path=path,
        operation_id=operation_id,
        parameters=shown,
        media_type=media_type,
        body=request_example,
        has_body=body is not None,
        credentials=calls.credentials(
            spec.get("components", {}).get("securitySchemes", {}),
            security[0] if security else {},
        ),
    )
    base_url = calls.server_url(spec)
    original = op.get("x-original")
    summary = str(op.get("summary", ""))
    return model.Operation(
        anchor=anchor(operation_id),
        method=method.upper(),
        method_css=f"m-{method.lower()}",
        path=path,
        operation_id=operation_id,
        python_name=snake(operation_id),
        summary=summary,
        description=str(op.get("description", "")),
        deprecated=bool(op.get("deprecated")),
        tags=", ".join(op.get("tags", [])),
        security=security_text(security),
        original=model.Original(
            lang=str(original.get("lang", "")),
            summary=str(original.get("summary", "")),
            description=str(original.get("description", "")),
        )
        if isinstance(original, dict)
        else None,
        parameters=[_param(p, reader=reader) for p in params],
        body=_body(body, reader=reader) if body else None,
        responses=[
            _response(str(status), response, reader=reader)
            for status, response in op.get("responses", {}).items()
        ],
        curl=model.Block("curl", calls.curl(call, base_url=base_url), "sh"),
        python=model.Block(
            "Python", calls.python(call, vendor=vendor, base_url=base_url), "python"
        ),
        source=source_text(op),
        notes=notes,
        search=" ".join(
            [method, path, operation_id, summary, ", ".join(op.get("tags", []))]
        ).lower(),
    )


def _param(param: dict[str, Any], *, reader: SchemaReader) -> model.Param:
    schema = param.get("schema", {})
    default = schema.get("default", reader.resolve(schema).get("default"))
    has_default = "default" in schema or "default" in reader.resolve(schema)
    return model.Param(
        name=str(param.get("name", "")),
        location=str(param.get("in", "")),
        type=reader.type_name(schema),
        required="yes" if param.get("required") else "no",
        default=value_text(default) if has_default else "",
        allowed=reader.allowed(schema),
        description=one_line(str(param.get("description", ""))),
    )


def _schema_of(content: dict[str, Any]) -> dict[str, Any]:
    for media in content.values():
        schema = media.get("schema")
        if isinstance(schema, dict):
            return schema
    return {}


def _body(body: dict[str, Any], *, reader: SchemaReader) -> model.Body:
    content = body.get("content", {})
    schema = _schema_of(content)
    return model.Body(
        description=str(body.get("description", "")),
        media_types=", ".join(content),
        required="yes" if body.get("required") else "no",
        type=reader.type_name(schema) if schema else "",
        fields=reader.rows(schema) if schema else [],
        examples=examples(content, label="Request"),
    )


def _response(status: str, response: dict[str, Any], *, reader: SchemaReader) -> model.Response:
    content = response.get("content", {})
    schema = _schema_of(content)
    return model.Response(
        status=status,
        description=str(response.get("description", "")),
        media_types=", ".join(content),
        type=reader.type_name(schema) if schema else "",
        headers=[
            model.Header(
                name=name,
                type=reader.type_name(header.get("schema", {})),
                required="yes" if header.get("required") else "no",
                description=one_line(str(header.get("description", ""))),
            )
            for name, header in response.get("headers", {}).items()
        ],
        fields=reader.rows(schema) if schema else [],
        examples=examples(content, label=f"Response {status}"),
    )
