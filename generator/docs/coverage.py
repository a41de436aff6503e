"""Which lines of a vendor document the spec cites, and which stretches nothing cites.

Every element's ``x-source`` counts (the document's sites, :attr:`generator.openapi.Api.sites`,
walked once for the references, this report and ``sources``), and so does every example's. Blank lines are neither cited nor uncited: they do not
count towards the percentage and do not break an uncited stretch in two, so that a reviewer sees
"lines 120-134 are cited by nothing" rather than three pieces of it. All of it is computed from
the document's pin (``generator/pins.py``), never from its text.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from generator.openapi import read_api
from generator.openapi.provenance import Source
from generator.pins import Pin


@dataclass(frozen=True)
class Citation:
    """An operation or schema and the lines it cites."""

    element: str
    lines: str


@dataclass(frozen=True)
class Uncited:
    """A stretch of the document that no element cites (first and last lines are non-blank)."""

    start: int
    end: int

    @property
    def lines(self) -> str:
        return str(self.start) if self.start == self.end else f"{self.start}-{self.end}"


@dataclass(frozen=True)
class Coverage:
    document: str
    nonblank: int
    cited: int
    citations: list[Citation]
    uncited: list[Uncited]

    @property
    def percent(self) -> str:
        return f"{100 * self.cited / self.nonblank:.1f}" if self.nonblank else "0.0"


def cited_ranges(spec: dict[str, Any], *, document: str) -> list[tuple[int, int]]:
    """Every ``x-source`` line range of the spec that cites ``document``."""
    api = read_api(spec)
    sources = [site.provenance.source for site in api.sites]
    # Examples are values, not elements (the walk does not enter them), but the lines an
    # example cites are cited all the same: an error payload printed before any operation.
    for op in api.operations:
        contents = [r.content for r in op.responses]
        contents += [op.request_body.content] if op.request_body else []
        for media in (m for content in contents for m in content):
            sources += [Source.read(e.extensions.get("x-source")) for e in media.examples]
    return [
        source.lines
        for source in sources
        if source is not None and (source.document is None or source.document == document)
    ]


@dataclass(frozen=True)
class ElementCitation:
    """An element of the spec (an operation, a schema, a server, a tag, …: not a part of one)
    and the range of lines it cites."""

    element: str
    lines: tuple[int, int]
    document: str | None
    is_operation: bool
    is_schema: bool


def element_citations(spec: dict[str, Any]) -> list[ElementCitation]:
    """Every element's ``x-source``, in spec order: what coverage and ``sources`` report on."""
    found: list[ElementCitation] = []
    for site in read_api(spec).sites:
        source = site.provenance.source
        if not site.is_element or source is None:
            continue
        found.append(
            ElementCitation(
                element=site.where,
                lines=source.lines,
                document=source.document,
                is_operation=site.kind == "operation",
                is_schema=site.kind == "schema",
            )
        )
    return found


def citations(spec: dict[str, Any]) -> list[Citation]:
    """The lines each operation and each component schema cites, in document order."""
    return [
        Citation(
            c.element, str(c.lines[0]) if c.lines[0] == c.lines[1] else "{}-{}".format(*c.lines)
        )
        for c in element_citations(spec)
        if c.is_operation or c.is_schema
    ]


def compute_coverage(spec: dict[str, Any], *, pin: Pin) -> Coverage:
    """The coverage of the pinned document by ``spec``: computed from the pin alone (its line
    count and blank lines), so it is the same with or without the document at hand."""
    cited = [False] * (pin.line_count + 1)
    for start, end in cited_ranges(spec, document=pin.document):
        for number in range(max(start, 1), min(end, pin.line_count) + 1):
            cited[number] = True
    nonblank = pin.nonblank()
    uncited: list[Uncited] = []
    run: list[int] = []
    for number in nonblank:
        if cited[number]:
            if run:
                uncited.append(Uncited(run[0], run[-1]))
                run = []
        else:
            run.append(number)
    if run:
        uncited.append(Uncited(run[0], run[-1]))
    return Coverage(
        document=pin.document,
        nonblank=len(nonblank),
        cited=sum(1 for n in nonblank if cited[n]),
        citations=citations(spec),
        uncited=uncited,
    )
