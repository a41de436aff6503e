"""PlanningNow cost centres: detail (also the list item), create and update bodies."""

from pydantic import BaseModel, Field

from generator.describe import Quirk, field_extras, schema_config
from specs.planningnow.models import DecimalString, Timestamp, shown

_KALK_MIN_KOSTEN_QUIRK = Quirk(
    lines=(342, 374),
    text=(
        "Responses spell the field `kalkMinKosten` (lines 342, 351, 362) while "
        "the update request sends `kalk_min_kosten` (line 374)."
    ),
)


class CostCentre(BaseModel):
    """A cost centre. The list returns the same structure for each entry (line 335)."""

    model_config = schema_config(lines=(358, 366))

    id: int = Field(description="ID of the cost centre.")
    name: str = shown()
    type: int = shown(description="A number; the examples show 1 and 2 (meanings not documented).")
    kalkMinKosten: DecimalString = shown(
        json_schema_extra=field_extras(quirks=[_KALK_MIN_KOSTEN_QUIRK])
    )
    nutzungsdauer: DecimalString = shown()
    last_change: Timestamp = shown()
    last_sync: Timestamp = shown()


class CostCentreCreate(BaseModel):
    """Body of "create cost centre": the fields the example sends (lines 368-371).

    The document does not say which fields are mandatory, nor that others are accepted.
    """

    model_config = schema_config(lines=(367, 371), extra="forbid")

    name: str = shown()
    type: int = shown(description="A number; the example sends 2 (meanings not documented).")


class CostCentreUpdate(BaseModel):
    """Body of "update cost centre": the document prints only `kalk_min_kosten` (line 374)."""

    model_config = schema_config(lines=(372, 375), extra="forbid")

    kalk_min_kosten: DecimalString = shown(
        description="Spelled `kalk_min_kosten` here but `kalkMinKosten` in responses.",
        json_schema_extra=field_extras(quirks=[_KALK_MIN_KOSTEN_QUIRK]),
    )
