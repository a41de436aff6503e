"""The auth view of a client, from ``components.securitySchemes`` and each operation's security.

- apiKey (header/query/cookie), http bearer/basic: one constructor argument per scheme, named
  from the scheme's name (``apiKey`` → ``api_key``).
- oauth2 password flow: ``username``/``password`` constructor arguments; the token is fetched
  from ``tokenUrl`` (relative to the base URL), cached until ``expires_in`` and fetched again once
  on a 401. When the token operation's body also documents ``assertion`` (and ``client_id``), the
  JWT bearer grant is offered with those arguments.
- A logon: an operation with ``security: []`` whose success body has a ``token`` property. Its
  method keeps the token as the credential of every apiKey scheme, so that each later call sends
  it where its security asks (HELIUM V's ``userid`` query / ``hvtoken`` header).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from generator import naming
from generator.clients.types import Annotator

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


def build_auth(
    spec: dict[str, Any], *, annotator: Annotator, ops: list[dict[str, Any]]
) -> AuthView:
    view = AuthView()
    schemes = spec.get("components", {}).get("securitySchemes", {})
    for key, scheme in schemes.items():
        kind = _kind(scheme)
        if kind is None:
            continue
        credential = "" if kind == "oauth2" else naming.snake(key)
        wire_name = scheme.get("name", "Authorization") if kind == "api_key" else "Authorization"
        description = _first_sentence(scheme.get("description", ""))
        view.schemes.append(
            SchemeView(key, kind, scheme.get("in", "header"), wire_name, credential, description)
        )
        if credential:
            view.args.append(ArgView(credential, f"{key} ({_where(kind, scheme)}). {description}"))
        if kind == "oauth2":
            view.grant = _grant(scheme, annotator=annotator, ops=ops)
            for name in view.grant.fields:
                view.args.append(ArgView(name, f"{name} for the token grant of {key}."))
    if any(_is_logon(op, annotator) for op in ops):
        view.logon_credentials = [s.credential for s in view.schemes if s.kind == "api_key"]
    return view


def logon_token_property(op: dict[str, Any], annotator: Annotator) -> str | None:
    return "token" if _is_logon(op, annotator) else None


def _is_logon(op: dict[str, Any], annotator: Annotator) -> bool:
    if op.get("security") != []:
        return False
    schema = _success_json_schema(op)
    return schema is not None and "token" in annotator.resolve(schema).get("properties", {})


def _success_json_schema(op: dict[str, Any]) -> dict[str, Any] | None:
    for status, response in sorted(op.get("responses", {}).items()):
        if status.startswith("2"):
            for media, content in (response.get("content") or {}).items():
                if "json" in media:
                    schema: dict[str, Any] | None = content.get("schema")
                    return schema
    return None


def _kind(scheme: dict[str, Any]) -> str | None:
    kind = scheme.get("type")
    if kind == "apiKey":
        return "api_key"
    if kind == "http":
        return {"bearer": "bearer", "basic": "basic"}.get(str(scheme.get("scheme", "")).lower())
    if kind == "oauth2" and "password" in scheme.get("flows", {}):
        return "oauth2"
    return None


def _where(kind: str, scheme: dict[str, Any]) -> str:
    if kind == "api_key":
        return f"sent as the {scheme.get('in', 'header')} `{scheme.get('name')}`"
    return "sent as `Authorization: Bearer …`" if kind == "bearer" else "sent as `Authorization`"


def _grant(scheme: dict[str, Any], *, annotator: Annotator, ops: list[dict[str, Any]]) -> GrantView:
    url = str(scheme["flows"]["password"]["tokenUrl"])
    token_op = next((op for op in ops if op["path"].strip("/") == url.strip("/")), None)
    security: list[Any] = token_op.get("security", []) if token_op else []
    fields = ["username", "password"]
    jwt: str | None = None
    if token_op is not None:
        body = token_op.get("requestBody", {}).get("content", {})
        for content in body.values():
            schema = annotator.resolve(content.get("schema", {}))
            props = schema.get("properties", {})
            if "assertion" in props:
                grant_types = annotator.resolve(props.get("grant_type", {})).get("enum", [])
                jwt = next((g for g in grant_types if "jwt-bearer" in str(g)), JWT_BEARER)
                fields += ["assertion"] + (["client_id"] if "client_id" in props else [])
            break
    literal = repr(tuple(tuple(alt) for alt in security))
    return GrantView(url=url, security=literal, jwt_grant_type=jwt, fields=fields)


def _first_sentence(text: str) -> str:
    first = " ".join(text.split()).split(". ")[0].rstrip(".")
    return first[:150]
