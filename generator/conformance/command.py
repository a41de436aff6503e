"""``python -m generator verify`` (a HAR file) and ``python -m generator proxy`` (live traffic).

Bad input (unknown vendor, a file that is not HAR, an output folder that does not exist, an
upstream that is not an http(s) URL) raises :class:`ConformanceError` before anything is written;
the CLI prints its one line and exits 2. Reports are written atomically (:func:`write_file`).
"""

from __future__ import annotations

import datetime
import errno
import signal
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import FrameType
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import httpx
import yaml

from generator.conformance.check import Checker
from generator.conformance.har import (
    Exchange,
    HarError,
    HarRecorder,
    entry_of,
    exchange,
    iter_entries,
)
from generator.conformance.redact import Redactor
from generator.conformance.report import Report, finding_line
from generator.emit import OutputError, write_file
from generator.mock.server import HOST, load_spec
from generator.openapi import Api, read_api
from generator.paths import GENERATED

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2
_HOP = frozenset(
    {
        "connection",
        "keep-alive",
        "proxy-connection",
        "transfer-encoding",
        "te",
        "trailer",
        "upgrade",
        "host",
        "content-length",
    }
)


class ConformanceError(Exception):
    """Bad input: the message is the one line the CLI prints."""


def load_vendor(vendor: str, spec_path: Path | None = None) -> Api:
    path = spec_path if spec_path is not None else GENERATED / vendor / "openapi.yaml"
    if not path.is_file():
        if spec_path is not None:
            raise ConformanceError(f"spec file not found: {spec_path}")
        known = ", ".join(sorted(p.parent.name for p in GENERATED.glob("*/openapi.yaml")))
        raise ConformanceError(f"unknown vendor {vendor!r}; vendors with a spec: {known}")
    try:
        return read_api(load_spec(path))
    except ValueError as exc:
        raise ConformanceError(f"cannot read the spec {exc}") from None
    except (OSError, yaml.YAMLError) as exc:
        raise ConformanceError(f"cannot read the spec {path}: {exc}") from None


def _writable(option: str, path: Path | None) -> None:
    if path is not None and not path.parent.is_dir():
        raise ConformanceError(f"{option} {path}: the folder {path.parent} does not exist")
    if path is not None and path.is_dir():
        raise ConformanceError(f"{option} {path}: is a folder, not a file")


def write_report(report: Report, path: Path) -> None:
    """Markdown when ``path`` ends in ``.md``, JSON otherwise."""
    data = report.to_markdown() if path.suffix.lower() == ".md" else report.to_json()
    write_file(path, data)


def verify(
    vendor: str,
    har: Path,
    *,
    json_out: Path | None = None,
    markdown_out: Path | None = None,
    spec_path: Path | None = None,
    quiet: bool = False,
) -> tuple[int, Report]:
    """Check every exchange of ``har``; (exit code, report). Writes only after the whole file was
    read without error."""
    _writable("--json", json_out)
    _writable("--markdown", markdown_out)
    api = load_vendor(vendor, spec_path)
    if not har.is_file():
        raise ConformanceError(f"{har}: no such file")
    checker, redactor = Checker(api), Redactor(api)
    report = Report(vendor, redactor)
    for index, entry in enumerate(iter_entries(har)):
        found = exchange(entry, where=f"{har}: log.entries[{index}]")
        redactor.exchange(found, None)  # remembers the credentials before any message is kept
        report.add(found, checker.check(found))
    try:
        if json_out is not None:
            write_file(json_out, report.to_json())
        if markdown_out is not None:
            write_file(markdown_out, report.to_markdown())
    except OutputError as exc:
        raise ConformanceError(f"cannot write the report: {exc}") from None
    if not quiet:
        for finding, count in report.findings.values():
            times = f" (x{count})" if count > 1 else ""
            print(finding_line(vendor, finding) + times)
        print(summary(report))
    return (EXIT_FINDINGS if report.has_findings else EXIT_OK), report


def summary(report: Report) -> str:
    kinds = ", ".join(f"{k} {n}" for k, n in report.by_kind().items() if n)
    confirmed = sum(1 for t in report.inferences.values() if not t.refuted)
    refuted = sum(1 for t in report.inferences.values() if t.refuted)
    return (
        f"{report.vendor}: {report.exchanges} exchange(s), {report.matched} matched, "
        f"{report.conforming} conforming; findings: {kinds or 'none'}; "
        f"inferences: {confirmed} confirmed, {refuted} refuted"
    )


# --- proxy --------------------------------------------------------------------------------------


class Proxy:
    """A validating proxy on 127.0.0.1: forwards unchanged, answers unchanged, reports findings."""

    def __init__(
        self,
        api: Api,
        vendor: str,
        *,
        upstream: str,
        port: int = 0,
        record: Path | None = None,
        echo: bool = True,
    ) -> None:
        self.vendor, self.upstream, self.port, self.echo = vendor, upstream.rstrip("/"), port, echo
        self.checker, self.redactor = Checker(api), Redactor(api)
        self.report = Report(vendor, self.redactor)
        self.record = record
        self.recorder: HarRecorder | None = None
        self._lock = threading.Lock()
        self._client = httpx.Client(timeout=60.0, follow_redirects=False)
        self._server: _ProxyServer | None = None
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        assert self._server is not None
        return f"http://{HOST}:{self._server.server_address[1]}"

    def start(self) -> Proxy:
        self._server = _ProxyServer((HOST, self.port), _ProxyHandler)
        self._server.proxy = self
        if self.record is not None:
            self.recorder = HarRecorder(self.record, creator="vendor-openapi-toolkit proxy")
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)
        self._client.close()

    def forward(
        self, method: str, target: str, headers: list[tuple[str, str]], body: bytes
    ) -> tuple[int, list[tuple[str, str]], bytes]:
        started = datetime.datetime.now(datetime.UTC)
        clock = time.perf_counter()
        url = self.upstream + target
        sent = [(k, v) for k, v in headers if k.lower() not in _HOP]
        request = self._client.build_request(method, url, headers=sent, content=body)
        with self._client.stream(
            request.method, request.url, headers=request.headers, content=body
        ) as answer:
            raw = b"".join(answer.iter_raw())
            status = answer.status_code
            back = [(k, v) for k, v in answer.headers.multi_items() if k.lower() not in _HOP]
            decoded = _decoded(answer.headers.get("content-encoding", ""), raw)
        split = urlsplit(url)
        query: dict[str, list[str]] = {}
        for name, value in parse_qsl(split.query, keep_blank_values=True):
            query.setdefault(name, []).append(value)
        seen = Exchange(
            method=method.upper(),
            url=url,
            path=split.path or "/",
            query=query,
            request_headers=_joined(headers),
            request_body=body,
            status=status,
            response_headers=_joined(back),
            response_body=decoded,
        )
        millis = (time.perf_counter() - clock) * 1000
        self._observe(seen, started.isoformat(), millis)
        return status, back, raw

    def _observe(self, seen: Exchange, started: str, millis: float) -> None:
        outcome = self.checker.check(seen)
        clean = self.redactor.exchange(seen, outcome.operation)
        with self._lock:
            shown = self.report.add(seen, outcome)
            if self.recorder is not None:
                self.recorder.add(entry_of(clean, started=started, millis=millis))
        if self.echo:
            for finding in shown:
                print(finding_line(self.vendor, finding), flush=True)


def _joined(headers: list[tuple[str, str]]) -> dict[str, str]:
    found: dict[str, str] = {}
    for name, value in headers:
        key = name.lower()
        found[key] = f"{found[key]}, {value}" if key in found else value
    return found


def _decoded(encoding: str, raw: bytes) -> bytes:
    import gzip
    import zlib

    try:
        if encoding.strip().lower() == "gzip":
            return gzip.decompress(raw)
        if encoding.strip().lower() == "deflate":
            return zlib.decompress(raw)
    except (OSError, zlib.error):
        return raw
    return raw


class _ProxyServer(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    proxy: Proxy


class _ProxyHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True
    server: _ProxyServer

    def _handle(self) -> None:
        length = int(self.headers.get("content-length") or 0)
        body = self.rfile.read(length) if length > 0 else b""
        try:
            status, headers, payload = self.server.proxy.forward(
                self.command, self.path, list(self.headers.items()), body
            )
        except httpx.HTTPError as exc:
            message = f"upstream unreachable: {type(exc).__name__}".encode()
            self.send_response(502)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Length", str(len(message)))
            self.end_headers()
            self.wfile.write(message)
            print(
                f"{self.server.proxy.vendor} {self.command}: {message.decode()}",
                file=sys.stderr,
                flush=True,
            )
            return
        self.send_response(status)
        for name, value in headers:
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(payload)

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def __getattr__(self, name: str) -> Any:
        if name.startswith("do_"):
            return self._handle
        raise AttributeError(name)


def run_proxy(
    vendor: str,
    *,
    upstream: str,
    port: int,
    record: Path | None,
    report: Path | None,
    spec_path: Path | None = None,
) -> int:
    split = urlsplit(upstream)
    if split.scheme not in ("http", "https") or not split.netloc:
        raise ConformanceError(f"--upstream {upstream!r}: not an http(s) URL")
    if not 0 <= port <= 65535:
        raise ConformanceError(f"--port {port}: not a port number")
    _writable("--record", record)
    _writable("--report", report)
    api = load_vendor(vendor, spec_path)
    proxy = Proxy(api, vendor, upstream=upstream, port=port, record=record)
    try:
        proxy.start()
    except OSError as exc:
        if exc.errno == errno.EADDRINUSE:
            raise ConformanceError(f"port {port} on {HOST} is already in use") from None
        raise ConformanceError(f"cannot listen on {HOST}:{port}: {exc.strerror or exc}") from None
    stop = threading.Event()

    def _on_signal(signum: int, frame: FrameType | None) -> None:
        stop.set()

    previous = {sig: signal.signal(sig, _on_signal) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        print(f"proxying {vendor} on {proxy.url} -> {upstream} (Ctrl-C to stop)", flush=True)
        while not stop.wait(0.2):
            pass
    finally:
        proxy.stop()
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    try:
        if proxy.recorder is not None:
            count = proxy.recorder.close()
            print(f"recorded {count} exchange(s) to {record}", file=sys.stderr)
        if report is not None:
            write_report(proxy.report, report)
    except (OSError, OutputError) as exc:
        print(f"error: cannot write the report: {exc}", file=sys.stderr)
        return EXIT_USAGE
    print(summary(proxy.report), file=sys.stderr, flush=True)
    return EXIT_FINDINGS if proxy.report.has_findings else EXIT_OK


__all__ = ["ConformanceError", "HarError", "Proxy", "load_vendor", "run_proxy", "verify"]
