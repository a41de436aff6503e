from generator.describe import Response
from tests.data.acme_base import operation, parameter, vendor

delete = operation(
    method="delete",
    path="/v1/widget/{id}",
    operation_id="deleteWidget",
    parameters=[parameter(name="id")],
    responses=[Response(status=204, description="deleted")],
)
VENDOR = vendor(operations=[operation(), delete])
