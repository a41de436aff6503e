"""PlanningPME payloads, as the document (planningpme.pt.txt, Portuguese) shows them.

The document prints no field tables: every model here is read off its printed JSON example, and
every field description says what the example and the surrounding prose show. Dates are ISO 8601
(lines 70-72).
"""

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, Field

from generator.describe import DocEnum, Original, Quirk, field_extras, schema_config
from specs.planningpme import models_enums as enums

# --- conventions ---------------------------------------------------------------------------------


class AcceptLanguage(DocEnum):
    """Languages of the response texts (error messages, ...), chosen with `Accept-Language`."""

    __lines__ = (496, 499)
    __original__ = Original(
        lang="pt",
        description=(
            "A língua utilizada nos textos de resposta, tais como mensagens de erro, pode ser "
            'especificada com o cabeçalho "Accept-Language". [...] As línguas disponíveis no '
            "PlanningPME API e no PlanningPME WebAccess são: alemão (de), inglês (en), "
            "dinamarquês (da), "
            "espanhol (es), finlandês (fi), francês (fr), italiano (it), japonês (ja), "
            "neerlandês (nl), norueguês (no), polaco (pl), português (pt), russo (ru), sueco (sv)."
        ),
    )

    DE = "de"
    EN = "en"
    DA = "da"
    ES = "es"
    FI = "fi"
    FR = "fr"
    IT = "it"
    JA = "ja"
    NL = "nl"
    NO = "no"
    PL = "pl"
    PT = "pt"
    RU = "ru"
    SV = "sv"


# --- authentication: POST /token -----------------------------------------------------------------


class TokenRequest(BaseModel):
    """Form body of `POST /token`. Which fields are sent depends on the authentication mode
    enabled for the API: `password` with `username` and `password` (traditional authentication);
    the JWT bearer grant with an account token as `assertion` (account authentication); the JWT
    bearer grant with `client_id` and the client's token as `assertion` (OAuth client
    authentication)."""

    model_config = schema_config(
        lines=(37, 54),
        original=Original(
            lang="pt",
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
    )
    username: str | None = Field(
        None,
        description="Grant `password` only: the user's login name.",
        json_schema_extra=field_extras(
            lines=(41, 43),
            original=Original(
                lang="pt",
                description=(
                    "Se estiver activada, a autenticação tradicional é executada colocando o nome "
                    "de utilizador e a palavra-passe."
                ),
            ),
        ),
    )
    password: str | None = Field(
        None,
        description="Grant `password` only: the user's password.",
        json_schema_extra=field_extras(lines=(41, 43)),
    )
    assertion: str | None = Field(
        None,
        description=(
            "JWT bearer grant only: the service account token copied from the PlanningPME "
            "account application (account authentication), or the OAuth client's token "
            "(OAuth client authentication; the `jwt` returned by `POST /api/oauth/token`)."
        ),
        json_schema_extra=field_extras(
            lines=(44, 54),
            original=Original(
                lang="pt",
                description=(
                    "Agora, obtenha um token de autorização da sua API, postando o token de conta "
                    "copiado (asserção)."
                ),
            ),
        ),
    )
    client_id: str | None = Field(
        None,
        description="JWT bearer grant for OAuth clients only: the OAuth client's id.",
        json_schema_extra=field_extras(
            lines=(50, 54),
            original=Original(
                lang="pt",
                description=(
                    "Uma vez que tenha os seus IDs e token de cliente OAuth, o seu terceiro poderá "
                    "autenticar-se junto da API e obter um token de autorização da seguinte forma."
                ),
            ),
        ),
    )


class TokenResponse(BaseModel):
    """The authorization token returned by a successful `POST /token`."""

    model_config = schema_config(
        lines=(55, 64),
        original=Original(
            lang="pt",
            description=(
                "Em caso de autenticação bem sucedida, o organismo de resposta conterá um elemento "
                "JSON como se segue."
            ),
        ),
    )

    access_token: str = Field(
        description="The API authorization token, sent as `Authorization: Bearer <token>`.",
        json_schema_extra=field_extras(
            lines=(63, 64),
            original=Original(
                lang="pt",
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
                lang="pt",
                description=(
                    'Além disso, tal como indicado pela propriedade "token_type", este token é do '
                    'tipo "bearer".'
                ),
            ),
        ),
    )
    expires_in: int = Field(
        description=(
            "Lifetime of the token in seconds. The prose says the token stays valid for 8 hours."
        ),
        json_schema_extra=field_extras(
            quirks=[
                Quirk(
                    lines=(39, 60),
                    text=(
                        "The text says the token remains valid for 8 hours (line 39, i.e. 28800 s), "
                        "but the example response has `expires_in: 86399` (line 60, about 24 "
                        "hours)."
                    ),
                )
            ],
            original=Original(
                lang="pt",
                description=(
                    "Este token é obtido previamente quando um utilizador é autenticado no "
                    "endereço /token e permanece válido durante 8 horas."
                ),
            ),
        ),
    )
    username: str | None = Field(
        None, description="Name of the authenticated user (in the example, the placeholder)."
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
            lang="pt",
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
    """Display style of a task."""

    model_config = schema_config(lines=(513, 516))

    backgroundColor: str | None = Field(
        None, description="Background colour as a hexadecimal `#RRGGBB` string (e.g. `#65A18D`)."
    )
    color: str | None = Field(
        None, description="Text colour as a hexadecimal `#RRGGBB` string (e.g. `#000000`)."
    )


class SkillDomain(BaseModel):
    """The domain a skill belongs to."""

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

    key: int = Field(description="Key of the domain.")
    label: str | None = Field(None, description="Label of the domain.")


class Skill(BaseModel):
    """A skill required by a task."""

    model_config = schema_config(lines=(543, 562))

    key: int = Field(description="Key of the skill.")
    name: str | None = Field(None, description="Name of the skill (e.g. `Enfant`).")
    label: str | None = Field(
        None,
        description="Full label of the skill: domain and name joined by ` > ` (e.g. "
        "`Pédagogie > Enfant`).",
    )
    level: int | None = Field(None, description="Level of the skill.")
    domain: SkillDomain | None = Field(None, description="Domain of the skill.")


class Task(BaseModel):
    """A task. The list returns `key`, `label`, `type` and `style`; the detailed representation
    (`GET /api/task/{id}`) adds `skills`. Other members may be found in the brand's interactive
    documentation (line 69)."""

    model_config = schema_config(
        lines=(506, 565),
        original=Original(
            lang="pt",
            description="Retorna uma representação detalhada do objecto da tarefa com id 756.",
        ),
    )

    key: int = Field(description="Key (id) of the task.")
    label: str | None = Field(None, description="Label of the task.")
    type: int | None = Field(
        None, description="Type of the task, as a numeric key (1467 in the examples)."
    )
    style: TaskStyle | None = Field(None, description="Display style of the task.")
    skills: list[list[Skill]] | None = Field(
        None,
        description=(
            "Skills of the task (detailed representation only): an array of arrays of skills, "
            "as the example shows."
        ),
        json_schema_extra=field_extras(
            quirks=[
                Quirk(
                    lines=(541, 564),
                    text=(
                        "`skills` is printed as an array containing one array of skills; the "
                        "document does not explain the nesting."
                    ),
                )
            ]
        ),
    )


class TaskList(BaseModel):
    """A complete or paged list of tasks."""

    model_config = schema_config(lines=(506, 529))

    totalItems: int = Field(description="Number of tasks in the complete list (all pages).")
    items: list[Task] = Field(description="The tasks of the requested page.")


# --- OAuth clients and tokens: /api/oauth ---------------------------------------------------------


class OAuthClient(BaseModel):
    """An OAuth client: a partner or third-party application allowed to authenticate."""

    model_config = schema_config(lines=(566, 594))

    id: str = Field(description="Identifier of the client (32 hexadecimal characters).")
    name: str | None = Field(None, description="Name of the client.")


class OAuthClientList(BaseModel):
    """The list of OAuth clients."""

    model_config = schema_config(lines=(569, 581))

    totalItems: int = Field(description="Number of OAuth clients.")
    items: list[OAuthClient] = Field(description="The OAuth clients.")


class OAuthClientCreate(BaseModel):
    """Body of `POST /api/oauth/client`: the new client's name."""

    model_config = schema_config(
        lines=(587, 589),
        inferred="`name` is the only field of the example; taken as required.",
    )

    name: str = Field(description="Name of the new OAuth client.")


class OAuthTokenUser(BaseModel):
    """The user an OAuth token is created for, given by key."""

    model_config = schema_config(lines=(602, 604))

    key: int = Field(description="Key of the user (99 in the example).")


class OAuthTokenCreate(BaseModel):
    """Body of `POST /api/oauth/token`: the client and the user the new token is for."""

    model_config = schema_config(
        lines=(595, 605),
        inferred="Both fields of the example taken as required.",
        original=Original(
            lang="pt",
            description=(
                'Criar um novo token OAuth para um cliente dado (aqui "apptest3") e um usuário '
                "dado (aqui o usuário cuja chave é 99)"
            ),
        ),
    )

    clientId: str = Field(description="Id of the OAuth client.")
    user: OAuthTokenUser = Field(description="The user the token is created for.")


class OAuthToken(BaseModel):
    """An OAuth token of a client: its id, user, expiration date and assertion. The complete
    assertion (`jwt`) is only returned when the token is created and cannot be retrieved later."""

    model_config = schema_config(
        lines=(606, 629),
        original=Original(
            lang="pt",
            description=(
                "Retorna o token criado, sua data de expiração e a afirmação relacionada. "
                'Atenção, a afirmação completa (propriedade "jwt") não poderá mais ser '
                "recuperada. Portanto, é aconselhável guardá-la em um local seguro assim que for "
                "criada."
            ),
        ),
    )

    id: str = Field(description="Identifier of the token (32 hexadecimal characters).")
    userKey: int | None = Field(None, description="Key of the user the token was created for.")
    expirationDate: datetime | None = Field(
        None, description="Expiration date of the token (ISO 8601, UTC)."
    )
    resume: str | None = Field(
        None, description="Abbreviated form of the assertion (its start and end, joined by `...`)."
    )
    invalid: bool | None = Field(None, description="Whether the token has been invalidated.")
    jwt: str | None = Field(
        None,
        description=(
            "The complete assertion (a JWT), to be posted as `assertion` to `POST /token`. Only "
            "in the creation response: it cannot be retrieved later, store it safely."
        ),
        json_schema_extra=field_extras(
            lines=607,
            original=Original(
                lang="pt",
                description=(
                    'Atenção, a afirmação completa (propriedade "jwt") não poderá mais ser '
                    "recuperada. Portanto, é aconselhável guardá-la em um local seguro assim que "
                    "for criada."
                ),
            ),
        ),
    )


class OAuthTokenList(BaseModel):
    """The tokens of an OAuth client."""

    model_config = schema_config(lines=(618, 629))

    totalItems: int = Field(description="Number of tokens.")
    items: list[OAuthToken] = Field(description="The tokens (without their `jwt`).")


# --- customers: POST /api/customer (authorization example only) ---------------------------------


class Customer(BaseModel):
    """A customer. The document shows `POST /api/customer` only as an example of an authorized
    request and describes no member; the model is in the brand's interactive documentation."""

    model_config = schema_config(
        lines=(63, 69),
        inferred=(
            "No member is documented (line 65 shows the request line only; models are found in "
            "the interactive documentation, line 69): an open object."
        ),
    )
