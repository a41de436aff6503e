"""The project's own rules on an emitted document: what the builder must never invent, and what
generated code needs (distinct enum member names, closed request bodies)."""

from __future__ import annotations

from typing import Any, ClassVar

import pytest
from pydantic import BaseModel, Field, ValidationError

from generator import naming
from generator.build import build_document
from generator.describe import DocEnum, Operation, Paging, RequestBody, Resource, schema_config
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


def _named(*operations: Any) -> list[str]:
    acme = vendor(operations=list(operations))
    problems = Problems()
    document = build_document(acme, components=build_components(acme, problems=problems))
    return rule_messages(document)


def test_client_names_are_emitted_with_the_tag_and_operation_id_as_defaults() -> None:
    named = operation(client_method="get")
    plain = operation(method="put", client_method=None)
    acme = vendor(operations=[named, plain])
    document = build_document(acme, components=build_components(acme, problems=Problems()))
    item = next(iter(document["paths"].values()))
    assert item["get"]["x-fern-sdk-method-name"] == "get"
    assert item["put"]["x-fern-sdk-method-name"] == "get_widget"  # snake(operationId)
    tag = named.tags[0]
    assert item["get"]["x-fern-sdk-group-name"] == naming.snake(tag)
    resource = Resource(tags=["OAuth"], client_group="oauth")
    assert resource.get(**_given_fields(plain)).client_group == "oauth"
    assert resource.get(**_given_fields(plain), client_group="mine").client_group == "mine"


def _given_fields(op: Operation) -> dict[str, Any]:
    return {k: getattr(op, k) for k in ("path", "operation_id", "summary", "responses", "source")}


def test_two_operations_with_one_client_name_are_refused() -> None:
    first = operation(client_method="fetch")
    second = operation(method="put", operation_id="putWidget", client_method="fetch")
    messages = _named(first, second)
    assert any("client method" in m and ".fetch is also GET" in m for m in messages), messages
    assert not _named(first, operation(method="put", operation_id="putWidget"))


def test_an_iter_method_may_not_collide_and_a_group_may_not_hide_the_client() -> None:
    paged = operation(
        client_method="list",
        paging=Paging(style="offset", cursor="start", size="limit"),
    )
    clash = operation(method="put", operation_id="putWidget", client_method="iter_list")
    messages = _named(paged, clash)
    assert any(".iter_list is also" in m for m in messages), messages
    hidden = operation(client_group="with_options")
    assert any("is a client attribute" in m for m in _named(hidden)), _named(hidden)


def test_a_client_name_must_be_a_snake_case_identifier() -> None:
    for bad in ("List", "get-one", "2nd", "_private", "a__b"):
        with pytest.raises(ValidationError, match="client_method"):
            operation(client_method=bad)
    document = emitted(RequestBody(model=ClosedForm))
    op = next(iter(document["paths"].values()))["put"]
    op["x-fern-sdk-method-name"] = "class"
    op["x-fern-sdk-group-name"] = "Widgets"
    messages = rule_messages(document)
    assert any("'class' is not a snake_case Python identifier" in m for m in messages), messages
    assert any("'Widgets' is not a snake_case Python identifier" in m for m in messages), messages
