from pydantic import BaseModel, Field

from generator.describe import Response, schema_config
from tests.data.acme_base import operation, vendor


class Widget(BaseModel):  # the same class name as acme_base.Widget: one component, two models
    model_config = schema_config(lines=(11, 17))
    other: str = Field(description="Another field.")


VENDOR = vendor(
    operations=[
        operation(
            responses=[
                *operation().responses[:1],
                Response(status=404, description="missing", model=Widget),
            ]
        )
    ]
)
