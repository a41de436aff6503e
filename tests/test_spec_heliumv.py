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
        loaded: dict[str, Any] = yaml.load(handle, Loader=yaml.CSafeLoader)
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
    assert "pattern" not in locale  # the server takes any four characters (UserApi.buildLocale)
    assert "UserApi.java" in locale["x-inferred"]
    assert named["LogonEntry"]["required"] == ["username", "password"]


def test_responses_in_json_and_xml(spec: dict[str, Any]) -> None:
    content = op(spec, "getOrders")["responses"]["200"]["content"]
    assert list(content) == ["application/json", XML_UTF8]
    assert content["application/json"]["schema"]["type"] == "array"


def test_upload_is_the_documented_multipart_body(spec: dict[str, Any]) -> None:
    """Lines 509-660: the body is the MultipartBody structure the document prints, in the two
    media types it declares; no invented file field."""
    body = op(spec, "createOrderDocument")["requestBody"]
    assert list(body["content"]) == ["application/json", "application/xml"]
    assert body["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/MultipartBody"
    }
    named = schemas(spec)
    assert "OrderDocumentUpload" not in named
    multipart = named["MultipartBody"]
    assert list(multipart["properties"]) == [
        "allAttachments",
        "type",
        "rootAttachment",
        "childAttachments",
    ]
    attachment = named["MultipartAttachment"]["properties"]
    assert list(attachment) == [
        "contentDisposition",
        "object",
        "contentType",
        "contentId",
        "dataHandler",
        "headers",
    ]
    assert not any(p.get("format") == "binary" for p in attachment.values())
    assert list(named["MultipartMediaType"]["properties"]) == [
        "type",
        "wildcardSubtype",
        "parameters",
        "wildcardType",
        "subtype",
    ]
    assert [509, 512] in quirk_lines(body)
    assert [499, 499] in quirk_lines(body)
    assert "30 MiB" in next(q["text"] for q in body["x-quirks"] if q["lines"] == [499, 499])


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


def test_settlement_post_takes_the_token_from_the_body(spec: dict[str, Any]) -> None:
    """No parameter table (854-860): the server reads no `userid` query parameter but logs on
    with the body's `userId` (OrderApi.postSettlementOfHoursSignature)."""
    signature = op(spec, "createSettlementOfHoursSignature")
    assert signature["security"] == []
    assert "connectClient(signatureEntry.getUserId()" in signature["x-inferred"]
    user_id = schemas(spec)["SettlementOfHoursSignatureEntry"]["properties"]["userId"]
    assert "token" in user_id["description"]
    assert "OrderApi.java" in user_id["x-inferred"]
    assert "400" in signature["responses"]


def test_inferred_errors_carry_hv_headers(spec: dict[str, Any]) -> None:
    responses = op(spec, "activateOrder")["responses"]
    for status in ("400", "401", "404", "417", "500"):
        assert "hardwaremaker/restapi" in responses[status]["x-inferred"]
        assert {"x-hv-error-code", "x-hv-error-key", "x-hv-error-description"} <= set(
            responses[status]["headers"]
        )


# Operations whose server method sends 417 (respondExpectationFailed(FEHLER_STATUS)).
STATUS_CHECKED = {
    "getDeliverableOrder",
    "deleteOrderPosition",
    "activateOrder",
    "createOrderItemPosition",
    "createOrderManualItemPosition",
    "createOrderTextblockPosition",
    "createOrderTextPosition",
    "updateOrderItemPosition",
    "updateOrderManualItemPosition",
    "sortOrderByItemNumber",
}


def test_error_statuses_are_the_servers(spec: dict[str, Any]) -> None:
    """Every OrderApi call answers 400 (no token), 401, 404 and 500; 417 only where the server
    checks the order status; no 403 or 429 (the OrderApi never sends them)."""
    for operation_id, (_, _, operation) in operations(spec).items():
        if operation_id == "logon":
            continue
        errors = {s for s in operation["responses"] if s[0] in "45"}
        expected = {"400", "401", "404", "500"} | (
            {"417"} if operation_id in STATUS_CHECKED else set()
        )
        assert errors == expected, operation_id
        token = operation["responses"]["400"]["x-inferred"]
        assert 'respondBadRequestValueMissing("userid")' in token, operation_id
    logon = op(spec, "logon")["responses"]
    assert {"200", "400", "401", "429", "500"} == set(logon)


def test_success_statuses_the_server_sends_are_described(spec: dict[str, Any]) -> None:
    """The document's "201 Created" (and the PUTs' "204 with body") are its generator's stock
    lines: the server answers 200 for a returned entry and 204 for void. Both are described,
    the document's with a quirk citing its line."""
    expected = {
        "activateOrder": ("201", "200", 482),
        "createOrderDocument": ("201", "204", 664),
        "createOrderItemPosition": ("201", "200", 705),
        "createOrderManualItemPosition": ("201", "200", 758),
        "createSettlementOfHoursSignature": ("201", "204", 884),
        "sortOrderByItemNumber": ("201", "200", 916),
        "createOrderTextblockPosition": ("201", "200", 967),
        "createOrderTextPosition": ("201", "200", 1014),
        "updateOrderItemPosition": ("204", "200", 1069),
        "updateOrderManualItemPosition": ("204", "200", 1127),
    }
    for operation_id, (documented, server, line) in expected.items():
        responses = op(spec, operation_id)["responses"]
        assert any(q[0] == line for q in quirk_lines(responses[documented])), operation_id
        assert "OrderApi.java" in responses[server]["x-inferred"], operation_id
        assert ("content" in responses[server]) == (server == "200"), operation_id
        if "content" in responses[documented] and server == "200":
            assert (
                responses[server]["content"]["application/json"]["schema"]
                == responses[documented]["content"]["application/json"]["schema"]
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
            marked = "x-inferred" in parameter or "x-quirks" in parameter
            assert original or marked, (operation_id, parameter["name"])
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


# Fields whose meaning a line of the document gives (field → cited line).
DESCRIBED_FIELDS = {
    ("OrderComments", "internalComment"): 74,
    ("OrderComments", "externalComment"): 73,
    ("OfflineOrderEntry", "orders"): 191,
    ("OfflineOrderEntry", "orderpositions"): 191,
    ("OfflineOrderEntry", "addresses"): 191,
    ("CreateOrderTextblockPositionEntry", "localeCnr"): 935,
    ("CreatedOrderPositionEntry", "orderPositionId"): 1035,
}


@pytest.mark.document_text
def test_field_descriptions_only_where_the_document_gives_them(spec: dict[str, Any]) -> None:
    """The document describes no field: a field description must cite the line that gives
    its meaning, or be an inference with its reason (none read from the field name)."""
    lines = DOCUMENT.read_text(encoding="utf-8").splitlines()
    for name, schema in schemas(spec).items():
        for field, prop in schema.get("properties", {}).items():
            if "description" not in prop:
                continue
            if "x-inferred" in prop or "x-inferred" in schema:
                continue
            line = DESCRIBED_FIELDS.get((name, field))
            assert line is not None, (name, field, prop["description"])
            assert prop["x-source"]["lines"][0] == line, (name, field)
            assert prop["x-original"]["description"] in lines[line - 1], (name, field)
    assert "description" not in schemas(spec)["OrderEntry"]["properties"]["customerId"]


def test_request_bodies_are_closed_and_required_with_reason(spec: dict[str, Any]) -> None:
    named = schemas(spec)
    for operation_id, (_, _, operation) in operations(spec).items():
        body = operation.get("requestBody")
        if body is None:
            continue
        assert body["required"] is True
        assert "hardwaremaker/restapi" in body["x-inferred"], operation_id
        ref = body["content"]["application/json"]["schema"]["$ref"].rsplit("/", 1)[1]
        assert named[ref]["additionalProperties"] is False, ref
    for nested in ("MultipartAttachment", "MultipartMediaType", "MultipartContentDisposition"):
        assert named[nested]["additionalProperties"] is False


def test_translations_keep_the_qualifiers(spec: dict[str, Any]) -> None:
    """Line 457 "erlaubt", 1033/1088 "prinzipiell", 935 "bei auf Texten basierende" (only for
    text-based text blocks), 207 "eine Liste von": each kept in the English."""
    assert "allowed" in op(spec, "activateOrder")["description"]
    for operation_id in ("updateOrderItemPosition", "updateOrderManualItemPosition"):
        assert "in principle a new position" in op(spec, operation_id)["description"]
    locale = schemas(spec)["CreateOrderTextblockPositionEntry"]["properties"]["localeCnr"]
    assert locale["description"].startswith("For text blocks based on texts")
    offline = op(spec, "getOfflineOrders")["responses"]["200"]
    assert offline["description"].startswith("A list of OfflineOrderEntry")
    deliverable = schemas(spec)["DeliverableOrderEntry"]
    assert deliverable["description"] == "The status of a deliverable order."


def test_xml_bodies_are_the_documents_plain_object(spec: dict[str, Any]) -> None:
    """Every `application/xml;charset=UTF-8` row of the document says only `object` (e.g. line
    21): the XML schema is `{type: object}`, not the JSON schema reused."""
    found = 0
    for _, _, operation in operations(spec).values():
        contents = [operation.get("requestBody", {}).get("content", {})]
        contents += [r.get("content", {}) for r in operation["responses"].values()]
        for content in contents:
            if "application/xml;charset=UTF-8" in content:
                assert content["application/xml;charset=UTF-8"]["schema"] == {"type": "object"}
                found += 1
    assert found >= 18
