"""Emitted Python is formatted by ruff (the toolkit's own formatter settings are not used)."""

from __future__ import annotations

import subprocess
import sys

LINE_LENGTH = 100


def ruff_format(source: str, *, name: str) -> str:
    """``source`` formatted by ``ruff format``; a syntax error names the file."""
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "ruff",
            "format",
            "--isolated",
            f"--line-length={LINE_LENGTH}",
            "--target-version=py311",
            f"--stdin-filename={name}",
            "-",
        ],
        input=source,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise ValueError(f"ruff format failed on {name}: {done.stderr.strip()[:2000]}")
    return done.stdout
