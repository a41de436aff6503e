"""Lagerkoll Projects API: the payloads, from the DTO tables at lines 230-352 of
lagerkoll-projects.en.txt and the error payload at lines 16-41.

Java types map to JSON Schema as follows: ``int``/``Integer`` -> integer int32, ``long``/``Long``
-> integer int64, ``double``/``Double`` -> number double, ``boolean`` -> boolean, ``String`` ->
string, ``List`` -> array (item type from the examples), ``HashMap`` -> object, ``Date`` ->
integer int64 epoch milliseconds (what every example sends). Access ``R`` becomes ``readOnly``.
The Mandatory column is empty everywhere, so no field is required.
"""

from typing import Annotated, Any, Literal

from pydantic import BaseModel, Field

from generator.describe import IntDocEnum, Quirk, absent, field_extras, schema_config

# --- Java type aliases ---------------------------------------------------------------------------

Int32 = Annotated[int, Field(json_schema_extra={"format": "int32"})]
Int64 = Annotated[int, Field(json_schema_extra={"format": "int64"})]
Double = Annotated[float, Field(json_schema_extra={"format": "double"})]

EPOCH_MS = "Epoch milliseconds (a Java `Date`, sent as a number as the examples show)."


def ro(*, quirks: list[Quirk] | None = None, inferred: str | None = None) -> dict[str, Any]:
    """``json_schema_extra`` for a field whose Access column is ``R``: ``readOnly``."""
    return {"readOnly": True, **field_extras(quirks=quirks, inferred=inferred)}


# --- Errors --------------------------------------------------------------------------------------


class ErrorCode(IntDocEnum):
    """Lagerkoll error codes (`errorCode` of the error payload), lines 16-35:

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

    __lines__ = (16, 35)

    CREDENTIALS_DONT_MATCH = 900001
    COMMON_ERROR = 900101
    TOO_MANY_REQUESTS = 900429
    ERROR_GETTING_PROJECT = 906001
    ERROR_GETTING_CUSTOMER = 906002
    ERROR_GETTING_USER = 906003
    ERROR_GETTING_ARTICLE = 906004
    ERROR_GETTING_INVOICE_DRAFT = 906005
    ERROR_CREATING_PROJECT = 906011
    ERROR_CREATING_PROJECT_ARTICLE = 906012
    ERROR_CREATING_INVOICE_DRAFT_FROM_ARTICLES = 906013
    ERROR_CREATING_INVOICE_FROM_INVOICE_DRAFTS = 906014
    ERROR_UPDATING_PROJECT = 906021
    ERROR_UPDATING_PROJECT_ARTICLE = 906022
    ERROR_UPDATING_INVOICE_DRAFT = 906023
    TOO_LARGE_AMOUNT_FOR_ARTICLE = 906031
    PROJECT_STILL_HAS_ARTICLES_WITH_AMOUNT = 906032


class Error(BaseModel):
    """The error payload every operation answers with when it fails (lines 16-41)."""

    model_config = schema_config(
        lines=(16, 41),
        inferred="The document prints the payload (lines 36-41) but names no class for it; "
        "the field types come from that example.",
    )

    errorCode: ErrorCode | int = Field(
        default_factory=absent,
        description="Error code: one of the codes of the table at lines 17-35 (see ErrorCode for "
        "each code's meaning, e.g. 900101 common error, 900429 too many requests). Plain integers "
        "are accepted too so that a code missing from the table does not break a client.",
    )
    errorMessage: str = Field(
        default_factory=absent,
        description='Human-readable message, e.g. "Something went wrong on the server".',
    )
    errorField: str | None = Field(
        None,
        description="The field the error concerns, if any (null in the printed example).",
        json_schema_extra=field_extras(
            inferred="Only null is printed (line 39); string is assumed from the name."
        ),
    )
    errorData: Any = Field(
        None,
        description="Additional error data, if any (null in the printed example; its shape is "
        "not documented).",
    )


# --- Projects ------------------------------------------------------------------------------------


class ProjectState(IntDocEnum):
    """State of a project (ProjectDto.state): NEW = 0, DEVELOPING = 1, FINISHED = 2, CANCELLED = 3."""

    __lines__ = (328, 329)

    NEW = 0
    DEVELOPING = 1
    FINISHED = 2
    CANCELLED = 3


class ProjectArticleEventDto(BaseModel):
    """An event of a project article: checkout, checkin, consumption or invoicing (lines 302-307)."""

    model_config = schema_config(
        lines=(302, 307),
        quirks=[
            Quirk(
                lines=(305, 307),
                text="The rows are shifted: the Access value (R,W) stands in the Description "
                "column and the other columns are empty.",
            ),
        ],
    )

    type: str = Field(
        default_factory=absent,
        description="Type of the event (String; no accepted values are documented, the examples "
        'send "type").',
    )
    amount: Double = Field(
        default_factory=absent, description="Amount moved by the event (double)."
    )
    date: Int64 = Field(default_factory=absent, description="When the event happened. " + EPOCH_MS)


class ProjectArticleDto(BaseModel):
    """An article checked out to a project (lines 277-301). Every field is readable and
    writable (R,W)."""

    model_config = schema_config(
        lines=(277, 301),
        quirks=[
            Quirk(
                lines=(280, 301),
                text="The rows are shifted: the Access value (R,W) stands in the Description "
                "column and the other columns are empty.",
            ),
        ],
    )

    id: Int64 = Field(default_factory=absent, description="Id of the project article (long).")
    projectId: Int64 = Field(default_factory=absent, description="Id of the project (long).")
    articleId: str = Field(default_factory=absent, description="Id of the article (String).")
    articleName: str = Field(default_factory=absent, description="Name of the article (String).")
    batchId: str = Field(default_factory=absent, description="Batch id (String).")
    snId: str = Field(default_factory=absent, description="Serial number id (String).")
    batchSnBestBefore: Int64 = Field(
        default_factory=absent,
        description="Best-before of the batch or serial number (Long; the document gives no "
        "unit, the examples show small placeholder numbers).",
    )
    checkoutAmount: Double = Field(
        default_factory=absent, description="Amount checked out (Double)."
    )
    checkinAmount: Double = Field(default_factory=absent, description="Amount checked in (Double).")
    consumedAmount: Double = Field(default_factory=absent, description="Amount consumed (Double).")
    invoicedAmount: Double = Field(
        default_factory=absent, description="Amount already invoiced (Double)."
    )
    priceListId: Int64 = Field(default_factory=absent, description="Id of the price list (long).")
    rental: bool = Field(
        default_factory=absent, description="Whether the article is rented (boolean)."
    )
    price: Double = Field(default_factory=absent, description="Price (double).")
    rentalCurrency: str = Field(
        default_factory=absent, description="Currency of the rental (String)."
    )
    comment: str = Field(default_factory=absent, description="Comment (String).")
    purchasePrice: Double = Field(default_factory=absent, description="Purchase price (Double).")
    events: list[ProjectArticleEventDto] = Field(
        default_factory=absent,
        description="Events of the article (List; the item type, ProjectArticleEventDto, is shown "
        "by the examples).",
    )
    accountId: Int64 = Field(default_factory=absent, description="Id of the account (long).")
    accountName: str = Field(default_factory=absent, description="Name of the account (String).")
    checkoutDate: Int64 = Field(
        default_factory=absent,
        description="Checkout date (typed Long, not Date, in the table; the examples show small "
        "placeholder numbers rather than epoch milliseconds).",
        json_schema_extra=field_extras(
            quirks=[
                Quirk(
                    lines=(300, 301),
                    text="checkoutDate is typed Long while checkinConsumeDate is typed Date; the "
                    "examples send small numbers for checkoutDate and epoch milliseconds for "
                    "checkinConsumeDate.",
                ),
            ]
        ),
    )
    checkinConsumeDate: Int64 = Field(
        default_factory=absent, description="Date of checkin or consumption. " + EPOCH_MS
    )


STATE_QUIRK = Quirk(
    lines=(328, 329),
    text="state is documented as an Integer (NEW = 0, DEVELOPING = 1, FINISHED = 2, CANCELLED = 3) "
    'but every example sends the string "0"; both the integer and its string form are accepted.',
)


class ProjectDto(BaseModel):
    """A project (lines 320-337). Only `projectId` is read-only; `state` can be written only
    when the project is added (POST)."""

    model_config = schema_config(
        lines=(320, 337),
        quirks=[
            Quirk(
                lines=(323, 337),
                text="The rows are shifted: the Access value (R or R,W) stands in the Description "
                "column and the other columns are empty.",
            ),
            Quirk(
                lines=(328, 329),
                text="The state row is broken across two lines and shifted: the default 0 stands "
                "in the Default column, the accepted values in the Mandatory column and the "
                "Access value R,W on the next line.",
            ),
        ],
    )

    projectId: Int64 = Field(
        default_factory=absent,
        description="Id of the project (long, read-only).",
        json_schema_extra=ro(),
    )
    name: str = Field(default_factory=absent, description="Name of the project (String).")
    customerId: Int64 = Field(default_factory=absent, description="Id of the customer (Long).")
    customerName: str = Field(default_factory=absent, description="Name of the customer (String).")
    description: str = Field(
        default_factory=absent, description="Description of the project (String)."
    )
    state: ProjectState | Literal["0", "1", "2", "3"] = Field(
        default_factory=absent,
        description="State of the project (Integer): NEW = 0, DEVELOPING = 1, FINISHED = 2, "
        "CANCELLED = 3; default 0. Writable only with POST (when the project is added). The "
        'examples send it as a string ("0").',
        json_schema_extra={"default": 0, **field_extras(quirks=[STATE_QUIRK])},
    )
    responsibleUserId: Int64 = Field(
        default_factory=absent, description="Id of the responsible user (Long)."
    )
    responsibleUserName: str = Field(
        default_factory=absent, description="Name of the responsible user (String)."
    )
    createdById: Int64 = Field(
        default_factory=absent, description="Id of the user who created the project (Long)."
    )
    createdByName: str = Field(
        default_factory=absent, description="Name of the user who created the project (String)."
    )
    created: Int64 = Field(
        default_factory=absent,
        description="Creation time (typed long, not Date; the examples show small placeholder "
        "numbers rather than epoch milliseconds).",
    )
    articles: list[ProjectArticleDto] = Field(
        default_factory=absent, description="Articles of the project (List of ProjectArticleDto)."
    )
    cost: Double = Field(default_factory=absent, description="Cost of the project (Double).")
    stockValue: Double = Field(
        default_factory=absent, description="Stock value of the project (Double)."
    )


class ProjectCustomerOrderRequestDto(BaseModel):
    """Body of "Add project" from a customer order (lines 316-319)."""

    model_config = schema_config(
        lines=(316, 319),
        quirks=[
            Quirk(
                lines=319,
                text="The row is shifted: the Access value (R,W) stands in the Default column.",
            ),
        ],
    )

    projectId: Int64 | None = Field(
        None,
        description="Id of the project to add the customer order to (Long). A new project will be "
        "created if the id is null or -1.",
    )


class CloseProjectRequestDto(BaseModel):
    """Body of "Close project" (lines 231-234)."""

    model_config = schema_config(
        lines=(231, 234),
        quirks=[
            Quirk(
                lines=234,
                text="The row is shifted: the accepted values (checkin, consume, end_rent) stand "
                "in the Default column and the Access value R,W in the Mandatory column.",
            ),
        ],
    )

    closeArticles: dict[str, Literal["checkin", "consume", "end_rent"]] = Field(
        default_factory=absent,
        description="Map (HashMap) of the articles that should be handled when closing the "
        "project. The key is the project-article id, the value one of checkin, consume, end_rent.",
    )


# --- Invoice drafts ------------------------------------------------------------------------------


class InvoiceDraftDto(BaseModel):
    """An invoice draft row (lines 235-258). Every field is read-only (R)."""

    model_config = schema_config(
        lines=(235, 258),
        quirks=[
            Quirk(
                lines=(238, 258),
                text="The rows are shifted: where a field has no description the Access value R "
                "stands in the Description column; where it has one, R stands in the Default "
                "column.",
            ),
        ],
    )

    id: Int64 = Field(
        default_factory=absent,
        description="Id of the invoice draft (long).",
        json_schema_extra=ro(),
    )
    dataType: str = Field(
        default_factory=absent,
        description="Type of the source data row (String).",
        json_schema_extra=ro(),
    )
    dataId: Int64 = Field(
        default_factory=absent,
        description="Id of the source data row (Long).",
        json_schema_extra=ro(),
    )
    dataArticleId: Int64 = Field(
        default_factory=absent,
        description="Id of the source data article (Long).",
        json_schema_extra=ro(),
    )
    articleId: str = Field(
        default_factory=absent, description="Id of the article (String).", json_schema_extra=ro()
    )
    articleName: str = Field(
        default_factory=absent, description="Name of the article (String).", json_schema_extra=ro()
    )
    amount: Double = Field(
        default_factory=absent, description="Amount (Double).", json_schema_extra=ro()
    )
    price: Double = Field(
        default_factory=absent, description="Price (Double).", json_schema_extra=ro()
    )
    pricelistId: Int64 = Field(
        default_factory=absent,
        description="Id of the price list (long). Spelled pricelistId here, priceListId in "
        "ProjectArticleDto.",
        json_schema_extra=ro(
            quirks=[
                Quirk(
                    lines=246,
                    text="InvoiceDraftDto spells the price-list id pricelistId (line 246 and every "
                    "invoice-draft example) while ProjectArticleDto spells it priceListId "
                    "(line 291 and every article example); each is kept as documented.",
                ),
            ]
        ),
    )
    currency: str = Field(
        default_factory=absent, description="Currency (String).", json_schema_extra=ro()
    )
    rentalCurrency: str = Field(
        default_factory=absent,
        description="Currency of the rental (String).",
        json_schema_extra=ro(),
    )
    startDate: Int64 = Field(
        default_factory=absent, description="Start date. " + EPOCH_MS, json_schema_extra=ro()
    )
    endDate: Int64 = Field(
        default_factory=absent, description="End date. " + EPOCH_MS, json_schema_extra=ro()
    )
    rentalAmount: Double = Field(
        default_factory=absent, description="Rental amount (Double).", json_schema_extra=ro()
    )
    comment: str = Field(
        default_factory=absent, description="Comment (String).", json_schema_extra=ro()
    )
    isInvoiced: bool = Field(
        default_factory=absent,
        description="Indicates if row has been marked as invoiced.",
        json_schema_extra=ro(),
    )
    isProcessed: bool = Field(
        default_factory=absent,
        description="Indicates if row has been completely processed as invoiced.",
        json_schema_extra=ro(),
    )
    invoiceId: str = Field(
        default_factory=absent,
        description="If row has been invoiced, this is id of the created invoice.",
        json_schema_extra=ro(),
    )
    createdById: Int64 = Field(
        default_factory=absent,
        description="Id of the user who created the row (Long).",
        json_schema_extra=ro(),
    )
    createdByName: str = Field(
        default_factory=absent,
        description="Name of the user who created the row (String).",
        json_schema_extra=ro(),
    )
    created: Int64 = Field(
        default_factory=absent,
        description="When the row was created. " + EPOCH_MS,
        json_schema_extra=ro(),
    )


REQUEST_R_QUIRK = (
    "Every field is marked R (read-only) although this DTO is only ever sent as a request body; "
    "readOnly is therefore not emitted on its fields (tools that honour readOnly would leave them "
    "out of the request)."
)


class InvoiceDraftProjectArticlesRequestDto(BaseModel):
    """Body of "Create invoice drafts" (lines 259-263)."""

    model_config = schema_config(
        lines=(259, 263),
        quirks=[
            Quirk(
                lines=(262, 263),
                text="The rows are shifted: the Access value R stands in the Description column.",
            ),
            Quirk(lines=(262, 263), text=REQUEST_R_QUIRK),
        ],
    )

    projectId: Int64 = Field(
        default_factory=absent,
        description="Id of the project (long). The project id is also in the path.",
    )
    articles: list[ProjectArticleDto] = Field(
        default_factory=absent,
        description="Project articles to create invoice drafts for (List of ProjectArticleDto).",
    )


class InvoiceProjectArticlesRequestDto(BaseModel):
    """Body of "Send invoice drafts to external integrations" (lines 264-271)."""

    model_config = schema_config(
        lines=(264, 271),
        quirks=[
            Quirk(
                lines=(267, 271),
                text="The rows are shifted: the Access value stands in the Description column, or "
                "(for type) in the Default column after the accepted values.",
            ),
            Quirk(lines=(267, 270), text=REQUEST_R_QUIRK),
        ],
    )

    projectId: Int64 = Field(
        default_factory=absent,
        description="Id of the project (long). The project id is also in the path.",
    )
    customerId: Int64 = Field(
        default_factory=absent, description="Id of the customer to invoice (Long)."
    )
    type: str = Field(
        default_factory=absent,
        description="Kind of invoice: invoice, cash, card or ag (String).",
        json_schema_extra=field_extras(
            quirks=[
                Quirk(
                    lines=(269, 269),
                    text="The accepted values invoice, cash, card, ag stand in the Description "
                    'column; the example (line 216) sends "type", so the schema accepts any '
                    "string.",
                ),
            ]
        ),
    )
    invoiceDrafts: list[InvoiceDraftDto] = Field(
        default_factory=absent,
        description="The invoice drafts to send (List of InvoiceDraftDto).",
        json_schema_extra=field_extras(
            quirks=[
                Quirk(
                    lines=(238, 258),
                    text="InvoiceDraftDto marks every field R (read-only), yet drafts are sent "
                    "here; a client that strips readOnly fields from requests would send empty "
                    "drafts.",
                ),
            ]
        ),
    )
    freeTexts: list[dict[str, Any]] = Field(
        default_factory=absent,
        description="Free texts for the invoice (List, R,W; the item type is not documented, the "
        "example sends an empty object).",
    )


class InvoiceProjectArticlesResponseDto(BaseModel):
    """Invoice drafts and project articles after an invoicing action (lines 272-276).
    Every field is read-only (R)."""

    model_config = schema_config(
        lines=(272, 276),
        quirks=[
            Quirk(
                lines=(275, 276),
                text="The rows are shifted: the Access value R stands in the Description column.",
            ),
        ],
    )

    articles: list[ProjectArticleDto] = Field(
        default_factory=absent,
        description="Project articles (List of ProjectArticleDto).",
        json_schema_extra=ro(),
    )
    invoiceDrafts: list[InvoiceDraftDto] = Field(
        default_factory=absent,
        description="Invoice drafts (List of InvoiceDraftDto).",
        json_schema_extra=ro(),
    )


# --- Pages -------------------------------------------------------------------------------------

PAGE = "Index of this page (int), zero-based like the `page` query parameter (default 0)."
PAGES = (
    "Number of pages (int) at the requested `limit`; request `page` = 0 .. pages - 1 to "
    "iterate over all of them."
)
PAGE_SIZE = "Number of items per page (int): the `limit` the page was built with."
SHIFTED = "The rows are shifted: the Access value R stands in the Description column."


class ProjectInvoiceDraftsResponseDto(BaseModel):
    """A page of invoice drafts (lines 338-345). Every field is read-only (R)."""

    model_config = schema_config(lines=(338, 345), quirks=[Quirk(lines=(341, 345), text=SHIFTED)])

    page: Int32 = Field(default_factory=absent, description=PAGE, json_schema_extra=ro())
    pages: Int32 = Field(default_factory=absent, description=PAGES, json_schema_extra=ro())
    pageSize: Int32 = Field(default_factory=absent, description=PAGE_SIZE, json_schema_extra=ro())
    draftsCount: Int32 = Field(
        default_factory=absent,
        description="Total number of invoice drafts over all pages (int).",
        json_schema_extra=ro(),
    )
    invoiceDrafts: list[InvoiceDraftDto] = Field(
        default_factory=absent,
        description="The invoice drafts of this page.",
        json_schema_extra=ro(),
    )


class ProjectsResponseDto(BaseModel):
    """A page of projects (lines 346-352). Every field is read-only (R)."""

    model_config = schema_config(
        lines=(346, 352),
        quirks=[
            Quirk(lines=(349, 352), text=SHIFTED),
        ],
    )

    page: Int32 = Field(default_factory=absent, description=PAGE, json_schema_extra=ro())
    pages: Int32 = Field(default_factory=absent, description=PAGES, json_schema_extra=ro())
    pageSize: Int32 = Field(default_factory=absent, description=PAGE_SIZE, json_schema_extra=ro())
    projectsCount: Int32 = Field(
        default_factory=absent,
        description="Total number of projects over all pages (int).",
        json_schema_extra=ro(),
    )
    projects: list[ProjectDto] = Field(
        default_factory=absent,
        description="The projects of this page (List of ProjectDto).",
        json_schema_extra=ro(
            quirks=[
                Quirk(
                    lines=(346, 352),
                    text="Missing from the ProjectsResponseDto table; shown by the examples at "
                    "lines 99 and 116.",
                ),
            ]
        ),
    )


class ProjectArticlesResponseDto(BaseModel):
    """A page of project articles (lines 308-315). Every field is read-only (R)."""

    model_config = schema_config(lines=(308, 315), quirks=[Quirk(lines=(311, 315), text=SHIFTED)])

    page: Int32 = Field(default_factory=absent, description=PAGE, json_schema_extra=ro())
    pages: Int32 = Field(default_factory=absent, description=PAGES, json_schema_extra=ro())
    pageSize: Int32 = Field(default_factory=absent, description=PAGE_SIZE, json_schema_extra=ro())
    projectsCount: Int32 = Field(
        default_factory=absent,
        description="Total number of project articles over all pages (int; named projectsCount "
        "although it counts articles).",
        json_schema_extra=ro(
            quirks=[
                Quirk(
                    lines=314,
                    text="A page of articles reports its total as projectsCount (the drafts page "
                    "says draftsCount); presumably the number of articles.",
                ),
            ]
        ),
    )
    articles: list[ProjectArticleDto] = Field(
        default_factory=absent,
        description="The project articles of this page.",
        json_schema_extra=ro(),
    )
