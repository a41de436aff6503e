# Generated from openapi.yaml by datamodel-code-generator; do not edit.

from __future__ import annotations

from typing import Annotated, Any
from pydantic import BaseModel, ConfigDict, Field, SecretStr
from enum import StrEnum


class CreateOrderItemPositionEntry(BaseModel):
    """
    An item position (Identposition / Artikelposition) to add to or set on an order.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    item_id: Annotated[int | None, Field(alias="itemId")] = None
    """
    Id of the item.
    """
    amount: float | None = None
    """
    Quantity.
    """
    item_cnr: Annotated[str | None, Field(alias="itemCnr")] = None
    """
    Item number (alternative to itemId).
    """
    cost_bearing_unit_id: Annotated[int | None, Field(alias="costBearingUnitId")] = None
    """
    Id of the cost-bearing unit (Kostenträger).
    """


class CreateOrderManualItemPositionEntry(BaseModel):
    """
    A manual-entry position (Handeingabeposition) to add to or set on an order.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    description: str | None = None
    """
    Description of the position.
    """
    description2: str | None = None
    """
    Second description line.
    """
    unit_cnr: Annotated[str | None, Field(alias="unitCnr")] = None
    """
    Unit of the quantity.
    """
    amount: float | None = None
    """
    Quantity.
    """
    netto_price: Annotated[float | None, Field(alias="nettoPrice")] = None
    """
    Net price.
    """
    cost_bearing_unit_id: Annotated[int | None, Field(alias="costBearingUnitId")] = None
    """
    Id of the cost-bearing unit (Kostenträger).
    """
    tax_description_id: Annotated[int | None, Field(alias="taxDescriptionId")] = None
    """
    Id of the tax rate (Mehrwertsteuersatz-Bezeichnung).
    """


class CreateOrderTextPositionEntry(BaseModel):
    """
    A free-text position (Texteingabeposition) to add to an order.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    text: str | None = None
    """
    The text of the position.
    """


class CreateOrderTextblockPositionEntry(BaseModel):
    """
    A text-block position (Textbausteinposition) to add to an order. For text-based text
    blocks `localeCnr` may be given; without it the locale of the logged-on user is used, and
    the text block must exist in that locale. Text blocks holding images may be used too.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    textblock_id: Annotated[int | None, Field(alias="textblockId")] = None
    """
    Id of the text block.
    """
    textblock_cnr: Annotated[str | None, Field(alias="textblockCnr")] = None
    """
    Number (name) of the text block.
    """
    locale_cnr: Annotated[str | None, Field(alias="localeCnr")] = None
    """
    Locale of the text block; defaults to the locale of the logged-on user.
    """


class CreatedOrderPositionEntry(BaseModel):
    """
    The order position just created or changed. When a position is changed, continue with
    the `orderPositionId` returned here: the id may differ from the one sent.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    order_id: Annotated[int | None, Field(alias="orderId")] = None
    """
    Id of the order.
    """
    order_cnr: Annotated[str | None, Field(alias="orderCnr")] = None
    """
    Number of the order.
    """
    order_position_id: Annotated[int | None, Field(alias="orderPositionId")] = None
    """
    Id of the created (or changed) order position.
    """
    amount: float | None = None
    """
    Quantity of the position.
    """


class DeliverableOrderStatus(StrEnum):
    """
    Delivery status of an order, as `DeliverableOrderEntry.status` shows it. The document
    prints only `DONE`; it gives no complete list, so the field that uses this enum also
    accepts other strings.
    """

    done = "DONE"


class DeliveryStatus(StrEnum):
    """
    Status of a delivery note of the order. The document prints `CLEARED` and `CANCELLED`;
    it gives no complete list, so the field that uses this enum also accepts other strings.
    """

    cleared = "CLEARED"
    cancelled = "CANCELLED"


class ItemProperty(StrEnum):
    """
    Identity property of an item (serial / batch tracking). The document prints only
    `NOIDENTIY` (sic, spelled as the vendor spells it: "no identity"); it gives no complete
    list, so the field that uses this enum also accepts other strings.
    """

    noidentiy = "NOIDENTIY"


class LoggedOnEntry(BaseModel):
    """
    A successful logon: the token to send as `userid` / `hvtoken` on every other call.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    token: str | None = None
    """
    The token: send it as the `userid` query parameter or the `hvtoken` header.
    """
    client: str | None = None
    """
    The tenant (Mandant) logged on to.
    """
    locale_string: Annotated[str | None, Field(alias="localeString")] = None
    """
    The locale of the session, e.g. `deAT`.
    """


class LogonEntry(BaseModel):
    """
    Credentials to log on to HELIUM V (UserApi, not part of the OrderApi document).
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    username: str
    """
    The user name.
    """
    password: SecretStr
    """
    The user's password.
    """
    client: str | None = None
    """
    The (optional) tenant (Mandant); without it the user's default tenant is used.
    """
    locale_string: Annotated[
        str | None, Field(alias="localeString", pattern="^[a-z]{2}[A-Z]{2}$")
    ] = None
    """
    The (optional) locale: two letters of language then two of country, e.g. `deAT`; without it the language of the main tenant is used.
    """


class OrderActivationEntry(BaseModel):
    """
    Result of the document check (Belegprüfung) made when an order is activated.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    calculation_timestamp_ms: Annotated[int | None, Field(alias="calculationTimestampMs")] = None
    """
    When the order was calculated, in milliseconds since 1970-01-01 (UTC).
    """
    customer_expects_va_torder_has_none_va_tpositions: Annotated[
        bool | None, Field(alias="customerExpectsVATorderHasNoneVATpositions")
    ] = None
    """
    True when the customer expects VAT but the order has positions without VAT.
    """
    customer_has_no_va_torder_has_va_tpositions: Annotated[
        bool | None, Field(alias="customerHasNoVATorderHasVATpositions")
    ] = None
    """
    True when the customer pays no VAT but the order has positions with VAT.
    """
    id: int | None = None
    """
    Id of the order.
    """


class OrderAddress(BaseModel):
    """
    A postal address of a partner or contact, used by the offline order data.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    partner_id: Annotated[int | None, Field(alias="partnerId")] = None
    """
    Id of the partner.
    """
    lines: list[str] | None = None
    """
    The address as printable lines.
    """
    salutation: str | None = None
    """
    Salutation.
    """
    titel: str | None = None
    """
    Title (vendor spelling `titel`).
    """
    titel_suffix: Annotated[str | None, Field(alias="titelSuffix")] = None
    """
    Title written after the name.
    """
    name1_lastname: Annotated[str | None, Field(alias="name1Lastname")] = None
    """
    Name line 1: last name or company name.
    """
    name2_firstname: Annotated[str | None, Field(alias="name2Firstname")] = None
    """
    Name line 2: first name.
    """
    name3_department: Annotated[str | None, Field(alias="name3Department")] = None
    """
    Name line 3: department.
    """
    postoffice_box: Annotated[str | None, Field(alias="postofficeBox")] = None
    """
    Post office box.
    """
    street: str | None = None
    """
    Street.
    """
    country_code: Annotated[str | None, Field(alias="countryCode")] = None
    """
    Country code.
    """
    zipcode: str | None = None
    """
    Postal code.
    """
    city: str | None = None
    """
    City.
    """
    email: str | None = None
    """
    E-mail address.
    """
    phone: str | None = None
    """
    Phone number.
    """
    id: int | None = None
    """
    Id of the address.
    """


class OrderAddressContact(BaseModel):
    """
    A delivery address of the offline orders: the partner's and the contact's address.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    partner_address: Annotated[OrderAddress | None, Field(alias="partnerAddress")] = None
    """
    Address of the partner.
    """
    contact_address: Annotated[OrderAddress | None, Field(alias="contactAddress")] = None
    """
    Address of the contact person.
    """


class OrderComments(BaseModel):
    """
    The internal and external comment of an order.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    internal_comment: Annotated[str | None, Field(alias="internalComment")] = None
    """
    The internal comment of the order.
    """
    external_comment: Annotated[str | None, Field(alias="externalComment")] = None
    """
    The external comment of the order.
    """
    id: int | None = None
    """
    Id of the order.
    """


class OrderDocumentUpload(BaseModel):
    """
    The document(s) to file in the order's document storage, as multipart/form-data.

    The document declares this body as an `application/json` `MultipartBody` (the server-side
    Apache CXF object) and prints that object's JSON rendering; on the wire it is a
    multipart/form-data request holding one or more files (at most 500 KiB in all).
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    file: bytes | None = None
    """
    A document to file (more parts may follow: every part of the request is stored). At most 500 KiB per upload.
    """


class OrderEntry(BaseModel):
    """
    An order (Auftrag) of HELIUM V, as listed by GET /api/v1/order.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    cnr: str | None = None
    """
    Order number (the HELIUM V document number, `cnr`).
    """
    order_type: Annotated[str | None, Field(alias="orderType")] = None
    """
    Type of the order.
    """
    project_name: Annotated[str | None, Field(alias="projectName")] = None
    """
    Project name of the order.
    """
    order_state: Annotated[str | None, Field(alias="orderState")] = None
    """
    Status of the order (e.g. created/ANGELEGT, open/OFFEN).
    """
    customer_name: Annotated[str | None, Field(alias="customerName")] = None
    """
    Name of the customer.
    """
    customer_address: Annotated[str | None, Field(alias="customerAddress")] = None
    """
    Address of the customer, as one text.
    """
    customer_partner_id: Annotated[int | None, Field(alias="customerPartnerId")] = None
    """
    Partner id of the customer.
    """
    customer_contact_id: Annotated[int | None, Field(alias="customerContactId")] = None
    """
    Id of the customer's contact person.
    """
    delivery_partner_id: Annotated[int | None, Field(alias="deliveryPartnerId")] = None
    """
    Partner id of the delivery recipient.
    """
    delivery_contact_id: Annotated[int | None, Field(alias="deliveryContactId")] = None
    """
    Id of the delivery recipient's contact person.
    """
    internal_comment: Annotated[bool | None, Field(alias="internalComment")] = None
    """
    True when the order has an internal comment.
    """
    external_comment: Annotated[bool | None, Field(alias="externalComment")] = None
    """
    True when the order has an external comment.
    """
    delivery_date_ms: Annotated[int | None, Field(alias="deliveryDateMs")] = None
    """
    Delivery date, in milliseconds since 1970-01-01 (UTC).
    """
    internal_comment_text: Annotated[str | None, Field(alias="internalCommentText")] = None
    """
    Text of the internal comment.
    """
    external_comment_text: Annotated[str | None, Field(alias="externalCommentText")] = None
    """
    Text of the external comment.
    """
    customer_id: Annotated[int | None, Field(alias="customerId")] = None
    """
    Id of the customer (the ordering customer).
    """
    customer_id_invoice_address: Annotated[int | None, Field(alias="customerIdInvoiceAddress")] = (
        None
    )
    """
    Id of the customer of the invoice address.
    """
    customer_id_delivery_address: Annotated[
        int | None, Field(alias="customerIdDeliveryAddress")
    ] = None
    """
    Id of the customer of the delivery address.
    """
    representative_sign: Annotated[str | None, Field(alias="representativeSign")] = None
    """
    Short sign (Kurzzeichen) of the sales representative.
    """
    id: int | None = None
    """
    Id of the order.
    """


class OrderSortedEntry(BaseModel):
    """
    Result of sorting the positions of an order.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    sorted: bool | None = None
    """
    True when the positions were sorted.
    """
    id: int | None = None
    """
    Id of the order.
    """


class OrderpositionEntry(BaseModel):
    """
    A position of one order.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    position_nr: Annotated[int | None, Field(alias="positionNr")] = None
    """
    Number of the position within the order.
    """
    amount: float | None = None
    """
    Quantity.
    """
    unit_cnr: Annotated[str | None, Field(alias="unitCnr")] = None
    """
    Unit of the quantity.
    """
    item_cnr: Annotated[str | None, Field(alias="itemCnr")] = None
    """
    Item number.
    """
    description: str | None = None
    """
    Description of the position.
    """
    price: float | None = None
    """
    Price of the position.
    """
    status: str | None = None
    """
    Status of the position.
    """
    id: int | None = None
    """
    Id of the order position.
    """


class OrderpositionsEntry(BaseModel):
    """
    An order position together with the id of its order (positions of several orders).
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    order_id: Annotated[int | None, Field(alias="orderId")] = None
    """
    Id of the order the position belongs to.
    """
    position_nr: Annotated[int | None, Field(alias="positionNr")] = None
    """
    Number of the position within the order.
    """
    amount: float | None = None
    """
    Quantity.
    """
    unit_cnr: Annotated[str | None, Field(alias="unitCnr")] = None
    """
    Unit of the quantity.
    """
    item_cnr: Annotated[str | None, Field(alias="itemCnr")] = None
    """
    Item number.
    """
    description: str | None = None
    """
    Description of the position.
    """
    price: float | None = None
    """
    Price of the position.
    """
    status: str | None = None
    """
    Status of the position.
    """
    id: int | None = None
    """
    Id of the order position.
    """


class SettlementOfHoursEntry(BaseModel):
    """
    The settlement of hours (Stundenabrechnung) of an order, as a document.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    name: str | None = None
    """
    File name of the document.
    """
    mime_type: Annotated[str | None, Field(alias="mimeType")] = None
    """
    MIME type of the document.
    """
    content: str | None = None
    """
    Content of the document (as text in JSON).
    """
    description: str | None = None
    """
    Description of the document.
    """
    last_page_png: Annotated[str | None, Field(alias="lastPagePng")] = None
    """
    Image (PNG) of the document's last page, as text in JSON.
    """
    serial_number: Annotated[int | None, Field(alias="serialNumber")] = None
    """
    Serial number of the settlement.
    """
    id: int | None = None
    """
    Id of the settlement.
    """


class SettlementOfHoursSignatureEntry(BaseModel):
    """
    A signed settlement of hours of an order.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    user_id: Annotated[str | None, Field(alias="userId")] = None
    """
    Id of the user who signs (a string in the example).
    """
    remark: str | None = None
    """
    Remark.
    """
    pdf_content: Annotated[str | None, Field(alias="pdfContent")] = None
    """
    The settlement as PDF (as text in JSON).
    """
    signature_content: Annotated[str | None, Field(alias="signatureContent")] = None
    """
    The signature image (as text in JSON).
    """
    signature_ms: Annotated[int | None, Field(alias="signatureMs")] = None
    """
    When it was signed, in milliseconds since 1970-01-01 (UTC).
    """
    order_id: Annotated[int | None, Field(alias="orderId")] = None
    """
    Id of the order.
    """
    signature_type: Annotated[str | None, Field(alias="signatureType")] = None
    """
    Type of the signature.
    """
    serial_number: Annotated[int | None, Field(alias="serialNumber")] = None
    """
    Serial number of the settlement.
    """
    signer_name: Annotated[str | None, Field(alias="signerName")] = None
    """
    Name of the signer.
    """
    id: int | None = None
    """
    Id of the entry.
    """


class DeliveryEntry(BaseModel):
    """
    A delivery note (Lieferschein) made for the order.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    delivery_cnr: Annotated[str | None, Field(alias="deliveryCnr")] = None
    """
    Number of the delivery note.
    """
    status: DeliveryStatus | str | None = None
    """
    Status of the delivery note (the document shows CLEARED and CANCELLED).
    """
    id: int | None = None
    """
    Id of the delivery note.
    """


class DeliveryEntryList(BaseModel):
    """
    The delivery notes of an order.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    entries: list[DeliveryEntry] | None = None
    """
    The delivery notes.
    """


class DeliveryPositionEntry(BaseModel):
    """
    An order position with its delivery state.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    item_cnr: Annotated[str | None, Field(alias="itemCnr")] = None
    """
    Item number (Artikelnummer).
    """
    item_id: Annotated[int | None, Field(alias="itemId")] = None
    """
    Id of the item.
    """
    description: str | None = None
    """
    Description of the position.
    """
    amount: float | None = None
    """
    Ordered quantity.
    """
    open_amount: Annotated[float | None, Field(alias="openAmount")] = None
    """
    Quantity not yet delivered.
    """
    unit_cnr: Annotated[str | None, Field(alias="unitCnr")] = None
    """
    Unit of the quantity.
    """
    status: str | None = None
    """
    Status of the position.
    """
    item_property: Annotated[ItemProperty | str | None, Field(alias="itemProperty")] = None
    """
    Identity property of the item (the document shows NOIDENTIY, sic).
    """
    item_identity: Annotated[dict[str, Any] | None, Field(alias="itemIdentity")] = None
    """
    Serial/batch identity of the item; the document shows only an empty object.
    """
    stockinfo_entry: Annotated[dict[str, Any] | None, Field(alias="stockinfoEntry")] = None
    """
    Stock information of the item; the document shows only an empty object.
    """
    id: int | None = None
    """
    Id of the order position.
    """


class DeliveryPositionEntryList(BaseModel):
    """
    The positions of an order with their delivery state.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    entries: list[DeliveryPositionEntry] | None = None
    """
    The positions.
    """


class OfflineOrderEntry(BaseModel):
    """
    Order data for later offline processing: the orders matching the filter, their
    positions and their different delivery addresses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    orders: list[OrderEntry] | None = None
    """
    The orders matching the filter.
    """
    orderpositions: list[OrderpositionsEntry] | None = None
    """
    The positions of these orders.
    """
    addresses: list[OrderAddressContact] | None = None
    """
    The different delivery addresses.
    """


class DeliverableOrderEntry(BaseModel):
    """
    The delivery status ("Lieferstatus") of an order.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    cnr: str | None = None
    """
    Order number.
    """
    deliverable: bool | None = None
    """
    True when the order can be delivered.
    """
    status: DeliverableOrderStatus | str | None = None
    """
    Delivery status of the order (the document shows DONE).
    """
    delivery_entries: Annotated[DeliveryEntryList | None, Field(alias="deliveryEntries")] = None
    """
    The delivery notes of the order.
    """
    position_entries: Annotated[
        DeliveryPositionEntryList | None, Field(alias="positionEntries")
    ] = None
    """
    The positions of the order.
    """
    id: int | None = None
    """
    Id of the order.
    """
