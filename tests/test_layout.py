"""The layout shows the flow: no import cycle in generator/, renderers read the spec one way."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from generator.paths import ROOT

PACKAGE = ROOT / "generator"
#: Renderers read the emitted document only through generator/openapi/.
RENDERERS = ("clients", "docs", "mock", "postman")
#: What a walk of the raw document looks like: its sections, the method list, references.
RAW_READS = re.compile(
    r"""["'](paths|requestBody|responses|securitySchemes|parameters|\$ref)["']"""
    r"""|\(\s*["']get["'],\s*["']put["']"""
)


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def import_graph() -> dict[str, set[str]]:
    """Module → the toolkit modules it imports, anywhere in its body (functions and
    ``TYPE_CHECKING`` blocks too). ``from pkg import sub`` depends on ``pkg.sub`` only."""
    files = {_module_name(p): p for p in PACKAGE.rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for name, path in files.items():
        deps: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                subs = {f"{node.module}.{a.name}" for a in node.names} & files.keys()
                deps |= subs
                if len(subs) < len(node.names):
                    deps.add(node.module)
            elif isinstance(node, ast.Import):
                deps |= {a.name for a in node.names}
        graph[name] = {d for d in deps if d in files and d != name}
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for dep in sorted(graph[node]):
            if dep not in index:
                visit(dep)
                low[node] = min(low[node], low[dep])
            elif dep in stack:
                low[node] = min(low[node], index[dep])
        if low[node] == index[node]:
            component = []
            while True:
                top = stack.pop()
                component.append(top)
                if top == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_the_cycle_finder_finds_a_cycle() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert cycles(graph) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set()}) == []


def test_no_import_cycle_in_generator() -> None:
    graph = import_graph()
    assert graph.get("generator.pipeline"), "graph not read"
    assert cycles(graph) == []


def test_the_spec_layer_is_a_leaf() -> None:
    graph = import_graph()
    layer = {m for m in graph if m.startswith("generator.openapi")}
    outside = {d for m in layer for d in graph[m]} - layer
    assert layer and not outside


@pytest.mark.parametrize("package", RENDERERS)
def test_renderers_read_the_spec_through_the_layer(package: str) -> None:
    hits = [
        f"{path.relative_to(ROOT)}:{number}: {line.strip()}"
        for path in sorted((PACKAGE / package).rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if RAW_READS.search(line) and not line.lstrip().startswith("#")
    ]
    assert not hits, "raw reads of the document:\n" + "\n".join(hits)


def test_the_raw_read_pattern_matches_a_raw_walk() -> None:
    assert RAW_READS.search('for path, item in spec.get("paths", {}).items():')
    assert RAW_READS.search("if '$ref' in schema:")
    assert not RAW_READS.search("for op in api.operations:")
