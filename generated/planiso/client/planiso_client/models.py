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

from pydantic import BaseModel, ConfigDict, Field, RootModel
from typing import Annotated, Any
from enum import StrEnum


class CustomerCreateForm(BaseModel):
    """
    Fields of `POST /v1/customer`: the attributes of lines 743-767 and, in place of the
    documented `organization` array, the flat `organization_*` fields that the curl at lines
    776-791 sends.
    """

    model_config = ConfigDict(
        extra="forbid",
        validate_by_name=True,
    )
    custom_no: str | None = None
    """
    Custom customer number. Used to identify the customer between Planiso and another system you use. 409 when it already exists (line 828).
    """
    is_14001: bool | None = None
    """
    Indicates if the customer is ISO 14001 certified.
    """
    is_18001: bool | None = None
    """
    Indicates if the customer is ISO 18001 certified.
    """
    is_9001: bool | None = None
    """
    Indicates if the customer is ISO 9001 certified.
    """
    active: bool | None = None
    """
    Indicates if the customer is active.
    """
    organization_name: str
    """
    Name of the linked organization: unique in silo (line 1697; 409 when it exists, line 828). The create example sends it (line 780) and returns it as `organization.name` (line 804).
    """
    organization_adress: str
    """
    Physical address of the linked organization (street number, street name, etc.; line 1701), spelled `adress`. The create example sends it (line 781) and returns it as `organization.adress` (line 805).
    """
    organization_city: str | None = None
    """
    City where the organization is located (line 1704). The create example sends it (line 782) and returns it as `organization.city` (line 806).
    """
    organization_province: str | None = None
    """
    Not in the organization attribute list (lines 1689-1722). The create example sends it (line 783) and returns it as `organization.province` (line 807).
    """
    organization_country: str | None = None
    """
    Country where the organization is located (line 1707). The create example sends it (line 784) and returns it as `organization.country` (line 808).
    """
    organization_phone: str | None = None
    """
    Organization's phone number (line 1713). The create example sends it (line 785) and returns it as `organization.phone` (line 809).
    """
    organization_toll_free: str | None = None
    """
    Not in the organization attribute list (lines 1689-1722). The create example sends it (line 786) and returns it as `organization.toll_free` (line 810).
    """
    organization_phone_extension: str | None = None
    """
    Not in the organization attribute list (lines 1689-1722). The create example sends it (line 787) and returns it as `organization.phone_extension` (line 811).
    """
    organization_fax: str | None = None
    """
    Not in the organization attribute list (lines 1689-1722). The create example sends it (line 788) and returns it as `organization.fax` (line 812).
    """
    organization_postal_code: str | None = None
    """
    Organization's postal code (line 1710). The create example sends it (line 789) and returns it as `organization.postal_code` (line 813).
    """
    organization_email: str | None = None
    """
    Organization's email address (line 1716). The create example sends it (line 790) and returns it as `organization.email` (line 815).
    """
    organization_website: str | None = None
    """
    Organization's website (line 1719). The create example sends it (line 791) and returns it as `organization.website` (line 814).
    """


class CustomerUpdateForm(BaseModel):
    """
    Fields of `PUT /v1/customer/{no}`: the attributes of lines 836-860 (the curl at lines
    869-872 sends custom_no only). The linked organization is changed with Update an
    organization (line 834), so `organization` is not a field here.
    """

    model_config = ConfigDict(
        extra="forbid",
        validate_by_name=True,
    )
    custom_no: str | None = None
    """
    Custom customer number. Used to identify the customer between Planiso and another system you use. 409 when it already exists (line 890).
    """
    is_14001: bool | None = None
    """
    Indicates if the customer is ISO 14001 certified.
    """
    is_18001: bool | None = None
    """
    Indicates if the customer is ISO 18001 certified.
    """
    is_9001: bool | None = None
    """
    Indicates if the customer is ISO 9001 certified.
    """
    active: bool | None = None
    """
    Indicates if the customer is active.
    """


class EmptyEnvelope(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    code: int
    """
    A unique HTTP code corresponding to the request status: an immediate indicator of the request result, whether it's a success or an error (e.g. 200, 404).
    """
    message: str
    """
    A brief explanation of the status, to understand the result of the request without analysing the API's internal responses. Empty in the list examples (e.g. line 175).
    """
    data: Annotated[list[Any], Field(max_length=0)]
    """
    Additional information providing context to the response: the created or requested resource (or list of resources) on success, or precise information to resolve an error.
    """


class Year(RootModel[int]):
    root: Annotated[int, Field(gt=1900)]
    """
    Year of manufacture of the equipment. Must be greater than 1900 and less than or equal to the current year.
    """


class Year1(RootModel[str]):
    root: Annotated[str, Field(pattern="^[0-9]{4}$")]
    """
    Year of manufacture of the equipment. Must be greater than 1900 and less than or equal to the current year.
    """


class EquipmentCreateForm(BaseModel):
    """
    Fields of `POST /v1/equipment`: the attributes of lines 2695-2728, as the curl at lines
    2737-2747 sends them; the documented `type` array is sent as `type_nos`. One or more
    equipment types can be associated (line 2693); see List equipment types.
    """

    model_config = ConfigDict(
        extra="forbid",
        validate_by_name=True,
    )
    num_equip: str
    """
    Custom equipment number or identifier. Required to create equipment in Planiso (409 when it exists, line 2780).
    """
    year: Annotated[int | None, Field(gt=1900)] = None
    """
    Year of manufacture of the equipment. Must be greater than 1900 and less than or equal to the current year.
    """
    brand: str
    """
    Equipment brand. Required to create equipment in Planiso.
    """
    nummodel: str | None = None
    """
    Equipment model number.
    """
    numserial: str | None = None
    """
    Equipment serial number.
    """
    purchase_date: Annotated[str | None, Field(pattern="^[0-9]{4}-[0-9]{2}-[0-9]{2}$")] = None
    """
    Equipment purchase date. Date format accepted by the API is Y-m-d.
    """
    purchase_seller: str | None = None
    """
    Represents the seller from whom the equipment was purchased.
    """
    active: bool | None = None
    """
    Indicates if the equipment is active.
    """
    type_nos: str | None = None
    """
    Sent by the curl example as "type_nos=[3]" (line 2747); the created equipment is then linked to equipment type no "3" (line 2767). One or more equipment types can be associated (line 2693).
    """


class EquipmentType(BaseModel):
    """
    An equipment type of your Planiso silo (lines 2932-2941); also the items of an
    equipment's `type` array (line 2543: "no, type_name, active").
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    no: int
    """
    Unique equipment type number in your silo. Equipment type identifier.
    """
    type_name: str | None = None
    """
    The name of the equipment type. Example: Van, Furniture, etc.
    """
    active: bool | None = None
    """
    Indicates if the equipment type is active.
    """


class EquipmentTypeListEnvelope(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    code: int
    """
    A unique HTTP code corresponding to the request status: an immediate indicator of the request result, whether it's a success or an error (e.g. 200, 404).
    """
    message: str
    """
    A brief explanation of the status, to understand the result of the request without analysing the API's internal responses. Empty in the list examples (e.g. line 175).
    """
    data: list[EquipmentType]
    """
    Additional information providing context to the response: the created or requested resource (or list of resources) on success, or precise information to resolve an error.
    """


class EquipmentUpdateForm(BaseModel):
    """
    Fields of `PUT /v1/equipment/{no}`: the attributes of lines 2788-2821 (the curl at lines
    2830-2833 sends num_equip only). Equipment types cannot be changed by this method (line
    2786), so `type` is not a field here.
    """

    model_config = ConfigDict(
        extra="forbid",
        validate_by_name=True,
    )
    num_equip: str | None = None
    """
    Custom equipment number or identifier (409 when it already exists, line 2851).
    """
    year: Annotated[int | None, Field(gt=1900)] = None
    """
    Year of manufacture of the equipment. Must be greater than 1900 and less than or equal to the current year.
    """
    brand: str | None = None
    """
    Equipment brand.
    """
    nummodel: str | None = None
    """
    Equipment model number.
    """
    numserial: str | None = None
    """
    Equipment serial number.
    """
    purchase_date: Annotated[str | None, Field(pattern="^[0-9]{4}-[0-9]{2}-[0-9]{2}$")] = None
    """
    Equipment purchase date. Date format accepted by the API is Y-m-d.
    """
    purchase_seller: str | None = None
    """
    Represents the seller from whom the equipment was purchased.
    """
    active: bool | None = None
    """
    Indicates if the equipment is active.
    """


class ErrorEnvelope(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    code: int
    """
    A unique HTTP code corresponding to the request status: an immediate indicator of the request result, whether it's a success or an error (e.g. 200, 404).
    """
    message: str
    """
    A brief explanation of the status, to understand the result of the request without analysing the API's internal responses. Empty in the list examples (e.g. line 175).
    """
    data: list[Any] | dict[str, Any]
    """
    Additional information providing context to the response: the created or requested resource (or list of resources) on success, or precise information to resolve an error.
    """


class FormFlag(StrEnum):
    """
    An ISO flag of a supplier form as the curl examples send it: `1` (the update example,
    "is_14001=1", lines 1258-1260) or an empty value (the create example, "is_14001=", lines
    1169-1171). The document types the flags as booleans and says nothing of these values.
    """

    ONE = "1"
    EMPTY = ""


class Organization(BaseModel):
    """
    An organization (stakeholder) of your Planiso silo: a customer, supplier or
    subcontractor is linked to one. Also the `organization` object nested in customers,
    suppliers and subcontractors.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    no: int
    """
    Unique number in your silo that identifies the organization.
    """
    aff_number: Annotated[str | None, Field(pattern="^PART-")] = None
    """
    Organization number automatically generated at creation by Planiso with prefix "PART-". Used to identify the organization in the application.
    """
    name: str | None = None
    """
    Unique in silo. Required to create an organization in Planiso. Organization name.
    """
    adress: str | None = None
    """
    Required to create an organization in Planiso. Physical address of the organization (street number, street name, etc.). Documented as `address`; the server sends `adress`.
    """
    city: str | None = None
    """
    City where the organization is located.
    """
    country: str | None = None
    """
    Country where the organization is located.
    """
    postal_code: str | None = None
    """
    Organization's postal code.
    """
    phone: str | None = None
    """
    Organization's phone number.
    """
    email: str | None = None
    """
    Organization's email address.
    """
    website: str | None = None
    """
    Organization's website.
    """
    active: bool | None = None
    """
    Indicates if the organization is active.
    """
    province: str | None = None
    """
    Not in the attribute list; the examples carry it (e.g. "QC", line 1745).
    """
    toll_free: str | None = None
    """
    Not in the attribute list; the examples carry it (e.g. "800-555-1234", line 1748; "", line 639).
    """
    phone_extension: str | None = None
    """
    Not in the attribute list; the examples carry it (e.g. "101", line 1749; "", line 640).
    """
    fax: str | None = None
    """
    Not in the attribute list; the examples carry it (e.g. "418-123-9876", line 1750; "", line 641).
    """


class OrganizationCreateForm(BaseModel):
    """
    Fields of `POST /v1/organization`: the attributes of lines 1851-1884, as the curl at
    lines 1893-1906 sends them, with the three fields the curl sends beyond the list.
    """

    model_config = ConfigDict(
        extra="forbid",
        validate_by_name=True,
    )
    name: str
    """
    Organization name. Unique in silo (409 when it exists, line 1937). Required to create an organization in Planiso.
    """
    address: str
    """
    Physical address of the organization (street number, street name, etc.). Required to create an organization in Planiso. Sent as `address`; responses spell it `adress`.
    """
    city: str | None = None
    """
    City where the organization is located.
    """
    country: str | None = None
    """
    Country where the organization is located.
    """
    postal_code: str | None = None
    """
    Organization's postal code.
    """
    phone: str | None = None
    """
    Organization's phone number.
    """
    phone_extension: str | None = None
    """
    Not in the organization attribute list (lines 1689-1722); the create and update curls send it (lines 1902, 1996) and the responses return it (lines 1921, 2015).
    """
    fax: str | None = None
    """
    Not in the organization attribute list (lines 1689-1722); the create and update curls send it (lines 1903, 1997) and the responses return it (lines 1922, 2016).
    """
    toll_free: str | None = None
    """
    Not in the organization attribute list (lines 1689-1722); the create and update curls send it (lines 1904, 1998) and the responses return it (lines 1920, 2014).
    """
    email: str | None = None
    """
    Organization's email address.
    """
    website: str | None = None
    """
    Organization's website.
    """
    province: str | None = None
    """
    Not in the organization attribute list (lines 1689-1722) and sent by neither organization curl; every organization response carries it (e.g. line 1745).
    """
    active: bool | None = None
    """
    Indicates if the organization is active.
    """


class OrganizationEnvelope(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    code: int
    """
    A unique HTTP code corresponding to the request status: an immediate indicator of the request result, whether it's a success or an error (e.g. 200, 404).
    """
    message: str
    """
    A brief explanation of the status, to understand the result of the request without analysing the API's internal responses. Empty in the list examples (e.g. line 175).
    """
    data: Organization
    """
    Additional information providing context to the response: the created or requested resource (or list of resources) on success, or precise information to resolve an error.
    """


class OrganizationListEnvelope(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    code: int
    """
    A unique HTTP code corresponding to the request status: an immediate indicator of the request result, whether it's a success or an error (e.g. 200, 404).
    """
    message: str
    """
    A brief explanation of the status, to understand the result of the request without analysing the API's internal responses. Empty in the list examples (e.g. line 175).
    """
    data: list[Organization]
    """
    Additional information providing context to the response: the created or requested resource (or list of resources) on success, or precise information to resolve an error.
    """


class OrganizationUpdateForm(BaseModel):
    """
    Fields of `PUT /v1/organization/{no}`: the attributes of lines 1945-1978, as the curl at
    lines 1987-2000 sends them, with the three fields the curl sends beyond the list.
    """

    model_config = ConfigDict(
        extra="forbid",
        validate_by_name=True,
    )
    name: str | None = None
    """
    Organization name. Unique in silo (409 when it exists, line 2033).
    """
    address: str | None = None
    """
    Physical address of the organization (street number, street name, etc.). Sent as `address`; responses spell it `adress`.
    """
    city: str | None = None
    """
    City where the organization is located.
    """
    country: str | None = None
    """
    Country where the organization is located.
    """
    postal_code: str | None = None
    """
    Organization's postal code.
    """
    phone: str | None = None
    """
    Organization's phone number.
    """
    phone_extension: str | None = None
    """
    Not in the organization attribute list (lines 1689-1722); the create and update curls send it (lines 1902, 1996) and the responses return it (lines 1921, 2015).
    """
    fax: str | None = None
    """
    Not in the organization attribute list (lines 1689-1722); the create and update curls send it (lines 1903, 1997) and the responses return it (lines 1922, 2016).
    """
    toll_free: str | None = None
    """
    Not in the organization attribute list (lines 1689-1722); the create and update curls send it (lines 1904, 1998) and the responses return it (lines 1920, 2014).
    """
    email: str | None = None
    """
    Organization's email address.
    """
    website: str | None = None
    """
    Organization's website.
    """
    province: str | None = None
    """
    Not in the organization attribute list (lines 1689-1722) and sent by neither organization curl; every organization response carries it (e.g. line 1745).
    """
    active: bool | None = None
    """
    Indicates if the organization is active.
    """


class Project(BaseModel):
    """
    A project of your Planiso silo (lines 2122-2146).
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    no: int
    """
    Unique number in your silo that identifies the project.
    """
    aff_number: Annotated[str | None, Field(pattern="^PROJ-")] = None
    """
    Project number automatically generated at creation by Planiso with prefix "PROJ-". It is unique per project. Used to identify the project in the application.
    """
    custom_no: str | None = None
    """
    Custom project number. Used to identify the project between Planiso and another system you use.
    """
    name: str | None = None
    """
    Required to create a project in Planiso. Project name.
    """
    location: str | None = None
    """
    Project location.
    """
    start_date: Annotated[str | None, Field(pattern="^[0-9]{4}-[0-9]{2}-[0-9]{2}$")] = None
    """
    Project start date. Format: Y-m-d.
    """
    end_date: Annotated[str | None, Field(pattern="^[0-9]{4}-[0-9]{2}-[0-9]{2}$")] = None
    """
    Project end date. Format: Y-m-d.
    """
    active: bool | None = None
    """
    Indicates if the project is active.
    """
    last_update: Annotated[
        str | None, Field(pattern="^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}$")
    ] = None
    """
    Not in the attribute list; the update example returns a `Y-m-d H:i:s` timestamp ("2024-11-26 17:43:27", line 2416).
    """


class ProjectCreateForm(BaseModel):
    """
    Fields of `POST /v1/project`: the attributes of lines 2292-2316, as the curl at lines
    2325-2332 sends them.
    """

    model_config = ConfigDict(
        extra="forbid",
        validate_by_name=True,
    )
    custom_no: str | None = None
    """
    Custom project number. Used to identify the project between Planiso and another system you use (409 when it already exists, line 2356).
    """
    name: str
    """
    Project name. Required to create a project in Planiso (an empty name gives 400, line 2350).
    """
    location: str | None = None
    """
    Project location.
    """
    start_date: Annotated[str | None, Field(pattern="^[0-9]{4}-[0-9]{2}-[0-9]{2}$")] = None
    """
    Project start date. Format: Y-m-d.
    """
    end_date: Annotated[str | None, Field(pattern="^[0-9]{4}-[0-9]{2}-[0-9]{2}$")] = None
    """
    Project end date. Format: Y-m-d.
    """
    active: bool | None = None
    """
    Indicates if the project is active.
    """


class ProjectEnvelope(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    code: int
    """
    A unique HTTP code corresponding to the request status: an immediate indicator of the request result, whether it's a success or an error (e.g. 200, 404).
    """
    message: str
    """
    A brief explanation of the status, to understand the result of the request without analysing the API's internal responses. Empty in the list examples (e.g. line 175).
    """
    data: Project
    """
    Additional information providing context to the response: the created or requested resource (or list of resources) on success, or precise information to resolve an error.
    """


class ProjectListEnvelope(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    code: int
    """
    A unique HTTP code corresponding to the request status: an immediate indicator of the request result, whether it's a success or an error (e.g. 200, 404).
    """
    message: str
    """
    A brief explanation of the status, to understand the result of the request without analysing the API's internal responses. Empty in the list examples (e.g. line 175).
    """
    data: list[Project]
    """
    Additional information providing context to the response: the created or requested resource (or list of resources) on success, or precise information to resolve an error.
    """


class ProjectUpdateForm(BaseModel):
    """
    Fields of `PUT /v1/project/{no}`: the attributes of lines 2364-2388, as the curl at
    lines 2397-2404 sends them.
    """

    model_config = ConfigDict(
        extra="forbid",
        validate_by_name=True,
    )
    custom_no: str | None = None
    """
    Custom project number. Used to identify the project between Planiso and another system you use (409 when it already exists, line 2430).
    """
    name: str | None = None
    """
    Project name.
    """
    location: str | None = None
    """
    Project location.
    """
    start_date: Annotated[str | None, Field(pattern="^[0-9]{4}-[0-9]{2}-[0-9]{2}$")] = None
    """
    Project start date. Format: Y-m-d.
    """
    end_date: Annotated[str | None, Field(pattern="^[0-9]{4}-[0-9]{2}-[0-9]{2}$")] = None
    """
    Project end date. Format: Y-m-d.
    """
    active: bool | None = None
    """
    Indicates if the project is active.
    """


class Subcontractor(BaseModel):
    """
    A subcontractor of your Planiso silo, linked to an organization (lines 1360-1375).
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    no: int
    """
    Unique number in your silo that identifies the subcontractor.
    """
    aff_number: Annotated[str | None, Field(pattern="^ST-")] = None
    """
    Subcontractor number automatically generated at creation by Planiso with prefix "ST-". It is used to identify the subcontractor in the application.
    """
    custom_no: str | None = None
    """
    Custom subcontractor number. Used to identify the subcontractor between Planiso and another system you use.
    """
    active: bool | None = None
    """
    Indicates if the subcontractor is active.
    """
    organization: Organization | None = None
    """
    The attributes of the organization linked to this subcontractor.
    """
    date_added: Annotated[
        str | None, Field(pattern="^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}$")
    ] = None
    """
    Not in the attribute list; the list example carries a `Y-m-d H:i:s` timestamp ("2024-11-26 10:00:00", line 1397).
    """


class SubcontractorCreateForm(BaseModel):
    """
    Fields of `POST /v1/subcontractor`: the attributes of lines 1499-1514, as the curl at
    lines 1523-1529 sends them.
    """

    model_config = ConfigDict(
        extra="forbid",
        validate_by_name=True,
    )
    custom_no: str | None = None
    """
    Custom subcontractor number. Used to identify the subcontractor between Planiso and another system you use. 409 when it already exists (line 1565).
    """
    active: bool | None = None
    """
    Indicates if the subcontractor is active.
    """
    organization: str | None = None
    """
    An associative array with a data property that contains the attributes of the organization linked to this subcontractor (line 1514).
    """


class SubcontractorEnvelope(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    code: int
    """
    A unique HTTP code corresponding to the request status: an immediate indicator of the request result, whether it's a success or an error (e.g. 200, 404).
    """
    message: str
    """
    A brief explanation of the status, to understand the result of the request without analysing the API's internal responses. Empty in the list examples (e.g. line 175).
    """
    data: Subcontractor
    """
    Additional information providing context to the response: the created or requested resource (or list of resources) on success, or precise information to resolve an error.
    """


class SubcontractorListEnvelope(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    code: int
    """
    A unique HTTP code corresponding to the request status: an immediate indicator of the request result, whether it's a success or an error (e.g. 200, 404).
    """
    message: str
    """
    A brief explanation of the status, to understand the result of the request without analysing the API's internal responses. Empty in the list examples (e.g. line 175).
    """
    data: list[Subcontractor]
    """
    Additional information providing context to the response: the created or requested resource (or list of resources) on success, or precise information to resolve an error.
    """


class SubcontractorUpdateForm(BaseModel):
    """
    Fields of `PUT /v1/subcontractor/{no}`: the attributes of lines 1573-1588 (the curl at
    lines 1597-1600 sends custom_no only). The linked organization is changed with Update an
    organization (line 1571), so `organization` is not a field here.
    """

    model_config = ConfigDict(
        extra="forbid",
        validate_by_name=True,
    )
    custom_no: str | None = None
    """
    Custom subcontractor number. Used to identify the subcontractor between Planiso and another system you use. 409 when it already exists (line 1618).
    """
    active: bool | None = None
    """
    Indicates if the subcontractor is active.
    """


class Supplier(BaseModel):
    """
    A supplier of your Planiso silo, linked to an organization (lines 970-994).
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    no: int
    """
    Unique number in your silo that identifies the supplier.
    """
    aff_number: Annotated[str | None, Field(pattern="^SUPP-")] = None
    """
    Supplier number automatically generated at creation by Planiso with prefix "SUPP-". Used to identify the supplier in the application.
    """
    custom_no: str | None = None
    """
    Custom supplier number. Used to identify the supplier between Planiso and another system you use.
    """
    is_14001: bool | None = None
    """
    Indicates if the supplier is ISO 14001 certified.
    """
    is_18001: bool | None = None
    """
    Indicates if the supplier is ISO 18001 certified.
    """
    is_9001: bool | None = None
    """
    Indicates if the supplier is ISO 9001 certified.
    """
    active: bool | None = None
    """
    Indicates if the supplier is active.
    """
    organization: Organization | None = None
    """
    An associative array containing the attributes of the organization linked to this supplier.
    """


class SupplierCreateForm(BaseModel):
    """
    Fields of `POST /v1/supplier`: the attributes of lines 1132-1156, as the curl at lines
    1165-1174 sends them.
    """

    model_config = ConfigDict(
        extra="forbid",
        validate_by_name=True,
    )
    custom_no: str | None = None
    """
    Custom supplier number. Used to identify the supplier between Planiso and another system you use. 409 when it already exists (line 1214).
    """
    is_14001: bool | FormFlag | None = None
    """
    Indicates if the supplier is ISO 14001 certified. Documented as boolean; the curl examples send an empty value.
    """
    is_18001: bool | FormFlag | None = None
    """
    Indicates if the supplier is ISO 18001 certified. Documented as boolean; the curl examples send an empty value.
    """
    is_9001: bool | FormFlag | None = None
    """
    Indicates if the supplier is ISO 9001 certified. Documented as boolean; the curl examples send an empty value.
    """
    active: bool | None = None
    """
    Indicates if the supplier is active.
    """
    organization: str | None = None
    """
    An associative array with a data property that contains the attributes of the organization linked to this supplier (line 1156).
    """


class SupplierEnvelope(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    code: int
    """
    A unique HTTP code corresponding to the request status: an immediate indicator of the request result, whether it's a success or an error (e.g. 200, 404).
    """
    message: str
    """
    A brief explanation of the status, to understand the result of the request without analysing the API's internal responses. Empty in the list examples (e.g. line 175).
    """
    data: Supplier
    """
    Additional information providing context to the response: the created or requested resource (or list of resources) on success, or precise information to resolve an error.
    """


class SupplierListEnvelope(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    code: int
    """
    A unique HTTP code corresponding to the request status: an immediate indicator of the request result, whether it's a success or an error (e.g. 200, 404).
    """
    message: str
    """
    A brief explanation of the status, to understand the result of the request without analysing the API's internal responses. Empty in the list examples (e.g. line 175).
    """
    data: list[Supplier]
    """
    Additional information providing context to the response: the created or requested resource (or list of resources) on success, or precise information to resolve an error.
    """


class SupplierUpdateForm(BaseModel):
    """
    Fields of `PUT /v1/supplier/{no}`: the attributes of lines 1222-1246, as the curl at
    lines 1255-1261 sends them. The linked organization is changed with Update an organization
    (line 1220), so `organization` is not a field here.
    """

    model_config = ConfigDict(
        extra="forbid",
        validate_by_name=True,
    )
    is_14001: bool | FormFlag | None = None
    """
    Indicates if the supplier is ISO 14001 certified. Documented as boolean; the curl examples send 1.
    """
    is_18001: bool | FormFlag | None = None
    """
    Indicates if the supplier is ISO 18001 certified. Documented as boolean; the curl examples send 1.
    """
    is_9001: bool | FormFlag | None = None
    """
    Indicates if the supplier is ISO 9001 certified. Documented as boolean; the curl examples send 1.
    """
    custom_num: str | None = None
    """
    New custom supplier number, under the name the curl example uses; the response returns it as custom_no.
    """
    custom_no: str | None = None
    """
    Custom supplier number. Used to identify the supplier between Planiso and another system you use. Under its documented attribute name (line 1230); which of custom_num and custom_no the server reads is not documented.
    """
    active: bool | None = None
    """
    Indicates if the supplier is active.
    """


class User(BaseModel):
    """
    A user/employee contained in your Planiso silo (the attribute list repeated by every
    user operation, lines 121-160).
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    no: int
    """
    Unique number in your silo that identifies the user.
    """
    aff_number: Annotated[str | None, Field(pattern="^PERS-")] = None
    """
    Unique in silo. Generated by Planiso. User number automatically generated at creation by Planiso with prefix "PERS-". It is unique per user. It is used to identify the user in the application.
    """
    custom_no: str | None = None
    """
    Unique in silo. Custom user number. It is used to identify the user between Planiso and another system you use. Example: personnel number, contract number, etc. An empty string when not set (line 180).
    """
    fullname: str | None = None
    """
    Required in Planiso. Documented as "User's first name"; the examples carry the full name ("John Doe").
    """
    username: str | None = None
    """
    Unique in Planiso. Documented as "User's last name"; the examples carry a login name ("jdoe").
    """
    email: str | None = None
    """
    Unique in Planiso. User's email address.
    """
    phone: str | None = None
    """
    User's phone number.
    """
    phonext: str | None = None
    """
    Documented as `date|null`, "Creation date of the user" (lines 144-145); the examples send values such as "101" (line 186), not dates.
    """
    cellphone: str | None = None
    """
    User's cellphone number.
    """
    hired_date: Annotated[str | None, Field(pattern="^[0-9]{4}-[0-9]{2}-[0-9]{2}$")] = None
    """
    User's hire date (Y-m-d, e.g. 2023-06-01).
    """
    create_date: Annotated[
        str | None, Field(pattern="^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}$")
    ] = None
    """
    User creation date, as `Y-m-d H:i:s` (e.g. 2024-11-20 10:15:30).
    """
    last_update: Annotated[
        str | None, Field(pattern="^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}$")
    ] = None
    """
    User's last modification date, as `Y-m-d H:i:s`.
    """
    active: bool | None = None
    """
    Indicates if the user is active.
    """


class UserCreateForm(BaseModel):
    """
    Fields of `POST /v1/user`: the attributes of lines 306-345, as the curl at lines 354-367
    sends them (its values are type placeholders). No password can be set through the API
    (line 304).
    """

    model_config = ConfigDict(
        extra="forbid",
        validate_by_name=True,
    )
    custom_no: str | None = None
    """
    Unique in silo. Custom user number. It is used to identify the user between Planiso and another system you use. Example: personnel number, contract number, etc.
    """
    fullname: str
    """
    Required in Planiso (line 317; a missing full name gives 400, line 387). Documented as "User's first name" (see the User schema).
    """
    username: str | None = None
    """
    Unique in Planiso. Documented as "User's last name" (line 416; see the User schema).
    """
    email: str | None = None
    """
    Unique in Planiso. User's email address.
    """
    phone: str | None = None
    """
    User's phone number.
    """
    phonext: str | None = None
    """
    Documented as `date|null`, "Creation date of the user" (lines 424-425); the curl sends a string (line 457) and the examples return values such as "404" (line 471), not dates (see the User schema).
    """
    cellphone: str | None = None
    """
    User's cellphone number.
    """
    hired_date: str | None = None
    """
    User's hire date (the response examples show Y-m-d).
    """
    create_date: str | None = None
    """
    User creation date.
    """
    last_update: str | None = None
    """
    User's last modification date.
    """
    active: bool | None = None
    """
    Indicates if the user is active.
    """


class UserEnvelope(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    code: int
    """
    A unique HTTP code corresponding to the request status: an immediate indicator of the request result, whether it's a success or an error (e.g. 200, 404).
    """
    message: str
    """
    A brief explanation of the status, to understand the result of the request without analysing the API's internal responses. Empty in the list examples (e.g. line 175).
    """
    data: User
    """
    Additional information providing context to the response: the created or requested resource (or list of resources) on success, or precise information to resolve an error.
    """


class UserListEnvelope(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    code: int
    """
    A unique HTTP code corresponding to the request status: an immediate indicator of the request result, whether it's a success or an error (e.g. 200, 404).
    """
    message: str
    """
    A brief explanation of the status, to understand the result of the request without analysing the API's internal responses. Empty in the list examples (e.g. line 175).
    """
    data: list[User]
    """
    Additional information providing context to the response: the created or requested resource (or list of resources) on success, or precise information to resolve an error.
    """


class UserUpdateForm(BaseModel):
    """
    Fields of `PUT /v1/user/{no}`: the attributes of lines 401-440, as the curl at lines
    449-460 sends them (its values are type placeholders).
    """

    model_config = ConfigDict(
        extra="forbid",
        validate_by_name=True,
    )
    custom_no: str | None = None
    """
    Unique in silo. Custom user number. It is used to identify the user between Planiso and another system you use. Example: personnel number, contract number, etc.
    """
    fullname: str | None = None
    """
    Required in Planiso. Documented as "User's first name" (line 413; see the User schema).
    """
    username: str | None = None
    """
    Unique in Planiso. Documented as "User's last name" (line 416; see the User schema).
    """
    email: str | None = None
    """
    Unique in Planiso. User's email address.
    """
    phone: str | None = None
    """
    User's phone number.
    """
    phonext: str | None = None
    """
    Documented as `date|null`, "Creation date of the user" (lines 424-425); the curl sends a string (line 457) and the examples return values such as "404" (line 471), not dates (see the User schema).
    """
    cellphone: str | None = None
    """
    User's cellphone number.
    """
    hired_date: str | None = None
    """
    User's hire date (the response examples show Y-m-d).
    """
    create_date: str | None = None
    """
    User creation date.
    """
    last_update: str | None = None
    """
    User's last modification date.
    """
    active: bool | None = None
    """
    Indicates if the user is active.
    """


class Customer(BaseModel):
    """
    A customer of your Planiso silo, linked to an organization (lines 581-605).
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    no: int
    """
    Unique number in your silo that identifies the customer.
    """
    aff_number: Annotated[str | None, Field(pattern="^CUST-")] = None
    """
    Customer number automatically generated at creation by Planiso with prefix "CUST-". It is used to identify the customer in the application.
    """
    custom_no: str | None = None
    """
    Custom customer number. Used to identify the customer between Planiso and another system you use.
    """
    is_14001: bool | None = None
    """
    Indicates if the customer is ISO 14001 certified.
    """
    is_18001: bool | None = None
    """
    Indicates if the customer is ISO 18001 certified.
    """
    is_9001: bool | None = None
    """
    Indicates if the customer is ISO 9001 certified.
    """
    active: bool | None = None
    """
    Indicates if the customer is active.
    """
    organization: Organization | None = None
    """
    The attributes of the organization linked to this customer.
    """


class CustomerEnvelope(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    code: int
    """
    A unique HTTP code corresponding to the request status: an immediate indicator of the request result, whether it's a success or an error (e.g. 200, 404).
    """
    message: str
    """
    A brief explanation of the status, to understand the result of the request without analysing the API's internal responses. Empty in the list examples (e.g. line 175).
    """
    data: Customer
    """
    Additional information providing context to the response: the created or requested resource (or list of resources) on success, or precise information to resolve an error.
    """


class CustomerListEnvelope(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    code: int
    """
    A unique HTTP code corresponding to the request status: an immediate indicator of the request result, whether it's a success or an error (e.g. 200, 404).
    """
    message: str
    """
    A brief explanation of the status, to understand the result of the request without analysing the API's internal responses. Empty in the list examples (e.g. line 175).
    """
    data: list[Customer]
    """
    Additional information providing context to the response: the created or requested resource (or list of resources) on success, or precise information to resolve an error.
    """


class Equipment(BaseModel):
    """
    A piece of equipment of your Planiso silo, linked to equipment types
    (lines 2510-2543).
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    no: int
    """
    Unique equipment number in your silo. Equipment identifier.
    """
    aff_number: Annotated[str | None, Field(pattern="^EQ-")] = None
    """
    Unique in silo. Generated by Planiso. Equipment number automatically generated at creation by Planiso with prefix "EQ-". It is unique per equipment in your silo. Used to identify equipment in the application.
    """
    num_equip: str | None = None
    """
    Required to create equipment in Planiso. Custom equipment number or identifier.
    """
    year: Year | Year1 | None = None
    """
    Year of manufacture of the equipment. Must be greater than 1900 and less than or equal to the current year.
    """
    brand: str | None = None
    """
    Required to create equipment in Planiso. Equipment brand.
    """
    nummodel: str | None = None
    """
    Equipment model number.
    """
    numserial: str | None = None
    """
    Equipment serial number.
    """
    purchase_date: Annotated[str | None, Field(pattern="^[0-9]{4}-[0-9]{2}-[0-9]{2}$")] = None
    """
    Equipment purchase date. Date format accepted by the API is Y-m-d.
    """
    purchase_seller: str | None = None
    """
    Represents the seller from whom the equipment was purchased.
    """
    active: bool | None = None
    """
    Indicates if the equipment is active.
    """
    type: list[EquipmentType] | None = None
    """
    Array of equipment types linked to this equipment containing the following attributes: no, type_name, active.
    """


class EquipmentEnvelope(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    code: int
    """
    A unique HTTP code corresponding to the request status: an immediate indicator of the request result, whether it's a success or an error (e.g. 200, 404).
    """
    message: str
    """
    A brief explanation of the status, to understand the result of the request without analysing the API's internal responses. Empty in the list examples (e.g. line 175).
    """
    data: Equipment
    """
    Additional information providing context to the response: the created or requested resource (or list of resources) on success, or precise information to resolve an error.
    """


class EquipmentListEnvelope(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    code: int
    """
    A unique HTTP code corresponding to the request status: an immediate indicator of the request result, whether it's a success or an error (e.g. 200, 404).
    """
    message: str
    """
    A brief explanation of the status, to understand the result of the request without analysing the API's internal responses. Empty in the list examples (e.g. line 175).
    """
    data: list[Equipment]
    """
    Additional information providing context to the response: the created or requested resource (or list of resources) on success, or precise information to resolve an error.
    """
