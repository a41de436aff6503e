"""Acme's payloads (acme.en.txt lines 11-21)."""

from pydantic import BaseModel, Field

from generator.describe import DocEnum, Quirk, field_extras, optional, schema_config


class Colour(DocEnum):
    """The colour of a widget."""

    __lines__ = (20, 20)
    RED = "red"
    GREEN = "green"
    BLUE = "blue"


class Widget(BaseModel):
    """A widget of the warehouse."""

    model_config = schema_config(lines=(19, 21))
    no: int | str = Field(
        description="Number of the widget, an integer.",
        json_schema_extra=field_extras(
            quirks=[
                Quirk(lines=21, text="The number is an integer, but the server sends a string.")
            ]
        ),
    )
    name: str | None = Field(None, description="Its name.")
    colour: Colour = optional("Its colour.")


class NewWidget(BaseModel):
    """The body that adds a widget: its name and colour (the server picks the number)."""

    model_config = schema_config(lines=(43, 43), extra="forbid")
    name: str = Field(description="Its name.")
    colour: Colour = Field(description="Its colour.")


class Problem(BaseModel):
    """The body of every error."""

    model_config = schema_config(lines=(11, 17))
    code: int = Field(description="The HTTP status code, repeated.")
    message: str = Field(description="What went wrong.")
