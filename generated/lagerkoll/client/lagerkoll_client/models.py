# Generated from openapi.yaml by datamodel-code-generator; do not edit.

from __future__ import annotations

from enum import IntEnum, StrEnum
from typing import Annotated, Any
from pydantic import BaseModel, ConfigDict, Field


class CloseArticles(StrEnum):
    checkin = "checkin"
    consume = "consume"
    end_rent = "end_rent"


class CloseProjectRequestDto(BaseModel):
    """
    Body of "Close project" (lines 231-234).
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    close_articles: Annotated[dict[str, CloseArticles] | None, Field(alias="closeArticles")] = None
    """
    Java type HashMap (line 234): Map containing articles that should be handled when closing a project. Key in map is project-article id and value is from enum set: checkin, consume or end_rent.
    """


class ErrorCode(IntEnum):
    """
    Lagerkoll error codes (`errorCode` of the error payload): the table of lines 16-35. Each
    code's meaning is the table's Description column, verbatim (906031's "artcile" is the
    document's spelling).
    """

    credentials_dont_match = 900001
    """
    Credentials don't match
    """
    common_error = 900101
    """
    Common error
    """
    too_many_requests = 900429
    """
    Too many requests
    """
    error_getting_project = 906001
    """
    Error when getting project
    """
    error_getting_customer = 906002
    """
    Error when getting customer
    """
    error_getting_user = 906003
    """
    Error when getting user
    """
    error_getting_article = 906004
    """
    Error when getting article
    """
    error_getting_invoice_draft = 906005
    """
    Error when getting invoice draft
    """
    error_creating_project = 906011
    """
    Error when creating a project
    """
    error_creating_project_article = 906012
    """
    Error when creating a project article
    """
    error_creating_invoice_draft_from_articles = 906013
    """
    Error when creating invoice draft from articles
    """
    error_creating_invoice_from_invoice_drafts = 906014
    """
    Error when creating invoice from invoice drafts
    """
    error_updating_project = 906021
    """
    Error when updating a project
    """
    error_updating_project_article = 906022
    """
    Error when updating a project article
    """
    error_updating_invoice_draft = 906023
    """
    Error when updating an invoice draft
    """
    too_large_amount_for_article = 906031
    """
    To large amount for the artcile
    """
    project_still_has_articles_with_amount = 906032
    """
    Project still has articles with amount in them
    """


class InvoiceDraftDto(BaseModel):
    """
    An invoice draft row (lines 235-258). Every field is read-only (R).
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: int | None = None
    """
    Java type long (line 238).
    """
    data_type: Annotated[str | None, Field(alias="dataType")] = None
    """
    Java type String (line 239).
    """
    data_id: Annotated[int | None, Field(alias="dataId")] = None
    """
    Java type Long (line 240).
    """
    data_article_id: Annotated[int | None, Field(alias="dataArticleId")] = None
    """
    Java type Long (line 241).
    """
    article_id: Annotated[str | None, Field(alias="articleId")] = None
    """
    Java type String (line 242).
    """
    article_name: Annotated[str | None, Field(alias="articleName")] = None
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
    pricelist_id: Annotated[int | None, Field(alias="pricelistId")] = None
    """
    Java type long (line 246). Spelled pricelistId here, priceListId in ProjectArticleDto.
    """
    currency: str | None = None
    """
    Java type String (line 247).
    """
    rental_currency: Annotated[str | None, Field(alias="rentalCurrency")] = None
    """
    Java type String (line 248).
    """
    start_date: Annotated[int | None, Field(alias="startDate")] = None
    """
    Java type Date (line 249). Sent as epoch milliseconds, as every example shows.
    """
    end_date: Annotated[int | None, Field(alias="endDate")] = None
    """
    Java type Date (line 250). Sent as epoch milliseconds, as every example shows.
    """
    rental_amount: Annotated[float | None, Field(alias="rentalAmount")] = None
    """
    Java type Double (line 251).
    """
    comment: str | None = None
    """
    Java type String (line 252).
    """
    is_invoiced: Annotated[bool | None, Field(alias="isInvoiced")] = None
    """
    Java type boolean (line 253). Indicates if row has been marked as invoiced.
    """
    is_processed: Annotated[bool | None, Field(alias="isProcessed")] = None
    """
    Java type boolean (line 254). Indicates if row has been completely processed as invoiced.
    """
    invoice_id: Annotated[str | None, Field(alias="invoiceId")] = None
    """
    Java type String (line 255). If row has been invoiced, this is id of the created invoice.
    """
    created_by_id: Annotated[int | None, Field(alias="createdById")] = None
    """
    Java type Long (line 256).
    """
    created_by_name: Annotated[str | None, Field(alias="createdByName")] = None
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
        populate_by_name=True,
    )
    id: int | None = None
    """
    Java type long (line 238).
    """
    data_type: Annotated[str | None, Field(alias="dataType")] = None
    """
    Java type String (line 239).
    """
    data_id: Annotated[int | None, Field(alias="dataId")] = None
    """
    Java type Long (line 240).
    """
    data_article_id: Annotated[int | None, Field(alias="dataArticleId")] = None
    """
    Java type Long (line 241).
    """
    article_id: Annotated[str | None, Field(alias="articleId")] = None
    """
    Java type String (line 242).
    """
    article_name: Annotated[str | None, Field(alias="articleName")] = None
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
    pricelist_id: Annotated[int | None, Field(alias="pricelistId")] = None
    """
    Java type long (line 246). Spelled pricelistId here, priceListId in ProjectArticleDto.
    """
    currency: str | None = None
    """
    Java type String (line 247).
    """
    rental_currency: Annotated[str | None, Field(alias="rentalCurrency")] = None
    """
    Java type String (line 248).
    """
    start_date: Annotated[int | None, Field(alias="startDate")] = None
    """
    Java type Date (line 249). Sent as epoch milliseconds, as every example shows.
    """
    end_date: Annotated[int | None, Field(alias="endDate")] = None
    """
    Java type Date (line 250). Sent as epoch milliseconds, as every example shows.
    """
    rental_amount: Annotated[float | None, Field(alias="rentalAmount")] = None
    """
    Java type Double (line 251).
    """
    comment: str | None = None
    """
    Java type String (line 252).
    """
    is_invoiced: Annotated[bool | None, Field(alias="isInvoiced")] = None
    """
    Java type boolean (line 253). Indicates if row has been marked as invoiced.
    """
    is_processed: Annotated[bool | None, Field(alias="isProcessed")] = None
    """
    Java type boolean (line 254). Indicates if row has been completely processed as invoiced.
    """
    invoice_id: Annotated[str | None, Field(alias="invoiceId")] = None
    """
    Java type String (line 255). If row has been invoiced, this is id of the created invoice.
    """
    created_by_id: Annotated[int | None, Field(alias="createdById")] = None
    """
    Java type Long (line 256).
    """
    created_by_name: Annotated[str | None, Field(alias="createdByName")] = None
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
        populate_by_name=True,
    )
    project_id: Annotated[int | None, Field(alias="projectId")] = None
    """
    Java type long (line 267).
    """
    customer_id: Annotated[int | None, Field(alias="customerId")] = None
    """
    Java type Long (line 268).
    """
    type: str | None = None
    """
    Java type String (line 269). Description column: invoice, cash, card, ag.
    """
    invoice_drafts: Annotated[list[InvoiceDraftDtoInput] | None, Field(alias="invoiceDrafts")] = (
        None
    )
    """
    Java type List (line 270). The example (line 216) sends InvoiceDraftDto items.
    """
    free_texts: Annotated[list[dict[str, Any]] | None, Field(alias="freeTexts")] = None
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
        populate_by_name=True,
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
        populate_by_name=True,
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
        populate_by_name=True,
    )
    project_id: Annotated[int | None, Field(alias="projectId")] = None
    """
    Java type Long (line 319): A new project will be created if the id is null or -1.
    """


class State(StrEnum):
    """
    Java type Integer (lines 328-329): NEW = 0, DEVELOPING = 1, FINISHED = 2, CANCELLED = 3; default 0; "Write only with POST". The examples send it as a string ("0").
    """

    field_0 = "0"
    field_1 = "1"
    field_2 = "2"
    field_3 = "3"


class ProjectInvoiceDraftsResponseDto(BaseModel):
    """
    A page of invoice drafts (lines 338-345). Every field is read-only (R).
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    page: int | None = None
    """
    Java type int (line 341).
    """
    pages: int | None = None
    """
    Java type int (line 342).
    """
    page_size: Annotated[int | None, Field(alias="pageSize")] = None
    """
    Java type int (line 343).
    """
    drafts_count: Annotated[int | None, Field(alias="draftsCount")] = None
    """
    Java type int (line 344).
    """
    invoice_drafts: Annotated[list[InvoiceDraftDto] | None, Field(alias="invoiceDrafts")] = None
    """
    Java type List (line 345). The examples show InvoiceDraftDto items.
    """


class ProjectState(IntEnum):
    """
    State of a project (ProjectDto.state): NEW = 0, DEVELOPING = 1, FINISHED = 2, CANCELLED = 3.
    """

    new = 0
    developing = 1
    finished = 2
    cancelled = 3


class Error(BaseModel):
    """
    The error payload every operation answers with when it fails (lines 16-41).
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    error_code: Annotated[ErrorCode | int | None, Field(alias="errorCode")] = None
    """
    One of the codes of the table at lines 17-35 (see ErrorCode for each code's description); 900101 in the printed example (line 37).
    """
    error_message: Annotated[str | None, Field(alias="errorMessage")] = None
    """
    "Something went wrong on the server" in the printed example (line 38).
    """
    error_field: Annotated[str | None, Field(alias="errorField")] = None
    """
    null in the printed example (line 39); the document does not describe it.
    """
    error_data: Annotated[Any | None, Field(alias="errorData")] = None
    """
    null in the printed example (line 40); the document does not describe it or its shape, so any JSON value is accepted.
    """


class ProjectArticleDto(BaseModel):
    """
    A project article (lines 277-301). Every field is readable and writable (R,W).
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: int | None = None
    """
    Java type long (line 280).
    """
    project_id: Annotated[int | None, Field(alias="projectId")] = None
    """
    Java type long (line 281).
    """
    article_id: Annotated[str | None, Field(alias="articleId")] = None
    """
    Java type String (line 282).
    """
    article_name: Annotated[str | None, Field(alias="articleName")] = None
    """
    Java type String (line 283).
    """
    batch_id: Annotated[str | None, Field(alias="batchId")] = None
    """
    Java type String (line 284).
    """
    sn_id: Annotated[str | None, Field(alias="snId")] = None
    """
    Java type String (line 285).
    """
    batch_sn_best_before: Annotated[int | None, Field(alias="batchSnBestBefore")] = None
    """
    Java type Long (line 286). The document gives no unit; the examples show small placeholder numbers.
    """
    checkout_amount: Annotated[float | None, Field(alias="checkoutAmount")] = None
    """
    Java type Double (line 287).
    """
    checkin_amount: Annotated[float | None, Field(alias="checkinAmount")] = None
    """
    Java type Double (line 288).
    """
    consumed_amount: Annotated[float | None, Field(alias="consumedAmount")] = None
    """
    Java type Double (line 289).
    """
    invoiced_amount: Annotated[float | None, Field(alias="invoicedAmount")] = None
    """
    Java type Double (line 290).
    """
    price_list_id: Annotated[int | None, Field(alias="priceListId")] = None
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
    rental_currency: Annotated[str | None, Field(alias="rentalCurrency")] = None
    """
    Java type String (line 294).
    """
    comment: str | None = None
    """
    Java type String (line 295).
    """
    purchase_price: Annotated[float | None, Field(alias="purchasePrice")] = None
    """
    Java type Double (line 296).
    """
    events: list[ProjectArticleEventDto] | None = None
    """
    Java type List (line 297). The examples show ProjectArticleEventDto items.
    """
    account_id: Annotated[int | None, Field(alias="accountId")] = None
    """
    Java type long (line 298).
    """
    account_name: Annotated[str | None, Field(alias="accountName")] = None
    """
    Java type String (line 299).
    """
    checkout_date: Annotated[int | None, Field(alias="checkoutDate")] = None
    """
    Java type Long (line 300). Not a Date; the examples show small placeholder numbers rather than epoch milliseconds.
    """
    checkin_consume_date: Annotated[int | None, Field(alias="checkinConsumeDate")] = None
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
        populate_by_name=True,
    )
    id: int | None = None
    """
    Java type long (line 280).
    """
    project_id: Annotated[int | None, Field(alias="projectId")] = None
    """
    Java type long (line 281).
    """
    article_id: Annotated[str | None, Field(alias="articleId")] = None
    """
    Java type String (line 282).
    """
    article_name: Annotated[str | None, Field(alias="articleName")] = None
    """
    Java type String (line 283).
    """
    batch_id: Annotated[str | None, Field(alias="batchId")] = None
    """
    Java type String (line 284).
    """
    sn_id: Annotated[str | None, Field(alias="snId")] = None
    """
    Java type String (line 285).
    """
    batch_sn_best_before: Annotated[int | None, Field(alias="batchSnBestBefore")] = None
    """
    Java type Long (line 286). The document gives no unit; the examples show small placeholder numbers.
    """
    checkout_amount: Annotated[float | None, Field(alias="checkoutAmount")] = None
    """
    Java type Double (line 287).
    """
    checkin_amount: Annotated[float | None, Field(alias="checkinAmount")] = None
    """
    Java type Double (line 288).
    """
    consumed_amount: Annotated[float | None, Field(alias="consumedAmount")] = None
    """
    Java type Double (line 289).
    """
    invoiced_amount: Annotated[float | None, Field(alias="invoicedAmount")] = None
    """
    Java type Double (line 290).
    """
    price_list_id: Annotated[int | None, Field(alias="priceListId")] = None
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
    rental_currency: Annotated[str | None, Field(alias="rentalCurrency")] = None
    """
    Java type String (line 294).
    """
    comment: str | None = None
    """
    Java type String (line 295).
    """
    purchase_price: Annotated[float | None, Field(alias="purchasePrice")] = None
    """
    Java type Double (line 296).
    """
    events: list[ProjectArticleEventDtoInput] | None = None
    """
    Java type List (line 297). The examples show ProjectArticleEventDto items.
    """
    account_id: Annotated[int | None, Field(alias="accountId")] = None
    """
    Java type long (line 298).
    """
    account_name: Annotated[str | None, Field(alias="accountName")] = None
    """
    Java type String (line 299).
    """
    checkout_date: Annotated[int | None, Field(alias="checkoutDate")] = None
    """
    Java type Long (line 300). Not a Date; the examples show small placeholder numbers rather than epoch milliseconds.
    """
    checkin_consume_date: Annotated[int | None, Field(alias="checkinConsumeDate")] = None
    """
    Java type Date (line 301). Sent as epoch milliseconds, as every example shows.
    """


class ProjectArticlesResponseDto(BaseModel):
    """
    A page of project articles (lines 308-315). Every field is read-only (R).
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    page: int | None = None
    """
    Java type int (line 311).
    """
    pages: int | None = None
    """
    Java type int (line 312).
    """
    page_size: Annotated[int | None, Field(alias="pageSize")] = None
    """
    Java type int (line 313).
    """
    projects_count: Annotated[int | None, Field(alias="projectsCount")] = None
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
        populate_by_name=True,
    )
    project_id: Annotated[int | None, Field(alias="projectId")] = None
    """
    Java type long (line 323). Read-only (Access R).
    """
    name: str | None = None
    """
    Java type String (line 324).
    """
    customer_id: Annotated[int | None, Field(alias="customerId")] = None
    """
    Java type Long (line 325).
    """
    customer_name: Annotated[str | None, Field(alias="customerName")] = None
    """
    Java type String (line 326).
    """
    description: str | None = None
    """
    Java type String (line 327).
    """
    state: ProjectState | State | None = ProjectState.new
    """
    Java type Integer (lines 328-329): NEW = 0, DEVELOPING = 1, FINISHED = 2, CANCELLED = 3; default 0; "Write only with POST". The examples send it as a string ("0").
    """
    responsible_user_id: Annotated[int | None, Field(alias="responsibleUserId")] = None
    """
    Java type Long (line 330).
    """
    responsible_user_name: Annotated[str | None, Field(alias="responsibleUserName")] = None
    """
    Java type String (line 331).
    """
    created_by_id: Annotated[int | None, Field(alias="createdById")] = None
    """
    Java type Long (line 332).
    """
    created_by_name: Annotated[str | None, Field(alias="createdByName")] = None
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
    stock_value: Annotated[float | None, Field(alias="stockValue")] = None
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
        populate_by_name=True,
    )
    project_id: Annotated[int | None, Field(alias="projectId")] = None
    """
    Java type long (line 323). Read-only (Access R).
    """
    name: str | None = None
    """
    Java type String (line 324).
    """
    customer_id: Annotated[int | None, Field(alias="customerId")] = None
    """
    Java type Long (line 325).
    """
    customer_name: Annotated[str | None, Field(alias="customerName")] = None
    """
    Java type String (line 326).
    """
    description: str | None = None
    """
    Java type String (line 327).
    """
    state: ProjectState | State | None = ProjectState.new
    """
    Java type Integer (lines 328-329): NEW = 0, DEVELOPING = 1, FINISHED = 2, CANCELLED = 3; default 0; "Write only with POST". The examples send it as a string ("0").
    """
    responsible_user_id: Annotated[int | None, Field(alias="responsibleUserId")] = None
    """
    Java type Long (line 330).
    """
    responsible_user_name: Annotated[str | None, Field(alias="responsibleUserName")] = None
    """
    Java type String (line 331).
    """
    created_by_id: Annotated[int | None, Field(alias="createdById")] = None
    """
    Java type Long (line 332).
    """
    created_by_name: Annotated[str | None, Field(alias="createdByName")] = None
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
    stock_value: Annotated[float | None, Field(alias="stockValue")] = None
    """
    Java type Double (line 337).
    """


class ProjectsResponseDto(BaseModel):
    """
    A page of projects (lines 346-353). Every field is read-only (R).
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    page: int | None = None
    """
    Java type int (line 349).
    """
    pages: int | None = None
    """
    Java type int (line 350).
    """
    page_size: Annotated[int | None, Field(alias="pageSize")] = None
    """
    Java type int (line 351).
    """
    projects_count: Annotated[int | None, Field(alias="projectsCount")] = None
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
        populate_by_name=True,
    )
    project_id: Annotated[int | None, Field(alias="projectId")] = None
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
        populate_by_name=True,
    )
    articles: list[ProjectArticleDto] | None = None
    """
    Java type List (line 275). The examples show ProjectArticleDto items.
    """
    invoice_drafts: Annotated[list[InvoiceDraftDto] | None, Field(alias="invoiceDrafts")] = None
    """
    Java type List (line 276). The examples show InvoiceDraftDto items.
    """
