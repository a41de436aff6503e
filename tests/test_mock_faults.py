"""Faults staged per operation and request count: the ``--fault`` grammar, the CLI, the Python
API, and the generated client retrying a one-shot 429 (real HTTP on 127.0.0.1)."""

from __future__ import annotations

import signal
from typing import Any

import httpx
import pytest

from generator.mock import Fault, MockServer
from generator.mock.staging import parse_fault
from generator.openapi import read_api
from tests.clienttools import GENERATED, import_client, load_spec
from tests.mockserver import free_port, run_mock_cli, valid_request

LAGERKOLL = import_client("lagerkoll", GENERATED / "lagerkoll" / "client")
SECRET = "fault-secret-1"


@pytest.mark.parametrize(
    ("text", "status", "times", "match"),
    [
        ("GET /{project_id}:429:once", 429, 1, "GET /{project_id}"),
        ("GET /{project_id}:429", 429, 1, "GET /{project_id}"),
        ("getProject:503:3", 503, 3, "getProject"),
        ("PUT /{project_id}/close:500:always", 500, None, "PUT /{project_id}/close"),
    ],
)
def test_the_fault_grammar(text: str, status: int, times: int | None, match: str) -> None:
    fault = parse_fault(text)
    assert (fault.status, fault.times, fault.match) == (status, times, match)
    assert fault.retry_after == (1 if status == 429 else None)


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("GET /{project_id}", "no status"),
        ("GET /{project_id}:abc", "status 'abc' is not an HTTP status"),
        ("GET /{project_id}:999:once", "status '999' is not an HTTP status"),
        ("GET /{project_id}:429:twice", "count 'twice' is not once, always or a number"),
        ("GET /{project_id}:429:0", "count '0'"),
        (":429", "no operation before the status"),
    ],
)
def test_a_bad_fault_is_one_clear_error(text: str, said: str) -> None:
    with pytest.raises(ValueError) as error:
        parse_fault(text)
    assert said in str(error.value) and repr(text) in str(error.value)


def test_an_unknown_operation_is_refused_when_staged() -> None:
    with MockServer(load_spec("lagerkoll")) as mock, pytest.raises(ValueError) as error:
        mock.fault("GET /no/such/{thing}", 429)
    assert "'GET /no/such/{thing}': no such operation" in str(error.value)
    assert "'POST /export'" in str(error.value)  # the message shows how operations are named


def _client(mock: MockServer, **options: Any) -> Any:
    return LAGERKOLL.Client(
        base_url=mock.url, api_key=SECRET, store=SECRET, backoff=0.01, **options
    )


def test_a_one_shot_429_is_retried_by_the_client_and_succeeds() -> None:
    with MockServer(load_spec("lagerkoll"), items=3) as mock, _client(mock) as client:
        project = next(iter(client.projects.iter_list(limit=10)))
        staged = mock.fault("GET /{project_id}", 429, times=1, retry_after=0)
        assert client.projects.get(project_id=project.project_id).project_id == project.project_id
        answered = [r.status for r in mock.requests if r.operation_id == "getProject"]
        # another operation is not touched by the fault
        assert len(list(client.projects.iter_list(limit=10))) == 3
    assert staged.times == 1
    assert answered == [429, 200]


def test_counted_and_permanent_faults_by_the_api() -> None:
    with MockServer(load_spec("lagerkoll"), items=2) as mock, _client(mock, max_retries=0) as c:
        pid = next(iter(c.projects.iter_list(limit=10))).project_id
        mock.enqueue(Fault(status=503, match="getProject", times=2))
        outcomes = []
        for _ in range(3):
            try:
                c.projects.get(project_id=pid)
                outcomes.append(200)
            except LAGERKOLL.ApiError as error:
                outcomes.append(error.status_code)
        mock.fault("GET /{project_id}", 500, times=None)
        for _ in range(3):
            with pytest.raises(LAGERKOLL.ServerError) as failed:
                c.projects.get(project_id=pid)
        assert failed.value.code == 900101  # the vendor's payload with its code
        mock.clear_faults()
        assert c.projects.get(project_id=pid).project_id == pid
    assert outcomes == [503, 503, 200]


def test_a_429_carries_retry_after_and_the_vendor_code() -> None:
    with MockServer(load_spec("lagerkoll")) as mock:
        mock.fault("GET /{project_id}", 429)
        request = valid_request(mock.spec, "get", "/{project_id}")
        limited = httpx.request(
            request.method, f"{mock.url}{request.path}", timeout=10, **request.kwargs
        )
    assert limited.status_code == 429
    assert limited.headers["retry-after"] == "1"
    assert limited.json()["errorCode"] == 900429


def test_the_cli_stages_a_fault_once() -> None:
    port = free_port()
    process = run_mock_cli("lagerkoll", "--port", str(port), "--items", "4", "--fault",
                   "GET /{project_id}:429:once")  # fmt: skip
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        assert "with 4 items per collection" in line
        spec = load_spec("lagerkoll")
        request = valid_request(spec, "get", "/{project_id}")
        listed = httpx.get(
            f"http://127.0.0.1:{port}/",
            headers=request.kwargs["headers"],
            params={"limit": 10},
            timeout=10,
        )
        pid = listed.json()["projects"][0]["projectId"]
        url = f"http://127.0.0.1:{port}/{pid}"
        first = httpx.get(url, headers=request.kwargs["headers"], timeout=10)
        second = httpx.get(url, headers=request.kwargs["headers"], timeout=10)
        assert (first.status_code, first.headers["retry-after"]) == (429, "1")
        assert first.json()["errorCode"] == 900429
        assert second.status_code == 200 and second.json()["projectId"] == pid
        assert len(listed.json()["projects"]) == 4
    finally:
        process.send_signal(signal.SIGTERM)
        process.communicate(timeout=10)


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["--fault", "GET /{project_id}:429:twice"], "count 'twice'"),
        (["--fault", "GET /nowhere:429"], "--fault 'GET /nowhere': no such operation"),
    ],
)
def test_cli_fault_errors_are_one_line(args: list[str], said: str) -> None:
    process = run_mock_cli("lagerkoll", "--port", str(free_port()), *args)
    _, stderr = process.communicate(timeout=30)
    assert process.returncode == 1
    assert stderr.startswith("error: ") and stderr.count("\n") == 1, stderr
    assert said in stderr


def test_cli_bad_items_and_help() -> None:
    bad = run_mock_cli("lagerkoll", "--items", "-3")
    _, stderr = bad.communicate(timeout=30)
    assert bad.returncode == 2 and "'-3' is not a number of items" in stderr
    assert "Traceback" not in stderr
    shown = run_mock_cli("--help")
    out, _ = shown.communicate(timeout=30)
    out = " ".join(out.split())  # argparse wraps the help
    for option in ("--items", "--examples", "--fault", "GET /{project_id}:429:once"):
        assert option in out


def test_the_cli_replays_the_examples_when_asked() -> None:
    port = free_port()
    process = run_mock_cli("lagerkoll", "--port", str(port), "--examples")
    try:
        assert process.stdout is not None
        assert "with the documented examples" in process.stdout.readline()
        spec = load_spec("lagerkoll")
        request = valid_request(spec, "get", "/")
        page = httpx.get(
            f"http://127.0.0.1:{port}/", headers=request.kwargs["headers"], timeout=10
        ).json()
        documented = read_api(spec).operation("getProjects")
        assert documented is not None and documented.documented_success is not None
        media = documented.documented_success.content.first("json")
        assert media is not None and page == media.example[1]
    finally:
        process.send_signal(signal.SIGTERM)
        process.communicate(timeout=10)
    both = run_mock_cli("lagerkoll", "--examples", "--items", "3")
    _, stderr = both.communicate(timeout=30)
    assert both.returncode == 2 and "not allowed with argument" in stderr
