"""The generated clients: rendered, deterministic, mypy --strict clean, and working over HTTP."""

from __future__ import annotations

import asyncio
import functools
import logging
import re
import subprocess
import sys
import time
import typing
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest
from pydantic import BaseModel, TypeAdapter

from generator.clients.command import release_of
from generator.emit import load_yaml
from generator.mock import Fault, MockServer
from generator.openapi import read_api
from tests.clienttools import (
    GENERATED,
    VENDORS,
    Case,
    import_client,
    jsonable,
    load_spec,
    matches,
    operation_cases,
    render_into,
    rendered_client,
)
from tests.conftest import Generation

pytestmark = pytest.mark.skipif(not VENDORS, reason="no generated spec yet")

SECRET = "s3cr3t-value-1234"


@pytest.fixture(scope="module")
def clients(generation: Generation) -> dict[str, Path]:
    """The client folders of the session's generation (tests/conftest.py), read-only here."""
    return {vendor: rendered_client(vendor, generation.out) for vendor in VENDORS}


def test_rendering_is_deterministic(
    clients: dict[str, Path], generation: Generation, tmp_path: Path
) -> None:
    vendor = VENDORS[0]
    spec_path = generation.out / vendor / "openapi.yaml"
    # the spec the session's client came from, versioned as the build versions it
    again = render_into(
        vendor, tmp_path, spec=load_yaml(spec_path.read_text()), release=release_of(spec_path)
    )
    first = {
        p.relative_to(clients[vendor]): p.read_bytes()
        for p in clients[vendor].rglob("*")
        if p.is_file()
    }
    second = {p.relative_to(again): p.read_bytes() for p in again.rglob("*") if p.is_file()}
    assert first == second
    assert Path(f"{vendor}_client/py.typed") in first


@pytest.fixture(scope="module")
def mypy_strict(
    clients: dict[str, Path], tmp_path_factory: pytest.TempPathFactory
) -> subprocess.CompletedProcess[str]:
    """One ``mypy --strict`` run over every client package (one run checks httpx and pydantic
    once instead of once per vendor); its cache goes to a folder of its own, not the clients'."""
    cwd = tmp_path_factory.mktemp("mypy")
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental",
         "--cache-dir", str(cwd / "cache"),
         *(str(clients[vendor] / f"{vendor}_client") for vendor in VENDORS)],
        cwd=cwd,
        capture_output=True,
        text=True,
        check=False,
    )  # fmt: skip


@pytest.mark.slow
@pytest.mark.parametrize("vendor", VENDORS)
def test_client_passes_mypy_strict(
    clients: dict[str, Path], vendor: str, mypy_strict: subprocess.CompletedProcess[str]
) -> None:
    """This vendor's part of the one run: no error in its files (and none outside every client's,
    nor a failure of mypy itself, which would fail each vendor)."""
    done = mypy_strict
    assert done.returncode in (0, 1), done.stdout[-1500:] + done.stderr[-1500:]
    errors = [line for line in done.stdout.splitlines() if ": error:" in line]
    mine = [line for line in errors if line.startswith(f"{clients[vendor]}/")]
    assert not mine, "\n".join(mine)[-3000:]
    owned = [line for line in errors if any(line.startswith(f"{c}/") for c in clients.values())]
    assert errors == owned, done.stdout[-3000:]
    assert done.returncode == 0 or errors, done.stdout[-3000:]


@pytest.mark.parametrize("vendor", VENDORS)
def test_client_does_not_import_the_toolkit(clients: dict[str, Path], vendor: str) -> None:
    sources = "".join(p.read_text() for p in clients[vendor].rglob("*.py"))
    imports = [line for line in sources.splitlines() if line.startswith(("import ", "from "))]
    assert imports and not [line for line in imports if "generator" in line]


def _credentials(client_module: ModuleType) -> dict[str, str]:
    """A secret for every credential argument of the constructor (logon clients get none)."""
    import inspect

    params = inspect.signature(client_module.Client.__init__).parameters
    names = [
        n
        for n, p in params.items()
        if p.default is None and n not in ("base_url", "headers", "transport")
    ]
    return {n: SECRET for n in names}


def _ops(spec: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    found = []
    for path, item in spec["paths"].items():
        for method, op in item.items():
            if method in ("get", "post", "put", "patch", "delete"):
                found.append((path, method, op))
    return found


def _arguments(method: Any) -> dict[str, Any]:
    """Values for the required keyword arguments of a generated method, by annotation."""
    import inspect

    values: dict[str, Any] = {}
    for name, p in inspect.signature(method).parameters.items():
        if p.default is not inspect.Parameter.empty or name == "self":
            continue
        text = str(p.annotation)
        if text.startswith("int"):
            values[name] = 1
        elif text.startswith("bool"):
            values[name] = True
        elif "dict[str, Any]" in text:
            values[name] = {}
        else:
            values[name] = "1"
    return values


def _check(case: Case, result: Any, namespace: dict[str, Any]) -> None:
    """The typed result of one documented call equals the documented response example, and is
    of the type the method declares (a model where the success response names one)."""
    name = case.op.name
    assert result.response.status_code < 300, name
    if case.op.result_kind == "none":
        assert result.parsed is None, name
        return
    declared = eval(case.op.result, namespace)  # the annotation text the client prints
    if case.op.result_kind == "optional":  # a 204 answers no body: the method says `X | None`
        declared = declared | None
    TypeAdapter(declared).validate_python(result.parsed, strict=True)  # an instance, not a dict
    _assert_instances(result.parsed, declared, name)
    assert matches(jsonable(result.parsed), case.expected), (name, jsonable(result.parsed))
    if case.envelope is not None:
        assert matches(jsonable(result.envelope), case.envelope), name


def _assert_declared(case: Case, plain: Any, namespace: dict[str, Any]) -> None:
    """The plain method's result (no ``Result`` wrapper) is of the declared type too."""
    if case.op.result_kind == "model":
        declared = eval(case.op.result, namespace)
        TypeAdapter(declared).validate_python(plain, strict=True)
        _assert_instances(plain, declared, case.op.name)


def _assert_instances(value: Any, declared: Any, name: str) -> None:
    """A result declared as a model is an instance of it (a list of models: each item is)."""
    origin, args = typing.get_origin(declared), typing.get_args(declared)
    if isinstance(declared, type) and issubclass(declared, BaseModel):
        assert isinstance(value, declared), (name, type(value), declared)
    elif origin is list and args and isinstance(args[0], type) and issubclass(args[0], BaseModel):
        assert all(isinstance(item, args[0]) for item in value), (name, args[0])


@pytest.mark.parametrize("vendor", VENDORS)
def test_every_result_with_a_schema_is_a_model_or_typed(
    vendor: str, clients: dict[str, Path]
) -> None:
    """Read through the spec layer: an operation whose success answers JSON with a schema has a
    typed result; one whose schema is a component object returns that component's model."""
    import_client(vendor, clients[vendor])
    api = read_api(load_spec(vendor))
    cases = {c.op.operation_id: c for c in operation_cases(vendor, load_spec(vendor))}
    namespace = vars(sys.modules[f"{vendor}_client.client"])
    models = vars(sys.modules[f"{vendor}_client.models"])
    checked = 0
    for op in api.operations:
        success = op.first_success
        media = success.content.first("json") if success else None
        if media is None or media.schema is None:
            continue
        case = cases[op.operation_id]
        assert case.op.result_kind != "none", op.where
        component = api.schemas.reference(media.schema)
        target = api.schemas.target(media.schema)
        if component and target.get("type") == "object" and target.get("properties"):
            declared = eval(case.op.result, namespace)
            envelope = case.op.envelope_adapter
            assert envelope or declared is models[component], (op.where, case.op.result)
        checked += 1
    assert checked, f"{vendor}: no operation answers a JSON body"


@pytest.mark.parametrize("vendor", VENDORS)
def test_every_operation_sync_and_async_against_the_mock(
    clients: dict[str, Path], vendor: str
) -> None:
    module = import_client(vendor, clients[vendor])
    spec = load_spec(vendor)
    cases = operation_cases(vendor, spec)
    assert len(cases) == len(_ops(spec))
    namespace = vars(sys.modules[f"{vendor}_client.client"])
    # Untyped: Any where the spec names a schema. An object without fields is dict[str, Any];
    # Planiso's deletes answer an always-empty array (maxItems 0), list[Any].
    untyped = [
        c.op.name
        for c in cases
        if c.op.result_kind != "none"
        and "Any" in c.op.result.replace("dict[str, Any]", "")
        and not (
            c.op.result.removeprefix("builtins.").startswith("list[Any]")
            and c.expected in ([], None)
        )
    ]
    assert not untyped, f"results typed Any although the spec names a schema: {untyped}"
    creds = _credentials(module)
    with MockServer(spec) as mock:
        with module.Client(base_url=mock.url, **creds) as client:
            for case in cases:
                _check(case, method(client.with_raw_response, case)(**case.kwargs), namespace)
                plain = method(client, case)(**case.kwargs)
                assert matches(jsonable(plain), case.expected), case.op.name
                _assert_declared(case, plain, namespace)

        async def run() -> int:
            async with module.AsyncClient(base_url=mock.url, **creds) as aclient:
                for case in cases:
                    raw = await method(aclient.with_raw_response, case)(**case.kwargs)
                    _check(case, raw, namespace)
                    plain = await method(aclient, case)(**case.kwargs)
                    assert matches(jsonable(plain), case.expected), case.op.name
                    _assert_declared(case, plain, namespace)
            return len(cases)

        assert asyncio.run(run()) == len(_ops(spec))
        # Every documented call reached its operation on the mock (none answered by a fault).
        reached = {r.operation_id for r in mock.requests}
        assert {c.op.operation_id for c in cases} <= reached


def method(namespaces: Any, case: Case) -> Any:
    """``client.<group>.<method>`` (or ``client.with_raw_response.<group>.<method>``) of a case."""
    return getattr(getattr(namespaces, case.op.group), case.op.name)


def _first_get(vendor: str, module: ModuleType, client: Any) -> Any:
    """The ``with_raw_response`` method of the operation the retry tests call: a GET that needs
    credentials, else any idempotent operation, secured ones first (``__name__`` is set to the
    operationId, so that a test finds its documented arguments)."""
    from generator import naming

    spec = load_spec(vendor)
    api = read_api(spec)
    ops = _ops(spec)
    order = [("get", True), ("put", True), ("delete", True), ("get", False), ("put", False),
             ("delete", False)]  # fmt: skip
    for wanted, secured in order:
        for _path, verb, op in ops:
            if verb == wanted and (op.get("security") != []) == secured:
                found = api.operation(op["operationId"])
                assert found is not None
                declared = api.sdk_name(found)
                group, name = naming.client_call(
                    declared.group, declared.method, tags=found.tags, operation_id=op["operationId"]
                )
                call = functools.partial(getattr(getattr(client.with_raw_response, group), name))
                call.__name__ = op["operationId"]  # type: ignore[attr-defined]
                return call
    pytest.skip(f"{vendor}: no GET, PUT or DELETE operation, and the clients retry no other")


@pytest.mark.parametrize("vendor", VENDORS)
def test_faults_retries_errors_and_secrets(
    clients: dict[str, Path],
    vendor: str,
    caplog: pytest.LogCaptureFixture,
    request: pytest.FixtureRequest,
) -> None:
    caplog.set_level(logging.DEBUG)
    module = import_client(vendor, clients[vendor])
    with MockServer(load_spec(vendor)) as mock:
        creds = _credentials(module)
        client = module.Client(base_url=mock.url, backoff=0.01, timeout=0.5, **creds)
        request.addfinalizer(client.close)  # closed even when an assertion fails first
        if hasattr(client, "auth") and hasattr(client.auth, "logon"):
            client.auth.logon(username="u", password="p")
        get = _first_get(vendor, module, client)
        # The documented arguments of that operation (a body where it takes one).
        spec = load_spec(vendor)
        case = next(c for c in operation_cases(vendor, spec) if c.op.operation_id == get.__name__)
        args = case.kwargs
        mock.enqueue(Fault(status=429, retry_after=1))
        started = time.monotonic()
        assert get(**args).response.status_code < 300
        assert time.monotonic() - started >= 0.9  # Retry-After: 1 was waited (a lower bound only)
        assert "after HTTP 429 in 1.000s (retry 1)" in caplog.text
        mock.enqueue(Fault(status=503))
        assert get(**args).response.status_code < 300
        mock.enqueue(Fault(status=503), Fault(status=503), Fault(status=503))
        with pytest.raises(module.ServerError) as failed:
            get(**args)
        assert failed.value.status_code == 503
        mock.enqueue(Fault(malformed=True))
        with pytest.raises(module.DecodeError) as decoded:
            get(**args)
        assert decoded.value.snippet
        mock.enqueue(Fault(delay=2.0))
        with pytest.raises(module.ApiTimeoutError):
            get(**args)
        mock.enqueue(Fault(drop=True), Fault(drop=True), Fault(drop=True))
        with pytest.raises(module.ApiConnectionError):
            get(**args)
        assert SECRET not in repr(client)
        assert SECRET not in str(failed.value) and SECRET not in repr(failed.value)
        assert SECRET not in caplog.text
        client.close()


def test_post_is_not_retried_on_500(clients: dict[str, Path]) -> None:
    vendor = next((v for v in VENDORS if v == "planningnow"), None)
    if vendor is None:
        pytest.skip("planningnow not generated")
    calls: list[str] = []
    status = {"value": 500}

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request.method)
        return httpx.Response(status["value"], json={"error": "boom"}, headers={"Retry-After": "0"})

    module = _module(vendor, clients)
    with module.Client(
        api_token=SECRET, transport=httpx.MockTransport(handler), backoff=0.0
    ) as client:
        with pytest.raises(module.ServerError) as failed:
            client.with_raw_response.cost_centres.create(body={})
        assert failed.value.detail == "boom"
        assert calls == ["POST"]
        calls.clear()
        status["value"] = 429
        with pytest.raises(module.RateLimitError) as limited:
            client.with_options(max_retries=1).cost_centres.create(body={})
        assert calls == ["POST", "POST"]  # a 429 was not processed: retried, even a POST
        assert limited.value.retry_after == 0.0
        status["value"] = 503
        calls.clear()
        with pytest.raises(module.ServerError):
            client.cost_centres.create(body={})
        assert calls == ["POST"]  # a 503 may follow a processed POST: not retried
        status["value"] = 500
        calls.clear()
        with pytest.raises(module.ServerError):
            client.cost_centres.list()
        assert calls == ["GET"]  # 500 is not one of the retried statuses


_MODULES: dict[str, ModuleType] = {}


def _module(vendor: str, clients: dict[str, Path]) -> ModuleType:
    if vendor not in _MODULES:
        _MODULES[vendor] = import_client(vendor, clients[vendor])
    return _MODULES[vendor]


def test_planningpme_token_is_fetched_once_cached_and_renewed(clients: dict[str, Path]) -> None:
    if "planningpme" not in VENDORS:
        pytest.skip("planningpme not generated")
    module = _module("planningpme", clients)
    tokens: list[dict[str, str]] = []
    lifetime = {"value": 28800}
    task_media = load_spec("planningpme")["paths"]["/api/task/{id}"]["get"]["responses"]["200"]
    task = next(iter(task_media["content"]["application/json"]["examples"].values()))["value"]

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/token"):
            form = dict(httpx.QueryParams(request.content.decode()))
            tokens.append(form)
            assert request.headers["X-APPKEY"] == "app"
            return httpx.Response(
                200,
                json={
                    "access_token": f"tok{len(tokens)}",
                    "token_type": "bearer",
                    "expires_in": lifetime["value"],
                },
            )
        assert request.headers["Authorization"] == f"Bearer tok{len(tokens)}"
        return httpx.Response(200, json=task)

    transport = httpx.MockTransport(handler)
    with module.Client(app_key="app", username="u", password=SECRET, transport=transport) as client:
        assert client.tasks.get(id_=1).key == task["key"]
        client.with_raw_response.tasks.get(id_=1)
        assert [t["grant_type"] for t in tokens] == ["password"]
        lifetime["value"] = 0
        client._runtime.forget_token()
        client.with_raw_response.tasks.get(id_=1)
        client.with_raw_response.tasks.get(
            id_=1
        )  # the token of lifetime 0 is already expired: fetched again
        assert len(tokens) == 3
        assert SECRET not in repr(client)
    with module.Client(
        app_key="app", assertion="jwt", client_id="c", transport=transport
    ) as client:
        client.with_raw_response.tasks.get(id_=1)
        assert tokens[-1]["grant_type"].endswith("jwt-bearer") and tokens[-1]["client_id"] == "c"


def test_lagerkoll_error_code_meaning_and_pages(clients: dict[str, Path]) -> None:
    if "lagerkoll" not in VENDORS:
        pytest.skip("lagerkoll not generated")
    module = _module("lagerkoll", clients)
    pages_asked: list[str | None] = []

    def handler(request: httpx.Request) -> httpx.Response:
        assert request.headers["store"] == "st" and request.headers["api_key"] == SECRET
        if request.url.path.endswith("/1"):
            return httpx.Response(404, json={"errorCode": 906001, "errorMessage": "no project"})
        pages_asked.append(request.url.params.get("page"))
        page = int(request.url.params.get("page", 0))  # absent: the documented default, 0
        return httpx.Response(200, json={"page": page, "pages": 3, "projects": [{"id": page}]})

    with module.Client(
        store="st", api_key=SECRET, transport=httpx.MockTransport(handler)
    ) as client:
        assert [p.id for p in client.projects.iter_list(limit=1)] == [0, 1, 2]
        # The first page is the documented default: left out of the request.
        assert pages_asked == [None, "1", "2"]
        with pytest.raises(module.NotFoundError) as failed:
            client.projects.get(project_id=1)
        assert failed.value.code == 906001
        assert failed.value.code_meaning == "Error when getting project"
        assert SECRET not in str(failed.value)


def test_heliumv_logon_keeps_the_token_and_sends_it(clients: dict[str, Path]) -> None:
    if "heliumv" not in VENDORS:
        pytest.skip("heliumv not generated")
    module = _module("heliumv", clients)
    token = "hv-token-98765"
    with MockServer(load_spec("heliumv")) as mock, module.Client(base_url=mock.url) as client:
        get = _first_get("heliumv", module, client)
        with pytest.raises(module.MissingCredentialsError):
            get(**_arguments(get))  # no logon yet: no token to send
        # The schema-built logon answer has no token (not required): the mock sends one.
        mock.enqueue(Fault(body={"token": token}))
        assert client.auth.logon(username="u", password=SECRET).token == token
        assert get(**_arguments(get)).response.status_code == 200
        last = mock.requests[-1]
        assert token in {last.headers.get("hvtoken"), *(last.query.get("userid") or [])}
        assert SECRET not in repr(client) and token not in repr(client)


_GC_CALL = re.compile(r"^\s*(?:import gc\b|from gc import)|\bgc\.", re.MULTILINE)


def test_no_generated_client_touches_the_garbage_collector(clients: dict[str, Path]) -> None:
    """A client library changes no process-wide interpreter state: no ``gc`` call anywhere."""
    committed = sorted(GENERATED.glob("*/client/**/*.py"))
    rendered = sorted(p for folder in clients.values() for p in folder.rglob("*.py"))
    assert len(committed) >= 5 * 5 and len(rendered) >= 5 * 5
    hits = [
        f"{path}:{text[: m.start()].count(chr(10)) + 1}: {m.group(0).strip()}"
        for path in committed + rendered
        for text in [path.read_text(encoding="utf-8")]
        for m in _GC_CALL.finditer(text)
    ]
    assert not hits, hits
    assert _GC_CALL.search("import gc") and _GC_CALL.search("    gc.freeze()")  # it can fail


def test_big_bodies_decode_and_leave_the_collector_as_it_was(clients: dict[str, Path]) -> None:
    if "lagerkoll" not in VENDORS:
        pytest.skip("lagerkoll not generated")
    import gc

    module = _module("lagerkoll", clients)
    projects = [{"projectId": n, "name": f"project {n}", "state": "1"} for n in range(6000)]
    page = {"page": 0, "pages": 1, "projects": projects}
    before = (gc.isenabled(), gc.get_threshold(), gc.get_freeze_count())
    with (
        MockServer(load_spec("lagerkoll")) as mock,
        module.Client(store="st", api_key=SECRET, base_url=mock.url) as client,
    ):
        mock.enqueue(Fault(body=page))
        decoded = client.projects.list()
        assert [p.project_id for p in decoded.projects] == list(range(6000))
        assert (gc.isenabled(), gc.get_threshold(), gc.get_freeze_count()) == before
        mock.enqueue(Fault(body={"page": "not a number", "projects": projects}))
        with pytest.raises(module.DecodeError, match="does not match the documented schema"):
            client.projects.list()
        assert (gc.isenabled(), gc.get_threshold(), gc.get_freeze_count()) == before


# The client object: each operation once, in a namespace; per-call options; 429 on a POST.

_CLIENT_OWN = {"close", "with_options", "with_raw_response"}


@pytest.mark.parametrize("vendor", VENDORS)
def test_each_operation_is_in_autocomplete_once(clients: dict[str, Path], vendor: str) -> None:
    """The client lists its namespaces (no ``*_raw`` twins, no flat operations); across them
    every operation of the spec is one method, named as the spec's client names say."""
    from generator import naming

    module = _module(vendor, clients)
    api = read_api(load_spec(vendor))
    expected: dict[str, list[str]] = {}
    for op in api.operations:
        declared = api.sdk_name(op)
        group, name = naming.client_call(
            declared.group, declared.method, tags=op.tags, operation_id=op.operation_id
        )
        expected.setdefault(group, []).append(name)
        if api.paging(op) is not None:
            expected[group].append(f"iter_{name}")
    for cls, own in ((module.Client, _CLIENT_OWN), (module.AsyncClient, _CLIENT_OWN | {"aclose"})):
        client = cls(base_url="http://127.0.0.1:9")
        public = [n for n in dir(client) if not n.startswith("_")]
        assert not [n for n in public if n.endswith("_raw")], public
        assert sorted(public) == sorted(own | set(expected)), cls
        raw = client.with_raw_response
        for group, names in expected.items():
            methods = [n for n in dir(getattr(client, group)) if not n.startswith("_")]
            assert sorted(methods) == sorted(names)  # each exactly once
            assert len(set(names)) == len(names)
            plain = {n for n in names if not n.startswith("iter_")}
            assert {n for n in dir(getattr(raw, group)) if not n.startswith("_")} == plain
    assert sum(
        len([n for n in ns if not n.startswith("iter_")]) for ns in expected.values()
    ) == len(api.operations)


def _lagerkoll_create(vendor: str = "lagerkoll") -> Case:
    return next(
        c for c in operation_cases(vendor, load_spec(vendor)) if c.op.call == "projects.create"
    )


def test_a_429_on_a_post_is_retried_and_carries_retry_after(clients: dict[str, Path]) -> None:
    """Against the mock: Lagerkoll's POST / answered 429 is sent again after Retry-After; a
    Retry-After above the cap is raised at once with its value."""
    module = _module("lagerkoll", clients)
    case = _lagerkoll_create()
    with (
        MockServer(load_spec("lagerkoll")) as mock,
        module.Client(store="st", api_key=SECRET, base_url=mock.url, backoff=0.0) as client,
    ):
        mock.enqueue(Fault(status=429, retry_after=1))
        started = time.monotonic()
        created = client.with_raw_response.projects.create(**case.kwargs)
        assert created.response.status_code < 300
        assert time.monotonic() - started >= 0.9  # Retry-After: 1 was waited (a lower bound)
        posts = [r for r in mock.requests if r.operation_id == "addProject"]
        assert [r.status for r in posts] == [429, created.response.status_code]
        assert posts[0].body == posts[1].body  # the same request, sent again
        mock.enqueue(Fault(status=429, retry_after=120))
        with pytest.raises(module.RateLimitError) as limited:
            client.with_options(max_retry_wait=5).projects.create(**case.kwargs)
        assert limited.value.retry_after == 120.0
        assert len([r for r in mock.requests if r.operation_id == "addProject"]) == 3
        mock.enqueue(Fault(status=503))
        with pytest.raises(module.ServerError):
            client.projects.create(**case.kwargs)  # may have been processed: not sent again
        assert len([r for r in mock.requests if r.operation_id == "addProject"]) == 4


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_with_options_is_a_copy_sharing_the_pool(clients: dict[str, Path], kind: str) -> None:
    module = _module("lagerkoll", clients)

    async def run(mock: MockServer) -> None:
        client = module.AsyncClient(store="st", api_key=SECRET, base_url=mock.url)
        async with client:
            await check(client, await_=True)
        assert client._http.is_closed

    async def check(client: Any, *, await_: bool) -> None:
        async def done(value: Any) -> Any:
            return (await value) if await_ else value

        quick = client.with_options(timeout=0.3, headers={"X-Request-Note": "copy"}, max_retries=0)
        assert quick._http is client._http and type(quick) is type(client)
        await done(quick.projects.get(project_id=1))
        assert mock.requests[-1].headers.get("x-request-note") == "copy"
        await done(client.projects.get(project_id=1))
        assert "x-request-note" not in mock.requests[-1].headers  # the original is unchanged
        mock.enqueue(Fault(delay=1.0))
        with pytest.raises(module.ApiTimeoutError):
            await done(quick.projects.get(project_id=1))  # the copy's timeout, not 30 s

    with MockServer(load_spec("lagerkoll")) as mock:
        if kind == "async":
            asyncio.run(run(mock))
        else:
            with module.Client(store="st", api_key=SECRET, base_url=mock.url) as client:
                asyncio.run(check(client, await_=False))


def test_async_client_close_is_an_alias_of_aclose(clients: dict[str, Path]) -> None:
    module = _module("lagerkoll", clients)

    async def run() -> tuple[bool, bool]:
        client = module.AsyncClient(base_url="http://127.0.0.1:9")
        before = client._http.is_closed
        await client.close()
        return before, client._http.is_closed

    assert asyncio.run(run()) == (False, True)


@pytest.mark.parametrize("vendor", VENDORS)
def test_readme_credentials_are_whole_sentences_for_their_own_grant(
    clients: dict[str, Path], vendor: str
) -> None:
    """The integrator's report: PlanningPME's README cut ``bearer_token`` after a heading-like
    first sentence and gave ``assertion``/``client_id`` to the password grant."""
    readme = (clients[vendor] / "README.md").read_text()
    lines = [ln for ln in readme.splitlines() if re.match(r"- `\w+`: ", ln)]
    assert lines, vendor
    for line in lines:
        text = line.split(": ", 1)[1]
        assert len(text.split(". ", 1)[-1].split()) >= 5, line  # more than a heading
        if line.startswith(("- `assertion`", "- `client_id`")):
            assert "JWT bearer grant" in text and "password grant" not in text, line
        if line.startswith(("- `username`", "- `password`")):
            assert "password grant" in text and "JWT" not in text, line
    if vendor == "planningpme":
        bearer = next(ln for ln in lines if ln.startswith("- `bearer_token`"))
        assert "Most API requests must also present an authorization token" in bearer
