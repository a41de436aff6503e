"""Timing helpers and the one table `make bench` prints: figure, target, met/missed."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Row:
    """One line of the table; ``met`` is None when the row has no target (a breakdown line)."""

    section: str
    what: str
    figure: str
    target: str = ""
    met: bool | None = None


def median_seconds(action: Callable[[], object], *, runs: int) -> float:
    """The median wall time of ``runs`` calls of ``action`` (each run timed on its own)."""
    times: list[float] = []
    for _ in range(max(runs, 1)):
        clock = time.perf_counter()
        action()
        times.append(time.perf_counter() - clock)
    return statistics.median(times)


def paired_medians(
    first: Callable[[], object], second: Callable[[], object], *, runs: int
) -> tuple[float, float]:
    """Median wall times of two actions run in turns, so that both see the same machine load."""
    times: tuple[list[float], list[float]] = ([], [])
    for _ in range(max(runs, 1)):
        for action, samples in zip((first, second), times, strict=True):
            clock = time.perf_counter()
            action()
            samples.append(time.perf_counter() - clock)
    return statistics.median(times[0]), statistics.median(times[1])


def seconds(value: float) -> str:
    if value < 0.01:
        return f"{value * 1e6:,.0f} µs"
    return f"{value:.2f} s" if value >= 1 else f"{value * 1000:,.0f} ms"


def ratio(value: float) -> str:
    return f"{value:.2f}×"


def render(rows: list[Row], *, header: str) -> str:
    """A fixed-width table; the status column says met, MISSED or nothing (no target)."""
    titles = ("section", "measure", "figure", "target", "status")
    cells = [
        (
            r.section,
            r.what,
            r.figure,
            r.target,
            "" if r.met is None else ("met" if r.met else "MISSED"),
        )
        for r in rows
    ]
    widths = [max(len(t), *(len(c[i]) for c in cells)) for i, t in enumerate(titles)]
    lines = [header, ""]
    lines.append("  ".join(t.ljust(w) for t, w in zip(titles, widths, strict=True)).rstrip())
    lines.append("  ".join("-" * w for w in widths))
    for c in cells:
        lines.append("  ".join(v.ljust(w) for v, w in zip(c, widths, strict=True)).rstrip())
    met = sum(1 for r in rows if r.met)
    targets = sum(1 for r in rows if r.met is not None)
    lines += ["", f"{met} of {targets} targets met."]
    return "\n".join(lines)
