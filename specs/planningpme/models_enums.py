"""The 52 enumerations listed by ``GET /api/config`` (document lines 83-494, API v4.7.0.28).

Generated once from the document and reviewed by hand: every value is kept exactly as printed.
In the response each enumeration is an object whose keys and values are both the value names.
"""

from typing import ClassVar

from generator.describe import DocEnum


class Access(DocEnum):
    """Values of the `Access` enumeration of `GET /api/config` (v4.7.0.28)."""

    __lines__ = (87, 91)

    ALL = "All"
    READ = "Read"
    WRITE = "Write"


class BillingType(DocEnum):
    """Values of the `BillingType` enumeration of `GET /api/config` (v4.7.0.28)."""

    __lines__ = (92, 95)

    PACKAGE = "Package"
    UNIT = "Unit"


class ColorDepending(DocEnum):
    """Values of the `ColorDepending` enumeration of `GET /api/config` (v4.7.0.28)."""

    __lines__ = (96, 102)

    LABEL = "Label"
    CATEGORY = "Category"
    CUSTOMER = "Customer"
    TIME = "Time"
    PROJECT = "Project"


class ConfigType(DocEnum):
    """Values of the `ConfigType` enumeration of `GET /api/config` (v4.7.0.28)."""

    __lines__ = (103, 117)
    # The member names: "OAuthClients" and "GCSync" would read O_AUTH_CLIENTS and GC_SYNC
    __varnames__: ClassVar[dict[str, str]] = {
        "ExportTemplates": "EXPORT_TEMPLATES",
        "TimeRestrictedView": "TIME_RESTRICTED_VIEW",
        "Filterings": "FILTERINGS",
        "Language": "LANGUAGE",
        "DateTimeFormat": "DATE_TIME_FORMAT",
        "GCSync": "GCSYNC",
        "EffectTemplates": "EFFECT_TEMPLATES",
        "SyncResource": "SYNC_RESOURCE",
        "PrintTemplates": "PRINT_TEMPLATES",
        "DoSearch": "DO_SEARCH",
        "SwitchLabel": "SWITCH_LABEL",
        "OAuthClients": "OAUTH_CLIENTS",
        "Buttoned": "BUTTONED",
    }

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


class ConstraintAction(DocEnum):
    """Values of the `ConstraintAction` enumeration of `GET /api/config` (v4.7.0.28)."""

    __lines__ = (118, 126)

    NO_TASK_BEFORE_NB_HOURS = "NoTaskBeforeNbHours"
    NO_TASK_BEFORE_NB_DAYS = "NoTaskBeforeNbDays"
    NO_TASK_SAME_PERIOD = "NoTaskSamePeriod"
    NB_MAX_HOURS = "NbMaxHours"
    NB_MAX = "NbMax"
    DURATION_MAX_HOURS = "DurationMaxHours"
    DURATION_MAX_DAYS = "DurationMaxDays"


class ConstraintFor(DocEnum):
    """Values of the `ConstraintFor` enumeration of `GET /api/config` (v4.7.0.28)."""

    __lines__ = (127, 131)

    ALL = "All"
    RESOURCES = "Resources"
    DEPARTMENTS = "Departments"


class ConstraintIf(DocEnum):
    """Values of the `ConstraintIf` enumeration of `GET /api/config` (v4.7.0.28)."""

    __lines__ = (132, 138)

    NOTHING = "Nothing"
    NB = "Nb"
    NB_HOURS = "NbHours"
    BEGIN = "Begin"
    END = "End"


class ConstraintOp(DocEnum):
    """Values of the `ConstraintOp` enumeration of `GET /api/config` (v4.7.0.28)."""

    __lines__ = (139, 148)

    NOTHING = "Nothing"
    EQUAL = "Equal"
    INF = "Inf"
    INF_EQUAL = "InfEqual"
    SUP = "Sup"
    SUP_EQUAL = "SupEqual"
    BEFORE = "Before"
    AFTER = "After"


class ConstraintType(DocEnum):
    """Values of the `ConstraintType` enumeration of `GET /api/config` (v4.7.0.28)."""

    __lines__ = (149, 152)

    TASK = "Task"
    UNAVAILABILITY = "Unavailability"


class ConstraintWhat(DocEnum):
    """Values of the `ConstraintWhat` enumeration of `GET /api/config` (v4.7.0.28)."""

    __lines__ = (153, 157)

    LABEL_ALL = "LabelAll"
    LABEL_EXACT = "LabelExact"
    LABEL_BEGIN = "LabelBegin"


class ConstraintWhen(DocEnum):
    """Values of the `ConstraintWhen` enumeration of `GET /api/config` (v4.7.0.28)."""

    __lines__ = (158, 164)

    NOTHING = "Nothing"
    DAY = "Day"
    WEEK = "Week"
    MONTH = "Month"
    YEAR = "Year"


class CountHolidays(DocEnum):
    """Values of the `CountHolidays` enumeration of `GET /api/config` (v4.7.0.28)."""

    __lines__ = (165, 168)

    FIVE = "Five"
    SIX = "Six"


class CurrencyCode(DocEnum):
    """Values of the `CurrencyCode` enumeration of `GET /api/config` (v4.7.0.28)."""

    __lines__ = (169, 193)

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


class CustomerType(DocEnum):
    """Values of the `CustomerType` enumeration of `GET /api/config` (v4.7.0.28)."""

    __lines__ = (194, 197)

    INDIVIDUAL = "Individual"
    COMPANY = "Company"


class DataFieldType(DocEnum):
    """Values of the `DataFieldType` enumeration of `GET /api/config` (v4.7.0.28)."""

    __lines__ = (198, 223)

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


class DescriptionFieldType(DocEnum):
    """Values of the `DescriptionFieldType` enumeration of `GET /api/config` (v4.7.0.28)."""

    __lines__ = (224, 245)

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


class DescriptionFieldStyle(DocEnum):
    """Values of the `DescriptionFieldStyle` enumeration of `GET /api/config` (v4.7.0.28)."""

    __lines__ = (246, 251)

    NORMAL = "Normal"
    BOLD = "Bold"
    ITALIC = "Italic"
    UNDERLINE = "Underline"


class DescriptionFieldColor(DocEnum):
    """Values of the `DescriptionFieldColor` enumeration of `GET /api/config` (v4.7.0.28)."""

    __lines__ = (252, 256)

    CUSTOM = "Custom"
    DEFAULT = "Default"
    DESTINATION = "Destination"


class Destination(DocEnum):
    """Values of the `Destination` enumeration of `GET /api/config` (v4.7.0.28)."""

    __lines__ = (257, 283)

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


class DestinationType(DocEnum):
    """Values of the `DestinationType` enumeration of `GET /api/config` (v4.7.0.28)."""

    __lines__ = (284, 292)

    TASK = "Task"
    CUSTOMER = "Customer"
    EQUIPMENT = "Equipment"
    RESOURCE = "Resource"
    PROJECT = "Project"
    SUB_PROJECT = "SubProject"
    UNAVAILABILITY = "Unavailability"


class DoMode(DocEnum):
    """Values of the `DoMode` enumeration of `GET /api/config` (v4.7.0.28)."""

    __lines__ = (293, 297)

    NONE = "None"
    END = "End"
    DURATION = "Duration"


class EffActionType(DocEnum):
    """Values of the `EffActionType` enumeration of `GET /api/config` (v4.7.0.28)."""

    __lines__ = (298, 303)

    EMAIL = "Email"
    SMS = "Sms"
    MICROSOFT_OUTLOOK = "MicrosoftOutlook"
    GOOGLE_CALENDAR = "GoogleCalendar"


class EffGapUnit(DocEnum):
    """Values of the `EffGapUnit` enumeration of `GET /api/config` (v4.7.0.28)."""

    __lines__ = (304, 311)

    MINUTE = "Minute"
    HOUR = "Hour"
    DAY = "Day"
    WEEK = "Week"
    MONTH = "Month"
    YEAR = "Year"


class EffIfType(DocEnum):
    """Values of the `EffIfType` enumeration of `GET /api/config` (v4.7.0.28)."""

    __lines__ = (312, 315)

    CATEGORY = "Category"
    STATUS = "Status"


class EffIfOp(DocEnum):
    """Values of the `EffIfOp` enumeration of `GET /api/config` (v4.7.0.28)."""

    __lines__ = (316, 319)

    IS_IN = "IsIn"
    BECOMES_IN = "BecomesIn"


class EffSourceType(DocEnum):
    """Values of the `EffSourceType` enumeration of `GET /api/config` (v4.7.0.28)."""

    __lines__ = (320, 331)

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


class EffStepType(DocEnum):
    """Values of the `EffStepType` enumeration of `GET /api/config` (v4.7.0.28)."""

    __lines__ = (332, 339)

    START = "Start"
    END = "End"
    INSERT = "Insert"
    DELETE = "Delete"
    UNPERIODIZE = "Unperiodize"
    UPDATE = "Update"


class EffSubjectType(DocEnum):
    """Values of the `EffSubjectType` enumeration of `GET /api/config` (v4.7.0.28)."""

    __lines__ = (340, 344)

    ASSIGNMENT = "Assignment"
    UNAVAILABILITY = "Unavailability"
    TASK = "Task"


class EffTargetType(DocEnum):
    """Values of the `EffTargetType` enumeration of `GET /api/config` (v4.7.0.28)."""

    __lines__ = (345, 351)

    CUSTOMER = "Customer"
    RESOURCE = "Resource"
    USER = "User"
    ACCOUNT = "Account"
    CREATOR = "Creator"


class HistoryOp(DocEnum):
    """Values of the `HistoryOp` enumeration of `GET /api/config` (v4.7.0.28)."""

    __lines__ = (352, 360)

    INSERT = "Insert"
    DELETE = "Delete"
    EMAIL = "Email"
    INVITATION = "Invitation"
    UNPERIODIZE = "Unperiodize"
    SESSION = "Session"
    UPDATE = "Update"


class HistoryType(DocEnum):
    """Values of the `HistoryType` enumeration of `GET /api/config` (v4.7.0.28)."""

    __lines__ = (361, 372)

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


class InRootType(DocEnum):
    """Values of the `InRootType` enumeration of `GET /api/config` (v4.7.0.28)."""

    __lines__ = (373, 377)

    CUSTOMER = "Customer"
    PROJECT = "Project"
    RESOURCE = "Resource"


class JoinStatus(DocEnum):
    """Values of the `JoinStatus` enumeration of `GET /api/config` (v4.7.0.28)."""

    __lines__ = (378, 381)

    INVITED = "Invited"
    CONNECTED = "Connected"


class JsonWritingType(DocEnum):
    """Values of the `JsonWritingType` enumeration of `GET /api/config` (v4.7.0.28)."""

    __lines__ = (382, 388)

    NONE = "None"
    NORMAL = "Normal"
    KEY_LABEL = "KeyLabel"
    STRING = "String"
    DATA = "Data"


class LicenseStatus(DocEnum):
    """Values of the `LicenseStatus` enumeration of `GET /api/config` (v4.7.0.28)."""

    __lines__ = (389, 401)

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


class LinkRefType(DocEnum):
    """Values of the `LinkRefType` enumeration of `GET /api/config` (v4.7.0.28)."""

    __lines__ = (402, 409)

    ASSIGNMENT = "Assignment"
    CUSTOMER = "Customer"
    UNAVAILABILITY = "Unavailability"
    PROJECT = "Project"
    RESOURCE = "Resource"
    TASK = "Task"


class NotificationType(DocEnum):
    """Values of the `NotificationType` enumeration of `GET /api/config` (v4.7.0.28)."""

    __lines__ = (410, 416)

    NONE = "None"
    TASK_INSERT = "TaskInsert"
    TASK_UPDATE = "TaskUpdate"
    UNAVAILABILITY_INSERT = "UnavailabilityInsert"
    UNAVAILABILITY_UPDATE = "UnavailabilityUpdate"


class OneOrMoreCustomers(DocEnum):
    """Values of the `OneOrMoreCustomers` enumeration of `GET /api/config` (v4.7.0.28)."""

    __lines__ = (417, 420)

    ONE_CUSTOMER = "OneCustomer"
    MORE_CUSTOMER = "MoreCustomer"


class OneOrMoreResources(DocEnum):
    """Values of the `OneOrMoreResources` enumeration of `GET /api/config` (v4.7.0.28)."""

    __lines__ = (421, 424)

    ONE_RESOURCE = "OneResource"
    MORE_RESOURCE = "MoreResource"


class RecurrenceDaily(DocEnum):
    """Values of the `RecurrenceDaily` enumeration of `GET /api/config` (v4.7.0.28)."""

    __lines__ = (425, 428)

    ALL_THE = "AllThe"
    ALL_WORKING_DAYS = "AllWorkingDays"


class RecurrenceMonthly(DocEnum):
    """Values of the `RecurrenceMonthly` enumeration of `GET /api/config` (v4.7.0.28)."""

    __lines__ = (429, 432)

    DATE = "Date"
    DAY = "Day"


class RecurrenceMonthlyDayWhich(DocEnum):
    """Values of the `RecurrenceMonthlyDayWhich` enumeration of `GET /api/config` (v4.7.0.28)."""

    __lines__ = (433, 439)

    FIRST = "First"
    SECOND = "Second"
    THIRD = "Third"
    FOURTH = "Fourth"
    LAST = "Last"


class RecurrenceRange(DocEnum):
    """Values of the `RecurrenceRange` enumeration of `GET /api/config` (v4.7.0.28)."""

    __lines__ = (440, 443)

    NO_END_DATE = "NoEndDate"
    END_THE = "EndThe"


class RecurrenceType(DocEnum):
    """Values of the `RecurrenceType` enumeration of `GET /api/config` (v4.7.0.28)."""

    __lines__ = (444, 449)

    DAILY = "Daily"
    WEEKLY = "Weekly"
    MONTHLY = "Monthly"
    YEARLY = "Yearly"


class ResourceType(DocEnum):
    """Values of the `ResourceType` enumeration of `GET /api/config` (v4.7.0.28)."""

    __lines__ = (450, 455)

    HUMAN = "Human"
    MATERIAL = "Material"
    TO_PLAN = "ToPlan"
    EXTERN = "Extern"


class StatusType(DocEnum):
    """Values of the `StatusType` enumeration of `GET /api/config` (v4.7.0.28)."""

    __lines__ = (456, 459)

    TASK = "Task"
    UNAVAILABILITY = "Unavailability"


class SyncType(DocEnum):
    """Values of the `SyncType` enumeration of `GET /api/config` (v4.7.0.28)."""

    __lines__ = (460, 465)
    #: `_Google` and `Google` both upper-snake-case to GOOGLE: the member names keep them apart.
    #: The document does not describe the values, so no `__descriptions__`.
    __varnames__: ClassVar[dict[str, str]] = {
        "_Google": "UNDERSCORE_GOOGLE",
        "Microsoft": "MICROSOFT",
        "Google": "GOOGLE",
        "Lucca": "LUCCA",
    }

    UNDERSCORE_GOOGLE = "_Google"
    MICROSOFT = "Microsoft"
    GOOGLE = "Google"
    LUCCA = "Lucca"


class TaskType(DocEnum):
    """Values of the `TaskType` enumeration of `GET /api/config` (v4.7.0.28)."""

    __lines__ = (466, 470)

    DEFAULT = "Default"
    DURATION = "Duration"
    TIME = "Time"


class Title(DocEnum):
    """Values of the `Title` enumeration of `GET /api/config` (v4.7.0.28)."""

    __lines__ = (471, 475)

    MISS = "Miss"
    MR = "Mr"
    MS = "Ms"


class TimeLapseUnit(DocEnum):
    """Values of the `TimeLapseUnit` enumeration of `GET /api/config` (v4.7.0.28)."""

    __lines__ = (476, 481)

    DAY = "Day"
    WEEK = "Week"
    MONTH = "Month"
    YEAR = "Year"


class TypeHatch(DocEnum):
    """Values of the `TypeHatch` enumeration of `GET /api/config` (v4.7.0.28)."""

    __lines__ = (482, 489)

    BDIAGONAL = "BDIAGONAL"
    CROSS = "CROSS"
    DIAGCROSS = "DIAGCROSS"
    FDIAGONAL = "FDIAGONAL"
    HORIZONTAL = "HORIZONTAL"
    VERTICAL = "VERTICAL"


class WorkCapacity(DocEnum):
    """Values of the `WorkCapacity` enumeration of `GET /api/config` (v4.7.0.28)."""

    __lines__ = (490, 493)

    HOURS = "Hours"
    SLOTS = "Slots"


#: Every enumeration of the list, in the documented order.
CONFIG_ENUMS: tuple[type[DocEnum], ...] = (
    Access,
    BillingType,
    ColorDepending,
    ConfigType,
    ConstraintAction,
    ConstraintFor,
    ConstraintIf,
    ConstraintOp,
    ConstraintType,
    ConstraintWhat,
    ConstraintWhen,
    CountHolidays,
    CurrencyCode,
    CustomerType,
    DataFieldType,
    DescriptionFieldType,
    DescriptionFieldStyle,
    DescriptionFieldColor,
    Destination,
    DestinationType,
    DoMode,
    EffActionType,
    EffGapUnit,
    EffIfType,
    EffIfOp,
    EffSourceType,
    EffStepType,
    EffSubjectType,
    EffTargetType,
    HistoryOp,
    HistoryType,
    InRootType,
    JoinStatus,
    JsonWritingType,
    LicenseStatus,
    LinkRefType,
    NotificationType,
    OneOrMoreCustomers,
    OneOrMoreResources,
    RecurrenceDaily,
    RecurrenceMonthly,
    RecurrenceMonthlyDayWhich,
    RecurrenceRange,
    RecurrenceType,
    ResourceType,
    StatusType,
    SyncType,
    TaskType,
    Title,
    TimeLapseUnit,
    TypeHatch,
    WorkCapacity,
)
