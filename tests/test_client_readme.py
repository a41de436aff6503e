"""Each generated client README quotes the spec only in whole sentences.

A README line that repeats text of the spec (a security scheme's description, an operation's
summary, a parameter's description) must repeat whole sentences of it: starting where a sentence
of the spec starts and ending with that sentence's own full stop (or where the spec's text ends).
Text cut at a length, or a sentence with its last words dropped, reads as if the document said
something else.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

import pytest

from generator.load import vendor_keys
from tests.clienttools import load_spec

ROOT = Path(__file__).resolve().parents[1]
#: Shortest run of characters counted as a quotation (shorter runs are common phrases).
QUOTE = 24
_END = ".!?"


def spec_texts(node: Any) -> list[str]:
    """Every description, summary and title of the spec, with its white space collapsed."""
    found: list[str] = []
    if isinstance(node, dict):
        for key, value in node.items():
            if key in ("description", "summary", "title") and isinstance(value, str):
                found.append(" ".join(value.split()))
            else:
                found.extend(spec_texts(value))
    elif isinstance(node, list):
        for item in node:
            found.extend(spec_texts(item))
    return found


def _starts_sentence(text: str, at: int) -> bool:
    return at == 0 or (at >= 2 and text[at - 1] == " " and text[at - 2] in _END + ":")


def _ends_sentence(text: str, end: int) -> bool:
    return end == len(text) or text[end - 1] in _END


def broken_quotations(line: str, texts: list[str], windows: dict[str, set[int]]) -> list[str]:
    """The quotations of ``line`` that cut a sentence of the spec, each with the sentence."""
    candidates: set[int] = set()
    for start in range(len(line) - QUOTE + 1):
        candidates |= windows.get(line[start : start + QUOTE], set())
    problems = []
    for index in sorted(candidates):
        text = texts[index]
        match = SequenceMatcher(None, line, text, autojunk=False).find_longest_match()
        if match.size < QUOTE:
            continue
        # A quotation starts a sentence in both texts; a run that starts inside one is the
        # README's own words meeting a phrase of the spec ("sent as the header …").
        if not (_starts_sentence(line, match.a) and _starts_sentence(text, match.b)):
            continue
        if not _ends_sentence(text, match.b + match.size):
            quoted = text[match.b : match.b + match.size]
            problems.append(f"{quoted!r} cuts the spec's {text[:200]!r}")
    return problems


def _windows(texts: list[str]) -> dict[str, set[int]]:
    windows: dict[str, set[int]] = {}
    for index, text in enumerate(texts):
        for start in range(len(text) - QUOTE + 1):
            windows.setdefault(text[start : start + QUOTE], set()).add(index)
    return windows


def readme_lines(key: str) -> list[str]:
    text = (ROOT / "generated" / key / "client" / "README.md").read_text(encoding="utf-8")
    text = re.sub(r"^```.*?^```", "", text, flags=re.S | re.M)  # code is not prose
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]


def test_a_cut_sentence_is_found() -> None:
    texts = ["Access needs a key that identifies the application. It is sent in a header."]
    windows = _windows(texts)
    assert broken_quotations("- `key`: Access needs a key that identifies the app", texts, windows)
    assert broken_quotations(
        "- `key`: Access needs a key that identifies the application", texts, windows
    )
    assert not broken_quotations(
        "- `key`: Access needs a key that identifies the application.", texts, windows
    )
    assert not broken_quotations("- `key`: It is sent in a header.", texts, windows)
    # the README's own words meeting a phrase of the spec are no quotation
    assert not broken_quotations("- `key` (a key that identifies the application)", texts, windows)


@pytest.mark.parametrize("key", vendor_keys())
def test_the_readme_quotes_the_spec_in_whole_sentences(key: str) -> None:
    texts = sorted(set(spec_texts(load_spec(key))))
    windows = _windows(texts)
    lines = readme_lines(key)
    assert lines, f"generated/{key}/client/README.md is empty"
    problems = [
        f"{line[:80]!r}: {problem}"
        for line in lines
        for problem in broken_quotations(line, texts, windows)
    ]
    assert not problems, "\n".join(problems)
