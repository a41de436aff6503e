"""Finding and importing vendor descriptions, turning any failure into a located problem."""

from __future__ import annotations

import importlib
import importlib.util
import sys
import traceback
from pathlib import Path
from types import ModuleType

from pydantic import ValidationError

from generator.describe import Vendor
from generator.paths import SPECS, vendor_docs
from generator.problems import Problems


def vendor_keys(specs_dir: Path = SPECS) -> list[str]:
    """Every package under ``specs/`` (a folder with ``__init__.py``), sorted."""
    return sorted(
        p.name
        for p in specs_dir.iterdir()
        if p.is_dir() and (p / "__init__.py").exists() and not p.name.startswith(("_", "."))
    )


def load_vendor(key: str, *, problems: Problems) -> Vendor | None:
    """Import ``specs.<key>`` and return its ``VENDOR``; None (with problems) if it fails."""
    known = vendor_keys()
    if key not in known:
        problems.error(key, f"no such vendor; known vendors: {', '.join(known) or 'none'}")
        return None
    return _vendor_of(lambda: importlib.import_module(f"specs.{key}"), key, problems=problems)


def load_vendor_file(path: Path, *, problems: Problems) -> Vendor | None:
    """Load a one-file vendor description (used by tests and quick experiments)."""
    name = f"_vendor_file_{path.stem}_{abs(hash(str(path)))}"

    def import_file() -> ModuleType:
        spec = importlib.util.spec_from_file_location(name, path)
        if spec is None or spec.loader is None:
            raise ImportError(f"cannot import {path}")
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        try:
            spec.loader.exec_module(module)
        finally:
            sys.modules.pop(name, None)
        return module

    return _vendor_of(import_file, path.stem, problems=problems)


def _vendor_of(importer: object, key: str, *, problems: Problems) -> Vendor | None:
    try:
        module = importer()  # type: ignore[operator]
    except ValidationError as exc:
        problems.error(f"{key} {_origin(exc)}", _summarize_validation(exc))
        return None
    except Exception as exc:
        problems.error(f"{key} {_origin(exc)}", f"{type(exc).__name__}: {exc}")
        return None
    vendor = getattr(module, "VENDOR", None)
    if not isinstance(vendor, Vendor):
        problems.error(key, "the package must define VENDOR = Vendor(...)")
        return None
    if vendor.key != key:
        problems.error(key, f"VENDOR.key is {vendor.key!r}; it must equal the package name {key!r}")
    return vendor


def _origin(exc: BaseException) -> str:
    """``specs/acme/operations.py:42``: the innermost frame of the description that failed."""
    frames = [f for f in traceback.extract_tb(exc.__traceback__) if "/specs/" in f.filename or "tests/data" in f.filename]
    if not frames:
        return "(import)"
    frame = frames[-1]
    shown = frame.filename.split("/specs/", 1)[-1] if "/specs/" in frame.filename else frame.filename
    prefix = "specs/" if "/specs/" in frame.filename else ""
    return f"{prefix}{shown}:{frame.lineno}"


def _summarize_validation(exc: ValidationError) -> str:
    parts = []
    for error in exc.errors()[:5]:
        location = ".".join(str(p) for p in error["loc"]) or "(root)"
        parts.append(f"{exc.title}.{location}: {error['msg']}")
    return "; ".join(parts)


def document_length(document: str) -> int | None:
    """Number of lines of a vendor document, or None when the documents are not available."""
    path = vendor_docs() / document
    if not path.is_file():
        return None
    return len(path.read_text(encoding="utf-8").splitlines())
