"""Vendor documents pinned, and a changed document reported line by line (``sources``)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.cli import main
from generator.load import read_pin, vendor_keys
from generator.paths import vendor_docs
from generator.pins import make_pin, pin_from_json, pin_to_json
from generator.sources import Citation, compare, report_lines

TEXT = "\n".join(
    [
        "Title",  # 1
        "",  # 2
        "GET /widgets",  # 3
        "lists widgets",  # 4
        "returns 200",  # 5
        "",  # 6
        "POST /widgets",  # 7
        "creates one",  # 8
        "returns 201",  # 9
        "The end",  # 10
    ]
)
CITATIONS = [
    Citation("GET /widgets", (3, 5)),
    Citation("POST /widgets", (7, 9)),
    Citation("schema Widget", (10, 10)),
]


@pytest.fixture
def keep_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """``--documents`` sets VENDOR_DOCS for the process (its workers inherit it): undo it."""
    monkeypatch.setenv("VENDOR_DOCS", str(vendor_docs()))


def changed(text: str) -> list[str]:
    pin = make_pin("t.txt", TEXT.encode())
    report = compare("acme", pin, text.encode(), citations=CITATIONS, where="docs")
    assert report.status == "changed"
    return report_lines(report)


def edit(*, replace: dict[int, str] | None = None, insert: dict[int, str] | None = None,
         delete: set[int] | None = None) -> str:  # fmt: skip
    """TEXT with lines (1-based, old numbering) replaced, inserted after, deleted."""
    out: list[str] = []
    for number, line in enumerate(TEXT.split("\n"), 1):
        if number not in (delete or set()):
            out.append((replace or {}).get(number, line))
        if number in (insert or {}):
            out.append((insert or {})[number])
    return "\n".join(out)


def test_a_pin_reads_back_and_knows_blank_lines_and_the_last_line_without_newline() -> None:
    pin = make_pin("t.txt", TEXT.encode())
    assert pin.line_count == 10, "the last line counts although no newline ends it"
    assert pin.blank == {2, 6}
    assert pin_from_json(pin_to_json(pin), where="t") == pin
    assert make_pin("t.txt", (TEXT + "\n").encode()).line_count == 10


def test_a_broken_pin_names_the_file_and_the_field() -> None:
    text = pin_to_json(make_pin("t.txt", TEXT.encode())).replace('"lines": 10', '"lines": 11')
    with pytest.raises(ValueError, match=r"specs/acme/document.pin.json: lines is 11"):
        pin_from_json(text, where="specs/acme/document.pin.json")
    with pytest.raises(ValueError, match="not JSON"):
        pin_from_json("{", where="p")


def test_unchanged_and_absent_documents() -> None:
    pin = make_pin("t.txt", TEXT.encode())
    assert compare("acme", pin, TEXT.encode(), citations=CITATIONS, where="d").status == "matches"
    absent = compare("acme", pin, None, citations=CITATIONS, where="d")
    assert absent.status == "not found"
    assert "not found" in report_lines(absent)[0]


def test_an_edited_line_names_the_element_citing_it() -> None:
    lines = changed(edit(replace={8: "creates one widget"}))
    assert "  edited    old 8 → new 8" in lines
    assert "    POST /widgets: old 7-9 → new 7-9 (line 8 edited (now line 8))" in lines
    assert not any("GET /widgets:" in line for line in lines)


def test_inserted_lines_shift_later_ranges_and_uncited_ones_are_listed() -> None:
    lines = changed(edit(insert={4: "also filters", 6: "A new operation nobody cites"}))
    assert "  inserted  new 5 (after old line 4)" in lines
    assert "    GET /widgets: old 3-5 → new 3-6 (line 5 inserted after old line 4)" in lines
    assert "  new lines no element cites: 8" in lines
    assert not any(line.startswith("    POST /widgets") for line in lines), "only moved"


def test_deleted_lines() -> None:
    lines = changed(edit(delete={9}))
    assert "  deleted   old 9 (before new line 9)" in lines
    assert "    POST /widgets: old 7-9 → new 7-8 (line 9 deleted)" in lines
    assert "schema Widget" not in "\n".join(lines)


def test_a_whole_cited_range_deleted() -> None:
    lines = changed(edit(delete={7, 8, 9}))
    assert any(line.startswith("    POST /widgets: old 7-9 → new (deleted)") for line in lines)


def test_only_the_final_newline_changed() -> None:
    lines = changed(TEXT + "\n")
    assert lines[1] == "  no line differs: only the line endings or the final newline changed"


def test_every_vendor_has_a_pin_of_its_document() -> None:
    from generator.load import load_vendor
    from generator.problems import Problems

    for key in vendor_keys():
        vendor = load_vendor(key, problems=Problems())
        assert vendor is not None
        pin = read_pin(key)
        assert pin.document == vendor.document
        assert pin.line_count > 0 and len(pin.blank) < pin.line_count


@pytest.mark.document_text
def test_every_document_at_hand_matches_its_pin() -> None:
    for key in vendor_keys():
        pin = read_pin(key)
        data = (vendor_docs() / pin.document).read_bytes()
        assert pin.matches(data), f"{pin.document} changed: run `python -m generator sources`"
        assert make_pin(pin.document, data) == pin


@pytest.mark.document_text
def test_sources_command_on_copies_with_lines_edited_inserted_and_deleted(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], keep_environment: None
) -> None:
    for name in (read_pin(key).document for key in vendor_keys()):
        shutil.copy(vendor_docs() / name, tmp_path / name)
    assert main(["sources", "--documents", str(tmp_path)]) == 0
    assert f"{len(vendor_keys())} match their pins, 0 changed" in capsys.readouterr().out

    document = tmp_path / "lagerkoll-projects.en.txt"
    lines = document.read_text(encoding="utf-8").split("\n")
    lines[99] += " (edited)"  # line 100: inside GET /events
    lines.insert(200, "A paragraph the vendor added.")  # after line 200
    del lines[301]  # old line 301
    document.write_text("\n".join(lines), encoding="utf-8")
    assert main(["sources", "--documents", str(tmp_path), "--vendor", "lagerkoll"]) == 1
    out = capsys.readouterr().out
    assert "lagerkoll: lagerkoll-projects.en.txt CHANGED" in out
    assert "  edited    old 100 → new 100" in out
    assert "  inserted  new 201 (after old line 200)" in out
    assert "  deleted   old 301" in out
    assert "GET /events: old 100-116 → new 100-116 (line 100 edited" in out
    assert "0 match their pins, 1 changed" in out


def test_sources_command_rejects_bad_arguments(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], keep_environment: None
) -> None:
    assert main(["sources", "--vendor", "nosuch"]) == 2
    assert "no such vendor: nosuch" in capsys.readouterr().err
    assert main(["sources", "--documents", str(tmp_path / "absent")]) == 2
    assert "not a folder" in capsys.readouterr().err


def test_sources_command_without_documents_reports_not_found(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], keep_environment: None
) -> None:
    assert main(["sources", "--documents", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert out.count("not found at") == len(vendor_keys())
    assert "the documents are optional" in out


@pytest.mark.document_text
def test_sources_pin_writes_the_pin_of_the_text_at_hand(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    keep_environment: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from generator import source_command

    pins = tmp_path / "pins"
    pins.mkdir()
    monkeypatch.setattr(source_command, "pin_path", lambda key: pins / f"{key}.json")
    docs = tmp_path / "docs"
    docs.mkdir()
    name = read_pin("lagerkoll").document
    edited = (vendor_docs() / name).read_bytes() + b"\nA line the vendor added."
    (docs / name).write_bytes(edited)
    assert main(["sources", "--pin", "--vendor", "lagerkoll", "--documents", str(docs)]) == 0
    assert "lagerkoll: pinned lagerkoll-projects.en.txt" in capsys.readouterr().out
    written = pin_from_json((pins / "lagerkoll.json").read_text(), where="pin")
    assert written == make_pin(name, edited)
    assert written.line_count == read_pin("lagerkoll").line_count + 1

    assert main(["sources", "--pin", "--vendor", "lagerkoll", "--documents", str(tmp_path)]) == 2
    assert "not found" in capsys.readouterr().err
