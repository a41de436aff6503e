"""Focused checks on the emitted PlanningPME spec (generated/planningpme/openapi.yaml)."""

import json
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.paths import vendor_docs
from tests.spectools import assert_originals_verbatim

ROOT = Path(__file__).resolve().parent.parent
SPEC_PATH = ROOT / "generated" / "planningpme" / "openapi.yaml"
DOCUMENT = vendor_docs() / "planningpme.pt.txt"
FORM = "application/x-www-form-urlencoded"
METHODS = {"get", "put", "post", "delete", "patch", "head", "options"}


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.load(
        SPEC_PATH.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader
    )
    return loaded


def _operation(spec: dict[str, Any], method: str, path: str) -> dict[str, Any]:
    operation: dict[str, Any] = spec["paths"][path][method]
    return operation


def _parameter(operation: dict[str, Any], name: str) -> dict[str, Any]:
    for parameter in operation["parameters"]:
        if parameter["name"] == name:
            found: dict[str, Any] = parameter
            return found
    raise AssertionError(f"no parameter {name}")


def _schemas(spec: dict[str, Any]) -> dict[str, Any]:
    schemas: dict[str, Any] = spec["components"]["schemas"]
    return schemas


def test_operations(spec: dict[str, Any]) -> None:
    found = {
        (method.upper(), path)
        for path, item in spec["paths"].items()
        for method in item
        if method in METHODS
    }
    assert found == {
        ("POST", "/token"),
        ("POST", "/api/customer"),
        ("GET", "/api/config"),
        ("GET", "/api/task"),
        ("GET", "/api/task/{id}"),
        ("GET", "/api/oauth/client"),
        ("POST", "/api/oauth/client"),
        ("POST", "/api/oauth/token"),
        ("GET", "/api/oauth/token"),
    }
    customer = _operation(spec, "post", "/api/customer")
    assert "x-inferred" in customer


def test_servers_brand_variable_and_quirk(spec: dict[str, Any]) -> None:
    urls = [server["url"] for server in spec["servers"]]
    assert urls == ["https://api.planningpme.com/{brand}", "https://try.planningpme.com/{brand}"]
    assert spec["servers"][0]["variables"]["brand"]["default"] == "mycompany"
    for server in spec["servers"]:
        quirks = server["x-quirks"]
        assert any(
            "a sua_marca" in quirk["text"] and quirk["lines"] == [15, 19] for quirk in quirks
        )
    assert "x-quirks" not in spec["info"]
    assert spec["info"]["x-origin"]["language"] == "pt"


def test_security_app_key_with_token(spec: dict[str, Any]) -> None:
    schemes = spec["components"]["securitySchemes"]
    assert schemes["appKey"] == schemes["appKey"] | {
        "type": "apiKey",
        "in": "header",
        "name": "X-APPKEY",
    }
    assert schemes["bearerToken"]["scheme"] == "bearer"
    assert schemes["passwordGrant"]["flows"]["password"]["tokenUrl"] == "token"
    assert "x-inferred" in schemes["passwordGrant"]
    app_key_only = {("post", "/token"), ("get", "/api/config")}
    for method, path in app_key_only:
        assert _operation(spec, method, path)["security"] == [{"appKey": []}]
    config = _operation(spec, "get", "/api/config")
    assert any(quirk["lines"] == [34, 82] for quirk in config["x-quirks"])
    for path, item in spec["paths"].items():
        for method, operation in item.items():
            if method in METHODS and (method, path) not in app_key_only:
                assert all("appKey" in requirement for requirement in operation["security"])
                assert len(operation["security"]) == 2


def test_token_endpoint_form_and_expiry_quirk(spec: dict[str, Any]) -> None:
    token_op = _operation(spec, "post", "/token")
    content = token_op["requestBody"]["content"]
    assert list(content) == ["application/x-www-form-urlencoded"]
    assert set(content["application/x-www-form-urlencoded"]["examples"]) == {
        "password_grant",
        "account_grant",
        "oauth_client_grant",
    }
    request = _schemas(spec)["TokenRequest"]
    assert request["properties"]["grant_type"]["enum"] == [
        "password",
        "urn:ietf:params:oauth:grant-type:jwt-bearer",
    ]
    expires_in = _schemas(spec)["TokenResponse"]["properties"]["expires_in"]
    assert expires_in["type"] == "integer"
    assert any("86399" in quirk["text"] for quirk in expires_in["x-quirks"])


def test_config_enums(spec: dict[str, Any]) -> None:
    schemas = _schemas(spec)
    enums = schemas["ConfigEnums"]["properties"]
    assert len(enums) == 52
    names = list(enums)
    assert (names[0], names[-1]) == ("Access", "WorkCapacity")
    for name, prop in enums.items():
        assert prop["additionalProperties"] == {"$ref": f"#/components/schemas/{name}"}
        assert "x-source" in schemas[name]
    assert enums["Access"]["additionalProperties"] == {"$ref": "#/components/schemas/Access"}
    assert schemas["Access"]["enum"] == ["All", "Read", "Write"]
    assert schemas["SyncType"]["enum"] == ["_Google", "Microsoft", "Google", "Lucca"]
    assert len(schemas["CurrencyCode"]["enum"]) == 23
    assert schemas["WorkCapacity"]["x-source"]["lines"] == [490, 493]


def test_accept_language_is_a_plain_string_with_the_documented_example(
    spec: dict[str, Any],
) -> None:
    # Line 499 lists the available languages, not the accepted header values: an enum of the 14
    # codes rejected ordinary tags such as `pt-BR` or `en-US,en;q=0.9`.
    assert "AcceptLanguage" not in _schemas(spec)
    codes = ["de", "en", "da", "es", "fi", "fr", "it", "ja", "nl", "no", "pl", "pt", "ru", "sv"]
    for item in spec["paths"].values():
        for method, operation in item.items():
            if method in METHODS:
                header = _parameter(operation, "Accept-Language")
                assert header["in"] == "header"
                assert header["schema"] == {"type": "string"}
                assert "e.g. `pt` (line 498)" in header["description"]
                assert all(f"({code})" in header["description"] for code in codes)
                assert any("Aceitar-Língua" in quirk["text"] for quirk in header["x-quirks"])


def test_task_list_parameters(spec: dict[str, Any]) -> None:
    operation = _operation(spec, "get", "/api/task")
    page_index = _parameter(operation, "pageIndex")
    assert page_index["schema"]["minimum"] == 0
    sort_info = _parameter(operation, "sortInfo")
    pattern = sort_info["schema"]["pattern"]
    assert re.fullmatch(pattern, "label+")
    assert re.fullmatch(pattern, "notValid-label+")
    assert not re.fullmatch(pattern, "label")
    assert any(quirk["lines"] == [76, 505] for quirk in sort_info["x-quirks"])


def test_task_skills_nested_arrays(spec: dict[str, Any]) -> None:
    skills = _schemas(spec)["Task"]["properties"]["skills"]
    assert skills["type"] == ["array", "null"]
    assert skills["items"]["type"] == "array"
    assert skills["items"]["items"] == {"$ref": "#/components/schemas/Skill"}
    assert any(quirk["lines"] == [541, 564] for quirk in skills["x-quirks"])
    domain = _schemas(spec)["Skill"]["properties"]["domain"]
    assert {"$ref": "#/components/schemas/SkillDomain"} in domain["anyOf"]
    assert any("key: 4" in quirk["text"] for quirk in _schemas(spec)["SkillDomain"]["x-quirks"])


def test_client_id_quirk(spec: dict[str, Any]) -> None:
    operation = _operation(spec, "get", "/api/oauth/token")
    client_id = _parameter(operation, "clientId")
    assert client_id["required"] is True
    assert any("clientID" in quirk["text"] for quirk in client_id["x-quirks"])


def test_expiration_date_is_nullable_date_time(spec: dict[str, Any]) -> None:
    expiration = _schemas(spec)["OAuthToken"]["properties"]["expirationDate"]
    assert expiration["type"] == ["string", "null"]
    assert expiration["format"] == "date-time"


def _examples(spec: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    found: list[tuple[str, dict[str, Any]]] = []
    for item in spec["paths"].values():
        for method, operation in item.items():
            if method not in METHODS:
                continue
            bodies = [operation.get("requestBody", {})]
            bodies += list(operation["responses"].values())
            for body in bodies:
                for media_type, content in body.get("content", {}).items():
                    for example in content.get("examples", {}).values():
                        found.append((media_type, example))
    return found


def _lines(example: dict[str, Any]) -> tuple[int, int]:
    match = re.search(r"lines (\d+)(?:-(\d+))?\)$", example["summary"])
    assert match, example["summary"]
    start = int(match.group(1))
    return start, int(match.group(2) or start)


@pytest.mark.document_text
def test_examples_are_verbatim(spec: dict[str, Any]) -> None:
    lines = DOCUMENT.read_text(encoding="utf-8").splitlines()
    examples = _examples(spec)
    json_examples = [ex for media, ex in examples if media == "application/json"]
    form_examples = [ex for media, ex in examples if media == FORM]
    assert (len(json_examples), len(form_examples)) == (8, 3)
    for example in json_examples:
        start, end = _lines(example)
        assert json.loads("\n".join(lines[start - 1 : end])) == example["value"]
    for example in form_examples:
        start, end = _lines(example)
        assert start == end
        body = lines[start - 1].split(f"Content-Type: {FORM} ", 1)[1]
        assert dict(field.split("=", 1) for field in body.split("&")) == example["value"]


def test_security_schemes_keep_the_portuguese(spec: dict[str, Any]) -> None:
    schemes = spec["components"]["securitySchemes"]
    app_key = schemes["appKey"]["x-original"]
    assert app_key["lang"] == "pt"
    assert 'utilizando o cabeçalho dedicado "X-APPKEY"' in app_key["description"]
    bearer = schemes["bearerToken"]["x-original"]["description"]
    assert "permanece válido durante 8 horas" in bearer
    assert 'com o valor "Bearer"' in bearer
    password = schemes["passwordGrant"]["x-original"]
    assert password["summary"] == "Autenticação tradicional"


def test_every_operation_keeps_the_portuguese(spec: dict[str, Any]) -> None:
    for path, item in spec["paths"].items():
        for method, operation in item.items():
            if method in METHODS:
                assert operation["x-original"]["lang"] == "pt", (method, path)


def test_task_list_description_says_descending_as_printed(spec: dict[str, Any]) -> None:
    tasks = _operation(spec, "get", "/api/task")
    assert "descendente" in tasks["x-original"]["description"]
    assert "sorted by label descending" in tasks["description"]


@pytest.mark.document_text
def test_every_original_is_verbatim_from_the_document(spec: dict[str, Any]) -> None:
    assert_originals_verbatim(spec, DOCUMENT)


# --- second reading (issue 15) -------------------------------------------------------------------


def _body_schemas(spec: dict[str, Any], ref: dict[str, Any]) -> list[dict[str, Any]]:
    """The schema a request body refers to and every object schema it nests."""
    schemas = _schemas(spec)
    found: list[dict[str, Any]] = []
    todo = [ref]
    while todo:
        node = todo.pop()
        if "$ref" in node:
            schema = schemas[node["$ref"].rsplit("/", 1)[1]]
            if schema.get("type") == "object":
                found.append(schema)
                todo.extend(schema.get("properties", {}).values())
        else:
            todo.extend(v for v in node.values() if isinstance(v, dict))
    return found


def test_request_bodies_are_closed_and_their_requirement_marked(spec: dict[str, Any]) -> None:
    bodies = 0
    for item in spec["paths"].values():
        for method, operation in item.items():
            if method not in METHODS or "requestBody" not in operation:
                continue
            bodies += 1
            body = operation["requestBody"]
            if body.get("required"):
                assert body.get("x-inferred") or body.get("x-source"), operation["operationId"]
            for content in body["content"].values():
                for schema in _body_schemas(spec, content["schema"]):
                    assert schema["additionalProperties"] is False, schema["title"]
    assert bodies == 3
    # Line 65 prints a request line with headers only: no body is declared for it.
    assert "requestBody" not in _operation(spec, "post", "/api/customer")


def test_no_default_the_document_does_not_give(spec: dict[str, Any]) -> None:
    def defaults(node: Any) -> list[Any]:
        if isinstance(node, dict):
            found = [node["default"]] if "default" in node else []
            return found + [d for v in node.values() for d in defaults(v)]
        if isinstance(node, list):
            return [d for v in node for d in defaults(v)]
        return []

    # The only default is the brand server variable's, the document's example brand (line 14).
    assert defaults(spec["paths"]) == []
    assert defaults(spec["components"]) == []
    brand = spec["servers"][0]["variables"]["brand"]
    assert brand["default"] == "mycompany" and "line 14" in brand["description"]


def test_brand_key_keeps_probably(spec: dict[str, Any]) -> None:
    # Line 14: "deverá provavelmente utilizar a chave de marca" (you should probably use).
    for server in spec["servers"]:
        assert "should probably use" in server["variables"]["brand"]["description"]


def test_error_statuses_match_the_credentials_each_call_sends(spec: dict[str, Any]) -> None:
    token = _operation(spec, "post", "/token")["responses"]
    assert set(token) == {"200", "400", "401"}
    assert "RFC 6749 section 5.2" in token["400"]["x-inferred"]
    for app_key_only in (token, _operation(spec, "get", "/api/config")["responses"]):
        assert "token" not in app_key_only["401"]["description"]
    for item in spec["paths"].values():
        for method, operation in item.items():
            if method in METHODS:
                for status, response in operation["responses"].items():
                    if status.startswith("4"):
                        assert response["x-inferred"].startswith("The document prints no error")
                        assert "content" not in response


def test_sync_type_member_names_do_not_collide(spec: dict[str, Any]) -> None:
    from specs.planningpme.models_enums import SyncType

    emitted = spec["components"]["schemas"]["SyncType"]
    assert emitted["x-enum-varnames"] == [SyncType.__varnames__[v] for v in emitted["enum"]]

    varnames = SyncType.__varnames__
    assert list(varnames) == [member.value for member in SyncType]
    assert len(set(varnames.values())) == len(varnames)
    assert varnames["_Google"] != varnames["Google"]


def test_documented_parameter_values_fit_their_schemas(spec: dict[str, Any]) -> None:
    # The request lines' values (504, 78, 531, 617) are in the descriptions (parameter examples
    # must cite JSON lines); they must still be accepted by the schemas.
    tasks = _operation(spec, "get", "/api/task")
    pattern = _parameter(tasks, "sortInfo")["schema"]["pattern"]
    assert re.fullmatch(pattern, "label+") and re.fullmatch(pattern, "notValid-label+")
    assert _parameter(tasks, "pageIndex")["schema"]["minimum"] <= 1
    assert "756" in _parameter(_operation(spec, "get", "/api/task/{id}"), "id")["description"]
    client_id = _parameter(_operation(spec, "get", "/api/oauth/token"), "clientId")
    assert "2bc87bded6bf4de7babe8ea5a9212735" in client_id["description"]


def test_sort_info_pattern_does_not_restrict_property_names(spec: dict[str, Any]) -> None:
    sort_info = _parameter(_operation(spec, "get", "/api/task"), "sortInfo")
    assert re.fullmatch(sort_info["schema"]["pattern"], "customer.label-")
    assert "x-inferred" in sort_info


def test_undescribed_fields_are_not_guessed(spec: dict[str, Any]) -> None:
    schemas = _schemas(spec)
    expires_in = schemas["TokenResponse"]["properties"]["expires_in"]
    assert expires_in["description"].startswith("Not described by the document")
    assert "RFC 6749" in expires_in["x-inferred"]
    assert "Not described" in schemas["OAuthToken"]["properties"]["invalid"]["description"]
    assert "required by" not in schemas["Skill"]["description"]
    jwt = schemas["OAuthToken"]["properties"]["jwt"]
    assert any("33f37990" in quirk["text"] for quirk in jwt["x-quirks"])


def test_originals_match_their_english(spec: dict[str, Any]) -> None:
    # The operation's English summary is not the section heading: no original summary.
    assert "summary" not in _operation(spec, "post", "/token")["x-original"]
    schemes = spec["components"]["securitySchemes"]
    assert schemes["bearerToken"]["description"].startswith("User token and impersonation")
    assert "if it is enabled" in schemes["passwordGrant"]["description"]
    assert spec["info"]["description"].startswith("Link your planning data")
    assert "x-original" not in _schemas(spec)["Task"]
