# Generated from openapi.yaml by datamodel-code-generator; do not edit.

from __future__ import annotations

from typing import Annotated, Any
from pydantic import BaseModel, ConfigDict, Field, RootModel
from enum import StrEnum


class No(RootModel[str]):
    root: Annotated[str, Field(pattern="^[0-9]+$")]
    """
    Unique number in your silo that identifies the customer.
    """


class CustomerCreateForm(BaseModel):
    """
    Fields of `POST /v1/customer` (curl at lines 776-791): the customer's custom number and
    the organization created with it, as flat `organization_*` fields.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    custom_no: str | None = None
    """
    Custom customer number. Used to identify the customer between Planiso and another system you use.
    """
    organization_name: str
    """
    Of the organization created with and linked to the customer: name, unique in silo (409 when it exists, line 828).
    """
    organization_adress: str
    """
    Of the organization created with and linked to the customer: physical address (spelled `adress`).
    """
    organization_city: str | None = None
    """
    Of the organization created with and linked to the customer: city.
    """
    organization_province: str | None = None
    """
    Of the organization created with and linked to the customer: province.
    """
    organization_country: str | None = None
    """
    Of the organization created with and linked to the customer: country.
    """
    organization_phone: str | None = None
    """
    Of the organization created with and linked to the customer: phone number.
    """
    organization_toll_free: str | None = None
    """
    Of the organization created with and linked to the customer: toll-free phone number.
    """
    organization_phone_extension: str | None = None
    """
    Of the organization created with and linked to the customer: phone extension.
    """
    organization_fax: str | None = None
    """
    Of the organization created with and linked to the customer: fax number.
    """
    organization_postal_code: str | None = None
    """
    Of the organization created with and linked to the customer: postal code.
    """
    organization_email: str | None = None
    """
    Of the organization created with and linked to the customer: email address.
    """
    organization_website: str | None = None
    """
    Of the organization created with and linked to the customer: website.
    """


class CustomerUpdateForm(BaseModel):
    """
    Fields of `PUT /v1/customer/{no}` (curl at lines 869-872). The linked organization is
    changed with Update an organization (line 834).
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    custom_no: str | None = None
    """
    Custom customer number. Used to identify the customer between Planiso and another system you use (409 when it already exists, line 890).
    """


class EmptyEnvelope(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    code: int
    """
    A unique HTTP code corresponding to the request status: an immediate indicator of the request result, whether it's a success or an error (e.g. 200, 404).
    """
    message: str
    """
    A brief explanation of the status, to understand the result of the request without analysing the API's internal responses. Often empty on list operations.
    """
    data: Annotated[list[Any], Field(max_length=0)]
    """
    Additional information providing context to the response: the created or requested resource (or list of resources) on success, or precise information to resolve an error.
    """


class No1(RootModel[str]):
    root: Annotated[str, Field(pattern="^[0-9]+$")]
    """
    Unique equipment number in your silo. Equipment identifier.
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
    Fields of `POST /v1/equipment` (curl at lines 2737-2747). One or more equipment types
    can be associated (line 2693); see List equipment types.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
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
    type_nos: str | None = None
    """
    Numbers of the equipment types to link to the equipment, written as a bracketed list as in the curl example ("[3]").
    """


class No2(RootModel[str]):
    root: Annotated[str, Field(pattern="^[0-9]+$")]
    """
    Unique equipment type number in your silo. Equipment type identifier.
    """


class Active(StrEnum):
    """
    Indicates if the equipment type is active.
    """

    field_0 = "0"
    field_1 = "1"


class EquipmentType(BaseModel):
    """
    An equipment type of your Planiso silo (lines 2932-2941); also the items of an
    equipment's `type` array (line 2543: "no, type_name, active").
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    no: int | No2
    """
    Unique equipment type number in your silo. Equipment type identifier.
    """
    type_name: str | None = None
    """
    The name of the equipment type. Example: Van, Furniture, etc.
    """
    active: bool | Active | None = None
    """
    Indicates if the equipment type is active.
    """


class EquipmentTypeListEnvelope(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    code: int
    """
    A unique HTTP code corresponding to the request status: an immediate indicator of the request result, whether it's a success or an error (e.g. 200, 404).
    """
    message: str
    """
    A brief explanation of the status, to understand the result of the request without analysing the API's internal responses. Often empty on list operations.
    """
    data: list[EquipmentType]
    """
    Additional information providing context to the response: the created or requested resource (or list of resources) on success, or precise information to resolve an error.
    """


class EquipmentUpdateForm(BaseModel):
    """
    Fields of `PUT /v1/equipment/{no}` (curl at lines 2830-2833). Equipment types cannot be
    changed by this method (line 2786).
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    num_equip: str | None = None
    """
    Custom equipment number or identifier (409 when it already exists, line 2851).
    """


class ErrorEnvelope(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    code: int
    """
    A unique HTTP code corresponding to the request status: an immediate indicator of the request result, whether it's a success or an error (e.g. 200, 404).
    """
    message: str
    """
    A brief explanation of the status, to understand the result of the request without analysing the API's internal responses. Often empty on list operations.
    """
    data: list[Any] | dict[str, Any]
    """
    Additional information providing context to the response: the created or requested resource (or list of resources) on success, or precise information to resolve an error.
    """


class No3(RootModel[str]):
    root: Annotated[str, Field(pattern="^[0-9]+$")]
    """
    Unique number in your silo that identifies the organization.
    """


class Active1(StrEnum):
    """
    Indicates if the organization is active.
    """

    field_0 = "0"
    field_1 = "1"


class Organization(BaseModel):
    """
    An organization (stakeholder) of your Planiso silo: a customer, supplier or
    subcontractor is linked to one. Also the `organization` object nested in customers,
    suppliers and subcontractors.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    no: int | No3
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
    active: bool | Active1 | None = None
    """
    Indicates if the organization is active.
    """
    province: str | None = None
    """
    Province or state where the organization is located.
    """
    toll_free: str | None = None
    """
    Organization's toll-free phone number (empty string when not set).
    """
    phone_extension: str | None = None
    """
    Extension of the organization's phone number (empty string when not set).
    """
    fax: str | None = None
    """
    Organization's fax number (empty string when not set).
    """


class OrganizationCreateForm(BaseModel):
    """
    Fields of `POST /v1/organization` (curl at lines 1893-1906).
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
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
    Extension of the organization's phone number.
    """
    fax: str | None = None
    """
    Organization's fax number.
    """
    toll_free: str | None = None
    """
    Organization's toll-free phone number.
    """
    email: str | None = None
    """
    Organization's email address.
    """
    website: str | None = None
    """
    Organization's website.
    """


class OrganizationEnvelope(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    code: int
    """
    A unique HTTP code corresponding to the request status: an immediate indicator of the request result, whether it's a success or an error (e.g. 200, 404).
    """
    message: str
    """
    A brief explanation of the status, to understand the result of the request without analysing the API's internal responses. Often empty on list operations.
    """
    data: Organization
    """
    Additional information providing context to the response: the created or requested resource (or list of resources) on success, or precise information to resolve an error.
    """


class OrganizationListEnvelope(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    code: int
    """
    A unique HTTP code corresponding to the request status: an immediate indicator of the request result, whether it's a success or an error (e.g. 200, 404).
    """
    message: str
    """
    A brief explanation of the status, to understand the result of the request without analysing the API's internal responses. Often empty on list operations.
    """
    data: list[Organization]
    """
    Additional information providing context to the response: the created or requested resource (or list of resources) on success, or precise information to resolve an error.
    """


class OrganizationUpdateForm(BaseModel):
    """
    Fields of `PUT /v1/organization/{no}` (curl at lines 1987-2000).
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
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
    Extension of the organization's phone number.
    """
    fax: str | None = None
    """
    Organization's fax number.
    """
    toll_free: str | None = None
    """
    Organization's toll-free phone number.
    """
    email: str | None = None
    """
    Organization's email address.
    """
    website: str | None = None
    """
    Organization's website.
    """


class No4(RootModel[str]):
    root: Annotated[str, Field(pattern="^[0-9]+$")]
    """
    Unique number in your silo that identifies the project.
    """


class Project(BaseModel):
    """
    A project of your Planiso silo (lines 2122-2146).
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    no: int | No4
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
    When the project was last modified, as `Y-m-d H:i:s`.
    """


class ProjectCreateForm(BaseModel):
    """
    Fields of `POST /v1/project` (curl at lines 2325-2332).
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    custom_no: str | None = None
    """
    Custom project number. Used to identify the project between Planiso and another system you use (409 when it already exists).
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


class ProjectEnvelope(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    code: int
    """
    A unique HTTP code corresponding to the request status: an immediate indicator of the request result, whether it's a success or an error (e.g. 200, 404).
    """
    message: str
    """
    A brief explanation of the status, to understand the result of the request without analysing the API's internal responses. Often empty on list operations.
    """
    data: Project
    """
    Additional information providing context to the response: the created or requested resource (or list of resources) on success, or precise information to resolve an error.
    """


class ProjectListEnvelope(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    code: int
    """
    A unique HTTP code corresponding to the request status: an immediate indicator of the request result, whether it's a success or an error (e.g. 200, 404).
    """
    message: str
    """
    A brief explanation of the status, to understand the result of the request without analysing the API's internal responses. Often empty on list operations.
    """
    data: list[Project]
    """
    Additional information providing context to the response: the created or requested resource (or list of resources) on success, or precise information to resolve an error.
    """


class ProjectUpdateForm(BaseModel):
    """
    Fields of `PUT /v1/project/{no}` (curl at lines 2397-2404).
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    custom_no: str | None = None
    """
    Custom project number. Used to identify the project between Planiso and another system you use (409 when it already exists).
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


class No5(RootModel[str]):
    root: Annotated[str, Field(pattern="^[0-9]+$")]
    """
    Unique number in your silo that identifies the subcontractor.
    """


class Subcontractor(BaseModel):
    """
    A subcontractor of your Planiso silo, linked to an organization (lines 1360-1375).
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    no: int | No5
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
    When the subcontractor was added, as `Y-m-d H:i:s`.
    """


class SubcontractorCreateForm(BaseModel):
    """
    Fields of `POST /v1/subcontractor` (curl at lines 1523-1529).
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    custom_no: str | None = None
    """
    Custom subcontractor number. Used to identify the subcontractor between Planiso and another system you use (409 when it already exists, line 1565).
    """
    organization: str | None = None
    """
    The organization linked to this subcontractor.
    """


class SubcontractorEnvelope(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    code: int
    """
    A unique HTTP code corresponding to the request status: an immediate indicator of the request result, whether it's a success or an error (e.g. 200, 404).
    """
    message: str
    """
    A brief explanation of the status, to understand the result of the request without analysing the API's internal responses. Often empty on list operations.
    """
    data: Subcontractor
    """
    Additional information providing context to the response: the created or requested resource (or list of resources) on success, or precise information to resolve an error.
    """


class SubcontractorListEnvelope(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    code: int
    """
    A unique HTTP code corresponding to the request status: an immediate indicator of the request result, whether it's a success or an error (e.g. 200, 404).
    """
    message: str
    """
    A brief explanation of the status, to understand the result of the request without analysing the API's internal responses. Often empty on list operations.
    """
    data: list[Subcontractor]
    """
    Additional information providing context to the response: the created or requested resource (or list of resources) on success, or precise information to resolve an error.
    """


class SubcontractorUpdateForm(BaseModel):
    """
    Fields of `PUT /v1/subcontractor/{no}` (curl at lines 1597-1600). The linked
    organization is changed with Update an organization (line 1571).
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    custom_no: str | None = None
    """
    Custom subcontractor number. Used to identify the subcontractor between Planiso and another system you use (409 when it already exists, line 1618).
    """


class No6(RootModel[str]):
    root: Annotated[str, Field(pattern="^[0-9]+$")]
    """
    Unique number in your silo that identifies the supplier.
    """


class Supplier(BaseModel):
    """
    A supplier of your Planiso silo, linked to an organization (lines 970-994).
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    no: int | No6
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


class Is14001(StrEnum):
    """
    Indicates if the supplier is ISO 14001 certified. Documented as boolean; the curl examples send an empty value.
    """

    field_1 = "1"
    field_ = ""


class Is18001(StrEnum):
    """
    Indicates if the supplier is ISO 18001 certified. Documented as boolean; the curl examples send an empty value.
    """

    field_1 = "1"
    field_ = ""


class Is9001(StrEnum):
    """
    Indicates if the supplier is ISO 9001 certified. Documented as boolean; the curl examples send an empty value.
    """

    field_1 = "1"
    field_ = ""


class SupplierCreateForm(BaseModel):
    """
    Fields of `POST /v1/supplier` (curl at lines 1165-1174).
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    custom_no: str | None = None
    """
    Custom supplier number. Used to identify the supplier between Planiso and another system you use (409 when it already exists, line 1214).
    """
    is_14001: bool | Is14001 | None = None
    """
    Indicates if the supplier is ISO 14001 certified. Documented as boolean; the curl examples send an empty value.
    """
    is_18001: bool | Is18001 | None = None
    """
    Indicates if the supplier is ISO 18001 certified. Documented as boolean; the curl examples send an empty value.
    """
    is_9001: bool | Is9001 | None = None
    """
    Indicates if the supplier is ISO 9001 certified. Documented as boolean; the curl examples send an empty value.
    """
    organization: str | None = None
    """
    The organization linked to this supplier.
    """


class SupplierEnvelope(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    code: int
    """
    A unique HTTP code corresponding to the request status: an immediate indicator of the request result, whether it's a success or an error (e.g. 200, 404).
    """
    message: str
    """
    A brief explanation of the status, to understand the result of the request without analysing the API's internal responses. Often empty on list operations.
    """
    data: Supplier
    """
    Additional information providing context to the response: the created or requested resource (or list of resources) on success, or precise information to resolve an error.
    """


class SupplierListEnvelope(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    code: int
    """
    A unique HTTP code corresponding to the request status: an immediate indicator of the request result, whether it's a success or an error (e.g. 200, 404).
    """
    message: str
    """
    A brief explanation of the status, to understand the result of the request without analysing the API's internal responses. Often empty on list operations.
    """
    data: list[Supplier]
    """
    Additional information providing context to the response: the created or requested resource (or list of resources) on success, or precise information to resolve an error.
    """


class Is140011(StrEnum):
    """
    Indicates if the supplier is ISO 14001 certified. Documented as boolean; the curl examples send 1.
    """

    field_1 = "1"
    field_ = ""


class Is180011(StrEnum):
    """
    Indicates if the supplier is ISO 18001 certified. Documented as boolean; the curl examples send 1.
    """

    field_1 = "1"
    field_ = ""


class Is90011(StrEnum):
    """
    Indicates if the supplier is ISO 9001 certified. Documented as boolean; the curl examples send 1.
    """

    field_1 = "1"
    field_ = ""


class SupplierUpdateForm(BaseModel):
    """
    Fields of `PUT /v1/supplier/{no}` (curl at lines 1255-1261). The linked organization is
    changed with Update an organization (line 1220).
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    is_14001: bool | Is140011 | None = None
    """
    Indicates if the supplier is ISO 14001 certified. Documented as boolean; the curl examples send 1.
    """
    is_18001: bool | Is180011 | None = None
    """
    Indicates if the supplier is ISO 18001 certified. Documented as boolean; the curl examples send 1.
    """
    is_9001: bool | Is90011 | None = None
    """
    Indicates if the supplier is ISO 9001 certified. Documented as boolean; the curl examples send 1.
    """
    custom_num: str | None = None
    """
    New custom supplier number, under the name the curl example uses; the response returns it as custom_no.
    """
    custom_no: str | None = None
    """
    Custom supplier number, under its documented attribute name (line 1230). Which of custom_num and custom_no the server reads is not documented.
    """


class No7(RootModel[str]):
    root: Annotated[str, Field(pattern="^[0-9]+$")]
    """
    Unique number in your silo that identifies the user.
    """


class User(BaseModel):
    """
    A user/employee contained in your Planiso silo (the attribute list repeated by every
    user operation, lines 121-160).
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    no: int | No7
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
    User's phone extension. Documented as `date|null`, "Creation date of the user"; every example sends a phone extension ("101").
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
    Fields of `POST /v1/user` (curl at lines 354-367; the values are type placeholders).
    No password can be set through the API (line 304).
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    custom_no: str | None = None
    """
    Unique in silo. Custom user number, used to identify the user between Planiso and another system you use (personnel number, contract number, etc.).
    """
    fullname: str
    """
    Required in Planiso (a missing full name gives 400, line 387). Documented as "User's first name" (see the User schema).
    """
    username: str | None = None
    """
    Unique in Planiso. Documented as "User's last name" (see the User schema).
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
    User's phone extension (the attribute list types it as a date, see User).
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
        populate_by_name=True,
    )
    code: int
    """
    A unique HTTP code corresponding to the request status: an immediate indicator of the request result, whether it's a success or an error (e.g. 200, 404).
    """
    message: str
    """
    A brief explanation of the status, to understand the result of the request without analysing the API's internal responses. Often empty on list operations.
    """
    data: User
    """
    Additional information providing context to the response: the created or requested resource (or list of resources) on success, or precise information to resolve an error.
    """


class UserListEnvelope(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    code: int
    """
    A unique HTTP code corresponding to the request status: an immediate indicator of the request result, whether it's a success or an error (e.g. 200, 404).
    """
    message: str
    """
    A brief explanation of the status, to understand the result of the request without analysing the API's internal responses. Often empty on list operations.
    """
    data: list[User]
    """
    Additional information providing context to the response: the created or requested resource (or list of resources) on success, or precise information to resolve an error.
    """


class UserUpdateForm(BaseModel):
    """
    Fields of `PUT /v1/user/{no}` (curl at lines 449-460; the values are type
    placeholders).
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    custom_no: str | None = None
    """
    Unique in silo. Custom user number, used to identify the user between Planiso and another system you use (personnel number, contract number, etc.).
    """
    fullname: str | None = None
    """
    Documented as "User's first name" (see the User schema).
    """
    username: str | None = None
    """
    Unique in Planiso. Documented as "User's last name" (see the User schema).
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
    User's phone extension (the attribute list types it as a date, see User).
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


class Customer(BaseModel):
    """
    A customer of your Planiso silo, linked to an organization (lines 581-605).
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    no: int | No
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
        populate_by_name=True,
    )
    code: int
    """
    A unique HTTP code corresponding to the request status: an immediate indicator of the request result, whether it's a success or an error (e.g. 200, 404).
    """
    message: str
    """
    A brief explanation of the status, to understand the result of the request without analysing the API's internal responses. Often empty on list operations.
    """
    data: Customer
    """
    Additional information providing context to the response: the created or requested resource (or list of resources) on success, or precise information to resolve an error.
    """


class CustomerListEnvelope(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    code: int
    """
    A unique HTTP code corresponding to the request status: an immediate indicator of the request result, whether it's a success or an error (e.g. 200, 404).
    """
    message: str
    """
    A brief explanation of the status, to understand the result of the request without analysing the API's internal responses. Often empty on list operations.
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
        populate_by_name=True,
    )
    no: int | No1
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
        populate_by_name=True,
    )
    code: int
    """
    A unique HTTP code corresponding to the request status: an immediate indicator of the request result, whether it's a success or an error (e.g. 200, 404).
    """
    message: str
    """
    A brief explanation of the status, to understand the result of the request without analysing the API's internal responses. Often empty on list operations.
    """
    data: Equipment
    """
    Additional information providing context to the response: the created or requested resource (or list of resources) on success, or precise information to resolve an error.
    """


class EquipmentListEnvelope(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    code: int
    """
    A unique HTTP code corresponding to the request status: an immediate indicator of the request result, whether it's a success or an error (e.g. 200, 404).
    """
    message: str
    """
    A brief explanation of the status, to understand the result of the request without analysing the API's internal responses. Often empty on list operations.
    """
    data: list[Equipment]
    """
    Additional information providing context to the response: the created or requested resource (or list of resources) on success, or precise information to resolve an error.
    """
