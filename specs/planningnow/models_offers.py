"""PlanningNow offers: the offer structure, create and update bodies.

The list (GET /api/offer) returns "the same full structure as GET /api/offer/{id} for each offer"
(line 141), so list and detail share one schema, :class:`Offer`.
"""

from pydantic import BaseModel, Field

from generator.describe import Quirk, field_extras, schema_config
from specs.planningnow.models import DateString, DecimalString, shown


def _zu_haenden_quirk(line: int) -> Quirk:
    """The spelling quirk, cited at the line where this schema's example prints the field."""
    return Quirk(
        lines=(line, line),
        text=(
            "Offers spell the field `zu_haenden` (lines 148, 188) while orders spell it "
            "`zuHaenden` (lines 31, 71)."
        ),
    )


# --- the offer structure (GET /api/offer/{id}, and each entry of GET /api/offer) -------------


class OfferTask(BaseModel):
    """A task of an offer position (line 141: offers come "including positions and tasks")."""

    model_config = schema_config(lines=(217, 226))

    id: int = Field(description="ID of the task.")
    kalk_id: int = shown()
    kalk_type: int = shown()
    cost_centre_name: str = shown()
    activity_name: str = shown()
    min_ruest: DecimalString = shown()
    min_wage: DecimalString = shown()
    min_masch: DecimalString = shown()


class OfferPosition(BaseModel):
    """A position of an offer, with its tasks."""

    model_config = schema_config(lines=(202, 228))

    id: int = Field(description="ID of the position.")
    pos_no: int = shown()
    article_number: str = shown()
    article_desc: str = shown()
    amount: DecimalString = shown()
    unit: str = shown()
    unit_price: DecimalString = shown()
    discount: DecimalString = shown()
    unit_price_disc: DecimalString = shown()
    netto: DecimalString = shown()
    deliv_date: DateString = shown()
    mwst_percent: DecimalString = shown()
    brutto: DecimalString = shown()
    tasks: list[OfferTask] = shown(description="The tasks of the position (line 141).")


class Offer(BaseModel):
    """An offer with its positions and tasks.

    GET /api/offer/{id} returns it (lines 182-230), and GET /api/offer returns a list of the same
    full structure (line 141). The list example (lines 144-180) omits several fields; they are
    optional here.
    """

    model_config = schema_config(
        lines=(184, 230),
        quirks=[
            Quirk(
                lines=(248, 248),
                text="Create sends position `remarks`, which neither the detail nor the list "
                "example returns.",
            )
        ],
    )

    id: int = Field(description="The offer's unique ID (line 182).")
    offer_date: DateString = shown()
    employee_no: int = shown()
    zu_haenden: str = shown(json_schema_extra=field_extras(quirks=[_zu_haenden_quirk(188)]))
    customer_no: int = shown()
    project_no: str = shown()
    lead_text: str = shown()
    followup_text: str = shown()
    date_desired: DateString = shown()
    delivery_date: DateString = shown()
    netto: DecimalString = shown()
    ges_netto: DecimalString = shown()
    ges_rabatt: DecimalString = shown()
    info: str = shown()
    pay_term_id: int = shown()
    pay_term_text: str = shown()
    positions: list[OfferPosition] = shown(
        description="The positions of the offer, including their tasks (line 141)."
    )


# --- create (POST /api/offer) ----------------------------------------------------------------


class OfferCreatePosition(BaseModel):
    """A position sent when creating an offer: the fields the example sends (lines 241-249)."""

    model_config = schema_config(lines=(241, 249), extra="forbid")

    pos_no: int = shown()
    article_number: str = shown()
    article_desc: str = shown()
    amount: DecimalString = shown()
    unit: str = shown()
    unit_price: DecimalString = shown()
    remarks: str = shown()


class OfferCreate(BaseModel):
    """Body of "create offer": the fields the example sends (lines 233-251).

    The document does not say which fields are mandatory, nor that others are accepted.
    """

    model_config = schema_config(lines=(231, 251), extra="forbid")

    offer_date: DateString = shown()
    customer_no: int = shown()
    project_no: str = shown()
    lead_text: str = shown()
    delivery_date: DateString = shown()
    pay_term_text: str = shown()
    positions: list[OfferCreatePosition] = shown(description="The positions of the new offer.")


# --- update ----------------------------------------------------------------------------------

_ANY_FIELD = (
    "Line 252 says any field of the offer, its positions, or tasks can be updated, but the "
    "update example (lines 254-258) sends only offer fields. "
)
_FROM_DETAIL = field_extras(
    inferred=(
        _ANY_FIELD + "This field is taken from the offer structure (lines 144-180, 184-230) or "
        "the create body (lines 233-251); its spelling in requests is not shown (cost centres "
        "change spelling between response and request, lines 362/374)."
    )
)


class OfferUpdateTask(BaseModel):
    """A task sent in an offer update: the task fields of the offer structure."""

    model_config = schema_config(
        lines=(217, 226),
        extra="forbid",
        inferred=(
            _ANY_FIELD + "The task fields are those of the detail example (lines 217-226); "
            "`id` is assumed to address an existing task. How tasks are addressed in an update "
            "is not shown."
        ),
    )

    id: int = shown()
    kalk_id: int = shown()
    kalk_type: int = shown()
    cost_centre_name: str = shown()
    activity_name: str = shown()
    min_ruest: DecimalString = shown()
    min_wage: DecimalString = shown()
    min_masch: DecimalString = shown()


class OfferUpdatePosition(BaseModel):
    """A position sent in an offer update: the position fields of the offer structure."""

    model_config = schema_config(
        lines=(202, 228),
        extra="forbid",
        inferred=(
            _ANY_FIELD + "The position fields are those of the detail example (lines 202-228) "
            "and `remarks` of the create body (line 248); `id` is assumed to address an existing "
            "position. How positions are addressed in an update is not shown."
        ),
    )

    id: int = shown()
    pos_no: int = shown()
    article_number: str = shown()
    article_desc: str = shown()
    amount: DecimalString = shown()
    unit: str = shown()
    unit_price: DecimalString = shown()
    discount: DecimalString = shown()
    unit_price_disc: DecimalString = shown()
    netto: DecimalString = shown()
    deliv_date: DateString = shown()
    mwst_percent: DecimalString = shown()
    brutto: DecimalString = shown()
    remarks: str = shown()
    tasks: list[OfferUpdateTask] = shown()


class OfferUpdate(BaseModel):
    """Body of "update offer": only the fields to change.

    The document says any field of the offer, its positions or tasks can be updated (line 252)
    and prints `lead_text`, `delivery_date` and `info`; every other field of the offer structure
    and the create body is listed too, marked `x-inferred`.
    """

    model_config = schema_config(lines=(252, 258), extra="forbid")

    lead_text: str = shown()
    delivery_date: DateString = shown()
    info: str = shown()
    offer_date: DateString = shown(json_schema_extra=_FROM_DETAIL)
    employee_no: int = shown(json_schema_extra=_FROM_DETAIL)
    zu_haenden: str = shown(json_schema_extra=_FROM_DETAIL)
    customer_no: int = shown(json_schema_extra=_FROM_DETAIL)
    project_no: str = shown(json_schema_extra=_FROM_DETAIL)
    followup_text: str = shown(json_schema_extra=_FROM_DETAIL)
    date_desired: DateString = shown(json_schema_extra=_FROM_DETAIL)
    netto: DecimalString = shown(json_schema_extra=_FROM_DETAIL)
    ges_netto: DecimalString = shown(json_schema_extra=_FROM_DETAIL)
    ges_rabatt: DecimalString = shown(json_schema_extra=_FROM_DETAIL)
    pay_term_id: int = shown(json_schema_extra=_FROM_DETAIL)
    pay_term_text: str = shown(json_schema_extra=_FROM_DETAIL)
    positions: list[OfferUpdatePosition] = shown(
        description="Positions to change (line 252: their fields can be updated).",
        json_schema_extra=_FROM_DETAIL,
    )
