"""Reference docs and the index: every operation present, links that resolve, counts, coverage."""

from __future__ import annotations

import re
import shlex
from pathlib import Path
from typing import Any

import pytest

from generator.build_types import VendorBuild
from generator.docs import render_docs, render_index
from generator.docs.coverage import compute_coverage
from generator.docs.fields import SchemaReader
from generator.docs.render import md_cell
from generator.docs.vendor import build_reference_view
from generator.openapi import read_api
from generator.pins import make_pin
from tests.conftest import Generation

_MD_OPERATION = re.compile(r"^### (GET|PUT|POST|DELETE|PATCH|HEAD|OPTIONS|TRACE) /", re.M)


@pytest.fixture(scope="module")
def builds(generation: Generation) -> list[VendorBuild]:
    """The builds of the session's generation (a vendor mid-edit does not hide the others)."""
    if not generation.builds:
        pytest.skip("no vendor description builds at the moment")
    return generation.builds


def _text(build: VendorBuild, name: str) -> str:
    return build.files[f"{build.key}/{name}"].decode()


def _heading_slug(heading: str) -> str:
    """GitHub's anchor for a heading: lower case, punctuation dropped, spaces to dashes."""
    return re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")


def test_markdown_has_every_operation(builds: list[VendorBuild]) -> None:
    for build in builds:
        text = _text(build, "reference.md")
        spec_ops = read_api(build.spec).operations
        assert len(_MD_OPERATION.findall(text)) == len(spec_ops) == build.stats.operations, (
            build.key
        )
        for op in spec_ops:
            assert f"### {op.where}\n" in text, f"{build.key}: {op.where}"
            assert f"`{op.operation_id}`" in text


def test_markdown_intra_page_links_resolve(builds: list[VendorBuild]) -> None:
    for build in builds:
        text = _text(build, "reference.md")
        targets = set(re.findall(r'<a id="([^"]+)"></a>', text))
        targets |= {_heading_slug(h) for h in re.findall(r"^#+ (.+)$", text, re.M)}
        links = re.findall(r"\]\(#([^)]+)\)", text)
        assert len(links) > build.stats.operations  # contents + one per operation at least
        broken = sorted({link for link in links if link not in targets})
        assert not broken, f"{build.key}: broken links {broken}"


def test_html_has_one_section_per_operation_and_no_external_assets(
    builds: list[VendorBuild],
) -> None:
    for build in builds:
        html = _text(build, "reference.html")
        ids = re.findall(r'<section class="operation" id="([^"]+)"', html)
        assert len(ids) == len(set(ids)) == build.stats.operations, build.key
        for link in re.findall(r'href="#([^"]+)"', html):
            assert f'id="{link}"' in html, f"{build.key}: #{link}"
        assert not re.search(r"<(script|img|iframe)[^>]+src=|<link[^>]+href=|@import|url\(", html)
        assert '<input id="filter"' in html and "<details" in html


def test_docs_are_deterministic(builds: list[VendorBuild]) -> None:
    for build in builds:
        assert render_docs(build) == render_docs(build)
        assert (
            render_docs(build)[f"{build.key}/reference.md"]
            == build.files[f"{build.key}/reference.md"]
        )


def test_snippets_are_valid_python_and_shell(builds: list[VendorBuild]) -> None:
    for build in builds:
        doc = build_reference_view(read_api(build.spec), key=build.key)
        for tag in doc.tags:
            for op in tag.operations:
                compile(op.python.text, f"{build.key}:{op.operation_id}", "exec")
                assert f"from {build.key}_client import Client" in op.python.text
                assert f"client.{op.python_name}(" in op.python.text
                words = shlex.split(op.curl.text.replace("\\\n", " "))
                assert words[0] == "curl" and any(w.startswith("http") for w in words)
        for option in doc.auth.options:
            compile(option.python.text, f"{build.key}:auth", "exec")


def test_original_text_is_kept_in_a_collapsible_block(builds: list[VendorBuild]) -> None:
    for build in builds:
        originals = [op for op in read_api(build.spec).operations if "x-original" in op.extensions]
        md = _text(build, "reference.md")
        assert md.count("<details><summary>Original text") == len(originals), build.key


def test_index_lists_every_vendor_with_its_counts(builds: list[VendorBuild]) -> None:
    index = render_index(builds)["README.md"].decode()
    for build in builds:
        s = build.stats
        row = f"(`{build.key}`) | {s.operations} | {s.schemas} | {s.examples} | {s.inferred} | {s.quirks} |"
        assert row in index, build.key
        for link in (
            "openapi.yaml",
            "openapi-3.0.yaml",
            "client/",
            "reference.md",
            "reference.html",
        ):
            assert f"]({build.key}/{link})" in index
        assert f'<a id="coverage-{build.key}"></a>' in index
    assert index == render_index(list(reversed(builds)))["README.md"].decode()


# --- focused cases ---------------------------------------------------------------------------


def _tiny_spec() -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {"title": "T", "version": "1", "x-source": {"document": "t.txt", "lines": [1, 2]}},
        "paths": {
            "/a": {
                "get": {
                    "operationId": "getA",
                    "responses": {"200": {"description": "ok"}},
                    "x-source": {"document": "t.txt", "lines": [5, 6]},
                }
            }
        },
        "components": {
            "schemas": {
                "A": {"type": "object", "x-source": {"document": "t.txt", "lines": [12, 12]}},
                "B": {"type": "object", "x-source": {"document": "other.txt", "lines": [3, 9]}},
            }
        },
    }


def test_coverage_of_a_tiny_document() -> None:
    # lines:  1 2 cited (info) | 3 text | 4 blank | 5 6 cited (getA) | 7 text | 8 blank | 9 blank
    #         10 text | 11 text | 12 cited (A) | 13 text
    lines = [
        "t1",
        "t2",
        "gap one",
        "",
        "op",
        "op",
        "gap two",
        "",
        "",
        "more",
        "still",
        "schema A",
        "tail",
    ]
    pin = make_pin("t.txt", ("\n".join(lines) + "\n").encode())
    coverage = compute_coverage(_tiny_spec(), pin=pin)
    assert [(u.start, u.end) for u in coverage.uncited] == [(3, 3), (7, 11), (13, 13)]
    assert (coverage.cited, coverage.nonblank, coverage.percent) == (5, 10, "50.0")
    assert [(c.element, c.lines) for c in coverage.citations] == [
        ("GET /a", "5-6"),
        ("schema A", "12"),
        ("schema B", "3-9"),
    ]


def test_the_lines_an_example_cites_are_cited() -> None:
    """An error payload printed before any operation, cited only by its example, is covered."""
    spec = _tiny_spec()
    spec["paths"]["/a"]["get"]["responses"]["404"] = {
        "description": "not found",
        "content": {
            "application/json": {
                "examples": {
                    "missing": {"value": {}, "x-source": {"document": "t.txt", "lines": [3, 3]}}
                }
            }
        },
    }
    lines = ["t1", "t2", "gap one", "", "op", "op", "gap two", "", "", "more", "still", "A", "t"]
    coverage = compute_coverage(spec, pin=make_pin("t.txt", ("\n".join(lines) + "\n").encode()))
    assert [(u.start, u.end) for u in coverage.uncited] == [(7, 11), (13, 13)]
    assert coverage.cited == 6


def test_recursive_schema_gives_a_bounded_table() -> None:
    spec = {
        "components": {
            "schemas": {
                "Node": {
                    "type": "object",
                    "required": ["name"],
                    "properties": {
                        "name": {"type": "string", "description": "a | b"},
                        "children": {
                            "type": "array",
                            "items": {"$ref": "#/components/schemas/Node"},
                        },
                        "kind": {"type": "string", "enum": ["x", "y"], "default": "x"},
                    },
                }
            }
        }
    }
    rows = SchemaReader(read_api(spec).schemas).rows({"$ref": "#/components/schemas/Node"})
    assert [(r.path, r.type, r.required) for r in rows] == [
        ("name", "string", "yes"),
        ("children", "array of Node", "no"),
        ("kind", "string", "no"),
    ]
    assert (rows[2].allowed, rows[2].default) == ("x, y", "x")
    assert md_cell(rows[0].description) == "a \\| b"
    assert md_cell("`<T>` <b>\nnext") == "`<T>` &lt;b&gt; next"


def test_sites_name_every_element_and_part_as_a_reader_would() -> None:
    spec = _tiny_spec()
    parameters = [{"name": "id", "in": "query", "schema": {"type": "string"}, "x-inferred": "why"}]
    spec["paths"]["/a"]["get"] = {"parameters": parameters, **spec["paths"]["/a"]["get"]}
    spec["components"]["schemas"]["A"]["properties"] = {
        "items": {
            "type": "array",
            "items": {"properties": {"price": {"x-quirks": [{"text": "q"}]}}},
        }
    }
    api = read_api(spec)
    assert [(s.kind, s.where) for s in api.sites] == [
        ("api", "API"),
        ("operation", "GET /a"),
        ("operation", "GET /a › parameter id"),
        ("operation", "GET /a › parameter id"),  # its schema
        ("operation", "GET /a › response 200"),
        ("schema", "schema A"),
        ("schema", "schema A › field items"),
        ("schema", "schema A › field items[]"),
        ("schema", "schema A › field items[].price"),
        ("schema", "schema B"),
    ]
    (op,) = api.operations
    assert [s.part for s in api.sites_of(op)][:2] == [(), ("parameter id",)]
    assert api.sites[2].provenance.inferred == "why"
    assert [q.text for q in api.sites[8].provenance.quirks] == ["q"]
    assert api.sites[1].provenance.source is not None
    assert api.sites[1].provenance.source.lines == (5, 6)


def test_docs_read_the_document_only_through_the_layer() -> None:
    """No module of generator/docs walks the raw document: paths, operations, parameters,
    responses, references and HTTP methods are read through generator.openapi."""
    raw = re.compile(
        r"""["'](paths|requestBody|responses|parameters|securitySchemes|\\?\$ref)["']"""
        r"""|HTTP_METHODS|generator\.validate"""
        r"""|\.get\(\s*["'](paths|components|info|servers|tags)["']"""
    )
    docs = Path(__file__).resolve().parent.parent / "generator" / "docs"
    found = [
        f"{path.name}:{number}: {line.strip()}"
        for path in sorted(docs.glob("*.py"))
        for number, line in enumerate(path.read_text().splitlines(), start=1)
        if raw.search(line)
    ]
    assert not found, "\n".join(found)


def _intent_spec() -> dict[str, Any]:
    """Two list operations with paging-like parameters, one declaring ``x-paging``; a logon
    (``x-logon``) and an operation of an "Authentication" tag that hands out nothing; an error
    payload whose code field is an enum with declared meanings; an envelope."""

    def query(name: str) -> dict[str, Any]:
        return {"name": name, "in": "query", "schema": {"type": "integer"}, "description": name}

    ok = {"200": {"description": "ok", "content": {"application/json": {"schema": {}}}}}
    error = {
        "description": "error",
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
    }
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "T",
            "version": "1",
            "x-envelope": {"data": "data", "code": "code", "message": "message"},
            "x-error-payload": {"code": "code", "message": "message"},
        },
        "paths": {
            "/items": {
                "get": {
                    "operationId": "listItems",
                    "parameters": [query("page"), query("size")],
                    "responses": {**ok, "default": error},
                    "x-paging": {
                        "style": "pages",
                        "cursor": "page",
                        "size": "size",
                        "items": "items",
                        "count": "pages",
                        "first": 1,
                    },
                }
            },
            "/other": {
                "get": {
                    "operationId": "listOther",
                    "tags": ["Authentication"],
                    "parameters": [query("page"), query("limit")],
                    "responses": ok,
                }
            },
            "/logon": {
                "post": {
                    "operationId": "logOn",
                    "security": [],
                    "responses": ok,
                    "x-logon": {"token": "token", "credentials": ["key"]},
                }
            },
        },
        "components": {
            "securitySchemes": {"key": {"type": "apiKey", "in": "query", "name": "key"}},
            "schemas": {
                "Error": {
                    "type": "object",
                    "properties": {
                        "code": {
                            "anyOf": [{"$ref": "#/components/schemas/Code"}, {"type": "null"}]
                        },
                        "message": {"type": "string"},
                    },
                },
                "Code": {"type": "integer", "enum": [7, 9], "x-enum-descriptions": ["a", "b"]},
            },
        },
        "security": [{"key": []}],
    }


def test_paging_logon_envelope_and_error_codes_are_read_from_the_declarations() -> None:
    doc = build_reference_view(read_api(_intent_spec()), key="t")
    (paging,) = doc.paging  # listOther's `page`/`limit` declare no x-paging: not listed
    assert [link.text for link in paging.operations] == ["GET /items"]
    assert paging.parameters == "`page`, `size`"
    assert "the first page is 1" in paging.description
    assert "`iter_list_items`" in paging.description
    # the logon, not the operation of the "Authentication" tag
    assert [t.link.text for t in doc.auth.token_operations] == ["POST /logon"]
    assert "`token`" in doc.auth.token_operations[0].sends
    assert [o.title for o in doc.auth.options] == ["Then: Option 1: key"]
    assert "`data`" in doc.envelope
    (codes,) = doc.errors.codes
    assert (codes.name, [(c.value, c.meaning) for c in codes.codes]) == (
        "Code",
        [("7", "a"), ("9", "b")],
    )
    bare = _intent_spec()
    for key in ("x-envelope", "x-error-payload"):
        del bare["info"][key]
    doc = build_reference_view(read_api(bare), key="t")
    assert (doc.envelope, doc.errors.codes) == ("", [])
