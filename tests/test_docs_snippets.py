"""The reference docs' Python snippets call the generated clients as they are: each
``client.<group>.<method>(...)`` exists and takes the keyword arguments the snippet passes."""

from __future__ import annotations

import ast
import inspect
import re
from pathlib import Path

import pytest

from generator.load import vendor_keys
from tests.clienttools import import_client

ROOT = Path(__file__).resolve().parents[1]


def snippet_calls(vendor: str) -> list[tuple[list[str], list[str]]]:
    """Each snippet's call: the attribute path after ``client`` and the keyword names."""
    text = (ROOT / "generated" / vendor / "reference.md").read_text(encoding="utf-8")
    calls = []
    for block in re.findall(r"^```python\n(.*?)^```", text, re.S | re.M):
        for node in ast.walk(ast.parse(block)):
            if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
                continue
            chain, target = [], node.func
            while isinstance(target, ast.Attribute):
                chain.insert(0, target.attr)
                target = target.value
            if isinstance(target, ast.Name) and target.id == "client":
                calls.append((chain, [k.arg for k in node.keywords if k.arg]))
    return calls


@pytest.mark.parametrize("vendor", vendor_keys())
def test_every_snippet_calls_a_method_that_takes_its_arguments(vendor: str) -> None:
    module = import_client(vendor, ROOT / "generated" / vendor / "client")
    calls = snippet_calls(vendor)
    assert calls, f"generated/{vendor}/reference.md shows no client call"
    wrong = []
    with module.Client(base_url="http://127.0.0.1:9") as client:
        for chain, keywords in calls:
            target = client
            for name in chain:
                target = getattr(target, name, None)
            if target is None:
                wrong.append(f"client.{'.'.join(chain)}: no such method")
                continue
            try:
                inspect.signature(target).bind(**dict.fromkeys(keywords))
            except TypeError as exc:
                wrong.append(f"client.{'.'.join(chain)}({', '.join(keywords)}): {exc}")
    assert not wrong, "\n".join(wrong)
