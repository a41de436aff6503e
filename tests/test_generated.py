"""The golden record: generated/ is current, valid, deterministic, and faithful to the documents."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator.build_types import VendorBuild
from generator.cli import stale_files
from generator.emit import load_yaml
from generator.load import load_vendor, read_pin, vendor_keys
from generator.paths import vendor_docs
from generator.pins import split_lines
from generator.pipeline import SPEC_30, SPEC_31, generate
from generator.problems import Problems
from generator.validate import operations, validate_document
from generator.verbatim import check_examples_against_document
from tests.conftest import GENERATED, ROOT, SPEC_FILES, Generation, load_spec


def test_every_vendor_has_both_spec_files() -> None:
    keys = vendor_keys()
    assert keys, "no vendor descriptions found"
    assert sorted({p.parent.name for p in SPEC_FILES}) == keys
    assert len(SPEC_FILES) == 2 * len(keys)


@pytest.fixture(scope="module")
def fresh(generation: Generation) -> tuple[Path, list[VendorBuild]]:
    """The session's one in-process generation of every vendor: the folder it wrote and its
    builds (tests/conftest.py); its error, if a vendor did not build."""
    if generation.error is not None:
        raise generation.error
    return generation.out, generation.builds


def test_generated_is_up_to_date(fresh: tuple[Path, list[VendorBuild]]) -> None:
    stale = stale_files(GENERATED, fresh[0])
    assert not stale, (
        "generated/ is stale; run `make specs` and commit it. Differing: " + ", ".join(stale)
    )


@pytest.mark.slow
def test_worker_processes_give_the_same_files(
    fresh: tuple[Path, list[VendorBuild]], tmp_path: Path
) -> None:
    parallel = generate(None, out=tmp_path / "generated", jobs=2)
    assert [b.key for b in parallel] == [b.key for b in fresh[1]]
    assert not stale_files(fresh[0], tmp_path / "generated")


def test_a_run_of_some_vendors_keeps_the_index_of_all(tmp_path: Path) -> None:
    """``specs --vendor NAME`` into a folder with an index renders the index too: NAME from its
    fresh build, every other vendor from its spec in that folder (a new vendor is listed at
    once); a folder without an index gets none."""
    copy = tmp_path / "generated"
    shutil.copytree(GENERATED, copy)
    shutil.rmtree(copy / "lagerkoll")
    (copy / "README.md").write_text("an index from before lagerkoll was added\n")
    generate(["lagerkoll"], out=copy)
    assert not stale_files(GENERATED, copy)
    shutil.rmtree(copy / "planiso")
    problems = Problems()
    generate(["lagerkoll"], out=copy, problems=problems)
    index = (copy / "README.md").read_text()
    assert "(`lagerkoll`)" in index and "(`planiso`)" not in index
    assert [str(p) for p in problems.items] == [
        f"WARNING: planiso: not in README.md: {copy / 'planiso' / SPEC_31} is missing"
    ]
    fresh = tmp_path / "fresh"
    generate(["lagerkoll"], out=fresh)
    assert sorted(p.name for p in fresh.iterdir()) == ["lagerkoll"]


def test_views_read_exactly_what_the_emitted_yaml_says(
    fresh: tuple[Path, list[VendorBuild]],
) -> None:
    """The pipeline hands the views a copy of the document instead of re-parsing its YAML."""
    for build in fresh[1]:
        for name, tree in ((SPEC_31, build.spec), (SPEC_30, build.spec_30)):
            parsed = load_yaml(build.files[f"{build.key}/{name}"].decode())
            # Serialized, so that key order and int/str/float distinctions count too.
            assert json.dumps(parsed) == json.dumps(tree), f"{build.key}/{name}"


def test_spec_passes_the_whole_validation_gate(spec_file: Path) -> None:
    problems = Problems()
    checked = validate_document(load_spec(spec_file), label=spec_file.name, problems=problems)
    assert not problems.errors, "\n".join(map(str, problems.errors))
    assert checked > 0, "a vendor spec without any example"


def test_every_operation_cites_lines_that_exist(spec_file: Path) -> None:
    spec = load_spec(spec_file)
    document = spec["info"]["x-origin"]["document"]
    pin = read_pin(spec_file.parent.name)
    assert pin.document == document
    length = pin.line_count
    for method, path, op in operations(spec):
        start, end = op["x-source"]["lines"]
        assert op["x-source"]["document"] == document
        assert 1 <= start <= end <= length, f"{method} {path}: lines {start}-{end}"


@pytest.mark.document_text
@pytest.mark.parametrize("key", vendor_keys())
def test_json_examples_are_verbatim_copies_of_the_cited_lines(key: str) -> None:
    """The build's rule (generator/verbatim.py), on every vendor's own document: each JSON
    example equals the JSON printed at the lines it cites, key order included; a parameter
    example is printed there as it is sent. tests/test_verbatim.py shows the rule failing."""
    problems = Problems()
    vendor = load_vendor(key, problems=problems)
    assert vendor is not None, problems.items
    pin = read_pin(key)
    data = (vendor_docs() / pin.document).read_bytes()
    assert pin.matches(data), f"{pin.document} differs from its pin: `make sources`"
    compared = check_examples_against_document(
        vendor, split_lines(data.decode("utf-8")), problems=problems
    )
    assert not problems.items, "\n".join(map(str, problems.items))
    assert compared > 0


@pytest.mark.slow
def test_generation_is_byte_identical_across_hash_seeds_locales_and_time_zones(
    tmp_path: Path,
) -> None:
    outputs = []
    settings = [("0", "C", "UTC"), ("4242", "C.UTF-8", "Pacific/Auckland")]
    for index, (seed, locale, zone) in enumerate(settings):
        out = tmp_path / f"run{index}"
        env = os.environ | {"PYTHONHASHSEED": seed, "LC_ALL": locale, "TZ": zone}
        subprocess.run(
            [sys.executable, "-m", "generator", "specs", "--out", str(out)],
            cwd=ROOT,
            env=env,
            check=True,
            capture_output=True,
        )
        outputs.append(out)
    assert stale_files(outputs[0], outputs[1]) == []


def test_installing_a_client_from_its_folder_leaves_generated_clean(
    fresh: tuple[Path, list[VendorBuild]], tmp_path: Path
) -> None:
    """`pip install ./generated/<vendor>/client`, as its README says, writes nothing into it (a
    copy of generated/ is used, so that a failure cannot dirty the golden record)."""
    copy = tmp_path / "generated"
    shutil.copytree(GENERATED, copy)
    site = tmp_path / "site"
    install = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
         "--no-deps", "--no-build-isolation", "--no-index", "--target", str(site),
         str(copy / "lagerkoll" / "client")],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert install.returncode == 0, install.stderr
    assert (site / "lagerkoll_client" / "client.py").is_file()
    assert (site / "lagerkoll_client" / "py.typed").is_file(), "typed package: py.typed shipped"
    assert not stale_files(copy, fresh[0]), "the install left files in generated/"
