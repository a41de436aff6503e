from generator.describe import Server, ServerVariable
from tests.data.acme_base import vendor

VENDOR = vendor(
    servers=[
        Server(
            url="https://{region}.acme.example", variables={"region": ServerVariable(enum=["eu"])}
        )
    ]
)
