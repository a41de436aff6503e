"""Planiso payloads as returned by the server: the `{code, message, data}` envelope and the
resources it carries (users, customers, suppliers, subcontractors, organizations, projects,
equipment, equipment types).

Form-encoded request bodies live in ``models_forms.py``.

Every resource schema accepts what the document's examples show: identifiers documented as
``int`` arrive as strings in lists and as integers after a create, booleans sometimes arrive as
``"1"``, and "date" attributes carry ``Y-m-d H:i:s`` timestamps. Each disagreement is an
``x-quirks`` entry on the field it concerns.
"""

from typing import Annotated, Any, Generic, Literal, TypeVar, get_args, get_origin

from pydantic import BaseModel, Field
from typing_extensions import TypeForm

from generator.describe import Quirk, field_extras, optional, schema_config

# --- shared value types ---------------------------------------------------------------------------

#: An identifier documented as ``int`` that the server may send as a string of digits.
NumericString = Annotated[str, Field(pattern=r"^[0-9]+$")]
#: A calendar date ``Y-m-d`` (the document's "Format: Y-m-d").
YmdDate = Annotated[str, Field(pattern=r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")]
#: A PHP ``Y-m-d H:i:s`` timestamp ("2024-11-20 10:15:30"): not ISO 8601 (space, no zone).
YmdHisTimestamp = Annotated[
    str, Field(pattern=r"^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}$")
]
#: A boolean that the server sometimes sends as the PHP string ``"1"`` (or ``"0"``).
PhpBool = bool | Literal["0", "1"]
#: ``"0"`` appears in no example: say so on every field typed :data:`PhpBool`.
_PHP_FALSE = (
    'the examples show only "1" besides true; "0", the PHP string of false, is accepted too so '
    "that an inactive record does not break a client"
)
#: The four-digit year, as the server sends it ("2023").
YearString = Annotated[str, Field(pattern=r"^[0-9]{4}$")]


def _no_quirk(lines: tuple[int, int] | int, text: str) -> dict[str, Any]:
    return field_extras(quirks=[Quirk(lines=lines, text=text)])


# --- envelope -------------------------------------------------------------------------------------

T = TypeVar("T")

#: ``data`` of a delete response: "An empty array" (lines 537, 926, 1316, 1645, 2078, 2896).
EmptyData = Annotated[list[Any], Field(max_length=0)]
#: ``data`` of an error response: the empty array of lines 219, 660, …, or the "precise
#: information to resolve an error" of line 67 (an object whose shape is not documented).
ErrorData = list[Any] | dict[str, Any]

#: Readable names of the envelope parametrizations whose parameter is not a model.
_ENVELOPE_NAMES: tuple[tuple[Any, str], ...] = (
    (EmptyData, "EmptyEnvelope"),
    (ErrorData, "ErrorEnvelope"),
)


class Envelope(BaseModel, Generic[T]):
    """The standardized response of every Planiso operation, successful or not: the HTTP code,
    a short message and the data (a resource, a list of resources, an empty array, or error
    details)."""

    model_config = schema_config(lines=(57, 80))

    code: int = Field(
        description=(
            "A unique HTTP code corresponding to the request status: an immediate indicator "
            "of the request result, whether it's a success or an error (e.g. 200, 404)."
        ),
        json_schema_extra=field_extras(lines=63),
    )
    message: str = Field(
        description=(
            "A brief explanation of the status, to understand the result of the request "
            "without analysing the API's internal responses. Empty in the list examples (e.g. line "
            "175)."
        ),
        json_schema_extra=field_extras(lines=65),
    )
    data: T = Field(
        description=(
            "Additional information providing context to the response: the created or "
            "requested resource (or list of resources) on success, or precise information to "
            "resolve an error."
        ),
        json_schema_extra=field_extras(lines=67),
    )

    @classmethod
    def model_parametrized_name(cls, params: tuple[TypeForm[Any], ...]) -> str:
        """``Envelope[User]`` → ``UserEnvelope``; ``Envelope[list[User]]`` →
        ``UserListEnvelope``; the delete and error data get ``EmptyEnvelope`` /
        ``ErrorEnvelope``."""
        (param,) = params
        for alias, name in _ENVELOPE_NAMES:
            if param is alias:
                return name
        if get_origin(param) is list:
            (item,) = get_args(param)
            return f"{item.__name__}ListEnvelope"
        return f"{param.__name__}Envelope"


# --- users ----------------------------------------------------------------------------------------


class User(BaseModel):
    """A user/employee contained in your Planiso silo (the attribute list repeated by every
    user operation, lines 121-160)."""

    model_config = schema_config(lines=(121, 160))

    no: int | NumericString = Field(
        description="Unique number in your silo that identifies the user.",
        json_schema_extra=_no_quirk(
            (123, 475),
            "Documented as int (line 123), but the list and find examples send a string "
            '("1", lines 178 and 277) while the create and update examples send an integer '
            "(21, lines 373 and 475).",
        ),
    )
    aff_number: Annotated[str, Field(pattern=r"^PERS-")] = optional(
        description=(
            "Unique in silo. Generated by Planiso. User number automatically generated at "
            'creation by Planiso with prefix "PERS-". It is unique per user. It is used to '
            "identify the user in the application."
        ),
    )
    custom_no: str = optional(
        description=(
            "Unique in silo. Custom user number. It is used to identify the user between "
            "Planiso and another system you use. Example: personnel number, contract number, "
            "etc. An empty string when not set (line 180)."
        ),
    )
    fullname: str = optional(
        description=(
            'Required in Planiso. Documented as "User\'s first name"; the examples carry the '
            'full name ("John Doe").'
        ),
        json_schema_extra=field_extras(
            quirks=[
                Quirk(
                    lines=(132, 183),
                    text=(
                        'Described as "User\'s first name" (line 133), but the examples send '
                        'the full name ("John Doe", line 183): the descriptions of fullname '
                        "and username look swapped or wrong."
                    ),
                )
            ]
        ),
    )
    username: str = optional(
        description=(
            'Unique in Planiso. Documented as "User\'s last name"; the examples carry a login '
            'name ("jdoe").'
        ),
        json_schema_extra=field_extras(
            quirks=[
                Quirk(
                    lines=(135, 182),
                    text=(
                        'Described as "User\'s last name" (line 136) although it is unique '
                        'in Planiso, and the examples send a login name ("jdoe", line 182): '
                        "the descriptions of fullname and username look swapped or wrong."
                    ),
                )
            ]
        ),
    )
    email: str = optional(description="Unique in Planiso. User's email address.")
    phone: str | None = optional(description="User's phone number.")
    phonext: str | None = optional(
        description=(
            'Documented as `date|null`, "Creation date of the user" (lines 144-145); the '
            'examples send values such as "101" (line 186), not dates.'
        ),
        json_schema_extra=field_extras(
            quirks=[
                Quirk(
                    lines=(144, 186),
                    text=(
                        'Typed date|null and described as "Creation date of the user" '
                        "(lines 144-145), but the examples send short numbers, not dates: "
                        '"101", "203", "303" (lines 186, 201, 380); the create form sends '
                        '"phonext=string" (line 362).'
                    ),
                )
            ]
        ),
    )
    cellphone: str | None = optional(description="User's cellphone number.")
    hired_date: YmdDate | None = optional(description="User's hire date (Y-m-d, e.g. 2023-06-01).")
    create_date: YmdHisTimestamp = optional(
        description="User creation date, as `Y-m-d H:i:s` (e.g. 2024-11-20 10:15:30).",
        json_schema_extra=field_extras(
            quirks=[
                Quirk(
                    lines=(153, 189),
                    text=(
                        'Typed "date" (line 153), but the examples send a date and a time '
                        'separated by a space ("2024-11-20 10:15:30", line 189): not ISO '
                        "8601, so it is a patterned string, not format date or date-time."
                    ),
                )
            ]
        ),
    )
    last_update: YmdHisTimestamp = optional(
        description="User's last modification date, as `Y-m-d H:i:s`.",
        json_schema_extra=field_extras(
            quirks=[
                Quirk(
                    lines=(156, 190),
                    text=(
                        'Typed "date" (line 156), but the examples send "2024-11-22 '
                        '15:00:00" (line 190) and "2024-11-23 19:36:53" (line 474): not '
                        "ISO 8601."
                    ),
                )
            ]
        ),
    )
    active: bool = optional(description="Indicates if the user is active.")


# --- organizations --------------------------------------------------------------------------------

_ORG_UNLISTED = (
    "Not in the organization attribute list (lines 1689-1722), but present in every "
    "organization example (e.g. line {line})."
)


class Organization(BaseModel):
    """An organization (stakeholder) of your Planiso silo: a customer, supplier or
    subcontractor is linked to one. Also the `organization` object nested in customers,
    suppliers and subcontractors."""

    model_config = schema_config(
        lines=(1689, 1722),
        quirks=[
            Quirk(
                lines=(1697, 1750),
                text=(
                    "The attribute list omits province, toll_free, phone_extension and fax, "
                    "which every organization example carries (e.g. lines 1745-1750); the "
                    "create/update curls send the last three (lines 1902-1904)."
                ),
            ),
            Quirk(
                lines=(711, 1102),
                text=(
                    'One organization number for two names: no "25" (PART-025) is "Test '
                    'Customer Inc." in the customer found (lines 711-713) and "Test Supplier '
                    'Inc." in the supplier found (lines 1100-1102).'
                ),
            ),
        ],
    )

    no: int | NumericString = Field(
        description="Unique number in your silo that identifies the organization.",
        json_schema_extra=_no_quirk(
            (1691, 1913),
            'Documented as int (line 1691), but the examples send strings ("36", line 1740; '
            '"37" after a create, line 1913) and, nested in a created customer, an integer '
            "(66, line 802).",
        ),
    )
    aff_number: Annotated[str, Field(pattern=r"^PART-")] = optional(
        description=(
            'Organization number automatically generated at creation by Planiso with prefix "PART-". '
            "Used to identify the organization in the application."
        ),
    )
    name: str = optional(
        description="Unique in silo. Required to create an organization in Planiso. Organization name.",
        json_schema_extra=field_extras(
            quirks=[
                Quirk(
                    lines=(1190, 1541),
                    text=(
                        'The name is "Unique in silo" (line 1697), yet "Tech Solutions Inc." '
                        'names three organizations: no "40" (PART-040, lines 1188-1190), no "1" '
                        '(PART-001, lines 1399-1401) and no "39" (PART-039, lines 1539-1541).'
                    ),
                )
            ]
        ),
    )
    adress: str = optional(
        description=(
            "Required to create an organization in Planiso. Physical address of the "
            "organization (street number, street name, etc.). Documented as `address`; the "
            "server sends `adress`."
        ),
        json_schema_extra=field_extras(
            quirks=[
                Quirk(
                    lines=(1700, 1743),
                    text=(
                        "Documented as `address` (line 1700) and sent as `address` by the "
                        "organization forms (line 1897), but every response spells it "
                        "`adress` (lines 634, 1743, 1823, 1915, …) and the customer create "
                        "form sends `organization_adress` (line 781)."
                    ),
                )
            ]
        ),
    )
    city: str | None = optional(description="City where the organization is located.")
    country: str | None = optional(description="Country where the organization is located.")
    postal_code: str | None = optional(description="Organization's postal code.")
    phone: str | None = optional(description="Organization's phone number.")
    email: str | None = optional(description="Organization's email address.")
    website: str | None = optional(description="Organization's website.")
    active: PhpBool = optional(
        description="Indicates if the organization is active.",
        json_schema_extra=field_extras(
            inferred=_PHP_FALSE,
            quirks=[
                Quirk(
                    lines=1553,
                    text=(
                        "Documented as boolean (line 1721), but the organization nested in "
                        'the created subcontractor is "active": "1" (line 1553).'
                    ),
                )
            ],
        ),
    )
    province: str = optional(
        description='Not in the attribute list; the examples carry it (e.g. "QC", line 1745).',
        json_schema_extra=field_extras(
            inferred=_ORG_UNLISTED.format(line=1745),
            quirks=[
                Quirk(
                    lines=(636, 1025),
                    text=(
                        'The examples print "ÃŽle-de-France" (lines 636 and 1025): '
                        '"Île-de-France" encoded as UTF-8 and decoded as Windows-1252.'
                    ),
                ),
                Quirk(
                    lines=1917,
                    text=(
                        'The created organization has "province": "QC" (line 1917) although '
                        "the create request sends no province (lines 1896-1906)."
                    ),
                ),
            ],
        ),
    )
    toll_free: str = optional(
        description=(
            'Not in the attribute list; the examples carry it (e.g. "800-555-1234", line '
            '1748; "", line 639).'
        ),
        json_schema_extra=field_extras(inferred=_ORG_UNLISTED.format(line=1748)),
    )
    phone_extension: str = optional(
        description=(
            'Not in the attribute list; the examples carry it (e.g. "101", line 1749; "", '
            "line 640)."
        ),
        json_schema_extra=field_extras(inferred=_ORG_UNLISTED.format(line=1749)),
    )
    fax: str = optional(
        description=(
            'Not in the attribute list; the examples carry it (e.g. "418-123-9876", line '
            '1750; "", line 641).'
        ),
        json_schema_extra=field_extras(inferred=_ORG_UNLISTED.format(line=1750)),
    )


_ORGANIZATION_ARRAY_QUIRK = (
    "Typed `array` and described as an associative array with a data property (line {line}), "
    "but the examples send the organization object itself, without a data property "
    "(lines {example})."
)

# --- customers ------------------------------------------------------------------------------------


class Customer(BaseModel):
    """A customer of your Planiso silo, linked to an organization (lines 581-605)."""

    model_config = schema_config(lines=(581, 605))

    no: int | NumericString = Field(
        description="Unique number in your silo that identifies the customer.",
        json_schema_extra=_no_quirk(
            (583, 797),
            'Documented as int (line 583), but the list and find examples send strings ("22", '
            "line 623) while the create example sends an integer (10, line 797).",
        ),
    )
    aff_number: Annotated[str, Field(pattern=r"^CUST-")] = optional(
        description=(
            'Customer number automatically generated at creation by Planiso with prefix "CUST-". '
            "It is used to identify the customer in the application."
        ),
        json_schema_extra=field_extras(
            quirks=[
                Quirk(
                    lines=(624, 798),
                    text=(
                        'The number after the prefix is unpadded in the list ("CUST-22", line '
                        '624) and zero-padded after a create ("CUST-010", line 798).'
                    ),
                )
            ]
        ),
    )
    custom_no: str = optional(
        description=(
            "Custom customer number. Used to identify the customer between Planiso and another "
            "system you use."
        ),
    )
    is_14001: bool = optional(description="Indicates if the customer is ISO 14001 certified.")
    is_18001: bool = optional(description="Indicates if the customer is ISO 18001 certified.")
    is_9001: bool = optional(description="Indicates if the customer is ISO 9001 certified.")
    active: bool = optional(description="Indicates if the customer is active.")
    organization: Organization = optional(
        description="The attributes of the organization linked to this customer.",
        json_schema_extra=field_extras(
            quirks=[
                Quirk(
                    lines=(604, 646),
                    text=_ORGANIZATION_ARRAY_QUIRK.format(line="604-605", example="630-646"),
                )
            ]
        ),
    )


# --- suppliers ------------------------------------------------------------------------------------


class Supplier(BaseModel):
    """A supplier of your Planiso silo, linked to an organization (lines 970-994)."""

    model_config = schema_config(lines=(970, 994))

    no: int | NumericString = Field(
        description="Unique number in your silo that identifies the supplier.",
        json_schema_extra=_no_quirk(
            (972, 1271),
            "Documented as int (line 972), but the list, find and create examples send strings "
            '("22", line 1012; "23", line 1180) while the update example sends an integer '
            "(23, line 1271).",
        ),
    )
    aff_number: Annotated[str, Field(pattern=r"^SUPP-")] = optional(
        description=(
            'Supplier number automatically generated at creation by Planiso with prefix "SUPP-". '
            "Used to identify the supplier in the application."
        ),
    )
    custom_no: str = optional(
        description=(
            "Custom supplier number. Used to identify the supplier between Planiso and another "
            "system you use."
        ),
    )
    is_14001: bool = optional(description="Indicates if the supplier is ISO 14001 certified.")
    is_18001: bool = optional(description="Indicates if the supplier is ISO 18001 certified.")
    is_9001: bool = optional(description="Indicates if the supplier is ISO 9001 certified.")
    active: bool = optional(description="Indicates if the supplier is active.")
    organization: Organization = optional(
        description="An associative array containing the attributes of the organization linked "
        "to this supplier.",
        json_schema_extra=field_extras(
            quirks=[
                Quirk(
                    lines=(993, 1035),
                    text=(
                        "Typed `array` (line 993), described as an associative array (line "
                        "994) or as one with a data property (line 1156), but the examples "
                        "send the organization object itself, without a data property (lines "
                        "1019-1035)."
                    ),
                ),
                Quirk(
                    lines=1075,
                    text=(
                        'In Find a supplier the attribute is described as "the attributes '
                        'about the supplier corresponding to the provided {no}" (line 1075), '
                        "a copy of the Returns text (line 1079)."
                    ),
                ),
            ]
        ),
    )


# --- subcontractors -------------------------------------------------------------------------------


class Subcontractor(BaseModel):
    """A subcontractor of your Planiso silo, linked to an organization (lines 1360-1375)."""

    model_config = schema_config(lines=(1360, 1375))

    no: int | NumericString = Field(
        description="Unique number in your silo that identifies the subcontractor.",
        json_schema_extra=_no_quirk(
            (1362, 1607),
            'Documented as int (line 1362), but the list and find examples send strings ("1", '
            "lines 1393 and 1462) while the create and update examples send integers (7 and "
            "20, lines 1535 and 1607).",
        ),
    )
    aff_number: Annotated[str, Field(pattern=r"^ST-")] = optional(
        description=(
            'Subcontractor number automatically generated at creation by Planiso with prefix "ST-". '
            "It is used to identify the subcontractor in the application."
        ),
    )
    custom_no: str | None = optional(
        description=(
            "Custom subcontractor number. Used to identify the subcontractor between Planiso "
            "and another system you use."
        ),
    )
    active: bool = optional(description="Indicates if the subcontractor is active.")
    organization: Organization = optional(
        description="The attributes of the organization linked to this subcontractor.",
        json_schema_extra=field_extras(
            quirks=[
                Quirk(
                    lines=(1374, 1414),
                    text=_ORGANIZATION_ARRAY_QUIRK.format(line="1374-1375", example="1398-1414"),
                ),
                Quirk(
                    lines=1445,
                    text=(
                        'In Find a subcontractor the attribute is described as "the attributes '
                        'about the subcontractor corresponding to the provided {no}" (line '
                        "1445), a copy of the Returns text (line 1449)."
                    ),
                ),
            ]
        ),
    )
    date_added: YmdHisTimestamp = optional(
        description=(
            "Not in the attribute list; the list example carries a `Y-m-d H:i:s` timestamp "
            '("2024-11-26 10:00:00", line 1397).'
        ),
        json_schema_extra=field_extras(
            inferred="not in the attribute list; the list example sends it (line 1397)",
            quirks=[
                Quirk(
                    lines=1397,
                    text=(
                        'The list example carries date_added ("2024-11-26 10:00:00"), which '
                        "the attribute list (lines 1360-1375) does not document and the find "
                        "example (lines 1458-1484) does not carry."
                    ),
                )
            ],
        ),
    )


# --- projects -------------------------------------------------------------------------------------


class Project(BaseModel):
    """A project of your Planiso silo (lines 2122-2146)."""

    model_config = schema_config(lines=(2122, 2146))

    no: int | NumericString = Field(
        description="Unique number in your silo that identifies the project.",
        json_schema_extra=_no_quirk(
            (2124, 2417),
            'Documented as int (line 2124), but the list and find examples send strings ("1", '
            "line 2164) while the create and update examples send integers (37 and 8, lines "
            "2338 and 2417).",
        ),
    )
    aff_number: Annotated[str, Field(pattern=r"^PROJ-")] = optional(
        description=(
            'Project number automatically generated at creation by Planiso with prefix "PROJ-". '
            "It is unique per project. Used to identify the project in the application."
        ),
    )
    custom_no: str | None = optional(
        description=(
            "Custom project number. Used to identify the project between Planiso and another "
            "system you use."
        ),
    )
    name: str = optional(description="Required to create a project in Planiso. Project name.")
    location: str | None = optional(description="Project location.")
    start_date: YmdDate | None = optional(description="Project start date. Format: Y-m-d.")
    end_date: YmdDate | None = optional(description="Project end date. Format: Y-m-d.")
    active: bool = optional(description="Indicates if the project is active.")
    last_update: YmdHisTimestamp = optional(
        description=(
            "Not in the attribute list; the update example returns a `Y-m-d H:i:s` timestamp "
            '("2024-11-26 17:43:27", line 2416).'
        ),
        json_schema_extra=field_extras(
            inferred="not in the attribute list; the update example sends it (line 2416)",
            quirks=[
                Quirk(
                    lines=2416,
                    text=(
                        'The update example returns "last_update": "2024-11-26 17:43:27", '
                        "which the project attribute list (lines 2122-2146) does not document."
                    ),
                )
            ],
        ),
    )


# --- equipment types ------------------------------------------------------------------------------


class EquipmentType(BaseModel):
    """An equipment type of your Planiso silo (lines 2932-2941); also the items of an
    equipment's `type` array (line 2543: "no, type_name, active")."""

    model_config = schema_config(lines=(2932, 2941))

    no: int | NumericString = Field(
        description="Unique equipment type number in your silo. Equipment type identifier.",
        json_schema_extra=_no_quirk(
            (2934, 2959),
            'Documented as int (line 2934), but every example sends a string ("2", lines 2575 '
            "and 2959).",
        ),
    )
    type_name: str = optional(
        description="The name of the equipment type. Example: Van, Furniture, etc.",
    )
    active: PhpBool = optional(
        description="Indicates if the equipment type is active.",
        json_schema_extra=field_extras(
            inferred=_PHP_FALSE,
            quirks=[
                Quirk(
                    lines=(2940, 2961),
                    text=(
                        'Documented as boolean (line 2940); the equipment type list sends "1" '
                        "(lines 2961, 2966) while the equipment examples send true (line 2574)."
                    ),
                )
            ],
        ),
    )


# --- equipment ------------------------------------------------------------------------------------


class Equipment(BaseModel):
    """A piece of equipment of your Planiso silo, linked to equipment types
    (lines 2510-2543)."""

    model_config = schema_config(lines=(2510, 2543))

    no: int | NumericString = Field(
        description="Unique equipment number in your silo. Equipment identifier.",
        json_schema_extra=_no_quirk(
            (2512, 2840),
            'Documented as int (line 2512), but the list and find examples send strings ("2", '
            "line 2561) while the create and update examples send integers (32, lines 2753 "
            "and 2840).",
        ),
    )
    aff_number: Annotated[str, Field(pattern=r"^EQ-")] = optional(
        description=(
            "Unique in silo. Generated by Planiso. Equipment number automatically generated at "
            'creation by Planiso with prefix "EQ-". It is unique per equipment in your silo. '
            "Used to identify equipment in the application."
        ),
    )
    num_equip: str = optional(
        description="Required to create equipment in Planiso. Custom equipment number or identifier.",
    )
    year: Annotated[int, Field(gt=1900)] | YearString | None = optional(
        description=(
            "Year of manufacture of the equipment. Must be greater than 1900 and less than or "
            "equal to the current year."
        ),
        json_schema_extra=field_extras(
            quirks=[
                Quirk(
                    lines=(2521, 2564),
                    text=(
                        "Documented as int|null (line 2521), but every example sends a string "
                        '("2023", line 2564; "2024", line 2756).'
                    ),
                )
            ]
        ),
    )
    brand: str = optional(description="Required to create equipment in Planiso. Equipment brand.")
    nummodel: str | None = optional(description="Equipment model number.")
    numserial: str | None = optional(description="Equipment serial number.")
    purchase_date: YmdDate | None = optional(
        description="Equipment purchase date. Date format accepted by the API is Y-m-d.",
    )
    purchase_seller: str | None = optional(
        description="Represents the seller from whom the equipment was purchased."
    )
    active: bool = optional(description="Indicates if the equipment is active.")
    type: list[EquipmentType] = optional(
        description=(
            "Array of equipment types linked to this equipment containing the following "
            "attributes: no, type_name, active."
        ),
    )
