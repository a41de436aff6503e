"""Examples against the document: each example is the JSON printed at the lines it cites.

Run by the build whenever the vendor's document is at hand and matches its pin (a changed
document is reported by ``python -m generator sources``; its lines are not the cited ones).
An example that is not what its lines print is an error naming the vendor, the operation, the
example and the lines, with the first place where the two differ (key order included: the
spec shows the vendor's JSON as printed). A parameter example, a value in a printed request
line, must appear on its lines as it is sent. Form, multipart, XML and other text examples are
not JSON and are not compared.
"""

from __future__ import annotations

import json
import re
from typing import Any

from generator.check import lines_phrase
from generator.describe import Example, Lines, Operation, Vendor
from generator.problems import Problems

#: Media types whose examples are not JSON values (as in ``validate._TEXT_MEDIA``, and forms).
_NOT_JSON = re.compile(r"xml|multipart|octet-stream|text/|x-www-form-urlencoded")
#: How far a citation is searched for the value when it does not hold it (an off-by-one).
_NEAR = 3


def check_examples_against_document(
    vendor: Vendor, document: list[str], *, problems: Problems
) -> int:
    """Compare every example of ``vendor`` with the ``document`` lines it cites; returns how
    many were compared."""
    compared = 0
    for op in vendor.operations:
        for field, example, media_type in _examples(op):
            where = f"{vendor.key} {op.label}: {field}"
            if example.lines.end > len(document) or example.lines.start < 1:
                continue  # check.py reports lines outside the document
            if field.startswith("parameters.") and not isinstance(example.value, dict | list):
                _compare_parameter(example, document, where, problems)
            elif media_type is not None and _NOT_JSON.search(media_type):
                continue
            else:
                _compare_json(example, document, where, problems)
            compared += 1
    return compared


def _examples(op: Operation) -> list[tuple[str, Example, str | None]]:
    """Every example with the field that holds it and its media type (None for parameters)."""
    found: list[tuple[str, Example, str | None]] = [
        (f"parameters.{p.name}.examples.{e.name}", e, None)
        for p in op.parameters
        for e in p.examples
    ]
    if op.request_body is not None:
        body = op.request_body
        found += [
            (f"requestBody.examples.{e.name}", e, e.media_type or _first(body.media_types))
            for e in body.examples
        ]
    for response in op.responses:
        found += [
            (
                f"responses.{response.status}.examples.{e.name}",
                e,
                e.media_type or _first(response.media_types),
            )
            for e in response.examples
        ]
    return found


def _first(media_types: list[str]) -> str | None:
    return media_types[0] if media_types else None


def printed_text(document: list[str], lines: Lines, columns: tuple[int, int] | None) -> str:
    """The text an example cites: its lines, narrowed to its columns where it gives them."""
    chosen = document[lines.start - 1 : lines.end]
    if columns is not None and chosen:
        first, last = columns
        if len(chosen) == 1:
            chosen = [chosen[0][first - 1 : last]]
        else:
            chosen = [chosen[0][first - 1 :], *chosen[1:-1], chosen[-1][:last]]
    return "\n".join(chosen)


def _citation(example: Example) -> str:
    where = lines_phrase(example.lines)
    if example.columns is not None:
        where += ", columns {}-{}".format(*example.columns)
    return where


def _compare_json(example: Example, document: list[str], where: str, problems: Problems) -> None:
    text = printed_text(document, example.lines, example.columns)
    try:
        printed = json.loads(text)
    except json.JSONDecodeError as exc:
        line = example.lines.start + exc.lineno - 1
        column = exc.colno + (example.columns[0] - 1 if example.columns and exc.lineno == 1 else 0)
        shown = document[line - 1].strip() if line <= len(document) else ""
        problems.error(
            where,
            f"{_citation(example)} do not hold one JSON value ({exc.msg} at line {line}, "
            f"column {column}: `{_short(shown, 60)}`){_hint(example, document)}",
        )
        return
    difference = first_difference(printed, example.value)
    if difference is not None:
        problems.error(
            where,
            f"the example is not the JSON printed at {_citation(example)}: {difference}"
            f"{_hint(example, document)}",
        )


def _hint(example: Example, document: list[str]) -> str:
    """Where near its citation the example's value is printed, if it is (an off-by-one)."""
    if example.columns is not None:
        return ""
    for start_shift in range(-_NEAR, _NEAR + 1):
        for end_shift in range(-_NEAR, _NEAR + 1):
            start, end = example.lines.start + start_shift, example.lines.end + end_shift
            if (start_shift, end_shift) == (0, 0) or not 1 <= start <= end <= len(document):
                continue
            try:
                value = json.loads("\n".join(document[start - 1 : end]))
            except json.JSONDecodeError:
                continue
            if first_difference(value, example.value) is None:
                cited = Lines(start=start, end=end)
                return f"; it is printed at {lines_phrase(cited)}: cite lines=({start}, {end})"
    return ""


def _compare_parameter(
    example: Example, document: list[str], where: str, problems: Problems
) -> None:
    value = example.value
    sent = json.dumps(value) if isinstance(value, bool) or value is None else str(value)
    text = printed_text(document, example.lines, example.columns)
    if not re.search(rf"(?<![\w-]){re.escape(sent)}(?![\w-])", text):
        problems.error(
            where,
            f"the parameter value {sent!r} is not printed at {_citation(example)} "
            "(a parameter example is a value of a printed request, as it is sent)",
        )


def first_difference(printed: Any, example: Any, path: str = "$") -> str | None:
    """Where ``example`` first differs from ``printed`` (keys in order, numbers by type), as a
    sentence naming the JSON path; None when they are the same JSON."""
    if isinstance(printed, dict) and isinstance(example, dict):
        for key in printed:
            if key not in example:
                return f"{_key_path(path, key)}: the document has this key, the example does not"
        for key in example:
            if key not in printed:
                return f"{_key_path(path, key)}: the example has this key, the document does not"
        for position, (ours, theirs) in enumerate(zip(printed, example, strict=True)):
            if ours != theirs:
                return (
                    f"{path}: key order differs at key {position + 1}: the document has "
                    f"{ours!r} where the example has {theirs!r}"
                )
        for key, value in printed.items():
            found = first_difference(value, example[key], _key_path(path, key))
            if found is not None:
                return found
        return None
    if isinstance(printed, list) and isinstance(example, list):
        for index, (ours, theirs) in enumerate(zip(printed, example, strict=False)):
            found = first_difference(ours, theirs, f"{path}[{index}]")
            if found is not None:
                return found
        if len(printed) != len(example):
            return f"{path}: the document has {len(printed)} items, the example {len(example)}"
        return None
    if type(printed) is type(example) and printed == example:
        return None
    return (
        f"{path}: the document has {_short(_json(printed))}, the example {_short(_json(example))}"
    )


def _key_path(path: str, key: str) -> str:
    return f"{path}.{key}" if re.fullmatch(r"[A-Za-z_][\w-]*", key) else f"{path}[{key!r}]"


def _json(value: Any) -> str:
    try:
        return json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError):
        return repr(value)


def _short(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
