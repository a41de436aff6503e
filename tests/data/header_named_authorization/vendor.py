from tests.data.acme_base import operation, parameter, vendor

VENDOR = vendor(
    operations=[
        operation(
            parameters=[
                parameter(),
                parameter(name="Authorization", location="header", required=False),
            ]
        )
    ]
)
