"""The pin of a vendor document: the fingerprint of the text a vendor was curated from.

A pin is committed beside the description (``specs/<vendor>/document.pin.json``) and holds the
document's name, its sha256, its line count, its blank lines and a short hash per line. It is all
that a build needs of the document (cited lines inside it, the coverage report), so a clone of
the repository alone builds the same ``generated/`` as a checkout with the documents beside it;
and where the document is present, the line hashes say which lines changed since it was pinned.

Lines are what an editor shows: the text split at ``\\n``; a final newline ends the last line and
does not start another (the vendors' documents end without one, and then the last line counts).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass

PIN_FILE = "document.pin.json"
#: Hex digits kept of each line's sha256: enough to tell lines apart, small enough to commit.
LINE_HASH_DIGITS = 10


class PinError(ValueError):
    """A pin file that cannot be read as a pin; the message names what is wrong."""


@dataclass(frozen=True)
class Pin:
    document: str
    sha256: str
    line_hashes: tuple[str, ...]
    blank: frozenset[int]

    @property
    def line_count(self) -> int:
        return len(self.line_hashes)

    def nonblank(self) -> list[int]:
        """The numbers (1-based) of the lines with something on them."""
        return [n for n in range(1, self.line_count + 1) if n not in self.blank]

    def matches(self, data: bytes) -> bool:
        return hashlib.sha256(data).hexdigest() == self.sha256


def split_lines(text: str) -> list[str]:
    """The document's lines as an editor numbers them (see the module docstring)."""
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return lines


def line_hash(line: str) -> str:
    return hashlib.sha256(line.encode("utf-8")).hexdigest()[:LINE_HASH_DIGITS]


def make_pin(document: str, data: bytes) -> Pin:
    """Pin ``data``, the bytes of the document named ``document``."""
    lines = split_lines(data.decode("utf-8"))
    return Pin(
        document=document,
        sha256=hashlib.sha256(data).hexdigest(),
        line_hashes=tuple(line_hash(line) for line in lines),
        blank=frozenset(n for n, line in enumerate(lines, 1) if not line.strip()),
    )


def pin_to_json(pin: Pin) -> str:
    """The pin file's text: stable, one line hash per line so that a re-pin diffs readably."""
    blank = json.dumps([list(run) for run in runs(sorted(pin.blank))], separators=(",", ":"))
    hashes = ",\n".join(f'    "{h}"' for h in pin.line_hashes)
    return (
        "{\n"
        f'  "document": {json.dumps(pin.document, ensure_ascii=False)},\n'
        f'  "sha256": "{pin.sha256}",\n'
        f'  "lines": {pin.line_count},\n'
        f'  "blank": {blank},\n'
        f'  "line_hashes": [\n{hashes}\n  ]\n'
        "}\n"
    )


def pin_from_json(text: str, *, where: str) -> Pin:
    """Read a pin file's text; :class:`PinError` naming ``where`` and the field when it is off."""
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as exc:
        raise PinError(f"{where}: not JSON (line {exc.lineno}: {exc.msg})") from None
    if not isinstance(raw, dict):
        raise PinError(f"{where}: expected an object")
    document, sha, hashes, count = (
        raw.get(k) for k in ("document", "sha256", "line_hashes", "lines")
    )
    if not isinstance(document, str) or not document:
        raise PinError(f"{where}: document: the file name of the document is missing")
    if not isinstance(sha, str) or len(sha) != 64:
        raise PinError(f"{where}: sha256: 64 hex digits expected")
    if not isinstance(hashes, list) or not all(isinstance(h, str) for h in hashes):
        raise PinError(f"{where}: line_hashes: a list of strings expected")
    if count != len(hashes):
        raise PinError(f"{where}: lines is {count!r} but line_hashes has {len(hashes)} entries")
    try:
        blank = frozenset(n for start, end in raw.get("blank", []) for n in range(start, end + 1))
    except (TypeError, ValueError):
        raise PinError(f"{where}: blank: a list of [first, last] line ranges expected") from None
    if any(n < 1 or n > count for n in blank):
        raise PinError(f"{where}: blank: a line outside 1-{count}")
    return Pin(document=document, sha256=sha, line_hashes=tuple(hashes), blank=blank)


def runs(numbers: list[int]) -> list[tuple[int, int]]:
    """Sorted line numbers as inclusive runs: ``[1, 2, 3, 7]`` → ``[(1, 3), (7, 7)]``."""
    found: list[tuple[int, int]] = []
    for n in numbers:
        if found and found[-1][1] == n - 1:
            found[-1] = (found[-1][0], n)
        else:
            found.append((n, n))
    return found
