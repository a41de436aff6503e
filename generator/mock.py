"""A mock server for any emitted spec: routes, checks security, validates, answers the examples.

    with MockServer(Path("generated/planiso/openapi.yaml")) as mock:
        mock.enqueue(Fault(status=429, retry_after=1))     # the next request gets a 429
        httpx.get(f"{mock.url}/v1/user", headers={"Authorization": "Bearer x"})

Fault knobs, per request by header (``X-Mock-Status``, ``X-Mock-Delay``, ``X-Mock-Retry-After``,
``X-Mock-Malformed``, ``X-Mock-Drop``) or queued with ``enqueue(Fault(...))`` (a queued fault wins
over the headers). ``python -m generator mock VENDOR`` serves ``generated/VENDOR/openapi.yaml``.
"""

from __future__ import annotations

import errno
import json
import signal
import sys
import threading
from collections import deque
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import FrameType
from typing import Any
from urllib.parse import parse_qs, urlsplit

import yaml

from generator.mock_checks import Incoming, RequestChecker, check_security
from generator.mock_routes import Match, Router
from generator.mock_types import Fault, RecordedRequest, Reply, parse_cookies, problem_reply
from generator.mock_values import (
    Payload,
    build_instance,
    documented_example,
    render_response,
    response_for_status,
    success_status,
)
from generator.paths import GENERATED
from generator.refs import resolve

__all__ = ["Fault", "MockServer", "RecordedRequest", "load_spec", "serve"]

HOST = "127.0.0.1"


class MockServer:
    """The mock on 127.0.0.1 in a background thread; a context manager."""

    def __init__(self, spec: dict[str, Any] | Path, *, port: int = 0, log: bool = False) -> None:
        self.spec: dict[str, Any] = load_spec(spec) if isinstance(spec, Path) else spec
        self.port = port
        self.log = log
        self.router = Router(self.spec)
        self.requests: list[RecordedRequest] = []
        self._faults: deque[Fault] = deque()
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None
        self._checker: RequestChecker | None = None

    @property
    def url(self) -> str:
        if self._server is None:
            raise RuntimeError("the mock is not started")
        return f"http://{HOST}:{self._server.server_address[1]}"

    def start(self) -> MockServer:
        self._stopping.clear()
        self._server = _Server((HOST, self.port), _Handler)
        self._server.mock = self
        self._checker = RequestChecker(self.spec, url=self.url)
        self._thread = threading.Thread(
            target=self._server.serve_forever, name="mock-server", daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)
        self._server = self._thread = None

    def __enter__(self) -> MockServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def enqueue(self, *faults: Fault) -> None:
        """Apply these faults, in order, to the next requests (one each)."""
        with self._lock:
            self._faults.extend(faults)

    def _take_fault(self, headers: dict[str, str]) -> Fault | None:
        with self._lock:
            if self._faults:
                return self._faults.popleft()
        return Fault.from_headers(headers)

    def _record(self, request: RecordedRequest) -> None:
        with self._lock:
            self.requests.append(request)

    def answer(self, record: RecordedRequest, fault: Fault | None) -> Reply:
        """The reply to one request (faults applied, except delay and drop)."""
        match = self.router.match(record.path)
        operation = match.route.item.get(record.method.lower()) if match else None
        record.operation_id = operation.get("operationId") if operation else None
        if fault is not None and fault.status is not None:
            reply = self._forced(operation, fault.status, record.headers.get("accept", "*/*"))
        elif fault is not None and fault.malformed:
            reply = self._malformed(operation)
        else:
            reply = self._regular(record, match, operation)
        if fault is not None:
            if fault.body is not None:
                reply.body = (
                    fault.body if isinstance(fault.body, bytes) else json.dumps(fault.body).encode()
                )
                reply.headers.setdefault("Content-Type", "application/json")
            if fault.retry_after is not None:
                reply.headers["Retry-After"] = str(fault.retry_after)
            reply.headers.update(fault.headers)
        return reply

    def _regular(
        self, record: RecordedRequest, match: Match | None, operation: dict[str, Any] | None
    ) -> Reply:
        if match is None:
            return problem_reply(404, f"no operation at {record.path}")
        if operation is None:
            allow = ", ".join(match.route.methods)
            reply = problem_reply(
                405,
                f"{record.method} is not an operation of {match.route.template}; allowed: {allow}",
            )
            reply.headers["Allow"] = allow
            return reply
        incoming = Incoming(
            method=record.method,
            template=match.route.template,
            variables=match.variables,
            query=record.query,
            headers=record.headers,
            cookies=parse_cookies(record.headers.get("cookie", "")),
            body=record.body,
            content_type=record.headers.get("content-type", ""),
            operation=operation,
        )
        missing = check_security(self.spec, incoming)
        if missing:
            return problem_reply(
                401, "missing credentials: " + "; ".join(m["field"] for m in missing), missing
            )
        assert self._checker is not None
        errors = self._checker.check(incoming)
        if errors:
            names = ", ".join(dict.fromkeys(e["field"] for e in errors))
            return problem_reply(400, f"the request does not fit the spec: {names}", errors)
        responses = operation.get("responses") or {}
        code = success_status(responses)
        status = 200 if code is None or not code.isdigit() else int(code)
        response = responses.get(code) if code else None
        return self._reply(response, status, record.headers.get("accept", "*/*"))

    def _forced(self, operation: dict[str, Any] | None, status: int, accept: str) -> Reply:
        response = response_for_status((operation or {}).get("responses") or {}, status)
        reply = self._reply(response, status, accept)
        if not reply.body and status not in (204, 304) and status >= 300:
            return problem_reply(
                status, f"status {status} forced by the mock", headers=reply.headers
            )
        return reply

    def _reply(self, response: Any, status: int, accept: str) -> Reply:
        response = resolve(self.spec, response)
        payload: Payload = render_response(self.spec, response, status=status, accept=accept)
        headers = {"Content-Type": payload.media_type} if payload.media_type else {}
        for name, header in ((response or {}).get("headers") or {}).items():
            header = resolve(self.spec, header)
            if header.get("required") and name.lower() != "content-type":
                found, value = documented_example(self.spec, header)
                headers[name] = str(
                    value if found else build_instance(self.spec, header.get("schema", {}))
                )
        return Reply(status, headers, payload.body)

    def _malformed(self, operation: dict[str, Any] | None) -> Reply:
        reply = self._regular_example(operation)
        text = reply.body[: max(1, len(reply.body) // 2)]
        try:
            json.loads(text)
            text = b'{"malformed": '  # a truncation that still parsed (a short scalar)
        except ValueError:
            pass
        return Reply(200, {"Content-Type": "application/json"}, text)

    def _regular_example(self, operation: dict[str, Any] | None) -> Reply:
        responses = (operation or {}).get("responses") or {}
        code = success_status(responses)
        if code is None:
            return Reply(200, {}, b"")
        return self._reply(responses[code], 200, "application/json")


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    mock: MockServer


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as httpx clients expect
    # Headers and body go out in two writes; with Nagle's algorithm the body waited for the
    # client's delayed ACK: 40 ms added to every keep-alive request.
    disable_nagle_algorithm = True
    server: _Server

    def _handle(self) -> None:
        mock = self.server.mock
        split = urlsplit(self.path)
        headers = {k.lower(): v for k, v in self.headers.items()}
        record = RecordedRequest(
            method=self.command,
            path=split.path,
            query={k: list(v) for k, v in parse_qs(split.query, keep_blank_values=True).items()},
            headers=headers,
            body=self._read_body(headers),
        )
        fault = mock._take_fault(headers)
        mock._record(record)
        if fault is not None and fault.delay > 0:
            mock._stopping.wait(fault.delay)
        if fault is not None and fault.drop:
            self.close_connection = True  # no answer at all: the client sees the connection close
            self._log(mock, record, "dropped")
            return
        try:
            reply = mock.answer(record, fault)
        except UnicodeDecodeError as exc:  # the client's bytes, not a mock bug: a 400
            reply = problem_reply(400, f"the request body is not valid UTF-8 (byte {exc.start})")
        except Exception as exc:  # a mock bug must answer 500 with its cause, not hang the client
            reply = problem_reply(500, f"mock error: {type(exc).__name__}: {exc}")
        record.status = reply.status
        self.send_response(reply.status)
        for name, value in reply.headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(reply.body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(reply.body)
        self._log(mock, record, str(reply.status))

    def _read_body(self, headers: dict[str, str]) -> bytes:
        if headers.get("transfer-encoding", "").lower() == "chunked":
            chunks: list[bytes] = []
            while True:
                size = int(self.rfile.readline().split(b";")[0].strip() or b"0", 16)
                if size == 0:
                    self.rfile.readline()
                    return b"".join(chunks)
                chunks.append(self.rfile.read(size))
                self.rfile.readline()
        length = int(headers.get("content-length") or 0)
        return self.rfile.read(length) if length > 0 else b""

    def _log(self, mock: MockServer, record: RecordedRequest, outcome: str) -> None:
        if mock.log:
            operation = f" ({record.operation_id})" if record.operation_id else ""
            print(
                f"{record.method} {self.path} -> {outcome}{operation}", file=sys.stderr, flush=True
            )

    def log_message(self, format: str, *args: Any) -> None:
        pass  # the mock logs one line per request itself, and only when asked

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = do_OPTIONS = do_TRACE = _handle


def load_spec(path: Path) -> dict[str, Any]:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with path.open("rb") as handle:
        spec = yaml.load(handle, Loader=loader)  # a safe loader (C when available)
    if not isinstance(spec, dict) or "paths" not in spec:
        raise ValueError(f"{path} is not an OpenAPI document (no paths)")
    return spec


def serve(vendor: str, *, port: int, spec_path: Path | None) -> int:
    """Serve a spec on 127.0.0.1 until SIGINT or SIGTERM; 0 when stopped, 1 on an error."""
    path = spec_path if spec_path is not None else GENERATED / vendor / "openapi.yaml"
    if not path.is_file():
        if spec_path is not None:
            return _fail(f"spec file not found: {spec_path}")
        known = (
            ", ".join(sorted(p.parent.name for p in GENERATED.glob("*/openapi.yaml"))) or "none yet"
        )
        return _fail(f"unknown vendor {vendor!r} (no {path}); vendors with a spec: {known}")
    try:
        server = MockServer(load_spec(path), port=port, log=True)
    except (OSError, ValueError, yaml.YAMLError) as exc:
        return _fail(f"cannot read {path}: {exc}")
    try:
        server.start()
    except OverflowError:
        return _fail(f"port {port} is not a valid port")
    except OSError as exc:
        if exc.errno == errno.EADDRINUSE:
            return _fail(f"port {port} on {HOST} is already in use (pick another with --port)")
        return _fail(f"cannot listen on {HOST}:{port}: {exc.strerror or exc}")
    stop = threading.Event()

    def _on_signal(signum: int, frame: FrameType | None) -> None:
        stop.set()

    previous = {sig: signal.signal(sig, _on_signal) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        print(f"serving {vendor} on {server.url} (Ctrl-C to stop)", flush=True)
        while not stop.wait(0.2):
            pass
    finally:
        server.stop()
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    print(f"stopped serving {vendor}", file=sys.stderr, flush=True)
    return 0


def _fail(message: str) -> int:
    print(f"error: {message}", file=sys.stderr)
    return 1
