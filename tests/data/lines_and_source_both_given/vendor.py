from generator.describe import Response, Source
from tests.data.acme_base import operation, vendor

VENDOR = vendor(
    operations=[
        operation(
            responses=[
                Response(status=200, description="ok", lines=245, source=Source(lines=(245, 262)))
            ]
        )
    ]
)
