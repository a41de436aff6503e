"""Focused checks on the emitted Lagerkoll spec (generated/lagerkoll/openapi.yaml)."""

import json
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.naming import constant
from generator.paths import vendor_docs
from specs.lagerkoll.models import ErrorCode, ProjectState
from tests.spectools import op, operations, param

SPEC_PATH = Path(__file__).resolve().parent.parent / "generated" / "lagerkoll" / "openapi.yaml"
SECURITY: list[dict[str, list[str]]] = [
    {"store": [], "apiKey": []},
    {"store": [], "userId": [], "userToken": []},
]


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    with SPEC_PATH.open(encoding="utf-8") as handle:
        loaded: dict[str, Any] = yaml.load(handle, Loader=yaml.CSafeLoader)
    return loaded


def schemas(spec: dict[str, Any]) -> dict[str, Any]:
    result: dict[str, Any] = spec["components"]["schemas"]
    return result


def quirk_lines(element: dict[str, Any]) -> list[list[int]]:
    return [q["lines"] for q in element.get("x-quirks", [])]


def test_fifteen_operations_with_documented_paths(spec: dict[str, Any]) -> None:
    ops = operations(spec)
    assert len(ops) == 15
    assert {oid: (path, method) for oid, (path, method, _) in ops.items()} == {
        "createExport": ("/export", "post"),
        "getInvoiceDrafts": ("/{project_id}/articles/invoice", "get"),
        "getProject": ("/{project_id}", "get"),
        "getProjects": ("/", "get"),
        "getChangedProjects": ("/events", "get"),
        "getProjectArticles": ("/{project_id}/articles", "get"),
        "getProjectCost": ("/{project_id}/cost", "get"),
        "addProject": ("/", "post"),
        "addProjectFromCustomerOrder": ("/customer_order/{customer_order_id}", "post"),
        "addProjectArticle": ("/{project_id}/article", "post"),
        "updateProject": ("/{project_id}", "put"),
        "updateProjectArticle": ("/{project_id}/article/{article_id}", "put"),
        "createInvoiceDrafts": ("/{project_id}/invoice/draft", "put"),
        "sendInvoiceDrafts": ("/{project_id}/invoice", "put"),
        "closeProject": ("/{project_id}/close", "put"),
    }
    assert all("//" not in path for path in spec["paths"])


def test_server_and_root_paths_inferred(spec: dict[str, Any]) -> None:
    assert spec["servers"][0]["url"] == "https://capi.lagerkoll.com/v1/projects"
    for operation_id in ("getProjects", "addProject"):
        assert "Base-URL" in op(spec, operation_id)["x-inferred"]


def test_every_operation_takes_both_credential_sets(spec: dict[str, Any]) -> None:
    schemes = spec["components"]["securitySchemes"]
    assert {key: (s["type"], s["in"], s["name"]) for key, s in schemes.items()} == {
        "store": ("apiKey", "header", "store"),
        "apiKey": ("apiKey", "header", "api_key"),
        "userId": ("apiKey", "header", "user_id"),
        "userToken": ("apiKey", "header", "user_token"),
    }
    for _, _, operation in operations(spec).values():
        assert operation["security"] == SECURITY


def test_every_operation_documents_rate_limit_and_error_payload(spec: dict[str, Any]) -> None:
    for _, _, operation in operations(spec).values():
        too_many = operation["responses"]["429"]
        assert "Retry-After" in too_many["headers"]
        assert too_many["headers"]["Retry-After"]["schema"]["type"] == "integer"
        assert "900429" in too_many["description"]
        for status in ("429", "default"):
            content = operation["responses"][status]["content"]
            assert set(content) == {"application/json", "application/xml"}
            assert content["application/json"]["schema"]["$ref"].endswith("/Error")
        example = operation["responses"]["default"]["content"]["application/json"]["examples"]
        assert example["common_error"]["value"]["errorCode"] == 900101


def test_error_codes_enum_has_all_seventeen(spec: dict[str, Any]) -> None:
    codes = schemas(spec)["ErrorCode"]
    assert len(codes["enum"]) == 17
    assert {900001, 900101, 900429, 906001, 906031, 906032} <= set(codes["enum"])
    meanings = dict(zip(codes["enum"], codes["x-enum-descriptions"], strict=True))
    assert meanings[906032] == "Project still has articles with amount in them"
    error_code = schemas(spec)["Error"]["properties"]["errorCode"]
    assert {"$ref": "#/components/schemas/ErrorCode"} in error_code["anyOf"]
    assert schemas(spec)["Error"]["properties"]["errorField"]["type"] == ["string", "null"]


def test_project_state_accepts_integer_and_string(spec: dict[str, Any]) -> None:
    assert schemas(spec)["ProjectState"]["enum"] == [0, 1, 2, 3]
    state = schemas(spec)["ProjectDto"]["properties"]["state"]
    assert {"$ref": "#/components/schemas/ProjectState"} in state["anyOf"]
    assert {"type": "string", "enum": ["0", "1", "2", "3"]} in state["anyOf"]
    assert state["default"] == 0
    assert [328, 329] in quirk_lines(state)


def test_id_path_parameter_quirk(spec: dict[str, Any]) -> None:
    documented_as_id = {
        "addProjectArticle": 165,
        "updateProject": 176,
        "updateProjectArticle": 187,
        "createInvoiceDrafts": 198,
        "sendInvoiceDrafts": 209,
        "closeProject": 220,
    }
    for operation_id, line in documented_as_id.items():
        project_id = param(op(spec, operation_id), "project_id")
        assert [line, line] in quirk_lines(project_id)
        assert "{id}" in project_id["x-quirks"][0]["text"]
    assert "x-quirks" not in param(op(spec, "getProject"), "project_id")


def test_sort_parameters_keep_their_documented_names(spec: dict[str, Any]) -> None:
    for operation_id, name in (
        ("getInvoiceDrafts", "sort_order"),
        ("getProjectArticles", "sort_order"),
        ("getProjects", "order"),
        ("getChangedProjects", "order"),
    ):
        sort = param(op(spec, operation_id), name)
        assert sort["schema"]["enum"] == ["asc", "desc"]
        assert sort["schema"]["default"] == "desc"
        assert sort["x-quirks"]
    sort_column = param(op(spec, "getProjects"), "sort_column")
    assert sort_column["schema"]["enum"] == ["start_date", "end_date"]
    state = param(op(spec, "getProjects"), "state")
    assert state["schema"]["enum"] == [-1, 0, 1]
    assert state["schema"]["default"] == -1
    assert [88, 88] in quirk_lines(state)


def test_pagination_parameters_and_fields(spec: dict[str, Any]) -> None:
    for operation_id in (
        "getInvoiceDrafts",
        "getProjects",
        "getChangedProjects",
        "getProjectArticles",
    ):
        operation = op(spec, operation_id)
        page, limit = param(operation, "page"), param(operation, "limit")
        assert page["schema"] == {"type": "integer", "format": "int32", "default": 0}
        assert limit["schema"]["default"] == 50
        assert "zero-based" in page["x-inferred"]
        assert "pageSize" in limit["x-inferred"]
    for name, count in (
        ("ProjectsResponseDto", "projectsCount"),
        ("ProjectInvoiceDraftsResponseDto", "draftsCount"),
        ("ProjectArticlesResponseDto", "projectsCount"),
    ):
        properties = schemas(spec)[name]["properties"]
        for field in ("page", "pages", "pageSize", count):
            assert properties[field]["format"] == "int32"
            assert properties[field]["readOnly"] is True


def test_contradictory_responses_recorded(spec: dict[str, Any]) -> None:
    cost = op(spec, "getProjectCost")
    ref = cost["responses"]["200"]["content"]["application/json"]["schema"]["$ref"]
    assert ref.endswith("/ProjectInvoiceDraftsResponseDto")
    assert [138, 141] in quirk_lines(cost)
    update = op(spec, "updateProjectArticle")
    ref = update["responses"]["200"]["content"]["application/json"]["schema"]["$ref"]
    assert ref.endswith("/InvoiceProjectArticlesResponseDto")
    assert update["x-quirks"]
    assert op(spec, "addProject")["summary"] == "Add project"
    assert [153, 159] in quirk_lines(op(spec, "addProjectFromCustomerOrder"))


def test_dto_types_and_access(spec: dict[str, Any]) -> None:
    draft = schemas(spec)["InvoiceDraftDto"]["properties"]
    assert draft["id"] == {
        "description": "Java type long (line 238).",
        "type": "integer",
        "format": "int64",
        "readOnly": True,
    }
    assert "epoch milliseconds" in draft["startDate"]["description"]
    assert draft["amount"]["type"] == "number"
    project = schemas(spec)["ProjectDto"]["properties"]
    assert project["projectId"]["readOnly"] is True
    assert "readOnly" not in project["name"]
    order = schemas(spec)["ProjectCustomerOrderRequestDto"]["properties"]["projectId"]
    assert order["type"] == ["integer", "null"]
    close = schemas(spec)["CloseProjectRequestDto"]["properties"]["closeArticles"]
    assert close["additionalProperties"]["enum"] == ["checkin", "consume", "end_rent"]
    projects = schemas(spec)["ProjectsResponseDto"]
    assert projects["properties"]["projects"]["items"]["$ref"].endswith("/ProjectDto")
    assert "x-quirks" not in projects["properties"]["projects"]


def test_printed_examples_are_attached(spec: dict[str, Any]) -> None:
    attached = 0
    for _, _, operation in operations(spec).values():
        bodies = [operation.get("requestBody", {})] + [
            r for status, r in operation["responses"].items() if status != "default"
        ]
        for body in bodies:
            for media in body.get("content", {}).values():
                attached += len(media.get("examples", {}))
    assert attached == 22  # plus the error payload (lines 36-41) on every default response
    body = op(spec, "closeProject")["requestBody"]["content"]["application/json"]
    assert body["examples"]["close"]["value"] == {"closeArticles": {}}


# --- second reading ------------------------------------------------------------------------------


def test_sort_direction_quirk_cites_each_operations_own_row(spec: dict[str, Any]) -> None:
    for operation_id, name, line in (
        ("getInvoiceDrafts", "sort_order", 68),
        ("getProjects", "order", 96),
        ("getChangedProjects", "order", 113),
        ("getProjectArticles", "sort_order", 130),
    ):
        assert quirk_lines(param(op(spec, operation_id), name)) == [[line, line]], operation_id


def test_price_list_id_spellings_kept_per_dto(spec: dict[str, Any]) -> None:
    draft = schemas(spec)["InvoiceDraftDto"]["properties"]
    article = schemas(spec)["ProjectArticleDto"]["properties"]
    assert "pricelistId" in draft and "priceListId" not in draft
    assert "priceListId" in article and "pricelistId" not in article
    assert quirk_lines(draft["pricelistId"]) == [[246, 246]]
    assert draft["pricelistId"]["readOnly"] is True
    assert draft["pricelistId"]["format"] == "int64"


# --- second reading (issue 15) -------------------------------------------------------------------

DOCUMENT = vendor_docs() / "lagerkoll-projects.en.txt"


def document_lines() -> list[str]:
    return DOCUMENT.read_text(encoding="utf-8").split("\n")


def cited_ranges(node: Any) -> list[list[int]]:
    """Every ``lines`` pair under an ``x-source`` or ``x-quirks`` entry of ``node``."""
    found: list[list[int]] = []
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "x-source":
                found.append(value["lines"])
            elif key == "x-quirks":
                found.extend(q["lines"] for q in value)
            else:
                found.extend(cited_ranges(value))
    elif isinstance(node, list):
        for item in node:
            found.extend(cited_ranges(item))
    return found


def referenced(spec: dict[str, Any], schema: dict[str, Any], seen: set[str]) -> set[str]:
    """Names of the component schemas ``schema`` reaches through ``$ref``."""
    for ref in re.findall(r"#/components/schemas/(\w+)", json.dumps(schema)):
        if ref not in seen:
            seen.add(ref)
            referenced(spec, schemas(spec)[ref], seen)
    return seen


@pytest.mark.document_text
def test_last_line_353_is_read(spec: dict[str, Any]) -> None:
    """The document has no final newline: its last line, 353, holds the `projects` row."""
    lines = document_lines()
    assert len(lines) == 353 and lines[352].startswith("| projects | List | R |")
    projects = schemas(spec)["ProjectsResponseDto"]
    assert projects["x-source"]["lines"] == [346, 353]
    assert "line 353" in projects["properties"]["projects"]["description"]
    assert not any("Missing from" in q["text"] for q in projects.get("x-quirks", []))
    assert all(1 <= start <= end <= 353 for start, end in cited_ranges(spec))


def test_request_bodies_are_closed_responses_open(spec: dict[str, Any]) -> None:
    for operation_id, (_, _, operation) in operations(spec).items():
        body = operation.get("requestBody")
        if body is None:
            continue
        assert body["required"] is True and "required" in body["x-inferred"], operation_id
        assert "application/xml" in body["x-inferred"], operation_id
        for media in body["content"].values():
            for name in referenced(spec, media["schema"], set()):
                target = schemas(spec)[name]
                if target.get("type") == "object":
                    assert target["additionalProperties"] is False, (operation_id, name)
    for name in ("ProjectDto", "ProjectArticleDto", "InvoiceDraftDto", "ProjectArticleEventDto"):
        assert schemas(spec)[name]["additionalProperties"] is True, name
    body = op(spec, "updateProject")["requestBody"]["content"]["application/json"]["schema"]
    assert body["$ref"].endswith("/ProjectDtoInput")
    projects = schemas(spec)["ProjectDtoInput"]["properties"]
    assert projects["articles"]["items"]["$ref"].endswith("/ProjectArticleDtoInput")
    assert set(projects) == set(schemas(spec)["ProjectDto"]["properties"])


def test_put_example_sending_read_only_fields_is_recorded(spec: dict[str, Any]) -> None:
    body = op(spec, "updateProject")["requestBody"]
    assert [183, 183] in quirk_lines(body)
    example = body["content"]["application/json"]["examples"]["project"]["value"]
    assert "projectId" in example and "state" in example


@pytest.mark.document_text
def test_field_descriptions_cite_their_table_line(spec: dict[str, Any]) -> None:
    """No description guessed from a name: every DTO field cites the row it comes from."""
    lines = document_lines()
    for name, schema in schemas(spec).items():
        if name == "Error":
            continue
        for field, prop in schema.get("properties", {}).items():
            match = re.search(r"\(lines? (\d+)", prop["description"])
            assert match, (name, field)
            assert lines[int(match.group(1)) - 1].startswith(f"| {field} |"), (name, field)


@pytest.mark.document_text
def test_parameter_defaults_cite_their_row(spec: dict[str, Any]) -> None:
    lines = document_lines()
    for operation_id, (_, _, operation) in operations(spec).items():
        for parameter in operation.get("parameters", []):
            if parameter["in"] != "query":
                continue
            (line, _) = parameter["x-source"]["lines"]
            assert lines[line - 1].startswith(f"| {parameter['name']} |"), operation_id
            assert "Parameters in the url" in parameter["x-inferred"], operation_id
            if "default" in parameter["schema"]:
                default = json.dumps(parameter["schema"]["default"]).strip('"')
                assert default in lines[line - 1], (operation_id, parameter["name"])
                assert f"Default {default}" in parameter["description"], operation_id


def test_inferred_error_and_xml_bodies(spec: dict[str, Any]) -> None:
    for operation_id, (_, _, operation) in operations(spec).items():
        for status, response in operation["responses"].items():
            if "application/xml" in response.get("content", {}):
                assert "application/xml" in response["x-inferred"], (operation_id, status)
        too_many = operation["responses"]["429"]
        assert "900429" in too_many["x-inferred"]
    assert "x-inferred" in schemas(spec)["Error"]["properties"]["errorCode"]


@pytest.mark.document_text
def test_enum_names_and_descriptions_from_the_table() -> None:
    lines = document_lines()
    varnames = ErrorCode.__varnames__
    descriptions = ErrorCode.__descriptions__
    assert list(varnames) == [m.value for m in ErrorCode] == list(descriptions)
    assert varnames[906011] == "ERROR_CREATING_PROJECT"
    assert len({constant(name) for name in varnames.values()}) == len(varnames)
    for code, text in descriptions.items():
        assert f"| {code} | {text} |" in lines, code
    assert ProjectState.__varnames__ == {0: "NEW", 1: "DEVELOPING", 2: "FINISHED", 3: "CANCELLED"}
    assert "NEW = 0, DEVELOPING = 1, FINISHED = 2, CANCELLED = 3" in lines[327]
