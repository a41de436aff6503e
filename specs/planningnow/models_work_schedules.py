"""PlanningNow work schedules: list items, detail, create and update bodies."""

from pydantic import BaseModel, Field

from generator.describe import Quirk, field_extras, optional, schema_config
from specs.planningnow.models import DateString, DecimalString

_WAGE_FACTOR = field_extras(
    inferred=(
        "The document gives no type; the examples show the integer 1. A factor may be "
        "fractional, so any JSON number is accepted."
    )
)

# --- shared ----------------------------------------------------------------------------------


class WorkSchedulePositionRef(BaseModel):
    """A position of a work schedule in a response: currently only its ID (line 288)."""

    model_config = schema_config(lines=(310, 312))

    id: int = Field(description="Unique ID of the work-schedule position.")


# --- list (GET /api/work-schedule) -----------------------------------------------------------


class WorkScheduleListItem(BaseModel):
    """One work schedule as GET /api/work-schedule returns it.

    The document says the list returns the same structure as GET /api/work-schedule/{id}; its
    example does not, so the list has its own schema that accepts what the example shows.
    """

    model_config = schema_config(
        lines=(265, 286),
        quirks=[
            Quirk(
                lines=(262, 287),
                text=(
                    "Line 262 claims each list entry has the same structure as "
                    "GET /api/work-schedule/{id}, but the example entries carry only id, name, "
                    "creation_date, sum_cost, los_stueck, wage_factor and positions: no "
                    "last_change_date and none of the other sum_*, costperone or hoursperday "
                    "fields of the detail."
                ),
            )
        ],
    )

    id: int = Field(description="Unique ID of the work schedule.")
    name: str = optional("Name of the work schedule.")
    creation_date: DateString = optional("Creation date, `YYYY-MM-DD`.")
    sum_cost: DecimalString = optional("Total cost, decimal string.")
    los_stueck: int = optional("Lot size in pieces (German: Losstück).")
    wage_factor: float = optional(
        "Wage factor (the examples show 1).", json_schema_extra=_WAGE_FACTOR
    )
    positions: list[WorkSchedulePositionRef] = optional("Positions of the schedule (IDs only).")


# --- detail (GET /api/work-schedule/{id}) ----------------------------------------------------


class WorkSchedule(BaseModel):
    """A work schedule (routing) with its time and cost totals."""

    model_config = schema_config(lines=(289, 314))

    id: int = Field(description="Unique ID of the work schedule.")
    name: str = optional("Name of the work schedule.")
    creation_date: DateString = optional("Creation date, `YYYY-MM-DD`.")
    last_change_date: DateString = optional("Date of the last change, `YYYY-MM-DD`.")
    sum_min_ruest: DecimalString = optional("Total setup minutes (German: Rüsten), decimal string.")
    sum_min: DecimalString = optional("Total minutes, decimal string.")
    sum_cost_ruest: DecimalString = optional("Total setup cost, decimal string.")
    sum_cost_wage: DecimalString = optional("Total labour cost, decimal string.")
    sum_min_masch: DecimalString = optional("Total machine minutes, decimal string.")
    sum_cost_masch: DecimalString = optional("Total machine cost, decimal string.")
    sum_cost_fremdfert: DecimalString = optional(
        "Total cost of external production (German: Fremdfertigung), decimal string."
    )
    sum_cost: DecimalString = optional("Total cost, decimal string.")
    los_stueck: int = optional("Lot size in pieces (German: Losstück).")
    sum_min_wage: DecimalString = optional("Total labour minutes, decimal string.")
    costperone: DecimalString = optional("Cost per piece, decimal string.")
    hoursperday: DecimalString = optional("Working hours per day, decimal string.")
    sum_min_setup: DecimalString = optional("Total setup minutes, decimal string.")
    sum_cost_setup: DecimalString = optional("Total setup cost, decimal string.")
    wage_factor: float = optional(
        "Wage factor (the examples show 1).", json_schema_extra=_WAGE_FACTOR
    )
    positions: list[WorkSchedulePositionRef] = optional(
        "Positions of the schedule. Currently only their ID is returned.",
        json_schema_extra=field_extras(
            quirks=[
                Quirk(
                    lines=(288, 288),
                    text=(
                        "Positions in responses carry only their `id` (line 288), while create "
                        "sends positions with `pos`, `activity_name` and `min_wage` "
                        "(lines 321-325)."
                    ),
                )
            ]
        ),
    )


# --- create (POST /api/work-schedule) --------------------------------------------------------


class WorkScheduleCreatePosition(BaseModel):
    """A position (operation step) sent when creating a work schedule."""

    model_config = schema_config(lines=(321, 325))

    pos: int = optional("Position number of the step (called `pos` here, not `pos_no`).")
    activity_name: str = optional("Name of the activity.")
    min_wage: DecimalString = optional("Labour time in minutes, decimal string.")


class WorkScheduleCreate(BaseModel):
    """Body of "create work schedule". The document does not say which fields are mandatory."""

    model_config = schema_config(lines=(315, 327))

    name: str = optional("Name of the work schedule.")
    los_stueck: int = optional("Lot size in pieces (German: Losstück).")
    wage_factor: float = optional(
        "Wage factor (the example shows 1).", json_schema_extra=_WAGE_FACTOR
    )
    positions: list[WorkScheduleCreatePosition] = optional("Positions (steps) of the schedule.")


# --- update ----------------------------------------------------------------------------------


class WorkScheduleUpdate(BaseModel):
    """Body of "update work schedule". The document prints only `name`; the body is open."""

    model_config = schema_config(lines=(328, 331))

    name: str = optional("New name of the work schedule.")
