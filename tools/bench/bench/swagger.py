"""Section 5: Swagger UI rendering one vendor's OpenAPI 3.1 file and its 3.0.3 copy.

Swagger UI 5 (swagger-ui-dist, pinned in tools/node) in headless Debian chromium, every operation
expanded (``docExpansion: full``). Both files are rendered in turns in one browser, each render in
a fresh context, so that the ratio holds when the machine slows. No target: the figure says which
file to give Swagger UI (the README's "Where the specs are used"). Without chromium or the node
tools the section prints one row saying how to get them.

Why 3.1 is slower, measured by profiling (README, Benchmarks): for each expanded operation Swagger
UI calls swagger-client's ``resolveSubtree`` with the whole document plus every operation resolved
so far; on 3.1 that call converts all of it to ApiDOM again (swagger-client's cache is keyed by
the document object, which Swagger UI rebuilds on every step), so the cost grows with the
square of the operations. The ``resolve`` rows give the summed time of those calls.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
from pathlib import Path
from typing import Any

from bench.table import Row, ratio, seconds

ROOT = Path(__file__).resolve().parents[3]
NODE_TOOLS = ROOT / ".cache" / "node"
CHROMIUM = Path(os.environ.get("CHROMIUM", "/usr/bin/chromium"))
SCRIPT = Path(__file__).with_name("swagger_render.js")
SECTION = "5 swagger-ui"


def missing() -> str | None:
    """Why the section cannot run here, or None."""
    if not CHROMIUM.exists():
        return f"skipped: no browser at {CHROMIUM} (`make browser` installs Debian's chromium)"
    for package in ("playwright-core", "swagger-ui-dist"):
        if not (NODE_TOOLS / "node_modules" / package / "package.json").exists():
            return f"skipped: {package} is not in {NODE_TOOLS} (`make node-tools` installs it)"
    return None


def _version() -> str:
    manifest = NODE_TOOLS / "node_modules" / "swagger-ui-dist" / "package.json"
    return str(json.loads(manifest.read_text(encoding="utf-8")).get("version", "?"))


def render_times(specs: list[Path], *, runs: int) -> list[dict[str, Any]]:
    """One record per render (see swagger_render.js), the specs in turns, ``runs`` rounds."""
    env = {**os.environ, "NODE_TOOLS": str(NODE_TOOLS), "CHROMIUM": str(CHROMIUM)}
    command = ["node", str(SCRIPT), str(max(runs, 1)), *map(str, specs)]
    done = subprocess.run(command, capture_output=True, text=True, check=False, env=env)
    if done.returncode != 0:
        raise RuntimeError(f"swagger_render.js failed: {done.stderr[-2000:]}")
    return [json.loads(line) for line in done.stdout.splitlines() if line.strip()]


def measure(specs: dict[str, Path], *, vendor: str, runs: int) -> list[Row]:
    reason = missing()
    if reason is not None:
        return [Row(SECTION, "Swagger UI render, 3.1 and 3.0.3", reason)]
    if vendor not in specs:
        return [Row(SECTION, f"Swagger UI render: {vendor} was not built", "-")]
    files = {"3.1": specs[vendor], "3.0.3": specs[vendor].with_name("openapi-3.0.yaml")}
    records = render_times(list(files.values()), runs=runs)
    rows: list[Row] = []
    medians: dict[str, float] = {}
    for label, path in files.items():
        mine = [r for r in records if r["spec"] == str(path)]
        failed = [r["error"] for r in mine if r["error"] or r["seconds"] is None]
        if failed or not mine:
            rows.append(Row(SECTION, f"{vendor} {path.name} ({label})", f"failed: {failed[:1]}"))
            continue
        ops = mine[0]["operations"]
        medians[label] = statistics.median(r["seconds"] for r in mine)
        resolve = statistics.median(r["resolveSeconds"] for r in mine)
        what = f"Swagger UI {_version()}, {vendor} {path.name} ({label}), {ops} operations expanded"
        rows.append(Row(SECTION, what, seconds(medians[label])))
        rows.append(
            Row(
                SECTION,
                f"  of which resolveSubtree ({mine[0]['resolves']} calls)",
                seconds(resolve),
            )
        )
    if len(medians) == 2:
        rows.append(
            Row(
                SECTION,
                "render 3.1 ÷ 3.0.3 (give Swagger UI openapi-3.0.yaml)",
                f"{seconds(medians['3.1'])} ÷ {seconds(medians['3.0.3'])} = "
                + ratio(medians["3.1"] / medians["3.0.3"]),
            )
        )
    return rows
