"""The auth view of a client, from the document's security schemes and its ``x-logon``.

- apiKey (header/query/cookie), http bearer/basic: one constructor argument per scheme, named
  from the scheme's name (``apiKey`` → ``api_key``).
- oauth2 password flow: ``username``/``password`` constructor arguments; the token is fetched
  from ``tokenUrl`` (relative to the base URL), cached until ``expires_in`` and fetched again once
  on a 401. When the token operation's body also documents ``assertion`` (and ``client_id``), the
  JWT bearer grant is offered with those arguments.
- A logon (``x-logon``): its method keeps the returned token as the credential of each scheme
  the logon names, so that each later call sends it where its security asks (HELIUM V's
  ``userid`` query / ``hvtoken`` header).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from generator import naming
from generator.clients.types import Annotator
from generator.openapi import Api, SecurityScheme

JWT_BEARER = "urn:ietf:params:oauth:grant-type:jwt-bearer"


@dataclass(frozen=True)
class SchemeView:
    key: str
    kind: str
    location: str
    wire_name: str
    credential: str
    description: str


@dataclass(frozen=True)
class ArgView:
    name: str
    doc: str


@dataclass(frozen=True)
class GrantView:
    url: str
    security: str  # a Python literal
    jwt_grant_type: str | None
    fields: list[str]


@dataclass
class AuthView:
    schemes: list[SchemeView] = field(default_factory=list)
    args: list[ArgView] = field(default_factory=list)
    grant: GrantView | None = None
    logon_credentials: list[str] = field(default_factory=list)

    @property
    def credentials(self) -> list[str]:
        return [s.credential for s in self.schemes if s.credential]


def build_auth(api: Api, *, annotator: Annotator) -> AuthView:
    view = AuthView()
    for key, scheme in api.security_schemes.items():
        kind = _kind(scheme)
        if kind is None:
            continue
        credential = "" if kind == "oauth2" else naming.snake(key)
        wire_name = (scheme.name or "Authorization") if kind == "api_key" else "Authorization"
        description = _first_sentence(scheme.description)
        view.schemes.append(
            SchemeView(key, kind, scheme.location, wire_name, credential, description)
        )
        if credential:
            view.args.append(ArgView(credential, f"{key} ({_where(kind, scheme)}). {description}"))
        if kind == "oauth2":
            view.grant = _grant(scheme, api=api, annotator=annotator)
            for name in view.grant.fields:
                view.args.append(ArgView(name, f"{name} for the token grant of {key}."))
    for op in api.operations:
        logon = api.logon(op)
        if logon is not None:
            sends = set(logon.credentials)
            view.logon_credentials = [s.credential for s in view.schemes if s.key in sends]
            break
    return view


def _kind(scheme: SecurityScheme) -> str | None:
    if scheme.type == "apiKey":
        return "api_key"
    if scheme.type == "http":
        return {"bearer": "bearer", "basic": "basic"}.get(scheme.scheme)
    if scheme.type == "oauth2" and "password" in scheme.flows:
        return "oauth2"
    return None


def _where(kind: str, scheme: SecurityScheme) -> str:
    if kind == "api_key":
        return f"sent as the {scheme.location} `{scheme.name}`"
    return "sent as `Authorization: Bearer …`" if kind == "bearer" else "sent as `Authorization`"


def _grant(scheme: SecurityScheme, *, api: Api, annotator: Annotator) -> GrantView:
    url = scheme.token_url
    token_op = api.token_operation(url)
    fields = ["username", "password"]
    jwt: str | None = None
    if token_op is not None and token_op.request_body is not None:
        media = token_op.request_body.content.first()
        props = annotator.resolve(media.schema if media else {}).get("properties", {})
        if "assertion" in props:
            grant_types = annotator.resolve(props.get("grant_type", {})).get("enum", [])
            jwt = next((g for g in grant_types if "jwt-bearer" in str(g)), JWT_BEARER)
            fields += ["assertion"] + (["client_id"] if "client_id" in props else [])
    security = token_op.security if token_op else ()
    literal = repr(tuple(tuple(alt) for alt in security))
    return GrantView(url=url, security=literal, jwt_grant_type=jwt, fields=fields)


def _first_sentence(text: str) -> str:
    first = " ".join(text.split()).split(". ")[0].rstrip(".")
    return first[:150]
