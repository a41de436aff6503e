"""Lagerkoll Projects API: the payloads, from the DTO tables at lines 230-353 of
lagerkoll-projects.en.txt (353 is the document's last line, which has no final newline) and the
error payload at lines 16-41.

Java types map to JSON Schema as follows: ``int``/``Integer`` -> integer int32, ``long``/``Long``
-> integer int64, ``double``/``Double`` -> number double, ``boolean`` -> boolean, ``String`` ->
string, ``List`` -> array (item type from the examples), ``HashMap`` -> object, ``Date`` ->
integer int64 epoch milliseconds (what every example sends). Access ``R`` becomes ``readOnly``.
The Mandatory column is empty everywhere, so no field is required.

The tables give a field's name, Java type and access; only a few rows also give a description.
A field's description therefore says its Java type and table line, plus what the document says
about it (a description column, an example): nothing is guessed from a field's name.

Models sent in request bodies are closed (``additionalProperties: false``): the tables list every
field of a DTO. The DTOs that are both sent and received (ProjectDto, ProjectArticleDto and the
ones nested in them) have a closed ``…Input`` variant for requests, so that responses stay open.
"""

from collections.abc import Sequence
from typing import Annotated, Any, ClassVar, Literal

from pydantic import BaseModel, Field

from generator.describe import IntDocEnum, Quirk, absent, field_extras, schema_config

# --- Java type aliases ---------------------------------------------------------------------------

Int32 = Annotated[int, Field(json_schema_extra={"format": "int32"})]
Int64 = Annotated[int, Field(json_schema_extra={"format": "int64"})]
Double = Annotated[float, Field(json_schema_extra={"format": "double"})]

EPOCH_MS = "Sent as epoch milliseconds, as every example shows."


def java(java_type: str, line: int, more: str = "") -> str:
    """The description of a table row that gives no description: its Java type and line."""
    return f"Java type {java_type} (line {line})." + (f" {more}" if more else "")


def ro(*, quirks: list[Quirk] | None = None, inferred: str | None = None) -> dict[str, Any]:
    """``json_schema_extra`` for a field whose Access column is ``R``: ``readOnly``."""
    return {"readOnly": True, **field_extras(quirks=quirks, inferred=inferred)}


# --- Errors --------------------------------------------------------------------------------------


class ErrorCode(IntDocEnum):
    """Lagerkoll error codes (`errorCode` of the error payload): the table of lines 16-35. Each
    code's meaning is the table's Description column, verbatim (906031's "artcile" is the
    document's spelling)."""

    __lines__ = (16, 35)
    __varnames__: ClassVar[dict[int, str]] = {
        900001: "CREDENTIALS_DONT_MATCH",
        900101: "COMMON_ERROR",
        900429: "TOO_MANY_REQUESTS",
        906001: "ERROR_GETTING_PROJECT",
        906002: "ERROR_GETTING_CUSTOMER",
        906003: "ERROR_GETTING_USER",
        906004: "ERROR_GETTING_ARTICLE",
        906005: "ERROR_GETTING_INVOICE_DRAFT",
        906011: "ERROR_CREATING_PROJECT",
        906012: "ERROR_CREATING_PROJECT_ARTICLE",
        906013: "ERROR_CREATING_INVOICE_DRAFT_FROM_ARTICLES",
        906014: "ERROR_CREATING_INVOICE_FROM_INVOICE_DRAFTS",
        906021: "ERROR_UPDATING_PROJECT",
        906022: "ERROR_UPDATING_PROJECT_ARTICLE",
        906023: "ERROR_UPDATING_INVOICE_DRAFT",
        # line 34 prints "To large amount for the artcile": the name corrects the spelling
        906031: "TOO_LARGE_AMOUNT_FOR_ARTICLE",
        906032: "PROJECT_STILL_HAS_ARTICLES_WITH_AMOUNT",
    }
    #: The Description column of the table (lines 19-35), verbatim.
    __descriptions__: ClassVar[dict[int, str]] = {
        900001: "Credentials don't match",
        900101: "Common error",
        900429: "Too many requests",
        906001: "Error when getting project",
        906002: "Error when getting customer",
        906003: "Error when getting user",
        906004: "Error when getting article",
        906005: "Error when getting invoice draft",
        906011: "Error when creating a project",
        906012: "Error when creating a project article",
        906013: "Error when creating invoice draft from articles",
        906014: "Error when creating invoice from invoice drafts",
        906021: "Error when updating a project",
        906022: "Error when updating a project article",
        906023: "Error when updating an invoice draft",
        906031: "To large amount for the artcile",
        906032: "Project still has articles with amount in them",
    }

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
        description="One of the codes of the table at lines 17-35 (see ErrorCode for each code's "
        "description); 900101 in the printed example (line 37).",
        json_schema_extra=field_extras(
            inferred="The document does not say that its table (lines 17-35) is complete; plain "
            "integers are accepted too so that an unlisted code does not break a client."
        ),
    )
    errorMessage: str = Field(
        default_factory=absent,
        description='"Something went wrong on the server" in the printed example (line 38).',
    )
    errorField: str | None = Field(
        None,
        description="null in the printed example (line 39); the document does not describe it.",
        json_schema_extra=field_extras(
            inferred="Only null is printed (line 39); string is assumed from the name."
        ),
    )
    errorData: Any = Field(
        None,
        description="null in the printed example (line 40); the document does not describe it "
        "or its shape, so any JSON value is accepted.",
    )


# --- Projects ------------------------------------------------------------------------------------


class ProjectState(IntDocEnum):
    """State of a project (ProjectDto.state): NEW = 0, DEVELOPING = 1, FINISHED = 2, CANCELLED = 3."""

    __lines__ = (328, 329)
    #: The names the document gives the values (line 328).
    __varnames__: ClassVar[dict[int, str]] = {
        0: "NEW",
        1: "DEVELOPING",
        2: "FINISHED",
        3: "CANCELLED",
    }

    NEW = 0
    DEVELOPING = 1
    FINISHED = 2
    CANCELLED = 3


SHIFTED_RW = (
    "The rows are shifted: the Access value (R,W) stands in the Description column and the other "
    "columns are empty."
)


class ProjectArticleEventDto(BaseModel):
    """An event of a project article (lines 302-307); the examples show these in
    ProjectArticleDto.events."""

    model_config = schema_config(
        lines=(302, 307), quirks=[Quirk(lines=(305, 307), text=SHIFTED_RW)]
    )

    type: str = Field(
        default_factory=absent,
        description=java(
            "String", 305, 'No accepted values are documented; the examples send "type".'
        ),
    )
    amount: Double = Field(default_factory=absent, description=java("double", 306))
    date: Int64 = Field(default_factory=absent, description=java("Date", 307, EPOCH_MS))


class ProjectArticleDto(BaseModel):
    """A project article (lines 277-301). Every field is readable and writable (R,W)."""

    model_config = schema_config(
        lines=(277, 301), quirks=[Quirk(lines=(280, 301), text=SHIFTED_RW)]
    )

    id: Int64 = Field(default_factory=absent, description=java("long", 280))
    projectId: Int64 = Field(default_factory=absent, description=java("long", 281))
    articleId: str = Field(default_factory=absent, description=java("String", 282))
    articleName: str = Field(default_factory=absent, description=java("String", 283))
    batchId: str = Field(default_factory=absent, description=java("String", 284))
    snId: str = Field(default_factory=absent, description=java("String", 285))
    batchSnBestBefore: Int64 = Field(
        default_factory=absent,
        description=java(
            "Long", 286, "The document gives no unit; the examples show small placeholder numbers."
        ),
    )
    checkoutAmount: Double = Field(default_factory=absent, description=java("Double", 287))
    checkinAmount: Double = Field(default_factory=absent, description=java("Double", 288))
    consumedAmount: Double = Field(default_factory=absent, description=java("Double", 289))
    invoicedAmount: Double = Field(default_factory=absent, description=java("Double", 290))
    priceListId: Int64 = Field(default_factory=absent, description=java("long", 291))
    rental: bool = Field(default_factory=absent, description=java("boolean", 292))
    price: Double = Field(default_factory=absent, description=java("double", 293))
    rentalCurrency: str = Field(default_factory=absent, description=java("String", 294))
    comment: str = Field(default_factory=absent, description=java("String", 295))
    purchasePrice: Double = Field(default_factory=absent, description=java("Double", 296))
    events: Sequence[ProjectArticleEventDto] = Field(
        default_factory=absent,
        description=java("List", 297, "The examples show ProjectArticleEventDto items."),
    )
    accountId: Int64 = Field(default_factory=absent, description=java("long", 298))
    accountName: str = Field(default_factory=absent, description=java("String", 299))
    checkoutDate: Int64 = Field(
        default_factory=absent,
        description=java(
            "Long",
            300,
            "Not a Date; the examples show small placeholder numbers rather than epoch "
            "milliseconds.",
        ),
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
        default_factory=absent, description=java("Date", 301, EPOCH_MS)
    )


STATE_QUIRK = Quirk(
    lines=(328, 329),
    text="state is documented as an Integer (NEW = 0, DEVELOPING = 1, FINISHED = 2, CANCELLED = 3) "
    'but every example sends the string "0"; both the integer and its string form are accepted.',
)


class ProjectDto(BaseModel):
    """A project (lines 320-337). Only `projectId` is read-only; `state` can be written only
    with POST (line 328)."""

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
        description=java("long", 323, "Read-only (Access R)."),
        json_schema_extra=ro(),
    )
    name: str = Field(default_factory=absent, description=java("String", 324))
    customerId: Int64 = Field(default_factory=absent, description=java("Long", 325))
    customerName: str = Field(default_factory=absent, description=java("String", 326))
    description: str = Field(default_factory=absent, description=java("String", 327))
    state: ProjectState | Literal["0", "1", "2", "3"] = Field(
        default_factory=absent,
        description="Java type Integer (lines 328-329): NEW = 0, DEVELOPING = 1, FINISHED = 2, "
        'CANCELLED = 3; default 0; "Write only with POST". The examples send it as a string '
        '("0").',
        json_schema_extra={"default": 0, **field_extras(quirks=[STATE_QUIRK])},
    )
    responsibleUserId: Int64 = Field(default_factory=absent, description=java("Long", 330))
    responsibleUserName: str = Field(default_factory=absent, description=java("String", 331))
    createdById: Int64 = Field(default_factory=absent, description=java("Long", 332))
    createdByName: str = Field(default_factory=absent, description=java("String", 333))
    created: Int64 = Field(
        default_factory=absent,
        description=java(
            "long",
            334,
            "Not a Date; the examples show small placeholder numbers rather than epoch "
            "milliseconds.",
        ),
    )
    articles: Sequence[ProjectArticleDto] = Field(
        default_factory=absent,
        description=java("List", 335, "The examples show ProjectArticleDto items."),
    )
    cost: Double = Field(default_factory=absent, description=java("Double", 336))
    stockValue: Double = Field(default_factory=absent, description=java("Double", 337))


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
        extra="forbid",
    )

    projectId: Int64 | None = Field(
        None,
        description="Java type Long (line 319): A new project will be created if the id is null "
        "or -1.",
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
        extra="forbid",
    )

    closeArticles: dict[str, Literal["checkin", "consume", "end_rent"]] = Field(
        default_factory=absent,
        description="Java type HashMap (line 234): Map containing articles that should be handled "
        "when closing a project. Key in map is project-article id and value is from enum set: "
        "checkin, consume or end_rent.",
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

    id: Int64 = Field(default_factory=absent, description=java("long", 238), json_schema_extra=ro())
    dataType: str = Field(
        default_factory=absent, description=java("String", 239), json_schema_extra=ro()
    )
    dataId: Int64 = Field(
        default_factory=absent, description=java("Long", 240), json_schema_extra=ro()
    )
    dataArticleId: Int64 = Field(
        default_factory=absent, description=java("Long", 241), json_schema_extra=ro()
    )
    articleId: str = Field(
        default_factory=absent, description=java("String", 242), json_schema_extra=ro()
    )
    articleName: str = Field(
        default_factory=absent, description=java("String", 243), json_schema_extra=ro()
    )
    amount: Double = Field(
        default_factory=absent, description=java("Double", 244), json_schema_extra=ro()
    )
    price: Double = Field(
        default_factory=absent, description=java("Double", 245), json_schema_extra=ro()
    )
    pricelistId: Int64 = Field(
        default_factory=absent,
        description=java(
            "long", 246, "Spelled pricelistId here, priceListId in ProjectArticleDto."
        ),
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
        default_factory=absent, description=java("String", 247), json_schema_extra=ro()
    )
    rentalCurrency: str = Field(
        default_factory=absent, description=java("String", 248), json_schema_extra=ro()
    )
    startDate: Int64 = Field(
        default_factory=absent, description=java("Date", 249, EPOCH_MS), json_schema_extra=ro()
    )
    endDate: Int64 = Field(
        default_factory=absent, description=java("Date", 250, EPOCH_MS), json_schema_extra=ro()
    )
    rentalAmount: Double = Field(
        default_factory=absent, description=java("Double", 251), json_schema_extra=ro()
    )
    comment: str = Field(
        default_factory=absent, description=java("String", 252), json_schema_extra=ro()
    )
    isInvoiced: bool = Field(
        default_factory=absent,
        description=java("boolean", 253, "Indicates if row has been marked as invoiced."),
        json_schema_extra=ro(),
    )
    isProcessed: bool = Field(
        default_factory=absent,
        description=java(
            "boolean", 254, "Indicates if row has been completely processed as invoiced."
        ),
        json_schema_extra=ro(),
    )
    invoiceId: str = Field(
        default_factory=absent,
        description=java(
            "String", 255, "If row has been invoiced, this is id of the created invoice."
        ),
        json_schema_extra=ro(),
    )
    createdById: Int64 = Field(
        default_factory=absent, description=java("Long", 256), json_schema_extra=ro()
    )
    createdByName: str = Field(
        default_factory=absent, description=java("String", 257), json_schema_extra=ro()
    )
    created: Int64 = Field(
        default_factory=absent, description=java("Date", 258, EPOCH_MS), json_schema_extra=ro()
    )


# --- Request variants of the DTOs that are also received -------------------------------------
#
# Same fields and lines as the DTO they extend; closed, since a request body lists every field.

INPUT_QUIRK = (
    "The document uses one class for requests and responses; this closed variant is what a "
    "request body sends (the response schema stays open)."
)


class ProjectArticleEventDtoInput(ProjectArticleEventDto):
    """ProjectArticleEventDto as sent inside a request body (lines 302-307): the same fields,
    and no others."""

    model_config = schema_config(
        lines=(302, 307), quirks=[Quirk(lines=302, text=INPUT_QUIRK)], extra="forbid"
    )


class ProjectArticleDtoInput(ProjectArticleDto):
    """ProjectArticleDto as sent in a request body (lines 277-301): the same fields, and no
    others."""

    model_config = schema_config(
        lines=(277, 301), quirks=[Quirk(lines=277, text=INPUT_QUIRK)], extra="forbid"
    )

    events: Sequence[ProjectArticleEventDtoInput] = Field(
        default_factory=absent,
        description=java("List", 297, "The examples show ProjectArticleEventDto items."),
    )


class ProjectDtoInput(ProjectDto):
    """ProjectDto as sent in a request body (lines 320-337): the same fields, and no others.
    `projectId` is read-only and `state` is written only with POST (lines 323, 328)."""

    model_config = schema_config(
        lines=(320, 337), quirks=[Quirk(lines=320, text=INPUT_QUIRK)], extra="forbid"
    )

    articles: Sequence[ProjectArticleDtoInput] = Field(
        default_factory=absent,
        description=java("List", 335, "The examples show ProjectArticleDto items."),
    )


class InvoiceDraftDtoInput(InvoiceDraftDto):
    """InvoiceDraftDto as sent inside a request body (lines 235-258): the same fields, and no
    others."""

    model_config = schema_config(
        lines=(235, 258), quirks=[Quirk(lines=235, text=INPUT_QUIRK)], extra="forbid"
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
        extra="forbid",
    )

    projectId: Int64 = Field(default_factory=absent, description=java("long", 262))
    articles: list[ProjectArticleDtoInput] = Field(
        default_factory=absent,
        description=java("List", 263, "The example (line 205) sends ProjectArticleDto items."),
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
        extra="forbid",
    )

    projectId: Int64 = Field(default_factory=absent, description=java("long", 267))
    customerId: Int64 = Field(default_factory=absent, description=java("Long", 268))
    type: str = Field(
        default_factory=absent,
        description=java("String", 269, "Description column: invoice, cash, card, ag."),
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
    invoiceDrafts: list[InvoiceDraftDtoInput] = Field(
        default_factory=absent,
        description=java("List", 270, "The example (line 216) sends InvoiceDraftDto items."),
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
        description=java(
            "List", 271, "Access R,W. The item type is not documented; the example sends {}."
        ),
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
        description=java("List", 275, "The examples show ProjectArticleDto items."),
        json_schema_extra=ro(),
    )
    invoiceDrafts: list[InvoiceDraftDto] = Field(
        default_factory=absent,
        description=java("List", 276, "The examples show InvoiceDraftDto items."),
        json_schema_extra=ro(),
    )


# --- Pages -------------------------------------------------------------------------------------

SHIFTED = "The rows are shifted: the Access value R stands in the Description column."


class ProjectInvoiceDraftsResponseDto(BaseModel):
    """A page of invoice drafts (lines 338-345). Every field is read-only (R)."""

    model_config = schema_config(lines=(338, 345), quirks=[Quirk(lines=(341, 345), text=SHIFTED)])

    page: Int32 = Field(
        default_factory=absent, description=java("int", 341), json_schema_extra=ro()
    )
    pages: Int32 = Field(
        default_factory=absent, description=java("int", 342), json_schema_extra=ro()
    )
    pageSize: Int32 = Field(
        default_factory=absent, description=java("int", 343), json_schema_extra=ro()
    )
    draftsCount: Int32 = Field(
        default_factory=absent, description=java("int", 344), json_schema_extra=ro()
    )
    invoiceDrafts: list[InvoiceDraftDto] = Field(
        default_factory=absent,
        description=java("List", 345, "The examples show InvoiceDraftDto items."),
        json_schema_extra=ro(),
    )


class ProjectsResponseDto(BaseModel):
    """A page of projects (lines 346-353). Every field is read-only (R)."""

    model_config = schema_config(lines=(346, 353), quirks=[Quirk(lines=(349, 353), text=SHIFTED)])

    page: Int32 = Field(
        default_factory=absent, description=java("int", 349), json_schema_extra=ro()
    )
    pages: Int32 = Field(
        default_factory=absent, description=java("int", 350), json_schema_extra=ro()
    )
    pageSize: Int32 = Field(
        default_factory=absent, description=java("int", 351), json_schema_extra=ro()
    )
    projectsCount: Int32 = Field(
        default_factory=absent, description=java("int", 352), json_schema_extra=ro()
    )
    projects: list[ProjectDto] = Field(
        default_factory=absent,
        description=java("List", 353, "The examples (lines 99, 116) show ProjectDto items."),
        json_schema_extra=ro(),
    )


class ProjectArticlesResponseDto(BaseModel):
    """A page of project articles (lines 308-315). Every field is read-only (R)."""

    model_config = schema_config(lines=(308, 315), quirks=[Quirk(lines=(311, 315), text=SHIFTED)])

    page: Int32 = Field(
        default_factory=absent, description=java("int", 311), json_schema_extra=ro()
    )
    pages: Int32 = Field(
        default_factory=absent, description=java("int", 312), json_schema_extra=ro()
    )
    pageSize: Int32 = Field(
        default_factory=absent, description=java("int", 313), json_schema_extra=ro()
    )
    projectsCount: Int32 = Field(
        default_factory=absent,
        description=java("int", 314, "Named projectsCount in a page of articles."),
        json_schema_extra=ro(
            quirks=[
                Quirk(
                    lines=314,
                    text="A page of articles reports its count as projectsCount (the drafts page "
                    "says draftsCount); the document does not say what it counts.",
                ),
            ]
        ),
    )
    articles: list[ProjectArticleDto] = Field(
        default_factory=absent,
        description=java("List", 315, "The examples show ProjectArticleDto items."),
        json_schema_extra=ro(),
    )
