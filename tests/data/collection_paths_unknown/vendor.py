from generator.describe import Collection
from tests.data.acme_base import vendor

VENDOR = vendor(
    collections=[
        Collection(
            name="widgets",
            path="/v1/gadget",
            create=["/v1/widget/{no}"],
            item="/v1/widget/{no}/{part}",
            id="no",
            lines=(1, 2),
        )
    ]
)
