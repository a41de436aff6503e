"""PlanningNow orders (order confirmations): list items, detail, create and update bodies."""

from pydantic import BaseModel, Field

from generator.describe import Quirk, field_extras, optional, schema_config
from specs.planningnow.models import DateString, DecimalString, Timestamp


def _zu_haenden_quirk(line: int) -> Quirk:
    """The spelling quirk, cited at the line where this schema's example prints the field."""
    return Quirk(
        lines=(line, line),
        text=(
            "Orders spell the attention-of field `zuHaenden` (lines 31, 71) while offers spell "
            "it `zu_haenden` (lines 148, 188)."
        ),
    )


# --- list (GET /api/order) -------------------------------------------------------------------


class OrderListTask(BaseModel):
    """A task of an order position, as the order list shows it."""

    model_config = schema_config(lines=(51, 59))

    id: int = Field(description="Unique ID of the task.")
    kalk_id: int = optional("ID of the calculation (German: Kalkulation) the task belongs to.")
    kalk_type: int = optional("Type of the calculation, as a number (meanings not documented).")
    cost_centre_name: str = optional("Name of the cost centre that performs the task.")
    activity_name: str = optional("Name of the activity.")
    min_ruest: DecimalString = optional("Setup time (German: Rüstzeit) in minutes, decimal string.")
    min_wage: DecimalString = optional("Labour time in minutes, decimal string.")


class OrderListPosition(BaseModel):
    """A position of an order, as the order list shows it."""

    model_config = schema_config(lines=(41, 61))

    id: int = Field(description="Unique ID of the position.")
    pos_no: int = optional("Position number within the order.")
    article_number: str = optional("Article number.")
    article_desc: str = optional("Article description.")
    amount: DecimalString = optional("Quantity, decimal string.")
    unit: str = optional("Unit of the quantity, e.g. `pcs`.")
    unit_price: DecimalString = optional("Price per unit, decimal string.")
    netto: DecimalString = optional("Net amount of the position, decimal string.")
    tasks: list[OrderListTask] = optional("Production tasks of the position.")


class OrderListItem(BaseModel):
    """One order confirmation as GET /api/order returns it.

    The document says the list returns the same full structure as GET /api/order/{id}; its
    example does not, so the list has its own schema that accepts what the example shows.
    """

    model_config = schema_config(
        lines=(27, 63),
        quirks=[
            Quirk(
                lines=(24, 64),
                text=(
                    "Line 24 claims each list entry has the same full structure as "
                    "GET /api/order/{id}, but the example has fewer fields (positions without "
                    "discount, unit_price_disc, deliv_date, mwst_percent, brutto; tasks without "
                    "min_masch, production_start, production_end) and one field the detail "
                    "example lacks: `addressfield_1` (line 32)."
                ),
            )
        ],
    )

    id: int = Field(description="Unique ID of the order.")
    o_conf_date: DateString = optional("Date of the order confirmation, `YYYY-MM-DD`.")
    employee_no: int = optional("Number of the responsible employee.")
    zuHaenden: str = optional(
        "Contact person the order is addressed to (German: zu Händen, for the attention of).",
        json_schema_extra=field_extras(quirks=[_zu_haenden_quirk(31)]),
    )
    addressfield_1: str = optional(
        "First address line of the customer (the example shows the company name).",
        json_schema_extra=field_extras(
            quirks=[
                Quirk(
                    lines=(32, 32),
                    text="Only the list example carries `addressfield_1`; the detail example "
                    "(lines 67-110), said to be the same structure, does not.",
                )
            ]
        ),
    )
    customer_no: int = optional("Customer number.")
    project_no: str = optional("Project number, e.g. `PROJ-2025-Q3`.")
    netto: DecimalString = optional("Net amount, decimal string.")
    ges_netto: DecimalString = optional("Total net amount (German: gesamt netto), decimal string.")
    ges_rabatt: DecimalString = optional("Total discount (German: gesamt Rabatt), decimal string.")
    pay_term_id: int = optional("ID of the payment term.")
    pay_term_text: str = optional("Text of the payment term, e.g. `Net 30 days`.")
    positions: list[OrderListPosition] = optional("Positions of the order, with their tasks.")


# --- detail (GET /api/order/{id}) ------------------------------------------------------------


class OrderTask(BaseModel):
    """A production task of an order position (detail structure)."""

    model_config = schema_config(lines=(95, 106))

    id: int = Field(description="Unique ID of the task.")
    kalk_id: int = optional("ID of the calculation (German: Kalkulation) the task belongs to.")
    kalk_type: int = optional("Type of the calculation, as a number (meanings not documented).")
    cost_centre_name: str = optional("Name of the cost centre that performs the task.")
    activity_name: str = optional("Name of the activity.")
    min_ruest: DecimalString = optional("Setup time (German: Rüstzeit) in minutes, decimal string.")
    min_wage: DecimalString = optional("Labour time in minutes, decimal string.")
    min_masch: DecimalString = optional("Machine time in minutes, decimal string.")
    production_start: Timestamp = optional(
        "Planned production start, `YYYY-MM-DD HH:MM:SS` (not ISO 8601)."
    )
    production_end: Timestamp = optional(
        "Planned production end, `YYYY-MM-DD HH:MM:SS` (not ISO 8601)."
    )


class OrderPosition(BaseModel):
    """A position of an order (detail structure)."""

    model_config = schema_config(lines=(80, 108))

    id: int = Field(description="Unique ID of the position.")
    pos_no: int = optional("Position number within the order.")
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
    tasks: list[OrderTask] = optional("Production tasks of the position.")


class Order(BaseModel):
    """An order confirmation with its positions and tasks, as GET /api/order/{id} returns it."""

    model_config = schema_config(
        lines=(67, 110),
        quirks=[
            Quirk(
                lines=(111, 137),
                text=(
                    "Create and update send `subject`, `delivery_date`, `short_info` and position "
                    "`remarks`, which the detail example (lines 67-110) never returns."
                ),
            )
        ],
    )

    id: int = Field(description="Unique ID of the order.")
    o_conf_date: DateString = optional("Date of the order confirmation, `YYYY-MM-DD`.")
    employee_no: int = optional("Number of the responsible employee.")
    zuHaenden: str = optional(
        "Contact person the order is addressed to (German: zu Händen, for the attention of).",
        json_schema_extra=field_extras(quirks=[_zu_haenden_quirk(71)]),
    )
    customer_no: int = optional("Customer number.")
    project_no: str = optional("Project number, e.g. `PROJ-2025-Q4`.")
    netto: DecimalString = optional(
        "Net amount, decimal string.",
        json_schema_extra=field_extras(
            quirks=[
                Quirk(
                    lines=(74, 90),
                    text="In the example the order's `netto` is 1575.00 while its only "
                    "position's `netto` is 1250.00.",
                )
            ]
        ),
    )
    ges_netto: DecimalString = optional("Total net amount (German: gesamt netto), decimal string.")
    ges_rabatt: DecimalString = optional("Total discount (German: gesamt Rabatt), decimal string.")
    pay_term_id: int = optional("ID of the payment term.")
    pay_term_text: str = optional("Text of the payment term, e.g. `Net 30 days`.")
    positions: list[OrderPosition] = optional("Positions of the order, with their tasks.")


# --- create (POST /api/order) ----------------------------------------------------------------


class OrderCreatePosition(BaseModel):
    """A position sent when creating an order."""

    model_config = schema_config(lines=(120, 128))

    pos_no: int = optional("Position number within the order.")
    article_number: str = optional("Article number.")
    article_desc: str = optional("Article description.")
    amount: DecimalString = optional("Quantity, decimal string.")
    unit: str = optional("Unit of the quantity, e.g. `pcs`.")
    unit_price: DecimalString = optional("Price per unit, decimal string.")
    remarks: str = optional("Free-text remarks on the position.")


class OrderCreate(BaseModel):
    """Body of "create order". The document does not say which fields are mandatory."""

    model_config = schema_config(lines=(111, 130))

    o_conf_date: DateString = optional("Date of the order confirmation, `YYYY-MM-DD`.")
    customer_no: int = optional("Customer number.")
    project_no: str = optional("Project number.")
    subject: str = optional("Subject of the order.")
    delivery_date: DateString = optional("Delivery date, `YYYY-MM-DD`.")
    positions: list[OrderCreatePosition] = optional("Positions of the new order.")


# --- update ----------------------------------------------------------------------------------

_FROM_DETAIL = field_extras(
    inferred=(
        "Not in the update example: a field of the order's detail/create structure, listed "
        "because line 131 says any field of the order can be updated; its spelling in "
        "requests is not shown (cost centres change spelling between response and request)."
    )
)


class OrderUpdate(BaseModel):
    """Body of "update order": only the fields to change.

    The document says any field of the order, its positions or tasks can be updated and prints
    `subject`, `delivery_date` and `short_info`; the other fields listed here are the order's own
    fields from the detail and create structures. How positions and tasks are addressed in an
    update is not shown; the body is open, so they can be sent.
    """

    model_config = schema_config(lines=(131, 137))

    subject: str = optional("Subject of the order.")
    delivery_date: DateString = optional("Delivery date, `YYYY-MM-DD`.")
    short_info: str = optional("Short information text on the order.")
    o_conf_date: DateString = optional(
        "Date of the order confirmation, `YYYY-MM-DD`.", json_schema_extra=_FROM_DETAIL
    )
    employee_no: int = optional(
        "Number of the responsible employee.", json_schema_extra=_FROM_DETAIL
    )
    zuHaenden: str = optional(
        "Contact person the order is addressed to (for the attention of).",
        json_schema_extra=_FROM_DETAIL,
    )
    customer_no: int = optional("Customer number.", json_schema_extra=_FROM_DETAIL)
    project_no: str = optional("Project number.", json_schema_extra=_FROM_DETAIL)
    pay_term_id: int = optional("ID of the payment term.", json_schema_extra=_FROM_DETAIL)
    pay_term_text: str = optional("Text of the payment term.", json_schema_extra=_FROM_DETAIL)
