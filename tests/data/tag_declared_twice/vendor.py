from generator.describe import Tag
from tests.data.acme_base import vendor

VENDOR = vendor(tags=[Tag(name="Widgets", description="a"), Tag(name="Widgets", description="b")])
