"""Local references of an emitted spec (``#/components/...``), followed the one way.

A leaf module: the validation gate and the mock both read references through it.
"""

from __future__ import annotations

from typing import Any


def resolve(spec: dict[str, Any], node: Any) -> Any:
    """Follow local ``$ref``s (``#/components/...``) until a non-reference node."""
    seen = 0
    while isinstance(node, dict) and isinstance(node.get("$ref"), str) and seen < 32:
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node, seen = target, seen + 1
    return node
