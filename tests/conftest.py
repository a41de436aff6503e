"""Shared fixtures: the committed specs in generated/, the vendor documents, and the session's one
generation of every vendor (``generation``)."""

from __future__ import annotations

import functools
import pickle
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.build_types import VendorBuild
from generator.load import read_pin, vendor_keys
from generator.paths import vendor_docs
from generator.pipeline import generate
from generator.problems import PipelineError

ROOT = Path(__file__).resolve().parent.parent
GENERATED = ROOT / "generated"
SPEC_FILES = sorted(GENERATED.glob("*/openapi*.yaml"))


def load_spec(path: Path) -> dict[str, Any]:
    """The YAML file at ``path`` parsed (libyaml's safe loader), as a tree of the caller's own.

    The suite reads the ten committed spec files some hundred times: each is parsed once per
    session and every caller gets a copy (unpickling is ~50 times faster than parsing)."""
    stat = path.stat()
    loaded: dict[str, Any] = pickle.loads(_parsed(path, stat.st_mtime_ns, stat.st_size))
    return loaded


@functools.cache
def _parsed(path: Path, mtime_ns: int, size: int) -> bytes:
    """The pickled tree of one version of a file (a changed file is a new key, parsed again)."""
    return pickle.dumps(
        yaml.load(path.read_text(), Loader=yaml.CSafeLoader), pickle.HIGHEST_PROTOCOL
    )


@pytest.fixture(params=SPEC_FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def spec_file(request: pytest.FixtureRequest) -> Path:
    path: Path = request.param
    return path


@dataclass(frozen=True)
class Generation:
    """Every vendor generated once for the whole test session, as `make specs` does it, into a
    temporary folder (never into generated/). Tests read it and must not write into it.

    ``out`` is the folder written, ``builds`` the builds in vendor order, ``error`` the
    pipeline's error when a vendor did not build (the others are then generated one by one, so
    that a vendor mid-edit does not hide the rest; ``out`` has no index then)."""

    out: Path
    builds: list[VendorBuild]
    error: PipelineError | None

    def client(self, vendor: str) -> Path:
        """The folder of ``vendor``'s client package (``<vendor>_client`` and its pyproject)."""
        return self.out / vendor / "client"


@pytest.fixture(scope="session")
def generation(tmp_path_factory: pytest.TempPathFactory) -> Generation:
    """The session's one in-process generation of every vendor (tests of generation itself,
    its atomicity, concurrency and errors, still run their own)."""
    out = tmp_path_factory.mktemp("generation") / "generated"
    try:
        return Generation(out, generate(None, out=out), None)
    except PipelineError as error:
        builds: list[VendorBuild] = []
        for key in vendor_keys():
            try:
                builds += generate([key], out=out)
            except PipelineError:
                continue
        return Generation(out, builds, error)


def missing_documents() -> dict[str, str]:
    """Vendor → its pinned document, for each document not where the documents are looked for."""
    names = {key: read_pin(key).document for key in vendor_keys()}
    return {key: name for key, name in names.items() if not (vendor_docs() / name).is_file()}


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Tests marked ``document_text`` read the vendor documents: where one is not at hand (a
    clone of the repository alone), those tests are skipped, each naming the missing files and
    how to run it. Everything else, builds included, needs only the pins."""
    missing = missing_documents()
    if not missing:
        return
    skip = pytest.mark.skip(
        reason=f"compares cited lines with the text of {', '.join(sorted(missing.values()))}, "
        f"not in {vendor_docs()}: put the documents there or set VENDOR_DOCS=DIR to run it"
    )
    for item in items:
        if item.get_closest_marker("document_text"):
            item.add_marker(skip)
