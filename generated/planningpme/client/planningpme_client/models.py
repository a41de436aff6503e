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

from enum import StrEnum
from pydantic import AwareDatetime, BaseModel, ConfigDict, Field
from typing import Annotated


class Access(StrEnum):
    """
    Values of the `Access` enumeration of `GET /api/config` (v4.7.0.28).
    """

    ALL = "All"
    READ = "Read"
    WRITE = "Write"


class BillingType(StrEnum):
    """
    Values of the `BillingType` enumeration of `GET /api/config` (v4.7.0.28).
    """

    PACKAGE = "Package"
    UNIT = "Unit"


class ColorDepending(StrEnum):
    """
    Values of the `ColorDepending` enumeration of `GET /api/config` (v4.7.0.28).
    """

    LABEL = "Label"
    CATEGORY = "Category"
    CUSTOMER = "Customer"
    TIME = "Time"
    PROJECT = "Project"


class ConfigType(StrEnum):
    """
    Values of the `ConfigType` enumeration of `GET /api/config` (v4.7.0.28).
    """

    EXPORT_TEMPLATES = "ExportTemplates"
    TIME_RESTRICTED_VIEW = "TimeRestrictedView"
    FILTERINGS = "Filterings"
    LANGUAGE = "Language"
    DATE_TIME_FORMAT = "DateTimeFormat"
    GCSYNC = "GCSync"
    EFFECT_TEMPLATES = "EffectTemplates"
    SYNC_RESOURCE = "SyncResource"
    PRINT_TEMPLATES = "PrintTemplates"
    DO_SEARCH = "DoSearch"
    SWITCH_LABEL = "SwitchLabel"
    OAUTH_CLIENTS = "OAuthClients"
    BUTTONED = "Buttoned"


class ConstraintAction(StrEnum):
    """
    Values of the `ConstraintAction` enumeration of `GET /api/config` (v4.7.0.28).
    """

    NO_TASK_BEFORE_NB_HOURS = "NoTaskBeforeNbHours"
    NO_TASK_BEFORE_NB_DAYS = "NoTaskBeforeNbDays"
    NO_TASK_SAME_PERIOD = "NoTaskSamePeriod"
    NB_MAX_HOURS = "NbMaxHours"
    NB_MAX = "NbMax"
    DURATION_MAX_HOURS = "DurationMaxHours"
    DURATION_MAX_DAYS = "DurationMaxDays"


class ConstraintFor(StrEnum):
    """
    Values of the `ConstraintFor` enumeration of `GET /api/config` (v4.7.0.28).
    """

    ALL = "All"
    RESOURCES = "Resources"
    DEPARTMENTS = "Departments"


class ConstraintIf(StrEnum):
    """
    Values of the `ConstraintIf` enumeration of `GET /api/config` (v4.7.0.28).
    """

    NOTHING = "Nothing"
    NB = "Nb"
    NB_HOURS = "NbHours"
    BEGIN = "Begin"
    END = "End"


class ConstraintOp(StrEnum):
    """
    Values of the `ConstraintOp` enumeration of `GET /api/config` (v4.7.0.28).
    """

    NOTHING = "Nothing"
    EQUAL = "Equal"
    INF = "Inf"
    INF_EQUAL = "InfEqual"
    SUP = "Sup"
    SUP_EQUAL = "SupEqual"
    BEFORE = "Before"
    AFTER = "After"


class ConstraintType(StrEnum):
    """
    Values of the `ConstraintType` enumeration of `GET /api/config` (v4.7.0.28).
    """

    TASK = "Task"
    UNAVAILABILITY = "Unavailability"


class ConstraintWhat(StrEnum):
    """
    Values of the `ConstraintWhat` enumeration of `GET /api/config` (v4.7.0.28).
    """

    LABEL_ALL = "LabelAll"
    LABEL_EXACT = "LabelExact"
    LABEL_BEGIN = "LabelBegin"


class ConstraintWhen(StrEnum):
    """
    Values of the `ConstraintWhen` enumeration of `GET /api/config` (v4.7.0.28).
    """

    NOTHING = "Nothing"
    DAY = "Day"
    WEEK = "Week"
    MONTH = "Month"
    YEAR = "Year"


class CountHolidays(StrEnum):
    """
    Values of the `CountHolidays` enumeration of `GET /api/config` (v4.7.0.28).
    """

    FIVE = "Five"
    SIX = "Six"


class CurrencyCode(StrEnum):
    """
    Values of the `CurrencyCode` enumeration of `GET /api/config` (v4.7.0.28).
    """

    GBP = "GBP"
    EUR = "EUR"
    USD = "USD"
    DEM = "DEM"
    FRF = "FRF"
    CHF = "CHF"
    ARS = "ARS"
    BRL = "BRL"
    CLP = "CLP"
    CRC = "CRC"
    RUB = "RUB"
    GTQ = "GTQ"
    PAB = "PAB"
    PYG = "PYG"
    PEN = "PEN"
    UYU = "UYU"
    SVC = "SVC"
    HNL = "HNL"
    NOK = "NOK"
    CNY = "CNY"
    JPY = "JPY"
    CAD = "CAD"
    SAR = "SAR"


class Customer(BaseModel):
    """
    A customer. The document shows `POST /api/customer` only as an example of an authorized
    request and describes no member; the model is in the brand's interactive documentation.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )


class CustomerType(StrEnum):
    """
    Values of the `CustomerType` enumeration of `GET /api/config` (v4.7.0.28).
    """

    INDIVIDUAL = "Individual"
    COMPANY = "Company"


class DataFieldType(StrEnum):
    """
    Values of the `DataFieldType` enumeration of `GET /api/config` (v4.7.0.28).
    """

    DATE = "Date"
    TIME = "Time"
    TEXT = "Text"
    NUMERIC = "Numeric"
    DOUBLE = "Double"
    COMBO = "Combo"
    LINK = "Link"
    CHECK = "Check"
    MEMO = "Memo"
    SEPARATOR = "Separator"
    FILE = "File"
    POSITION = "Position"
    SIGNATURE_MOBILE = "SignatureMobile"
    HYPERLINK = "Hyperlink"
    PROJECT_START_DATE = "ProjectStartDate"
    PROJECT_END_DATE = "ProjectEndDate"
    PROJECT_DURATION = "ProjectDuration"
    PROJECT_DEADLINE = "ProjectDeadline"
    PROJECT_DEADLINE_OVER = "ProjectDeadlineOver"
    SIGNATURE = "Signature"
    PROJECT_ESTIMATE_DURATION = "ProjectEstimateDuration"
    SUB_PROJECT_ESTIMATE_DURATION = "SubProjectEstimateDuration"
    MULTI = "Multi"
    LOCATION = "Location"


class DescriptionFieldColor(StrEnum):
    """
    Values of the `DescriptionFieldColor` enumeration of `GET /api/config` (v4.7.0.28).
    """

    CUSTOM = "Custom"
    DEFAULT = "Default"
    DESTINATION = "Destination"


class DescriptionFieldStyle(StrEnum):
    """
    Values of the `DescriptionFieldStyle` enumeration of `GET /api/config` (v4.7.0.28).
    """

    NORMAL = "Normal"
    BOLD = "Bold"
    ITALIC = "Italic"
    UNDERLINE = "Underline"


class DescriptionFieldType(StrEnum):
    """
    Values of the `DescriptionFieldType` enumeration of `GET /api/config` (v4.7.0.28).
    """

    INDEX1 = "Index1"
    INDEX2 = "Index2"
    EMAIL_BODY = "EmailBody"
    LABEL = "Label"
    MOBILE = "Mobile"
    CALENDAR_BODY = "CalendarBody"
    EMAIL_SUBJECT = "EmailSubject"
    TOOLTIP = "Tooltip"
    LABEL_ASSIGNMENT = "LabelAssignment"
    CALENDAR_SUBJECT = "CalendarSubject"
    PRINT = "Print"
    TO_PLAN = "ToPlan"
    LABEL_UNAVAILABILITY = "LabelUnavailability"
    PRINT_UNAVAILABILITY = "PrintUnavailability"
    HEADER_CUSTOMER = "HeaderCustomer"
    CAPTION_CUSTOMER = "CaptionCustomer"
    HEADER_PROJECT = "HeaderProject"
    CAPTION_PROJECT = "CaptionProject"
    HEADER_RESOURCE = "HeaderResource"
    CAPTION_EQUIPMENT = "CaptionEquipment"


class Destination(StrEnum):
    """
    Values of the `Destination` enumeration of `GET /api/config` (v4.7.0.28).
    """

    TASK0 = "Task0"
    TASK2 = "Task2"
    TASK3 = "Task3"
    TASK4 = "Task4"
    TASK5 = "Task5"
    EQUIPMENT0 = "Equipment0"
    CUSTOMER1 = "Customer1"
    UNAVAILABILITY0 = "Unavailability0"
    MATERIAL_RESOURCE1 = "MaterialResource1"
    MATERIAL_RESOURCE2 = "MaterialResource2"
    MATERIAL_RESOURCE3 = "MaterialResource3"
    PROJECT0 = "Project0"
    HUMAN_RESOURCE1 = "HumanResource1"
    HUMAN_RESOURCE2 = "HumanResource2"
    TASK1 = "Task1"
    HUMAN_RESOURCE3 = "HumanResource3"
    CUSTOMER0 = "Customer0"
    HUMAN_RESOURCE0 = "HumanResource0"
    CUSTOMER2 = "Customer2"
    MATERIAL_RESOURCE0 = "MaterialResource0"
    CUSTOMER3 = "Customer3"
    PROJECT1 = "Project1"
    PROJECT2 = "Project2"
    SUB_PROJECT0 = "SubProject0"
    PROJECT3 = "Project3"


class DestinationType(StrEnum):
    """
    Values of the `DestinationType` enumeration of `GET /api/config` (v4.7.0.28).
    """

    TASK = "Task"
    CUSTOMER = "Customer"
    EQUIPMENT = "Equipment"
    RESOURCE = "Resource"
    PROJECT = "Project"
    SUB_PROJECT = "SubProject"
    UNAVAILABILITY = "Unavailability"


class DoMode(StrEnum):
    """
    Values of the `DoMode` enumeration of `GET /api/config` (v4.7.0.28).
    """

    NONE = "None"
    END = "End"
    DURATION = "Duration"


class EffActionType(StrEnum):
    """
    Values of the `EffActionType` enumeration of `GET /api/config` (v4.7.0.28).
    """

    EMAIL = "Email"
    SMS = "Sms"
    MICROSOFT_OUTLOOK = "MicrosoftOutlook"
    GOOGLE_CALENDAR = "GoogleCalendar"


class EffGapUnit(StrEnum):
    """
    Values of the `EffGapUnit` enumeration of `GET /api/config` (v4.7.0.28).
    """

    MINUTE = "Minute"
    HOUR = "Hour"
    DAY = "Day"
    WEEK = "Week"
    MONTH = "Month"
    YEAR = "Year"


class EffIfOp(StrEnum):
    """
    Values of the `EffIfOp` enumeration of `GET /api/config` (v4.7.0.28).
    """

    IS_IN = "IsIn"
    BECOMES_IN = "BecomesIn"


class EffIfType(StrEnum):
    """
    Values of the `EffIfType` enumeration of `GET /api/config` (v4.7.0.28).
    """

    CATEGORY = "Category"
    STATUS = "Status"


class EffSourceType(StrEnum):
    """
    Values of the `EffSourceType` enumeration of `GET /api/config` (v4.7.0.28).
    """

    CUSTOMER = "Customer"
    RESOURCE = "Resource"
    PROJECT = "Project"
    STATUS = "Status"
    RESOURCE_IN = "ResourceIn"
    PROJECT_IN = "ProjectIn"
    TASK_IN = "TaskIn"
    ASSIGNMENT = "Assignment"
    UNAVAILABILITY = "Unavailability"
    TASK = "Task"


class EffStepType(StrEnum):
    """
    Values of the `EffStepType` enumeration of `GET /api/config` (v4.7.0.28).
    """

    START = "Start"
    END = "End"
    INSERT = "Insert"
    DELETE = "Delete"
    UNPERIODIZE = "Unperiodize"
    UPDATE = "Update"


class EffSubjectType(StrEnum):
    """
    Values of the `EffSubjectType` enumeration of `GET /api/config` (v4.7.0.28).
    """

    ASSIGNMENT = "Assignment"
    UNAVAILABILITY = "Unavailability"
    TASK = "Task"


class EffTargetType(StrEnum):
    """
    Values of the `EffTargetType` enumeration of `GET /api/config` (v4.7.0.28).
    """

    CUSTOMER = "Customer"
    RESOURCE = "Resource"
    USER = "User"
    ACCOUNT = "Account"
    CREATOR = "Creator"


class HistoryOp(StrEnum):
    """
    Values of the `HistoryOp` enumeration of `GET /api/config` (v4.7.0.28).
    """

    INSERT = "Insert"
    DELETE = "Delete"
    EMAIL = "Email"
    INVITATION = "Invitation"
    UNPERIODIZE = "Unperiodize"
    SESSION = "Session"
    UPDATE = "Update"


class HistoryType(StrEnum):
    """
    Values of the `HistoryType` enumeration of `GET /api/config` (v4.7.0.28).
    """

    ASSIGNMENT = "Assignment"
    CUSTOMER = "Customer"
    SESSION_DESKTOP = "SessionDesktop"
    UNAVAILABILITY = "Unavailability"
    SESSION_MOBILE = "SessionMobile"
    PROJECT = "Project"
    RESOURCE = "Resource"
    TASK = "Task"
    USER = "User"
    SESSION_WEB_ACCESS = "SessionWebAccess"


class InRootType(StrEnum):
    """
    Values of the `InRootType` enumeration of `GET /api/config` (v4.7.0.28).
    """

    CUSTOMER = "Customer"
    PROJECT = "Project"
    RESOURCE = "Resource"


class JoinStatus(StrEnum):
    """
    Values of the `JoinStatus` enumeration of `GET /api/config` (v4.7.0.28).
    """

    INVITED = "Invited"
    CONNECTED = "Connected"


class JsonWritingType(StrEnum):
    """
    Values of the `JsonWritingType` enumeration of `GET /api/config` (v4.7.0.28).
    """

    NONE = "None"
    NORMAL = "Normal"
    KEY_LABEL = "KeyLabel"
    STRING = "String"
    DATA = "Data"


class LicenseStatus(StrEnum):
    """
    Values of the `LicenseStatus` enumeration of `GET /api/config` (v4.7.0.28).
    """

    OTHER = "Other"
    EVALUATION = "Evaluation"
    OK = "Ok"
    NO_EXPIRATION_DATE = "NoExpirationDate"
    WRONG_DATABASE = "WrongDatabase"
    WRONG_MACHINE = "WrongMachine"
    RESOURCE_COUNT = "ResourceCount"
    LICENSE_COUNT = "LicenseCount"
    EXPIRED = "Expired"
    EMPTY = "Empty"
    CORRUPTED = "Corrupted"


class LinkRefType(StrEnum):
    """
    Values of the `LinkRefType` enumeration of `GET /api/config` (v4.7.0.28).
    """

    ASSIGNMENT = "Assignment"
    CUSTOMER = "Customer"
    UNAVAILABILITY = "Unavailability"
    PROJECT = "Project"
    RESOURCE = "Resource"
    TASK = "Task"


class NotificationType(StrEnum):
    """
    Values of the `NotificationType` enumeration of `GET /api/config` (v4.7.0.28).
    """

    NONE = "None"
    TASK_INSERT = "TaskInsert"
    TASK_UPDATE = "TaskUpdate"
    UNAVAILABILITY_INSERT = "UnavailabilityInsert"
    UNAVAILABILITY_UPDATE = "UnavailabilityUpdate"


class OAuthClient(BaseModel):
    """
    An OAuth client: a partner or third-party application given access to the API (line 51).
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    id: str
    """
    The client's identifier (line 590), 32 hexadecimal characters in the examples; sent as `clientId` to `POST /api/oauth/token` (line 601).
    """
    name: str | None = None
    """
    The client's name, given at creation (lines 588, 593).
    """


class OAuthClientCreate(BaseModel):
    """
    Body of `POST /api/oauth/client`: the new client's name.
    """

    model_config = ConfigDict(
        extra="forbid",
        validate_by_name=True,
    )
    name: str
    """
    Name of the new OAuth client (`apptest3`, line 588).
    """


class OAuthClientList(BaseModel):
    """
    The list of OAuth clients.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    total_items: int = Field(alias="totalItems")
    """
    2 where two clients are listed (lines 570-580).
    """
    items: list[OAuthClient]
    """
    The OAuth clients.
    """


class OAuthToken(BaseModel):
    """
    An OAuth token of a client: the created token, its expiration date and the related
    assertion. The complete assertion (`jwt`) is only returned when the token is created and
    cannot be retrieved later: store it somewhere safe as soon as it is created.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    id: str
    """
    The token's identifier, 32 hexadecimal characters in the examples (lines 609, 622).
    """
    user_key: int | None = Field(default=None, alias="userKey")
    """
    Key of the user the token was created for (99, lines 595, 610).
    """
    expiration_date: AwareDatetime | None = Field(default=None, alias="expirationDate")
    """
    Expiration date of the token (line 606), ISO 8601 (lines 70-72); the examples print seven fractional digits and `Z` (line 611).
    """
    resume: str | None = None
    """
    Not described by the document. In the examples, the start and the end of the assertion joined by `...` (lines 612, 614).
    """
    invalid: bool | None = None
    """
    Not described by the document; `false` in the examples (lines 613, 626).
    """
    jwt: str | None = None
    """
    The complete assertion (a JWT), which the OAuth client posts as `assertion` to `POST /token` (line 54). Only in the creation response: it cannot be retrieved later, store it somewhere safe.
    """


class OAuthTokenList(BaseModel):
    """
    The tokens related to an OAuth client.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    total_items: int = Field(alias="totalItems")
    """
    1 where one token is listed (lines 619-628).
    """
    items: list[OAuthToken]
    """
    The tokens; the example prints them without their `jwt` (lines 621-627).
    """


class OAuthTokenUser(BaseModel):
    """
    The user an OAuth token is created for, given by key.
    """

    model_config = ConfigDict(
        extra="forbid",
        validate_by_name=True,
    )
    key: int
    """
    Key of the user (99 in the example, lines 595, 603).
    """


class OneOrMoreCustomers(StrEnum):
    """
    Values of the `OneOrMoreCustomers` enumeration of `GET /api/config` (v4.7.0.28).
    """

    ONE_CUSTOMER = "OneCustomer"
    MORE_CUSTOMER = "MoreCustomer"


class OneOrMoreResources(StrEnum):
    """
    Values of the `OneOrMoreResources` enumeration of `GET /api/config` (v4.7.0.28).
    """

    ONE_RESOURCE = "OneResource"
    MORE_RESOURCE = "MoreResource"


class RecurrenceDaily(StrEnum):
    """
    Values of the `RecurrenceDaily` enumeration of `GET /api/config` (v4.7.0.28).
    """

    ALL_THE = "AllThe"
    ALL_WORKING_DAYS = "AllWorkingDays"


class RecurrenceMonthly(StrEnum):
    """
    Values of the `RecurrenceMonthly` enumeration of `GET /api/config` (v4.7.0.28).
    """

    DATE = "Date"
    DAY = "Day"


class RecurrenceMonthlyDayWhich(StrEnum):
    """
    Values of the `RecurrenceMonthlyDayWhich` enumeration of `GET /api/config` (v4.7.0.28).
    """

    FIRST = "First"
    SECOND = "Second"
    THIRD = "Third"
    FOURTH = "Fourth"
    LAST = "Last"


class RecurrenceRange(StrEnum):
    """
    Values of the `RecurrenceRange` enumeration of `GET /api/config` (v4.7.0.28).
    """

    NO_END_DATE = "NoEndDate"
    END_THE = "EndThe"


class RecurrenceType(StrEnum):
    """
    Values of the `RecurrenceType` enumeration of `GET /api/config` (v4.7.0.28).
    """

    DAILY = "Daily"
    WEEKLY = "Weekly"
    MONTHLY = "Monthly"
    YEARLY = "Yearly"


class ResourceType(StrEnum):
    """
    Values of the `ResourceType` enumeration of `GET /api/config` (v4.7.0.28).
    """

    HUMAN = "Human"
    MATERIAL = "Material"
    TO_PLAN = "ToPlan"
    EXTERN = "Extern"


class SkillDomain(BaseModel):
    """
    The `domain` member of a skill. Its `label` is the part of the skill's `label` before
    ` > ` in the examples (lines 546-550, 556-560).
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    key: int
    """
    4 for both domains of the example (lines 549, 559).
    """
    label: str | None = None
    """
    `Pédagogie` and `Langue` in the example (lines 550, 560).
    """


class StatusType(StrEnum):
    """
    Values of the `StatusType` enumeration of `GET /api/config` (v4.7.0.28).
    """

    TASK = "Task"
    UNAVAILABILITY = "Unavailability"


class SyncType(StrEnum):
    """
    Values of the `SyncType` enumeration of `GET /api/config` (v4.7.0.28).
    """

    UNDERSCORE_GOOGLE = "_Google"
    MICROSOFT = "Microsoft"
    GOOGLE = "Google"
    LUCCA = "Lucca"


class TaskStyle(BaseModel):
    """
    The `style` member of a task: two strings, printed as `#RRGGBB` hexadecimal values. The
    document does not describe it.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    background_color: str | None = Field(default=None, alias="backgroundColor")
    """
    `#65A18D` and `#214DE9` in the examples (lines 514, 524, 538).
    """
    color: str | None = None
    """
    `#000000` in the examples (lines 515, 525, 539).
    """


class TaskType(StrEnum):
    """
    Values of the `TaskType` enumeration of `GET /api/config` (v4.7.0.28).
    """

    DEFAULT = "Default"
    DURATION = "Duration"
    TIME = "Time"


class TimeLapseUnit(StrEnum):
    """
    Values of the `TimeLapseUnit` enumeration of `GET /api/config` (v4.7.0.28).
    """

    DAY = "Day"
    WEEK = "Week"
    MONTH = "Month"
    YEAR = "Year"


class Title(StrEnum):
    """
    Values of the `Title` enumeration of `GET /api/config` (v4.7.0.28).
    """

    MISS = "Miss"
    MR = "Mr"
    MS = "Ms"


class GrantType(StrEnum):
    """
    `password` for traditional authentication (line 43); `urn:ietf:params:oauth:grant-type:jwt-bearer` for account authentication (line 49) and for OAuth client authentication (line 54).
    """

    PASSWORD = "password"
    URN_IETF_PARAMS_OAUTH_GRANT_TYPE_JWT_BEARER = "urn:ietf:params:oauth:grant-type:jwt-bearer"


class TokenRequest(BaseModel):
    """
    Form body of `POST /token`. Which fields are sent depends on the authentication mode
    enabled for the API: `password` with `username` and `password` (traditional authentication);
    the JWT bearer grant with an account token as `assertion` (account authentication); the JWT
    bearer grant with `client_id` and the client's token as `assertion` (OAuth client
    authentication).
    """

    model_config = ConfigDict(
        extra="forbid",
        validate_by_name=True,
    )
    grant_type: GrantType
    """
    `password` for traditional authentication (line 43); `urn:ietf:params:oauth:grant-type:jwt-bearer` for account authentication (line 49) and for OAuth client authentication (line 54).
    """
    username: str | None = None
    """
    Traditional authentication (grant `password`), if it is enabled: the user name, sent with the password.
    """
    password: str | None = None
    """
    Traditional authentication (grant `password`), if it is enabled: the password, sent with the user name.
    """
    assertion: str | None = None
    """
    JWT bearer grant only. Account authentication, if it is enabled: the service account token copied from the PlanningPME account application (lines 45-49). OAuth client authentication: the client's token (line 54; the `jwt` that `POST /api/oauth/token` returns as the assertion, lines 606-607).
    """
    client_id: str | None = None
    """
    OAuth client authentication only (JWT bearer grant): the OAuth client's id, sent with the client's token as `assertion`.
    """


class TokenResponse(BaseModel):
    """
    On successful authentication, the response body of `POST /token` holds this JSON element:
    the authorization token.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    access_token: str
    """
    The API authorization token, sent as `Authorization: Bearer <access_token>`.
    """
    token_type: str
    """
    Type of the token: `bearer` (the requests then carry the header `Authorization: Bearer <access_token>`).
    """
    expires_in: int
    """
    Not described by the document (86399 in the example, line 60). In the OAuth 2 token response that this one follows, it is the token's lifetime in seconds. The prose says the token stays valid for 8 hours (line 39).
    """
    username: str | None = None
    """
    Not described by the document. In the example (line 61) it is the placeholder of the user name sent with the password grant (line 43).
    """


class TypeHatch(StrEnum):
    """
    Values of the `TypeHatch` enumeration of `GET /api/config` (v4.7.0.28).
    """

    BDIAGONAL = "BDIAGONAL"
    CROSS = "CROSS"
    DIAGCROSS = "DIAGCROSS"
    FDIAGONAL = "FDIAGONAL"
    HORIZONTAL = "HORIZONTAL"
    VERTICAL = "VERTICAL"


class WorkCapacity(StrEnum):
    """
    Values of the `WorkCapacity` enumeration of `GET /api/config` (v4.7.0.28).
    """

    HOURS = "Hours"
    SLOTS = "Slots"


class ConfigEnums(BaseModel):
    """
    Every constant enumeration in use with the API version (v4.7.0.28). Each enumeration is an
    object whose keys and values are both the value names (`"Read": "Read"`); the values are the
    named enum schemas (keys are not constrained: `propertyNames` does not exist in OpenAPI
    3.0). The list does not change except for future additions.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    access: dict[str, Access] = Field(alias="Access")
    """
    The `Access` values.
    """
    billing_type: dict[str, BillingType] = Field(alias="BillingType")
    """
    The `BillingType` values.
    """
    color_depending: dict[str, ColorDepending] = Field(alias="ColorDepending")
    """
    The `ColorDepending` values.
    """
    config_type: dict[str, ConfigType] = Field(alias="ConfigType")
    """
    The `ConfigType` values.
    """
    constraint_action: dict[str, ConstraintAction] = Field(alias="ConstraintAction")
    """
    The `ConstraintAction` values.
    """
    constraint_for: dict[str, ConstraintFor] = Field(alias="ConstraintFor")
    """
    The `ConstraintFor` values.
    """
    constraint_if: dict[str, ConstraintIf] = Field(alias="ConstraintIf")
    """
    The `ConstraintIf` values.
    """
    constraint_op: dict[str, ConstraintOp] = Field(alias="ConstraintOp")
    """
    The `ConstraintOp` values.
    """
    constraint_type: dict[str, ConstraintType] = Field(alias="ConstraintType")
    """
    The `ConstraintType` values.
    """
    constraint_what: dict[str, ConstraintWhat] = Field(alias="ConstraintWhat")
    """
    The `ConstraintWhat` values.
    """
    constraint_when: dict[str, ConstraintWhen] = Field(alias="ConstraintWhen")
    """
    The `ConstraintWhen` values.
    """
    count_holidays: dict[str, CountHolidays] = Field(alias="CountHolidays")
    """
    The `CountHolidays` values.
    """
    currency_code: dict[str, CurrencyCode] = Field(alias="CurrencyCode")
    """
    The `CurrencyCode` values.
    """
    customer_type: dict[str, CustomerType] = Field(alias="CustomerType")
    """
    The `CustomerType` values.
    """
    data_field_type: dict[str, DataFieldType] = Field(alias="DataFieldType")
    """
    The `DataFieldType` values.
    """
    description_field_type: dict[str, DescriptionFieldType] = Field(alias="DescriptionFieldType")
    """
    The `DescriptionFieldType` values.
    """
    description_field_style: dict[str, DescriptionFieldStyle] = Field(alias="DescriptionFieldStyle")
    """
    The `DescriptionFieldStyle` values.
    """
    description_field_color: dict[str, DescriptionFieldColor] = Field(alias="DescriptionFieldColor")
    """
    The `DescriptionFieldColor` values.
    """
    destination: dict[str, Destination] = Field(alias="Destination")
    """
    The `Destination` values.
    """
    destination_type: dict[str, DestinationType] = Field(alias="DestinationType")
    """
    The `DestinationType` values.
    """
    do_mode: dict[str, DoMode] = Field(alias="DoMode")
    """
    The `DoMode` values.
    """
    eff_action_type: dict[str, EffActionType] = Field(alias="EffActionType")
    """
    The `EffActionType` values.
    """
    eff_gap_unit: dict[str, EffGapUnit] = Field(alias="EffGapUnit")
    """
    The `EffGapUnit` values.
    """
    eff_if_type: dict[str, EffIfType] = Field(alias="EffIfType")
    """
    The `EffIfType` values.
    """
    eff_if_op: dict[str, EffIfOp] = Field(alias="EffIfOp")
    """
    The `EffIfOp` values.
    """
    eff_source_type: dict[str, EffSourceType] = Field(alias="EffSourceType")
    """
    The `EffSourceType` values.
    """
    eff_step_type: dict[str, EffStepType] = Field(alias="EffStepType")
    """
    The `EffStepType` values.
    """
    eff_subject_type: dict[str, EffSubjectType] = Field(alias="EffSubjectType")
    """
    The `EffSubjectType` values.
    """
    eff_target_type: dict[str, EffTargetType] = Field(alias="EffTargetType")
    """
    The `EffTargetType` values.
    """
    history_op: dict[str, HistoryOp] = Field(alias="HistoryOp")
    """
    The `HistoryOp` values.
    """
    history_type: dict[str, HistoryType] = Field(alias="HistoryType")
    """
    The `HistoryType` values.
    """
    in_root_type: dict[str, InRootType] = Field(alias="InRootType")
    """
    The `InRootType` values.
    """
    join_status: dict[str, JoinStatus] = Field(alias="JoinStatus")
    """
    The `JoinStatus` values.
    """
    json_writing_type: dict[str, JsonWritingType] = Field(alias="JsonWritingType")
    """
    The `JsonWritingType` values.
    """
    license_status: dict[str, LicenseStatus] = Field(alias="LicenseStatus")
    """
    The `LicenseStatus` values.
    """
    link_ref_type: dict[str, LinkRefType] = Field(alias="LinkRefType")
    """
    The `LinkRefType` values.
    """
    notification_type: dict[str, NotificationType] = Field(alias="NotificationType")
    """
    The `NotificationType` values.
    """
    one_or_more_customers: dict[str, OneOrMoreCustomers] = Field(alias="OneOrMoreCustomers")
    """
    The `OneOrMoreCustomers` values.
    """
    one_or_more_resources: dict[str, OneOrMoreResources] = Field(alias="OneOrMoreResources")
    """
    The `OneOrMoreResources` values.
    """
    recurrence_daily: dict[str, RecurrenceDaily] = Field(alias="RecurrenceDaily")
    """
    The `RecurrenceDaily` values.
    """
    recurrence_monthly: dict[str, RecurrenceMonthly] = Field(alias="RecurrenceMonthly")
    """
    The `RecurrenceMonthly` values.
    """
    recurrence_monthly_day_which: dict[str, RecurrenceMonthlyDayWhich] = Field(
        alias="RecurrenceMonthlyDayWhich"
    )
    """
    The `RecurrenceMonthlyDayWhich` values.
    """
    recurrence_range: dict[str, RecurrenceRange] = Field(alias="RecurrenceRange")
    """
    The `RecurrenceRange` values.
    """
    recurrence_type: dict[str, RecurrenceType] = Field(alias="RecurrenceType")
    """
    The `RecurrenceType` values.
    """
    resource_type: dict[str, ResourceType] = Field(alias="ResourceType")
    """
    The `ResourceType` values.
    """
    status_type: dict[str, StatusType] = Field(alias="StatusType")
    """
    The `StatusType` values.
    """
    sync_type: dict[str, SyncType] = Field(alias="SyncType")
    """
    The `SyncType` values.
    """
    task_type: dict[str, TaskType] = Field(alias="TaskType")
    """
    The `TaskType` values.
    """
    title: dict[str, Title] = Field(alias="Title")
    """
    The `Title` values.
    """
    time_lapse_unit: dict[str, TimeLapseUnit] = Field(alias="TimeLapseUnit")
    """
    The `TimeLapseUnit` values.
    """
    type_hatch: dict[str, TypeHatch] = Field(alias="TypeHatch")
    """
    The `TypeHatch` values.
    """
    work_capacity: dict[str, WorkCapacity] = Field(alias="WorkCapacity")
    """
    The `WorkCapacity` values.
    """


class OAuthTokenCreate(BaseModel):
    """
    Body of `POST /api/oauth/token`: the client and the user the new token is for.
    """

    model_config = ConfigDict(
        extra="forbid",
        validate_by_name=True,
    )
    client_id: str = Field(alias="clientId")
    """
    Id of the OAuth client (the `id` returned at its creation, lines 592, 601).
    """
    user: OAuthTokenUser
    """
    The user the token is created for.
    """


class Skill(BaseModel):
    """
    One element of a task's `skills` (detailed representation, lines 541-564). The document
    does not describe skills.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    key: int
    """
    12 and 83 in the example (lines 544, 554).
    """
    name: str | None = None
    """
    `Enfant` and `Anglais` in the example (lines 545, 555).
    """
    label: str | None = None
    """
    In the example, the domain's label and the skill's name joined by ` > ` (`Pédagogie > Enfant`, `Langue > Anglais`, lines 546, 556).
    """
    level: int | None = None
    """
    1 for both skills of the example (lines 547, 557).
    """
    domain: SkillDomain | None = None
    """
    The skill's `domain` (lines 548-552).
    """


class Task(BaseModel):
    """
    A task. The list (`GET /api/task`) prints `key`, `label`, `type` and `style` for each
    task; the detailed representation (`GET /api/task/{id}`) adds `skills`. The data models can
    be discovered in the brand's interactive documentation (line 69); the document describes no
    member.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    key: int
    """
    The task's id: `GET /api/task/756` returns the task with key 756.
    """
    label: str | None = None
    """
    The list example is sorted by it (`sortInfo=label+`, lines 504-505); e.g. `Cours d'anglais pour enfant`.
    """
    type: int | None = None
    """
    An integer: 1467 in the examples (lines 512, 536).
    """
    style: TaskStyle | None = None
    """
    The task's `style` (lines 513-516).
    """
    skills: list[list[Skill]] | None = None
    """
    Printed only in the detailed representation (lines 541-564): an array of arrays of skills, as the example shows.
    """


class TaskList(BaseModel):
    """
    A complete or paged list of tasks.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    total_items: int = Field(alias="totalItems")
    """
    Number of tasks in the complete list: 97 where the page holds 20 (lines 505, 507).
    """
    items: list[Task]
    """
    The tasks of the requested page (line 505).
    """


class ApiConfig(BaseModel):
    """
    The API configuration. The document prints only its `enums` member; the other members
    are elided (`...`, lines 85 and 495) and are therefore not described.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
    )
    enums: ConfigEnums
    """
    Every constant enumeration, by name.
    """
