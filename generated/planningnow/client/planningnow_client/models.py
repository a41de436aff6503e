# Generated from openapi.yaml by datamodel-code-generator; do not edit.

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field
from typing import Annotated


class ApiDocumentation(BaseModel):
    """
    Machine-readable JSON schema of the general API documentation and available endpoints.

    The document says only that a JSON object is returned; its structure is not shown, so the
    schema is an open object.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )


class AuthTestResult(BaseModel):
    """
    Confirmation that the API token was accepted.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    response: str
    """
    Confirmation message; the example is `Test successfull.` (the vendor's spelling).
    """


class CostCentre(BaseModel):
    """
    A cost centre. The list returns the same structure for each entry (line 335).
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: int
    """
    Unique ID of the cost centre.
    """
    name: str | None = None
    """
    Name of the cost centre.
    """
    type: int | None = None
    """
    Type of the cost centre, as a number (the examples show 1 and 2; meanings not documented).
    """
    kalk_min_kosten: Annotated[
        str | None, Field(alias="kalkMinKosten", pattern="^-?\\d+(\\.\\d+)?$")
    ] = None
    """
    Calculated cost per minute (German: kalkulierte Minutenkosten), decimal string with three decimals in the examples (`1.850`).
    """
    nutzungsdauer: Annotated[str | None, Field(pattern="^-?\\d+(\\.\\d+)?$")] = None
    """
    Useful life (German: Nutzungsdauer), decimal string.
    """
    last_change: Annotated[
        str | None, Field(pattern="^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}$")
    ] = None
    """
    Time of the last change, `YYYY-MM-DD HH:MM:SS`.
    """
    last_sync: Annotated[
        str | None, Field(pattern="^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}$")
    ] = None
    """
    Time of the last synchronisation, `YYYY-MM-DD HH:MM:SS`.
    """


class CostCentreCreate(BaseModel):
    """
    Body of "create cost centre". The document does not say which fields are mandatory.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    name: str | None = None
    """
    Name of the cost centre.
    """
    type: int | None = None
    """
    Type of the cost centre, as a number (the example shows 2).
    """


class CostCentreUpdate(BaseModel):
    """
    Body of "update cost centre". The document prints only the cost per minute.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    kalk_min_kosten: Annotated[str | None, Field(pattern="^-?\\d+(\\.\\d+)?$")] = None
    """
    Calculated cost per minute, decimal string. Spelled `kalk_min_kosten` here but `kalkMinKosten` in responses.
    """


class Document(BaseModel):
    """
    A stored document as the upload and list responses return it.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: int
    """
    Unique ID of the document.
    """
    area: str | None = None
    """
    Area the document belongs to, e.g. `order`.
    """
    number: str | None = None
    """
    Number of the record in that area, e.g. `4711` (a string).
    """
    filename: str | None = None
    """
    File name without extension, e.g. `technical-drawing`.
    """
    filetype: str | None = None
    """
    File extension, e.g. `pdf`.
    """
    full_path: str | None = None
    """
    Full path of the stored file, e.g. `/Dokutasche/order/4711/technical-drawing.pdf`.
    """
    creator: str | None = None
    """
    User who uploaded the document.
    """
    creation_date: Annotated[str | None, Field(pattern="^\\d{4}-\\d{2}-\\d{2}$")] = None
    """
    Creation date, `YYYY-MM-DD`.
    """
    do_print: bool | None = None
    """
    Whether the document is to be printed.
    """
    external: bool | None = None
    """
    Whether the document is external.
    """
    folder_id: int | None = None
    """
    ID of the folder that holds the document.
    """
    mimetype: str | None = None
    """
    MIME type of the file, e.g. `application/pdf`.
    """


class DocumentDeleted(BaseModel):
    """
    Response of a successful document delete (200 OK with a body).
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    success: bool
    """
    Whether the deletion succeeded (true).
    """
    message: str
    """
    Confirmation message, e.g. `Document deleted successfully`.
    """
    status_code: int
    """
    The HTTP status code repeated in the body (200).
    """


class DocumentList(BaseModel):
    """
    Response of the document list.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    success: bool
    """
    Whether the request succeeded (true).
    """
    documents: list[Document]
    """
    The documents matching the filters.
    """
    count: int
    """
    Number of documents returned.
    """
    status_code: int
    """
    The HTTP status code repeated in the body (200).
    """


class DocumentUpload(BaseModel):
    """
    The multipart/form-data fields of a document upload (lines 384-389).

    Only `folder_id` is marked optional in the document; the other fields are listed without
    that mark and are therefore required.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    file: bytes
    """
    The binary file data.
    """
    area: str
    """
    Area the document belongs to, e.g. `order`; with `number` it selects the document folder the file is stored in.
    """
    number: str
    """
    Number of the record in that area, e.g. `4711` (sent as a string).
    """
    external: bool
    """
    Whether the document is external (the example: false).
    """
    folder_id: int | None = None
    """
    ID of the folder to store the document in (optional).
    """


class DocumentUploadResult(BaseModel):
    """
    Response of a successful upload (201 Created).
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    success: bool
    """
    Whether the upload succeeded (true).
    """
    document: Document
    """
    The stored document.
    """
    status_code: int
    """
    The HTTP status code repeated in the body (201).
    """


class ErrorResponse(BaseModel):
    """
    The error payload the document prints for a missing document.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    error: str
    """
    Human-readable error message, e.g. `Document not found`.
    """
    status_code: int
    """
    The HTTP status code repeated in the body (404).
    """


class Folder(BaseModel):
    """
    A folder of the document tree; folders nest through `children` (recursive).
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: int
    """
    Unique ID of the folder.
    """
    name: str | None = None
    """
    Name of the folder, e.g. `Alle` (the root) or `Contracts`.
    """
    area: str | None = None
    """
    Area the folder belongs to, e.g. `order`.
    """
    parent_id: int | None = None
    """
    ID of the parent folder; `null` for a root folder.
    """
    children: list[Folder] | None = None
    """
    Sub-folders, with the same structure (may be empty).
    """


class FolderStructure(BaseModel):
    """
    Response of the folder structure request.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    tree: list[Folder]
    """
    The root folders, each with its sub-folders.
    """
    status_code: int
    """
    The HTTP status code repeated in the body (200).
    """


class OfferCreatePosition(BaseModel):
    """
    A position sent when creating an offer.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    pos_no: int | None = None
    """
    Position number within the offer.
    """
    article_number: str | None = None
    """
    Article number.
    """
    article_desc: str | None = None
    """
    Article description.
    """
    amount: Annotated[str | None, Field(pattern="^-?\\d+(\\.\\d+)?$")] = None
    """
    Quantity, decimal string.
    """
    unit: str | None = None
    """
    Unit of the quantity, e.g. `hrs`.
    """
    unit_price: Annotated[str | None, Field(pattern="^-?\\d+(\\.\\d+)?$")] = None
    """
    Price per unit, decimal string.
    """
    remarks: str | None = None
    """
    Free-text remarks on the position.
    """


class OfferListTask(BaseModel):
    """
    A task of an offer position, as the offer list shows it.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: int
    """
    Unique ID of the task.
    """
    kalk_id: int | None = None
    """
    ID of the calculation (German: Kalkulation) the task belongs to.
    """
    kalk_type: int | None = None
    """
    Type of the calculation, as a number (meanings not documented).
    """
    cost_centre_name: str | None = None
    """
    Name of the cost centre that performs the task.
    """
    activity_name: str | None = None
    """
    Name of the activity.
    """
    min_ruest: Annotated[str | None, Field(pattern="^-?\\d+(\\.\\d+)?$")] = None
    """
    Setup time (German: Rüstzeit) in minutes, decimal string.
    """
    min_wage: Annotated[str | None, Field(pattern="^-?\\d+(\\.\\d+)?$")] = None
    """
    Labour time in minutes, decimal string.
    """


class OfferTask(BaseModel):
    """
    A task of an offer position (detail structure).
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: int
    """
    Unique ID of the task.
    """
    kalk_id: int | None = None
    """
    ID of the calculation (German: Kalkulation) the task belongs to.
    """
    kalk_type: int | None = None
    """
    Type of the calculation, as a number (meanings not documented).
    """
    cost_centre_name: str | None = None
    """
    Name of the cost centre that performs the task.
    """
    activity_name: str | None = None
    """
    Name of the activity.
    """
    min_ruest: Annotated[str | None, Field(pattern="^-?\\d+(\\.\\d+)?$")] = None
    """
    Setup time (German: Rüstzeit) in minutes, decimal string.
    """
    min_wage: Annotated[str | None, Field(pattern="^-?\\d+(\\.\\d+)?$")] = None
    """
    Labour time in minutes, decimal string.
    """
    min_masch: Annotated[str | None, Field(pattern="^-?\\d+(\\.\\d+)?$")] = None
    """
    Machine time in minutes, decimal string.
    """


class OfferUpdate(BaseModel):
    """
    Body of "update offer": only the fields to change.

    The document says any field of the offer, its positions or tasks can be updated and prints
    `lead_text`, `delivery_date` and `info`; the other fields listed here are the offer's own
    fields from the detail and create structures. How positions and tasks are addressed in an
    update is not shown; the body is open, so they can be sent.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    lead_text: str | None = None
    """
    Introductory text of the offer.
    """
    delivery_date: Annotated[str | None, Field(pattern="^\\d{4}-\\d{2}-\\d{2}$")] = None
    """
    Delivery date, `YYYY-MM-DD`.
    """
    info: str | None = None
    """
    Additional information on the offer.
    """
    offer_date: Annotated[str | None, Field(pattern="^\\d{4}-\\d{2}-\\d{2}$")] = None
    """
    Date of the offer, `YYYY-MM-DD`.
    """
    employee_no: int | None = None
    """
    Number of the responsible employee.
    """
    zu_haenden: str | None = None
    """
    Contact person the offer is addressed to (for the attention of).
    """
    customer_no: int | None = None
    """
    Customer number.
    """
    project_no: str | None = None
    """
    Project number.
    """
    followup_text: str | None = None
    """
    Closing / follow-up text of the offer.
    """
    date_desired: Annotated[str | None, Field(pattern="^\\d{4}-\\d{2}-\\d{2}$")] = None
    """
    Date desired by the customer, `YYYY-MM-DD`.
    """
    pay_term_id: int | None = None
    """
    ID of the payment term.
    """
    pay_term_text: str | None = None
    """
    Text of the payment term.
    """


class OrderConfirmationDocumentation(BaseModel):
    """
    Machine-readable JSON schema of the order confirmation endpoints: their fields and types.

    The document says only that a JSON object is returned; its structure is not shown, so the
    schema is an open object.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )


class OrderCreatePosition(BaseModel):
    """
    A position sent when creating an order.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    pos_no: int | None = None
    """
    Position number within the order.
    """
    article_number: str | None = None
    """
    Article number.
    """
    article_desc: str | None = None
    """
    Article description.
    """
    amount: Annotated[str | None, Field(pattern="^-?\\d+(\\.\\d+)?$")] = None
    """
    Quantity, decimal string.
    """
    unit: str | None = None
    """
    Unit of the quantity, e.g. `pcs`.
    """
    unit_price: Annotated[str | None, Field(pattern="^-?\\d+(\\.\\d+)?$")] = None
    """
    Price per unit, decimal string.
    """
    remarks: str | None = None
    """
    Free-text remarks on the position.
    """


class OrderListTask(BaseModel):
    """
    A task of an order position, as the order list shows it.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: int
    """
    Unique ID of the task.
    """
    kalk_id: int | None = None
    """
    ID of the calculation (German: Kalkulation) the task belongs to.
    """
    kalk_type: int | None = None
    """
    Type of the calculation, as a number (meanings not documented).
    """
    cost_centre_name: str | None = None
    """
    Name of the cost centre that performs the task.
    """
    activity_name: str | None = None
    """
    Name of the activity.
    """
    min_ruest: Annotated[str | None, Field(pattern="^-?\\d+(\\.\\d+)?$")] = None
    """
    Setup time (German: Rüstzeit) in minutes, decimal string.
    """
    min_wage: Annotated[str | None, Field(pattern="^-?\\d+(\\.\\d+)?$")] = None
    """
    Labour time in minutes, decimal string.
    """


class OrderTask(BaseModel):
    """
    A production task of an order position (detail structure).
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: int
    """
    Unique ID of the task.
    """
    kalk_id: int | None = None
    """
    ID of the calculation (German: Kalkulation) the task belongs to.
    """
    kalk_type: int | None = None
    """
    Type of the calculation, as a number (meanings not documented).
    """
    cost_centre_name: str | None = None
    """
    Name of the cost centre that performs the task.
    """
    activity_name: str | None = None
    """
    Name of the activity.
    """
    min_ruest: Annotated[str | None, Field(pattern="^-?\\d+(\\.\\d+)?$")] = None
    """
    Setup time (German: Rüstzeit) in minutes, decimal string.
    """
    min_wage: Annotated[str | None, Field(pattern="^-?\\d+(\\.\\d+)?$")] = None
    """
    Labour time in minutes, decimal string.
    """
    min_masch: Annotated[str | None, Field(pattern="^-?\\d+(\\.\\d+)?$")] = None
    """
    Machine time in minutes, decimal string.
    """
    production_start: Annotated[
        str | None, Field(pattern="^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}$")
    ] = None
    """
    Planned production start, `YYYY-MM-DD HH:MM:SS` (not ISO 8601).
    """
    production_end: Annotated[
        str | None, Field(pattern="^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}$")
    ] = None
    """
    Planned production end, `YYYY-MM-DD HH:MM:SS` (not ISO 8601).
    """


class OrderUpdate(BaseModel):
    """
    Body of "update order": only the fields to change.

    The document says any field of the order, its positions or tasks can be updated and prints
    `subject`, `delivery_date` and `short_info`; the other fields listed here are the order's own
    fields from the detail and create structures. How positions and tasks are addressed in an
    update is not shown; the body is open, so they can be sent.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    subject: str | None = None
    """
    Subject of the order.
    """
    delivery_date: Annotated[str | None, Field(pattern="^\\d{4}-\\d{2}-\\d{2}$")] = None
    """
    Delivery date, `YYYY-MM-DD`.
    """
    short_info: str | None = None
    """
    Short information text on the order.
    """
    o_conf_date: Annotated[str | None, Field(pattern="^\\d{4}-\\d{2}-\\d{2}$")] = None
    """
    Date of the order confirmation, `YYYY-MM-DD`.
    """
    employee_no: int | None = None
    """
    Number of the responsible employee.
    """
    zu_haenden: Annotated[str | None, Field(alias="zuHaenden")] = None
    """
    Contact person the order is addressed to (for the attention of).
    """
    customer_no: int | None = None
    """
    Customer number.
    """
    project_no: str | None = None
    """
    Project number.
    """
    pay_term_id: int | None = None
    """
    ID of the payment term.
    """
    pay_term_text: str | None = None
    """
    Text of the payment term.
    """


class WorkScheduleCreatePosition(BaseModel):
    """
    A position (operation step) sent when creating a work schedule.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    pos: int | None = None
    """
    Position number of the step (called `pos` here, not `pos_no`).
    """
    activity_name: str | None = None
    """
    Name of the activity.
    """
    min_wage: Annotated[str | None, Field(pattern="^-?\\d+(\\.\\d+)?$")] = None
    """
    Labour time in minutes, decimal string.
    """


class WorkSchedulePositionRef(BaseModel):
    """
    A position of a work schedule in a response: currently only its ID (line 288).
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: int
    """
    Unique ID of the work-schedule position.
    """


class WorkScheduleUpdate(BaseModel):
    """
    Body of "update work schedule". The document prints only `name`; the body is open.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    name: str | None = None
    """
    New name of the work schedule.
    """


class OfferCreate(BaseModel):
    """
    Body of "create offer". The document does not say which fields are mandatory.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    offer_date: Annotated[str | None, Field(pattern="^\\d{4}-\\d{2}-\\d{2}$")] = None
    """
    Date of the offer, `YYYY-MM-DD`.
    """
    customer_no: int | None = None
    """
    Customer number.
    """
    project_no: str | None = None
    """
    Project number.
    """
    lead_text: str | None = None
    """
    Introductory text of the offer.
    """
    delivery_date: Annotated[str | None, Field(pattern="^\\d{4}-\\d{2}-\\d{2}$")] = None
    """
    Delivery date, `YYYY-MM-DD`.
    """
    pay_term_text: str | None = None
    """
    Text of the payment term, e.g. `Net 45 days`.
    """
    positions: list[OfferCreatePosition] | None = None
    """
    Positions of the new offer.
    """


class OfferListPosition(BaseModel):
    """
    A position of an offer, as the offer list shows it.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: int
    """
    Unique ID of the position.
    """
    pos_no: int | None = None
    """
    Position number within the offer.
    """
    article_number: str | None = None
    """
    Article number.
    """
    article_desc: str | None = None
    """
    Article description.
    """
    amount: Annotated[str | None, Field(pattern="^-?\\d+(\\.\\d+)?$")] = None
    """
    Quantity, decimal string.
    """
    unit: str | None = None
    """
    Unit of the quantity, e.g. `pcs`.
    """
    unit_price: Annotated[str | None, Field(pattern="^-?\\d+(\\.\\d+)?$")] = None
    """
    Price per unit, decimal string.
    """
    netto: Annotated[str | None, Field(pattern="^-?\\d+(\\.\\d+)?$")] = None
    """
    Net amount of the position, decimal string.
    """
    tasks: list[OfferListTask] | None = None
    """
    Tasks of the position.
    """


class OfferPosition(BaseModel):
    """
    A position of an offer (detail structure).
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: int
    """
    Unique ID of the position.
    """
    pos_no: int | None = None
    """
    Position number within the offer.
    """
    article_number: str | None = None
    """
    Article number.
    """
    article_desc: str | None = None
    """
    Article description.
    """
    amount: Annotated[str | None, Field(pattern="^-?\\d+(\\.\\d+)?$")] = None
    """
    Quantity, decimal string.
    """
    unit: str | None = None
    """
    Unit of the quantity, e.g. `pcs`.
    """
    unit_price: Annotated[str | None, Field(pattern="^-?\\d+(\\.\\d+)?$")] = None
    """
    Price per unit, decimal string.
    """
    discount: Annotated[str | None, Field(pattern="^-?\\d+(\\.\\d+)?$")] = None
    """
    Discount, decimal string.
    """
    unit_price_disc: Annotated[str | None, Field(pattern="^-?\\d+(\\.\\d+)?$")] = None
    """
    Price per unit after discount, decimal string.
    """
    netto: Annotated[str | None, Field(pattern="^-?\\d+(\\.\\d+)?$")] = None
    """
    Net amount of the position, decimal string.
    """
    deliv_date: Annotated[str | None, Field(pattern="^\\d{4}-\\d{2}-\\d{2}$")] = None
    """
    Delivery date of the position, `YYYY-MM-DD`.
    """
    mwst_percent: Annotated[str | None, Field(pattern="^-?\\d+(\\.\\d+)?$")] = None
    """
    VAT rate (German: MwSt.) in percent, decimal string.
    """
    brutto: Annotated[str | None, Field(pattern="^-?\\d+(\\.\\d+)?$")] = None
    """
    Gross amount of the position, decimal string.
    """
    tasks: list[OfferTask] | None = None
    """
    Tasks of the position.
    """


class OrderCreate(BaseModel):
    """
    Body of "create order". The document does not say which fields are mandatory.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    o_conf_date: Annotated[str | None, Field(pattern="^\\d{4}-\\d{2}-\\d{2}$")] = None
    """
    Date of the order confirmation, `YYYY-MM-DD`.
    """
    customer_no: int | None = None
    """
    Customer number.
    """
    project_no: str | None = None
    """
    Project number.
    """
    subject: str | None = None
    """
    Subject of the order.
    """
    delivery_date: Annotated[str | None, Field(pattern="^\\d{4}-\\d{2}-\\d{2}$")] = None
    """
    Delivery date, `YYYY-MM-DD`.
    """
    positions: list[OrderCreatePosition] | None = None
    """
    Positions of the new order.
    """


class OrderListPosition(BaseModel):
    """
    A position of an order, as the order list shows it.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: int
    """
    Unique ID of the position.
    """
    pos_no: int | None = None
    """
    Position number within the order.
    """
    article_number: str | None = None
    """
    Article number.
    """
    article_desc: str | None = None
    """
    Article description.
    """
    amount: Annotated[str | None, Field(pattern="^-?\\d+(\\.\\d+)?$")] = None
    """
    Quantity, decimal string.
    """
    unit: str | None = None
    """
    Unit of the quantity, e.g. `pcs`.
    """
    unit_price: Annotated[str | None, Field(pattern="^-?\\d+(\\.\\d+)?$")] = None
    """
    Price per unit, decimal string.
    """
    netto: Annotated[str | None, Field(pattern="^-?\\d+(\\.\\d+)?$")] = None
    """
    Net amount of the position, decimal string.
    """
    tasks: list[OrderListTask] | None = None
    """
    Production tasks of the position.
    """


class OrderPosition(BaseModel):
    """
    A position of an order (detail structure).
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: int
    """
    Unique ID of the position.
    """
    pos_no: int | None = None
    """
    Position number within the order.
    """
    article_number: str | None = None
    """
    Article number.
    """
    article_desc: str | None = None
    """
    Article description.
    """
    amount: Annotated[str | None, Field(pattern="^-?\\d+(\\.\\d+)?$")] = None
    """
    Quantity, decimal string.
    """
    unit: str | None = None
    """
    Unit of the quantity, e.g. `pcs`.
    """
    unit_price: Annotated[str | None, Field(pattern="^-?\\d+(\\.\\d+)?$")] = None
    """
    Price per unit, decimal string.
    """
    discount: Annotated[str | None, Field(pattern="^-?\\d+(\\.\\d+)?$")] = None
    """
    Discount, decimal string.
    """
    unit_price_disc: Annotated[str | None, Field(pattern="^-?\\d+(\\.\\d+)?$")] = None
    """
    Price per unit after discount, decimal string.
    """
    netto: Annotated[str | None, Field(pattern="^-?\\d+(\\.\\d+)?$")] = None
    """
    Net amount of the position, decimal string.
    """
    deliv_date: Annotated[str | None, Field(pattern="^\\d{4}-\\d{2}-\\d{2}$")] = None
    """
    Delivery date of the position, `YYYY-MM-DD`.
    """
    mwst_percent: Annotated[str | None, Field(pattern="^-?\\d+(\\.\\d+)?$")] = None
    """
    VAT rate (German: MwSt.) in percent, decimal string.
    """
    brutto: Annotated[str | None, Field(pattern="^-?\\d+(\\.\\d+)?$")] = None
    """
    Gross amount of the position, decimal string.
    """
    tasks: list[OrderTask] | None = None
    """
    Production tasks of the position.
    """


class WorkSchedule(BaseModel):
    """
    A work schedule (routing) with its time and cost totals.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: int
    """
    Unique ID of the work schedule.
    """
    name: str | None = None
    """
    Name of the work schedule.
    """
    creation_date: Annotated[str | None, Field(pattern="^\\d{4}-\\d{2}-\\d{2}$")] = None
    """
    Creation date, `YYYY-MM-DD`.
    """
    last_change_date: Annotated[str | None, Field(pattern="^\\d{4}-\\d{2}-\\d{2}$")] = None
    """
    Date of the last change, `YYYY-MM-DD`.
    """
    sum_min_ruest: Annotated[str | None, Field(pattern="^-?\\d+(\\.\\d+)?$")] = None
    """
    Total setup minutes (German: Rüsten), decimal string.
    """
    sum_min: Annotated[str | None, Field(pattern="^-?\\d+(\\.\\d+)?$")] = None
    """
    Total minutes, decimal string.
    """
    sum_cost_ruest: Annotated[str | None, Field(pattern="^-?\\d+(\\.\\d+)?$")] = None
    """
    Total setup cost, decimal string.
    """
    sum_cost_wage: Annotated[str | None, Field(pattern="^-?\\d+(\\.\\d+)?$")] = None
    """
    Total labour cost, decimal string.
    """
    sum_min_masch: Annotated[str | None, Field(pattern="^-?\\d+(\\.\\d+)?$")] = None
    """
    Total machine minutes, decimal string.
    """
    sum_cost_masch: Annotated[str | None, Field(pattern="^-?\\d+(\\.\\d+)?$")] = None
    """
    Total machine cost, decimal string.
    """
    sum_cost_fremdfert: Annotated[str | None, Field(pattern="^-?\\d+(\\.\\d+)?$")] = None
    """
    Total cost of external production (German: Fremdfertigung), decimal string.
    """
    sum_cost: Annotated[str | None, Field(pattern="^-?\\d+(\\.\\d+)?$")] = None
    """
    Total cost, decimal string.
    """
    los_stueck: int | None = None
    """
    Lot size in pieces (German: Losstück).
    """
    sum_min_wage: Annotated[str | None, Field(pattern="^-?\\d+(\\.\\d+)?$")] = None
    """
    Total labour minutes, decimal string.
    """
    costperone: Annotated[str | None, Field(pattern="^-?\\d+(\\.\\d+)?$")] = None
    """
    Cost per piece, decimal string.
    """
    hoursperday: Annotated[str | None, Field(pattern="^-?\\d+(\\.\\d+)?$")] = None
    """
    Working hours per day, decimal string.
    """
    sum_min_setup: Annotated[str | None, Field(pattern="^-?\\d+(\\.\\d+)?$")] = None
    """
    Total setup minutes, decimal string.
    """
    sum_cost_setup: Annotated[str | None, Field(pattern="^-?\\d+(\\.\\d+)?$")] = None
    """
    Total setup cost, decimal string.
    """
    wage_factor: float | None = None
    """
    Wage factor (the examples show 1).
    """
    positions: list[WorkSchedulePositionRef] | None = None
    """
    Positions of the schedule. Currently only their ID is returned.
    """


class WorkScheduleCreate(BaseModel):
    """
    Body of "create work schedule". The document does not say which fields are mandatory.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    name: str | None = None
    """
    Name of the work schedule.
    """
    los_stueck: int | None = None
    """
    Lot size in pieces (German: Losstück).
    """
    wage_factor: float | None = None
    """
    Wage factor (the example shows 1).
    """
    positions: list[WorkScheduleCreatePosition] | None = None
    """
    Positions (steps) of the schedule.
    """


class WorkScheduleListItem(BaseModel):
    """
    One work schedule as GET /api/work-schedule returns it.

    The document says the list returns the same structure as GET /api/work-schedule/{id}; its
    example does not, so the list has its own schema that accepts what the example shows.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: int
    """
    Unique ID of the work schedule.
    """
    name: str | None = None
    """
    Name of the work schedule.
    """
    creation_date: Annotated[str | None, Field(pattern="^\\d{4}-\\d{2}-\\d{2}$")] = None
    """
    Creation date, `YYYY-MM-DD`.
    """
    sum_cost: Annotated[str | None, Field(pattern="^-?\\d+(\\.\\d+)?$")] = None
    """
    Total cost, decimal string.
    """
    los_stueck: int | None = None
    """
    Lot size in pieces (German: Losstück).
    """
    wage_factor: float | None = None
    """
    Wage factor (the examples show 1).
    """
    positions: list[WorkSchedulePositionRef] | None = None
    """
    Positions of the schedule (IDs only).
    """


class Offer(BaseModel):
    """
    An offer with its positions and tasks, as GET /api/offer/{id} returns it.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: int
    """
    Unique ID of the offer.
    """
    offer_date: Annotated[str | None, Field(pattern="^\\d{4}-\\d{2}-\\d{2}$")] = None
    """
    Date of the offer, `YYYY-MM-DD`.
    """
    employee_no: int | None = None
    """
    Number of the responsible employee.
    """
    zu_haenden: str | None = None
    """
    Contact person the offer is addressed to (German: zu Händen, for the attention of).
    """
    customer_no: int | None = None
    """
    Customer number.
    """
    project_no: str | None = None
    """
    Project number, e.g. `PROJ-2025-Q3`.
    """
    lead_text: str | None = None
    """
    Introductory text of the offer.
    """
    followup_text: str | None = None
    """
    Closing / follow-up text of the offer.
    """
    date_desired: Annotated[str | None, Field(pattern="^\\d{4}-\\d{2}-\\d{2}$")] = None
    """
    Date desired by the customer, `YYYY-MM-DD`.
    """
    delivery_date: Annotated[str | None, Field(pattern="^\\d{4}-\\d{2}-\\d{2}$")] = None
    """
    Delivery date, `YYYY-MM-DD`.
    """
    netto: Annotated[str | None, Field(pattern="^-?\\d+(\\.\\d+)?$")] = None
    """
    Net amount, decimal string.
    """
    ges_netto: Annotated[str | None, Field(pattern="^-?\\d+(\\.\\d+)?$")] = None
    """
    Total net amount (German: gesamt netto), decimal string.
    """
    ges_rabatt: Annotated[str | None, Field(pattern="^-?\\d+(\\.\\d+)?$")] = None
    """
    Total discount (German: gesamt Rabatt), decimal string.
    """
    info: str | None = None
    """
    Additional information on the offer.
    """
    pay_term_id: int | None = None
    """
    ID of the payment term.
    """
    pay_term_text: str | None = None
    """
    Text of the payment term, e.g. `Net 30 days`.
    """
    positions: list[OfferPosition] | None = None
    """
    Positions of the offer, with their tasks.
    """


class OfferListItem(BaseModel):
    """
    One offer as GET /api/offer returns it.

    The document says the list returns the same full structure as GET /api/offer/{id}; its
    example does not, so the list has its own schema that accepts what the example shows.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: int
    """
    Unique ID of the offer.
    """
    offer_date: Annotated[str | None, Field(pattern="^\\d{4}-\\d{2}-\\d{2}$")] = None
    """
    Date of the offer, `YYYY-MM-DD`.
    """
    employee_no: int | None = None
    """
    Number of the responsible employee.
    """
    zu_haenden: str | None = None
    """
    Contact person the offer is addressed to (German: zu Händen, for the attention of).
    """
    customer_no: int | None = None
    """
    Customer number.
    """
    project_no: str | None = None
    """
    Project number, e.g. `PROJ-2025-Q3`.
    """
    lead_text: str | None = None
    """
    Introductory text of the offer.
    """
    netto: Annotated[str | None, Field(pattern="^-?\\d+(\\.\\d+)?$")] = None
    """
    Net amount, decimal string.
    """
    ges_netto: Annotated[str | None, Field(pattern="^-?\\d+(\\.\\d+)?$")] = None
    """
    Total net amount (German: gesamt netto), decimal string.
    """
    ges_rabatt: Annotated[str | None, Field(pattern="^-?\\d+(\\.\\d+)?$")] = None
    """
    Total discount (German: gesamt Rabatt), decimal string.
    """
    pay_term_id: int | None = None
    """
    ID of the payment term.
    """
    pay_term_text: str | None = None
    """
    Text of the payment term, e.g. `Net 30 days`.
    """
    positions: list[OfferListPosition] | None = None
    """
    Positions of the offer, with their tasks.
    """


class Order(BaseModel):
    """
    An order confirmation with its positions and tasks, as GET /api/order/{id} returns it.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: int
    """
    Unique ID of the order.
    """
    o_conf_date: Annotated[str | None, Field(pattern="^\\d{4}-\\d{2}-\\d{2}$")] = None
    """
    Date of the order confirmation, `YYYY-MM-DD`.
    """
    employee_no: int | None = None
    """
    Number of the responsible employee.
    """
    zu_haenden: Annotated[str | None, Field(alias="zuHaenden")] = None
    """
    Contact person the order is addressed to (German: zu Händen, for the attention of).
    """
    customer_no: int | None = None
    """
    Customer number.
    """
    project_no: str | None = None
    """
    Project number, e.g. `PROJ-2025-Q4`.
    """
    netto: Annotated[str | None, Field(pattern="^-?\\d+(\\.\\d+)?$")] = None
    """
    Net amount, decimal string.
    """
    ges_netto: Annotated[str | None, Field(pattern="^-?\\d+(\\.\\d+)?$")] = None
    """
    Total net amount (German: gesamt netto), decimal string.
    """
    ges_rabatt: Annotated[str | None, Field(pattern="^-?\\d+(\\.\\d+)?$")] = None
    """
    Total discount (German: gesamt Rabatt), decimal string.
    """
    pay_term_id: int | None = None
    """
    ID of the payment term.
    """
    pay_term_text: str | None = None
    """
    Text of the payment term, e.g. `Net 30 days`.
    """
    positions: list[OrderPosition] | None = None
    """
    Positions of the order, with their tasks.
    """


class OrderListItem(BaseModel):
    """
    One order confirmation as GET /api/order returns it.

    The document says the list returns the same full structure as GET /api/order/{id}; its
    example does not, so the list has its own schema that accepts what the example shows.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: int
    """
    Unique ID of the order.
    """
    o_conf_date: Annotated[str | None, Field(pattern="^\\d{4}-\\d{2}-\\d{2}$")] = None
    """
    Date of the order confirmation, `YYYY-MM-DD`.
    """
    employee_no: int | None = None
    """
    Number of the responsible employee.
    """
    zu_haenden: Annotated[str | None, Field(alias="zuHaenden")] = None
    """
    Contact person the order is addressed to (German: zu Händen, for the attention of).
    """
    addressfield_1: str | None = None
    """
    First address line of the customer (the example shows the company name).
    """
    customer_no: int | None = None
    """
    Customer number.
    """
    project_no: str | None = None
    """
    Project number, e.g. `PROJ-2025-Q3`.
    """
    netto: Annotated[str | None, Field(pattern="^-?\\d+(\\.\\d+)?$")] = None
    """
    Net amount, decimal string.
    """
    ges_netto: Annotated[str | None, Field(pattern="^-?\\d+(\\.\\d+)?$")] = None
    """
    Total net amount (German: gesamt netto), decimal string.
    """
    ges_rabatt: Annotated[str | None, Field(pattern="^-?\\d+(\\.\\d+)?$")] = None
    """
    Total discount (German: gesamt Rabatt), decimal string.
    """
    pay_term_id: int | None = None
    """
    ID of the payment term.
    """
    pay_term_text: str | None = None
    """
    Text of the payment term, e.g. `Net 30 days`.
    """
    positions: list[OrderListPosition] | None = None
    """
    Positions of the order, with their tasks.
    """


Folder.model_rebuild()
