from generator.describe import Source
from tests.data.acme_base import operation, vendor

VENDOR = vendor(operations=[operation(source=Source(lines=(40, 60)))])
