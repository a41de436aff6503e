"""Each folder of tests/data/ holds a one-file vendor description and the errors it must give.

`valid` gives none; every other case is one curation mistake. A case must report exactly its
expected errors, exit non-zero through the CLI path, and leave the output folder untouched.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.pipeline import generate
from generator.problems import PipelineError

DATA = Path(__file__).parent / "data"
CASES = sorted(p.name for p in DATA.iterdir() if (p / "vendor.py").exists())


def run_case(case: str, out: Path) -> list[str]:
    """Generate one case into ``out``; the error lines it reported (none when it passed)."""
    try:
        generate(None, out=out, vendor_files=[DATA / case / "vendor.py"])
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
