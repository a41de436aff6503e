"""Section 1: full regeneration in a fresh process, and the per-stage breakdown in-process."""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from bench.table import Row, median_seconds, seconds

from generator.build_types import VendorBuild
from generator.pipeline import fewer_collections, generate

TARGET_FULL = 2.0
STAGES = ("load+check", "build", "emit", "validate", "docs", "clients")


def regenerate(vendors: list[str] | None, *, out: Path) -> None:
    """``python -m generator specs --out OUT`` in a fresh interpreter (imports included)."""
    command = [sys.executable, "-m", "generator", "specs", "--out", str(out)]
    for key in vendors or []:
        command += ["--vendor", key]
    subprocess.run(command, check=True, capture_output=True)


def stage_seconds(vendors: list[str] | None, *, runs: int) -> dict[str, dict[str, float]]:
    """Median seconds per vendor and stage over ``runs`` in-process runs of the pipeline."""
    samples: dict[str, dict[str, list[float]]] = {}
    fewer_collections()  # as python -m generator runs

    def record(build: VendorBuild) -> None:
        for stage, value in build.stats.seconds.items():
            samples.setdefault(build.key, {}).setdefault(stage, []).append(value)

    for _ in range(max(runs, 1)):
        with tempfile.TemporaryDirectory(prefix="bench-stages-") as tmp:
            generate(vendors, out=Path(tmp), on_vendor=record)
    return {
        key: {stage: statistics.median(values) for stage, values in stages.items()}
        for key, stages in sorted(samples.items())
    }


def measure(vendors: list[str] | None, *, runs: int, out: Path) -> list[Row]:
    """The wall time of a full regeneration and what each stage costs, summed over vendors.

    The last fresh run's output stays in ``out``: the later sections read its YAML files.
    """
    label = "all vendors" if vendors is None else ", ".join(vendors)
    wall = median_seconds(lambda: regenerate(vendors, out=out), runs=runs)
    rows = [
        Row(
            "1 pipeline",
            f"python -m generator specs, fresh process ({label})",
            seconds(wall),
            f"≤ {TARGET_FULL:.0f} s",
            wall <= TARGET_FULL,
        )
    ]
    per_vendor = stage_seconds(vendors, runs=runs)
    for stage in STAGES:
        total = sum(stages.get(stage, 0.0) for stages in per_vendor.values())
        worst = max(per_vendor, key=lambda key: per_vendor[key].get(stage, 0.0))
        detail = f"{seconds(total)} (most: {worst} {seconds(per_vendor[worst].get(stage, 0.0))})"
        rows.append(Row("1 pipeline", f"  stage {stage}, summed over vendors", detail))
    return rows
