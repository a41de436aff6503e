from generator.describe import Resource, Response
from tests.data.acme_base import vendor

WIDGETS = Resource(tags=["Widgets"])

VENDOR = vendor(
    operations=[
        WIDGETS.get(
            path="/v1/widget",
            operation_id="listWidgets",
            summary="List widgets",
            lines=(117, 215),
            response=[Response(status=200, description="The widgets.")],
        )
    ]
)
