"""A tiny valid vendor that the broken-description cases in tests/data/*/ each break once.

It cites lines of planiso.en.txt only because a document must exist for the line checks.
"""

from typing import Any, Literal

from pydantic import BaseModel, Field

from generator.describe import (
    Example,
    Operation,
    Parameter,
    Response,
    SecurityScheme,
    Server,
    Source,
    Tag,
    Vendor,
    schema_config,
)


class Widget(BaseModel):
    model_config = schema_config(lines=(117, 160))
    no: int | str = Field(description="Number of the widget.")
    name: str | None = Field(None, description="Its name.")


class Problem(BaseModel):
    model_config = schema_config(lines=(95, 113))
    code: int = Field(description="HTTP code.")
    message: str = Field(description="What went wrong.")


def parameter(**changes: Any) -> Parameter:
    values: dict[str, Any] = {
        "name": "no", "location": "path", "required": True, "type": int,
        "description": "Number of the widget.",
    }  # fmt: skip
    return Parameter(**(values | changes))


def operation(**changes: Any) -> Operation:
    values: dict[str, Any] = {
        "method": "get",
        "path": "/v1/widget/{no}",
        "operation_id": "getWidget",
        "summary": "Find a widget",
        "tags": ["Widgets"],
        "source": Source(lines=(217, 262)),
        "parameters": [parameter()],
        "responses": [
            Response(
                status=200,
                description="The widget.",
                model=Widget,
                examples=[
                    Example(name="widget", summary="A widget", lines=(245, 262), value={"no": "1"})
                ],
            ),
            Response(status=404, description="No such widget.", model=Problem),
        ],
    }
    return Operation(**(values | changes))


def vendor(**changes: Any) -> Vendor:
    values: dict[str, Any] = {
        "key": "acme",
        "title": "Acme API",
        "version": "1",
        "description": "A tiny vendor for tests.",
        "document": "planiso.en.txt",
        "servers": [Server(url="https://api.acme.example")],
        "security_schemes": [
            SecurityScheme(key="bearer", type="http", scheme="bearer", description="API key.")
        ],
        "security": [{"bearer": []}],
        "tags": [Tag(name="Widgets", description="Widgets.")],
        "operations": [operation()],
    }
    return Vendor(**(values | changes))


Sort = Literal["asc", "desc"]
