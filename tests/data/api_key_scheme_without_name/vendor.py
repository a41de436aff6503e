from generator.describe import SecurityScheme
from tests.data.acme_base import vendor

VENDOR = vendor(
    security_schemes=[
        SecurityScheme(key="bearer", type="apiKey", location="header", description="key")
    ]
)
