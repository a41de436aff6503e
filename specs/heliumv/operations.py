"""HELIUM V OrderApi: the 18 documented operations, in document order, plus the inferred logon.

The token parameters of the document (`userid` query, `hvtoken` header) are security schemes
(see ``__init__.py``), applied per operation as each parameter table lists them; they are not
repeated as ordinary parameters.
"""

from typing import Literal

from generator.describe import (
    JSON,
    Example,
    Header,
    Logon,
    Operation,
    Original,
    Paging,
    Parameter,
    Quirk,
    RequestBody,
    Resource,
    Response,
    XmlObject,
)
from specs.heliumv.models import (
    CreatedOrderPositionEntry,
    CreateOrderItemPositionEntry,
    CreateOrderManualItemPositionEntry,
    CreateOrderTextblockPositionEntry,
    CreateOrderTextPositionEntry,
    DeliverableOrderEntry,
    Int32,
    Int64,
    LoggedOnEntry,
    LogonEntry,
    MultipartBody,
    OfflineOrderEntry,
    OrderActivationEntry,
    OrderComments,
    OrderEntry,
    OrderpositionEntry,
    OrderpositionsEntry,
    OrderSortedEntry,
    SettlementOfHoursEntry,
    SettlementOfHoursSignatureEntry,
)

#: The XML media type the document lists beside JSON on every body ("object").
XML_UTF8 = "application/xml;charset=UTF-8"
BOTH = [JSON, XML_UTF8]
#: ... whose data type is only "object" (e.g. line 21): no schema is given for the XML.
XML_AS_OBJECT = {XML_UTF8: XmlObject}


#: Where the parameter table lists the `hvtoken` header beside `userid` (the vendor's default).
HVTOKEN_OR_USERID: list[dict[str, list[str]]] = [{"hvtoken": []}, {"userid": []}]


# --- Errors (inferred: the document prints none) ---------------------------------------------------
#
# The server is open source (hardwaremaker/restapi). Every error status below is one its code
# sends for the operation; the reasons name the file. The document prints no error at all.

_SRC_API = "hardwaremaker/restapi src/com/heliumv/api/order/OrderApi.java"
_SRC_BASE = "hardwaremaker/restapi src/com/heliumv/api/BaseApi.java"
_SRC_USER = "hardwaremaker/restapi src/com/heliumv/api/user/UserApi.java"
_BODY_REQUIRED = (
    "the document does not say whether the body is required; the server answers 400 without "
    "it ({check}) (" + _SRC_API + ")"
)

_ERROR_REASON = {
    400: "the document prints no error responses; the server answers 400 when the token is "
    'missing (BaseApi.verifyConnectParams: respondBadRequestValueMissing("userid"), also when '
    "the request is longer than the call allows), when a required value is missing or invalid "
    "(HvValidateBadRequest → HvValidationValueMissing / HvValidationValueIsInvalid) and for an "
    "EJBExceptionLP of the ERP server (HvEJBExceptionLPExceptionMapper) (" + _SRC_BASE + "; "
    "src/com/heliumv/api/HvValidationValueMissing.java; "
    "src/com/heliumv/api/HvEJBExceptionLPExceptionMapper.java)",
    401: "the document prints no error responses; the server answers 401 when the token is not "
    "a logged-on user (BaseApi.connectClientWithServer: respondUnauthorized) (" + _SRC_BASE + ")",
    404: "the document prints no error responses; the server answers 404 when the tenant has no "
    "order module (respondNotFound), when the order, position, item or text block does not "
    "exist or belongs to another tenant (respondNotFound, HvValidateNotFound, "
    "HvEJBExceptionLPExceptionMapper for FEHLER_FALSCHER_MANDANT) (" + _SRC_API + ")",
    417: "the document prints no error responses; the server answers 417 with "
    "x-hv-error-code 8 when the order is not in the status the call needs "
    "(respondExpectationFailed(EJBExceptionLP.FEHLER_STATUS)) (" + _SRC_API + ")",
    500: "the document prints no error responses; the server answers 500 for a RemoteException "
    "or NamingException of the ERP server (BaseApi.respondUnavailable) and for any other "
    "exception (HvThrowableExceptionMapper) (" + _SRC_BASE + "; "
    "src/com/heliumv/api/HvThrowableExceptionMapper.java)",
}

_ERROR_TEXT = {
    400: "A value is missing or invalid: no token (`x-hv-error-key: userid`, "
    "`x-hv-error-value: {empty}`), a missing or invalid parameter or body field, or an error of "
    "the ERP server (`x-hv-error-code` 5); see the x-hv-error-* headers.",
    401: "The token is unknown or expired (log on again).",
    404: "Not found: the order module is not licensed, or the order, position or other "
    "referenced object does not exist for this tenant; see the x-hv-error-* headers.",
    417: "The order is not in the status the call needs (e.g. ANGELEGT); `x-hv-error-code` 8.",
    500: "Server error; see the x-hv-error-* headers.",
}


def _error_headers() -> list[Header]:
    return [
        Header(
            name="x-hv-error-code",
            description="HELIUM V error code (BaseApi.HvErrorCode): 1 remote exception, 2 naming "
            "exception, 3 unprocessable entity, 4 unknown entity, 5 EJB exception, 6 client "
            "protocol exception, 7 IO exception, 8 expectation failed, 9 validation failed, "
            "10 other exception.",
        ),
        Header(
            name="x-hv-error-code-extended",
            description="Extended error code: the code of the failed ERP server call.",
        ),
        Header(
            name="x-hv-error-description",
            description="Error message of the failed ERP server call.",
        ),
        Header(
            name="x-hv-error-key",
            description="Name of the parameter or field that holds the error.",
        ),
        Header(
            name="x-hv-error-value",
            description="The faulty value (`{empty}` when it is missing).",
        ),
    ]


def _error(status: int) -> Response:
    """An error response the server sends (inferred, with the source file)."""
    return Response(
        status=status,
        description=_ERROR_TEXT[status],
        headers=_error_headers(),
        inferred=_ERROR_REASON[status],
    )


#: 417 where the call checks the order's status (400, 401, 404 and 500: every OrderApi call).
EXPECTATION_FAILED = _error(417)


def server_status(status: int, *, documented: int, lines: int, model: object = None) -> Response:
    """The success status the server really sends, beside the one the document prints."""
    if model is None:
        return Response(
            status=status,
            description="Done: the server sends " + str(status) + " (the method returns nothing).",
            inferred="the document prints `" + str(documented) + "` (line " + str(lines) + "), "
            "the stock status of its generator; the server method returns void, which JAX-RS "
            "answers with 204 No Content (" + _SRC_API + ")",
        )
    return Response(
        status=status,
        description="The same entry, with the status the server sends.",
        model=model,
        inferred="the document prints `" + str(documented) + "` (line " + str(lines) + "), the "
        "stock status of its generator; the server method returns the entry, which JAX-RS "
        "answers with 200 OK (" + _SRC_API + ")",
    )


def _stock_status_quirk(lines: int, status_text: str, server: int) -> Quirk:
    return Quirk(
        lines=lines,
        text="The example answers `"
        + status_text
        + "`; the server ("
        + _SRC_API
        + ") answers "
        + str(server)
        + ". Both statuses are described so that a client accepts the real answer.",
    )


# --- Shared parameters ------------------------------------------------------------------------------

_REPR_DE = (
    "sofern angegeben, das/die zu filternde Kurzzeichen des Vertreters. Es können mehrere "
    "Kurzzeichen angegeben werden, wenn diese durch , (Komma) voneinander getrennt werden. "
    "Beispiel: abc oder ab,cd"
)
_REPR_EN = (
    "If given, the short sign(s) of the sales representative to filter by. Several signs may "
    "be given, separated by `,` (comma). Example: `abc` or `ab,cd`."
)


def _de(text: str) -> Original:
    return Original(description=text)


def p_filter_cnr(line: int) -> Parameter:
    return Parameter(
        name="filter_cnr",
        location="query",
        type=str,
        lines=line,
        description="The order number to filter by.",
        original=_de("die zu filternde Auftragsnummer"),
    )


def p_filter_customer(line: int, *, de: str, en: str) -> Parameter:
    return Parameter(
        name="filter_customer",
        location="query",
        type=str,
        lines=line,
        description=en,
        original=_de(de),
    )


def p_filter_myopen(line: int) -> Parameter:
    return Parameter(
        name="filter_myopen",
        location="query",
        type=bool,
        lines=line,
        description="A boolean filter. The document gives only the type, no description.",
        quirks=[
            Quirk(
                lines=line,
                text="`filter_myopen` is listed with its type (boolean) only, without a "
                "description; the server passes it to AuftragQuery.getFilterMyOpen "
                "(hardwaremaker/restapi src/com/heliumv/api/order/OrderService.java).",
            )
        ],
    )


def p_filter_project(line: int) -> Parameter:
    return Parameter(
        name="filter_project",
        location="query",
        type=str,
        lines=line,
        description="The project name of the order to filter by.",
        original=_de("der zu filternde Projektname des Auftrags"),
    )


def p_filter_repr(line: int) -> Parameter:
    return Parameter(
        name="filter_representativeSign",
        location="query",
        type=str,
        lines=line,
        description=_REPR_EN,
        original=_de(_REPR_DE),
    )


def p_filter_hidden(line: int) -> Parameter:
    return Parameter(
        name="filter_withHidden",
        location="query",
        type=bool,
        lines=line,
        description="With true, hidden orders are returned as well.",
        original=_de("mit true werden auch versteckte Aufträge geliefert"),
    )


def p_limit(line: int, *, de: str, en: str, default: int | None = None) -> Parameter:
    if default is None:
        return Parameter(
            name="limit",
            location="query",
            type=Int32,
            lines=line,
            description=en,
            original=_de(de),
        )
    return Parameter(
        name="limit",
        location="query",
        type=Int32,
        lines=line,
        description=en,
        original=_de(de),
        default=default,
    )


def p_start(line: int, *, de: str, en: str) -> Parameter:
    return Parameter(
        name="startIndex",
        location="query",
        type=Int32,
        lines=line,
        description=en,
        original=_de(de),
    )


def p_orderid(line: int, *, de: str, en: str) -> Parameter:
    return Parameter(
        name="orderid",
        location="path",
        required=True,
        type=Int32,
        lines=line,
        description=en,
        original=_de(de),
    )


def p_positionid(line: int, *, de: str, en: str) -> Parameter:
    return Parameter(
        name="positionid",
        location="path",
        required=True,
        type=Int32,
        lines=line,
        description=en,
        original=_de(de),
    )


_ORDER_ID_DE = "ist die Id des Auftrags"
_ORDER_ID_EN = "Id of the order."


# --- Created-position responses ----------------------------------------------------------------------


def created_position(
    status: int, *, de: str, en: str, lines: tuple[int, int], quirks: list[Quirk] | None = None
) -> Response:
    return Response(
        status=status,
        description=en,
        original=_de(de),
        model=CreatedOrderPositionEntry,
        quirks=quirks or [],
        examples=[
            Example(
                name="created_position",
                summary="The position",
                lines=lines,
                value={
                    "orderId": 12345,
                    "orderCnr": "...",
                    "orderPositionId": 12345,
                    "amount": 12345.0,
                },
            )
        ],
    )


_ITEM_POSITION_EXAMPLE = {
    "itemId": 12345,
    "amount": 12345.0,
    "itemCnr": "...",
    "costBearingUnitId": 12345,
}
_MANUAL_POSITION_EXAMPLE = {
    "description": "...",
    "description2": "...",
    "unitCnr": "...",
    "amount": 12345.0,
    "nettoPrice": 12345.0,
    "costBearingUnitId": 12345,
    "taxDescriptionId": 12345,
}
_ORDER_EXAMPLE = {
    "cnr": "...",
    "orderType": "...",
    "projectName": "...",
    "orderState": "...",
    "customerName": "...",
    "customerAddress": "...",
    "customerPartnerId": 12345,
    "customerContactId": 12345,
    "deliveryPartnerId": 12345,
    "deliveryContactId": 12345,
    "internalComment": True,
    "externalComment": True,
    "deliveryDateMs": 12345,
    "internalCommentText": "...",
    "externalCommentText": "...",
    "customerId": 12345,
    "customerIdInvoiceAddress": 12345,
    "customerIdDeliveryAddress": 12345,
    "representativeSign": "...",
    "id": 12345,
}
_DELIVERY_POSITION_EXAMPLE = {
    "itemCnr": "...",
    "itemId": 12345,
    "description": "...",
    "amount": 12345.0,
    "openAmount": 12345.0,
    "unitCnr": "...",
    "status": "...",
    "itemProperty": "NOIDENTIY",
    "itemIdentity": {},
    "stockinfoEntry": {},
    "id": 12345,
}
_OFFLINE_POSITION_EXAMPLE = {
    "orderId": 12345,
    "positionNr": 12345,
    "amount": 12345.0,
    "unitCnr": "...",
    "itemCnr": "...",
    "description": "...",
    "price": 12345.0,
    "status": "...",
    "id": 12345,
}
_ADDRESS_EXAMPLE = {
    "partnerId": 12345,
    "lines": ["...", "..."],
    "salutation": "...",
    "titel": "...",
    "titelSuffix": "...",
    "name1Lastname": "...",
    "name2Firstname": "...",
    "name3Department": "...",
    "postofficeBox": "...",
    "street": "...",
    "countryCode": "...",
    "zipcode": "...",
    "city": "...",
    "email": "...",
    "phone": "...",
    "id": 12345,
}
_PARAMS_PROPS = {"property1": "...", "property2": "..."}
_MEDIA_TYPE = {
    "type": "...",
    "wildcardSubtype": True,
    "parameters": _PARAMS_PROPS,
    "wildcardType": True,
    "subtype": "...",
}
_ATTACHMENT = {
    "contentDisposition": {"type": "...", "parameters": _PARAMS_PROPS},
    "object": {},
    "contentType": _MEDIA_TYPE,
    "contentId": "...",
    "dataHandler": "...",
    "headers": {"property1": ["...", "..."], "property2": ["...", "..."]},
}

_ANGELEGT_DE = "Der Auftrag muss im Status ANGELEGT sein."
_ANGELEGT_EN = "The order must be in status ANGELEGT (created)."

#: Every OrderApi call: tag Order, JSON or XML ("object") bodies, the errors the server sends;
#: the token is the vendor's default (`userid`) unless the call lists `hvtoken` too.
ORDER_API = Resource(
    tags=["Order"],
    client_group="orders",
    media_types=BOTH,
    media_models=XML_AS_OBJECT,
    errors=[_error(400), _error(401), _error(404), _error(500)],
)

_ORDERID_QUIRK_68 = Quirk(
    lines=68,
    text="The text says `orderId` where the parameter is `orderid` (lines 76, 116).",
)


OPERATIONS: list[Operation] = [
    # -------------------------------------------------------------------------------- 3-62
    ORDER_API.get(
        path="/api/v1/order",
        operation_id="getOrders",
        client_method="list",
        paging=Paging(style="offset", cursor="startIndex", size="limit"),
        summary="List the orders that match the filter",
        description="Returns a (possibly empty) list of every order that matches the filter "
        "criteria, paged with `limit` and `startIndex`.",
        original=Original(
            summary="Eine Liste aller Aufträge liefern, die den Filterkriterien entsprechen",
        ),
        lines=(3, 62),
        parameters=[
            p_filter_cnr(9),
            p_filter_customer(
                10, de="der zu filternde Kundenname", en="The customer name to filter by."
            ),
            p_filter_myopen(11),
            p_filter_project(12),
            p_filter_repr(13),
            p_filter_hidden(14),
            p_limit(
                15,
                de="die maximale Anzahl von Einträgen die ermittelt werden sollen",
                en="The maximum number of entries to return.",
            ),
            p_start(16, de="der StartIndex", en="The start index."),
        ],
        responses=[
            Response(
                status=200,
                model=list[OrderEntry],
                description="A (possibly empty) list of every order matching the filter.",
                original=_de(
                    "eine (leere) List aller Aufträge, die den Filterkriterien entsprechen"
                ),
                examples=[
                    Example(
                        name="orders",
                        summary="A list of orders",
                        lines=(39, 60),
                        value=[_ORDER_EXAMPLE],
                    )
                ],
            ),
        ],
    ),
    # -------------------------------------------------------------------------------- 64-106
    ORDER_API.get(
        path="/api/v1/order/comments",
        operation_id="getOrderComments",
        client_method="get_comments",
        summary="Get the comments of an order",
        description="Returns the internal and/or external comment of an order. One of the "
        "parameters `orderid` or `orderCnr` must be given.",
        original=Original(
            summary="Die Auftragskommentare ermitteln",
            description="Einer der Parameter orderId oder orderCnr muss angegeben werden.",
        ),
        lines=(64, 106),
        security=HVTOKEN_OR_USERID,
        quirks=[_ORDERID_QUIRK_68],
        parameters=[
            Parameter(
                name="addExternalComment",
                location="query",
                type=bool,
                default=True,
                lines=73,
                description="When true or not given, the external comment is returned.",
                original=_de("wenn true oder nicht angegeben wird der externe Kommentar ermittelt"),
            ),
            Parameter(
                name="addInternalComment",
                location="query",
                type=bool,
                default=True,
                lines=74,
                description="When true or not given, the internal comment is returned.",
                original=_de("wenn true oder nicht angegeben wird der interne Kommentar ermittelt"),
            ),
            Parameter(
                name="orderCnr",
                location="query",
                type=str,
                lines=75,
                description="The (optional) order number. Give `orderid` or `orderCnr`.",
                original=_de("ist die (optionale) Auftragsnummer"),
            ),
            Parameter(
                name="orderid",
                location="query",
                type=Int32,
                lines=76,
                description="The (optional) id of the order. Give `orderid` or `orderCnr`.",
                original=_de("ist die (optionale) Id des Auftrags"),
                quirks=[_ORDERID_QUIRK_68],
            ),
        ],
        responses=[
            Response(
                status=200,
                model=OrderComments,
                description="The comments of the order.",
                examples=[
                    Example(
                        name="comments",
                        summary="The comments",
                        lines=(100, 104),
                        value={"internalComment": "...", "externalComment": "...", "id": 12345},
                    )
                ],
            ),
        ],
    ),
    # -------------------------------------------------------------------------------- 108-185
    ORDER_API.get(
        path="/api/v1/order/deliverable",
        operation_id="getDeliverableOrder",
        client_method="get_delivery_status",
        summary="Get the delivery status of an order",
        description='Determines the "delivery status" (Lieferstatus) of an order. `orderid` takes '
        "priority over `orderCnr` when both are given.",
        original=Original(summary='Ermittelt den "Lieferstatus" eines Auftrags'),
        lines=(108, 185),
        security=HVTOKEN_OR_USERID,
        parameters=[
            Parameter(
                name="orderCnr",
                location="query",
                type=str,
                lines=115,
                description="The (optional) order number.",
                original=_de("ist die (optionale) Auftragsnummer."),
            ),
            Parameter(
                name="orderid",
                location="query",
                type=Int32,
                lines=116,
                description="The (optional) id of the order. When `orderCnr` is given too, "
                "`orderid` takes priority.",
                original=_de(
                    "ist die (optionale) Id des Auftrags. Ist auch die orderCnr "
                    "angegeben, hat die orderId Priorität"
                ),
                quirks=[
                    Quirk(
                        lines=116,
                        text="The description names `orderId`; the parameter is `orderid`.",
                    )
                ],
            ),
        ],
        responses=[
            Response(
                status=200,
                model=DeliverableOrderEntry,
                description="The status of a deliverable order.",
                original=_de("den Status eines lieferbaren Auftrags"),
                examples=[
                    Example(
                        name="deliverable_order",
                        summary="Delivery status of an order",
                        lines=(140, 183),
                        value={
                            "cnr": "...",
                            "deliverable": True,
                            "status": "DONE",
                            "deliveryEntries": {
                                "entries": [
                                    {"deliveryCnr": "...", "status": "CLEARED", "id": 12345},
                                    {"deliveryCnr": "...", "status": "CANCELLED", "id": 12345},
                                ]
                            },
                            "positionEntries": {
                                "entries": [
                                    _DELIVERY_POSITION_EXAMPLE,
                                    _DELIVERY_POSITION_EXAMPLE,
                                ]
                            },
                            "id": 12345,
                        },
                    )
                ],
            ),
            EXPECTATION_FAILED,
        ],
    ),
    # -------------------------------------------------------------------------------- 187-369
    ORDER_API.get(
        path="/api/v1/order/offline",
        operation_id="getOfflineOrders",
        client_method="list_offline",
        summary="Get order data for offline processing",
        description="Returns every order matching the criteria, plus the positions of these "
        "orders and their different delivery addresses, for later offline processing.",
        original=Original(
            summary="Liefert die Auftragsdaten für eine spätere Offline-Verarbeitung",
            description="Es werden sämtliche den Kritieren entsprechenden Aufträge geliefert. "
            "Zusätzlich die Positionen für dieser Aufträge und die unterschiedlichen "
            "Lieferadressen.",
        ),
        lines=(187, 369),
        security=HVTOKEN_OR_USERID,
        quirks=[
            Quirk(
                lines=195,
                text="The `hvtoken` header is marked '(optional)' here "
                "only; `userid` is listed as well, so either carries the token.",
            )
        ],
        parameters=[
            p_filter_cnr(196),
            p_filter_customer(
                197,
                de="der zu filternde Kundenname des Auftraggebers",
                en="The name of the ordering customer to filter by.",
            ),
            Parameter(
                name="filter_delivery_customer",
                location="query",
                type=str,
                lines=198,
                description="The name of the receiving customer to filter by.",
                original=_de("der zu filternde Kundename des Empfängers"),
            ),
            p_filter_project(199),
            p_filter_repr(200),
            p_filter_hidden(201),
            p_limit(
                202,
                de="die maximale Anzahl von zu liefernden Aufträgen",
                en="The maximum number of orders to return.",
            ),
            p_start(203, de="der Startindex der Aufträge", en="The start index of the orders."),
        ],
        responses=[
            Response(
                status=200,
                model=OfflineOrderEntry,
                description="A list of OfflineOrderEntry (as the document says; the data type "
                "and the example are one OfflineOrderEntry object, see x-quirks).",
                original=_de("eine Liste von OfflineOrderEntry"),
                quirks=[
                    Quirk(
                        lines=(207, 227),
                        text="Described as 'a list of "
                        "OfflineOrderEntry', but the data type is OfflineOrderEntry "
                        "(not 'array of') and the example is one object.",
                    )
                ],
                examples=[
                    Example(
                        name="offline_orders",
                        summary="Orders, positions and addresses",
                        lines=(227, 367),
                        value={
                            "orders": [_ORDER_EXAMPLE, _ORDER_EXAMPLE],
                            "orderpositions": [
                                _OFFLINE_POSITION_EXAMPLE,
                                _OFFLINE_POSITION_EXAMPLE,
                            ],
                            "addresses": [
                                {
                                    "partnerAddress": _ADDRESS_EXAMPLE,
                                    "contactAddress": _ADDRESS_EXAMPLE,
                                },
                                {
                                    "partnerAddress": _ADDRESS_EXAMPLE,
                                    "contactAddress": _ADDRESS_EXAMPLE,
                                },
                            ],
                        },
                    )
                ],
            ),
        ],
    ),
    # -------------------------------------------------------------------------------- 371-419
    ORDER_API.get(
        path="/api/v1/order/position",
        operation_id="getOrdersPositions",
        client_method="list_positions_by_filter",
        # No paging=: limit and startIndex count orders, not positions (lines 383-384), so a
        # walk that advances startIndex by the positions received would skip or repeat orders.
        summary="List the positions of the orders that match the filter",
        description="Returns the positions of every order that matches the filter criteria. "
        "`limit` and `startIndex` count orders, not positions (lines 383-384): a page holds "
        "every position of up to `limit` orders.",
        original=Original(
            summary="Eine Liste aller Positionen die den Filterkriterien für Aufträge "
            "entsprechen ermitteln",
        ),
        lines=(371, 419),
        parameters=[
            p_filter_cnr(377),
            p_filter_customer(
                378, de="der zu filternde Kundenname", en="The customer name to filter by."
            ),
            p_filter_myopen(379),
            p_filter_project(380),
            p_filter_repr(381),
            p_filter_hidden(382),
            p_limit(
                383,
                de="die maximale Anzahl von zu liefernden Aufträgen",
                en="The maximum number of orders to return.",
            ),
            p_start(384, de="der Startindex der Aufträge", en="The start index of the orders."),
        ],
        responses=[
            Response(
                status=200,
                model=list[OrderpositionsEntry],
                description="A list of order positions.",
                original=_de("eine Liste von OrderpositionsEntry"),
                examples=[
                    Example(
                        name="positions",
                        summary="A list of positions",
                        lines=(407, 417),
                        value=[_OFFLINE_POSITION_EXAMPLE],
                    )
                ],
            ),
        ],
    ),
    # -------------------------------------------------------------------------------- 421-445
    ORDER_API.delete(
        path="/api/v1/order/position/{positionid}",
        operation_id="deleteOrderPosition",
        client_method="delete_position",
        summary="Delete an order position",
        description="Deletes the given order position. " + _ANGELEGT_EN,
        original=Original(
            summary="Die angegebene Auftragsposition löschen", description=_ANGELEGT_DE
        ),
        lines=(421, 445),
        parameters=[
            p_positionid(
                429,
                de="die zu entfernende AuftragspositionId",
                en="Id of the order position to delete.",
            ),
        ],
        responses=[
            Response(status=204, description="The position was deleted."),
            EXPECTATION_FAILED,
        ],
    ),
    # -------------------------------------------------------------------------------- 447-493
    ORDER_API.post(
        path="/api/v1/order/{orderid}/activate",
        operation_id="activateOrder",
        client_method="activate",
        summary="Activate an order",
        description="The order is fully calculated and its status set to OFFEN (open), where "
        "possible. The order must be in status ANGELEGT (created); the AUFTRAG_CUD right is "
        "needed. Make sure the order holds everything a printed order confirmation would need, "
        "e.g. prices in the positions, tax rates, terms. Activation runs a document check: "
        "depending on the parameters set, there can be various situations (zero prices in the "
        "position allowed, untaxed positions although tax is expected, a taxed position "
        "although untaxed positions are expected, ...) that abort the activation or leave "
        "entries in the OrderActivationEntry.",
        original=Original(
            summary="Einen Auftrag aktivieren",
            description="Der Auftrag wird vollständig durchgerechnet und der Status des "
            "Auftrags auf OFFEN gestellt, sofern dies möglich ist.\n\nDer Auftrag muss im "
            "Status ANGELEGT sein. Es wird das AUFTRAG_CUD Recht benötigt.\n\nBitte stellen "
            "Sie sicher, dass der Auftrag alle jene Informationen enthält, die bei einem "
            "etwaigen Druck der Auftragsbestätigung notwendig sind. Zum Beispiel Preise in den "
            "Positionen, Steuersätze, Konditionen usw.\n\nBeim Aktivieren wird eine "
            "Belegprüfung durchgeführt. Je nach gesetzten Parametern kann es verschiedenen "
            "Situation geben (Nullpreise in der Position erlaubt, steuerlose Positionen obwohl "
            "Steuer erwartet wird, steuerbehaftete Position obwohl steuerlose Positionen "
            "erwartet werden, ...) die zum Abbruch der Aktivierung führen, oder Einträge im "
            "OrderActivationEntry hinterlassen.",
        ),
        lines=(447, 493),
        parameters=[
            p_orderid(
                461,
                de="ist die Id des zu aktivierenden Auftrags",
                en="Id of the order to activate.",
            ),
            Parameter(
                name="verified",
                location="query",
                type=Literal[True],
                required=True,
                lines=463,
                description="Must be true for the function to run.",
                original=_de("muss true sein um die Funktion ausführen zu können"),
            ),
        ],
        responses=[
            Response(
                status=201,
                model=OrderActivationEntry,
                description="Information about the document check.",
                original=_de("Informationen zur Belegprüfung"),
                quirks=[_stock_status_quirk(482, "201 Created", 200)],
                examples=[
                    Example(
                        name="activation",
                        summary="Result of the document check",
                        lines=(486, 491),
                        value={
                            "calculationTimestampMs": 12345,
                            "customerExpectsVATorderHasNoneVATpositions": True,
                            "customerHasNoVATorderHasVATpositions": True,
                            "id": 12345,
                        },
                    )
                ],
            ),
            server_status(200, documented=201, lines=482, model=OrderActivationEntry),
            EXPECTATION_FAILED,
        ],
    ),
    # -------------------------------------------------------------------------------- 495-666
    ORDER_API.post(
        path="/api/v1/order/{orderid}/document",
        operation_id="createOrderDocument",
        client_method="upload_documents",
        summary="Upload documents to the order's document storage",
        description="Files documents in the document storage of an order. The maximum upload "
        "size is currently set to 500 KiB.",
        original=Original(
            summary="Legt Dateien in die Dokumentenablage eines Auftrags ab.",
            description="Die maximale Upload-Größe ist derzeit auf 500KiB gestellt",
        ),
        lines=(495, 666),
        parameters=[
            p_orderid(503, de="Id des Auftrags", en=_ORDER_ID_EN),
            Parameter(
                name="grouping",
                location="query",
                type=str,
                lines=504,
                description="The grouping (optional).",
                original=_de("ist die Gruppierung (optional)"),
            ),
            Parameter(
                name="keywords",
                location="query",
                type=str,
                lines=505,
                description="The keywords of the document (optional).",
                original=_de("sind die Schlagworte des Dokuments (optional)"),
            ),
            Parameter(
                name="securitylevel",
                location="query",
                type=Int64,
                lines=506,
                description="The security level (optional).",
                original=_de("ist die Sicherheitsstufe (optional)"),
            ),
            Parameter(
                name="type",
                location="query",
                type=str,
                lines=507,
                description="The document type (Belegart) (optional).",
                original=_de("ist die Belegart (optional)"),
            ),
        ],
        request_body=RequestBody(
            model=MultipartBody,
            media_types=[JSON, "application/xml"],
            lines=(509, 512),
            description="The multipart/form-data of the request, holding the document(s).",
            original=_de("ist der multipart/form-data des Requests, der den/die Dokumente enthält"),
            required=True,
            inferred=_BODY_REQUIRED.format(check='HvValidateBadRequest.notNull(body, "body")'),
            quirks=[
                Quirk(
                    lines=(509, 512),
                    text="Declared as application/json `MultipartBody (JSON)` (and "
                    "application/xml `multipartBody (XML)`) while described as "
                    "multipart/form-data. The server method (" + _SRC_API + ", createDocument) "
                    "has no @Consumes and takes an Apache CXF MultipartBody, which CXF reads "
                    "from a multipart request: a real upload is multipart/form-data, one part "
                    "per document (every attachment is stored). The spec describes the two "
                    "media types and the structure the document prints.",
                ),
                Quirk(
                    lines=499,
                    text="Maximum upload size 500 KiB, stated in prose only; the server ("
                    + _SRC_API
                    + ") checks the request length against MAX_CONTENT_LENGTH_ORDER = 30 MiB "
                    "and answers 400 (x-hv-error-key userid) above it.",
                ),
            ],
            examples=[
                Example(
                    name="multipart_body",
                    media_type=JSON,
                    summary="The document's MultipartBody",
                    lines=(521, 660),
                    value={
                        "allAttachments": [_ATTACHMENT, _ATTACHMENT],
                        "type": _MEDIA_TYPE,
                        "rootAttachment": _ATTACHMENT,
                        "childAttachments": [_ATTACHMENT, _ATTACHMENT],
                    },
                )
            ],
        ),
        responses=[
            Response(
                status=201,
                description="Created (as the document prints it).",
                quirks=[_stock_status_quirk(664, "201 Created", 204)],
            ),
            server_status(204, documented=201, lines=664),
        ],
    ),
    # -------------------------------------------------------------------------------- 668-716
    ORDER_API.post(
        path="/api/v1/order/{orderid}/itemposition",
        operation_id="createOrderItemPosition",
        client_method="add_item_position",
        summary="Add an item position to an order",
        description="Adds an item (ident) position to an order. " + _ANGELEGT_EN,
        original=Original(
            summary="Eine Artikel-Position zu einem Auftrag hinzufügen",
            description=_ANGELEGT_DE,
        ),
        lines=(668, 716),
        parameters=[p_orderid(676, de=_ORDER_ID_DE, en=_ORDER_ID_EN)],
        request_body=RequestBody(
            model=CreateOrderItemPositionEntry,
            required=True,
            inferred=_BODY_REQUIRED.format(
                check='HvValidateBadRequest.notNull(positionEntry, "positionEntry")'
            ),
            description="The item position to add.",
            original=_de("die hinzuzufügenden Identposition"),
            examples=[
                Example(
                    name="item_position",
                    summary="An item position",
                    lines=(696, 701),
                    value=_ITEM_POSITION_EXAMPLE,
                )
            ],
        ),
        responses=[
            created_position(
                201,
                de="die neu erzeugte Auftragsposition",
                en="The newly created order position.",
                lines=(709, 714),
                quirks=[_stock_status_quirk(705, "201 Created", 200)],
            ),
            server_status(200, documented=201, lines=705, model=CreatedOrderPositionEntry),
            EXPECTATION_FAILED,
        ],
    ),
    # -------------------------------------------------------------------------------- 718-769
    ORDER_API.post(
        path="/api/v1/order/{orderid}/manualitemposition",
        operation_id="createOrderManualItemPosition",
        client_method="add_manual_item_position",
        summary="Add a manual-entry position to an order",
        description="Adds a manual-entry (Handeingabe) position to an order. " + _ANGELEGT_EN,
        original=Original(
            summary="Eine Handeingabe-Position zu einem Auftrag hinzufügen",
            description=_ANGELEGT_DE,
        ),
        lines=(718, 769),
        parameters=[p_orderid(726, de=_ORDER_ID_DE, en=_ORDER_ID_EN)],
        request_body=RequestBody(
            model=CreateOrderManualItemPositionEntry,
            required=True,
            inferred=_BODY_REQUIRED.format(
                check='HvValidateBadRequest.notNull(positionEntry, "positionEntry")'
            ),
            description="The manual-entry position to add.",
            original=_de("die hinzuzufügenden Handeingabeposition"),
            examples=[
                Example(
                    name="manual_item_position",
                    summary="A manual-entry position",
                    lines=(746, 754),
                    value=_MANUAL_POSITION_EXAMPLE,
                )
            ],
        ),
        responses=[
            created_position(
                201,
                de="die neu erzeugte Auftragsposition",
                en="The newly created order position.",
                lines=(762, 767),
                quirks=[_stock_status_quirk(758, "201 Created", 200)],
            ),
            server_status(200, documented=201, lines=758, model=CreatedOrderPositionEntry),
            EXPECTATION_FAILED,
        ],
    ),
    # -------------------------------------------------------------------------------- 771-813
    ORDER_API.get(
        path="/api/v1/order/{orderid}/position",
        operation_id="getOrderPositions",
        client_method="list_positions",
        paging=Paging(style="offset", cursor="startIndex", size="limit"),
        summary="List the positions of an order",
        description="Returns the positions of the given order, paged with `limit` (default 50) "
        "and `startIndex`.",
        original=Original(summary="Die Liste der Positionen für den angegeben Auftrag ermitteln"),
        lines=(771, 813),
        parameters=[
            p_orderid(
                777,
                de="ist die Auftrag-Id für die die Positionen ermittelt werden sollen",
                en="Id of the order whose positions are returned.",
            ),
            p_limit(
                778,
                de="ist die maximale Anzahl von zu liefernden Positionsdaten. Default 50",
                en="The maximum number of positions to return. Default 50.",
                default=50,
            ),
            p_start(
                779,
                de="ist der Index ab dem die Positionen geliefert werden sollen",
                en="The index from which positions are returned.",
            ),
        ],
        responses=[
            Response(
                status=200,
                model=list[OrderpositionEntry],
                description="The positions of the order.",
                examples=[
                    Example(
                        name="positions",
                        summary="The positions of an order",
                        lines=(802, 811),
                        value=[
                            {
                                "positionNr": 12345,
                                "amount": 12345.0,
                                "unitCnr": "...",
                                "itemCnr": "...",
                                "description": "...",
                                "price": 12345.0,
                                "status": "...",
                                "id": 12345,
                            }
                        ],
                    )
                ],
            ),
        ],
    ),
    # -------------------------------------------------------------------------------- 815-852
    ORDER_API.get(
        path="/api/v1/order/{orderid}/settlementofhours",
        operation_id="getSettlementOfHours",
        client_method="get_settlement_of_hours",
        summary="Get the settlement of hours of an order",
        description="The document gives no description for this operation or its parameters "
        "(the summary is read from the path).",
        lines=(815, 852),
        quirks=[
            Quirk(
                lines=(815, 820),
                text="No summary and no parameter descriptions: the "
                "parameter table gives only names and types.",
            )
        ],
        parameters=[
            Parameter(
                name="orderid",
                location="path",
                required=True,
                type=Int32,
                lines=819,
                description="Id of the order.",
                inferred="the document gives no description; the server reads it as the order "
                "id (@PathParam orderid → findAuftragByIdCnr(orderId, null), 404 when unknown) "
                "(hardwaremaker/restapi src/com/heliumv/api/order/OrderApi.java, "
                "getSettlementOfHours)",
            ),
        ],
        responses=[
            Response(
                status=200,
                model=SettlementOfHoursEntry,
                description="The settlement of hours.",
                examples=[
                    Example(
                        name="settlement_of_hours",
                        summary="A settlement of hours",
                        lines=(842, 850),
                        value={
                            "name": "...",
                            "mimeType": "...",
                            "content": "...",
                            "description": "...",
                            "lastPagePng": "...",
                            "serialNumber": 12345,
                            "id": 12345,
                        },
                    )
                ],
            ),
        ],
    ),
    # -------------------------------------------------------------------------------- 854-886
    ORDER_API.post(
        path="/api/v1/order/{orderid}/settlementofhours",
        operation_id="createSettlementOfHoursSignature",
        client_method="store_signed_settlement_of_hours",
        summary="Store a signed settlement of hours for an order",
        description="The document gives no description and no parameter table for this "
        "operation (the summary is read from the path and the body type). The token goes in "
        "the body's `userId`: no `userid` query parameter is read.",
        lines=(854, 886),
        security=[],
        inferred="no parameter table and no token parameter: the server ("
        + _SRC_API
        + ", postSettlementOfHoursSignature) reads no `userid` query parameter and no "
        "`hvtoken` header; it logs on with the body field `userId` "
        "(connectClient(signatureEntry.getUserId(), MAX_CONTENT_LENGTH_SIGNATURE)), so the "
        "operation declares no security scheme and the token travels in the body",
        quirks=[
            Quirk(
                lines=(854, 860),
                text="No parameter table: neither the path parameter `orderid` nor a token "
                "parameter is listed. The server reads neither: it takes the token from the "
                "body's `userId` and the order from the body's `orderId` (" + _SRC_API + ").",
            )
        ],
        parameters=[
            Parameter(
                name="orderid",
                location="path",
                required=True,
                type=Int32,
                description="Id of the order (the server does not read it; it takes `orderId` "
                "from the body).",
                inferred="the path holds {orderid} but the document has no parameter table "
                "here; typed int as on every other operation. The server method has no "
                "@PathParam for it (" + _SRC_API + ", postSettlementOfHoursSignature)",
            ),
        ],
        request_body=RequestBody(
            model=SettlementOfHoursSignatureEntry,
            required=True,
            inferred=_BODY_REQUIRED.format(
                check='HvValidateBadRequest.notNull(signatureEntry, "signatureEntry"); then '
                "400 when userId, id, orderId, signatureContent or signatureMs is missing"
            ),
            examples=[
                Example(
                    name="signature",
                    summary="A signed settlement",
                    lines=(869, 880),
                    value={
                        "userId": "...",
                        "remark": "...",
                        "pdfContent": "...",
                        "signatureContent": "...",
                        "signatureMs": 12345,
                        "orderId": 12345,
                        "signatureType": "...",
                        "serialNumber": 12345,
                        "signerName": "...",
                        "id": 12345,
                    },
                )
            ],
        ),
        responses=[
            Response(
                status=201,
                description="Created (as the document prints it).",
                quirks=[_stock_status_quirk(884, "201 Created", 204)],
            ),
            server_status(204, documented=201, lines=884),
        ],
    ),
    # -------------------------------------------------------------------------------- 888-925
    ORDER_API.post(
        path="/api/v1/order/{orderid}/sortbyitemnumber",
        operation_id="sortOrderByItemNumber",
        client_method="sort_by_item_number",
        summary="Sort the positions of an order by item number",
        description="Sorts the positions of an order ascending by item number. " + _ANGELEGT_EN,
        original=Original(
            summary="Die Positionen eines Auftrags aufsteigend nach Artikelnummer sortieren",
            description=_ANGELEGT_DE,
        ),
        lines=(888, 925),
        parameters=[
            p_orderid(
                896, de="ist die Id des zu sortierenden Auftrags", en="Id of the order to sort."
            )
        ],
        responses=[
            Response(
                status=201,
                model=OrderSortedEntry,
                description="Information about the sorting.",
                original=_de("Information zur Sortierung"),
                quirks=[_stock_status_quirk(916, "201 Created", 200)],
                examples=[
                    Example(
                        name="sorted",
                        summary="Sorting result",
                        lines=(920, 923),
                        value={"sorted": True, "id": 12345},
                    )
                ],
            ),
            server_status(200, documented=201, lines=916, model=OrderSortedEntry),
            EXPECTATION_FAILED,
        ],
    ),
    # -------------------------------------------------------------------------------- 927-978
    ORDER_API.post(
        path="/api/v1/order/{orderid}/textblock",
        operation_id="createOrderTextblockPosition",
        client_method="add_textblock_position",
        summary="Add a text-block position to an order",
        description="Adds a text-block (Textbaustein) position to an order. The order must be "
        "in status ANGELEGT (created). Text blocks holding images may be used too. For "
        "text-based text blocks `localeCnr` may be given; without it the text block in the "
        "locale of the logged-on user is used, and it must exist in that locale.",
        original=Original(
            summary="Eine Textbaustein-Position zu einem Auftrag hinzufügen",
            description="Der Auftrag muss im Status ANGELEGT sein.\n\nEs können auch "
            "Textbausteine verwendet werden, die Bilder enthalten\n\nBei auf Texten basierende "
            "Textbausteinen kann die localeCnr angegeben werden. Wird sie nicht angegeben, wird "
            "der Textbaustein mit der Locale des angemeldeten Benutzers verwendet. Der "
            "Textbaustein muss in dieser Locale existieren.",
        ),
        lines=(927, 978),
        parameters=[p_orderid(939, de=_ORDER_ID_DE, en=_ORDER_ID_EN)],
        request_body=RequestBody(
            model=CreateOrderTextblockPositionEntry,
            required=True,
            inferred=_BODY_REQUIRED.format(
                check='HvValidateBadRequest.notNull(positionEntry, "positionEntry")'
            ),
            description="The text-block position to add.",
            original=_de("die hinzuzufügenden Textbausteinposition"),
            examples=[
                Example(
                    name="textblock_position",
                    summary="A text-block position",
                    lines=(959, 963),
                    value={"textblockId": 12345, "textblockCnr": "...", "localeCnr": "..."},
                )
            ],
        ),
        responses=[
            created_position(
                201,
                de="die neu erzeugte Auftragsposition",
                en="The newly created order position.",
                lines=(971, 976),
                quirks=[_stock_status_quirk(967, "201 Created", 200)],
            ),
            server_status(200, documented=201, lines=967, model=CreatedOrderPositionEntry),
            EXPECTATION_FAILED,
        ],
    ),
    # -------------------------------------------------------------------------------- 980-1025
    ORDER_API.post(
        path="/api/v1/order/{orderid}/textposition",
        operation_id="createOrderTextPosition",
        client_method="add_text_position",
        summary="Add a text position to an order",
        description="Adds a free-text (Texteingabe) position to an order. " + _ANGELEGT_EN,
        original=Original(
            summary="Eine Texteingabe-Position zu einem Auftrag hinzufügen",
            description=_ANGELEGT_DE,
        ),
        lines=(980, 1025),
        parameters=[p_orderid(988, de=_ORDER_ID_DE, en=_ORDER_ID_EN)],
        request_body=RequestBody(
            model=CreateOrderTextPositionEntry,
            required=True,
            inferred=_BODY_REQUIRED.format(
                check='HvValidateBadRequest.notNull(positionEntry, "positionEntry")'
            ),
            description="The text position to add.",
            original=_de("die hinzuzufügenden Textposition"),
            examples=[
                Example(
                    name="text_position",
                    summary="A text position",
                    lines=(1008, 1010),
                    value={"text": "..."},
                )
            ],
        ),
        responses=[
            created_position(
                201,
                de="die neu erzeugte Auftragsposition",
                en="The newly created order position.",
                lines=(1018, 1023),
                quirks=[_stock_status_quirk(1014, "201 Created", 200)],
            ),
            server_status(200, documented=201, lines=1014, model=CreatedOrderPositionEntry),
            EXPECTATION_FAILED,
        ],
    ),
    # -------------------------------------------------------------------------------- 1027-1080
    ORDER_API.put(
        path="/api/v1/order/{orderid}/itemposition/{positionid}",
        operation_id="updateOrderItemPosition",
        client_method="update_item_position",
        summary="Change an order position into an item position",
        description="Changes the given order position into an item (ident) position. The order "
        "must be in status ANGELEGT (created). When the kinds of the existing and the changed "
        "position differ, in principle a new position is created. Even when the existing "
        "position is an item position, it cannot be assumed that the id of the new position "
        "stays the same: to keep working with the id of the position, use the "
        "`orderPositionId` contained in the response.",
        original=Original(
            summary="Ändert die angegebene Auftragsposition auf eine Identposition",
            description="Der Auftrag muss im Status ANGELEGT sein.\n\nUnterscheiden sich die "
            "Positionsarten der bereits bestehenden Position und der abzuändernden, so wird "
            "prinzipiell eine neue Position angelegt.\n\nAuch wenn es sich bei der bestehenden "
            "Position um eine Artikelposition handelt, kann nicht davon ausgegangen werden, "
            "dass die Id der neuen Position die gleiche bleibt. Wird mit der Id der Position "
            "weitergearbeitet, ist die im Response enthaltende orderPositionId zu verwenden.",
        ),
        lines=(1027, 1080),
        parameters=[
            p_orderid(1039, de=_ORDER_ID_DE, en=_ORDER_ID_EN),
            p_positionid(
                1040,
                de="ist die abzuändernde Auftragsposition",
                en="Id of the order position to change.",
            ),
        ],
        request_body=RequestBody(
            model=CreateOrderItemPositionEntry,
            required=True,
            inferred=_BODY_REQUIRED.format(
                check='HvValidateBadRequest.notNull(positionEntry, "positionEntry")'
            ),
            description="The new/changed item position.",
            original=_de("die neue/abgeänderte Identposition"),
            examples=[
                Example(
                    name="item_position",
                    summary="An item position",
                    lines=(1060, 1065),
                    value=_ITEM_POSITION_EXAMPLE,
                )
            ],
        ),
        responses=[
            created_position(
                204,
                de="die geänderte Auftragsposition",
                en="The changed order position.",
                lines=(1073, 1078),
                quirks=[
                    Quirk(
                        lines=(1069, 1078),
                        text="The example answers `204 No Content` "
                        "with a JSON body (the changed position), which HTTP does not "
                        "allow for 204; the body is described as the document shows "
                        "it. The server (hardwaremaker/restapi "
                        "src/com/heliumv/api/order/OrderApi.java) returns the entry, "
                        "which JAX-RS answers with 200 OK: 200 is described too.",
                    )
                ],
            ),
            server_status(200, documented=204, lines=1069, model=CreatedOrderPositionEntry),
            EXPECTATION_FAILED,
        ],
    ),
    # -------------------------------------------------------------------------------- 1082-1136
    ORDER_API.put(
        path="/api/v1/order/{orderid}/manualitemposition/{positionid}",
        operation_id="updateOrderManualItemPosition",
        client_method="update_manual_item_position",
        summary="Change an order position into a manual-entry position",
        description="Changes the given order position into a manual-entry (Handeingabe) "
        "position. The order must be in status ANGELEGT (created). When the kinds of the "
        "existing and the changed position differ, in principle a new position is created. "
        "Even when the existing position is a manual-entry position, it cannot be assumed that "
        "the id of the new position stays the same: to keep working with the id of the "
        "position, use the `orderPositionId` contained in the response.",
        original=Original(
            summary="Ändert die angegebene Auftragsposition auf eine Handeingabeposition",
            description="Der Auftrag muss im Status ANGELEGT sein.\n\nUnterscheiden sich die "
            "Positionsarten der bereits bestehenden Position und der abzuändernden, so wird "
            "prinzipiell eine neue Position angelegt.\n\nAuch wenn es sich bei der bestehenden "
            "Position um eine Handeingabeposition handelt, kann nicht davon ausgegangen werden, "
            "dass die Id der neuen Position die gleiche bleibt. Wird mit der Id der Position "
            "weitergearbeitet, ist die im Response enthaltende orderPositionId zu verwenden.",
        ),
        lines=(1082, 1136),
        parameters=[
            p_orderid(1094, de=_ORDER_ID_DE, en=_ORDER_ID_EN),
            p_positionid(
                1095,
                de="ist die abzuändernde Auftragsposition",
                en="Id of the order position to change.",
            ),
        ],
        request_body=RequestBody(
            model=CreateOrderManualItemPositionEntry,
            required=True,
            inferred=_BODY_REQUIRED.format(
                check='HvValidateBadRequest.notNull(positionEntry, "positionEntry")'
            ),
            description="The new/changed manual-entry position.",
            original=_de("die neue/abgeänderte Handeingabeposition"),
            examples=[
                Example(
                    name="manual_item_position",
                    summary="A manual-entry position",
                    lines=(1115, 1123),
                    value=_MANUAL_POSITION_EXAMPLE,
                )
            ],
        ),
        responses=[
            created_position(
                204,
                de="die geänderte Auftragsposition",
                en="The changed order position.",
                lines=(1131, 1136),
                quirks=[
                    Quirk(
                        lines=(1127, 1136),
                        text="The example answers `204 No Content` "
                        "with a JSON body (the changed position), which HTTP does not "
                        "allow for 204; the body is described as the document shows "
                        "it. The server (hardwaremaker/restapi "
                        "src/com/heliumv/api/order/OrderApi.java) returns the entry, "
                        "which JAX-RS answers with 200 OK: 200 is described too.",
                    )
                ],
            ),
            server_status(200, documented=204, lines=1127, model=CreatedOrderPositionEntry),
            EXPECTATION_FAILED,
        ],
    ),
    # -------------------------------------------------------------------------------- inferred
    Operation(
        method="post",
        path="/api/v1/logon/",
        operation_id="logon",
        client_group="auth",
        logon=Logon(token="token", credentials=["userid", "hvtoken"]),
        summary="Log on and get a token",
        description="Logs a user on to HELIUM V and returns the token that every OrderApi call "
        'takes as the `userid` query parameter or the `hvtoken` header ("the token from the '
        "logon\"). Not part of the OrderApi document: HELIUM V's UserApi.",
        tags=["Logon"],
        lines=(17, 17),
        security=[],
        inferred="the OrderApi document refers to 'the token determined at logon' (lines 17, "
        "72) without describing the logon; the server logs on with POST /api/v1/logon/ "
        '(UserApi.logon, @Path("/api/v1/") + @Path("/logon/")), which needs no token ('
        + _SRC_USER
        + ")",
        request_body=RequestBody(
            model=LogonEntry,
            description="User name, password, optional tenant and locale.",
            required=True,
            inferred="UserApi.logon consumes application/json and application/xml, body "
            'LogonEntry; HvValidateBadRequest.notNull(logonEntry, "logonEntry") answers 400 '
            "without it (" + _SRC_USER + ")",
        ),
        responses=[
            Response(
                status=200,
                model=LoggedOnEntry,
                description="Logged on: the token, tenant and locale of the session.",
                inferred="UserApi.logon returns a LoggedOnEntry (" + _SRC_USER + ")",
            ),
            Response(
                status=400,
                description="`username` or `password` is empty (x-hv-error-key names it).",
                headers=_error_headers(),
                inferred="UserApi.logon: HvValidateBadRequest.notEmpty on username and "
                "password (" + _SRC_USER + ")",
            ),
            Response(
                status=401,
                description="Log-on failed: unknown user, wrong password, tenant or locale.",
                headers=_error_headers(),
                inferred="UserApi.logon answers a failed logon with respondUnauthorized, "
                "deliberately without detail (" + _SRC_USER + ")",
            ),
            Response(
                status=429,
                description="Too many users logged on (the licence count is exceeded).",
                inferred="UserApi.logon answers EJBExceptionLP.FEHLER_ZAHL_ZU_GROSS with "
                "respondTooManyRequests (" + _SRC_USER + ")",
            ),
            Response(
                status=500,
                description=_ERROR_TEXT[500],
                headers=_error_headers(),
                inferred="any exception outside the logon's own handling goes to "
                "HvThrowableExceptionMapper (hardwaremaker/restapi "
                "src/com/heliumv/api/HvThrowableExceptionMapper.java)",
            ),
        ],
    ),
]
