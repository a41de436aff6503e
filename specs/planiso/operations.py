"""The 36 Planiso operations, in the order of planiso.en.txt.

Every response, success or error, is the `{code, message, data}` envelope (``Envelope[T]``).
Every operation carries the universal error codes of lines 81-99 (400, 401, 402, 403, 404, 409,
429); where its "Specific error responses" list gives a code (including 500, which the
universal list lacks) that text replaces the universal one.
"""

from typing import Any

from generator.describe import (
    FORM,
    Operation,
    Parameter,
    Quirk,
    RequestBody,
    Resource,
    Response,
)
from specs.planiso import examples as ex
from specs.planiso.models import (
    Customer,
    EmptyData,
    Envelope,
    Equipment,
    EquipmentType,
    ErrorData,
    Organization,
    Project,
    Subcontractor,
    Supplier,
    User,
)
from specs.planiso.models_forms import (
    CustomerCreateForm,
    CustomerUpdateForm,
    EquipmentCreateForm,
    EquipmentUpdateForm,
    OrganizationCreateForm,
    OrganizationUpdateForm,
    ProjectCreateForm,
    ProjectUpdateForm,
    SubcontractorCreateForm,
    SubcontractorUpdateForm,
    SupplierCreateForm,
    SupplierUpdateForm,
    UserCreateForm,
    UserUpdateForm,
)

# --- shared pieces --------------------------------------------------------------------------------

ErrorEnvelope: Any = Envelope[ErrorData]
EmptyEnvelope: Any = Envelope[EmptyData]

_REASONS = {
    400: "Bad Request",
    401: "Unauthorized",
    402: "Request Failed",
    403: "Forbidden",
    404: "Not Found",
    409: "Conflict",
    429: "Too Many Requests",
    500: "Internal Server Error",
}

Specific = dict[int, tuple[int, str]]

# The specific lists repeat these three texts for nearly every operation.
_401 = "No valid API key provided"
_403 = "The API key doesn't have the required permissions"
_500 = "An internal server error occurred"


def _sentence(text: str) -> str:
    return text if text.endswith(".") else f"{text}."


def _error(status: int, line: int, text: str, quirks: list[Quirk] | None = None) -> Response:
    """An error response: the error envelope, with the reason phrase and the document's text."""
    return Response(
        status=status,
        description=f"{_REASONS[status]}: {_sentence(text)}",
        model=ErrorEnvelope,
        lines=line,
        quirks=quirks or [],
    )


#: The universal HTTP codes (lines 81-99) that can answer any request.
_UNIVERSAL = [
    _error(400, 87, "The request is unacceptable, often due to a missing required parameter."),
    _error(401, 89, "No valid API key provided."),
    _error(402, 91, "Parameters were valid but the request failed."),
    _error(403, 93, "The API key doesn't have the required permissions to execute the request."),
    _error(404, 95, "The requested resource doesn't exist."),
    _error(
        409,
        97,
        "The request conflicts with another request (perhaps due to using the same idempotent "
        "key).",
    ),
    _error(
        429,
        99,
        "Too many requests hit the API too quickly. We recommend an exponential backoff of your "
        "requests.",
    ),
]


def _specific(specific: Specific, quirks: dict[int, list[Quirk]] | None = None) -> list[Response]:
    """The operation's own "Specific error responses" list: each replaces the universal code of
    its status (the resource adds the universal codes it does not give)."""
    quirks = quirks or {}
    return [
        _error(status, line, text, quirks.get(status)) for status, (line, text) in specific.items()
    ]


def _resource(tag: str) -> Resource:
    """Every Planiso resource: form-encoded requests, JSON answers, the universal error codes."""
    return Resource(tags=[tag], request_media_types=[FORM], errors=_UNIVERSAL)


def _no(resource: str, line: int) -> Parameter:
    return Parameter(
        name="no",
        location="path",
        required=True,
        type=int,
        description=f"Unique number in your silo that identifies the {resource}.",
        lines=line,
    )


def _form(
    model: Any, lines: tuple[int, int], description: str, *, required_because: str | None = None
) -> RequestBody:
    """A form body citing its attribute list and curl (``lines``). The document never says
    whether a body is required: ``required_because`` marks it required with that reason
    (``x-inferred``); without it, nothing is said."""
    if required_because is None:
        return RequestBody(model=model, description=description, lines=lines)
    return RequestBody(
        model=model,
        description=description,
        lines=lines,
        required=True,
        inferred=f"the document does not say whether a body is required; {required_because}",
    )


def _not_found_quirk(text_line: int, list_line: int) -> Quirk:
    return Quirk(
        lines=(text_line, list_line),
        text=(
            f'The description says that when nothing is found "code 400 and an empty array are '
            f'returned" (line {text_line}), but the specific error list gives 404 Not Found '
            f"(line {list_line})."
        ),
    )


# --- users ----------------------------------------------------------------------------------------

USERS = _resource("Users")

USER_OPERATIONS = [
    USERS.get(
        path="/v1/user",
        operation_id="listUsers",
        client_method="list",
        summary="List users",
        description=(
            "Returns the list of all users/employees contained in your Planiso silo. Users are "
            "returned sorted by creation date. If no user is found, an empty list is returned."
        ),
        lines=(117, 215),
        responses=[
            Response(
                status=200,
                description=(
                    "An associative array with a data property that contains an array of users "
                    "sorted by creation date."
                ),
                model=Envelope[list[User]],
                lines=164,
                examples=[ex.USER_LIST],
            ),
            *_specific({401: (211, _401), 403: (213, _403), 500: (215, _500)}),
        ],
    ),
    USERS.get(
        path="/v1/user/{no}",
        operation_id="getUser",
        client_method="get",
        summary="Find a user",
        description=(
            "Returns the information of the user/employee whose number {no} is provided. If no "
            "user is found, code 400 and an empty array are returned."
        ),
        lines=(217, 300),
        quirks=[_not_found_quirk(219, 294)],
        parameters=[_no("user", 223)],
        responses=[
            Response(
                status=200,
                description=(
                    "An associative array with a data property that contains an array of "
                    "attributes about the user corresponding to the provided {no}."
                ),
                model=Envelope[User],
                lines=264,
                examples=[ex.USER_FOUND],
            ),
            *_specific(
                {
                    404: (294, "The requested resource {no} doesn't exist"),
                    401: (296, _401),
                    403: (298, _403),
                    500: (300, _500),
                }
            ),
        ],
    ),
    USERS.post(
        path="/v1/user",
        operation_id="createUser",
        client_method="create",
        summary="Create a user",
        description=(
            "In Planiso API, user creation is done without assigning a password. This method "
            "allows adding a user to the system with essential information, but without giving "
            "direct access to the application. If a user needs to log in, a silo administrator "
            "must connect to the Planiso application, access the Users menu, generate a "
            "password, and assign the necessary privileges to that user. These features are "
            "not available through the API for security and access management reasons."
        ),
        lines=(302, 395),
        request_body=_form(
            UserCreateForm,
            (306, 367),
            "The attributes of the new user.",
            required_because=(
                'its fullname is "Required in Planiso" (line 317) and a missing full name '
                "gives 400 (line 387)"
            ),
        ),
        responses=[
            Response(
                status=201,
                description=(
                    "An associative array with a data property that contains the attributes "
                    "about the user that was created."
                ),
                model=Envelope[User],
                lines=349,
                examples=[ex.USER_CREATED],
            ),
            *_specific(
                {
                    400: (
                        387,
                        "One or more required fields are missing in the request. Probably the "
                        "full name {fullname}",
                    ),
                    401: (389, _401),
                    403: (391, _403),
                    409: (
                        393,
                        "Request conflicts with another request, probably due to a unique key "
                        "conflict that already exists, such as email {email} or username "
                        "{username}",
                    ),
                    500: (395, _500),
                }
            ),
        ],
    ),
    USERS.put(
        path="/v1/user/{no}",
        operation_id="updateUser",
        client_method="update",
        summary="Update a user",
        description="This method allows modifying an existing user's information in Planiso.",
        lines=(397, 488),
        parameters=[_no("user", 403)],
        request_body=_form(UserUpdateForm, (401, 460), "The attributes of the user to modify."),
        responses=[
            Response(
                status=200,
                description=(
                    "An associative array with a data property containing an array of "
                    "attributes that were modified for the user with the provided {no}."
                ),
                model=Envelope[User],
                lines=444,
                examples=[ex.USER_UPDATED],
            ),
            *_specific(
                {
                    400: (
                        480,
                        "One or more required fields are missing or have incorrect format, or "
                        "provided fields are invalid",
                    ),
                    401: (482, _401),
                    403: (484, _403),
                    409: (
                        486,
                        "Request conflicts with another request, probably due to a unique key "
                        "conflict that already exists, such as email {email}, custom number "
                        "{custom_num} or username {username}",
                    ),
                    500: (488, _500),
                },
                quirks={
                    409: [
                        Quirk(
                            lines=486,
                            text=(
                                "The conflict text names {custom_num}, but the user attribute "
                                "and form field is custom_no (lines 409, 452)."
                            ),
                        )
                    ]
                },
            ),
        ],
    ),
    USERS.delete(
        path="/v1/user/{no}",
        operation_id="deleteUser",
        client_method="delete",
        summary="Delete a user",
        description="This method allows deactivating an existing user in Planiso.",
        lines=(490, 559),
        parameters=[_no("user", 496)],
        responses=[
            Response(
                status=204,
                description="An empty array.",
                model=EmptyEnvelope,
                lines=537,
                examples=[ex.USER_DELETED],
                quirks=[
                    Quirk(
                        lines=(546, 550),
                        text=(
                            "The example answers code 204 (No Content) with a body "
                            '({"code": 204, "message": "user deleted successfully", "data": []}), '
                            "which HTTP does not allow: a client may receive no body at all. "
                            "Every other delete answers 200 (e.g. line 936)."
                        ),
                    )
                ],
            ),
            *_specific(
                {
                    401: (553, _401),
                    403: (555, _403),
                    404: (557, "The user doesn't exist"),
                    500: (559, _500),
                }
            ),
        ],
    ),
]

# --- customers ------------------------------------------------------------------------------------

CUSTOMERS = _resource("Customers")

CUSTOMER_OPERATIONS = [
    CUSTOMERS.get(
        path="/v1/customer",
        operation_id="listCustomers",
        client_method="list",
        summary="List customers",
        description=(
            "Returns the list of all customers contained in your Planiso silo. Customers are "
            "returned sorted by creation date. If no customer is found, an empty list is "
            "returned."
        ),
        lines=(577, 656),
        responses=[
            Response(
                status=200,
                description=(
                    "An associative array with a data property that contains an array of "
                    "customers sorted by creation date."
                ),
                model=Envelope[list[Customer]],
                lines=609,
                examples=[ex.CUSTOMER_LIST],
            ),
            *_specific({401: (652, _401), 403: (654, _403), 500: (656, _500)}),
        ],
    ),
    CUSTOMERS.get(
        path="/v1/customer/{no}",
        operation_id="getCustomer",
        client_method="get",
        summary="Find a customer",
        description=(
            "Returns the information of the customer whose number {no} is provided. If no "
            "customer is found, code 400 and an empty array are returned."
        ),
        lines=(658, 737),
        quirks=[_not_found_quirk(660, 731)],
        parameters=[_no("customer", 664)],
        responses=[
            Response(
                status=200,
                description=(
                    "An associative array with a data property that contains the attributes "
                    "about the customer corresponding to the provided {no}."
                ),
                model=Envelope[Customer],
                lines=690,
                examples=[ex.CUSTOMER_FOUND],
            ),
            *_specific(
                {
                    404: (731, "The requested customer {no} doesn't exist"),
                    401: (733, _401),
                    403: (735, _403),
                    500: (737, _500),
                }
            ),
        ],
    ),
    CUSTOMERS.post(
        path="/v1/customer",
        operation_id="createCustomer",
        client_method="create",
        summary="Create a customer",
        description=(
            "Creates a new customer and returns an associative array with a data property that "
            "contains the attributes of the newly created customer. The example sends the "
            "linked organization as flat organization_* fields (lines 780-791) and returns it "
            "as `organization` (lines 801-817)."
        ),
        lines=(739, 830),
        request_body=_form(
            CustomerCreateForm,
            (743, 791),
            "The customer's attributes and, as organization_* fields, its organization.",
            required_because=(
                "the organization it is sent with needs a name and an address to be created "
                "(lines 1697, 1700)"
            ),
        ),
        responses=[
            Response(
                status=201,
                description=(
                    "An associative array with a data property that contains the attributes of "
                    "the customer that was added."
                ),
                model=Envelope[Customer],
                lines=771,
                examples=[ex.CUSTOMER_CREATED],
            ),
            *_specific(
                {
                    400: (822, "One or more required fields are missing or have incorrect format"),
                    401: (824, _401),
                    403: (826, _403),
                    409: (
                        828,
                        "Customer {custom_no} already exists or {organization_name} already exists",
                    ),
                    500: (830, _500),
                }
            ),
        ],
    ),
    CUSTOMERS.put(
        path="/v1/customer/{no}",
        operation_id="updateCustomer",
        client_method="update",
        summary="Update a customer",
        description=(
            "This method allows modifying an existing customer in Planiso. To modify the "
            "organization information linked to a customer, use Update an organization."
        ),
        lines=(832, 892),
        parameters=[_no("customer", 838)],
        request_body=_form(
            CustomerUpdateForm, (836, 872), "The attributes of the customer to modify."
        ),
        responses=[
            Response(
                status=200,
                description=(
                    "An associative array with a data property containing the attributes that "
                    "were modified for the customer with the provided {no}."
                ),
                model=Envelope[Customer],
                lines=864,
                examples=[ex.CUSTOMER_UPDATED],
            ),
            *_specific(
                {
                    400: (884, "One or more required fields are missing or have incorrect format"),
                    401: (886, _401),
                    403: (888, _403),
                    409: (890, "Customer {custom_no} already exists"),
                    500: (892, _500),
                }
            ),
        ],
    ),
    CUSTOMERS.delete(
        path="/v1/customer/{no}",
        operation_id="deleteCustomer",
        client_method="delete",
        summary="Delete a customer",
        description=(
            "This method allows deactivating an existing customer in Planiso. It is not "
            "possible to deactivate the linked organization, to do that follow the Delete an "
            "organization procedure."
        ),
        lines=(894, 948),
        parameters=[_no("customer", 900)],
        responses=[
            Response(
                status=200,
                description="An empty array.",
                model=EmptyEnvelope,
                lines=926,
                examples=[ex.CUSTOMER_DELETED],
            ),
            *_specific(
                {
                    401: (942, _401),
                    403: (944, _403),
                    404: (946, "The customer doesn't exist"),
                    500: (948, _500),
                }
            ),
        ],
    ),
]

# --- suppliers ------------------------------------------------------------------------------------

SUPPLIERS = _resource("Suppliers")

SUPPLIER_OPERATIONS = [
    SUPPLIERS.get(
        path="/v1/supplier",
        operation_id="listSuppliers",
        client_method="list",
        summary="List suppliers",
        description=(
            "Returns the list of all suppliers contained in your Planiso silo. Suppliers are "
            "returned sorted by creation date. If no supplier is found, an empty list is "
            "returned."
        ),
        lines=(966, 1045),
        responses=[
            Response(
                status=200,
                description=(
                    "An associative array with a data property that contains an array of "
                    "suppliers sorted by creation date."
                ),
                model=Envelope[list[Supplier]],
                lines=998,
                examples=[ex.SUPPLIER_LIST],
            ),
            *_specific({401: (1041, _401), 403: (1043, _403), 500: (1045, _500)}),
        ],
    ),
    SUPPLIERS.get(
        path="/v1/supplier/{no}",
        operation_id="getSupplier",
        client_method="get",
        summary="Find a supplier",
        description=(
            "Returns the information of the supplier whose number {no} is provided. If no "
            "supplier is found, code 400 and an empty array are returned."
        ),
        lines=(1047, 1126),
        quirks=[_not_found_quirk(1049, 1120)],
        parameters=[_no("supplier", 1053)],
        responses=[
            Response(
                status=200,
                description=(
                    "An associative array with a data property that contains the attributes "
                    "about the supplier corresponding to the provided {no}."
                ),
                model=Envelope[Supplier],
                lines=1079,
                examples=[ex.SUPPLIER_FOUND],
            ),
            *_specific(
                {
                    404: (1120, "The supplier {no} doesn't exist"),
                    401: (1122, _401),
                    403: (1124, _403),
                    500: (1126, _500),
                }
            ),
        ],
    ),
    SUPPLIERS.post(
        path="/v1/supplier",
        operation_id="createSupplier",
        client_method="create",
        summary="Create a supplier",
        description=(
            "Creates a new supplier and returns an associative array with a data property that "
            "contains the attributes of the newly created supplier."
        ),
        lines=(1128, 1216),
        request_body=_form(SupplierCreateForm, (1132, 1174), "The attributes of the new supplier."),
        responses=[
            Response(
                status=201,
                description=(
                    "An associative array with a data property that contains the attributes of "
                    "the supplier that was added."
                ),
                model=Envelope[Supplier],
                lines=1160,
                examples=[ex.SUPPLIER_CREATED],
            ),
            *_specific(
                {
                    400: (1208, "One or more required fields are missing or have incorrect format"),
                    401: (1210, _401),
                    403: (1212, _403),
                    409: (1214, "A supplier with this custom_no already exists"),
                    500: (1216, _500),
                }
            ),
        ],
    ),
    SUPPLIERS.put(
        path="/v1/supplier/{no}",
        operation_id="updateSupplier",
        client_method="update",
        summary="Update a supplier",
        description=(
            "This method allows modifying an existing supplier in Planiso. To modify the "
            "organization information linked to a supplier, use Update an organization."
        ),
        lines=(1218, 1282),
        parameters=[_no("supplier", 1224)],
        request_body=_form(
            SupplierUpdateForm, (1222, 1261), "The attributes of the supplier to modify."
        ),
        responses=[
            Response(
                status=200,
                description=(
                    "An associative array with a data property containing the attributes that "
                    "were modified for the supplier with the provided {no}."
                ),
                model=Envelope[Supplier],
                lines=1250,
                examples=[ex.SUPPLIER_UPDATED],
            ),
            *_specific(
                {
                    401: (1276, _401),
                    403: (1278, _403),
                    409: (1280, "A supplier with this custom_no already exists"),
                    500: (1282, _500),
                }
            ),
        ],
    ),
    SUPPLIERS.delete(
        path="/v1/supplier/{no}",
        operation_id="deleteSupplier",
        client_method="delete",
        summary="Delete a supplier",
        description=(
            "This method allows deactivating an existing supplier in Planiso. It is not "
            "possible to deactivate the linked organization, to do that follow the Delete an "
            "organization procedure."
        ),
        lines=(1284, 1338),
        parameters=[_no("supplier", 1290)],
        responses=[
            Response(
                status=200,
                description="An empty array.",
                model=EmptyEnvelope,
                lines=1316,
                examples=[ex.SUPPLIER_DELETED],
            ),
            *_specific(
                {
                    401: (1332, _401),
                    403: (1334, _403),
                    404: (1336, "The supplier doesn't exist"),
                    500: (1338, _500),
                }
            ),
        ],
    ),
]

# --- subcontractors -------------------------------------------------------------------------------

SUBCONTRACTORS = _resource("Subcontractors")

SUBCONTRACTOR_OPERATIONS = [
    SUBCONTRACTORS.get(
        path="/v1/subcontractor",
        operation_id="listSubcontractors",
        client_method="list",
        summary="List subcontractors",
        description=(
            "Returns the list of all subcontractors contained in your Planiso silo. "
            "Subcontractors are returned sorted by creation date. If no subcontractor is found, "
            "an empty list is returned."
        ),
        lines=(1356, 1424),
        responses=[
            Response(
                status=200,
                description=(
                    "An associative array with a data property that contains an array of "
                    "subcontractors sorted by creation date."
                ),
                model=Envelope[list[Subcontractor]],
                lines=1379,
                examples=[ex.SUBCONTRACTOR_LIST],
            ),
            *_specific({401: (1420, _401), 403: (1422, _403), 500: (1424, _500)}),
        ],
    ),
    SUBCONTRACTORS.get(
        path="/v1/subcontractor/{no}",
        operation_id="getSubcontractor",
        client_method="get",
        summary="Find a subcontractor",
        description=(
            "Returns the information of the subcontractor whose number {no} is provided. If no "
            "subcontractor is found, code 400 and an empty array are returned."
        ),
        lines=(1426, 1493),
        quirks=[_not_found_quirk(1428, 1487)],
        parameters=[_no("subcontractor", 1432)],
        responses=[
            Response(
                status=200,
                description=(
                    "An associative array with a data property that contains the attributes "
                    "about the subcontractor corresponding to the provided {no}."
                ),
                model=Envelope[Subcontractor],
                lines=1449,
                examples=[ex.SUBCONTRACTOR_FOUND],
            ),
            *_specific(
                {
                    404: (1487, "The requested subcontractor {no} doesn't exist"),
                    401: (1489, _401),
                    403: (1491, _403),
                    500: (1493, _500),
                }
            ),
        ],
    ),
    SUBCONTRACTORS.post(
        path="/v1/subcontractor",
        operation_id="createSubcontractor",
        client_method="create",
        summary="Create a subcontractor",
        description=(
            "Creates a new subcontractor and returns an associative array with a data property "
            "that contains the attributes of the newly created subcontractor."
        ),
        lines=(1495, 1567),
        request_body=_form(
            SubcontractorCreateForm, (1499, 1529), "The attributes of the new subcontractor."
        ),
        responses=[
            Response(
                status=201,
                description=(
                    "An associative array with a data property that contains the attributes of "
                    "the subcontractor that was added."
                ),
                model=Envelope[Subcontractor],
                lines=1518,
                examples=[ex.SUBCONTRACTOR_CREATED],
            ),
            *_specific(
                {
                    400: (
                        1559,
                        "One or more required fields are missing or have an incorrect format",
                    ),
                    401: (1561, _401),
                    403: (1563, _403),
                    409: (1565, "A subcontractor with this custom_no already exists"),
                    500: (1567, _500),
                }
            ),
        ],
    ),
    SUBCONTRACTORS.put(
        path="/v1/subcontractor/{no}",
        operation_id="updateSubcontractor",
        client_method="update",
        summary="Update a subcontractor",
        description=(
            "This method allows modifying an existing subcontractor in Planiso. To modify the "
            "organization information linked to a subcontractor, use Update an organization."
        ),
        lines=(1569, 1620),
        parameters=[_no("subcontractor", 1575)],
        request_body=_form(
            SubcontractorUpdateForm, (1573, 1600), "The attributes of the subcontractor to modify."
        ),
        responses=[
            Response(
                status=200,
                description=(
                    "An associative array with a data property containing the attributes that "
                    "were modified for the subcontractor with the provided {no}."
                ),
                model=Envelope[Subcontractor],
                lines=1592,
                examples=[ex.SUBCONTRACTOR_UPDATED],
            ),
            *_specific(
                {
                    400: (1612, "One or more required fields are missing or have incorrect format"),
                    401: (1614, _401),
                    403: (1616, _403),
                    409: (1618, "Subcontractor {custom_no} already exists"),
                    500: (1620, _500),
                }
            ),
        ],
    ),
    SUBCONTRACTORS.delete(
        path="/v1/subcontractor/{no}",
        operation_id="deleteSubcontractor",
        client_method="delete",
        summary="Delete a subcontractor",
        description=(
            "This method allows deactivating an existing subcontractor in Planiso. It is not "
            "possible to deactivate the linked organization, to do that follow the Delete an "
            "organization procedure."
        ),
        lines=(1622, 1667),
        parameters=[_no("subcontractor", 1628)],
        responses=[
            Response(
                status=200,
                description="An empty array.",
                model=EmptyEnvelope,
                lines=1645,
                examples=[ex.SUBCONTRACTOR_DELETED],
            ),
            *_specific(
                {
                    401: (1661, _401),
                    403: (1663, _403),
                    404: (1665, "The subcontractor doesn't exist"),
                    500: (1667, _500),
                }
            ),
        ],
    ),
]

# --- organizations --------------------------------------------------------------------------------

ORGANIZATIONS = _resource("Organizations")

ORGANIZATION_OPERATIONS = [
    ORGANIZATIONS.get(
        path="/v1/organization",
        operation_id="listOrganizations",
        client_method="list",
        summary="List organizations",
        description=(
            "Returns the list of all organizations contained in your Planiso silo. "
            "Organizations are returned sorted by creation date. If no organization is found, "
            "an empty list is returned."
        ),
        lines=(1685, 1764),
        responses=[
            Response(
                status=200,
                description=(
                    "An associative array with a data property that contains an array of "
                    "organizations sorted by creation date."
                ),
                model=Envelope[list[Organization]],
                lines=1726,
                examples=[ex.ORGANIZATION_LIST],
            ),
            *_specific({401: (1760, _401), 403: (1762, _403), 500: (1764, _500)}),
        ],
    ),
    ORGANIZATIONS.get(
        path="/v1/organization/{no}",
        operation_id="getOrganization",
        client_method="get",
        summary="Find an organization",
        description=(
            "Returns the information of the organization whose number {no} is provided. If no "
            "organization is found, code 400 and an empty array are returned."
        ),
        lines=(1766, 1845),
        quirks=[_not_found_quirk(1768, 1839)],
        parameters=[_no("organization", 1772)],
        responses=[
            Response(
                status=200,
                description=(
                    "An associative array with a data property that contains the attributes "
                    "about the organization corresponding to the provided {no}."
                ),
                model=Envelope[Organization],
                lines=1807,
                examples=[ex.ORGANIZATION_FOUND],
            ),
            *_specific(
                {
                    404: (1839, "The organization {no} doesn't exist"),
                    401: (1841, _401),
                    403: (1843, _403),
                    500: (1845, _500),
                }
            ),
        ],
    ),
    ORGANIZATIONS.post(
        path="/v1/organization",
        operation_id="createOrganization",
        client_method="create",
        summary="Create an organization",
        description="This method is used to add a new organization.",
        lines=(1847, 1939),
        request_body=_form(
            OrganizationCreateForm,
            (1851, 1906),
            "The attributes of the new organization.",
            required_because=(
                'name and address are "Required to create an organization in Planiso" (lines '
                "1859, 1862)"
            ),
        ),
        responses=[
            Response(
                status=201,
                description=(
                    "An associative array with a data property that contains the attributes of "
                    "the organization that was added."
                ),
                model=Envelope[Organization],
                lines=1888,
                examples=[ex.ORGANIZATION_CREATED],
                quirks=[
                    Quirk(
                        lines=(1912, 1913),
                        text=(
                            'The created organization has "aff_number": "PART-038" but "no": '
                            '"37"; elsewhere the number after PART- is the no (PART-036 / "36", '
                            "lines 1740-1741)."
                        ),
                    )
                ],
            ),
            *_specific(
                {
                    400: (1931, "One or more required fields are missing or have incorrect format"),
                    401: (1933, _401),
                    403: (1935, _403),
                    409: (1937, "An organization with name {name} already exists"),
                    500: (1939, _500),
                }
            ),
        ],
    ),
    ORGANIZATIONS.put(
        path="/v1/organization/{no}",
        operation_id="updateOrganization",
        client_method="update",
        summary="Update an organization",
        description="This method allows modifying an existing organization in Planiso.",
        lines=(1941, 2035),
        parameters=[_no("organization", 1947)],
        request_body=_form(
            OrganizationUpdateForm, (1945, 2000), "The attributes of the organization to modify."
        ),
        responses=[
            Response(
                status=200,
                description=(
                    "An associative array containing the attributes that were modified for the "
                    "organization."
                ),
                model=Envelope[Organization],
                lines=1982,
                examples=[ex.ORGANIZATION_UPDATED],
            ),
            *_specific(
                {
                    400: (2025, "One or more required fields are missing or have incorrect format"),
                    401: (2027, _401),
                    403: (2029, _403),
                    404: (2031, "The organization {no} doesn't exist"),
                    409: (2033, "Organization with name {name} already exists"),
                    500: (2035, _500),
                }
            ),
        ],
    ),
    ORGANIZATIONS.delete(
        path="/v1/organization/{no}",
        operation_id="deleteOrganization",
        client_method="delete",
        summary="Delete an organization",
        description=(
            "This method allows deactivating an existing organization in Planiso. If this "
            "organization is linked to a customer, subcontractor or supplier, the latter will "
            "not be deactivated. Follow the deletion procedure for a customer, subcontractor or "
            "supplier."
        ),
        lines=(2037, 2100),
        parameters=[_no("organization", 2043)],
        responses=[
            Response(
                status=200,
                description="An empty array.",
                model=EmptyEnvelope,
                lines=2078,
                examples=[ex.ORGANIZATION_DELETED],
            ),
            *_specific(
                {
                    401: (2094, _401),
                    403: (2096, _403),
                    404: (2098, "The organization doesn't exist"),
                    500: (2100, _500),
                }
            ),
        ],
    ),
]

# --- projects -------------------------------------------------------------------------------------

PROJECTS = _resource("Projects")

PROJECT_OPERATIONS = [
    PROJECTS.get(
        path="/v1/project",
        operation_id="listProjects",
        client_method="list",
        summary="List projects",
        description=(
            "Returns the list of all projects contained in your Planiso silo. Projects are "
            "returned sorted by creation date. If no project is found, an empty list is "
            "returned."
        ),
        lines=(2118, 2221),
        quirks=[
            Quirk(
                lines=(2120, 2150),
                text=(
                    "The description says projects are sorted by creation date (line 2120); "
                    "the Returns text says sorted by start date (line 2150)."
                ),
            )
        ],
        responses=[
            Response(
                status=200,
                description=(
                    "An associative array with a data property that contains an array of "
                    "projects sorted by start date."
                ),
                model=Envelope[list[Project]],
                lines=2150,
                examples=[ex.PROJECT_LIST],
            ),
            *_specific({401: (2217, _401), 403: (2219, _403), 500: (2221, _500)}),
        ],
    ),
    PROJECTS.get(
        path="/v1/project/{no}",
        operation_id="getProject",
        client_method="get",
        summary="Find a project",
        description=(
            "Returns the information of the project whose number {no} is provided. If no "
            "project is found, code 404 and an empty array are returned."
        ),
        lines=(2223, 2286),
        parameters=[_no("project", 2229)],
        responses=[
            Response(
                status=200,
                description=(
                    "An associative array with a data property that contains the attributes of "
                    "the project corresponding to the provided {no}."
                ),
                model=Envelope[Project],
                lines=2255,
                examples=[
                    ex.PROJECT_FOUND,
                    ex.STANDARDIZED_RESPONSE.model_copy(
                        update={
                            "description": (
                                "The generic example of the standardized response format from "
                                "the introduction (lines 71-80); it belongs to no particular "
                                "operation and is attached here because its data (no, name) "
                                "fits a project; its `description` is no project attribute "
                                "(lines 2122-2146) and passes only because response schemas "
                                "are open."
                            )
                        }
                    ),
                ],
            ),
            *_specific(
                {
                    404: (2280, "The project {no} doesn't exist"),
                    401: (2282, _401),
                    403: (2284, _403),
                    500: (2286, _500),
                }
            ),
        ],
    ),
    PROJECTS.post(
        path="/v1/project",
        operation_id="createProject",
        client_method="create",
        summary="Create a project",
        description="Creates a new project with the provided information.",
        lines=(2288, 2358),
        request_body=_form(
            ProjectCreateForm,
            (2292, 2332),
            "The attributes of the new project.",
            required_because=(
                'name is "Required to create a project in Planiso" (line 2303) and an empty '
                "name gives 400 (line 2350)"
            ),
        ),
        responses=[
            Response(
                status=201,
                description=(
                    "An associative array with a data property that contains the attributes of "
                    "the newly created project."
                ),
                model=Envelope[Project],
                lines=2320,
                examples=[ex.PROJECT_CREATED],
            ),
            *_specific(
                {
                    400: (
                        2350,
                        "One or more required fields are missing or have incorrect format. The "
                        "{name} field is probably empty.",
                    ),
                    401: (2352, _401),
                    403: (2354, _403),
                    409: (2356, "Project {custom_no} already exists"),
                    500: (2358, _500),
                }
            ),
        ],
    ),
    PROJECTS.put(
        path="/v1/project/{no}",
        operation_id="updateProject",
        client_method="update",
        summary="Update a project",
        description="Updates an existing project with new information.",
        lines=(2360, 2432),
        parameters=[_no("project", 2366)],
        request_body=_form(
            ProjectUpdateForm, (2364, 2404), "The attributes of the project to modify."
        ),
        responses=[
            Response(
                status=200,
                description=(
                    "An associative array with a data property containing the updated project "
                    "details."
                ),
                model=Envelope[Project],
                lines=2392,
                examples=[ex.PROJECT_UPDATED],
            ),
            *_specific(
                {
                    400: (2422, "One or more required fields are missing or have incorrect format"),
                    401: (2424, _401),
                    403: (2426, _403),
                    404: (2428, "The project {no} doesn't exist"),
                    409: (2430, "Project {custom_no} already exists"),
                    500: (2432, _500),
                }
            ),
        ],
    ),
    PROJECTS.delete(
        path="/v1/project/{no}",
        operation_id="deleteProject",
        client_method="delete",
        summary="Delete a project",
        description="Marks a project as inactive. This operation cannot be undone.",
        lines=(2434, 2488),
        parameters=[_no("project", 2440)],
        responses=[
            Response(
                status=200,
                description="An empty array confirming the project was successfully deleted.",
                model=EmptyEnvelope,
                lines=2466,
                examples=[ex.PROJECT_DELETED],
            ),
            *_specific(
                {
                    401: (2482, _401),
                    403: (2484, _403),
                    404: (2486, "The project {no} doesn't exist"),
                    500: (2488, _500),
                }
            ),
        ],
    ),
]

# --- equipment ------------------------------------------------------------------------------------

EQUIPMENT = _resource("Equipment")

EQUIPMENT_OPERATIONS = [
    EQUIPMENT.get(
        path="/v1/equipment",
        operation_id="listEquipment",
        client_method="list",
        summary="List equipment",
        description=(
            "Returns the list of all equipment contained in your Planiso silo. Equipment items "
            "are returned sorted by date added. If no equipment is found, an empty list is "
            "returned."
        ),
        lines=(2506, 2606),
        responses=[
            Response(
                status=200,
                description=(
                    "An associative array with a data property that contains an array of "
                    "equipment sorted by date added."
                ),
                model=Envelope[list[Equipment]],
                lines=2547,
                examples=[ex.EQUIPMENT_LIST],
            ),
            *_specific({401: (2602, _401), 403: (2604, _403), 500: (2606, _500)}),
        ],
    ),
    EQUIPMENT.get(
        path="/v1/equipment/{no}",
        operation_id="getEquipment",
        client_method="get",
        summary="Find equipment",
        description=(
            "Returns the information of the equipment whose number {no} is provided. If no "
            "equipment is found, code 400 and an empty array are returned."
        ),
        lines=(2608, 2689),
        quirks=[_not_found_quirk(2610, 2683)],
        parameters=[_no("equipment", 2614)],
        responses=[
            Response(
                status=200,
                description=(
                    "An associative array with a data property that contains the attributes "
                    "about the equipment corresponding to the provided {no}."
                ),
                model=Envelope[Equipment],
                lines=2649,
                examples=[ex.EQUIPMENT_FOUND],
            ),
            *_specific(
                {
                    404: (2683, "The equipment {no} doesn't exist"),
                    401: (2685, _401),
                    403: (2687, _403),
                    500: (2689, _500),
                }
            ),
        ],
    ),
    EQUIPMENT.post(
        path="/v1/equipment",
        operation_id="createEquipment",
        client_method="create",
        summary="Create equipment",
        description=(
            "In the Planiso API, you can add new equipment with some basic information. You can "
            "associate one or more equipment types with your addition. To get the list of "
            "equipment types available in your silo, see the List Equipment Types section."
        ),
        lines=(2691, 2782),
        request_body=_form(
            EquipmentCreateForm,
            (2695, 2747),
            "The attributes of the new equipment.",
            required_because=(
                'num_equip and brand are "Required to create equipment in Planiso" (lines '
                "2703, 2709)"
            ),
        ),
        responses=[
            Response(
                status=201,
                description=(
                    "An associative array with a data property that contains the attributes of "
                    "the equipment that was added."
                ),
                model=Envelope[Equipment],
                lines=2732,
                examples=[ex.EQUIPMENT_CREATED],
                quirks=[
                    Quirk(
                        lines=(2765, 2767),
                        text=(
                            'The created equipment links type no "3" named "Fridge", while the '
                            'equipment list and the equipment type list name type "3" '
                            '"Furniture" (lines 2592-2594, 2964-2965).'
                        ),
                    )
                ],
            ),
            *_specific(
                {
                    400: (2774, "One or more required fields are missing or have incorrect format"),
                    401: (2776, _401),
                    403: (2778, _403),
                    409: (2780, "Equipment with this {num_equip} already exists"),
                    500: (2782, _500),
                }
            ),
        ],
    ),
    EQUIPMENT.put(
        path="/v1/equipment/{no}",
        operation_id="updateEquipment",
        client_method="update",
        summary="Update equipment",
        description=(
            "This method allows modifying existing equipment in Planiso. It is not possible to "
            "modify equipment types linked to equipment from this method."
        ),
        lines=(2784, 2853),
        parameters=[_no("equipment", 2790)],
        request_body=_form(
            EquipmentUpdateForm, (2788, 2833), "The attributes of the equipment to modify."
        ),
        responses=[
            Response(
                status=200,
                description=(
                    "An associative array with a data property containing the attributes that "
                    "were modified for the equipment with the provided {no}."
                ),
                model=Envelope[Equipment],
                lines=2825,
                examples=[ex.EQUIPMENT_UPDATED],
            ),
            *_specific(
                {
                    400: (2845, "One or more required fields are missing or have incorrect format"),
                    401: (2847, _401),
                    403: (2849, _403),
                    409: (2851, "Equipment {num_equip} already exists"),
                    500: (2853, _500),
                }
            ),
        ],
    ),
    EQUIPMENT.delete(
        path="/v1/equipment/{no}",
        operation_id="deleteEquipment",
        client_method="delete",
        summary="Delete equipment",
        description=(
            "This method allows deactivating an existing equipment in Planiso. It is not "
            "possible to deactivate the linked equipment type, to do that follow the Delete an "
            "equipment type procedure."
        ),
        lines=(2855, 2918),
        parameters=[_no("equipment", 2861)],
        quirks=[
            Quirk(
                lines=(2857, 2922),
                text=(
                    'The description refers to a "Delete an equipment type procedure" (line '
                    "2857), but the API has no such operation: equipment types can only be "
                    "changed in the Planiso application (line 2922)."
                ),
            )
        ],
        responses=[
            Response(
                status=200,
                description="An empty array.",
                model=EmptyEnvelope,
                lines=2896,
                examples=[ex.EQUIPMENT_DELETED],
            ),
            *_specific(
                {
                    401: (2912, _401),
                    403: (2914, _403),
                    404: (2916, "The equipment doesn't exist"),
                    500: (2918, _500),
                }
            ),
        ],
    ),
]

# --- equipment types ------------------------------------------------------------------------------

EQUIPMENT_TYPES = _resource("Equipment Types")

EQUIPMENT_TYPE_OPERATIONS = [
    EQUIPMENT_TYPES.get(
        path="/v1/equipment_type",
        operation_id="listEquipmentTypes",
        client_method="list",
        summary="List equipment types",
        description=(
            "Returns the list of all equipment types contained in your Planiso silo. Equipment "
            "types are returned sorted alphabetically. If no equipment type is found, an empty "
            "list is returned."
        ),
        lines=(2928, 2976),
        quirks=[
            Quirk(
                lines=(2930, 2965),
                text=(
                    "Equipment types are said to be sorted alphabetically (lines 2930, 2945), "
                    'but the example lists "Van" before "Furniture" (lines 2960, 2965).'
                ),
            )
        ],
        responses=[
            Response(
                status=200,
                description=(
                    "An associative array with a data property that contains an array of "
                    "equipment types sorted alphabetically."
                ),
                model=Envelope[list[EquipmentType]],
                lines=2945,
                examples=[ex.EQUIPMENT_TYPE_LIST],
            ),
            *_specific({401: (2972, _401), 403: (2974, _403), 500: (2976, _500)}),
        ],
    ),
]

OPERATIONS: list[Operation] = [
    *USER_OPERATIONS,
    *CUSTOMER_OPERATIONS,
    *SUPPLIER_OPERATIONS,
    *SUBCONTRACTOR_OPERATIONS,
    *ORGANIZATION_OPERATIONS,
    *PROJECT_OPERATIONS,
    *EQUIPMENT_OPERATIONS,
    *EQUIPMENT_TYPE_OPERATIONS,
]
