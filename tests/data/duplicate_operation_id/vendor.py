from tests.data.acme_base import operation, vendor

VENDOR = vendor(
    operations=[operation(), operation(method="delete", responses=operation().responses[1:])]
)
