"""Section 3: our client generation and whole pipeline against ``openapi-python-client generate``.

The peer is installed by mk/bench.mk into ``.cache/bench-venv``; without it the rows say so.
Each pair is timed alternately in the same run, so both sides see the same machine load.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from bench.pipeline import regenerate
from bench.table import Row, paired_medians, ratio, seconds

TARGET_CLIENT = 2.0
ROOT = Path(__file__).resolve().parents[3]
PEER = ROOT / ".cache" / "bench-venv" / "bin" / "openapi-python-client"


def peer_available() -> bool:
    return PEER.exists()


def peer_generate(spec: Path, *, out: Path) -> None:
    """``openapi-python-client generate`` of one YAML file into the package folder ``out``.

    Its venv's ``bin`` goes first on PATH so that its default post-hooks (``ruff check --fix``,
    ``ruff format``) run as they do for its users: our figure includes formatting too.
    """
    command = [str(PEER), "generate", "--path", str(spec), "--output-path", str(out)]
    command += ["--overwrite", "--meta", "none"]
    env = dict(os.environ, PATH=f"{PEER.parent}{os.pathsep}{os.environ.get('PATH', '')}")
    done = subprocess.run(command, capture_output=True, text=True, check=False, env=env)
    if "ruff is not in PATH" in done.stdout:
        raise RuntimeError("openapi-python-client found no ruff: its formatting was skipped")
    if done.returncode != 0 or not out.exists():
        raise RuntimeError(f"openapi-python-client failed on {spec}: {done.stdout[-2000:]}")


def ours_client(spec: Path, *, out: Path) -> None:
    """``python -m generator client``: what a user runs for one client, in a fresh process."""
    command = [sys.executable, "-m", "generator", "client", str(spec), "--out", str(out)]
    done = subprocess.run(command, capture_output=True, text=True, check=False, cwd=ROOT)
    if done.returncode != 0:
        raise RuntimeError(f"python -m generator client failed on {spec}: {done.stderr[-2000:]}")


def _fresh(folder: Path) -> Path:
    shutil.rmtree(folder, ignore_errors=True)
    return folder


def measure(specs: dict[str, Path], *, one: str, vendors: list[str] | None, runs: int) -> list[Row]:
    section = "3 peer"
    if not peer_available():
        return [Row(section, "openapi-python-client not installed (make bench installs it)", "-")]
    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="bench-peer-") as tmp:
        work = Path(tmp)
        ours, theirs = paired_medians(
            lambda: ours_client(specs[one], out=_fresh(work / "ours")),
            lambda: peer_generate(specs[one], out=_fresh(work / "theirs")),
            runs=runs,
        )
        speedup = theirs / ours
        rows.append(Row(section, f"client of {one}: python -m generator client", seconds(ours)))
        rows.append(
            Row(section, f"client of {one}: openapi-python-client generate", seconds(theirs))
        )
        rows.append(
            Row(
                section,
                "  their time ÷ ours (client, one vendor)",
                ratio(speedup),
                f"≥ {TARGET_CLIENT:.0f}×",
                speedup >= TARGET_CLIENT,
            )
        )

        def their_clients() -> None:
            for key, spec in specs.items():
                peer_generate(spec, out=_fresh(work / f"theirs-{key}"))

        whole, peers = paired_medians(
            lambda: regenerate(vendors, out=_fresh(work / "all")), their_clients, runs=runs
        )
        rows.append(Row(section, f"our whole pipeline, {len(specs)} vendors", seconds(whole)))
        rows.append(
            Row(section, f"openapi-python-client, {len(specs)} clients only", seconds(peers))
        )
        rows.append(
            Row(
                section,
                "  their time ÷ ours (whole pipeline)",
                ratio(peers / whole),
                "> 1×",
                peers > whole,
            )
        )
    return rows
