"""``python -m generator coverage KEY``: uncited stretches, drafts left and inferred elements, in
document order, for a vendor freshly drafted, half done and finished."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from generator.describe import Source, Vendor
from generator.load import load_vendor_file
from generator.pins import split_lines
from generator.problems import Problems
from generator.scaffold import new_vendor
from generator.worklist import worklist
from tests.data.acme_base import ACME, PIN
from tests.scratch import DOCUMENTS, ROOT

TEXT = split_lines((DOCUMENTS / "acme.en.txt").read_text())


def drafted(tmp_path: Path) -> Vendor:
    folder = new_vendor("acme", document=DOCUMENTS / "acme.en.txt", specs_dir=tmp_path).folder
    problems = Problems()
    vendor = load_vendor_file(folder, problems=problems)
    assert vendor is not None, problems.items
    return vendor


def test_a_fresh_draft_lists_its_drafts_among_the_uncited_stretches(tmp_path: Path) -> None:
    assert worklist(drafted(tmp_path), pin=PIN, document=TEXT) == [
        "acme: acme.en.txt, 35 of 43 non-blank lines cited (81.4 %); 4 uncited stretch(es), "
        "9 draft(s) left, 0 element(s) marked inferred",
        "         1-22  draft     acme: a skeleton from a first reading of acme.en.txt",
        "        13-16  draft     acme GET /v1/widget: responses.default.examples.lines_13_16: "
        "read at lines 13-16 as a response example (status default)",
        "           23  draft     acme GET /v1/widget: drafted from line 23, `GET /v1/widget` "
        "(printed again at line 26)",
        "        24-27  uncited   “Lists the widgets, sorted by number. The query parameter "
        "colour …”",
        "        28-31  draft     acme GET /v1/widget: responses.200.examples.lines_28_31: read at "
        "lines 28-31 as a response example (status 200)",
        "           33  draft     acme GET /v1/widget/{no}: drafted from line 33, "
        "`GET /v1/widget/{no}`",
        "        34-35  uncited   “Finds the widget whose number is given. Answers 404 when …”",
        "        36-40  draft     acme GET /v1/widget/{no}: responses.200.examples.lines_36_40: "
        "read at lines 36-40 as a response example (status 200)",
        "           42  draft     acme POST /v1/widget: drafted from line 42, `POST /v1/widget`",
        "           43  uncited   “Adds a widget. The body gives its name and colour, …”",
        "           44  draft     acme POST /v1/widget: requestBody.examples.line_44_columns_86: "
        "read at line 44, columns 86-119 as a request example",
        "           45  uncited   “Response (201):”",
        "        46-50  draft     acme POST /v1/widget: responses.201.examples.lines_46_50: read at "
        "lines 46-50 as a response example (status 201)",
    ]


def test_inferred_elements_are_listed_with_their_lines_once_per_reason() -> None:
    get_widget = next(op for op in ACME.operations if op.operation_id == "getWidget")
    reason = "The document does not say which widgets a missing number means; none is assumed."
    no = get_widget.parameters[0].model_copy(update={"inferred": reason, "source": None})
    guessed = get_widget.model_copy(update={"parameters": [no], "source": Source(lines=(33, 34))})
    vendor = ACME.model_copy(
        update={
            "operations": [guessed if op is get_widget else op for op in ACME.operations],
            "servers": [s.model_copy(update={"inferred": reason}) for s in ACME.servers],
        }
    )
    lines = worklist(vendor, pin=PIN, document=None)
    assert lines[0].endswith("1 uncited stretch(es), 0 draft(s) left, 2 element(s) marked inferred")
    assert lines[1].startswith("  (the document is not at hand in")
    assert lines[2:] == [
        f"            4  inferred  server https://api.acme.example: {reason}",
        f"        33-34  inferred  GET /v1/widget/{{no}} › parameter no: {reason}",
        "           35  uncited",  # 36-40: the example of getWidget cites them
    ]


def test_a_finished_vendor_has_nothing_left() -> None:
    assert worklist(ACME, pin=PIN, document=TEXT)[1:] == [
        "  every non-blank line is cited and no draft is left"
    ]


def test_the_command_names_an_unknown_vendor_in_one_line() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "generator", "coverage", "nosuch"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.startswith("error: nosuch: no such vendor; known vendors: ")
    assert len(done.stderr.splitlines()) == 1
