"""``python -m generator client``: one client from one YAML file, and its model worker."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from generator.cli import stale_files
from generator.clients.model_worker import ModelGenerationError, ModelWorker
from generator.clients.models import generate_models
from tests.clienttools import load_spec

ROOT = Path(__file__).resolve().parents[1]
GENERATED = ROOT / "generated"


def run_client(*args: str | Path, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "generator", "client", *map(str, args)]
    return subprocess.run(command, capture_output=True, text=True, cwd=cwd, timeout=120)


@pytest.mark.parametrize("vendor", ["lagerkoll", "planiso"])
def test_the_client_is_the_one_make_specs_writes(vendor: str, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "keep.txt").write_text("mine")
    done = run_client(GENERATED / vendor / "openapi.yaml", "--out", out)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"{vendor}_client: ") and "operations" in done.stdout
    assert done.stderr == ""
    (out / "keep.txt").unlink()  # entries the client does not write are left alone
    assert stale_files(GENERATED / vendor / "client", out) == []


def test_name_chooses_the_package(tmp_path: Path) -> None:
    done = run_client(
        GENERATED / "lagerkoll" / "openapi.yaml", "--out", tmp_path, "--name", "stock"
    )
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "stock_client" / "client.py").is_file()
    assert 'name = "stock-client"' in (tmp_path / "pyproject.toml").read_text()


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


NO_SCHEMAS = 'openapi: 3.1.0\ninfo: {title: t, version: "1"}\npaths: {}\n'


@pytest.mark.parametrize(
    ("name", "text", "message"),
    [
        ("bad", "a: [1, 2\n", r"^error: \S*bad/openapi.yaml:2: not valid YAML: "),
        ("lst", "- 1\n", r"^error: \S*lst/openapi.yaml: not an OpenAPI 3 document"),
        ("swag", "swagger: '2.0'\npaths: {}\n", r"not an OpenAPI 3 document"),
        ("nopaths", "openapi: 3.1.0\n", r"an OpenAPI document without `paths`"),
        ("empty", NO_SCHEMAS, r"datamodel-code-generator failed: .*Models not found"),
        ("bytes", None, r"^error: \S*bytes/openapi.yaml: cannot be read: .*utf-8"),
    ],
)
def test_bad_specs_are_one_error_and_nothing_written(
    tmp_path: Path, name: str, text: str | None, message: str
) -> None:
    spec = tmp_path / name / "openapi.yaml"
    if text is None:
        spec.parent.mkdir()
        spec.write_bytes(b"openapi: \xff\xfe\n")
    else:
        write(spec, text)
    out = tmp_path / "out"
    done = run_client(spec, "--out", out)
    assert done.returncode == 1
    errors = [line for line in done.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and "Traceback" not in done.stderr, done.stderr
    assert re.search(message, errors[0]), errors[0]
    assert not out.exists()


def test_a_missing_file_and_unusable_names(tmp_path: Path) -> None:
    done = run_client(tmp_path / "nope.yaml", "--out", tmp_path / "out")
    assert (done.returncode, done.stderr) == (1, f"error: {tmp_path / 'nope.yaml'}: no such file\n")
    spec = GENERATED / "lagerkoll" / "openapi.yaml"
    done = run_client(spec, "--out", tmp_path / "out", "--name", "9lives")
    assert done.returncode == 1 and "--name: '9lives' cannot name a Python package" in done.stderr
    copied = write(tmp_path / "my-spec" / "openapi.yaml", spec.read_text())
    done = run_client(copied, "--out", tmp_path / "out")
    assert done.returncode == 1 and "the folder name of" in done.stderr
    assert "give one with --name" in done.stderr
    assert not (tmp_path / "out").exists()


def test_an_output_that_is_not_a_folder(tmp_path: Path) -> None:
    target = write(tmp_path / "taken", "a file")
    done = run_client(GENERATED / "lagerkoll" / "openapi.yaml", "--out", target)
    assert done.returncode == 1
    assert (
        done.stderr
        == f"error: cannot write the client: {target}: not a folder; nothing was changed\n"
    )
    assert target.read_text() == "a file"


def test_generator_warnings_are_passed_on(tmp_path: Path) -> None:
    spec = write(
        tmp_path / "dangling" / "openapi.yaml",
        'openapi: 3.1.0\ninfo: {title: t, version: "1"}\npaths: {}\ncomponents:\n  schemas:\n'
        '    A: {type: object, properties: {b: {$ref: "#/components/schemas/Nope"}}}\n',
    )
    done = run_client(spec, "--out", tmp_path / "out")
    assert done.returncode == 0, done.stderr
    assert done.stderr.startswith("warning: datamodel-code-generator: Unresolved local $ref")
    assert (tmp_path / "out" / "dangling_client" / "models.py").is_file()


# The worker itself, in this process.


def test_the_worker_gives_what_in_process_generation_gives() -> None:
    spec = load_spec("planningpme")
    with ModelWorker() as worker:
        models = worker.generate(spec)
    assert models == generate_models(spec)
    assert worker.warnings == []


def test_a_worker_generates_once_and_leaves_no_child() -> None:
    with ModelWorker() as worker:
        pid = worker._pid
        worker.generate(load_spec("planningpme"))
        with pytest.raises(RuntimeError, match="one spec only"):
            worker.generate(load_spec("planningpme"))
    assert pid is not None and not child_exists(pid)


def test_a_worker_not_asked_is_stopped_at_once() -> None:
    worker = ModelWorker()
    pid = worker._pid
    assert pid is not None and child_exists(pid)
    worker.close()
    worker.close()  # twice is harmless
    assert not child_exists(pid)


def test_a_worker_that_dies_is_a_clear_error() -> None:
    with ModelWorker() as worker:
        assert worker._pid is not None
        os.kill(worker._pid, signal.SIGKILL)
        with pytest.raises(
            ModelGenerationError, match=r"ended without an answer \(killed by signal 9\)"
        ):
            worker.generate(load_spec("planningpme"))


def test_a_generator_failure_comes_back_with_its_message() -> None:
    spec: dict[str, Any] = {"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": {}}
    with ModelWorker() as worker, pytest.raises(ModelGenerationError, match="Models not found"):
        worker.generate(spec)


def child_exists(pid: int) -> bool:
    """The child still runs or is a zombie nobody reaped (waiting here reaps neither)."""
    try:
        os.waitid(os.P_PID, pid, os.WEXITED | os.WNOHANG | os.WNOWAIT)
    except ChildProcessError:
        return False
    return True
