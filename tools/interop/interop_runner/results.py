"""One row per (spec, check): the result, a short figure, and the details printed under the table."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

PASS = "PASS"
FAIL = "FAIL"
# The tool, not the spec, is at fault: reported with its upstream issue, does not fail the run.
TOOL = "TOOL"


@dataclass(frozen=True)
class Result:
    spec: str
    check: str
    result: str
    figure: str
    details: tuple[str, ...] = field(default=())


def render_table(results: Iterable[Result]) -> str:
    """The table (spec, check, result, figure), then every detail under its row's name."""
    rows = sorted(results, key=lambda r: (r.spec, CHECK_ORDER.get(r.check, 99), r.check))
    header = ("spec", "check", "result", "figure")
    cells = [header, *((r.spec, r.check, r.result, r.figure) for r in rows)]
    widths = [max(len(row[i]) for row in cells) for i in range(3)]
    lines = []
    for i, row in enumerate(cells):
        lines.append(
            "  ".join(c.ljust(w) for c, w in zip(row[:3], widths, strict=True)) + "  " + row[3]
        )
        if i == 0:
            lines.append("  ".join("-" * w for w in widths) + "  " + "-" * len("figure"))
    notes = [r for r in rows if r.details]
    if notes:
        lines.append("")
    for r in notes:
        lines.append(f"{r.result} {r.spec} {r.check}:")
        lines.extend(f"  - {d}" for d in r.details)
    counts = {k: sum(1 for r in rows if r.result == k) for k in (PASS, FAIL, TOOL)}
    lines.append("")
    lines.append(f"{counts[PASS]} passed, {counts[FAIL]} failed, {counts[TOOL]} tool")
    return "\n".join(lines) + "\n"


def exit_code(results: Iterable[Result]) -> int:
    """Non-zero on any FAIL; TOOL rows (tool at fault, upstream issue named) do not fail the run."""
    return 1 if any(r.result == FAIL for r in results) else 0


CHECK_ORDER = {
    name: i
    for i, name in enumerate(
        (
            "spec-validator",
            "spectral",
            "redocly",
            "postman",
            "swagger-ui",
            "openapi-python-client",
            "datamodel-codegen",
            "openapi-generator",
        )
    )
}
