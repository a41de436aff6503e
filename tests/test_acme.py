"""The test vendor tests/data/acme/ through the whole pipeline, as a sixth vendor would go.

A scratch copy of the project gets acme's folder in specs/acme/ and nothing else (its document
is in tests/data/documents/); there ``python -m generator specs`` builds the 3.1 spec, the 3.0.3
copy, the client, the reference docs and the index, ``check`` and ``coverage`` pass, and what it
wrote equals the golden files in tests/data/golden/ (``make golden`` regenerates them). The mock
serves the spec over real HTTP on 127.0.0.1 and the generated client calls every operation
against it, sync and async.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import httpx
import pytest

from generator.cli import stale_files
from generator.emit import load_yaml
from generator.mock import Fault, MockServer
from generator.problems import Problems
from generator.validate import operations, validate_document
from tests.clienttools import import_client
from tests.scratch import ACME, GOLDEN, run_generator, scratch_project

ACME_SECRET = "acme-test-key-4f1d"
AUTH = {"Authorization": f"Bearer {ACME_SECRET}"}
GEAR = {"no": "8", "name": "Gear", "colour": "blue"}
SPROCKET = {"no": "1", "name": "Sprocket", "colour": "red"}


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the toolkit with acme as its only vendor, generated."""
    folder = scratch_project(tmp_path_factory.mktemp("acme") / "project", {"acme": ACME})
    done = run_generator(folder, "specs", "--jobs", "1")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "acme" in done.stdout and "1 vendor(s), 3 operations" in done.stdout
    return folder


@pytest.fixture(scope="module")
def spec_path(project: Path) -> Path:
    return project / "generated" / "acme" / "openapi.yaml"


def test_the_build_equals_the_golden_files(project: Path) -> None:
    stale = stale_files(GOLDEN, project / "generated")
    assert not stale, (
        "tests/data/golden/ differs from a fresh build of tests/data/acme/; if the change is "
        "intended, run `make golden` and commit it. Differing: " + ", ".join(stale)
    )


def test_check_and_coverage_pass_with_nothing_but_its_folder(project: Path) -> None:
    assert sorted(p.name for p in (project / "specs").iterdir()) == ["__init__.py", "acme"]
    check = run_generator(project, "check", "--jobs", "1")
    assert check.returncode == 0, check.stderr
    coverage = run_generator(project, "coverage", "acme")
    assert coverage.returncode == 0, coverage.stderr
    assert coverage.stdout.splitlines() == [
        "acme: acme.en.txt, 43 of 43 non-blank lines cited (100.0 %); 0 uncited stretch(es), "
        "0 draft(s) left, 0 element(s) marked inferred",
        "  every non-blank line is cited and no draft is left",
    ]


def test_both_specs_pass_the_validation_gate(project: Path) -> None:
    for name in ("openapi.yaml", "openapi-3.0.yaml"):
        spec = load_yaml((project / "generated" / "acme" / name).read_text())
        problems = Problems()
        assert validate_document(spec, label=name, problems=problems) == 6
        assert not problems.items, problems.items
        assert [f"{m.upper()} {p}" for m, p, _ in operations(spec)] == [
            "GET /v1/widget",
            "POST /v1/widget",
            "GET /v1/widget/{no}",
        ]
    body = load_yaml((project / "generated" / "acme" / "openapi.yaml").read_text())
    gear = body["paths"]["/v1/widget"]["post"]["requestBody"]["content"]["application/json"]
    assert gear["examples"]["gear"]["x-source"] == {
        "document": "acme.en.txt",
        "lines": [44, 44],
        "columns": [86, 119],
    }


def test_the_mock_answers_and_refuses_over_http(spec_path: Path) -> None:
    with MockServer(spec_path) as mock, httpx.Client(base_url=mock.url, timeout=10) as http:
        listed = http.get("/v1/widget", params={"colour": "red"}, headers=AUTH)
        assert (listed.status_code, listed.json()) == (
            200,
            [SPROCKET, {**SPROCKET, "no": "7", "name": "Flange"}],
        )
        assert http.get("/v1/widget/1", headers=AUTH).json() == SPROCKET
        added = http.post("/v1/widget", json={"name": "Gear", "colour": "blue"}, headers=AUTH)
        assert (added.status_code, added.json()) == (201, GEAR)
        fields = {
            "query.colour": http.get("/v1/widget", params={"colour": "purple"}, headers=AUTH),
            "path.no": http.get("/v1/widget/x", headers=AUTH),
            "body": http.post("/v1/widget", headers=AUTH),
            "body.colour": http.post("/v1/widget", json={"name": "Gear"}, headers=AUTH),
        }
        for field, refused in fields.items():
            assert refused.status_code == 400, (field, refused.text)
            assert field in [e["field"] for e in refused.json()["errors"]], refused.json()
        assert http.get("/v1/widget/1").status_code == 401
        assert [r.operation_id for r in mock.requests][:3] == [
            "listWidgets",
            "getWidget",
            "addWidget",
        ]


def test_the_client_calls_every_operation_against_the_mock(project: Path, spec_path: Path) -> None:
    acme = import_client("acme", project / "generated" / "acme" / "client")
    with MockServer(spec_path) as mock:
        with acme.Client(bearer=ACME_SECRET, base_url=mock.url) as client:
            widgets = client.widgets.list(colour=acme.models.Colour.RED)
            assert [(w.no, w.name, w.colour) for w in widgets] == [
                ("1", "Sprocket", acme.models.Colour.RED),
                ("7", "Flange", acme.models.Colour.RED),
            ]
            assert client.widgets.get(no=1).name == "Sprocket"
            added = client.widgets.add_widget(
                body=acme.models.NewWidget(name="Gear", colour="blue")
            )
            assert added.model_dump(mode="json") == GEAR
            mock.enqueue(Fault(status=404))
            with pytest.raises(acme.NotFoundError) as missing:
                client.widgets.get(no=2)
            assert missing.value.payload.model_dump() == {"code": 404, "message": "No such widget"}
            assert ACME_SECRET not in repr(client) and ACME_SECRET not in str(missing.value)

        async def calls() -> list[str]:
            async with acme.AsyncClient(bearer=ACME_SECRET, base_url=mock.url) as client:
                widgets = await client.widgets.list()
                one = await client.widgets.get(no=7)
                added = await client.widgets.add_widget(body={"name": "Gear", "colour": "blue"})
                return [str(len(widgets)), one.name, added.no]

        assert asyncio.run(calls()) == ["2", "Sprocket", "8"]
        assert {r.operation_id for r in mock.requests} == {"listWidgets", "getWidget", "addWidget"}
        assert all(r.headers.get("authorization") == f"Bearer {ACME_SECRET}" for r in mock.requests)
