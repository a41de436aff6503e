"""Request bodies as dicts: a ``TypedDict`` per body model, keyed by the vendor's field names.

A method that takes a body accepts the model (built with the vendor's field names as keywords,
see ``models``) or a dict in the vendor's names, as the document prints them and as they go on
the wire. Typed with these dicts, the keys complete in an IDE and a misspelt or unknown key
fails the type check; a nested model is the model or its dict, an enum its enum class.
"""

from __future__ import annotations

from typing import Required, TypedDict

from .models import (
    Colour,
)

__all__: list[str] = [
    "NewWidgetDict",
]


class NewWidgetDict(TypedDict, total=False):
    """``NewWidget`` as a dict, in the vendor's field names."""

    name: Required[str]
    "Its name."
    colour: Required[Colour]
    "Its colour."
