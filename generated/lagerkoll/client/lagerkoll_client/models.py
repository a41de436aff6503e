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

from enum import IntEnum, StrEnum
from typing import Annotated, Any
from pydantic import BaseModel, ConfigDict, Field


class CloseArticles(StrEnum):
    CHECKIN = "checkin"
    CONSUME = "consume"
    END_RENT = "end_rent"


class CloseProjectRequestDto(BaseModel):
    """
    Body of "Close project" (lines 231-234).
    """

    model_config = ConfigDict(
        extra="forbid",
        validate_by_name=True,
    )
    close_articles: dict[str, CloseArticles] | None = Field(default=None, alias="closeArticles")
    """
    Java type HashMap (line 234): Map containing articles that should be handled when closing a project. Key in map is project-article id and value is from enum set: checkin, consume or end_rent.
    """


class ErrorCode(IntEnum):
    """
    Lagerkoll error codes (`errorCode` of the error payload): the table of lines 16-35. Each
    code's meaning is the table's Description column, verbatim (906031's "artcile" is the
    document's spelling).
    """

    CREDENTIALS_DONT_MATCH = 900001
    """
    Credentials don't match
    """
    COMMON_ERROR = 900101
    """
    Common error
    """
    TOO_MANY_REQUESTS = 900429
    """
    Too many requests
    """
    ERROR_GETTING_PROJECT = 906001
    """
    Error when getting project
    """
    ERROR_GETTING_CUSTOMER = 906002
    """
    Error when getting customer
    """
    ERROR_GETTING_USER = 906003
    """
    Error when getting user
    """
    ERROR_GETTING_ARTICLE = 906004
    """
    Error when getting article
    """
    ERROR_GETTING_INVOICE_DRAFT = 906005
    """
    Error when getting invoice draft
    """
    ERROR_CREATING_PROJECT = 906011
    """
    Error when creating a project
    """
    ERROR_CREATING_PROJECT_ARTICLE = 906012
    """
    Error when creating a project article
    """
    ERROR_CREATING_INVOICE_DRAFT_FROM_ARTICLES = 906013
    """
    Error when creating invoice draft from articles
    """
    ERROR_CREATING_INVOICE_FROM_INVOICE_DRAFTS = 906014
    """
    Error when creating invoice from invoice drafts
    """
    ERROR_UPDATING_PROJECT = 906021
    """
    Error when updating a project
    """
    ERROR_UPDATING_PROJECT_ARTICLE = 906022
    """
    Error when updating a project article
    """
    ERROR_UPDATING_INVOICE_DRAFT = 906023
    """
    Error when updating an invoice draft
    """
    TOO_LARGE_AMOUNT_FOR_ARTICLE = 906031
    """
    To large amount for the artcile
    """
    PROJECT_STILL_HAS_ARTICLES_WITH_AMOUNT = 906032
    """
    Project still has articles with amount in them
    """


class InvoiceDraftDto(BaseModel):
    """
    An invoice draft row (lines 235-258). Every field is read-only (R).
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    id: int | None = None
    """
    Java type long (line 238).
    """
    data_type: str | None = Field(default=None, alias="dataType")
    """
    Java type String (line 239).
    """
    data_id: int | None = Field(default=None, alias="dataId")
    """
    Java type Long (line 240).
    """
    data_article_id: int | None = Field(default=None, alias="dataArticleId")
    """
    Java type Long (line 241).
    """
    article_id: str | None = Field(default=None, alias="articleId")
    """
    Java type String (line 242).
    """
    article_name: str | None = Field(default=None, alias="articleName")
    """
    Java type String (line 243).
    """
    amount: float | None = None
    """
    Java type Double (line 244).
    """
    price: float | None = None
    """
    Java type Double (line 245).
    """
    pricelist_id: int | None = Field(default=None, alias="pricelistId")
    """
    Java type long (line 246). Spelled pricelistId here, priceListId in ProjectArticleDto.
    """
    currency: str | None = None
    """
    Java type String (line 247).
    """
    rental_currency: str | None = Field(default=None, alias="rentalCurrency")
    """
    Java type String (line 248).
    """
    start_date: int | None = Field(default=None, alias="startDate")
    """
    Java type Date (line 249). Sent as epoch milliseconds, as every example shows.
    """
    end_date: int | None = Field(default=None, alias="endDate")
    """
    Java type Date (line 250). Sent as epoch milliseconds, as every example shows.
    """
    rental_amount: float | None = Field(default=None, alias="rentalAmount")
    """
    Java type Double (line 251).
    """
    comment: str | None = None
    """
    Java type String (line 252).
    """
    is_invoiced: bool | None = Field(default=None, alias="isInvoiced")
    """
    Java type boolean (line 253). Indicates if row has been marked as invoiced.
    """
    is_processed: bool | None = Field(default=None, alias="isProcessed")
    """
    Java type boolean (line 254). Indicates if row has been completely processed as invoiced.
    """
    invoice_id: str | None = Field(default=None, alias="invoiceId")
    """
    Java type String (line 255). If row has been invoiced, this is id of the created invoice.
    """
    created_by_id: int | None = Field(default=None, alias="createdById")
    """
    Java type Long (line 256).
    """
    created_by_name: str | None = Field(default=None, alias="createdByName")
    """
    Java type String (line 257).
    """
    created: int | None = None
    """
    Java type Date (line 258). Sent as epoch milliseconds, as every example shows.
    """


class InvoiceDraftDtoInput(BaseModel):
    """
    InvoiceDraftDto as sent inside a request body (lines 235-258): the same fields, and no
    others.
    """

    model_config = ConfigDict(
        extra="forbid",
        validate_by_name=True,
    )
    id: int | None = None
    """
    Java type long (line 238).
    """
    data_type: str | None = Field(default=None, alias="dataType")
    """
    Java type String (line 239).
    """
    data_id: int | None = Field(default=None, alias="dataId")
    """
    Java type Long (line 240).
    """
    data_article_id: int | None = Field(default=None, alias="dataArticleId")
    """
    Java type Long (line 241).
    """
    article_id: str | None = Field(default=None, alias="articleId")
    """
    Java type String (line 242).
    """
    article_name: str | None = Field(default=None, alias="articleName")
    """
    Java type String (line 243).
    """
    amount: float | None = None
    """
    Java type Double (line 244).
    """
    price: float | None = None
    """
    Java type Double (line 245).
    """
    pricelist_id: int | None = Field(default=None, alias="pricelistId")
    """
    Java type long (line 246). Spelled pricelistId here, priceListId in ProjectArticleDto.
    """
    currency: str | None = None
    """
    Java type String (line 247).
    """
    rental_currency: str | None = Field(default=None, alias="rentalCurrency")
    """
    Java type String (line 248).
    """
    start_date: int | None = Field(default=None, alias="startDate")
    """
    Java type Date (line 249). Sent as epoch milliseconds, as every example shows.
    """
    end_date: int | None = Field(default=None, alias="endDate")
    """
    Java type Date (line 250). Sent as epoch milliseconds, as every example shows.
    """
    rental_amount: float | None = Field(default=None, alias="rentalAmount")
    """
    Java type Double (line 251).
    """
    comment: str | None = None
    """
    Java type String (line 252).
    """
    is_invoiced: bool | None = Field(default=None, alias="isInvoiced")
    """
    Java type boolean (line 253). Indicates if row has been marked as invoiced.
    """
    is_processed: bool | None = Field(default=None, alias="isProcessed")
    """
    Java type boolean (line 254). Indicates if row has been completely processed as invoiced.
    """
    invoice_id: str | None = Field(default=None, alias="invoiceId")
    """
    Java type String (line 255). If row has been invoiced, this is id of the created invoice.
    """
    created_by_id: int | None = Field(default=None, alias="createdById")
    """
    Java type Long (line 256).
    """
    created_by_name: str | None = Field(default=None, alias="createdByName")
    """
    Java type String (line 257).
    """
    created: int | None = None
    """
    Java type Date (line 258). Sent as epoch milliseconds, as every example shows.
    """


class InvoiceProjectArticlesRequestDto(BaseModel):
    """
    Body of "Send invoice drafts to external integrations" (lines 264-271).
    """

    model_config = ConfigDict(
        extra="forbid",
        validate_by_name=True,
    )
    project_id: int | None = Field(default=None, alias="projectId")
    """
    Java type long (line 267).
    """
    customer_id: int | None = Field(default=None, alias="customerId")
    """
    Java type Long (line 268).
    """
    type: str | None = None
    """
    Java type String (line 269). Description column: invoice, cash, card, ag.
    """
    invoice_drafts: list[InvoiceDraftDtoInput] | None = Field(default=None, alias="invoiceDrafts")
    """
    Java type List (line 270). The example (line 216) sends InvoiceDraftDto items.
    """
    free_texts: list[dict[str, Any]] | None = Field(default=None, alias="freeTexts")
    """
    Java type List (line 271). Access R,W. The item type is not documented; the example sends {}.
    """


class ProjectArticleEventDto(BaseModel):
    """
    An event of a project article (lines 302-307); the examples show these in
    ProjectArticleDto.events.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    type: str | None = None
    """
    Java type String (line 305). No accepted values are documented; the examples send "type".
    """
    amount: float | None = None
    """
    Java type double (line 306).
    """
    date: int | None = None
    """
    Java type Date (line 307). Sent as epoch milliseconds, as every example shows.
    """


class ProjectArticleEventDtoInput(BaseModel):
    """
    ProjectArticleEventDto as sent inside a request body (lines 302-307): the same fields,
    and no others.
    """

    model_config = ConfigDict(
        extra="forbid",
        validate_by_name=True,
    )
    type: str | None = None
    """
    Java type String (line 305). No accepted values are documented; the examples send "type".
    """
    amount: float | None = None
    """
    Java type double (line 306).
    """
    date: int | None = None
    """
    Java type Date (line 307). Sent as epoch milliseconds, as every example shows.
    """


class ProjectCustomerOrderRequestDto(BaseModel):
    """
    Body of "Add project" from a customer order (lines 316-319).
    """

    model_config = ConfigDict(
        extra="forbid",
        validate_by_name=True,
    )
    project_id: int | None = Field(default=None, alias="projectId")
    """
    Java type Long (line 319): A new project will be created if the id is null or -1.
    """


class ProjectInvoiceDraftsResponseDto(BaseModel):
    """
    A page of invoice drafts (lines 338-345). Every field is read-only (R).
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    page: int | None = None
    """
    Java type int (line 341).
    """
    pages: int | None = None
    """
    Java type int (line 342).
    """
    page_size: int | None = Field(default=None, alias="pageSize")
    """
    Java type int (line 343).
    """
    drafts_count: int | None = Field(default=None, alias="draftsCount")
    """
    Java type int (line 344).
    """
    invoice_drafts: list[InvoiceDraftDto] | None = Field(default=None, alias="invoiceDrafts")
    """
    Java type List (line 345). The examples show InvoiceDraftDto items.
    """


class ProjectState(IntEnum):
    """
    State of a project (ProjectDto.state): NEW = 0, DEVELOPING = 1, FINISHED = 2, CANCELLED = 3.
    """

    NEW = 0
    DEVELOPING = 1
    FINISHED = 2
    CANCELLED = 3


class Error(BaseModel):
    """
    The error payload every operation answers with when it fails (lines 16-41).
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    error_code: ErrorCode | int | None = Field(default=None, alias="errorCode")
    """
    One of the codes of the table at lines 17-35 (see ErrorCode for each code's description); 900101 in the printed example (line 37).
    """
    error_message: str | None = Field(default=None, alias="errorMessage")
    """
    "Something went wrong on the server" in the printed example (line 38).
    """
    error_field: str | None = Field(default=None, alias="errorField")
    """
    null in the printed example (line 39); the document does not describe it.
    """
    error_data: Any | None = Field(default=None, alias="errorData")
    """
    null in the printed example (line 40); the document does not describe it or its shape, so any JSON value is accepted.
    """


class ProjectArticleDto(BaseModel):
    """
    A project article (lines 277-301). Every field is readable and writable (R,W).
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    id: int | None = None
    """
    Java type long (line 280).
    """
    project_id: int | None = Field(default=None, alias="projectId")
    """
    Java type long (line 281).
    """
    article_id: str | None = Field(default=None, alias="articleId")
    """
    Java type String (line 282).
    """
    article_name: str | None = Field(default=None, alias="articleName")
    """
    Java type String (line 283).
    """
    batch_id: str | None = Field(default=None, alias="batchId")
    """
    Java type String (line 284).
    """
    sn_id: str | None = Field(default=None, alias="snId")
    """
    Java type String (line 285).
    """
    batch_sn_best_before: int | None = Field(default=None, alias="batchSnBestBefore")
    """
    Java type Long (line 286). The document gives no unit; the examples show small placeholder numbers.
    """
    checkout_amount: float | None = Field(default=None, alias="checkoutAmount")
    """
    Java type Double (line 287).
    """
    checkin_amount: float | None = Field(default=None, alias="checkinAmount")
    """
    Java type Double (line 288).
    """
    consumed_amount: float | None = Field(default=None, alias="consumedAmount")
    """
    Java type Double (line 289).
    """
    invoiced_amount: float | None = Field(default=None, alias="invoicedAmount")
    """
    Java type Double (line 290).
    """
    price_list_id: int | None = Field(default=None, alias="priceListId")
    """
    Java type long (line 291).
    """
    rental: bool | None = None
    """
    Java type boolean (line 292).
    """
    price: float | None = None
    """
    Java type double (line 293).
    """
    rental_currency: str | None = Field(default=None, alias="rentalCurrency")
    """
    Java type String (line 294).
    """
    comment: str | None = None
    """
    Java type String (line 295).
    """
    purchase_price: float | None = Field(default=None, alias="purchasePrice")
    """
    Java type Double (line 296).
    """
    events: list[ProjectArticleEventDto] | None = None
    """
    Java type List (line 297). The examples show ProjectArticleEventDto items.
    """
    account_id: int | None = Field(default=None, alias="accountId")
    """
    Java type long (line 298).
    """
    account_name: str | None = Field(default=None, alias="accountName")
    """
    Java type String (line 299).
    """
    checkout_date: int | None = Field(default=None, alias="checkoutDate")
    """
    Java type Long (line 300). Not a Date; the examples show small placeholder numbers rather than epoch milliseconds.
    """
    checkin_consume_date: int | None = Field(default=None, alias="checkinConsumeDate")
    """
    Java type Date (line 301). Sent as epoch milliseconds, as every example shows.
    """


class ProjectArticleDtoInput(BaseModel):
    """
    ProjectArticleDto as sent in a request body (lines 277-301): the same fields, and no
    others.
    """

    model_config = ConfigDict(
        extra="forbid",
        validate_by_name=True,
    )
    id: int | None = None
    """
    Java type long (line 280).
    """
    project_id: int | None = Field(default=None, alias="projectId")
    """
    Java type long (line 281).
    """
    article_id: str | None = Field(default=None, alias="articleId")
    """
    Java type String (line 282).
    """
    article_name: str | None = Field(default=None, alias="articleName")
    """
    Java type String (line 283).
    """
    batch_id: str | None = Field(default=None, alias="batchId")
    """
    Java type String (line 284).
    """
    sn_id: str | None = Field(default=None, alias="snId")
    """
    Java type String (line 285).
    """
    batch_sn_best_before: int | None = Field(default=None, alias="batchSnBestBefore")
    """
    Java type Long (line 286). The document gives no unit; the examples show small placeholder numbers.
    """
    checkout_amount: float | None = Field(default=None, alias="checkoutAmount")
    """
    Java type Double (line 287).
    """
    checkin_amount: float | None = Field(default=None, alias="checkinAmount")
    """
    Java type Double (line 288).
    """
    consumed_amount: float | None = Field(default=None, alias="consumedAmount")
    """
    Java type Double (line 289).
    """
    invoiced_amount: float | None = Field(default=None, alias="invoicedAmount")
    """
    Java type Double (line 290).
    """
    price_list_id: int | None = Field(default=None, alias="priceListId")
    """
    Java type long (line 291).
    """
    rental: bool | None = None
    """
    Java type boolean (line 292).
    """
    price: float | None = None
    """
    Java type double (line 293).
    """
    rental_currency: str | None = Field(default=None, alias="rentalCurrency")
    """
    Java type String (line 294).
    """
    comment: str | None = None
    """
    Java type String (line 295).
    """
    purchase_price: float | None = Field(default=None, alias="purchasePrice")
    """
    Java type Double (line 296).
    """
    events: list[ProjectArticleEventDtoInput] | None = None
    """
    Java type List (line 297). The examples show ProjectArticleEventDto items.
    """
    account_id: int | None = Field(default=None, alias="accountId")
    """
    Java type long (line 298).
    """
    account_name: str | None = Field(default=None, alias="accountName")
    """
    Java type String (line 299).
    """
    checkout_date: int | None = Field(default=None, alias="checkoutDate")
    """
    Java type Long (line 300). Not a Date; the examples show small placeholder numbers rather than epoch milliseconds.
    """
    checkin_consume_date: int | None = Field(default=None, alias="checkinConsumeDate")
    """
    Java type Date (line 301). Sent as epoch milliseconds, as every example shows.
    """


class ProjectArticlesResponseDto(BaseModel):
    """
    A page of project articles (lines 308-315). Every field is read-only (R).
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    page: int | None = None
    """
    Java type int (line 311).
    """
    pages: int | None = None
    """
    Java type int (line 312).
    """
    page_size: int | None = Field(default=None, alias="pageSize")
    """
    Java type int (line 313).
    """
    projects_count: int | None = Field(default=None, alias="projectsCount")
    """
    Java type int (line 314). Named projectsCount in a page of articles.
    """
    articles: list[ProjectArticleDto] | None = None
    """
    Java type List (line 315). The examples show ProjectArticleDto items.
    """


class ProjectDto(BaseModel):
    """
    A project (lines 320-337). Only `projectId` is read-only; `state` can be written only
    with POST (line 328).
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    project_id: int | None = Field(default=None, alias="projectId")
    """
    Java type long (line 323). Read-only (Access R).
    """
    name: str | None = None
    """
    Java type String (line 324).
    """
    customer_id: int | None = Field(default=None, alias="customerId")
    """
    Java type Long (line 325).
    """
    customer_name: str | None = Field(default=None, alias="customerName")
    """
    Java type String (line 326).
    """
    description: str | None = None
    """
    Java type String (line 327).
    """
    state: ProjectState | None = ProjectState.NEW
    """
    Java type Integer (lines 328-329): NEW = 0, DEVELOPING = 1, FINISHED = 2, CANCELLED = 3; default 0; "Write only with POST". The examples send it as a string ("0").
    """
    responsible_user_id: int | None = Field(default=None, alias="responsibleUserId")
    """
    Java type Long (line 330).
    """
    responsible_user_name: str | None = Field(default=None, alias="responsibleUserName")
    """
    Java type String (line 331).
    """
    created_by_id: int | None = Field(default=None, alias="createdById")
    """
    Java type Long (line 332).
    """
    created_by_name: str | None = Field(default=None, alias="createdByName")
    """
    Java type String (line 333).
    """
    created: int | None = None
    """
    Java type long (line 334). Not a Date; the examples show small placeholder numbers rather than epoch milliseconds.
    """
    articles: list[ProjectArticleDto] | None = None
    """
    Java type List (line 335). The examples show ProjectArticleDto items.
    """
    cost: float | None = None
    """
    Java type Double (line 336).
    """
    stock_value: float | None = Field(default=None, alias="stockValue")
    """
    Java type Double (line 337).
    """


class ProjectDtoInput(BaseModel):
    """
    ProjectDto as sent in a request body (lines 320-337): the same fields, and no others.
    `projectId` is read-only and `state` is written only with POST (lines 323, 328).
    """

    model_config = ConfigDict(
        extra="forbid",
        validate_by_name=True,
    )
    project_id: int | None = Field(default=None, alias="projectId")
    """
    Java type long (line 323). Read-only (Access R).
    """
    name: str | None = None
    """
    Java type String (line 324).
    """
    customer_id: int | None = Field(default=None, alias="customerId")
    """
    Java type Long (line 325).
    """
    customer_name: str | None = Field(default=None, alias="customerName")
    """
    Java type String (line 326).
    """
    description: str | None = None
    """
    Java type String (line 327).
    """
    state: ProjectState | None = ProjectState.NEW
    """
    Java type Integer (lines 328-329): NEW = 0, DEVELOPING = 1, FINISHED = 2, CANCELLED = 3; default 0; "Write only with POST". The examples send it as a string ("0").
    """
    responsible_user_id: int | None = Field(default=None, alias="responsibleUserId")
    """
    Java type Long (line 330).
    """
    responsible_user_name: str | None = Field(default=None, alias="responsibleUserName")
    """
    Java type String (line 331).
    """
    created_by_id: int | None = Field(default=None, alias="createdById")
    """
    Java type Long (line 332).
    """
    created_by_name: str | None = Field(default=None, alias="createdByName")
    """
    Java type String (line 333).
    """
    created: int | None = None
    """
    Java type long (line 334). Not a Date; the examples show small placeholder numbers rather than epoch milliseconds.
    """
    articles: list[ProjectArticleDtoInput] | None = None
    """
    Java type List (line 335). The examples show ProjectArticleDto items.
    """
    cost: float | None = None
    """
    Java type Double (line 336).
    """
    stock_value: float | None = Field(default=None, alias="stockValue")
    """
    Java type Double (line 337).
    """


class ProjectsResponseDto(BaseModel):
    """
    A page of projects (lines 346-353). Every field is read-only (R).
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    page: int | None = None
    """
    Java type int (line 349).
    """
    pages: int | None = None
    """
    Java type int (line 350).
    """
    page_size: int | None = Field(default=None, alias="pageSize")
    """
    Java type int (line 351).
    """
    projects_count: int | None = Field(default=None, alias="projectsCount")
    """
    Java type int (line 352).
    """
    projects: list[ProjectDto] | None = None
    """
    Java type List (line 353). The examples (lines 99, 116) show ProjectDto items.
    """


class InvoiceDraftProjectArticlesRequestDto(BaseModel):
    """
    Body of "Create invoice drafts" (lines 259-263).
    """

    model_config = ConfigDict(
        extra="forbid",
        validate_by_name=True,
    )
    project_id: int | None = Field(default=None, alias="projectId")
    """
    Java type long (line 262).
    """
    articles: list[ProjectArticleDtoInput] | None = None
    """
    Java type List (line 263). The example (line 205) sends ProjectArticleDto items.
    """


class InvoiceProjectArticlesResponseDto(BaseModel):
    """
    Invoice drafts and project articles after an invoicing action (lines 272-276).
    Every field is read-only (R).
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    articles: list[ProjectArticleDto] | None = None
    """
    Java type List (line 275). The examples show ProjectArticleDto items.
    """
    invoice_drafts: list[InvoiceDraftDto] | None = Field(default=None, alias="invoiceDrafts")
    """
    Java type List (line 276). The examples show InvoiceDraftDto items.
    """
