"""PlanningPME payloads, as the document (planningpme.pt.txt, Portuguese) shows them.

The document prints no field tables: every model here is read off its printed JSON example, and
every field description says what the example and the surrounding prose show. Dates are ISO 8601
(lines 70-72).
"""

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, Field

from generator.describe import Original, Quirk, field_extras, schema_config
from specs.planningpme import models_enums as enums

# --- authentication: POST /token -----------------------------------------------------------------


class TokenRequest(BaseModel):
    """Form body of `POST /token`. Which fields are sent depends on the authentication mode
    enabled for the API: `password` with `username` and `password` (traditional authentication);
    the JWT bearer grant with an account token as `assertion` (account authentication); the JWT
    bearer grant with `client_id` and the client's token as `assertion` (OAuth client
    authentication)."""

    model_config = schema_config(
        lines=(37, 54),
        extra="forbid",
        inferred=(
            "`grant_type` is taken as required: each of the three printed bodies sends it "
            "(lines 43, 49, 54), and the grants are OAuth 2 ones, whose token request requires it "
            "(RFC 6749 section 4.3.2, RFC 7523 section 2.1). The other fields belong to one grant "
            "each, so none of them is required for all."
        ),
        original=Original(
            description=(
                "Os dados enviados para este endereço diferem consoante o modo de autenticação "
                "escolhido para a aplicação. [...] a) Autenticação tradicional [...] b) "
                "Autenticação da conta [...] c) Autenticação de cliente OAuth"
            ),
        ),
    )

    grant_type: Literal["password", "urn:ietf:params:oauth:grant-type:jwt-bearer"] = Field(
        description=(
            "`password` for traditional authentication (line 43); "
            "`urn:ietf:params:oauth:grant-type:jwt-bearer` for account authentication (line 49) "
            "and for OAuth client authentication (line 54)."
        ),
        json_schema_extra=field_extras(lines=(41, 54)),
    )
    username: str | None = Field(
        None,
        description=(
            "Traditional authentication (grant `password`), if it is enabled: the user name, "
            "sent with the password."
        ),
        json_schema_extra=field_extras(
            lines=(41, 43),
            original=Original(
                description=(
                    "Se estiver activada, a autenticação tradicional é executada colocando o nome "
                    "de utilizador e a palavra-passe."
                ),
            ),
        ),
    )
    password: str | None = Field(
        None,
        description=(
            "Traditional authentication (grant `password`), if it is enabled: the password, sent "
            "with the user name."
        ),
        json_schema_extra=field_extras(lines=(41, 43)),
    )
    assertion: str | None = Field(
        None,
        description=(
            "JWT bearer grant only. Account authentication, if it is enabled: the service account "
            "token copied from the PlanningPME account application (lines 45-49). OAuth client "
            "authentication: the client's token (line 54; the `jwt` that `POST /api/oauth/token` "
            "returns as the assertion, lines 606-607)."
        ),
        json_schema_extra=field_extras(
            lines=(44, 54),
            original=Original(
                description=(
                    "Agora, obtenha um token de autorização da sua API, postando o token de conta "
                    "copiado (asserção)."
                ),
            ),
        ),
    )
    client_id: str | None = Field(
        None,
        description=(
            "OAuth client authentication only (JWT bearer grant): the OAuth client's id, sent "
            "with the client's token as `assertion`."
        ),
        json_schema_extra=field_extras(
            lines=(50, 54),
            original=Original(
                description=(
                    "Uma vez que tenha os seus IDs e token de cliente OAuth, o seu terceiro poderá "
                    "autenticar-se junto da API e obter um token de autorização da seguinte forma."
                ),
            ),
        ),
    )


class TokenResponse(BaseModel):
    """On successful authentication, the response body of `POST /token` holds this JSON element:
    the authorization token."""

    model_config = schema_config(
        lines=(55, 64),
        original=Original(
            description=(
                "Em caso de autenticação bem sucedida, o organismo de resposta conterá um elemento "
                "JSON como se segue."
            ),
        ),
    )

    access_token: str = Field(
        description=(
            "The API authorization token, sent as `Authorization: Bearer <access_token>`."
        ),
        json_schema_extra=field_extras(
            lines=(63, 64),
            original=Original(
                description=('A propriedade "access_token" contém o token de autorização da API.'),
            ),
        ),
    )
    token_type: str = Field(
        description=(
            "Type of the token: `bearer` (the requests then carry the header "
            "`Authorization: Bearer <access_token>`)."
        ),
        json_schema_extra=field_extras(
            lines=64,
            original=Original(
                description=(
                    'Além disso, tal como indicado pela propriedade "token_type", este token é do '
                    'tipo "bearer".'
                ),
            ),
        ),
    )
    expires_in: int = Field(
        description=(
            "Not described by the document (86399 in the example, line 60). In the OAuth 2 token "
            "response that this one follows, it is the token's lifetime in seconds. The prose "
            "says the token stays valid for 8 hours (line 39)."
        ),
        json_schema_extra=field_extras(
            lines=(39, 60),
            inferred=(
                "Meaning taken from RFC 6749 section 5.1: the response has the OAuth 2 token "
                "response's members (`access_token`, `token_type: bearer`, `expires_in`), and the "
                "document says nothing of `expires_in` itself."
            ),
            quirks=[
                Quirk(
                    lines=(39, 60),
                    text=(
                        "The text says the token remains valid for 8 hours (line 39, i.e. 28800 s), "
                        "but the example response has `expires_in: 86399` (line 60): in seconds, "
                        "as in OAuth 2, about 24 hours."
                    ),
                )
            ],
            original=Original(
                description=(
                    "Este token é obtido previamente quando um utilizador é autenticado no "
                    "endereço /token e permanece válido durante 8 horas."
                ),
            ),
        ),
    )
    username: str | None = Field(
        None,
        description=(
            "Not described by the document. In the example (line 61) it is the placeholder of "
            "the user name sent with the password grant (line 43)."
        ),
        json_schema_extra=field_extras(lines=(43, 61)),
    )


# --- configuration: GET /api/config --------------------------------------------------------------


class ConfigEnums(BaseModel):
    """Every constant enumeration in use with the API version (v4.7.0.28). Each enumeration is an
    object whose keys and values are both the value names (`"Read": "Read"`); the values are the
    named enum schemas (keys are not constrained: `propertyNames` does not exist in OpenAPI
    3.0). The list does not change except for future additions."""

    model_config = schema_config(
        lines=(80, 494),
        original=Original(
            description=(
                "A lista completa dos enums em uso com a sua versão API é obtida chamando o método "
                '"/api/config". Esta lista não tem direito a alteração, excepto em caso de adição '
                "futura. [...] Abaixo está a lista das constantes de enumeração. - v4.7.0.28"
            ),
        ),
    )

    Access: dict[str, enums.Access] = Field(description="The `Access` values.")
    BillingType: dict[str, enums.BillingType] = Field(description="The `BillingType` values.")
    ColorDepending: dict[str, enums.ColorDepending] = Field(
        description="The `ColorDepending` values."
    )
    ConfigType: dict[str, enums.ConfigType] = Field(description="The `ConfigType` values.")
    ConstraintAction: dict[str, enums.ConstraintAction] = Field(
        description="The `ConstraintAction` values."
    )
    ConstraintFor: dict[str, enums.ConstraintFor] = Field(description="The `ConstraintFor` values.")
    ConstraintIf: dict[str, enums.ConstraintIf] = Field(description="The `ConstraintIf` values.")
    ConstraintOp: dict[str, enums.ConstraintOp] = Field(description="The `ConstraintOp` values.")
    ConstraintType: dict[str, enums.ConstraintType] = Field(
        description="The `ConstraintType` values."
    )
    ConstraintWhat: dict[str, enums.ConstraintWhat] = Field(
        description="The `ConstraintWhat` values."
    )
    ConstraintWhen: dict[str, enums.ConstraintWhen] = Field(
        description="The `ConstraintWhen` values."
    )
    CountHolidays: dict[str, enums.CountHolidays] = Field(description="The `CountHolidays` values.")
    CurrencyCode: dict[str, enums.CurrencyCode] = Field(description="The `CurrencyCode` values.")
    CustomerType: dict[str, enums.CustomerType] = Field(description="The `CustomerType` values.")
    DataFieldType: dict[str, enums.DataFieldType] = Field(description="The `DataFieldType` values.")
    DescriptionFieldType: dict[str, enums.DescriptionFieldType] = Field(
        description="The `DescriptionFieldType` values."
    )
    DescriptionFieldStyle: dict[str, enums.DescriptionFieldStyle] = Field(
        description="The `DescriptionFieldStyle` values."
    )
    DescriptionFieldColor: dict[str, enums.DescriptionFieldColor] = Field(
        description="The `DescriptionFieldColor` values."
    )
    Destination: dict[str, enums.Destination] = Field(description="The `Destination` values.")
    DestinationType: dict[str, enums.DestinationType] = Field(
        description="The `DestinationType` values."
    )
    DoMode: dict[str, enums.DoMode] = Field(description="The `DoMode` values.")
    EffActionType: dict[str, enums.EffActionType] = Field(description="The `EffActionType` values.")
    EffGapUnit: dict[str, enums.EffGapUnit] = Field(description="The `EffGapUnit` values.")
    EffIfType: dict[str, enums.EffIfType] = Field(description="The `EffIfType` values.")
    EffIfOp: dict[str, enums.EffIfOp] = Field(description="The `EffIfOp` values.")
    EffSourceType: dict[str, enums.EffSourceType] = Field(description="The `EffSourceType` values.")
    EffStepType: dict[str, enums.EffStepType] = Field(description="The `EffStepType` values.")
    EffSubjectType: dict[str, enums.EffSubjectType] = Field(
        description="The `EffSubjectType` values."
    )
    EffTargetType: dict[str, enums.EffTargetType] = Field(description="The `EffTargetType` values.")
    HistoryOp: dict[str, enums.HistoryOp] = Field(description="The `HistoryOp` values.")
    HistoryType: dict[str, enums.HistoryType] = Field(description="The `HistoryType` values.")
    InRootType: dict[str, enums.InRootType] = Field(description="The `InRootType` values.")
    JoinStatus: dict[str, enums.JoinStatus] = Field(description="The `JoinStatus` values.")
    JsonWritingType: dict[str, enums.JsonWritingType] = Field(
        description="The `JsonWritingType` values."
    )
    LicenseStatus: dict[str, enums.LicenseStatus] = Field(description="The `LicenseStatus` values.")
    LinkRefType: dict[str, enums.LinkRefType] = Field(description="The `LinkRefType` values.")
    NotificationType: dict[str, enums.NotificationType] = Field(
        description="The `NotificationType` values."
    )
    OneOrMoreCustomers: dict[str, enums.OneOrMoreCustomers] = Field(
        description="The `OneOrMoreCustomers` values."
    )
    OneOrMoreResources: dict[str, enums.OneOrMoreResources] = Field(
        description="The `OneOrMoreResources` values."
    )
    RecurrenceDaily: dict[str, enums.RecurrenceDaily] = Field(
        description="The `RecurrenceDaily` values."
    )
    RecurrenceMonthly: dict[str, enums.RecurrenceMonthly] = Field(
        description="The `RecurrenceMonthly` values."
    )
    RecurrenceMonthlyDayWhich: dict[str, enums.RecurrenceMonthlyDayWhich] = Field(
        description="The `RecurrenceMonthlyDayWhich` values."
    )
    RecurrenceRange: dict[str, enums.RecurrenceRange] = Field(
        description="The `RecurrenceRange` values."
    )
    RecurrenceType: dict[str, enums.RecurrenceType] = Field(
        description="The `RecurrenceType` values."
    )
    ResourceType: dict[str, enums.ResourceType] = Field(description="The `ResourceType` values.")
    StatusType: dict[str, enums.StatusType] = Field(description="The `StatusType` values.")
    SyncType: dict[str, enums.SyncType] = Field(description="The `SyncType` values.")
    TaskType: dict[str, enums.TaskType] = Field(description="The `TaskType` values.")
    Title: dict[str, enums.Title] = Field(description="The `Title` values.")
    TimeLapseUnit: dict[str, enums.TimeLapseUnit] = Field(description="The `TimeLapseUnit` values.")
    TypeHatch: dict[str, enums.TypeHatch] = Field(description="The `TypeHatch` values.")
    WorkCapacity: dict[str, enums.WorkCapacity] = Field(description="The `WorkCapacity` values.")


class ApiConfig(BaseModel):
    """The API configuration. The document prints only its `enums` member; the other members
    are elided (`...`, lines 85 and 495) and are therefore not described."""

    model_config = schema_config(
        lines=(80, 495),
        quirks=[
            Quirk(
                lines=(84, 495),
                text=(
                    "The printed response elides everything but `enums` with `...` (lines 85 and "
                    "495), and the closing `}` of the object is not printed: the example is not "
                    "JSON and is not attached."
                ),
            )
        ],
    )

    enums: ConfigEnums = Field(description="Every constant enumeration, by name.")


# --- tasks: GET /api/task, GET /api/task/{id} ----------------------------------------------------


class TaskStyle(BaseModel):
    """The `style` member of a task: two strings, printed as `#RRGGBB` hexadecimal values. The
    document does not describe it."""

    model_config = schema_config(lines=(513, 516))

    backgroundColor: str | None = Field(
        None,
        description="`#65A18D` and `#214DE9` in the examples (lines 514, 524, 538).",
    )
    color: str | None = Field(
        None,
        description="`#000000` in the examples (lines 515, 525, 539).",
    )


class SkillDomain(BaseModel):
    """The `domain` member of a skill. Its `label` is the part of the skill's `label` before
    ` > ` in the examples (lines 546-550, 556-560)."""

    model_config = schema_config(
        lines=(548, 561),
        quirks=[
            Quirk(
                lines=(548, 561),
                text=(
                    "Both domains of the example have `key: 4` but different labels "
                    "(`Pédagogie` at line 550, `Langue` at line 560)."
                ),
            )
        ],
    )

    key: int = Field(description="4 for both domains of the example (lines 549, 559).")
    label: str | None = Field(
        None, description="`Pédagogie` and `Langue` in the example (lines 550, 560)."
    )


class Skill(BaseModel):
    """One element of a task's `skills` (detailed representation, lines 541-564). The document
    does not describe skills."""

    model_config = schema_config(lines=(543, 562))

    key: int = Field(description="12 and 83 in the example (lines 544, 554).")
    name: str | None = Field(
        None, description="`Enfant` and `Anglais` in the example (lines 545, 555)."
    )
    label: str | None = Field(
        None,
        description=(
            "In the example, the domain's label and the skill's name joined by ` > ` "
            "(`Pédagogie > Enfant`, `Langue > Anglais`, lines 546, 556)."
        ),
    )
    level: int | None = Field(
        None, description="1 for both skills of the example (lines 547, 557)."
    )
    domain: SkillDomain | None = Field(None, description="The skill's `domain` (lines 548-552).")


class Task(BaseModel):
    """A task. The list (`GET /api/task`) prints `key`, `label`, `type` and `style` for each
    task; the detailed representation (`GET /api/task/{id}`) adds `skills`. The data models can
    be discovered in the brand's interactive documentation (line 69); the document describes no
    member."""

    model_config = schema_config(lines=(506, 565))

    key: int = Field(
        description="The task's id: `GET /api/task/756` returns the task with key 756.",
        json_schema_extra=field_extras(lines=(530, 534)),
    )
    label: str | None = Field(
        None,
        description=(
            "The list example is sorted by it (`sortInfo=label+`, lines 504-505); e.g. "
            "`Cours d'anglais pour enfant`."
        ),
        json_schema_extra=field_extras(lines=(504, 511)),
    )
    type: int | None = Field(None, description="An integer: 1467 in the examples (lines 512, 536).")
    style: TaskStyle | None = Field(None, description="The task's `style` (lines 513-516).")
    skills: list[list[Skill]] | None = Field(
        None,
        description=(
            "Printed only in the detailed representation (lines 541-564): an array of arrays of "
            "skills, as the example shows."
        ),
        json_schema_extra=field_extras(
            lines=(541, 564),
            quirks=[
                Quirk(
                    lines=(541, 564),
                    text=(
                        "`skills` is printed as an array containing one array of skills; the "
                        "document does not explain the nesting."
                    ),
                )
            ],
        ),
    )


class TaskList(BaseModel):
    """A complete or paged list of tasks."""

    model_config = schema_config(lines=(506, 529))

    totalItems: int = Field(
        description=(
            "Number of tasks in the complete list: 97 where the page holds 20 (lines 505, 507)."
        ),
    )
    items: list[Task] = Field(description="The tasks of the requested page (line 505).")


# --- OAuth clients and tokens: /api/oauth ---------------------------------------------------------


class OAuthClient(BaseModel):
    """An OAuth client: a partner or third-party application given access to the API (line 51)."""

    model_config = schema_config(lines=(566, 594))

    id: str = Field(
        description=(
            "The client's identifier (line 590), 32 hexadecimal characters in the examples; "
            "sent as `clientId` to `POST /api/oauth/token` (line 601)."
        ),
    )
    name: str | None = Field(
        None, description="The client's name, given at creation (lines 588, 593)."
    )


class OAuthClientList(BaseModel):
    """The list of OAuth clients."""

    model_config = schema_config(lines=(569, 581))

    totalItems: int = Field(description="2 where two clients are listed (lines 570-580).")
    items: list[OAuthClient] = Field(description="The OAuth clients.")


class OAuthClientCreate(BaseModel):
    """Body of `POST /api/oauth/client`: the new client's name."""

    model_config = schema_config(
        lines=(587, 589),
        extra="forbid",
        inferred="`name` is the only field of the example; taken as required.",
    )

    name: str = Field(description="Name of the new OAuth client (`apptest3`, line 588).")


class OAuthTokenUser(BaseModel):
    """The user an OAuth token is created for, given by key."""

    model_config = schema_config(lines=(602, 604), extra="forbid")

    key: int = Field(description="Key of the user (99 in the example, lines 595, 603).")


class OAuthTokenCreate(BaseModel):
    """Body of `POST /api/oauth/token`: the client and the user the new token is for."""

    model_config = schema_config(
        lines=(595, 605),
        extra="forbid",
        inferred=(
            "Both fields taken as required: the token is created for a given client and a given "
            "user (line 595), and the example sends both."
        ),
        original=Original(
            description=(
                'Criar um novo token OAuth para um cliente dado (aqui "apptest3") e um usuário '
                "dado (aqui o usuário cuja chave é 99)"
            ),
        ),
    )

    clientId: str = Field(
        description="Id of the OAuth client (the `id` returned at its creation, lines 592, 601)."
    )
    user: OAuthTokenUser = Field(description="The user the token is created for.")


class OAuthToken(BaseModel):
    """An OAuth token of a client: the created token, its expiration date and the related
    assertion. The complete assertion (`jwt`) is only returned when the token is created and
    cannot be retrieved later: store it somewhere safe as soon as it is created."""

    model_config = schema_config(
        lines=(606, 629),
        original=Original(
            description=(
                "Retorna o token criado, sua data de expiração e a afirmação relacionada. "
                'Atenção, a afirmação completa (propriedade "jwt") não poderá mais ser '
                "recuperada. Portanto, é aconselhável guardá-la em um local seguro assim que for "
                "criada."
            ),
        ),
    )

    id: str = Field(
        description=(
            "The token's identifier, 32 hexadecimal characters in the examples (lines 609, 622)."
        ),
    )
    userKey: int | None = Field(
        None,
        description="Key of the user the token was created for (99, lines 595, 610).",
    )
    expirationDate: datetime | None = Field(
        None,
        description=(
            "Expiration date of the token (line 606), ISO 8601 (lines 70-72); the examples print "
            "seven fractional digits and `Z` (line 611)."
        ),
    )
    resume: str | None = Field(
        None,
        description=(
            "Not described by the document. In the examples, the start and the end of the "
            "assertion joined by `...` (lines 612, 614)."
        ),
    )
    invalid: bool | None = Field(
        None, description="Not described by the document; `false` in the examples (lines 613, 626)."
    )
    jwt: str | None = Field(
        None,
        description=(
            "The complete assertion (a JWT), which the OAuth client posts as `assertion` to "
            "`POST /token` (line 54). Only in the creation response: it cannot be retrieved "
            "later, store it somewhere safe."
        ),
        json_schema_extra=field_extras(
            lines=607,
            quirks=[
                Quirk(
                    lines=(609, 614),
                    text=(
                        "The example JWT (line 614) does not match its response: decoded, its "
                        "header and `iat` claim are garbled, its `sub` is `1` (not user 99, line "
                        "610), its `aud` is `33f37990d2304af3a9e20dc4b05efe26` (not client "
                        "`22f37990…`, line 601) and its `unique_name` is "
                        "`63d134cf760940e7af7acf16e8950835` (not token id `…e4890835`, line 609); "
                        "only `exp` equals `expirationDate` (2027-05-14T13:11:49Z, line 611)."
                    ),
                )
            ],
            original=Original(
                description=(
                    'Atenção, a afirmação completa (propriedade "jwt") não poderá mais ser '
                    "recuperada. Portanto, é aconselhável guardá-la em um local seguro assim que "
                    "for criada."
                ),
            ),
        ),
    )


class OAuthTokenList(BaseModel):
    """The tokens related to an OAuth client."""

    model_config = schema_config(lines=(618, 629))

    totalItems: int = Field(description="1 where one token is listed (lines 619-628).")
    items: list[OAuthToken] = Field(
        description="The tokens; the example prints them without their `jwt` (lines 621-627)."
    )


# --- customers: POST /api/customer (authorization example only) ---------------------------------


class Customer(BaseModel):
    """A customer. The document shows `POST /api/customer` only as an example of an authorized
    request and describes no member; the model is in the brand's interactive documentation."""

    model_config = schema_config(
        lines=(63, 69),
        inferred=(
            "No member is documented (line 65 shows the request line only; models are found in "
            "the interactive documentation, line 69): an open object, used for the response only."
        ),
    )
