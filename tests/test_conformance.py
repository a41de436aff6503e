"""``verify`` and ``proxy``: real HTTP on 127.0.0.1, a drifting upstream, hand-written HARs.

The drifting upstream is the mock with deliberate deviations queued as faults; the proxy runs as
its own process (``python -m generator proxy``), stopped by its pid with SIGTERM, and is driven
by the generated Planiso client. Expected pointers and source lines are read from the spec.
"""

from __future__ import annotations

import contextlib
import copy
import json
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest

from generator.conformance import Proxy
from generator.conformance.command import load_vendor
from generator.conformance.har import iter_entries
from generator.mock import Fault, MockServer
from generator.openapi import Provenance
from tests.clienttools import VENDORS, import_client, render_into
from tests.mockserver import all_operations, valid_request

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data" / "conformance"
SECRET = "planiso-secret-token-4711"


def _run(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def _example(vendor: str, where: str) -> Any:
    api = load_vendor(vendor)
    operation = next(o for o in api.operations if o.where == where)
    response = operation.documented_success
    assert response is not None
    found, value = response.content.media[0].example
    assert found
    return copy.deepcopy(value)


def _cited(node: dict[str, Any]) -> dict[str, Any]:
    source = Provenance.read(node).source
    assert source is not None
    return {"document": source.document, "lines": list(source.lines)}


@pytest.fixture(scope="module")
def drift_report(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The proxy between the Planiso client and a drifting mock; its JSON report and HAR."""
    tmp = tmp_path_factory.mktemp("drift")
    client_module = import_client("planiso", render_into("planiso", tmp / "clients"))
    user = _example("planiso", "GET /v1/user/{no}")
    wrong_type = copy.deepcopy(user)
    wrong_type["data"]["fullname"] = 42
    extra_field = copy.deepcopy(user)
    extra_field["data"]["nickname"] = "jd"
    missing = copy.deepcopy(user)
    del missing["message"]
    with MockServer(ROOT / "generated" / "planiso" / "openapi.yaml") as mock:
        proxy = subprocess.Popen(
            [sys.executable, "-m", "generator", "proxy", "planiso", "--upstream", mock.url,
             "--port", "0", "--record", str(tmp / "rec.har"), "--report", str(tmp / "r.json")],
            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )  # fmt: skip
        try:
            assert proxy.stdout is not None
            first = proxy.stdout.readline()
            url = first.split(" on ", 1)[1].split(" ", 1)[0]
            with client_module.Client(bearer_auth=SECRET, base_url=url, max_retries=0) as client:
                client.organizations.get(no=1)  # conforming: exercises inferred fields
                client.users.get(no=1)  # conforming
                for body in (wrong_type, extra_field, missing):
                    mock.enqueue(Fault(body=body))
                    # the client may refuse a drifted payload: the report is what is tested
                    with contextlib.suppress(Exception):
                        client.users.get(no=1)
                mock.enqueue(Fault(status=418))
                with pytest.raises(Exception):  # noqa: B017 - the client's own error type
                    client.users.get(no=1)
            httpx.get(f"{url}/v1/nothing", headers={"Authorization": f"Bearer {SECRET}"})
        finally:
            proxy.send_signal(signal.SIGTERM)
            out, err = proxy.communicate(timeout=30)
    return {
        "code": proxy.returncode,
        "stdout": first + out,
        "stderr": err,
        "report": json.loads((tmp / "r.json").read_text()),
        "har": tmp / "rec.har",
        "text": (tmp / "r.json").read_text() + (tmp / "rec.har").read_text(),
    }


def _findings(report: dict[str, Any]) -> set[tuple[str, str, str]]:
    return {(f["operation"], f["kind"], f["pointer"]) for f in report["findings"]}


def test_the_proxy_names_exactly_the_deviations(drift_report: dict[str, Any]) -> None:
    report = drift_report["report"]
    assert drift_report["code"] == 1, drift_report["stderr"]
    assert report["exchanges"] == 7
    assert report["matched"] == 6
    assert _findings(report) == {
        ("GET /v1/user/{no}", "schema", "/data/fullname"),
        ("GET /v1/user/{no}", "undocumented-field", "/data/nickname"),
        ("GET /v1/user/{no}", "missing-required", "/message"),
        ("GET /v1/user/{no}", "undocumented-status", ""),
        ("GET /v1/nothing", "undocumented-operation", ""),
    }
    assert [u["url"].rsplit("/", 2)[-2:] for u in report["unmatched"]] == [["v1", "nothing"]]


def test_each_finding_cites_the_lines_of_its_element(drift_report: dict[str, Any]) -> None:
    api = load_vendor("planiso")
    user = api.schemas.named("User")
    envelope = api.schemas.named("UserEnvelope")
    operation = api.document["paths"]["/v1/user/{no}"]["get"]
    expected = {
        "/data/fullname": _cited(user),
        "/data/nickname": _cited(user),
        "/message": _cited(envelope["properties"]["message"]),
        "": _cited(operation),
    }
    for finding in drift_report["report"]["findings"]:
        if finding["operation"] == "GET /v1/user/{no}":
            assert finding["source"] == expected[finding["pointer"]], finding
    lines = drift_report["stdout"].splitlines()
    assert any("schema" in line and "/data/fullname" in line for line in lines)


def test_conforming_calls_confirm_the_inferences_they_exercise(
    drift_report: dict[str, Any],
) -> None:
    api = load_vendor("planiso")
    organization = api.schemas.named("Organization")["properties"]
    present = set(_example("planiso", "GET /v1/organization/{no}")["data"])
    expected = {
        f"schema Organization › field {name}"
        for name, node in organization.items()
        if "x-inferred" in node and name in present
    }
    assert expected, "the Organization example exercises no inferred field"
    confirmed = {i["element"] for i in drift_report["report"]["inferences"]["confirmed"]}
    assert expected <= confirmed
    assert drift_report["report"]["inferences"]["refuted"] == []
    reasons = {i["element"]: i["reason"] for i in drift_report["report"]["inferences"]["confirmed"]}
    for name in (e.rsplit(" ", 1)[1] for e in expected):
        assert reasons[f"schema Organization › field {name}"] == organization[name]["x-inferred"]


def test_secrets_never_leave_in_clear(drift_report: dict[str, Any]) -> None:
    assert SECRET not in drift_report["text"]
    assert SECRET not in drift_report["stdout"] + drift_report["stderr"]
    assert "Bearer REDACTED" in drift_report["text"]


def test_the_recorded_har_verifies_to_the_same_findings(
    drift_report: dict[str, Any], tmp_path: Path
) -> None:
    done = _run("verify", "planiso", "--har", str(drift_report["har"]),
                "--json", str(tmp_path / "v.json"), "--markdown", str(tmp_path / "v.md"))  # fmt: skip
    assert done.returncode == 1, done.stderr
    again = json.loads((tmp_path / "v.json").read_text())
    assert _findings(again) == _findings(drift_report["report"])
    markdown = (tmp_path / "v.md").read_text()
    assert "### GET /v1/user/{no}" in markdown
    user = _cited(load_vendor("planiso").schemas.named("User"))
    assert f"lines {user['lines'][0]}–{user['lines'][1]}" in markdown
    assert "| findings: schema | 1 |" in markdown
    assert "| inferences refuted | 0 |" in markdown


@pytest.mark.slow
@pytest.mark.parametrize("vendor", VENDORS)
def test_documented_traffic_conforms_for_every_vendor(vendor: str, tmp_path: Path) -> None:
    """Every operation called as documented, through the proxy, to the mock: no finding."""
    spec_path = ROOT / "generated" / vendor / "openapi.yaml"
    api = load_vendor(vendor)
    with MockServer(spec_path) as mock:
        proxy = Proxy(api, vendor, upstream=mock.url, record=tmp_path / "r.har", echo=False)
        proxy.start()
        try:
            for _, method, path in all_operations(spec_path):
                call = valid_request(mock.spec, method, path)
                answer = httpx.request(call.method, proxy.url + call.path, **call.kwargs)
                assert answer.status_code < 400, (method, path, answer.text[:300])
        finally:
            proxy.stop()
            assert proxy.recorder is not None
            proxy.recorder.close()
    report = proxy.report.as_json()
    assert report["exchanges"] == len(api.operations)
    assert report["findings"] == [], report["findings"][:3]
    done = _run("verify", vendor, "--har", str(tmp_path / "r.har"))
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr
    assert f"{len(api.operations)} exchange(s), {len(api.operations)} matched" in done.stdout


@pytest.mark.parametrize("name", ["handwritten-lagerkoll.har", "newman-lagerkoll.har"])
def test_hand_written_and_newman_hars_verify(name: str, tmp_path: Path) -> None:
    done = _run(
        "verify", "lagerkoll", "--har", str(DATA / name), "--json", str(tmp_path / "r.json")
    )
    report = json.loads((tmp_path / "r.json").read_text())
    assert done.returncode == 1, done.stderr
    assert report["exchanges"] == 3
    # the third exchange sends a project whose id is a string
    assert _findings(report) == {("GET /{project_id}", "schema", "/projectId")}
    confirmed = {i["element"] for i in report["inferences"]["confirmed"]}
    assert "GET /{project_id} › parameter project_id" in confirmed
    refuted = {i["element"] for i in report["inferences"]["refuted"]}
    assert refuted == set()
    assert "secret-api-key" not in (tmp_path / "r.json").read_text() + done.stdout


def test_entries_are_streamed_one_by_one(tmp_path: Path) -> None:
    entry = json.loads((DATA / "handwritten-lagerkoll.har").read_text())["log"]["entries"][0]
    path = tmp_path / "many.har"
    text = json.dumps(entry)
    path.write_text('{"log": {"version": "1.2", "entries": [' + ",".join([text] * 3000) + "]}}")
    count = sum(1 for _ in iter_entries(path))
    assert count == 3000


@pytest.mark.parametrize(
    ("args", "content", "expected"),
    [
        (["nosuchvendor"], "{}", "unknown vendor 'nosuchvendor'"),
        (["planiso"], None, "no such file"),
        (["planiso"], "not json at all", "not a HAR file"),
        (["planiso"], '{"version": 1}', "no `log` object"),
        (["planiso"], '{"log": {"entries": {}}}', "`log.entries` is not an array"),
        (["planiso"], '{"log": {"entries": [{"request": {}', "not valid JSON"),
        (["planiso"], '{"log": {"entries": [{"request": {}, "response": {}}]}}', "entries[0]"),
        (["planiso"], b"\xff\xfe{", "not UTF-8"),
    ],
)
def test_bad_input_gives_one_error_and_writes_nothing(
    args: list[str], content: str | bytes | None, expected: str, tmp_path: Path
) -> None:
    har = tmp_path / "in.har"
    if isinstance(content, bytes):
        har.write_bytes(content)
    elif content is not None:
        har.write_text(content)
    done = _run("verify", *args, "--har", str(har), "--json", str(tmp_path / "out.json"))
    assert done.returncode == 2
    assert done.stdout == ""
    assert len(done.stderr.strip().splitlines()) == 1, done.stderr
    assert expected in done.stderr and done.stderr.startswith("error: ")
    assert sorted(p.name for p in tmp_path.iterdir()) == (["in.har"] if content is not None else [])


def test_proxy_bad_input_gives_one_error(tmp_path: Path) -> None:
    for args, expected in (
        (["planiso", "--upstream", "ftp://x"], "not an http(s) URL"),
        (["nosuchvendor", "--upstream", "http://127.0.0.1:9"], "unknown vendor"),
        (["planiso", "--upstream", "http://127.0.0.1:9", "--report", str(tmp_path / "no" / "r")],
         "does not exist"),
    ):  # fmt: skip
        done = _run("proxy", *args)
        assert done.returncode == 2
        assert len(done.stderr.strip().splitlines()) == 1 and expected in done.stderr
