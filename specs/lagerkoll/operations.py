"""Lagerkoll Projects API: the 15 operations of lagerkoll-projects.en.txt, in document order.

Paths are relative to the server ``https://capi.lagerkoll.com/v1/projects`` (the documented
Base-URL without its trailing slash, so that no ``//`` appears). Every operation takes either of
the two documented credential sets, answers 429 when the rate limit is hit and otherwise fails
with the error payload of lines 16-41.
"""

import datetime
from typing import Any, Literal, get_args

from generator.describe import (
    JSON,
    XML,
    Example,
    Header,
    Operation,
    Paging,
    Parameter,
    Quirk,
    RequestBody,
    Resource,
    Response,
)
from specs.lagerkoll import examples as ex
from specs.lagerkoll.models import (
    CloseProjectRequestDto,
    Error,
    Int32,
    Int64,
    InvoiceDraftProjectArticlesRequestDto,
    InvoiceProjectArticlesRequestDto,
    InvoiceProjectArticlesResponseDto,
    ProjectArticleDto,
    ProjectArticleDtoInput,
    ProjectArticlesResponseDto,
    ProjectCustomerOrderRequestDto,
    ProjectDto,
    ProjectDtoInput,
    ProjectInvoiceDraftsResponseDto,
    ProjectsResponseDto,
)

#: Either the API key or the user id and token, each together with the store id (lines 10-15).
SECURITY: list[dict[str, list[str]]] = [
    {"store": [], "apiKey": []},
    {"store": [], "userId": [], "userToken": []},
]
#: "Accept: application/json or application/xml" (and the same Content-type) on every operation.
BOTH = [JSON, XML]

OK_INFERRED = 'The document says "Successfull response" without a status code; 200 is assumed.'
#: Every operation's Headers say "application/json or application/xml", but only JSON is printed.
XML_INFERRED = (
    "The document names application/xml beside application/json but prints JSON only; the XML "
    "body is assumed to carry the same structure (its element names are not documented)."
)
QUERY_INFERRED = (
    'Listed under "Valid parameters" without saying where it goes; line 5 speaks of '
    '"Parameters in the url", so it is a query parameter.'
)


def body_inferred(line: int) -> str:
    """Why a request body is required, and its XML form."""
    return (
        f"The document prints a body for this operation (line {line}) without saying whether it "
        f"may be left out; it is taken as required. {XML_INFERRED}"
    )


# --- shared responses and parameters ---------------------------------------------------------


def error_responses() -> list[Response]:
    """The 429 of the rate limit (lines 6-8) and the error payload (lines 16-41)."""
    return [
        Response(
            status=429,
            description="Too many requests: the limit of 200 requests per minute was hit. The "
            "body is the error payload with errorCode 900429; wait the number of seconds given "
            "in Retry-After before the next request.",
            model=Error,
            lines=(6, 8),
            inferred="Line 7 says an error with code 429 is returned but prints no body; it is "
            "taken to be the error payload of lines 36-41 with the code 900429 of line 21 "
            f"(Too many requests). {XML_INFERRED}",
            headers=[
                Header(
                    name="Retry-After",
                    type=int,
                    required=True,
                    description="Number of seconds you have to wait for your next request.",
                    lines=(7, 8),
                )
            ],
        ),
        Response(
            status="default",
            description="Any other error: the error payload, whose errorCode is one of the "
            "codes of lines 17-35 (e.g. 900001 credentials don't match, 900101 common error, "
            "906001 error when getting project).",
            model=Error,
            lines=(16, 41),
            inferred="The document gives the error payload and its codes but not the HTTP "
            "status codes they are sent with; they are described as the default response. "
            + XML_INFERRED,
            examples=[
                Example(
                    name="common_error",
                    summary="Common error (900101)",
                    lines=(36, 41),
                    value=ex.ERROR_COMMON,
                )
            ],
        ),
    ]


def ok(description: str, model: Any, *, example: Example | None = None) -> Response:
    """The documented "Successfull response" of an operation."""
    return Response(
        status=200,
        description=description,
        model=model,
        inferred=f"{OK_INFERRED} {XML_INFERRED}",
        examples=[example] if example is not None else [],
    )


def project_id(*, documented_as_id: int | None = None) -> Parameter:
    """The project path parameter; ``documented_as_id`` is the line whose Url writes ``{id}``."""
    quirks = []
    if documented_as_id is not None:
        quirks.append(
            Quirk(
                lines=documented_as_id,
                text="The document names this path parameter {id}; other operations (e.g. GET "
                "/{project_id}, line 73) name it {project_id}. OpenAPI treats /{id} and "
                "/{project_id} as one path, so one name, project_id, is used everywhere.",
            )
        )
    return Parameter(
        name="project_id",
        location="path",
        required=True,
        type=Int64,
        description="Id of the project (ProjectDto.projectId).",
        inferred="The document does not type path parameters; typed like ProjectDto.projectId "
        "(long).",
        quirks=quirks,
    )


def paging(page_line: int) -> list[Parameter]:
    """``page`` and ``limit``, documented alike (name and default only) in every list operation;
    ``page_line`` is the line of the ``page`` row (``limit`` is the next one)."""
    return [
        Parameter(
            name="page",
            location="query",
            type=Int32,
            default=0,
            description=f"Default 0 (line {page_line}); the document gives no description.",
            lines=page_line,
            inferred="Read as the zero-based index of the page to return, from its default 0 and "
            f"the page, pages and pageSize fields of the list responses. {QUERY_INFERRED}",
        ),
        Parameter(
            name="limit",
            location="query",
            type=Int32,
            default=50,
            description=f"Default 50 (line {page_line + 1}); the document gives no description.",
            lines=page_line + 1,
            inferred="Read as the number of items per page, from its default 50 and the pageSize "
            f"field of the list responses. {QUERY_INFERRED}",
        ),
    ]


def sort_column(allowed: Any, default: str, *, line: int) -> Parameter:
    """The ``sort_column`` row: ``allowed`` is the ``Literal`` of its allowed values."""
    return Parameter(
        name="sort_column",
        location="query",
        type=allowed,
        default=default,
        description=f"Default {default}; allowed values {', '.join(get_args(allowed))} "
        f"(line {line}).",
        lines=line,
        inferred=QUERY_INFERRED,
    )


def sort_direction(name: Literal["sort_order", "order"], *, line: int) -> Parameter:
    return Parameter(
        name=name,
        location="query",
        type=Literal["asc", "desc"],
        default="desc",
        description=f"Default desc; allowed values asc, desc (line {line}).",
        lines=line,
        inferred=QUERY_INFERRED,
        quirks=[order_quirk(line)],
    )


def shifted_table(lines: tuple[int, int], rows: str) -> Quirk:
    return Quirk(
        lines=lines,
        text=f"The parameter table is shifted for {rows}: the Description column holds the "
        "default value and the Default column the allowed values.",
    )


def order_quirk(line: int) -> Quirk:
    """The naming quirk of the sort direction, cited at this operation's table row."""
    return Quirk(
        lines=line,
        text="The sort direction is named `order` in GET / (line 96) and GET /events (line 113) "
        "but `sort_order` in GET /{project_id}/articles/invoice (line 68) and GET "
        "/{project_id}/articles (line 130); each is kept as documented.",
    )


# --- operations ------------------------------------------------------------------------------

#: Every operation speaks JSON or XML and fails alike (429, default); the credentials are the
#: vendor's default. A project's operations take `project_id` where their path names it.
PROJECTS = Resource(
    tags=["Projects"], media_types=BOTH, parameters=[project_id()], errors=error_responses()
)
EXPORT = Resource(tags=["Export"], media_types=BOTH, errors=error_responses())

OPERATIONS: list[Operation] = [
    # Export
    EXPORT.post(
        path="/export",
        operation_id="createExport",
        client_method="create",
        summary="Create export",
        description="Create export file for articles in open projects. The document prints "
        "neither a request body nor a response body for this operation (lines 53-54).",
        lines=(43, 54),
        parameters=[
            Parameter(
                name="save_document",
                quirks=[
                    Quirk(
                        lines=52,
                        text="The save_document row has no Allowed values column; its default "
                        "false and its description (If true / If false) make it a boolean.",
                    ),
                ],
                location="query",
                type=bool,
                default=False,
                description="If true, the document will be saved in the feature extension. If "
                "false, a mail will be sent to all admins of the store. Default false.",
                lines=52,
                inferred=QUERY_INFERRED + " (The document prints no body for it, line 53.)",
            ),
        ],
        responses=[
            Response(
                status=200,
                description='"Successfull response" (line 54); the document prints no body.',
                inferred=OK_INFERRED,
            ),
        ],
    ),
    # Projects
    PROJECTS.get(
        path="/{project_id}/articles/invoice",
        operation_id="getInvoiceDrafts",
        client_method="list_invoice_drafts",
        paging=Paging(
            style="pages", cursor="page", size="limit", items="invoiceDrafts", count="pages"
        ),
        summary="Get invoice drafts",
        description="Get a list of invoice drafts for a project, one page at a time (`page`, "
        "`limit`; the response gives `page`, `pages`, `pageSize` and `draftsCount`).",
        lines=(56, 71),
        quirks=[shifted_table((65, 68), "page, limit, sort_column and sort_order")],
        parameters=[
            Parameter(
                name="state",
                location="query",
                type=Literal[0, 1, 2],
                default=0,
                description="0 - invoice drafts that are not invoiced or in processed (sic), 1 - "
                "invoice drafts that are in process but not yet invoiced, 2 - invoice drafts which "
                "are invoiced and processed. Default 0.",
                lines=64,
                inferred=QUERY_INFERRED,
            ),
            *paging(65),
            sort_column(
                Literal["article_id", "article_name", "user", "created"], "created", line=67
            ),
            sort_direction("sort_order", line=68),
        ],
        responses=[
            ok(
                "A page of the project's invoice drafts.",
                ProjectInvoiceDraftsResponseDto,
                example=Example(
                    name="invoice_drafts",
                    summary="A page of invoice drafts",
                    lines=(71, 71),
                    value=ex.LINE_71,
                ),
            ),
        ],
    ),
    PROJECTS.get(
        path="/{project_id}",
        operation_id="getProject",
        client_method="get",
        summary="Get project for id",
        description="Get project based on id.",
        lines=(72, 79),
        responses=[
            ok(
                "The project.",
                ProjectDto,
                example=Example(
                    name="project", summary="A project", lines=(79, 79), value=ex.LINE_79
                ),
            ),
        ],
    ),
    PROJECTS.get(
        path="/",
        operation_id="getProjects",
        client_method="list",
        paging=Paging(style="pages", cursor="page", size="limit", items="projects", count="pages"),
        summary="Get projects",
        description="Get a list of projects, one page at a time (`page`, `limit`; the response "
        "gives `page`, `pages`, `pageSize` and `projectsCount`).",
        lines=(80, 99),
        inferred="The document prints an empty Url (line 81): the operation is on the Base-URL "
        "itself, https://capi.lagerkoll.com/v1/projects/ (line 4), i.e. the path /.",
        quirks=[
            shifted_table((88, 96), "every row"),
        ],
        parameters=[
            Parameter(
                name="state",
                location="query",
                type=Literal[-1, 0, 1],
                default=-1,
                quirks=[
                    Quirk(
                        lines=88,
                        text="state defaults to -1, which is not among its allowed values 0,1; "
                        "-1 is accepted since it is the default.",
                    ),
                ],
                description="Default -1; allowed values 0, 1 (line 88). The document gives no "
                "description and no meaning for the values.",
                lines=88,
                inferred=QUERY_INFERRED,
            ),
            Parameter(
                name="from",
                location="query",
                type=Int64,
                default=0,
                description="Default 0 (line 89); the document gives no description.",
                lines=89,
                inferred="Only the name and the default 0 are documented; an integer (int64, no "
                f"range is given) is assumed from that default. {QUERY_INFERRED}",
            ),
            Parameter(
                name="to",
                location="query",
                type=Int64,
                default=0,
                description="Default 0 (line 90); the document gives no description.",
                lines=90,
                inferred="Only the name and the default 0 are documented; an integer (int64, no "
                f"range is given) is assumed from that default. {QUERY_INFERRED}",
            ),
            *paging(91),
            Parameter(
                name="query",
                location="query",
                type=str,
                description="The document gives neither a description nor a default (line 93).",
                lines=93,
                inferred="Only the name is documented (line 93); a string is assumed. "
                + QUERY_INFERRED,
            ),
            Parameter(
                name="cost",
                location="query",
                type=bool,
                default=False,
                description="Default false (line 94); the document gives no description.",
                lines=94,
                inferred="Only the name and the default false are documented; a boolean is assumed "
                f"from that default. {QUERY_INFERRED}",
            ),
            sort_column(Literal["start_date", "end_date"], "start_date", line=95),
            sort_direction("order", line=96),
        ],
        responses=[
            ok(
                "A page of projects.",
                ProjectsResponseDto,
                example=Example(
                    name="projects", summary="A page of projects", lines=(99, 99), value=ex.LINE_99
                ),
            ),
        ],
    ),
    PROJECTS.get(
        path="/events",
        operation_id="getChangedProjects",
        client_method="list_changed",
        paging=Paging(style="pages", cursor="page", size="limit", items="projects", count="pages"),
        summary="Get changed projects",
        description="Get a list of open projects where articles have been checked out, checked "
        "in, consumed or invoiced between a start date and end date, one page at a time (`page`, "
        "`limit`; the response gives `page`, `pages`, `pageSize` and `projectsCount`).",
        lines=(100, 116),
        quirks=[shifted_table((110, 113), "page, limit, sort_column and order")],
        parameters=[
            Parameter(
                name="start_date",
                location="query",
                type=datetime.date,
                description="Start date of when events can occur. Format is yyyy-MM-dd and "
                "defaults to previous month.",
                lines=108,
                inferred=QUERY_INFERRED,
            ),
            Parameter(
                name="end_date",
                location="query",
                type=datetime.date,
                description="End date of when events can occur. Format is yyyy-MM-dd and defaults "
                "to end of start date's month.",
                lines=109,
                inferred=QUERY_INFERRED,
            ),
            *paging(110),
            sort_column(Literal["name", "customer", "created_by", "created"], "created", line=112),
            sort_direction("order", line=113),
        ],
        responses=[
            ok(
                "A page of changed projects.",
                ProjectsResponseDto,
                example=Example(
                    name="changed_projects",
                    summary="A page of changed projects",
                    lines=(116, 116),
                    value=ex.LINE_116,
                ),
            ),
        ],
    ),
    PROJECTS.get(
        path="/{project_id}/articles",
        operation_id="getProjectArticles",
        client_method="list_articles",
        paging=Paging(style="pages", cursor="page", size="limit", items="articles", count="pages"),
        summary="Get project articles",
        description="Get a list of project articles, one page at a time (`page`, `limit`; the "
        "response gives `page`, `pages`, `pageSize` and `projectsCount`).",
        lines=(117, 133),
        quirks=[shifted_table((127, 130), "page, limit, sort_column and sort_order")],
        parameters=[
            Parameter(
                name="query",
                location="query",
                type=str,
                description="The document gives neither a description nor a default (line 125).",
                lines=125,
                inferred="Only the name is documented (line 125); a string is assumed. "
                + QUERY_INFERRED,
            ),
            Parameter(
                name="state",
                location="query",
                type=Literal[0, 1, 2],
                default=0,
                description="0 - all articles, 1 - only checked out articles with available "
                "value, 2 - checked out and rental articles with available value. Default 0.",
                lines=126,
                inferred=QUERY_INFERRED,
            ),
            *paging(127),
            sort_column(
                Literal["article_id", "article_name", "user", "checkout_date"],
                "checkout_date",
                line=129,
            ),
            sort_direction("sort_order", line=130),
        ],
        responses=[
            ok(
                "A page of the project's articles.",
                ProjectArticlesResponseDto,
                example=Example(
                    name="project_articles",
                    summary="A page of project articles",
                    lines=(133, 133),
                    value=ex.LINE_133,
                ),
            ),
        ],
    ),
    PROJECTS.get(
        path="/{project_id}/cost",
        operation_id="getProjectCost",
        client_method="get_cost",
        summary="Get cost for project",
        description="Get total cost for a project. As documented, the response is a page of "
        "invoice drafts (ProjectInvoiceDraftsResponseDto), not a single total.",
        lines=(134, 141),
        quirks=[
            Quirk(
                lines=(138, 141),
                text="Described as returning the total cost of a project, but the response "
                "example is a page of invoice drafts (invoiceDrafts, pages, pageSize, "
                "draftsCount, page), and no page or limit parameter is documented.",
            ),
        ],
        responses=[
            ok(
                "The project's cost, as a page of invoice drafts.",
                ProjectInvoiceDraftsResponseDto,
                example=Example(
                    name="project_cost",
                    summary="Cost of a project (a page of invoice drafts)",
                    lines=(141, 141),
                    value=ex.LINE_141,
                ),
            ),
        ],
    ),
    PROJECTS.post(
        path="/",
        operation_id="addProject",
        client_method="create",
        summary="Add project",
        description="Add a new project. `state` can be written only here (with POST).",
        lines=(142, 152),
        inferred="The document prints an empty Url (line 143): the operation is on the Base-URL "
        "itself, https://capi.lagerkoll.com/v1/projects/ (line 4), i.e. the path /.",
        quirks=[
            Quirk(
                lines=(142, 153),
                text='Two operations are titled "Add project" (lines 142 and 153) with the same '
                'description "Add a new project"; this one adds a project from a ProjectDto.',
            ),
        ],
        request_body=RequestBody(
            model=ProjectDtoInput,
            description="The project to add.",
            required=True,
            lines=(149, 150),
            inferred=body_inferred(150),
            examples=[
                Example(
                    name="project", summary="A project to add", lines=(150, 150), value=ex.LINE_150
                )
            ],
        ),
        responses=[
            ok(
                "The added project.",
                ProjectDto,
                example=Example(
                    name="project", summary="The added project", lines=(152, 152), value=ex.LINE_152
                ),
            ),
        ],
    ),
    PROJECTS.post(
        path="/customer_order/{customer_order_id}",
        operation_id="addProjectFromCustomerOrder",
        client_method="create_from_customer_order",
        summary="Add project from customer order",
        description="Add a new project (from a customer order). The body's projectId names the "
        "project to use; a new project will be created if it is null or -1.",
        lines=(153, 163),
        quirks=[
            Quirk(
                lines=(153, 159),
                text='Titled "Add project" and described "Add a new project", exactly like the '
                "operation at line 142; the summary here names the customer order to tell them "
                "apart.",
            ),
        ],
        parameters=[
            Parameter(
                name="customer_order_id",
                location="path",
                required=True,
                type=Int64,
                description="The {customer_order_id} of the Url (line 154); the document does not "
                "describe it.",
                inferred="The document does not type path parameters and no DTO holds a "
                "customer-order id; an integer (long) is assumed like the other numeric ids "
                "(ProjectDto.projectId, customerId: lines 323, 325).",
            ),
        ],
        request_body=RequestBody(
            model=ProjectCustomerOrderRequestDto,
            description="Which project to use; null or -1 creates a new one.",
            required=True,
            lines=(160, 161),
            inferred=body_inferred(161),
            examples=[
                Example(
                    name="project_id",
                    summary="Use project 8906",
                    lines=(161, 161),
                    value=ex.LINE_161,
                )
            ],
        ),
        responses=[
            ok(
                "The project.",
                ProjectDto,
                example=Example(
                    name="project", summary="The project", lines=(163, 163), value=ex.LINE_163
                ),
            ),
        ],
    ),
    PROJECTS.post(
        path="/{project_id}/article",
        operation_id="addProjectArticle",
        client_method="add_article",
        summary="Add project article",
        description="Add a new article to a project.",
        lines=(164, 174),
        parameters=[project_id(documented_as_id=165)],
        request_body=RequestBody(
            model=ProjectArticleDtoInput,
            description="The article to add.",
            required=True,
            lines=(171, 172),
            inferred=body_inferred(172),
            examples=[
                Example(
                    name="project_article",
                    summary="An article to add",
                    lines=(172, 172),
                    value=ex.LINE_172,
                )
            ],
        ),
        responses=[
            ok(
                "The added project article.",
                ProjectArticleDto,
                example=Example(
                    name="project_article",
                    summary="The added project article",
                    lines=(174, 174),
                    value=ex.LINE_174,
                ),
            ),
        ],
    ),
    PROJECTS.put(
        path="/{project_id}",
        operation_id="updateProject",
        client_method="update",
        summary="Update project",
        description="Update an existing project. `state` cannot be changed here (it is written "
        "only with POST).",
        lines=(175, 185),
        parameters=[project_id(documented_as_id=176)],
        request_body=RequestBody(
            model=ProjectDtoInput,
            description="The project's new values.",
            required=True,
            quirks=[
                Quirk(
                    lines=183,
                    text="The update example sends projectId, which the table marks R (read-only, "
                    'line 323), and state, which the table says is "Write only with POST" (line '
                    "328), in this PUT.",
                ),
            ],
            lines=(182, 183),
            inferred=body_inferred(183),
            examples=[
                Example(
                    name="project", summary="A project update", lines=(183, 183), value=ex.LINE_183
                )
            ],
        ),
        responses=[
            ok(
                "The updated project.",
                ProjectDto,
                example=Example(
                    name="project",
                    summary="The updated project",
                    lines=(185, 185),
                    value=ex.LINE_185,
                ),
            ),
        ],
    ),
    PROJECTS.put(
        path="/{project_id}/article/{article_id}",
        operation_id="updateProjectArticle",
        client_method="update_article",
        summary="Update project article",
        description="Update an existing project article. As documented, the response carries "
        "the invoice drafts and the articles ({invoiceDrafts, articles}), not the article alone.",
        lines=(186, 196),
        quirks=[
            Quirk(
                lines=(192, 196),
                text="Updating one article returns an InvoiceProjectArticlesResponseDto "
                "({invoiceDrafts, articles}) rather than the ProjectArticleDto that was sent.",
            ),
        ],
        parameters=[
            project_id(documented_as_id=187),
            Parameter(
                name="article_id",
                location="path",
                required=True,
                type=str,
                description="The {article_id} of the Url (line 187); the document does not say "
                "which id it is.",
                inferred="The document does not type it: it may be the project article's id "
                "(long) or its articleId (String); a string accepts both.",
            ),
        ],
        request_body=RequestBody(
            model=ProjectArticleDtoInput,
            description="The project article's new values.",
            required=True,
            lines=(193, 194),
            inferred=body_inferred(194),
            examples=[
                Example(
                    name="project_article",
                    summary="A project article update",
                    lines=(194, 194),
                    value=ex.LINE_194,
                )
            ],
        ),
        responses=[
            ok(
                "The project's invoice drafts and articles after the update.",
                InvoiceProjectArticlesResponseDto,
                example=Example(
                    name="drafts_and_articles",
                    summary="Invoice drafts and articles",
                    lines=(196, 196),
                    value=ex.LINE_196,
                ),
            ),
        ],
    ),
    PROJECTS.put(
        path="/{project_id}/invoice/draft",
        operation_id="createInvoiceDrafts",
        client_method="create_invoice_drafts",
        summary="Create invoice drafts",
        description="Create invoice drafts for articles in a project.",
        lines=(197, 207),
        parameters=[project_id(documented_as_id=198)],
        request_body=RequestBody(
            model=InvoiceDraftProjectArticlesRequestDto,
            description="The project and the articles to create invoice drafts for.",
            required=True,
            lines=(204, 205),
            inferred=body_inferred(205),
            examples=[
                Example(
                    name="articles",
                    summary="Articles to draft invoices for",
                    lines=(205, 205),
                    value=ex.LINE_205,
                )
            ],
        ),
        responses=[
            ok(
                "The created invoice drafts and the project articles.",
                InvoiceProjectArticlesResponseDto,
                example=Example(
                    name="drafts_and_articles",
                    summary="Invoice drafts and articles",
                    lines=(207, 207),
                    value=ex.LINE_207,
                ),
            ),
        ],
    ),
    PROJECTS.put(
        path="/{project_id}/invoice",
        operation_id="sendInvoiceDrafts",
        client_method="send_invoice_drafts",
        summary="Send invoice drafts to external integrations",
        description="Send existing invoice drafts to external integrations and sets the draft "
        "to invoiced.",
        lines=(208, 218),
        parameters=[project_id(documented_as_id=209)],
        request_body=RequestBody(
            model=InvoiceProjectArticlesRequestDto,
            description="The invoice drafts to send, the customer and the kind of invoice.",
            required=True,
            lines=(215, 216),
            inferred=body_inferred(216),
            examples=[
                Example(
                    name="invoice",
                    summary="Invoice drafts to send",
                    lines=(216, 216),
                    value=ex.LINE_216,
                )
            ],
        ),
        responses=[
            ok(
                "The invoiced drafts and the project articles.",
                InvoiceProjectArticlesResponseDto,
                example=Example(
                    name="drafts_and_articles",
                    summary="Invoice drafts and articles",
                    lines=(218, 218),
                    value=ex.LINE_218,
                ),
            ),
        ],
    ),
    PROJECTS.put(
        path="/{project_id}/close",
        operation_id="closeProject",
        client_method="close",
        summary="Close project",
        description="Close an existing project. closeArticles maps project-article ids to what "
        "to do with each article: checkin, consume or end_rent.",
        lines=(219, 229),
        parameters=[project_id(documented_as_id=220)],
        request_body=RequestBody(
            model=CloseProjectRequestDto,
            description="How to handle the project's articles.",
            required=True,
            lines=(226, 227),
            inferred=body_inferred(227),
            examples=[
                Example(
                    name="close",
                    summary="Close without article actions",
                    lines=(227, 227),
                    value=ex.LINE_227,
                )
            ],
        ),
        responses=[
            ok(
                "The closed project.",
                ProjectDto,
                example=Example(
                    name="project",
                    summary="The closed project",
                    lines=(229, 229),
                    value=ex.LINE_229,
                ),
            ),
        ],
    ),
]
