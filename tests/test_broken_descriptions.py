"""Each folder of tests/data/ holds a one-file vendor description and the errors it must give.

`valid` gives none; every other case is one curation mistake. A case must report exactly its
expected errors, exit non-zero through the CLI path, and leave the output folder untouched.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.pipeline import generate
from generator.problems import PipelineError
from tests.data.acme_base import PIN

DATA = Path(__file__).parent / "data"
CASES = sorted(p.name for p in DATA.iterdir() if (p / "vendor.py").exists())


def run_case(case: str, out: Path) -> list[str]:
    """Generate one case into ``out``; the error lines it reported (none when it passed)."""
    try:
        generate(None, out=out, vendor_files=[DATA / case / "vendor.py"], pins=[PIN])
    except PipelineError as exc:
        return [str(p) for p in exc.problems]
    return []


def test_there_are_enough_cases() -> None:
    assert len(CASES) - 1 >= 10


@pytest.mark.parametrize("case", CASES)
def test_case_reports_exactly_its_errors(case: str, tmp_path: Path) -> None:
    expected = (DATA / case / "expected.txt").read_text().splitlines()
    out = tmp_path / "generated"
    out.mkdir()
    sentinel = out / "acme" / "openapi.yaml"
    sentinel.parent.mkdir()
    sentinel.write_text("previous run\n")

    errors = run_case(case, out)

    assert errors == [line for line in expected if line]
    if errors:
        assert sentinel.read_text() == "previous run\n", "a failing run must not write"
        assert sorted(p.name for p in out.iterdir()) == ["acme"]
    else:
        assert sentinel.read_text().startswith("openapi: 3.1.0")


def test_workers_report_each_vendors_errors_in_vendor_order(tmp_path: Path) -> None:
    """Built in parallel worker processes, errors come back as a sequential run gives them."""
    cases = ["valid", "unknown_tag", "duplicate_route"]
    files = [DATA / case / "vendor.py" for case in cases]
    with pytest.raises(PipelineError) as parallel:
        generate(None, out=tmp_path / "a", vendor_files=files, pins=[PIN], jobs=2)
    with pytest.raises(PipelineError) as sequential:
        generate(None, out=tmp_path / "b", vendor_files=files, pins=[PIN], jobs=1)
    assert [str(p) for p in parallel.value.problems] == [str(p) for p in sequential.value.problems]
    expected = [
        line for case in cases for line in (DATA / case / "expected.txt").read_text().splitlines()
    ]
    assert sorted(str(p) for p in parallel.value.problems) == sorted(filter(None, expected))
    assert not (tmp_path / "a").exists()
