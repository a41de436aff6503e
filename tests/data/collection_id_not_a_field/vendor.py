from generator.describe import Collection
from tests.data.acme import VENDOR as ACME
from tests.data.acme_base import vendor

VENDOR = vendor(
    operations=ACME.operations,
    collections=[
        Collection(name="widgets", path="/v1/widget", item="/v1/widget/{no}", id="serial", lines=1)
    ],
)
