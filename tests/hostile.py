"""A misbehaving HTTP server on 127.0.0.1 for the client tests: one behaviour per request path.

The path's first segment names the behaviour (``/429-hours/1``, ``/redirect-loop/7``, ...); the
generated clients are pointed at ``server.url + "/<behaviour>"`` as their base URL.
"""

from __future__ import annotations

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

HUGE = 100 * 1024 * 1024
CHUNK = b"0" * 65536
# A valid Lagerkoll project of exactly 2,000 bytes: decodes under the default limit, so only a
# configured lower limit can refuse it.
_SHELL = b'{"projectId": 1, "name": "%s"}'
TWO_KB = _SHELL % (b"x" * (2000 - len(_SHELL) + 2))


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def _head(self, status: int, content_type: str, length: int | None, **extra: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        if length is not None:
            self.send_header("Content-Length", str(length))
        for name, value in extra.items():
            self.send_header(name.replace("_", "-"), value)
        self.end_headers()

    def _body(
        self, status: int, body: bytes, content_type: str = "application/json", **extra: str
    ) -> None:
        self._head(status, content_type, len(body), **extra)
        self.wfile.write(body)

    def do_GET(self) -> None:
        with self.server.lock:
            self.server.hits += 1
        kind, _, rest = self.path.strip("/").partition("/")
        if kind.startswith("hops-"):
            # A finite chain: /hops-N/... redirects to /hops-(N-1)/..., /hops-0/... answers.
            left = int(kind.removeprefix("hops-"))
            if left:
                self._head(302, "text/plain", 0, Location=f"/hops-{left - 1}/{rest}")
            else:
                self._body(200, TWO_KB)
        elif kind == "two-kb":
            self._body(200, TWO_KB)
        elif kind == "two-kb-chunked":
            # No Content-Length: only counting the streamed bytes can find the size.
            self._head(200, "application/json", None, Transfer_Encoding="chunked")
            for start in range(0, len(TWO_KB), 500):
                part = TWO_KB[start : start + 500]
                self.wfile.write(f"{len(part):x}\r\n".encode() + part + b"\r\n")
            self.wfile.write(b"0\r\n\r\n")
        elif kind == "429-hours":
            self._body(429, b'{"message": "slow down"}', Retry_After="36000")
        elif kind == "redirect-loop":
            self._head(302, "text/plain", 0, Location=f"/redirect-loop/{self.server.hits}")
        elif kind == "redirect-away":
            self._head(302, "text/plain", 0, Location="http://example.invalid/elsewhere")
        elif kind in ("huge-declared", "huge-chunked"):
            declared = HUGE if kind == "huge-declared" else None
            self._head(
                200,
                "application/json",
                declared,
                **({} if declared else {"Transfer_Encoding": "chunked"}),
            )
            self._stream_zeros(chunked=declared is None)
        elif kind == "bad-utf8":
            self._body(200, b'{"projectId": 1, "name": "\xff\xfe\xc3("}')
        elif kind == "wrong-type":
            self._body(200, b"<html><body>Welcome</body></html>", "text/html")
        elif kind == "html-error":
            self._body(500, b"<html><h1>500 Internal Server Error</h1></html>", "text/html")
        elif kind == "truncated-json":
            self._body(200, b'{"projectId": 1, "name": "unfin')
        elif kind == "short-body":
            # Promise 100 bytes, send 20, close: the client sees the connection end early.
            self._head(200, "application/json", 100)
            self.wfile.write(b'{"projectId": 1, "na')
            self.close_connection = True
        elif kind == "drip":
            self._head(200, "application/json", 1000)
            for _ in range(1000):
                if self.server.stopping.is_set():
                    return
                self.wfile.write(b" ")
                self.wfile.flush()
                time.sleep(self.server.drip_interval)
        else:
            self._body(404, b'{"message": "no such behaviour"}')

    def _stream_zeros(self, *, chunked: bool) -> None:
        sent = 0
        try:
            while sent < HUGE and not self.server.stopping.is_set():
                if chunked:
                    self.wfile.write(f"{len(CHUNK):x}\r\n".encode() + CHUNK + b"\r\n")
                else:
                    self.wfile.write(CHUNK)
                sent += len(CHUNK)
            if chunked:
                self.wfile.write(b"0\r\n\r\n")
        except OSError:
            pass  # the client hung up at its limit: what we expect
        self.close_connection = True


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    lock: threading.Lock
    hits: int
    stopping: threading.Event
    drip_interval: float


class HostileServer:
    """The server in a background thread; a context manager with ``url`` and ``hits``."""

    def __init__(self, *, drip_interval: float = 0.5) -> None:
        self._server = _Server(("127.0.0.1", 0), _Handler)
        self._server.lock = threading.Lock()
        self._server.hits = 0
        self._server.stopping = threading.Event()
        self._server.drip_interval = drip_interval
        # Polled every 50 ms for shutdown (the default 0.5 s is what each stop would wait).
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    @property
    def hits(self) -> int:
        return self._server.hits

    def reset(self) -> None:
        with self._server.lock:
            self._server.hits = 0

    def __enter__(self) -> HostileServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.stopping.set()
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)
