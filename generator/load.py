"""Finding and importing vendor descriptions, turning any failure into a located problem."""

from __future__ import annotations

import importlib
import importlib.util
import re
import sys
import traceback
from pathlib import Path
from types import ModuleType
from typing import Any

from pydantic import ValidationError

from generator.describe import Vendor
from generator.paths import ROOT, SPECS, pin_path, vendor_docs
from generator.pins import PIN_FILE, Pin, PinError, pin_from_json
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
    vendor = _vendor_of(lambda: importlib.import_module(f"specs.{key}"), key, problems=problems)
    if vendor is not None and vendor.key != key:
        problems.error(key, f"VENDOR.key is {vendor.key!r}; it must equal the package name {key!r}")
        return None
    return vendor


def load_vendor_file(path: Path, *, problems: Problems) -> Vendor | None:
    """Load a one-file vendor description, or a vendor package folder outside specs/ (its
    modules import each other relatively: ``from .models import Widget``); used by tests and
    quick experiments."""
    resolved = path.resolve()
    shown = resolved.relative_to(ROOT) if resolved.is_relative_to(ROOT) else resolved
    # A stable module name (not a hash of the machine path): it appears in error messages.
    name = re.sub(r"\W", "_", str(shown.with_suffix("")))
    package = path.is_dir()

    def import_file() -> ModuleType:
        if package:
            spec = importlib.util.spec_from_file_location(
                name, path / "__init__.py", submodule_search_locations=[str(path)]
            )
        else:
            spec = importlib.util.spec_from_file_location(name, path)
        if spec is None or spec.loader is None:
            raise ImportError(f"cannot import {path}")
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        try:
            spec.loader.exec_module(module)
        finally:
            for loaded in [m for m in sys.modules if m == name or m.startswith(name + ".")]:
                sys.modules.pop(loaded, None)
        return module

    return _vendor_of(import_file, str(shown), problems=problems)


def _vendor_of(importer: object, key: str, *, problems: Problems) -> Vendor | None:
    try:
        module = importer()  # type: ignore[operator]
    except ValidationError as exc:
        problems.error(_located(key, exc), _summarize_validation(exc))
        return None
    except Exception as exc:
        problems.error(_located(key, exc), f"{type(exc).__name__}: {exc}")
        return None
    vendor = getattr(module, "VENDOR", None)
    if not isinstance(vendor, Vendor):
        problems.error(key, "the package must define VENDOR = Vendor(...)")
        return None
    return vendor


def _located(key: str, exc: BaseException) -> str:
    origin = _origin(exc)
    return origin if key.endswith(".py") and origin.startswith(key) else f"{key} {origin}"


def _origin(exc: BaseException) -> str:
    """``specs/acme/operations.py:42``: the innermost frame of the description that failed."""
    root = str(ROOT) + "/"
    frames = [
        f
        for f in traceback.extract_tb(exc.__traceback__)
        if f.filename.startswith(root)
        and not f.filename.startswith((str(ROOT / "generator"), str(ROOT / ".venv")))
    ]
    if not frames:
        return "(import)"
    frame = frames[-1]
    return f"{frame.filename.removeprefix(root)}:{frame.lineno}"


def _summarize_validation(exc: ValidationError) -> str:
    parts = []
    for error in exc.errors()[:5]:
        location = "".join(f".{p}" for p in error["loc"])  # none: the object as a whole
        parts.append(f"{exc.title}{location}: {error['msg']}")
    return "; ".join(parts)


def read_pin(key: str) -> Pin:
    """The pin of vendor ``key``; :class:`PinError` naming the file when missing or broken."""
    path = pin_path(key)
    shown = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise PinError(
            f"{shown}: missing; pin the document with "
            f"`python -m generator sources --pin {key}` (the document must be present)"
        ) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise PinError(f"{shown}: cannot be read: {exc}") from None
    return pin_from_json(text, where=str(shown))


def pin_beside(folder: Path, *, key: str, problems: Problems) -> Pin | None:
    """The pin in a vendor package folder outside specs/; None (with a problem) without one."""
    path = folder / PIN_FILE
    try:
        return pin_from_json(path.read_text(encoding="utf-8"), where=str(path))
    except OSError as exc:
        problems.error(key, f"{path}: cannot be read ({exc.strerror}): a package needs its pin")
    except PinError as exc:
        problems.error(key, str(exc))
    return None


def pin_of_document(document: str, *, key: str, problems: Problems) -> Pin | None:
    """The pin of ``document``: vendor ``key``'s own, or (for a test vendor that cites another
    vendor's document) the pin of the vendor that pins that document."""
    keys = [key] if pin_path(key).is_file() else []
    keys += [k for k in vendor_keys() if k != key and pin_path(k).is_file()]
    for candidate in keys:
        try:
            pin = read_pin(candidate)
        except PinError as exc:
            problems.error(key, str(exc))
            return None
        if pin.document == document:
            return pin
        if candidate == key:
            problems.error(key, f"{PIN_FILE} pins {pin.document}, but the vendor cites {document}")
            return None
    problems.error(
        key,
        f"specs/{key}/{PIN_FILE}: missing; pin {document} with "
        f"`python -m generator sources --pin {key}` (the document must be present)",
    )
    return None


def read_document(document: str) -> bytes | None:
    """The bytes of a vendor document where the documents are, or None when it is not there."""
    try:
        return (vendor_docs() / document).read_bytes()
    except OSError:
        return None


def read_emitted_spec(path: Path) -> dict[str, Any] | None:
    """An ``openapi.yaml`` the toolkit wrote earlier, parsed; None when it is missing or not a
    spec (the index of a partial run then leaves that vendor out, with a warning)."""
    import yaml

    from generator.emit import load_yaml

    try:
        spec = load_yaml(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return None
    return spec if isinstance(spec, dict) and "paths" in spec else None
