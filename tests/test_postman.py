"""The Postman collections: valid v2.1, deterministic, and proven by running them with newman
against the mock (every request answers its documented success; with one credential left out,
exactly the requests that need it get a 401)."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from generator.mock.replies import success_answer
from generator.openapi import Api, Operation, read_api
from generator.postman import render_postman
from generator.postman.auth import plan_auth
from generator.postman.collection import base_url, stable_id
from tests.conftest import GENERATED, ROOT, load_spec
from tests.mockserver import MockServer

#: Postman Collection Format v2.1.0, vendored (source: tests/data/postman/README.md).
SCHEMA = ROOT / "tests" / "data" / "postman" / "collection-v2.1.0.schema.json"
NEWMAN = ROOT / ".cache" / "node" / "node_modules" / "newman" / "bin" / "newman.js"
VENDORS = sorted(p.parent.name for p in GENERATED.glob("*/openapi.yaml"))


def _api(vendor: str) -> Api:
    return read_api(load_spec(GENERATED / vendor / "openapi.yaml"))


def _committed(vendor: str, name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((GENERATED / vendor / "postman" / name).read_text())
    return data


def _requests(collection: dict[str, Any]) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    for entry in collection["item"]:
        found.extend(_requests(entry) if "item" in entry else [entry])
    return found


@pytest.mark.parametrize("vendor", VENDORS)
def test_the_collection_is_valid_v2_1(vendor: str) -> None:
    schema = json.loads(SCHEMA.read_text())
    collection = _committed(vendor, "collection.json")
    jsonschema.Draft7Validator(schema).validate(collection)
    api = _api(vendor)
    items = _requests(collection)
    assert len(items) == len(api.operations)
    assert {i["id"] for i in items} == {stable_id(vendor, o.operation_id) for o in api.operations}


@pytest.mark.parametrize("vendor", VENDORS)
def test_the_environment_holds_every_credential_empty(vendor: str) -> None:
    api = _api(vendor)
    values = {v["key"]: v for v in _committed(vendor, "environment.json")["values"]}
    assert values["baseUrl"]["value"] == base_url(api)
    for name in api.servers[0].variables:
        assert values[name]["value"] == str(api.servers[0].variables[name].get("default", ""))
    for variable in plan_auth(api).variables:
        assert values[variable.key]["value"] == ""
        assert values[variable.key]["type"] == ("secret" if variable.secret else "default")


def test_every_documented_response_example_is_saved() -> None:
    api = _api("planningpme")
    item = next(
        i
        for i in _requests(_committed("planningpme", "collection.json"))
        if i["id"] == stable_id("planningpme", "getToken")
    )
    op = api.operation("getToken")
    assert op is not None
    documented = sum(len(m.examples) for r in op.responses for m in r.content)
    assert documented and len(item["response"]) == documented
    assert item["response"][0]["code"] == 200


def test_rendering_is_deterministic() -> None:
    spec = load_spec(GENERATED / "lagerkoll" / "openapi.yaml")

    class Build:
        key = "lagerkoll"

    Build.spec = spec  # type: ignore[attr-defined]
    first = render_postman(Build)  # type: ignore[arg-type]
    assert first == render_postman(Build)  # type: ignore[arg-type]
    for name, data in first.items():
        assert (GENERATED / name).read_bytes() == data


# --- newman against the mock ------------------------------------------------------------------
needs_newman = pytest.mark.skipif(
    shutil.which("node") is None or not NEWMAN.is_file(),
    reason=f"node or newman is not installed ({NEWMAN}): `make node-tools` installs it",
)


def _newman(
    vendor: str, tmp_path: Path, *, url: str, left_out: str | None = None
) -> dict[str, int]:
    """Run the committed collection with test credentials; operationId → status answered."""
    collection = _committed(vendor, "collection.json")
    upload = tmp_path / "upload.txt"
    upload.write_text("file content")
    for item in _requests(collection):  # Postman asks for the file; the environment cannot
        for field in item["request"].get("body", {}).get("formdata", []):
            if field.get("type") == "file":
                field["src"] = str(upload)
    environment = _committed(vendor, "environment.json")
    for value in environment["values"]:
        if value["key"] == "baseUrl":
            value["value"] = url
        elif value["value"] == "":
            value["value"] = f"test-{value['key']}"
    environment["values"] = [v for v in environment["values"] if v["key"] != left_out]
    paths = {name: tmp_path / f"{name}.json" for name in ("collection", "environment", "report")}
    paths["collection"].write_text(json.dumps(collection))
    paths["environment"].write_text(json.dumps(environment))
    run = ["node", str(NEWMAN), "run", str(paths["collection"]), "-e", str(paths["environment"])]
    subprocess.run(
        [*run, "-r", "json", "--reporter-json-export", str(paths["report"]), "--timeout", "30000"],
        check=False,
        capture_output=True,
        timeout=300,
    )
    report = json.loads(paths["report"].read_text())
    ids = {stable_id(vendor, o.operation_id): o.operation_id for o in _api(vendor).operations}
    return {
        ids[e["item"]["id"]]: e.get("response", {}).get("code", 0)
        for e in report["run"]["executions"]
    }


def _success(op: Operation) -> int:
    answer = success_answer(op)  # the mock's rule (a bodyful 204 gives way to the 200)
    assert answer is not None and answer.code is not None
    return answer.code


@pytest.mark.slow
@needs_newman
@pytest.mark.parametrize("vendor", VENDORS)
def test_newman_gets_every_documented_success(vendor: str, tmp_path: Path) -> None:
    api = _api(vendor)
    with MockServer(GENERATED / vendor / "openapi.yaml") as mock:
        answered = _newman(vendor, tmp_path, url=mock.url)
    expected = {op.operation_id: _success(op) for op in api.operations}
    assert answered == expected


def _needs(api: Api, op: Operation, variable: str) -> bool | None:
    """Whether ``op``'s request needs ``variable`` (directly or through a fetched token); None
    for the operation that fetches a token from it in its own body (the mock cannot tell).

    The mock refuses a logon without its required body fields, but not a token request without
    `username`/`password` (the grant type decides which fields it needs, the schema cannot):
    there only the token request's own credentials (PlanningPME's app key) count."""
    plan = plan_auth(api)
    for source in plan.sources:
        if source.operation is op and variable in source.body_fields:
            return None
    for sent in plan.sends(op):
        if sent.variable == variable:
            return True
        for source in plan.sources:
            if source.variable == sent.variable and (
                (source.kind == "logon" and variable in source.body_fields)
                or any(s.variable == variable for s in source.sends)
            ):
                return True
    return False


def _left_out_cases() -> list[tuple[str, str]]:
    cases = []
    for vendor in VENDORS:
        api = _api(vendor)
        for variable in plan_auth(api).variables:
            if any(_needs(api, op, variable.key) for op in api.operations):
                cases.append((vendor, variable.key))
    return cases


@pytest.mark.slow
@needs_newman
@pytest.mark.parametrize(("vendor", "variable"), _left_out_cases())
def test_newman_without_one_credential_gets_401_where_it_is_needed(
    vendor: str, variable: str, tmp_path: Path
) -> None:
    api = _api(vendor)
    with MockServer(GENERATED / vendor / "openapi.yaml") as mock:
        answered = _newman(vendor, tmp_path, url=mock.url, left_out=variable)
    expected = {}
    for op in api.operations:
        needs = _needs(api, op, variable)
        if needs is not None:
            expected[op.operation_id] = 401 if needs else _success(op)
    assert {k: v for k, v in answered.items() if k in expected} == expected
    assert 401 in expected.values()
