"""The mock server over real HTTP on 127.0.0.1, for every spec in generated/."""

from __future__ import annotations

import json
import os
import signal
import subprocess
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from openapi_schema_validator import OAS31Validator

from generator.mock.replies import MOCK_LOGON_TOKEN
from generator.mock.values import build_instance
from generator.openapi import Response, Schemas, read_api
from generator.paths import GENERATED, ROOT
from generator.validate import operations
from tests.mockserver import (
    LOOPBACK_TLS,
    Fault,
    MockServer,
    all_operations,
    auth_headers,
    free_port,
    load_spec,
    operation_of,
    operation_params,
    resolve,
    run_mock_cli,
    spec_files,
    valid_request,
)

SPECS = spec_files()
_LOADED = {path: load_spec(path) for path in SPECS if path.is_file()}
OPERATIONS = [(path, *op) for path in _LOADED for op in all_operations(path)]
OP_IDS = [f"{vendor}-{method.upper()} {template}" for _, vendor, method, template in OPERATIONS]
SECURED = [
    (entry, op_id)
    for entry, op_id in zip(OPERATIONS, OP_IDS, strict=True)
    if _LOADED[entry[0]]["paths"][entry[3]][entry[2]].get("security", [None])
]
Servers = Callable[[Path], MockServer]


def test_there_are_specs_to_serve() -> None:
    # Every test below is parametrized over the registry's vendors (specs/<key>/): none may
    # vanish unnoticed because its spec was never generated.
    assert SPECS, "no vendor in specs/"
    missing = [str(p) for p in SPECS if not p.is_file()]
    assert not missing, f"{missing}: run `make specs`"
    assert OPERATIONS


@pytest.fixture(scope="module")
def servers() -> Iterator[Servers]:
    """One running mock per spec file, started on first use and stopped at the end."""
    started: dict[Path, MockServer] = {}

    def get(path: Path) -> MockServer:
        if path not in started:
            started[path] = MockServer(path).start()
        mock = started[path]
        mock.requests.clear()
        return mock

    yield get
    for mock in started.values():
        mock.stop()


def call(mock: MockServer, method: str, path: str, **kwargs: Any) -> httpx.Response:
    with httpx.Client(base_url=mock.url, timeout=10, verify=LOOPBACK_TLS) as client:
        return client.request(method, path, **kwargs)


def expected_response(spec: dict[str, Any], method: str, path: str) -> Response | None:
    """The success the document shows: the first 2xx with an example, else the lowest 2xx. A 204
    or 304 cannot carry the body it documents: where another 2xx is documented, that one."""
    successes = operation_of(spec, method, path).successes
    if not successes:
        return None
    response = next((r for r in successes if r.has_example), successes[0])
    if response.status in ("204", "304") and response.content:
        others = [r for r in successes if r.status not in ("204", "304")]
        response = next((r for r in others if r.has_example), others[0] if others else response)
    return response


def expected_success(spec: dict[str, Any], method: str, path: str) -> tuple[int, Any]:
    """The status and JSON body of that success (None: no body, ...: no example)."""
    response = expected_response(spec, method, path)
    if response is None:
        return 200, None
    status = response.code or 200
    if status in (204, 304) or not response.content:
        return status, None
    media = response.content.first("json") or response.content.media[0]
    found, value = media.example
    return status, value if found else ...


def success_schema(spec: dict[str, Any], method: str, path: str) -> dict[str, Any] | None:
    """The JSON schema of the success ``expected_response`` names; None when that success is
    documented in text media only (XML, …)."""
    response = expected_response(spec, method, path)
    media = response.content.first("json") if response is not None else None
    return media.schema if media is not None else None


@pytest.mark.parametrize(("spec_path", "vendor", "method", "template"), OPERATIONS, ids=OP_IDS)
def test_every_operation_answers_its_documented_example(
    servers: Servers, spec_path: Path, vendor: str, method: str, template: str
) -> None:
    mock = servers(spec_path)
    request = valid_request(mock.spec, method, template)
    response = call(mock, request.method, request.path, **request.kwargs)
    status, example = expected_success(mock.spec, method, template)
    assert response.status_code == status, response.text
    assert mock.requests[-1].operation_id == request.operation["operationId"]
    if example is None:
        assert response.content == b""
    elif example is ...:
        # no documented example: a value built from the schema, which must fit it
        schema = success_schema(mock.spec, method, template)
        if schema is None:  # only text media (XML, …): the body is of a declared type
            documented = expected_response(mock.spec, method, template)
            assert documented is not None and documented.content is not None
            declared = documented.content.media_types
            assert response.headers["content-type"].split(";")[0] in declared, response.headers
            return
        validator = OAS31Validator({**schema, "components": mock.spec.get("components", {})})
        assert list(validator.iter_errors(response.json())) == []
    else:
        assert response.json() == example


@pytest.mark.parametrize(("spec_path", "vendor", "method", "template"), OPERATIONS, ids=OP_IDS)
def test_every_operation_is_served_under_the_server_path_too(
    servers: Servers, spec_path: Path, vendor: str, method: str, template: str
) -> None:
    mock = servers(spec_path)
    prefix = mock.router.prefix
    request = valid_request(mock.spec, method, template)
    response = call(mock, request.method, prefix + request.path, **request.kwargs)
    assert response.status_code == expected_success(mock.spec, method, template)[0], response.text
    assert mock.requests[-1].operation_id == request.operation["operationId"]


@pytest.mark.parametrize(
    ("spec_path", "vendor", "method", "template"),
    [e for e, _ in SECURED],
    ids=[i for _, i in SECURED],
)
def test_operations_with_security_need_credentials(
    servers: Servers, spec_path: Path, vendor: str, method: str, template: str
) -> None:
    mock = servers(spec_path)
    request = valid_request(mock.spec, method, template, auth=False)
    response = call(mock, request.method, request.path, **request.kwargs)
    assert response.status_code == 401
    said = error_text(mock, request.operation["operationId"], response)
    headers, query = auth_headers(mock.spec, request.operation)
    assert any(f".{n.lower()}" in said.lower() for n in [*headers, *query]), said


def error_text(mock: MockServer, operation_id: str | None, response: httpx.Response) -> str:
    """What an error answer says, checked against its form: the vendor's documented error
    payload (its schema; the message in the field ``x-error-payload`` names) where the vendor
    documents one for the status, else an RFC 9457 problem (detail and the fields it names)."""
    api = read_api(mock.spec)
    operation = api.operation(operation_id) if operation_id else None
    candidates = [operation] if operation is not None else list(api.operations)
    documented = next(
        (
            found
            for o in candidates
            if (found := o.response_for(response.status_code)) is not None
            and found.content
            and found.content.first("json") is not None
        ),
        None,
    )
    body = response.json()
    if documented is None:
        assert response.headers["content-type"] == "application/problem+json"
        assert body["status"] == response.status_code
        return " ".join([body["detail"], *(e["field"] for e in body["errors"])])
    media = documented.content.first("json")
    assert media is not None and media.schema is not None
    assert response.headers["content-type"] == media.media_type
    validator = OAS31Validator({**media.schema, "components": mock.spec.get("components", {})})
    assert list(validator.iter_errors(body)) == [], body
    payload = api.error_payload
    assert payload is not None and payload.message, "a vendor error payload without a message field"
    code = payload.code_for(response.status_code)
    if payload.code and code is not None:
        assert body[payload.code] == code
    return str(body[payload.message])


@dataclass
class Spoiled:
    """A request the spec refuses, and the field the 400 must name."""

    method: str
    path: str
    kwargs: dict[str, Any]
    field: str


def _spoiled_request(spec: dict[str, Any]) -> Spoiled | None:
    """The first request that can be got wrong, whatever the vendor's parameter types: a typed
    or enumerated path or query parameter given a bad value, else a required query or header
    parameter left out, else a required body left out, else a required field of a JSON body
    left out. None when nothing can be got wrong."""
    ops = list(_operations(spec))
    for method, template, operation in ops:
        for param in operation_params(spec, template, operation):
            schema = resolve(spec, param.get("schema", {}))
            if param["in"] in ("path", "query") and (
                schema.get("type") in ("integer", "number", "boolean") or schema.get("enum")
            ):
                return _with_value(spec, method, template, param, "not-a-valid-value")
    for method, template, operation in ops:
        for param in operation_params(spec, template, operation):
            if param["in"] in ("query", "header") and param.get("required"):
                request = valid_request(spec, method, template)
                request.kwargs["params"].pop(param["name"], None)
                request.kwargs["headers"].pop(param["name"], None)
                field = f"{param['in']}.{param['name']}"
                return Spoiled(request.method, request.path, request.kwargs, field)
    for method, template, operation in ops:
        if (resolve(spec, operation.get("requestBody")) or {}).get("required"):
            request = valid_request(spec, method, template)
            kwargs = {k: v for k, v in request.kwargs.items() if k in ("headers", "params")}
            return Spoiled(request.method, request.path, kwargs, "body")
    for method, template, operation in ops:
        request = valid_request(spec, method, template)
        content = (resolve(spec, operation.get("requestBody")) or {}).get("content") or {}
        schema = resolve(spec, next(iter(content.values()), {}).get("schema", {}))
        if isinstance(request.kwargs.get("json"), dict) and schema.get("required"):
            field = schema["required"][0]
            request.kwargs["json"] = {k: v for k, v in request.kwargs["json"].items() if k != field}
            return Spoiled(request.method, request.path, request.kwargs, f"body.{field}")
    return None


def _with_value(
    spec: dict[str, Any], method: str, template: str, param: dict[str, Any], value: str
) -> Spoiled:
    request = valid_request(spec, method, template)
    if param["in"] == "query":
        request.kwargs["params"] = {**request.kwargs["params"], param["name"]: value}
        return Spoiled(request.method, request.path, request.kwargs, f"query.{param['name']}")
    path = template
    for other in operation_params(spec, template, request.operation):
        if other["in"] == "path":
            index = template.split("/").index("{" + other["name"] + "}")
            filled = value if other is param else request.path.split("/")[index]
            path = path.replace("{" + other["name"] + "}", filled)
    return Spoiled(request.method, path, request.kwargs, f"path.{param['name']}")


def _operations(spec: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    yield from operations(spec)


@pytest.mark.parametrize("spec_path", SPECS, ids=[p.parent.name for p in SPECS])
def test_a_bad_parameter_is_a_400_naming_it(servers: Servers, spec_path: Path) -> None:
    mock = servers(spec_path)
    spoiled = _spoiled_request(mock.spec)
    if spoiled is None:
        pytest.skip(
            f"{spec_path.parent.name}: no operation takes a typed, enumerated or required "
            "parameter or a required body; no request can be refused for its input"
        )
    response = call(mock, spoiled.method, spoiled.path, **spoiled.kwargs)
    assert response.status_code == 400, response.text
    said = error_text(mock, mock.requests[-1].operation_id, response)
    assert spoiled.field in said, said


def test_the_bad_request_holds_for_any_kind_of_parameter() -> None:
    """Without a typed parameter (all strings), a required query parameter, body or body field
    is left out; without any, the test says so instead of failing on an assumption."""
    kinds = {
        "string query": ({"name": "q", "in": "query", "required": True, "schema": {"type": "string"}}, "query.q"),
        "string path": ({"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}, None),
        "optional body": ({"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}, "body.name"),
    }  # fmt: skip
    body = {
        "content": {
            "application/json": {
                "schema": {
                    "type": "object",
                    "required": ["name"],
                    "properties": {"name": {"type": "string"}},
                    "additionalProperties": False,
                }
            }
        }
    }
    for label, (param, field) in kinds.items():
        path = "/items/{id}" if param["in"] == "path" else "/items"
        method = "post" if label == "optional body" else "get"
        operation = {**MINIMAL_GET, "parameters": [param]}
        if method == "post":
            operation["requestBody"] = body
        spec = {**MINIMAL_SPEC, "paths": {path: {method: operation}}}
        found = _spoiled_request(spec)
        assert (found.field if found else None) == field, label
        if found is not None:
            with MockServer(spec) as mock:
                response = call(mock, found.method, found.path, **found.kwargs)
            assert response.status_code == 400 and field in response.text, (label, response.text)


MINIMAL_GET: dict[str, Any] = {
    "operationId": "listItems",
    "responses": {"200": {"description": "ok"}},
}
MINIMAL_SPEC: dict[str, Any] = {"openapi": "3.1.0", "info": {"title": "t", "version": "1"}}


def _first_body_type(spec: dict[str, Any], operation: dict[str, Any]) -> str:
    content = (resolve(spec, operation.get("requestBody")) or {}).get("content") or {"": None}
    return str(next(iter(content)))


FORM_OPS = [
    (entry, op_id)
    for entry, op_id in zip(OPERATIONS, OP_IDS, strict=True)
    if _first_body_type(
        _LOADED[entry[0]], _LOADED[entry[0]]["paths"][entry[3]][entry[2]]
    ).startswith(("multipart/form-data", "application/x-www-form-urlencoded"))
]


@pytest.mark.parametrize(
    ("spec_path", "vendor", "method", "template"),
    [e for e, _ in FORM_OPS],
    ids=[i for _, i in FORM_OPS],
)
def test_form_bodies_are_validated(
    servers: Servers, spec_path: Path, vendor: str, method: str, template: str
) -> None:
    mock = servers(spec_path)
    request = valid_request(mock.spec, method, template)
    body = resolve(mock.spec, request.operation["requestBody"])
    media_type = next(iter(body["content"]))
    schema = resolve(mock.spec, body["content"][media_type]["schema"])
    spoiled = _bad_form_field(mock.spec, schema)
    if spoiled is None:
        # nothing to spoil in the fields: a media type the operation does not take instead
        request.kwargs["headers"]["Content-Type"] = "application/x-not-declared"
        request.kwargs = {k: v for k, v in request.kwargs.items() if k not in ("files", "data")}
        response = call(mock, request.method, request.path, content=b"x=1", **request.kwargs)
        assert response.status_code == 400, response.text
        assert "header.Content-Type" in error_text(mock, mock.requests[-1].operation_id, response)
        return
    name, bad = spoiled
    fields = dict(request.kwargs.get("data") or {})
    if bad is None:
        fields.pop(name, None)
        request.kwargs.get("files", {}).pop(name, None)
    else:
        fields[name] = bad
    request.kwargs["data"] = fields or {"unrelated": "x"}  # a body, without the field
    if media_type.startswith("multipart") and not request.kwargs.get("files"):
        request.kwargs["files"] = {"unrelated": ("a.txt", b"x")}  # keep the body multipart
    response = call(mock, request.method, request.path, **request.kwargs)
    assert response.status_code == 400, response.text
    assert f"body.{name}" in error_text(mock, mock.requests[-1].operation_id, response)


def _bad_form_field(spec: dict[str, Any], schema: dict[str, Any]) -> tuple[str, str | None] | None:
    """A field to spoil: one with an enum, boolean or integer type (a bad value), else a required one (None: omit it)."""
    for name, prop in schema.get("properties", {}).items():
        prop = resolve(spec, prop)
        kinds = prop.get("type")
        kinds = kinds if isinstance(kinds, list) else [kinds]
        if prop.get("enum") or {"boolean", "integer", "number"} & set(kinds):
            return name, "no-such-value"
    return (schema["required"][0], None) if schema.get("required") else None


@pytest.mark.parametrize("spec_path", SPECS, ids=[p.parent.name for p in SPECS])
def test_unknown_path_is_404_and_unknown_method_405(servers: Servers, spec_path: Path) -> None:
    mock = servers(spec_path)
    missing = call(mock, "GET", "/no/such/operation/here")
    assert missing.status_code == 404
    assert "/no/such/operation/here" in error_text(mock, None, missing)
    template, item = next(
        (t, i) for t, i in mock.spec["paths"].items() if not {"patch", "trace"} <= set(i)
    )
    unused = "TRACE" if "trace" not in item else "PATCH"
    path = template.replace("{", "").replace("}", "")
    response = call(mock, unused, path, headers=auth_headers(mock.spec, {})[0])
    assert response.status_code == 405, response.text
    allowed = [m.strip() for m in response.headers["allow"].split(",")]
    assert allowed == [
        m.upper()
        for m in ("get", "put", "post", "delete", "options", "head", "patch", "trace")
        if m in item
    ]


def _first_get(spec: dict[str, Any]) -> tuple[str, str]:
    """The first GET, else the first operation: the fault knobs work on any method."""
    ops = [(m, t) for m, t, _ in _operations(spec)]
    assert ops, "a spec without operations"
    return next(((m, t) for m, t in ops if m == "get"), ops[0])


@pytest.mark.parametrize("spec_path", SPECS, ids=[p.parent.name for p in SPECS])
def test_fault_knobs_by_header(servers: Servers, spec_path: Path) -> None:
    mock = servers(spec_path)
    method, template = _first_get(mock.spec)
    request = valid_request(mock.spec, method, template)
    headers = request.kwargs.pop("headers")

    def knob(**extra: str) -> httpx.Response:
        return call(
            mock, request.method, request.path, headers={**headers, **extra}, **request.kwargs
        )

    limited = knob(**{"X-Mock-Status": "429", "X-Mock-Retry-After": "2"})
    assert limited.status_code == 429
    assert limited.headers["retry-after"] == "2"
    assert limited.content  # the documented 429 body, or a problem body
    unavailable = knob(**{"X-Mock-Status": "503"})
    assert unavailable.status_code == 503
    documented = operation_of(mock.spec, method, template).response_for(503)
    content = documented.content if documented is not None else None
    json_media = content.first("json") if content else None
    found, example = json_media.example if json_media else (False, None)
    if found:
        assert unavailable.json() == example  # the documented body of that status
    elif not content:
        assert unavailable.json()["status"] == 503  # a problem body
    malformed = knob(**{"X-Mock-Malformed": "1"})
    assert malformed.status_code == 200
    assert malformed.headers["content-type"] == "application/json"
    with pytest.raises(json.JSONDecodeError):
        json.loads(malformed.content)
    with pytest.raises(httpx.RemoteProtocolError):
        knob(**{"X-Mock-Drop": "1"})
    with pytest.raises(httpx.ReadTimeout):
        call(
            mock,
            request.method,
            request.path,
            headers={**headers, "X-Mock-Delay": "5"},
            timeout=0.2,
            **request.kwargs,
        )
    assert [r.status for r in mock.requests] == [429, 503, 200, None, None]


@pytest.mark.parametrize("spec_path", SPECS, ids=[p.parent.name for p in SPECS])
def test_queued_faults_apply_once_each_in_order(servers: Servers, spec_path: Path) -> None:
    mock = servers(spec_path)
    method, template = _first_get(mock.spec)
    request = valid_request(mock.spec, method, template)
    mock.enqueue(
        Fault(status=429, retry_after=1),
        Fault(status=500, body={"custom": True}, headers={"X-Trace": "abc"}),
        Fault(drop=True),
    )
    first = call(mock, request.method, request.path, **request.kwargs)
    assert (first.status_code, first.headers["retry-after"]) == (429, "1")
    second = call(mock, request.method, request.path, **request.kwargs)
    assert (second.status_code, second.json(), second.headers["x-trace"]) == (
        500,
        {"custom": True},
        "abc",
    )
    with pytest.raises(httpx.RemoteProtocolError):
        call(mock, request.method, request.path, **request.kwargs)
    fourth = call(mock, request.method, request.path, **request.kwargs)
    assert fourth.status_code == expected_success(mock.spec, method, template)[0]
    assert len(mock.requests) == 4
    assert mock.requests[0].path == request.path


TINY_SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "tiny", "version": "1"},
    "servers": [
        {"url": "https://example.com/{tenant}/api", "variables": {"tenant": {"default": "acme"}}}
    ],
    "components": {
        "securitySchemes": {"session": {"type": "apiKey", "in": "cookie", "name": "sid"}},
        "schemas": {
            "Node": {
                "type": "object",
                "required": ["id", "kind", "child", "code", "when"],
                "properties": {
                    "id": {"type": ["integer", "null"], "minimum": 3},
                    "kind": {"type": "string", "enum": ["leaf", "branch"]},
                    "child": {"anyOf": [{"$ref": "#/components/schemas/Node"}, {"type": "null"}]},
                    "code": {"type": "string", "pattern": "^[A-Z]{3}-\\d{2}$"},
                    "when": {"type": "string", "format": "date-time"},
                },
            }
        },
    },
    "security": [{"session": []}],
    "paths": {
        "/items/{id}": {
            "get": {
                "operationId": "getItem",
                "parameters": [
                    {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
                ],
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/Node"}},
                            "application/xml": {
                                "schema": {"type": "string"},
                                "examples": {"x": {"value": "<item/>"}},
                            },
                        },
                    }
                },
            }
        },
        "/items/special": {
            "get": {
                "operationId": "getSpecial",
                "security": [],
                "responses": {"204": {"description": "none"}},
            }
        },
    },
}


def test_literal_segments_win_and_values_are_built_from_schemas() -> None:
    with MockServer(TINY_SPEC) as mock:
        special = call(mock, "GET", "/acme/api/items/special")
        assert (special.status_code, mock.requests[-1].operation_id) == (204, "getSpecial")
        assert call(mock, "GET", "/items/7").status_code == 401
        built = call(mock, "GET", "/items/7", headers={"Cookie": "sid=s"})
        assert built.status_code == 200
        node_schema = TINY_SPEC["components"]["schemas"]["Node"]
        assert built.json() == build_instance(Schemas(TINY_SPEC), node_schema)
        node = built.json()
        assert node["id"] == 3 and node["kind"] == "leaf" and node["child"]["kind"] == "leaf"
        assert node["code"] == "AAA-00"
        xml = call(
            mock, "GET", "/items/7", headers={"Cookie": "sid=s", "Accept": "application/xml"}
        )
        assert (xml.headers["content-type"], xml.text) == ("application/xml", "<item/>")


@pytest.mark.parametrize("spec_path", SPECS, ids=[p.parent.name for p in SPECS])
def test_values_built_from_every_component_schema_fit_it(spec_path: Path) -> None:
    spec = load_spec(spec_path)
    components = spec.get("components", {})
    for name, schema in components.get("schemas", {}).items():
        validator = OAS31Validator({**schema, "components": components})
        errors = [e.message for e in validator.iter_errors(build_instance(Schemas(spec), schema))]
        assert errors == [], name


def _order(example: dict[str, Any] | None = None, xml: str | None = None) -> dict[str, Any]:
    """A response with an Order body, its JSON (and XML) example when given."""
    media: dict[str, Any] = {"schema": {"$ref": "#/components/schemas/Order"}}
    content: dict[str, Any] = {"application/json": media}
    if example is not None:
        media["examples"] = {"doc": {"value": example}}
    if xml is not None:
        content["application/xml"] = {"schema": {"type": "string"}, "example": xml}
    return {"description": "an order", "content": content}


CREATED = {"id": 7, "state": "created"}
SUCCESSES_SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "successes", "version": "1"},
    "components": {
        "schemas": {
            "Order": {
                "type": "object",
                "required": ["id", "state"],
                "properties": {"id": {"type": "integer"}, "state": {"type": "string"}},
            }
        }
    },
    "paths": {
        "/orders": {
            # the lowest 2xx documents no example, the 201 does (HELIUM V's POSTs)
            "post": {"responses": {"200": _order(), "201": _order(CREATED, "<order id='7'/>")}}
        },
        "/orders/{id}": {
            "parameters": [
                {"name": "id", "in": "path", "required": True, "schema": {"type": "integer"}}
            ],
            # the example is on a 204, which cannot carry it (HELIUM V's PUTs): the 200 answers
            "put": {"responses": {"200": _order(), "204": _order(CREATED)}},
            # a 204 alone (Planiso's DELETE): no body, whatever the document shows
            "delete": {"responses": {"204": _order(CREATED)}},
            # two examples: the lowest 2xx that has one
            "get": {"responses": {"200": _order({"id": 1, "state": "x"}), "202": _order(CREATED)}},
        },
    },
}


def test_the_documented_success_and_its_example_answer_first() -> None:
    # The old rule answered the lowest 2xx with a schema-built body: 200 {"id": 0, "state": "x"}.
    with MockServer(SUCCESSES_SPEC) as mock:
        created = call(mock, "POST", "/orders")
        assert (created.status_code, created.json()) == (201, CREATED)
        as_xml = call(mock, "POST", "/orders", headers={"Accept": "application/xml"})
        assert (as_xml.status_code, as_xml.text) == (201, "<order id='7'/>")
        changed = call(mock, "PUT", "/orders/7")
        assert (changed.status_code, changed.json()) == (200, {"id": 0, "state": "x"})
        deleted = call(mock, "DELETE", "/orders/7")
        assert (deleted.status_code, deleted.content) == (204, b"")
        first = call(mock, "GET", "/orders/7")
        assert (first.status_code, first.json()) == (200, {"id": 1, "state": "x"})
        # a malformed body is the documented one cut in half
        malformed = call(mock, "POST", "/orders", headers={"X-Mock-Malformed": "1"})
        whole = json.dumps(CREATED).encode()
        assert (malformed.status_code, malformed.content) == (200, whole[: len(whole) // 2])


# Operations of the five specs whose lowest 2xx documents no example while another 2xx does.
DOCUMENTED_NOT_LOWEST = [
    (path, op.method.lower(), op.path, f"{path.parent.name}-{op.method} {op.path}")
    for path in SPECS
    for op in read_api(_LOADED[path]).operations
    if op.first_success is not None
    and not op.first_success.has_example
    and any(r.has_example and r.code not in (204, 304) for r in op.successes)
]


@pytest.mark.parametrize(
    ("spec_path", "method", "template"),
    [entry[:3] for entry in DOCUMENTED_NOT_LOWEST],
    ids=[entry[3] for entry in DOCUMENTED_NOT_LOWEST],
)
def test_specs_answer_the_documented_success_not_the_lowest(
    servers: Servers, spec_path: Path, method: str, template: str
) -> None:
    mock = servers(spec_path)
    documented = operation_of(mock.spec, method, template).documented_success
    assert documented is not None and documented.code is not None
    media = documented.content.first("json")
    assert media is not None and media.examples
    request = valid_request(mock.spec, method, template)
    response = call(mock, request.method, request.path, **request.kwargs)
    assert response.status_code == documented.code, response.text
    assert response.json() == media.examples[0].value


def test_cli_serves_until_sigterm() -> None:
    spec_path = SPECS[0]
    vendor = spec_path.parent.name
    port = free_port()
    extra = [] if spec_path.parent.parent == GENERATED else ["--spec", str(spec_path)]
    process = run_mock_cli(vendor, "--port", str(port), *extra)
    try:
        assert process.stdout is not None
        line = process.stdout.readline().strip()
        assert line == (
            f"serving {vendor} on http://127.0.0.1:{port} with 10 items per collection "
            "(Ctrl-C to stop)"
        )
        spec = load_spec(spec_path)
        method, template = _first_get(spec)
        request = valid_request(spec, method, template)
        response = httpx.request(
            request.method, f"http://127.0.0.1:{port}{request.path}", timeout=10, **request.kwargs
        )
        assert response.status_code == expected_success(spec, method, template)[0]
        process.send_signal(signal.SIGTERM)
        _, stderr = process.communicate(timeout=10)
        assert process.returncode == 0, stderr
        assert f"{method.upper()} {request.path}" in stderr  # one log line per request
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()


def test_cli_errors_are_one_line_and_exit_1() -> None:
    unknown = run_mock_cli("no-such-vendor", "--port", str(free_port()))
    _, stderr = unknown.communicate(timeout=30)
    assert unknown.returncode == 1
    assert stderr.startswith("error: unknown vendor 'no-such-vendor'") and stderr.count("\n") == 1
    missing = run_mock_cli("x", "--spec", "/nonexistent/openapi.yaml")
    _, stderr = missing.communicate(timeout=30)
    assert (missing.returncode, stderr) == (
        1,
        "error: spec file not found: /nonexistent/openapi.yaml\n",
    )
    with MockServer(SPECS[0]) as busy:
        port = busy.url.rsplit(":", 1)[1]
        taken = run_mock_cli(SPECS[0].parent.name, "--port", port, "--spec", str(SPECS[0]))
        _, stderr = taken.communicate(timeout=30)
    assert taken.returncode == 1
    assert (
        stderr == f"error: port {port} on 127.0.0.1 is already in use (pick another with --port)\n"
    )


def test_make_mock_without_vendor_prints_usage() -> None:
    # -o: never (re)install the venv from inside a test
    result = subprocess.run(
        ["make", "--no-print-directory", "-o", ".venv/.installed", "mock", "VENDOR="],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "MAKEFLAGS": ""},
        timeout=120,
    )
    assert result.returncode == 2
    assert "usage: make mock VENDOR=<vendor>" in result.stdout


def test_a_logon_answer_carries_a_token_the_next_calls_send() -> None:
    spec = GENERATED / "heliumv" / "openapi.yaml"
    api = read_api(load_spec(spec))
    logon = next(op for op in api.operations if api.logon(op) is not None)
    declared = api.logon(logon)
    assert declared is not None
    field = declared.token
    with MockServer(spec, items=3) as mock:
        answer = httpx.post(
            f"{mock.url}{logon.path}", json={"username": "u", "password": "p"}, timeout=10
        )
        assert answer.status_code == 200, answer.text
        token = answer.json()[field]
        assert token == MOCK_LOGON_TOKEN
        orders = httpx.get(f"{mock.url}/api/v1/order", params={"userid": token}, timeout=10)
        assert orders.status_code == 200 and len(orders.json()) == 3
