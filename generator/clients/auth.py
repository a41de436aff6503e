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

import re
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
                view.args.append(ArgView(name, _grant_doc(name, key, view.grant.url)))
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


def _grant_doc(name: str, scheme_key: str, url: str) -> str:
    """What a token-grant argument is for: ``username``/``password`` belong to the scheme's
    password flow; ``assertion`` and ``client_id`` to the JWT bearer grant the token
    operation's body documents besides it (not an OAuth 2 flow the scheme can declare)."""
    if "://" not in url:
        url = "/" + url.lstrip("/")  # relative to the server, as OpenAPI resolves it
    if name in ("username", "password"):
        return f"{name} for the password grant of {scheme_key} (`POST {url}`)."
    if name == "assertion":
        return (
            f"the JWT for the JWT bearer grant of `POST {url}` (instead of username and password)."
        )
    return f"{name} sent with `assertion` in the JWT bearer grant of `POST {url}`."


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z`\"'(])")
_DOC_LENGTH = 240


def _first_sentence(text: str) -> str:
    """The opening of a scheme's description, in whole sentences with their full stops: a
    heading-like first one ("User token and impersonation.") is followed by the next, so that a
    line never reads cut off; a first sentence longer than the limit is kept whole all the same
    (a sentence cut at a length would say something the document does not)."""
    sentences = [s for s in _SENTENCE_END.split(" ".join(text.split())) if s]
    taken: list[str] = []
    for sentence in sentences:
        if taken and (
            len(" ".join(taken)) >= 60 or len(" ".join([*taken, sentence])) > _DOC_LENGTH
        ):
            break
        taken.append(sentence)
    return " ".join(taken)
