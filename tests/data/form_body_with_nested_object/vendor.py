from pydantic import BaseModel, Field

from generator.describe import FORM, RequestBody, schema_config
from tests.data.acme_base import Widget, operation, vendor


class Order(BaseModel):
    model_config = schema_config(lines=(42, 50))
    widget: Widget = Field(description="The widget ordered.")


VENDOR = vendor(
    operations=[operation(method="post", request_body=RequestBody(model=Order, media_types=[FORM]))]
)
