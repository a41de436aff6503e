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
        extra="allow",
        populate_by_name=True,
    )
    close_articles: Annotated[dict[str, CloseArticles] | None, Field(alias="closeArticles")] = None
    """
    Map (HashMap) of the articles that should be handled when closing the project. The key is the project-article id, the value one of checkin, consume, end_rent.
    """


class ErrorCode(IntEnum):
    """
    Lagerkoll error codes (`errorCode` of the error payload), lines 16-35:

    - 900001: Credentials don't match
    - 900101: Common error
    - 900429: Too many requests (rate limit of 200 requests per minute hit; HTTP 429)
    - 906001: Error when getting project
    - 906002: Error when getting customer
    - 906003: Error when getting user
    - 906004: Error when getting article
    - 906005: Error when getting invoice draft
    - 906011: Error when creating a project
    - 906012: Error when creating a project article
    - 906013: Error when creating invoice draft from articles
    - 906014: Error when creating invoice from invoice drafts
    - 906021: Error when updating a project
    - 906022: Error when updating a project article
    - 906023: Error when updating an invoice draft
    - 906031: To large amount for the artcile (sic: too large amount for the article)
    - 906032: Project still has articles with amount in them
    """

    integer_900001 = 900001
    integer_900101 = 900101
    integer_900429 = 900429
    integer_906001 = 906001
    integer_906002 = 906002
    integer_906003 = 906003
    integer_906004 = 906004
    integer_906005 = 906005
    integer_906011 = 906011
    integer_906012 = 906012
    integer_906013 = 906013
    integer_906014 = 906014
    integer_906021 = 906021
    integer_906022 = 906022
    integer_906023 = 906023
    integer_906031 = 906031
    integer_906032 = 906032


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
    Id of the invoice draft (long).
    """
    data_type: Annotated[str | None, Field(alias="dataType")] = None
    """
    Type of the source data row (String).
    """
    data_id: Annotated[int | None, Field(alias="dataId")] = None
    """
    Id of the source data row (Long).
    """
    data_article_id: Annotated[int | None, Field(alias="dataArticleId")] = None
    """
    Id of the source data article (Long).
    """
    article_id: Annotated[str | None, Field(alias="articleId")] = None
    """
    Id of the article (String).
    """
    article_name: Annotated[str | None, Field(alias="articleName")] = None
    """
    Name of the article (String).
    """
    amount: float | None = None
    """
    Amount (Double).
    """
    price: float | None = None
    """
    Price (Double).
    """
    pricelist_id: Annotated[int | None, Field(alias="pricelistId")] = None
    """
    Id of the price list (long). Spelled pricelistId here, priceListId in ProjectArticleDto.
    """
    currency: str | None = None
    """
    Currency (String).
    """
    rental_currency: Annotated[str | None, Field(alias="rentalCurrency")] = None
    """
    Currency of the rental (String).
    """
    start_date: Annotated[int | None, Field(alias="startDate")] = None
    """
    Start date. Epoch milliseconds (a Java `Date`, sent as a number as the examples show).
    """
    end_date: Annotated[int | None, Field(alias="endDate")] = None
    """
    End date. Epoch milliseconds (a Java `Date`, sent as a number as the examples show).
    """
    rental_amount: Annotated[float | None, Field(alias="rentalAmount")] = None
    """
    Rental amount (Double).
    """
    comment: str | None = None
    """
    Comment (String).
    """
    is_invoiced: Annotated[bool | None, Field(alias="isInvoiced")] = None
    """
    Indicates if row has been marked as invoiced.
    """
    is_processed: Annotated[bool | None, Field(alias="isProcessed")] = None
    """
    Indicates if row has been completely processed as invoiced.
    """
    invoice_id: Annotated[str | None, Field(alias="invoiceId")] = None
    """
    If row has been invoiced, this is id of the created invoice.
    """
    created_by_id: Annotated[int | None, Field(alias="createdById")] = None
    """
    Id of the user who created the row (Long).
    """
    created_by_name: Annotated[str | None, Field(alias="createdByName")] = None
    """
    Name of the user who created the row (String).
    """
    created: int | None = None
    """
    When the row was created. Epoch milliseconds (a Java `Date`, sent as a number as the examples show).
    """


class InvoiceProjectArticlesRequestDto(BaseModel):
    """
    Body of "Send invoice drafts to external integrations" (lines 264-271).
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    project_id: Annotated[int | None, Field(alias="projectId")] = None
    """
    Id of the project (long). The project id is also in the path.
    """
    customer_id: Annotated[int | None, Field(alias="customerId")] = None
    """
    Id of the customer to invoice (Long).
    """
    type: str | None = None
    """
    Kind of invoice: invoice, cash, card or ag (String).
    """
    invoice_drafts: Annotated[list[InvoiceDraftDto] | None, Field(alias="invoiceDrafts")] = None
    """
    The invoice drafts to send (List of InvoiceDraftDto).
    """
    free_texts: Annotated[list[dict[str, Any]] | None, Field(alias="freeTexts")] = None
    """
    Free texts for the invoice (List, R,W; the item type is not documented, the example sends an empty object).
    """


class ProjectArticleEventDto(BaseModel):
    """
    An event of a project article: checkout, checkin, consumption or invoicing (lines 302-307).
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    type: str | None = None
    """
    Type of the event (String; no accepted values are documented, the examples send "type").
    """
    amount: float | None = None
    """
    Amount moved by the event (double).
    """
    date: int | None = None
    """
    When the event happened. Epoch milliseconds (a Java `Date`, sent as a number as the examples show).
    """


class ProjectCustomerOrderRequestDto(BaseModel):
    """
    Body of "Add project" from a customer order (lines 316-319).
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    project_id: Annotated[int | None, Field(alias="projectId")] = None
    """
    Id of the project to add the customer order to (Long). A new project will be created if the id is null or -1.
    """


class State(StrEnum):
    """
    State of the project (Integer): NEW = 0, DEVELOPING = 1, FINISHED = 2, CANCELLED = 3; default 0. Writable only with POST (when the project is added). The examples send it as a string ("0").
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
    Index of this page (int), zero-based like the `page` query parameter (default 0).
    """
    pages: int | None = None
    """
    Number of pages (int) at the requested `limit`; request `page` = 0 .. pages - 1 to iterate over all of them.
    """
    page_size: Annotated[int | None, Field(alias="pageSize")] = None
    """
    Number of items per page (int): the `limit` the page was built with.
    """
    drafts_count: Annotated[int | None, Field(alias="draftsCount")] = None
    """
    Total number of invoice drafts over all pages (int).
    """
    invoice_drafts: Annotated[list[InvoiceDraftDto] | None, Field(alias="invoiceDrafts")] = None
    """
    The invoice drafts of this page.
    """


class ProjectState(IntEnum):
    """
    State of a project (ProjectDto.state): NEW = 0, DEVELOPING = 1, FINISHED = 2, CANCELLED = 3.
    """

    integer_0 = 0
    integer_1 = 1
    integer_2 = 2
    integer_3 = 3


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
    Error code: one of the codes of the table at lines 17-35 (see ErrorCode for each code's meaning, e.g. 900101 common error, 900429 too many requests). Plain integers are accepted too so that a code missing from the table does not break a client.
    """
    error_message: Annotated[str | None, Field(alias="errorMessage")] = None
    """
    Human-readable message, e.g. "Something went wrong on the server".
    """
    error_field: Annotated[str | None, Field(alias="errorField")] = None
    """
    The field the error concerns, if any (null in the printed example).
    """
    error_data: Annotated[Any | None, Field(alias="errorData")] = None
    """
    Additional error data, if any (null in the printed example; its shape is not documented).
    """


class ProjectArticleDto(BaseModel):
    """
    An article checked out to a project (lines 277-301). Every field is readable and
    writable (R,W).
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: int | None = None
    """
    Id of the project article (long).
    """
    project_id: Annotated[int | None, Field(alias="projectId")] = None
    """
    Id of the project (long).
    """
    article_id: Annotated[str | None, Field(alias="articleId")] = None
    """
    Id of the article (String).
    """
    article_name: Annotated[str | None, Field(alias="articleName")] = None
    """
    Name of the article (String).
    """
    batch_id: Annotated[str | None, Field(alias="batchId")] = None
    """
    Batch id (String).
    """
    sn_id: Annotated[str | None, Field(alias="snId")] = None
    """
    Serial number id (String).
    """
    batch_sn_best_before: Annotated[int | None, Field(alias="batchSnBestBefore")] = None
    """
    Best-before of the batch or serial number (Long; the document gives no unit, the examples show small placeholder numbers).
    """
    checkout_amount: Annotated[float | None, Field(alias="checkoutAmount")] = None
    """
    Amount checked out (Double).
    """
    checkin_amount: Annotated[float | None, Field(alias="checkinAmount")] = None
    """
    Amount checked in (Double).
    """
    consumed_amount: Annotated[float | None, Field(alias="consumedAmount")] = None
    """
    Amount consumed (Double).
    """
    invoiced_amount: Annotated[float | None, Field(alias="invoicedAmount")] = None
    """
    Amount already invoiced (Double).
    """
    price_list_id: Annotated[int | None, Field(alias="priceListId")] = None
    """
    Id of the price list (long).
    """
    rental: bool | None = None
    """
    Whether the article is rented (boolean).
    """
    price: float | None = None
    """
    Price (double).
    """
    rental_currency: Annotated[str | None, Field(alias="rentalCurrency")] = None
    """
    Currency of the rental (String).
    """
    comment: str | None = None
    """
    Comment (String).
    """
    purchase_price: Annotated[float | None, Field(alias="purchasePrice")] = None
    """
    Purchase price (Double).
    """
    events: list[ProjectArticleEventDto] | None = None
    """
    Events of the article (List; the item type, ProjectArticleEventDto, is shown by the examples).
    """
    account_id: Annotated[int | None, Field(alias="accountId")] = None
    """
    Id of the account (long).
    """
    account_name: Annotated[str | None, Field(alias="accountName")] = None
    """
    Name of the account (String).
    """
    checkout_date: Annotated[int | None, Field(alias="checkoutDate")] = None
    """
    Checkout date (typed Long, not Date, in the table; the examples show small placeholder numbers rather than epoch milliseconds).
    """
    checkin_consume_date: Annotated[int | None, Field(alias="checkinConsumeDate")] = None
    """
    Date of checkin or consumption. Epoch milliseconds (a Java `Date`, sent as a number as the examples show).
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
    Index of this page (int), zero-based like the `page` query parameter (default 0).
    """
    pages: int | None = None
    """
    Number of pages (int) at the requested `limit`; request `page` = 0 .. pages - 1 to iterate over all of them.
    """
    page_size: Annotated[int | None, Field(alias="pageSize")] = None
    """
    Number of items per page (int): the `limit` the page was built with.
    """
    projects_count: Annotated[int | None, Field(alias="projectsCount")] = None
    """
    Total number of project articles over all pages (int; named projectsCount although it counts articles).
    """
    articles: list[ProjectArticleDto] | None = None
    """
    The project articles of this page.
    """


class ProjectDto(BaseModel):
    """
    A project (lines 320-337). Only `projectId` is read-only; `state` can be written only
    when the project is added (POST).
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    project_id: Annotated[int | None, Field(alias="projectId")] = None
    """
    Id of the project (long, read-only).
    """
    name: str | None = None
    """
    Name of the project (String).
    """
    customer_id: Annotated[int | None, Field(alias="customerId")] = None
    """
    Id of the customer (Long).
    """
    customer_name: Annotated[str | None, Field(alias="customerName")] = None
    """
    Name of the customer (String).
    """
    description: str | None = None
    """
    Description of the project (String).
    """
    state: ProjectState | State | None = ProjectState.integer_0
    """
    State of the project (Integer): NEW = 0, DEVELOPING = 1, FINISHED = 2, CANCELLED = 3; default 0. Writable only with POST (when the project is added). The examples send it as a string ("0").
    """
    responsible_user_id: Annotated[int | None, Field(alias="responsibleUserId")] = None
    """
    Id of the responsible user (Long).
    """
    responsible_user_name: Annotated[str | None, Field(alias="responsibleUserName")] = None
    """
    Name of the responsible user (String).
    """
    created_by_id: Annotated[int | None, Field(alias="createdById")] = None
    """
    Id of the user who created the project (Long).
    """
    created_by_name: Annotated[str | None, Field(alias="createdByName")] = None
    """
    Name of the user who created the project (String).
    """
    created: int | None = None
    """
    Creation time (typed long, not Date; the examples show small placeholder numbers rather than epoch milliseconds).
    """
    articles: list[ProjectArticleDto] | None = None
    """
    Articles of the project (List of ProjectArticleDto).
    """
    cost: float | None = None
    """
    Cost of the project (Double).
    """
    stock_value: Annotated[float | None, Field(alias="stockValue")] = None
    """
    Stock value of the project (Double).
    """


class ProjectsResponseDto(BaseModel):
    """
    A page of projects (lines 346-352). Every field is read-only (R).
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    page: int | None = None
    """
    Index of this page (int), zero-based like the `page` query parameter (default 0).
    """
    pages: int | None = None
    """
    Number of pages (int) at the requested `limit`; request `page` = 0 .. pages - 1 to iterate over all of them.
    """
    page_size: Annotated[int | None, Field(alias="pageSize")] = None
    """
    Number of items per page (int): the `limit` the page was built with.
    """
    projects_count: Annotated[int | None, Field(alias="projectsCount")] = None
    """
    Total number of projects over all pages (int).
    """
    projects: list[ProjectDto] | None = None
    """
    The projects of this page (List of ProjectDto).
    """


class InvoiceDraftProjectArticlesRequestDto(BaseModel):
    """
    Body of "Create invoice drafts" (lines 259-263).
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    project_id: Annotated[int | None, Field(alias="projectId")] = None
    """
    Id of the project (long). The project id is also in the path.
    """
    articles: list[ProjectArticleDto] | None = None
    """
    Project articles to create invoice drafts for (List of ProjectArticleDto).
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
    Project articles (List of ProjectArticleDto).
    """
    invoice_drafts: Annotated[list[InvoiceDraftDto] | None, Field(alias="invoiceDrafts")] = None
    """
    Invoice drafts (List of InvoiceDraftDto).
    """
