"""Lagerkoll Projects API (lagerkoll-projects.en.txt): projects, project articles, invoice
drafts and export of a warehouse system, with a rate limit and a table of error codes."""

from generator.describe import Collection, ErrorPayload, Quirk, SecurityScheme, Server, Tag, Vendor
from specs.lagerkoll.operations import OPERATIONS, SECURITY

VENDOR = Vendor(
    key="lagerkoll",
    title="Lagerkoll Projects API",
    version="v1",
    document="lagerkoll-projects.en.txt",
    description=(
        "Projects of the Lagerkoll warehouse system: projects and their articles, invoice drafts, "
        "cost and export. Requests are authenticated by headers: the `store` id together with "
        "either an `api_key` (machine to machine) or the `user_id` and `user_token` of a login. "
        "Parameters in the URL must be encoded and all data is UTF-8. Every operation speaks JSON "
        "or XML (Accept / Content-Type). At most 200 requests per minute: beyond that the API "
        "answers 429 with a Retry-After header (seconds) and error code 900429. Errors carry "
        "{errorCode, errorMessage, errorField, errorData}. List operations take `page` and `limit` "
        "query parameters (defaults 0 and 50); their responses give `page`, `pages`, `pageSize` "
        "and a count."
    ),
    lines=(1, 42),
    quirks=[
        Quirk(
            lines=(4, 4),
            text="The Base-URL ends with / and every operation Url starts with /; the server is "
            "given without the trailing slash so that joining them makes no //.",
        ),
        Quirk(
            lines=(7, 8),
            text="The rate-limit sentence is printed twice (lines 7 and 8).",
        ),
        Quirk(
            lines=(11, 14),
            text="The two authentication methods are printed twice (lines 11-12 and 13-14).",
        ),
        Quirk(
            lines=(146, 147),
            text="Every write operation prints its Content-type line twice (lines 146-147, "
            "157-158, 168-169, 179-180, 190-191, 201-202, 212-213, 223-224).",
        ),
    ],
    servers=[
        Server(
            url="https://capi.lagerkoll.com/v1/projects",
            description="Production (the documented Base-URL, without its trailing slash).",
            lines=(4, 4),
        )
    ],
    security_schemes=[
        SecurityScheme(
            key="store",
            type="apiKey",
            name="store",
            location="header",
            description="The store id. Sent with either of the two ways of authenticating; "
            "available where the API was activated.",
            lines=(10, 15),
        ),
        SecurityScheme(
            key="apiKey",
            type="apiKey",
            name="api_key",
            location="header",
            description="Way 1: the API key, with the store id, for machine-to-machine use where "
            "no real person is involved; available where the API was activated.",
            lines=(11, 15),
        ),
        SecurityScheme(
            key="userId",
            type="apiKey",
            name="user_id",
            location="header",
            description="Way 2: the user id from the login request, with user_token and the "
            "store id; connected to a person who logged in.",
            lines=(12, 15),
        ),
        SecurityScheme(
            key="userToken",
            type="apiKey",
            name="user_token",
            location="header",
            description="Way 2: the user token from the login request, with user_id and the "
            "store id.",
            lines=(12, 15),
        ),
    ],
    security=SECURITY,
    tags=[
        Tag(
            name="Export",
            description="Export of articles in open projects.",
            lines=(43, 54),
        ),
        Tag(
            name="Projects",
            description="Projects, project articles, cost and invoice drafts.",
            lines=(55, 229),
        ),
    ],
    error_payload=ErrorPayload(
        code="errorCode",
        message="errorMessage",
        codes={"401": 900001, "429": 900429, "default": 900101},
        inferred="The table of codes (lines 17-35) pairs none with an HTTP status: 900429 "
        "'Too many requests' is taken for the 429 of lines 7-8, 900001 'Credentials don't match' "
        "for a 401 the mock answers for missing or wrong credentials (the document names no "
        "401), and 900101 'Common error' (the printed example, lines 36-41) for any other "
        "status.",
    ),
    collections=[
        Collection(
            name="projects",
            path="/",
            item="/{project_id}",
            id="projectId",
            list_fields={"page": "page", "pageSize": "size", "projectsCount": "total"},
            lines=(72, 185),
            inferred="projectId is read-only (line 323) and the add example sends none (line "
            "150) but answers one (line 152), so the server assigns it; {project_id} and {id} in "
            "the Urls (lines 73, 176) are taken to be projectId. The list's page, pageSize "
            "and projectsCount are typed only (lines 349-352): read, by their names and the "
            "page and limit parameters (lines 91-92), as the page answered, its size and the "
            "number of projects.",
        ),
        Collection(
            name="articles",
            path="/{project_id}/articles",
            create=["/{project_id}/article"],
            item="/{project_id}/article/{article_id}",
            id="id",
            list_fields={"page": "page", "pageSize": "size", "projectsCount": "total"},
            lines=(117, 196),
            inferred="The {article_id} of the update Url (line 187) is taken as the project "
            "article's own id, not its articleId (line 234: closeArticles is keyed by "
            "'project-article id'). The server is taken to assign it on create, although `id` "
            'is R,W (line 280): the add example sends `"id": 95` (line 172) and is answered '
            "with 6647 (line 174). The list's page, pageSize and projectsCount (which counts the "
            "articles here) are typed only (lines 311-314) and read, by their names and the "
            "page and limit parameters (lines 127-128), as the page answered, its size and the "
            "number of articles.",
        ),
    ],
    operations=OPERATIONS,
)
