"""PlanningPME API: the vendor description (document planningpme.pt.txt, in Portuguese)."""

from generator.describe import (
    Collection,
    OAuthFlow,
    Original,
    Quirk,
    SecurityScheme,
    Server,
    ServerVariable,
    Tag,
    Vendor,
)
from specs.planningpme.operations import OPERATIONS

#: The brand placeholder of the addresses: a quirk of both servers.
BRAND_QUIRK = Quirk(
    lines=(15, 19),
    text=(
        'The brand key placeholder is announced as "seu_marca" (line 15) but written '
        '"a sua_marca", with a space, in every address (lines 17, 19, 24, 26, 36 and the request '
        "lines): a translation artefact, not part of the URL. It is the `brand` variable."
    ),
)
_SLASH = (
    " The document prints the address with a trailing slash (line 17); here it ends at the "
    "brand, because the operation paths begin with `/`."
)

BRAND = ServerVariable(
    default="mycompany",
    description=(
        'The brand key. If the brand name is "MyCompany", you should probably use the brand key '
        '"mycompany" (case ignored) to build the API address (line 14): the default is that '
        'example. The document writes the key as the placeholder "a sua_marca".'
    ),
)

VENDOR = Vendor(
    key="planningpme",
    title="PlanningPME API",
    version="4.7.0.28",
    language="pt",
    document="planningpme.pt.txt",
    description=(
        "Link your planning data with the rest of your information system. PlanningPME gives "
        "read and write access to its database through a dedicated API, which follows the current "
        "development standard (a REST implementation, data carried as JSON) so that "
        "synchronizations and integrations are simple to program. "
        "Every customer has its own API address, built from its brand key. "
        "Every call carries the application key in the `X-APPKEY` header; most calls also carry "
        "a user's authorization token (`Authorization: Bearer …`) obtained from `POST /token`. "
        "Dates are ISO 8601 (e.g. `2018-01-25T18:05:00Z`). List calls often take a `sortInfo` "
        "sort order. The data models are described by each brand's interactive documentation, "
        "`https://api.planningpme.com/{brand}/doc/index?appkey=…` (not an API call). The version "
        "is the one the document gives for its list of enumerations (line 83)."
    ),
    lines=(1, 28),
    original=Original(
        summary="PlanningPME API - Documentação do desenvolvedor",
        description=(
            "Interligue os seus dados de planeamento com o resto do seu sistema de informação. "
            "PlanningPME permite o acesso de leitura e escrita à sua base de dados através de uma "
            "API dedicada. A API PlanningPME segue o padrão de desenvolvimento actual "
            "(implementação REST e transporte de dados em formato JSON) para uma programação "
            "simples das suas sincronizações e integrações."
        ),
    ),
    servers=[
        Server(
            url="https://api.planningpme.com/{brand}",
            description="The brand's API base address." + _SLASH,
            variables={"brand": BRAND},
            lines=(12, 19),
            quirks=[BRAND_QUIRK],
        ),
        Server(
            url="https://try.planningpme.com/{brand}",
            description='The other base address the document gives for a brand ("or").' + _SLASH,
            variables={"brand": BRAND},
            lines=(12, 19),
            quirks=[BRAND_QUIRK],
        ),
    ],
    security_schemes=[
        SecurityScheme(
            key="appKey",
            type="apiKey",
            name="X-APPKEY",
            location="header",
            description=(
                "Access to the API requires a key that identifies the application and secures its "
                "access: an appkey. It is available in the PlanningPME account (if account "
                "authentication is enabled for the API) or on request from support. It must always "
                "be passed in the headers of an API call, in the dedicated `X-APPKEY` header."
            ),
            lines=(30, 36),
            original=Original(
                summary="Apresentação da chave de aplicação",
                description=(
                    "O acesso à sua API requer uma chave que identifique sua aplicação e assegure "
                    "seu acesso: uma appkey. Esta appkey está disponível na sua conta PlanningPME "
                    "(se a autenticação da conta estiver activada na sua API), ou a pedido do "
                    "suporte. A appkey deve ser sempre passada nos cabeçalhos de uma chamada API, "
                    'utilizando o cabeçalho dedicado "X-APPKEY".'
                ),
            ),
            quirks=[
                Quirk(
                    lines=(501, 617),
                    text=(
                        'Line 501 says the examples use the app key "your_key" and the token '
                        '"your_token", but the requests show `a sua_chave` (lines 504, 568, 617), '
                        "the French `votre_clé` (lines 531, 585, 598) and `seu_token`."
                    ),
                )
            ],
        ),
        SecurityScheme(
            key="bearerToken",
            type="http",
            scheme="bearer",
            description=(
                "User token and impersonation. Most API requests must also present an "
                "authorization token, which determines the profile of the user accessing the data "
                "so that the user and group permissions defined in the application are respected. "
                "It is obtained beforehand when a user authenticates at `/token` and stays valid "
                "for 8 hours. The token is the `access_token` of the response, of type `bearer` "
                "(whatever the grant used to get it), so requests that need authorization present "
                "the header `Authorization: Bearer <access_token>`. The document says nothing more "
                "about impersonation."
            ),
            lines=(37, 65),
            original=Original(
                summary="Ficha de utilizador e imitação",
                description=(
                    "A maioria dos pedidos de API deve também apresentar um token de autorização, "
                    "a fim de determinar o perfil do utilizador que acede aos dados e respeitar as "
                    "autorizações de utilizador e de grupo definidas na aplicação. Este token é "
                    "obtido previamente quando um utilizador é autenticado no endereço /token e "
                    'permanece válido durante 8 horas. [...] A propriedade "access_token" contém o '
                    "token de autorização da API. Além disso, tal como indicado pela propriedade "
                    '"token_type", este token é do tipo "bearer". Os pedidos que requerem '
                    'autorização devem, portanto, apresentar o cabeçalho "Authorization" com o '
                    'valor "Bearer", como no exemplo abaixo.'
                ),
            ),
        ),
        SecurityScheme(
            key="passwordGrant",
            type="oauth2",
            description=(
                "The same authorization token, fetched by the tool itself with the password grant "
                "of `POST /token`: traditional authentication, if it is enabled, with user name "
                "and password. The token "
                "endpoint also needs the `X-APPKEY` header. The other grants (account and OAuth "
                "client authentication, JWT bearer) are not OAuth 2 flows that OpenAPI can "
                "describe: use `bearerToken` with the token they return."
            ),
            flows=[OAuthFlow(kind="password", token_url="token")],
            lines=(41, 64),
            original=Original(
                summary="Autenticação tradicional",
                description=(
                    "Se estiver activada, a autenticação tradicional é executada colocando o nome "
                    "de utilizador e a palavra-passe."
                ),
            ),
            inferred=(
                "tokenUrl cannot contain the {brand} variable, so it is `token`, a reference "
                "relative to the selected server (OpenAPI resolves relative URLs against the "
                "server URL). Tools that resolve it by RFC 3986 against the server URL without its "
                "trailing `/` reach https://api.planningpme.com/token and lose the brand: there, "
                "set the token URL to https://api.planningpme.com/<brand>/token by hand."
            ),
        ),
    ],
    security=[
        {"appKey": [], "bearerToken": []},
        {"appKey": [], "passwordGrant": []},
    ],
    tags=[
        Tag(
            name="Authentication",
            description=("Security: the application key and getting a user's authorization token."),
            lines=(29, 65),
            original=Original(summary="Segurança"),
        ),
        Tag(
            name="Customers",
            description="Customers (shown only as an example of an authorized request).",
            lines=(63, 65),
        ),
        Tag(
            name="Configuration",
            description="Constant enumerations, listed by the API configuration (`/api/config`).",
            lines=(80, 495),
            original=Original(summary="Enumerações constantes"),
        ),
        Tag(
            name="Tasks",
            description="Tasks: complete or paged lists and detailed representations.",
            lines=(502, 565),
        ),
        Tag(
            name="OAuth",
            description=(
                "OAuth clients (partners and third-party applications) and their tokens, which "
                "the clients exchange for an authorization token at `POST /token`. The "
                "administrator manages OAuth access through the API or in the application "
                "(Tools > Options > OAuth)."
            ),
            lines=(566, 629),
            original=Original(
                description=(
                    "O administrador pode gerir o acesso OAuth por API, ou fazê-lo a partir do "
                    'ecrã "Ferramentas > Opções > OAuth".'
                ),
            ),
        ),
    ],
    collections=[
        Collection(
            name="tasks",
            path="/api/task",
            item="/api/task/{id}",
            id="key",
            lines=(502, 565),
            inferred="The document reads task 756 at /api/task/756 and lists it with key 756 "
            "(lines 510, 531-534): {id} is taken to be the task's key. List and read only: no "
            "writes of tasks are documented.",
        ),
        Collection(
            name="oauth-clients",
            path="/api/oauth/client",
            id="id",
            items="items",
            lines=(566, 594),
            inferred="The create sends only a name and answers the client with its id (lines "
            "582-594): the server assigns it.",
        ),
        Collection(
            name="oauth-tokens",
            path="/api/oauth/token",
            id="id",
            items="items",
            lines=(595, 629),
            inferred="The create sends a client id and a user and answers the token with its "
            "id (lines 595-615): the server assigns it. The list is of one client's tokens "
            "(clientId, lines 616-617); the mock lists every token whatever the clientId.",
        ),
    ],
    operations=OPERATIONS,
)
