"""``python -m generator new``: a vendor's folder drafted from its document, and the drafts the
build refuses one by one; on every vendor's own document, the drafts find every operation the
document prints that the curated description has."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from generator.describe import Operation
from generator.draft import read_document
from generator.load import load_vendor, read_pin, vendor_keys
from generator.paths import vendor_docs
from generator.pipeline import generate
from generator.problems import PipelineError, Problems
from generator.scaffold import ScaffoldError, new_vendor
from tests.data.acme_base import ACME
from tests.scratch import DOCUMENTS, run_generator, scratch_project

ACME_DOCUMENT = DOCUMENTS / "acme.en.txt"
_TEMPLATE = re.compile(r"\{[^{}]*\}")


def shape(method: str, path: str) -> str:
    """``GET /v1/widget/{}``: an operation as OpenAPI tells it apart (parameter names aside)."""
    return f"{method.upper()} {_TEMPLATE.sub('{}', path.rstrip('/') or '/')}"


def drafted_errors(folder: Path, documents: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    monkeypatch.setenv("VENDOR_DOCS", str(documents))
    with pytest.raises(PipelineError) as failed:
        generate(None, out=folder.parent / "out", vendor_files=[folder])
    assert not (folder.parent / "out").exists()
    return [str(p) for p in failed.value.problems]


def test_new_drafts_the_test_vendor_and_the_build_refuses_each_draft(tmp_path: Path) -> None:
    project = scratch_project(tmp_path / "project")
    made = run_generator(project, "new", "acme", "--document", ACME_DOCUMENT)
    assert made.returncode == 0, made.stderr
    assert made.stdout.splitlines()[:4] == [
        "specs/acme/: drafted 3 operation(s) and 5 example(s) from acme.en.txt (50 lines), "
        "pinned in specs/acme/document.pin.json",
        "  line 23     GET /v1/widget  (2 example(s))",
        "  line 33     GET /v1/widget/{no}  (1 example(s))",
        "  line 42     POST /v1/widget  (2 example(s))",
    ]
    folder = project / "specs" / "acme"
    assert sorted(p.name for p in folder.iterdir()) == [
        "NOTES.md",
        "__init__.py",
        "document.pin.json",
        "examples.py",
        "models.py",
        "operations.py",
    ]
    assert (folder / "document.pin.json").read_text() == (
        Path(__file__).parent / "data" / "acme" / "document.pin.json"
    ).read_text()
    built = run_generator(project, "specs", "--vendor", "acme", "--jobs", "1")
    assert built.returncode == 1
    errors = [line.strip() for line in built.stderr.splitlines() if "ERROR" in line]
    # One error per draft: the vendor skeleton, three operations, five examples; nothing else.
    assert len(errors) == 9 and all("draft left (line" in e for e in errors), errors
    assert "ERROR: acme: draft left (lines 1-22): a skeleton" in errors[0]
    assert (
        "ERROR: acme POST /v1/widget: requestBody.examples.line_44_columns_86: draft left "
        "(line 44): read at line 44, columns 86-119 as a request example" in built.stderr
    )
    assert not (project / "generated").exists(), "a build with drafts writes nothing"
    drafted = {
        shape(op.method, op.path) for op in read_document(ACME_DOCUMENT.read_text()).operations
    }
    assert drafted == {shape(op.method, op.path) for op in ACME.operations}


def test_the_drafted_package_is_clean_python(tmp_path: Path) -> None:
    folder = new_vendor("acme", document=ACME_DOCUMENT, specs_dir=tmp_path / "specs").folder
    lint = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "--isolated", "--select", "E,F,W,I,UP,B,SIM",
         "--ignore", "E501", "--line-length", "100", str(folder)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert lint.returncode == 0, lint.stdout
    assert "draft=" in (folder / "operations.py").read_text()


def test_new_refuses_bad_input_and_writes_nothing(tmp_path: Path) -> None:
    specs = tmp_path / "specs"
    specs.mkdir()
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes("GET /caf\xe9\n".encode("latin-1"))
    cases = {
        "Acme": (ACME_DOCUMENT, "en", "'Acme': a vendor key is lower-case letters"),
        "class": (ACME_DOCUMENT, "en", "'class': a vendor key"),
        "acme": (tmp_path / "missing.txt", "en", "missing.txt: cannot be read"),
        "acme2": (latin1, "en", "latin1.txt: not UTF-8 text (byte 8)"),
        "acme3": (ACME_DOCUMENT, "German", "--language 'German': an ISO 639-1 code"),
    }
    for key, (document, language, message) in cases.items():
        with pytest.raises(ScaffoldError, match=re.escape(message)):
            new_vendor(key, document=document, language=language, specs_dir=specs)
    assert list(specs.iterdir()) == []
    new_vendor("acme", document=ACME_DOCUMENT, specs_dir=specs)
    before = {p: p.read_bytes() for p in (specs / "acme").iterdir()}
    with pytest.raises(ScaffoldError, match="specs/acme exists: nothing was written"):
        new_vendor("acme", document=ACME_DOCUMENT, specs_dir=specs)
    assert {p: p.read_bytes() for p in (specs / "acme").iterdir()} == before
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".staging")] == []


def test_the_cli_names_a_bad_argument_in_one_line(tmp_path: Path) -> None:
    project = scratch_project(tmp_path / "project")
    done = run_generator(project, "new", "acme", "--document", tmp_path / "nowhere.txt")
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [
        f"error: --document {tmp_path / 'nowhere.txt'}: cannot be read (No such file or directory)"
    ]
    assert sorted(p.name for p in (project / "specs").iterdir()) == ["__init__.py"]


def test_a_german_draft_asks_for_english_with_the_original_beside(tmp_path: Path) -> None:
    document = tmp_path / "lager.de.txt"
    document.write_text(
        "Lager-API\n\nGET /api/v1/lager\nEine Liste aller Lager liefern\nAntwort:\n"
        '[ {\n  "id" : 1\n} ]\n\nPOST /api/v1/lager/{lagerid}/buchung\nAnfrage:\n'
        '{ "menge" : 2 }\nHTTP/1.1 201 Created\n{ "id" : 7 }\n'
    )
    folder = new_vendor("lager", document=document, language="de", specs_dir=tmp_path).folder
    vendor_text = (folder / "__init__.py").read_text()
    assert 'language="de"' in vendor_text
    assert "The document prints no URL" in vendor_text
    operations = (folder / "operations.py").read_text()
    assert "the document is in de: summary and description in English" in operations
    examples = (folder / "examples.py").read_text()
    assert "read at lines 6-8 as a response example (status 200)" in examples
    assert "read at line 12 as a request example" in examples
    assert "read at line 14 as a response example (status 201)" in examples


def test_reading_request_lines_and_json_in_their_forms() -> None:
    text = "\n".join(
        [
            "Shop API, base URL https://shop.example/api/ for everything",  # 1
            "GETUrl:",  # 2: an empty Url
            "Response:",  # 3
            '{"items": []}',  # 4
            "PUTUrl: /{id}",  # 5
            "Body:",  # 6
            '{"name": "x"}',  # 7
            "POST /order/{orderId} HTTP/1.1 Host: shop.example",  # 8
            "  curl -X POST https://shop.example/api/order/1 -d '{\"qty\": 2}'",  # 9
            "PUT /{item}",  # 10: /{id} printed with another name
            "GET /order/42?expand=lines&fields={f}",  # 11: a printed value of {orderId}
            "As GET /order/{orderId}, see [1] and [...] and {id}.",  # 12: prose
            "[",  # 13
            '  {"a": 1},',  # 14
            '  {"a": 2}',  # 15
            "]",  # 16
        ]
    )
    draft = read_document(text)
    assert draft.server == "https://shop.example/api" and draft.server_line == 1
    ops = {shape(op.method, op.path): op for op in draft.operations}
    assert list(ops) == ["GET /", "PUT /{}", "POST /order/{}", "GET /order/{}"]
    assert ops["GET /"].notes[0].startswith("the line prints no path")
    assert ops["PUT /{}"].also == [10] and "prints it as /{item}" in ops["PUT /{}"].notes[0]
    get_order = ops["GET /order/{}"]
    assert (get_order.line, get_order.also) == (11, [12])
    assert [(p.name, p.location, p.example) for p in get_order.parameters] == [
        ("orderId", "path", "42"),
        ("expand", "query", "lines"),
        ("fields", "query", None),
    ]
    placed = [
        (op.operation_id, e.lines, e.columns, e.kind, e.status)
        for op in draft.operations
        for e in op.examples
    ]
    assert placed == [
        ("get", "4", None, "response", "200"),
        ("putById", "7", None, "request", "200"),
        ("postOrderByOrderId", "9", (53, 62), "request", "200"),
        ("getOrderByOrderId", "13-16", None, "response", "200"),
    ]


@pytest.mark.document_text
@pytest.mark.parametrize("key", vendor_keys())
def test_the_draft_finds_every_operation_the_document_prints(
    key: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every operation of the curated description that the document prints (not marked
    inferred) is drafted; the drafted folder loads, and building it gives one error per draft
    and nothing else."""
    problems = Problems()
    vendor = load_vendor(key, problems=problems)
    assert vendor is not None, problems.items
    document = vendor_docs() / read_pin(key).document
    draft = read_document(document.read_text(encoding="utf-8"))
    drafted = {shape(op.method, op.path) for op in draft.operations}
    curated: dict[str, Operation] = {shape(op.method, op.path): op for op in vendor.operations}
    printed = {s for s, op in curated.items() if op.inferred is None}
    missing = sorted(printed - drafted)
    inferred_found = sorted((set(curated) - printed) & drafted)
    print(
        f"{key}: {len(draft.operations)} operations drafted; the description has "
        f"{len(curated)}, {len(printed)} of them printed in the document (not inferred): "
        f"{len(printed) - len(missing)} drafted; of the {len(curated) - len(printed)} inferred, "
        f"{len(inferred_found)} drafted too; {len(drafted - set(curated))} drafts not in it"
    )
    assert not missing, f"{key}: printed operations the draft misses: {missing}"

    made = new_vendor(key, document=document, language=vendor.language, specs_dir=tmp_path)
    errors = drafted_errors(made.folder, document.parent, monkeypatch)
    examples = sum(len(op.examples) for op in draft.operations)
    assert len(errors) == 1 + len(draft.operations) + examples
    assert all(": draft left (" in e for e in errors), [e for e in errors if "draft left" not in e]
