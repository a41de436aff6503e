"""Focused checks on the emitted Lagerkoll spec (generated/lagerkoll/openapi.yaml)."""

from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.spectools import op, operations, param

SPEC_PATH = Path(__file__).resolve().parent.parent / "generated" / "lagerkoll" / "openapi.yaml"
SECURITY: list[dict[str, list[str]]] = [
    {"store": [], "apiKey": []},
    {"store": [], "userId": [], "userToken": []},
]


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    with SPEC_PATH.open(encoding="utf-8") as handle:
        loaded: dict[str, Any] = yaml.safe_load(handle)
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
    assert "Project still has articles with amount in them" in codes["description"]
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
        assert "pages" in page["description"]
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
        "description": "Id of the invoice draft (long).",
        "type": "integer",
        "format": "int64",
        "readOnly": True,
    }
    assert "Epoch milliseconds" in draft["startDate"]["description"]
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
    assert quirk_lines(projects["properties"]["projects"]) == [[346, 352]]


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
