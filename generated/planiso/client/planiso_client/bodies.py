"""Request bodies as dicts: a ``TypedDict`` per body model, keyed by the vendor's field names.

A method that takes a body accepts the model (built with the vendor's field names as keywords,
see ``models``) or a dict in the vendor's names, as the document prints them and as they go on
the wire. Typed with these dicts, the keys complete in an IDE and a misspelt or unknown key
fails the type check; a nested model is the model or its dict, an enum its enum class.
"""

from __future__ import annotations

from typing import Required, TypedDict

from .models import (
    FormFlag,
)

__all__: list[str] = [
    "CustomerCreateFormDict",
    "CustomerUpdateFormDict",
    "EquipmentCreateFormDict",
    "EquipmentUpdateFormDict",
    "OrganizationCreateFormDict",
    "OrganizationUpdateFormDict",
    "ProjectCreateFormDict",
    "ProjectUpdateFormDict",
    "SubcontractorCreateFormDict",
    "SubcontractorUpdateFormDict",
    "SupplierCreateFormDict",
    "SupplierUpdateFormDict",
    "UserCreateFormDict",
    "UserUpdateFormDict",
]


class CustomerCreateFormDict(TypedDict, total=False):
    """``CustomerCreateForm`` as a dict, in the vendor's field names."""

    custom_no: str
    "Custom customer number. Used to identify the customer between Planiso and another system you use. 409 when it already exists (line 828)."
    is_14001: bool
    "Indicates if the customer is ISO 14001 certified."
    is_18001: bool
    "Indicates if the customer is ISO 18001 certified."
    is_9001: bool
    "Indicates if the customer is ISO 9001 certified."
    active: bool
    "Indicates if the customer is active."
    organization_name: Required[str]
    "Name of the linked organization: unique in silo (line 1697; 409 when it exists, line 828). The create example sends it (line 780) and returns it as `organization.name` (line 804)."
    organization_adress: Required[str]
    "Physical address of the linked organization (street number, street name, etc.; line 1701), spelled `adress`. The create example sends it (line 781) and returns it as `organization.adress` (line 805)."
    organization_city: str
    "City where the organization is located (line 1704). The create example sends it (line 782) and returns it as `organization.city` (line 806)."
    organization_province: str
    "Not in the organization attribute list (lines 1689-1722). The create example sends it (line 783) and returns it as `organization.province` (line 807)."
    organization_country: str
    "Country where the organization is located (line 1707). The create example sends it (line 784) and returns it as `organization.country` (line 808)."
    organization_phone: str
    "Organization's phone number (line 1713). The create example sends it (line 785) and returns it as `organization.phone` (line 809)."
    organization_toll_free: str
    "Not in the organization attribute list (lines 1689-1722). The create example sends it (line 786) and returns it as `organization.toll_free` (line 810)."
    organization_phone_extension: str
    "Not in the organization attribute list (lines 1689-1722). The create example sends it (line 787) and returns it as `organization.phone_extension` (line 811)."
    organization_fax: str
    "Not in the organization attribute list (lines 1689-1722). The create example sends it (line 788) and returns it as `organization.fax` (line 812)."
    organization_postal_code: str
    "Organization's postal code (line 1710). The create example sends it (line 789) and returns it as `organization.postal_code` (line 813)."
    organization_email: str
    "Organization's email address (line 1716). The create example sends it (line 790) and returns it as `organization.email` (line 815)."
    organization_website: str
    "Organization's website (line 1719). The create example sends it (line 791) and returns it as `organization.website` (line 814)."


class CustomerUpdateFormDict(TypedDict, total=False):
    """``CustomerUpdateForm`` as a dict, in the vendor's field names."""

    custom_no: str
    "Custom customer number. Used to identify the customer between Planiso and another system you use. 409 when it already exists (line 890)."
    is_14001: bool
    "Indicates if the customer is ISO 14001 certified."
    is_18001: bool
    "Indicates if the customer is ISO 18001 certified."
    is_9001: bool
    "Indicates if the customer is ISO 9001 certified."
    active: bool
    "Indicates if the customer is active."


class EquipmentCreateFormDict(TypedDict, total=False):
    """``EquipmentCreateForm`` as a dict, in the vendor's field names."""

    num_equip: Required[str]
    "Custom equipment number or identifier. Required to create equipment in Planiso (409 when it exists, line 2780)."
    year: int
    "Year of manufacture of the equipment. Must be greater than 1900 and less than or equal to the current year."
    brand: Required[str]
    "Equipment brand. Required to create equipment in Planiso."
    nummodel: str
    "Equipment model number."
    numserial: str
    "Equipment serial number."
    purchase_date: str
    "Equipment purchase date. Date format accepted by the API is Y-m-d."
    purchase_seller: str
    "Represents the seller from whom the equipment was purchased."
    active: bool
    "Indicates if the equipment is active."
    type_nos: str
    'Sent by the curl example as "type_nos=[3]" (line 2747); the created equipment is then linked to equipment type no "3" (line 2767). One or more equipment types can be associated (line 2693).'


class EquipmentUpdateFormDict(TypedDict, total=False):
    """``EquipmentUpdateForm`` as a dict, in the vendor's field names."""

    num_equip: str
    "Custom equipment number or identifier (409 when it already exists, line 2851)."
    year: int
    "Year of manufacture of the equipment. Must be greater than 1900 and less than or equal to the current year."
    brand: str
    "Equipment brand."
    nummodel: str
    "Equipment model number."
    numserial: str
    "Equipment serial number."
    purchase_date: str
    "Equipment purchase date. Date format accepted by the API is Y-m-d."
    purchase_seller: str
    "Represents the seller from whom the equipment was purchased."
    active: bool
    "Indicates if the equipment is active."


class OrganizationCreateFormDict(TypedDict, total=False):
    """``OrganizationCreateForm`` as a dict, in the vendor's field names."""

    name: Required[str]
    "Organization name. Unique in silo (409 when it exists, line 1937). Required to create an organization in Planiso."
    address: Required[str]
    "Physical address of the organization (street number, street name, etc.). Required to create an organization in Planiso. Sent as `address`; responses spell it `adress`."
    city: str
    "City where the organization is located."
    country: str
    "Country where the organization is located."
    postal_code: str
    "Organization's postal code."
    phone: str
    "Organization's phone number."
    phone_extension: str
    "Not in the organization attribute list (lines 1689-1722); the create and update curls send it (lines 1902, 1996) and the responses return it (lines 1921, 2015)."
    fax: str
    "Not in the organization attribute list (lines 1689-1722); the create and update curls send it (lines 1903, 1997) and the responses return it (lines 1922, 2016)."
    toll_free: str
    "Not in the organization attribute list (lines 1689-1722); the create and update curls send it (lines 1904, 1998) and the responses return it (lines 1920, 2014)."
    email: str
    "Organization's email address."
    website: str
    "Organization's website."
    province: str
    "Not in the organization attribute list (lines 1689-1722) and sent by neither organization curl; every organization response carries it (e.g. line 1745)."
    active: bool
    "Indicates if the organization is active."


class OrganizationUpdateFormDict(TypedDict, total=False):
    """``OrganizationUpdateForm`` as a dict, in the vendor's field names."""

    name: str
    "Organization name. Unique in silo (409 when it exists, line 2033)."
    address: str
    "Physical address of the organization (street number, street name, etc.). Sent as `address`; responses spell it `adress`."
    city: str
    "City where the organization is located."
    country: str
    "Country where the organization is located."
    postal_code: str
    "Organization's postal code."
    phone: str
    "Organization's phone number."
    phone_extension: str
    "Not in the organization attribute list (lines 1689-1722); the create and update curls send it (lines 1902, 1996) and the responses return it (lines 1921, 2015)."
    fax: str
    "Not in the organization attribute list (lines 1689-1722); the create and update curls send it (lines 1903, 1997) and the responses return it (lines 1922, 2016)."
    toll_free: str
    "Not in the organization attribute list (lines 1689-1722); the create and update curls send it (lines 1904, 1998) and the responses return it (lines 1920, 2014)."
    email: str
    "Organization's email address."
    website: str
    "Organization's website."
    province: str
    "Not in the organization attribute list (lines 1689-1722) and sent by neither organization curl; every organization response carries it (e.g. line 1745)."
    active: bool
    "Indicates if the organization is active."


class ProjectCreateFormDict(TypedDict, total=False):
    """``ProjectCreateForm`` as a dict, in the vendor's field names."""

    custom_no: str
    "Custom project number. Used to identify the project between Planiso and another system you use (409 when it already exists, line 2356)."
    name: Required[str]
    "Project name. Required to create a project in Planiso (an empty name gives 400, line 2350)."
    location: str
    "Project location."
    start_date: str
    "Project start date. Format: Y-m-d."
    end_date: str
    "Project end date. Format: Y-m-d."
    active: bool
    "Indicates if the project is active."


class ProjectUpdateFormDict(TypedDict, total=False):
    """``ProjectUpdateForm`` as a dict, in the vendor's field names."""

    custom_no: str
    "Custom project number. Used to identify the project between Planiso and another system you use (409 when it already exists, line 2430)."
    name: str
    "Project name."
    location: str
    "Project location."
    start_date: str
    "Project start date. Format: Y-m-d."
    end_date: str
    "Project end date. Format: Y-m-d."
    active: bool
    "Indicates if the project is active."


class SubcontractorCreateFormDict(TypedDict, total=False):
    """``SubcontractorCreateForm`` as a dict, in the vendor's field names."""

    custom_no: str
    "Custom subcontractor number. Used to identify the subcontractor between Planiso and another system you use. 409 when it already exists (line 1565)."
    active: bool
    "Indicates if the subcontractor is active."
    organization: str
    "An associative array with a data property that contains the attributes of the organization linked to this subcontractor (line 1514)."


class SubcontractorUpdateFormDict(TypedDict, total=False):
    """``SubcontractorUpdateForm`` as a dict, in the vendor's field names."""

    custom_no: str
    "Custom subcontractor number. Used to identify the subcontractor between Planiso and another system you use. 409 when it already exists (line 1618)."
    active: bool
    "Indicates if the subcontractor is active."


class SupplierCreateFormDict(TypedDict, total=False):
    """``SupplierCreateForm`` as a dict, in the vendor's field names."""

    custom_no: str
    "Custom supplier number. Used to identify the supplier between Planiso and another system you use. 409 when it already exists (line 1214)."
    is_14001: bool | FormFlag
    "Indicates if the supplier is ISO 14001 certified. Documented as boolean; the curl examples send an empty value."
    is_18001: bool | FormFlag
    "Indicates if the supplier is ISO 18001 certified. Documented as boolean; the curl examples send an empty value."
    is_9001: bool | FormFlag
    "Indicates if the supplier is ISO 9001 certified. Documented as boolean; the curl examples send an empty value."
    active: bool
    "Indicates if the supplier is active."
    organization: str
    "An associative array with a data property that contains the attributes of the organization linked to this supplier (line 1156)."


class SupplierUpdateFormDict(TypedDict, total=False):
    """``SupplierUpdateForm`` as a dict, in the vendor's field names."""

    is_14001: bool | FormFlag
    "Indicates if the supplier is ISO 14001 certified. Documented as boolean; the curl examples send 1."
    is_18001: bool | FormFlag
    "Indicates if the supplier is ISO 18001 certified. Documented as boolean; the curl examples send 1."
    is_9001: bool | FormFlag
    "Indicates if the supplier is ISO 9001 certified. Documented as boolean; the curl examples send 1."
    custom_num: str
    "New custom supplier number, under the name the curl example uses; the response returns it as custom_no."
    custom_no: str
    "Custom supplier number. Used to identify the supplier between Planiso and another system you use. Under its documented attribute name (line 1230); which of custom_num and custom_no the server reads is"
    active: bool
    "Indicates if the supplier is active."


class UserCreateFormDict(TypedDict, total=False):
    """``UserCreateForm`` as a dict, in the vendor's field names."""

    custom_no: str
    "Unique in silo. Custom user number. It is used to identify the user between Planiso and another system you use. Example: personnel number, contract number, etc."
    fullname: Required[str]
    'Required in Planiso (line 317; a missing full name gives 400, line 387). Documented as "User\'s first name" (see the User schema).'
    username: str
    'Unique in Planiso. Documented as "User\'s last name" (line 416; see the User schema).'
    email: str
    "Unique in Planiso. User's email address."
    phone: str
    "User's phone number."
    phonext: str
    'Documented as `date|null`, "Creation date of the user" (lines 424-425); the curl sends a string (line 457) and the examples return values such as "404" (line 471), not dates (see the User schema).'
    cellphone: str
    "User's cellphone number."
    hired_date: str
    "User's hire date (the response examples show Y-m-d)."
    create_date: str
    "User creation date."
    last_update: str
    "User's last modification date."
    active: bool
    "Indicates if the user is active."


class UserUpdateFormDict(TypedDict, total=False):
    """``UserUpdateForm`` as a dict, in the vendor's field names."""

    custom_no: str
    "Unique in silo. Custom user number. It is used to identify the user between Planiso and another system you use. Example: personnel number, contract number, etc."
    fullname: str
    'Required in Planiso. Documented as "User\'s first name" (line 413; see the User schema).'
    username: str
    'Unique in Planiso. Documented as "User\'s last name" (line 416; see the User schema).'
    email: str
    "Unique in Planiso. User's email address."
    phone: str
    "User's phone number."
    phonext: str
    'Documented as `date|null`, "Creation date of the user" (lines 424-425); the curl sends a string (line 457) and the examples return values such as "404" (line 471), not dates (see the User schema).'
    cellphone: str
    "User's cellphone number."
    hired_date: str
    "User's hire date (the response examples show Y-m-d)."
    create_date: str
    "User creation date."
    last_update: str
    "User's last modification date."
    active: bool
    "Indicates if the user is active."
