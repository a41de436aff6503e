"""HELIUM V ERP: the OrderApi resource (heliumv-orderapi.de.txt, German)."""

from generator.describe import (
    Collection,
    Original,
    Quirk,
    SecurityScheme,
    Server,
    ServerVariable,
    Tag,
    Vendor,
)
from specs.heliumv.operations import OPERATIONS

VENDOR = Vendor(
    key="heliumv",
    title="HELIUM V ERP: OrderApi",
    version="v1",
    document="heliumv-orderapi.de.txt",
    language="de",
    description=(
        "The OrderApi resource of the HELIUM V ERP REST API: list and filter orders (Aufträge), "
        "read their comments, delivery status and positions, fetch order data for offline "
        "work, activate orders, add, change, delete and sort positions, upload documents and "
        "exchange settlements of hours. Every call carries the token obtained at logon, as the "
        "`userid` query parameter or, where documented, the `hvtoken` header (POST "
        "settlementofhours: the body's `userId`). The source "
        "document is the generated (German) REST reference of the OrderApi; the logon call, "
        "the server address, the error responses and the success statuses the server really "
        "sends come from the open-source server (hardwaremaker/restapi) and are marked "
        "x-inferred with the file they come from."
    ),
    lines=(1, 1136),
    servers=[
        Server(
            url="{scheme}://{host}:{port}/restapi/services/rest",
            description="A HELIUM V installation (on premise).",
            variables={
                "scheme": ServerVariable(
                    default="http",
                    enum=["http", "https"],
                    description="Protocol of the installation.",
                ),
                "host": ServerVariable(
                    default="localhost", description="Host name of the HELIUM V server."
                ),
                "port": ServerVariable(
                    default="8280",
                    description="Port of the REST API (installation specific; 8280 is a "
                    "placeholder).",
                ),
            },
            inferred="the document prints paths only; the server is a web application "
            "`restapi` whose CXF servlet is mapped to /services/* with the JAX-RS server at "
            "/rest (hardwaremaker/restapi WebContent/WEB-INF/web.xml, "
            "WebContent/WEB-INF/cxf-beans.xml, TomcatContent/tomcat/conf/Catalina/localhost/"
            "restapi.xml); host, scheme and port depend on the installation (8280 is a "
            "placeholder default, not stated by any source)",
        )
    ],
    security_schemes=[
        SecurityScheme(
            key="userid",
            type="apiKey",
            name="userid",
            location="query",
            lines=(17, 17),
            description=(
                'Is the "token" determined at logon (returned by POST /api/v1/logon/), sent as '
                "the `userid` query parameter on every operation whose table lists `userid`."
            ),
            original=Original(description='ist der beim Logon ermittelte "token"'),
            quirks=[
                Quirk(
                    lines=(820, 820),
                    text="GET settlementofhours lists `userid` without "
                    "a description; POST settlementofhours does not list it at all (the server "
                    "takes the token from that body's `userId` instead).",
                )
            ],
        ),
        SecurityScheme(
            key="hvtoken",
            type="apiKey",
            name="hvtoken",
            location="header",
            lines=(72, 72),
            description=(
                "Is the token determined at logon, sent as the `hvtoken` header; listed on GET "
                "order/comments, order/deliverable and order/offline beside `userid` (on "
                "order/offline marked '(optional)', line 195)."
            ),
            original=Original(description="ist der beim Logon ermittelte Token"),
        ),
    ],
    security=[{"userid": []}],
    tags=[
        Tag(
            name="Order",
            description="The OrderApi resource: orders and their positions.",
            lines=(1, 1),
        ),
        Tag(
            name="Logon",
            description="Logging on to get the token (HELIUM V UserApi; "
            "inferred, not in the OrderApi document).",
        ),
    ],
    collections=[
        Collection(
            name="orders",
            path="/api/v1/order",
            id="id",
            lines=(3, 62),
            inferred="List only: the document shows no write at this path; declared so that "
            "the mock pages a dataset of orders.",
        ),
        Collection(
            name="positions",
            path="/api/v1/order/position",
            item="/api/v1/order/position/{positionid}",
            id="id",
            lines=(371, 445),
            inferred='The position to delete ({positionid}, "die zu entfernende '
            'AuftragspositionId", line 429) is taken to be the `id` the positions list answers '
            "(the server's OrderpositionEntryTransformer sets `id` from the position's key, "
            "hardwaremaker/restapi). The creates of positions (under an order) answer a "
            "CreatedOrderPositionEntry, not a position, and are not declared. The list's `limit` "
            "and `startIndex` count orders (lines 383-384); the mock lists every position.",
        ),
    ],
    operations=OPERATIONS,
)
