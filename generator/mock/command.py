"""``python -m generator mock VENDOR``: serve a spec on 127.0.0.1 until SIGINT or SIGTERM."""

from __future__ import annotations

import errno
import signal
import sys
import threading
from collections.abc import Sequence
from pathlib import Path
from types import FrameType

import yaml

from generator.mock.server import HOST, MockServer, load_spec
from generator.mock.staging import parse_fault
from generator.paths import GENERATED


def serve(
    vendor: str,
    *,
    port: int,
    spec_path: Path | None,
    items: int | None = 10,
    faults: Sequence[str] = (),
) -> int:
    """Serve ``generated/VENDOR/openapi.yaml`` (or ``spec_path``) with a dataset of ``items``
    per collection (None: the examples) and the ``--fault`` specs staged; 0 when stopped, 1 on
    an error."""
    try:
        staged = [parse_fault(text) for text in faults]
    except ValueError as exc:
        return _fail(str(exc))
    path = spec_path if spec_path is not None else GENERATED / vendor / "openapi.yaml"
    if not path.is_file():
        if spec_path is not None:
            return _fail(f"spec file not found: {spec_path}")
        known = (
            ", ".join(sorted(p.parent.name for p in GENERATED.glob("*/openapi.yaml"))) or "none yet"
        )
        return _fail(f"unknown vendor {vendor!r} (no {path}); vendors with a spec: {known}")
    try:
        spec = load_spec(path)
    except ValueError as exc:  # not an OpenAPI document: the message names the file
        return _fail(f"cannot serve {exc}")
    except (OSError, yaml.YAMLError) as exc:
        return _fail(f"cannot read {path}: {exc}")
    try:
        server = MockServer(spec, port=port, log=True, items=items, faults=staged)
    except ValueError as exc:  # a --fault naming no operation of the spec
        return _fail(str(exc).replace("fault match", "--fault"))
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
        data = "the documented examples" if items is None else f"{items} items per collection"
        print(f"serving {vendor} on {server.url} with {data} (Ctrl-C to stop)", flush=True)
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
