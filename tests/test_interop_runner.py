"""Unit tests of the `make interop` runner's judgement: parsing tool output and the result table.

The tools themselves run in `make interop`; here each parser gets the output shape the real tool
prints and must classify it.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tools" / "interop"))

from interop_runner import parsers
from interop_runner.known import known_issue
from interop_runner.results import FAIL, PASS, TOOL, Result, exit_code, render_table

SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "servers": [
        {
            "url": "{scheme}://{host}/rest",
            "variables": {"scheme": {"default": "https"}, "host": {"default": "example.test"}},
        }
    ],
    "security": [{"token": []}],
    "paths": {
        "/items/{id}": {
            "get": {"operationId": "getItem", "responses": {"200": {"description": "ok"}}},
            "delete": {
                "operationId": "deleteItem",
                "security": [{"store": [], "token": []}],
                "responses": {"204": {"description": "gone"}},
            },
        },
        "/logon/": {"post": {"operationId": "logon", "security": [], "responses": {}}},
    },
    "components": {
        "securitySchemes": {
            "token": {"type": "apiKey", "name": "X-TOKEN", "in": "header"},
            "store": {"type": "apiKey", "name": "store", "in": "header"},
        },
        "schemas": {
            "Error": {
                "type": "object",
                "properties": {
                    "errorData": {"description": "shape not documented"},
                    "code": {"type": "integer"},
                    "when": {"anyOf": [{"type": "datetime"}, {"type": "null"}]},
                },
            }
        },
    },
}


def _apikey(name: str, where: str = "header") -> dict[str, Any]:
    return {
        "type": "apikey",
        "apikey": [
            {"key": "key", "value": name},
            {"key": "value", "value": "{{apiKey}}"},
            {"key": "in", "value": where},
        ],
    }


def _request(method: str, path: list[str], auth: dict[str, Any] | None = None) -> dict[str, Any]:
    return {"name": method, "request": {"method": method, "url": {"path": path}, "auth": auth}}


def _collection(**overrides: Any) -> dict[str, Any]:
    collection: dict[str, Any] = {
        "auth": _apikey("X-TOKEN"),
        "variable": [
            {"key": "scheme", "value": "https"},
            {"key": "host", "value": "example.test"},
            {"key": "baseUrl", "value": "{{scheme}}://{{host}}/rest"},
        ],
        "item": [
            {
                "name": "items",
                "item": [
                    _request("GET", ["items", ":id"]),
                    _request("DELETE", ["items", ":id"], _apikey("store")),
                ],
            },
            _request("POST", ["logon", ""], {"type": "noauth"}),
        ],
    }
    collection.update(overrides)
    return collection


def test_operations_take_the_root_security_unless_the_operation_has_its_own() -> None:
    ops = {(o.method, o.path): o.security for o in parsers.operations(SPEC)}
    assert ops == {
        ("get", "/items/{id}"): [{"token": []}],
        ("delete", "/items/{id}"): [{"store": [], "token": []}],
        ("post", "/logon/"): [],
    }


def test_spectral_counts_errors_and_warnings_and_ignores_its_trailing_sentence() -> None:
    output = json.dumps(
        [
            {
                "code": "operation-4xx-response",
                "severity": 0,
                "path": ["paths", "/a", "get"],
                "message": "no 4xx",
                "range": {"start": {"line": 9}},
            },
            {
                "code": "path-keys-no-trailing-slash",
                "severity": 1,
                "path": ["paths", "/b/"],
                "message": "slash",
                "range": {"start": {"line": 19}},
            },
            {"code": "some-hint", "severity": 3, "path": [], "message": "hint"},
        ]
    )
    errors, warnings, lines = parsers.judge_spectral(output)
    assert (errors, warnings) == (1, 1)
    assert lines[0] == "error operation-4xx-response at paths//a/get (line 10): no 4xx"
    assert len(lines) == 2
    # Nothing found: spectral prints `[]` and then a sentence on the same stream.
    assert parsers.judge_spectral("[]No results with a severity of 'warn' or higher found!") == (
        0,
        0,
        [],
    )


def test_redocly_takes_totals_lists_errors_and_counts_warnings_per_rule() -> None:
    output = json.dumps(
        {
            "totals": {"errors": 1, "warnings": 3},
            "problems": [
                {
                    "ruleId": "no-path-trailing-slash",
                    "severity": "error",
                    "message": "slash",
                    "location": [{"pointer": "#/paths/~1logon~1"}],
                },
                {"ruleId": "operation-4xx-response", "severity": "warn", "message": "x"},
                {"ruleId": "operation-4xx-response", "severity": "warn", "message": "x"},
                {"ruleId": "info-license", "severity": "warn", "message": "x"},
            ],
        }
    )
    errors, warnings, lines = parsers.judge_redocly(output)
    assert (errors, warnings) == (1, 3)
    assert lines == [
        "error no-path-trailing-slash at #/paths/~1logon~1: slash",
        "warning info-license ×1",
        "warning operation-4xx-response ×2",
    ]


def test_summarize_keeps_three_lines_per_rule_and_counts_the_rest() -> None:
    lines = [f"error rule-a at /p{i}" for i in range(5)] + ["warning rule-b at /q"]
    assert parsers.summarize(lines) == [
        "error rule-a at /p0",
        "error rule-a at /p1",
        "error rule-a at /p2",
        "error rule-a: 2 more like these",
        "warning rule-b at /q",
    ]


OPC_OUTPUT = """Generating /tmp/x/interop_client
Warning(s) encountered while generating. Client was generated, but some pieces may be missing

WARNING parsing PUT /{project_id} within projects.

Unsupported content type application/xml

{
  "description": "The project's new values."
}

WARNING parsing POST / within projects.

Unsupported content type application/xml

{
  "content": {}
}

Skipping Integration

ruff is not in PATH


If you believe this was a mistake or this tool is missing a feature you need, please open an issue at https://github.com/openapi-generators/openapi-python-client/issues/new/choose
"""


def test_opc_warnings_keep_heading_and_reason_and_group_by_reason() -> None:
    warnings = parsers.opc_warnings(OPC_OUTPUT)
    assert warnings == [
        "WARNING parsing PUT /{project_id} within projects. Unsupported content type application/xml",
        "WARNING parsing POST / within projects. Unsupported content type application/xml",
        "Skipping Integration ruff is not in PATH",
    ]
    grouped = parsers.group_opc(warnings)
    assert grouped == [
        "Unsupported content type application/xml (2 operations: PUT /{project_id}, POST /)",
        "Skipping Integration ruff is not in PATH",
    ]
    # The XML limitation is the tool's (with its upstream thread); a missing ruff is not known.
    issue = known_issue("openapi-python-client", grouped[0])
    assert issue is not None and "openapi-python-client" in issue.upstream
    assert known_issue("openapi-python-client", grouped[1]) is None


def test_opc_clean_output_has_no_warnings() -> None:
    assert parsers.opc_warnings("Generating /tmp/x/interop_client\n") == []


def test_unknown_types_are_found_outside_examples_and_security_schemes() -> None:
    found = parsers.unknown_types(SPEC)
    assert found == ["#/components/schemas/Error/properties/when/anyOf/0/type: 'datetime'"]


def test_any_is_accepted_only_where_the_schema_says_nothing_of_its_shape() -> None:
    problems = parsers.degraded_any_fields(
        [("Error", "errorData"), ("Error", "when"), ("Gone", "x")], SPEC
    )
    assert len(problems) == 2
    assert problems[0].startswith("Error.when degraded to Any")
    assert problems[1] == "Gone.x is Any and has no schema in components/schemas to justify it"
    assert parsers.is_free_form({"description": "anything"})
    assert parsers.is_free_form({"anyOf": [{}, {"type": "null"}]})
    assert not parsers.is_free_form({"anyOf": [{"$ref": "#/x"}, {"type": "null"}]})


def test_dmcg_warnings_are_read_from_python_warning_lines() -> None:
    stderr = (
        "/venv/lib/datamodel_code_generator/format.py:540: FutureWarning: Default formatters will change\n"
        "  warn_deprecated(\n"
    )
    assert parsers.dmcg_warnings(stderr) == ["FutureWarning: Default formatters will change"]
    assert parsers.dmcg_warnings("") == []


def test_postman_collection_that_carries_everything_passes_with_tool_notes_only() -> None:
    problems, notes, figure = parsers.judge_postman(_collection(), SPEC)
    assert problems == []
    assert figure == "3 requests / 3 ops"
    assert notes == [
        "several schemes required together on DELETE /items/{id} (store, token): only store came through"
    ]
    assert known_issue("postman", notes[0]) is not None


def test_postman_inherited_auth_on_an_open_operation_is_a_known_tool_issue() -> None:
    collection = _collection()
    collection["item"][1] = _request("POST", ["logon", ""], None)  # null auth: inherits X-TOKEN
    _, notes, _ = parsers.judge_postman(collection, SPEC)
    assert notes[-1] == "security: [] came through as inherited auth (apikey) on POST /logon/"
    assert known_issue("postman", notes[-1]) is not None


def test_postman_missing_or_duplicate_requests_and_wrong_auth_fail() -> None:
    collection = _collection()
    folder = collection["item"][0]["item"]
    folder.append(_request("GET", ["items", ":id"]))  # a second request for getItem
    folder[1]["request"]["auth"] = _apikey("token", "query")  # right scheme name, wrong key
    problems, _, _ = parsers.judge_postman(collection, SPEC)
    assert "GET /items/{id}: 2 requests in the collection, expected 1" in problems
    assert any(p.startswith("DELETE /items/{id}: apikey store came through as") for p in problems)
    collection = _collection(auth={"type": "bearer"})
    problems, _, _ = parsers.judge_postman(collection, SPEC)
    assert problems == ["GET /items/{id}: auth token (apikey) did not come through, got bearer"]


def test_postman_server_url_and_variables_must_come_through() -> None:
    collection = _collection(variable=[{"key": "baseUrl", "value": "https://example.test/rest"}])
    problems, _, _ = parsers.judge_postman(collection, SPEC)
    assert problems == [
        "server URL: baseUrl is 'https://example.test/rest', expected '{{scheme}}://{{host}}/rest'",
        "server variable scheme: None, expected default 'https'",
        "server variable host: None, expected default 'example.test'",
    ]


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        ({"ok": True, "operations": 3, "expanded": 3, "errorPanel": "", "consoleErrors": []}, []),
        (
            {"ok": False, "reason": "Timeout 120000ms exceeded"},
            ["page did not render: Timeout 120000ms exceeded"],
        ),
        (
            {
                "ok": True,
                "operations": 2,
                "expanded": 1,
                "errorPanel": "Resolver error\n at paths",
                "consoleErrors": ["HTTP 404: /x"],
            },
            [
                "2 operations rendered, expected 3",
                "1 of 2 operations expanded",
                "error panel: Resolver error at paths",
                "console: HTTP 404: /x",
            ],
        ),
    ],
)
def test_swagger_record_judgement(record: dict[str, Any], expected: list[str]) -> None:
    assert parsers.judge_swagger(record, 3) == expected


def test_table_lists_rows_in_check_order_with_details_and_counts() -> None:
    results = [
        Result("a/openapi.yaml", "redocly", PASS, "0 errors, 2 warnings"),
        Result("a/openapi.yaml", "spec-validator", PASS, "valid"),
        Result("a/openapi.yaml", "postman", TOOL, "3 requests / 3 ops", ("note [tool: url]",)),
    ]
    table = render_table(results)
    lines = table.splitlines()
    assert lines[0].split() == ["spec", "check", "result", "figure"]
    assert [line.split()[1] for line in lines[2:5]] == ["spec-validator", "redocly", "postman"]
    assert "TOOL a/openapi.yaml postman:" in table
    assert "  - note [tool: url]" in table
    assert lines[-1] == "2 passed, 0 failed, 1 tool"
    assert exit_code(results) == 0
    assert exit_code([*results, Result("a/openapi.yaml", "spectral", FAIL, "1 errors")]) == 1


OAG_OUTPUT = """\
[main] INFO  o.o.codegen.DefaultGenerator - Generating with dryRun=false
[main] WARN  o.o.codegen.DefaultCodegen - OpenAPI 3.1 support is still in beta.
[main] ERROR o.o.codegen.DefaultCodegen - Form parameters with additionalProperties are not supported by OpenAPI Generator. Please report the issue to https://github.com/openapitools/openapi-generator if you need help.
[main] ERROR o.o.codegen.DefaultCodegen - Form parameters with additionalProperties are not supported by OpenAPI Generator. Please report the issue to https://github.com/openapitools/openapi-generator if you need help.
[main] WARN  o.o.c.l.AbstractPythonCodegen - From (reserved word) cannot be used as model name. Renamed to ModelFrom
################################################################################
"""


def test_oag_messages_split_errors_from_warnings_once_each() -> None:
    errors, warnings = parsers.oag_messages(OAG_OUTPUT)
    assert errors == [
        "Form parameters with additionalProperties are not supported by OpenAPI Generator. "
        "Please report the issue to https://github.com/openapitools/openapi-generator if you need help."
    ]
    assert warnings == [
        "OpenAPI 3.1 support is still in beta.",
        "From (reserved word) cannot be used as model name. Renamed to ModelFrom",
    ]


def test_oag_java_exception_is_an_error() -> None:
    errors, _ = parsers.oag_messages(
        'Exception in thread "main" java.lang.RuntimeException: boom\n'
    )
    assert errors == ['Exception in thread "main" java.lang.RuntimeException: boom']
