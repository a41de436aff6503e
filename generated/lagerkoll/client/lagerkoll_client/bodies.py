"""Request bodies as dicts: a ``TypedDict`` per body model, keyed by the vendor's field names.

A method that takes a body accepts the model (built with the vendor's field names as keywords,
see ``models``) or a dict in the vendor's names, as the document prints them and as they go on
the wire. Typed with these dicts, the keys complete in an IDE and a misspelt or unknown key
fails the type check; a nested model is the model or its dict, an enum its enum class.
"""

from __future__ import annotations

from typing import Any, Required, TypedDict

from .models import (
    InvoiceDraftDtoInput,
    ProjectArticleDtoInput,
    ProjectArticleEventDtoInput,
    ProjectState,
)

__all__: list[str] = [
    "CloseProjectRequestDtoDict",
    "InvoiceDraftDtoInputDict",
    "InvoiceDraftProjectArticlesRequestDtoDict",
    "InvoiceProjectArticlesRequestDtoDict",
    "ProjectArticleDtoInputDict",
    "ProjectArticleEventDtoInputDict",
    "ProjectCustomerOrderRequestDtoDict",
    "ProjectDtoInputDict",
]


class CloseProjectRequestDtoDict(TypedDict, total=False):
    """``CloseProjectRequestDto`` as a dict, in the vendor's field names."""

    closeArticles: dict[str, str]
    "Java type HashMap (line 234): Map containing articles that should be handled when closing a project. Key in map is project-article id and value is from enum set: checkin, consume or end_rent."


class InvoiceDraftDtoInputDict(TypedDict, total=False):
    """``InvoiceDraftDtoInput`` as a dict, in the vendor's field names."""

    id: int
    "Java type long (line 238)."
    dataType: str
    "Java type String (line 239)."
    dataId: int
    "Java type Long (line 240)."
    dataArticleId: int
    "Java type Long (line 241)."
    articleId: str
    "Java type String (line 242)."
    articleName: str
    "Java type String (line 243)."
    amount: float
    "Java type Double (line 244)."
    price: float
    "Java type Double (line 245)."
    pricelistId: int
    "Java type long (line 246). Spelled pricelistId here, priceListId in ProjectArticleDto."
    currency: str
    "Java type String (line 247)."
    rentalCurrency: str
    "Java type String (line 248)."
    startDate: int
    "Java type Date (line 249). Sent as epoch milliseconds, as every example shows."
    endDate: int
    "Java type Date (line 250). Sent as epoch milliseconds, as every example shows."
    rentalAmount: float
    "Java type Double (line 251)."
    comment: str
    "Java type String (line 252)."
    isInvoiced: bool
    "Java type boolean (line 253). Indicates if row has been marked as invoiced."
    isProcessed: bool
    "Java type boolean (line 254). Indicates if row has been completely processed as invoiced."
    invoiceId: str
    "Java type String (line 255). If row has been invoiced, this is id of the created invoice."
    createdById: int
    "Java type Long (line 256)."
    createdByName: str
    "Java type String (line 257)."
    created: int
    "Java type Date (line 258). Sent as epoch milliseconds, as every example shows."


class InvoiceDraftProjectArticlesRequestDtoDict(TypedDict, total=False):
    """``InvoiceDraftProjectArticlesRequestDto`` as a dict, in the vendor's field names."""

    projectId: int
    "Java type long (line 262)."
    articles: list[ProjectArticleDtoInput | ProjectArticleDtoInputDict]
    "Java type List (line 263). The example (line 205) sends ProjectArticleDto items."


class InvoiceProjectArticlesRequestDtoDict(TypedDict, total=False):
    """``InvoiceProjectArticlesRequestDto`` as a dict, in the vendor's field names."""

    projectId: int
    "Java type long (line 267)."
    customerId: int
    "Java type Long (line 268)."
    type: str
    "Java type String (line 269). Description column: invoice, cash, card, ag."
    invoiceDrafts: list[InvoiceDraftDtoInput | InvoiceDraftDtoInputDict]
    "Java type List (line 270). The example (line 216) sends InvoiceDraftDto items."
    freeTexts: list[dict[str, Any]]
    "Java type List (line 271). Access R,W. The item type is not documented; the example sends {}."


class ProjectArticleDtoInputDict(TypedDict, total=False):
    """``ProjectArticleDtoInput`` as a dict, in the vendor's field names."""

    id: int
    "Java type long (line 280)."
    projectId: int
    "Java type long (line 281)."
    articleId: str
    "Java type String (line 282)."
    articleName: str
    "Java type String (line 283)."
    batchId: str
    "Java type String (line 284)."
    snId: str
    "Java type String (line 285)."
    batchSnBestBefore: int
    "Java type Long (line 286). The document gives no unit; the examples show small placeholder numbers."
    checkoutAmount: float
    "Java type Double (line 287)."
    checkinAmount: float
    "Java type Double (line 288)."
    consumedAmount: float
    "Java type Double (line 289)."
    invoicedAmount: float
    "Java type Double (line 290)."
    priceListId: int
    "Java type long (line 291)."
    rental: bool
    "Java type boolean (line 292)."
    price: float
    "Java type double (line 293)."
    rentalCurrency: str
    "Java type String (line 294)."
    comment: str
    "Java type String (line 295)."
    purchasePrice: float
    "Java type Double (line 296)."
    events: list[ProjectArticleEventDtoInput | ProjectArticleEventDtoInputDict]
    "Java type List (line 297). The examples show ProjectArticleEventDto items."
    accountId: int
    "Java type long (line 298)."
    accountName: str
    "Java type String (line 299)."
    checkoutDate: int
    "Java type Long (line 300). Not a Date; the examples show small placeholder numbers rather than epoch milliseconds."
    checkinConsumeDate: int
    "Java type Date (line 301). Sent as epoch milliseconds, as every example shows."


class ProjectArticleEventDtoInputDict(TypedDict, total=False):
    """``ProjectArticleEventDtoInput`` as a dict, in the vendor's field names."""

    type: str
    'Java type String (line 305). No accepted values are documented; the examples send "type".'
    amount: float
    "Java type double (line 306)."
    date: int
    "Java type Date (line 307). Sent as epoch milliseconds, as every example shows."


class ProjectCustomerOrderRequestDtoDict(TypedDict, total=False):
    """``ProjectCustomerOrderRequestDto`` as a dict, in the vendor's field names."""

    projectId: int | None
    "Java type Long (line 319): A new project will be created if the id is null or -1."


class ProjectDtoInputDict(TypedDict, total=False):
    """``ProjectDtoInput`` as a dict, in the vendor's field names."""

    projectId: int
    "Java type long (line 323). Read-only (Access R)."
    name: str
    "Java type String (line 324)."
    customerId: int
    "Java type Long (line 325)."
    customerName: str
    "Java type String (line 326)."
    description: str
    "Java type String (line 327)."
    state: ProjectState
    'Java type Integer (lines 328-329): NEW = 0, DEVELOPING = 1, FINISHED = 2, CANCELLED = 3; default 0; "Write only with POST". The examples send it as a string ("0").'
    responsibleUserId: int
    "Java type Long (line 330)."
    responsibleUserName: str
    "Java type String (line 331)."
    createdById: int
    "Java type Long (line 332)."
    createdByName: str
    "Java type String (line 333)."
    created: int
    "Java type long (line 334). Not a Date; the examples show small placeholder numbers rather than epoch milliseconds."
    articles: list[ProjectArticleDtoInput | ProjectArticleDtoInputDict]
    "Java type List (line 335). The examples show ProjectArticleDto items."
    cost: float
    "Java type Double (line 336)."
    stockValue: float
    "Java type Double (line 337)."
