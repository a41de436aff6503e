"""A vendor document against its pin: unchanged, not at hand, or changed, and then what changed.

For a changed document the line hashes of the pin are aligned with the lines of the text at hand
(difflib, as ``diff`` does), which gives the lines edited, inserted and deleted; each element of
the spec that cites lines (operations, schemas, servers, tags, security schemes, the API itself)
is then told apart: its cited range touched by a change (old lines → new lines: re-read it) or
not; and new lines that no element cites are listed, so that a curator knows what to read.
"""

from __future__ import annotations

import difflib
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from generator.docs.coverage import element_citations
from generator.pins import Pin, line_hash, runs, split_lines

Status = Literal["matches", "not found", "changed"]
Opcode = tuple[str, int, int, int, int]
Range = tuple[int, int]


@dataclass(frozen=True)
class Citation:
    """An element of the spec and the range of lines it cites (``x-source``)."""

    element: str
    lines: Range


@dataclass(frozen=True)
class Touched:
    """A cited range that a change falls in: its old lines and where they are now."""

    element: str
    old: Range
    new: Range | None  # None: every line of it was deleted
    changes: list[str]


@dataclass(frozen=True)
class Changes:
    edited: list[tuple[Range, Range]] = field(default_factory=list)  # old lines → new lines
    inserted: list[tuple[int, Range]] = field(default_factory=list)  # after old line → new lines
    deleted: list[tuple[Range, int]] = field(default_factory=list)  # old lines → before new line
    touched: list[Touched] = field(default_factory=list)
    uncited_new: list[Range] = field(default_factory=list)


@dataclass(frozen=True)
class SourceReport:
    key: str
    pin: Pin
    status: Status
    where: str
    present_lines: int | None = None
    changes: Changes | None = None


def citations_of(spec: dict[str, Any], *, document: str) -> list[Citation]:
    """Every element of ``spec`` that cites lines of ``document``, in spec order."""
    return [
        Citation(c.element, c.lines)
        for c in element_citations(spec)
        if (c.document or document) == document
    ]


def compare(
    key: str, pin: Pin, data: bytes | None, *, citations: list[Citation], where: str
) -> SourceReport:
    """The report of vendor ``key``: its pin against ``data`` (None: the document is not there)."""
    if data is None:
        return SourceReport(key, pin, "not found", where)
    lines = split_lines(data.decode("utf-8", errors="replace"))
    if pin.matches(data):
        return SourceReport(key, pin, "matches", where, present_lines=len(lines))
    changes = _changes(pin, lines, citations)
    return SourceReport(key, pin, "changed", where, present_lines=len(lines), changes=changes)


def _changes(pin: Pin, lines: list[str], citations: list[Citation]) -> Changes:
    new_hashes = [line_hash(line) for line in lines]
    matcher = difflib.SequenceMatcher(None, pin.line_hashes, new_hashes, autojunk=False)
    opcodes = matcher.get_opcodes()
    changes = Changes()
    for tag, i1, i2, j1, j2 in opcodes:
        if tag == "replace":
            changes.edited.append(((i1 + 1, i2), (j1 + 1, j2)))
        elif tag == "insert":
            changes.inserted.append((i1, (j1 + 1, j2)))
        elif tag == "delete":
            changes.deleted.append(((i1 + 1, i2), j1 + 1))
    new_cited = [False] * (len(lines) + 1)
    for citation in citations:
        touched = _touched(citation, opcodes)
        new = _map_range(citation.lines, opcodes)
        if touched:
            changes.touched.append(Touched(citation.element, citation.lines, new, touched))
        if new is not None:
            for number in range(new[0], min(new[1], len(lines)) + 1):
                new_cited[number] = True
    fresh = [
        n
        for tag, _, _, j1, j2 in opcodes
        if tag in ("replace", "insert")
        for n in range(j1 + 1, j2 + 1)
        if lines[n - 1].strip() and not new_cited[n]
    ]
    changes.uncited_new.extend(runs(fresh))
    return changes


def _touched(citation: Citation, opcodes: Sequence[Opcode]) -> list[str]:
    """What changed inside the cited range (in words), or nothing."""
    start, end = citation.lines
    said: list[str] = []
    for tag, i1, i2, j1, j2 in opcodes:
        if tag == "equal":
            continue
        if tag == "insert":
            # Lines inserted between two lines of the range (not just before or after it).
            if start <= i1 < end:
                said.append(f"{_span(j1 + 1, j2)} inserted after old line {i1}")
        elif i1 + 1 <= end and i2 >= start:
            old = _span(max(i1 + 1, start), min(i2, end))
            if tag == "delete":
                said.append(f"{old} deleted")
            else:
                said.append(f"{old} edited (now {_span(j1 + 1, j2)})")
    return said


def _map_range(lines: Range, opcodes: Sequence[Opcode]) -> Range | None:
    """Where an old range of lines is in the new text (None when all of it was deleted)."""
    start, end = lines
    first = _map_line(start, opcodes, edge="start")
    last = _map_line(end, opcodes, edge="end")
    if first is None or last is None or last < first:
        return None
    return (first, last)


def _map_line(number: int, opcodes: Sequence[Opcode], *, edge: str) -> int | None:
    index = number - 1
    for tag, i1, i2, j1, j2 in opcodes:
        if i1 <= index < i2:
            if tag == "equal":
                return j1 + (index - i1) + 1
            if tag == "replace":
                return j1 + 1 if edge == "start" else j2
            # deleted: the range now starts after the gap, or ends before it
            return j1 + 1 if edge == "start" else j1
    return None


def _span(start: int, end: int) -> str:
    return f"line {start}" if start == end else f"lines {start}-{end}"


def format_range(lines: Range | None) -> str:
    if lines is None:
        return "(deleted)"
    return str(lines[0]) if lines[0] == lines[1] else f"{lines[0]}-{lines[1]}"


def report_lines(report: SourceReport) -> list[str]:
    """The report of one vendor as the ``sources`` command prints it."""
    pin = report.pin
    if report.status == "matches":
        return [f"{report.key}: {pin.document} matches its pin ({pin.line_count} lines)"]
    if report.status == "not found":
        return [
            f"{report.key}: {pin.document} not found at {report.where} (pinned: nothing to compare)"
        ]
    changes = report.changes or Changes()
    out = [
        f"{report.key}: {pin.document} CHANGED since it was pinned "
        f"({pin.line_count} lines pinned, {report.present_lines} now)"
    ]
    for old, new in changes.edited:
        out.append(f"  edited    old {format_range(old)} → new {format_range(new)}")
    for after, new in changes.inserted:
        out.append(f"  inserted  new {format_range(new)} (after old line {after})")
    for old, before in changes.deleted:
        out.append(f"  deleted   old {format_range(old)} (before new line {before})")
    if not (changes.edited or changes.inserted or changes.deleted):
        out.append("  no line differs: only the line endings or the final newline changed")
    if changes.touched:
        out.append("  cited ranges a change falls in (re-read these):")
        for t in changes.touched:
            out.append(
                f"    {t.element}: old {format_range(t.old)} → new {format_range(t.new)}"
                f" ({'; '.join(t.changes)})"
            )
    if changes.uncited_new:
        spans = ", ".join(format_range(r) for r in changes.uncited_new)
        out.append(f"  new lines no element cites: {spans}")
    return out
