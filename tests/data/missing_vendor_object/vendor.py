from tests.data.acme_base import vendor

ACME = vendor()
