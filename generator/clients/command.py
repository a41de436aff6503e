"""``python -m generator client SPEC --out DIR``: the client of one YAML file, in one process.

For a client alone (a spec edited by hand, one vendor's client into another project) without
regenerating everything. The spec is one this toolkit emitted: it was validated when it was
generated, so here it is only checked to be an OpenAPI 3 document; datamodel-code-generator
starts importing itself in a forked process before the YAML is even read (``model_worker``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

import yaml

from generator.clients.model_worker import ModelGenerationError, ModelWorker
from generator.emit import load_yaml, write_tree
from generator.openapi import shape_problem
from generator.problems import Problems
from generator.revisions import read_revision, revision_for

_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_]*\Z")


class ClientCommandError(Exception):
    """One line saying what is wrong and where (and what was warned about before it)."""

    def __init__(self, message: str, *, warnings: list[str] | None = None) -> None:
        super().__init__(message)
        self.warnings = warnings or []


@dataclass(frozen=True)
class WrittenClient:
    package: str
    operations: int
    files: int
    warnings: list[str]


def write_client(spec_path: Path, *, out: Path, name: str | None = None) -> WrittenClient:
    """Render the client of ``spec_path`` into ``out``, replacing only the entries it writes."""
    with ModelWorker() as worker:
        key = client_name(name, spec_path)
        spec = read_spec(spec_path)
        # Imported while the worker is still importing datamodel-code-generator (it takes longer).
        from generator.clients.package import render_client_package

        try:
            models = worker.generate(spec)
        except ModelGenerationError as exc:
            raise ClientCommandError(f"{spec_path}: {exc}", warnings=worker.warnings) from None
    try:
        files, view = render_client_package(
            key, spec=spec, models=models, release=release_of(spec_path)
        )
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ClientCommandError(
            f"{spec_path}: not a spec this toolkit emitted, its client cannot be rendered "
            f"({type(exc).__name__}: {exc})"
        ) from None
    entries = sorted({PurePosixPath(path).parts[0] for path in files})
    write_tree(out, {path: text.encode() for path, text in files.items()}, entries=entries)
    return WrittenClient(
        package=view.package,
        operations=len(view.operations),
        files=len(files),
        warnings=worker.warnings,
    )


def client_name(name: str | None, spec_path: Path) -> str:
    """``--name``, or the folder of the spec (``generated/planiso/openapi.yaml`` → planiso)."""
    chosen = name if name is not None else spec_path.resolve().parent.name
    if not _NAME.match(chosen):
        how = "--name" if name is not None else f"the folder name of {spec_path}"
        raise ClientCommandError(
            f"{how}: {chosen!r} cannot name a Python package (letters, digits and _, "
            "starting with a letter); give one with --name"
        )
    return chosen


def release_of(spec_path: Path) -> str:
    """The client version ``make specs`` gives this spec: the revision recorded for the vendor
    of its folder (``generated/<vendor>/openapi.yaml``), the next one when the spec differs
    from the recorded one, 1 for a spec of no vendor of specs/."""
    vendor = spec_path.resolve().parent.name
    problems = Problems()
    recorded = read_revision(vendor, problems=problems) if _NAME.match(vendor) else None
    if problems:  # a broken record numbers nothing: the client is as for a spec of no vendor
        recorded = None
    return revision_for(recorded, spec_path.read_bytes()).client_version


def read_spec(path: Path) -> dict[str, Any]:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ClientCommandError(f"{path}: no such file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ClientCommandError(f"{path}: cannot be read: {exc}") from None
    try:
        document: object = load_yaml(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{path}:{mark.line + 1}" if mark is not None else str(path)
        problem = getattr(exc, "problem", None) or str(exc)
        raise ClientCommandError(f"{where}: not valid YAML: {problem}") from None
    problem = shape_problem(document)
    if problem is not None:
        raise ClientCommandError(f"{path}: {problem}")
    assert isinstance(document, dict)
    return document
