"""``python -m generator coverage KEY``: a curator's worklist, in document order.

Three kinds of entries, each with its lines:

- ``uncited``: a stretch of the document that no element cites (as in the coverage report of
  ``generated/README.md``), with its first words where the document is at hand;
- ``draft``: an element still marked ``draft=`` (what ``python -m generator new`` drafted);
- ``inferred``: an element marked ``x-inferred``, with its reason (a choice the document does
  not make: worth a second look).

It reads the description as it is now, unfinished or not: drafts and other curation errors do
not stop it (``python -m generator specs --vendor KEY`` reports those).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from generator.build import build_document
from generator.check import drafts
from generator.describe import Vendor
from generator.docs.coverage import compute_coverage
from generator.emit import plain_copy
from generator.load import load_vendor, pin_of_document, read_document
from generator.openapi.sites import sites
from generator.paths import vendor_docs
from generator.pins import Pin, split_lines
from generator.problems import Problems
from generator.schemas import build_components

#: Order of entries that start on the same line.
_KINDS = ("uncited", "draft", "inferred")
_WORDS = 10


class WorklistError(Exception):
    """The vendor cannot be read (unknown, broken description, no pin): one line, exit 2."""


@dataclass(frozen=True)
class Entry:
    start: int
    end: int
    kind: str
    text: str

    def __str__(self) -> str:
        lines = str(self.start) if self.start == self.end else f"{self.start}-{self.end}"
        return f"  {lines:>11}  {self.kind:<9} {self.text}".rstrip()


def worklist_lines(key: str) -> list[str]:
    """The worklist of vendor ``key`` of specs/, as printed lines."""
    problems = Problems()
    vendor = load_vendor(key, problems=problems)
    pin = None if vendor is None else pin_of_document(vendor.document, key=key, problems=problems)
    if vendor is None or pin is None:
        raise WorklistError("; ".join(f"{p.where}: {p.message}" for p in problems.errors))
    data = read_document(pin.document)
    text = split_lines(data.decode("utf-8")) if data is not None and pin.matches(data) else None
    return worklist(vendor, pin=pin, document=text)


def worklist(vendor: Vendor, *, pin: Pin, document: list[str] | None) -> list[str]:
    """A header line, then every entry in document order. ``document`` is the text (its lines)
    when it is at hand and matches the pin: uncited stretches then show their first words."""
    built = build_document(vendor, components=build_components(vendor, problems=Problems()))
    spec: dict[str, Any] = plain_copy(built)
    coverage = compute_coverage(spec, pin=pin)
    entries = [
        Entry(u.start, u.end, "uncited", _first_words(document, u.start) if document else "")
        for u in coverage.uncited
    ]
    for where, cited, text in drafts(vendor):
        start, end = (cited.start, cited.end) if cited is not None else (0, 0)
        entries.append(Entry(start, end, "draft", f"{where}: {_first_clause(text)}"))
    entries += _inferred(spec)
    entries.sort(key=lambda e: (e.start, _KINDS.index(e.kind), e.end))
    counts = {kind: sum(1 for e in entries if e.kind == kind) for kind in _KINDS}
    header = (
        f"{vendor.key}: {pin.document}, {coverage.cited} of {coverage.nonblank} non-blank lines "
        f"cited ({coverage.percent} %); {counts['uncited']} uncited stretch(es), "
        f"{counts['draft']} draft(s) left, {_count_inferred(spec)} element(s) marked inferred"
    )
    printed = [header]
    if document is None:
        printed.append(
            f"  (the document is not at hand in {vendor_docs()}, or differs from its pin: "
            "uncited stretches are shown without their words)"
        )
    printed += [str(e) for e in entries]
    if not counts["uncited"] and not counts["draft"]:
        printed.append("  every non-blank line is cited and no draft is left")
    return printed


def _inferred(spec: dict[str, Any]) -> list[Entry]:
    """Every ``x-inferred`` with the lines of the element it is on (or of the operation, schema
    or other top-level element that holds it, when it cites none of its own). One reason given
    on the same lines to several elements (a shared response, say) is one entry."""
    grouped: dict[tuple[int, int, str], list[str]] = {}
    held: dict[str, tuple[int, int]] = {}
    for site in sites(spec):
        top = site.element
        lines = _lines(site.node.get("x-source"))
        if lines is not None and top not in held:
            held[top] = lines
        reason = site.node.get("x-inferred")
        if isinstance(reason, str):
            start, end = lines or held.get(top, (0, 0))
            grouped.setdefault((start, end, reason), []).append(site.where)
    found: list[Entry] = []
    for (start, end, reason), places in grouped.items():
        where = places[0] if len(places) == 1 else f"{places[0]} and {len(places) - 1} more"
        found.append(Entry(start, end, "inferred", f"{where}: {_short(reason, 100)}"))
    return found


def _count_inferred(spec: dict[str, Any]) -> int:
    return sum(1 for site in sites(spec) if isinstance(site.node.get("x-inferred"), str))


def _lines(source: Any) -> tuple[int, int] | None:
    if isinstance(source, dict) and isinstance(source.get("lines"), list):
        start, end = source["lines"]
        return int(start), int(end)
    return None


def _first_words(document: list[str], start: int) -> str:
    words = document[start - 1].split()
    shown = " ".join(words[:_WORDS]) + (" …" if len(words) > _WORDS else "")
    return f"“{_short(shown, 90)}”"


def _first_clause(text: str) -> str:
    """The draft's text to its first colon: where it was read (the rest is in the build error)."""
    return _short(re.split(r"(?<=\S): ", text, maxsplit=1)[0], 100)


def _short(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
