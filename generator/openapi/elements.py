"""The elements of an emitted document as frozen records: what every renderer reads."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

#: Method order inside a path item, as the OpenAPI specification lists them.
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def extensions(node: Mapping[str, Any]) -> dict[str, Any]:
    """The ``x-`` keys of a node (``x-source``, ``x-inferred``, ``x-quirks``, ...)."""
    return {k: v for k, v in node.items() if isinstance(k, str) and k.startswith("x-")}


def media_kind(media_type: str) -> str:
    """``json``, ``xml``, ``form``, ``multipart`` or ``other``."""
    base = media_type.split(";")[0].strip().lower()
    if base == "application/json" or base.endswith("+json"):
        return "json"
    if base.endswith("/xml") or base.endswith("+xml"):
        return "xml"
    if base == "application/x-www-form-urlencoded":
        return "form"
    if base.startswith("multipart/"):
        return "multipart"
    return "other"


@dataclass(frozen=True)
class Example:
    name: str
    summary: str
    value: Any
    extensions: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Media:
    """One media type of a body: its schema (as emitted) and its documented examples."""

    media_type: str
    schema: dict[str, Any] | None
    examples: tuple[Example, ...]

    @property
    def kind(self) -> str:
        return media_kind(self.media_type)

    @property
    def example(self) -> tuple[bool, Any]:
        """``(True, value)`` of the first documented example, ``(False, None)`` without one."""
        if self.examples:
            return True, self.examples[0].value
        return False, None


@dataclass(frozen=True)
class Content:
    """The media types of a request or response body, in the document's order."""

    media: tuple[Media, ...] = ()

    def __iter__(self) -> Iterator[Media]:
        return iter(self.media)

    def __bool__(self) -> bool:
        return bool(self.media)

    @property
    def media_types(self) -> list[str]:
        return [m.media_type for m in self.media]

    def get(self, media_type: str) -> Media | None:
        return next((m for m in self.media if m.media_type == media_type), None)

    def first(self, kind: str | None = None) -> Media | None:
        """The first media type (of ``kind``: ``json``, ``xml``, ``form``, ...)."""
        return next((m for m in self.media if kind is None or m.kind == kind), None)

    @property
    def schema(self) -> dict[str, Any] | None:
        """The first media type's schema that is a mapping."""
        return next((m.schema for m in self.media if isinstance(m.schema, dict)), None)


@dataclass(frozen=True)
class Parameter:
    name: str
    location: str  # path, query, header or cookie
    required: bool
    schema: dict[str, Any]
    description: str
    examples: tuple[Any, ...]
    deprecated: bool
    extensions: dict[str, Any]


@dataclass(frozen=True)
class Header:
    name: str
    required: bool
    schema: dict[str, Any]
    description: str
    examples: tuple[Any, ...]
    extensions: dict[str, Any]


@dataclass(frozen=True)
class RequestBody:
    required: bool
    description: str
    content: Content
    extensions: dict[str, Any]


@dataclass(frozen=True)
class Response:
    status: str  # "200", "4XX", "default"
    description: str
    content: Content
    headers: tuple[Header, ...]
    extensions: dict[str, Any]

    @property
    def is_success(self) -> bool:
        return self.status[:1] == "2"

    @property
    def is_error(self) -> bool:
        return self.status[:1] in ("4", "5") or self.status == "default"

    @property
    def code(self) -> int | None:
        """The status as a number (``2XX`` as 200); None for ``default``."""
        if self.status.isdigit():
            return int(self.status)
        if len(self.status) == 3 and self.status[0].isdigit() and self.status[1:].upper() == "XX":
            return int(self.status[0]) * 100
        return None

    @property
    def has_example(self) -> bool:
        return any(m.examples for m in self.content)


@dataclass(frozen=True)
class SecurityScheme:
    key: str
    type: str  # apiKey, http, oauth2, openIdConnect, mutualTLS
    location: str  # header, query or cookie (apiKey); "header" otherwise
    name: str  # the header/query/cookie name (apiKey); "Authorization" otherwise
    scheme: str  # http: bearer, basic (lower case)
    description: str
    token_url: str  # oauth2 password flow
    flows: dict[str, Any]
    extensions: dict[str, Any]

    @property
    def token_urls(self) -> dict[str, str]:
        """Each OAuth 2 flow (``password``, ``clientCredentials``, …) and its ``tokenUrl``
        (empty for a flow without one), in the document's order."""
        return {
            str(flow): str(value.get("tokenUrl", "") or "") if isinstance(value, Mapping) else ""
            for flow, value in self.flows.items()
        }


@dataclass(frozen=True)
class Server:
    url: str
    description: str
    variables: dict[str, dict[str, Any]]
    extensions: dict[str, Any]

    @property
    def resolved_url(self) -> str:
        """The URL with every variable at its default."""
        url = self.url
        for name, variable in self.variables.items():
            url = url.replace("{" + name + "}", str(variable.get("default", "")))
        return url


@dataclass(frozen=True)
class Tag:
    name: str
    description: str
    extensions: dict[str, Any]


@dataclass(frozen=True)
class Operation:
    method: str  # upper case
    path: str
    operation_id: str
    summary: str
    description: str
    tags: tuple[str, ...]
    deprecated: bool
    #: The effective requirements: the operation's own, else the document's.
    security: tuple[dict[str, list[str]], ...]
    parameters: tuple[Parameter, ...]
    request_body: RequestBody | None
    responses: tuple[Response, ...]
    extensions: dict[str, Any]

    @property
    def where(self) -> str:
        """``GET /v1/user/{no}``: how reports and docs name the operation."""
        return f"{self.method} {self.path}"

    @property
    def is_public(self) -> bool:
        """No credential needed (``security: []`` or only an empty alternative)."""
        return not self.security or any(not alt for alt in self.security)

    def response(self, status: str) -> Response | None:
        return next((r for r in self.responses if r.status == status), None)

    def response_for(self, code: int) -> Response | None:
        """The response documented for a status: exact, then its ``4XX`` range, then default."""
        return (
            self.response(str(code))
            or self.response(f"{str(code)[0]}XX")
            or self.response("default")
        )

    @property
    def successes(self) -> list[Response]:
        """The 2xx responses, lowest status first."""
        return sorted((r for r in self.responses if r.is_success), key=lambda r: r.status)

    @property
    def first_success(self) -> Response | None:
        """The lowest 2xx status: what a client method returns."""
        found = self.successes
        return found[0] if found else None

    @property
    def documented_success(self) -> Response | None:
        """The success the document shows: the first 2xx with an example, else the lowest 2xx."""
        found = self.successes
        return next((r for r in found if r.has_example), found[0] if found else None)

    @property
    def errors(self) -> list[Response]:
        return [r for r in self.responses if r.is_error]

    def parameters_in(self, location: str) -> list[Parameter]:
        return [p for p in self.parameters if p.location == location]
