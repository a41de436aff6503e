"""Look-ups the per-vendor spec tests share: operations by id, parameters, x-original texts."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

METHODS = ("get", "put", "post", "delete", "patch", "head", "options")


def operations(spec: dict[str, Any]) -> dict[str, tuple[str, str, dict[str, Any]]]:
    """``operationId`` → ``(path, method, operation)``."""
    found: dict[str, tuple[str, str, dict[str, Any]]] = {}
    for path, item in spec["paths"].items():
        for method in METHODS:
            if method in item:
                found[item[method]["operationId"]] = (path, method, item[method])
    return found


def op(spec: dict[str, Any], operation_id: str) -> dict[str, Any]:
    return operations(spec)[operation_id][2]


def param(operation: dict[str, Any], name: str) -> dict[str, Any]:
    return next(p for p in operation.get("parameters", []) if p["name"] == name)


def originals(node: Any, where: str = "") -> list[tuple[str, str]]:
    """Every ``x-original`` summary and description, with where it sits."""
    found: list[tuple[str, str]] = []
    if isinstance(node, dict):
        original = node.get("x-original")
        if isinstance(original, dict):
            for key in ("summary", "description"):
                if original.get(key):
                    found.append((f"{where}/{key}", original[key]))
        for key, value in node.items():
            found += originals(value, f"{where}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found += originals(value, f"{where}[{index}]")
    return found


def assert_originals_verbatim(spec: dict[str, Any], document: Path) -> None:
    """Each x-original text (pieces joined by a blank line or `[...]`) is in the document."""
    text_of_document = re.sub(r"\s+", " ", document.read_text(encoding="utf-8"))
    found = originals(spec)
    assert len(found) > 20
    for where, text in found:
        for piece in re.split(r"\n\n|\[\.\.\.\]", text):
            piece = re.sub(r"\s+", " ", piece).strip()
            assert not piece or piece in text_of_document, (where, piece)
