"""The project's own rules on an emitted document: what the builder must never invent, and what
generated code needs (distinct enum member names, closed request bodies)."""

from __future__ import annotations

from typing import Any, ClassVar

from pydantic import BaseModel, Field

from generator.build import build_document
from generator.describe import DocEnum, RequestBody, schema_config
from generator.problems import Problems
from generator.schemas import build_components
from generator.validate import check_project_rules
from tests.data.acme_base import operation, vendor


class Sync(DocEnum):
    __lines__ = (140, 141)
    UNDERSCORE_GOOGLE = "_Google"
    GOOGLE = "Google"


class NamedSync(DocEnum):
    __lines__ = (140, 141)
    __varnames__: ClassVar[dict[Any, str]] = {"_Google": "GOOGLE_LEGACY", "Google": "GOOGLE"}
    __descriptions__: ClassVar[dict[Any, str]] = {"_Google": "the old sync", "Google": "the new"}
    UNDERSCORE_GOOGLE = "_Google"
    GOOGLE = "Google"


class OpenForm(BaseModel):
    model_config = schema_config(lines=(354, 367))
    name: str = Field(description="Its name.")
    note: str | None = Field(None, description="A note.")


class ClosedForm(BaseModel):
    model_config = schema_config(lines=(354, 367), extra="forbid")
    name: str = Field(description="Its name.")
    sync: Sync | NamedSync | None = Field(None, description="How it syncs.")


def emitted(body: RequestBody) -> dict[str, Any]:
    acme = vendor(operations=[operation(method="put", request_body=body)])
    problems = Problems()
    document = build_document(acme, components=build_components(acme, problems=problems))
    assert not problems.errors
    return document


def rule_messages(document: dict[str, Any]) -> list[str]:
    problems = Problems()
    check_project_rules(document, label="acme", problems=problems)
    return [str(p) for p in problems.items]


def test_optional_fields_get_no_invented_default_null() -> None:
    document = emitted(RequestBody(model=ClosedForm))
    properties = document["components"]["schemas"]["ClosedForm"]["properties"]
    assert "default" not in properties["sync"]
    assert properties["sync"]["anyOf"][-1] == {"type": "null"}, "still nullable, not required"
    assert document["components"]["schemas"]["ClosedForm"]["required"] == ["name"]


def test_a_default_null_in_a_document_is_an_error() -> None:
    document = emitted(RequestBody(model=ClosedForm))
    document["components"]["schemas"]["ClosedForm"]["properties"]["name"]["default"] = None
    assert any("default: null" in m and "ClosedForm" in m for m in rule_messages(document))


def test_request_body_required_only_when_the_curator_states_it() -> None:
    unstated = emitted(RequestBody(model=ClosedForm))["paths"]["/v1/widget/{no}"]["put"]
    assert "required" not in unstated["requestBody"]
    stated = emitted(RequestBody(model=ClosedForm, required=True))["paths"]["/v1/widget/{no}"]
    assert stated["put"]["requestBody"]["required"] is True


def test_enum_values_that_collide_as_member_names_are_reported() -> None:
    messages = rule_messages(emitted(RequestBody(model=ClosedForm)))
    assert any(
        m.startswith("ERROR") and "Sync" in m and "collide" in m and "GOOGLE" in m for m in messages
    )
    assert not any("NamedSync" in m for m in messages)


def test_named_enum_members_are_emitted_in_enum_order() -> None:
    schema = emitted(RequestBody(model=ClosedForm))["components"]["schemas"]["NamedSync"]
    assert schema["enum"] == ["_Google", "Google"]
    assert schema["x-enum-varnames"] == ["GOOGLE_LEGACY", "GOOGLE"]
    assert schema["x-enum-descriptions"] == ["the old sync", "the new"]


def test_enum_varnames_must_be_distinct_identifiers_one_per_value() -> None:
    document = emitted(RequestBody(model=ClosedForm))
    document["components"]["schemas"]["NamedSync"]["x-enum-varnames"] = ["GOOGLE", "GOOGLE"]
    assert any("names must be distinct" in m for m in rule_messages(document))
    document["components"]["schemas"]["NamedSync"]["x-enum-varnames"] = ["GOOGLE"]
    assert any("one identifier per enum value" in m for m in rule_messages(document))


def test_an_open_request_body_is_reported_and_a_closed_one_is_not() -> None:
    open_messages = rule_messages(emitted(RequestBody(model=OpenForm)))
    assert any(
        m.startswith("ERROR") and "PUT /v1/widget/{no}" in m and "request body is closed" in m
        for m in open_messages
    )
    closed_messages = rule_messages(emitted(RequestBody(model=ClosedForm)))
    assert not any("request body is closed" in m for m in closed_messages)
