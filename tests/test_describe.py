"""The description language says each thing once: Resource defaults, ``lines=`` for a source,
the language of originals from the vendor."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import BaseModel, Field, ValidationError

from generator.build import build_document
from generator.check import check_schema_lines, check_vendor
from generator.describe import (
    FORM,
    JSON,
    XML,
    Header,
    Operation,
    Original,
    Parameter,
    RequestBody,
    Resource,
    Response,
    SecurityScheme,
    Server,
    Source,
    Tag,
    Vendor,
    XmlObject,
    field_extras,
    schema_config,
)
from generator.problems import Problems
from generator.schemas import build_components
from tests.data.acme_base import Problem, Widget, parameter, vendor

NOT_FOUND = Response(status=404, description="No such widget.", model=Problem)
TOO_MANY = Response(status=429, description="Slow down.", model=Problem)
WIDGETS = Resource(
    tags=["Widgets"],
    security=[{"bearer": []}],
    parameters=[
        parameter(),
        parameter(name="lang", location="header", required=False, type=str, description="L."),
    ],
    errors=[NOT_FOUND, TOO_MANY],
    media_types=[JSON, XML],
    request_media_types=[FORM],
    media_models={XML: XmlObject},
)


def widget_op(**changes: Any) -> Operation:
    fields: dict[str, Any] = {
        "path": "/v1/widget/{no}",
        "operation_id": "getWidget",
        "summary": "Find a widget",
        "lines": (217, 262),
        "responses": [Response(status=200, description="The widget.", model=Widget)],
    }
    return WIDGETS.get(**(fields | changes))


# --- Resource ------------------------------------------------------------------------------------


def test_resource_fills_in_what_the_operation_leaves_out() -> None:
    op = widget_op()
    assert op.method == "get"
    assert op.tags == ["Widgets"]
    assert op.security == [{"bearer": []}]
    assert [(p.location, p.name) for p in op.parameters] == [("path", "no"), ("header", "lang")]
    assert [r.status for r in op.responses] == [200, 404, 429]
    ok = op.responses[0]
    assert ok.media_types == [JSON, XML]
    assert ok.media_models == {XML: XmlObject}


def test_resource_operation_equals_the_operation_written_out() -> None:
    written_out = Operation(
        method="get",
        path="/v1/widget/{no}",
        operation_id="getWidget",
        summary="Find a widget",
        tags=["Widgets"],
        security=[{"bearer": []}],
        source=Source(lines=(217, 262)),
        parameters=WIDGETS.parameters,
        responses=[
            Response(
                status=200,
                description="The widget.",
                model=Widget,
                media_types=[JSON, XML],
                media_models={XML: XmlObject},
            ),
            NOT_FOUND.model_copy(
                update={"media_types": [JSON, XML], "media_models": {XML: XmlObject}}
            ),
            TOO_MANY.model_copy(
                update={"media_types": [JSON, XML], "media_models": {XML: XmlObject}}
            ),
        ],
    )
    assert build(widget_op()) == build(written_out)


def test_explicit_arguments_override_the_defaults() -> None:
    own_no = parameter(description="The widget's own number.")
    own_404 = Response(status=404, description="Gone.", model=Problem)
    op = widget_op(
        tags=["Gadgets"],
        security=[],
        parameters=[own_no],
        responses=[
            Response(status=200, description="The widget.", model=Widget, media_types=[JSON]),
            own_404,
        ],
    )
    assert op.tags == ["Gadgets"]
    assert op.security == [], "security=[] (no authentication) is kept"
    assert op.parameters[0] is own_no, "the operation's own path parameter replaces the shared one"
    assert [r.status for r in op.responses] == [200, 404, 429]
    assert op.responses[1] == own_404.model_copy(
        update={"media_types": [JSON, XML], "media_models": {XML: XmlObject}}
    )
    assert op.responses[0].media_types == [JSON]
    assert op.responses[0].media_models == {}, "no media model for a media type it does not list"


def test_shared_path_parameter_only_where_the_path_names_it() -> None:
    op = widget_op(path="/v1/widget", operation_id="listWidgets")
    assert [(p.location, p.name) for p in op.parameters] == [("header", "lang")]


def test_shared_path_parameters_lead_and_others_follow_the_operations_own() -> None:
    sort = parameter(name="sort", location="query", required=False, type=str, description="S.")
    op = widget_op(parameters=[sort])
    assert [p.name for p in op.parameters] == ["no", "sort", "lang"]


def test_request_bodies_take_the_request_media_types() -> None:
    body = RequestBody(model=Widget)
    op = WIDGETS.put(
        path="/v1/widget/{no}",
        operation_id="updateWidget",
        summary="Change a widget",
        lines=(217, 262),
        request_body=body,
        responses=[Response(status=204, description="Changed.")],
    )
    assert op.method == "put"
    assert op.request_body is not None
    assert op.request_body.media_types == [FORM]
    assert op.request_body.media_models == {}, "XML is not among the body's media types"
    assert op.responses[0].media_types == [JSON], "a response without a body keeps its own"


def test_error_range_is_left_out_where_the_operation_gives_a_status_of_it() -> None:
    client_error = Response(status="4XX", description="A client error.")
    resource = Resource(tags=["Widgets"], errors=[client_error])
    common: dict[str, Any] = {"path": "/v1/widget", "operation_id": "listWidgets", "summary": "L"}
    listed = resource.get(**common, responses=[Response(status=200, description="ok")])
    assert [r.status for r in listed.responses] == [200, "4XX"]
    gone = resource.get(**common, responses=[Response(status=404, description="Gone.")])
    assert [r.status for r in gone.responses] == [404]


def test_a_mistake_in_a_resource_operation_is_a_validation_error_of_the_operation() -> None:
    with pytest.raises(ValidationError, match=r"Operation\ntag\n  Extra inputs"):
        widget_op(tag="Widgets")


# --- lines= is a source --------------------------------------------------------------------------

CITED: list[tuple[type[BaseModel], dict[str, Any]]] = [
    (Server, {"url": "https://api.acme.example"}),
    (SecurityScheme, {"key": "bearer", "type": "http", "scheme": "bearer", "description": "K."}),
    (Tag, {"name": "Widgets", "description": "Widgets."}),
    (Parameter, {"name": "q", "location": "query", "description": "Q."}),
    (Header, {"name": "X-Rate", "description": "R."}),
    (RequestBody, {"model": Widget}),
    (Response, {"status": 200, "description": "ok"}),
    (Operation, {"method": "get", "path": "/w", "operation_id": "w", "summary": "W"}),
    (Vendor, {"key": "acme", "title": "A", "version": "1", "description": "D.", "document": "d",
              "servers": []}),
]  # fmt: skip


@pytest.mark.parametrize(("cls", "fields"), CITED, ids=[c.__name__ for c, _ in CITED])
def test_lines_is_short_for_a_source_on_every_cited_element(
    cls: type[BaseModel], fields: dict[str, Any]
) -> None:
    short = cls(**fields, lines=(10, 15))
    assert short == cls(**fields, source=Source(lines=(10, 15)))
    assert short.source == Source(lines=(10, 15))  # type: ignore[attr-defined]
    assert cls(**fields, lines=12) == cls(**fields, source=Source(lines=12))


def test_lines_and_source_together_are_one_clear_error() -> None:
    with pytest.raises(ValidationError) as raised:
        Response(status=200, description="ok", lines=12, source=Source(lines=(12, 13)))
    (error,) = raised.value.errors()
    assert "lines=12 and source= both given" in error["msg"]


def test_lines_builds_the_same_x_source() -> None:
    op = build(widget_op(lines=(33, 40)))
    assert op["x-source"] == {"document": "acme.en.txt", "lines": [33, 40]}


# --- the language of originals -------------------------------------------------------------------


class Gadget(BaseModel):
    model_config = schema_config(lines=(117, 160), original=Original(description="Ein Gerät."))
    no: int = Field(
        description="Number.", json_schema_extra=field_extras(original=Original(summary="Nr."))
    )


def german(**changes: Any) -> dict[str, Any]:
    described = widget_op(
        original=Original(summary="Ein Widget finden"),
        responses=[Response(status=200, description="A gadget.", model=Gadget)],
    )
    acme = vendor(language="de", operations=[described], **changes)
    problems = Problems()
    document = build_document(acme, components=build_components(acme, problems=problems))
    assert not problems.errors
    return document


def test_an_original_takes_the_vendors_language_first() -> None:
    document = german()
    op = document["paths"]["/v1/widget/{no}"]["get"]
    assert list(op["x-original"].items()) == [("lang", "de"), ("summary", "Ein Widget finden")]
    gadget = document["components"]["schemas"]["Gadget"]
    assert gadget["x-original"] == {"lang": "de", "description": "Ein Gerät."}
    assert gadget["properties"]["no"]["x-original"] == {"lang": "de", "summary": "Nr."}


def test_an_originals_own_language_wins() -> None:
    tag = Tag(name="Widgets", description="W.", original=Original(lang="fr", summary="Machins"))
    assert german(tags=[tag])["tags"][0]["x-original"] == {"lang": "fr", "summary": "Machins"}


def check(acme: Vendor) -> list[str]:
    problems = Problems()
    check_vendor(acme, document_lines=None, problems=problems)
    components = build_components(acme, problems=problems)
    check_schema_lines(components.named, vendor=acme, document_lines=None, problems=problems)
    return [str(p) for p in problems.errors]


def test_an_english_original_on_an_english_vendor_is_an_error_where_it_is() -> None:
    """The usual slip: originals without ``lang`` and the vendor's language not declared."""
    tag = Tag(name="Widgets", description="W.", original=Original(summary="Machins"))
    described = widget_op(responses=[Response(status=200, description="A gadget.", model=Gadget)])
    errors = check(vendor(tags=[tag], operations=[described]))
    assert [e.split(": the original wording")[0] for e in errors] == [
        "ERROR: acme: tags.Widgets.x-original",
        "ERROR: acme components.schemas.Gadget: properties.no.x-original",
        "ERROR: acme components.schemas.Gadget: x-original",
    ]


def test_unknown_languages_are_errors() -> None:
    assert check(vendor(language="xx")) == [
        "ERROR: acme: language 'xx': not an ISO 639-1 language code (de, en, pt, …)"
    ]
    tag = Tag(name="Widgets", description="W.", original=Original(lang="deu", summary="W"))
    assert check(vendor(language="de", tags=[tag])) == [
        "ERROR: acme: tags.Widgets.x-original: lang 'deu': not an ISO 639-1 language code"
    ]


def build(op: Operation) -> dict[str, Any]:
    acme = vendor(operations=[op])
    problems = Problems()
    document = build_document(acme, components=build_components(acme, problems=problems))
    assert not problems.errors, problems.errors
    item: dict[str, Any] = document["paths"][op.path][op.method]
    return item
