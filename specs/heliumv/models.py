"""HELIUM V ERP, OrderApi resource: the entries (payloads) of heliumv-orderapi.de.txt.

The document is the generated (enunciate) REST reference of the OrderApi. It prints no field
tables: each entry is known only from its JSON example, where strings are ``"..."``, integers
``12345`` and decimals ``12345.0``. Fields are therefore typed from the examples and are all
optional (the document marks none as required); the field descriptions are English readings of
the vendor's field names, since the document describes no field.
"""

from typing import Annotated, Any

from pydantic import BaseModel, Field

from generator.describe import DocEnum, Original, Quirk, field_extras, optional, schema_config

#: ``long`` in the document's type column (and millisecond timestamps): a 64-bit integer.
Int64 = Annotated[int, Field(json_schema_extra={"format": "int64"})]
#: ``int`` in the document's type column: a 32-bit integer.
Int32 = Annotated[int, Field(json_schema_extra={"format": "int32"})]

_MS_INFERRED = (
    "the document shows only 12345; a millisecond timestamp does not fit 32 bits, so the "
    "value is a 64-bit integer (Java long)"
)


def opt(
    description: str,
    *,
    quirks: list[Quirk] | None = None,
    inferred: str | None = None,
    de: str | None = None,
) -> Any:
    """An optional, non-nullable field: absent when the server leaves it out.

    ``default_factory`` keeps ``default: null`` out of the schema (the document never shows
    ``null``, so the fields are not declared nullable).
    """
    original = Original(lang="de", description=de) if de else None
    extra = field_extras(quirks=quirks, inferred=inferred, original=original)
    return optional(description, json_schema_extra=extra or None)


# --- Enums (only the values the examples show) ----------------------------------------------------


class DeliverableOrderStatus(DocEnum):
    """Delivery status of an order, as `DeliverableOrderEntry.status` shows it. The document
    prints only `DONE`; it gives no complete list, so the field that uses this enum also
    accepts other strings."""

    __lines__ = (143, 143)
    DONE = "DONE"


class DeliveryStatus(DocEnum):
    """Status of a delivery note of the order. The document prints `CLEARED` and `CANCELLED`;
    it gives no complete list, so the field that uses this enum also accepts other strings."""

    __lines__ = (147, 151)
    CLEARED = "CLEARED"
    CANCELLED = "CANCELLED"


class ItemProperty(DocEnum):
    """Identity property of an item (serial / batch tracking). The document prints only
    `NOIDENTIY` (sic, spelled as the vendor spells it: "no identity"); it gives no complete
    list, so the field that uses this enum also accepts other strings."""

    __lines__ = (164, 176)
    NOIDENTIY = "NOIDENTIY"


_OPEN_ENUM = (
    "the document shows example values only, not the complete list: the schema names them "
    "and stays open to other strings so that clients do not fail on an unlisted status"
)


# --- Orders (GET /api/v1/order, GET /api/v1/order/offline) ----------------------------------------


class OrderEntry(BaseModel):
    """An order (Auftrag) of HELIUM V, as listed by GET /api/v1/order."""

    model_config = schema_config(lines=(18, 60))

    cnr: str = opt("Order number (the HELIUM V document number, `cnr`).")
    orderType: str = opt("Type of the order.")
    projectName: str = opt("Project name of the order.")
    orderState: str = opt("Status of the order (e.g. created/ANGELEGT, open/OFFEN).")
    customerName: str = opt("Name of the customer.")
    customerAddress: str = opt("Address of the customer, as one text.")
    customerPartnerId: int = opt("Partner id of the customer.")
    customerContactId: int = opt("Id of the customer's contact person.")
    deliveryPartnerId: int = opt("Partner id of the delivery recipient.")
    deliveryContactId: int = opt("Id of the delivery recipient's contact person.")
    internalComment: bool = opt("True when the order has an internal comment.")
    externalComment: bool = opt("True when the order has an external comment.")
    deliveryDateMs: Int64 = opt(
        "Delivery date, in milliseconds since 1970-01-01 (UTC).", inferred=_MS_INFERRED
    )
    internalCommentText: str = opt("Text of the internal comment.")
    externalCommentText: str = opt("Text of the external comment.")
    customerId: int = opt("Id of the customer (the ordering customer).")
    customerIdInvoiceAddress: int = opt("Id of the customer of the invoice address.")
    customerIdDeliveryAddress: int = opt("Id of the customer of the delivery address.")
    representativeSign: str = opt("Short sign (Kurzzeichen) of the sales representative.")
    id: int = opt("Id of the order.")


class OrderComments(BaseModel):
    """The internal and external comment of an order."""

    model_config = schema_config(lines=(78, 104))

    internalComment: str = opt("The internal comment of the order.")
    externalComment: str = opt("The external comment of the order.")
    id: int = opt("Id of the order.")


# --- Delivery status (GET /api/v1/order/deliverable) ----------------------------------------------


class DeliveryEntry(BaseModel):
    """A delivery note (Lieferschein) made for the order."""

    model_config = schema_config(lines=(145, 153))

    deliveryCnr: str = opt("Number of the delivery note.")
    status: DeliveryStatus | str = opt(
        "Status of the delivery note (the document shows CLEARED and CANCELLED).",
        inferred=_OPEN_ENUM,
    )
    id: int = opt("Id of the delivery note.")


class DeliveryEntryList(BaseModel):
    """The delivery notes of an order."""

    model_config = schema_config(lines=(144, 154))

    entries: list[DeliveryEntry] = opt("The delivery notes.")


class DeliveryPositionEntry(BaseModel):
    """An order position with its delivery state."""

    model_config = schema_config(lines=(156, 180))

    itemCnr: str = opt("Item number (Artikelnummer).")
    itemId: int = opt("Id of the item.")
    description: str = opt("Description of the position.")
    amount: float = opt("Ordered quantity.")
    openAmount: float = opt("Quantity not yet delivered.")
    unitCnr: str = opt("Unit of the quantity.")
    status: str = opt("Status of the position.")
    itemProperty: ItemProperty | str = opt(
        "Identity property of the item (the document shows NOIDENTIY, sic).",
        inferred=_OPEN_ENUM,
    )
    itemIdentity: dict[str, Any] = opt(
        "Serial/batch identity of the item; the document shows only an empty object."
    )
    stockinfoEntry: dict[str, Any] = opt(
        "Stock information of the item; the document shows only an empty object."
    )
    id: int = opt("Id of the order position.")


class DeliveryPositionEntryList(BaseModel):
    """The positions of an order with their delivery state."""

    model_config = schema_config(lines=(155, 181))

    entries: list[DeliveryPositionEntry] = opt("The positions.")


class DeliverableOrderEntry(BaseModel):
    """The delivery status ("Lieferstatus") of an order."""

    model_config = schema_config(
        lines=(118, 183),
        original=Original(lang="de", description="den Status eines lieferbaren Auftrags"),
    )

    cnr: str = opt("Order number.")
    deliverable: bool = opt("True when the order can be delivered.")
    status: DeliverableOrderStatus | str = opt(
        "Delivery status of the order (the document shows DONE).", inferred=_OPEN_ENUM
    )
    deliveryEntries: DeliveryEntryList = opt("The delivery notes of the order.")
    positionEntries: DeliveryPositionEntryList = opt("The positions of the order.")
    id: int = opt("Id of the order.")


# --- Offline data (GET /api/v1/order/offline) -----------------------------------------------------


class OrderpositionsEntry(BaseModel):
    """An order position together with the id of its order (positions of several orders)."""

    model_config = schema_config(lines=(386, 417))

    orderId: int = opt("Id of the order the position belongs to.")
    positionNr: int = opt("Number of the position within the order.")
    amount: float = opt("Quantity.")
    unitCnr: str = opt("Unit of the quantity.")
    itemCnr: str = opt("Item number.")
    description: str = opt("Description of the position.")
    price: float = opt("Price of the position.")
    status: str = opt("Status of the position.")
    id: int = opt("Id of the order position.")


class OrderAddress(BaseModel):
    """A postal address of a partner or contact, used by the offline order data."""

    model_config = schema_config(lines=(293, 310))

    partnerId: int = opt("Id of the partner.")
    lines: list[str] = opt("The address as printable lines.")
    salutation: str = opt("Salutation.")
    titel: str = opt("Title (vendor spelling `titel`).")
    titelSuffix: str = opt("Title written after the name.")
    name1Lastname: str = opt("Name line 1: last name or company name.")
    name2Firstname: str = opt("Name line 2: first name.")
    name3Department: str = opt("Name line 3: department.")
    postofficeBox: str = opt("Post office box.")
    street: str = opt("Street.")
    countryCode: str = opt("Country code.")
    zipcode: str = opt("Postal code.")
    city: str = opt("City.")
    email: str = opt("E-mail address.")
    phone: str = opt("Phone number.")
    id: int = opt("Id of the address.")


class OrderAddressContact(BaseModel):
    """A delivery address of the offline orders: the partner's and the contact's address."""

    model_config = schema_config(lines=(292, 366))

    partnerAddress: OrderAddress = opt("Address of the partner.")
    contactAddress: OrderAddress = opt("Address of the contact person.")


class OfflineOrderEntry(BaseModel):
    """Order data for later offline processing: the orders matching the filter, their
    positions and their different delivery addresses."""

    model_config = schema_config(
        lines=(189, 367),
        original=Original(
            lang="de",
            description="Es werden sämtliche den Kritieren entsprechenden Aufträge geliefert. "
            "Zusätzlich die Positionen für dieser Aufträge und die unterschiedlichen "
            "Lieferadressen.",
        ),
    )

    orders: list[OrderEntry] = opt("The orders matching the filter.")
    orderpositions: list[OrderpositionsEntry] = opt("The positions of these orders.")
    addresses: list[OrderAddressContact] = opt("The different delivery addresses.")


# --- Positions of one order (GET /api/v1/order/{orderid}/position) --------------------------------


class OrderpositionEntry(BaseModel):
    """A position of one order."""

    model_config = schema_config(lines=(781, 811))

    positionNr: int = opt("Number of the position within the order.")
    amount: float = opt("Quantity.")
    unitCnr: str = opt("Unit of the quantity.")
    itemCnr: str = opt("Item number.")
    description: str = opt("Description of the position.")
    price: float = opt("Price of the position.")
    status: str = opt("Status of the position.")
    id: int = opt("Id of the order position.")


# --- Activation and sorting ------------------------------------------------------------------------


class OrderActivationEntry(BaseModel):
    """Result of the document check (Belegprüfung) made when an order is activated."""

    model_config = schema_config(
        lines=(464, 491),
        original=Original(lang="de", description="Informationen zur Belegprüfung"),
    )

    calculationTimestampMs: Int64 = opt(
        "When the order was calculated, in milliseconds since 1970-01-01 (UTC).",
        inferred=_MS_INFERRED,
    )
    customerExpectsVATorderHasNoneVATpositions: bool = opt(
        "True when the customer expects VAT but the order has positions without VAT."
    )
    customerHasNoVATorderHasVATpositions: bool = opt(
        "True when the customer pays no VAT but the order has positions with VAT."
    )
    id: int = opt("Id of the order.")


class OrderSortedEntry(BaseModel):
    """Result of sorting the positions of an order."""

    model_config = schema_config(
        lines=(898, 923),
        original=Original(lang="de", description="Information zur Sortierung"),
    )

    sorted: bool = opt("True when the positions were sorted.")
    id: int = opt("Id of the order.")


# --- Document upload (POST /api/v1/order/{orderid}/document) --------------------------------------


class OrderDocumentUpload(BaseModel):
    """The document(s) to file in the order's document storage, as multipart/form-data.

    The document declares this body as an `application/json` `MultipartBody` (the server-side
    Apache CXF object) and prints that object's JSON rendering; on the wire it is a
    multipart/form-data request holding one or more files (at most 500 KiB in all).
    """

    model_config = schema_config(
        lines=(499, 660),
        original=Original(
            lang="de",
            description="ist der multipart/form-data des Requests, der den/die Dokumente enthält",
        ),
        quirks=[
            Quirk(
                lines=(509, 512),
                text="Declared as application/json `MultipartBody (JSON)` and application/xml "
                "`multipartBody (XML)`, but described as the multipart/form-data of the "
                "request; the example (lines 521-660) is the JSON rendering of the server's "
                "MultipartBody object, not a payload a client sends.",
            )
        ],
    )

    file: bytes = opt(
        "A document to file (more parts may follow: every part of the request is stored). "
        "At most 500 KiB per upload.",
        inferred="the document names no form part: the server takes the attachments of the "
        "whole multipart body, so any part name works; `file` is the conventional name",
    )


# --- Creating and changing positions --------------------------------------------------------------


class CreateOrderItemPositionEntry(BaseModel):
    """An item position (Identposition / Artikelposition) to add to or set on an order."""

    model_config = schema_config(
        lines=(678, 701),
        original=Original(lang="de", description="die hinzuzufügenden Identposition"),
    )

    itemId: int = opt("Id of the item.")
    amount: float = opt("Quantity.")
    itemCnr: str = opt("Item number (alternative to itemId).")
    costBearingUnitId: int = opt("Id of the cost-bearing unit (Kostenträger).")


class CreateOrderManualItemPositionEntry(BaseModel):
    """A manual-entry position (Handeingabeposition) to add to or set on an order."""

    model_config = schema_config(
        lines=(728, 754),
        original=Original(lang="de", description="die hinzuzufügenden Handeingabeposition"),
    )

    description: str = opt("Description of the position.")
    description2: str = opt("Second description line.")
    unitCnr: str = opt("Unit of the quantity.")
    amount: float = opt("Quantity.")
    nettoPrice: float = opt("Net price.")
    costBearingUnitId: int = opt("Id of the cost-bearing unit (Kostenträger).")
    taxDescriptionId: int = opt("Id of the tax rate (Mehrwertsteuersatz-Bezeichnung).")


class CreateOrderTextblockPositionEntry(BaseModel):
    """A text-block position (Textbausteinposition) to add to an order. For text-based text
    blocks `localeCnr` may be given; without it the locale of the logged-on user is used, and
    the text block must exist in that locale. Text blocks holding images may be used too."""

    model_config = schema_config(
        lines=(933, 963),
        original=Original(
            lang="de",
            description="die hinzuzufügenden Textbausteinposition [...] Bei auf Texten basierende "
            "Textbausteinen kann die localeCnr angegeben werden. Wird sie nicht angegeben, "
            "wird der Textbaustein mit der Locale des angemeldeten Benutzers verwendet. Der "
            "Textbaustein muss in dieser Locale existieren.",
        ),
    )

    textblockId: int = opt("Id of the text block.")
    textblockCnr: str = opt("Number (name) of the text block.")
    localeCnr: str = opt(
        "Locale of the text block; defaults to the locale of the logged-on user.",
        de="Bei auf Texten basierende Textbausteinen kann die localeCnr angegeben werden. "
        "Wird sie nicht angegeben, wird der Textbaustein mit der Locale des angemeldeten "
        "Benutzers verwendet.",
    )


class CreateOrderTextPositionEntry(BaseModel):
    """A free-text position (Texteingabeposition) to add to an order."""

    model_config = schema_config(
        lines=(990, 1010),
        original=Original(lang="de", description="die hinzuzufügenden Textposition"),
    )

    text: str = opt("The text of the position.")


class CreatedOrderPositionEntry(BaseModel):
    """The order position just created or changed. When a position is changed, continue with
    the `orderPositionId` returned here: the id may differ from the one sent."""

    model_config = schema_config(
        lines=(683, 714),
        original=Original(lang="de", description="die neu erzeugte Auftragsposition"),
    )

    orderId: int = opt("Id of the order.")
    orderCnr: str = opt("Number of the order.")
    orderPositionId: int = opt(
        "Id of the created (or changed) order position.",
        de="Wird mit der Id der Position weitergearbeitet, ist die im Response enthaltende "
        "orderPositionId zu verwenden.",
    )
    amount: float = opt("Quantity of the position.")


# --- Settlement of hours (GET/POST /api/v1/order/{orderid}/settlementofhours) ---------------------


class SettlementOfHoursEntry(BaseModel):
    """The settlement of hours (Stundenabrechnung) of an order, as a document."""

    model_config = schema_config(lines=(821, 850))

    name: str = opt("File name of the document.")
    mimeType: str = opt("MIME type of the document.")
    content: str = opt("Content of the document (as text in JSON).")
    description: str = opt("Description of the document.")
    lastPagePng: str = opt("Image (PNG) of the document's last page, as text in JSON.")
    serialNumber: int = opt("Serial number of the settlement.")
    id: int = opt("Id of the settlement.")


class SettlementOfHoursSignatureEntry(BaseModel):
    """A signed settlement of hours of an order."""

    model_config = schema_config(lines=(856, 880))

    userId: str = opt("Id of the user who signs (a string in the example).")
    remark: str = opt("Remark.")
    pdfContent: str = opt("The settlement as PDF (as text in JSON).")
    signatureContent: str = opt("The signature image (as text in JSON).")
    signatureMs: Int64 = opt(
        "When it was signed, in milliseconds since 1970-01-01 (UTC).", inferred=_MS_INFERRED
    )
    orderId: int = opt("Id of the order.")
    signatureType: str = opt("Type of the signature.")
    serialNumber: int = opt("Serial number of the settlement.")
    signerName: str = opt("Name of the signer.")
    id: int = opt("Id of the entry.")


# --- Logon (not in the document: inferred) --------------------------------------------------------

_LOGON_INFERRED = (
    "not in the OrderApi document, which only refers to 'the token from the logon': HELIUM V's "
    "UserApi LogonEntry (POST /api/v1/logon/)"
)


class LogonEntry(BaseModel):
    """Credentials to log on to HELIUM V (UserApi, not part of the OrderApi document)."""

    model_config = schema_config(lines=(17, 17), inferred=_LOGON_INFERRED)

    username: str = Field(description="The user name.")
    password: str = Field(
        description="The user's password.", json_schema_extra={"format": "password"}
    )
    client: str = opt(
        "The (optional) tenant (Mandant); without it the user's default tenant is used.",
        inferred="from HELIUM V's LogonEntry: the OrderApi document does not describe the logon",
    )
    localeString: Annotated[str, Field(pattern=r"^[a-z]{2}[A-Z]{2}$")] = opt(
        "The (optional) locale: two letters of language then two of country, e.g. `deAT`; "
        "without it the language of the main tenant is used.",
        inferred="from HELIUM V's LogonEntry: the OrderApi document does not describe the logon",
    )


class LoggedOnEntry(BaseModel):
    """A successful logon: the token to send as `userid` / `hvtoken` on every other call."""

    model_config = schema_config(lines=(17, 17), inferred=_LOGON_INFERRED)

    token: str = opt(
        "The token: send it as the `userid` query parameter or the `hvtoken` header.",
        de='ist der beim Logon ermittelte "token"',
    )
    client: str = opt("The tenant (Mandant) logged on to.")
    localeString: str = opt("The locale of the session, e.g. `deAT`.")
