"""How a collection authenticates: the variables it needs and what each request sends.

Postman's request ``auth`` holds one scheme, but an operation may require several together
(Lagerkoll ``store`` + ``apiKey``, PlanningPME ``X-APPKEY`` + a bearer token): every credential of
the chosen security alternative is sent as an explicit header or query parameter whose value is a
variable. Tokens the API hands out are fetched by the collection's pre-request script
(:mod:`generator.postman.scripts`) and kept in collection variables:

- an OAuth 2 password flow (``tokenUrl``, the token operation): ``{{accessToken}}`` until it expires;
- a logon (``x-logon``): ``{{logonToken}}``, sent as each scheme the logon names.

Everything is read through :mod:`generator.openapi`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from generator.openapi import Api, Operation, SecurityScheme

ACCESS_TOKEN = "accessToken"
ACCESS_TOKEN_EXPIRES = "accessTokenExpires"
LOGON_TOKEN = "logonToken"


@dataclass(frozen=True)
class Variable:
    """An environment variable the user fills in (``secret``: typed so in Postman)."""

    key: str
    secret: bool
    description: str
    value: str = ""


@dataclass(frozen=True)
class Sent:
    """One credential a request sends: ``header`` or ``query``, its name and value template."""

    location: str
    name: str
    value: str
    variable: str  # the variable the value comes from


@dataclass(frozen=True)
class TokenSource:
    """An operation that hands out a token: the OAuth 2 token endpoint or the logon."""

    kind: str  # "password" (OAuth 2 password grant) or "logon" (x-logon)
    operation: Operation
    variable: str  # the collection variable the token is kept in
    token_field: str  # the field of the success body holding the token
    body_fields: tuple[str, ...]  # body fields filled from variables of the same name
    sends: tuple[Sent, ...]  # the credentials the token request itself sends


@dataclass
class AuthPlan:
    variables: list[Variable] = field(default_factory=list)
    sources: list[TokenSource] = field(default_factory=list)
    #: scheme key → how a request sends it
    by_scheme: dict[str, Sent] = field(default_factory=dict)

    @property
    def credential_variables(self) -> list[str]:
        """Every variable a request may send as a credential (the script drops empty ones)."""
        found = [s.variable for s in self.by_scheme.values()]
        return list(dict.fromkeys(found))

    def choose(self, operation: Operation) -> dict[str, list[str]]:
        """The security alternative a request uses: the first whose credentials the collection
        can obtain itself (a fetched token), else the first declared."""
        if operation.is_public:
            return {}
        fetched = {k for k, s in self.by_scheme.items() if s.variable in _TOKEN_VARIABLES}
        return next(
            (alt for alt in operation.security if set(alt) & fetched), operation.security[0]
        )

    def sends(self, operation: Operation) -> list[Sent]:
        return [self.by_scheme[k] for k in self.choose(operation) if k in self.by_scheme]

    def alternatives(self, operation: Operation) -> list[Sent]:
        """Credentials of the other alternatives, offered as disabled entries."""
        chosen = set(self.choose(operation))
        found = [
            self.by_scheme[k]
            for alt in operation.security
            for k in alt
            if k not in chosen and k in self.by_scheme
        ]
        return list({(s.location, s.name): s for s in found}.values())


_TOKEN_VARIABLES = (ACCESS_TOKEN, LOGON_TOKEN)


def plan_auth(api: Api) -> AuthPlan:
    plan = AuthPlan()
    logon_op = api.logon_operation
    logon = api.logon(logon_op) if logon_op is not None else None
    logon_schemes = set(logon.credentials) if logon is not None else set()
    variables: dict[str, Variable] = {}
    for key, scheme in api.security_schemes.items():
        if key in logon_schemes:
            plan.by_scheme[key] = _sent(scheme, LOGON_TOKEN)
        elif scheme.type == "oauth2" and "password" in scheme.flows:
            plan.by_scheme[key] = _sent(scheme, ACCESS_TOKEN)
            for name, secret in (("username", False), ("password", True)):
                variables.setdefault(
                    name,
                    Variable(name, secret, f"{key}: the {name} of the OAuth 2 password grant"),
                )
        elif scheme.type in ("apiKey", "http", "oauth2", "openIdConnect"):
            plan.by_scheme[key] = _sent(scheme, key)
            variables[key] = Variable(key, True, _first_line(scheme.description) or key)
    for scheme in api.security_schemes.values():
        url = scheme.token_urls.get("password", "")
        op = api.token_operation(url) if url else None
        if op is not None and not any(s.operation is op for s in plan.sources):
            plan.sources.append(
                TokenSource(
                    "password",
                    op,
                    ACCESS_TOKEN,
                    "access_token",
                    ("username", "password"),
                    tuple(plan.sends(op)),
                )
            )
    if logon_op is not None and logon is not None:
        fields = _required_body_fields(api, logon_op)
        for name, secret in fields:
            variables.setdefault(
                name, Variable(name, secret, f"logon: the `{name}` sent to log on")
            )
        plan.sources.append(
            TokenSource(
                "logon",
                logon_op,
                LOGON_TOKEN,
                logon.token,
                tuple(n for n, _ in fields),
                tuple(plan.sends(logon_op)),
            )
        )
    plan.variables = list(variables.values())
    return plan


def _sent(scheme: SecurityScheme, variable: str) -> Sent:
    ref = "{{" + variable + "}}"
    if scheme.type == "apiKey" and scheme.location in ("header", "query"):
        return Sent(scheme.location, scheme.name, ref, variable)
    if scheme.type == "http" and scheme.scheme == "basic":
        return Sent("header", "Authorization", "Basic " + ref, variable)
    return Sent("header", "Authorization", "Bearer " + ref, variable)


def _required_body_fields(api: Api, operation: Operation) -> list[tuple[str, bool]]:
    """The required fields of an operation's JSON body, and whether each is a password."""
    body = operation.request_body
    media = body.content.first("json") if body is not None else None
    if media is None or media.schema is None:
        return []
    schema = api.schemas.target(media.schema)
    properties = api.schemas.properties(schema)
    required = schema.get("required") or []
    return [
        (str(name), api.schemas.target(properties.get(name, {})).get("format") == "password")
        for name in required
    ]


def _first_line(text: str) -> str:
    return text.strip().split("\n")[0][:200]
