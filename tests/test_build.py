"""The builder: description → OpenAPI 3.1 document, on the tiny vendor of tests/data."""

from __future__ import annotations

from typing import Any

from generator.build import build_document
from generator.describe import Original, Quirk, Source
from generator.problems import Problems
from generator.schemas import build_components
from tests.data.acme_base import operation, vendor


def build(**changes: Any) -> dict[str, Any]:
    acme = vendor(**changes)
    problems = Problems()
    document = build_document(acme, components=build_components(acme, problems=problems))
    assert not problems.errors
    return document


def test_document_skeleton_in_openapi_order() -> None:
    document = build()
    assert list(document) == [
        "openapi",
        "info",
        "servers",
        "security",
        "tags",
        "paths",
        "components",
    ]
    assert document["openapi"] == "3.1.0"
    assert document["info"]["x-origin"] == {"document": "acme.en.txt", "language": "en"}


def test_operation_carries_security_provenance_and_examples_on_the_media_type() -> None:
    op = build()["paths"]["/v1/widget/{no}"]["get"]
    assert op["security"] == [{"bearer": []}], "security repeated on every operation"
    assert op["x-source"] == {"document": "acme.en.txt", "lines": [33, 40]}
    media = op["responses"]["200"]["content"]["application/json"]
    assert media["schema"] == {"$ref": "#/components/schemas/Widget"}
    example = media["examples"]["widget"]
    assert example["summary"] == "A widget (acme.en.txt lines 36-40)"
    assert example["x-source"]["lines"] == [36, 40]
    assert example["value"] == {"no": "1", "name": "Sprocket", "colour": "red"}


def test_explicit_empty_security_is_kept_not_replaced_by_the_default() -> None:
    op = build(operations=[operation(security=[])])["paths"]["/v1/widget/{no}"]["get"]
    assert op["security"] == []


def test_extensions_of_an_operation() -> None:
    described = operation(
        inferred="The document prints no path for this operation; it follows the others.",
        quirks=[Quirk(lines=(33, 34), text="400 in the text, 404 in the list")],
        original=Original(lang="de", summary="Ein Widget finden"),
    )
    op = build(operations=[described])["paths"]["/v1/widget/{no}"]["get"]
    assert op["x-inferred"].startswith("The document prints no path")
    assert op["x-quirks"] == [{"lines": [33, 34], "text": "400 in the text, 404 in the list"}]
    assert op["x-original"] == {"lang": "de", "summary": "Ein Widget finden"}


def test_parameter_default_only_when_the_curator_sets_one() -> None:
    from tests.data.acme_base import Sort, parameter

    described = operation(
        parameters=[
            parameter(),
            parameter(name="sort", location="query", required=False, type=Sort, default="asc"),
            parameter(
                name="q", location="query", required=False, type=str, source=Source(lines=24)
            ),
        ]
    )
    params = build(operations=[described])["paths"]["/v1/widget/{no}"]["get"]["parameters"]
    assert params[1]["schema"] == {"type": "string", "enum": ["asc", "desc"], "default": "asc"}
    assert "default" not in params[2]["schema"]
    assert params[2]["x-source"]["lines"] == [24, 24]


def test_a_media_type_typed_otherwise_gets_its_own_schema() -> None:
    from generator.describe import JSON, XML, RequestBody, Response, XmlObject
    from tests.data.acme_base import Widget

    described = operation(
        method="put",
        request_body=RequestBody(
            model=Widget, media_types=[JSON, XML], media_models={XML: XmlObject}
        ),
        responses=[
            Response(
                status=200,
                description="The widget.",
                model=Widget,
                media_types=[JSON, XML],
                media_models={XML: XmlObject},
            )
        ],
    )
    op = build(operations=[described])["paths"]["/v1/widget/{no}"]["put"]
    for content in (op["requestBody"]["content"], op["responses"]["200"]["content"]):
        assert content[JSON]["schema"] == {"$ref": "#/components/schemas/Widget"}
        assert content[XML]["schema"] == {"type": "object"}
