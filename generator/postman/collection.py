"""An emitted spec → a Postman Collection v2.1 and its environment, as plain JSON-ready dicts.

Requests are grouped in folders by tag (in the document's tag order), each in document order;
path parameters are Postman ``:variables`` with their documented example (else a value built
from the schema); optional query parameters and headers are listed disabled; the body is the
first documented example of the first JSON, form or multipart media type (built from the schema
where none is documented); every documented response example is a saved example response.
Ids are UUID 5 of the vendor key and operationId: the same spec gives the same bytes.
"""

from __future__ import annotations

import json
import uuid
from http import HTTPStatus
from typing import Any

from generator.mock.values import build_instance
from generator.openapi import Api, Media, Operation, Parameter, Response
from generator.postman.auth import (
    ACCESS_TOKEN,
    ACCESS_TOKEN_EXPIRES,
    LOGON_TOKEN,
    AuthPlan,
    TokenSource,
    plan_auth,
)
from generator.postman.scripts import prerequest_script

SCHEMA_URL = "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"
#: The namespace of every id in a collection (UUID 5 of a fixed name).
_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "vendor-openapi-toolkit/postman")
_BODY_KINDS = ("json", "form", "multipart")


def stable_id(*parts: str) -> str:
    return str(uuid.uuid5(_NAMESPACE, "/".join(parts)))


def base_url(api: Api) -> str:
    """The first server's URL with its variables as Postman variables (Postman's importer, too,
    uses only the first server)."""
    if not api.servers:
        return ""
    server = api.servers[0]
    url = server.url
    for name in server.variables:
        url = url.replace("{" + name + "}", "{{" + name + "}}")
    return url.rstrip("/")


def build_collection(api: Api, *, key: str) -> dict[str, Any]:
    plan = plan_auth(api)
    folders: dict[str, list[dict[str, Any]]] = {t.name: [] for t in api.tags}
    loose: list[dict[str, Any]] = []
    for op in api.operations:
        item = _item(api, op, key=key, plan=plan)
        if op.tags:
            folders.setdefault(op.tags[0], []).append(item)
        else:
            loose.append(item)
    descriptions = {t.name: t.description for t in api.tags}
    items: list[dict[str, Any]] = [
        {
            "id": stable_id(key, "tag", name),
            "name": name,
            "description": descriptions.get(name, ""),
            "item": entries,
        }
        for name, entries in folders.items()
        if entries
    ]
    server_variables = api.servers[0].variables if api.servers else {}
    variables = [
        {"key": "baseUrl", "value": base_url(api), "type": "string"},
        *(
            {
                "key": name,
                "value": str(v.get("default", "")),
                "type": "string",
                "description": str(v.get("description", "")),
            }
            for name, v in server_variables.items()
        ),
        *(
            {"key": name, "value": "", "type": "string", "description": _CACHE[name]}
            for name in _cache_variables(plan)
        ),
    ]
    return {
        "info": {
            "_postman_id": stable_id(key),
            "name": f"{api.title} {api.version}".strip(),
            "description": _collection_description(api, plan),
            "schema": SCHEMA_URL,
        },
        "item": items + loose,
        "event": [
            {
                "listen": "prerequest",
                "script": {
                    "id": stable_id(key, "prerequest"),
                    "type": "text/javascript",
                    "exec": prerequest_script(plan, title=api.title),
                },
            }
        ],
        "variable": variables,
        "auth": {"type": "noauth"},
    }


def build_environment(api: Api, *, key: str) -> dict[str, Any]:
    """``baseUrl``, every server variable (at its default) and every credential (empty)."""
    plan = plan_auth(api)
    server_variables = api.servers[0].variables if api.servers else {}
    values = [
        _env("baseUrl", base_url(api)),
        *(_env(name, str(v.get("default", ""))) for name, v in server_variables.items()),
        *(_env(v.key, "", secret=v.secret) for v in plan.variables),
    ]
    return {
        "id": stable_id(key, "environment"),
        "name": f"{api.title}",
        "values": values,
        "_postman_variable_scope": "environment",
    }


_CACHE = {
    ACCESS_TOKEN: "Filled by the pre-request script: the access token of the password grant.",
    ACCESS_TOKEN_EXPIRES: "Filled by the pre-request script: when the access token expires (ms).",
    LOGON_TOKEN: "Filled by the pre-request script: the token the logon returned.",
}


def _cache_variables(plan: AuthPlan) -> list[str]:
    found: list[str] = []
    for source in plan.sources:
        found.append(source.variable)
        if source.kind == "password":
            found.append(ACCESS_TOKEN_EXPIRES)
    return list(dict.fromkeys(found))


def _env(key: str, value: str, *, secret: bool = False) -> dict[str, Any]:
    return {"key": key, "value": value, "type": "secret" if secret else "default", "enabled": True}


def _collection_description(api: Api, plan: AuthPlan) -> str:
    lines = [
        f"Generated from the OpenAPI document of {api.title} {api.version}. Import "
        "`environment.json` too and fill in its credentials.",
        "",
    ]
    for source in plan.sources:
        lines.append(_source_line(source))
    return "\n".join(lines).strip()


def _source_line(source: TokenSource) -> str:
    op = source.operation
    if source.kind == "password":
        return (
            f"The pre-request script fetches `{{{{{source.variable}}}}}` with the OAuth 2 password "
            f"grant ({op.method} {op.path}, from `username` and `password`) and keeps it until it "
            "expires."
        )
    fields = ", ".join(f"`{f}`" for f in source.body_fields)
    return (
        f"The pre-request script logs on once ({op.method} {op.path}, from {fields}) and sends "
        f"the returned `{source.token_field}` as `{{{{{source.variable}}}}}`."
    )


# --- one request --------------------------------------------------------------------------------
def _item(api: Api, op: Operation, *, key: str, plan: AuthPlan) -> dict[str, Any]:
    request = _request(api, op, plan=plan)
    item_id = stable_id(key, op.operation_id)
    responses = [
        _response(request, response, media, example_name, value, item_id=item_id)
        for response in op.responses
        for media in response.content
        for example_name, value in _examples(media)
    ]
    return {
        "id": item_id,
        "name": op.summary or op.operation_id,
        "request": {**request, "description": _describe(op, plan)},
        "response": responses,
    }


def _describe(op: Operation, plan: AuthPlan) -> str:
    parts = [f"`{op.operation_id}`: {op.method} {op.path}"]
    if op.description:
        parts.append(op.description)
    sends = plan.sends(op)
    if sends:
        parts.append("Sends " + ", ".join(f"`{s.name}` ({s.location})" for s in sends) + ".")
    elif op.is_public:
        parts.append("Needs no credential.")
    return "\n\n".join(parts)


def _request(api: Api, op: Operation, *, plan: AuthPlan) -> dict[str, Any]:
    headers: list[dict[str, Any]] = []
    query: list[dict[str, Any]] = []
    path_variables: list[dict[str, Any]] = []
    for param in op.parameters:
        value = _text(_sample(api, param))
        entry: dict[str, Any] = {"key": param.name, "value": value}
        if param.description:
            entry["description"] = param.description
        if param.location == "path":
            path_variables.append(entry)
        elif param.location in ("query", "header"):
            if not param.required:
                entry["disabled"] = True
            (query if param.location == "query" else headers).append(entry)
    for sent in plan.sends(op):
        (query if sent.location == "query" else headers).append(
            {"key": sent.name, "value": sent.value}
        )
    for sent in plan.alternatives(op):
        (query if sent.location == "query" else headers).append(
            {"key": sent.name, "value": sent.value, "disabled": True}
        )
    body, content_type = _body(api, op, plan=plan)
    if content_type:
        headers.append({"key": "Content-Type", "value": content_type})
    segments = [_segment(s) for s in op.path.lstrip("/").split("/")]
    raw = "{{baseUrl}}/" + "/".join(segments)
    enabled = [q for q in query if not q.get("disabled")]
    if enabled:
        raw += "?" + "&".join(f"{q['key']}={q['value']}" for q in enabled)
    url: dict[str, Any] = {"raw": raw, "host": ["{{baseUrl}}"], "path": segments}
    if query:
        url["query"] = query
    if path_variables:
        url["variable"] = path_variables
    request: dict[str, Any] = {"method": op.method, "header": headers, "url": url}
    if body is not None:
        request["body"] = body
    return request


def _segment(segment: str) -> str:
    if segment.startswith("{") and segment.endswith("}"):
        return ":" + segment[1:-1]
    return segment


def _body(api: Api, op: Operation, *, plan: AuthPlan) -> tuple[dict[str, Any] | None, str]:
    """The Postman body and the Content-Type header it needs ("" where Postman sets it)."""
    if op.request_body is None or not op.request_body.content:
        return None, ""
    content = op.request_body.content
    media = next(
        (m for kind in _BODY_KINDS if (m := content.first(kind)) is not None), content.media[0]
    )
    found, value = media.example
    if not found:
        value = build_instance(api.schemas, media.schema or {})
    source = next((s for s in plan.sources if s.operation is op), None)
    if source is not None and isinstance(value, dict):
        value = {**value, **{f: "{{" + f + "}}" for f in source.body_fields}}
        if source.kind == "password":
            value["grant_type"] = "password"
    properties = api.schemas.properties(media.schema or {})
    if media.kind in ("form", "multipart") and isinstance(value, dict):
        if not value and properties:  # an empty form is no body: send the first field
            first = next(iter(properties))
            value = {first: build_instance(api.schemas, properties[first])}
        if media.kind == "form":
            fields = [{"key": k, "value": _text(v)} for k, v in value.items() if v is not None]
            return {"mode": "urlencoded", "urlencoded": fields}, ""
        form: list[dict[str, Any]] = []
        for name, prop in properties.items():
            target = api.schemas.target(prop)
            if target.get("format") == "binary" or "contentMediaType" in target:
                form.append({"key": name, "type": "file", "src": None})
            elif name in value and value[name] is not None:
                form.append({"key": name, "value": _text(value[name]), "type": "text"})
        return {"mode": "formdata", "formdata": form}, ""
    language = {"json": "json", "xml": "xml"}.get(media.kind, "text")
    raw = value if isinstance(value, str) else json.dumps(value, indent=2, ensure_ascii=False)
    return {
        "mode": "raw",
        "raw": raw,
        "options": {"raw": {"language": language}},
    }, media.media_type


def _sample(api: Api, param: Parameter) -> Any:
    if param.examples:
        return param.examples[0]
    if param.location == "path" or param.required:
        return build_instance(api.schemas, param.schema)
    return ""


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


# --- saved example responses --------------------------------------------------------------------
def _examples(media: Media) -> list[tuple[str, Any]]:
    return [(e.summary or e.name, e.value) for e in media.examples]


def _response(
    request: dict[str, Any],
    response: Response,
    media: Media,
    name: str,
    value: Any,
    *,
    item_id: str,
) -> dict[str, Any]:
    code = response.code
    body = value if isinstance(value, str) else json.dumps(value, indent=2, ensure_ascii=False)
    saved: dict[str, Any] = {
        "id": stable_id(item_id, response.status, media.media_type, name),
        "name": f"{response.status} {name}",
        "originalRequest": request,
        "status": _reason(code) if code is not None else response.status,
    }
    if code is not None:
        saved["code"] = code
    saved.update(
        {
            "_postman_previewlanguage": {"json": "json", "xml": "xml"}.get(media.kind, "text"),
            "header": [{"key": "Content-Type", "value": media.media_type}],
            "cookie": [],
            "body": body,
        }
    )
    return saved


def _reason(code: int) -> str:
    try:
        return HTTPStatus(code).phrase
    except ValueError:
        return str(code)
