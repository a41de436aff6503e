"""PlanningNow cost centres: detail (also the list item), create and update bodies."""

from pydantic import BaseModel, Field

from generator.describe import Quirk, field_extras, optional, schema_config
from specs.planningnow.models import DecimalString, Timestamp

_KALK_MIN_KOSTEN_QUIRK = Quirk(
    lines=(342, 374),
    text=(
        "Responses spell the cost-per-minute field `kalkMinKosten` (lines 342, 351, 362) while "
        "the update request sends `kalk_min_kosten` (line 374)."
    ),
)


class CostCentre(BaseModel):
    """A cost centre. The list returns the same structure for each entry (line 335)."""

    model_config = schema_config(lines=(358, 366))

    id: int = Field(description="Unique ID of the cost centre.")
    name: str = optional("Name of the cost centre.")
    type: int = optional(
        "Type of the cost centre, as a number (the examples show 1 and 2; meanings not documented)."
    )
    kalkMinKosten: DecimalString = optional(
        "Calculated cost per minute (German: kalkulierte Minutenkosten), decimal string with "
        "three decimals in the examples (`1.850`).",
        json_schema_extra=field_extras(quirks=[_KALK_MIN_KOSTEN_QUIRK]),
    )
    nutzungsdauer: DecimalString = optional("Useful life (German: Nutzungsdauer), decimal string.")
    last_change: Timestamp = optional("Time of the last change, `YYYY-MM-DD HH:MM:SS`.")
    last_sync: Timestamp = optional("Time of the last synchronisation, `YYYY-MM-DD HH:MM:SS`.")


class CostCentreCreate(BaseModel):
    """Body of "create cost centre". The document does not say which fields are mandatory."""

    model_config = schema_config(lines=(367, 371))

    name: str = optional("Name of the cost centre.")
    type: int = optional("Type of the cost centre, as a number (the example shows 2).")


class CostCentreUpdate(BaseModel):
    """Body of "update cost centre". The document prints only the cost per minute."""

    model_config = schema_config(lines=(372, 375))

    kalk_min_kosten: DecimalString = optional(
        "Calculated cost per minute, decimal string. Spelled `kalk_min_kosten` here but "
        "`kalkMinKosten` in responses.",
        json_schema_extra=field_extras(quirks=[_KALK_MIN_KOSTEN_QUIRK]),
    )
