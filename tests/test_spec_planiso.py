"""Focused checks on the emitted Planiso spec (generated/planiso/openapi.yaml).

They pin what the curation of planiso.en.txt decided: the 36 operations, the bearer auth, the
generic `{code, message, data}` envelope, the universal and specific error codes, the form
bodies, the schemas that accept the examples, and the quirks recorded on the elements they
concern.
"""

import json
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.paths import vendor_docs

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "generated" / "planiso" / "openapi.yaml"
DOCUMENT = vendor_docs() / "planiso.en.txt"
METHODS = ("get", "put", "post", "delete", "patch")
UNIVERSAL_ERRORS = {"400", "401", "402", "403", "404", "409", "429"}


@cache
def spec() -> dict[str, Any]:
    with SPEC.open(encoding="utf-8") as handle:
        loaded: dict[str, Any] = yaml.safe_load(handle)
    return loaded


def operations() -> Iterator[tuple[str, str, dict[str, Any]]]:
    for path, item in spec()["paths"].items():
        for method in METHODS:
            if method in item:
                yield path, method, item[method]


def operation(operation_id: str) -> dict[str, Any]:
    for _, _, op in operations():
        if op["operationId"] == operation_id:
            return op
    raise AssertionError(f"no operation {operation_id}")


def schema(name: str) -> dict[str, Any]:
    found: dict[str, Any] = spec()["components"]["schemas"][name]
    return found


def quirk_lines(element: dict[str, Any]) -> list[list[int]]:
    return [quirk["lines"] for quirk in element.get("x-quirks", [])]


def refs(value: Any) -> set[str]:
    """Every $ref below ``value``."""
    if isinstance(value, dict):
        found = {value["$ref"]} if "$ref" in value else set()
        for sub in value.values():
            found |= refs(sub)
        return found
    if isinstance(value, list):
        return set().union(*(refs(item) for item in value)) if value else set()
    return set()


def test_openapi_version_and_server() -> None:
    assert spec()["openapi"] == "3.1.0"
    assert spec()["servers"][0]["url"] == "https://api.planiso.com"


def test_36_operations_each_with_source_and_bearer_security() -> None:
    ops = list(operations())
    assert len(ops) == 36
    ids = {op["operationId"] for _, _, op in ops}
    assert len(ids) == 36
    for path, method, op in ops:
        assert op["x-source"]["document"] == "planiso.en.txt", (method, path)
        assert op["security"] == [{"bearerAuth": []}], (method, path)
    tags = {op["tags"][0] for _, _, op in ops}
    assert tags == {
        "Users", "Customers", "Suppliers", "Subcontractors", "Organizations", "Projects",
        "Equipment", "Equipment Types",
    }  # fmt: skip


def test_bearer_scheme() -> None:
    scheme = spec()["components"]["securitySchemes"]["bearerAuth"]
    assert scheme["type"] == "http"
    assert scheme["scheme"] == "bearer"
    assert spec()["security"] == [{"bearerAuth": []}]


def test_every_operation_has_universal_and_specific_errors_with_error_envelope() -> None:
    error_ref = "#/components/schemas/ErrorEnvelope"
    for path, method, op in operations():
        codes = {str(code) for code in op["responses"]}
        assert codes >= UNIVERSAL_ERRORS, (method, path)
        for code, response in op["responses"].items():
            if str(code).startswith(("4", "5")):
                assert response["content"]["application/json"]["schema"] == {"$ref": error_ref}
    # 500 comes only from the specific lists: every operation has one (the last's is line 2976)
    assert all("500" in {str(c) for c in op["responses"]} for _, _, op in operations())
    # the specific text replaces the universal one and cites its own line
    not_found = operation("getUser")["responses"]["404"]
    assert "{no}" in not_found["description"]
    assert not_found["x-source"]["lines"] == [294, 294]
    failed = operation("getUser")["responses"]["402"]
    assert failed["description"].startswith("Request Failed")
    assert failed["x-source"]["lines"] == [91, 91]


def test_envelope_is_one_generic_model_with_readable_names() -> None:
    names = spec()["components"]["schemas"]
    for name in ("UserEnvelope", "UserListEnvelope", "EmptyEnvelope", "ErrorEnvelope"):
        envelope = names[name]
        assert envelope["required"] == ["code", "message", "data"]
        assert envelope["properties"]["code"]["type"] == "integer"
        assert envelope["x-source"]["lines"] == [57, 80]
    assert refs(schema("UserEnvelope")["properties"]["data"]) == {"#/components/schemas/User"}
    listed = schema("UserListEnvelope")["properties"]["data"]
    assert listed["type"] == "array"
    assert listed["items"] == {"$ref": "#/components/schemas/User"}
    assert schema("EmptyEnvelope")["properties"]["data"]["maxItems"] == 0
    assert not any("_" in name or "[" in name for name in names)


def test_no_is_int_or_digit_string_with_quirk() -> None:
    for name, line in (("User", 123), ("Customer", 583), ("Project", 2124), ("Equipment", 2512)):
        no = schema(name)["properties"]["no"]
        types = [branch["type"] for branch in no["anyOf"]]
        assert types == ["integer", "string"], name
        assert no["anyOf"][1]["pattern"] == "^[0-9]+$"
        assert quirk_lines(no)[0][0] == line, name
        assert "no" in schema(name)["required"]


def test_user_quirks_phonext_names_and_timestamps() -> None:
    user = schema("User")["properties"]
    assert user["phonext"]["type"] == ["string", "null"]
    assert "format" not in user["phonext"]
    assert quirk_lines(user["phonext"]) == [[144, 186]]
    assert quirk_lines(user["fullname"]) == [[132, 183]]
    assert quirk_lines(user["username"]) == [[135, 182]]
    for field in ("create_date", "last_update"):
        assert user[field]["pattern"] == r"^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}$"
        assert "format" not in user[field]
        assert quirk_lines(user[field])
    assert user["hired_date"]["type"] == ["string", "null"]
    assert user["aff_number"]["pattern"] == "^PERS-"


def test_organization_adress_and_unlisted_fields() -> None:
    org = schema("Organization")
    assert "adress" in org["properties"]
    assert "address" not in org["properties"]
    assert [1700, 1743] in quirk_lines(org["properties"]["adress"])
    for field in ("province", "toll_free", "phone_extension", "fax"):
        assert "x-inferred" in org["properties"][field], field
    assert [636, 1025] in quirk_lines(org["properties"]["province"])
    active_types = {b.get("type") for b in org["properties"]["active"]["anyOf"]}
    assert active_types == {"boolean", "string"}
    assert quirk_lines(org["properties"]["active"]) == [[1553, 1553]]
    assert schema("OrganizationCreateForm")["required"] == ["name", "address"]


def test_find_operations_record_code_400_against_404() -> None:
    expected = {
        "getUser": [219, 294], "getCustomer": [660, 731], "getSupplier": [1049, 1120],
        "getSubcontractor": [1428, 1487], "getOrganization": [1768, 1839],
        "getEquipment": [2610, 2683],
    }  # fmt: skip
    for operation_id, lines in expected.items():
        assert lines in quirk_lines(operation(operation_id)), operation_id
    assert "x-quirks" not in operation("getProject")  # its text says 404, as its list does


def test_delete_user_answers_204_with_a_body() -> None:
    response = operation("deleteUser")["responses"]["204"]
    assert response["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/EmptyEnvelope"
    }
    assert quirk_lines(response) == [[546, 550]]
    assert "200" in operation("deleteCustomer")["responses"]


def test_request_bodies_are_flat_forms() -> None:
    writes = [(p, m, op) for p, m, op in operations() if m in ("post", "put")]
    assert len(writes) == 14
    for path, method, op in writes:
        content = op["requestBody"]["content"]
        assert list(content) == ["application/x-www-form-urlencoded"], (method, path)
        target = content["application/x-www-form-urlencoded"]["schema"]["$ref"].rsplit("/", 1)[1]
        for name, prop in schema(target)["properties"].items():
            assert "$ref" not in json.dumps(prop) and prop.get("type") != "object", (target, name)
    assert schema("UserCreateForm")["required"] == ["fullname"]
    user_update = schema("UserUpdateForm")["properties"]
    assert "last_update" not in user_update and "active" not in user_update
    assert "last_update" in schema("UserCreateForm")["properties"]


def test_form_quirks_custom_num_php_warning_type_nos_and_customer_org_fields() -> None:
    supplier_update = schema("SupplierUpdateForm")["properties"]
    assert quirk_lines(supplier_update["custom_num"]) == [[1261, 1267]]
    assert "x-inferred" in supplier_update["custom_no"]
    assert quirk_lines(operation("updateUser")["responses"]["409"]) == [[486, 486]]
    for form, lines in (
        ("SupplierCreateForm", [1172, 1174]),
        ("SubcontractorCreateForm", [1527, 1529]),
    ):
        organization = schema(form)["properties"]["organization"]
        assert quirk_lines(organization) == [lines]
        assert "PHP warning" in organization["x-quirks"][0]["text"]
    type_nos = schema("EquipmentCreateForm")["properties"]["type_nos"]
    assert quirk_lines(type_nos) == [[2747, 2747]]
    customer = schema("CustomerCreateForm")
    assert quirk_lines(customer) == [[780, 791]]
    assert "organization_adress" in customer["properties"]
    assert customer["required"] == ["organization_name", "organization_adress"]
    year = schema("EquipmentCreateForm")["properties"]["year"]
    assert year["exclusiveMinimum"] == 1900


def test_more_quirks_found_in_the_document() -> None:
    assert [2120, 2150] in quirk_lines(operation("listProjects"))
    assert [2930, 2965] in quirk_lines(operation("listEquipmentTypes"))
    assert [1912, 1913] in quirk_lines(operation("createOrganization")["responses"]["201"])
    assert [2765, 2767] in quirk_lines(operation("createEquipment")["responses"]["201"])
    assert [91, 91] in quirk_lines(spec()["info"])
    subcontractor = schema("Subcontractor")["properties"]
    assert subcontractor["date_added"]["x-inferred"]
    assert schema("Project")["properties"]["last_update"]["x-inferred"]
    equipment_year = schema("Equipment")["properties"]["year"]
    assert {b["type"] for b in equipment_year["anyOf"]} == {"integer", "string", "null"}


def all_examples() -> Iterator[tuple[str, dict[str, Any]]]:
    for path, method, op in operations():
        for code, response in op["responses"].items():
            for media in response.get("content", {}).values():
                for name, example in media.get("examples", {}).items():
                    yield f"{method} {path} {code} {name}", example


@pytest.mark.document_text
def test_37_examples_are_attached_verbatim() -> None:
    examples = list(all_examples())
    assert len(examples) == 37
    lines = DOCUMENT.read_text(encoding="utf-8").split("\n")
    starts = set()
    for where, example in examples:
        first, last = example["x-source"]["lines"]
        printed = json.loads("\n".join(lines[first - 1 : last]))
        assert printed == example["value"], where
        starts.add(first)
    assert len(starts) == 37
    generic = operation("getProject")["responses"]["200"]["content"]["application/json"]
    assert generic["examples"]["standardized_response"]["x-source"]["lines"] == [72, 80]
