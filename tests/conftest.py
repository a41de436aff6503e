"""Shared fixtures: the committed specs in generated/ and the vendor documents."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

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
