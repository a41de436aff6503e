# Generated from openapi.yaml by datamodel-code-generator; do not edit.

from __future__ import annotations

from enum import StrEnum
from pydantic import AwareDatetime, BaseModel, ConfigDict, Field
from typing import Annotated


class Access(StrEnum):
    """
    Values of the `Access` enumeration of `GET /api/config` (v4.7.0.28).
    """

    all = "All"
    read = "Read"
    write = "Write"


class BillingType(StrEnum):
    """
    Values of the `BillingType` enumeration of `GET /api/config` (v4.7.0.28).
    """

    package = "Package"
    unit = "Unit"


class ColorDepending(StrEnum):
    """
    Values of the `ColorDepending` enumeration of `GET /api/config` (v4.7.0.28).
    """

    label = "Label"
    category = "Category"
    customer = "Customer"
    time = "Time"
    project = "Project"


class ConfigType(StrEnum):
    """
    Values of the `ConfigType` enumeration of `GET /api/config` (v4.7.0.28).
    """

    export_templates = "ExportTemplates"
    time_restricted_view = "TimeRestrictedView"
    filterings = "Filterings"
    language = "Language"
    date_time_format = "DateTimeFormat"
    gc_sync = "GCSync"
    effect_templates = "EffectTemplates"
    sync_resource = "SyncResource"
    print_templates = "PrintTemplates"
    do_search = "DoSearch"
    switch_label = "SwitchLabel"
    o_auth_clients = "OAuthClients"
    buttoned = "Buttoned"


class ConstraintAction(StrEnum):
    """
    Values of the `ConstraintAction` enumeration of `GET /api/config` (v4.7.0.28).
    """

    no_task_before_nb_hours = "NoTaskBeforeNbHours"
    no_task_before_nb_days = "NoTaskBeforeNbDays"
    no_task_same_period = "NoTaskSamePeriod"
    nb_max_hours = "NbMaxHours"
    nb_max = "NbMax"
    duration_max_hours = "DurationMaxHours"
    duration_max_days = "DurationMaxDays"


class ConstraintFor(StrEnum):
    """
    Values of the `ConstraintFor` enumeration of `GET /api/config` (v4.7.0.28).
    """

    all = "All"
    resources = "Resources"
    departments = "Departments"


class ConstraintIf(StrEnum):
    """
    Values of the `ConstraintIf` enumeration of `GET /api/config` (v4.7.0.28).
    """

    nothing = "Nothing"
    nb = "Nb"
    nb_hours = "NbHours"
    begin = "Begin"
    end = "End"


class ConstraintOp(StrEnum):
    """
    Values of the `ConstraintOp` enumeration of `GET /api/config` (v4.7.0.28).
    """

    nothing = "Nothing"
    equal = "Equal"
    inf = "Inf"
    inf_equal = "InfEqual"
    sup = "Sup"
    sup_equal = "SupEqual"
    before = "Before"
    after = "After"


class ConstraintType(StrEnum):
    """
    Values of the `ConstraintType` enumeration of `GET /api/config` (v4.7.0.28).
    """

    task = "Task"
    unavailability = "Unavailability"


class ConstraintWhat(StrEnum):
    """
    Values of the `ConstraintWhat` enumeration of `GET /api/config` (v4.7.0.28).
    """

    label_all = "LabelAll"
    label_exact = "LabelExact"
    label_begin = "LabelBegin"


class ConstraintWhen(StrEnum):
    """
    Values of the `ConstraintWhen` enumeration of `GET /api/config` (v4.7.0.28).
    """

    nothing = "Nothing"
    day = "Day"
    week = "Week"
    month = "Month"
    year = "Year"


class CountHolidays(StrEnum):
    """
    Values of the `CountHolidays` enumeration of `GET /api/config` (v4.7.0.28).
    """

    five = "Five"
    six = "Six"


class CurrencyCode(StrEnum):
    """
    Values of the `CurrencyCode` enumeration of `GET /api/config` (v4.7.0.28).
    """

    gbp = "GBP"
    eur = "EUR"
    usd = "USD"
    dem = "DEM"
    frf = "FRF"
    chf = "CHF"
    ars = "ARS"
    brl = "BRL"
    clp = "CLP"
    crc = "CRC"
    rub = "RUB"
    gtq = "GTQ"
    pab = "PAB"
    pyg = "PYG"
    pen = "PEN"
    uyu = "UYU"
    svc = "SVC"
    hnl = "HNL"
    nok = "NOK"
    cny = "CNY"
    jpy = "JPY"
    cad = "CAD"
    sar = "SAR"


class Customer(BaseModel):
    """
    A customer. The document shows `POST /api/customer` only as an example of an authorized
    request and describes no member; the model is in the brand's interactive documentation.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )


class CustomerType(StrEnum):
    """
    Values of the `CustomerType` enumeration of `GET /api/config` (v4.7.0.28).
    """

    individual = "Individual"
    company = "Company"


class DataFieldType(StrEnum):
    """
    Values of the `DataFieldType` enumeration of `GET /api/config` (v4.7.0.28).
    """

    date = "Date"
    time = "Time"
    text = "Text"
    numeric = "Numeric"
    double = "Double"
    combo = "Combo"
    link = "Link"
    check = "Check"
    memo = "Memo"
    separator = "Separator"
    file = "File"
    position = "Position"
    signature_mobile = "SignatureMobile"
    hyperlink = "Hyperlink"
    project_start_date = "ProjectStartDate"
    project_end_date = "ProjectEndDate"
    project_duration = "ProjectDuration"
    project_deadline = "ProjectDeadline"
    project_deadline_over = "ProjectDeadlineOver"
    signature = "Signature"
    project_estimate_duration = "ProjectEstimateDuration"
    sub_project_estimate_duration = "SubProjectEstimateDuration"
    multi = "Multi"
    location = "Location"


class DescriptionFieldColor(StrEnum):
    """
    Values of the `DescriptionFieldColor` enumeration of `GET /api/config` (v4.7.0.28).
    """

    custom = "Custom"
    default = "Default"
    destination = "Destination"


class DescriptionFieldStyle(StrEnum):
    """
    Values of the `DescriptionFieldStyle` enumeration of `GET /api/config` (v4.7.0.28).
    """

    normal = "Normal"
    bold = "Bold"
    italic = "Italic"
    underline = "Underline"


class DescriptionFieldType(StrEnum):
    """
    Values of the `DescriptionFieldType` enumeration of `GET /api/config` (v4.7.0.28).
    """

    index1 = "Index1"
    index2 = "Index2"
    email_body = "EmailBody"
    label = "Label"
    mobile = "Mobile"
    calendar_body = "CalendarBody"
    email_subject = "EmailSubject"
    tooltip = "Tooltip"
    label_assignment = "LabelAssignment"
    calendar_subject = "CalendarSubject"
    print = "Print"
    to_plan = "ToPlan"
    label_unavailability = "LabelUnavailability"
    print_unavailability = "PrintUnavailability"
    header_customer = "HeaderCustomer"
    caption_customer = "CaptionCustomer"
    header_project = "HeaderProject"
    caption_project = "CaptionProject"
    header_resource = "HeaderResource"
    caption_equipment = "CaptionEquipment"


class Destination(StrEnum):
    """
    Values of the `Destination` enumeration of `GET /api/config` (v4.7.0.28).
    """

    task0 = "Task0"
    task2 = "Task2"
    task3 = "Task3"
    task4 = "Task4"
    task5 = "Task5"
    equipment0 = "Equipment0"
    customer1 = "Customer1"
    unavailability0 = "Unavailability0"
    material_resource1 = "MaterialResource1"
    material_resource2 = "MaterialResource2"
    material_resource3 = "MaterialResource3"
    project0 = "Project0"
    human_resource1 = "HumanResource1"
    human_resource2 = "HumanResource2"
    task1 = "Task1"
    human_resource3 = "HumanResource3"
    customer0 = "Customer0"
    human_resource0 = "HumanResource0"
    customer2 = "Customer2"
    material_resource0 = "MaterialResource0"
    customer3 = "Customer3"
    project1 = "Project1"
    project2 = "Project2"
    sub_project0 = "SubProject0"
    project3 = "Project3"


class DestinationType(StrEnum):
    """
    Values of the `DestinationType` enumeration of `GET /api/config` (v4.7.0.28).
    """

    task = "Task"
    customer = "Customer"
    equipment = "Equipment"
    resource = "Resource"
    project = "Project"
    sub_project = "SubProject"
    unavailability = "Unavailability"


class DoMode(StrEnum):
    """
    Values of the `DoMode` enumeration of `GET /api/config` (v4.7.0.28).
    """

    none = "None"
    end = "End"
    duration = "Duration"


class EffActionType(StrEnum):
    """
    Values of the `EffActionType` enumeration of `GET /api/config` (v4.7.0.28).
    """

    email = "Email"
    sms = "Sms"
    microsoft_outlook = "MicrosoftOutlook"
    google_calendar = "GoogleCalendar"


class EffGapUnit(StrEnum):
    """
    Values of the `EffGapUnit` enumeration of `GET /api/config` (v4.7.0.28).
    """

    minute = "Minute"
    hour = "Hour"
    day = "Day"
    week = "Week"
    month = "Month"
    year = "Year"


class EffIfOp(StrEnum):
    """
    Values of the `EffIfOp` enumeration of `GET /api/config` (v4.7.0.28).
    """

    is_in = "IsIn"
    becomes_in = "BecomesIn"


class EffIfType(StrEnum):
    """
    Values of the `EffIfType` enumeration of `GET /api/config` (v4.7.0.28).
    """

    category = "Category"
    status = "Status"


class EffSourceType(StrEnum):
    """
    Values of the `EffSourceType` enumeration of `GET /api/config` (v4.7.0.28).
    """

    customer = "Customer"
    resource = "Resource"
    project = "Project"
    status = "Status"
    resource_in = "ResourceIn"
    project_in = "ProjectIn"
    task_in = "TaskIn"
    assignment = "Assignment"
    unavailability = "Unavailability"
    task = "Task"


class EffStepType(StrEnum):
    """
    Values of the `EffStepType` enumeration of `GET /api/config` (v4.7.0.28).
    """

    start = "Start"
    end = "End"
    insert = "Insert"
    delete = "Delete"
    unperiodize = "Unperiodize"
    update = "Update"


class EffSubjectType(StrEnum):
    """
    Values of the `EffSubjectType` enumeration of `GET /api/config` (v4.7.0.28).
    """

    assignment = "Assignment"
    unavailability = "Unavailability"
    task = "Task"


class EffTargetType(StrEnum):
    """
    Values of the `EffTargetType` enumeration of `GET /api/config` (v4.7.0.28).
    """

    customer = "Customer"
    resource = "Resource"
    user = "User"
    account = "Account"
    creator = "Creator"


class HistoryOp(StrEnum):
    """
    Values of the `HistoryOp` enumeration of `GET /api/config` (v4.7.0.28).
    """

    insert = "Insert"
    delete = "Delete"
    email = "Email"
    invitation = "Invitation"
    unperiodize = "Unperiodize"
    session = "Session"
    update = "Update"


class HistoryType(StrEnum):
    """
    Values of the `HistoryType` enumeration of `GET /api/config` (v4.7.0.28).
    """

    assignment = "Assignment"
    customer = "Customer"
    session_desktop = "SessionDesktop"
    unavailability = "Unavailability"
    session_mobile = "SessionMobile"
    project = "Project"
    resource = "Resource"
    task = "Task"
    user = "User"
    session_web_access = "SessionWebAccess"


class InRootType(StrEnum):
    """
    Values of the `InRootType` enumeration of `GET /api/config` (v4.7.0.28).
    """

    customer = "Customer"
    project = "Project"
    resource = "Resource"


class JoinStatus(StrEnum):
    """
    Values of the `JoinStatus` enumeration of `GET /api/config` (v4.7.0.28).
    """

    invited = "Invited"
    connected = "Connected"


class JsonWritingType(StrEnum):
    """
    Values of the `JsonWritingType` enumeration of `GET /api/config` (v4.7.0.28).
    """

    none = "None"
    normal = "Normal"
    key_label = "KeyLabel"
    string = "String"
    data = "Data"


class LicenseStatus(StrEnum):
    """
    Values of the `LicenseStatus` enumeration of `GET /api/config` (v4.7.0.28).
    """

    other = "Other"
    evaluation = "Evaluation"
    ok = "Ok"
    no_expiration_date = "NoExpirationDate"
    wrong_database = "WrongDatabase"
    wrong_machine = "WrongMachine"
    resource_count = "ResourceCount"
    license_count = "LicenseCount"
    expired = "Expired"
    empty = "Empty"
    corrupted = "Corrupted"


class LinkRefType(StrEnum):
    """
    Values of the `LinkRefType` enumeration of `GET /api/config` (v4.7.0.28).
    """

    assignment = "Assignment"
    customer = "Customer"
    unavailability = "Unavailability"
    project = "Project"
    resource = "Resource"
    task = "Task"


class NotificationType(StrEnum):
    """
    Values of the `NotificationType` enumeration of `GET /api/config` (v4.7.0.28).
    """

    none = "None"
    task_insert = "TaskInsert"
    task_update = "TaskUpdate"
    unavailability_insert = "UnavailabilityInsert"
    unavailability_update = "UnavailabilityUpdate"


class OAuthClient(BaseModel):
    """
    An OAuth client: a partner or third-party application given access to the API (line 51).
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
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
        populate_by_name=True,
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
        populate_by_name=True,
    )
    total_items: Annotated[int, Field(alias="totalItems")]
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
        populate_by_name=True,
    )
    id: str
    """
    The token's identifier, 32 hexadecimal characters in the examples (lines 609, 622).
    """
    user_key: Annotated[int | None, Field(alias="userKey")] = None
    """
    Key of the user the token was created for (99, lines 595, 610).
    """
    expiration_date: Annotated[AwareDatetime | None, Field(alias="expirationDate")] = None
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
        populate_by_name=True,
    )
    total_items: Annotated[int, Field(alias="totalItems")]
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
        populate_by_name=True,
    )
    key: int
    """
    Key of the user (99 in the example, lines 595, 603).
    """


class OneOrMoreCustomers(StrEnum):
    """
    Values of the `OneOrMoreCustomers` enumeration of `GET /api/config` (v4.7.0.28).
    """

    one_customer = "OneCustomer"
    more_customer = "MoreCustomer"


class OneOrMoreResources(StrEnum):
    """
    Values of the `OneOrMoreResources` enumeration of `GET /api/config` (v4.7.0.28).
    """

    one_resource = "OneResource"
    more_resource = "MoreResource"


class RecurrenceDaily(StrEnum):
    """
    Values of the `RecurrenceDaily` enumeration of `GET /api/config` (v4.7.0.28).
    """

    all_the = "AllThe"
    all_working_days = "AllWorkingDays"


class RecurrenceMonthly(StrEnum):
    """
    Values of the `RecurrenceMonthly` enumeration of `GET /api/config` (v4.7.0.28).
    """

    date = "Date"
    day = "Day"


class RecurrenceMonthlyDayWhich(StrEnum):
    """
    Values of the `RecurrenceMonthlyDayWhich` enumeration of `GET /api/config` (v4.7.0.28).
    """

    first = "First"
    second = "Second"
    third = "Third"
    fourth = "Fourth"
    last = "Last"


class RecurrenceRange(StrEnum):
    """
    Values of the `RecurrenceRange` enumeration of `GET /api/config` (v4.7.0.28).
    """

    no_end_date = "NoEndDate"
    end_the = "EndThe"


class RecurrenceType(StrEnum):
    """
    Values of the `RecurrenceType` enumeration of `GET /api/config` (v4.7.0.28).
    """

    daily = "Daily"
    weekly = "Weekly"
    monthly = "Monthly"
    yearly = "Yearly"


class ResourceType(StrEnum):
    """
    Values of the `ResourceType` enumeration of `GET /api/config` (v4.7.0.28).
    """

    human = "Human"
    material = "Material"
    to_plan = "ToPlan"
    extern = "Extern"


class SkillDomain(BaseModel):
    """
    The `domain` member of a skill. Its `label` is the part of the skill's `label` before
    ` > ` in the examples (lines 546-550, 556-560).
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
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

    task = "Task"
    unavailability = "Unavailability"


class SyncType(StrEnum):
    """
    Values of the `SyncType` enumeration of `GET /api/config` (v4.7.0.28).
    """

    underscore_google = "_Google"
    microsoft = "Microsoft"
    google = "Google"
    lucca = "Lucca"


class TaskStyle(BaseModel):
    """
    The `style` member of a task: two strings, printed as `#RRGGBB` hexadecimal values. The
    document does not describe it.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    background_color: Annotated[str | None, Field(alias="backgroundColor")] = None
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

    default = "Default"
    duration = "Duration"
    time = "Time"


class TimeLapseUnit(StrEnum):
    """
    Values of the `TimeLapseUnit` enumeration of `GET /api/config` (v4.7.0.28).
    """

    day = "Day"
    week = "Week"
    month = "Month"
    year = "Year"


class Title(StrEnum):
    """
    Values of the `Title` enumeration of `GET /api/config` (v4.7.0.28).
    """

    miss = "Miss"
    mr = "Mr"
    ms = "Ms"


class GrantType(StrEnum):
    """
    `password` for traditional authentication (line 43); `urn:ietf:params:oauth:grant-type:jwt-bearer` for account authentication (line 49) and for OAuth client authentication (line 54).
    """

    password = "password"
    urn_ietf_params_oauth_grant_type_jwt_bearer = "urn:ietf:params:oauth:grant-type:jwt-bearer"


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
        populate_by_name=True,
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
        populate_by_name=True,
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

    bdiagonal = "BDIAGONAL"
    cross = "CROSS"
    diagcross = "DIAGCROSS"
    fdiagonal = "FDIAGONAL"
    horizontal = "HORIZONTAL"
    vertical = "VERTICAL"


class WorkCapacity(StrEnum):
    """
    Values of the `WorkCapacity` enumeration of `GET /api/config` (v4.7.0.28).
    """

    hours = "Hours"
    slots = "Slots"


class ConfigEnums(BaseModel):
    """
    Every constant enumeration in use with the API version (v4.7.0.28). Each enumeration is an
    object whose keys and values are both the value names (`"Read": "Read"`); the values are the
    named enum schemas (keys are not constrained: `propertyNames` does not exist in OpenAPI
    3.0). The list does not change except for future additions.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    access: Annotated[dict[str, Access], Field(alias="Access")]
    """
    The `Access` values.
    """
    billing_type: Annotated[dict[str, BillingType], Field(alias="BillingType")]
    """
    The `BillingType` values.
    """
    color_depending: Annotated[dict[str, ColorDepending], Field(alias="ColorDepending")]
    """
    The `ColorDepending` values.
    """
    config_type: Annotated[dict[str, ConfigType], Field(alias="ConfigType")]
    """
    The `ConfigType` values.
    """
    constraint_action: Annotated[dict[str, ConstraintAction], Field(alias="ConstraintAction")]
    """
    The `ConstraintAction` values.
    """
    constraint_for: Annotated[dict[str, ConstraintFor], Field(alias="ConstraintFor")]
    """
    The `ConstraintFor` values.
    """
    constraint_if: Annotated[dict[str, ConstraintIf], Field(alias="ConstraintIf")]
    """
    The `ConstraintIf` values.
    """
    constraint_op: Annotated[dict[str, ConstraintOp], Field(alias="ConstraintOp")]
    """
    The `ConstraintOp` values.
    """
    constraint_type: Annotated[dict[str, ConstraintType], Field(alias="ConstraintType")]
    """
    The `ConstraintType` values.
    """
    constraint_what: Annotated[dict[str, ConstraintWhat], Field(alias="ConstraintWhat")]
    """
    The `ConstraintWhat` values.
    """
    constraint_when: Annotated[dict[str, ConstraintWhen], Field(alias="ConstraintWhen")]
    """
    The `ConstraintWhen` values.
    """
    count_holidays: Annotated[dict[str, CountHolidays], Field(alias="CountHolidays")]
    """
    The `CountHolidays` values.
    """
    currency_code: Annotated[dict[str, CurrencyCode], Field(alias="CurrencyCode")]
    """
    The `CurrencyCode` values.
    """
    customer_type: Annotated[dict[str, CustomerType], Field(alias="CustomerType")]
    """
    The `CustomerType` values.
    """
    data_field_type: Annotated[dict[str, DataFieldType], Field(alias="DataFieldType")]
    """
    The `DataFieldType` values.
    """
    description_field_type: Annotated[
        dict[str, DescriptionFieldType], Field(alias="DescriptionFieldType")
    ]
    """
    The `DescriptionFieldType` values.
    """
    description_field_style: Annotated[
        dict[str, DescriptionFieldStyle], Field(alias="DescriptionFieldStyle")
    ]
    """
    The `DescriptionFieldStyle` values.
    """
    description_field_color: Annotated[
        dict[str, DescriptionFieldColor], Field(alias="DescriptionFieldColor")
    ]
    """
    The `DescriptionFieldColor` values.
    """
    destination: Annotated[dict[str, Destination], Field(alias="Destination")]
    """
    The `Destination` values.
    """
    destination_type: Annotated[dict[str, DestinationType], Field(alias="DestinationType")]
    """
    The `DestinationType` values.
    """
    do_mode: Annotated[dict[str, DoMode], Field(alias="DoMode")]
    """
    The `DoMode` values.
    """
    eff_action_type: Annotated[dict[str, EffActionType], Field(alias="EffActionType")]
    """
    The `EffActionType` values.
    """
    eff_gap_unit: Annotated[dict[str, EffGapUnit], Field(alias="EffGapUnit")]
    """
    The `EffGapUnit` values.
    """
    eff_if_type: Annotated[dict[str, EffIfType], Field(alias="EffIfType")]
    """
    The `EffIfType` values.
    """
    eff_if_op: Annotated[dict[str, EffIfOp], Field(alias="EffIfOp")]
    """
    The `EffIfOp` values.
    """
    eff_source_type: Annotated[dict[str, EffSourceType], Field(alias="EffSourceType")]
    """
    The `EffSourceType` values.
    """
    eff_step_type: Annotated[dict[str, EffStepType], Field(alias="EffStepType")]
    """
    The `EffStepType` values.
    """
    eff_subject_type: Annotated[dict[str, EffSubjectType], Field(alias="EffSubjectType")]
    """
    The `EffSubjectType` values.
    """
    eff_target_type: Annotated[dict[str, EffTargetType], Field(alias="EffTargetType")]
    """
    The `EffTargetType` values.
    """
    history_op: Annotated[dict[str, HistoryOp], Field(alias="HistoryOp")]
    """
    The `HistoryOp` values.
    """
    history_type: Annotated[dict[str, HistoryType], Field(alias="HistoryType")]
    """
    The `HistoryType` values.
    """
    in_root_type: Annotated[dict[str, InRootType], Field(alias="InRootType")]
    """
    The `InRootType` values.
    """
    join_status: Annotated[dict[str, JoinStatus], Field(alias="JoinStatus")]
    """
    The `JoinStatus` values.
    """
    json_writing_type: Annotated[dict[str, JsonWritingType], Field(alias="JsonWritingType")]
    """
    The `JsonWritingType` values.
    """
    license_status: Annotated[dict[str, LicenseStatus], Field(alias="LicenseStatus")]
    """
    The `LicenseStatus` values.
    """
    link_ref_type: Annotated[dict[str, LinkRefType], Field(alias="LinkRefType")]
    """
    The `LinkRefType` values.
    """
    notification_type: Annotated[dict[str, NotificationType], Field(alias="NotificationType")]
    """
    The `NotificationType` values.
    """
    one_or_more_customers: Annotated[
        dict[str, OneOrMoreCustomers], Field(alias="OneOrMoreCustomers")
    ]
    """
    The `OneOrMoreCustomers` values.
    """
    one_or_more_resources: Annotated[
        dict[str, OneOrMoreResources], Field(alias="OneOrMoreResources")
    ]
    """
    The `OneOrMoreResources` values.
    """
    recurrence_daily: Annotated[dict[str, RecurrenceDaily], Field(alias="RecurrenceDaily")]
    """
    The `RecurrenceDaily` values.
    """
    recurrence_monthly: Annotated[dict[str, RecurrenceMonthly], Field(alias="RecurrenceMonthly")]
    """
    The `RecurrenceMonthly` values.
    """
    recurrence_monthly_day_which: Annotated[
        dict[str, RecurrenceMonthlyDayWhich], Field(alias="RecurrenceMonthlyDayWhich")
    ]
    """
    The `RecurrenceMonthlyDayWhich` values.
    """
    recurrence_range: Annotated[dict[str, RecurrenceRange], Field(alias="RecurrenceRange")]
    """
    The `RecurrenceRange` values.
    """
    recurrence_type: Annotated[dict[str, RecurrenceType], Field(alias="RecurrenceType")]
    """
    The `RecurrenceType` values.
    """
    resource_type: Annotated[dict[str, ResourceType], Field(alias="ResourceType")]
    """
    The `ResourceType` values.
    """
    status_type: Annotated[dict[str, StatusType], Field(alias="StatusType")]
    """
    The `StatusType` values.
    """
    sync_type: Annotated[dict[str, SyncType], Field(alias="SyncType")]
    """
    The `SyncType` values.
    """
    task_type: Annotated[dict[str, TaskType], Field(alias="TaskType")]
    """
    The `TaskType` values.
    """
    title: Annotated[dict[str, Title], Field(alias="Title")]
    """
    The `Title` values.
    """
    time_lapse_unit: Annotated[dict[str, TimeLapseUnit], Field(alias="TimeLapseUnit")]
    """
    The `TimeLapseUnit` values.
    """
    type_hatch: Annotated[dict[str, TypeHatch], Field(alias="TypeHatch")]
    """
    The `TypeHatch` values.
    """
    work_capacity: Annotated[dict[str, WorkCapacity], Field(alias="WorkCapacity")]
    """
    The `WorkCapacity` values.
    """


class OAuthTokenCreate(BaseModel):
    """
    Body of `POST /api/oauth/token`: the client and the user the new token is for.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    client_id: Annotated[str, Field(alias="clientId")]
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
        populate_by_name=True,
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
        populate_by_name=True,
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
        populate_by_name=True,
    )
    total_items: Annotated[int, Field(alias="totalItems")]
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
        populate_by_name=True,
    )
    enums: ConfigEnums
    """
    Every constant enumeration, by name.
    """
