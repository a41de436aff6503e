"""Component schema generation: names, nullability, provenance."""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from pydantic import BaseModel, Field

from generator.describe import Response, schema_config
from generator.problems import Problems
from generator.schemas import build_components
from tests.data.acme_base import Widget, operation, vendor

T = TypeVar("T")


class Envelope(BaseModel, Generic[T]):
    model_config = schema_config(lines=(60, 80))
    code: int = Field(description="HTTP code.")
    data: T = Field(description="The payload.")

    @classmethod
    def model_parametrized_name(cls, params: tuple[Any, ...]) -> str:
        return f"{params[0].__name__}Envelope"


def test_generic_models_are_named_by_their_parametrized_name() -> None:
    acme = vendor(
        operations=[
            operation(responses=[Response(status=200, description="ok", model=Envelope[Widget])])
        ]
    )
    problems = Problems()
    components = build_components(acme, problems=problems)
    assert not problems.errors
    assert sorted(components.named) == ["Colour", "Widget", "WidgetEnvelope"]
    envelope = components.named["WidgetEnvelope"]
    assert envelope["properties"]["data"] == {
        "description": "The payload.",
        "$ref": "#/components/schemas/Widget",
    }
    assert components.inline[("response", "getWidget", "200")] == {
        "$ref": "#/components/schemas/WidgetEnvelope"
    }


def test_optional_scalars_use_a_type_array_and_cite_the_document() -> None:
    problems = Problems()
    widget = build_components(vendor(), problems=problems).named["Widget"]
    assert widget["properties"]["name"]["type"] == ["string", "null"]
    assert "title" not in widget["properties"]["name"]
    assert widget["x-source"] == {"document": "acme.en.txt", "lines": [19, 21]}
