"""A first reading of a vendor document: the drafts ``python -m generator new`` starts from.

Two things are read, by form, in any language:

- **Request lines.** A line that names an HTTP method and a path (``GET /v1/user``,
  ``GET/v1/user``, ``POSTUrl: /export``, ``POST /brand/token HTTP/1.1 Host: …``, prose such as
  ``with the method GET "/api/task"``) drafts an operation citing that line. The query of a
  printed path drafts query parameters, with the printed values as their examples; ``{name}``
  segments draft path parameters. An operation printed more than once is drafted once, at its
  first line; a ``Url:`` printed empty drafts the server's root ``/``.
- **JSON.** Each JSON object or array printed in the document becomes an example holding the
  parsed value and its lines: a block of its own lines, or a value inside a line (a curl
  ``-d '{…}'``, a one-line HTTP request), then cited by its columns too. Each is placed on the
  operation printed last before it, as a request or response example by the words printed just
  before it (``Request``, ``Body``, ``-d``, a request line; ``Response``, ``HTTP/1.1 201``,
  ``Returns`` …), with the status code printed there (200 when none is).

Nothing here is final: every element is a draft the curator confirms (see ``scaffold.py``).
"""

from __future__ import annotations

import bisect
import json
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from generator import naming

METHODS = ("GET", "PUT", "POST", "DELETE", "PATCH", "HEAD", "OPTIONS")
_METHOD = r"(?<![A-Za-z])(?P<method>GET|PUT|POST|DELETE|PATCH|HEAD|OPTIONS)"
#: ``GET /path``, ``GET/path``, ``POSTUrl: /path``, ``GET "/path"``.
_REQUEST = re.compile(
    _METHOD + r"(?:\s*(?:Url|URL|url|Endpoint|Path|path)\s*:)?\s*[\"'`]?(?P<path>/[^\s\"'`<>]*)"
)
#: ``GETUrl:`` with nothing after it: the operation is on the base URL itself.
_EMPTY_URL = re.compile(_METHOD + r"\s*(?:Url|URL|url|Endpoint|Path|path)\s*:\s*$")
#: The target of an HTTP request line runs to `` HTTP/1.1`` (it may hold a space).
_REQUEST_LINE = re.compile(_METHOD + r"\s+(?P<target>/\S.*?)\s+HTTP/\d(?:\.\d)?\b")
_TEMPLATE = re.compile(r"\{([^{}/]+)\}")
_URL = re.compile(r"https?://[^\s\"'`<>()\[\]{}]+")
#: Words printed just before a JSON value that say what it is (nearest first decides).
_RESPONSE_WORDS = re.compile(
    r"respon|antwort|resposta|retorna|réponse|returns?\b|^\s*HTTP/\d(?:\.\d)?\s+\d{3}", re.I
)
_REQUEST_WORDS = re.compile(
    r"request|anfrage|requisi|pedido|body|corpo|^\s*curl\b|\s-d\s|--data|\sHTTP/\d(?:\.\d)?\b",
    re.I,
)
_STATUS = re.compile(r"(?<![\d.])([1-5]\d\d)(?![\d.])")
#: How many non-blank lines before a JSON value are read for its kind and status.
_LOOK_BACK = 6
_BODYLESS = {"GET", "HEAD", "DELETE", "OPTIONS"}


@dataclass(frozen=True)
class DraftParameter:
    name: str
    location: str  # "path" or "query"
    example: str | None = None  # a value printed in a request line
    example_line: int | None = None  # the line that prints it


@dataclass(frozen=True)
class DraftExample:
    """A JSON value printed in the document: its lines (1-based, inclusive) and, for a value
    inside a line, its 1-based columns on the first and the last line."""

    start: int
    end: int
    value: Any
    columns: tuple[int, int] | None = None
    kind: str = "response"  # or "request"
    status: str = "200"
    note: str = ""

    @property
    def name(self) -> str:
        lines = f"line_{self.start}" if self.start == self.end else f"lines_{self.start}_{self.end}"
        return lines if self.columns is None else f"{lines}_columns_{self.columns[0]}"

    @property
    def lines(self) -> str:
        return str(self.start) if self.start == self.end else f"{self.start}-{self.end}"


@dataclass
class DraftOperation:
    method: str
    path: str
    line: int
    printed: str  # the line as printed (shortened)
    operation_id: str = ""
    parameters: list[DraftParameter] = field(default_factory=list)
    also: list[int] = field(default_factory=list)  # further lines that print it
    notes: list[str] = field(default_factory=list)
    examples: list[DraftExample] = field(default_factory=list)


@dataclass
class Draft:
    """What a first reading of a document found."""

    title: str
    line_count: int
    operations: list[DraftOperation]
    examples: list[DraftExample]  # every JSON value, in document order
    server: str | None
    server_line: int | None
    intro_end: int  # the last line before the first operation (the vendor's own text)


def read_document(text: str) -> Draft:
    """Draft operations and examples from a document's text (lines as an editor numbers them)."""
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    operations, anchors = _operations(lines)
    examples = _json_values(lines)
    _place(examples, operations, anchors, lines)
    server, server_line = _server(lines)
    title = next((line.strip() for line in lines if line.strip()), "API")
    first = min((op.line for op in operations), default=len(lines) + 1)
    return Draft(
        title=title[:80],
        line_count=len(lines),
        operations=operations,
        examples=examples,
        server=server,
        server_line=server_line,
        intro_end=max(first - 1, 1),
    )


# --- request lines ---------------------------------------------------------------------------


@dataclass
class _Mention:
    """One request printed on one line, before the mentions are merged into operations."""

    line: int
    method: str
    path: str
    query: list[tuple[str, str | None]]
    notes: list[str]
    values: dict[str, str] = field(default_factory=dict)  # path parameter → printed value


def _operations(lines: list[str]) -> tuple[list[DraftOperation], list[tuple[int, DraftOperation]]]:
    """The operations, in order of first appearance, and every line that prints one."""
    mentions: list[_Mention] = []
    for number, line in enumerate(lines, 1):
        for method, raw, note in _requests(line):
            path, query = _split_target(raw)
            mentions.append(_Mention(number, method, path, query, [note] if note else []))
    _strip_server_prefixes(mentions)
    _values_into_templates(mentions)
    _one_name_per_path(mentions)
    found: dict[tuple[str, str], DraftOperation] = {}
    anchors: list[tuple[int, DraftOperation]] = []
    for mention in mentions:
        key = (mention.method, mention.path)
        op = found.get(key)
        if op is None:
            printed = lines[mention.line - 1].strip()
            op = DraftOperation(mention.method, mention.path, mention.line, _short(printed))
            op.parameters = [DraftParameter(n, "path") for n in _TEMPLATE.findall(mention.path)]
            found[key] = op
        elif mention.line != op.line and mention.line not in op.also:
            op.also.append(mention.line)
        op.notes += [n for n in mention.notes if n not in op.notes]
        for index, param in enumerate(op.parameters):
            value = mention.values.get(param.name)
            if value is not None and param.example is None:
                op.parameters[index] = DraftParameter(param.name, "path", value, mention.line)
        for name, value in mention.query:
            if not any(p.name == name for p in op.parameters):
                op.parameters.append(DraftParameter(name, "query", value, mention.line))
        anchors.append((mention.line, op))
    operations = list(found.values())
    for op in operations:
        if " " in op.path:
            op.notes.append(
                "the printed path holds a space: part of it may be a placeholder of the server URL"
            )
    _name(operations)
    return operations, anchors


def _shape(path: str) -> str:
    return _TEMPLATE.sub("{}", path)


def _strip_server_prefixes(mentions: list[_Mention]) -> None:
    """A request printed both with and without a leading part (``/a sua_marca/api/task`` and
    ``/api/task``) shows that part to belong to the server URL: it is dropped wherever it leads."""
    printed = {(m.method, m.path) for m in mentions}
    prefixes: set[str] = set()
    for mention in mentions:
        segments = mention.path.split("/")
        for cut in range(2, len(segments)):
            prefix, rest = "/".join(segments[:cut]), "/" + "/".join(segments[cut:])
            # A literal prefix before a rest that is more than a parameter.
            if (
                "{" not in prefix
                and _shape(rest).strip("/{}")
                and (mention.method, rest) in printed
            ):
                prefixes.add(prefix)
    for prefix in sorted(prefixes, key=len, reverse=True):
        for mention in mentions:
            if mention.path.startswith(prefix + "/"):
                mention.notes.append(
                    f"printed as {mention.path}: {prefix} is taken for part of the server URL "
                    "(the same request is printed without it)"
                )
                mention.path = mention.path[len(prefix) :]


#: A path segment that is a printed value of a parameter (``756``, a hex id, a UUID).
_VALUE_SEGMENT = re.compile(r"\d+|[0-9a-fA-F]{8,}|[0-9a-fA-F-]{36}")


def _values_into_templates(mentions: list[_Mention]) -> None:
    """``GET /api/task/756`` printed beside ``GET /api/task/{id}``: the same operation, with
    756 as a printed value of ``id``."""
    templates = [m for m in mentions if _TEMPLATE.search(m.path)]
    for mention in mentions:
        segments = mention.path.split("/")
        for template in templates:
            pattern = template.path.split("/")
            if template.method != mention.method or len(pattern) != len(segments):
                continue
            values: dict[str, str] = {}
            for ours, theirs in zip(segments, pattern, strict=True):
                name = _TEMPLATE.fullmatch(theirs)
                if name and _VALUE_SEGMENT.fullmatch(ours):
                    values[name.group(1)] = ours
                elif ours != theirs:
                    break
            else:
                if values:
                    mention.notes.append(
                        f"line {mention.line} prints it with a value ({mention.path}): "
                        "an example of its path parameter"
                    )
                    mention.path, mention.values = template.path, values
                    break


def _one_name_per_path(mentions: list[_Mention]) -> None:
    """Paths that differ only in parameter names are one path in OpenAPI: the first printed
    name is kept, and the curator is told to record the other as a quirk."""
    names: dict[str, str] = {}
    for mention in mentions:
        shape = _shape(mention.path)
        first = names.setdefault(shape, mention.path)
        if first != mention.path:
            mention.notes.append(
                f"line {mention.line} prints it as {mention.path}: one parameter name per path "
                f"(OpenAPI reads both as one path), {first} is used; record a quirk"
            )
            mention.path = first


def _requests(line: str) -> list[tuple[str, str, str]]:
    """``(METHOD, target, note)`` for each request a line prints."""
    empty = _EMPTY_URL.search(line)
    if empty:
        return [
            (
                empty["method"],
                "/",
                "the line prints no path: the operation is taken to be on the server URL itself "
                "(/); say so in inferred=",
            )
        ]
    request_line = _REQUEST_LINE.search(line)
    if request_line:
        return [(request_line["method"], request_line["target"], "")]
    return [(m["method"], m["path"], "") for m in _REQUEST.finditer(line)]


def _split_target(target: str) -> tuple[str, list[tuple[str, str | None]]]:
    """``/a/{id}?x=1&y`` → ``("/a/{id}", [("x", "1"), ("y", None)])``."""
    target = target.split("#", 1)[0]
    path, _, query = target.partition("?")
    path = path.rstrip(".,;:)")
    if len(path) > 1:
        path = path.rstrip("/") or "/"
    params: list[tuple[str, str | None]] = []
    for pair in filter(None, query.rstrip(".,;:)").split("&")):
        name, _, value = pair.partition("=")
        if re.fullmatch(r"[A-Za-z_][\w.\-\[\]]*", name):
            printed = value if value and not re.search(r"[{}<>]", value) else None
            params.append((name, printed))
    return path or "/", params


def _name(operations: list[DraftOperation]) -> None:
    """An operationId per operation: the method and the words of its path, unique."""
    seen: Counter[str] = Counter()
    for op in operations:
        words = [w for w in naming.words(_TEMPLATE.sub(r"by \1", op.path)) if w.isascii()]
        base = op.method.lower() + "".join(w[:1].upper() + w[1:] for w in words)
        seen[base] += 1
        op.operation_id = base if seen[base] == 1 else f"{base}Line{op.line}"


# --- JSON values ------------------------------------------------------------------------------


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


_DECODER = json.JSONDecoder(parse_constant=_reject_constant)


def _json_values(lines: list[str]) -> list[DraftExample]:
    """Every JSON object (or non-empty array) printed in the document, outermost only."""
    text = "\n".join(lines)
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    found: list[DraftExample] = []
    position = 0
    for match in re.finditer(r"[{\[]", text):
        begin = match.start()
        if begin < position:
            continue  # inside a value already read
        try:
            value, end = _DECODER.raw_decode(text, begin)
        except ValueError:
            continue
        if not _worth_an_example(value):
            continue
        position = end
        first = bisect.bisect_right(starts, begin) - 1
        last = bisect.bisect_right(starts, end - 1) - 1
        before = text[starts[first] : begin]
        after = text[end : starts[last] + len(lines[last])]
        columns = None
        if before.strip() or after.strip():
            columns = (begin - starts[first] + 1, end - starts[last])
            if not (isinstance(value, dict) or _all_objects(value)):
                continue  # a short list inside prose ("see [1]") is no example
        found.append(DraftExample(first + 1, last + 1, value, columns))
    return found


def _worth_an_example(value: Any) -> bool:
    return isinstance(value, dict) or (isinstance(value, list) and len(value) > 0)


def _all_objects(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(v, dict) for v in value)


# --- placing the examples --------------------------------------------------------------------


def _place(
    examples: list[DraftExample],
    operations: list[DraftOperation],
    anchors: list[tuple[int, DraftOperation]],
    lines: list[str],
) -> None:
    """Attach each example to the operation printed last before it, as request or response."""
    if not operations:
        return
    anchor_lines = [line for line, _ in anchors]
    for index, example in enumerate(examples):
        position = bisect.bisect_right(anchor_lines, example.start) - 1
        kind, status = _kind_and_status(example, lines)
        note = ""
        if position < 0:
            op = operations[0]
            kind, status = "response", "default"
            note = (
                f"printed before any operation (line {example.start}): an error payload or a "
                "model the operations share? place it where it belongs"
            )
        else:
            op = anchors[position][1]
        if kind == "request" and op.method in _BODYLESS:
            note = f"read as a request body, but {op.method} requests have none: placed here"
            kind = "response"
        placed = DraftExample(
            example.start,
            example.end,
            example.value,
            example.columns,
            kind=kind,
            status=status,
            note=note,
        )
        examples[index] = placed
        op.examples.append(placed)


def _kind_and_status(example: DraftExample, lines: list[str]) -> tuple[str, str]:
    """Request or response, and the status, from what is printed just before the value."""
    if example.columns is not None:
        prefix = lines[example.start - 1][: example.columns[0] - 1]
        if _REQUEST_WORDS.search(prefix) or _REQUEST.search(prefix):
            return "request", "200"
        if _RESPONSE_WORDS.search(prefix):
            return "response", _status(prefix)
    seen = 0
    for number in range(example.start - 1, 0, -1):
        line = lines[number - 1]
        if not line.strip():
            continue
        seen += 1
        if seen > _LOOK_BACK:
            break
        if _RESPONSE_WORDS.search(line):
            return "response", _status(line)
        if _REQUEST_WORDS.search(line) or _REQUEST.search(line):
            return "request", "200"
    return "response", "200"


def _status(line: str) -> str:
    found = _STATUS.search(line)
    return found.group(1) if found else "200"


# --- the server --------------------------------------------------------------------------------


def _server(lines: list[str]) -> tuple[str | None, int | None]:
    """A base URL the document prints: one on a line that says "base", else the most printed
    origin (scheme and host); None when it prints none."""
    origins: Counter[str] = Counter()
    first_line: dict[str, int] = {}
    for number, line in enumerate(lines, 1):
        for match in _URL.finditer(line):
            url = match.group(0).rstrip(".,;:")
            if "base" in line.lower():
                return url.rstrip("/"), number
            origin = "/".join(url.split("/")[:3])
            origins[origin] += 1
            first_line.setdefault(origin, number)
    if not origins:
        return None, None
    origin = max(origins, key=lambda o: (origins[o], -first_line[o]))
    return origin, first_line[origin]


def _short(text: str, limit: int = 90) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
