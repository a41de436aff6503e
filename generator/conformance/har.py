"""HAR 1.2 in and out: entries streamed from a file, one exchange at a time; entries recorded.

A HAR file is one JSON object, ``{"log": {"entries": [...]}}``, that can be hundreds of megabytes.
:func:`iter_entries` never loads it whole: it reads the top-level keys one by one and decodes the
``log.entries`` array entry by entry (``json.JSONDecoder.raw_decode`` over a buffer that is
refilled from the file), so memory holds one entry and one read buffer, whatever the file size.
Anything that is not a HAR file raises :class:`HarError`, naming the file and where.
"""

from __future__ import annotations

import base64
import json
import os
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any
from urllib.parse import parse_qsl, urlsplit

_CHUNK = 1 << 20
_DECODER = json.JSONDecoder()
_SPACE = " \t\r\n"


class HarError(Exception):
    """The input is not a readable HAR file; the message names the file and the place."""


@dataclass
class Exchange:
    """One request and its response, as the toolkit validates them (header names lower-case)."""

    method: str
    url: str
    path: str
    query: dict[str, list[str]]
    request_headers: dict[str, str]
    request_body: bytes
    status: int
    response_headers: dict[str, str]
    response_body: bytes

    @property
    def request_content_type(self) -> str:
        return self.request_headers.get("content-type", "")

    @property
    def response_content_type(self) -> str:
        return self.response_headers.get("content-type", "")


class _Reader:
    """A text buffer over a file, refilled on demand."""

    def __init__(self, handle: IO[str], name: str) -> None:
        self.handle, self.name = handle, name
        self.buffer, self.pos, self.offset, self.eof = "", 0, 0, False

    def fill(self) -> bool:
        if self.eof:
            return False
        try:
            chunk = self.handle.read(_CHUNK)
        except UnicodeDecodeError as exc:
            raise HarError(f"{self.name}: not UTF-8 text ({exc.reason})") from None
        except OSError as exc:
            raise HarError(f"{self.name}: cannot be read: {exc.strerror or exc}") from None
        if not chunk:
            self.eof = True
            return False
        if self.pos > _CHUNK:
            self.offset += self.pos
            self.buffer, self.pos = self.buffer[self.pos :], 0
        self.buffer += chunk
        return True

    def peek(self) -> str:
        """The next character that is not white space ('' at the end of the file)."""
        while True:
            while self.pos < len(self.buffer) and self.buffer[self.pos] in _SPACE:
                self.pos += 1
            if self.pos < len(self.buffer):
                return self.buffer[self.pos]
            if not self.fill():
                return ""

    def expect(self, char: str, what: str) -> None:
        found = self.peek()
        if found != char:
            shown = repr(found) if found else "the end of the file"
            raise HarError(f"{self.name}: {what}: expected {char!r}, found {shown} {self.where()}")
        self.pos += 1

    def value(self, what: str) -> Any:
        """The next JSON value, read whole (refilling until it is complete)."""
        self.peek()
        while True:
            try:
                value, end = _DECODER.raw_decode(self.buffer, self.pos)
            except json.JSONDecodeError as exc:
                if self.fill():
                    continue
                raise HarError(
                    f"{self.name}: {what}: not valid JSON ({exc.msg}) {self.where(exc.pos)}"
                ) from None
            # a number at the very end of the buffer may continue in the next chunk
            if end >= len(self.buffer) and not self.eof and self.fill():
                continue
            self.pos = end
            return value

    def where(self, pos: int | None = None) -> str:
        return f"at character {self.offset + (self.pos if pos is None else pos) + 1}"


def iter_entries(path: Path) -> Iterator[dict[str, Any]]:
    """The entries of ``log.entries`` of a HAR file, one by one; :class:`HarError` on bad input."""
    try:
        handle = path.open(encoding="utf-8")
    except OSError as exc:
        raise HarError(f"{path}: cannot be read: {exc.strerror or exc}") from None
    with handle:
        reader = _Reader(handle, str(path))
        if reader.peek() != "{":
            raise HarError(f"{path}: not a HAR file (it does not start with a JSON object)")
        found = False
        for key in _keys(reader, "the top level"):
            if key == "log":
                found = True
                if reader.peek() != "{":
                    raise HarError(f"{path}: not a HAR file (`log` is not an object)")
                for inner in _keys(reader, "log"):
                    if inner == "entries":
                        yield from _entries(reader)
                    else:
                        reader.value(f"log.{inner}")
            else:
                reader.value(key)
        if not found:
            raise HarError(f"{path}: not a HAR file (no `log` object at the top)")


def _keys(reader: _Reader, what: str) -> Iterator[str]:
    """The keys of the object at the reader, leaving the reader at each key's value."""
    reader.expect("{", what)
    if reader.peek() == "}":
        reader.pos += 1
        return
    while True:
        key = reader.value(f"a key of {what}")
        if not isinstance(key, str):
            raise HarError(f"{reader.name}: {what}: a key is not a string {reader.where()}")
        reader.expect(":", f"{what}.{key}")
        yield key
        if reader.peek() == ",":
            reader.pos += 1
            continue
        reader.expect("}", what)
        return


def _entries(reader: _Reader) -> Iterator[dict[str, Any]]:
    if reader.peek() != "[":
        raise HarError(f"{reader.name}: not a HAR file (`log.entries` is not an array)")
    reader.pos += 1
    if reader.peek() == "]":
        reader.pos += 1
        return
    index = 0
    while True:
        entry = reader.value(f"log.entries[{index}]")
        if not isinstance(entry, dict):
            raise HarError(f"{reader.name}: log.entries[{index}] is not an object")
        yield entry
        index += 1
        if reader.peek() == ",":
            reader.pos += 1
            continue
        reader.expect("]", "log.entries")
        return


def exchange(entry: dict[str, Any], *, where: str) -> Exchange:
    """One HAR entry as an :class:`Exchange`; :class:`HarError` naming ``where`` when it lacks
    what HAR 1.2 requires (``request.method``, ``request.url``, ``response.status``)."""
    request, response = entry.get("request"), entry.get("response")
    if not isinstance(request, dict) or not isinstance(response, dict):
        raise HarError(f"{where}: an entry without `request` and `response` objects")
    method, url, status = request.get("method"), request.get("url"), response.get("status")
    if not isinstance(method, str) or not isinstance(url, str) or not method or not url:
        raise HarError(f"{where}: request.method and request.url must be non-empty strings")
    if not isinstance(status, int) or isinstance(status, bool):
        raise HarError(f"{where}: response.status must be a number")
    split = urlsplit(url)
    query: dict[str, list[str]] = {}
    for name, value in parse_qsl(split.query, keep_blank_values=True):
        query.setdefault(name, []).append(value)
    post = request.get("postData") if isinstance(request.get("postData"), dict) else {}
    request_headers = _headers(request.get("headers"))
    if post and post.get("mimeType") and "content-type" not in request_headers:
        request_headers["content-type"] = str(post["mimeType"])
    content = response.get("content") if isinstance(response.get("content"), dict) else {}
    response_headers = _headers(response.get("headers"))
    if content and content.get("mimeType") and "content-type" not in response_headers:
        response_headers["content-type"] = str(content["mimeType"])
    return Exchange(
        method=method.upper(),
        url=url,
        path=split.path or "/",
        query=query,
        request_headers=request_headers,
        request_body=_text(post or {}, where=where),
        status=status,
        response_headers=response_headers,
        response_body=_text(content or {}, where=where),
    )


def _headers(raw: Any) -> dict[str, str]:
    found: dict[str, str] = {}
    for item in raw if isinstance(raw, list) else []:
        if isinstance(item, dict) and isinstance(item.get("name"), str):
            name = item["name"].lower()
            value = str(item.get("value", ""))
            found[name] = f"{found[name]}, {value}" if name in found and name != "cookie" else value
    return found


def _text(node: dict[str, Any], *, where: str) -> bytes:
    text = node.get("text")
    if not isinstance(text, str):
        return b""
    if node.get("encoding") == "base64":
        try:
            return base64.b64decode(text, validate=True)
        except ValueError:
            raise HarError(f"{where}: a body marked base64 is not base64") from None
    return text.encode("utf-8", "surrogatepass")


# --- recording ----------------------------------------------------------------------------------


def entry_of(exchange: Exchange, *, started: str, millis: float) -> dict[str, Any]:
    """A HAR 1.2 entry for an exchange (already redacted by the caller)."""

    def headers(found: dict[str, str]) -> list[dict[str, str]]:
        return [{"name": k, "value": v} for k, v in found.items()]

    request: dict[str, Any] = {
        "method": exchange.method,
        "url": exchange.url,
        "httpVersion": "HTTP/1.1",
        "cookies": [],
        "headers": headers(exchange.request_headers),
        "queryString": [{"name": k, "value": v} for k, vs in exchange.query.items() for v in vs],
        "headersSize": -1,
        "bodySize": len(exchange.request_body),
    }
    if exchange.request_body:
        request["postData"] = {
            "mimeType": exchange.request_content_type,
            **_body_text(exchange.request_body),
        }
    return {
        "startedDateTime": started,
        "time": round(millis, 3),
        "request": request,
        "response": {
            "status": exchange.status,
            "statusText": "",
            "httpVersion": "HTTP/1.1",
            "cookies": [],
            "headers": headers(exchange.response_headers),
            "content": {
                "size": len(exchange.response_body),
                "mimeType": exchange.response_content_type,
                **_body_text(exchange.response_body),
            },
            "redirectURL": "",
            "headersSize": -1,
            "bodySize": len(exchange.response_body),
        },
        "cache": {},
        "timings": {"send": 0, "wait": round(millis, 3), "receive": 0},
    }


def _body_text(body: bytes) -> dict[str, str]:
    try:
        return {"text": body.decode("utf-8")}
    except UnicodeDecodeError:
        return {"text": base64.b64encode(body).decode(), "encoding": "base64"}


class HarRecorder:
    """Writes entries as they come to a hidden file beside ``path``; :meth:`close` completes the
    HAR and moves it into place atomically (:meth:`discard` removes it): memory holds no entry."""

    def __init__(self, path: Path, *, creator: str) -> None:
        self.path = path
        handle, self._temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
        self._out = os.fdopen(handle, "w", encoding="utf-8")
        head = {"version": "1.2", "creator": {"name": creator, "version": "1"}}
        self._out.write('{"log": ' + json.dumps(head)[:-1] + ', "entries": [\n')
        self._count = 0

    def add(self, entry: dict[str, Any]) -> None:
        self._out.write((",\n" if self._count else "") + json.dumps(entry, ensure_ascii=False))
        self._count += 1

    def close(self) -> int:
        self._out.write("\n]}}\n")
        self._out.close()
        os.replace(self._temporary, self.path)
        return self._count

    def discard(self) -> None:
        self._out.close()
        Path(self._temporary).unlink(missing_ok=True)
