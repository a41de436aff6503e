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
        validate_by_name=True,
    )


class AuthTestResult(BaseModel):
    """
    Confirmation that the API token was accepted.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
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
        validate_by_name=True,
    )
    id: int
    """
    ID of the cost centre.
    """
    name: str | None = None
    type: int | None = None
    """
    A number; the examples show 1 and 2 (meanings not documented).
    """
    kalk_min_kosten: Annotated[str | None, Field(pattern="^-?\\d+(\\.\\d+)?$")] = Field(
        default=None, alias="kalkMinKosten"
    )
    nutzungsdauer: Annotated[str | None, Field(pattern="^-?\\d+(\\.\\d+)?$")] = None
    last_change: Annotated[
        str | None, Field(pattern="^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}$")
    ] = None
    last_sync: Annotated[
        str | None, Field(pattern="^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}$")
    ] = None


class CostCentreCreate(BaseModel):
    """
    Body of "create cost centre": the fields the example sends (lines 368-371).

    The document does not say which fields are mandatory, nor that others are accepted.
    """

    model_config = ConfigDict(
        extra="forbid",
        validate_by_name=True,
    )
    name: str | None = None
    type: int | None = None
    """
    A number; the example sends 2 (meanings not documented).
    """


class CostCentreUpdate(BaseModel):
    """
    Body of "update cost centre": the document prints only `kalk_min_kosten` (line 374).
    """

    model_config = ConfigDict(
        extra="forbid",
        validate_by_name=True,
    )
    kalk_min_kosten: Annotated[str | None, Field(pattern="^-?\\d+(\\.\\d+)?$")] = None
    """
    Spelled `kalk_min_kosten` here but `kalkMinKosten` in responses.
    """


class Document(BaseModel):
    """
    A stored document as the upload and list responses return it.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    id: int
    """
    ID of the document.
    """
    area: str | None = None
    """
    The area given at upload (lines 381-382).
    """
    number: str | None = None
    """
    The number given at upload (lines 381-382), a string.
    """
    filename: str | None = None
    filetype: str | None = None
    full_path: str | None = None
    creator: str | None = None
    creation_date: Annotated[str | None, Field(pattern="^\\d{4}-\\d{2}-\\d{2}$")] = None
    do_print: bool | None = None
    external: bool | None = None
    folder_id: int | None = None
    mimetype: str | None = None


class DocumentDeleted(BaseModel):
    """
    Response of a successful document delete (200 OK with a body).
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    success: bool
    """
    `true` in the example (line 480).
    """
    message: str
    """
    The example is `Document deleted successfully`.
    """
    status_code: int
    """
    The HTTP status code, repeated in the body (the example: 200).
    """


class DocumentList(BaseModel):
    """
    Response of the document list.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    success: bool
    """
    `true` in the example (line 413).
    """
    documents: list[Document]
    """
    The documents matching the filters.
    """
    count: int
    """
    The example shows 2 with two documents (line 444).
    """
    status_code: int
    """
    The HTTP status code, repeated in the body (the example: 200).
    """


class DocumentUpload(BaseModel):
    """
    The multipart/form-data fields of a document upload (lines 384-389).

    Only `folder_id` is marked optional in the document; the other fields are listed without
    that mark and are therefore required.
    """

    model_config = ConfigDict(
        extra="forbid",
        validate_by_name=True,
    )
    file: bytes
    """
    The binary file data.
    """
    area: str
    """
    With `number`, where in the document folder structure the file is stored (lines 381-382); the example sends `"order"`.
    """
    number: str
    """
    With `area`, where in the document folder structure the file is stored (lines 381-382); the example sends `"4711"`, a string.
    """
    external: bool
    """
    The example sends `false` (line 388).
    """
    folder_id: int | None = None
    """
    Optional (line 389); the example sends 5.
    """


class DocumentUploadResult(BaseModel):
    """
    Response of a successful upload (201 Created).
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    success: bool
    """
    `true` in the example (line 392).
    """
    document: Document
    """
    The stored document.
    """
    status_code: int
    """
    The HTTP status code, repeated in the body (the example: 201).
    """


class ErrorResponse(BaseModel):
    """
    The error payload the document prints for a missing document.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    error: str
    """
    Error message; the example is `Document not found`.
    """
    status_code: int
    """
    The HTTP status code, repeated in the body (the example: 404).
    """


class Folder(BaseModel):
    """
    A folder of the document tree; folders nest through `children` (recursive).
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    id: int
    """
    ID of the folder.
    """
    name: str | None = None
    """
    The example's root folder is `Alle`, its sub-folders `Contracts`, ….
    """
    area: str | None = None
    """
    The example, filtered by `area=order` (line 448), shows `order`.
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
        validate_by_name=True,
    )
    tree: list[Folder]
    """
    The root folders, each with its sub-folders.
    """
    status_code: int
    """
    The HTTP status code, repeated in the body (the example: 200).
    """


class OfferCreatePosition(BaseModel):
    """
    A position sent when creating an offer: the fields the example sends (lines 241-249).
    """

    model_config = ConfigDict(
        extra="forbid",
        validate_by_name=True,
    )
    pos_no: int | None = None
    article_number: str | None = None
    article_desc: str | None = None
    amount: Annotated[str | None, Field(pattern="^-?\\d+(\\.\\d+)?$")] = None
    unit: str | None = None
    unit_price: Annotated[str | None, Field(pattern="^-?\\d+(\\.\\d+)?$")] = None
    remarks: str | None = None


class OfferTask(BaseModel):
    """
    A task of an offer position (line 141: offers come "including positions and tasks").
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    id: int
    """
    ID of the task.
    """
    kalk_id: int | None = None
    kalk_type: int | None = None
    cost_centre_name: str | None = None
    activity_name: str | None = None
    min_ruest: Annotated[str | None, Field(pattern="^-?\\d+(\\.\\d+)?$")] = None
    min_wage: Annotated[str | None, Field(pattern="^-?\\d+(\\.\\d+)?$")] = None
    min_masch: Annotated[str | None, Field(pattern="^-?\\d+(\\.\\d+)?$")] = None


class OfferUpdateTask(BaseModel):
    """
    A task sent in an offer update: the task fields of the offer structure.
    """

    model_config = ConfigDict(
        extra="forbid",
        validate_by_name=True,
    )
    id: int | None = None
    kalk_id: int | None = None
    kalk_type: int | None = None
    cost_centre_name: str | None = None
    activity_name: str | None = None
    min_ruest: Annotated[str | None, Field(pattern="^-?\\d+(\\.\\d+)?$")] = None
    min_wage: Annotated[str | None, Field(pattern="^-?\\d+(\\.\\d+)?$")] = None
    min_masch: Annotated[str | None, Field(pattern="^-?\\d+(\\.\\d+)?$")] = None


class OrderConfirmationDocumentation(BaseModel):
    """
    Machine-readable JSON schema of the order confirmation endpoints: their fields and types.

    The document says only that a JSON object is returned; its structure is not shown, so the
    schema is an open object.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )


class OrderCreatePosition(BaseModel):
    """
    A position sent when creating an order: the fields the example sends (lines 120-128).
    """

    model_config = ConfigDict(
        extra="forbid",
        validate_by_name=True,
    )
    pos_no: int | None = None
    article_number: str | None = None
    article_desc: str | None = None
    amount: Annotated[str | None, Field(pattern="^-?\\d+(\\.\\d+)?$")] = None
    unit: str | None = None
    unit_price: Annotated[str | None, Field(pattern="^-?\\d+(\\.\\d+)?$")] = None
    remarks: str | None = None


class OrderTask(BaseModel):
    """
    A task of an order position (line 24: orders come "including positions and tasks").
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    id: int
    """
    ID of the task.
    """
    kalk_id: int | None = None
    kalk_type: int | None = None
    cost_centre_name: str | None = None
    activity_name: str | None = None
    min_ruest: Annotated[str | None, Field(pattern="^-?\\d+(\\.\\d+)?$")] = None
    min_wage: Annotated[str | None, Field(pattern="^-?\\d+(\\.\\d+)?$")] = None
    min_masch: Annotated[str | None, Field(pattern="^-?\\d+(\\.\\d+)?$")] = None
    production_start: Annotated[
        str | None, Field(pattern="^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}$")
    ] = None
    production_end: Annotated[
        str | None, Field(pattern="^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}$")
    ] = None


class OrderUpdateTask(BaseModel):
    """
    A task sent in an order update: the task fields of the order structure.
    """

    model_config = ConfigDict(
        extra="forbid",
        validate_by_name=True,
    )
    id: int | None = None
    kalk_id: int | None = None
    kalk_type: int | None = None
    cost_centre_name: str | None = None
    activity_name: str | None = None
    min_ruest: Annotated[str | None, Field(pattern="^-?\\d+(\\.\\d+)?$")] = None
    min_wage: Annotated[str | None, Field(pattern="^-?\\d+(\\.\\d+)?$")] = None
    min_masch: Annotated[str | None, Field(pattern="^-?\\d+(\\.\\d+)?$")] = None
    production_start: Annotated[
        str | None, Field(pattern="^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}$")
    ] = None
    production_end: Annotated[
        str | None, Field(pattern="^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}$")
    ] = None


class WorkScheduleCreatePosition(BaseModel):
    """
    A position sent when creating a work schedule: the fields the example sends.
    """

    model_config = ConfigDict(
        extra="forbid",
        validate_by_name=True,
    )
    pos: int | None = None
    activity_name: str | None = None
    min_wage: Annotated[str | None, Field(pattern="^-?\\d+(\\.\\d+)?$")] = None


class WorkSchedulePositionRef(BaseModel):
    """
    A position of a work schedule in a response: currently only its ID (line 288).
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    id: int
    """
    ID of the work-schedule position.
    """


class WorkScheduleUpdate(BaseModel):
    """
    Body of "update work schedule": the document prints only `name` (lines 329-331).

    Unlike orders and offers (lines 131, 252) the document does not say that any field can be
    updated, so no other field is listed.
    """

    model_config = ConfigDict(
        extra="forbid",
        validate_by_name=True,
    )
    name: str | None = None


class OfferCreate(BaseModel):
    """
    Body of "create offer": the fields the example sends (lines 233-251).

    The document does not say which fields are mandatory, nor that others are accepted.
    """

    model_config = ConfigDict(
        extra="forbid",
        validate_by_name=True,
    )
    offer_date: Annotated[str | None, Field(pattern="^\\d{4}-\\d{2}-\\d{2}$")] = None
    customer_no: int | None = None
    project_no: str | None = None
    lead_text: str | None = None
    delivery_date: Annotated[str | None, Field(pattern="^\\d{4}-\\d{2}-\\d{2}$")] = None
    pay_term_text: str | None = None
    positions: list[OfferCreatePosition] | None = None
    """
    The positions of the new offer.
    """


class OfferPosition(BaseModel):
    """
    A position of an offer, with its tasks.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    id: int
    """
    ID of the position.
    """
    pos_no: int | None = None
    article_number: str | None = None
    article_desc: str | None = None
    amount: Annotated[str | None, Field(pattern="^-?\\d+(\\.\\d+)?$")] = None
    unit: str | None = None
    unit_price: Annotated[str | None, Field(pattern="^-?\\d+(\\.\\d+)?$")] = None
    discount: Annotated[str | None, Field(pattern="^-?\\d+(\\.\\d+)?$")] = None
    unit_price_disc: Annotated[str | None, Field(pattern="^-?\\d+(\\.\\d+)?$")] = None
    netto: Annotated[str | None, Field(pattern="^-?\\d+(\\.\\d+)?$")] = None
    deliv_date: Annotated[str | None, Field(pattern="^\\d{4}-\\d{2}-\\d{2}$")] = None
    mwst_percent: Annotated[str | None, Field(pattern="^-?\\d+(\\.\\d+)?$")] = None
    brutto: Annotated[str | None, Field(pattern="^-?\\d+(\\.\\d+)?$")] = None
    tasks: list[OfferTask] | None = None
    """
    The tasks of the position (line 141).
    """


class OfferUpdatePosition(BaseModel):
    """
    A position sent in an offer update: the position fields of the offer structure.
    """

    model_config = ConfigDict(
        extra="forbid",
        validate_by_name=True,
    )
    id: int | None = None
    pos_no: int | None = None
    article_number: str | None = None
    article_desc: str | None = None
    amount: Annotated[str | None, Field(pattern="^-?\\d+(\\.\\d+)?$")] = None
    unit: str | None = None
    unit_price: Annotated[str | None, Field(pattern="^-?\\d+(\\.\\d+)?$")] = None
    discount: Annotated[str | None, Field(pattern="^-?\\d+(\\.\\d+)?$")] = None
    unit_price_disc: Annotated[str | None, Field(pattern="^-?\\d+(\\.\\d+)?$")] = None
    netto: Annotated[str | None, Field(pattern="^-?\\d+(\\.\\d+)?$")] = None
    deliv_date: Annotated[str | None, Field(pattern="^\\d{4}-\\d{2}-\\d{2}$")] = None
    mwst_percent: Annotated[str | None, Field(pattern="^-?\\d+(\\.\\d+)?$")] = None
    brutto: Annotated[str | None, Field(pattern="^-?\\d+(\\.\\d+)?$")] = None
    remarks: str | None = None
    tasks: list[OfferUpdateTask] | None = None


class OrderCreate(BaseModel):
    """
    Body of "create order": the fields the example sends (lines 113-130).

    The document does not say which fields are mandatory, nor that others are accepted.
    """

    model_config = ConfigDict(
        extra="forbid",
        validate_by_name=True,
    )
    o_conf_date: Annotated[str | None, Field(pattern="^\\d{4}-\\d{2}-\\d{2}$")] = None
    customer_no: int | None = None
    project_no: str | None = None
    subject: str | None = None
    delivery_date: Annotated[str | None, Field(pattern="^\\d{4}-\\d{2}-\\d{2}$")] = None
    positions: list[OrderCreatePosition] | None = None
    """
    The positions of the new order.
    """


class OrderPosition(BaseModel):
    """
    A position of an order, with its tasks.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    id: int
    """
    ID of the position.
    """
    pos_no: int | None = None
    article_number: str | None = None
    article_desc: str | None = None
    amount: Annotated[str | None, Field(pattern="^-?\\d+(\\.\\d+)?$")] = None
    unit: str | None = None
    unit_price: Annotated[str | None, Field(pattern="^-?\\d+(\\.\\d+)?$")] = None
    discount: Annotated[str | None, Field(pattern="^-?\\d+(\\.\\d+)?$")] = None
    unit_price_disc: Annotated[str | None, Field(pattern="^-?\\d+(\\.\\d+)?$")] = None
    netto: Annotated[str | None, Field(pattern="^-?\\d+(\\.\\d+)?$")] = None
    deliv_date: Annotated[str | None, Field(pattern="^\\d{4}-\\d{2}-\\d{2}$")] = None
    mwst_percent: Annotated[str | None, Field(pattern="^-?\\d+(\\.\\d+)?$")] = None
    brutto: Annotated[str | None, Field(pattern="^-?\\d+(\\.\\d+)?$")] = None
    tasks: list[OrderTask] | None = None
    """
    The tasks of the position (line 24).
    """


class OrderUpdatePosition(BaseModel):
    """
    A position sent in an order update: the position fields of the order structure.
    """

    model_config = ConfigDict(
        extra="forbid",
        validate_by_name=True,
    )
    id: int | None = None
    pos_no: int | None = None
    article_number: str | None = None
    article_desc: str | None = None
    amount: Annotated[str | None, Field(pattern="^-?\\d+(\\.\\d+)?$")] = None
    unit: str | None = None
    unit_price: Annotated[str | None, Field(pattern="^-?\\d+(\\.\\d+)?$")] = None
    discount: Annotated[str | None, Field(pattern="^-?\\d+(\\.\\d+)?$")] = None
    unit_price_disc: Annotated[str | None, Field(pattern="^-?\\d+(\\.\\d+)?$")] = None
    netto: Annotated[str | None, Field(pattern="^-?\\d+(\\.\\d+)?$")] = None
    deliv_date: Annotated[str | None, Field(pattern="^\\d{4}-\\d{2}-\\d{2}$")] = None
    mwst_percent: Annotated[str | None, Field(pattern="^-?\\d+(\\.\\d+)?$")] = None
    brutto: Annotated[str | None, Field(pattern="^-?\\d+(\\.\\d+)?$")] = None
    remarks: str | None = None
    tasks: list[OrderUpdateTask] | None = None


class WorkSchedule(BaseModel):
    """
    A work schedule.

    GET /api/work-schedule/{id} returns it (lines 288-314), and GET /api/work-schedule returns a
    list of the same structure (line 262). The list example (lines 265-286) omits several fields;
    they are optional here.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    id: int
    """
    ID of the work schedule.
    """
    name: str | None = None
    creation_date: Annotated[str | None, Field(pattern="^\\d{4}-\\d{2}-\\d{2}$")] = None
    last_change_date: Annotated[str | None, Field(pattern="^\\d{4}-\\d{2}-\\d{2}$")] = None
    sum_min_ruest: Annotated[str | None, Field(pattern="^-?\\d+(\\.\\d+)?$")] = None
    sum_min: Annotated[str | None, Field(pattern="^-?\\d+(\\.\\d+)?$")] = None
    sum_cost_ruest: Annotated[str | None, Field(pattern="^-?\\d+(\\.\\d+)?$")] = None
    sum_cost_wage: Annotated[str | None, Field(pattern="^-?\\d+(\\.\\d+)?$")] = None
    sum_min_masch: Annotated[str | None, Field(pattern="^-?\\d+(\\.\\d+)?$")] = None
    sum_cost_masch: Annotated[str | None, Field(pattern="^-?\\d+(\\.\\d+)?$")] = None
    sum_cost_fremdfert: Annotated[str | None, Field(pattern="^-?\\d+(\\.\\d+)?$")] = None
    sum_cost: Annotated[str | None, Field(pattern="^-?\\d+(\\.\\d+)?$")] = None
    los_stueck: int | None = None
    sum_min_wage: Annotated[str | None, Field(pattern="^-?\\d+(\\.\\d+)?$")] = None
    costperone: Annotated[str | None, Field(pattern="^-?\\d+(\\.\\d+)?$")] = None
    hoursperday: Annotated[str | None, Field(pattern="^-?\\d+(\\.\\d+)?$")] = None
    sum_min_setup: Annotated[str | None, Field(pattern="^-?\\d+(\\.\\d+)?$")] = None
    sum_cost_setup: Annotated[str | None, Field(pattern="^-?\\d+(\\.\\d+)?$")] = None
    wage_factor: float | None = None
    positions: list[WorkSchedulePositionRef] | None = None
    """
    The positions of the schedule; currently only their ID is returned (line 288).
    """


class WorkScheduleCreate(BaseModel):
    """
    Body of "create work schedule": the fields the example sends (lines 316-327).

    The document does not say which fields are mandatory, nor that others are accepted.
    """

    model_config = ConfigDict(
        extra="forbid",
        validate_by_name=True,
    )
    name: str | None = None
    los_stueck: int | None = None
    wage_factor: float | None = None
    positions: list[WorkScheduleCreatePosition] | None = None
    """
    The positions of the new work schedule.
    """


class Offer(BaseModel):
    """
    An offer with its positions and tasks.

    GET /api/offer/{id} returns it (lines 182-230), and GET /api/offer returns a list of the same
    full structure (line 141). The list example (lines 144-180) omits several fields; they are
    optional here.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    id: int
    """
    The offer's unique ID (line 182).
    """
    offer_date: Annotated[str | None, Field(pattern="^\\d{4}-\\d{2}-\\d{2}$")] = None
    employee_no: int | None = None
    zu_haenden: str | None = None
    customer_no: int | None = None
    project_no: str | None = None
    lead_text: str | None = None
    followup_text: str | None = None
    date_desired: Annotated[str | None, Field(pattern="^\\d{4}-\\d{2}-\\d{2}$")] = None
    delivery_date: Annotated[str | None, Field(pattern="^\\d{4}-\\d{2}-\\d{2}$")] = None
    netto: Annotated[str | None, Field(pattern="^-?\\d+(\\.\\d+)?$")] = None
    ges_netto: Annotated[str | None, Field(pattern="^-?\\d+(\\.\\d+)?$")] = None
    ges_rabatt: Annotated[str | None, Field(pattern="^-?\\d+(\\.\\d+)?$")] = None
    info: str | None = None
    pay_term_id: int | None = None
    pay_term_text: str | None = None
    positions: list[OfferPosition] | None = None
    """
    The positions of the offer, including their tasks (line 141).
    """


class OfferUpdate(BaseModel):
    """
    Body of "update offer": only the fields to change.

    The document says any field of the offer, its positions or tasks can be updated (line 252)
    and prints `lead_text`, `delivery_date` and `info`; every other field of the offer structure
    and the create body is listed too, marked `x-inferred`.
    """

    model_config = ConfigDict(
        extra="forbid",
        validate_by_name=True,
    )
    lead_text: str | None = None
    delivery_date: Annotated[str | None, Field(pattern="^\\d{4}-\\d{2}-\\d{2}$")] = None
    info: str | None = None
    offer_date: Annotated[str | None, Field(pattern="^\\d{4}-\\d{2}-\\d{2}$")] = None
    employee_no: int | None = None
    zu_haenden: str | None = None
    customer_no: int | None = None
    project_no: str | None = None
    followup_text: str | None = None
    date_desired: Annotated[str | None, Field(pattern="^\\d{4}-\\d{2}-\\d{2}$")] = None
    netto: Annotated[str | None, Field(pattern="^-?\\d+(\\.\\d+)?$")] = None
    ges_netto: Annotated[str | None, Field(pattern="^-?\\d+(\\.\\d+)?$")] = None
    ges_rabatt: Annotated[str | None, Field(pattern="^-?\\d+(\\.\\d+)?$")] = None
    pay_term_id: int | None = None
    pay_term_text: str | None = None
    positions: list[OfferUpdatePosition] | None = None
    """
    Positions to change (line 252: their fields can be updated).
    """


class Order(BaseModel):
    """
    An order confirmation with its positions and tasks.

    GET /api/order/{id} returns it (lines 65-110), and GET /api/order returns a list of the same
    full structure (line 24). The list example (lines 27-63) omits several fields and adds
    `addressfield_1`; all are optional here.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    id: int
    """
    The order's unique ID (line 65).
    """
    o_conf_date: Annotated[str | None, Field(pattern="^\\d{4}-\\d{2}-\\d{2}$")] = None
    employee_no: int | None = None
    zu_haenden: str | None = Field(default=None, alias="zuHaenden")
    addressfield_1: str | None = None
    customer_no: int | None = None
    project_no: str | None = None
    netto: Annotated[str | None, Field(pattern="^-?\\d+(\\.\\d+)?$")] = None
    ges_netto: Annotated[str | None, Field(pattern="^-?\\d+(\\.\\d+)?$")] = None
    ges_rabatt: Annotated[str | None, Field(pattern="^-?\\d+(\\.\\d+)?$")] = None
    pay_term_id: int | None = None
    pay_term_text: str | None = None
    positions: list[OrderPosition] | None = None
    """
    The positions of the order, including their tasks (line 24).
    """


class OrderUpdate(BaseModel):
    """
    Body of "update order": only the fields to change.

    The document says any field of the order, its positions or tasks can be updated (line 131)
    and prints `subject`, `delivery_date` and `short_info`; every other field of the order
    structure and the create body is listed too, marked `x-inferred`.
    """

    model_config = ConfigDict(
        extra="forbid",
        validate_by_name=True,
    )
    subject: str | None = None
    delivery_date: Annotated[str | None, Field(pattern="^\\d{4}-\\d{2}-\\d{2}$")] = None
    short_info: str | None = None
    o_conf_date: Annotated[str | None, Field(pattern="^\\d{4}-\\d{2}-\\d{2}$")] = None
    employee_no: int | None = None
    zu_haenden: str | None = Field(default=None, alias="zuHaenden")
    addressfield_1: str | None = None
    customer_no: int | None = None
    project_no: str | None = None
    netto: Annotated[str | None, Field(pattern="^-?\\d+(\\.\\d+)?$")] = None
    ges_netto: Annotated[str | None, Field(pattern="^-?\\d+(\\.\\d+)?$")] = None
    ges_rabatt: Annotated[str | None, Field(pattern="^-?\\d+(\\.\\d+)?$")] = None
    pay_term_id: int | None = None
    pay_term_text: str | None = None
    positions: list[OrderUpdatePosition] | None = None
    """
    Positions to change (line 131: their fields can be updated).
    """


Folder.model_rebuild()
