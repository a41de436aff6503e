"""Acme Widgets API: ``Client`` and ``AsyncClient``, one method per operation of the spec.

Each operation has a method returning the typed result, a ``*_raw`` twin returning
``Result[T]`` (``.parsed``, ``.response``), and, where the API pages, an ``iter_*``
method yielding the items of every page.
"""

from __future__ import annotations

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

__all__ = ["AsyncClient", "Client"]

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


class Client:
    """Synchronous client of the Acme Widgets API (httpx).

    Use it as a context manager, or call ``close()`` when done.
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

        - ``bearer``: bearer (sent as `Authorization: Bearer …`). The API key as a bearer token

        ``base_url`` replaces the server URL built from the server variables
        (none).
        ``max_retries`` bounds the retries of 429, 502/503/504 and connection errors (POST and
        PATCH are never retried); a ``Retry-After`` above ``max_retry_wait`` seconds is raised.

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

    def list_widgets_raw(
        self,
        *,
        colour: Colour | None = None,
    ) -> rt.Result[list[Widget]]:
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

    def list_widgets(
        self,
        *,
        colour: Colour | None = None,
    ) -> list[Widget]:
        """List the widgets (``GET /v1/widget``).

        ``colour`` (``colour``): Lists only the widgets of that colour.
        """
        return self.list_widgets_raw(
            colour=colour,
        ).parsed

    def add_widget_raw(
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

    def add_widget(
        self,
        *,
        body: NewWidget | NewWidgetDict,
    ) -> Widget:
        """Add a widget (``POST /v1/widget``)."""
        return self.add_widget_raw(
            body=body,
        ).parsed

    def get_widget_raw(
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

    def get_widget(
        self,
        *,
        no: int,
    ) -> Widget:
        """Find a widget (``GET /v1/widget/{no}``).

        ``no`` (``no``): Number of the widget.
        """
        return self.get_widget_raw(
            no=no,
        ).parsed


class AsyncClient:
    """Asynchronous client of the Acme Widgets API (httpx).

    Use it as an async context manager, or call ``aclose()`` when done.
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

        - ``bearer``: bearer (sent as `Authorization: Bearer …`). The API key as a bearer token

        ``base_url`` replaces the server URL built from the server variables
        (none).
        ``max_retries`` bounds the retries of 429, 502/503/504 and connection errors (POST and
        PATCH are never retried); a ``Retry-After`` above ``max_retry_wait`` seconds is raised.

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

    async def aclose(self) -> None:
        """Close the connection pool."""
        await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    async def list_widgets_raw(
        self,
        *,
        colour: Colour | None = None,
    ) -> rt.Result[list[Widget]]:
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

    async def list_widgets(
        self,
        *,
        colour: Colour | None = None,
    ) -> list[Widget]:
        """List the widgets (``GET /v1/widget``).

        ``colour`` (``colour``): Lists only the widgets of that colour.
        """
        return (
            await self.list_widgets_raw(
                colour=colour,
            )
        ).parsed

    async def add_widget_raw(
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

    async def add_widget(
        self,
        *,
        body: NewWidget | NewWidgetDict,
    ) -> Widget:
        """Add a widget (``POST /v1/widget``)."""
        return (
            await self.add_widget_raw(
                body=body,
            )
        ).parsed

    async def get_widget_raw(
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

    async def get_widget(
        self,
        *,
        no: int,
    ) -> Widget:
        """Find a widget (``GET /v1/widget/{no}``).

        ``no`` (``no``): Number of the widget.
        """
        return (
            await self.get_widget_raw(
                no=no,
            )
        ).parsed
