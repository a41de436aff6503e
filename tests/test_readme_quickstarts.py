"""The README's quickstarts run as a user runs them: ``python -m generator mock VENDOR`` on a
port, then the program, against it, with the generated client on the path.

Each program must end without an error after a handful of requests: the paging loops end (the
mock pages its dataset as the vendor pages), a create shows up in the following list, the error
branch is taken. The programs are read from the README itself, so a README that drifts from the
clients fails here.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from generator.load import vendor_keys
from tests.mockserver import run_mock_cli

ROOT = Path(__file__).resolve().parents[1]
#: The most requests a quickstart may make: it shows paging, so it makes a few, never thousands.
HANDFUL = 40


def quickstarts() -> dict[str, str]:
    """The Python program of each vendor's section under ``## Quickstart``, by vendor key."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("\n## Quickstart\n", 1)[1].split("\n## ", 1)[0]
    programs = {}
    for block in re.findall(r"^```python\n(.*?)^```", section, re.S | re.M):
        vendor = re.search(r"make mock VENDOR=(\w+)", block)
        assert vendor, f"a quickstart names no `make mock VENDOR=…`: {block[:80]!r}"
        programs[vendor.group(1)] = block
    return programs


def test_every_vendor_has_a_quickstart() -> None:
    assert sorted(quickstarts()) == sorted(vendor_keys())


def _serve(vendor: str) -> tuple[subprocess.Popen[str], str]:
    mock = run_mock_cli(vendor, "--port", "0")
    assert mock.stdout is not None
    first = mock.stdout.readline()
    found = re.search(r"http://127\.0\.0\.1:\d+", first)
    assert found, f"the mock did not say where it serves: {first!r}"
    return mock, found.group(0)


@pytest.mark.parametrize("vendor", sorted(vendor_keys()))
def test_the_quickstart_runs_against_the_mock(vendor: str, tmp_path: Path) -> None:
    program = quickstarts()[vendor]
    assert 'MOCK = "http://127.0.0.1:8000"' in program  # the port `make mock` serves on
    mock, url = _serve(vendor)
    try:
        script = tmp_path / "quickstart.py"
        script.write_text(program.replace("http://127.0.0.1:8000", url))
        env = {**os.environ, "PYTHONPATH": str(ROOT / "generated" / vendor / "client")}
        done = subprocess.run(
            [sys.executable, str(script)], env=env, capture_output=True, text=True, timeout=120
        )
    finally:
        mock.send_signal(signal.SIGINT)
        _, log = mock.communicate(timeout=30)
    assert done.returncode == 0, done.stderr[-3000:]
    requests = [line for line in log.splitlines() if re.match(r"[A-Z]+ /\S* -> \d{3}", line)]
    assert 3 <= len(requests) <= HANDFUL, "\n".join(requests[:60])
    assert any(" -> 4" in line for line in requests), "the error branch was not taken"


@pytest.mark.slow
def test_the_quickstarts_pass_mypy_strict(tmp_path: Path) -> None:
    """The programs type-check as a user's code would, the clients on the path: no plugin."""
    for vendor, program in quickstarts().items():
        (tmp_path / f"quickstart_{vendor}.py").write_text(program)
    clients = os.pathsep.join(str(ROOT / "generated" / v / "client") for v in quickstarts())
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--config-file", os.devnull,
         *sorted(str(p) for p in tmp_path.glob("quickstart_*.py"))],
        env={**os.environ, "MYPYPATH": clients},
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=600,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout[-4000:]
