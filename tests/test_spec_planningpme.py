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
    loaded: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
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


def test_accept_language_on_every_operation(spec: dict[str, Any]) -> None:
    languages = _schemas(spec)["AcceptLanguage"]["enum"]
    assert languages == [
        "de", "en", "da", "es", "fi", "fr", "it", "ja", "nl", "no", "pl", "pt", "ru", "sv",
    ]  # fmt: skip
    for item in spec["paths"].values():
        for method, operation in item.items():
            if method in METHODS:
                header = _parameter(operation, "Accept-Language")
                assert header["in"] == "header"
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
