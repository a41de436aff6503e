from generator.describe import Original
from tests.data.acme_base import operation, vendor

VENDOR = vendor(operations=[operation(original=Original(summary="Ein Widget finden"))])
