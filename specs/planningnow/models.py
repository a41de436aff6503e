"""PlanningNow: shared types, the error payload, the auth test and the JSON-schema documentation.

The resources live in their own modules (``models_orders``, ``models_offers``,
``models_work_schedules``, ``models_cost_centres``, ``models_documents``); this module holds what
they share.

The document never says which fields are mandatory or may be left out. Response objects therefore
require only their ``id`` (and the envelopes their documented keys); every other field is optional
but not nullable, because no example shows ``null`` except ``parent_id`` of the folder tree.

The document describes no field: it only prints them in examples. A field therefore carries a
description only where a line of the document says what it is (an ID, the positions and tasks,
the confirmation message, …); the others are left undescribed (:func:`shown`) rather than
described by a guess from their (often German) names.
"""

from typing import Annotated, Any

from pydantic import BaseModel, Field

from generator.describe import Quirk, absent, schema_config

# --- shared scalar types ---------------------------------------------------------------------

#: Money, quantities, minutes and percentages: the document sends them as strings ("8500.00",
#: "1.850"), never as JSON numbers.
DecimalString = Annotated[str, Field(pattern=r"^-?\d+(\.\d+)?$")]
#: Calendar dates as the examples print them ("2025-09-11").
DateString = Annotated[str, Field(pattern=r"^\d{4}-\d{2}-\d{2}$")]
#: Timestamps with a space instead of ISO 8601's "T" and no zone ("2025-09-20 08:00:00").
Timestamp = Annotated[str, Field(pattern=r"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$")]


def shown(**kwargs: Any) -> Any:
    """An optional field that the document only shows in an example and never describes.

    No description is given (it would be a guess from the field's name); like
    ``generator.describe.optional`` it is neither required nor nullable and emits no default.
    """
    return Field(default_factory=absent, **kwargs)


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

    error: str = Field(description="Error message; the example is `Document not found`.")
    status_code: int = Field(
        description="The HTTP status code, repeated in the body (the example: 404)."
    )


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
