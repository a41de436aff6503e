from tests.data.acme_base import operation, vendor

VENDOR = vendor(operations=[operation(path="/v1/widget/{no}/{part}")])
