from tests.data.acme_base import operation, parameter, vendor

VENDOR = vendor(
    operations=[
        operation(
            parameters=[
                parameter(),
                parameter(name="q", location="query", required=False),
                parameter(name="q", location="query", required=False),
            ]
        )
    ]
)
