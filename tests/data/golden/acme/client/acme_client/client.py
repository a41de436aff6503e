"""Acme Widgets API: ``Client`` and ``AsyncClient``, one method per operation of the spec.

The operations are grouped in namespaces, one per resource (``client.widgets.list(…)``):
each method returns the typed result; where the API pages, an ``iter_*`` method yields the items
of every page. ``client.with_raw_response.<namespace>.<method>(…)`` returns ``Result[T]``
(``.parsed``, ``.response``); ``client.with_options(…)`` is a copy with
another timeout, retries or headers that shares the connection pool.
"""

from __future__ import annotations

import builtins
import copy
from collections.abc import Mapping
from types import TracebackType
from typing import Self

import httpx
from pydantic import TypeAdapter

from . import _runtime as rt
from .bodies import (
    NewWidgetDict,
)
from .errors import ERROR_FORMAT
from .models import (
    Colour,
    NewWidget,
    Problem,
    Widget,
)

__all__ = [
    "AsyncClient",
    "AsyncClientWithRawResponse",
    "AsyncWidgetsResource",
    "AsyncWidgetsResourceWithRawResponse",
    "Client",
    "ClientWithRawResponse",
    "WidgetsResource",
    "WidgetsResourceWithRawResponse",
]

_BASE_URL = "https://api.acme.example"
_SCHEMES: dict[str, rt.Scheme] = {
    "bearer": rt.Scheme("bearer", "header", "Authorization", "bearer"),
}

_LIST_WIDGET: TypeAdapter[list[Widget]] = TypeAdapter(list[Widget])
_PROBLEM: TypeAdapter[Problem] = TypeAdapter(Problem)
_WIDGET: TypeAdapter[Widget] = TypeAdapter(Widget)

_OP_LIST_WIDGETS = rt.Operation("GET", "/v1/widget", (("bearer",),), {})
_OP_ADD_WIDGET = rt.Operation("POST", "/v1/widget", (("bearer",),), {})
_OP_GET_WIDGET = rt.Operation("GET", "/v1/widget/{no}", (("bearer",),), {"404": _PROBLEM})


class WidgetsResourceWithRawResponse:
    """``client.with_raw_response.widgets``: Widgets, each method returning ``Result[T]``
    (``.parsed``, ``.response``)."""

    def __init__(self, runtime: rt.Runtime) -> None:
        self._runtime = runtime

    def list(
        self,
        *,
        colour: Colour | None = None,
    ) -> rt.Result[builtins.list[Widget]]:
        """List the widgets (``GET /v1/widget``), with the raw response."""
        call = rt.prepare(
            _OP_LIST_WIDGETS,
            path={},
            query={
                "colour": colour,
            },
            headers={},
            accept="application/json",
        )
        response = self._runtime.send(call)
        return rt.decode(response, _LIST_WIDGET)

    def add_widget(
        self,
        *,
        body: NewWidget | NewWidgetDict,
    ) -> rt.Result[Widget]:
        """Add a widget (``POST /v1/widget``), with the raw response."""
        call = rt.prepare(
            _OP_ADD_WIDGET,
            path={},
            query={},
            headers={},
            accept="application/json",
            json_body=body,
        )
        response = self._runtime.send(call)
        return rt.decode(response, _WIDGET)

    def get(
        self,
        *,
        no: int,
    ) -> rt.Result[Widget]:
        """Find a widget (``GET /v1/widget/{no}``), with the raw response."""
        call = rt.prepare(
            _OP_GET_WIDGET,
            path={
                "no": no,
            },
            query={},
            headers={},
            accept="application/json",
        )
        response = self._runtime.send(call)
        return rt.decode(response, _WIDGET)


class WidgetsResource:
    """``client.widgets``: Widgets."""

    def __init__(self, runtime: rt.Runtime) -> None:
        self._raw = WidgetsResourceWithRawResponse(runtime)

    def list(
        self,
        *,
        colour: Colour | None = None,
    ) -> builtins.list[Widget]:
        """List the widgets (``GET /v1/widget``).

        ``colour`` (``colour``): Lists only the widgets of that colour.
        """
        return self._raw.list(
            colour=colour,
        ).parsed

    def add_widget(
        self,
        *,
        body: NewWidget | NewWidgetDict,
    ) -> Widget:
        """Add a widget (``POST /v1/widget``)."""
        return self._raw.add_widget(
            body=body,
        ).parsed

    def get(
        self,
        *,
        no: int,
    ) -> Widget:
        """Find a widget (``GET /v1/widget/{no}``).

        ``no`` (``no``): Number of the widget.
        """
        return self._raw.get(
            no=no,
        ).parsed


class ClientWithRawResponse:
    """``client.with_raw_response``: the namespaces of ``Client``, each method returning ``Result[T]``."""

    def __init__(self, runtime: rt.Runtime) -> None:
        self._runtime = runtime

    @property
    def widgets(self) -> WidgetsResourceWithRawResponse:
        return WidgetsResourceWithRawResponse(self._runtime)


class Client:
    """Synchronous client of the Acme Widgets API (httpx).

    The operations are grouped by resource: ``widgets``    (``client.widgets.list(…)``). ``with_raw_response``
    has the same namespaces returning ``Result[T]``; ``with_options(…)`` a copy with another timeout,
    retries or headers, sharing the connection pool.

    Use it as a context manager (``with``), or call ``close()`` when done.
    """

    def __init__(
        self,
        *,
        bearer: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout = rt.DEFAULT_TIMEOUT,
        headers: Mapping[str, str] | None = None,
        max_retries: int = 2,
        max_retry_wait: float = 60.0,
        backoff: float = 0.5,
        max_response_bytes: int = rt.DEFAULT_MAX_RESPONSE_BYTES,
        max_redirects: int = rt.DEFAULT_MAX_REDIRECTS,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        """Credentials:

        - ``bearer``: bearer (sent as `Authorization: Bearer …`). The API key as a bearer token.

        ``base_url`` replaces the server URL built from the server variables
        (none).
        ``max_retries`` bounds the retries: a 429 is retried for every method (the server did
        not process the request), 502/503/504 and connection errors only for GET, HEAD,
        OPTIONS, PUT and DELETE (never POST or PATCH); a ``Retry-After`` above
        ``max_retry_wait`` seconds is raised at once (``RateLimitError.retry_after``).

        Limits against a misbehaving server: a response body above ``max_response_bytes``
        (default 50 MiB, counted while it streams in, so a huge body is never held in memory)
        raises ``ResponseTooLargeError``; more than ``max_redirects`` redirects (default 5; 0
        follows none) raise ``RedirectError``, as does any redirect to another origin.
        """
        if max_response_bytes < 0 or max_redirects < 0:
            raise ValueError("max_response_bytes and max_redirects must not be negative")
        self._auth = rt.Security(
            _SCHEMES,
            {
                "bearer": bearer,
            },
        )
        self._http = httpx.Client(
            base_url=base_url or _BASE_URL,
            timeout=timeout,
            headers=headers,
            transport=transport,
        )
        self._runtime = rt.Runtime(
            self._http,
            self._auth,
            rt.Settings(
                max_retries=max_retries,
                max_retry_wait=max_retry_wait,
                backoff=backoff,
                max_response_bytes=max_response_bytes,
                max_redirects=max_redirects,
            ),
            ERROR_FORMAT,
        )

    def __repr__(self) -> str:
        return f"Client(base_url={str(self._http.base_url)!r}, credentials={self._auth.credentials.names()!r})"

    @property
    def widgets(self) -> WidgetsResource:
        """Widgets: ``list``, ``add_widget``, ``get``."""
        return WidgetsResource(self._runtime)

    @property
    def with_raw_response(self) -> ClientWithRawResponse:
        """The same namespaces, each method returning ``Result[T]`` (``.parsed``, ``.response``)."""
        return ClientWithRawResponse(self._runtime)

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None | rt.NotGiven = rt.NOT_GIVEN,
        max_retries: int | None = None,
        max_retry_wait: float | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> Self:
        """A copy of this client with these options, sharing its connection pool and credentials:
        ``client.with_options(timeout=5, max_retries=0).widgets.list(…)``.

        ``timeout`` (seconds or an ``httpx.Timeout``; None: none) replaces the client's,
        ``max_retries`` and ``max_retry_wait`` replace its own, ``headers`` are added to its
        headers. Closing either client closes the pool they share.
        """
        clone = copy.copy(self)
        clone._runtime = self._runtime.with_options(
            timeout=timeout, max_retries=max_retries, max_retry_wait=max_retry_wait, headers=headers
        )
        return clone

    def close(self) -> None:
        """Close the connection pool."""
        self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class AsyncWidgetsResourceWithRawResponse:
    """``client.with_raw_response.widgets``: Widgets, each method returning ``Result[T]``
    (``.parsed``, ``.response``)."""

    def __init__(self, runtime: rt.AsyncRuntime) -> None:
        self._runtime = runtime

    async def list(
        self,
        *,
        colour: Colour | None = None,
    ) -> rt.Result[builtins.list[Widget]]:
        """List the widgets (``GET /v1/widget``), with the raw response."""
        call = rt.prepare(
            _OP_LIST_WIDGETS,
            path={},
            query={
                "colour": colour,
            },
            headers={},
            accept="application/json",
        )
        response = await self._runtime.send(call)
        return rt.decode(response, _LIST_WIDGET)

    async def add_widget(
        self,
        *,
        body: NewWidget | NewWidgetDict,
    ) -> rt.Result[Widget]:
        """Add a widget (``POST /v1/widget``), with the raw response."""
        call = rt.prepare(
            _OP_ADD_WIDGET,
            path={},
            query={},
            headers={},
            accept="application/json",
            json_body=body,
        )
        response = await self._runtime.send(call)
        return rt.decode(response, _WIDGET)

    async def get(
        self,
        *,
        no: int,
    ) -> rt.Result[Widget]:
        """Find a widget (``GET /v1/widget/{no}``), with the raw response."""
        call = rt.prepare(
            _OP_GET_WIDGET,
            path={
                "no": no,
            },
            query={},
            headers={},
            accept="application/json",
        )
        response = await self._runtime.send(call)
        return rt.decode(response, _WIDGET)


class AsyncWidgetsResource:
    """``client.widgets``: Widgets."""

    def __init__(self, runtime: rt.AsyncRuntime) -> None:
        self._raw = AsyncWidgetsResourceWithRawResponse(runtime)

    async def list(
        self,
        *,
        colour: Colour | None = None,
    ) -> builtins.list[Widget]:
        """List the widgets (``GET /v1/widget``).

        ``colour`` (``colour``): Lists only the widgets of that colour.
        """
        return (
            await self._raw.list(
                colour=colour,
            )
        ).parsed

    async def add_widget(
        self,
        *,
        body: NewWidget | NewWidgetDict,
    ) -> Widget:
        """Add a widget (``POST /v1/widget``)."""
        return (
            await self._raw.add_widget(
                body=body,
            )
        ).parsed

    async def get(
        self,
        *,
        no: int,
    ) -> Widget:
        """Find a widget (``GET /v1/widget/{no}``).

        ``no`` (``no``): Number of the widget.
        """
        return (
            await self._raw.get(
                no=no,
            )
        ).parsed


class AsyncClientWithRawResponse:
    """``client.with_raw_response``: the namespaces of ``AsyncClient``, each method returning ``Result[T]``."""

    def __init__(self, runtime: rt.AsyncRuntime) -> None:
        self._runtime = runtime

    @property
    def widgets(self) -> AsyncWidgetsResourceWithRawResponse:
        return AsyncWidgetsResourceWithRawResponse(self._runtime)


class AsyncClient:
    """Asynchronous client of the Acme Widgets API (httpx).

    The operations are grouped by resource: ``widgets``    (``client.widgets.list(…)``). ``with_raw_response``
    has the same namespaces returning ``Result[T]``; ``with_options(…)`` a copy with another timeout,
    retries or headers, sharing the connection pool.

    Use it as an async context manager (``async with``), or call ``await client.aclose()`` when done (``close`` is
    an alias).
    """

    def __init__(
        self,
        *,
        bearer: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout = rt.DEFAULT_TIMEOUT,
        headers: Mapping[str, str] | None = None,
        max_retries: int = 2,
        max_retry_wait: float = 60.0,
        backoff: float = 0.5,
        max_response_bytes: int = rt.DEFAULT_MAX_RESPONSE_BYTES,
        max_redirects: int = rt.DEFAULT_MAX_REDIRECTS,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        """Credentials:

        - ``bearer``: bearer (sent as `Authorization: Bearer …`). The API key as a bearer token.

        ``base_url`` replaces the server URL built from the server variables
        (none).
        ``max_retries`` bounds the retries: a 429 is retried for every method (the server did
        not process the request), 502/503/504 and connection errors only for GET, HEAD,
        OPTIONS, PUT and DELETE (never POST or PATCH); a ``Retry-After`` above
        ``max_retry_wait`` seconds is raised at once (``RateLimitError.retry_after``).

        Limits against a misbehaving server: a response body above ``max_response_bytes``
        (default 50 MiB, counted while it streams in, so a huge body is never held in memory)
        raises ``ResponseTooLargeError``; more than ``max_redirects`` redirects (default 5; 0
        follows none) raise ``RedirectError``, as does any redirect to another origin.
        """
        if max_response_bytes < 0 or max_redirects < 0:
            raise ValueError("max_response_bytes and max_redirects must not be negative")
        self._auth = rt.Security(
            _SCHEMES,
            {
                "bearer": bearer,
            },
        )
        self._http = httpx.AsyncClient(
            base_url=base_url or _BASE_URL,
            timeout=timeout,
            headers=headers,
            transport=transport,
        )
        self._runtime = rt.AsyncRuntime(
            self._http,
            self._auth,
            rt.Settings(
                max_retries=max_retries,
                max_retry_wait=max_retry_wait,
                backoff=backoff,
                max_response_bytes=max_response_bytes,
                max_redirects=max_redirects,
            ),
            ERROR_FORMAT,
        )

    def __repr__(self) -> str:
        return f"AsyncClient(base_url={str(self._http.base_url)!r}, credentials={self._auth.credentials.names()!r})"

    @property
    def widgets(self) -> AsyncWidgetsResource:
        """Widgets: ``list``, ``add_widget``, ``get``."""
        return AsyncWidgetsResource(self._runtime)

    @property
    def with_raw_response(self) -> AsyncClientWithRawResponse:
        """The same namespaces, each method returning ``Result[T]`` (``.parsed``, ``.response``)."""
        return AsyncClientWithRawResponse(self._runtime)

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None | rt.NotGiven = rt.NOT_GIVEN,
        max_retries: int | None = None,
        max_retry_wait: float | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> Self:
        """A copy of this client with these options, sharing its connection pool and credentials:
        ``client.with_options(timeout=5, max_retries=0).widgets.list(…)``.

        ``timeout`` (seconds or an ``httpx.Timeout``; None: none) replaces the client's,
        ``max_retries`` and ``max_retry_wait`` replace its own, ``headers`` are added to its
        headers. Closing either client closes the pool they share.
        """
        clone = copy.copy(self)
        clone._runtime = self._runtime.with_options(
            timeout=timeout, max_retries=max_retries, max_retry_wait=max_retry_wait, headers=headers
        )
        return clone

    async def aclose(self) -> None:
        """Close the connection pool."""
        await self._http.aclose()

    async def close(self) -> None:
        """Close the connection pool (the same as ``aclose``)."""
        await self.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()
