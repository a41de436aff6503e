# Generated from openapi.yaml by datamodel-code-generator; do not edit.
"""The API's data as pydantic models, one class per schema, and its enums.

Build a model with the vendor's field names as keywords, as the document prints them and as
they go on the wire (``Thing(thingId=1)``): the type checkers name the constructor's parameters
after the fields' aliases (without pydantic's mypy plugin; with it, after the Python names).
Read its attributes by the Python names (``thing.thing_id``). Both spellings validate at run
time (``validate_by_name``). A request body may also be a dict in the vendor's names, typed by
a ``TypedDict`` of ``bodies``. Enum members are UPPER_SNAKE, named from their values or by the
curator (``x-enum-varnames``).
"""

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
