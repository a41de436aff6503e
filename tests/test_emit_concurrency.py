"""Two runs writing one target at the same time: the lock serializes them, nothing interleaves.

Each writer is a real process (tests/racer.py) held at ``write_tree`` until both are there, then
released together and slowed, so that without the lock their writes are certain to overlap; a
premise test shows that they do, and that the result is then broken.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from generator.cli import stale_files
from tests.conftest import Generation

pytestmark = pytest.mark.slow  # real processes, held and slowed so that their writes overlap

ROOT = Path(__file__).resolve().parents[1]
ENTRIES = ["a", "b", "c"]


@dataclass
class Run:
    returncode: int
    stderr: str
    released: float
    first_write: float | None  # None: failed before staging anything
    done: float


def race(tmp: Path, *writers: list[str], unlocked: bool = False) -> list[Run]:
    """Start one racer per argument list, release them together, wait for both."""
    go = tmp / "go"
    procs = []
    for n, args in enumerate(writers):
        report, ready = tmp / f"report-{n}.json", tmp / f"ready-{n}"
        command = [sys.executable, "-m", "tests.racer", str(report), str(ready), str(go)]
        procs.append(
            subprocess.Popen(
                [*command, *(["--unlocked"] if unlocked else []), *args],
                cwd=ROOT,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
                text=True,
            )
        )
    try:
        deadline = time.monotonic() + 120
        while not all((tmp / f"ready-{n}").exists() for n in range(len(procs))):
            failed = [p for p in procs if p.poll() is not None]
            assert not failed, f"a writer ended before writing: {failed[0].communicate()[1]}"
            assert time.monotonic() < deadline, "the writers never reached write_tree"
            time.sleep(0.01)
        go.touch()
        runs = []
        for n, proc in enumerate(procs):
            _, stderr = proc.communicate(timeout=120)
            times = json.loads((tmp / f"report-{n}.json").read_text())
            runs.append(
                Run(
                    proc.returncode,
                    stderr,
                    times["released"],
                    times.get("first_write"),
                    times["done"],
                )
            )
    finally:
        for proc in procs:  # only after a failed assertion: leave no writer behind
            if proc.poll() is None:
                proc.kill()
                proc.communicate()
    return runs


def tree(target: Path) -> dict[str, str]:
    return {
        p.relative_to(target).as_posix(): p.read_text()
        for p in sorted(target.rglob("*"))
        if p.is_file()
    }


def one_writers_tree(tag: str) -> dict[str, str]:
    return {f"{e}/f{i}": f"{tag} {e} {i}\n" for e in ENTRIES for i in range(3)}


def old_target(tmp: Path) -> Path:
    """A target whose every entry exists already, so each swap also moves the old one out."""
    target = tmp / "generated"
    for entry in ENTRIES:
        (target / entry).mkdir(parents=True)
        (target / entry / "old").write_text("old\n")
    return target


def writers(target: Path) -> tuple[list[str], list[str]]:
    # Opposite entry orders: two unserialized swaps then cross, so no writer can win them all.
    return (
        ["tree", str(target), "A", *ENTRIES],
        ["tree", str(target), "B", *reversed(ENTRIES)],
    )


def test_two_writers_are_serialized_and_one_complete_tree_wins(tmp_path: Path) -> None:
    target = old_target(tmp_path)
    runs = race(tmp_path, *writers(target))
    first, second = sorted(runs, key=lambda r: r.done)
    assert (first.returncode, second.returncode) == (0, 0), first.stderr + second.stderr
    # Released together, yet the second staged nothing until the first had finished.
    assert second.released < first.done
    assert second.first_write is not None and second.first_write >= first.done
    last = "AB"[runs.index(second)]
    assert tree(target) == one_writers_tree(last)  # all of the last writer, nothing old
    assert not list(tmp_path.glob(".staging-*"))


def test_premise_without_the_lock_the_writers_overlap_and_the_tree_breaks(
    tmp_path: Path,
) -> None:
    """The test above could fail: unlocked, the same race gives a mixed tree or a failed run."""
    target = old_target(tmp_path)
    runs = race(tmp_path, *writers(target), unlocked=True)
    first, second = sorted(runs, key=lambda r: r.done)
    assert second.first_write is not None and second.first_write < first.done
    clean = all(r.returncode == 0 for r in runs) and tree(target) in (
        one_writers_tree("A"),
        one_writers_tree("B"),
    )
    assert not clean, "unlocked writers left a clean tree: the race did not race"


def test_two_real_generator_runs_leave_exactly_one_runs_output(
    tmp_path: Path, generation: Generation
) -> None:
    """``python -m generator specs`` twice at once: both succeed, the output is one run's."""
    vendors = ["--vendor", "lagerkoll", "--vendor", "planningpme"]
    racing = tmp_path / "race"
    racing.mkdir()
    target = racing / "generated"
    first, second = sorted(
        race(
            racing,
            ["cli", "specs", *vendors, "--out", str(target)],
            ["cli", "specs", *vendors[2:], *vendors[:2], "--out", str(target)],  # other order
        ),
        key=lambda r: r.done,
    )
    assert (first.returncode, second.returncode) == (0, 0), first.stderr + second.stderr
    assert second.released < first.done  # both were writing at once ...
    assert second.first_write is not None and second.first_write >= first.done  # ... in turn
    assert sorted(p.name for p in target.iterdir()) == ["lagerkoll", "planningpme"]
    for vendor in ("lagerkoll", "planningpme"):  # what a run alone writes (the session's run)
        assert stale_files(generation.out / vendor, target / vendor) == [], vendor
    assert sorted(p.name for p in racing.iterdir() if p.name.startswith(".")) == [
        ".generated.lock"
    ]  # no staging folder left behind
