"""Shared fixtures: the committed specs in generated/ and the vendor documents."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.load import read_pin, vendor_keys
from generator.paths import vendor_docs

ROOT = Path(__file__).resolve().parent.parent
GENERATED = ROOT / "generated"
SPEC_FILES = sorted(GENERATED.glob("*/openapi*.yaml"))


def load_spec(path: Path) -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.load(path.read_text(), Loader=yaml.CSafeLoader)
    return loaded


@pytest.fixture(params=SPEC_FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def spec_file(request: pytest.FixtureRequest) -> Path:
    path: Path = request.param
    return path


def missing_documents() -> list[str]:
    """The pinned vendor documents that are not where the documents are looked for."""
    names = [read_pin(key).document for key in vendor_keys()]
    return [name for name in names if not (vendor_docs() / name).is_file()]


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Tests marked ``document_text`` read the vendor documents: where they are not at hand (a
    clone of the repository alone), exactly those tests are skipped, each saying how to run it.
    Everything else, builds included, needs only the pins."""
    missing = missing_documents()
    if not missing:
        return
    which = "the vendor documents" if len(missing) > 1 else missing[0]
    skip = pytest.mark.skip(
        reason=f"compares cited lines with the text of {which}, not in {vendor_docs()}: "
        "put the documents there or set VENDOR_DOCS=DIR to run it"
    )
    for item in items:
        if item.get_closest_marker("document_text"):
            item.add_marker(skip)
