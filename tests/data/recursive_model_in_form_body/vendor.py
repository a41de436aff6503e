from pydantic import BaseModel, Field

from generator.describe import FORM, RequestBody, schema_config
from tests.data.acme_base import operation, vendor


class Folder(BaseModel):
    model_config = schema_config(lines=(42, 50))
    name: str = Field(description="Folder name.")
    children: list["Folder"] = Field(default_factory=list, description="Sub-folders.")


VENDOR = vendor(
    operations=[
        operation(method="post", request_body=RequestBody(model=Folder, media_types=[FORM]))
    ]
)
