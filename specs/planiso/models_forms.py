"""Planiso request bodies: flat `application/x-www-form-urlencoded` forms, as the curl examples
send them (`-d "field=value"`).

Each form lists exactly the fields its curl example sends (the user examples print type
placeholders such as `fullname=string`, the others sample values); the forms are open
(`extra="allow"`), so other attributes of the operation's list can still be sent. Fields the
document calls required ("Required in Planiso", "Required to create …") are required on the
create forms only.
"""

from typing import Annotated, Literal

from pydantic import BaseModel, Field

from generator.describe import Quirk, field_extras, optional, schema_config
from specs.planiso.models import YmdDate

#: A boolean form value as the curl examples send it: `1`, or an empty value.
FormBool = bool | Literal["1", ""]

# --- users ----------------------------------------------------------------------------------------


class UserUpdateForm(BaseModel):
    """Fields of `PUT /v1/user/{no}` (curl at lines 449-460; the values are type
    placeholders)."""

    model_config = schema_config(lines=(449, 460))

    custom_no: str = optional(
        description=(
            "Unique in silo. Custom user number, used to identify the user between Planiso and "
            "another system you use (personnel number, contract number, etc.)."
        ),
    )
    fullname: str = optional(
        description='Documented as "User\'s first name" (see the User schema).'
    )
    username: str = optional(
        description='Unique in Planiso. Documented as "User\'s last name" (see the User schema).',
    )
    email: str = optional(description="Unique in Planiso. User's email address.")
    phone: str = optional(description="User's phone number.")
    phonext: str = optional(
        description="User's phone extension (the attribute list types it as a date, see User).",
    )
    cellphone: str = optional(description="User's cellphone number.")
    hired_date: str = optional(description="User's hire date (the response examples show Y-m-d).")
    create_date: str = optional(
        description="User creation date.",
        json_schema_extra=field_extras(
            quirks=[
                Quirk(
                    lines=(452, 460),
                    text=(
                        "The update request sends create_date (line 460) but neither "
                        "last_update nor active, which the create request sends (lines "
                        "366-367); the response then carries last_update (line 474)."
                    ),
                )
            ]
        ),
    )


class UserCreateForm(UserUpdateForm):
    """Fields of `POST /v1/user` (curl at lines 354-367; the values are type placeholders).
    No password can be set through the API (line 304)."""

    model_config = schema_config(
        lines=(354, 367),
        quirks=[
            Quirk(
                lines=(357, 367),
                text=(
                    'The curl example prints type placeholders ("fullname=string", '
                    '"active=boolean") instead of values, and sends phonext as a string '
                    "although the attribute list types it as a date (line 329)."
                ),
            )
        ],
    )

    fullname: str = Field(
        description=(
            "Required in Planiso (a missing full name gives 400, line 387). Documented as "
            '"User\'s first name" (see the User schema).'
        )
    )
    create_date: str = optional(description="User creation date.")
    last_update: str = optional(
        description="User's last modification date.",
        json_schema_extra=field_extras(
            quirks=[
                Quirk(
                    lines=(365, 366),
                    text=(
                        "The create request sends create_date and last_update (lines 365-366), "
                        "timestamps the attribute list describes as the user's creation and "
                        "modification dates."
                    ),
                )
            ]
        ),
    )
    active: bool = optional(description="Indicates if the user is active.")


# --- customers ------------------------------------------------------------------------------------

_ORG_FIELD = "Of the organization created with and linked to the customer: {what}."


class CustomerCreateForm(BaseModel):
    """Fields of `POST /v1/customer` (curl at lines 776-791): the customer's custom number and
    the organization created with it, as flat `organization_*` fields."""

    model_config = schema_config(
        lines=(776, 791),
        quirks=[
            Quirk(
                lines=(780, 791),
                text=(
                    "The request sends organization_* fields (lines 780-791) that the "
                    "customer attribute list (lines 743-767) does not document: it lists only "
                    "`organization`, an array; and it spells organization_adress (line 781) "
                    "where the organization form spells address (line 1897)."
                ),
            )
        ],
    )

    custom_no: str = optional(
        description=(
            "Custom customer number. Used to identify the customer between Planiso and another "
            "system you use."
        ),
    )
    organization_name: str = Field(
        description=_ORG_FIELD.format(what="name, unique in silo (409 when it exists, line 828)"),
        json_schema_extra=field_extras(
            inferred=(
                "required because an organization's name is required to create it (line 1697)"
            )
        ),
    )
    organization_adress: str = Field(
        description=_ORG_FIELD.format(what="physical address (spelled `adress`)"),
        json_schema_extra=field_extras(
            inferred=(
                "required because an organization's address is required to create it (line 1700)"
            )
        ),
    )
    organization_city: str = optional(description=_ORG_FIELD.format(what="city"))
    organization_province: str = optional(description=_ORG_FIELD.format(what="province"))
    organization_country: str = optional(description=_ORG_FIELD.format(what="country"))
    organization_phone: str = optional(description=_ORG_FIELD.format(what="phone number"))
    organization_toll_free: str = optional(
        description=_ORG_FIELD.format(what="toll-free phone number")
    )
    organization_phone_extension: str = optional(
        description=_ORG_FIELD.format(what="phone extension")
    )
    organization_fax: str = optional(description=_ORG_FIELD.format(what="fax number"))
    organization_postal_code: str = optional(description=_ORG_FIELD.format(what="postal code"))
    organization_email: str = optional(description=_ORG_FIELD.format(what="email address"))
    organization_website: str = optional(description=_ORG_FIELD.format(what="website"))


class CustomerUpdateForm(BaseModel):
    """Fields of `PUT /v1/customer/{no}` (curl at lines 869-872). The linked organization is
    changed with Update an organization (line 834)."""

    model_config = schema_config(lines=(869, 872))

    custom_no: str = optional(
        description=(
            "Custom customer number. Used to identify the customer between Planiso and another "
            "system you use (409 when it already exists, line 890)."
        ),
    )


# --- suppliers and subcontractors -----------------------------------------------------------------

_PHP_WARNING = (
    'The curl example prints a PHP warning instead of the organization value: "organization=" '
    'then "Warning: Array to string conversion in /var/www/html/public/docs/index.php on line '
    '416" then "Array" (lines {lines}). How the organization is to be sent is not shown.'
)
_ORG_INFERRED = (
    "the document prints a PHP warning instead of the value; typed as a string because a form "
    "field is flat"
)


def _iso_flag(standard: str, sent: str) -> str:
    return (
        f"Indicates if the supplier is ISO {standard} certified. Documented as boolean; the curl "
        f"examples send {sent}."
    )


class SupplierCreateForm(BaseModel):
    """Fields of `POST /v1/supplier` (curl at lines 1165-1174)."""

    model_config = schema_config(
        lines=(1165, 1174),
        quirks=[
            Quirk(
                lines=(1169, 1171),
                text=(
                    'The ISO flags are sent empty ("is_14001=", lines 1169-1171) although '
                    "documented as booleans; the update example sends 1 (lines 1258-1260)."
                ),
            )
        ],
    )

    custom_no: str = optional(
        description=(
            "Custom supplier number. Used to identify the supplier between Planiso and another "
            "system you use (409 when it already exists, line 1214)."
        ),
    )
    is_14001: FormBool = optional(description=_iso_flag("14001", "an empty value"))
    is_18001: FormBool = optional(description=_iso_flag("18001", "an empty value"))
    is_9001: FormBool = optional(description=_iso_flag("9001", "an empty value"))
    organization: str = optional(
        description="The organization linked to this supplier.",
        json_schema_extra=field_extras(
            inferred=_ORG_INFERRED,
            quirks=[Quirk(lines=(1172, 1174), text=_PHP_WARNING.format(lines="1172-1174"))],
        ),
    )


class SupplierUpdateForm(BaseModel):
    """Fields of `PUT /v1/supplier/{no}` (curl at lines 1255-1261). The linked organization is
    changed with Update an organization (line 1220)."""

    model_config = schema_config(lines=(1255, 1261))

    is_14001: FormBool = optional(description=_iso_flag("14001", "1"))
    is_18001: FormBool = optional(description=_iso_flag("18001", "1"))
    is_9001: FormBool = optional(description=_iso_flag("9001", "1"))
    custom_num: str = optional(
        description=(
            "New custom supplier number, under the name the curl example uses; the response "
            "returns it as custom_no."
        ),
        json_schema_extra=field_extras(
            quirks=[
                Quirk(
                    lines=(1261, 1267),
                    text=(
                        'The request sends "custom_num=supplier-edit-011" (line 1261), but the '
                        "attribute is custom_no (line 1230) and the response returns "
                        '"custom_no": "supplier-edit-011" (line 1267).'
                    ),
                )
            ]
        ),
    )
    custom_no: str = optional(
        description=(
            "Custom supplier number, under its documented attribute name (line 1230). Which of "
            "custom_num and custom_no the server reads is not documented."
        ),
        json_schema_extra=field_extras(
            inferred="the documented attribute name; the curl example sends custom_num instead"
        ),
    )


class SubcontractorCreateForm(BaseModel):
    """Fields of `POST /v1/subcontractor` (curl at lines 1523-1529)."""

    model_config = schema_config(lines=(1523, 1529))

    custom_no: str = optional(
        description=(
            "Custom subcontractor number. Used to identify the subcontractor between Planiso "
            "and another system you use (409 when it already exists, line 1565)."
        ),
    )
    organization: str = optional(
        description="The organization linked to this subcontractor.",
        json_schema_extra=field_extras(
            inferred=_ORG_INFERRED,
            quirks=[Quirk(lines=(1527, 1529), text=_PHP_WARNING.format(lines="1527-1529"))],
        ),
    )


class SubcontractorUpdateForm(BaseModel):
    """Fields of `PUT /v1/subcontractor/{no}` (curl at lines 1597-1600). The linked
    organization is changed with Update an organization (line 1571)."""

    model_config = schema_config(lines=(1597, 1600))

    custom_no: str = optional(
        description=(
            "Custom subcontractor number. Used to identify the subcontractor between Planiso "
            "and another system you use (409 when it already exists, line 1618)."
        ),
    )


# --- organizations --------------------------------------------------------------------------------

_ORG_UNLISTED_FORM = "not in the organization attribute list (lines 1689-1722); the curl sends it"


class OrganizationUpdateForm(BaseModel):
    """Fields of `PUT /v1/organization/{no}` (curl at lines 1987-2000)."""

    model_config = schema_config(lines=(1987, 2000))

    name: str = optional(
        description="Organization name. Unique in silo (409 when it exists, line 2033).",
    )
    address: str = optional(
        description=(
            "Physical address of the organization (street number, street name, etc.). Sent as "
            "`address`; responses spell it `adress`."
        ),
    )
    city: str = optional(description="City where the organization is located.")
    country: str = optional(description="Country where the organization is located.")
    postal_code: str = optional(description="Organization's postal code.")
    phone: str = optional(description="Organization's phone number.")
    phone_extension: str = optional(
        description="Extension of the organization's phone number.",
        json_schema_extra=field_extras(inferred=_ORG_UNLISTED_FORM),
    )
    fax: str = optional(
        description="Organization's fax number.",
        json_schema_extra=field_extras(inferred=_ORG_UNLISTED_FORM),
    )
    toll_free: str = optional(
        description="Organization's toll-free phone number.",
        json_schema_extra=field_extras(inferred=_ORG_UNLISTED_FORM),
    )
    email: str = optional(description="Organization's email address.")
    website: str = optional(description="Organization's website.")


class OrganizationCreateForm(OrganizationUpdateForm):
    """Fields of `POST /v1/organization` (curl at lines 1893-1906)."""

    model_config = schema_config(lines=(1893, 1906))

    name: str = Field(
        description=(
            "Organization name. Unique in silo (409 when it exists, line 1937). Required to "
            "create an organization in Planiso."
        )
    )
    address: str = Field(
        description=(
            "Physical address of the organization (street number, street name, etc.). "
            "Required to create an organization in Planiso. Sent as `address`; responses spell "
            "it `adress`."
        )
    )


# --- projects -------------------------------------------------------------------------------------


class ProjectUpdateForm(BaseModel):
    """Fields of `PUT /v1/project/{no}` (curl at lines 2397-2404)."""

    model_config = schema_config(lines=(2397, 2404))

    custom_no: str = optional(
        description=(
            "Custom project number. Used to identify the project between Planiso and another "
            "system you use (409 when it already exists)."
        ),
    )
    name: str = optional(description="Project name.")
    location: str = optional(description="Project location.")
    start_date: YmdDate = optional(description="Project start date. Format: Y-m-d.")
    end_date: YmdDate = optional(description="Project end date. Format: Y-m-d.")


class ProjectCreateForm(ProjectUpdateForm):
    """Fields of `POST /v1/project` (curl at lines 2325-2332)."""

    model_config = schema_config(lines=(2325, 2332))

    name: str = Field(
        description=(
            "Project name. Required to create a project in Planiso (an empty name gives 400, "
            "line 2350)."
        )
    )


# --- equipment ------------------------------------------------------------------------------------


class EquipmentCreateForm(BaseModel):
    """Fields of `POST /v1/equipment` (curl at lines 2737-2747). One or more equipment types
    can be associated (line 2693); see List equipment types."""

    model_config = schema_config(lines=(2737, 2747))

    num_equip: str = Field(
        description=(
            "Custom equipment number or identifier. Required to create equipment in Planiso "
            "(409 when it exists, line 2780)."
        )
    )
    year: Annotated[int, Field(gt=1900)] = optional(
        description=(
            "Year of manufacture of the equipment. Must be greater than 1900 and less than or "
            "equal to the current year."
        ),
    )
    brand: str = Field(description="Equipment brand. Required to create equipment in Planiso.")
    nummodel: str = optional(description="Equipment model number.")
    numserial: str = optional(description="Equipment serial number.")
    purchase_date: YmdDate = optional(
        description="Equipment purchase date. Date format accepted by the API is Y-m-d."
    )
    purchase_seller: str = optional(
        description="Represents the seller from whom the equipment was purchased."
    )
    type_nos: str = optional(
        description=(
            "Numbers of the equipment types to link to the equipment, written as a bracketed "
            'list as in the curl example ("[3]").'
        ),
        json_schema_extra=field_extras(
            inferred="only the curl example shows it; its format is taken from that example",
            quirks=[
                Quirk(
                    lines=2747,
                    text=(
                        'The request sends "type_nos=[3]": a field the attribute list does not '
                        "document (it lists `type`, an array of equipment types, line 2727), "
                        "whose value is a JSON-like list inside a form field."
                    ),
                )
            ],
        ),
    )


class EquipmentUpdateForm(BaseModel):
    """Fields of `PUT /v1/equipment/{no}` (curl at lines 2830-2833). Equipment types cannot be
    changed by this method (line 2786)."""

    model_config = schema_config(lines=(2830, 2833))

    num_equip: str = optional(
        description=(
            "Custom equipment number or identifier (409 when it already exists, line 2851)."
        ),
    )
