from generator.describe import Example, Response
from tests.data.acme_base import operation, vendor

ex = Example(name="gone", summary="Gone", lines=(36, 40), value={})
VENDOR = vendor(
    operations=[operation(responses=[Response(status=204, description="deleted", examples=[ex])])]
)
