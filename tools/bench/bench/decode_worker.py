"""``python -m bench.decode_worker BODY RUNS OURS_DIR [PEER_DIR]``: decode one big list response.

Runs in the bench's venv, where both our client and openapi-python-client's can be imported
(same pydantic and httpx for both). Each client sends ``GET /`` through an in-memory httpx
transport answering ``BODY``, so the figure is the client's own work: decoding and typing.
The two are timed in turns, so that both see the same machine load (and the same state of the
garbage collector, which neither client touches). Prints JSON: median seconds per client.
"""

from __future__ import annotations

import importlib
import json
import sys
from pathlib import Path
from typing import Any

import httpx
from bench.table import median_seconds, paired_medians


def _transport(body: bytes) -> httpx.MockTransport:
    headers = {"content-type": "application/json"}
    return httpx.MockTransport(lambda request: httpx.Response(200, content=body, headers=headers))


def ours(body: bytes, *, expected: int) -> None:
    from lagerkoll_client import Client

    with Client(
        api_key="k",
        store="s",
        base_url="http://bench.invalid/v1/projects",
        transport=_transport(body),
    ) as client:
        page = client.projects.list()
    if len(page.projects or []) != expected:
        raise AssertionError("our client did not decode every project")


def theirs(body: bytes, *, package: str, expected: int) -> None:
    module = _peer_operation(package)
    client_module = importlib.import_module(f"{package}.client")
    client = client_module.Client(
        base_url="http://bench.invalid/v1/projects", httpx_args={"transport": _transport(body)}
    )
    page: Any = module.sync(client=client)
    if len(page.projects) != expected:
        raise AssertionError("openapi-python-client's client did not decode every project")


def _peer_operation(package: str) -> Any:
    root = Path(importlib.import_module(package).__file__ or "").parent
    found = sorted(root.glob("api/*/get_projects.py"))
    if not found:
        raise LookupError(f"no get_projects operation in {root}")
    return importlib.import_module(f"{package}.api.{found[0].parent.name}.get_projects")


def main(argv: list[str]) -> None:
    body = Path(argv[0]).read_bytes()
    runs = int(argv[1])
    sys.path.insert(0, argv[2])
    expected = len(json.loads(body)["projects"])
    ours(body, expected=expected)  # imports and schema building are not decoding: warm up
    if len(argv) <= 3:
        print(
            json.dumps({"ours": median_seconds(lambda: ours(body, expected=expected), runs=runs)})
        )
        return
    peer = Path(argv[3])
    sys.path.insert(0, str(peer.parent))
    theirs(body, package=peer.name, expected=expected)
    our_time, their_time = paired_medians(
        lambda: ours(body, expected=expected),
        lambda: theirs(body, package=peer.name, expected=expected),
        runs=runs,
    )
    print(json.dumps({"ours": our_time, "theirs": their_time}))


if __name__ == "__main__":
    main(sys.argv[1:])
