"""Emitted Python is formatted by ruff (the toolkit's own formatter settings are not used)."""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

from ruff.__main__ import find_ruff_bin  # type: ignore[import-untyped]

LINE_LENGTH = 100
_OPTIONS = ["--isolated", f"--line-length={LINE_LENGTH}", "--target-version=py311"]


def ruff_format_many(sources: dict[str, str]) -> dict[str, str]:
    """Each source formatted by ``ruff format``, by its relative path; one ruff run for all.

    One process per file cost more than the formatting itself, so the files go through a
    temporary folder; a syntax error names the file.
    """
    with tempfile.TemporaryDirectory(prefix="ruff-format-") as tmp:
        root = Path(tmp)
        for name, source in sources.items():
            path = root / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(source, encoding="utf-8")
        done = subprocess.run(
            [str(find_ruff_bin()), "format", *_OPTIONS, *sorted(sources)],
            cwd=root,
            capture_output=True,
            text=True,
            check=False,
        )
        if done.returncode != 0:
            raise ValueError(f"ruff format failed: {done.stderr.strip()[:2000]}")
        return {name: (root / name).read_text(encoding="utf-8") for name in sources}
