"""Focused checks on the emitted Planiso spec (generated/planiso/openapi.yaml).

They pin what the curation of planiso.en.txt decided: the 36 operations, the bearer auth, the
generic `{code, message, data}` envelope, the universal and specific error codes, the form
bodies, the schemas that accept the examples, and the quirks recorded on the elements they
concern.
"""

import json
import re
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
        loaded: dict[str, Any] = yaml.load(handle, Loader=yaml.CSafeLoader)
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
            # flat: no nested object; a reference names a scalar (the FormFlag enum) at most
            refs = re.findall(r'"\$ref": "#/components/schemas/(\w+)"', json.dumps(prop))
            assert prop.get("type") != "object", (target, name)
            assert all(schema(ref)["type"] in ("string", "integer") for ref in refs), (target, name)
    assert schema("UserCreateForm")["required"] == ["fullname"]
    # every documented attribute, not only what the update curl sends (lines 436-440)
    user_update = schema("UserUpdateForm")["properties"]
    assert "last_update" in user_update and "active" in user_update
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


# --- second reading (issue 15) ---------------------------------------------------------------------

#: Attributes that no form carries: `no` is the path parameter (or assigned by the server) and
#: `aff_number` is "Generated by Planiso" (line 126).
NOT_WRITABLE = {"no", "aff_number"}
#: Per form, documented attributes that it replaces or cannot change, with the reason's line.
NOT_IN_FORM = {
    "CustomerCreateForm": {"organization"},  # sent as flat organization_* fields (780-791)
    "CustomerUpdateForm": {"organization"},  # "use Update an organization" (834)
    "SupplierUpdateForm": {"organization"},  # 1220
    "SubcontractorUpdateForm": {"organization"},  # 1571
    "EquipmentCreateForm": {"type"},  # sent as type_nos (2747)
    "EquipmentUpdateForm": {"type"},  # types cannot be changed by this method (2786)
}


def form_of(op: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    media = op["requestBody"]["content"]["application/x-www-form-urlencoded"]
    name = media["schema"]["$ref"].rsplit("/", 1)[1]
    return name, schema(name)


def documented_attributes(lines: list[str], first: int) -> set[str]:
    """The attribute names of the list that starts at line ``first`` ("Attributes")."""
    names = set()
    number = first
    while lines[number - 1] != "Returns":
        word = lines[number - 1].split(" ", 1)
        typed = len(word) == 2 and word[1].startswith(("int", "string", "boolean", "date", "array"))
        if typed and word[0].islower() and lines[number - 2] == "":
            names.add(word[0])
        number += 1
    return names


def test_forms_are_closed_and_carry_every_documented_attribute() -> None:
    forms = [form_of(op) for _, method, op in operations() if method in ("post", "put")]
    for name, form in forms:
        assert form["additionalProperties"] is False, name
    # the leads of issue 15, checked without the document
    equipment_update = set(schema("EquipmentUpdateForm")["properties"])
    assert equipment_update >= {
        "num_equip", "year", "brand", "nummodel", "numserial", "purchase_date",
        "purchase_seller", "active",
    }  # fmt: skip
    for name in ("CustomerCreateForm", "CustomerUpdateForm"):
        assert set(schema(name)["properties"]) >= {"is_14001", "is_18001", "is_9001", "active"}


@pytest.mark.document_text
def test_forms_carry_every_attribute_the_document_lists() -> None:
    lines = DOCUMENT.read_text(encoding="utf-8").split("\n")
    for _, method, op in operations():
        if method not in ("post", "put"):
            continue
        name, form = form_of(op)
        first = op["requestBody"]["x-source"]["lines"][0]
        assert lines[first - 1] == "Attributes", (name, first)
        expected = documented_attributes(lines, first) - NOT_WRITABLE - NOT_IN_FORM.get(name, set())
        assert expected <= set(form["properties"]), (name, expected - set(form["properties"]))


def test_request_bodies_required_only_with_a_reason() -> None:
    """The document never says a body is required: where a create has a required field the
    body is required with an x-inferred reason citing it; update bodies carry no reason."""
    for _, method, op in operations():
        if method not in ("post", "put"):
            continue
        body = op["requestBody"]
        name, form = form_of(op)
        if form.get("required"):
            assert body["required"] is True, name
            assert "does not say" in body["x-inferred"], name
        else:
            assert "x-inferred" not in body, name
            assert "required" not in body, f"{name}: the document does not say it is required"


def walk(value: Any, where: str = "") -> Iterator[tuple[str, dict[str, Any]]]:
    if isinstance(value, dict):
        yield where, value
        for key, sub in value.items():
            yield from walk(sub, f"{where}/{key}")
    elif isinstance(value, list):
        for index, sub in enumerate(value):
            yield from walk(sub, f"{where}/{index}")


def test_no_default_anywhere() -> None:
    """The document states no default value: none is emitted (there were 20 `default: null`)."""
    for where, node in walk(spec()["components"]["schemas"]):
        assert "default" not in node or "properties" in where.rsplit("/", 1)[-1], where
    for _, _, op in operations():
        for parameter in op.get("parameters", []):
            assert "default" not in parameter["schema"], parameter["name"]


def test_undocumented_fields_are_described_by_what_the_document_shows() -> None:
    """No meaning guessed from a field name: an attribute the lists do not give cites the
    example lines that show it."""
    organization = schema("Organization")["properties"]
    for field in ("province", "toll_free", "phone_extension", "fax"):
        description = organization[field]["description"]
        assert description.startswith("Not in the attribute list"), field
        assert "line" in description, field
    assert (
        "Not in the attribute list"
        in schema("Subcontractor")["properties"]["date_added"]["description"]
    )
    assert (
        "Not in the attribute list" in schema("Project")["properties"]["last_update"]["description"]
    )
    assert "extension" not in schema("User")["properties"]["phonext"]["description"]
    assert "created from" not in operation("createCustomer")["description"]


def test_second_reading_quirks() -> None:
    info_quirks = spec()["info"]["x-quirks"]
    five_hundred = next(q for q in info_quirks if "500" in q["text"])
    assert "but one" not in five_hundred["text"]
    assert five_hundred["lines"] == [81, 2976]
    assert all("500" in op["responses"] for _, _, op in operations())
    organization = schema("Organization")
    assert [711, 1102] in quirk_lines(organization)  # one number, two names
    assert [1190, 1541] in quirk_lines(organization["properties"]["name"])  # one name, 3 numbers
    assert "x-inferred" in schema("OrganizationUpdateForm")["properties"]["province"]
    # "0" is in no example: accepting it is marked
    for name in ("Organization", "EquipmentType"):
        active = schema(name)["properties"]["active"]
        if any(branch.get("enum") == ["0", "1"] for branch in active["anyOf"]):
            assert '"0"' in active["x-inferred"], name


@pytest.mark.document_text
def test_the_iso_form_flags_are_named_after_the_curls_spelling() -> None:
    flag = schema("FormFlag")
    assert (flag["enum"], flag["x-enum-varnames"]) == (["1", ""], ["ONE", "EMPTY"])
    lines = DOCUMENT.read_text(encoding="utf-8").splitlines()
    assert [lines[n - 1].strip() for n in (1169, 1258)] == [
        '-d "is_14001=" \\',
        '-d "is_14001=1" \\',
    ]
    for form in ("SupplierCreateForm", "SupplierUpdateForm"):
        for flag_name in ("is_14001", "is_18001", "is_9001"):
            options = schema(form)["properties"][flag_name]["anyOf"]
            assert options == [{"type": "boolean"}, {"$ref": "#/components/schemas/FormFlag"}]
