"""Helpers for the client tests: render a vendor's client into a folder and import it."""

from __future__ import annotations

import importlib
import json
import re
import sys
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from types import ModuleType
from typing import Any

from pydantic import BaseModel

from generator.clients import render_client_package
from generator.clients.lenient import client_spec
from generator.clients.models import read_models
from generator.clients.views import ClientView, OperationView, build_client_view
from generator.load import vendor_keys
from generator.mock.replies import MOCK_LOGON_TOKEN, success_answer
from generator.mock.values import build_instance
from generator.openapi import RequestBody, Schemas, read_api
from tests import conftest

ROOT = Path(__file__).resolve().parents[1]
GENERATED = ROOT / "generated"
#: Every vendor of the registry (specs/<key>/); its generated spec must exist.
VENDORS = vendor_keys()


def spec_text(vendor: str) -> str:
    path = GENERATED / vendor / "openapi.yaml"
    assert path.is_file(), f"{vendor} is in specs/ but generated/{vendor}/ has no spec: make specs"
    return path.read_text()


def load_spec(vendor: str) -> dict[str, Any]:
    """The committed spec of ``vendor``, parsed once per session (tests/conftest.py)."""
    return conftest.load_spec(GENERATED / vendor / "openapi.yaml")


# The view each rendered client came from, by vendor: its operations map wire names to arguments.
VIEWS: dict[str, ClientView] = {}


def render_into(
    vendor: str, folder: Path, *, spec: dict[str, Any] | None = None, release: str | None = None
) -> Path:
    """Render the client of ``vendor`` (from ``spec``, by default its committed spec; versioned
    ``release``) into ``folder``; return the client folder."""
    files, VIEWS[vendor] = render_client_package(
        vendor, spec=spec or load_spec(vendor), release=release
    )
    target = folder / vendor / "client"
    for path, content in files.items():
        out = target / path
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(content)
    return target


def rendered_client(vendor: str, generated: Path) -> Path:
    """The client of ``vendor`` that a generation wrote into ``generated`` (the session's, see
    tests/conftest.py), with the view it was rendered from noted as ``render_into`` notes it."""
    target = generated / vendor / "client"
    spec = conftest.load_spec(generated / vendor / "openapi.yaml")
    # The view needs the models' class and attribute names only: read from the written models.py
    # as the pipeline reads them from datamodel-code-generator's source (formatting aside).
    models = read_models((target / f"{vendor}_client" / "models.py").read_text())
    VIEWS[vendor] = build_client_view(read_api(client_spec(spec)), key=vendor, models=models)
    return target


def import_client(vendor: str, folder: Path) -> ModuleType:
    """Import ``<vendor>_client`` from ``folder`` (a rendered client folder)."""
    package = f"{vendor}_client"
    for name in [m for m in sys.modules if m == package or m.startswith(f"{package}.")]:
        del sys.modules[name]
    sys.path.insert(0, str(folder))
    try:
        return importlib.import_module(package)
    finally:
        sys.path.remove(str(folder))


@dataclass
class Case:
    """One operation called as documented: its arguments and the JSON its result must equal."""

    op: OperationView
    kwargs: dict[str, Any]
    expected: Any  # the documented success example (Planiso: its ``data``); None without a body
    envelope: Any = None  # the whole documented envelope, for enveloped operations


def operation_cases(vendor: str, spec: dict[str, Any]) -> list[Case]:
    """Every operation of the rendered client, logon-style (security-free) operations first."""
    view = VIEWS[vendor]
    cases = [_case(spec, op) for op in view.operations]
    return sorted(
        cases, key=lambda c: spec["paths"][c.op.path][c.op.method.lower()].get("security") != []
    )


def _case(spec: dict[str, Any], op: OperationView) -> Case:
    api = read_api(spec)
    read = api.operation(op.operation_id)
    assert read is not None, op.operation_id
    params = {(p.location, p.name): p for p in read.parameters}
    kwargs: dict[str, Any] = {}
    for p in op.params:
        param = params[(p.location, p.wire)]
        if param.examples or p.required:
            kwargs[p.name] = (
                param.examples[0] if param.examples else build_instance(api.schemas, param.schema)
            )
    if op.body is not None:
        assert read.request_body is not None
        kwargs.update(_body(api.schemas, op, read.request_body))
    expected: Any = None
    envelope: Any = None
    if op.result_kind != "none":
        # what the mock answers: the documented success with its example (generator.mock.replies)
        success = success_answer(read)
        assert success is not None
        media = success.content.get(op.accept)
        assert media is not None, (op.operation_id, success.status, op.accept)
        found, expected = media.example
        if not found:
            expected = build_instance(api.schemas, media.schema or {})
        expected = _microseconds(expected)
        logon = api.logon(read)
        if logon is not None and isinstance(expected, dict) and not expected.get(logon.token):
            expected = {**expected, logon.token: MOCK_LOGON_TOKEN}  # the mock's logon token
        if op.envelope_adapter:
            envelope, expected = expected, expected["data"]
        if success.status == "204":
            # HTTP forbids a body on 204: a documented 204 example cannot reach the client.
            expected = envelope = None
    return Case(op, kwargs, expected, envelope)


def _body(schemas: Schemas, op: OperationView, request: RequestBody) -> dict[str, Any]:
    assert op.body is not None
    media = request.content.get(op.body.media_type)
    assert media is not None
    found, value = media.example
    if not found:
        value = build_instance(schemas, media.schema or {})
    if op.body_fields:
        return {f.name: value[f.wire] for f in op.body_fields if f.wire in value}
    properties = schemas.properties(media.schema or {})
    if value == {} and properties and op.body.kind == "form":
        # Nothing documented and nothing required: an empty form is no body at all, and the
        # body is required; send the first field, as tests/mockserver.py does.
        first = next(iter(properties))
        value = {first: build_instance(schemas, properties[first])}
    if op.body.kind == "content":
        return {"body": value if isinstance(value, str | bytes) else json.dumps(value)}
    if op.body.kind == "multipart":
        value = dict(value)
        for name, prop in properties.items():
            if schemas.resolve(prop).get("format") == "binary":
                value[name] = (f"{name}.txt", b"file content", "text/plain")
    return {"body": value}


def jsonable(value: Any) -> Any:
    """A typed result as the JSON it was read from (vendor field names, unset fields left out)."""
    if isinstance(value, BaseModel):
        return value.model_dump(mode="json", by_alias=True, exclude_unset=True)
    if isinstance(value, list):
        return [jsonable(v) for v in value]
    if isinstance(value, dict):
        return {k: jsonable(v) for k, v in value.items()}
    if isinstance(value, Enum):
        return value.value
    return value


_FRACTION = re.compile(r"^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6})\d+")


def _microseconds(value: Any) -> Any:
    """Documented timestamps cut to microseconds, the precision of a Python ``datetime``."""
    if isinstance(value, str):
        return _FRACTION.sub(r"\1", value)
    if isinstance(value, list):
        return [_microseconds(v) for v in value]
    if isinstance(value, dict):
        return {k: _microseconds(v) for k, v in value.items()}
    return value


def matches(actual: Any, expected: Any) -> bool:
    """``actual == expected``, except that a number may stand for its documented string form.

    datamodel-code-generator turns ``anyOf: [integer enum, string enum]`` (Lagerkoll's ``state``,
    documented as 0 but sent as "0") into ``IntEnum | StrEnum``, and pydantic takes "0" as the
    IntEnum member: the value is right, its JSON spelling is not the vendor's.
    """
    if isinstance(actual, dict) and isinstance(expected, dict):
        return actual.keys() == expected.keys() and all(
            matches(actual[k], expected[k]) for k in actual
        )
    if isinstance(actual, list) and isinstance(expected, list):
        return len(actual) == len(expected) and all(map(matches, actual, expected))
    if isinstance(actual, bool) and isinstance(expected, str):
        # The same lax coercion for booleans that Planiso documents as "1"/"0".
        return expected.lower() in (("1", "true") if actual else ("0", "false"))
    if isinstance(actual, int) and isinstance(expected, str):
        return str(actual) == expected
    return bool(actual == expected)
