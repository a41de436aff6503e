from generator.describe import Example, Response
from tests.data.acme_base import Widget, operation, vendor

one = Example(name="same", summary="One", lines=(36, 40), value={"no": 1})
VENDOR = vendor(
    operations=[
        operation(
            responses=[Response(status=200, description="ok", model=Widget, examples=[one, one])]
        )
    ]
)
