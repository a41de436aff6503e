"""The part of a reference page before the operations: servers, authentication, rate limits,
pagination, errors, what was inferred and the quirks, all read from the emitted spec."""

from __future__ import annotations

import json
import re
from typing import Any

from generator.docs import calls, model
from generator.docs.fields import FieldRow, SchemaReader, one_line, ref_name, value_text
from generator.docs.operation import anchor, examples, lines_text, security_text
from generator.docs.walk import sites, walk
from generator.validate import operations

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


def build_servers(spec: dict[str, Any]) -> list[model.Server]:
    return [
        model.Server(
            url=str(server.get("url", "")),
            description=str(server.get("description", "")),
            variables=[
                model.Variable(
                    name=name,
                    default=str(var.get("default", "")),
                    allowed=", ".join(str(v) for v in var.get("enum", [])),
                    description=one_line(str(var.get("description", ""))),
                )
                for name, var in server.get("variables", {}).items()
            ],
            inferred=str(server.get("x-inferred", "")),
        )
        for server in spec.get("servers", [])
    ]


def build_notes(spec: dict[str, Any], *, key: str) -> list[model.Note]:
    """Every ``x-inferred`` (key ``x-inferred``) or quirk (``x-quirks``), grouped by its text.

    Shared parameters and error responses repeat one note on many operations: the list shows
    it once with every place it applies to.
    """
    grouped: dict[tuple[str, str], list[str]] = {}
    for site in sites(spec):
        value = site.node.get(key)
        if value is None:
            continue
        items = value if isinstance(value, list) else [{"text": value}]
        for item in items:
            text = (
                one_line(str(item.get("text", "")))
                if isinstance(item, dict)
                else one_line(str(item))
            )
            lines = lines_text(item) or lines_text(site.node.get("x-source"))
            grouped.setdefault((text, lines), []).append(site.where)
    notes: list[model.Note] = []
    for (text, lines), places in grouped.items():
        unique = list(dict.fromkeys(places))
        where = "; ".join(unique[:4])
        if len(unique) > 4:
            where += f"; and {len(unique) - 4} more"
        notes.append(model.Note(where=where, lines=lines, text=text))
    return notes


def operation_notes(op: dict[str, Any], *, where: str) -> list[model.Note]:
    """The inferred elements and quirks inside one operation, for its own section."""
    found: list[model.Note] = []
    for site in walk(op, [where]):
        local = site.where[len(where) :].lstrip(" ›") or "operation"
        if "x-inferred" in site.node:
            found.append(
                model.Note(
                    local,
                    lines_text(site.node.get("x-source")),
                    "Inferred: " + one_line(str(site.node["x-inferred"])),
                )
            )
        for quirk in site.node.get("x-quirks", []):
            found.append(
                model.Note(
                    local, lines_text(quirk), "Quirk: " + one_line(str(quirk.get("text", "")))
                )
            )
    return found


def build_auth(spec: dict[str, Any], *, vendor: str) -> model.Auth:
    schemes: dict[str, Any] = spec.get("components", {}).get("securitySchemes", {})
    root: list[dict[str, Any]] = spec.get("security", [])
    base_url = calls.server_url(spec)
    scheme_notes = [
        model.Note(
            where=name, lines=lines_text(scheme.get("x-source")), text=_scheme_text(name, scheme)
        )
        for name, scheme in schemes.items()
    ]
    options: list[model.AuthOption] = []
    for number, requirement in enumerate(root or [{}], start=1):
        steps = [_step(name, schemes.get(name, {}), spec=spec) for name in requirement]
        if not requirement:
            steps = ["No credentials are needed."]
        creds = calls.credentials(schemes, requirement)
        kwargs = calls.client_arguments(creds, base_url=base_url)
        code = f"from {vendor}_client import Client\n\nclient = Client({', '.join(kwargs)})"
        options.append(
            model.AuthOption(
                title=f"Option {number}: {security_text([requirement])}",
                steps=steps,
                python=model.Block("Python", code, "python"),
            )
        )
    token_ops: list[model.TokenOperation] = []
    exceptions: dict[str, list[model.Link]] = {}
    for method, path, op in operations(spec):
        link = model.Link(f"{method.upper()} {path}", anchor(str(op["operationId"])))
        if _issues_credentials(path, op, schemes=schemes):
            token_ops.append(
                model.TokenOperation(
                    link=link,
                    summary=str(op.get("summary", "")),
                    description=str(op.get("description", "")),
                    fields=_body_fields(op, reader=SchemaReader(spec)),
                    examples=examples(op.get("requestBody", {}).get("content", {}), label="Request")
                    + [
                        block
                        for status, response in op.get("responses", {}).items()
                        if str(status).startswith("2")
                        for block in examples(
                            response.get("content", {}), label=f"Response {status}"
                        )
                    ],
                )
            )
        security = op.get("security", root)
        if security != root:
            exceptions.setdefault(security_text(security), []).append(link)
    return model.Auth(
        schemes=scheme_notes,
        options=options,
        token_operations=token_ops,
        exceptions=list(exceptions),
        exception_links=list(exceptions.values()),
    )


def _scheme_text(name: str, scheme: dict[str, Any]) -> str:
    kind = scheme.get("type")
    if kind == "apiKey":
        how = f"API key in the {scheme.get('in')} `{scheme.get('name')}`"
    elif kind == "http":
        how = f"HTTP {scheme.get('scheme')} authentication (`Authorization` header)"
    else:
        flows = ", ".join(
            f"{flow} (token URL `{value.get('tokenUrl', '')}`)"
            for flow, value in scheme.get("flows", {}).items()
        )
        how = f"OAuth 2: {flows}"
    return f"{how}. {one_line(str(scheme.get('description', '')))}"


def _step(name: str, scheme: dict[str, Any], *, spec: dict[str, Any]) -> str:
    description = one_line(str(scheme.get("description", "")))
    kind = scheme.get("type")
    if kind == "apiKey":
        where = {"header": "header", "query": "query parameter", "cookie": "cookie"}.get(
            str(scheme.get("in")), "field"
        )
        return f"Send the `{scheme.get('name')}` {where} on every request (scheme `{name}`): {description}"
    if kind == "http" and str(scheme.get("scheme", "")).lower() == "basic":
        return f"Send `Authorization: Basic <base64 of user:password>` (scheme `{name}`): {description}"
    if kind == "http":
        return f"Send `Authorization: Bearer <token>` (scheme `{name}`): {description}"
    steps = []
    for flow, value in scheme.get("flows", {}).items():
        token_url = str(value.get("tokenUrl", ""))
        steps.append(
            f"Get an access token with the OAuth 2 {flow} flow from `{token_url}` (relative to the server URL), "
            f"then send it as `Authorization: Bearer <access_token>` (scheme `{name}`): {description}"
        )
    return " ".join(steps) or f"Scheme `{name}`: {description}"


def _issues_credentials(path: str, op: dict[str, Any], *, schemes: dict[str, Any]) -> bool:
    """The token endpoint of an OAuth 2 flow, or an operation of an authentication tag."""
    for scheme in schemes.values():
        for flow in scheme.get("flows", {}).values():
            token_url = str(flow.get("tokenUrl", ""))
            if (
                token_url
                and path.rstrip("/").endswith("/" + token_url.strip("/").split("/")[-1])
                and path.count("/") == 1
            ):
                return True
    return any(_AUTH_TAG.search(str(tag)) for tag in op.get("tags", []))


def build_rate_limits(spec: dict[str, Any], *, reader: SchemaReader) -> list[str]:
    found = sentences(str(spec.get("info", {}).get("description", "")), _RATE_SENTENCE)
    seen: dict[str, list[str]] = {}
    for method, path, op in operations(spec):
        response = op.get("responses", {}).get("429")
        if not isinstance(response, dict):
            continue
        headers = ", ".join(
            f"`{name}` ({one_line(str(h.get('description', '')))})"
            for name, h in response.get("headers", {}).items()
        )
        text = f"HTTP 429: {one_line(str(response.get('description', '')))}"
        if headers:
            text += f" Headers: {headers}."
        seen.setdefault(text, []).append(f"{method.upper()} {path}")
    total = sum(1 for _ in operations(spec))
    for text, ops in seen.items():
        scope = (
            "every operation"
            if len(ops) == total
            else f"{len(ops)} operation(s): " + ", ".join(ops)
        )
        found.append(f"{text} (documented on {scope})")
    return found or ["The document states no rate limit and no operation documents a 429 response."]


def build_paging(spec: dict[str, Any]) -> tuple[list[model.Paging], list[str]]:
    groups: dict[str, tuple[str, list[model.Link]]] = {}
    for method, path, op in operations(spec):
        params = [
            p
            for p in op.get("parameters", [])
            if p.get("in") == "query" and _PAGING_PARAM.match(str(p.get("name", "")))
        ]
        if not params:
            continue
        names = ", ".join(f"`{p['name']}`" for p in params)
        description = " ".join(
            f"`{p['name']}`: {one_line(str(p.get('description', '')))}" for p in params
        )
        link = model.Link(f"{method.upper()} {path}", anchor(str(op["operationId"])))
        groups.setdefault(names, (description, []))[1].append(link)
    paging = [
        model.Paging(names, description, links) for names, (description, links) in groups.items()
    ]
    notes = sentences(str(spec.get("info", {}).get("description", "")), _PAGING_SENTENCE)
    if not paging and not notes:
        notes = ["The document describes no pagination: list operations return the whole list."]
    return paging, notes


def build_errors(spec: dict[str, Any], *, reader: SchemaReader) -> model.Errors:
    statuses: dict[tuple[str, str], int] = {}
    payload_refs: list[str] = []
    inline: list[tuple[str, dict[str, Any]]] = []
    headers: dict[str, model.Header] = {}
    total = 0
    for _, _, op in operations(spec):
        total += 1
        for status, response in op.get("responses", {}).items():
            code = str(status)
            if not (code[0] in "45" or code == "default"):
                continue
            description = one_line(str(response.get("description", "")))
            statuses[(code, description)] = statuses.get((code, description), 0) + 1
            for media in response.get("content", {}).values():
                schema = media.get("schema", {})
                if "$ref" in schema:
                    payload_refs.append(ref_name(str(schema["$ref"])))
                elif schema:
                    inline.append((f"response {code}", schema))
            for name, header in response.get("headers", {}).items():
                headers.setdefault(
                    name,
                    model.Header(
                        name=name,
                        type=reader.type_name(header.get("schema", {})),
                        required="yes" if header.get("required") else "no",
                        description=one_line(str(header.get("description", ""))),
                    ),
                )
    schemas = spec.get("components", {}).get("schemas", {})
    payload_names = list(dict.fromkeys(payload_refs))
    payloads = [
        (name, reader.rows({"$ref": f"#/components/schemas/{name}"})) for name in payload_names
    ]
    payloads += [(where, reader.rows(schema)) for where, schema in inline[:1]]
    codes = [
        model.ErrorCodes(
            name=name,
            description=str(schemas[name].get("description", "")),
            values=", ".join(value_text(v) for v in schemas[name].get("enum", [])),
        )
        for name in _enums_under(payload_names, schemas)
    ]
    return model.Errors(
        statuses=[
            model.ErrorStatus(code, description, "all" if count == total else str(count))
            for (code, description), count in sorted(statuses.items(), key=lambda item: item[0][0])
        ],
        payloads=payloads,
        codes=codes,
        headers=list(headers.values()),
    )


def _enums_under(names: list[str], schemas: dict[str, Any]) -> list[str]:
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


def _body_fields(op: dict[str, Any], *, reader: SchemaReader) -> list[FieldRow]:
    for media in op.get("requestBody", {}).get("content", {}).values():
        return reader.rows(media.get("schema", {}))
    return []
