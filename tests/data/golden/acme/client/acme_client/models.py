# Generated from openapi.yaml by datamodel-code-generator; do not edit.

from __future__ import annotations

from enum import StrEnum
from pydantic import BaseModel, ConfigDict


class Colour(StrEnum):
    """
    The colour of a widget.
    """

    RED = "red"
    GREEN = "green"
    BLUE = "blue"


class NewWidget(BaseModel):
    """
    The body that adds a widget: its name and colour (the server picks the number).
    """

    model_config = ConfigDict(
        extra="forbid",
        validate_by_name=True,
    )
    name: str
    """
    Its name.
    """
    colour: Colour
    """
    Its colour.
    """


class Problem(BaseModel):
    """
    The body of every error.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    code: int
    """
    The HTTP status code, repeated.
    """
    message: str
    """
    What went wrong.
    """


class Widget(BaseModel):
    """
    A widget of the warehouse.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    no: int | str
    """
    Number of the widget, an integer.
    """
    name: str | None = None
    """
    Its name.
    """
    colour: Colour | None = None
    """
    Its colour.
    """
