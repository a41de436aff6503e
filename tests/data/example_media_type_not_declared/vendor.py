from generator.describe import XML, Example, Response
from tests.data.acme_base import Widget, operation, vendor

xml = Example(name="xml", summary="XML", lines=(36, 40), value="<w/>", media_type=XML)
VENDOR = vendor(
    operations=[
        operation(responses=[Response(status=200, description="ok", model=Widget, examples=[xml])])
    ]
)
