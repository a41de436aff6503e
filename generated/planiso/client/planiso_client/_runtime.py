"""The runtime every generated client shares: errors, auth, retries, redirects, limits, decoding.

This module is copied byte for byte into each client package as ``<vendor>_client/_runtime.py``
(by ``generator/clients/package.py``): it imports only the standard library, httpx and pydantic,
never the toolkit, and it changes no process-wide interpreter state. What differs between vendors
is data the client passes in: its security schemes, its operations, its error payload format.

Both clients run the same logic. Each piece is written once as a generator that yields what it
wants done and is sent what came of it (sans IO, httpx's own pattern for ``httpx.Auth``); a
``Client`` and an ``AsyncClient`` differ only in the few lines that drive it (``Runtime``,
``AsyncRuntime``, the body readers, ``iterate``/``aiterate``, the auth adapters).

Retry rule: a 429 is retried for every method, POST and PATCH included (the server refused the
request, it did not act on it), waiting ``Retry-After`` (seconds or an HTTP date) or else the
backoff, and raised at once as ``RateLimitError`` (with ``retry_after``) when that wait is above
``max_retry_wait``. A 502/503/504 or a connection error, after which the request may have been
acted on, is retried with exponential backoff and jitter for the idempotent methods only (GET,
HEAD, OPTIONS, PUT, DELETE): POST and PATCH are never retried then. Timeouts are not retried.

Per-call options: ``Settings`` also holds a timeout and extra headers sent with every request;
``with_options`` gives a runtime that shares the connection pool, the credentials and the cached
token, with other settings (what a client's ``with_options`` returns a copy around).

Auth: each operation lists the alternatives of its security (schemes required together); the
first alternative whose credentials the client holds is sent by a ``KeyAuth`` (API keys in a
header, query or cookie, bearer and basic credentials, all of them on the same request), which
hands over to the shared ``TokenGrantAuth`` when the alternative includes the OAuth2 token grant.
A logon operation's token (HELIUM V) is kept as the credential of the API-key schemes it stands
for, and then sent like any key.
"""

from __future__ import annotations

import asyncio
import contextlib
import copy
import dataclasses
import email.utils
import json
import logging
import random
import re
import time
from collections.abc import (
    AsyncGenerator,
    AsyncIterator,
    Awaitable,
    Callable,
    Generator,
    Iterator,
    Mapping,
    Sequence,
)
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Generic, Self, TypeAlias, TypeVar
from urllib.parse import quote

import httpx
from pydantic import TypeAdapter, ValidationError

T = TypeVar("T")
PageT = TypeVar("PageT")
ItemT = TypeVar("ItemT")
logger = logging.getLogger(__package__ or __name__)

IDEMPOTENT = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
RETRY_STATUSES = frozenset({502, 503, 504})
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
DEFAULT_MAX_RESPONSE_BYTES = 50 * 1024 * 1024
DEFAULT_MAX_REDIRECTS = 5
_PATH_PARAM = re.compile(r"{([^{}]+)}")
_SECONDS = re.compile(r"^\d+(\.\d+)?$")
_SNIPPET = 80


# Errors. The client's ``errors`` module re-exports these classes with the vendor's error codes.


class ApiError(Exception):
    """Base class of every error this client raises."""


class MissingCredentialsError(ApiError):
    """The operation needs credentials that were not given to the client."""


class ApiConnectionError(ApiError):
    """The server could not be reached, or it dropped the connection."""


class ApiTimeoutError(ApiConnectionError):
    """The server did not answer within the timeout."""


class DecodeError(ApiError):
    """The response body is not the JSON the spec documents."""

    def __init__(self, message: str, *, response: httpx.Response, snippet: str) -> None:
        super().__init__(message)
        self.response = response
        self.snippet = snippet


class ResponseTooLargeError(ApiError):
    """The response body is larger than ``max_response_bytes`` (it was not read further)."""


class RedirectError(ApiError):
    """Too many redirects (above ``max_redirects``), or a redirect to another origin.

    A redirect to another origin is never followed: the credentials would go with it.
    """


class HTTPStatusError(ApiError):
    """The server answered with an error status."""

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        payload: Any,
        code: int | str | None,
        detail: str | None,
        code_meaning: str | None = None,
    ) -> None:
        super().__init__(message)
        self.response = response
        self.status_code = response.status_code
        #: The vendor's error payload: the typed model where the spec documents one, else JSON.
        self.payload = payload
        #: The vendor's error code and its documented meaning, when the payload carries one.
        self.code = code
        self.code_meaning = code_meaning
        #: The vendor's error message.
        self.detail = detail


class ClientError(HTTPStatusError):
    """A 4xx answer."""


class BadRequestError(ClientError):
    """400 Bad Request."""


class AuthenticationError(ClientError):
    """401 Unauthorized."""


class PermissionDeniedError(ClientError):
    """403 Forbidden."""


class NotFoundError(ClientError):
    """404 Not Found."""


class ConflictError(ClientError):
    """409 Conflict."""


class UnprocessableEntityError(ClientError):
    """422 Unprocessable Entity."""


class RateLimitError(ClientError):
    """429 Too Many Requests (after the retries, or when Retry-After exceeds the cap).

    ``retry_after``: the seconds the server asked to wait (its ``Retry-After`` header, as a delay
    or an HTTP date), or None when it gave none that can be read.
    """

    @cached_property
    def retry_after(self) -> float | None:
        # read once: an HTTP-date Retry-After counts from when it is first read
        return retry_after(self.response)


class ServerError(HTTPStatusError):
    """A 5xx answer."""


STATUS_ERRORS: dict[int, type[HTTPStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def error_class(status: int) -> type[HTTPStatusError]:
    if status in STATUS_ERRORS:
        return STATUS_ERRORS[status]
    return ServerError if status >= 500 else ClientError


# Secrets: a credential never shows in a repr, a log record or an error message.


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


# What the client module declares about its API.


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

    @property
    def label(self) -> str:
        return f"{self.method} {self.path}"


@dataclass(frozen=True)
class ErrorFormat:
    """Where the vendor's error payload keeps its code and message, and what each code means."""

    code_field: str | None = None
    message_field: str | None = None
    meanings: Mapping[int | str, str] = field(default_factory=dict)

    def error(self, op: Operation, response: httpx.Response) -> HTTPStatusError:
        """The typed error of an error answer, with the vendor's payload (typed where documented)."""
        payload: Any = None
        code: int | str | None = None
        detail: str | None = None
        try:
            payload = json.loads(response.content) if response.content else None
        except ValueError:
            payload = None
        if isinstance(payload, dict):
            raw_code = payload.get(self.code_field) if self.code_field else None
            if isinstance(raw_code, int | str) and not isinstance(raw_code, bool):
                code = raw_code
            raw_detail = payload.get(self.message_field) if self.message_field else None
            detail = _REDACTOR.scrub(str(raw_detail)) if raw_detail is not None else None
        status = str(response.status_code)
        errors = op.errors
        adapter = errors.get(status) or errors.get(f"{status[0]}XX") or errors.get("default")
        if adapter is not None and payload is not None:
            with contextlib.suppress(ValidationError):
                payload = adapter.validate_python(payload)
        message = f"{op.label}: HTTP {response.status_code} {response.reason_phrase}"
        if code is not None:
            message += f" [{code}]"
        if detail:
            message += f": {detail}"
        return error_class(response.status_code)(
            message,
            response=response,
            payload=payload,
            code=code,
            detail=detail,
            code_meaning=self.meanings.get(code) if code is not None else None,
        )


@dataclass(frozen=True)
class Result(Generic[T]):
    """A decoded result with the raw response (and, for enveloped APIs, the whole envelope)."""

    parsed: T
    response: httpx.Response
    envelope: Any = None


class NotGiven:
    """The default of an option left as it was (``None`` is a value: "no timeout")."""

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN = NotGiven()
Timeout: TypeAlias = float | httpx.Timeout | None


@dataclass(frozen=True)
class Settings:
    """How a runtime sends: retries, limits, and the timeout and headers of every request.

    ``timeout`` ``NOT_GIVEN`` is the httpx client's own; ``headers`` are added to the client's
    (an operation's own header parameters win over them).
    """

    max_retries: int = 2
    max_retry_wait: float = 60.0
    backoff: float = 0.5
    max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES
    max_redirects: int = DEFAULT_MAX_REDIRECTS
    timeout: Timeout | NotGiven = NOT_GIVEN
    headers: Mapping[str, str] = field(default_factory=dict)

    def replace(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        max_retry_wait: float | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> Settings:
        """These settings with the options given changed; ``headers`` are merged into them."""
        if max_retries is not None and max_retries < 0:
            raise ValueError("max_retries must not be negative")
        if max_retry_wait is not None and max_retry_wait < 0:
            raise ValueError("max_retry_wait must not be negative")
        merged = dict(httpx.Headers(self.headers).multi_items())
        merged.update(httpx.Headers(headers or {}).multi_items())
        return dataclasses.replace(
            self,
            timeout=self.timeout if isinstance(timeout, NotGiven) else timeout,
            max_retries=self.max_retries if max_retries is None else max_retries,
            max_retry_wait=self.max_retry_wait if max_retry_wait is None else max_retry_wait,
            headers=merged,
        )


# Bodies, read as they stream in and refused past a limit, so that a huge one is never held.


class _Body:
    """The chunks of one response body, refused past ``limit`` decoded bytes (sans IO)."""

    def __init__(self, label: str, response: httpx.Response, limit: int) -> None:
        declared = response.headers.get("Content-Length", "")
        if declared.isdigit() and int(declared) > limit:
            raise ResponseTooLargeError(
                f"{label}: the response declares {declared} bytes, above the limit of {limit}"
            )
        self.label = label
        self.response = response
        self.limit = limit
        self.size = 0
        self.chunks: list[bytes] = []

    def add(self, chunk: bytes) -> None:
        self.size += len(chunk)
        if self.size > self.limit:
            raise ResponseTooLargeError(
                f"{self.label}: the response body exceeds the limit of {self.limit} bytes"
            )
        self.chunks.append(chunk)

    def keep(self) -> None:
        # What httpx's own read() stores: .content, .text and .json() then work as usual.
        self.response._content = b"".join(self.chunks)


def read_bounded(label: str, response: httpx.Response, limit: int) -> None:
    """Read a streamed body into the response, refusing more than ``limit`` decoded bytes."""
    try:
        body = _Body(label, response, limit)
        for chunk in response.iter_bytes():
            body.add(chunk)
        body.keep()
    finally:
        response.close()


async def aread_bounded(label: str, response: httpx.Response, limit: int) -> None:
    """``read_bounded`` for an ``AsyncClient``."""
    try:
        body = _Body(label, response, limit)
        async for chunk in response.aiter_bytes():
            body.add(chunk)
        body.keep()
    finally:
        await response.aclose()


def _label(request: httpx.Request) -> str:
    return f"{request.method} {request.url.path}"


# Auth: httpx.Auth subclasses, each with one auth_flow generator for both clients.


class Credentials:
    """The credentials a client holds, by constructor argument name; no value shows in a repr."""

    def __init__(self, values: Mapping[str, str | None]) -> None:
        self._values = {name: Secret(value) for name, value in values.items() if value is not None}

    def __contains__(self, name: object) -> bool:
        return name in self._values

    def __repr__(self) -> str:
        return f"Credentials({self.names()})"

    def names(self) -> list[str]:
        return sorted(self._values)

    def reveal(self, name: str) -> str:
        return self._values[name].reveal()

    def keep(self, names: Sequence[str], value: str) -> None:
        """Hold ``value`` as each of these credentials (a logon's token, say)."""
        for name in names:
            self._values[name] = Secret(value)


class FlowAuth(httpx.Auth):
    """An ``httpx.Auth`` whose ``auth_flow`` serves ``Client`` and ``AsyncClient`` alike.

    The two adapters below only read bodies, bounded by ``max_body``. httpx's own
    ``requires_response_body`` would read every response whole, the API's answer too, past the
    client's ``max_response_bytes``; here the flow is given the body of a response to a request
    it made itself (a token request), a response it passes over (a 401 it answers with a retry)
    is read before httpx keeps it in the history, and the answer to the caller's request is left
    streaming, for the caller to read within its limit.
    """

    max_body = DEFAULT_MAX_RESPONSE_BYTES

    def sync_auth_flow(
        self, request: httpx.Request
    ) -> Generator[httpx.Request, httpx.Response, None]:
        flow = self.auth_flow(request)
        sent = next(flow)
        while True:
            response = yield sent
            if sent is not request:
                read_bounded(_label(sent), response, self.max_body)
            try:
                sent = flow.send(response)
            except StopIteration:
                return
            if not response.is_stream_consumed:
                read_bounded(_label(response.request), response, self.max_body)

    async def async_auth_flow(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        flow = self.auth_flow(request)
        sent = next(flow)
        while True:
            response = yield sent
            if sent is not request:
                await aread_bounded(_label(sent), response, self.max_body)
            try:
                sent = flow.send(response)
            except StopIteration:
                return
            if not response.is_stream_consumed:
                await aread_bounded(_label(response.request), response, self.max_body)


class KeyAuth(FlowAuth):
    """Every scheme of one security requirement, sent together on each request.

    API keys go in their header, query parameter or cookie, bearer and basic credentials in
    ``Authorization``; when the requirement includes the OAuth2 grant, ``token`` adds its token.
    """

    def __init__(
        self,
        schemes: Sequence[Scheme],
        credentials: Credentials,
        *,
        token: TokenGrantAuth | None = None,
        max_body: int = DEFAULT_MAX_RESPONSE_BYTES,
    ) -> None:
        self.schemes = tuple(scheme for scheme in schemes if scheme.kind != "oauth2")
        self.credentials = credentials
        self.token = token
        self.max_body = max_body

    def apply(self, request: httpx.Request) -> None:
        for scheme in self.schemes:
            value = self.credentials.reveal(scheme.credential)
            if scheme.kind == "bearer":
                request.headers["Authorization"] = f"Bearer {value}"
            elif scheme.kind == "basic":
                request.headers["Authorization"] = f"Basic {value}"
            elif scheme.location == "query":
                request.url = request.url.copy_merge_params({scheme.name: value})
            elif scheme.location == "cookie":
                cookie = f"{scheme.name}={value}"
                before = request.headers.get("Cookie")
                request.headers["Cookie"] = f"{before}; {cookie}" if before else cookie
            else:
                request.headers[scheme.name] = value

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        self.apply(request)
        if self.token is None:
            yield request
        else:
            yield from self.token.auth_flow(request)


class TokenGrantAuth(FlowAuth):
    """The OAuth2 token grant: ``Authorization: Bearer <token>`` from the token endpoint.

    The token is fetched on first use with the password grant (``username`` and ``password``)
    or the JWT bearer grant (``assertion``, with ``client_id`` when given), kept until shortly
    before its ``expires_in`` runs out, and fetched again once when the server answers 401.
    The token request goes through the client's ``build_request`` (its base URL, headers and
    timeout) and carries the credentials the token endpoint asks for (``keys``).
    """

    def __init__(
        self,
        grant: TokenGrant,
        fields: Credentials,
        *,
        build_request: Callable[..., httpx.Request],
        keys: Callable[[], KeyAuth],
        errors: ErrorFormat,
        max_body: int = DEFAULT_MAX_RESPONSE_BYTES,
    ) -> None:
        self.grant = grant
        self.fields = fields
        self.build_request = build_request
        self.keys = keys
        self.errors = errors
        self.max_body = max_body
        self.token: Secret | None = None
        self.expires_at = 0.0

    def valid(self) -> bool:
        return self.token is not None and time.monotonic() < self.expires_at

    def forget(self) -> None:
        self.token = None
        self.expires_at = 0.0

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        token = yield from self._current()
        request.headers["Authorization"] = f"Bearer {token.reveal()}"
        response = yield request
        if response.status_code == 401:
            # Revoked or expired early: a fresh token, once (unless a concurrent call renewed it).
            if self.token is token:
                self.forget()
            token = yield from self._current()
            request.headers["Authorization"] = f"Bearer {token.reveal()}"
            yield request

    def _current(self) -> Generator[httpx.Request, httpx.Response, Secret]:
        if self.token is not None and self.valid():
            return self.token
        response = yield self._token_request()
        return self._keep(response)

    def _token_request(self) -> httpx.Request:
        fields = self.fields
        if "username" in fields and "password" in fields:
            form = {
                "grant_type": "password",
                "username": fields.reveal("username"),
                "password": fields.reveal("password"),
            }
        else:
            form = {
                "grant_type": self.grant.jwt_grant_type or "",
                "assertion": fields.reveal("assertion"),
            }
            if "client_id" in fields:
                form["client_id"] = fields.reveal("client_id")
        keys = self.keys()  # MissingCredentialsError when the token endpoint's key is missing
        request = self.build_request(
            "POST", self.grant.url, data=form, headers={"Accept": "application/json"}
        )
        keys.apply(request)
        return request

    def _keep(self, response: httpx.Response) -> Secret:
        if response.status_code >= 400:
            raise self.errors.error(Operation("POST", self.grant.url, ()), response)
        body = decode_json(response)
        if not isinstance(body, dict) or not isinstance(body.get("access_token"), str):
            raise DecodeError("token response has no access_token", response=response, snippet="")
        expires_in = body.get("expires_in")
        lifetime = float(expires_in) if isinstance(expires_in, int | float) else 3600.0
        # Renew a little before the server's deadline, so that a token does not expire in flight.
        self.expires_at = time.monotonic() + lifetime - min(30.0, lifetime / 10)
        token = self.token = Secret(body["access_token"])
        return token


class Security:
    """A client's schemes and credentials, and which alternative of an operation's security to send.

    ``grant``/``grant_fields``: the OAuth2 token grant and its fields (``username``,
    ``password``, ``assertion``, ``client_id``) when the API has one.
    """

    def __init__(
        self,
        schemes: Mapping[str, Scheme],
        credentials: Mapping[str, str | None],
        *,
        grant: TokenGrant | None = None,
        grant_fields: Mapping[str, str | None] | None = None,
    ) -> None:
        self.schemes = dict(schemes)
        self.credentials = Credentials(credentials)
        self.grant = grant
        self.grant_fields = Credentials(grant_fields or {})
        given = set(self.grant_fields.names())
        self._can_fetch = grant is not None and (
            {"username", "password"} <= given or "assertion" in given
        )

    def __repr__(self) -> str:
        return f"Security(credentials={self.credentials.names()})"

    def keep_logon_token(self, names: Sequence[str], token: str) -> None:
        """A logon's token becomes the credential of these API-key schemes (HELIUM V)."""
        self.credentials.keep(names, token)

    def _has(self, scheme_name: str) -> bool:
        scheme = self.schemes.get(scheme_name)
        if scheme is None:
            return False
        if scheme.kind == "oauth2":
            return self._can_fetch
        return scheme.credential in self.credentials

    def select(self, op: Operation) -> tuple[str, ...]:
        """The first alternative of the operation's security whose credentials are all known."""
        if not op.security:
            return ()
        for alternative in op.security:
            if all(self._has(name) for name in alternative):
                return alternative
        wanted = " or ".join(" + ".join(map(self._argument, alt)) or "none" for alt in op.security)
        raise MissingCredentialsError(f"{op.label} needs credentials: {wanted}")

    def _argument(self, scheme_name: str) -> str:
        """How the caller gives a scheme's credential: the client's argument (``api_key=``), or
        for a token grant the arguments it is fetched with."""
        scheme = self.schemes.get(scheme_name)
        if scheme is None:
            return scheme_name
        if scheme.kind == "oauth2":
            ways = "username= and password=" + (
                ", or assertion=" if self.grant and self.grant.jwt_grant_type else ""
            )
            return f"{scheme_name} ({ways})"
        return f"{scheme.credential}="


# Requests.


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


@dataclass
class Call:
    """One prepared request, without credentials (the auth adds them on every attempt)."""

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


# Retries and redirects.


def retry_after(response: httpx.Response) -> float | None:
    value = response.headers.get("Retry-After")
    if value is None:
        return None
    value = value.strip()
    if _SECONDS.match(value):
        return float(value)
    try:
        moment = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, moment.timestamp() - time.time())


def backoff(settings: Settings, attempt: int) -> float:
    base = settings.backoff * 2.0**attempt
    return min(settings.max_retry_wait, base + random.uniform(0, base / 2))


def plan_retry(
    op: Operation, response: httpx.Response | None, attempt: int, settings: Settings
) -> float | None:
    """Seconds to wait before the next attempt, or None when this outcome is final."""
    if attempt >= settings.max_retries:
        return None
    if response is None or response.status_code in RETRY_STATUSES:
        # The request may have been acted on: only an idempotent one is sent again.
        return backoff(settings, attempt) if op.idempotent else None
    if response.status_code == 429:
        # Refused, not processed: safe to send again whatever the method.
        wait = retry_after(response)
        wait = backoff(settings, attempt) if wait is None else wait
        return wait if wait <= settings.max_retry_wait else None
    return None


def redirect(
    op: Operation, response: httpx.Response, method: str, hops: int, settings: Settings
) -> tuple[str, httpx.URL, bool] | None:
    """The method and URL to follow a redirect with, and whether the body is kept; None: no redirect."""
    location = response.headers.get("Location")
    if response.status_code not in REDIRECT_STATUSES or location is None:
        return None
    if hops >= settings.max_redirects:
        raise RedirectError(f"{op.label}: more than {settings.max_redirects} redirects")
    source = response.request.url
    target = source.join(location)
    if (target.scheme, target.host, target.port) != (source.scheme, source.host, source.port):
        raise RedirectError(
            f"{op.label}: redirected to another origin ({target.scheme}://{target.host}), not followed"
        )
    # As browsers and httpx do: 303, and 301/302 after a POST, become a GET without body.
    if (response.status_code == 303 and method != "HEAD") or (
        response.status_code in (301, 302) and method == "POST"
    ):
        return "GET", target, False
    return method, target, True


def connection_error(op: Operation, exc: httpx.TransportError) -> ApiConnectionError:
    cls = ApiTimeoutError if isinstance(exc, httpx.TimeoutException) else ApiConnectionError
    what = "timed out" if cls is ApiTimeoutError else f"failed ({type(exc).__name__})"
    return cls(f"{op.label}: the request {what}")


#: What a call's plan yields: a request to send (and read), or seconds to wait.
Step: TypeAlias = httpx.Request | float
#: What the plan is sent back: the response, the transport error, or None after a wait.
Outcome: TypeAlias = httpx.Response | httpx.TransportError | None


class _Core:
    """What ``Runtime`` and ``AsyncRuntime`` share: the auth of an operation and the plan of a call."""

    def __init__(
        self,
        http: httpx.Client | httpx.AsyncClient,
        security: Security,
        settings: Settings,
        errors: ErrorFormat,
    ) -> None:
        self.security = security
        self.settings = settings
        self.errors = errors
        self._build = http.build_request
        self._auths: dict[tuple[tuple[str, ...], bool], KeyAuth] = {}
        self.token: TokenGrantAuth | None = None
        if security.grant is not None:
            grant_op = Operation("POST", security.grant.url, security.grant.security)
            self.token = TokenGrantAuth(
                security.grant,
                security.grant_fields,
                build_request=http.build_request,
                keys=lambda: self.auth_for(grant_op, token=False),
                errors=errors,
                max_body=settings.max_response_bytes,
            )

    def with_options(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        max_retry_wait: float | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> Self:
        """A runtime with these options, sharing the connection pool, credentials and token."""
        clone = copy.copy(self)
        clone.settings = self.settings.replace(
            timeout=timeout, max_retries=max_retries, max_retry_wait=max_retry_wait, headers=headers
        )
        return clone

    def forget_token(self) -> None:
        if self.token is not None:
            self.token.forget()

    def auth_for(self, op: Operation, *, token: bool = True) -> KeyAuth:
        """The auth of the first alternative of ``op``'s security the client has credentials for."""
        alternative = self.security.select(op)
        auth = self._auths.get((alternative, token))
        if auth is None:
            schemes = [self.security.schemes[name] for name in alternative]
            grant = token and any(scheme.kind == "oauth2" for scheme in schemes)
            auth = KeyAuth(
                schemes,
                self.security.credentials,
                token=self.token if grant else None,
                max_body=self.settings.max_response_bytes,
            )
            self._auths[alternative, token] = auth
        return auth

    def plan(self, call: Call) -> Generator[Step, Outcome, httpx.Response]:
        """The attempts of one call: redirects followed, retries waited, errors raised."""
        op, settings = call.op, self.settings
        attempt = hops = 0
        method: str = op.method
        url: str | httpx.URL = call.path
        with_body = True
        headers = httpx.Headers(settings.headers)
        headers.update(call.headers)
        given = settings.timeout
        timeout = httpx.USE_CLIENT_DEFAULT if isinstance(given, NotGiven) else given
        while True:
            outcome = yield self._build(
                method,
                url,
                params=call.params,
                headers=headers,
                timeout=timeout,
                json=call.json if with_body else None,
                data=call.data if with_body else None,
                files=call.files if with_body else None,
                content=call.content if with_body else None,
            )
            if isinstance(outcome, httpx.Response):
                followed = redirect(op, outcome, method, hops, settings)
                if followed is not None:
                    method, url, keep = followed
                    with_body = with_body and keep
                    hops += 1
                    continue
                if outcome.status_code < 400:
                    return outcome
                wait = plan_retry(op, outcome, attempt, settings)
                if wait is None:
                    raise self.errors.error(op, outcome)
                reason = f"HTTP {outcome.status_code}"
            else:
                assert outcome is not None
                timed_out = isinstance(outcome, httpx.TimeoutException)
                wait = None if timed_out else plan_retry(op, None, attempt, settings)
                if wait is None:
                    raise connection_error(op, outcome) from None
                reason = type(outcome).__name__
            logger.info(
                "retrying %s after %s in %.3fs (retry %d)", op.label, reason, wait, attempt + 1
            )
            yield wait
            attempt += 1


class Runtime(_Core):
    """Sends calls with an ``httpx.Client``."""

    def __init__(
        self, http: httpx.Client, security: Security, settings: Settings, errors: ErrorFormat
    ) -> None:
        super().__init__(http, security, settings, errors)
        self.http = http

    def send(self, call: Call) -> httpx.Response:
        auth = self.auth_for(call.op)
        plan = self.plan(call)
        outcome: Outcome = None
        while True:
            try:
                step = plan.send(outcome)
            except StopIteration as done:
                response: httpx.Response = done.value
                return response
            if isinstance(step, httpx.Request):
                outcome = self._exchange(call.op, step, auth)
            else:
                time.sleep(step)
                outcome = None

    def _exchange(
        self, op: Operation, request: httpx.Request, auth: httpx.Auth
    ) -> httpx.Response | httpx.TransportError:
        try:
            response = self.http.send(request, auth=auth, stream=True)
            read_bounded(op.label, response, self.settings.max_response_bytes)
        except httpx.TransportError as exc:
            return exc
        return response


class AsyncRuntime(_Core):
    """Sends calls with an ``httpx.AsyncClient``."""

    def __init__(
        self, http: httpx.AsyncClient, security: Security, settings: Settings, errors: ErrorFormat
    ) -> None:
        super().__init__(http, security, settings, errors)
        self.http = http

    async def send(self, call: Call) -> httpx.Response:
        auth = self.auth_for(call.op)
        plan = self.plan(call)
        outcome: Outcome = None
        while True:
            try:
                step = plan.send(outcome)
            except StopIteration as done:
                response: httpx.Response = done.value
                return response
            if isinstance(step, httpx.Request):
                outcome = await self._exchange(call.op, step, auth)
            else:
                await asyncio.sleep(step)
                outcome = None

    async def _exchange(
        self, op: Operation, request: httpx.Request, auth: httpx.Auth
    ) -> httpx.Response | httpx.TransportError:
        try:
            response = await self.http.send(request, auth=auth, stream=True)
            await aread_bounded(op.label, response, self.settings.max_response_bytes)
        except httpx.TransportError as exc:
            return exc
        return response


# Decoding.


def decode_json(response: httpx.Response) -> Any:
    try:
        return json.loads(response.content)
    except ValueError as exc:
        snippet = _REDACTOR.scrub(response.text[:_SNIPPET])
        raise DecodeError(
            f"{_label(response.request)}: "
            f"HTTP {response.status_code} body is not valid JSON: {snippet!r}",
            response=response,
            snippet=snippet,
        ) from exc


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
        if envelope is None:
            return Result(parsed=adapter.validate_json(response.content), response=response)
        whole = envelope.validate_json(response.content)
        body = json.loads(response.content)
        data = json.dumps(body.get("data") if isinstance(body, dict) else None)
        return Result(parsed=adapter.validate_json(data), response=response, envelope=whole)
    except ValidationError as exc:
        if any(error["type"] == "json_invalid" for error in exc.errors()):
            decode_json(response)  # raises the DecodeError that says the body is not JSON
        snippet = _REDACTOR.scrub(response.text[:_SNIPPET])
        raise DecodeError(
            f"{_label(response.request)}: the body does not match "
            f"the documented schema ({exc.error_count()} errors): {snippet!r}",
            response=response,
            snippet=snippet,
        ) from None


def decode_optional(response: httpx.Response, adapter: TypeAdapter[T]) -> Result[T | None]:
    """A result that may come without a body (204 or an empty answer)."""
    if response.status_code == 204 or not response.content.strip():
        return Result(parsed=None, response=response)
    result = decode(response, adapter)
    return Result(parsed=result.parsed, response=response)


def no_content(response: httpx.Response) -> Result[None]:
    return Result(parsed=None, response=response)


# Paging.


@dataclass(frozen=True)
class Paging(Generic[PageT, ItemT]):
    """How an operation pages, and how to read a page.

    - ``offset``: the body is the list; the next request starts after the items received, and
      the iteration stops on an empty page or one shorter than the requested size.
    - ``pages``: a page index from ``start`` and the number of pages (``count``); it stops after
      the last page or on an empty one.
    - ``total``: a page index and the number of items (``count``); it stops once that many items
      were yielded, or on an empty page.
    """

    kind: str
    start: int
    items: Callable[[PageT], Sequence[ItemT] | None]
    count: Callable[[PageT], int | None]


class _Pages(Generic[PageT, ItemT]):
    """Where the next page starts, and whether there is one (sans IO: the drivers fetch)."""

    def __init__(self, paging: Paging[PageT, ItemT], size: int | None) -> None:
        self.paging = paging
        self.size = size
        self.cursor = paging.start
        self.seen = 0

    def read(self, page: PageT) -> tuple[Sequence[ItemT], bool]:
        """The items of ``page`` and whether another page follows; moves the cursor on."""
        paging = self.paging
        items = paging.items(page) or []
        self.seen += len(items)
        if paging.kind == "offset":
            more = bool(items) and (self.size is None or len(items) >= self.size)
            self.cursor += len(items)
            return items, more
        count = paging.count(page)
        if count is None or not items:
            more = False
        elif paging.kind == "pages":
            more = self.cursor - paging.start + 1 < count
        else:
            more = self.seen < count
        self.cursor += 1
        return items, more


def iterate(
    fetch: Callable[[int], PageT], paging: Paging[PageT, ItemT], *, size: int | None = None
) -> Iterator[ItemT]:
    """Every item of every page; ``fetch(cursor)`` gets one page."""
    pages = _Pages(paging, size)
    while True:
        items, more = pages.read(fetch(pages.cursor))
        yield from items
        if not more:
            return


async def aiterate(
    fetch: Callable[[int], Awaitable[PageT]],
    paging: Paging[PageT, ItemT],
    *,
    size: int | None = None,
) -> AsyncIterator[ItemT]:
    """``iterate`` for an ``AsyncClient``."""
    pages = _Pages(paging, size)
    while True:
        items, more = pages.read(await fetch(pages.cursor))
        for item in items:
            yield item
        if not more:
            return
