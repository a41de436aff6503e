"""Where an element comes from, as its ``x-`` extensions say: read once, for every renderer.

- ``x-source``: the document and the lines the element cites;
- ``x-inferred``: why a value the document does not state was chosen;
- ``x-quirks``: disagreements inside the document, each with its lines;
- ``x-original``: the untranslated summary and description;
- ``x-origin`` (in ``info``): the document the whole spec was curated from, and its language.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any


def _lines(node: Any) -> tuple[int, int] | None:
    """``lines: [12, 30]`` → ``(12, 30)``; anything else → None."""
    lines = node.get("lines") if isinstance(node, Mapping) else None
    if not isinstance(lines, list) or len(lines) != 2:
        return None
    return int(lines[0]), int(lines[1])


@dataclass(frozen=True)
class Source:
    """``x-source``: ``document`` None means the vendor's own document."""

    document: str | None
    start: int
    end: int

    @classmethod
    def read(cls, node: Any) -> Source | None:
        lines = _lines(node)
        if lines is None:
            return None
        document = node.get("document")
        return cls(str(document) if document is not None else None, *lines)

    @property
    def lines(self) -> tuple[int, int]:
        return self.start, self.end


@dataclass(frozen=True)
class Quirk:
    """One item of ``x-quirks``: what disagrees, and the lines it cites (None: not given)."""

    text: str
    lines: tuple[int, int] | None

    @classmethod
    def read(cls, node: Any) -> Quirk:
        if isinstance(node, Mapping):
            return cls(str(node.get("text", "")), _lines(node))
        return cls(str(node), None)


@dataclass(frozen=True)
class Original:
    """``x-original``: the text of a German or Portuguese document beside its translation."""

    lang: str
    summary: str
    description: str

    @classmethod
    def read(cls, node: Any) -> Original | None:
        if not isinstance(node, Mapping):
            return None
        return cls(
            str(node.get("lang", "")),
            str(node.get("summary", "")),
            str(node.get("description", "")),
        )


@dataclass(frozen=True)
class Origin:
    """``info.x-origin``: the vendor document the spec describes."""

    document: str
    language: str

    @classmethod
    def read(cls, node: Any) -> Origin | None:
        if not isinstance(node, Mapping):
            return None
        return cls(str(node.get("document", "")), str(node.get("language", "")))


@dataclass(frozen=True)
class Provenance:
    """All of an element's provenance extensions (a node of the document, or its extensions)."""

    source: Source | None
    inferred: str | None
    quirks: tuple[Quirk, ...]
    original: Original | None

    @classmethod
    def read(cls, node: Mapping[str, Any]) -> Provenance:
        inferred = node.get("x-inferred")
        quirks = node.get("x-quirks")
        items = quirks if isinstance(quirks, list) else [] if quirks is None else [quirks]
        return cls(
            source=Source.read(node.get("x-source")),
            inferred=None if inferred is None else str(inferred),
            quirks=tuple(Quirk.read(item) for item in items),
            original=Original.read(node.get("x-original")),
        )
