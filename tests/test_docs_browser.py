"""Each reference.html in headless Chromium: one section per operation, a working filter box,
no console error, nothing fetched from the network; a screenshot per vendor for review."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path
from typing import Any

import pytest

from generator.build_types import VendorBuild
from generator.validate import operations
from tests.conftest import Generation

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = Path(os.environ.get("CHROMIUM", "/usr/bin/chromium"))
NODE_TOOLS = ROOT / ".cache" / "node"
SCRIPT = ROOT / "tests" / "browser" / "check_reference.mjs"
SCREENSHOTS = ROOT / ".cache" / "screenshots"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not CHROMIUM.exists() or not (NODE_TOOLS / "node_modules" / "playwright-core").exists(),
        reason=f"needs {CHROMIUM} and playwright-core in {NODE_TOOLS}: run `make browser`",
    ),
]


@pytest.fixture(scope="module")
def checked(generation: Generation) -> tuple[list[VendorBuild], dict[str, Any]]:
    """The reference pages of the session's generation (tests/conftest.py), checked in Chromium."""
    out, builds = generation.out, generation.builds
    if not builds:
        pytest.skip("no vendor description builds at the moment")
    jobs = []
    for build in builds:
        last = list(operations(build.spec))[-1][2]
        jobs.append(
            {
                "vendor": build.key,
                "html": str(out / build.key / "reference.html"),
                "filter": str(last["operationId"]),
                "screenshot": str(SCREENSHOTS / f"{build.key}.png"),
            }
        )
    done = subprocess.run(
        ["node", str(SCRIPT), json.dumps(jobs)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        env={**os.environ, "NODE_TOOLS": str(NODE_TOOLS), "CHROMIUM": str(CHROMIUM)},
    )
    assert done.returncode == 0, done.stderr[-3000:]
    result: dict[str, Any] = json.loads(done.stdout)
    return builds, {r["vendor"]: r for r in result["results"]}


def test_every_operation_has_a_section(checked: tuple[list[VendorBuild], dict[str, Any]]) -> None:
    builds, results = checked
    assert sorted(results) == sorted(b.key for b in builds)
    for build in builds:
        result = results[build.key]
        assert result["sections"] == result["navItems"] == build.stats.operations, build.key
        assert result["visibleBefore"] == build.stats.operations


def test_filter_box_narrows_the_list(checked: tuple[list[VendorBuild], dict[str, Any]]) -> None:
    builds, results = checked
    for build in builds:
        result = results[build.key]
        assert result["targetVisible"], build.key
        assert 1 <= result["visibleAfterFilter"] == result["navAfterFilter"]
        if build.stats.operations > 1:
            assert result["visibleAfterFilter"] < build.stats.operations, build.key
        assert (
            result["countText"]
            == f"{result['visibleAfterFilter']} of {build.stats.operations} operations"
        )
        assert result["visibleNoMatch"] == 0 and result["noMatchShown"]
        assert result["restoredAfterClear"] == build.stats.operations


def test_no_console_error_and_nothing_fetched(
    checked: tuple[list[VendorBuild], dict[str, Any]],
) -> None:
    _, results = checked
    for key, result in results.items():
        assert result["consoleErrors"] == [] and result["pageErrors"] == [], key
        assert result["requests"] == [], key
        assert Path(result["screenshot"]).stat().st_size > 10_000, key
