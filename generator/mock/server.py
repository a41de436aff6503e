"""The mock server for any emitted spec: routes, checks security, validates, answers.

    with MockServer(Path("generated/lagerkoll/openapi.yaml"), items=25) as mock:
        mock.fault("GET /{project_id}", 429, times=1)      # that operation's next request: a 429
        httpx.get(f"{mock.url}/", headers={...})

With ``items=N`` the declared collections (``x-collections``) are served from a dataset of N
items each (:mod:`generator.mock.dataset`): paged as ``x-paging`` says, changed by the writes.
Without it, every operation answers its documented example (what the toolkit's own tests check).

Faults, in this order: queued for the next request (``enqueue(Fault(...))``), staged for an
operation's next requests (``fault(...)``, ``Fault(match=..., times=...)``, CLI ``--fault``), or
asked for by header (``X-Mock-Status``, ``X-Mock-Delay``, ``X-Mock-Retry-After``,
``X-Mock-Malformed``, ``X-Mock-Drop``). Errors are the vendor's payload (:mod:`.errors`). The
spec is read once, through :mod:`generator.openapi`, when the server is made.
"""

from __future__ import annotations

import json
import sys
import threading
from collections import deque
from collections.abc import Sequence
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import yaml

from generator.mock.bodies import read_value
from generator.mock.checks import Incoming, RequestChecker, check_security
from generator.mock.dataset import Dataset
from generator.mock.errors import error_reply
from generator.mock.replies import reply, success_answer, with_logon_token
from generator.mock.routes import Match, Router
from generator.mock.staging import Staged, operation_named
from generator.mock.types import Fault, RecordedRequest, Reply, parse_cookies, problem_reply
from generator.openapi import Operation, read_api, shape_problem

HOST = "127.0.0.1"
#: Pending connections the listening socket holds (socketserver's default of 5 made 20 clients
#: opening fresh connections at once wait for SYN retries, about a second).
BACKLOG = 128


class MockServer:
    """The mock on 127.0.0.1 in a background thread; a context manager."""

    def __init__(
        self,
        spec: dict[str, Any] | Path,
        *,
        port: int = 0,
        log: bool = False,
        items: int | None = None,
        faults: Sequence[Fault] = (),
    ) -> None:
        self.spec: dict[str, Any] = load_spec(spec) if isinstance(spec, Path) else spec
        self.api = read_api(self.spec)
        self.port = port
        self.log = log
        self.router = Router(self.api)
        self.requests: list[RecordedRequest] = []
        if items is not None and items < 0:
            raise ValueError(f"items={items}: the dataset holds 0 or more items per collection")
        #: The declared collections' items (None: every operation answers its example).
        self.dataset = Dataset(self.api, items=items) if items is not None else None
        self._faults: deque[Fault] = deque()
        self._staged = Staged()
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None
        self._checker: RequestChecker | None = None
        self.enqueue(*faults)

    @property
    def url(self) -> str:
        if self._server is None:
            raise RuntimeError("the mock is not started")
        return f"http://{HOST}:{self._server.server_address[1]}"

    def start(self) -> MockServer:
        self._stopping.clear()
        self._server = _Server((HOST, self.port), _Handler)
        self._server.mock = self
        self._checker = RequestChecker(self.api, url=self.url)
        # The loop looks for stop() every 50 ms: at the default 0.5 s every stop waited ~0.5 s.
        self._thread = threading.Thread(
            target=self._server.serve_forever,
            kwargs={"poll_interval": 0.05},
            name="mock-server",
            daemon=True,
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
        """Apply these faults, in order, to the next requests (one each); a fault with ``match``
        is staged for that operation instead (see :meth:`fault`)."""
        # every match is resolved first: a bad one stages none of them
        staged = [(operation_named(self.api, f.match), f) for f in faults if f.match is not None]
        for operation, fault in staged:
            self._staged.add(operation, fault)
        with self._lock:
            self._faults.extend(f for f in faults if f.match is None)

    def fault(
        self, match: str, status: int | None = None, *, times: int | None = 1, **knobs: Any
    ) -> Fault:
        """Stage a fault for the next ``times`` requests (None: all) of the operation ``match``
        names (``"GET /{project_id}"`` or an operationId); ``knobs`` are :class:`Fault`'s
        (``retry_after``, ``delay``, ``drop``, ``body``, ...). A 429 carries ``Retry-After: 1``
        unless ``retry_after`` says otherwise. ``ValueError`` for an unknown operation."""
        if status == 429:
            knobs.setdefault("retry_after", 1)
        staged = Fault(status=status, match=match, times=times, **knobs)
        self.enqueue(staged)
        return staged

    def clear_faults(self) -> None:
        """Forget every queued and staged fault."""
        self._staged.clear()
        with self._lock:
            self._faults.clear()

    def _take_fault(self, record: RecordedRequest) -> Fault | None:
        with self._lock:
            if self._faults:
                return self._faults.popleft()
        match = self.router.match(record.path)
        operation = match.route.operations.get(record.method.upper()) if match else None
        return self._staged.take(operation) or Fault.from_headers(record.headers)

    def _record(self, request: RecordedRequest) -> None:
        with self._lock:
            self.requests.append(request)

    def answer(self, record: RecordedRequest, fault: Fault | None) -> Reply:
        """The reply to one request (faults applied, except delay and drop)."""
        match = self.router.match(record.path)
        operation = match.route.operations.get(record.method.upper()) if match else None
        record.operation_id = (operation.operation_id or None) if operation else None
        accept = record.headers.get("accept", "*/*")
        if fault is not None and fault.status is not None:
            answer = self._forced(operation, fault.status, accept)
        elif fault is not None and fault.malformed:
            answer = self._malformed(operation)
        else:
            answer = self._regular(record, match, operation)
        if fault is not None:
            if fault.body is not None:
                answer.body = (
                    fault.body if isinstance(fault.body, bytes) else json.dumps(fault.body).encode()
                )
                answer.headers.setdefault("Content-Type", "application/json")
            if fault.retry_after is not None:
                answer.headers["Retry-After"] = str(fault.retry_after)
            answer.headers.update(fault.headers)
        if answer.status == 429 and not any(k.lower() == "retry-after" for k in answer.headers):
            answer.headers["Retry-After"] = "1"  # a client must be told when to come back
        return answer

    def _regular(
        self, record: RecordedRequest, match: Match | None, operation: Operation | None
    ) -> Reply:
        if match is None:
            return error_reply(self.api, None, 404, f"no operation at {record.path}")
        if operation is None:
            allow = ", ".join(match.route.methods)
            some = next(iter(match.route.operations.values()))
            answer = error_reply(
                self.api,
                some,
                405,
                f"{record.method} is not an operation of {match.route.template}; allowed: {allow}",
            )
            answer.headers["Allow"] = allow
            return answer
        incoming = Incoming(
            operation=operation,
            method=record.method,
            variables=match.variables,
            query=record.query,
            headers=record.headers,
            cookies=parse_cookies(record.headers.get("cookie", "")),
            body=record.body,
            content_type=record.headers.get("content-type", ""),
        )
        missing = check_security(self.api, incoming)
        if missing:
            detail = "missing credentials: " + "; ".join(dict.fromkeys(m["field"] for m in missing))
            return error_reply(self.api, operation, 401, detail, errors=missing)
        assert self._checker is not None
        errors = self._checker.check(incoming)
        if errors:
            names = "; ".join(
                dict.fromkeys(f"{e['field']}: {e['message']}" if e.get("message") else e["field"]
                              for e in errors)
            )  # fmt: skip
            return error_reply(
                self.api,
                operation,
                400,
                f"the request does not fit the spec: {names}",
                errors=errors,
            )
        if self.dataset is not None:
            body = (
                read_value(
                    self.api.schemas,
                    operation.request_body.content,
                    record.headers.get("content-type", ""),
                    record.body,
                )
                if operation.request_body is not None
                else None
            )
            stored = self.dataset.answer(operation, match.variables, record.query, body)
            if stored is not None:
                return stored
        response = success_answer(operation)
        status = (response.code if response is not None else None) or 200
        answer = reply(
            self.api.schemas, response, status=status, accept=record.headers.get("accept", "*/*")
        )
        logon = self.api.logon(operation)
        return with_logon_token(answer, logon.token) if logon is not None else answer

    def _forced(self, operation: Operation | None, status: int, accept: str) -> Reply:
        if status >= 400:  # the vendor's error payload, its documented words where it has them
            return error_reply(self.api, operation, status, None)
        response = operation.response_for(status) if operation is not None else None
        answer = reply(self.api.schemas, response, status=status, accept=accept)
        if not answer.body and status not in (204, 304) and status >= 300:
            return problem_reply(
                status, f"status {status} forced by the mock", headers=answer.headers
            )
        return answer

    def _malformed(self, operation: Operation | None) -> Reply:
        """A 200 whose JSON body is cut short (the regular answer's body, halved)."""
        response = success_answer(operation) if operation is not None else None
        regular = reply(self.api.schemas, response, status=200, accept="application/json")
        text = regular.body[: max(1, len(regular.body) // 2)]
        try:
            json.loads(text)
            text = b'{"malformed": '  # a truncation that still parsed (a short scalar)
        except ValueError:
            pass
        return Reply(200, {"Content-Type": "application/json"}, text)


class _Server(ThreadingHTTPServer):
    request_queue_size = BACKLOG
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
        fault = mock._take_fault(record)
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
            detail = f"the request body is not valid UTF-8 (byte {exc.start})"
            reply = error_reply(mock.api, None, 400, detail)
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

    def __getattr__(self, name: str) -> Any:
        # The base class calls ``do_<METHOD>``: every method is handled here and routed by the
        # spec (one the path does not document is a 405 naming those it does).
        if name.startswith("do_"):
            return self._handle
        raise AttributeError(name)


def load_spec(path: Path) -> dict[str, Any]:
    """An OpenAPI 3 document read from YAML (or JSON); ``ValueError`` when it is not one."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with path.open("rb") as handle:
        spec = yaml.load(handle, Loader=loader)  # a safe loader (C when available)
    problem = shape_problem(spec)
    if problem is not None or not isinstance(spec, dict):
        raise ValueError(f"{path}: {problem or 'not a mapping'}")
    return spec
