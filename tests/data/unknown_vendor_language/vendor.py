from tests.data.acme_base import vendor

VENDOR = vendor(language="german")
