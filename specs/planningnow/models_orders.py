"""PlanningNow orders (order confirmations): the order structure, create and update bodies.

The list (GET /api/order) returns "the same full structure as GET /api/order/{id} for each order"
(line 24), so list and detail share one schema, :class:`Order`. Its fields are every field either
example shows; those an example leaves out stay optional.
"""

from pydantic import BaseModel, Field

from generator.describe import Quirk, field_extras, schema_config
from specs.planningnow.models import DateString, DecimalString, Timestamp, shown


def _zu_haenden_quirk(line: int) -> Quirk:
    """The spelling quirk, cited at the line where this schema's example prints the field."""
    return Quirk(
        lines=(line, line),
        text=(
            "Orders spell the field `zuHaenden` (lines 31, 71) while offers spell it "
            "`zu_haenden` (lines 148, 188)."
        ),
    )


# --- the order structure (GET /api/order/{id}, and each entry of GET /api/order) -------------


class OrderTask(BaseModel):
    """A task of an order position (line 24: orders come "including positions and tasks")."""

    model_config = schema_config(lines=(95, 106))

    id: int = Field(description="ID of the task.")
    kalk_id: int = shown()
    kalk_type: int = shown()
    cost_centre_name: str = shown()
    activity_name: str = shown()
    min_ruest: DecimalString = shown()
    min_wage: DecimalString = shown()
    min_masch: DecimalString = shown()
    production_start: Timestamp = shown()
    production_end: Timestamp = shown()


class OrderPosition(BaseModel):
    """A position of an order, with its tasks."""

    model_config = schema_config(lines=(80, 108))

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
    tasks: list[OrderTask] = shown(description="The tasks of the position (line 24).")


class Order(BaseModel):
    """An order confirmation with its positions and tasks.

    GET /api/order/{id} returns it (lines 65-110), and GET /api/order returns a list of the same
    full structure (line 24). The list example (lines 27-63) omits several fields and adds
    `addressfield_1`; all are optional here.
    """

    model_config = schema_config(
        lines=(67, 110),
        quirks=[
            Quirk(
                lines=(111, 137),
                text=(
                    "Create and update send `subject`, `delivery_date`, `short_info` and position "
                    "`remarks`, which neither the detail example (lines 67-110) nor the list "
                    "example (lines 26-64) returns."
                ),
            )
        ],
    )

    id: int = Field(description="The order's unique ID (line 65).")
    o_conf_date: DateString = shown()
    employee_no: int = shown()
    zuHaenden: str = shown(json_schema_extra=field_extras(quirks=[_zu_haenden_quirk(71)]))
    addressfield_1: str = shown(
        json_schema_extra=field_extras(
            quirks=[
                Quirk(
                    lines=(32, 32),
                    text=(
                        "Only the list example carries `addressfield_1`; the detail example "
                        "(lines 67-110), said to be the same full structure (line 24), does not."
                    ),
                )
            ]
        )
    )
    customer_no: int = shown()
    project_no: str = shown()
    netto: DecimalString = shown(
        json_schema_extra=field_extras(
            quirks=[
                Quirk(
                    lines=(74, 90),
                    text="In the detail example the order's `netto` is 1575.00 while its only "
                    "position's `netto` is 1250.00.",
                )
            ]
        )
    )
    ges_netto: DecimalString = shown()
    ges_rabatt: DecimalString = shown()
    pay_term_id: int = shown()
    pay_term_text: str = shown()
    positions: list[OrderPosition] = shown(
        description="The positions of the order, including their tasks (line 24)."
    )


# --- create (POST /api/order) ----------------------------------------------------------------


class OrderCreatePosition(BaseModel):
    """A position sent when creating an order: the fields the example sends (lines 120-128)."""

    model_config = schema_config(lines=(120, 128), extra="forbid")

    pos_no: int = shown()
    article_number: str = shown()
    article_desc: str = shown()
    amount: DecimalString = shown()
    unit: str = shown()
    unit_price: DecimalString = shown()
    remarks: str = shown()


class OrderCreate(BaseModel):
    """Body of "create order": the fields the example sends (lines 113-130).

    The document does not say which fields are mandatory, nor that others are accepted.
    """

    model_config = schema_config(lines=(111, 130), extra="forbid")

    o_conf_date: DateString = shown()
    customer_no: int = shown()
    project_no: str = shown()
    subject: str = shown()
    delivery_date: DateString = shown()
    positions: list[OrderCreatePosition] = shown(description="The positions of the new order.")


# --- update ----------------------------------------------------------------------------------

_ANY_FIELD = (
    "Line 131 says any field of the order, its positions, or tasks can be updated, but the "
    "update example (lines 133-137) sends only order fields. "
)
_FROM_DETAIL = field_extras(
    inferred=(
        _ANY_FIELD + "This field is taken from the order structure (lines 27-63, 67-110) or the "
        "create body (lines 113-130); its spelling in requests is not shown (cost centres change "
        "spelling between response and request, lines 362/374)."
    )
)


class OrderUpdateTask(BaseModel):
    """A task sent in an order update: the task fields of the order structure."""

    model_config = schema_config(
        lines=(95, 106),
        extra="forbid",
        inferred=(
            _ANY_FIELD + "The task fields are those of the detail example (lines 95-106); "
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
    production_start: Timestamp = shown()
    production_end: Timestamp = shown()


class OrderUpdatePosition(BaseModel):
    """A position sent in an order update: the position fields of the order structure."""

    model_config = schema_config(
        lines=(80, 108),
        extra="forbid",
        inferred=(
            _ANY_FIELD + "The position fields are those of the detail example (lines 80-108) "
            "and `remarks` of the create body (line 127); `id` is assumed to address an existing "
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
    tasks: list[OrderUpdateTask] = shown()


class OrderUpdate(BaseModel):
    """Body of "update order": only the fields to change.

    The document says any field of the order, its positions or tasks can be updated (line 131)
    and prints `subject`, `delivery_date` and `short_info`; every other field of the order
    structure and the create body is listed too, marked `x-inferred`.
    """

    model_config = schema_config(lines=(131, 137), extra="forbid")

    subject: str = shown()
    delivery_date: DateString = shown()
    short_info: str = shown()
    o_conf_date: DateString = shown(json_schema_extra=_FROM_DETAIL)
    employee_no: int = shown(json_schema_extra=_FROM_DETAIL)
    zuHaenden: str = shown(json_schema_extra=_FROM_DETAIL)
    addressfield_1: str = shown(json_schema_extra=_FROM_DETAIL)
    customer_no: int = shown(json_schema_extra=_FROM_DETAIL)
    project_no: str = shown(json_schema_extra=_FROM_DETAIL)
    netto: DecimalString = shown(json_schema_extra=_FROM_DETAIL)
    ges_netto: DecimalString = shown(json_schema_extra=_FROM_DETAIL)
    ges_rabatt: DecimalString = shown(json_schema_extra=_FROM_DETAIL)
    pay_term_id: int = shown(json_schema_extra=_FROM_DETAIL)
    pay_term_text: str = shown(json_schema_extra=_FROM_DETAIL)
    positions: list[OrderUpdatePosition] = shown(
        description="Positions to change (line 131: their fields can be updated).",
        json_schema_extra=_FROM_DETAIL,
    )
