"""The generated Lagerkoll client against a misbehaving loopback server (tests/hostile.py).

Every fault ends in a typed ``ApiError`` subclass, within a bounded time: the waits are capped,
the body size is capped, the redirects are capped, and the timeouts bound every read.
"""

from __future__ import annotations

import asyncio
import tracemalloc
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from tests.clienttools import import_client
from tests.conftest import Generation
from tests.hostile import HostileServer


@pytest.fixture(scope="module")
def lagerkoll(generation: Generation) -> ModuleType:
    """The Lagerkoll client of the session's generation (tests/conftest.py)."""
    return import_client("lagerkoll", generation.client("lagerkoll"))


@pytest.fixture(scope="module")
def server() -> Iterator[HostileServer]:
    with HostileServer(drip_interval=0.5) as hostile:
        yield hostile


def client(module: ModuleType, server: HostileServer, behaviour: str, **limits: Any) -> Any:
    return module.Client(**_arguments(server, behaviour), **limits)


def async_client(module: ModuleType, server: HostileServer, behaviour: str, **limits: Any) -> Any:
    return module.AsyncClient(**_arguments(server, behaviour), **limits)


def _arguments(server: HostileServer, behaviour: str) -> dict[str, Any]:
    return {
        "api_key": "hostile-api-key-5b0d",
        "store": "hostile-store-77",
        "base_url": f"{server.url}/{behaviour}",
        "timeout": 2.0,
        "max_retries": 1,
        "backoff": 0.01,
    }


def runtime(module: ModuleType) -> ModuleType:
    import sys

    return sys.modules[f"{module.__name__}._runtime"]


def test_retry_after_of_hours_is_raised_not_slept(
    lagerkoll: ModuleType, server: HostileServer
) -> None:
    server.reset()
    with (
        client(lagerkoll, server, "429-hours") as api,
        pytest.raises(lagerkoll.RateLimitError),
    ):
        api.projects.get(project_id=1)
    assert server.hits == 1  # no retry, so no wait of ten hours


def test_endless_redirects_stop(lagerkoll: ModuleType, server: HostileServer) -> None:
    server.reset()
    with client(lagerkoll, server, "redirect-loop", max_redirects=4) as api:
        with pytest.raises(lagerkoll.RedirectError, match="more than 4 redirects"):
            api.projects.get(project_id=1)
    assert server.hits == 5


def test_redirect_to_another_origin_is_refused(
    lagerkoll: ModuleType, server: HostileServer
) -> None:
    with client(lagerkoll, server, "redirect-away") as api:
        with pytest.raises(lagerkoll.RedirectError, match="another origin") as caught:
            api.projects.get(project_id=1)
    assert "hostile-api-key-5b0d" not in str(caught.value)


def test_huge_declared_body_is_refused_at_the_default_limit(
    lagerkoll: ModuleType, server: HostileServer
) -> None:
    assert runtime(lagerkoll).DEFAULT_MAX_RESPONSE_BYTES < 100 * 1024 * 1024
    with (
        client(lagerkoll, server, "huge-declared") as api,
        pytest.raises(lagerkoll.ResponseTooLargeError, match="declares 104857600 bytes"),
    ):
        api.projects.get(project_id=1)


def test_huge_chunked_body_is_read_with_bounded_memory(
    lagerkoll: ModuleType, server: HostileServer
) -> None:
    limit = 2 * 1024 * 1024
    tracemalloc.start()
    try:
        with client(lagerkoll, server, "huge-chunked", max_response_bytes=limit) as api:
            with pytest.raises(lagerkoll.ResponseTooLargeError, match=f"limit of {limit} bytes"):
                api.projects.get(project_id=1)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 8 * limit  # never the 100 MB the server offered


@pytest.mark.parametrize("behaviour", ["bad-utf8", "wrong-type", "truncated-json"])
def test_undecodable_bodies_are_decode_errors(
    lagerkoll: ModuleType, server: HostileServer, behaviour: str
) -> None:
    with (
        client(lagerkoll, server, behaviour) as api,
        pytest.raises(lagerkoll.DecodeError) as caught,
    ):
        api.projects.get(project_id=1)
    assert "not valid JSON" in str(caught.value)


def test_html_error_page_is_a_server_error(lagerkoll: ModuleType, server: HostileServer) -> None:
    with (
        client(lagerkoll, server, "html-error") as api,
        pytest.raises(lagerkoll.ServerError) as caught,
    ):
        api.projects.get(project_id=1)
    assert caught.value.status_code == 500
    assert caught.value.detail is None and "<html>" not in str(caught.value)


def test_short_body_is_a_connection_error(lagerkoll: ModuleType, server: HostileServer) -> None:
    with (
        client(lagerkoll, server, "short-body") as api,
        pytest.raises(lagerkoll.ApiConnectionError),
    ):
        api.projects.get(project_id=1)


def test_slow_drip_times_out(lagerkoll: ModuleType, server: HostileServer) -> None:
    with client(lagerkoll, server, "drip") as api:
        api._http.timeout = __import__("httpx").Timeout(0.2)
        with pytest.raises(lagerkoll.ApiTimeoutError):
            api.projects.get(project_id=1)


def test_endless_fast_drip_stops_at_the_size_limit(lagerkoll: ModuleType, tmp_path: Path) -> None:
    with HostileServer(drip_interval=0.001) as fast:
        with client(lagerkoll, fast, "drip", max_response_bytes=100) as api:
            with pytest.raises(lagerkoll.ResponseTooLargeError):
                api.projects.get(project_id=1)


# Limits passed to the constructors. Each refusal is paired with the same server behaviour read
# without that limit, so the test fails if the argument were accepted but ignored.


def test_limit_errors_are_exported_api_errors(lagerkoll: ModuleType) -> None:
    for name in ("ResponseTooLargeError", "RedirectError"):
        assert name in lagerkoll.__all__
        assert issubclass(getattr(lagerkoll, name), lagerkoll.ApiError)
        # One class, not a twin left in the runtime that an ``except`` would miss.
        assert getattr(runtime(lagerkoll), name) is getattr(lagerkoll, name)


@pytest.mark.parametrize("behaviour", ["two-kb", "two-kb-chunked"])
def test_configured_max_response_bytes_refuses_a_2_kb_body(
    lagerkoll: ModuleType, server: HostileServer, behaviour: str
) -> None:
    with client(lagerkoll, server, behaviour) as api:
        assert api.projects.get(project_id=1).project_id == 1  # fine at the default limit
    with client(lagerkoll, server, behaviour, max_response_bytes=1000) as api:
        with pytest.raises(lagerkoll.ResponseTooLargeError, match="limit of 1000") as caught:
            api.projects.get(project_id=1)
    assert "hostile-api-key-5b0d" not in str(caught.value)
    with client(lagerkoll, server, behaviour, max_response_bytes=2000) as api:
        assert api.projects.get(project_id=1).project_id == 1  # the limit is inclusive


def test_configured_max_redirects_stops_after_two_hops(
    lagerkoll: ModuleType, server: HostileServer
) -> None:
    server.reset()
    with client(lagerkoll, server, "redirect-loop", max_redirects=2) as api:
        with pytest.raises(lagerkoll.RedirectError, match="more than 2 redirects"):
            api.projects.get(project_id=1)
    assert server.hits == 3  # the request and two followed redirects
    server.reset()
    with client(lagerkoll, server, "redirect-loop") as api:
        with pytest.raises(lagerkoll.RedirectError, match="more than 5 redirects"):
            api.projects.get(project_id=1)
    assert server.hits == 6  # the default follows further


def test_a_chain_of_exactly_max_redirects_is_followed(
    lagerkoll: ModuleType, server: HostileServer
) -> None:
    with client(lagerkoll, server, "hops-2", max_redirects=2) as api:
        assert api.projects.get(project_id=1).project_id == 1
    with client(lagerkoll, server, "hops-2", max_redirects=1) as api:
        with pytest.raises(lagerkoll.RedirectError, match="more than 1 redirects"):
            api.projects.get(project_id=1)
    with client(lagerkoll, server, "hops-1", max_redirects=0) as api:
        with pytest.raises(lagerkoll.RedirectError, match="more than 0 redirects"):
            api.projects.get(project_id=1)


def test_async_client_honours_the_configured_limits(
    lagerkoll: ModuleType, server: HostileServer
) -> None:
    async def run() -> tuple[BaseException, BaseException, int]:
        async with async_client(
            lagerkoll, server, "two-kb-chunked", max_response_bytes=1000
        ) as api:
            with pytest.raises(lagerkoll.ResponseTooLargeError) as too_large:
                await api.projects.get(project_id=1)
        async with async_client(lagerkoll, server, "hops-3", max_redirects=2) as api:
            with pytest.raises(lagerkoll.RedirectError) as redirects:
                await api.projects.get(project_id=1)
        async with async_client(lagerkoll, server, "hops-2", max_redirects=2) as api:
            project_id: int = (await api.projects.get(project_id=1)).project_id
        return too_large.value, redirects.value, project_id

    too_large, redirects, project_id = asyncio.run(run())
    assert "limit of 1000" in str(too_large)
    assert "more than 2 redirects" in str(redirects)
    assert project_id == 1


@pytest.mark.parametrize("limit", ["max_response_bytes", "max_redirects"])
def test_negative_limits_are_refused(
    lagerkoll: ModuleType, server: HostileServer, limit: str
) -> None:
    with pytest.raises(ValueError, match="must not be negative"):
        client(lagerkoll, server, "two-kb", **{limit: -1})
