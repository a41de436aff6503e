"""`make bench` at its smallest sizes: every section runs and the table is complete.

No timing is asserted: the figures of a smoke run mean nothing, only that each is produced.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "tools" / "bench"
sys.path.insert(0, str(BENCH))

from bench import decode, scaling, table  # noqa: E402


@pytest.fixture(scope="module")
def smoke_table() -> str:
    env = dict(os.environ, PYTHONPATH=str(BENCH))
    done = subprocess.run(
        [sys.executable, "-m", "bench", "--smoke"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout


@pytest.mark.slow
def test_every_section_prints_its_rows(smoke_table: str) -> None:
    for measure in (
        "python -m generator specs, fresh process (lagerkoll)",
        "stage validate, summed over vendors",
        "stage clients, summed over vendors",
        "build 5 operations",
        "cost/op at 10 ÷ cost/op at 5",
        "decode 20 Lagerkoll projects: ours",
        "ours ÷ raw httpx (per request)",
        "verify 200 exchanges",
        "peak memory of the verify process",
    ):
        assert measure in smoke_table
    peer_rows = "their time ÷ ours (client, one vendor)" in smoke_table
    assert peer_rows or "openapi-python-client not installed" in smoke_table


@pytest.mark.slow
def test_each_target_is_judged(smoke_table: str) -> None:
    judged = re.findall(
        r"(≤ [\d.]+ s|≤ [\d.]+×|≥ [\d.]+×|> 1×|≥ [\d,]+/s)\s+(met|MISSED)\s*$", smoke_table, re.M
    )
    peer = "openapi-python-client not installed" not in smoke_table
    assert len(judged) == (7 if peer else 4)
    summary = re.search(r"^(\d+) of (\d+) targets met\.$", smoke_table, re.M)
    assert summary is not None
    assert int(summary.group(2)) == len(judged)
    assert int(summary.group(1)) == sum(1 for _, status in judged if status == "met")


def test_synthetic_vendor_has_the_requested_operations() -> None:
    vendor = scaling.synthetic_vendor(7)
    assert len(vendor.operations) == 7
    assert len({op.operation_id for op in vendor.operations}) == 7


def test_projects_body_repeats_the_documented_project() -> None:
    from generator.emit import load_yaml

    spec = load_yaml((ROOT / "generated" / "lagerkoll" / "openapi.yaml").read_text())
    page = json.loads(decode.projects_body(spec, items=3))
    assert page["projectsCount"] == 3
    assert [p["projectId"] for p in page["projects"]] == [0, 1, 2]
    assert all(p["articles"] for p in page["projects"])


def test_render_counts_met_and_missed() -> None:
    rows = [
        table.Row("s", "a", "1 s", "≤ 2 s", True),
        table.Row("s", "b", "3 s", "≤ 2 s", False),
        table.Row("s", "c", "x"),
    ]
    text = table.render(rows, header="h")
    assert "MISSED" in text
    assert text.endswith("1 of 2 targets met.")
