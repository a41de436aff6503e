"""The part of a reference page before the operations: servers, authentication, rate limits,
pagination, errors, what was inferred and the quirks, all read through :mod:`generator.openapi`."""

from __future__ import annotations

import json
import re
from typing import Any

from generator.docs import calls, model
from generator.docs.fields import SchemaReader, one_line, value_text
from generator.docs.operation import (
    examples,
    header_view,
    lines_text,
    link,
    security_text,
)
from generator.openapi import Api, Operation, Provenance, Schemas, SecurityScheme, ref_name

_PAGING_PARAM = re.compile(
    r"^(page|page_?index|page_?size|page_?number|per_?page|limit|offset|start_?index|cursor|skip|top)$",
    re.IGNORECASE,
)
_RATE_SENTENCE = re.compile(
    r"rate.?limit|requests? per|too many requests|retry-after|\b429\b", re.I
)
_PAGING_SENTENCE = re.compile(r"\bpag(e|ed|es|ing|inated|ination)\b", re.I)
_AUTH_TAG = re.compile(r"auth|logon|login|sign.?in|token", re.I)


def sentences(text: str, pattern: re.Pattern[str]) -> list[str]:
    """The sentences of ``text`` that match ``pattern``."""
    parts = re.split(r"(?<=[.!?])\s+", one_line(text))
    return [p for p in parts if pattern.search(p)]


def build_servers(api: Api) -> list[model.ServerView]:
    return [
        model.ServerView(
            url=server.url,
            description=server.description,
            variables=[
                model.VariableView(
                    name=name,
                    default=str(variable.get("default", "")),
                    allowed=", ".join(str(v) for v in variable.get("enum", [])),
                    description=one_line(str(variable.get("description", ""))),
                )
                for name, variable in server.variables.items()
            ],
            inferred=Provenance.read(server.extensions).inferred or "",
        )
        for server in api.servers
    ]


def build_notes(api: Api, *, inferred: bool) -> list[model.NoteView]:
    """Every ``x-inferred`` (``inferred=True``) or quirk (``x-quirks``), grouped by its text.

    Shared parameters and error responses repeat one note on many operations: the list shows
    it once with every place it applies to.
    """
    grouped: dict[tuple[str, str], list[str]] = {}
    for site in api.sites:
        provenance = site.provenance
        at = lines_text(provenance.source)
        if inferred and provenance.inferred is not None:
            grouped.setdefault((one_line(provenance.inferred), at), []).append(site.where)
        elif not inferred:
            for quirk in provenance.quirks:
                key = (one_line(quirk.text), lines_text(quirk.lines) or at)
                grouped.setdefault(key, []).append(site.where)
    notes: list[model.NoteView] = []
    for (text, lines), places in grouped.items():
        unique = list(dict.fromkeys(places))
        where = "; ".join(unique[:4])
        if len(unique) > 4:
            where += f"; and {len(unique) - 4} more"
        notes.append(model.NoteView(where=where, lines=lines, text=text))
    return notes


def operation_notes(api: Api, op: Operation) -> list[model.NoteView]:
    """The inferred elements and quirks inside one operation, for its own section."""
    found: list[model.NoteView] = []
    for site in api.sites_of(op):
        local = " › ".join(site.part) or "operation"
        provenance = site.provenance
        if provenance.inferred is not None:
            found.append(
                model.NoteView(
                    local,
                    lines_text(provenance.source),
                    "Inferred: " + one_line(provenance.inferred),
                )
            )
        for quirk in provenance.quirks:
            found.append(
                model.NoteView(local, lines_text(quirk.lines), "Quirk: " + one_line(quirk.text))
            )
    return found


def build_auth(api: Api, *, vendor: str, reader: SchemaReader) -> model.AuthView:
    schemes = api.security_schemes
    root = api.security
    base_url = calls.server_url(api)
    scheme_notes = [
        model.NoteView(
            where=key,
            lines=lines_text(Provenance.read(scheme.extensions).source),
            text=_scheme_text(scheme),
        )
        for key, scheme in schemes.items()
    ]
    token_ops = [
        _token_operation(op, reader=reader)
        for op in api.operations
        if _issues_credentials(op, schemes=schemes)
    ]
    options: list[model.AuthOptionView] = []
    for number, requirement in enumerate(root or ({},), start=1):
        steps = [_step(name, schemes.get(name)) for name in requirement]
        if not requirement:
            steps = ["No credentials are needed."]
        creds = calls.credentials(schemes, requirement)
        kwargs = calls.client_arguments(creds, base_url=base_url)
        code = f"from {vendor}_client import Client\n\nclient = Client({', '.join(kwargs)})"
        title = f"Option {number}: {security_text([requirement])}"
        options.append(
            model.AuthOptionView(
                title=f"Then: {title}" if token_ops else title,
                steps=steps,
                python=model.BlockView("Python", code, "python"),
            )
        )
    exceptions: dict[str, list[model.LinkView]] = {}
    for op in api.operations:
        if op.security != root:
            exceptions.setdefault(security_text(op.security), []).append(link(op))
    return model.AuthView(
        schemes=scheme_notes,
        options=options,
        token_operations=token_ops,
        exceptions=[model.AuthExceptionView(text, links) for text, links in exceptions.items()],
    )


def _token_operation(op: Operation, *, reader: SchemaReader) -> model.TokenOperationView:
    request = op.request_body
    media = request.content.first() if request is not None else None
    return model.TokenOperationView(
        link=link(op),
        summary=op.summary,
        description=op.description,
        fields=reader.rows(media.schema) if media is not None else [],
        examples=(examples(request.content, label="Request") if request is not None else [])
        + [
            block
            for response in op.responses
            if response.is_success
            for block in examples(response.content, label=f"Response {response.status}")
        ],
    )


def _issues_credentials(op: Operation, *, schemes: dict[str, SecurityScheme]) -> bool:
    """The token endpoint of an OAuth 2 flow, or an operation of an authentication tag."""
    for scheme in schemes.values():
        for token_url in scheme.token_urls.values():
            if (
                token_url
                and op.path.rstrip("/").endswith("/" + token_url.strip("/").split("/")[-1])
                and op.path.count("/") == 1
            ):
                return True
    return any(_AUTH_TAG.search(tag) for tag in op.tags)


def _scheme_text(scheme: SecurityScheme) -> str:
    if scheme.type == "apiKey":
        how = f"API key in the {scheme.location} `{scheme.name}`"
    elif scheme.type == "http":
        how = f"HTTP {scheme.scheme} authentication (`Authorization` header)"
    else:
        flows = ", ".join(f"{flow} (token URL `{url}`)" for flow, url in scheme.token_urls.items())
        how = f"OAuth 2: {flows}"
    return f"{how}. {one_line(scheme.description)}"


def _step(name: str, scheme: SecurityScheme | None) -> str:
    description = one_line(scheme.description) if scheme is not None else ""
    kind = scheme.type if scheme is not None else None
    if scheme is not None and kind == "apiKey":
        where = {"header": "header", "query": "query parameter", "cookie": "cookie"}.get(
            scheme.location, "field"
        )
        return f"Send the `{scheme.name}` {where} on every request (scheme `{name}`): {description}"
    if scheme is not None and kind == "http" and scheme.scheme == "basic":
        return f"Send `Authorization: Basic <base64 of user:password>` (scheme `{name}`): {description}"
    if kind == "http":
        return f"Send `Authorization: Bearer <token>` (scheme `{name}`): {description}"
    steps = [
        f"Get an access token with the OAuth 2 {flow} flow from `{url}` (relative to the server URL), "
        f"then send it as `Authorization: Bearer <access_token>` (scheme `{name}`): {description}"
        for flow, url in (scheme.token_urls.items() if scheme is not None else [])
    ]
    return " ".join(steps) or f"Scheme `{name}`: {description}"


def build_rate_limits(api: Api) -> list[str]:
    found = sentences(api.description, _RATE_SENTENCE)
    seen: dict[str, list[str]] = {}
    for op in api.operations:
        response = op.response("429")
        if response is None:
            continue
        headers = ", ".join(f"`{h.name}` ({one_line(h.description)})" for h in response.headers)
        text = f"HTTP 429: {one_line(response.description)}"
        if headers:
            text += f" Headers: {headers}."
        seen.setdefault(text, []).append(op.where)
    total = len(api.operations)
    for text, ops in seen.items():
        scope = (
            "every operation"
            if len(ops) == total
            else f"{len(ops)} operation(s): " + ", ".join(ops)
        )
        found.append(f"{text} (documented on {scope})")
    return found or ["The document states no rate limit and no operation documents a 429 response."]


def build_paging(api: Api) -> tuple[list[model.PagingView], list[str]]:
    groups: dict[str, tuple[str, list[model.LinkView]]] = {}
    for op in api.operations:
        params = [p for p in op.parameters_in("query") if _PAGING_PARAM.match(p.name)]
        if not params:
            continue
        names = ", ".join(f"`{p.name}`" for p in params)
        description = " ".join(f"`{p.name}`: {one_line(p.description)}" for p in params)
        groups.setdefault(names, (description, []))[1].append(link(op))
    paging = [
        model.PagingView(names, description, links)
        for names, (description, links) in groups.items()
    ]
    notes = sentences(api.description, _PAGING_SENTENCE)
    if not paging and not notes:
        notes = ["The document describes no pagination: list operations return the whole list."]
    return paging, notes


def build_errors(api: Api, *, reader: SchemaReader) -> model.ErrorsView:
    statuses: dict[tuple[str, str], int] = {}
    payloads: dict[str, dict[str, Any]] = {}
    inline: list[tuple[str, dict[str, Any]]] = []
    headers: dict[str, model.HeaderView] = {}
    for op in api.operations:
        for response in op.errors:
            description = one_line(response.description)
            key = (response.status, description)
            statuses[key] = statuses.get(key, 0) + 1
            for media in response.content:
                name = Schemas.reference(media.schema)
                if name is not None:
                    payloads.setdefault(name, media.schema or {})
                elif media.schema:
                    inline.append((f"response {response.status}", media.schema))
            for header in response.headers:
                headers.setdefault(header.name, header_view(header, reader=reader))
    total = len(api.operations)
    views = [model.ErrorPayloadView(name, reader.rows(schema)) for name, schema in payloads.items()]
    views += [model.ErrorPayloadView(where, reader.rows(schema)) for where, schema in inline[:1]]
    return model.ErrorsView(
        statuses=[
            model.ErrorStatusView(code, description, "all" if count == total else str(count))
            for (code, description), count in sorted(statuses.items(), key=lambda item: item[0][0])
        ],
        payloads=views,
        codes=_error_codes(list(payloads), api=api),
        headers=list(headers.values()),
    )


def _error_codes(names: list[str], *, api: Api) -> list[model.ErrorCodesView]:
    schemas = api.schemas
    return [
        model.ErrorCodesView(
            name=name,
            description=str(schemas.named(name).get("description", "")),
            values=", ".join(value_text(v) for v in schemas.named(name).get("enum", [])),
        )
        for name in _enums_under(names, schemas.components)
    ]


def _enums_under(names: list[str], schemas: Any) -> list[str]:
    """Named enum schemas reachable from the error payloads: the documented error codes."""
    found: list[str] = []
    frontier = list(names)
    seen: set[str] = set()
    while frontier:
        name = frontier.pop(0)
        if name in seen or name not in schemas:
            continue
        seen.add(name)
        if "enum" in schemas[name]:
            found.append(name)
        frontier += [
            ref_name(r) for r in re.findall(r'"\$ref": "([^"]+)"', json.dumps(schemas[name]))
        ]
    return found
