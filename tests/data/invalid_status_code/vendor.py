from generator.describe import Response
from tests.data.acme_base import operation, vendor

VENDOR = vendor(operations=[operation(responses=[Response(status=600, description="odd")])])
