# Generated from openapi.yaml by datamodel-code-generator; do not edit.
"""The API's data as pydantic models, one class per schema, and its enums.

Build a model with the vendor's field names as keywords, as the document prints them and as
they go on the wire (``Thing(thingId=1)``): the type checkers name the constructor's parameters
after the fields' aliases (without pydantic's mypy plugin; with it, after the Python names).
Read its attributes by the Python names (``thing.thing_id``). Both spellings validate at run
time (``validate_by_name``). A request body may also be a dict in the vendor's names, typed by
a ``TypedDict`` of ``bodies``. Enum members are UPPER_SNAKE, named from their values or by the
curator (``x-enum-varnames``).
"""

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
        validate_by_name=True,
    )
    item_id: int | None = Field(default=None, alias="itemId")
    amount: float | None = None
    item_cnr: str | None = Field(default=None, alias="itemCnr")
    cost_bearing_unit_id: int | None = Field(default=None, alias="costBearingUnitId")


class CreateOrderManualItemPositionEntry(BaseModel):
    """
    The manual-entry position (Handeingabeposition) to add.
    """

    model_config = ConfigDict(
        extra="forbid",
        validate_by_name=True,
    )
    description: str | None = None
    description2: str | None = None
    unit_cnr: str | None = Field(default=None, alias="unitCnr")
    amount: float | None = None
    netto_price: float | None = Field(default=None, alias="nettoPrice")
    cost_bearing_unit_id: int | None = Field(default=None, alias="costBearingUnitId")
    tax_description_id: int | None = Field(default=None, alias="taxDescriptionId")


class CreateOrderTextPositionEntry(BaseModel):
    """
    The text position (Textposition) to add.
    """

    model_config = ConfigDict(
        extra="forbid",
        validate_by_name=True,
    )
    text: str | None = None


class CreateOrderTextblockPositionEntry(BaseModel):
    """
    The text-block position (Textbausteinposition) to add.
    """

    model_config = ConfigDict(
        extra="forbid",
        validate_by_name=True,
    )
    textblock_id: int | None = Field(default=None, alias="textblockId")
    textblock_cnr: str | None = Field(default=None, alias="textblockCnr")
    locale_cnr: str | None = Field(default=None, alias="localeCnr")
    """
    For text blocks based on texts, the localeCnr can be given. If it is not given, the text block in the locale of the logged-on user is used. The text block must exist in this locale.
    """


class CreatedOrderPositionEntry(BaseModel):
    """
    The newly created order position.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    order_id: int | None = Field(default=None, alias="orderId")
    order_cnr: str | None = Field(default=None, alias="orderCnr")
    order_position_id: int | None = Field(default=None, alias="orderPositionId")
    """
    If work continues with the id of the position, the orderPositionId contained in the response is to be used.
    """
    amount: float | None = None


class DeliverableOrderStatus(StrEnum):
    """
    The `status` of a DeliverableOrderEntry. The document prints only `DONE`; it gives no
    complete list, so the field that uses this enum also accepts other strings.
    """

    DONE = "DONE"


class DeliveryStatus(StrEnum):
    """
    The `status` of a delivery entry. The document prints `CLEARED` and `CANCELLED`; it
    gives no complete list, so the field that uses this enum also accepts other strings.
    """

    CLEARED = "CLEARED"
    CANCELLED = "CANCELLED"


class ItemProperty(StrEnum):
    """
    The `itemProperty` of a position entry. The document prints only `NOIDENTIY` (sic,
    spelled as the vendor spells it); it gives no complete list, so the field that uses this
    enum also accepts other strings.
    """

    NOIDENTIY = "NOIDENTIY"


class LoggedOnEntry(BaseModel):
    """
    A successful logon: the token to send as `userid` / `hvtoken` on every other call.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    token: str | None = None
    """
    The token: the "token" determined at logon, sent as the `userid` query parameter or the `hvtoken` header.
    """
    client: str | None = None
    """
    The tenant (Mandant) logged on to.
    """
    locale_string: str | None = Field(default=None, alias="localeString")
    """
    The locale of the tenant, e.g. `deAT`.
    """


class LogonEntry(BaseModel):
    """
    Credentials to log on to HELIUM V (UserApi, not part of the OrderApi document).
    """

    model_config = ConfigDict(
        extra="forbid",
        validate_by_name=True,
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
    locale_string: str | None = Field(default=None, alias="localeString")
    """
    The (optional) locale: language then country, four letters, e.g. `deAT`; without it the locale of the main tenant is used.
    """


class MultipartContentDisposition(BaseModel):
    """
    `contentDisposition` of an attachment, as the example shows it.
    """

    model_config = ConfigDict(
        extra="forbid",
        validate_by_name=True,
    )
    type: str | None = None
    parameters: dict[str, str] | None = None


class MultipartMediaType(BaseModel):
    """
    `contentType` of an attachment and `type` of the MultipartBody, as the example shows it.
    """

    model_config = ConfigDict(
        extra="forbid",
        validate_by_name=True,
    )
    type: str | None = None
    wildcard_subtype: bool | None = Field(default=None, alias="wildcardSubtype")
    parameters: dict[str, str] | None = None
    wildcard_type: bool | None = Field(default=None, alias="wildcardType")
    subtype: str | None = None


class OrderActivationEntry(BaseModel):
    """
    Information about the document check (Belegprüfung).
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    calculation_timestamp_ms: int | None = Field(default=None, alias="calculationTimestampMs")
    customer_expects_va_torder_has_none_va_tpositions: bool | None = Field(
        default=None, alias="customerExpectsVATorderHasNoneVATpositions"
    )
    customer_has_no_va_torder_has_va_tpositions: bool | None = Field(
        default=None, alias="customerHasNoVATorderHasVATpositions"
    )
    id: int | None = None


class OrderAddress(BaseModel):
    """
    `partnerAddress` / `contactAddress` of an offline address, as the example shows it.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    partner_id: int | None = Field(default=None, alias="partnerId")
    lines: list[str] | None = None
    salutation: str | None = None
    titel: str | None = None
    titel_suffix: str | None = Field(default=None, alias="titelSuffix")
    name1_lastname: str | None = Field(default=None, alias="name1Lastname")
    name2_firstname: str | None = Field(default=None, alias="name2Firstname")
    name3_department: str | None = Field(default=None, alias="name3Department")
    postoffice_box: str | None = Field(default=None, alias="postofficeBox")
    street: str | None = None
    country_code: str | None = Field(default=None, alias="countryCode")
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
        validate_by_name=True,
    )
    partner_address: OrderAddress | None = Field(default=None, alias="partnerAddress")
    contact_address: OrderAddress | None = Field(default=None, alias="contactAddress")


class OrderComments(BaseModel):
    """
    The comments of an order (OrderComments).
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    internal_comment: str | None = Field(default=None, alias="internalComment")
    """
    The internal comment; returned when `addInternalComment` is true or not given.
    """
    external_comment: str | None = Field(default=None, alias="externalComment")
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
        validate_by_name=True,
    )
    cnr: str | None = None
    order_type: str | None = Field(default=None, alias="orderType")
    project_name: str | None = Field(default=None, alias="projectName")
    order_state: str | None = Field(default=None, alias="orderState")
    customer_name: str | None = Field(default=None, alias="customerName")
    customer_address: str | None = Field(default=None, alias="customerAddress")
    customer_partner_id: int | None = Field(default=None, alias="customerPartnerId")
    customer_contact_id: int | None = Field(default=None, alias="customerContactId")
    delivery_partner_id: int | None = Field(default=None, alias="deliveryPartnerId")
    delivery_contact_id: int | None = Field(default=None, alias="deliveryContactId")
    internal_comment: bool | None = Field(default=None, alias="internalComment")
    external_comment: bool | None = Field(default=None, alias="externalComment")
    delivery_date_ms: int | None = Field(default=None, alias="deliveryDateMs")
    internal_comment_text: str | None = Field(default=None, alias="internalCommentText")
    external_comment_text: str | None = Field(default=None, alias="externalCommentText")
    customer_id: int | None = Field(default=None, alias="customerId")
    customer_id_invoice_address: int | None = Field(default=None, alias="customerIdInvoiceAddress")
    customer_id_delivery_address: int | None = Field(
        default=None, alias="customerIdDeliveryAddress"
    )
    representative_sign: str | None = Field(default=None, alias="representativeSign")
    id: int | None = None


class OrderSortedEntry(BaseModel):
    """
    Information about the sorting.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    sorted: bool | None = None
    id: int | None = None


class OrderpositionEntry(BaseModel):
    """
    An OrderpositionEntry, as the example shows it.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    position_nr: int | None = Field(default=None, alias="positionNr")
    amount: float | None = None
    unit_cnr: str | None = Field(default=None, alias="unitCnr")
    item_cnr: str | None = Field(default=None, alias="itemCnr")
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
        validate_by_name=True,
    )
    order_id: int | None = Field(default=None, alias="orderId")
    position_nr: int | None = Field(default=None, alias="positionNr")
    amount: float | None = None
    unit_cnr: str | None = Field(default=None, alias="unitCnr")
    item_cnr: str | None = Field(default=None, alias="itemCnr")
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
        validate_by_name=True,
    )
    name: str | None = None
    mime_type: str | None = Field(default=None, alias="mimeType")
    content: str | None = None
    description: str | None = None
    last_page_png: str | None = Field(default=None, alias="lastPagePng")
    serial_number: int | None = Field(default=None, alias="serialNumber")
    id: int | None = None


class SettlementOfHoursSignatureEntry(BaseModel):
    """
    A SettlementOfHoursSignatureEntry, as the example shows it.
    """

    model_config = ConfigDict(
        extra="forbid",
        validate_by_name=True,
    )
    user_id: str | None = Field(default=None, alias="userId")
    """
    The "token" determined at logon: the server logs on with this field.
    """
    remark: str | None = None
    pdf_content: str | None = Field(default=None, alias="pdfContent")
    signature_content: str | None = Field(default=None, alias="signatureContent")
    signature_ms: int | None = Field(default=None, alias="signatureMs")
    order_id: int | None = Field(default=None, alias="orderId")
    signature_type: str | None = Field(default=None, alias="signatureType")
    serial_number: int | None = Field(default=None, alias="serialNumber")
    signer_name: str | None = Field(default=None, alias="signerName")
    id: int | None = None


class DeliveryEntry(BaseModel):
    """
    One entry of `deliveryEntries.entries`, as the example shows it.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    delivery_cnr: str | None = Field(default=None, alias="deliveryCnr")
    status: DeliveryStatus | str | None = None
    id: int | None = None


class DeliveryEntryList(BaseModel):
    """
    `deliveryEntries` of a DeliverableOrderEntry, as the example shows it.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    entries: list[DeliveryEntry] | None = None


class DeliveryPositionEntry(BaseModel):
    """
    One entry of `positionEntries.entries`, as the example shows it.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    item_cnr: str | None = Field(default=None, alias="itemCnr")
    item_id: int | None = Field(default=None, alias="itemId")
    description: str | None = None
    amount: float | None = None
    open_amount: float | None = Field(default=None, alias="openAmount")
    unit_cnr: str | None = Field(default=None, alias="unitCnr")
    status: str | None = None
    item_property: ItemProperty | str | None = Field(default=None, alias="itemProperty")
    item_identity: dict[str, Any] | None = Field(default=None, alias="itemIdentity")
    stockinfo_entry: dict[str, Any] | None = Field(default=None, alias="stockinfoEntry")
    id: int | None = None


class DeliveryPositionEntryList(BaseModel):
    """
    `positionEntries` of a DeliverableOrderEntry, as the example shows it.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    entries: list[DeliveryPositionEntry] | None = None


class MultipartAttachment(BaseModel):
    """
    An attachment of the MultipartBody, as the example shows it.
    """

    model_config = ConfigDict(
        extra="forbid",
        validate_by_name=True,
    )
    content_disposition: MultipartContentDisposition | None = Field(
        default=None, alias="contentDisposition"
    )
    object: dict[str, Any] | None = None
    content_type: MultipartMediaType | None = Field(default=None, alias="contentType")
    content_id: str | None = Field(default=None, alias="contentId")
    data_handler: str | None = Field(default=None, alias="dataHandler")
    headers: dict[str, list[str]] | None = None


class MultipartBody(BaseModel):
    """
    The multipart/form-data of the request, holding the document(s): the MultipartBody
    the document declares (line 511), with the fields its example shows (lines 521-660).
    """

    model_config = ConfigDict(
        extra="forbid",
        validate_by_name=True,
    )
    all_attachments: list[MultipartAttachment] | None = Field(default=None, alias="allAttachments")
    type: MultipartMediaType | None = None
    root_attachment: MultipartAttachment | None = Field(default=None, alias="rootAttachment")
    child_attachments: list[MultipartAttachment] | None = Field(
        default=None, alias="childAttachments"
    )


class OfflineOrderEntry(BaseModel):
    """
    Order data for later offline processing: every order matching the criteria, in
    addition the positions of these orders and the different delivery addresses.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
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
        validate_by_name=True,
    )
    cnr: str | None = None
    deliverable: bool | None = None
    status: DeliverableOrderStatus | str | None = None
    delivery_entries: DeliveryEntryList | None = Field(default=None, alias="deliveryEntries")
    position_entries: DeliveryPositionEntryList | None = Field(
        default=None, alias="positionEntries"
    )
    id: int | None = None
