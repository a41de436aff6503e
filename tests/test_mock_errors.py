"""The mock's errors in the vendor's own payload, and what the generated clients make of them.

For every vendor and every status the mock answers itself (400, 401, 404, 405 and forced 429,
500): the vendor's documented error body for that status (schema, media type, the code declared
in ``x-error-payload``), RFC 9457 only where the vendor documents none. Then the clients'
exceptions carry ``code`` and ``detail``. Real HTTP on 127.0.0.1.
"""

from __future__ import annotations

import threading
from typing import Any

import httpx
import pytest

from generator.mock import MockServer
from tests.clienttools import GENERATED, VENDORS, import_client, load_spec
from tests.mockserver import valid_request
from tests.test_mock import _spoiled_request, error_text

SECRET = "errors-secret-1"


def _send(mock: MockServer, method: str, template: str, path: str | None = None) -> Any:
    request = valid_request(mock.spec, method, template)
    return httpx.request(
        request.method, f"{mock.url}{path or request.path}", timeout=10, **request.kwargs
    )


@pytest.mark.parametrize("vendor", VENDORS)
def test_every_mock_error_carries_the_vendor_payload(vendor: str) -> None:
    with MockServer(load_spec(vendor), items=3) as mock:
        operation = mock.api.operations[0]
        method, template = operation.method.lower(), operation.path
        seen: dict[int, str] = {}
        spoiled = _spoiled_request(mock.spec)
        if spoiled is not None:
            bad = httpx.request(
                spoiled.method, f"{mock.url}{spoiled.path}", timeout=10, **spoiled.kwargs
            )
            assert bad.status_code == 400
            seen[400] = error_text(mock, mock.requests[-1].operation_id, bad)
            assert spoiled.field in seen[400]
        secured = next(o for o in mock.api.operations if not o.is_public)
        anonymous = valid_request(mock.spec, secured.method.lower(), secured.path, auth=False)
        refused = httpx.request(
            anonymous.method, f"{mock.url}{anonymous.path}", timeout=10, **anonymous.kwargs
        )
        assert refused.status_code == 401
        seen[401] = error_text(mock, secured.operation_id, refused)
        nowhere = httpx.get(f"{mock.url}/no/such/path", timeout=10)
        seen[404] = error_text(mock, None, nowhere)
        path = valid_request(mock.spec, method, template).path
        unused = httpx.request("TRACE", f"{mock.url}{path}", timeout=10)
        assert unused.status_code == 405
        seen[405] = error_text(mock, operation.operation_id, unused)
        for status in (429, 500):
            mock.fault(operation.where, status)
            forced = _send(mock, method, template)
            assert forced.status_code == status
            seen[status] = error_text(mock, operation.operation_id, forced)
        assert forced.headers.get("retry-after") is None
    assert all(seen.values()), seen


def test_planiso_errors_are_wrapped_in_its_envelope() -> None:
    with MockServer(load_spec("planiso"), items=3) as mock:
        missing = _send(mock, "get", "/v1/user/{no}", "/v1/user/424242")
    assert missing.status_code == 404
    body = missing.json()
    assert set(body) >= {"code", "message", "data"}
    assert body["code"] == 404 and "424242" in body["message"]


def test_the_clients_exceptions_show_the_vendors_code_and_detail() -> None:
    lagerkoll = import_client("lagerkoll", GENERATED / "lagerkoll" / "client")
    with (
        MockServer(load_spec("lagerkoll"), items=3) as mock,
        lagerkoll.Client(base_url=mock.url, api_key=SECRET, store=SECRET, max_retries=0) as client,
    ):
        mock.fault("GET /", 429)
        with pytest.raises(lagerkoll.ApiError) as limited:
            client.projects.list(limit=10)
        with pytest.raises(lagerkoll.ApiError) as missing:
            client.projects.get(project_id=31337)
    assert (limited.value.status_code, limited.value.code) == (429, 900429)
    assert limited.value.code_meaning == "Too many requests"
    assert limited.value.detail
    assert (missing.value.status_code, missing.value.code) == (404, 900101)
    assert "31337" in (missing.value.detail or "")

    planiso = import_client("planiso", GENERATED / "planiso" / "client")
    with (
        MockServer(load_spec("planiso"), items=3) as mock,
        planiso.Client(base_url=mock.url, bearer_auth=SECRET, max_retries=0) as client,
    ):
        with pytest.raises(planiso.ApiError) as absent:
            client.users.get(no=424242)
    assert (absent.value.status_code, absent.value.code) == (404, 404)
    assert "424242" in (absent.value.detail or "")


def test_twenty_four_fresh_connections_at_once_all_succeed() -> None:
    """More clients than the old listen backlog (5) connect at the same moment, each on a new
    connection: every one is answered (no timing asserted)."""
    count = 24
    with MockServer(load_spec("planningpme"), items=3) as mock:
        request = valid_request(mock.spec, "get", "/api/config")
        ready = threading.Barrier(count)
        statuses: list[int] = []
        failures: list[BaseException] = []
        lock = threading.Lock()

        def one() -> None:
            try:
                with httpx.Client(timeout=30) as fresh:  # its own connection
                    ready.wait(timeout=30)
                    answer = fresh.request(
                        request.method, f"{mock.url}{request.path}", **request.kwargs
                    )
                with lock:
                    statuses.append(answer.status_code)
            except BaseException as exc:  # reported below, with the others
                with lock:
                    failures.append(exc)

        threads = [threading.Thread(target=one) for _ in range(count)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=60)
    assert not failures, failures
    assert statuses == [200] * count
