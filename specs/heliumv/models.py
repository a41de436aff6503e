"""HELIUM V ERP, OrderApi resource: the entries (payloads) of heliumv-orderapi.de.txt.

The document is the generated (enunciate) REST reference of the OrderApi. It prints no field
tables: each entry is known only from its JSON example, where strings are ``"..."``, integers
``12345`` and decimals ``12345.0``. Fields are therefore typed from the examples and are all
optional (the document marks none as required). The document describes no field, so fields
carry a description only where a line of the document gives their meaning (cited with
``x-source``); the names alone are not read as meanings.

The server is open source (hardwaremaker/restapi, the 2022 community edition); inferences cite
it by repository and path.
"""

from typing import Annotated, Any

from pydantic import BaseModel, Field

from generator.describe import DocEnum, Original, Quirk, absent, field_extras, schema_config

#: ``long`` in the document's type column (and millisecond timestamps): a 64-bit integer.
Int64 = Annotated[int, Field(json_schema_extra={"format": "int64"})]
#: ``int`` in the document's type column: a 32-bit integer.
Int32 = Annotated[int, Field(json_schema_extra={"format": "int32"})]

_SRC_ORDER_API = "hardwaremaker/restapi src/com/heliumv/api/order/OrderApi.java"
_SRC_ORDER_ENTRY = "hardwaremaker/restapi src/com/heliumv/api/order/OrderEntry.java"
_SRC_USER_API = "hardwaremaker/restapi src/com/heliumv/api/user/UserApi.java"

_MS_INFERRED = (
    "the document shows only 12345; a millisecond timestamp does not fit 32 bits, so the "
    "value is a 64-bit integer"
)


def opt(
    description: str | None = None,
    *,
    lines: Any = None,
    quirks: list[Quirk] | None = None,
    inferred: str | None = None,
    de: str | None = None,
) -> Any:
    """An optional, non-nullable field: absent when the server leaves it out.

    ``description`` only where a line of the document gives the meaning (``lines`` cites it,
    ``de`` keeps its German). ``default_factory`` keeps ``default: null`` out of the schema
    (the document never shows ``null``, so the fields are not declared nullable).
    """
    original = Original(description=de) if de else None
    extra = field_extras(quirks=quirks, inferred=inferred, original=original, lines=lines)
    if description is None:
        return Field(default_factory=absent, json_schema_extra=extra or None)
    return Field(default_factory=absent, description=description, json_schema_extra=extra or None)


# --- Enums (only the values the examples show) ----------------------------------------------------


class DeliverableOrderStatus(DocEnum):
    """The `status` of a DeliverableOrderEntry. The document prints only `DONE`; it gives no
    complete list, so the field that uses this enum also accepts other strings."""

    __lines__ = (143, 143)
    DONE = "DONE"


class DeliveryStatus(DocEnum):
    """The `status` of a delivery entry. The document prints `CLEARED` and `CANCELLED`; it
    gives no complete list, so the field that uses this enum also accepts other strings."""

    __lines__ = (147, 151)
    CLEARED = "CLEARED"
    CANCELLED = "CANCELLED"


class ItemProperty(DocEnum):
    """The `itemProperty` of a position entry. The document prints only `NOIDENTIY` (sic,
    spelled as the vendor spells it); it gives no complete list, so the field that uses this
    enum also accepts other strings."""

    __lines__ = (164, 176)
    NOIDENTIY = "NOIDENTIY"


_OPEN_ENUM = (
    "the document shows example values only, not the complete list: the schema names them "
    "and stays open to other strings so that clients do not fail on an unlisted status"
)


# --- Orders (GET /api/v1/order, GET /api/v1/order/offline) ----------------------------------------


class OrderEntry(BaseModel):
    """An order (Auftrag), as listed by GET /api/v1/order."""

    model_config = schema_config(lines=(18, 60))

    cnr: str = opt()
    orderType: str = opt()
    projectName: str = opt()
    orderState: str = opt()
    customerName: str = opt()
    customerAddress: str = opt()
    customerPartnerId: int = opt()
    customerContactId: int = opt()
    deliveryPartnerId: int = opt()
    deliveryContactId: int = opt()
    internalComment: bool = opt()
    externalComment: bool = opt()
    deliveryDateMs: Int64 = opt(
        inferred=_MS_INFERRED
        + "; the server declares it `long deliveryDateMs` ("
        + _SRC_ORDER_ENTRY
        + ")"
    )
    internalCommentText: str = opt()
    externalCommentText: str = opt()
    customerId: int = opt()
    customerIdInvoiceAddress: int = opt()
    customerIdDeliveryAddress: int = opt()
    representativeSign: str = opt()
    id: int = opt()


class OrderComments(BaseModel):
    """The comments of an order (OrderComments)."""

    model_config = schema_config(lines=(78, 104))

    internalComment: str = opt(
        "The internal comment; returned when `addInternalComment` is true or not given.",
        lines=74,
        de="wenn true oder nicht angegeben wird der interne Kommentar ermittelt",
    )
    externalComment: str = opt(
        "The external comment; returned when `addExternalComment` is true or not given.",
        lines=73,
        de="wenn true oder nicht angegeben wird der externe Kommentar ermittelt",
    )
    id: int = opt()


# --- Delivery status (GET /api/v1/order/deliverable) ----------------------------------------------


class DeliveryEntry(BaseModel):
    """One entry of `deliveryEntries.entries`, as the example shows it."""

    model_config = schema_config(lines=(145, 153))

    deliveryCnr: str = opt()
    status: DeliveryStatus | str = opt(inferred=_OPEN_ENUM)
    id: int = opt()


class DeliveryEntryList(BaseModel):
    """`deliveryEntries` of a DeliverableOrderEntry, as the example shows it."""

    model_config = schema_config(lines=(144, 154))

    entries: list[DeliveryEntry] = opt()


class DeliveryPositionEntry(BaseModel):
    """One entry of `positionEntries.entries`, as the example shows it."""

    model_config = schema_config(lines=(156, 180))

    itemCnr: str = opt()
    itemId: int = opt()
    description: str = opt()
    amount: float = opt()
    openAmount: float = opt()
    unitCnr: str = opt()
    status: str = opt()
    itemProperty: ItemProperty | str = opt(inferred=_OPEN_ENUM)
    itemIdentity: dict[str, Any] = opt(
        inferred="the document shows only an empty object `{ }` (lines 165, 177): any object"
    )
    stockinfoEntry: dict[str, Any] = opt(
        inferred="the document shows only an empty object `{ }` (lines 166, 178): any object"
    )
    id: int = opt()


class DeliveryPositionEntryList(BaseModel):
    """`positionEntries` of a DeliverableOrderEntry, as the example shows it."""

    model_config = schema_config(lines=(155, 181))

    entries: list[DeliveryPositionEntry] = opt()


class DeliverableOrderEntry(BaseModel):
    """The status of a deliverable order."""

    model_config = schema_config(
        lines=(118, 183),
        original=Original(description="den Status eines lieferbaren Auftrags"),
    )

    cnr: str = opt()
    deliverable: bool = opt()
    status: DeliverableOrderStatus | str = opt(
        inferred=_OPEN_ENUM,
        quirks=[
            Quirk(
                lines=143,
                text="The example shows `DONE`; the server (hardwaremaker/restapi "
                "src/com/heliumv/api/order/OrderApi.java, getDeliverableOrderStatus) answers "
                "only for orders in status OPEN or PARTIALLYDONE and sends 417 for any other "
                "status, so a 200 carries OPEN or PARTIALLYDONE. The field stays open to both.",
            )
        ],
    )
    deliveryEntries: DeliveryEntryList = opt()
    positionEntries: DeliveryPositionEntryList = opt()
    id: int = opt()


# --- Offline data (GET /api/v1/order/offline) -----------------------------------------------------


class OrderpositionsEntry(BaseModel):
    """An OrderpositionsEntry, as the examples show it (lines 271-291, 407-417)."""

    model_config = schema_config(lines=(386, 417))

    orderId: int = opt()
    positionNr: int = opt()
    amount: float = opt()
    unitCnr: str = opt()
    itemCnr: str = opt()
    description: str = opt()
    price: float = opt()
    status: str = opt()
    id: int = opt()


class OrderAddress(BaseModel):
    """`partnerAddress` / `contactAddress` of an offline address, as the example shows it."""

    model_config = schema_config(lines=(293, 310))

    partnerId: int = opt()
    lines: list[str] = opt()
    salutation: str = opt()
    titel: str = opt()
    titelSuffix: str = opt()
    name1Lastname: str = opt()
    name2Firstname: str = opt()
    name3Department: str = opt()
    postofficeBox: str = opt()
    street: str = opt()
    countryCode: str = opt()
    zipcode: str = opt()
    city: str = opt()
    email: str = opt()
    phone: str = opt()
    id: int = opt()


class OrderAddressContact(BaseModel):
    """One of the different delivery addresses of the offline order data."""

    model_config = schema_config(lines=(292, 366))

    partnerAddress: OrderAddress = opt()
    contactAddress: OrderAddress = opt()


class OfflineOrderEntry(BaseModel):
    """Order data for later offline processing: every order matching the criteria, in
    addition the positions of these orders and the different delivery addresses."""

    model_config = schema_config(
        lines=(189, 367),
        original=Original(
            description="Es werden sämtliche den Kritieren entsprechenden Aufträge geliefert. "
            "Zusätzlich die Positionen für dieser Aufträge und die unterschiedlichen "
            "Lieferadressen.",
        ),
    )

    orders: list[OrderEntry] = opt(
        "Every order matching the criteria.",
        lines=191,
        de="Es werden sämtliche den Kritieren entsprechenden Aufträge geliefert.",
    )
    orderpositions: list[OrderpositionsEntry] = opt(
        "The positions of these orders.",
        lines=191,
        de="Zusätzlich die Positionen für dieser Aufträge",
    )
    addresses: list[OrderAddressContact] = opt(
        "The different delivery addresses.",
        lines=191,
        de="und die unterschiedlichen Lieferadressen.",
    )


# --- Positions of one order (GET /api/v1/order/{orderid}/position) --------------------------------


class OrderpositionEntry(BaseModel):
    """An OrderpositionEntry, as the example shows it."""

    model_config = schema_config(lines=(781, 811))

    positionNr: int = opt()
    amount: float = opt()
    unitCnr: str = opt()
    itemCnr: str = opt()
    description: str = opt()
    price: float = opt()
    status: str = opt()
    id: int = opt()


# --- Activation and sorting ------------------------------------------------------------------------


class OrderActivationEntry(BaseModel):
    """Information about the document check (Belegprüfung)."""

    model_config = schema_config(
        lines=(464, 491),
        original=Original(description="Informationen zur Belegprüfung"),
    )

    calculationTimestampMs: Int64 = opt(
        inferred=_MS_INFERRED + "; the server fills it with BelegPruefungDto."
        "getBerechnungsZeitpunkt().getTime(), a Java long (" + _SRC_ORDER_API + ")"
    )
    customerExpectsVATorderHasNoneVATpositions: bool = opt()
    customerHasNoVATorderHasVATpositions: bool = opt()
    id: int = opt()


class OrderSortedEntry(BaseModel):
    """Information about the sorting."""

    model_config = schema_config(
        lines=(898, 923),
        original=Original(description="Information zur Sortierung"),
    )

    sorted: bool = opt()
    id: int = opt()


# --- Document upload (POST /api/v1/order/{orderid}/document) --------------------------------------

_MAP_INFERRED = (
    "the example shows the keys `property1` and `property2` only, the document's placeholder "
    "for a map: any keys"
)


class MultipartMediaType(BaseModel):
    """`contentType` of an attachment and `type` of the MultipartBody, as the example shows it."""

    model_config = schema_config(lines=(531, 540), extra="forbid")

    type: str = opt()
    wildcardSubtype: bool = opt()
    parameters: dict[str, str] = opt(inferred=_MAP_INFERRED)
    wildcardType: bool = opt()
    subtype: str = opt()


class MultipartContentDisposition(BaseModel):
    """`contentDisposition` of an attachment, as the example shows it."""

    model_config = schema_config(lines=(523, 529), extra="forbid")

    type: str = opt()
    parameters: dict[str, str] = opt(inferred=_MAP_INFERRED)


class MultipartAttachment(BaseModel):
    """An attachment of the MultipartBody, as the example shows it."""

    model_config = schema_config(lines=(522, 546), extra="forbid")

    contentDisposition: MultipartContentDisposition = opt()
    object: dict[str, Any] = opt(
        inferred="the document shows only an empty object `{ }` (line 530): any object"
    )
    contentType: MultipartMediaType = opt()
    contentId: str = opt()
    dataHandler: str = opt()
    headers: dict[str, list[str]] = opt(inferred=_MAP_INFERRED)


class MultipartBody(BaseModel):
    """The multipart/form-data of the request, holding the document(s): the MultipartBody
    the document declares (line 511), with the fields its example shows (lines 521-660)."""

    model_config = schema_config(
        lines=(509, 660),
        extra="forbid",
        original=Original(
            description="ist der multipart/form-data des Requests, der den/die Dokumente enthält",
        ),
        quirks=[
            Quirk(
                lines=(509, 512),
                text="Declared as application/json `MultipartBody (JSON)` and application/xml "
                "`multipartBody (XML)`, but described as the multipart/form-data of the "
                "request. The server method (hardwaremaker/restapi "
                "src/com/heliumv/api/order/OrderApi.java, createDocument) takes an Apache CXF "
                "MultipartBody, which CXF reads from a multipart request, and stores every "
                "attachment (body.getAllAttachments()); the JSON printed here is that object's "
                "rendering by the document generator.",
            )
        ],
    )

    allAttachments: list[MultipartAttachment] = opt()
    type: MultipartMediaType = opt()
    rootAttachment: MultipartAttachment = opt()
    childAttachments: list[MultipartAttachment] = opt()


# --- Creating and changing positions --------------------------------------------------------------


class CreateOrderItemPositionEntry(BaseModel):
    """The item position (Identposition) to add."""

    model_config = schema_config(
        lines=(678, 701),
        extra="forbid",
        original=Original(description="die hinzuzufügenden Identposition"),
    )

    itemId: int = opt()
    amount: float = opt()
    itemCnr: str = opt()
    costBearingUnitId: int = opt()


class CreateOrderManualItemPositionEntry(BaseModel):
    """The manual-entry position (Handeingabeposition) to add."""

    model_config = schema_config(
        lines=(728, 754),
        extra="forbid",
        original=Original(description="die hinzuzufügenden Handeingabeposition"),
    )

    description: str = opt()
    description2: str = opt()
    unitCnr: str = opt()
    amount: float = opt()
    nettoPrice: float = opt()
    costBearingUnitId: int = opt()
    taxDescriptionId: int = opt()


class CreateOrderTextblockPositionEntry(BaseModel):
    """The text-block position (Textbausteinposition) to add."""

    model_config = schema_config(
        lines=(941, 963),
        extra="forbid",
        original=Original(description="die hinzuzufügenden Textbausteinposition"),
    )

    textblockId: int = opt()
    textblockCnr: str = opt()
    localeCnr: str = opt(
        "For text blocks based on texts, the localeCnr can be given. If it is not given, the "
        "text block in the locale of the logged-on user is used. The text block must exist in "
        "this locale.",
        lines=935,
        de="Bei auf Texten basierende Textbausteinen kann die localeCnr angegeben werden. "
        "Wird sie nicht angegeben, wird der Textbaustein mit der Locale des angemeldeten "
        "Benutzers verwendet. Der Textbaustein muss in dieser Locale existieren.",
    )


class CreateOrderTextPositionEntry(BaseModel):
    """The text position (Textposition) to add."""

    model_config = schema_config(
        lines=(990, 1010),
        extra="forbid",
        original=Original(description="die hinzuzufügenden Textposition"),
    )

    text: str = opt()


class CreatedOrderPositionEntry(BaseModel):
    """The newly created order position."""

    model_config = schema_config(
        lines=(683, 714),
        original=Original(description="die neu erzeugte Auftragsposition"),
    )

    orderId: int = opt()
    orderCnr: str = opt()
    orderPositionId: int = opt(
        "If work continues with the id of the position, the orderPositionId "
        "contained in the response is to be used.",
        lines=(1035, 1035),
        de="Wird mit der Id der Position weitergearbeitet, ist die im Response enthaltende "
        "orderPositionId zu verwenden.",
    )
    amount: float = opt()


# --- Settlement of hours (GET/POST /api/v1/order/{orderid}/settlementofhours) ---------------------


class SettlementOfHoursEntry(BaseModel):
    """A SettlementOfHoursEntry, as the example shows it."""

    model_config = schema_config(lines=(821, 850))

    name: str = opt()
    mimeType: str = opt()
    content: str = opt()
    description: str = opt()
    lastPagePng: str = opt(
        quirks=[
            Quirk(
                lines=847,
                text="Named `lastPagePng`; the server (hardwaremaker/restapi "
                "src/com/heliumv/api/order/OrderApi.java, getSettlementOfHours) fills it with "
                "JasperPrintHelper.asJpeg(...), a JPEG rendering of the last page.",
            )
        ]
    )
    serialNumber: int = opt()
    id: int = opt()


class SettlementOfHoursSignatureEntry(BaseModel):
    """A SettlementOfHoursSignatureEntry, as the example shows it."""

    model_config = schema_config(lines=(856, 880), extra="forbid")

    userId: str = opt(
        'The "token" determined at logon: the server logs on with this field.',
        inferred="the document prints no parameter table and no field texts for this "
        "operation; the server (hardwaremaker/restapi src/com/heliumv/api/order/OrderApi.java, "
        "postSettlementOfHoursSignature) reads no `userid` query parameter but calls "
        "connectClient(signatureEntry.getUserId(), ...): 400 when empty, 401 when unknown",
    )
    remark: str = opt()
    pdfContent: str = opt()
    signatureContent: str = opt()
    signatureMs: Int64 = opt(
        inferred=_MS_INFERRED
        + "; the server builds new Timestamp(getSignatureMs()) from it ("
        + _SRC_ORDER_API
        + ")"
    )
    orderId: int = opt()
    signatureType: str = opt()
    serialNumber: int = opt()
    signerName: str = opt()
    id: int = opt()


# --- Logon (not in the document: inferred) --------------------------------------------------------

_LOGON_INFERRED = (
    "not in the OrderApi document, which only refers to 'the token determined at logon': the "
    "server's UserApi logs on with POST /api/v1/logon/, body LogonEntry, answer LoggedOnEntry "
    "(" + _SRC_USER_API + ")"
)


class LogonEntry(BaseModel):
    """Credentials to log on to HELIUM V (UserApi, not part of the OrderApi document)."""

    model_config = schema_config(lines=(17, 17), inferred=_LOGON_INFERRED, extra="forbid")

    username: str = Field(description="The user name (400 when empty).")
    password: str = Field(
        description="The user's password (400 when empty).",
        json_schema_extra={"format": "password"},
    )
    client: str = opt(
        "The (optional) tenant (Mandant) to log on to.",
        inferred="UserApi.logon passes logonEntry.getClient() to the logon (" + _SRC_USER_API + ")",
    )
    localeString: str = opt(
        "The (optional) locale: language then country, four letters, e.g. `deAT`; without it "
        "the locale of the main tenant is used.",
        inferred="UserApi.buildLocale: empty → locale of the main tenant, otherwise the first "
        "two characters are the language and the next two the country (" + _SRC_USER_API + ")",
    )


class LoggedOnEntry(BaseModel):
    """A successful logon: the token to send as `userid` / `hvtoken` on every other call."""

    model_config = schema_config(lines=(17, 17), inferred=_LOGON_INFERRED)

    token: str = opt(
        'The token: the "token" determined at logon, sent as the `userid` query parameter or '
        "the `hvtoken` header.",
        de='ist der beim Logon ermittelte "token"',
    )
    client: str = opt("The tenant (Mandant) logged on to.")
    localeString: str = opt("The locale of the tenant, e.g. `deAT`.")
