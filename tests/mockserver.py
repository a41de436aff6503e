"""Helpers for tests that talk to the mock server (no pytest imports: any test can use them).

    from tests.mockserver import MockServer, Fault, spec_files, valid_request
    with MockServer(path) as mock:
        call = valid_request(mock.spec, "get", "/api/order")
        response = httpx.request(call.method, mock.url + call.path, **call.kwargs)

``spec_files()`` lists ``generated/<key>/openapi.yaml`` for every vendor of the registry (or
``$MOCK_SPEC_DIR/*/openapi.yaml`` when set, to try specs generated elsewhere).
"""

from __future__ import annotations

import os
import socket
import ssl
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator.load import vendor_keys
from generator.mock import Fault, MockServer, RecordedRequest, load_spec
from generator.mock.values import build_instance
from generator.openapi import Content, Operation, Parameter, Schemas, read_api
from generator.openapi.elements import media_kind
from generator.paths import GENERATED, ROOT
from generator.validate import operations

__all__ = [
    "LOOPBACK_TLS",
    "Call",
    "Fault",
    "MockServer",
    "RecordedRequest",
    "auth_headers",
    "free_port",
    "load_spec",
    "operation_of",
    "operation_params",
    "resolve",
    "spec_files",
    "valid_request",
]


# The mock speaks plain HTTP. httpx still builds a TLS context for every client it makes, loading
# the system's ~140 CA certificates each time (20-80 ms): a client of the mock is given this one,
# which loads none, as ``verify=LOOPBACK_TLS`` (no TLS is ever negotiated with it).
LOOPBACK_TLS = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)


def spec_files() -> list[Path]:
    """``generated/<key>/openapi.yaml`` of every vendor of the registry (specs/<key>/), whether
    it exists or not (tests assert it does); with ``$MOCK_SPEC_DIR``, the specs found there."""
    if os.environ.get("MOCK_SPEC_DIR"):
        return sorted(Path(os.environ["MOCK_SPEC_DIR"]).glob("*/openapi.yaml"))
    return [GENERATED / key / "openapi.yaml" for key in vendor_keys()]


def run_mock_cli(*args: str) -> subprocess.Popen[str]:
    """``python -m generator mock ARGS`` in a process of its own, as a user starts it."""
    return subprocess.Popen(
        [sys.executable, "-m", "generator", "mock", *args],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@dataclass
class Call:
    """A request that the spec accepts: method, path (variables filled in) and httpx keyword args."""

    method: str
    path: str
    operation: dict[str, Any]
    kwargs: dict[str, Any] = field(default_factory=dict)


def resolve(spec: dict[str, Any], node: Any) -> Any:
    """``node`` with its local ``$ref`` followed (the spec-reading layer's resolver)."""
    return Schemas(spec).resolve(node)


def operation_of(spec: dict[str, Any], method: str, path: str) -> Operation:
    """The operation at ``method path`` as the spec-reading layer reads it."""
    return next(
        o for o in read_api(spec).operations if o.method == method.upper() and o.path == path
    )


def operation_params(
    spec: dict[str, Any], path: str, operation: dict[str, Any]
) -> list[dict[str, Any]]:
    """Path-item and operation parameters, resolved (the operation's win)."""
    merged: dict[tuple[str, str], dict[str, Any]] = {}
    for param in (spec["paths"][path].get("parameters") or []) + (
        operation.get("parameters") or []
    ):
        param = resolve(spec, param)
        merged[(param["name"], param["in"])] = param
    return list(merged.values())


def auth_headers(
    spec: dict[str, Any], operation: dict[str, Any]
) -> tuple[dict[str, str], dict[str, str]]:
    """Headers and query parameters satisfying the first security alternative."""
    headers: dict[str, str] = {}
    query: dict[str, str] = {}
    requirements = operation.get("security", spec.get("security", []))
    schemes = spec.get("components", {}).get("securitySchemes", {})
    for name in (requirements or [{}])[0]:
        scheme = resolve(spec, schemes[name])
        if scheme["type"] == "apiKey" and scheme["in"] == "header":
            headers[scheme["name"]] = "test-credential"
        elif scheme["type"] == "apiKey" and scheme["in"] == "query":
            query[scheme["name"]] = "test-credential"
        elif scheme["type"] == "apiKey" and scheme["in"] == "cookie":
            headers["Cookie"] = f"{scheme['name']}=test-credential"
        elif scheme["type"] == "http" and scheme.get("scheme", "").lower() == "basic":
            headers["Authorization"] = "Basic dXNlcjpwYXNz"
        else:
            headers["Authorization"] = "Bearer test-token"
    return headers, query


def valid_request(spec: dict[str, Any], method: str, path: str, *, auth: bool = True) -> Call:
    """A request built from the spec alone: examples where documented, schema-built values elsewhere."""
    operation = spec["paths"][path][method]
    headers, query = auth_headers(spec, operation) if auth else ({}, {})
    schemas = Schemas(spec)
    read = operation_of(spec, method, path)
    url = path
    for param in read.parameters:
        if param.location != "path" and not param.required:
            continue
        value = _param_value(schemas, param)
        if param.location == "path":
            url = url.replace("{" + param.name + "}", str(value))
        elif param.location == "query":
            query[param.name] = value
        elif param.location == "header":
            headers[param.name] = str(value)
    kwargs: dict[str, Any] = {"headers": headers, "params": query}
    if read.request_body is not None and read.request_body.content:
        kwargs.update(_body_kwargs(schemas, read.request_body.content, headers))
    return Call(method=method.upper(), path=url, operation=operation, kwargs=kwargs)


def _param_value(schemas: Schemas, param: Parameter) -> Any:
    value = param.examples[0] if param.examples else build_instance(schemas, param.schema)
    if isinstance(value, bool):
        return "true" if value else "false"
    return value


def _body_kwargs(schemas: Schemas, content: Content, headers: dict[str, str]) -> dict[str, Any]:
    media = content.media[0]
    found, value = media.example
    if not found:
        value = build_instance(schemas, media.schema or {})
    base = media.media_type.split(";")[0].strip().lower()
    properties = schemas.properties(media.schema or {})
    if value == {} and properties and "form" in base:
        # an empty form is no body at all: send the first field so a required body is present
        first = next(iter(properties))
        value = {first: build_instance(schemas, properties[first])}
    if base == "multipart/form-data":
        return _multipart(schemas, media.schema or {}, value)
    if base == "application/x-www-form-urlencoded":
        return {"data": {k: _form_text(v) for k, v in value.items() if v is not None}}
    if media_kind(base) == "json":
        return {"json": value}
    headers["Content-Type"] = media.media_type
    return {"content": value if isinstance(value, (str, bytes)) else str(value)}


def _multipart(schemas: Schemas, schema: Any, value: dict[str, Any]) -> dict[str, Any]:
    files: dict[str, Any] = {}
    data: dict[str, str] = {}
    for name, prop in schemas.properties(schema).items():
        prop = schemas.resolve(prop)
        if prop.get("format") == "binary" or "contentMediaType" in prop:
            files[name] = (f"{name}.txt", b"file content", "text/plain")
        elif name in value and value[name] is not None:
            data[name] = _form_text(value[name])
    return {"files": files, "data": data}


def _form_text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def all_operations(path: Path) -> list[tuple[str, str, str]]:
    """``(vendor, method, path)`` for every operation of one spec file, in document order."""
    spec = load_spec(path)
    return [(path.parent.name, method, template) for method, template, _ in operations(spec)]
