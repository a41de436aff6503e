"""PlanningNow: shared types, the error payload, the auth test and the JSON-schema documentation.

The resources live in their own modules (``models_orders``, ``models_offers``,
``models_work_schedules``, ``models_cost_centres``, ``models_documents``); this module holds what
they share.

The document never says which fields are mandatory or may be left out. Response objects therefore
require only their ``id`` (and the envelopes their documented keys); every other field is optional
but not nullable, because no example shows ``null`` except ``parent_id`` of the folder tree.
"""

from typing import Annotated

from pydantic import BaseModel, Field

from generator.describe import Quirk, schema_config

# --- shared scalar types ---------------------------------------------------------------------

#: Money, quantities, minutes and percentages: the document sends them as strings ("8500.00",
#: "1.850"), never as JSON numbers.
DecimalString = Annotated[str, Field(pattern=r"^-?\d+(\.\d+)?$")]
#: Calendar dates as the examples print them ("2025-09-11").
DateString = Annotated[str, Field(pattern=r"^\d{4}-\d{2}-\d{2}$")]
#: Timestamps with a space instead of ISO 8601's "T" and no zone ("2025-09-20 08:00:00").
Timestamp = Annotated[str, Field(pattern=r"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$")]


# --- error payload ---------------------------------------------------------------------------


class ErrorResponse(BaseModel):
    """The error payload the document prints for a missing document."""

    model_config = schema_config(
        lines=(484, 488),
        quirks=[
            Quirk(
                lines=(484, 488),
                text=(
                    "The error payload is `{error, status_code}`: unlike every success payload of "
                    "the documents endpoints it has no `success` field (not even `success: "
                    "false`), and it is printed only for document delete; no other operation "
                    "documents any error response."
                ),
            )
        ],
    )

    error: str = Field(description="Human-readable error message, e.g. `Document not found`.")
    status_code: int = Field(description="The HTTP status code repeated in the body (404).")


# --- authentication test ---------------------------------------------------------------------


class AuthTestResult(BaseModel):
    """Confirmation that the API token was accepted."""

    model_config = schema_config(lines=(489, 493))

    response: str = Field(
        description=(
            "Confirmation message; the example is `Test successfull.` (the vendor's spelling)."
        )
    )


# --- JSON-schema documentation ---------------------------------------------------------------


class ApiDocumentation(BaseModel):
    """Machine-readable JSON schema of the general API documentation and available endpoints.

    The document says only that a JSON object is returned; its structure is not shown, so the
    schema is an open object.
    """

    model_config = schema_config(lines=(494, 496))


class OrderConfirmationDocumentation(BaseModel):
    """Machine-readable JSON schema of the order confirmation endpoints: their fields and types.

    The document says only that a JSON object is returned; its structure is not shown, so the
    schema is an open object.
    """

    model_config = schema_config(lines=(497, 499))
