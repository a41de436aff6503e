"""PlanningNow (b-now): orders, offers, work schedules, cost centres and documents."""

from generator.describe import Collection, ErrorPayload, SecurityScheme, Server, Tag, Vendor
from specs.planningnow.operations import OPERATIONS

_ASSIGNED = (
    "The document does not say who assigns `id`: the create bodies have no `id` field, so the "
    "server is taken to assign it; `{id}` in the detail path is the item's `id`. The document "
    "prints only the detail path (GET .../{id}, e.g. line 24); the list, create, update and "
    "delete paths and methods are inferred (see the operations)."
)

VENDOR = Vendor(
    key="planningnow",
    title="PlanningNow API",
    version="1.0",
    document="planningnow.en.txt",
    language="en",
    description=(
        "REST API of the PlanningNow web app for managing order confirmations, offers, work "
        "schedules, cost centres and documents, plus an authentication test and JSON-schema "
        "documentation endpoints. The vendor states that the endpoints and data structures are "
        "definitive and will not be customised for individual integrations.\n\n"
        "Authentication: API tokens are managed per user (one active token per user) under User "
        "Management > API Key in the web app; a new token is shown only once. Send it in the "
        "`X-AUTH-TOKEN` header with every request.\n\n"
        "Conventions of the payloads, as the examples show them: decimal values are strings "
        '(`"8500.00"`), dates are `YYYY-MM-DD` and timestamps `YYYY-MM-DD HH:MM:SS` (not ISO '
        "8601). Many field names are German (netto, brutto, zuHaenden, los_stueck, …); the "
        "document describes no field, so most fields carry no description.\n\n"
        "The document prints only a few paths; the others, the update method and the host are "
        "inferred and marked `x-inferred`."
    ),
    lines=(1, 23),
    inferred=(
        "The document states no API version; 1.0 is a placeholder for the version of the "
        "document curated here."
    ),
    servers=[
        Server(
            url="https://api.b-now.eu",
            description="PlanningNow API (host inferred)",
            inferred=(
                "The document prints no host or base URL; every path it prints starts with "
                "/api/ (lines 24, 141, 262, 335, 410, 448). The host is not from the document's "
                "text: it is the address the guide itself is published at (api.b-now.eu), "
                "assumed to serve the API too. Replace it if your PlanningNow installation "
                "answers elsewhere."
            ),
        )
    ],
    security_schemes=[
        SecurityScheme(
            key="apiToken",
            type="apiKey",
            name="X-AUTH-TOKEN",
            location="header",
            description=(
                "The user's personal API token, sent in the `X-AUTH-TOKEN` header with every "
                "request. Each user has at most one active token; it is generated under User "
                "Management > API Key (an existing token may have to be revoked first) and shown "
                "only once: if it is lost, revoke it and generate a new one."
            ),
            lines=(4, 23),
        )
    ],
    security=[{"apiToken": []}],
    tags=[
        Tag(
            name="Orders",
            description="Order confirmations with their positions and tasks.",
            lines=(24, 140),
        ),
        Tag(
            name="Offers",
            description="Offers with their positions and tasks.",
            lines=(141, 261),
        ),
        Tag(
            name="Work schedules",
            description="Work schedules and their positions.",
            lines=(262, 334),
        ),
        Tag(
            name="Cost centres",
            description="Cost centres.",
            lines=(335, 378),
        ),
        Tag(
            name="Documents",
            description="Document files stored by area and number, and their folder tree.",
            lines=(379, 488),
        ),
        Tag(
            name="Authentication",
            description="Checking that the API token is accepted.",
            lines=(489, 493),
        ),
        Tag(
            name="API documentation",
            description="Machine-readable JSON-schema documentation of the API.",
            lines=(494, 499),
        ),
    ],
    error_payload=ErrorPayload(message="error"),
    collections=[
        Collection(
            name="orders",
            path="/api/order",
            item="/api/order/{id}",
            id="id",
            lines=(24, 140),
            inferred=_ASSIGNED,
        ),
        Collection(
            name="offers",
            path="/api/offer",
            item="/api/offer/{id}",
            id="id",
            lines=(141, 261),
            inferred=_ASSIGNED,
        ),
        Collection(
            name="work-schedules",
            path="/api/work-schedule",
            item="/api/work-schedule/{id}",
            id="id",
            lines=(262, 334),
            inferred=_ASSIGNED,
        ),
        Collection(
            name="cost-centres",
            path="/api/cost-centre",
            item="/api/cost-centre/{id}",
            id="id",
            lines=(335, 378),
            inferred=_ASSIGNED,
        ),
    ],
    operations=OPERATIONS,
)
