"""Lagerkoll Projects API: the 15 operations of lagerkoll-projects.en.txt, in document order.

Paths are relative to the server ``https://capi.lagerkoll.com/v1/projects`` (the documented
Base-URL without its trailing slash, so that no ``//`` appears). Every operation takes either of
the two documented credential sets, answers 429 when the rate limit is hit and otherwise fails
with the error payload of lines 16-41.
"""

import datetime
from typing import Any, Literal

from generator.describe import (
    JSON,
    XML,
    Example,
    Header,
    Operation,
    Parameter,
    Quirk,
    RequestBody,
    Response,
    Source,
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
    ProjectArticlesResponseDto,
    ProjectCustomerOrderRequestDto,
    ProjectDto,
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
            media_types=BOTH,
            source=Source(lines=(6, 8)),
            headers=[
                Header(
                    name="Retry-After",
                    type=int,
                    required=True,
                    description="Number of seconds you have to wait for your next request.",
                    source=Source(lines=(7, 8)),
                )
            ],
        ),
        Response(
            status="default",
            description="Any other error: the error payload, whose errorCode is one of the "
            "codes of lines 17-35 (e.g. 900001 credentials don't match, 900101 common error, "
            "906001 error when getting project).",
            model=Error,
            media_types=BOTH,
            source=Source(lines=(16, 41)),
            inferred="The document gives the error payload and its codes but not the HTTP "
            "status codes they are sent with; they are described as the default response.",
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
        media_types=BOTH,
        inferred=OK_INFERRED,
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


PAGE_DESCRIPTION = (
    "Zero-based index of the page to return (default 0). The response tells the number of pages "
    "in `pages`: request page = 0, 1, ... up to pages - 1 to iterate over every item."
)
LIMIT_DESCRIPTION = (
    "Maximum number of items per page (default 50); the response reports the page size as "
    "`pageSize`."
)


def paging() -> list[Parameter]:
    """``page`` and ``limit``, documented alike in every list operation."""
    return [
        Parameter(
            name="page", location="query", type=Int32, default=0, description=PAGE_DESCRIPTION
        ),
        Parameter(
            name="limit", location="query", type=Int32, default=50, description=LIMIT_DESCRIPTION
        ),
    ]


def sort_direction(name: Literal["sort_order", "order"], *, quirks: list[Quirk]) -> Parameter:
    return Parameter(
        name=name,
        location="query",
        type=Literal["asc", "desc"],
        default="desc",
        description="Sort direction: asc or desc (default desc).",
        quirks=quirks,
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

OPERATIONS: list[Operation] = [
    # Export
    Operation(
        method="post",
        path="/export",
        operation_id="createExport",
        summary="Create export",
        description="Create export file for articles in open projects. The document prints "
        "neither a request body nor a response body for this operation (lines 53-54).",
        tags=["Export"],
        source=Source(lines=(43, 54)),
        security=SECURITY,
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
                "false, a mail will be sent to all admins of the store.",
                inferred="The document lists it under Valid parameters without saying where it "
                "goes; a query parameter like the other operations' parameters.",
            ),
        ],
        responses=[
            Response(
                status=200,
                description="The export was created (the document prints no response body).",
                inferred=OK_INFERRED,
            ),
            *error_responses(),
        ],
    ),
    # Projects
    Operation(
        method="get",
        path="/{project_id}/articles/invoice",
        operation_id="getInvoiceDrafts",
        summary="Get invoice drafts",
        description="Get a list of invoice drafts for a project, one page at a time (`page`, "
        "`limit`; the response gives `pages`, `pageSize` and the total `draftsCount`).",
        tags=["Projects"],
        source=Source(lines=(56, 71)),
        security=SECURITY,
        quirks=[shifted_table((65, 68), "page, limit, sort_column and sort_order")],
        parameters=[
            project_id(),
            Parameter(
                name="state",
                location="query",
                type=Literal[0, 1, 2],
                default=0,
                description="0 - invoice drafts that are not invoiced or in process; 1 - invoice "
                "drafts that are in process but not yet invoiced; 2 - invoice drafts which are "
                "invoiced and processed. Default 0.",
            ),
            *paging(),
            Parameter(
                name="sort_column",
                location="query",
                type=Literal["article_id", "article_name", "user", "created"],
                default="created",
                description="Column to sort by (default created).",
            ),
            sort_direction("sort_order", quirks=[order_quirk(68)]),
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
            *error_responses(),
        ],
    ),
    Operation(
        method="get",
        path="/{project_id}",
        operation_id="getProject",
        summary="Get project for id",
        description="Get project based on id.",
        tags=["Projects"],
        source=Source(lines=(72, 79)),
        security=SECURITY,
        parameters=[project_id()],
        responses=[
            ok(
                "The project.",
                ProjectDto,
                example=Example(
                    name="project", summary="A project", lines=(79, 79), value=ex.LINE_79
                ),
            ),
            *error_responses(),
        ],
    ),
    Operation(
        method="get",
        path="/",
        operation_id="getProjects",
        summary="Get projects",
        description="Get a list of projects, one page at a time (`page`, `limit`; the response "
        "gives `pages`, `pageSize` and the total `projectsCount`).",
        tags=["Projects"],
        source=Source(lines=(80, 99)),
        security=SECURITY,
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
                description="Filter on project state: allowed values 0, 1; default -1 (the "
                "document gives no meaning for the values; -1 presumably means no filter).",
            ),
            Parameter(
                name="from",
                location="query",
                type=Int64,
                default=0,
                description="Start of the period (default 0; the document gives no description).",
                inferred="Only the default 0 is documented: typed as an integer (long) like the "
                "other timestamps of the API.",
            ),
            Parameter(
                name="to",
                location="query",
                type=Int64,
                default=0,
                description="End of the period (default 0; the document gives no description).",
                inferred="Only the default 0 is documented: typed as an integer (long) like the "
                "other timestamps of the API.",
            ),
            *paging(),
            Parameter(
                name="query",
                location="query",
                type=str,
                description="Search text (the document gives neither a description nor a default).",
                inferred="Only the name is documented (line 93); a free-text string is assumed.",
            ),
            Parameter(
                name="cost",
                location="query",
                type=bool,
                default=False,
                description="Default false; the document gives no description (presumably whether "
                "to compute each project's cost).",
            ),
            Parameter(
                name="sort_column",
                location="query",
                type=Literal["start_date", "end_date"],
                default="start_date",
                description="Column to sort by (default start_date).",
            ),
            sort_direction("order", quirks=[order_quirk(96)]),
        ],
        responses=[
            ok(
                "A page of projects.",
                ProjectsResponseDto,
                example=Example(
                    name="projects", summary="A page of projects", lines=(99, 99), value=ex.LINE_99
                ),
            ),
            *error_responses(),
        ],
    ),
    Operation(
        method="get",
        path="/events",
        operation_id="getChangedProjects",
        summary="Get changed projects",
        description="Get a list of open projects where articles have been checked out, checked "
        "in, consumed or invoiced between a start date and end date, one page at a time (`page`, "
        "`limit`; the response gives `pages`, `pageSize` and the total `projectsCount`).",
        tags=["Projects"],
        source=Source(lines=(100, 116)),
        security=SECURITY,
        quirks=[shifted_table((110, 113), "page, limit, sort_column and order")],
        parameters=[
            Parameter(
                name="start_date",
                location="query",
                type=datetime.date,
                description="Start date of when events can occur. Format is yyyy-MM-dd and "
                "defaults to previous month.",
            ),
            Parameter(
                name="end_date",
                location="query",
                type=datetime.date,
                description="End date of when events can occur. Format is yyyy-MM-dd and defaults "
                "to end of start date's month.",
            ),
            *paging(),
            Parameter(
                name="sort_column",
                location="query",
                type=Literal["name", "customer", "created_by", "created"],
                default="created",
                description="Column to sort by (default created).",
            ),
            sort_direction("order", quirks=[order_quirk(113)]),
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
            *error_responses(),
        ],
    ),
    Operation(
        method="get",
        path="/{project_id}/articles",
        operation_id="getProjectArticles",
        summary="Get project articles",
        description="Get a list of project articles, one page at a time (`page`, `limit`; the "
        "response gives `pages`, `pageSize` and the total in `projectsCount`).",
        tags=["Projects"],
        source=Source(lines=(117, 133)),
        security=SECURITY,
        quirks=[shifted_table((127, 130), "page, limit, sort_column and sort_order")],
        parameters=[
            project_id(),
            Parameter(
                name="query",
                location="query",
                type=str,
                description="Search text (the document gives neither a description nor a default).",
                inferred="Only the name is documented (line 125); a free-text string is assumed.",
            ),
            Parameter(
                name="state",
                location="query",
                type=Literal[0, 1, 2],
                default=0,
                description="0 - all articles; 1 - only checked out articles with available "
                "value; 2 - checked out and rental articles with available value. Default 0.",
            ),
            *paging(),
            Parameter(
                name="sort_column",
                location="query",
                type=Literal["article_id", "article_name", "user", "checkout_date"],
                default="checkout_date",
                description="Column to sort by (default checkout_date).",
            ),
            sort_direction("sort_order", quirks=[order_quirk(130)]),
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
            *error_responses(),
        ],
    ),
    Operation(
        method="get",
        path="/{project_id}/cost",
        operation_id="getProjectCost",
        summary="Get cost for project",
        description="Get total cost for a project. As documented, the response is a page of "
        "invoice drafts (ProjectInvoiceDraftsResponseDto), not a single total.",
        tags=["Projects"],
        source=Source(lines=(134, 141)),
        security=SECURITY,
        quirks=[
            Quirk(
                lines=(138, 141),
                text="Described as returning the total cost of a project, but the response "
                "example is a page of invoice drafts (invoiceDrafts, pages, pageSize, "
                "draftsCount, page), and no page or limit parameter is documented.",
            ),
        ],
        parameters=[project_id()],
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
            *error_responses(),
        ],
    ),
    Operation(
        method="post",
        path="/",
        operation_id="addProject",
        summary="Add project",
        description="Add a new project. `state` can be written only here (with POST).",
        tags=["Projects"],
        source=Source(lines=(142, 152)),
        security=SECURITY,
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
            model=ProjectDto,
            description="The project to add.",
            media_types=BOTH,
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
            *error_responses(),
        ],
    ),
    Operation(
        method="post",
        path="/customer_order/{customer_order_id}",
        operation_id="addProjectFromCustomerOrder",
        summary="Add project from customer order",
        description="Add a new project (from a customer order). The body's projectId names the "
        "project to use; a new project will be created if it is null or -1.",
        tags=["Projects"],
        source=Source(lines=(153, 163)),
        security=SECURITY,
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
                description="Id of the customer order the project is made from.",
                inferred="The document does not type path parameters; ids in this API are "
                "integers (long).",
            ),
        ],
        request_body=RequestBody(
            model=ProjectCustomerOrderRequestDto,
            description="Which project to use; null or -1 creates a new one.",
            media_types=BOTH,
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
            *error_responses(),
        ],
    ),
    Operation(
        method="post",
        path="/{project_id}/article",
        operation_id="addProjectArticle",
        summary="Add project article",
        description="Add a new article to a project.",
        tags=["Projects"],
        source=Source(lines=(164, 174)),
        security=SECURITY,
        parameters=[project_id(documented_as_id=165)],
        request_body=RequestBody(
            model=ProjectArticleDto,
            description="The article to add.",
            media_types=BOTH,
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
            *error_responses(),
        ],
    ),
    Operation(
        method="put",
        path="/{project_id}",
        operation_id="updateProject",
        summary="Update project",
        description="Update an existing project. `state` cannot be changed here (it is written "
        "only with POST).",
        tags=["Projects"],
        source=Source(lines=(175, 185)),
        security=SECURITY,
        parameters=[project_id(documented_as_id=176)],
        request_body=RequestBody(
            model=ProjectDto,
            description="The project's new values.",
            media_types=BOTH,
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
            *error_responses(),
        ],
    ),
    Operation(
        method="put",
        path="/{project_id}/article/{article_id}",
        operation_id="updateProjectArticle",
        summary="Update project article",
        description="Update an existing project article. As documented, the response carries "
        "the invoice drafts and the articles ({invoiceDrafts, articles}), not the article alone.",
        tags=["Projects"],
        source=Source(lines=(186, 196)),
        security=SECURITY,
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
                description="Id of the project article to update.",
                inferred="The document does not type it: it may be the project article's id "
                "(long) or its articleId (String); a string accepts both.",
            ),
        ],
        request_body=RequestBody(
            model=ProjectArticleDto,
            description="The project article's new values.",
            media_types=BOTH,
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
            *error_responses(),
        ],
    ),
    Operation(
        method="put",
        path="/{project_id}/invoice/draft",
        operation_id="createInvoiceDrafts",
        summary="Create invoice drafts",
        description="Create invoice drafts for articles in a project.",
        tags=["Projects"],
        source=Source(lines=(197, 207)),
        security=SECURITY,
        parameters=[project_id(documented_as_id=198)],
        request_body=RequestBody(
            model=InvoiceDraftProjectArticlesRequestDto,
            description="The project and the articles to create invoice drafts for.",
            media_types=BOTH,
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
            *error_responses(),
        ],
    ),
    Operation(
        method="put",
        path="/{project_id}/invoice",
        operation_id="sendInvoiceDrafts",
        summary="Send invoice drafts to external integrations",
        description="Send existing invoice drafts to external integrations and sets the draft "
        "to invoiced.",
        tags=["Projects"],
        source=Source(lines=(208, 218)),
        security=SECURITY,
        parameters=[project_id(documented_as_id=209)],
        request_body=RequestBody(
            model=InvoiceProjectArticlesRequestDto,
            description="The invoice drafts to send, the customer and the kind of invoice.",
            media_types=BOTH,
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
            *error_responses(),
        ],
    ),
    Operation(
        method="put",
        path="/{project_id}/close",
        operation_id="closeProject",
        summary="Close project",
        description="Close an existing project. closeArticles maps project-article ids to what "
        "to do with each article: checkin, consume or end_rent.",
        tags=["Projects"],
        source=Source(lines=(219, 229)),
        security=SECURITY,
        parameters=[project_id(documented_as_id=220)],
        request_body=RequestBody(
            model=CloseProjectRequestDto,
            description="How to handle the project's articles.",
            media_types=BOTH,
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
            *error_responses(),
        ],
    ),
]
