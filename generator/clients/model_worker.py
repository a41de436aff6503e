"""datamodel-code-generator in a forked process, importing itself while the caller reads its spec.

Importing datamodel-code-generator is the largest part of making one client in a fresh process
(0.24 s of 0.6 s on the 2-core reference machine). ``ModelWorker()`` forks at once; the child
imports it on the other core while the parent reads and parses the YAML and loads its templates,
then turns the spec it is sent into the source of ``models.py``. The parent reads the class and
attribute names from that source (``read_models``), so nothing but text crosses the pipe.

Only for one-off runs (``python -m generator client``): ``make specs`` builds vendors in worker
processes of its own, which keep every core busy already.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import warnings
from collections.abc import Mapping
from types import TracebackType
from typing import Any

from generator.clients.models import GeneratedModels, read_models


class ModelGenerationError(Exception):
    """datamodel-code-generator failed on the spec, or its process ended without an answer."""


class ModelWorker:
    """A forked process that generates the models of one spec; use it as a context manager."""

    def __init__(self) -> None:
        request_read, request_write = os.pipe()
        reply_read, reply_write = os.pipe()
        try:
            pid = os.fork()
        except OSError:  # no process to be had (a process limit): no descriptors left open
            for fd in (request_read, request_write, reply_read, reply_write):
                os.close(fd)
            raise
        if pid == 0:  # the child never returns from here
            os.close(request_write)
            os.close(reply_read)
            _serve(request_read, reply_write)
        os.close(request_read)
        os.close(reply_write)
        self._pid: int | None = pid
        self._open = {"request": request_write, "reply": reply_read}
        #: What datamodel-code-generator warned about (a dangling ``$ref``, say), once generated.
        self.warnings: list[str] = []

    def generate(self, spec: Mapping[str, Any]) -> GeneratedModels:
        """The models of ``spec`` (once per worker)."""
        if self._pid is None:
            raise RuntimeError("a ModelWorker generates the models of one spec only")
        with contextlib.suppress(BrokenPipeError):  # the child is gone: its status says why
            _write_all(self._open["request"], json.dumps(spec).encode())
        self._close("request")  # end of input: the child starts generating
        reply = _read_all(self._open["reply"])
        self._close("reply")
        status = self._reap()
        if not reply:
            raise ModelGenerationError(
                f"datamodel-code-generator's process ended without an answer ({_describe(status)})"
            )
        answer = json.loads(reply)
        self.warnings = answer["warnings"]
        if "error" in answer:
            raise ModelGenerationError(f"datamodel-code-generator failed: {answer['error']}")
        return read_models(answer["source"])

    def close(self) -> None:
        """Stop the child if no models were asked of it (the caller failed before that)."""
        if self._pid is None:
            return
        os.kill(self._pid, signal.SIGKILL)  # it holds nothing but imported modules
        for name in list(self._open):
            self._close(name)
        self._reap()

    def _close(self, name: str) -> None:
        os.close(self._open.pop(name))

    def _reap(self) -> int:
        assert self._pid is not None
        _, status = os.waitpid(self._pid, 0)
        self._pid = None
        return status

    def __enter__(self) -> ModelWorker:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()


def _serve(request: int, reply: int) -> None:
    # The parent's Ctrl-C reaches the child too; the parent reports it, the child just leaves.
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    code = 0
    try:
        answer: dict[str, Any] = {}
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            try:  # every failure is reported to the parent, which raises it
                from generator.clients.models import import_generator, models_source

                import_generator()
                data = _read_all(request)
                if not data:
                    return  # the parent stopped before asking (finally: exit)
                answer["source"] = models_source(json.loads(data))
            except Exception as exc:
                answer["error"] = f"{type(exc).__name__}: {exc}"
        answer["warnings"] = list(dict.fromkeys(str(w.message) for w in caught))
        _write_all(reply, json.dumps(answer).encode())
    except BaseException:
        code = 1
    finally:
        # No atexit handlers or buffered output of the parent's: leave at once.
        os._exit(code)


def _read_all(fd: int) -> bytes:
    chunks = []
    while chunk := os.read(fd, 1 << 20):
        chunks.append(chunk)
    return b"".join(chunks)


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


def _describe(status: int) -> str:
    if os.WIFSIGNALED(status):
        return f"killed by signal {os.WTERMSIG(status)}"
    return f"exit status {os.waitstatus_to_exitcode(status)}"
