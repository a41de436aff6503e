"""``python -m generator new KEY --document FILE``: a new vendor's folder, drafted from its document.

``specs/KEY/`` gets the document's pin, a ``Vendor`` skeleton (``__init__.py``), an operation
stub per printed request (``operations.py``), an ``Example`` per printed JSON value
(``examples.py``), an empty ``models.py`` and a reading log (``NOTES.md``). Every drafted element
carries ``draft=`` with what is left to do: the build refuses the vendor, one error per draft
with its lines, until the curator has finished each one and deleted its ``draft=``.

The folder is written whole or not at all; an existing folder is never touched.
"""

from __future__ import annotations

import keyword
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator.check import LANGUAGES
from generator.draft import Draft, DraftExample, DraftOperation, read_document
from generator.emit import create_tree
from generator.paths import ROOT, SPECS, vendor_docs
from generator.pins import PIN_FILE, make_pin, pin_to_json

_HEADER = "Drafted by `python -m generator new`"


class ScaffoldError(Exception):
    """Bad input to ``new`` (a key, a document, an existing folder): one line, nothing written."""


@dataclass(frozen=True)
class Scaffold:
    """What ``new`` wrote: the folder and the draft it holds."""

    folder: Path
    draft: Draft
    document: str
    document_at_hand: bool


def new_vendor(
    key: str, *, document: Path, language: str = "en", specs_dir: Path = SPECS
) -> Scaffold:
    """Draft ``specs_dir/key/`` from ``document``; :class:`ScaffoldError` on bad input."""
    if not re.fullmatch(r"[a-z][a-z0-9_]*", key) or keyword.iskeyword(key):
        raise ScaffoldError(
            f"{key!r}: a vendor key is lower-case letters, digits and _, starting with a letter "
            "(it is the package name specs/<key>/)"
        )
    if language not in LANGUAGES:
        raise ScaffoldError(f"--language {language!r}: an ISO 639-1 code such as en, de or pt")
    folder = specs_dir / key
    if folder.exists():
        raise ScaffoldError(f"{_shown(folder)} exists: nothing was written")
    try:
        data = document.read_bytes()
    except OSError as exc:
        raise ScaffoldError(f"--document {document}: cannot be read ({exc.strerror})") from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ScaffoldError(
            f"--document {document}: not UTF-8 text (byte {exc.start}); "
            "convert it, keeping its lines, and pin that"
        ) from None
    draft = read_document(text)
    files = render_files(key, draft, document=document.name, language=language)
    files[PIN_FILE] = pin_to_json(make_pin(document.name, data))
    create_tree(folder, {name: content.encode() for name, content in files.items()})
    at_hand = (vendor_docs() / document.name).is_file()
    return Scaffold(folder=folder, draft=draft, document=document.name, document_at_hand=at_hand)


def render_files(key: str, draft: Draft, *, document: str, language: str) -> dict[str, str]:
    """The drafted package's files (Python formatted by ruff), by name."""
    from generator.clients.format import ruff_format_many

    sources = {
        "__init__.py": _vendor_module(key, draft, document=document, language=language),
        "operations.py": _operations_module(draft, document=document, language=language),
        "examples.py": _examples_module(draft, document=document),
        "models.py": _models_module(document),
    }
    files = ruff_format_many(sources)
    files["NOTES.md"] = _notes(key, draft, document=document, language=language)
    return files


# --- __init__.py -------------------------------------------------------------------------------


def _vendor_module(key: str, draft: Draft, *, document: str, language: str) -> str:
    if draft.server is not None:
        server = (
            f"Server(url={draft.server!r}, description='Read from line {draft.server_line}.', "
            f"lines={draft.server_line})"
        )
        server_todo = f"the server read from line {draft.server_line} (is it the base URL?)"
    else:
        server = (
            "Server(url='https://api.example.invalid', "
            "description='The document prints no URL: give the base URL, with inferred=.')"
        )
        server_todo = "a server (the document prints no URL: choose one, with inferred=)"
    todo = (
        f"a skeleton from a first reading of {document}: check the title (line 1); give the "
        "version the document states (or inferred= with why), an English description, "
        f"{server_todo}, the security schemes and the default security the document describes, "
        "and tags that group the operations"
    )
    language_line = f"    language={language!r},\n" if language != "en" else ""
    return (
        f'"""{_one_line(draft.title)} ({document}). {_HEADER}: finish the skeleton."""\n\n'
        "from generator.describe import Server, Tag, Vendor\n\n"
        "from .operations import OPERATIONS, TAG\n\n"
        "VENDOR = Vendor(\n"
        f"    key={key!r},\n"
        f"    title={draft.title!r},\n"
        "    version='1',\n"
        f"    document={document!r},\n"
        f"{language_line}"
        "    description='Drafted: what the API covers, in English.',\n"
        f"    lines=(1, {draft.intro_end}),\n"
        f"    servers=[{server}],\n"
        "    security_schemes=[],\n"
        "    security=[],\n"
        "    tags=[Tag(name=TAG, description='Drafted: every operation, until there are tags.')],\n"
        "    operations=OPERATIONS,\n"
        f"    draft={todo!r},\n"
        ")\n"
    )


# --- operations.py -----------------------------------------------------------------------------


def _operations_module(draft: Draft, *, document: str, language: str) -> str:
    body = "".join(_operation(op, language=language) for op in draft.operations)
    uses_examples = any(op.examples for op in draft.operations)
    names = ["Operation", "Response"]
    if any(op.parameters for op in draft.operations):
        names.append("Parameter")
    if any(p.example is not None for op in draft.operations for p in op.parameters):
        names.append("Example")
    if any(e.kind == "request" for op in draft.operations for e in op.examples):
        names.append("RequestBody")
    imports = f"from generator.describe import {', '.join(sorted(names))}\n"
    if uses_examples:
        imports += "\nfrom . import examples as ex\n"
    return (
        f'"""{_HEADER} from {document}: an operation per request line it prints.\n\n'
        "Each stub cites the line that prints it and says in ``draft=`` what is left to do; the\n"
        "build refuses the vendor until every ``draft=`` is gone. Responses and bodies are typed\n"
        "``object`` (anything) until their models are written in models.py.\n"
        '"""\n\n'
        f"{imports}\n"
        "#: The one tag of the draft: group the operations in the tags the document names.\n"
        "TAG = 'Default'\n\n"
        f"OPERATIONS: list[Operation] = [\n{body}]\n"
    )


def _operation(op: DraftOperation, *, language: str) -> str:
    parameters = "".join(_parameter(p) for p in op.parameters)
    requests = [e for e in op.examples if e.kind == "request"]
    responses: dict[str, list[DraftExample]] = {}
    for example in op.examples:
        if example.kind == "response":
            responses.setdefault(example.status, []).append(example)
    if not any(s.startswith("2") for s in responses):
        responses = {"200": [], **responses}
    request_body = ""
    if requests:
        request_body = (
            "        request_body=RequestBody(\n"
            "            model=object,\n"
            f"            examples=[{', '.join(_constant(e) for e in requests)}],\n"
            "        ),\n"
        )
    response_text = "".join(
        _response(status, examples) for status, examples in sorted(responses.items())
    )
    return (
        "    Operation(\n"
        f"        method={op.method.lower()!r},\n"
        f"        path={op.path!r},\n"
        f"        operation_id={op.operation_id!r},\n"
        f"        summary={op.method + ' ' + op.path!r},\n"
        "        tags=[TAG],\n"
        f"        lines={op.line},\n"
        + (f"        parameters=[\n{parameters}        ],\n" if parameters else "")
        + request_body
        + f"        responses=[\n{response_text}        ],\n"
        f"        draft={_operation_todo(op, language=language)!r},\n"
        "    ),\n"
    )


def _operation_todo(op: DraftOperation, *, language: str) -> str:
    also = ""
    if op.also:
        also = f" (printed again at {_line_list(op.also)})"
    todo = (
        f"drafted from line {op.line}, `{op.printed}`{also}: cite all of its text (lines=), "
        "write summary and description, declare every parameter and body field it documents, "
        "give the body and each response a model"
    )
    if language != "en":
        todo += (
            f"; the document is in {language}: summary and description in English, the "
            "vendor's wording in original=Original(summary=…)"
        )
    for note in op.notes:
        todo += f"; {note}"
    return todo


def _parameter(param: Any) -> str:
    example = ""
    described = "Drafted: what the document says of it."
    if param.example is not None and param.example_line is not None:
        described = f"Drafted from line {param.example_line}, which prints {param.example!r}."
        example = (
            f"                examples=[Example(name='line_{param.example_line}', "
            f"summary='Printed at line {param.example_line}', value={param.example!r}, "
            f"lines={param.example_line})],\n"
        )
    required = "                required=True,\n" if param.location == "path" else ""
    return (
        "            Parameter(\n"
        f"                name={param.name!r},\n"
        f"                location={param.location!r},\n"
        f"{required}"
        f"                description={described!r},\n"
        f"{example}"
        "            ),\n"
    )


def _response(status: str, examples: list[DraftExample]) -> str:
    shown = int(status) if status.isdigit() else status
    lines = ", ".join(e.lines for e in examples)
    if examples:
        description = f"Drafted from the example at {'lines' if '-' in lines else 'line'} {lines}."
        model = "            model=object,\n"
        listed = f"            examples=[{', '.join(_constant(e) for e in examples)}],\n"
    else:
        description = "Drafted: the document's success response."
        model = listed = ""
    return (
        "        Response(\n"
        f"            status={shown!r},\n"
        f"            description={description!r},\n"
        f"{model}{listed}"
        "        ),\n"
    )


# --- examples.py -------------------------------------------------------------------------------


def _examples_module(draft: Draft, *, document: str) -> str:
    placed = [e for op in draft.operations for e in op.examples]
    body = "".join(_example(e) for e in sorted(placed, key=lambda e: (e.start, e.columns)))
    imports = "from generator.describe import Example\n\n" if placed else ""
    return (
        f'"""{_HEADER}: the JSON values printed in {document}, one ``Example`` each.\n\n'
        "Each holds the parsed value and cites its lines (and columns, inside a line); the build\n"
        "checks that the value is what those lines print. operations.py places each on the\n"
        "operation printed last before it.\n"
        '"""\n\n'
        f"{imports}{body}"
    )


def _example(example: DraftExample) -> str:
    where = f"{'lines' if example.start != example.end else 'line'} {example.lines}"
    columns = ""
    if example.columns is not None:
        where += ", columns {}-{}".format(*example.columns)
        columns = f"    columns={example.columns!r},\n"
    todo = (
        f"read at {where} as a {example.kind} example"
        + (f" (status {example.status})" if example.kind == "response" else "")
        + ": confirm where it belongs, then name and summarize it"
    )
    if example.note:
        todo += f"; {example.note}"
    return (
        f"{example.name.upper()} = Example(\n"
        f"    name={example.name!r},\n"
        f"    summary={'Printed at ' + where!r},\n"
        f"    lines=({example.start}, {example.end}),\n"
        f"{columns}"
        f"    value={example.value!r},\n"
        f"    draft={todo!r},\n"
        ")\n"
    )


def _constant(example: DraftExample) -> str:
    """How operations.py refers to an example of examples.py."""
    return f"ex.{example.name.upper()}"


# --- models.py, NOTES.md -------------------------------------------------------------------------


def _models_module(document: str) -> str:
    return (
        f'"""The payloads {document} describes, as pydantic models: one component schema each.\n\n'
        "Each model cites its lines (``model_config = schema_config(lines=(a, b))``); requests are\n"
        'closed (``extra="forbid"``). See specs/README.md, "Models".\n'
        '"""\n'
    )


def _notes(key: str, draft: Draft, *, document: str, language: str) -> str:
    rows = [f"| 1-{draft.intro_end} | the introduction | vendor skeleton (draft) |"]
    entries: list[tuple[int, str]] = []
    for op in draft.operations:
        entries.append(
            (op.line, f"| {op.line} | `{op.method} {op.path}` | {op.operation_id} (draft) |")
        )
        for example in op.examples:
            entries.append(
                (
                    example.start,
                    f"| {example.lines} | JSON | example {example.name} on {op.operation_id} (draft) |",
                )
            )
    rows += [text for _, text in sorted(entries)]
    return (
        f"# {draft.title}: reading log\n\n"
        f"Document: `{document}` ({draft.line_count} lines, {language}). {_HEADER} "
        f"(`{key}`): {len(draft.operations)} operations, "
        f"{sum(len(op.examples) for op in draft.operations)} examples. Replace the drafts' rows "
        "with what each stretch of the document became; `python -m generator coverage "
        f"{key}` lists what is left.\n\n"
        "| lines | what it says | became |\n|---|---|---|\n" + "\n".join(rows) + "\n"
    )


def _line_list(numbers: list[int]) -> str:
    shown = ", ".join(str(n) for n in numbers[:5]) + (", …" if len(numbers) > 5 else "")
    return f"line {shown}" if len(numbers) == 1 else f"lines {shown}"


def _one_line(text: str) -> str:
    return re.sub(r"\s+", " ", text).replace("\\", "/").replace('"""', "'''")


def _shown(path: Path) -> str:
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)
