"""A scratch copy of the project, where tests add a vendor exactly as a curator would.

The copy holds the toolkit (``generator/``, ``templates/``, ``specs/__init__.py``) and no vendor:
a test puts a vendor's folder in ``specs/<key>/`` (and its document in a documents folder) and
runs ``python -m generator …`` there, in a fresh process of this interpreter whose working
directory is the copy (so that the copy's ``generator`` is the one imported). That a vendor
builds there shows that adding it needed no file outside ``specs/<key>/`` and its document.

``python -m tests.scratch`` (``make golden``) regenerates ``tests/data/golden/`` from the test
vendor ``tests/data/acme/``: the files ``tests/test_acme.py`` compares a fresh build with.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
ACME = DATA / "acme"
DOCUMENTS = DATA / "documents"
GOLDEN = DATA / "golden"
_IGNORE = shutil.ignore_patterns("__pycache__", "*.pyc")


def scratch_project(folder: Path, vendors: dict[str, Path] | None = None) -> Path:
    """A copy of the toolkit in ``folder`` with ``vendors`` (key → package folder) in specs/."""
    folder.mkdir(parents=True, exist_ok=True)
    for name in ("generator", "templates"):
        shutil.copytree(ROOT / name, folder / name, ignore=_IGNORE)
    (folder / "specs").mkdir()
    shutil.copy2(ROOT / "specs" / "__init__.py", folder / "specs" / "__init__.py")
    for key, package in (vendors or {}).items():
        shutil.copytree(package, folder / "specs" / key, ignore=_IGNORE)
    return folder


def run_generator(project: Path, *args: str | Path) -> subprocess.CompletedProcess[str]:
    """``python -m generator ARGS`` in ``project``; the documents are looked for in DOCUMENTS
    unless the arguments say otherwise."""
    env = {**os.environ, "VENDOR_DOCS": str(DOCUMENTS)}
    return subprocess.run(
        [sys.executable, "-m", "generator", *map(str, args)],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


def build_acme(folder: Path) -> Path:
    """A scratch project with acme as its only vendor, generated; returns its generated/."""
    project = scratch_project(folder, {"acme": ACME})
    done = run_generator(project, "specs", "--jobs", "1")
    if done.returncode != 0:
        raise RuntimeError(f"the test vendor does not build:\n{done.stdout}\n{done.stderr}")
    return project / "generated"


def main() -> int:
    """Regenerate tests/data/golden/ from a fresh build of the test vendor."""
    with tempfile.TemporaryDirectory(prefix="acme-golden-") as tmp:
        generated = build_acme(Path(tmp) / "project")
        shutil.rmtree(GOLDEN, ignore_errors=True)
        shutil.copytree(generated, GOLDEN, ignore=_IGNORE)
    print(f"regenerated {GOLDEN.relative_to(ROOT)}/ from tests/data/acme/")
    return 0


if __name__ == "__main__":
    sys.exit(main())
