"""PlanningNow work schedules: the work schedule structure, create and update bodies.

The list (GET /api/work-schedule) returns "the same structure as GET /api/work-schedule/{id} for
each entry" (line 262), so list and detail share one schema, :class:`WorkSchedule`.
"""

from pydantic import BaseModel, Field

from generator.describe import Quirk, field_extras, schema_config
from specs.planningnow.models import DateString, DecimalString, shown

_WAGE_FACTOR = field_extras(
    inferred=(
        "The document gives no type; every example shows the integer 1 (lines 271, 283, 308, "
        "319). Any JSON number is accepted, so that a fractional value would not break a "
        "client; `integer` would be the narrower reading of the examples."
    )
)


class WorkSchedulePositionRef(BaseModel):
    """A position of a work schedule in a response: currently only its ID (line 288)."""

    model_config = schema_config(lines=(310, 312))

    id: int = Field(description="ID of the work-schedule position.")


# --- the structure (GET /api/work-schedule/{id}, and each entry of GET /api/work-schedule) ---


class WorkSchedule(BaseModel):
    """A work schedule.

    GET /api/work-schedule/{id} returns it (lines 288-314), and GET /api/work-schedule returns a
    list of the same structure (line 262). The list example (lines 265-286) omits several fields;
    they are optional here.
    """

    model_config = schema_config(lines=(289, 314))

    id: int = Field(description="ID of the work schedule.")
    name: str = shown()
    creation_date: DateString = shown()
    last_change_date: DateString = shown()
    sum_min_ruest: DecimalString = shown()
    sum_min: DecimalString = shown()
    sum_cost_ruest: DecimalString = shown()
    sum_cost_wage: DecimalString = shown()
    sum_min_masch: DecimalString = shown()
    sum_cost_masch: DecimalString = shown()
    sum_cost_fremdfert: DecimalString = shown()
    sum_cost: DecimalString = shown()
    los_stueck: int = shown()
    sum_min_wage: DecimalString = shown()
    costperone: DecimalString = shown()
    hoursperday: DecimalString = shown()
    sum_min_setup: DecimalString = shown()
    sum_cost_setup: DecimalString = shown()
    wage_factor: float = shown(json_schema_extra=_WAGE_FACTOR)
    positions: list[WorkSchedulePositionRef] = shown(
        description="The positions of the schedule; currently only their ID is returned (line 288).",
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
    """A position sent when creating a work schedule: the fields the example sends."""

    model_config = schema_config(lines=(321, 325), extra="forbid")

    pos: int = shown()
    activity_name: str = shown()
    min_wage: DecimalString = shown()


class WorkScheduleCreate(BaseModel):
    """Body of "create work schedule": the fields the example sends (lines 316-327).

    The document does not say which fields are mandatory, nor that others are accepted.
    """

    model_config = schema_config(lines=(315, 327), extra="forbid")

    name: str = shown()
    los_stueck: int = shown()
    wage_factor: float = shown(json_schema_extra=_WAGE_FACTOR)
    positions: list[WorkScheduleCreatePosition] = shown(
        description="The positions of the new work schedule."
    )


# --- update ----------------------------------------------------------------------------------


class WorkScheduleUpdate(BaseModel):
    """Body of "update work schedule": the document prints only `name` (lines 329-331).

    Unlike orders and offers (lines 131, 252) the document does not say that any field can be
    updated, so no other field is listed.
    """

    model_config = schema_config(lines=(328, 331), extra="forbid")

    name: str = shown()
