"""PlanningNow operations, in the order of the document (27).

The document prints its paths only in passing: `GET /api/order/{id}` (line 24),
`/api/offer/{id}` (141), `/api/work-schedule/{id}` (262), `/api/cost-centre/{id}` (335),
`GET /api/documents?...` (410) and `GET /api/documents/structure?...` (448). Every other path, and
every method the document does not state, is inferred from that naming and marked `x-inferred`.
"""

from generator.describe import (
    MULTIPART,
    Example,
    Operation,
    Parameter,
    Quirk,
    RequestBody,
    Resource,
    Response,
)
from specs.planningnow.models import (
    ApiDocumentation,
    AuthTestResult,
    ErrorResponse,
    OrderConfirmationDocumentation,
)
from specs.planningnow.models_cost_centres import CostCentre, CostCentreCreate, CostCentreUpdate
from specs.planningnow.models_documents import (
    DocumentDeleted,
    DocumentList,
    DocumentUpload,
    DocumentUploadResult,
    FolderStructure,
)
from specs.planningnow.models_offers import Offer, OfferCreate, OfferUpdate
from specs.planningnow.models_orders import Order, OrderCreate, OrderUpdate
from specs.planningnow.models_work_schedules import (
    WorkSchedule,
    WorkScheduleCreate,
    WorkScheduleUpdate,
)

# --- reasons shared by several operations ----------------------------------------------------

_LIST_PATH = (
    "The document prints only the detail path {detail}; the collection path is that path "
    "without the `/{{id}}` segment, the usual REST convention."
)
_CREATE_PATH = (
    "The document prints neither path nor method for create; POST on the collection path "
    "(the detail path {detail} without `/{{id}}`) is the usual REST convention."
)
_UPDATE_METHOD = (
    "The document prints neither path nor method for update. The detail path {detail} is "
    "printed; PUT on it is assumed, the common choice of REST APIs of this style. The examples "
    "send only the fields to change (partial bodies), so PATCH would be the other plausible "
    "method."
)
_DELETE_METHOD = (
    "The document prints no method or path for delete; DELETE on the detail path {detail} is "
    "the usual REST convention."
)
_CREATE_RESPONSE = (
    "The document prints no response for create. 201 Created with the new {what} in the detail "
    "structure is assumed: the only create whose response is printed (document upload, "
    "line 390) answers 201 Created."
)
_CREATE_BODY = (
    "Line {line} says the new {what} is created 'with the data provided in the request body'; it "
    "does not say in so many words that the body is required, but without one there is nothing "
    "to create."
)
_UPDATE_BODY = (
    "The document does not say whether the body is required; an update without one would "
    "change nothing, and the document prints a body for the update (its example request body)."
)
_UNLABELLED_BODY = (
    "The document does not say whether the body is required; it prints one (unlabelled JSON) "
    "for this operation, and the operation has nothing to act on without it."
)
_UPDATE_RESPONSE = (
    "The document prints no response for update; 200 OK with the updated {what} in the detail "
    "structure is assumed."
)


def _id_parameter(what: str) -> Parameter:
    return Parameter(
        name="id",
        location="path",
        required=True,
        type=int,
        description=f"ID of the {what}.",
    )


def _no_response_quirk(lines: tuple[int, int], what: str) -> Quirk:
    return Quirk(
        lines=lines,
        text=f"The {what} section documents no response (status code or body).",
    )


def _deleted(lines: tuple[int, int]) -> Response:
    return Response(
        status=204,
        description="Deleted. On successful deletion, no body is returned.",
        lines=lines,
    )


#: The document prints one error answer (document delete's 404, lines 484-488) and no status for
#: a missing or wrong token. A client error is still a possible answer of every call: the range,
#: without a status or a payload the document does not give, on every call that prints no client
#: error of its own (each resource below adds it; document delete keeps its printed 404).
_CLIENT_ERROR = Response(
    status="4XX",
    description=(
        "A client error. The document prints no status or payload for this call's errors "
        "(a missing or wrong `X-AUTH-TOKEN` among them); its only printed error is the 404 of "
        "document delete, `{error, status_code}` (lines 484-488)."
    ),
    inferred=(
        "Every HTTP call can answer a client error; the document names none for this call, so "
        "the 4XX range is given without a status or payload."
    ),
)

#: Each resource: its tag, the `{id}` of its detail path, and the client-error range.
ORDERS = Resource(tags=["Orders"], parameters=[_id_parameter("order")], errors=[_CLIENT_ERROR])
OFFERS = Resource(tags=["Offers"], parameters=[_id_parameter("offer")], errors=[_CLIENT_ERROR])
WORK_SCHEDULES = Resource(
    tags=["Work schedules"], parameters=[_id_parameter("work schedule")], errors=[_CLIENT_ERROR]
)
COST_CENTRES = Resource(
    tags=["Cost centres"], parameters=[_id_parameter("cost centre")], errors=[_CLIENT_ERROR]
)
DOCUMENTS = Resource(
    tags=["Documents"], parameters=[_id_parameter("document")], errors=[_CLIENT_ERROR]
)
AUTHENTICATION = Resource(tags=["Authentication"], errors=[_CLIENT_ERROR])
API_DOCUMENTATION = Resource(tags=["API documentation"], errors=[_CLIENT_ERROR])

_ORDER = "/api/order/{id}"
_OFFER = "/api/offer/{id}"
_WORK_SCHEDULE = "/api/work-schedule/{id}"
_COST_CENTRE = "/api/cost-centre/{id}"

# --- orders ----------------------------------------------------------------------------------

_ORDERS = [
    ORDERS.get(
        path="/api/order",
        operation_id="listOrders",
        client_method="list",
        summary="List orders",
        description=(
            "Retrieves a list of all order confirmations in the system. The document says it "
            "returns the same full structure as GET /api/order/{id} for each order, including "
            "positions and tasks; its example carries fewer fields (see x-quirks)."
        ),
        lines=(24, 64),
        inferred=_LIST_PATH.format(detail=_ORDER),
        quirks=[
            Quirk(
                lines=(24, 64),
                text=(
                    "Claims the same full structure as GET /api/order/{id}, but the example "
                    "lacks several detail fields and adds `addressfield_1`, which the detail "
                    "lacks."
                ),
            ),
            Quirk(
                lines=(24, 24),
                text=(
                    "The prose calls the resource 'order confirmations' while the path "
                    "names it `order`."
                ),
            ),
        ],
        responses=[
            Response(
                status=200,
                description="All orders.",
                model=list[Order],
                examples=[
                    Example(
                        name="orders",
                        summary="One order with a position and a task",
                        lines=(26, 64),
                        value=[
                            {
                                "id": 3456,
                                "o_conf_date": "2025-08-15",
                                "employee_no": 101,
                                "zuHaenden": "Mr. Miller",
                                "addressfield_1": "Example Corp",
                                "customer_no": 1234,
                                "project_no": "PROJ-2025-Q3",
                                "netto": "8500.00",
                                "ges_netto": "8500.00",
                                "ges_rabatt": "0.00",
                                "pay_term_id": 1,
                                "pay_term_text": "Net 30 days",
                                "positions": [
                                    {
                                        "id": 1,
                                        "pos_no": 1,
                                        "article_number": "ART-001",
                                        "article_desc": "Main Component Assembly",
                                        "amount": "50.00",
                                        "unit": "pcs",
                                        "unit_price": "170.00",
                                        "netto": "8500.00",
                                        "tasks": [
                                            {
                                                "id": 101,
                                                "kalk_id": 1,
                                                "kalk_type": 1,
                                                "cost_centre_name": "Assembly Line 1",
                                                "activity_name": "Component Welding",
                                                "min_ruest": "30.00",
                                                "min_wage": "5.50",
                                            }
                                        ],
                                    }
                                ],
                            }
                        ],
                    )
                ],
            )
        ],
    ),
    ORDERS.get(
        path=_ORDER,
        operation_id="getOrder",
        client_method="get",
        summary="Get an order",
        description="Retrieves the details of a specific order using its unique ID.",
        lines=(65, 110),
        responses=[
            Response(
                status=200,
                description="The order with its positions and tasks.",
                model=Order,
                examples=[
                    Example(
                        name="order",
                        summary="Order 4711",
                        lines=(67, 110),
                        value={
                            "id": 4711,
                            "o_conf_date": "2025-09-11",
                            "employee_no": 101,
                            "zuHaenden": "Mr. Miller",
                            "customer_no": 1234,
                            "project_no": "PROJ-2025-Q4",
                            "netto": "1575.00",
                            "ges_netto": "1575.00",
                            "ges_rabatt": "0.00",
                            "pay_term_id": 1,
                            "pay_term_text": "Net 30 days",
                            "positions": [
                                {
                                    "id": 1,
                                    "pos_no": 1,
                                    "article_number": "ART-001",
                                    "article_desc": "Main Component Assembly",
                                    "amount": "50.00",
                                    "unit": "pcs",
                                    "unit_price": "25.00",
                                    "discount": "0.00",
                                    "unit_price_disc": "25.00",
                                    "netto": "1250.00",
                                    "deliv_date": "2025-10-15",
                                    "mwst_percent": "19.00",
                                    "brutto": "1487.50",
                                    "tasks": [
                                        {
                                            "id": 101,
                                            "kalk_id": 1,
                                            "kalk_type": 1,
                                            "cost_centre_name": "Assembly Line 1",
                                            "activity_name": "Component Welding",
                                            "min_ruest": "30.00",
                                            "min_wage": "5.50",
                                            "min_masch": "7.20",
                                            "production_start": "2025-09-20 08:00:00",
                                            "production_end": "2025-09-20 16:30:00",
                                        }
                                    ],
                                }
                            ],
                        },
                    )
                ],
            )
        ],
    ),
    ORDERS.post(
        path="/api/order",
        operation_id="createOrder",
        client_method="create",
        summary="Create an order",
        description="Creates a new order with the data provided in the request body.",
        lines=(111, 130),
        inferred=_CREATE_PATH.format(detail=_ORDER),
        quirks=[_no_response_quirk((111, 130), "create order")],
        request_body=RequestBody(
            model=OrderCreate,
            required=True,
            lines=(111, 111),
            inferred=_CREATE_BODY.format(line=111, what="order"),
            description="The new order with its positions.",
            examples=[
                Example(
                    name="new_order",
                    summary="A prototype order with one position",
                    lines=(113, 130),
                    value={
                        "o_conf_date": "2025-09-11",
                        "customer_no": 5678,
                        "project_no": "NEW-PROJ-01",
                        "subject": "Initial Prototype Order",
                        "delivery_date": "2025-11-01",
                        "positions": [
                            {
                                "pos_no": 1,
                                "article_number": "PROTO-X1",
                                "article_desc": "Prototype Mainframe",
                                "amount": "5.00",
                                "unit": "pcs",
                                "unit_price": "550.00",
                                "remarks": "Handle with care, urgent delivery.",
                            }
                        ],
                    },
                )
            ],
        ),
        responses=[
            Response(
                status=201,
                description="The order was created.",
                model=Order,
                inferred=_CREATE_RESPONSE.format(what="order"),
            )
        ],
    ),
    ORDERS.put(
        path=_ORDER,
        operation_id="updateOrder",
        client_method="update",
        summary="Update an order",
        description=(
            "Updates an existing order. Any field of the order, its positions, or tasks can be "
            "updated; the example sends only the fields to change."
        ),
        lines=(131, 137),
        inferred=_UPDATE_METHOD.format(detail=_ORDER),
        quirks=[_no_response_quirk((131, 137), "update order")],
        request_body=RequestBody(
            model=OrderUpdate,
            required=True,
            inferred=_UPDATE_BODY,
            description="The fields to change.",
            examples=[
                Example(
                    name="revised_order",
                    summary="Revise subject and expedite delivery",
                    lines=(133, 137),
                    value={
                        "subject": "Q4 Production Run (Revised)",
                        "delivery_date": "2025-10-20",
                        "short_info": "Delivery date expedited per customer request.",
                    },
                )
            ],
        ),
        responses=[
            Response(
                status=200,
                description="The order was updated.",
                model=Order,
                inferred=_UPDATE_RESPONSE.format(what="order"),
            )
        ],
    ),
    ORDERS.delete(
        path=_ORDER,
        operation_id="deleteOrder",
        client_method="delete",
        summary="Delete an order",
        description="Permanently deletes an order from the system. This action cannot be undone.",
        lines=(138, 140),
        inferred=_DELETE_METHOD.format(detail=_ORDER),
        responses=[_deleted((139, 140))],
    ),
]

# --- offers ----------------------------------------------------------------------------------

_OFFERS = [
    OFFERS.get(
        path="/api/offer",
        operation_id="listOffers",
        client_method="list",
        summary="List offers",
        description=(
            "Retrieves a list of all offers in the system. The document says it returns the "
            "same full structure as GET /api/offer/{id} for each offer, including positions and "
            "tasks; its example carries fewer fields (see x-quirks)."
        ),
        lines=(141, 181),
        inferred=_LIST_PATH.format(detail=_OFFER),
        quirks=[
            Quirk(
                lines=(141, 181),
                text=(
                    "Claims the same full structure as GET /api/offer/{id}, but the example "
                    "lacks several detail fields (followup_text, date_desired, delivery_date, "
                    "info, and position and task fields)."
                ),
            )
        ],
        responses=[
            Response(
                status=200,
                description="All offers.",
                model=list[Offer],
                examples=[
                    Example(
                        name="offers",
                        summary="One offer with a position and a task",
                        lines=(143, 181),
                        value=[
                            {
                                "id": 2345,
                                "offer_date": "2025-09-05",
                                "employee_no": 101,
                                "zu_haenden": "Mr. Miller",
                                "customer_no": 1234,
                                "project_no": "PROJ-2025-Q3",
                                "lead_text": "Initial project proposal",
                                "netto": "2500.00",
                                "ges_netto": "2500.00",
                                "ges_rabatt": "0.00",
                                "pay_term_id": 1,
                                "pay_term_text": "Net 30 days",
                                "positions": [
                                    {
                                        "id": 1,
                                        "pos_no": 1,
                                        "article_number": "COMP-001",
                                        "article_desc": "Main Component",
                                        "amount": "25.00",
                                        "unit": "pcs",
                                        "unit_price": "100.00",
                                        "netto": "2500.00",
                                        "tasks": [
                                            {
                                                "id": 101,
                                                "kalk_id": 1,
                                                "kalk_type": 1,
                                                "cost_centre_name": "Assembly Line 2",
                                                "activity_name": "Component Assembly",
                                                "min_ruest": "20.00",
                                                "min_wage": "3.50",
                                            }
                                        ],
                                    }
                                ],
                            }
                        ],
                    )
                ],
            )
        ],
    ),
    OFFERS.get(
        path=_OFFER,
        operation_id="getOffer",
        client_method="get",
        summary="Get an offer",
        description="Retrieves the details of a specific offer using its unique ID.",
        lines=(182, 230),
        responses=[
            Response(
                status=200,
                description="The offer with its positions and tasks.",
                model=Offer,
                examples=[
                    Example(
                        name="offer",
                        summary="Offer 2345",
                        lines=(184, 230),
                        value={
                            "id": 2345,
                            "offer_date": "2025-09-05",
                            "employee_no": 101,
                            "zu_haenden": "Mr. Miller",
                            "customer_no": 1234,
                            "project_no": "PROJ-2025-Q3",
                            "lead_text": "Initial project proposal",
                            "followup_text": "Follow-up discussion required",
                            "date_desired": "2025-10-01",
                            "delivery_date": "2025-10-15",
                            "netto": "2500.00",
                            "ges_netto": "2500.00",
                            "ges_rabatt": "0.00",
                            "info": "Special pricing for bulk order",
                            "pay_term_id": 1,
                            "pay_term_text": "Net 30 days",
                            "positions": [
                                {
                                    "id": 1,
                                    "pos_no": 1,
                                    "article_number": "COMP-001",
                                    "article_desc": "Main Component",
                                    "amount": "25.00",
                                    "unit": "pcs",
                                    "unit_price": "100.00",
                                    "discount": "0.00",
                                    "unit_price_disc": "100.00",
                                    "netto": "2500.00",
                                    "deliv_date": "2025-10-15",
                                    "mwst_percent": "19.00",
                                    "brutto": "2975.00",
                                    "tasks": [
                                        {
                                            "id": 101,
                                            "kalk_id": 1,
                                            "kalk_type": 1,
                                            "cost_centre_name": "Assembly Line 2",
                                            "activity_name": "Component Assembly",
                                            "min_ruest": "20.00",
                                            "min_wage": "3.50",
                                            "min_masch": "5.00",
                                        }
                                    ],
                                }
                            ],
                        },
                    )
                ],
            )
        ],
    ),
    OFFERS.post(
        path="/api/offer",
        operation_id="createOffer",
        client_method="create",
        summary="Create an offer",
        description="Creates a new offer with the data provided in the request body.",
        lines=(231, 251),
        inferred=_CREATE_PATH.format(detail=_OFFER),
        quirks=[_no_response_quirk((231, 251), "create offer")],
        request_body=RequestBody(
            model=OfferCreate,
            required=True,
            lines=(231, 231),
            inferred=_CREATE_BODY.format(line=231, what="offer"),
            description="The new offer with its positions.",
            examples=[
                Example(
                    name="new_offer",
                    summary="A consulting offer with one position",
                    lines=(233, 251),
                    value={
                        "offer_date": "2025-09-25",
                        "customer_no": 9876,
                        "project_no": "NEW-OFFER-01",
                        "lead_text": "Initial consultation and proposal",
                        "delivery_date": "2025-11-30",
                        "pay_term_text": "Net 45 days",
                        "positions": [
                            {
                                "pos_no": 1,
                                "article_number": "SERV-X1",
                                "article_desc": "Consulting Services",
                                "amount": "20.00",
                                "unit": "hrs",
                                "unit_price": "125.00",
                                "remarks": "Senior consultant rate applies.",
                            }
                        ],
                    },
                )
            ],
        ),
        responses=[
            Response(
                status=201,
                description="The offer was created.",
                model=Offer,
                inferred=_CREATE_RESPONSE.format(what="offer"),
            )
        ],
    ),
    OFFERS.put(
        path=_OFFER,
        operation_id="updateOffer",
        client_method="update",
        summary="Update an offer",
        description=(
            "Updates an existing offer. Any field of the offer, its positions, or tasks can be "
            "updated; the example sends only the fields to change."
        ),
        lines=(252, 258),
        inferred=_UPDATE_METHOD.format(detail=_OFFER),
        quirks=[_no_response_quirk((252, 258), "update offer")],
        request_body=RequestBody(
            model=OfferUpdate,
            required=True,
            inferred=_UPDATE_BODY,
            description="The fields to change.",
            examples=[
                Example(
                    name="revised_offer",
                    summary="Revise the lead text and extend delivery",
                    lines=(254, 258),
                    value={
                        "lead_text": "Updated proposal with revised requirements",
                        "delivery_date": "2025-12-15",
                        "info": "Delivery date extended per customer request.",
                    },
                )
            ],
        ),
        responses=[
            Response(
                status=200,
                description="The offer was updated.",
                model=Offer,
                inferred=_UPDATE_RESPONSE.format(what="offer"),
            )
        ],
    ),
    OFFERS.delete(
        path=_OFFER,
        operation_id="deleteOffer",
        client_method="delete",
        summary="Delete an offer",
        description="Permanently deletes an offer from the system. This action cannot be undone.",
        lines=(259, 261),
        inferred=_DELETE_METHOD.format(detail=_OFFER),
        responses=[_deleted((260, 261))],
    ),
]

# --- work schedules --------------------------------------------------------------------------

_UNLABELLED = (
    "The JSON is printed without a label (no 'Example Request Body' / 'Example Response'); "
    "its content makes it the {what}."
)

_UNLABELLED_STATUS = (
    "The JSON is printed without 'Example Response (200 OK)', so no status code is documented; "
    "200 OK is assumed, as for every other read of the document."
)

_WORK_SCHEDULES = [
    WORK_SCHEDULES.get(
        path="/api/work-schedule",
        operation_id="listWorkSchedules",
        client_method="list",
        summary="List work schedules",
        description=(
            "Retrieves a list of all work schedules. The document says it returns the same "
            "structure as GET /api/work-schedule/{id} for each entry, including position IDs; "
            "its example carries fewer fields (see x-quirks)."
        ),
        lines=(262, 287),
        inferred=_LIST_PATH.format(detail=_WORK_SCHEDULE),
        quirks=[
            Quirk(
                lines=(262, 287),
                text=(
                    "Claims the same structure as GET /api/work-schedule/{id}, but the example "
                    "entries lack last_change_date and most sum_* fields."
                ),
            )
        ],
        responses=[
            Response(
                status=200,
                description="All work schedules.",
                model=list[WorkSchedule],
                examples=[
                    Example(
                        name="work_schedules",
                        summary="Two work schedules",
                        lines=(264, 287),
                        value=[
                            {
                                "id": 101,
                                "name": "Standard Assembly Process",
                                "creation_date": "2025-01-10",
                                "sum_cost": "125.50",
                                "los_stueck": 1,
                                "wage_factor": 1,
                                "positions": [{"id": 201}],
                            },
                            {
                                "id": 102,
                                "name": "Finishing Process",
                                "creation_date": "2025-02-15",
                                "sum_cost": "85.00",
                                "los_stueck": 1,
                                "wage_factor": 1,
                                "positions": [{"id": 301}],
                            },
                        ],
                    )
                ],
            )
        ],
    ),
    WORK_SCHEDULES.get(
        path=_WORK_SCHEDULE,
        operation_id="getWorkSchedule",
        client_method="get",
        summary="Get a work schedule",
        description=(
            "Retrieves a specific work schedule. Note: positions currently only return their ID."
        ),
        lines=(288, 314),
        responses=[
            Response(
                status=200,
                description="The work schedule.",
                model=WorkSchedule,
                inferred=_UNLABELLED_STATUS,
                quirks=[Quirk(lines=(289, 314), text=_UNLABELLED.format(what="200 response"))],
                examples=[
                    Example(
                        name="work_schedule",
                        summary="Work schedule 101",
                        lines=(289, 314),
                        value={
                            "id": 101,
                            "name": "Standard Assembly Process",
                            "creation_date": "2025-01-10",
                            "last_change_date": "2025-03-15",
                            "sum_min_ruest": "15.00",
                            "sum_min": "30.00",
                            "sum_cost_ruest": "10.00",
                            "sum_cost_wage": "25.00",
                            "sum_min_masch": "20.00",
                            "sum_cost_masch": "40.00",
                            "sum_cost_fremdfert": "0.00",
                            "sum_cost": "125.50",
                            "los_stueck": 1,
                            "sum_min_wage": "15.00",
                            "costperone": "125.50",
                            "hoursperday": "8.00",
                            "sum_min_setup": "10.00",
                            "sum_cost_setup": "5.00",
                            "wage_factor": 1,
                            "positions": [{"id": 201}],
                        },
                    )
                ],
            )
        ],
    ),
    WORK_SCHEDULES.post(
        path="/api/work-schedule",
        operation_id="createWorkSchedule",
        client_method="create",
        summary="Create a work schedule",
        description="Creates a new work schedule.",
        lines=(315, 327),
        inferred=_CREATE_PATH.format(detail=_WORK_SCHEDULE),
        quirks=[_no_response_quirk((315, 327), "create work schedule")],
        request_body=RequestBody(
            model=WorkScheduleCreate,
            required=True,
            inferred=_UNLABELLED_BODY,
            description="The new work schedule with its positions.",
            quirks=[
                Quirk(
                    lines=(316, 327),
                    text=_UNLABELLED.format(what="request body (it has no id)"),
                )
            ],
            examples=[
                Example(
                    name="new_work_schedule",
                    summary="A finishing process with one step",
                    lines=(316, 327),
                    value={
                        "name": "Advanced Finishing Process",
                        "los_stueck": 1,
                        "wage_factor": 1,
                        "positions": [
                            {
                                "pos": 10,
                                "activity_name": "Sanding and Polishing",
                                "min_wage": "20.00",
                            }
                        ],
                    },
                )
            ],
        ),
        responses=[
            Response(
                status=201,
                description="The work schedule was created.",
                model=WorkSchedule,
                inferred=_CREATE_RESPONSE.format(what="work schedule"),
            )
        ],
    ),
    WORK_SCHEDULES.put(
        path=_WORK_SCHEDULE,
        operation_id="updateWorkSchedule",
        client_method="update",
        summary="Update a work schedule",
        description="Updates an existing work schedule.",
        lines=(328, 331),
        inferred=_UPDATE_METHOD.format(detail=_WORK_SCHEDULE),
        quirks=[_no_response_quirk((328, 331), "update work schedule")],
        request_body=RequestBody(
            model=WorkScheduleUpdate,
            required=True,
            inferred=_UNLABELLED_BODY,
            description="The fields to change.",
            quirks=[
                Quirk(
                    lines=(329, 331),
                    text=_UNLABELLED.format(what="request body (it has no id)"),
                )
            ],
            examples=[
                Example(
                    name="rename",
                    summary="Rename the work schedule",
                    lines=(329, 331),
                    value={"name": "Standard Assembly Process (2025 Rev.)"},
                )
            ],
        ),
        responses=[
            Response(
                status=200,
                description="The work schedule was updated.",
                model=WorkSchedule,
                inferred=_UPDATE_RESPONSE.format(what="work schedule"),
            )
        ],
    ),
    WORK_SCHEDULES.delete(
        path=_WORK_SCHEDULE,
        operation_id="deleteWorkSchedule",
        client_method="delete",
        summary="Delete a work schedule",
        description="Permanently deletes a work schedule.",
        lines=(332, 334),
        inferred=_DELETE_METHOD.format(detail=_WORK_SCHEDULE),
        responses=[_deleted((333, 334))],
    ),
]

# --- cost centres ----------------------------------------------------------------------------

_COST_CENTRES = [
    COST_CENTRES.get(
        path="/api/cost-centre",
        operation_id="listCostCentres",
        client_method="list",
        summary="List cost centres",
        description=(
            "Retrieves a list of all cost centres. Returns the same structure as "
            "GET /api/cost-centre/{id} for each entry."
        ),
        lines=(335, 356),
        inferred=_LIST_PATH.format(detail=_COST_CENTRE),
        responses=[
            Response(
                status=200,
                description="All cost centres.",
                model=list[CostCentre],
                examples=[
                    Example(
                        name="cost_centres",
                        summary="Two cost centres",
                        lines=(337, 356),
                        value=[
                            {
                                "id": 1,
                                "name": "CNC Milling Dept.",
                                "type": 1,
                                "kalkMinKosten": "1.850",
                                "nutzungsdauer": "10.00",
                                "last_change": "2025-03-15 10:30:00",
                                "last_sync": "2025-03-15 10:30:00",
                            },
                            {
                                "id": 2,
                                "name": "Quality Assurance Lab",
                                "type": 2,
                                "kalkMinKosten": "2.150",
                                "nutzungsdauer": "8.00",
                                "last_change": "2025-03-10 14:00:00",
                                "last_sync": "2025-03-10 14:00:00",
                            },
                        ],
                    )
                ],
            )
        ],
    ),
    COST_CENTRES.get(
        path=_COST_CENTRE,
        operation_id="getCostCentre",
        client_method="get",
        summary="Get a cost centre",
        description="Retrieves a specific cost centre.",
        lines=(357, 366),
        responses=[
            Response(
                status=200,
                description="The cost centre.",
                model=CostCentre,
                inferred=_UNLABELLED_STATUS,
                quirks=[Quirk(lines=(358, 366), text=_UNLABELLED.format(what="200 response"))],
                examples=[
                    Example(
                        name="cost_centre",
                        summary="Cost centre 1",
                        lines=(358, 366),
                        value={
                            "id": 1,
                            "name": "CNC Milling Dept.",
                            "type": 1,
                            "kalkMinKosten": "1.850",
                            "nutzungsdauer": "10.00",
                            "last_change": "2025-03-15 10:30:00",
                            "last_sync": "2025-03-15 10:30:00",
                        },
                    )
                ],
            )
        ],
    ),
    COST_CENTRES.post(
        path="/api/cost-centre",
        operation_id="createCostCentre",
        client_method="create",
        summary="Create a cost centre",
        description="Creates a new cost centre.",
        lines=(367, 371),
        inferred=_CREATE_PATH.format(detail=_COST_CENTRE),
        quirks=[_no_response_quirk((367, 371), "create cost centre")],
        request_body=RequestBody(
            model=CostCentreCreate,
            required=True,
            inferred=_UNLABELLED_BODY,
            description="The new cost centre.",
            quirks=[
                Quirk(
                    lines=(368, 371),
                    text=_UNLABELLED.format(what="request body (it has no id)"),
                )
            ],
            examples=[
                Example(
                    name="new_cost_centre",
                    summary="A quality assurance lab",
                    lines=(368, 371),
                    value={"name": "Quality Assurance Lab", "type": 2},
                )
            ],
        ),
        responses=[
            Response(
                status=201,
                description="The cost centre was created.",
                model=CostCentre,
                inferred=_CREATE_RESPONSE.format(what="cost centre"),
            )
        ],
    ),
    COST_CENTRES.put(
        path=_COST_CENTRE,
        operation_id="updateCostCentre",
        client_method="update",
        summary="Update a cost centre",
        description=(
            "Updates an existing cost centre. The example sends `kalk_min_kosten`, while "
            "responses spell the field `kalkMinKosten`."
        ),
        lines=(372, 375),
        inferred=_UPDATE_METHOD.format(detail=_COST_CENTRE),
        quirks=[_no_response_quirk((372, 375), "update cost centre")],
        request_body=RequestBody(
            model=CostCentreUpdate,
            required=True,
            inferred=_UNLABELLED_BODY,
            description="The fields to change.",
            quirks=[
                Quirk(
                    lines=(373, 375),
                    text=_UNLABELLED.format(what="request body (it has no id)"),
                ),
                Quirk(
                    lines=(374, 374),
                    text=(
                        "The request spells the field `kalk_min_kosten`; responses spell it "
                        "`kalkMinKosten` (lines 342, 362)."
                    ),
                ),
            ],
            examples=[
                Example(
                    name="new_minute_cost",
                    summary="Change the cost per minute",
                    lines=(373, 375),
                    value={"kalk_min_kosten": "2.150"},
                )
            ],
        ),
        responses=[
            Response(
                status=200,
                description="The cost centre was updated.",
                model=CostCentre,
                inferred=_UPDATE_RESPONSE.format(what="cost centre"),
            )
        ],
    ),
    COST_CENTRES.delete(
        path=_COST_CENTRE,
        operation_id="deleteCostCentre",
        client_method="delete",
        summary="Delete a cost centre",
        description="Permanently deletes a cost centre.",
        lines=(376, 378),
        inferred=_DELETE_METHOD.format(detail=_COST_CENTRE),
        responses=[_deleted((377, 378))],
    ),
]

# --- documents -------------------------------------------------------------------------------

_DOCUMENTS = [
    DOCUMENTS.post(
        path="/api/documents",
        operation_id="uploadDocument",
        client_method="upload",
        summary="Upload a document",
        description=(
            "Uploads a document file. The request must be sent as multipart/form-data. The file "
            "is stored in the document folder structure based on the provided area and number."
        ),
        lines=(379, 408),
        inferred=(
            "The document prints no path or method for the upload; POST on /api/documents, the "
            "path the document list uses (line 410), is the usual REST convention."
        ),
        request_body=RequestBody(
            model=DocumentUpload,
            required=True,
            lines=(379, 389),
            media_types=[MULTIPART],
            description=(
                "The file and where to store it. The document's example (lines 384-389) is "
                'not JSON: file (binary), area "order", number "4711", external false, '
                "folder_id 5 (optional)."
            ),
        ),
        responses=[
            Response(
                status=201,
                description="The document was stored.",
                model=DocumentUploadResult,
                examples=[
                    Example(
                        name="uploaded",
                        summary="A PDF drawing stored for order 4711",
                        lines=(391, 408),
                        value={
                            "success": True,
                            "document": {
                                "id": 42,
                                "area": "order",
                                "number": "4711",
                                "filename": "technical-drawing",
                                "filetype": "pdf",
                                "full_path": "/Dokutasche/order/4711/technical-drawing.pdf",
                                "creator": "api_user",
                                "creation_date": "2025-09-15",
                                "do_print": False,
                                "external": False,
                                "folder_id": 5,
                                "mimetype": "application/pdf",
                            },
                            "status_code": 201,
                        },
                    )
                ],
            )
        ],
    ),
    DOCUMENTS.get(
        path="/api/documents",
        operation_id="listDocuments",
        client_method="list",
        summary="List documents",
        description=(
            "Retrieves a list of documents. Results can be filtered by area, number, and "
            "folder_id using query parameters, e.g. GET /api/documents?area=order&number=4711."
        ),
        lines=(409, 446),
        parameters=[
            Parameter(
                name="area",
                location="query",
                type=str,
                description="Only documents of this `area`, e.g. `order` (line 410).",
                examples=[
                    Example(name="order", summary="Documents of orders", value="order", lines=410)
                ],
            ),
            Parameter(
                name="number",
                location="query",
                type=str,
                description="Only documents with this `number`, e.g. `4711` (line 410).",
                examples=[
                    Example(
                        name="order", summary="Documents of order 4711", value="4711", lines=410
                    )
                ],
            ),
            Parameter(
                name="folder_id",
                location="query",
                type=int,
                description="Only documents in this folder.",
                inferred=(
                    "The document names the folder_id filter but not its type; the folder IDs "
                    "it shows are integers."
                ),
            ),
        ],
        responses=[
            Response(
                status=200,
                description="The matching documents.",
                model=DocumentList,
                examples=[
                    Example(
                        name="order_documents",
                        summary="The two documents of order 4711",
                        lines=(412, 446),
                        value={
                            "success": True,
                            "documents": [
                                {
                                    "id": 42,
                                    "area": "order",
                                    "number": "4711",
                                    "filename": "technical-drawing",
                                    "filetype": "pdf",
                                    "full_path": "/Dokutasche/order/4711/technical-drawing.pdf",
                                    "creator": "admin",
                                    "creation_date": "2025-09-15",
                                    "do_print": False,
                                    "external": False,
                                    "folder_id": 5,
                                    "mimetype": "application/pdf",
                                },
                                {
                                    "id": 43,
                                    "area": "order",
                                    "number": "4711",
                                    "filename": "specification",
                                    "filetype": "docx",
                                    "full_path": "/Dokutasche/order/4711/specification.docx",
                                    "creator": "admin",
                                    "creation_date": "2025-09-16",
                                    "do_print": True,
                                    "external": False,
                                    "folder_id": 5,
                                    "mimetype": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                },
                            ],
                            "count": 2,
                            "status_code": 200,
                        },
                    )
                ],
            )
        ],
    ),
    DOCUMENTS.get(
        path="/api/documents/structure",
        operation_id="getDocumentStructure",
        client_method="get_structure",
        summary="Get the document folder tree",
        description=(
            "Retrieves the folder tree structure for documents. Can be filtered by area using a "
            "query parameter, e.g. GET /api/documents/structure?area=order."
        ),
        lines=(447, 476),
        parameters=[
            Parameter(
                name="area",
                location="query",
                type=str,
                description="Only the folders of this area, e.g. `order`.",
                examples=[
                    Example(name="order", summary="Folders of orders", value="order", lines=448)
                ],
            )
        ],
        responses=[
            Response(
                status=200,
                description="The folder tree (folders nest through `children`).",
                model=FolderStructure,
                examples=[
                    Example(
                        name="order_folders",
                        summary="The folder tree of the order area",
                        lines=(450, 476),
                        value={
                            "tree": [
                                {
                                    "id": 1,
                                    "name": "Alle",
                                    "area": "order",
                                    "parent_id": None,
                                    "children": [
                                        {
                                            "id": 5,
                                            "name": "Technical Drawings",
                                            "area": "order",
                                            "parent_id": 1,
                                            "children": [],
                                        },
                                        {
                                            "id": 6,
                                            "name": "Contracts",
                                            "area": "order",
                                            "parent_id": 1,
                                            "children": [],
                                        },
                                    ],
                                }
                            ],
                            "status_code": 200,
                        },
                    )
                ],
            )
        ],
    ),
    DOCUMENTS.delete(
        path="/api/documents/{id}",
        operation_id="deleteDocument",
        client_method="delete",
        summary="Delete a document",
        description=(
            "Permanently deletes a document from the system. Both the database record and the "
            "physical file are removed. This action cannot be undone."
        ),
        lines=(477, 488),
        inferred=(
            "The document prints no path or method for the delete; DELETE on /api/documents/{id} "
            "follows the list path (line 410) and the `/{id}` naming of the other resources."
        ),
        responses=[
            Response(
                status=200,
                description="The document was deleted.",
                model=DocumentDeleted,
                quirks=[
                    Quirk(
                        lines=(478, 483),
                        text=(
                            "Document delete answers 200 OK with a body, while the other deletes "
                            "answer 204 No Content without one (lines 139, 260, 333, 377)."
                        ),
                    )
                ],
                examples=[
                    Example(
                        name="deleted",
                        summary="Deletion confirmed",
                        lines=(479, 483),
                        value={
                            "success": True,
                            "message": "Document deleted successfully",
                            "status_code": 200,
                        },
                    )
                ],
            ),
            Response(
                status=404,
                description="No document with that ID.",
                model=ErrorResponse,
                examples=[
                    Example(
                        name="not_found",
                        summary="Document not found",
                        lines=(485, 488),
                        value={"error": "Document not found", "status_code": 404},
                    )
                ],
            ),
        ],
    ),
]

# --- authentication test and JSON-schema documentation ---------------------------------------

_MISC = [
    AUTHENTICATION.get(
        path="/api/test",
        operation_id="testAuthentication",
        client_method="test",
        summary="Test authentication",
        description=(
            "Verifies the correct authentication with the API token. On success, a confirmation "
            "message is returned."
        ),
        lines=(489, 493),
        inferred=(
            "The document prints neither path nor method for the authentication test; a "
            "parameterless GET under the /api/ prefix is assumed, named `test` after the "
            "confirmation it returns ('Test successfull.')."
        ),
        responses=[
            Response(
                status=200,
                description="The token is valid.",
                model=AuthTestResult,
                examples=[
                    Example(
                        name="success",
                        summary="Token accepted",
                        lines=(491, 493),
                        value={"response": "Test successfull."},
                    )
                ],
            )
        ],
    ),
    API_DOCUMENTATION.get(
        path="/api/doc",
        operation_id="getApiDocumentation",
        client_method="get",
        summary="Get the API documentation as JSON schema",
        description=(
            "Returns a machine-readable JSON schema describing the general API documentation and "
            "available endpoints."
        ),
        lines=(494, 496),
        inferred=(
            "The document prints neither path nor method; a GET on /api/doc under the /api/ "
            "prefix of the other paths is assumed."
        ),
        responses=[
            Response(
                status=200,
                description="A JSON object with the general API documentation structure.",
                model=ApiDocumentation,
            )
        ],
    ),
    API_DOCUMENTATION.get(
        path="/api/doc/order",
        operation_id="getOrderDocumentation",
        client_method="get_order_schema",
        summary="Get the order confirmation documentation as JSON schema",
        description=(
            "Returns a machine-readable JSON schema specifically for the order confirmation "
            "endpoints, describing available fields and their types."
        ),
        lines=(497, 499),
        inferred=(
            "The document prints neither path nor method; /api/doc/order combines the general "
            "documentation path /api/doc with the `order` naming of the order endpoints."
        ),
        responses=[
            Response(
                status=200,
                description="A JSON object with the order confirmation documentation structure.",
                model=OrderConfirmationDocumentation,
            )
        ],
    ),
]

OPERATIONS: list[Operation] = [
    *_ORDERS,
    *_OFFERS,
    *_WORK_SCHEDULES,
    *_COST_CENTRES,
    *_DOCUMENTS,
    *_MISC,
]
