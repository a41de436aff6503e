"""Focused checks on the emitted PlanningNow spec (generated/planningnow/openapi.yaml)."""

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

SPEC_PATH = Path(__file__).resolve().parent.parent / "generated" / "planningnow" / "openapi.yaml"
METHODS = ("get", "put", "post", "delete", "patch", "options", "head", "trace")


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    assert SPEC_PATH.is_file(), (
        f"{SPEC_PATH} is missing: run `python -m generator specs --vendor planningnow`"
    )
    loaded = yaml.load(SPEC_PATH.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
    assert isinstance(loaded, dict)
    return loaded


def _operations(spec: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    for path, item in spec["paths"].items():
        for method in METHODS:
            if method in item:
                yield path, method, item[method]


def _operation(spec: dict[str, Any], operation_id: str) -> dict[str, Any]:
    for _, _, op in _operations(spec):
        if op["operationId"] == operation_id:
            return op
    raise AssertionError(f"no operation {operation_id}")


def _schema(spec: dict[str, Any], name: str) -> dict[str, Any]:
    schema: dict[str, Any] = spec["components"]["schemas"][name]
    return schema


def _quirk_texts(node: dict[str, Any]) -> str:
    return " ".join(q["text"] for q in node.get("x-quirks", []))


def test_operation_count_and_routes(spec: dict[str, Any]) -> None:
    routes = {(method, path) for path, method, _ in _operations(spec)}
    assert len(routes) == 27
    for resource in ("order", "offer", "work-schedule", "cost-centre"):
        assert ("get", f"/api/{resource}") in routes
        assert ("post", f"/api/{resource}") in routes
        for method in ("get", "put", "delete"):
            assert (method, f"/api/{resource}/{{id}}") in routes
    assert {
        ("post", "/api/documents"),
        ("get", "/api/documents"),
        ("get", "/api/documents/structure"),
        ("delete", "/api/documents/{id}"),
    } <= routes


def test_every_operation_requires_the_token_header(spec: dict[str, Any]) -> None:
    scheme = spec["components"]["securitySchemes"]["apiToken"]
    assert (scheme["type"], scheme["in"], scheme["name"]) == ("apiKey", "header", "X-AUTH-TOKEN")
    for path, method, op in _operations(spec):
        assert op["security"] == [{"apiToken": []}], f"{method} {path}"


def test_unprinted_paths_and_host_are_marked_inferred(spec: dict[str, Any]) -> None:
    assert "x-inferred" in spec["servers"][0]
    assert spec["servers"][0]["url"] == "https://api.b-now.eu"
    # printed paths: no inference on the operation
    assert "x-inferred" not in _operation(spec, "getOrder")
    assert "x-inferred" not in _operation(spec, "listDocuments")
    for op_id in (
        "listOrders",
        "createOffer",
        "updateCostCentre",
        "deleteWorkSchedule",
        "uploadDocument",
        "deleteDocument",
        "testAuthentication",
        "getApiDocumentation",
    ):
        assert "x-inferred" in _operation(spec, op_id), op_id
    assert "PUT" in _operation(spec, "updateOrder")["x-inferred"]


def test_create_and_update_responses_are_inferred_with_quirk(spec: dict[str, Any]) -> None:
    for op_id, status in (
        ("createOrder", "201"),
        ("updateOrder", "200"),
        ("createWorkSchedule", "201"),
        ("updateCostCentre", "200"),
    ):
        op = _operation(spec, op_id)
        assert "x-inferred" in op["responses"][status], op_id
        assert "documents no response" in _quirk_texts(op), op_id


def _ref(node: dict[str, Any]) -> str:
    ref: str = node["$ref"]
    return ref.rsplit("/", 1)[-1]


def test_lists_return_the_full_detail_structure(spec: dict[str, Any]) -> None:
    """Lines 24, 141, 262: each list entry has the same (full) structure as the detail."""
    for list_id, detail_id in (
        ("listOrders", "getOrder"),
        ("listOffers", "getOffer"),
        ("listWorkSchedules", "getWorkSchedule"),
        ("listCostCentres", "getCostCentre"),
    ):
        listed = _operation(spec, list_id)["responses"]["200"]["content"]["application/json"]
        detail = _operation(spec, detail_id)["responses"]["200"]["content"]["application/json"]
        assert listed["schema"]["type"] == "array"
        assert _ref(listed["schema"]["items"]) == _ref(detail["schema"]), list_id
    for name in ("OrderListItem", "OfferListItem", "WorkScheduleListItem", "OrderListTask"):
        assert name not in spec["components"]["schemas"]
    order = _schema(spec, "Order")
    # the field only the list example shows is part of the one structure, optional
    assert "addressfield_1" in order["properties"]
    assert "addressfield_1" not in order["required"]
    # fields the list example omits stay optional
    assert order["required"] == ["id"]
    assert "min_masch" in _schema(spec, "OrderTask")["properties"]
    assert _schema(spec, "OrderTask")["required"] == ["id"]
    assert "addressfield_1" in _quirk_texts(_operation(spec, "listOrders"))
    assert "same full structure" in _quirk_texts(_operation(spec, "listOffers"))
    assert "last_change_date" in _quirk_texts(_operation(spec, "listWorkSchedules"))


def test_spelling_quirks_sit_on_their_fields(spec: dict[str, Any]) -> None:
    zu_order = _schema(spec, "Order")["properties"]["zuHaenden"]
    zu_offer = _schema(spec, "Offer")["properties"]["zu_haenden"]
    assert "zu_haenden" in _quirk_texts(zu_order)
    assert "zuHaenden" in _quirk_texts(zu_offer)
    kalk_update = _schema(spec, "CostCentreUpdate")["properties"]["kalk_min_kosten"]
    kalk_response = _schema(spec, "CostCentre")["properties"]["kalkMinKosten"]
    assert "kalkMinKosten" in _quirk_texts(kalk_update)
    assert kalk_response["x-quirks"][0]["lines"] == [342, 374]


def test_document_delete_answers_200_and_documents_404(spec: dict[str, Any]) -> None:
    op = _operation(spec, "deleteDocument")
    assert "204" in _quirk_texts(op["responses"]["200"])
    not_found = op["responses"]["404"]["content"]["application/json"]
    assert not_found["schema"]["$ref"] == "#/components/schemas/ErrorResponse"
    error = _schema(spec, "ErrorResponse")
    assert error["required"] == ["error", "status_code"]
    assert "success" in _quirk_texts(error)
    for op_id in ("deleteOrder", "deleteOffer", "deleteWorkSchedule", "deleteCostCentre"):
        response = _operation(spec, op_id)["responses"]["204"]
        assert "content" not in response, op_id


def test_decimal_strings_and_timestamps_are_patterned_strings(spec: dict[str, Any]) -> None:
    netto = _schema(spec, "Order")["properties"]["netto"]
    assert netto["type"] == "string"
    assert netto["pattern"] == r"^-?\d+(\.\d+)?$"
    start = _schema(spec, "OrderTask")["properties"]["production_start"]
    assert start["type"] == "string"
    assert "format" not in start
    assert start["pattern"] == r"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$"
    assert _schema(spec, "CostCentre")["properties"]["last_sync"]["pattern"] == start["pattern"]


def test_folder_tree_is_recursive_and_parent_nullable(spec: dict[str, Any]) -> None:
    folder = _schema(spec, "Folder")
    assert folder["properties"]["children"]["items"]["$ref"] == "#/components/schemas/Folder"
    assert folder["properties"]["parent_id"]["type"] == ["integer", "null"]
    # only fields the document shows as null are nullable
    assert folder["properties"]["name"]["type"] == "string"


def test_upload_is_multipart_with_binary_file(spec: dict[str, Any]) -> None:
    body = _operation(spec, "uploadDocument")["requestBody"]["content"]
    assert list(body) == ["multipart/form-data"]
    upload = _schema(spec, "DocumentUpload")
    assert upload["properties"]["file"] == {
        "description": "The binary file data.",
        "type": "string",
        "format": "binary",
    }
    assert upload["required"] == ["file", "area", "number", "external"]
    params = {p["name"]: p for p in _operation(spec, "listDocuments")["parameters"]}
    assert set(params) == {"area", "number", "folder_id"}
    assert all(p["in"] == "query" and not p.get("required", False) for p in params.values())


def test_all_printed_examples_are_attached(spec: dict[str, Any]) -> None:
    found: list[Any] = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key == "examples" and isinstance(value, dict):
                    found.extend(value.values())
                else:
                    walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    walk(spec["paths"])
    # 22 printed JSON bodies and the 3 query values of the request lines 410 and 448
    assert len(found) == 25
    tree = _operation(spec, "getDocumentStructure")["responses"]["200"]["content"][
        "application/json"
    ]["examples"]["order_folders"]["value"]
    assert tree["tree"][0]["parent_id"] is None
    assert tree["tree"][0]["children"][0]["children"] == []


# --- second reading ------------------------------------------------------------------------------


def test_spelling_quirk_cites_the_line_of_each_schemas_own_example(spec: dict[str, Any]) -> None:
    for schema, field, line in (
        ("Order", "zuHaenden", 71),
        ("Offer", "zu_haenden", 188),
    ):
        quirks = _schema(spec, schema)["properties"][field]["x-quirks"]
        assert [q["lines"] for q in quirks] == [[line, line]], schema


def test_unlabelled_detail_responses_have_inferred_status(spec: dict[str, Any]) -> None:
    for operation_id in ("getWorkSchedule", "getCostCentre"):
        ok = _operation(spec, operation_id)["responses"]["200"]
        assert "no status code is documented" in ok["x-inferred"]
        assert "without a label" in _quirk_texts(ok)
    # the labelled reads keep a documented, non-inferred 200
    assert "x-inferred" not in _operation(spec, "getOrder")["responses"]["200"]


def test_token_scheme_says_how_tokens_are_replaced(spec: dict[str, Any]) -> None:
    scheme = spec["components"]["securitySchemes"]["apiToken"]
    assert scheme == {**scheme, "type": "apiKey", "in": "header", "name": "X-AUTH-TOKEN"}
    assert "revoke" in scheme["description"] and "only once" in scheme["description"]


# --- second reading (issue 15) -------------------------------------------------------------------


def _closed(spec: dict[str, Any], node: dict[str, Any], seen: set[str]) -> list[str]:
    """Names of the object schemas reachable from ``node`` that are not closed."""
    open_: list[str] = []
    if "$ref" in node:
        name = _ref(node)
        if name in seen:
            return []
        seen.add(name)
        schema = _schema(spec, name)
        if schema.get("type") == "object" and schema.get("additionalProperties") is not False:
            open_.append(name)
        for prop in schema.get("properties", {}).values():
            open_ += _closed(spec, prop, seen)
    elif "items" in node:
        open_ += _closed(spec, node["items"], seen)
    return open_


def test_request_bodies_are_closed_and_state_why_they_are_required(spec: dict[str, Any]) -> None:
    bodies = 0
    for path, method, op in _operations(spec):
        body = op.get("requestBody")
        if body is None:
            continue
        bodies += 1
        for media in body["content"].values():
            assert not _closed(spec, media["schema"], set()), f"{method} {path}"
        if body.get("required"):
            assert "x-source" in body or body.get("x-inferred"), f"{method} {path}"
    assert bodies >= 9
    upload = _operation(spec, "uploadDocument")["requestBody"]
    assert upload["x-source"]["lines"] == [379, 389] and "x-inferred" not in upload


def test_updates_list_every_field_of_the_structure(spec: dict[str, Any]) -> None:
    """Lines 131/252: any field of the order/offer, its positions or tasks can be updated."""
    for update, detail, position, task in (
        ("OrderUpdate", "Order", "OrderPosition", "OrderTask"),
        ("OfferUpdate", "Offer", "OfferPosition", "OfferTask"),
    ):
        props = _schema(spec, update)["properties"]
        assert set(_schema(spec, detail)["properties"]) - {"id"} <= set(props), update
        update_position = _schema(spec, _ref(props["positions"]["items"]))
        assert set(_schema(spec, position)["properties"]) <= set(update_position["properties"])
        assert "remarks" in update_position["properties"]
        update_task = _schema(spec, _ref(update_position["properties"]["tasks"]["items"]))
        assert set(_schema(spec, task)["properties"]) <= set(update_task["properties"])
        assert update_position["x-inferred"] and update_task["x-inferred"]
        # printed fields are documented, the others marked
        assert "x-inferred" not in props["delivery_date"]
        assert "x-inferred" in props["netto"]
    # no "any field" sentence for these: only the printed fields
    assert set(_schema(spec, "WorkScheduleUpdate")["properties"]) == {"name"}
    assert set(_schema(spec, "CostCentreUpdate")["properties"]) == {"kalk_min_kosten"}


def test_no_error_status_without_a_source(spec: dict[str, Any]) -> None:
    """The document prints one error (404 of document delete); no 401 is invented. Every other
    call may answer a client error: the 4XX range, inferred, with no status or payload."""
    for path, method, op in _operations(spec):
        errors = {status for status in op["responses"] if status.startswith(("4", "5"))}
        expected = {"404"} if op["operationId"] == "deleteDocument" else {"4XX"}
        assert errors == expected, f"{method} {path}"
        if "4XX" in errors:
            assert "content" not in op["responses"]["4XX"], f"{method} {path}: no payload given"
            assert "names none" in op["responses"]["4XX"]["x-inferred"]


def test_host_reason_does_not_claim_the_document_prints_it(spec: dict[str, Any]) -> None:
    reason = spec["servers"][0]["x-inferred"]
    assert "not from the document" in reason
    assert "https://" not in reason


def test_field_meanings_are_not_guessed_from_names(spec: dict[str, Any]) -> None:
    schemas = spec["components"]["schemas"]
    for name, schema in schemas.items():
        for field, prop in schema.get("properties", {}).items():
            assert "German" not in prop.get("description", ""), f"{name}.{field}"
    for name, field in (
        ("Order", "o_conf_date"),
        ("Order", "zuHaenden"),
        ("OrderTask", "min_ruest"),
        ("OfferPosition", "mwst_percent"),
        ("WorkSchedule", "sum_cost_fremdfert"),
        ("CostCentre", "kalkMinKosten"),
        ("CostCentre", "nutzungsdauer"),
        ("Document", "creator"),
        ("Document", "do_print"),
    ):
        assert "description" not in schemas[name]["properties"][field], f"{name}.{field}"
    # meanings a line gives stay, with the line
    assert "(line 65)" in schemas["Order"]["properties"]["id"]["description"]
    assert "(line 288)" in schemas["WorkSchedule"]["properties"]["positions"]["description"]


def test_document_creator_contradiction_is_recorded(spec: dict[str, Any]) -> None:
    creator = _schema(spec, "Document")["properties"]["creator"]
    assert [q["lines"] for q in creator["x-quirks"]] == [[400, 422]]


def test_wage_factor_reason_cites_the_examples(spec: dict[str, Any]) -> None:
    reason = _schema(spec, "WorkSchedule")["properties"]["wage_factor"]["x-inferred"]
    assert "271" in reason and "may be fractional" not in reason
