"""Focused checks on the emitted HELIUM V spec (generated/heliumv/openapi.yaml)."""

import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.paths import vendor_docs
from tests.spectools import assert_originals_verbatim, op, operations, param

ROOT = Path(__file__).resolve().parent.parent
SPEC_PATH = ROOT / "generated" / "heliumv" / "openapi.yaml"
DOCUMENT = vendor_docs() / "heliumv-orderapi.de.txt"
XML_UTF8 = "application/xml;charset=UTF-8"


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


def test_eighteen_documented_operations_plus_inferred_logon(spec: dict[str, Any]) -> None:
    ops = operations(spec)
    assert len(ops) == 19
    documented = {(m, p) for p, m, o in ops.values() if o["tags"] == ["Order"]}
    assert len(documented) == 18
    assert ("delete", "/api/v1/order/position/{positionid}") in documented
    assert ("put", "/api/v1/order/{orderid}/manualitemposition/{positionid}") in documented
    path, method, logon = ops["logon"]
    assert (method, path) == ("post", "/api/v1/logon/")
    assert logon["security"] == []
    assert "x-inferred" in logon
    assert "401" in logon["responses"]


def test_german_document_and_originals(spec: dict[str, Any]) -> None:
    assert spec["info"]["x-origin"]["language"] == "de"
    activate = op(spec, "activateOrder")
    assert activate["x-original"]["lang"] == "de"
    assert activate["x-original"]["summary"] == "Einen Auftrag aktivieren"
    assert activate["summary"] == "Activate an order"
    assert param(op(spec, "getOrders"), "filter_cnr")["x-original"]["description"] == (
        "die zu filternde Auftragsnummer"
    )


def test_server_is_inferred_on_premise_url(spec: dict[str, Any]) -> None:
    server = spec["servers"][0]
    assert server["url"] == "{scheme}://{host}:{port}/restapi/services/rest"
    assert server["variables"]["scheme"]["enum"] == ["http", "https"]
    assert server["variables"]["port"]["default"] == "8280"
    assert "x-inferred" in server


def test_token_is_security_not_a_parameter(spec: dict[str, Any]) -> None:
    schemes = spec["components"]["securitySchemes"]
    assert schemes["userid"] == {**schemes["userid"], "type": "apiKey", "in": "query"}
    assert schemes["hvtoken"] == {**schemes["hvtoken"], "type": "apiKey", "in": "header"}
    for operation_id, (_, _, operation) in operations(spec).items():
        names = {p["name"] for p in operation.get("parameters", [])}
        assert not names & {"userid", "hvtoken"}, operation_id
    for operation_id in ("getOrderComments", "getDeliverableOrder", "getOfflineOrders"):
        assert op(spec, operation_id)["security"] == [{"hvtoken": []}, {"userid": []}]
    assert op(spec, "getOrders")["security"] == [{"userid": []}]


def test_parameter_types_paging_and_verified(spec: dict[str, Any]) -> None:
    positions = op(spec, "getOrderPositions")
    limit = param(positions, "limit")
    assert limit["schema"] == {**limit["schema"], "type": "integer", "format": "int32"}
    assert limit["schema"]["default"] == 50
    assert param(positions, "startIndex")["schema"]["format"] == "int32"
    upload = op(spec, "createOrderDocument")
    assert param(upload, "securitylevel")["schema"]["format"] == "int64"
    verified = param(op(spec, "activateOrder"), "verified")
    assert verified["required"] is True
    assert verified["schema"]["const"] is True
    assert verified["schema"]["type"] == "boolean"


def test_enums_as_the_examples_show_them(spec: dict[str, Any]) -> None:
    named = schemas(spec)
    assert named["ItemProperty"]["enum"] == ["NOIDENTIY"]
    assert named["DeliveryStatus"]["enum"] == ["CLEARED", "CANCELLED"]
    assert named["DeliverableOrderStatus"]["enum"] == ["DONE"]
    item_property = named["DeliveryPositionEntry"]["properties"]["itemProperty"]
    assert {"$ref": "#/components/schemas/ItemProperty"} in item_property["anyOf"]


def test_entry_field_types(spec: dict[str, Any]) -> None:
    named = schemas(spec)
    order = named["OrderEntry"]["properties"]
    assert order["deliveryDateMs"]["format"] == "int64"
    assert order["customerId"]["type"] == "integer"
    assert order["internalComment"]["type"] == "boolean"
    assert named["CreatedOrderPositionEntry"]["properties"]["amount"]["type"] == "number"
    assert named["SettlementOfHoursSignatureEntry"]["properties"]["signatureMs"]["format"] == (
        "int64"
    )
    locale = named["LogonEntry"]["properties"]["localeString"]
    assert locale["pattern"] == "^[a-z]{2}[A-Z]{2}$"
    assert named["LogonEntry"]["required"] == ["username", "password"]


def test_responses_in_json_and_xml(spec: dict[str, Any]) -> None:
    content = op(spec, "getOrders")["responses"]["200"]["content"]
    assert list(content) == ["application/json", XML_UTF8]
    assert content["application/json"]["schema"]["type"] == "array"


def test_upload_is_multipart_with_quirk(spec: dict[str, Any]) -> None:
    body = op(spec, "createOrderDocument")["requestBody"]
    assert next(iter(body["content"])) == "multipart/form-data"
    file_field = body["content"]["multipart/form-data"]["schema"]
    upload = schemas(spec)["OrderDocumentUpload"]
    assert file_field == {"$ref": "#/components/schemas/OrderDocumentUpload"}
    assert upload["properties"]["file"]["format"] == "binary"
    assert [509, 512] in quirk_lines(body)
    assert [499, 499] in quirk_lines(body)


def test_put_204_with_body_quirk(spec: dict[str, Any]) -> None:
    for operation_id, lines in (
        ("updateOrderItemPosition", [1069, 1078]),
        ("updateOrderManualItemPosition", [1127, 1136]),
    ):
        response = op(spec, operation_id)["responses"]["204"]
        assert "application/json" in response["content"]
        assert lines in quirk_lines(response)


def test_other_quirks(spec: dict[str, Any]) -> None:
    assert [116, 116] in quirk_lines(param(op(spec, "getDeliverableOrder"), "orderid"))
    assert [68, 68] in quirk_lines(param(op(spec, "getOrderComments"), "orderid"))
    offline = op(spec, "getOfflineOrders")["responses"]["200"]
    assert [207, 227] in quirk_lines(offline)
    assert offline["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/OfflineOrderEntry"
    }
    signature = op(spec, "createSettlementOfHoursSignature")
    assert [854, 860] in quirk_lines(signature)
    assert "x-inferred" in param(signature, "orderid")


def test_inferred_errors_carry_hv_headers(spec: dict[str, Any]) -> None:
    responses = op(spec, "activateOrder")["responses"]
    for status in ("401", "403", "404", "417", "429", "500"):
        assert "x-inferred" in responses[status]
        assert {"x-hv-error-code", "x-hv-error-key", "x-hv-error-description"} <= set(
            responses[status]["headers"]
        )


@pytest.mark.document_text
def test_all_23_examples_are_the_printed_json(spec: dict[str, Any]) -> None:
    lines = DOCUMENT.read_text(encoding="utf-8").splitlines()
    found = 0
    for _, _, operation in operations(spec).values():
        contents = [operation.get("requestBody", {}).get("content", {})]
        contents += [r.get("content", {}) for r in operation["responses"].values()]
        for content in contents:
            for media in content.values():
                for example in media.get("examples", {}).values():
                    start, end = example["summary"].rsplit("lines ", 1)[1].rstrip(")").split("-")
                    printed = json.loads("\n".join(lines[int(start) - 1 : int(end)]))
                    assert printed == example["value"]
                    found += 1
    assert found == 23


def test_security_schemes_keep_the_german(spec: dict[str, Any]) -> None:
    schemes = spec["components"]["securitySchemes"]
    assert schemes["userid"]["x-original"] == {
        "lang": "de",
        "description": 'ist der beim Logon ermittelte "token"',
    }
    assert schemes["hvtoken"]["x-original"] == {
        "lang": "de",
        "description": "ist der beim Logon ermittelte Token",
    }
    for scheme in schemes.values():
        assert "ermittelte" not in scheme["description"]


@pytest.mark.document_text
def test_every_parameter_translated_or_inferred(spec: dict[str, Any]) -> None:
    for operation_id, (_, _, operation) in operations(spec).items():
        for parameter in operation.get("parameters", []):
            original = parameter.get("x-original")
            assert original or "x-inferred" in parameter, (operation_id, parameter["name"])
            if original:
                assert original["lang"] == "de"
                line = parameter["x-source"]["lines"][0]
                text = DOCUMENT.read_text(encoding="utf-8").splitlines()[line - 1]
                assert text.startswith(parameter["name"] + " ")
                assert original["description"] in text, (operation_id, parameter["name"])


def test_entry_schema_original_is_its_own_text(spec: dict[str, Any]) -> None:
    schemas = spec["components"]["schemas"]
    # "eine Liste von OrderpositionsEntry" describes the list response, not one entry.
    assert "x-original" not in schemas["OrderpositionsEntry"]
    response = op(spec, "getOrdersPositions")["responses"]["200"]
    assert response["x-original"]["description"] == "eine Liste von OrderpositionsEntry"


@pytest.mark.document_text
def test_every_original_is_verbatim_from_the_document(spec: dict[str, Any]) -> None:
    assert_originals_verbatim(spec, DOCUMENT)
