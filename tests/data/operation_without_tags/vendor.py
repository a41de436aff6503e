from tests.data.acme_base import operation, vendor

VENDOR = vendor(operations=[operation(tags=[])])
