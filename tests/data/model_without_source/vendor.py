from pydantic import BaseModel, Field

from generator.describe import Response
from tests.data.acme_base import operation, vendor


class Gadget(BaseModel):
    name: str = Field(description="A name.")


VENDOR = vendor(
    operations=[operation(responses=[Response(status=200, description="ok", model=Gadget)])]
)
