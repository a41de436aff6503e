"""Spec revisions: the number in each client's version, bumped when ``make specs`` writes a
changed spec (generator/revisions.py, specs/<vendor>/revision.json)."""

from __future__ import annotations

import hashlib
import json
import tomllib
from pathlib import Path

import pytest

from generator.load import vendor_keys
from generator.paths import GENERATED, revision_path
from generator.revisions import Revision, RevisionError, revision_for, revision_from_json
from tests.scratch import ACME, run_generator, scratch_project


def test_an_unchanged_spec_keeps_its_revision_and_a_changed_one_is_the_next() -> None:
    first = revision_for(None, b"openapi: 3.1.0\n")
    assert first.number == 1 and first.client_version == "0.1.0"
    assert revision_for(first, b"openapi: 3.1.0\n") is first
    second = revision_for(first, b"openapi: 3.1.0\ninfo: {}\n")
    assert (second.number, second.client_version) == (2, "0.2.0")
    assert second.spec_sha256 == hashlib.sha256(b"openapi: 3.1.0\ninfo: {}\n").hexdigest()


@pytest.mark.parametrize(
    ("text", "complaint"),
    [
        ("{", "not JSON"),
        ('{"revision": 0, "spec_sha256": "' + "0" * 64 + '"}', "`revision` must be"),
        ('{"revision": true, "spec_sha256": "' + "0" * 64 + '"}', "`revision` must be"),
        ('{"revision": 3, "spec_sha256": "abc"}', "`spec_sha256` must be"),
        ("[]", "`revision` must be"),
    ],
)
def test_a_broken_record_is_named_with_what_is_wrong(text: str, complaint: str) -> None:
    with pytest.raises(RevisionError, match=complaint) as caught:
        revision_from_json(text, where="specs/x/revision.json")
    assert str(caught.value).startswith("specs/x/revision.json: ")


def test_a_record_reads_back_as_written() -> None:
    revision = Revision(7, "ab" * 32)
    assert revision_from_json(revision.to_json().decode(), where="x") == revision


@pytest.mark.parametrize("key", vendor_keys())
def test_each_committed_client_carries_the_revision_of_its_committed_spec(key: str) -> None:
    record = revision_from_json(revision_path(key).read_text(encoding="utf-8"), where=key)
    spec = (GENERATED / key / "openapi.yaml").read_bytes()
    assert record.spec_sha256 == hashlib.sha256(spec).hexdigest(), (
        f"specs/{key}/revision.json numbers another spec than generated/{key}/openapi.yaml: "
        "run `make specs`"
    )
    project = tomllib.loads((GENERATED / key / "client" / "pyproject.toml").read_text())
    assert project["project"]["version"] == record.client_version


def _client_version(project: Path, key: str) -> str:
    text = (project / "generated" / key / "client" / "pyproject.toml").read_text()
    return str(tomllib.loads(text)["project"]["version"])


@pytest.mark.slow
def test_make_specs_bumps_the_revision_only_when_the_spec_changes(tmp_path: Path) -> None:
    project = scratch_project(tmp_path / "project", {"acme": ACME})
    record = project / "specs" / "acme" / "revision.json"

    first = run_generator(project, "specs", "--jobs", "1")
    assert first.returncode == 0, first.stderr
    assert json.loads(record.read_text())["revision"] == 1
    assert _client_version(project, "acme") == "0.1.0"

    again = run_generator(project, "specs", "--jobs", "1")
    assert again.returncode == 0, again.stderr
    assert json.loads(record.read_text())["revision"] == 1
    assert "revision" not in again.stdout

    operations = project / "specs" / "acme" / "operations.py"
    text = operations.read_text()
    assert 'summary="' in text
    operations.write_text(text.replace('summary="', 'summary="Revised: ', 1))
    stale = run_generator(project, "check", "--jobs", "1")
    assert stale.returncode != 0 and "acme/client/pyproject.toml" in stale.stderr

    changed = run_generator(project, "specs", "--jobs", "1")
    assert changed.returncode == 0, changed.stderr
    assert "acme: the spec changed: revision 2 (was 1)" in changed.stdout
    assert json.loads(record.read_text())["revision"] == 2
    assert _client_version(project, "acme") == "0.2.0"
    assert run_generator(project, "check", "--jobs", "1").returncode == 0


def test_a_broken_record_stops_the_build_and_nothing_is_written(tmp_path: Path) -> None:
    project = scratch_project(tmp_path / "project", {"acme": ACME})
    (project / "specs" / "acme" / "revision.json").write_text('{"revision": "two"}')
    done = run_generator(project, "specs", "--jobs", "1")
    assert done.returncode != 0
    assert "specs/acme/revision.json: `revision` must be a whole number" in done.stderr
    assert not (project / "generated").exists()
