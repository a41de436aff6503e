"""The description language: the objects a curator writes in ``specs/<vendor>/``.

Everything here is data. Construction checks only the shape of each object (types, allowed
literals); the cross-object rules (path template against path parameters, unique operationIds,
examples against their schemas, cited lines inside the document, …) live in ``check.py``, which
knows the vendor and the operation and can therefore name them in its errors.

Curators describe payloads with ordinary pydantic models (``specs/<vendor>/models.py``) and attach
provenance to them with :func:`schema_config` (models), :func:`field_extras` (fields) and
:class:`DocEnum` (named enums).
"""

from __future__ import annotations

import re
from enum import Enum
from typing import Annotated, Any, ClassVar, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator
from pydantic.annotated_handlers import GetJsonSchemaHandler
from pydantic.json_schema import JsonSchemaValue, WithJsonSchema
from pydantic_core import CoreSchema

HttpMethod = Literal["get", "put", "post", "delete", "patch", "head", "options"]
#: A client name chosen by the curator (``x-fern-sdk-group-name`` / ``x-fern-sdk-method-name``):
#: a snake_case Python identifier, so that every client generator can use it as it is.
ClientName = Annotated[str, Field(pattern=r"^[a-z][a-z0-9]*(_[a-z0-9]+)*$")]
ParameterLocation = Literal["path", "query", "header", "cookie"]

#: Media types the builder knows how to describe and validate examples for.
JSON = "application/json"
FORM = "application/x-www-form-urlencoded"
MULTIPART = "multipart/form-data"
XML = "application/xml"


#: A body the document types only as ``object`` (no fields): ``{type: object}``, nothing more.
XmlObject = Annotated[Any, WithJsonSchema({"type": "object"})]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", arbitrary_types_allowed=True)


class Lines(_Frozen):
    """An inclusive range of lines in a vendor document (1-based, as an editor shows them)."""

    start: int
    end: int

    def as_list(self) -> list[int]:
        return [self.start, self.end]

    def __str__(self) -> str:
        return str(self.start) if self.start == self.end else f"{self.start}-{self.end}"


def _lines(value: Any) -> Any:
    """Accept ``12``, ``(12, 30)`` or ``[12, 30]`` wherever a line range is expected."""
    if isinstance(value, int):
        return {"start": value, "end": value}
    if isinstance(value, tuple | list) and len(value) == 2:
        return {"start": value[0], "end": value[1]}
    return value


class Source(_Frozen):
    """Where an element is described: ``x-source: {document, lines}``.

    ``document`` defaults to the vendor's document and is filled in by the builder.
    """

    lines: Lines
    document: str | None = None

    _coerce = field_validator("lines", mode="before")(_lines)


class _Cited(_Frozen):
    """An element that cites its lines: ``source=Source(lines=(10, 15))``, or for short
    ``lines=(10, 15)`` (or ``lines=12``), which is the same source in the vendor's document.

    ``lines`` is only a way of writing ``source``: it is moved there, so the two spellings give
    equal objects and ``lines`` reads ``None`` afterwards. Giving both is an error.
    """

    source: Source | None = None
    lines: Lines | None = Field(default=None, exclude=True, repr=False)

    @model_validator(mode="before")
    @classmethod
    def _lines_are_the_source(cls, data: Any) -> Any:
        if not isinstance(data, dict) or data.get("lines") is None:
            return data
        if data.get("source") is not None:
            raise ValueError(
                f"lines={data['lines']!r} and source= both given: lines= is short for "
                "source=Source(lines=...); give one of them"
            )
        return {**data, "lines": None, "source": {"lines": data["lines"]}}


class Quirk(_Frozen):
    """A disagreement inside the vendor document, recorded in ``x-quirks`` with its line."""

    lines: Lines
    text: str

    _coerce = field_validator("lines", mode="before")(_lines)


class Original(_Frozen):
    """The vendor's own wording for a non-English document: ``x-original``.

    ``lang`` defaults to the vendor's language (``Vendor.language``, declared once) and is filled
    in by the builder; give it only for wording in another language than the document's.
    """

    lang: str | None = None
    summary: str | None = None
    description: str | None = None


class Example(_Frozen):
    """An example printed in the document, attached verbatim.

    ``value`` is the JSON value (or, for XML and other text media types, the text).
    ``media_type`` selects the media type it belongs to when a body has several; ``None`` means
    the first one declared.

    ``lines`` cover exactly the printed JSON. Where it shares its lines with other text (a curl
    ``-d '{…}'``, an HTTP request on one line), ``columns=(first, last)`` narrows it: the
    1-based column of its first character on the first line and of its last on the last line
    (emitted in ``x-source``). ``draft`` marks an example ``python -m generator new`` read from
    the document: the build refuses it until the curator has placed it and deleted ``draft=``.
    """

    name: str
    summary: str
    value: Any
    lines: Lines
    description: str | None = None
    media_type: str | None = None
    columns: tuple[int, int] | None = None
    draft: str | None = None

    _coerce = field_validator("lines", mode="before")(_lines)


class ServerVariable(_Frozen):
    default: str
    description: str | None = None
    enum: list[str] | None = None


class Server(_Cited):
    url: str
    description: str | None = None
    variables: dict[str, ServerVariable] = Field(default_factory=dict)
    inferred: str | None = None
    quirks: list[Quirk] = Field(default_factory=list)


class OAuthFlow(_Frozen):
    """One OAuth 2 flow of a security scheme (``password`` or ``clientCredentials``)."""

    kind: Literal["password", "clientCredentials", "authorizationCode", "implicit"]
    token_url: str | None = None
    authorization_url: str | None = None
    refresh_url: str | None = None
    scopes: dict[str, str] = Field(default_factory=dict)


class SecurityScheme(_Cited):
    """A component security scheme. ``key`` is its name under ``components.securitySchemes``."""

    key: str
    type: Literal["apiKey", "http", "oauth2"]
    description: str
    name: str | None = None  # apiKey: the header / query / cookie name
    location: Literal["header", "query", "cookie"] | None = None  # apiKey: where it goes
    scheme: str | None = None  # http: bearer / basic
    bearer_format: str | None = None
    flows: list[OAuthFlow] = Field(default_factory=list)
    inferred: str | None = None
    quirks: list[Quirk] = Field(default_factory=list)
    original: Original | None = None


class Tag(_Cited):
    name: str
    description: str
    original: Original | None = None


class _Described(_Cited):
    """Provenance shared by parameters, headers, bodies and responses."""

    inferred: str | None = None
    quirks: list[Quirk] = Field(default_factory=list)
    original: Original | None = None


class Parameter(_Described):
    """A path, query, header or cookie parameter.

    ``type`` is any Python annotation pydantic can turn into JSON Schema: ``int``,
    ``Literal["asc", "desc"]``, ``Annotated[str, Field(pattern=…)]``, a :class:`DocEnum`, ….
    ``default`` is emitted only when the curator sets it (the document gives one).
    """

    name: str
    location: ParameterLocation
    description: str
    type: Any = str
    required: bool = False
    default: Any = None
    deprecated: bool = False
    style: Literal["form", "simple", "deepObject", "pipeDelimited", "spaceDelimited"] | None = None
    explode: bool | None = None
    examples: list[Example] = Field(default_factory=list)


class Header(_Described):
    """A response header."""

    name: str
    description: str
    type: Any = str
    required: bool = False


class RequestBody(_Described):
    """A request body. ``model`` is the annotation of its content (usually a BaseModel).

    ``media_types`` lists the accepted content types in the order the document gives them:
    JSON, form-urlencoded, multipart or XML. File fields in multipart bodies are ``bytes``
    (emitted as ``type: string, format: binary``).
    """

    model: Any
    description: str | None = None
    media_types: list[str] = Field(default_factory=lambda: [JSON])
    #: The model of a media type where the document types it otherwise than ``model``
    #: (HELIUM V types every XML body as plain ``object``: ``{XML: XmlObject}``).
    media_models: dict[str, Any] = Field(default_factory=dict)
    #: ``None``: the document does not say (nothing emitted; OpenAPI reads it as optional).
    #: Set it where the document says so (``source`` cites it) or with the reason in ``inferred``.
    required: bool | None = None
    examples: list[Example] = Field(default_factory=list)


class Response(_Described):
    """One documented response. ``status`` is an HTTP code (or ``"default"``/``"4XX"``).

    ``model`` is ``None`` for a response without a body.
    """

    status: int | str
    description: str
    model: Any = None
    media_types: list[str] = Field(default_factory=lambda: [JSON])
    #: The model of a media type where the document types it otherwise (see RequestBody).
    media_models: dict[str, Any] = Field(default_factory=dict)
    headers: list[Header] = Field(default_factory=list)
    examples: list[Example] = Field(default_factory=list)


class Paging(_Frozen):
    """How an operation's pages are walked (emitted as ``x-paging``; clients and docs read it).

    ``style``: ``pages`` (the body counts pages), ``total`` (it counts items) or ``offset`` (the
    body is the array; the next request starts after the items received). ``cursor`` and ``size``
    are query parameters of the operation (page or start index, page size); ``items`` and
    ``count`` are fields of the success body (the page's items, the page or item count).
    ``first`` is the index of the first page.
    """

    style: Literal["pages", "total", "offset"]
    cursor: str
    size: str
    items: str | None = None
    count: str | None = None
    first: int = 0


class Logon(_Frozen):
    """An operation that returns a token later calls send (emitted as ``x-logon``).

    ``token`` is the field of the success body; ``credentials`` the security scheme keys the
    token is sent as.
    """

    token: str
    credentials: list[str]


class Envelope(_Frozen):
    """Success payloads wrapped as ``{code, message, data}`` (emitted as ``info.x-envelope``):
    a client returns what is under ``data``."""

    data: str
    code: str
    message: str


class ErrorPayload(_Frozen):
    """The fields of the vendor's error body that hold its code and its message (emitted as
    ``info.x-error-payload``); a client's exception exposes them as ``code`` and ``detail``."""

    code: str | None = None
    message: str | None = None
    #: The vendor code an error of an HTTP status carries (``"429": 900429``; ``"default"`` for
    #: any other status): what the mock puts in ``code`` when it answers that status itself.
    codes: dict[str, int | str] = Field(default_factory=dict)
    #: Why those codes, where the document does not pair them with statuses (``x-inferred``).
    inferred: str | None = None


class Collection(_Cited):
    """A collection the operations list, add to, read, change and remove from (emitted in
    ``info.x-collections``; the mock keeps a dataset for it, so writes show up in later reads).

    ``path``: the collection's path (its GET lists the items, as ``x-paging`` says where it pages;
    its POST adds one). ``item``: the path of one item (GET reads it, PUT/PATCH change it, DELETE
    removes it); its last ``{variable}`` is the item's id, any other scopes the items (Lagerkoll's
    articles of ``{project_id}``). ``id``: the field of an item that holds that id. ``items``:
    the field of the list body (inside the envelope) that holds the items, where ``x-paging``
    does not name it and the body is not the array itself. ``create``/``item_paths``: further paths
    whose POST adds an item / item paths, where the document prints them apart. ``list_fields``:
    further fields of the list body the dataset fills in, each with what it holds (``page``: the
    page answered, ``size``: the page size, ``total``: the item count, ``pages``: the page count),
    where ``x-paging`` does not name them. Cite the lines that show the collection; ``inferred``
    says what the document leaves open (who assigns ids, what a field counts, …).
    """

    name: str
    path: str
    id: str
    item: str | None = None
    items: str | None = None
    create: list[str] = Field(default_factory=list)
    item_paths: list[str] = Field(default_factory=list)
    list_fields: dict[str, Literal["page", "size", "total", "pages"]] = Field(default_factory=dict)
    inferred: str | None = None


class Operation(_Described):
    """One documented operation.

    ``security`` is ``None`` to use the vendor's default requirement, ``[]`` when the document
    says the operation needs no authentication, or a list of alternatives (each a mapping of
    scheme key to scopes) as in OpenAPI.
    """

    method: HttpMethod
    path: str
    operation_id: str
    summary: str
    description: str | None = None
    tags: list[str] = Field(default_factory=list)
    parameters: list[Parameter] = Field(default_factory=list)
    request_body: RequestBody | None = None
    responses: list[Response] = Field(default_factory=list)
    security: list[dict[str, list[str]]] | None = None
    deprecated: bool = False
    paging: Paging | None = None
    logon: Logon | None = None
    #: What a client calls the operation: ``client.<client_group>.<client_method>(…)``, emitted
    #: as ``x-fern-sdk-group-name`` / ``x-fern-sdk-method-name``. Unset: the first tag and the
    #: operationId in snake_case. Name the method where the operationId reads awkwardly in its
    #: group (``getProjects`` under ``projects`` → ``list``).
    client_group: ClientName | None = None
    client_method: ClientName | None = None
    extensions: dict[str, Any] = Field(default_factory=dict)
    #: What is left to do on a stub ``python -m generator new`` drafted; the build refuses an
    #: operation with a draft (one error, with its lines) until ``draft=`` is deleted.
    draft: str | None = None

    @property
    def label(self) -> str:
        """``GET /v1/user/{no}``: how errors and reports name the operation."""
        return f"{self.method.upper()} {self.path}"


_Body = TypeVar("_Body", RequestBody, Response)


class Resource(_Frozen):
    """What the operations of one resource share, said once.

    ``ORDERS = Resource(tags=["Orders"], errors=[...])``, then ``ORDERS.get(path=...,
    operation_id=..., summary=..., ...)`` (or ``.post``, ``.put``, ``.patch``, ``.delete``,
    ``.operation(method, ...)``) builds the :class:`Operation` from the arguments it is given
    (any of Operation's) and fills in what they leave out:

    - ``tags``, ``security``: where the operation gives none (``security=[]`` still means
      "no authentication"; ``None`` here leaves the vendor's default).
    - ``client_group``: the clients' namespace of the resource's operations (where the tag in
      snake_case does not read well, as ``OAuth`` → ``o_auth``), unless an operation names its own.
    - ``parameters``: each unless the operation declares one with its name and location; a path
      parameter only where the path names it, before the operation's own, any other after them.
    - ``errors``: responses added after the operation's own, each unless the operation gives one
      with its status (for a range such as ``4XX``: any status of that range).
    - ``media_types``, ``media_models``: of every request body and every response with a body
      (``model``) that does not set its own; ``request_media_types`` where requests differ.
      A media model is given only where its media type is among the element's.
    """

    tags: list[str] = Field(default_factory=list)
    security: list[dict[str, list[str]]] | None = None
    client_group: ClientName | None = None
    parameters: list[Parameter] = Field(default_factory=list)
    errors: list[Response] = Field(default_factory=list)
    media_types: list[str] | None = None
    request_media_types: list[str] | None = None
    media_models: dict[str, Any] = Field(default_factory=dict)

    def operation(self, method: HttpMethod, **fields: Any) -> Operation:
        """The operation as given, with this resource's defaults where it gives none."""
        op = Operation(method=method, **fields)
        given = op.model_fields_set
        update: dict[str, Any] = {}
        if "tags" not in given:
            update["tags"] = self.tags
        if "security" not in given and self.security is not None:
            update["security"] = self.security
        if "client_group" not in given and self.client_group is not None:
            update["client_group"] = self.client_group
        own = {(p.location, p.name) for p in op.parameters}
        in_path = set(re.findall(r"\{([^{}]+)\}", op.path))
        shared = [p for p in self.parameters if (p.location, p.name) not in own]
        update["parameters"] = [
            *(p for p in shared if p.location == "path" and p.name in in_path),
            *op.parameters,
            *(p for p in shared if p.location != "path"),
        ]
        if op.request_body is not None:
            media_types = self.request_media_types or self.media_types
            update["request_body"] = self._with_media(op.request_body, media_types)
        added = [e for e in self.errors if not _status_given(e.status, op.responses)]
        update["responses"] = [
            self._with_media(r, self.media_types) if r.model is not None else r
            for r in [*op.responses, *added]
        ]
        return op.model_copy(update=update)

    def get(self, **fields: Any) -> Operation:
        return self.operation("get", **fields)

    def post(self, **fields: Any) -> Operation:
        return self.operation("post", **fields)

    def put(self, **fields: Any) -> Operation:
        return self.operation("put", **fields)

    def patch(self, **fields: Any) -> Operation:
        return self.operation("patch", **fields)

    def delete(self, **fields: Any) -> Operation:
        return self.operation("delete", **fields)

    def _with_media(self, body: _Body, media_types: list[str] | None) -> _Body:
        given = body.model_fields_set
        update: dict[str, Any] = {}
        if media_types is not None and "media_types" not in given:
            update["media_types"] = media_types
        if self.media_models and "media_models" not in given:
            declared = update.get("media_types", body.media_types)
            update["media_models"] = {m: t for m, t in self.media_models.items() if m in declared}
        return body.model_copy(update=update) if update else body


def _status_given(status: int | str, responses: list[Response]) -> bool:
    """Whether ``responses`` answer ``status`` (a range ``4XX``: any status of it)."""
    wanted = str(status)
    if wanted[1:] == "XX":
        return any(str(r.status)[0] == wanted[0] for r in responses)
    return any(str(r.status) == wanted for r in responses)


class Vendor(_Cited):
    """A vendor's documented API: the root object of ``specs/<vendor>/__init__.py``.

    ``language`` is the ISO 639-1 code of the document's language, said once: it is the
    ``lang`` of every :class:`Original` that does not give one.
    """

    key: str
    title: str
    version: str
    description: str
    document: str
    language: str = "en"
    servers: list[Server]
    security_schemes: list[SecurityScheme] = Field(default_factory=list)
    security: list[dict[str, list[str]]] = Field(default_factory=list)
    tags: list[Tag] = Field(default_factory=list)
    operations: list[Operation] = Field(default_factory=list)
    inferred: str | None = None
    quirks: list[Quirk] = Field(default_factory=list)
    original: Original | None = None
    envelope: Envelope | None = None
    error_payload: ErrorPayload | None = None
    #: The collections the mock keeps a dataset for (``info.x-collections``).
    collections: list[Collection] = Field(default_factory=list)
    extensions: dict[str, Any] = Field(default_factory=dict)
    #: What is left to do on the skeleton ``python -m generator new`` wrote (title, version,
    #: servers, security): the build refuses the vendor until ``draft=`` is deleted.
    draft: str | None = None


# --- provenance helpers for pydantic models, fields and enums ------------------------------------


def _quirk_json(quirk: Quirk) -> dict[str, Any]:
    return {"lines": quirk.lines.as_list(), "text": quirk.text}


def extensions(
    *,
    lines: Any = None,
    quirks: list[Quirk] | None = None,
    inferred: str | None = None,
    original: Original | None = None,
) -> dict[str, Any]:
    """The ``x-`` keywords for a schema, as JSON: what models, fields and enums carry."""
    extra: dict[str, Any] = {}
    if lines is not None:
        extra["x-source"] = {"lines": Lines.model_validate(_lines(lines)).as_list()}
    if inferred is not None:
        extra["x-inferred"] = inferred
    if quirks:
        extra["x-quirks"] = [_quirk_json(q) for q in quirks]
    if original is not None:
        extra["x-original"] = original.model_dump(exclude_none=True)
    return extra


def schema_config(
    *,
    lines: Any,
    quirks: list[Quirk] | None = None,
    inferred: str | None = None,
    original: Original | None = None,
    title: str | None = None,
    extra: Literal["allow", "ignore", "forbid"] = "allow",
) -> ConfigDict:
    """``model_config`` for a vendor model: cites its lines and records its quirks.

    Vendor payloads are open (``extra="allow"``) by default: a field the document forgot must
    not break a client.
    """
    config = ConfigDict(
        json_schema_extra=extensions(
            lines=lines, quirks=quirks, inferred=inferred, original=original
        ),
        extra=extra,
        populate_by_name=True,
    )
    if title is not None:
        config["title"] = title
    return config


def field_extras(
    *,
    quirks: list[Quirk] | None = None,
    inferred: str | None = None,
    original: Original | None = None,
    lines: Any = None,
) -> dict[str, Any]:
    """``json_schema_extra=`` for a ``Field``: its quirks, inference or original wording."""
    return extensions(lines=lines, quirks=quirks, inferred=inferred, original=original)


def _enum_schema(
    cls: type[DocEnum] | type[IntDocEnum], core_schema: CoreSchema, handler: GetJsonSchemaHandler
) -> JsonSchemaValue:
    schema = handler.resolve_ref_schema(handler(core_schema))
    schema.update(extensions(lines=cls.__lines__, quirks=cls.__quirks__, original=cls.__original__))
    values = [member.value for member in cls]
    if cls.__varnames__ is not None:
        # Every value or none: a code generator pairs the two lists by position.
        schema["x-enum-varnames"] = [cls.__varnames__.get(v, "") for v in values]
    if cls.__descriptions__ is not None:
        schema["x-enum-descriptions"] = [cls.__descriptions__.get(v, "") for v in values]
    return schema


class DocEnum(str, Enum):
    """A named string enum that cites its lines: set ``__lines__`` (and optionally
    ``__quirks__`` / ``__original__``) on the subclass.

    ``__varnames__`` (value → UPPER_SNAKE member name) names the members in generated code,
    emitted as ``x-enum-varnames``: give it where values collide once upper-snake-cased
    (``_Google`` and ``Google``) or read badly as names (``906012``). ``__descriptions__``
    (value → what the document says it means) is emitted as ``x-enum-descriptions``. Both are
    emitted in enum order and must cover every value (the build checks it).
    """

    __lines__: ClassVar[Any] = None
    __quirks__: ClassVar[list[Quirk] | None] = None
    __original__: ClassVar[Original | None] = None
    __varnames__: ClassVar[dict[Any, str] | None] = None
    __descriptions__: ClassVar[dict[Any, str] | None] = None

    @classmethod
    def __get_pydantic_json_schema__(
        cls, core_schema: CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        return _enum_schema(cls, core_schema, handler)


class IntDocEnum(int, Enum):
    """An integer enum that cites its lines and may name its members, like :class:`DocEnum`."""

    __lines__: ClassVar[Any] = None
    __quirks__: ClassVar[list[Quirk] | None] = None
    __original__: ClassVar[Original | None] = None
    __varnames__: ClassVar[dict[Any, str] | None] = None
    __descriptions__: ClassVar[dict[Any, str] | None] = None

    @classmethod
    def __get_pydantic_json_schema__(
        cls, core_schema: CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        return _enum_schema(cls, core_schema, handler)


def absent() -> Any:
    """``default_factory`` of a field that may be absent: ``None`` in Python, and no
    ``default: null`` in the schema (a factory's value is not emitted)."""
    return None


def optional(description: str, **kwargs: Any) -> Any:
    """A field the server may leave out: not required, not nullable, no ``default: null``.

    ``x: int = None`` would emit ``default: null`` on a non-nullable schema (and fail mypy);
    a default factory keeps the field optional without saying anything false about null.
    Typed ``Any`` so that it fits any annotation.
    """
    return Field(default_factory=absent, description=description, **kwargs)
