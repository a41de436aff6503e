"""PlanningPME operations, in the order of the document (planningpme.pt.txt)."""

from typing import Annotated

from pydantic import Field

from generator.describe import (
    FORM,
    Example,
    Operation,
    Original,
    Paging,
    Parameter,
    Quirk,
    RequestBody,
    Resource,
    Response,
)
from specs.planningpme.models import (
    ApiConfig,
    Customer,
    OAuthClient,
    OAuthClientCreate,
    OAuthClientList,
    OAuthToken,
    OAuthTokenCreate,
    OAuthTokenList,
    Task,
    TaskList,
    TokenRequest,
    TokenResponse,
)

#: X-APPKEY alone: the token endpoint (line 43) and GET /api/config (lines 34, 82).
APP_KEY_ONLY: list[dict[str, list[str]]] = [{"appKey": []}]


def accept_language() -> Parameter:
    """The `Accept-Language` header that every call may carry (lines 496-499)."""
    return Parameter(
        name="Accept-Language",
        location="header",
        type=str,
        description=(
            "The language of the response texts, such as error messages, e.g. `pt` (line 498). "
            "The languages available in the PlanningPME API and in PlanningPME WebAccess are: "
            "German (de), English (en), Danish (da), Spanish (es), Finnish (fi), French (fr), "
            "Italian (it), Japanese (ja), Dutch (nl), Norwegian (no), Polish (pl), Portuguese "
            "(pt), Russian (ru), Swedish (sv). The document does not say what other values do, "
            "so any header value is accepted here."
        ),
        lines=(496, 499),
        examples=[Example(name="portuguese", summary="Portuguese texts", value="pt", lines=498)],
        quirks=[
            Quirk(
                lines=498,
                text=(
                    "The header example shows the header name translated into Portuguese "
                    "(`Aceitar-Língua: pt`); the header is `Accept-Language` (line 497)."
                ),
            )
        ],
        original=Original(
            description=(
                "A língua utilizada nos textos de resposta, tais como mensagens de erro, pode ser "
                'especificada com o cabeçalho "Accept-Language". [...] As línguas disponíveis no '
                "PlanningPME API e no PlanningPME WebAccess são: alemão (de), inglês (en), "
                "dinamarquês (da), espanhol (es), finlandês (fi), francês (fr), italiano (it), "
                "japonês (ja), neerlandês (nl), norueguês (no), polaco (pl), português (pt), russo "
                "(ru), sueco (sv)."
            ),
        ),
    )


#: No status code and no error payload is printed anywhere in the document; line 497 says the
#: API answers error messages. The statuses below are HTTP's for the failures the document
#: describes, each marked as inferred.
_NO_ERROR_PRINTED = "The document prints no error response (no status, no payload). "

#: 401 of the calls that carry X-APPKEY and the user's token.
TOKEN_401 = Response(
    status=401,
    description=(
        "The X-APPKEY header is missing or wrong, or the authorization token is missing or has "
        "expired (it is valid for 8 hours): fetch a new one from /token."
    ),
    lines=(31, 39),
    inferred=(
        _NO_ERROR_PRINTED + "It requires the application key on every call (lines 31-33) and, "
        "for most calls, a token from /token that stays valid for 8 hours (lines 38-39); 401 is "
        "HTTP's status for missing or invalid credentials (RFC 9110, section 15.5.2). No payload "
        "is declared: its format is not printed."
    ),
)

#: 401 of the calls that carry X-APPKEY only (POST /token, GET /api/config).
APP_KEY_401 = Response(
    status=401,
    description="The X-APPKEY header is missing or wrong.",
    lines=(27, 33),
    inferred=(
        _NO_ERROR_PRINTED + "Access to the API requires the application key (lines 27, 31) "
        "in the X-APPKEY header (line 33); 401 is HTTP's status for missing or invalid "
        "credentials (RFC 9110, section 15.5.2). No payload is declared: its format is not printed."
    ),
)


def _resource(tag: str, *, app_key_only: bool = False, group: str | None = None) -> Resource:
    """Every call may carry Accept-Language. ``app_key_only``: the token endpoint and the
    configuration, which take (and fail on) the app key alone; every other call takes the
    vendor's default security. ``group``: the clients' namespace, where not the tag's."""
    if app_key_only:
        return Resource(
            tags=[tag],
            security=APP_KEY_ONLY,
            client_group=group,
            parameters=[accept_language()],
            errors=[APP_KEY_401],
        )
    return Resource(
        tags=[tag], client_group=group, parameters=[accept_language()], errors=[TOKEN_401]
    )


AUTHENTICATION = _resource("Authentication", app_key_only=True)
CONFIGURATION = _resource("Configuration", app_key_only=True)
CUSTOMERS = _resource("Customers")
TASKS = _resource("Tasks")
OAUTH = _resource("OAuth", group="oauth")  # not `o_auth`

OPERATIONS: list[Operation] = [
    # --- Security, 2/: the user token -----------------------------------------------------------
    AUTHENTICATION.post(
        path="/token",
        operation_id="getToken",
        client_method="get_token",
        summary="Get an authorization token",
        description=(
            "Authenticates a user and returns the authorization token that most API requests "
            "must present as `Authorization: Bearer <access_token>`, so that the user's and "
            "group's permissions defined in the application apply. The token stays valid for 8 "
            "hours (see the `expires_in` quirk). The form fields depend on the authentication "
            "mode enabled for the API: a) traditional authentication, `grant_type=password` with "
            "`username` and `password`; b) account authentication, "
            "`grant_type=urn:ietf:params:oauth:grant-type:jwt-bearer` with the service account "
            "token (copied from the PlanningPME account application) as `assertion`; c) OAuth "
            "client authentication, the same grant with `client_id` and the client's token as "
            "`assertion`. The call carries the `X-APPKEY` header. (The section's heading, line "
            '37, is "User token and impersonation"; the document says nothing more about '
            "impersonation.)"
        ),
        lines=(37, 64),
        original=Original(
            description=(
                "A maioria dos pedidos de API deve também apresentar um token de autorização, a "
                "fim de determinar o perfil do utilizador que acede aos dados e respeitar as "
                "autorizações de utilizador e de grupo definidas na aplicação. Este token é obtido "
                "previamente quando um utilizador é autenticado no endereço /token e permanece "
                "válido durante 8 horas. Os dados enviados para este endereço diferem consoante o "
                "modo de autenticação escolhido para a aplicação."
            ),
        ),
        quirks=[
            Quirk(
                lines=(39, 60),
                text=(
                    "The text says the token remains valid for 8 hours (line 39), the example "
                    "response says `expires_in: 86399` seconds (line 60), about 24 hours."
                ),
            )
        ],
        request_body=RequestBody(
            model=TokenRequest,
            media_types=[FORM],
            description="The grant and its credentials, form-urlencoded.",
            required=True,
            lines=(40, 54),
            inferred=(
                "Required: each authentication mode is performed by posting these fields (lines "
                "40, 42, 45, 48, 53), and every printed call carries a body (lines 43, 49, 54); "
                "the document does not say it in so many words."
            ),
            examples=[
                Example(
                    name="password_grant",
                    summary="Traditional authentication (user name and password)",
                    lines=43,
                    media_type=FORM,
                    description=(
                        "The form body printed at the end of line 43, "
                        "`grant_type=password&username=o seu_nome_de_utilizador&password=a "
                        "sua_password`, as fields (placeholders verbatim)."
                    ),
                    value={
                        "grant_type": "password",
                        "username": "o seu_nome_de_utilizador",
                        "password": "a sua_password",
                    },
                ),
                Example(
                    name="account_grant",
                    summary="Account authentication (service account token as assertion)",
                    lines=49,
                    media_type=FORM,
                    description=(
                        "The form body printed at the end of line 49, "
                        "`grant_type=urn:ietf:params:oauth:grant-type:jwt-bearer&"
                        "assertion=account_token`, as fields."
                    ),
                    value={
                        "grant_type": "urn:ietf:params:oauth:grant-type:jwt-bearer",
                        "assertion": "account_token",
                    },
                ),
                Example(
                    name="oauth_client_grant",
                    summary="OAuth client authentication (client id and client token)",
                    lines=54,
                    media_type=FORM,
                    description=(
                        "The form body printed at the end of line 54, "
                        "`grant_type=urn:ietf:params:oauth:grant-type:jwt-bearer&"
                        "client_id=id_de_client&assertion=token_de_cliente`, as fields."
                    ),
                    value={
                        "grant_type": "urn:ietf:params:oauth:grant-type:jwt-bearer",
                        "client_id": "id_de_client",
                        "assertion": "token_de_cliente",
                    },
                ),
            ],
        ),
        responses=[
            Response(
                status=200,
                description="Successful authentication: the authorization token.",
                model=TokenResponse,
                inferred="The document says 'successful authentication' without a status code.",
                examples=[
                    Example(
                        name="token",
                        summary="Authorization token",
                        lines=(57, 62),
                        value={
                            "access_token": (
                                "KTuZYDLG2qjUMqMVXDuiP9giFbqDXstESvpUWzBFLpkfdlMiB3PD5s2K7En-"
                                "3o39u56hpr_DlyjEc_...3Is0gcH"
                            ),
                            "token_type": "bearer",
                            "expires_in": 86399,
                            "username": "o seu_nome_de_utilizador",
                        },
                    )
                ],
            ),
            Response(
                status=400,
                description=(
                    "The authentication failed (wrong grant, credentials or assertion), or the "
                    "grant is not enabled for the API."
                ),
                lines=(40, 56),
                inferred=(
                    _NO_ERROR_PRINTED + "Line 56 answers only 'in case of successful "
                    "authentication', so a failed one has another answer. The grants are OAuth 2 "
                    "ones (`password`, RFC 6749 section 4.3; JWT bearer, RFC 7523), whose token "
                    "endpoint answers a failed grant with 400 (RFC 6749 section 5.2). No payload "
                    "is declared: its format is not printed."
                ),
            ),
        ],
    ),
    # --- Security, 2/ d): the authorized request example ----------------------------------------
    CUSTOMERS.post(
        path="/api/customer",
        operation_id="createCustomer",
        client_method="create",
        summary="Create a customer",
        description=(
            "Shown by the document only as the example of a request that presents the "
            "authorization token (`Authorization: Bearer <access_token>`) together with "
            "`X-APPKEY`. Neither its body nor its response is documented, so no body is declared: "
            "the customer model is in the brand's interactive documentation (`/doc/index`, "
            "line 69)."
        ),
        lines=(63, 65),
        inferred=(
            "Line 65 prints the request line `POST /a sua_marca/api/customer` only to illustrate "
            "the Authorization header. It is kept as an operation because the method and path are "
            "printed and a client should be able to send it. The request shows no body and no "
            "Content-Type, so none is declared; the response is an open object and its 200 status "
            "a guess, as for the OAuth creations, which print no status either (lines 590, 606). "
            "The summary reads the method and path (POST on the customer resource); the document "
            "does not say what the call does."
        ),
        original=Original(
            description=(
                "Os pedidos que requerem autorização devem, portanto, apresentar o cabeçalho "
                '"Authorization" com o valor "Bearer", como no exemplo abaixo.'
            ),
        ),
        responses=[
            Response(
                status=200,
                description="The created customer (not documented).",
                model=Customer,
                inferred="No response is printed.",
            )
        ],
    ),
    # --- Using the API, 1/ d): constant enumerations --------------------------------------------
    CONFIGURATION.get(
        path="/api/config",
        operation_id="getConfig",
        client_method="get",
        summary="Get the API configuration and its constant enumerations",
        description=(
            "The complete list of the enums in use with the API version is obtained by calling "
            "this method, in the `enums` member of its response (52 enumerations in v4.7.0.28; "
            "the document elides the other members). The list is not subject to change, except "
            "for future additions."
        ),
        lines=(80, 495),
        quirks=[
            Quirk(
                lines=(34, 82),
                text=(
                    "Line 38 says most requests must also present the authorization token, but "
                    "both printed calls of `GET /api/config` (lines 34 and 82) send `X-APPKEY` "
                    "only: the spec requires the app key alone here."
                ),
            )
        ],
        original=Original(
            summary="Enumerações constantes",
            description=(
                "A lista completa dos enums em uso com a sua versão API é obtida chamando o método "
                '"/api/config". Esta lista não tem direito a alteração, excepto em caso de adição '
                "futura."
            ),
        ),
        responses=[
            Response(
                status=200,
                description="The configuration, with every constant enumeration.",
                model=ApiConfig,
                inferred="No status code is printed; the call returns the list.",
            ),
        ],
    ),
    # --- Using the API, 2/: /api/task -----------------------------------------------------------
    TASKS.get(
        path="/api/task",
        operation_id="listTasks",
        client_method="list",
        paging=Paging(
            style="total", cursor="pageIndex", size="pageSize", items="items", count="totalItems"
        ),
        summary="List tasks",
        description=(
            "Gets a complete or paged list of tasks. With `pageIndex=1&pageSize=20&sortInfo=label+`"
            " it returns a set of tasks holding the second page of 20 tasks sorted by label "
            "descending (as the document says; see the `sortInfo` quirk: line 76 calls `label+` "
            "ascending)."
        ),
        lines=(502, 529),
        original=Original(
            summary='Obtenha uma lista completa ou paginada de tarefas com o método GET "/api/task".',
            description=(
                "Retorna um conjunto de tarefas contendo a segunda página de 20 tarefas ordenadas "
                "por etiqueta descendente."
            ),
        ),
        parameters=[
            Parameter(
                name="pageIndex",
                location="query",
                type=Annotated[int, Field(ge=0)],
                description=(
                    "Zero-based index of the page to return (`pageIndex=1` is the second page, "
                    "lines 504-505). "
                    "Without paging parameters the complete list is returned."
                ),
                examples=[
                    Example(name="page", summary="The second page of 20", value=1, lines=504)
                ],
                lines=(504, 505),
                inferred=(
                    "Zero-based because the document calls `pageIndex=1` the second page "
                    "(line 505); optional because the list may be complete or paged (line 503)."
                ),
            ),
            Parameter(
                name="pageSize",
                location="query",
                type=int,
                description="Number of tasks per page (20 in the example, lines 504-505).",
                examples=[
                    Example(name="page", summary="The second page of 20", value=20, lines=504)
                ],
                lines=(504, 505),
                inferred="Optional because the list may be complete or paged (line 503).",
            ),
            Parameter(
                name="sortInfo",
                location="query",
                type=Annotated[str, Field(pattern=r"^([^+-]+[+-])+$")],
                description=(
                    "GET methods often take this parameter. Sort order of the (complete or paged) "
                    "list: a property name directly followed "
                    "by `+` (ascending) or `-` (descending), e.g. `label+`. Several orders can be "
                    "chained by appending them, e.g. `notValid-label+` sorts by `notValid` "
                    "descending, then by `label` ascending. Property names are case-sensitive. "
                    "The document's example (line 504) writes the `+` literally, which a query "
                    "string decodes as a space; OpenAPI tools send it percent-encoded (`%2B`)."
                ),
                lines=(73, 79),
                examples=[
                    Example(
                        name="label",
                        summary="By label, as the example sends it",
                        value="label+",
                        lines=504,
                    ),
                    Example(
                        name="chained",
                        summary="By notValid descending, then label",
                        value="notValid-label+",
                        lines=78,
                    ),
                ],
                inferred=(
                    "The pattern writes the format of lines 75-78: one or more property names, "
                    "each directly followed by `+` or `-`. Which characters a property name may "
                    "hold is not said, so any but `+` and `-`. Optional: GET methods use it "
                    "'frequently' (line 74)."
                ),
                quirks=[
                    Quirk(
                        lines=(76, 505),
                        text=(
                            "Line 76 says `label+` sorts by `label` ascending, but the example "
                            "request with `sortInfo=label+` (line 504) is described as sorted by "
                            "label descending (line 505)."
                        ),
                    )
                ],
                original=Original(
                    description=(
                        'Os métodos GET utilizam frequentemente um parâmetro "sortInfo" para definir '
                        "a ordem de ordenação da lista completa/paginada devolvida. Esta informação "
                        "é composta com o nome de um bem directamente seguido por um sinal + ou -. "
                        'Por exemplo, utilizar "label+" para ordenar por ordem ascendente da '
                        'propriedade "label". É também possível combinar várias ordens anexando-as. '
                        'Por exemplo, utilizar "notValid-label+" para ordenar pela propriedade '
                        '"notValid" descendente e depois pela propriedade "label" ascendente. '
                        "Esteja ciente de que as etiquetas de propriedade são sensíveis a maiúsculas "
                        "e minúsculas."
                    ),
                ),
            ),
        ],
        responses=[
            Response(
                status=200,
                description="The total number of tasks and the tasks of the requested page.",
                model=TaskList,
                inferred="No status code is printed.",
                quirks=[
                    Quirk(
                        lines=(506, 529),
                        text=(
                            "The printed response elides items with `...` (line 518): it is not "
                            "JSON and is not attached as an example."
                        ),
                    )
                ],
            )
        ],
    ),
    TASKS.get(
        path="/api/task/{id}",
        operation_id="getTask",
        client_method="get",
        summary="Get a task",
        description=(
            "Gets the detailed representation of a task, with its style and its skills (each with "
            "its domain)."
        ),
        lines=(530, 565),
        original=Original(
            summary='Obtenha uma tarefa detalhada com o método GET "/api/task/{id}".',
            description="Retorna uma representação detalhada do objecto da tarefa com id 756.",
        ),
        parameters=[
            Parameter(
                name="id",
                location="path",
                required=True,
                type=int,
                description="Key of the task (756 in the example, line 531).",
                examples=[Example(name="task", summary="Task 756", value=756, lines=531)],
                lines=(530, 532),
            ),
        ],
        responses=[
            Response(
                status=200,
                description="The detailed task.",
                model=Task,
                inferred="No status code is printed.",
                examples=[
                    Example(
                        name="task_756",
                        summary="Task 756 with its skills",
                        lines=(533, 565),
                        value={
                            "key": 756,
                            "label": "Cours d'anglais pour enfant",
                            "type": 1467,
                            "style": {"backgroundColor": "#65A18D", "color": "#000000"},
                            "skills": [
                                [
                                    {
                                        "key": 12,
                                        "name": "Enfant",
                                        "label": "Pédagogie > Enfant",
                                        "level": 1,
                                        "domain": {"key": 4, "label": "Pédagogie"},
                                    },
                                    {
                                        "key": 83,
                                        "name": "Anglais",
                                        "label": "Langue > Anglais",
                                        "level": 1,
                                        "domain": {"key": 4, "label": "Langue"},
                                    },
                                ]
                            ],
                        },
                    )
                ],
            )
        ],
    ),
    # --- Using the API, 2/: /api/oauth ----------------------------------------------------------
    OAUTH.get(
        path="/api/oauth/client",
        operation_id="listOAuthClients",
        client_method="list_clients",
        summary="List OAuth clients",
        description="Retrieves the list of the OAuth clients.",
        lines=(566, 581),
        original=Original(
            summary='Recuperar a lista dos clientes OAuth com o método GET "/api/oauth/client".',
        ),
        responses=[
            Response(
                status=200,
                description="The OAuth clients.",
                model=OAuthClientList,
                inferred="No status code is printed.",
                examples=[
                    Example(
                        name="clients",
                        summary="Two OAuth clients",
                        lines=(569, 581),
                        value={
                            "totalItems": 2,
                            "items": [
                                {"id": "2bc87bded6bf4de7babe8ea5a9452735", "name": "backoffice"},
                                {"id": "1601c39ed33a4c4084750356a7f8d7a5", "name": "apptest2"},
                            ],
                        },
                    )
                ],
            )
        ],
    ),
    OAUTH.post(
        path="/api/oauth/client",
        operation_id="createOAuthClient",
        client_method="create_client",
        summary="Create an OAuth client",
        description="Creates a new OAuth client and returns it with its identifier.",
        lines=(582, 594),
        original=Original(
            summary='Criar um novo cliente OAuth com o método POST "/api/oauth/client".',
            description="Retorna o cliente criado e seu identificador.",
        ),
        request_body=RequestBody(
            model=OAuthClientCreate,
            description="The name of the new client.",
            required=True,
            inferred=(
                "Required: the new client is created with the name the body gives (lines "
                "587-593); the document prints no call without a body."
            ),
            examples=[
                Example(
                    name="new_client",
                    summary="Client apptest3",
                    lines=(587, 589),
                    value={"name": "apptest3"},
                )
            ],
        ),
        responses=[
            Response(
                status=200,
                description="The created client and its identifier.",
                model=OAuthClient,
                inferred="No status code is printed (200 rather than 201 is a guess).",
                examples=[
                    Example(
                        name="created_client",
                        summary="The created client apptest3",
                        lines=(591, 594),
                        value={"id": "22f37990d2304af3a9e20dc4b05efe26", "name": "apptest3"},
                    )
                ],
            )
        ],
    ),
    OAUTH.post(
        path="/api/oauth/token",
        operation_id="createOAuthToken",
        client_method="create_token",
        summary="Create an OAuth token for a client and a user",
        description=(
            "Creates a new OAuth token for a given client and a given user. Returns the created "
            "token, its expiration date and the related assertion. The complete assertion (the "
            "`jwt` property) cannot be retrieved later: store it somewhere safe as soon as it is "
            "created. The client then posts it as `assertion`, with its `client_id`, to "
            "`POST /token`."
        ),
        lines=(595, 615),
        original=Original(
            summary=(
                'Criar um novo token OAuth para um cliente dado (aqui "apptest3") e um usuário '
                'dado (aqui o usuário cuja chave é 99), com o método POST "/api/oauth/token".'
            ),
            description=(
                "Retorna o token criado, sua data de expiração e a afirmação relacionada. "
                'Atenção, a afirmação completa (propriedade "jwt") não poderá mais ser '
                "recuperada. Portanto, é aconselhável guardá-la em um local seguro assim que for "
                "criada."
            ),
        ),
        request_body=RequestBody(
            model=OAuthTokenCreate,
            description="The client and the user of the new token.",
            required=True,
            inferred=(
                "Required: the token is created for a given client and a given user (line 595), "
                "which only the body names (lines 600-605)."
            ),
            examples=[
                Example(
                    name="new_token",
                    summary="Token for client apptest3 and user 99",
                    lines=(600, 605),
                    value={"clientId": "22f37990d2304af3a9e20dc4b05efe26", "user": {"key": 99}},
                )
            ],
        ),
        responses=[
            Response(
                status=200,
                description="The created token, with its complete assertion (`jwt`).",
                model=OAuthToken,
                inferred="No status code is printed (200 rather than 201 is a guess).",
                examples=[
                    Example(
                        name="created_token",
                        summary="The created token with its jwt",
                        lines=(608, 615),
                        value={
                            "id": "63d134cf760940e7af7acf16e4890835",
                            "userKey": 99,
                            "expirationDate": "2027-05-14T13:11:49.8116664Z",
                            "resume": "eyJhbGciOiJodHR...wtO_PkdOFllvyNk",
                            "invalid": False,
                            "jwt": (
                                "eyJhbGciOiJodHRwOi8vd3d3FgdfLm9yZy8yMDAxLzA0L3htbGRzaWctbW9yZSNo"
                                "bWFjLXNoYTI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxIiwidW5pcXVlX25hbWU"
                                "iOiI2M2QxMzRjZjc2MDk0MGU3YWY3YWNmMTZlODk1MDgzNSIsImp0aSI6ImRkOGM"
                                "0OTZlLTBlZjYtNDQ5MS04MGNkLTM1YzRkODIxMGZlZSIsImlhdCI6MTc0NzIlkj3"
                                "45SwibmJmIjoxNzQ3MjI4MzA5LCJleHAiOjE4MTAzMDAzMDksImlzcyI6Imh0dHB"
                                "zOi8vYXBpLnBsYW5uaW5ncG1lLmNvbSIsImF1ZCI6IjMzZjM3OTkwZDIzMDRhZjN"
                                "hOWUyMGRjNGIwNWVmZTI2In0.9f-X_bc4Ca8gTyQ_FZJsAvdH0gkWwtO_PkdOFll"
                                "vyNk"
                            ),
                        },
                    )
                ],
            )
        ],
    ),
    OAUTH.get(
        path="/api/oauth/token",
        operation_id="listOAuthTokens",
        client_method="list_tokens",
        summary="List the tokens of an OAuth client",
        description="Retrieves the list of the tokens related to an OAuth client.",
        lines=(616, 629),
        original=Original(
            summary=(
                "Recuperar a lista dos tokens relacionados a um cliente OAuth com o método GET "
                '"/api/oauth/token?clientID={id}".'
            ),
        ),
        quirks=[
            Quirk(
                lines=(573, 622),
                text=(
                    "The example data do not match: the query names client "
                    "`2bc87bded6bf4de7babe8ea5a9212735` (line 617), which is none of the listed "
                    "clients (`2bc87bded6bf4de7babe8ea5a9452735`, line 573), and the token "
                    "returned (line 622) is the one created for client "
                    "`22f37990d2304af3a9e20dc4b05efe26` (lines 601, 609)."
                ),
            )
        ],
        parameters=[
            Parameter(
                name="clientId",
                location="query",
                required=True,
                type=str,
                description=(
                    "Id of the OAuth client whose tokens are listed "
                    "(`2bc87bded6bf4de7babe8ea5a9212735` in the example, line 617)."
                ),
                examples=[
                    Example(
                        name="client",
                        summary="Tokens of one client",
                        value="2bc87bded6bf4de7babe8ea5a9212735",
                        lines=617,
                    )
                ],
                lines=(616, 617),
                inferred=(
                    "Required because the call lists the tokens of a given client and the example "
                    "always sends it."
                ),
                quirks=[
                    Quirk(
                        lines=(616, 617),
                        text=(
                            "The text spells the parameter `clientID` (line 616), the example "
                            "request `clientId` (line 617); the example's spelling is used."
                        ),
                    )
                ],
            ),
        ],
        responses=[
            Response(
                status=200,
                description="The tokens of the client, without their complete assertion.",
                model=OAuthTokenList,
                inferred="No status code is printed.",
                examples=[
                    Example(
                        name="client_tokens",
                        summary="One token",
                        lines=(618, 629),
                        value={
                            "totalItems": 1,
                            "items": [
                                {
                                    "id": "63d134cf760940e7af7acf16e4890835",
                                    "userKey": 99,
                                    "expirationDate": "2027-05-14T13:11:49.8116664Z",
                                    "resume": "eyJhbGciOiJodHR...wtO_PkdOFllvyNk",
                                    "invalid": False,
                                }
                            ],
                        },
                    )
                ],
            )
        ],
    ),
]
