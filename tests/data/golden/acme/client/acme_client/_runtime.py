"""The request machinery shared by ``Client`` and ``AsyncClient``: auth, retries, errors, decoding.

Retry rule: POST and PATCH are never retried, whatever the outcome (not even a 429: the request
may have been acted on). For the other methods (GET, HEAD, OPTIONS, PUT, DELETE) a 429 is retried
waiting ``Retry-After`` (seconds or an HTTP date) or else the backoff, raising at once when that
wait is above ``max_retry_wait``; a 502/503/504 or a connection error is retried with exponential
backoff and jitter. Timeouts are not retried.
"""

from __future__ import annotations

import asyncio
import contextlib
import email.utils
import gc
import json
import logging
import random
import re
import threading
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar
from urllib.parse import quote

import httpx
from pydantic import TypeAdapter, ValidationError

from .errors import (
    CODE_FIELD,
    MESSAGE_FIELD,
    ApiConnectionError,
    ApiTimeoutError,
    DecodeError,
    HTTPStatusError,
    MissingCredentialsError,
    RedirectError,
    ResponseTooLargeError,
    error_class,
)

T = TypeVar("T")
logger = logging.getLogger(__package__ or __name__)

IDEMPOTENT = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
NEVER_RETRIED = frozenset({"POST", "PATCH"})
RETRY_STATUSES = frozenset({502, 503, 504})
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
_PATH_PARAM = re.compile(r"{([^{}]+)}")
_SNIPPET = 80
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
DEFAULT_MAX_RESPONSE_BYTES = 50 * 1024 * 1024
DEFAULT_MAX_REDIRECTS = 5


class Secret:
    """A credential: its value never shows in a repr or a string."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value
        _REDACTOR.add(value)

    def reveal(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return "Secret('***')"

    __str__ = __repr__


class _Redactor(logging.Filter):
    """Scrubs every known credential from records of the loggers it is attached to.

    httpx logs each request URL at INFO, and a query-string credential would be part of it.
    """

    def __init__(self) -> None:
        super().__init__()
        self._values: set[str] = set()

    def add(self, value: str) -> None:
        if len(value) >= 4:
            self._values.add(value)

    def scrub(self, text: str) -> str:
        for value in self._values:
            text = text.replace(value, "***").replace(quote(value, safe=""), "***")
        return text

    def filter(self, record: logging.LogRecord) -> bool:
        if self._values:
            record.msg = self.scrub(record.getMessage())
            record.args = ()
        return True


_REDACTOR = _Redactor()
for _name in ("httpx", "httpcore", logger.name):
    logging.getLogger(_name).addFilter(_REDACTOR)


@dataclass(frozen=True)
class Scheme:
    """One security scheme: where its credential goes and which client argument holds it."""

    kind: str  # "api_key", "bearer", "basic" or "oauth2"
    location: str  # "header", "query" or "cookie" (api_key only)
    name: str  # header, query or cookie name on the wire
    credential: str  # the client argument holding the value ("" for oauth2)


@dataclass(frozen=True)
class TokenGrant:
    """The token endpoint of an OAuth2 password flow (and the JWT bearer grant beside it)."""

    url: str
    security: tuple[tuple[str, ...], ...]
    jwt_grant_type: str | None


@dataclass(frozen=True)
class Operation:
    method: str
    path: str
    security: tuple[tuple[str, ...], ...]
    errors: Mapping[str, TypeAdapter[Any]] = field(default_factory=dict)

    @property
    def idempotent(self) -> bool:
        return self.method in IDEMPOTENT


@dataclass(frozen=True)
class Result(Generic[T]):
    """A decoded result with the raw response (and, for enveloped APIs, the whole envelope)."""

    parsed: T
    response: httpx.Response
    envelope: Any = None


@dataclass
class Settings:
    max_retries: int = 2
    max_retry_wait: float = 60.0
    backoff: float = 0.5
    max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES
    max_redirects: int = DEFAULT_MAX_REDIRECTS


class Auth:
    """Credentials by argument name, the cached OAuth2 token, and which scheme each call uses."""

    def __init__(
        self,
        schemes: Mapping[str, Scheme],
        credentials: Mapping[str, str | None],
        *,
        grant: TokenGrant | None = None,
        grant_fields: Mapping[str, str | None] | None = None,
    ) -> None:
        self.schemes = schemes
        self.credentials = {k: Secret(v) for k, v in credentials.items() if v is not None}
        self.grant = grant
        self.grant_fields = {k: Secret(v) for k, v in (grant_fields or {}).items() if v is not None}
        self.token: Secret | None = None
        self.expires_at = 0.0
        self.fetches = 0

    def __repr__(self) -> str:
        return f"Auth(credentials={sorted(self.credentials)})"

    def set_credentials(self, names: tuple[str, ...], value: str) -> None:
        for name in names:
            self.credentials[name] = Secret(value)

    def _has(self, scheme_name: str) -> bool:
        scheme = self.schemes.get(scheme_name)
        if scheme is None:
            return False
        if scheme.kind == "oauth2":
            return self.grant is not None and self.can_fetch_token()
        return scheme.credential in self.credentials

    def can_fetch_token(self) -> bool:
        has = self.grant_fields.__contains__
        return (has("username") and has("password")) or has("assertion")

    def select(self, op: Operation) -> tuple[str, ...]:
        """The first alternative of the operation's security whose credentials are all known."""
        if not op.security:
            return ()
        for alternative in op.security:
            if all(self._has(name) for name in alternative):
                return alternative
        wanted = " or ".join("+".join(alt) or "none" for alt in op.security)
        raise MissingCredentialsError(f"{op.method} {op.path} needs credentials: {wanted}")

    def needs_token(self, alternative: tuple[str, ...]) -> bool:
        return any(self.schemes[name].kind == "oauth2" for name in alternative)

    def token_valid(self) -> bool:
        return self.token is not None and time.monotonic() < self.expires_at

    def token_request(self) -> tuple[str, dict[str, str], dict[str, str], dict[str, str]]:
        """URL, form, headers and query of a token request."""
        assert self.grant is not None
        fields = {k: v.reveal() for k, v in self.grant_fields.items()}
        if "username" in fields and "password" in fields:
            form = {"grant_type": "password", "username": fields["username"]}
            form["password"] = fields["password"]
        else:
            form = {"grant_type": self.grant.jwt_grant_type or "", "assertion": fields["assertion"]}
            if "client_id" in fields:
                form["client_id"] = fields["client_id"]
        headers: dict[str, str] = {"Accept": "application/json"}
        params: dict[str, str] = {}
        alternative = self.select(Operation("POST", self.grant.url, self.grant.security))
        self.apply(alternative, headers, params)
        return self.grant.url, form, headers, params

    def keep_token(self, response: httpx.Response) -> None:
        body = decode_json(response)
        if not isinstance(body, dict) or not isinstance(body.get("access_token"), str):
            raise DecodeError("token response has no access_token", response=response, snippet="")
        expires_in = body.get("expires_in")
        lifetime = float(expires_in) if isinstance(expires_in, int | float) else 3600.0
        # Renew a little before the server's deadline, so a token does not expire in flight.
        self.expires_at = time.monotonic() + lifetime - min(30.0, lifetime / 10)
        self.token = Secret(body["access_token"])
        self.fetches += 1

    def forget_token(self) -> None:
        self.token = None
        self.expires_at = 0.0

    def apply(
        self, alternative: tuple[str, ...], headers: dict[str, str], params: dict[str, Any]
    ) -> None:
        for name in alternative:
            scheme = self.schemes[name]
            if scheme.kind == "oauth2":
                if self.token is not None:
                    headers["Authorization"] = f"Bearer {self.token.reveal()}"
                continue
            value = self.credentials[scheme.credential].reveal()
            if scheme.kind == "bearer":
                headers["Authorization"] = f"Bearer {value}"
            elif scheme.kind == "basic":
                headers["Authorization"] = f"Basic {value}"
            elif scheme.location == "query":
                params[scheme.name] = value
            elif scheme.location == "cookie":
                headers["Cookie"] = f"{scheme.name}={value}"
            else:
                headers[scheme.name] = value


def wire(value: Any) -> Any:
    """A parameter value as it goes on the wire (lists stay lists for repeated parameters)."""
    if isinstance(value, list | tuple):
        return [wire(v) for v in value]
    if isinstance(value, bool):
        return "true" if value else "false"
    enum_value = getattr(value, "value", None)
    return str(enum_value if enum_value is not None else value)


def build_path(template: str, values: Mapping[str, Any]) -> str:
    return _PATH_PARAM.sub(lambda m: quote(wire(values[m.group(1)]), safe=""), template)


def present(values: Mapping[str, Any]) -> dict[str, Any]:
    """Keyword-argument body fields without the ones left out (None is "not given", not null)."""
    return {k: v for k, v in values.items() if v is not None}


def clean(values: Mapping[str, Any]) -> dict[str, Any]:
    return {k: wire(v) for k, v in values.items() if v is not None}


def dump(body: Any) -> Any:
    """A body model (or a dict/list of them) as JSON-ready data with the vendor's field names."""
    if hasattr(body, "model_dump"):
        return body.model_dump(mode="json", by_alias=True, exclude_unset=True)
    if isinstance(body, dict):
        return {k: dump(v) for k, v in body.items()}
    if isinstance(body, list):
        return [dump(v) for v in body]
    return body


def split_multipart(body: Any) -> tuple[dict[str, Any], dict[str, Any]]:
    """Form fields and file parts of a multipart body (bytes, file objects and tuples are files)."""
    raw = (
        body.model_dump(by_alias=True, exclude_unset=True) if hasattr(body, "model_dump") else body
    )
    data: dict[str, Any] = {}
    files: dict[str, Any] = {}
    for key, value in dict(raw).items():
        if value is None:
            continue
        if isinstance(value, bytes | tuple) or hasattr(value, "read"):
            files[key] = value
        else:
            data[key] = wire(value)
    return data, files


def retry_after(response: httpx.Response) -> float | None:
    value = response.headers.get("Retry-After")
    if value is None:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        moment = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, moment.timestamp() - time.time())


def backoff(settings: Settings, attempt: int) -> float:
    base = settings.backoff * 2.0**attempt
    return min(settings.max_retry_wait, base + random.uniform(0, base / 2))  # noqa: S311


def plan_retry(
    op: Operation, response: httpx.Response | None, attempt: int, settings: Settings
) -> float | None:
    """Seconds to wait before the next attempt, or None when this outcome is final."""
    if attempt >= settings.max_retries or op.method in NEVER_RETRIED:
        return None
    if response is None or response.status_code in RETRY_STATUSES:
        return backoff(settings, attempt) if op.idempotent else None
    if response.status_code == 429:
        wait = retry_after(response)
        wait = backoff(settings, attempt) if wait is None else wait
        return wait if wait <= settings.max_retry_wait else None
    return None


def log_retry(op: Operation, reason: str, wait: float, attempt: int) -> None:
    logger.info(
        "retrying %s %s after %s in %.3fs (retry %d)", op.method, op.path, reason, wait, attempt + 1
    )


def decode_json(response: httpx.Response) -> Any:
    try:
        return json.loads(response.content)
    except ValueError as exc:
        snippet = _REDACTOR.scrub(response.text[:_SNIPPET])
        raise DecodeError(
            f"{response.request.method} {response.request.url.path}: "
            f"HTTP {response.status_code} body is not valid JSON: {snippet!r}",
            response=response,
            snippet=snippet,
        ) from exc


# Bodies from this size on are decoded with the cyclic garbage collector paused (see below).
_GC_PAUSE_BYTES = 256 * 1024


@contextlib.contextmanager
def gc_paused(size: int) -> Iterator[None]:
    """Pause the cyclic GC while a big body becomes objects.

    Decoding creates many young objects that form no cycles; the collector kept walking them and
    took as long as the decoding itself (10,000 Lagerkoll projects: 0.30 s with, 0.15 s without).
    Reference counting still frees everything; the collector runs again when this ends.
    """
    if size < _GC_PAUSE_BYTES or not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        _age_young_objects()
        gc.enable()


def _age_young_objects() -> None:
    """Move every young object to the oldest generation, without walking them.

    The decoded objects are data the caller keeps. Left young, the first collection after the
    pause walked them all (a third of the decode time for 10,000 projects) only to find them
    alive; in the oldest generation they wait for the next full collection, as long-lived data
    does. Freezing and unfreezing does the move in constant time. Skipped when the caller has
    frozen objects of its own (a server before it forks, say): unfreezing would thaw those too.
    """
    if gc.get_freeze_count() == 0:
        gc.freeze()
        gc.unfreeze()


def decode(
    response: httpx.Response,
    adapter: TypeAdapter[T],
    *,
    envelope: TypeAdapter[Any] | None = None,
) -> Result[T]:
    # Validated as JSON, not as Python objects: in JSON mode an enum matches its wire value
    # strictly, so a union such as ``IntEnum | StrEnum`` keeps the vendor's "0" a string.
    # pydantic parses the bytes itself; only a failure is looked at closer, so a body is
    # parsed once (the stdlib parser took as long again as the whole validation).
    try:
        with gc_paused(len(response.content)):
            return _validate(response, adapter, envelope)
    except ValidationError as exc:
        if any(error["type"] == "json_invalid" for error in exc.errors()):
            decode_json(response)  # raises the DecodeError that says the body is not JSON
        snippet = _REDACTOR.scrub(response.text[:_SNIPPET])
        raise DecodeError(
            f"{response.request.method} {response.request.url.path}: the body does not match "
            f"the documented schema ({exc.error_count()} errors): {snippet!r}",
            response=response,
            snippet=snippet,
        ) from None


def _validate(
    response: httpx.Response, adapter: TypeAdapter[T], envelope: TypeAdapter[Any] | None
) -> Result[T]:
    if envelope is None:
        return Result(parsed=adapter.validate_json(response.content), response=response)
    whole = envelope.validate_json(response.content)
    body = json.loads(response.content)
    data = json.dumps(body.get("data") if isinstance(body, dict) else None)
    return Result(parsed=adapter.validate_json(data), response=response, envelope=whole)


def decode_optional(response: httpx.Response, adapter: TypeAdapter[T]) -> Result[T | None]:
    """A result that may come without a body (204 or an empty answer)."""
    if response.status_code == 204 or not response.content.strip():
        return Result(parsed=None, response=response)
    result = decode(response, adapter)
    return Result(parsed=result.parsed, response=response)


def no_content(response: httpx.Response) -> Result[None]:
    return Result(parsed=None, response=response)


def status_error(op: Operation, response: httpx.Response) -> HTTPStatusError:
    payload: Any = None
    code: int | str | None = None
    detail: str | None = None
    try:
        payload = json.loads(response.content) if response.content else None
    except ValueError:
        payload = None
    if isinstance(payload, dict):
        raw_code = payload.get(CODE_FIELD) if CODE_FIELD else None
        code = (
            raw_code if isinstance(raw_code, int | str) and not isinstance(raw_code, bool) else None
        )
        raw_detail = payload.get(MESSAGE_FIELD) if MESSAGE_FIELD else None
        detail = _REDACTOR.scrub(str(raw_detail)) if raw_detail is not None else None
    status = str(response.status_code)
    adapter = op.errors.get(status) or op.errors.get(f"{status[0]}XX") or op.errors.get("default")
    if adapter is not None and payload is not None:
        try:
            payload = adapter.validate_python(payload)
        except ValidationError:
            pass
    message = f"{op.method} {op.path}: HTTP {response.status_code} {response.reason_phrase}"
    if code is not None:
        message += f" [{code}]"
    if detail:
        message += f": {detail}"
    cls = error_class(response.status_code)
    return cls(message, response=response, payload=payload, code=code, detail=detail)


def connection_error(op: Operation, exc: httpx.TransportError) -> ApiConnectionError:
    cls = ApiTimeoutError if isinstance(exc, httpx.TimeoutException) else ApiConnectionError
    what = "timed out" if cls is ApiTimeoutError else f"failed ({type(exc).__name__})"
    return cls(f"{op.method} {op.path}: the request {what}")


def check_declared_size(op: Operation, response: httpx.Response, limit: int) -> None:
    declared = response.headers.get("Content-Length", "")
    if declared.isdigit() and int(declared) > limit:
        raise ResponseTooLargeError(
            f"{op.method} {op.path}: the response declares {declared} bytes, above the limit of {limit}"
        )


def keep_body(response: httpx.Response, chunks: list[bytes]) -> None:
    # What httpx's own read() stores: .content, .text and .json() then work as usual.
    response._content = b"".join(chunks)


def grow(op: Operation, size: int, chunk: bytes, limit: int) -> int:
    size += len(chunk)
    if size > limit:
        raise ResponseTooLargeError(
            f"{op.method} {op.path}: the response body exceeds the limit of {limit} bytes"
        )
    return size


def read_bounded(op: Operation, response: httpx.Response, limit: int) -> None:
    """Read a streamed body into the response, refusing more than ``limit`` decoded bytes."""
    try:
        check_declared_size(op, response, limit)
        chunks: list[bytes] = []
        size = 0
        for chunk in response.iter_bytes():
            size = grow(op, size, chunk, limit)
            chunks.append(chunk)
        keep_body(response, chunks)
    finally:
        response.close()


async def aread_bounded(op: Operation, response: httpx.Response, limit: int) -> None:
    try:
        check_declared_size(op, response, limit)
        chunks: list[bytes] = []
        size = 0
        async for chunk in response.aiter_bytes():
            size = grow(op, size, chunk, limit)
            chunks.append(chunk)
        keep_body(response, chunks)
    finally:
        await response.aclose()


def redirect(
    op: Operation, response: httpx.Response, method: str, hops: int, settings: Settings
) -> tuple[str, httpx.URL, bool] | None:
    """The method and URL to follow a redirect with, and whether the body is kept; None: no redirect."""
    location = response.headers.get("Location")
    if response.status_code not in REDIRECT_STATUSES or location is None:
        return None
    if hops >= settings.max_redirects:
        raise RedirectError(f"{op.method} {op.path}: more than {settings.max_redirects} redirects")
    source = response.request.url
    target = source.join(location)
    if (target.scheme, target.host, target.port) != (source.scheme, source.host, source.port):
        raise RedirectError(
            f"{op.method} {op.path}: redirected to another origin ({target.scheme}://{target.host}), not followed"
        )
    # As browsers and httpx do: 303, and 301/302 after a POST, become a GET without body.
    if (
        response.status_code == 303
        and method != "HEAD"
        or (response.status_code in (301, 302) and method == "POST")
    ):
        return "GET", target, False
    return method, target, True


@dataclass
class Call:
    """One prepared request, without credentials (they are added on every attempt)."""

    op: Operation
    path: str
    params: dict[str, Any]
    headers: dict[str, str]
    json: Any = None
    data: dict[str, Any] | None = None
    files: dict[str, Any] | None = None
    content: bytes | str | None = None


def prepare(
    op: Operation,
    *,
    path: Mapping[str, Any] | None = None,
    query: Mapping[str, Any] | None = None,
    headers: Mapping[str, Any] | None = None,
    accept: str | None = None,
    json_body: Any = None,
    form_body: Any = None,
    multipart_body: Any = None,
    content: bytes | str | None = None,
    content_type: str | None = None,
) -> Call:
    call = Call(
        op=op,
        path=build_path(op.path, path or {}),
        params=clean(query or {}),
        headers=clean(headers or {}),
    )
    if accept:
        call.headers.setdefault("Accept", accept)
    if json_body is not None:
        call.json = dump(json_body)
    if form_body is not None:
        call.data = clean(dump(form_body))
    if multipart_body is not None:
        call.data, call.files = split_multipart(multipart_body)
    if content is not None:
        call.content = content
        if content_type:
            call.headers["Content-Type"] = content_type
    return call


class Runtime:
    """Sends calls with a ``httpx.Client``: auth, the OAuth2 token, retries and errors."""

    def __init__(self, http: httpx.Client, auth: Auth, settings: Settings) -> None:
        self.http = http
        self.auth = auth
        self.settings = settings
        self._lock = threading.Lock()

    def _token(self) -> None:
        with self._lock:
            if self.auth.token_valid():
                return
            url, form, headers, params = self.auth.token_request()
            try:
                response = self.http.post(url, data=form, headers=headers, params=params)
            except httpx.TransportError as exc:
                raise connection_error(Operation("POST", url, ()), exc) from None
            if response.status_code >= 400:
                raise status_error(Operation("POST", url, ()), response)
            self.auth.keep_token(response)

    def send(self, call: Call) -> httpx.Response:
        op = call.op
        alternative = self.auth.select(op)
        uses_token = self.auth.needs_token(alternative)
        attempt = 0
        renewed = False
        method: str = op.method
        url: str | httpx.URL = call.path
        with_body = True
        hops = 0
        while True:
            if uses_token:
                self._token()
            headers, params = dict(call.headers), dict(call.params)
            self.auth.apply(alternative, headers, params)
            try:
                request = self.http.build_request(
                    method,
                    url,
                    params=params,
                    headers=headers,
                    json=call.json if with_body else None,
                    data=call.data if with_body else None,
                    files=call.files if with_body else None,
                    content=call.content if with_body else None,
                )
                response = self.http.send(request, stream=True)
                read_bounded(op, response, self.settings.max_response_bytes)
            except httpx.TransportError as exc:
                wait = (
                    None
                    if isinstance(exc, httpx.TimeoutException)
                    else plan_retry(op, None, attempt, self.settings)
                )
                if wait is None:
                    raise connection_error(op, exc) from None
                log_retry(op, type(exc).__name__, wait, attempt)
                time.sleep(wait)
                attempt += 1
                continue
            if response.status_code == 401 and uses_token and not renewed:
                # The cached token was revoked or expired early: fetch a new one, once.
                renewed = True
                self.auth.forget_token()
                continue
            followed = redirect(op, response, method, hops, self.settings)
            if followed is not None:
                method, url, keep = followed
                with_body = with_body and keep
                hops += 1
                continue
            if response.status_code < 400:
                return response
            wait = plan_retry(op, response, attempt, self.settings)
            if wait is None:
                raise status_error(op, response)
            log_retry(op, f"HTTP {response.status_code}", wait, attempt)
            time.sleep(wait)
            attempt += 1


class AsyncRuntime:
    """The mirror of ``Runtime`` over a ``httpx.AsyncClient``."""

    def __init__(self, http: httpx.AsyncClient, auth: Auth, settings: Settings) -> None:
        self.http = http
        self.auth = auth
        self.settings = settings
        self._lock = asyncio.Lock()

    async def _token(self) -> None:
        async with self._lock:
            if self.auth.token_valid():
                return
            url, form, headers, params = self.auth.token_request()
            try:
                response = await self.http.post(url, data=form, headers=headers, params=params)
            except httpx.TransportError as exc:
                raise connection_error(Operation("POST", url, ()), exc) from None
            if response.status_code >= 400:
                raise status_error(Operation("POST", url, ()), response)
            self.auth.keep_token(response)

    async def send(self, call: Call) -> httpx.Response:
        op = call.op
        alternative = self.auth.select(op)
        uses_token = self.auth.needs_token(alternative)
        attempt = 0
        renewed = False
        method: str = op.method
        url: str | httpx.URL = call.path
        with_body = True
        hops = 0
        while True:
            if uses_token:
                await self._token()
            headers, params = dict(call.headers), dict(call.params)
            self.auth.apply(alternative, headers, params)
            try:
                request = self.http.build_request(
                    method,
                    url,
                    params=params,
                    headers=headers,
                    json=call.json if with_body else None,
                    data=call.data if with_body else None,
                    files=call.files if with_body else None,
                    content=call.content if with_body else None,
                )
                response = await self.http.send(request, stream=True)
                await aread_bounded(op, response, self.settings.max_response_bytes)
            except httpx.TransportError as exc:
                wait = (
                    None
                    if isinstance(exc, httpx.TimeoutException)
                    else plan_retry(op, None, attempt, self.settings)
                )
                if wait is None:
                    raise connection_error(op, exc) from None
                log_retry(op, type(exc).__name__, wait, attempt)
                await asyncio.sleep(wait)
                attempt += 1
                continue
            if response.status_code == 401 and uses_token and not renewed:
                renewed = True
                self.auth.forget_token()
                continue
            followed = redirect(op, response, method, hops, self.settings)
            if followed is not None:
                method, url, keep = followed
                with_body = with_body and keep
                hops += 1
                continue
            if response.status_code < 400:
                return response
            wait = plan_retry(op, response, attempt, self.settings)
            if wait is None:
                raise status_error(op, response)
            log_retry(op, f"HTTP {response.status_code}", wait, attempt)
            await asyncio.sleep(wait)
            attempt += 1
