from tests.data.acme_base import Sort, operation, parameter, vendor

VENDOR = vendor(
    operations=[
        operation(
            parameters=[
                parameter(),
                parameter(name="sort", location="query", required=False, type=Sort, default="up"),
            ]
        )
    ]
)
