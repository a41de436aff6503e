"""The build compares every example with the JSON its cited lines print (generator/verbatim.py).

On the tiny vendor of tests/data/acme/, whose document is in the repository: a citation off by
one, a value or a key order that differs, a column range that misses, a parameter value not on
its line; each gives one error naming vendor, operation, example and lines, and the build
writes nothing. Without the document (a clone alone) or with a changed one, nothing is compared.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from generator.describe import Example, Lines, Operation, Vendor
from generator.pipeline import build_vendor, generate
from generator.problems import PipelineError, Problems
from generator.verbatim import first_difference
from tests.data.acme_base import ACME, PIN

DOCUMENTS = Path(__file__).parent / "data" / "documents"


@pytest.fixture
def documents(monkeypatch: pytest.MonkeyPatch) -> Path:
    """acme.en.txt at hand, as the vendor documents are where a checkout keeps them."""
    monkeypatch.setenv("VENDOR_DOCS", str(DOCUMENTS))
    return DOCUMENTS


def errors(vendor: Vendor) -> list[str]:
    problems = Problems()
    build_vendor(vendor, problems=problems, pin=PIN)
    return [str(p) for p in problems.items]


def with_example(operation_id: str, field: str, **changes: Any) -> Vendor:
    """ACME with one example of one operation changed (``field``: "body", "param" or a status)."""

    def change(example: Example) -> Example:
        return example.model_copy(update=changes)

    def edited(op: Operation) -> Operation:
        if op.operation_id != operation_id:
            return op
        if field == "body":
            assert op.request_body is not None
            body = op.request_body
            return op.model_copy(
                update={
                    "request_body": body.model_copy(
                        update={"examples": [change(e) for e in body.examples]}
                    )
                }
            )
        if field == "param":
            params = [
                p.model_copy(update={"examples": [change(e) for e in p.examples]})
                for p in op.parameters
            ]
            return op.model_copy(update={"parameters": params})
        responses = [
            r.model_copy(update={"examples": [change(e) for e in r.examples]})
            if str(r.status) == field
            else r
            for r in op.responses
        ]
        return op.model_copy(update={"responses": responses})

    return ACME.model_copy(update={"operations": [edited(op) for op in ACME.operations]})


def test_the_tiny_vendor_is_verbatim(documents: Path) -> None:
    assert errors(ACME) == []


def test_a_citation_off_by_one_is_a_clear_error_not_a_decode_error(documents: Path) -> None:
    vendor = with_example("getWidget", "200", lines=Lines(start=35, end=39))
    assert errors(vendor) == [
        "ERROR: acme GET /v1/widget/{no}: responses.200.examples.widget: lines 35-39 do not "
        "hold one JSON value (Expecting value at line 35, column 1: `Response (200):`); it is "
        "printed at lines 36-40: cite lines=(36, 40)"
    ]


def test_a_different_value_names_the_first_differing_key(documents: Path) -> None:
    value = {"no": "1", "name": "Sprocket", "colour": "blue"}
    vendor = with_example("getWidget", "200", value=value)
    assert errors(vendor) == [
        "ERROR: acme GET /v1/widget/{no}: responses.200.examples.widget: the example is not the "
        'JSON printed at lines 36-40: $.colour: the document has "red", the example "blue"'
    ]


def test_key_order_and_number_types_count(documents: Path) -> None:
    reordered = {"name": "Sprocket", "no": "1", "colour": "red"}
    assert errors(with_example("getWidget", "200", value=reordered)) == [
        "ERROR: acme GET /v1/widget/{no}: responses.200.examples.widget: the example is not the "
        "JSON printed at lines 36-40: $: key order differs at key 1: the document has 'no' "
        "where the example has 'name'"
    ]
    typed = {"code": 404.0, "message": "No such widget"}
    assert errors(with_example("getWidget", "404", value=typed)) == [
        "ERROR: acme GET /v1/widget/{no}: responses.404.examples.not_found: the example is not "
        "the JSON printed at lines 13-16: $.code: the document has 404, the example 404.0"
    ]


def test_json_inside_a_line_is_cited_by_its_columns(documents: Path) -> None:
    assert errors(with_example("addWidget", "body", columns=(85, 119))) == [
        "ERROR: acme POST /v1/widget: requestBody.examples.gear: line 44, columns 85-119 do not "
        "hold one JSON value (Expecting value at line 44, column 85: `curl -X POST "
        'https://api.acme.example/v1/widget -H "Authori…`)'
    ]
    assert errors(with_example("addWidget", "body", columns=None)) != []


def test_a_parameter_value_must_be_on_its_line(documents: Path) -> None:
    assert errors(with_example("listWidgets", "param", value="green")) == [
        "ERROR: acme GET /v1/widget: parameters.colour.examples.red: the parameter value "
        "'green' is not printed at line 26 (a parameter example is a value of a printed "
        "request, as it is sent)"
    ]


def test_nothing_is_compared_without_the_document(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VENDOR_DOCS", str(DOCUMENTS / "absent"))
    assert errors(with_example("getWidget", "200", value={"no": "2"})) == []


def test_a_changed_document_is_a_warning_and_nothing_is_compared(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    text = (DOCUMENTS / "acme.en.txt").read_text().replace("Sprocket", "Sprocket!", 1)
    (tmp_path / "acme.en.txt").write_text(text)
    monkeypatch.setenv("VENDOR_DOCS", str(tmp_path))
    found = errors(ACME)
    assert len(found) == 1 and found[0].startswith("WARNING: acme: acme.en.txt differs")
    assert "the examples were not compared with it" in found[0]


def test_the_build_writes_nothing_on_a_mismatch(documents: Path, tmp_path: Path) -> None:
    broken = tmp_path / "broken"
    broken.mkdir()
    out = tmp_path / "generated"
    source = Path(__file__).parent / "data" / "acme"
    for path in source.iterdir():
        if path.is_file():
            text = path.read_text()
            if path.name == "operations.py":
                text = text.replace("lines=(36, 40)", "lines=(36, 39)")
            (broken / path.name).write_text(text)
    with pytest.raises(PipelineError) as failed:
        generate(None, out=out, vendor_files=[broken])
    assert [str(p) for p in failed.value.problems] == [
        "ERROR: acme GET /v1/widget/{no}: responses.200.examples.widget: lines 36-39 do not "
        "hold one JSON value (Expecting ',' delimiter at line 39, column 18: `\"colour\": "
        '"red"`); it is printed at lines 36-40: cite lines=(36, 40)'
    ]
    assert not out.exists()


def test_first_difference_walks_lists_and_nested_keys() -> None:
    assert first_difference([{"a": [1, 2]}], [{"a": [1, 3]}]) == (
        "$[0].a[1]: the document has 2, the example 3"
    )
    assert first_difference([1], [1, 2]) == "$: the document has 1 items, the example 2"
    assert first_difference({"a b": True}, {"a b": 1}) == (
        "$['a b']: the document has true, the example 1"
    )
    assert (
        first_difference({"x": None}, {}) == "$.x: the document has this key, the example does not"
    )
    assert first_difference({"x": [None]}, {"x": [None]}) is None
