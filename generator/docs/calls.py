"""The two ways the reference shows to call an operation: ``curl`` and the generated client.

Client convention (shared with the client renderer): ``from <vendor>_client import Client``;
one method per operation, ``client.<group>.<method>`` as ``x-fern-sdk-group-name`` /
``x-fern-sdk-method-name`` say (else the first tag and the operationId in snake_case, see
``naming.client_call``); parameters as snake_case keyword
arguments, the request body as ``body=``; credentials as constructor keywords: an ``apiKey``
or HTTP bearer scheme by ``naming.credential`` of its scheme key, the OAuth 2 password flow as
``username=``/``password=``.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from generator import naming
from generator.docs.fields import SchemaReader
from generator.naming import snake
from generator.openapi import Api, Operation, Parameter, SecurityScheme


def client_call(api: Api, op: Operation) -> str:
    """``projects.list``: how the generated client calls ``op`` (after ``client.``)."""
    declared = api.sdk_name(op)
    group, method = naming.client_call(
        declared.group, declared.method, tags=op.tags, operation_id=op.operation_id
    )
    return f"{group}.{method}"


_PLACEHOLDER_BY_TYPE: dict[str, Any] = {"integer": 1, "number": 1.0, "boolean": True}


@dataclass(frozen=True)
class Credential:
    """One credential the client constructor takes and where curl sends it."""

    keyword: str
    placeholder: str
    header: str | None = None  # "Name: value" for curl
    query: str | None = None  # "name=value" for curl


def credentials(
    schemes: Mapping[str, SecurityScheme], requirement: Mapping[str, Any]
) -> list[Credential]:
    """The credentials of one security requirement (one alternative), in its order."""
    found: list[Credential] = []
    for key in requirement:
        scheme = schemes.get(key)
        kind = scheme.type if scheme is not None else None
        if scheme is not None and kind == "apiKey":
            name = scheme.name or key
            placeholder = f"<{name}>"
            found.append(
                Credential(
                    keyword=naming.credential(key),
                    placeholder=placeholder,
                    header=f"{name}: {placeholder}" if scheme.location == "header" else None,
                    query=f"{name}={placeholder}" if scheme.location == "query" else None,
                )
            )
        elif scheme is not None and kind == "http" and scheme.scheme == "basic":
            found.append(
                Credential(
                    "username",
                    "<username>",
                    header="Authorization: Basic <base64 of username:password>",
                )
            )
            found.append(Credential("password", "<password>"))
        elif kind == "http":
            keyword = naming.credential(key)
            found.append(
                Credential(keyword, f"<{keyword}>", header=f"Authorization: Bearer <{keyword}>")
            )
        elif scheme is not None and kind == "oauth2" and "password" in scheme.flows:
            found.append(
                Credential("username", "<username>", header="Authorization: Bearer <access_token>")
            )
            found.append(Credential("password", "<password>"))
        elif kind == "oauth2":
            found.append(Credential("token", "<token>", header="Authorization: Bearer <token>"))
    return found


def server_url(api: Api) -> str:
    """The first server's URL with its variables at their defaults."""
    url = api.servers[0].resolved_url if api.servers else "/"
    return url.rstrip("/")


def sample_value(param: Parameter, *, reader: SchemaReader) -> Any:
    """A plausible value for a parameter: its example, default, first allowed value or a dummy."""
    if param.examples:
        return param.examples[0]
    has_default, default = reader.default(param.schema)
    if has_default:
        return default
    schema = reader.schemas.target(param.schema)
    if schema.get("enum"):
        return schema["enum"][0]
    kind = schema.get("type")
    kinds = kind if isinstance(kind, list) else [kind]
    for candidate in kinds:
        if candidate in _PLACEHOLDER_BY_TYPE:
            return _PLACEHOLDER_BY_TYPE[candidate]
    return f"<{param.name or 'value'}>"


def _shell(text: str) -> str:
    return "'" + text.replace("'", "'\\''") + "'"


def _query_text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


@dataclass(frozen=True)
class CallInput:
    """What both snippets need, decided once."""

    method: str
    path: str
    operation_id: str
    client_call: str  # ``projects.list``
    parameters: list[tuple[Parameter, Any]]  # (parameter, sample value) of those shown
    media_type: str | None
    body: Any  # the first documented request example, or None
    has_body: bool
    credentials: list[Credential]
    #: A logon's body fields, which the client takes as keyword arguments (``logon(username=…,
    #: password=…)``, as ``generator.clients.views`` decides for a security-free JSON body),
    #: each with its sample value; empty where the body goes as ``body=``.
    body_fields: list[tuple[str, Any]] = field(default_factory=list)


def curl(call: CallInput, *, base_url: str) -> str:
    path = call.path
    query: list[str] = []
    headers: list[str] = []
    for param, value in call.parameters:
        name = param.name
        if param.location == "path":
            path = path.replace("{" + name + "}", _query_text(value))
        elif param.location == "query":
            query.append(f"{name}={_query_text(value)}")
        elif param.location == "header":
            headers.append(f"{name}: {_query_text(value)}")
    for credential in call.credentials:
        if credential.header:
            headers.append(credential.header)
        if credential.query:
            query.append(credential.query)
    url = base_url + path + ("?" + "&".join(query) if query else "")
    lines = ["curl" + ("" if call.method == "GET" else f" -X {call.method}") + f" {_shell(url)}"]
    lines += [f"-H {_shell(h)}" for h in headers]
    lines += _body_lines(call)
    return " \\\n  ".join(lines)


def _body_lines(call: CallInput) -> list[str]:
    if not call.has_body or call.media_type is None:
        return []
    media = call.media_type
    body = call.body
    if "multipart" in media:
        fields = body if isinstance(body, dict) else {"file": "@path/to/file"}
        return [f"-F {_shell(f'{k}={_query_text(v)}')}" for k, v in fields.items()]
    content_type = [f"-H {_shell('Content-Type: ' + media)}"]
    if "x-www-form-urlencoded" in media:
        fields = body if isinstance(body, dict) else {}
        return content_type + [
            f"--data-urlencode {_shell(f'{k}={_query_text(v)}')}"
            for k, v in fields.items()
            if v is not None
        ]
    if "json" in media:
        text = json.dumps(body if body is not None else {}, indent=2, ensure_ascii=False)
        return [*content_type, f"-d {_shell(text)}"]
    return [*content_type, f"-d {_shell(str(body) if body is not None else '')}"]


def python(call: CallInput, *, vendor: str, base_url: str) -> str:
    kwargs = client_arguments(call.credentials, base_url=base_url)
    args = [f"{snake(p.name)}={_literal(v, 8)}" for p, v in call.parameters]
    if call.body_fields:
        args += [f"{snake(name)}={_literal(value, 8)}" for name, value in call.body_fields]
    elif call.has_body:
        args.append(f"body={_literal(call.body if call.body is not None else {}, 8)}")
    method = call.client_call
    short = [
        f"from {vendor}_client import Client",
        "",
        f"with Client({', '.join(kwargs)}) as client:",
        f"    result = client.{method}(" + ", ".join(args) + ")",
        "    print(result)",
    ]
    if all("\n" not in a for a in args) and max(len(line) for line in short) <= 100:
        return "\n".join(short)
    # Long calls: one argument per line, as ruff would format them.
    lines = [f"from {vendor}_client import Client", "", "with Client("]
    lines += [f"    {k}," for k in kwargs]
    lines += [") as client:", f"    result = client.{method}("]
    lines += [f"        {a}," for a in args]
    lines += ["    )", "    print(result)"]
    return "\n".join(lines)


def _literal(value: Any, indent: int = 0) -> str:
    """A JSON value as Python source in ruff's style (double quotes, one item a line)."""
    pad = " " * (indent + 4)
    if isinstance(value, dict) and value:
        items = [
            f"{pad}{json.dumps(str(k), ensure_ascii=False)}: {_literal(v, indent + 4)},"
            for k, v in value.items()
        ]
        return "{\n" + "\n".join(items) + "\n" + " " * indent + "}"
    if isinstance(value, list) and value:
        items = [f"{pad}{_literal(v, indent + 4)}," for v in value]
        return "[\n" + "\n".join(items) + "\n" + " " * indent + "]"
    if isinstance(value, bool) or value is None:
        return repr(value)
    if isinstance(value, dict | list):
        return repr(value)
    return json.dumps(value, ensure_ascii=False)


def client_arguments(creds: list[Credential], *, base_url: str) -> list[str]:
    """``base_url="…"`` and one keyword per credential, as Python source."""
    return [f"base_url={json.dumps(base_url)}"] + [
        f"{c.keyword}={json.dumps(c.placeholder)}" for c in creds
    ]
