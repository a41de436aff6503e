from generator.describe import XML, RequestBody, XmlObject
from tests.data.acme_base import Widget, operation, vendor

VENDOR = vendor(
    operations=[
        operation(
            method="put",
            request_body=RequestBody(model=Widget, media_models={XML: XmlObject}),
        )
    ]
)
