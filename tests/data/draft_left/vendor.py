from tests.data.acme_base import operation, vendor

VENDOR = vendor(operations=[operation(draft="read lines 33-40: summary, parameters, responses")])
