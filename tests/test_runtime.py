"""The client runtime as source (``generator/clients/runtime.py``), the module every generated
client copies as ``_runtime.py``: auth flows, retries, redirects, limits, errors, decoding, paging.

Transport behaviour runs through ``httpx.MockTransport`` (and a token server on 127.0.0.1), in a
``Client`` and an ``AsyncClient`` alike: both drive the same flows, so every such test runs twice.
The retry and redirect plan is also driven without any I/O, outcome by outcome.
"""

from __future__ import annotations

import ast
import asyncio
import email.utils
import json
import logging
import sys
import threading
import time
from collections.abc import AsyncIterator, Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest
from pydantic import BaseModel, TypeAdapter

from generator.clients import runtime as rt
from generator.clients.package import RUNTIME, runtime_source

ROOT = Path(__file__).resolve().parents[1]
KEY = "rt-key-5f1c9a"
TOKEN_SECRET = "rt-password-77e2"
BASE = "http://api.test/v1/"
KINDS = ["sync", "async"]

SCHEMES = {
    "store": rt.Scheme("api_key", "header", "store", "store"),
    "apiKey": rt.Scheme("api_key", "header", "api_key", "api_key"),
    "queryKey": rt.Scheme("api_key", "query", "userid", "userid"),
    "session": rt.Scheme("api_key", "cookie", "session", "session"),
    "lang": rt.Scheme("api_key", "cookie", "lang", "lang"),
    "bearer": rt.Scheme("bearer", "header", "Authorization", "bearer"),
    "appKey": rt.Scheme("api_key", "header", "X-APPKEY", "app_key"),
    "grant": rt.Scheme("oauth2", "header", "Authorization", ""),
}
GRANT = rt.TokenGrant("token", (("appKey",),), "urn:ietf:params:oauth:grant-type:jwt-bearer")
GET = rt.Operation("GET", "/things/{id}", ())
Handler = Callable[[httpx.Request], httpx.Response]


def drive(
    kind: str,
    handler: Handler,
    security: rt.Security,
    calls: list[rt.Call],
    *,
    settings: rt.Settings | None = None,
    errors: rt.ErrorFormat | None = None,
    headers: dict[str, str] | None = None,
) -> list[httpx.Response | Exception]:
    """Send ``calls`` one after the other through one runtime; each response or raised error."""
    settings = settings or rt.Settings(backoff=0.0)
    errors = errors or rt.ErrorFormat()
    transport = httpx.MockTransport(handler)
    outcomes: list[httpx.Response | Exception] = []
    if kind == "sync":
        with httpx.Client(base_url=BASE, transport=transport, headers=headers) as http:
            runtime = rt.Runtime(http, security, settings, errors)
            for call in calls:
                try:
                    outcomes.append(runtime.send(call))
                except rt.ApiError as exc:
                    outcomes.append(exc)
        return outcomes

    async def run() -> None:
        async with httpx.AsyncClient(base_url=BASE, transport=transport, headers=headers) as http:
            runtime = rt.AsyncRuntime(http, security, settings, errors)
            for call in calls:
                try:
                    outcomes.append(await runtime.send(call))
                except rt.ApiError as exc:
                    outcomes.append(exc)

    asyncio.run(run())
    return outcomes


def one(kind: str, handler: Handler, security: rt.Security, call: rt.Call, **kw: Any) -> Any:
    return drive(kind, handler, security, [call], **kw)[0]


def get(thing: int = 1, **kw: Any) -> rt.Call:
    return rt.prepare(GET, path={"id": thing}, **kw)


def op(*alternatives: tuple[str, ...], method: str = "GET") -> rt.Operation:
    return rt.Operation(method, "/things/{id}", alternatives)


class Chunks(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A streamed body of ``count`` chunks that counts how many were pulled."""

    def __init__(self, count: int, size: int = 1000) -> None:
        self.count = count
        self.size = size
        self.pulled = 0

    def __iter__(self) -> Iterator[bytes]:
        for _ in range(self.count):
            self.pulled += 1
            yield b"x" * self.size

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self:
            yield chunk


# The module itself.


def test_the_runtime_imports_only_the_stdlib_httpx_and_pydantic() -> None:
    tree = ast.parse(RUNTIME.read_text(encoding="utf-8"))
    imported: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            imported.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            assert node.level == 0, "a relative import would tie the runtime to a package"
            imported.add((node.module or "").split(".")[0])
    allowed = set(sys.stdlib_module_names) - {"gc"} | {"__future__", "httpx", "pydantic"}
    assert imported and imported <= allowed, imported - allowed
    assert {"httpx", "pydantic"} <= imported


def test_every_generated_client_carries_the_runtime_byte_for_byte() -> None:
    copies = sorted((ROOT / "generated").glob("*/client/*_client/_runtime.py"))
    assert len(copies) == len(list((ROOT / "generated").glob("*/openapi.yaml"))) >= 5
    for copy in copies:
        assert copy.read_bytes() == RUNTIME.read_bytes(), f"{copy} is stale: run make specs"
    assert runtime_source().encode("utf-8") == RUNTIME.read_bytes()


# Static credentials: every scheme of the chosen alternative on the same request.


@pytest.mark.parametrize("kind", KINDS)
def test_several_schemes_required_together_are_all_sent(kind: str) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={})

    security = rt.Security(
        SCHEMES,
        {"store": "st-1", "api_key": KEY, "userid": "u-9", "session": "s-1", "lang": "de"},
    )
    operation = op(("store", "apiKey", "queryKey", "session", "lang"))
    call = rt.prepare(operation, path={"id": 3}, query={"page": 2})
    assert isinstance(one(kind, handler, security, call), httpx.Response)
    request = seen[0]
    assert request.headers["store"] == "st-1" and request.headers["api_key"] == KEY
    assert dict(request.url.params) == {"page": "2", "userid": "u-9"}
    assert request.headers["Cookie"] == "session=s-1; lang=de"
    assert request.url.path == "/v1/things/3"


@pytest.mark.parametrize("kind", KINDS)
def test_the_first_alternative_with_every_credential_is_chosen(kind: str) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200)

    operation = op(("store", "apiKey"), ("bearer",))
    security = rt.Security(SCHEMES, {"store": "st", "bearer": KEY})  # no api_key: the second
    one(kind, handler, security, rt.prepare(operation, path={"id": 1}))
    assert seen[0].headers["Authorization"] == f"Bearer {KEY}"
    assert "store" not in seen[0].headers  # not half of the first alternative
    missing = one(
        kind, handler, rt.Security(SCHEMES, {"store": "st"}), rt.prepare(operation, path={"id": 1})
    )
    assert isinstance(missing, rt.MissingCredentialsError)
    # named as the client takes them: its arguments, not the spec's scheme names
    assert str(missing) == "GET /things/{id} needs credentials: store= + api_key= or bearer="
    assert len(seen) == 1  # nothing was sent without credentials


@pytest.mark.parametrize("kind", KINDS)
def test_a_logon_token_becomes_the_credential_it_stands_for(kind: str) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200)

    security = rt.Security(SCHEMES, {"userid": None, "api_key": None})
    operation = op(("queryKey", "apiKey"))
    before = one(kind, handler, security, rt.prepare(operation, path={"id": 1}))
    assert isinstance(before, rt.MissingCredentialsError) and not seen
    security.keep_logon_token(("userid", "api_key"), "logon-token-31")
    one(kind, handler, security, rt.prepare(operation, path={"id": 1}))
    assert seen[0].url.params["userid"] == "logon-token-31"
    assert seen[0].headers["api_key"] == "logon-token-31"
    assert "logon-token-31" not in repr(security)


# The token grant.


class TokenServer:
    """A token endpoint and an API on MockTransport: tokens numbered, revoked on demand."""

    def __init__(self, *, lifetime: float = 3600, reject: int = 0) -> None:
        self.lifetime = lifetime
        self.reject = reject  # the next N API calls answer 401
        self.tokens: list[dict[str, str]] = []
        self.api: list[httpx.Request] = []
        self.auths: list[str] = []  # as sent: a retried request is the same object, re-signed

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v1/token":
            form = dict(httpx.QueryParams(request.content.decode()))
            form["X-APPKEY"] = request.headers.get("X-APPKEY", "")
            form["User-Agent"] = request.headers.get("User-Agent", "")
            form["X-Trace"] = request.headers.get("X-Trace", "")
            self.tokens.append(form)
            body = {"access_token": f"tok{len(self.tokens)}", "expires_in": self.lifetime}
            return httpx.Response(200, json=body)
        self.api.append(request)
        self.auths.append(request.headers["Authorization"])
        if self.reject:
            self.reject -= 1
            return httpx.Response(401, json={"message": "token revoked"})
        return httpx.Response(200, json={"auth": request.headers["Authorization"]})


def grant_security(**fields: str | None) -> rt.Security:
    fields = {"username": "u", "password": TOKEN_SECRET, **fields}
    return rt.Security(SCHEMES, {"app_key": "app-1"}, grant=GRANT, grant_fields=fields)


PROTECTED = op(("appKey", "grant"))


@pytest.mark.parametrize("kind", KINDS)
def test_the_token_is_fetched_once_and_cached(kind: str) -> None:
    server = TokenServer()
    calls = [rt.prepare(PROTECTED, path={"id": n}) for n in range(3)]
    outcomes = drive(kind, server, grant_security(), calls, headers={"X-Trace": "t-1"})
    assert [o.json()["auth"] for o in outcomes if isinstance(o, httpx.Response)] == [
        "Bearer tok1"
    ] * 3
    (form,) = server.tokens
    assert form["grant_type"] == "password" and form["username"] == "u"
    assert form["password"] == TOKEN_SECRET
    # The token request is built by the client: its headers, and the token endpoint's own key.
    assert form["X-APPKEY"] == "app-1" and form["X-Trace"] == "t-1"
    assert form["User-Agent"].startswith("python-httpx/")
    assert all(r.headers["X-APPKEY"] == "app-1" for r in server.api)


@pytest.mark.parametrize("kind", KINDS)
def test_an_expired_token_is_fetched_again(kind: str) -> None:
    server = TokenServer(lifetime=0)
    calls = [rt.prepare(PROTECTED, path={"id": n}) for n in range(2)]
    outcomes = drive(kind, server, grant_security(), calls)
    assert [o.json()["auth"] for o in outcomes if isinstance(o, httpx.Response)] == [
        "Bearer tok1",
        "Bearer tok2",
    ]


@pytest.mark.parametrize("kind", KINDS)
def test_a_401_fetches_a_fresh_token_once(kind: str) -> None:
    server = TokenServer(reject=1)
    (renewed,) = drive(kind, server, grant_security(), [rt.prepare(PROTECTED, path={"id": 1})])
    assert isinstance(renewed, httpx.Response) and renewed.json()["auth"] == "Bearer tok2"
    assert server.auths == ["Bearer tok1", "Bearer tok2"]
    server = TokenServer(reject=5)
    (refused,) = drive(kind, server, grant_security(), [rt.prepare(PROTECTED, path={"id": 1})])
    assert isinstance(refused, rt.AuthenticationError)
    assert len(server.tokens) == 2 and len(server.api) == 2  # one renewal, not a loop
    assert TOKEN_SECRET not in str(refused)


@pytest.mark.parametrize("kind", KINDS)
def test_the_jwt_bearer_grant(kind: str) -> None:
    server = TokenServer()
    security = grant_security(username=None, password=None, assertion="jwt-1", client_id="c-1")
    drive(kind, server, security, [rt.prepare(PROTECTED, path={"id": 1})])
    (form,) = server.tokens
    assert form["grant_type"] == GRANT.jwt_grant_type
    assert (form["assertion"], form["client_id"]) == ("jwt-1", "c-1")


@pytest.mark.parametrize("kind", KINDS)
def test_token_endpoint_failures_are_typed_errors(kind: str) -> None:
    def refusing(request: httpx.Request) -> httpx.Response:
        return httpx.Response(400, json={"error": "invalid_grant"})

    errors = rt.ErrorFormat(message_field="error")
    refused = one(
        kind, refusing, grant_security(), rt.prepare(PROTECTED, path={"id": 1}), errors=errors
    )
    assert isinstance(refused, rt.BadRequestError)
    assert str(refused) == "POST token: HTTP 400 Bad Request: invalid_grant"

    def tokenless(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"token_type": "bearer"})

    empty = one(kind, tokenless, grant_security(), rt.prepare(PROTECTED, path={"id": 1}))
    assert isinstance(empty, rt.DecodeError) and "no access_token" in str(empty)
    without_app_key = rt.Security(SCHEMES, {}, grant=GRANT, grant_fields={"assertion": "a"})
    missing = one(kind, TokenServer(), without_app_key, rt.prepare(op(("grant",)), path={"id": 1}))
    assert isinstance(missing, rt.MissingCredentialsError) and "app_key=" in str(missing)


def test_concurrent_calls_share_a_cached_token() -> None:
    server = TokenServer()

    async def run() -> list[str]:
        async with httpx.AsyncClient(base_url=BASE, transport=httpx.MockTransport(server)) as http:
            runtime = rt.AsyncRuntime(http, grant_security(), rt.Settings(), rt.ErrorFormat())
            await runtime.send(rt.prepare(PROTECTED, path={"id": 0}))
            calls = [runtime.send(rt.prepare(PROTECTED, path={"id": n})) for n in range(5)]
            return [r.json()["auth"] for r in await asyncio.gather(*calls)]

    assert asyncio.run(run()) == ["Bearer tok1"] * 5
    assert len(server.tokens) == 1


class _TokenHTTP(BaseHTTPRequestHandler):
    """The token grant over real HTTP: POST /v1/token and GET /v1/things/N."""

    server: Any
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def _answer(self, status: int, body: dict[str, Any]) -> None:
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length", "0"))
        form = dict(httpx.QueryParams(self.rfile.read(length).decode()))
        with self.server.lock:
            self.server.issued += 1
            token = f"real-{self.server.issued}"
        ok = form.get("password") == TOKEN_SECRET and self.headers.get("X-APPKEY") == "app-1"
        self._answer(200 if ok else 401, {"access_token": token, "expires_in": 60})

    def do_GET(self) -> None:
        auth = self.headers.get("Authorization", "")
        if auth == "Bearer real-1" and self.server.revoke_first:
            self.server.revoke_first = False
            self._answer(401, {"message": "expired"})
        else:
            self._answer(200, {"auth": auth, "path": self.path})


@pytest.fixture
def token_http() -> Iterator[Any]:
    server: Any = ThreadingHTTPServer(("127.0.0.1", 0), _TokenHTTP)
    server.lock, server.issued, server.revoke_first = threading.Lock(), 0, True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()


@pytest.mark.parametrize("kind", KINDS)
def test_token_grant_over_real_http(kind: str, token_http: Any) -> None:
    base = f"http://127.0.0.1:{token_http.server_address[1]}/v1/"
    calls = [rt.prepare(PROTECTED, path={"id": n}) for n in range(3)]
    settings, errors = rt.Settings(), rt.ErrorFormat()
    if kind == "sync":
        with httpx.Client(base_url=base) as http:
            runtime = rt.Runtime(http, grant_security(), settings, errors)
            bodies = [runtime.send(call).json() for call in calls]
    else:

        async def run() -> list[Any]:
            async with httpx.AsyncClient(base_url=base) as http:
                runtime = rt.AsyncRuntime(http, grant_security(), settings, errors)
                return [(await runtime.send(call)).json() for call in calls]

        bodies = asyncio.run(run())
    # The first token was refused once: a second one, kept for the other calls.
    assert [b["auth"] for b in bodies] == ["Bearer real-2"] * 3
    assert [b["path"] for b in bodies] == ["/v1/things/0", "/v1/things/1", "/v1/things/2"]
    assert token_http.issued == 2


# Bodies: counted as they stream in, whichever auth sent the request.


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("grant", [False, True], ids=["keys", "token-grant"])
def test_a_streamed_body_stops_at_the_limit(kind: str, grant: bool) -> None:
    """The token grant's flow reads no answer to the caller's request whole (as httpx's
    ``requires_response_body`` would): the limit still stops the stream early."""
    stream = Chunks(100)
    server = TokenServer()

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v1/token":
            return server(request)
        return httpx.Response(200, stream=stream)

    security = grant_security() if grant else rt.Security(SCHEMES, {"api_key": KEY})
    operation = PROTECTED if grant else op(("apiKey",))
    settings = rt.Settings(max_response_bytes=5000)
    too_large = one(
        kind, handler, security, rt.prepare(operation, path={"id": 1}), settings=settings
    )
    assert isinstance(too_large, rt.ResponseTooLargeError)
    assert str(too_large) == "GET /things/{id}: the response body exceeds the limit of 5000 bytes"
    assert stream.pulled <= 6


@pytest.mark.parametrize("kind", KINDS)
def test_oversized_answers_inside_the_token_flow_are_refused(kind: str) -> None:
    revoked = Chunks(100)

    def token_too_big(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"Content-Length": "999999"}, content=b"{}")

    settings = rt.Settings(max_response_bytes=5000)
    call = rt.prepare(PROTECTED, path={"id": 1})
    declared = one(kind, token_too_big, grant_security(), call, settings=settings)
    assert isinstance(declared, rt.ResponseTooLargeError)
    assert (
        str(declared)
        == "POST /v1/token: the response declares 999999 bytes, above the limit of 5000"
    )
    server = TokenServer()

    def huge_401(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v1/token":
            return server(request)
        return httpx.Response(401, stream=revoked)

    passed_over = one(kind, huge_401, grant_security(), call, settings=settings)
    assert isinstance(passed_over, rt.ResponseTooLargeError) and revoked.pulled <= 6


@pytest.mark.parametrize("kind", KINDS)
def test_a_declared_size_above_the_limit_is_refused_unread(kind: str) -> None:
    stream = Chunks(10)

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"Content-Length": "10000"}, stream=stream)

    settings = rt.Settings(max_response_bytes=9999)
    refused = one(kind, handler, rt.Security({}, {}), get(), settings=settings)
    assert isinstance(refused, rt.ResponseTooLargeError) and stream.pulled == 0
    settings = rt.Settings(max_response_bytes=10000)  # inclusive
    kept = one(kind, handler, rt.Security({}, {}), get(), settings=settings)
    assert isinstance(kept, httpx.Response) and len(kept.content) == 10000


# Retries and redirects: the plan, driven outcome by outcome without I/O.


class Plan:
    """``_Core.plan`` of one call, fed outcomes by hand."""

    def __init__(self, call: rt.Call, settings: rt.Settings | None = None) -> None:
        self.http = httpx.Client(base_url=BASE)
        core = rt.Runtime(
            self.http, rt.Security({}, {}), settings or rt.Settings(), rt.ErrorFormat()
        )
        self.plan = core.plan(call)
        self.step: rt.Step = next(self.plan)

    def close(self) -> None:
        self.http.close()

    @property
    def request(self) -> httpx.Request:
        assert isinstance(self.step, httpx.Request), self.step
        return self.step

    def answer(self, status: int, **headers: str) -> rt.Step:
        response = httpx.Response(status, headers=headers, request=self.request)
        return self._send(response)

    def fail(self, exc: type[httpx.TransportError]) -> rt.Step:
        return self._send(exc("boom", request=self.request))

    def waited(self) -> float:
        assert isinstance(self.step, float), self.step
        wait = self.step
        self.step = self.plan.send(None)
        return wait

    def _send(self, outcome: rt.Outcome) -> rt.Step:
        self.step = self.plan.send(outcome)
        return self.step


@pytest.fixture
def plans() -> Iterator[Callable[..., Plan]]:
    made: list[Plan] = []

    def make(call: rt.Call, settings: rt.Settings | None = None) -> Plan:
        made.append(Plan(call, settings))
        return made[-1]

    yield make
    for plan in made:
        plan.close()


def test_503_is_retried_with_backoff_up_to_max_retries(plans: Callable[..., Plan]) -> None:
    plan = plans(get(), rt.Settings(max_retries=2, backoff=0.5))
    plan.answer(503)
    assert 0.5 <= plan.waited() <= 0.75
    plan.answer(502)
    assert 1.0 <= plan.waited() <= 1.5
    with pytest.raises(rt.ServerError) as failed:
        plan.answer(504)
    assert failed.value.status_code == 504


@pytest.mark.parametrize("method", ["GET", "HEAD", "OPTIONS", "PUT", "DELETE"])
def test_idempotent_methods_are_retried(plans: Callable[..., Plan], method: str) -> None:
    plan = plans(rt.prepare(rt.Operation(method, "/x", ())))
    plan.answer(503)
    assert isinstance(plan.waited(), float)
    plan.fail(httpx.ConnectError)
    plan.waited()
    with pytest.raises(StopIteration) as done:
        plan.answer(200)
    assert done.value.value.status_code == 200


@pytest.mark.parametrize("method", ["POST", "PATCH"])
@pytest.mark.parametrize("status", [502, 503, 504])
def test_post_and_patch_are_not_retried_after_what_may_have_been_processed(
    plans: Callable[..., Plan], method: str, status: int
) -> None:
    plan = plans(rt.prepare(rt.Operation(method, "/x", ()), json_body={"a": 1}))
    with pytest.raises(rt.HTTPStatusError):
        plan.answer(status, **{"Retry-After": "0"})
    plan = plans(rt.prepare(rt.Operation(method, "/x", ())))
    with pytest.raises(rt.ApiConnectionError):
        plan.fail(httpx.ConnectError)


@pytest.mark.parametrize("method", ["GET", "PUT", "DELETE", "POST", "PATCH"])
def test_429_is_retried_for_every_method(plans: Callable[..., Plan], method: str) -> None:
    """A 429 says the request was refused, not processed: sending it again is safe."""
    plan = plans(rt.prepare(rt.Operation(method, "/x", ()), json_body={"a": 1}))
    plan.answer(429, **{"Retry-After": "2"})
    assert plan.waited() == 2.0
    assert (plan.request.method, plan.request.content) == (method, b'{"a":1}')
    plan.answer(429)  # no Retry-After: the backoff
    plan.waited()
    with pytest.raises(rt.RateLimitError) as failed:
        plan.answer(429, **{"Retry-After": "1.5"})  # max_retries (2) spent
    assert failed.value.retry_after == 1.5


@pytest.mark.parametrize(
    ("header", "expected"),
    [("30", 30.0), (" 0.25 ", 0.25), ("soon", None), ("-3", None), (None, None)],
)
def test_rate_limit_error_carries_retry_after(header: str | None, expected: float | None) -> None:
    headers = {"Retry-After": header} if header is not None else {}
    response = httpx.Response(429, headers=headers, request=httpx.Request("POST", BASE))
    error = rt.ErrorFormat().error(rt.Operation("POST", "/x", ()), response)
    assert isinstance(error, rt.RateLimitError)
    assert error.retry_after == expected


def test_rate_limit_error_reads_an_http_date_as_seconds_from_now() -> None:
    later = email.utils.formatdate(time.time() + 90, usegmt=True)
    response = httpx.Response(
        429, headers={"Retry-After": later}, request=httpx.Request("GET", BASE)
    )
    error = rt.ErrorFormat().error(GET, response)
    assert isinstance(error, rt.RateLimitError) and error.retry_after is not None
    assert 85.0 < error.retry_after <= 90.0


def test_500_and_timeouts_are_not_retried(plans: Callable[..., Plan]) -> None:
    with pytest.raises(rt.ServerError):
        plans(get()).answer(500)
    with pytest.raises(rt.ApiTimeoutError, match=r"GET /things/\{id\}: the request timed out"):
        plans(get()).fail(httpx.ReadTimeout)


def test_429_waits_retry_after_in_seconds_or_as_a_date(
    plans: Callable[..., Plan], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger=rt.logger.name)
    plan = plans(get())
    plan.answer(429, **{"Retry-After": "7"})
    assert plan.waited() == 7.0
    assert "retrying GET /things/{id} after HTTP 429 in 7.000s (retry 1)" in caplog.text
    later = email.utils.formatdate(time.time() + 5, usegmt=True)
    plan.answer(429, **{"Retry-After": later})
    assert 3.0 < plan.waited() <= 5.0
    plan = plans(get(), rt.Settings(max_retry_wait=60))
    with pytest.raises(rt.RateLimitError):
        plan.answer(429, **{"Retry-After": "3600"})  # above the cap: raised, not slept


def test_redirects_follow_httpx_rules_within_the_origin(plans: Callable[..., Plan]) -> None:
    post = rt.Operation("POST", "/things", ())
    plan = plans(rt.prepare(post, json_body={"a": 1}))
    assert plan.request.content == b'{"a":1}'
    plan.answer(307, Location="/v1/elsewhere")  # 307 keeps the method and the body
    assert (plan.request.method, plan.request.url.path) == ("POST", "/v1/elsewhere")
    assert plan.request.content == b'{"a":1}'
    plan.answer(303, Location="/v1/result")  # 303 becomes a GET without body
    assert (plan.request.method, plan.request.content) == ("GET", b"")
    with pytest.raises(rt.RedirectError, match="another origin"):
        plan.answer(302, Location="https://evil.test/steal")
    plan = plans(get(), rt.Settings(max_redirects=1))
    plan.answer(302, Location="/v1/a")
    with pytest.raises(rt.RedirectError, match="more than 1 redirects"):
        plan.answer(302, Location="/v1/b")


@pytest.mark.parametrize("kind", KINDS)
def test_both_drivers_retry_and_wait_alike(kind: str) -> None:
    statuses = [429, 503, 200]
    seen: list[float] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(time.monotonic())
        return httpx.Response(statuses[len(seen) - 1], headers={"Retry-After": "1"}, json={})

    settings = rt.Settings(backoff=0.0)
    response = one(kind, handler, rt.Security({}, {}), get(), settings=settings)
    assert isinstance(response, httpx.Response) and response.status_code == 200
    assert len(seen) == 3 and seen[1] - seen[0] >= 0.95  # Retry-After: 1 was waited
    statuses[:] = [503, 503, 503, 503]
    seen.clear()
    failed = one(kind, handler, rt.Security({}, {}), get(), settings=settings)
    assert isinstance(failed, rt.ServerError) and len(seen) == 3


@pytest.mark.parametrize("kind", KINDS)
def test_connection_failures_are_retried_then_typed(kind: str) -> None:
    attempts: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        attempts.append(1)
        raise httpx.ConnectError("refused", request=request)

    failed = one(kind, handler, rt.Security({}, {}), get(), settings=rt.Settings(backoff=0.0))
    assert isinstance(failed, rt.ApiConnectionError) and not isinstance(failed, rt.ApiTimeoutError)
    assert str(failed) == "GET /things/{id}: the request failed (ConnectError)"
    assert failed.__cause__ is None and failed.__suppress_context__
    assert len(attempts) == 3


# Errors, secrets, decoding.


class Problem(BaseModel):
    errorCode: int
    errorMessage: str


def test_error_format_reads_code_message_and_typed_payload() -> None:
    errors = rt.ErrorFormat("errorCode", "errorMessage", {906001: "Error when getting project"})
    failing = rt.Operation("GET", "/p/{id}", (), {"4XX": TypeAdapter(Problem)})
    request = httpx.Request("GET", "http://api.test/p/1")
    body = {"errorCode": 906001, "errorMessage": f"no project for {KEY}"}
    rt.Secret(KEY)  # a credential the client holds is scrubbed from the vendor's message
    error = errors.error(failing, httpx.Response(404, json=body, request=request))
    assert type(error) is rt.NotFoundError and isinstance(error.payload, Problem)
    assert (error.code, error.code_meaning) == (906001, "Error when getting project")
    assert error.detail == "no project for ***" and KEY not in str(error)
    assert str(error) == "GET /p/{id}: HTTP 404 Not Found [906001]: no project for ***"
    html = errors.error(failing, httpx.Response(500, text="<html>", request=request))
    assert type(html) is rt.ServerError and html.payload is None and html.detail is None
    assert rt.error_class(418) is rt.ClientError and rt.error_class(429) is rt.RateLimitError


@pytest.mark.parametrize("kind", KINDS)
def test_query_credentials_never_reach_a_log_record(
    kind: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    security = rt.Security(SCHEMES, {"userid": KEY})
    one(
        kind, lambda r: httpx.Response(200), security, rt.prepare(op(("queryKey",)), path={"id": 1})
    )
    assert "HTTP Request: GET http://api.test/v1/things/1?userid=***" in caplog.text
    assert KEY not in caplog.text
    assert KEY not in repr(security) and "***" in repr(rt.Secret(KEY))


class Item(BaseModel):
    id: int


def _response(content: bytes, status: int = 200) -> httpx.Response:
    return httpx.Response(status, content=content, request=httpx.Request("GET", "http://a/items"))


def test_decode_validates_the_bytes_and_types_failures() -> None:
    items = TypeAdapter(list[Item])
    assert rt.decode(_response(b'[{"id": 1}, {"id": "2"}]'), items).parsed == [
        Item(id=1),
        Item(id=2),
    ]
    with pytest.raises(rt.DecodeError, match="not valid JSON") as broken:
        rt.decode(_response(b'[{"id": 1'), items)
    assert broken.value.snippet == '[{"id": 1'
    with pytest.raises(rt.DecodeError, match=r"does not match the documented schema \(1 errors\)"):
        rt.decode(_response(b'[{"id": "x"}]'), items)
    envelope = TypeAdapter(dict[str, Any])
    wrapped = rt.decode(_response(b'{"code": 0, "data": [{"id": 3}]}'), items, envelope=envelope)
    assert wrapped.parsed == [Item(id=3)] and wrapped.envelope["code"] == 0
    assert rt.decode_optional(_response(b"", 204), items).parsed is None
    assert rt.decode_optional(_response(b'[{"id": 4}]'), items).parsed == [Item(id=4)]


# Paging: one sans-IO walk, a sync and an async driver.


def _walk(
    paging: rt.Paging[Any, int], pages: dict[int, Any], size: int | None = None
) -> tuple[list[int], list[int], list[int]]:
    """Items of both drivers over ``pages`` (by cursor), and the cursors each fetched."""
    sync_cursors: list[int] = []
    async_cursors: list[int] = []

    def fetch(cursor: int) -> Any:
        sync_cursors.append(cursor)
        return pages[cursor]

    async def afetch(cursor: int) -> Any:
        async_cursors.append(cursor)
        return pages[cursor]

    items = list(rt.iterate(fetch, paging, size=size))

    async def collect() -> list[int]:
        return [item async for item in rt.aiterate(afetch, paging, size=size)]

    assert asyncio.run(collect()) == items
    assert async_cursors == sync_cursors
    return items, sync_cursors, async_cursors


OFFSET: rt.Paging[list[int], int] = rt.Paging("offset", 0, lambda page: page, lambda page: None)
PAGES: rt.Paging[dict[str, Any], int] = rt.Paging(
    "pages", 1, lambda page: page["items"], lambda page: page["pages"]
)
TOTAL: rt.Paging[dict[str, Any], int] = rt.Paging(
    "total", 0, lambda page: page["items"], lambda page: page["total"]
)


def test_offset_paging_moves_by_the_items_received() -> None:
    pages = {0: [1, 2], 2: [3, 4], 4: [5]}
    assert _walk(OFFSET, pages, size=2)[:2] == ([1, 2, 3, 4, 5], [0, 2, 4])  # short page: last
    assert _walk(OFFSET, {0: [1, 2], 2: []}, size=None)[:2] == ([1, 2], [0, 2])  # empty: last


def test_pages_paging_stops_after_the_last_page() -> None:
    pages = {n: {"items": [n * 10], "pages": 3} for n in (1, 2, 3)}
    assert _walk(PAGES, pages)[:2] == ([10, 20, 30], [1, 2, 3])
    assert _walk(PAGES, {1: {"items": [], "pages": 3}})[:2] == ([], [1])
    assert _walk(PAGES, {1: {"items": [1], "pages": None}})[:2] == ([1], [1])


def test_total_paging_stops_once_every_item_came() -> None:
    pages = {
        0: {"items": [1, 2], "total": 5},
        1: {"items": [3, 4], "total": 5},
        2: {"items": [5], "total": 5},
    }
    assert _walk(TOTAL, pages)[:2] == ([1, 2, 3, 4, 5], [0, 1, 2])


def test_paging_fetches_lazily() -> None:
    fetched: list[int] = []

    def fetch(cursor: int) -> list[int]:
        fetched.append(cursor)
        return [cursor, cursor + 1]

    items = rt.iterate(fetch, OFFSET, size=2)
    assert fetched == []
    assert next(items) == 0 and next(items) == 1 and fetched == [0]


# Per-call options: a runtime with other settings, sharing the pool, credentials and token.


@pytest.mark.parametrize("kind", KINDS)
def test_with_options_changes_timeout_headers_and_retries_of_the_copy_only(kind: str) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(503 if len(seen) <= 2 else 200, json={})

    security = rt.Security(SCHEMES, {"api_key": KEY})
    call = rt.prepare(op(("apiKey",)), path={"id": 1}, headers={"X-Trace": "op"})
    transport = httpx.MockTransport(handler)
    settings = rt.Settings(backoff=0.0, max_retries=0)

    async def run_async() -> tuple[Any, Any]:
        async with httpx.AsyncClient(base_url=BASE, transport=transport, timeout=30.0) as http:
            base = rt.AsyncRuntime(http, security, settings, rt.ErrorFormat())
            copy = base.with_options(timeout=4.0, max_retries=1, headers={"X-Trace": "x", "A": "b"})
            assert copy.http is base.http and copy.security is base.security
            failed: Any = None
            try:
                await base.send(call)
            except rt.ServerError as exc:
                failed = exc
            return failed, await copy.send(call)

    if kind == "sync":
        with httpx.Client(base_url=BASE, transport=transport, timeout=30.0) as http:
            base = rt.Runtime(http, security, settings, rt.ErrorFormat())
            copy = base.with_options(timeout=4.0, max_retries=1, headers={"X-Trace": "x", "A": "b"})
            assert copy.http is base.http and copy.security is base.security
            with pytest.raises(rt.ServerError) as failed_sync:
                base.send(call)  # the original keeps max_retries=0: one attempt
            failed, response = failed_sync.value, copy.send(call)
    else:
        failed, response = asyncio.run(run_async())
    assert isinstance(failed, rt.ServerError)
    assert response.status_code == 200  # the copy retried the 503 once
    assert len(seen) == 3
    original, *copied = seen
    assert original.extensions["timeout"]["read"] == 30.0 and "A" not in original.headers
    for request in copied:
        assert request.extensions["timeout"] == httpx.Timeout(4.0).as_dict()
        assert request.headers["A"] == "b"
        assert request.headers["X-Trace"] == "op"  # the operation's own header wins
        assert request.headers["api_key"] == KEY  # the credentials are shared


def test_with_options_merges_and_keeps_what_is_not_given() -> None:
    settings = rt.Settings(max_retries=3, timeout=8.0, headers={"A": "1"})
    changed = settings.replace(headers={"b": "2"})
    assert (changed.max_retries, changed.timeout) == (3, 8.0)
    assert dict(changed.headers) == {"a": "1", "b": "2"}
    assert settings.replace(timeout=None).timeout is None  # None: no timeout at all
    with pytest.raises(ValueError, match="max_retries must not be negative"):
        settings.replace(max_retries=-1)
