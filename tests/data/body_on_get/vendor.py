from generator.describe import RequestBody
from tests.data.acme_base import Widget, operation, vendor

VENDOR = vendor(operations=[operation(request_body=RequestBody(model=Widget))])
