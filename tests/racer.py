"""One writer of the concurrency tests (tests/test_emit_concurrency.py), run as a process.

python -m tests.racer REPORT READY GO [--unlocked] tree TARGET TAG ENTRY...
    ``emit.write_tree`` of three files per entry, each holding TAG, swapped in ENTRY order
python -m tests.racer REPORT READY GO [--unlocked] cli ARG...
    a real ``python -m generator ARG...`` run

Two writers only race if their writes overlap in time, so each is made to: it stops at
``write_tree``, creates READY and waits for GO (the test creates GO once both are ready), then
stages every file slowly and sleeps after every rename of the swap. ``--unlocked`` replaces the
lock by a no-op, for the test's check of its own premise. REPORT receives, as JSON, when the
process was released, when it staged its first file and when ``write_tree`` returned or failed
(``time.monotonic``, one clock for every process on Linux).
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
import time
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

import generator.emit as emit
import generator.pipeline as pipeline

STAGE_DELAY = 0.01  # per staged file
SWAP_DELAY = 0.2  # after each rename: far longer than the two processes' start-up skew


def main(argv: list[str]) -> int:
    report, ready, go = (Path(a) for a in argv[:3])
    rest = argv[3:]
    if rest[0] == "--unlocked":
        emit._exclusive = _no_lock  # type: ignore[assignment]
        rest = rest[1:]
    times: dict[str, float] = {}
    slowed = _Slowed(times)
    real_write_tree = emit.write_tree

    def write_tree(target: Path, files: Mapping[str, bytes], *, entries: list[str]) -> None:
        ready.touch()
        while not go.exists():
            time.sleep(0.002)
        times["released"] = time.monotonic()
        try:
            with slowed:
                real_write_tree(target, files, entries=entries)
        finally:
            times["done"] = time.monotonic()
            report.write_text(json.dumps(times))

    if rest[0] == "tree":
        target, tag, entries = Path(rest[1]), rest[2], rest[3:]
        files = {f"{e}/f{i}": f"{tag} {e} {i}\n".encode() for e in entries for i in range(3)}
        try:
            write_tree(target, files, entries=entries)
        except emit.OutputError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 1
        return 0
    from generator.cli import main as cli

    pipeline.write_tree = write_tree  # the name the pipeline calls
    return cli(rest[1:])


@contextlib.contextmanager
def _no_lock(target: Path) -> Iterator[None]:
    yield


class _Slowed:
    """While active: every staged file waits first, every rename waits after."""

    def __init__(self, times: dict[str, float]) -> None:
        self.times = times
        self.write_bytes = Path.write_bytes
        self.replace = os.replace

    def __enter__(self) -> None:
        def write_bytes(path: Path, data: Any) -> int:
            time.sleep(STAGE_DELAY)
            self.times.setdefault("first_write", time.monotonic())
            return self.write_bytes(path, data)

        def replace(src: Any, dst: Any, **kwargs: Any) -> None:
            self.replace(src, dst, **kwargs)
            time.sleep(SWAP_DELAY)

        _patch(Path, "write_bytes", write_bytes)
        _patch(os, "replace", replace)

    def __exit__(self, *exc: object) -> None:
        _patch(Path, "write_bytes", self.write_bytes)
        _patch(os, "replace", self.replace)


def _patch(owner: object, name: str, value: Callable[..., Any]) -> None:
    setattr(owner, name, value)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
