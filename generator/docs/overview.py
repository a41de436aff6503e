"""The part of a reference page before the operations: servers, authentication, rate limits,
pagination, errors, what was inferred and the quirks, all read through :mod:`generator.openapi`.

What the document's structure cannot say is read from the curator's declarations, never guessed
from names: paging from ``x-paging``, the logon from ``x-logon`` (and the token endpoint from an
OAuth 2 flow's ``tokenUrl``), the envelope from ``info.x-envelope``, the error codes from the
field ``info.x-error-payload`` names and their meanings from ``x-enum-descriptions``.
"""

from __future__ import annotations

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
from generator.naming import snake
from generator.openapi import Api, Operation, Paging, Provenance, Schemas, SecurityScheme

_RATE_SENTENCE = re.compile(
    r"rate.?limit|requests? per|too many requests|retry-after|\b429\b", re.I
)
_PAGING_SENTENCE = re.compile(r"\bpag(e|ed|es|ing|inated|ination)\b", re.I)


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


def build_envelope(api: Api) -> str:
    """What ``info.x-envelope`` declares, as a sentence ("" when success payloads are bare)."""
    envelope = api.envelope
    if envelope is None:
        return ""
    names = [f"`{name}`" for name in (envelope.code, envelope.message, envelope.data) if name]
    fields = " and ".join([", ".join(names[:-1]), names[-1]]) if len(names) > 1 else names[0]
    return (
        f"Success payloads come in an envelope (`x-envelope`): a payload with {fields} carries "
        f"its value in `{envelope.data}`. The generated client returns that value; through "
        "`client.with_raw_response` its methods keep the whole envelope as `.envelope`."
    )


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
    token_ops = [_token_operation(op, api=api, reader=reader) for op in api.credential_operations]
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


def _token_operation(op: Operation, *, api: Api, reader: SchemaReader) -> model.TokenOperationView:
    request = op.request_body
    media = request.content.first() if request is not None else None
    logon = api.logon(op)
    sends = ""
    if logon is not None:
        names = " or ".join(f"`{key}`" for key in logon.credentials)
        sends = (
            f"Its response's `{logon.token}` is the credential the other operations send as "
            f"{names}. The generated client's `client.{calls.client_call(api, op)}` keeps it and sends it "
            "with every later call."
        )
    return model.TokenOperationView(
        link=link(op),
        summary=op.summary,
        description=op.description,
        sends=sends,
        fields=reader.rows(media.schema) if media is not None else [],
        examples=(examples(request.content, label="Request") if request is not None else [])
        + [
            block
            for response in op.responses
            if response.is_success
            for block in examples(response.content, label=f"Response {response.status}")
        ],
    )


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
    """One entry per way of paging the operations declare (``x-paging``), with the operations
    that page that way; and the sentences of the overview that speak of pages."""
    groups: dict[Paging, list[Operation]] = {}
    for op in api.operations:
        paging = api.paging(op)
        if paging is not None:
            groups.setdefault(paging, []).append(op)
    found = [
        model.PagingView(
            parameters=f"`{paging.cursor}`, `{paging.size}`",
            description=_paging_text(paging, ops),
            operations=[link(op) for op in ops],
        )
        for paging, ops in groups.items()
    ]
    notes = sentences(api.description, _PAGING_SENTENCE)
    if not found and not notes:
        notes = ["The document describes no pagination: list operations return the whole list."]
    return found, notes


def _paging_text(paging: Paging, ops: list[Operation]) -> str:
    cursor, size = f"`{paging.cursor}`", f"`{paging.size}`"
    if paging.style == "offset":
        how = (
            f"{cursor} is the index of the first item to return (from {paging.first}) and {size} "
            f"the page size; the body is the array of items, and a page that is empty or shorter "
            f"than {size} is the last."
        )
    else:
        counts = "number of pages" if paging.style == "pages" else "total number of items"
        how = (
            f"{cursor} is the page number (the first page is {paging.first}) and {size} the page "
            f"size; the body's `{paging.items}` holds the items of the page and `{paging.count}` "
            f"the {counts}."
        )
    iterators = ", ".join(f"`iter_{snake(op.operation_id)}`" for op in ops)
    verb = "yields" if len(ops) == 1 else "yield"
    client = f" The generated client's {iterators} {verb} the items of every page."
    described = {p.name: p for p in ops[0].parameters_in("query")}
    params = " ".join(
        f"`{name}`: {one_line(described[name].description)}"
        for name in (paging.cursor, paging.size)
        if name in described
    )
    return f"{how}{client} {params}".rstrip()


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
        codes=_error_codes(api, list(payloads.values())),
        headers=list(headers.values()),
    )


def _error_codes(api: Api, payloads: list[dict[str, Any]]) -> list[model.ErrorCodesView]:
    """The named enums of the error payloads' code field (``info.x-error-payload``), each code
    with its meaning where ``x-enum-descriptions`` declares one."""
    declared = api.error_payload
    if declared is None or not declared.code:
        return []
    schemas = api.schemas
    names: list[str] = []
    for payload in payloads:
        field = schemas.properties(schemas.target(payload)).get(declared.code)
        for option in [field, *Schemas.parts(schemas.unwrap(field))]:
            name = Schemas.reference(option)
            if name is not None and "enum" in schemas.named(name) and name not in names:
                names.append(name)
    found: list[model.ErrorCodesView] = []
    for name in names:
        schema = schemas.named(name)
        values = list(schema.get("enum", []))
        codes = [
            model.ErrorCodeView(value_text(value), meaning)
            for value, meaning in Schemas.enum_descriptions(schema)
        ]
        found.append(
            model.ErrorCodesView(
                name=name,
                description=str(schema.get("description", "")),
                values=", ".join(value_text(v) for v in values),
                codes=codes,
            )
        )
    return found
