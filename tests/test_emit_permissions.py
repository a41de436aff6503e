"""A read-only output folder: one clear error naming it, a non-zero exit, nothing changed.

Root writes into read-only folders through its capability CAP_DAC_OVERRIDE (and reads through
CAP_DAC_READ_SEARCH), and we run as root, as CI does. So the writes run in a process whose
bounding set lacks those (and CAP_FOWNER): for it the kernel checks the mode bits as for any
user. Switching to the nobody user instead would also lock it out of this venv's interpreter,
which lives under /root.
"""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
_DROPPED = "-dac_override,-dac_read_search,-fowner"


@pytest.fixture(scope="module")
def unprivileged() -> list[str]:
    """The command prefix that takes root's permission override away ([] when not root)."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("root, and no setpriv (util-linux) to drop CAP_DAC_OVERRIDE with")
    prefix = [setpriv, f"--inh-caps={_DROPPED}", f"--bounding-set={_DROPPED}", "--"]
    probe = subprocess.run([*prefix, "true"], capture_output=True, text=True, check=False)
    if probe.returncode:
        pytest.skip(f"root, and setpriv cannot drop capabilities here: {probe.stderr.strip()}")
    return prefix


@pytest.fixture
def read_only_target(tmp_path: Path) -> Iterator[Path]:
    """``generated/`` with an old vendor folder in it, read-only (r-x for everyone)."""
    target = tmp_path / "generated"
    (target / "lagerkoll").mkdir(parents=True)
    (target / "lagerkoll" / "openapi.yaml").write_text("old\n")
    (target / "README.md").write_text("index\n")
    target.chmod(0o555)
    yield target
    target.chmod(0o755)


def snapshot(folder: Path) -> dict[str, tuple[int, bytes]]:
    """Every path under ``folder`` (itself included) with its mode and, for files, its bytes."""
    return {
        p.relative_to(folder).as_posix(): (p.stat().st_mode, p.read_bytes() if p.is_file() else b"")
        for p in [folder, *sorted(folder.rglob("*"))]
    }


def run(prefix: list[str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*prefix, sys.executable, *args], cwd=ROOT, capture_output=True, text=True, check=False
    )


# write_tree in a process of its own: argv is the target, the files (JSON) and the entries (JSON).
_WRITE = """
import json, sys
from pathlib import Path
from generator.emit import OutputError, write_tree
files = {name: text.encode() for name, text in json.loads(sys.argv[2]).items()}
try:
    write_tree(Path(sys.argv[1]), files, entries=json.loads(sys.argv[3]))
except OutputError as exc:
    print(exc)
    sys.exit(1)
print("written")
"""


def write(
    prefix: list[str], target: Path, files: dict[str, str]
) -> subprocess.CompletedProcess[str]:
    """``write_tree(target, files)`` run under ``prefix``; entries in the order files name them."""
    entries = list(dict.fromkeys(name.split("/")[0] for name in files))
    return run(prefix, "-c", _WRITE, str(target), json.dumps(files), json.dumps(entries))


def test_read_only_target_gives_a_clear_error(
    unprivileged: list[str], read_only_target: Path
) -> None:
    before = snapshot(read_only_target)
    result = write(unprivileged, read_only_target, {"lagerkoll/openapi.yaml": "new"})
    assert (result.returncode, result.stderr) == (1, "")
    assert result.stdout == f"{read_only_target}: permission denied; nothing was changed\n"
    assert snapshot(read_only_target) == before
    assert not list(read_only_target.parent.glob(".staging-*"))
    if os.geteuid() == 0:
        # The premise: the same write with root's capabilities goes through the mode bits.
        assert write([], read_only_target, {"lagerkoll/openapi.yaml": "new"}).stdout == "written\n"
        assert (read_only_target / "lagerkoll" / "openapi.yaml").read_text() == "new"


def test_read_only_vendor_folder_puts_back_the_entries_swapped_before_it(
    unprivileged: list[str], tmp_path: Path
) -> None:
    """A folder cannot be moved out while read-only: ``a``, already swapped, goes back."""
    target = tmp_path / "generated"
    for entry in ("a", "b"):
        (target / entry).mkdir(parents=True)
        (target / entry / "x").write_text(f"old {entry}\n")
    (target / "README.md").write_text("old index\n")
    (target / "b").chmod(0o555)
    try:
        before = snapshot(target)
        result = write(unprivileged, target, {"a/x": "new", "b/x": "new", "README.md": "new"})
        after = snapshot(target)
    finally:
        (target / "b").chmod(0o755)
    assert result.returncode == 1, result.stdout + result.stderr
    assert result.stdout == f"{target / 'b'}: permission denied; nothing was changed\n"
    assert after == before
    assert not list(tmp_path.glob(".staging-*"))


def test_cli_on_a_read_only_target_exits_with_one_error_line(
    unprivileged: list[str], read_only_target: Path
) -> None:
    before = snapshot(read_only_target)
    result = run(
        unprivileged,
        *("-m", "generator", "specs", "--vendor", "lagerkoll", "--out", str(read_only_target)),
    )
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        f"error: cannot write outputs: {read_only_target}: permission denied; nothing was changed"
    ]
    assert "Traceback" not in result.stdout
    assert snapshot(read_only_target) == before
    assert not list(read_only_target.parent.glob(".staging-*"))


def test_cli_in_a_read_only_checkout_names_the_path_it_cannot_create(
    unprivileged: list[str], tmp_path: Path
) -> None:
    """With the parent read-only too, the lock beside the target cannot be made: said so."""
    target = tmp_path / "checkout" / "generated"
    target.mkdir(parents=True)
    (target / "README.md").write_text("index\n")
    checkout = target.parent
    for folder in (target, checkout):
        folder.chmod(0o555)
    try:
        before = snapshot(checkout)
        result = run(
            unprivileged,
            *("-m", "generator", "specs", "--vendor", "lagerkoll", "--out", str(target)),
        )
        assert snapshot(checkout) == before
    finally:
        for folder in (checkout, target):
            folder.chmod(stat.S_IRWXU)
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        f"error: cannot write outputs: {checkout}/.generated.lock: permission denied;"
        " nothing was changed"
    ]
    assert "Traceback" not in result.stdout
