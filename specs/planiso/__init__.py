"""Planiso: users, customers, suppliers, subcontractors, organizations, projects, equipment and
equipment types of a Planiso silo (planiso.en.txt)."""

from generator.describe import (
    Collection,
    Envelope,
    ErrorPayload,
    Quirk,
    SecurityScheme,
    Server,
    Tag,
    Vendor,
)
from specs.planiso.operations import OPERATIONS

_ASSIGNED = (
    "The document does not say who assigns `no`: the create examples send none and answer with "
    "one, so the server is taken to assign it; `{no}` in the item path is the item's `no`. "
    'A DELETE deactivates the item ("allows deactivating an existing user", line 492; '
    '"Marks a project as inactive", line 2436); whether it still lists or reads afterwards '
    "is not said, and the mock removes it."
)

VENDOR = Vendor(
    key="planiso",
    title="Planiso API",
    version="v1",
    document="planiso.en.txt",
    description=(
        "Access to the users/employees, customers, suppliers, subcontractors, organizations, "
        "projects, equipment and equipment types of your Planiso silo. Every request carries "
        "an API key as a bearer token. Every response, successful or not, follows one "
        "structure: `code` (the HTTP code of the request), `message` (a brief explanation) and "
        "`data` (the resource, the list, an empty array, or details about an error). Request "
        "bodies are form-encoded. Delete operations deactivate the record."
    ),
    lines=(1, 99),
    inferred=(
        "version: the document gives no API version; every path starts with /v1, so the "
        "version is v1"
    ),
    quirks=[
        Quirk(
            lines=91,
            text=(
                '402 is listed as "Request Failed: Parameters were valid but the request '
                'failed"; HTTP defines 402 as Payment Required.'
            ),
        ),
        Quirk(
            lines=(81, 2976),
            text=(
                "The universal HTTP code list (lines 81-99) has no 500, yet every operation "
                '(all 36) lists "500 Internal Server Error" among its specific errors, from '
                "line 215 to the document's last line, 2976."
            ),
        ),
    ],
    servers=[
        Server(
            url="https://api.planiso.com",
            description="Planiso API base URL.",
            lines=(17, 19),
        )
    ],
    security_schemes=[
        SecurityScheme(
            key="bearerAuth",
            type="http",
            scheme="bearer",
            description=(
                "The API key, sent in the header of every request as `Authorization: Bearer "
                "{API_KEY}`. Generate it in the Planiso application: Silo Settings (gear icon) "
                '> Organization Information > "Planiso API Key" module, pencil. A missing or '
                "incorrect key is rejected immediately. Never expose the key in logs or code "
                "repositories."
            ),
            lines=(21, 55),
            quirks=[
                Quirk(
                    lines=(29, 33),
                    text=(
                        "Line 29 says to generate the key under Silo Settings > Organization "
                        'Information > "Planiso API Key", and line 31 that a lost key cannot be '
                        'recovered; line 33 says to "retrieve it" in an "API Keys" section of '
                        "the dashboard."
                    ),
                )
            ],
        )
    ],
    security=[{"bearerAuth": []}],
    tags=[
        Tag(
            name="Users",
            description=(
                "A user/employee contained in your Planiso silo. Use it to create, view, update "
                "and delete users."
            ),
            lines=(101, 115),
        ),
        Tag(
            name="Customers",
            description=(
                "A customer contained in your Planiso silo. Use it to create, view, update and "
                "delete customers. A customer is linked to the Organization object."
            ),
            lines=(561, 575),
        ),
        Tag(
            name="Suppliers",
            description=(
                "A supplier contained in your Planiso silo. Use it to create, view, update and "
                "delete suppliers. A supplier is linked to the Organization object."
            ),
            lines=(950, 964),
        ),
        Tag(
            name="Subcontractors",
            description=(
                "A subcontractor contained in your Planiso silo. Use it to create, view, update "
                "and delete subcontractors. A subcontractor is linked to the Organization "
                "object."
            ),
            lines=(1340, 1354),
        ),
        Tag(
            name="Organizations",
            description=(
                "An organization (stakeholder) contained in your Planiso silo. The organization "
                "can be a supplier, a subcontractor, or a customer. Use it to create, view, "
                "update and delete organizations."
            ),
            lines=(1669, 1683),
        ),
        Tag(
            name="Projects",
            description=(
                "A project contained in your Planiso silo. Use it to create, view, update and "
                "delete projects."
            ),
            lines=(2102, 2116),
        ),
        Tag(
            name="Equipment",
            description=(
                "Equipment contained in your Planiso silo. Use it to add, view, update and "
                "delete equipment. Equipment is linked to the Equipment Types object."
            ),
            lines=(2490, 2504),
        ),
        Tag(
            name="Equipment Types",
            description=(
                "The equipment types available in your Planiso silo. To modify, add, or delete "
                "an equipment type, go directly to your Planiso silo. Equipment types are "
                "necessary when creating new equipment."
            ),
            lines=(2920, 2926),
        ),
    ],
    envelope=Envelope(data="data", code="code", message="message"),
    error_payload=ErrorPayload(
        code="code",
        message="message",
        codes={str(s): s for s in (400, 401, 402, 403, 404, 405, 409, 429, 500)},
        inferred="Line 63: `code` is the HTTP code of the request's status, so an error's code is "
        "its status (405, which no operation documents, included for the mock's own answer).",
    ),
    collections=[
        Collection(
            name="users",
            path="/v1/user",
            item="/v1/user/{no}",
            id="no",
            lines=(101, 559),
            inferred=_ASSIGNED,
        ),
        Collection(
            name="customers",
            path="/v1/customer",
            item="/v1/customer/{no}",
            id="no",
            lines=(561, 948),
            inferred=_ASSIGNED,
        ),
        Collection(
            name="suppliers",
            path="/v1/supplier",
            item="/v1/supplier/{no}",
            id="no",
            lines=(950, 1338),
            inferred=_ASSIGNED,
        ),
        Collection(
            name="subcontractors",
            path="/v1/subcontractor",
            item="/v1/subcontractor/{no}",
            id="no",
            lines=(1340, 1667),
            inferred=_ASSIGNED,
        ),
        Collection(
            name="organizations",
            path="/v1/organization",
            item="/v1/organization/{no}",
            id="no",
            lines=(1669, 2100),
            inferred=_ASSIGNED,
        ),
        Collection(
            name="projects",
            path="/v1/project",
            item="/v1/project/{no}",
            id="no",
            lines=(2102, 2488),
            inferred=_ASSIGNED,
        ),
        Collection(
            name="equipment",
            path="/v1/equipment",
            item="/v1/equipment/{no}",
            id="no",
            lines=(2490, 2918),
            inferred=_ASSIGNED,
        ),
    ],
    operations=OPERATIONS,
)
