"""Request bodies as dicts: a ``TypedDict`` per body model, keyed by the vendor's field names.

A method that takes a body accepts the model (built with the vendor's field names as keywords,
see ``models``) or a dict in the vendor's names, as the document prints them and as they go on
the wire. Typed with these dicts, the keys complete in an IDE and a misspelt or unknown key
fails the type check; a nested model is the model or its dict, an enum its enum class.
"""

from __future__ import annotations

from typing import Any, Required, TypedDict

from .models import (
    MultipartAttachment,
    MultipartContentDisposition,
    MultipartMediaType,
)

__all__: list[str] = [
    "CreateOrderItemPositionEntryDict",
    "CreateOrderManualItemPositionEntryDict",
    "CreateOrderTextPositionEntryDict",
    "CreateOrderTextblockPositionEntryDict",
    "MultipartAttachmentDict",
    "MultipartBodyDict",
    "MultipartContentDispositionDict",
    "MultipartMediaTypeDict",
]


class CreateOrderItemPositionEntryDict(TypedDict, total=False):
    """``CreateOrderItemPositionEntry`` as a dict, in the vendor's field names."""

    itemId: int
    amount: float
    itemCnr: str
    costBearingUnitId: int


class CreateOrderManualItemPositionEntryDict(TypedDict, total=False):
    """``CreateOrderManualItemPositionEntry`` as a dict, in the vendor's field names."""

    description: str
    description2: str
    unitCnr: str
    amount: float
    nettoPrice: float
    costBearingUnitId: int
    taxDescriptionId: int


class CreateOrderTextPositionEntryDict(TypedDict, total=False):
    """``CreateOrderTextPositionEntry`` as a dict, in the vendor's field names."""

    text: str


class CreateOrderTextblockPositionEntryDict(TypedDict, total=False):
    """``CreateOrderTextblockPositionEntry`` as a dict, in the vendor's field names."""

    textblockId: int
    textblockCnr: str
    localeCnr: str
    "For text blocks based on texts, the localeCnr can be given. If it is not given, the text block in the locale of the logged-on user is used. The text block must exist in this locale."


class MultipartAttachmentDict(TypedDict, total=False):
    """``MultipartAttachment`` as a dict, in the vendor's field names."""

    contentDisposition: MultipartContentDisposition | MultipartContentDispositionDict
    object: dict[str, Any]
    contentType: MultipartMediaType | MultipartMediaTypeDict
    contentId: str
    dataHandler: str
    headers: dict[str, list[str]]


class MultipartBodyDict(TypedDict, total=False):
    """``MultipartBody`` as a dict, in the vendor's field names."""

    allAttachments: list[MultipartAttachment | MultipartAttachmentDict]
    type: MultipartMediaType | MultipartMediaTypeDict
    rootAttachment: MultipartAttachment | MultipartAttachmentDict
    childAttachments: list[MultipartAttachment | MultipartAttachmentDict]


class MultipartContentDispositionDict(TypedDict, total=False):
    """``MultipartContentDisposition`` as a dict, in the vendor's field names."""

    type: str
    parameters: dict[str, str]


class MultipartMediaTypeDict(TypedDict, total=False):
    """``MultipartMediaType`` as a dict, in the vendor's field names."""

    type: str
    wildcardSubtype: bool
    parameters: dict[str, str]
    wildcardType: bool
    subtype: str
