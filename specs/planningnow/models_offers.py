"""PlanningNow offers: list items, detail, create and update bodies."""

from pydantic import BaseModel, Field

from generator.describe import Quirk, field_extras, optional, schema_config
from specs.planningnow.models import DateString, DecimalString


def _zu_haenden_quirk(line: int) -> Quirk:
    """The spelling quirk, cited at the line where this schema's example prints the field."""
    return Quirk(
        lines=(line, line),
        text=(
            "Offers spell the attention-of field `zu_haenden` (lines 148, 188) while orders spell "
            "it `zuHaenden` (lines 31, 71)."
        ),
    )


# --- list (GET /api/offer) -------------------------------------------------------------------


class OfferListTask(BaseModel):
    """A task of an offer position, as the offer list shows it."""

    model_config = schema_config(lines=(168, 176))

    id: int = Field(description="Unique ID of the task.")
    kalk_id: int = optional("ID of the calculation (German: Kalkulation) the task belongs to.")
    kalk_type: int = optional("Type of the calculation, as a number (meanings not documented).")
    cost_centre_name: str = optional("Name of the cost centre that performs the task.")
    activity_name: str = optional("Name of the activity.")
    min_ruest: DecimalString = optional("Setup time (German: Rüstzeit) in minutes, decimal string.")
    min_wage: DecimalString = optional("Labour time in minutes, decimal string.")


class OfferListPosition(BaseModel):
    """A position of an offer, as the offer list shows it."""

    model_config = schema_config(lines=(158, 178))

    id: int = Field(description="Unique ID of the position.")
    pos_no: int = optional("Position number within the offer.")
    article_number: str = optional("Article number.")
    article_desc: str = optional("Article description.")
    amount: DecimalString = optional("Quantity, decimal string.")
    unit: str = optional("Unit of the quantity, e.g. `pcs`.")
    unit_price: DecimalString = optional("Price per unit, decimal string.")
    netto: DecimalString = optional("Net amount of the position, decimal string.")
    tasks: list[OfferListTask] = optional("Tasks of the position.")


class OfferListItem(BaseModel):
    """One offer as GET /api/offer returns it.

    The document says the list returns the same full structure as GET /api/offer/{id}; its
    example does not, so the list has its own schema that accepts what the example shows.
    """

    model_config = schema_config(
        lines=(144, 180),
        quirks=[
            Quirk(
                lines=(141, 181),
                text=(
                    "Line 141 claims each list entry has the same full structure as "
                    "GET /api/offer/{id}, but the example lacks followup_text, date_desired, "
                    "delivery_date and info, its positions lack discount, unit_price_disc, "
                    "deliv_date, mwst_percent and brutto, and its tasks lack min_masch."
                ),
            )
        ],
    )

    id: int = Field(description="Unique ID of the offer.")
    offer_date: DateString = optional("Date of the offer, `YYYY-MM-DD`.")
    employee_no: int = optional("Number of the responsible employee.")
    zu_haenden: str = optional(
        "Contact person the offer is addressed to (German: zu Händen, for the attention of).",
        json_schema_extra=field_extras(quirks=[_zu_haenden_quirk(148)]),
    )
    customer_no: int = optional("Customer number.")
    project_no: str = optional("Project number, e.g. `PROJ-2025-Q3`.")
    lead_text: str = optional("Introductory text of the offer.")
    netto: DecimalString = optional("Net amount, decimal string.")
    ges_netto: DecimalString = optional("Total net amount (German: gesamt netto), decimal string.")
    ges_rabatt: DecimalString = optional("Total discount (German: gesamt Rabatt), decimal string.")
    pay_term_id: int = optional("ID of the payment term.")
    pay_term_text: str = optional("Text of the payment term, e.g. `Net 30 days`.")
    positions: list[OfferListPosition] = optional("Positions of the offer, with their tasks.")


# --- detail (GET /api/offer/{id}) ------------------------------------------------------------


class OfferTask(BaseModel):
    """A task of an offer position (detail structure)."""

    model_config = schema_config(lines=(217, 226))

    id: int = Field(description="Unique ID of the task.")
    kalk_id: int = optional("ID of the calculation (German: Kalkulation) the task belongs to.")
    kalk_type: int = optional("Type of the calculation, as a number (meanings not documented).")
    cost_centre_name: str = optional("Name of the cost centre that performs the task.")
    activity_name: str = optional("Name of the activity.")
    min_ruest: DecimalString = optional("Setup time (German: Rüstzeit) in minutes, decimal string.")
    min_wage: DecimalString = optional("Labour time in minutes, decimal string.")
    min_masch: DecimalString = optional("Machine time in minutes, decimal string.")


class OfferPosition(BaseModel):
    """A position of an offer (detail structure)."""

    model_config = schema_config(lines=(202, 228))

    id: int = Field(description="Unique ID of the position.")
    pos_no: int = optional("Position number within the offer.")
    article_number: str = optional("Article number.")
    article_desc: str = optional("Article description.")
    amount: DecimalString = optional("Quantity, decimal string.")
    unit: str = optional("Unit of the quantity, e.g. `pcs`.")
    unit_price: DecimalString = optional("Price per unit, decimal string.")
    discount: DecimalString = optional("Discount, decimal string.")
    unit_price_disc: DecimalString = optional("Price per unit after discount, decimal string.")
    netto: DecimalString = optional("Net amount of the position, decimal string.")
    deliv_date: DateString = optional("Delivery date of the position, `YYYY-MM-DD`.")
    mwst_percent: DecimalString = optional("VAT rate (German: MwSt.) in percent, decimal string.")
    brutto: DecimalString = optional("Gross amount of the position, decimal string.")
    tasks: list[OfferTask] = optional("Tasks of the position.")


class Offer(BaseModel):
    """An offer with its positions and tasks, as GET /api/offer/{id} returns it."""

    model_config = schema_config(
        lines=(184, 230),
        quirks=[
            Quirk(
                lines=(248, 248),
                text="Create sends position `remarks`, which the detail example never returns.",
            )
        ],
    )

    id: int = Field(description="Unique ID of the offer.")
    offer_date: DateString = optional("Date of the offer, `YYYY-MM-DD`.")
    employee_no: int = optional("Number of the responsible employee.")
    zu_haenden: str = optional(
        "Contact person the offer is addressed to (German: zu Händen, for the attention of).",
        json_schema_extra=field_extras(quirks=[_zu_haenden_quirk(188)]),
    )
    customer_no: int = optional("Customer number.")
    project_no: str = optional("Project number, e.g. `PROJ-2025-Q3`.")
    lead_text: str = optional("Introductory text of the offer.")
    followup_text: str = optional("Closing / follow-up text of the offer.")
    date_desired: DateString = optional("Date desired by the customer, `YYYY-MM-DD`.")
    delivery_date: DateString = optional("Delivery date, `YYYY-MM-DD`.")
    netto: DecimalString = optional("Net amount, decimal string.")
    ges_netto: DecimalString = optional("Total net amount (German: gesamt netto), decimal string.")
    ges_rabatt: DecimalString = optional("Total discount (German: gesamt Rabatt), decimal string.")
    info: str = optional("Additional information on the offer.")
    pay_term_id: int = optional("ID of the payment term.")
    pay_term_text: str = optional("Text of the payment term, e.g. `Net 30 days`.")
    positions: list[OfferPosition] = optional("Positions of the offer, with their tasks.")


# --- create (POST /api/offer) ----------------------------------------------------------------


class OfferCreatePosition(BaseModel):
    """A position sent when creating an offer."""

    model_config = schema_config(lines=(241, 249))

    pos_no: int = optional("Position number within the offer.")
    article_number: str = optional("Article number.")
    article_desc: str = optional("Article description.")
    amount: DecimalString = optional("Quantity, decimal string.")
    unit: str = optional("Unit of the quantity, e.g. `hrs`.")
    unit_price: DecimalString = optional("Price per unit, decimal string.")
    remarks: str = optional("Free-text remarks on the position.")


class OfferCreate(BaseModel):
    """Body of "create offer". The document does not say which fields are mandatory."""

    model_config = schema_config(lines=(231, 251))

    offer_date: DateString = optional("Date of the offer, `YYYY-MM-DD`.")
    customer_no: int = optional("Customer number.")
    project_no: str = optional("Project number.")
    lead_text: str = optional("Introductory text of the offer.")
    delivery_date: DateString = optional("Delivery date, `YYYY-MM-DD`.")
    pay_term_text: str = optional("Text of the payment term, e.g. `Net 45 days`.")
    positions: list[OfferCreatePosition] = optional("Positions of the new offer.")


# --- update ----------------------------------------------------------------------------------

_FROM_DETAIL = field_extras(
    inferred=(
        "Not in the update example: a field of the offer's detail/create structure, listed "
        "because line 252 says any field of the offer can be updated; its spelling in "
        "requests is not shown (cost centres change spelling between response and request)."
    )
)


class OfferUpdate(BaseModel):
    """Body of "update offer": only the fields to change.

    The document says any field of the offer, its positions or tasks can be updated and prints
    `lead_text`, `delivery_date` and `info`; the other fields listed here are the offer's own
    fields from the detail and create structures. How positions and tasks are addressed in an
    update is not shown; the body is open, so they can be sent.
    """

    model_config = schema_config(lines=(252, 258))

    lead_text: str = optional("Introductory text of the offer.")
    delivery_date: DateString = optional("Delivery date, `YYYY-MM-DD`.")
    info: str = optional("Additional information on the offer.")
    offer_date: DateString = optional(
        "Date of the offer, `YYYY-MM-DD`.", json_schema_extra=_FROM_DETAIL
    )
    employee_no: int = optional(
        "Number of the responsible employee.", json_schema_extra=_FROM_DETAIL
    )
    zu_haenden: str = optional(
        "Contact person the offer is addressed to (for the attention of).",
        json_schema_extra=_FROM_DETAIL,
    )
    customer_no: int = optional("Customer number.", json_schema_extra=_FROM_DETAIL)
    project_no: str = optional("Project number.", json_schema_extra=_FROM_DETAIL)
    followup_text: str = optional(
        "Closing / follow-up text of the offer.", json_schema_extra=_FROM_DETAIL
    )
    date_desired: DateString = optional(
        "Date desired by the customer, `YYYY-MM-DD`.", json_schema_extra=_FROM_DETAIL
    )
    pay_term_id: int = optional("ID of the payment term.", json_schema_extra=_FROM_DETAIL)
    pay_term_text: str = optional("Text of the payment term.", json_schema_extra=_FROM_DETAIL)
