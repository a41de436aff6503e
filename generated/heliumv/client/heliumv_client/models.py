# Generated from openapi.yaml by datamodel-code-generator; do not edit.

from __future__ import annotations

from typing import Annotated, Any
from pydantic import BaseModel, ConfigDict, Field, SecretStr
from enum import StrEnum


class CreateOrderItemPositionEntry(BaseModel):
    """
    The item position (Identposition) to add.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    item_id: Annotated[int | None, Field(alias="itemId")] = None
    amount: float | None = None
    item_cnr: Annotated[str | None, Field(alias="itemCnr")] = None
    cost_bearing_unit_id: Annotated[int | None, Field(alias="costBearingUnitId")] = None


class CreateOrderManualItemPositionEntry(BaseModel):
    """
    The manual-entry position (Handeingabeposition) to add.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    description: str | None = None
    description2: str | None = None
    unit_cnr: Annotated[str | None, Field(alias="unitCnr")] = None
    amount: float | None = None
    netto_price: Annotated[float | None, Field(alias="nettoPrice")] = None
    cost_bearing_unit_id: Annotated[int | None, Field(alias="costBearingUnitId")] = None
    tax_description_id: Annotated[int | None, Field(alias="taxDescriptionId")] = None


class CreateOrderTextPositionEntry(BaseModel):
    """
    The text position (Textposition) to add.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    text: str | None = None


class CreateOrderTextblockPositionEntry(BaseModel):
    """
    The text-block position (Textbausteinposition) to add.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    textblock_id: Annotated[int | None, Field(alias="textblockId")] = None
    textblock_cnr: Annotated[str | None, Field(alias="textblockCnr")] = None
    locale_cnr: Annotated[str | None, Field(alias="localeCnr")] = None
    """
    For text blocks based on texts, the localeCnr can be given. If it is not given, the text block in the locale of the logged-on user is used. The text block must exist in this locale.
    """


class CreatedOrderPositionEntry(BaseModel):
    """
    The newly created order position.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    order_id: Annotated[int | None, Field(alias="orderId")] = None
    order_cnr: Annotated[str | None, Field(alias="orderCnr")] = None
    order_position_id: Annotated[int | None, Field(alias="orderPositionId")] = None
    """
    If work continues with the id of the position, the orderPositionId contained in the response is to be used.
    """
    amount: float | None = None


class DeliverableOrderStatus(StrEnum):
    """
    The `status` of a DeliverableOrderEntry. The document prints only `DONE`; it gives no
    complete list, so the field that uses this enum also accepts other strings.
    """

    done = "DONE"


class DeliveryStatus(StrEnum):
    """
    The `status` of a delivery entry. The document prints `CLEARED` and `CANCELLED`; it
    gives no complete list, so the field that uses this enum also accepts other strings.
    """

    cleared = "CLEARED"
    cancelled = "CANCELLED"


class ItemProperty(StrEnum):
    """
    The `itemProperty` of a position entry. The document prints only `NOIDENTIY` (sic,
    spelled as the vendor spells it); it gives no complete list, so the field that uses this
    enum also accepts other strings.
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
    The token: the "token" determined at logon, sent as the `userid` query parameter or the `hvtoken` header.
    """
    client: str | None = None
    """
    The tenant (Mandant) logged on to.
    """
    locale_string: Annotated[str | None, Field(alias="localeString")] = None
    """
    The locale of the tenant, e.g. `deAT`.
    """


class LogonEntry(BaseModel):
    """
    Credentials to log on to HELIUM V (UserApi, not part of the OrderApi document).
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    username: str
    """
    The user name (400 when empty).
    """
    password: SecretStr
    """
    The user's password (400 when empty).
    """
    client: str | None = None
    """
    The (optional) tenant (Mandant) to log on to.
    """
    locale_string: Annotated[str | None, Field(alias="localeString")] = None
    """
    The (optional) locale: language then country, four letters, e.g. `deAT`; without it the locale of the main tenant is used.
    """


class MultipartContentDisposition(BaseModel):
    """
    `contentDisposition` of an attachment, as the example shows it.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    type: str | None = None
    parameters: dict[str, str] | None = None


class MultipartMediaType(BaseModel):
    """
    `contentType` of an attachment and `type` of the MultipartBody, as the example shows it.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    type: str | None = None
    wildcard_subtype: Annotated[bool | None, Field(alias="wildcardSubtype")] = None
    parameters: dict[str, str] | None = None
    wildcard_type: Annotated[bool | None, Field(alias="wildcardType")] = None
    subtype: str | None = None


class OrderActivationEntry(BaseModel):
    """
    Information about the document check (Belegprüfung).
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    calculation_timestamp_ms: Annotated[int | None, Field(alias="calculationTimestampMs")] = None
    customer_expects_va_torder_has_none_va_tpositions: Annotated[
        bool | None, Field(alias="customerExpectsVATorderHasNoneVATpositions")
    ] = None
    customer_has_no_va_torder_has_va_tpositions: Annotated[
        bool | None, Field(alias="customerHasNoVATorderHasVATpositions")
    ] = None
    id: int | None = None


class OrderAddress(BaseModel):
    """
    `partnerAddress` / `contactAddress` of an offline address, as the example shows it.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    partner_id: Annotated[int | None, Field(alias="partnerId")] = None
    lines: list[str] | None = None
    salutation: str | None = None
    titel: str | None = None
    titel_suffix: Annotated[str | None, Field(alias="titelSuffix")] = None
    name1_lastname: Annotated[str | None, Field(alias="name1Lastname")] = None
    name2_firstname: Annotated[str | None, Field(alias="name2Firstname")] = None
    name3_department: Annotated[str | None, Field(alias="name3Department")] = None
    postoffice_box: Annotated[str | None, Field(alias="postofficeBox")] = None
    street: str | None = None
    country_code: Annotated[str | None, Field(alias="countryCode")] = None
    zipcode: str | None = None
    city: str | None = None
    email: str | None = None
    phone: str | None = None
    id: int | None = None


class OrderAddressContact(BaseModel):
    """
    One of the different delivery addresses of the offline order data.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    partner_address: Annotated[OrderAddress | None, Field(alias="partnerAddress")] = None
    contact_address: Annotated[OrderAddress | None, Field(alias="contactAddress")] = None


class OrderComments(BaseModel):
    """
    The comments of an order (OrderComments).
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    internal_comment: Annotated[str | None, Field(alias="internalComment")] = None
    """
    The internal comment; returned when `addInternalComment` is true or not given.
    """
    external_comment: Annotated[str | None, Field(alias="externalComment")] = None
    """
    The external comment; returned when `addExternalComment` is true or not given.
    """
    id: int | None = None


class OrderEntry(BaseModel):
    """
    An order (Auftrag), as listed by GET /api/v1/order.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    cnr: str | None = None
    order_type: Annotated[str | None, Field(alias="orderType")] = None
    project_name: Annotated[str | None, Field(alias="projectName")] = None
    order_state: Annotated[str | None, Field(alias="orderState")] = None
    customer_name: Annotated[str | None, Field(alias="customerName")] = None
    customer_address: Annotated[str | None, Field(alias="customerAddress")] = None
    customer_partner_id: Annotated[int | None, Field(alias="customerPartnerId")] = None
    customer_contact_id: Annotated[int | None, Field(alias="customerContactId")] = None
    delivery_partner_id: Annotated[int | None, Field(alias="deliveryPartnerId")] = None
    delivery_contact_id: Annotated[int | None, Field(alias="deliveryContactId")] = None
    internal_comment: Annotated[bool | None, Field(alias="internalComment")] = None
    external_comment: Annotated[bool | None, Field(alias="externalComment")] = None
    delivery_date_ms: Annotated[int | None, Field(alias="deliveryDateMs")] = None
    internal_comment_text: Annotated[str | None, Field(alias="internalCommentText")] = None
    external_comment_text: Annotated[str | None, Field(alias="externalCommentText")] = None
    customer_id: Annotated[int | None, Field(alias="customerId")] = None
    customer_id_invoice_address: Annotated[int | None, Field(alias="customerIdInvoiceAddress")] = (
        None
    )
    customer_id_delivery_address: Annotated[
        int | None, Field(alias="customerIdDeliveryAddress")
    ] = None
    representative_sign: Annotated[str | None, Field(alias="representativeSign")] = None
    id: int | None = None


class OrderSortedEntry(BaseModel):
    """
    Information about the sorting.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    sorted: bool | None = None
    id: int | None = None


class OrderpositionEntry(BaseModel):
    """
    An OrderpositionEntry, as the example shows it.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    position_nr: Annotated[int | None, Field(alias="positionNr")] = None
    amount: float | None = None
    unit_cnr: Annotated[str | None, Field(alias="unitCnr")] = None
    item_cnr: Annotated[str | None, Field(alias="itemCnr")] = None
    description: str | None = None
    price: float | None = None
    status: str | None = None
    id: int | None = None


class OrderpositionsEntry(BaseModel):
    """
    An OrderpositionsEntry, as the examples show it (lines 271-291, 407-417).
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    order_id: Annotated[int | None, Field(alias="orderId")] = None
    position_nr: Annotated[int | None, Field(alias="positionNr")] = None
    amount: float | None = None
    unit_cnr: Annotated[str | None, Field(alias="unitCnr")] = None
    item_cnr: Annotated[str | None, Field(alias="itemCnr")] = None
    description: str | None = None
    price: float | None = None
    status: str | None = None
    id: int | None = None


class SettlementOfHoursEntry(BaseModel):
    """
    A SettlementOfHoursEntry, as the example shows it.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    name: str | None = None
    mime_type: Annotated[str | None, Field(alias="mimeType")] = None
    content: str | None = None
    description: str | None = None
    last_page_png: Annotated[str | None, Field(alias="lastPagePng")] = None
    serial_number: Annotated[int | None, Field(alias="serialNumber")] = None
    id: int | None = None


class SettlementOfHoursSignatureEntry(BaseModel):
    """
    A SettlementOfHoursSignatureEntry, as the example shows it.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    user_id: Annotated[str | None, Field(alias="userId")] = None
    """
    The "token" determined at logon: the server logs on with this field.
    """
    remark: str | None = None
    pdf_content: Annotated[str | None, Field(alias="pdfContent")] = None
    signature_content: Annotated[str | None, Field(alias="signatureContent")] = None
    signature_ms: Annotated[int | None, Field(alias="signatureMs")] = None
    order_id: Annotated[int | None, Field(alias="orderId")] = None
    signature_type: Annotated[str | None, Field(alias="signatureType")] = None
    serial_number: Annotated[int | None, Field(alias="serialNumber")] = None
    signer_name: Annotated[str | None, Field(alias="signerName")] = None
    id: int | None = None


class DeliveryEntry(BaseModel):
    """
    One entry of `deliveryEntries.entries`, as the example shows it.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    delivery_cnr: Annotated[str | None, Field(alias="deliveryCnr")] = None
    status: DeliveryStatus | str | None = None
    id: int | None = None


class DeliveryEntryList(BaseModel):
    """
    `deliveryEntries` of a DeliverableOrderEntry, as the example shows it.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    entries: list[DeliveryEntry] | None = None


class DeliveryPositionEntry(BaseModel):
    """
    One entry of `positionEntries.entries`, as the example shows it.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    item_cnr: Annotated[str | None, Field(alias="itemCnr")] = None
    item_id: Annotated[int | None, Field(alias="itemId")] = None
    description: str | None = None
    amount: float | None = None
    open_amount: Annotated[float | None, Field(alias="openAmount")] = None
    unit_cnr: Annotated[str | None, Field(alias="unitCnr")] = None
    status: str | None = None
    item_property: Annotated[ItemProperty | str | None, Field(alias="itemProperty")] = None
    item_identity: Annotated[dict[str, Any] | None, Field(alias="itemIdentity")] = None
    stockinfo_entry: Annotated[dict[str, Any] | None, Field(alias="stockinfoEntry")] = None
    id: int | None = None


class DeliveryPositionEntryList(BaseModel):
    """
    `positionEntries` of a DeliverableOrderEntry, as the example shows it.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    entries: list[DeliveryPositionEntry] | None = None


class MultipartAttachment(BaseModel):
    """
    An attachment of the MultipartBody, as the example shows it.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    content_disposition: Annotated[
        MultipartContentDisposition | None, Field(alias="contentDisposition")
    ] = None
    object: dict[str, Any] | None = None
    content_type: Annotated[MultipartMediaType | None, Field(alias="contentType")] = None
    content_id: Annotated[str | None, Field(alias="contentId")] = None
    data_handler: Annotated[str | None, Field(alias="dataHandler")] = None
    headers: dict[str, list[str]] | None = None


class MultipartBody(BaseModel):
    """
    The multipart/form-data of the request, holding the document(s): the MultipartBody
    the document declares (line 511), with the fields its example shows (lines 521-660).
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    all_attachments: Annotated[list[MultipartAttachment] | None, Field(alias="allAttachments")] = (
        None
    )
    type: MultipartMediaType | None = None
    root_attachment: Annotated[MultipartAttachment | None, Field(alias="rootAttachment")] = None
    child_attachments: Annotated[
        list[MultipartAttachment] | None, Field(alias="childAttachments")
    ] = None


class OfflineOrderEntry(BaseModel):
    """
    Order data for later offline processing: every order matching the criteria, in
    addition the positions of these orders and the different delivery addresses.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    orders: list[OrderEntry] | None = None
    """
    Every order matching the criteria.
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
    The status of a deliverable order.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    cnr: str | None = None
    deliverable: bool | None = None
    status: DeliverableOrderStatus | str | None = None
    delivery_entries: Annotated[DeliveryEntryList | None, Field(alias="deliveryEntries")] = None
    position_entries: Annotated[
        DeliveryPositionEntryList | None, Field(alias="positionEntries")
    ] = None
    id: int | None = None
