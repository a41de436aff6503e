"""The view objects the docs templates print. Every string is decided here or in the builders;
templates only loop, branch on booleans and escape for their format."""

from __future__ import annotations

from dataclasses import dataclass, field

from generator.docs.coverage import Coverage
from generator.docs.fields import FieldRow


@dataclass(frozen=True)
class Block:
    """A block of code or verbatim text: ``fence`` is the Markdown fence that cannot clash."""

    title: str
    text: str
    lang: str
    fence: str = "```"


@dataclass(frozen=True)
class Original:
    lang: str
    summary: str
    description: str


@dataclass(frozen=True)
class Param:
    name: str
    location: str
    type: str
    required: str
    default: str
    allowed: str
    description: str


@dataclass(frozen=True)
class Header:
    name: str
    type: str
    required: str
    description: str


@dataclass(frozen=True)
class Body:
    description: str
    media_types: str
    required: str
    type: str
    fields: list[FieldRow]
    examples: list[Block]


@dataclass(frozen=True)
class Response:
    status: str
    description: str
    media_types: str
    type: str
    headers: list[Header]
    fields: list[FieldRow]
    examples: list[Block]


@dataclass(frozen=True)
class Note:
    """An inferred element or a quirk: where it is, the lines it cites, what it says."""

    where: str
    lines: str
    text: str


@dataclass(frozen=True)
class Operation:
    anchor: str
    method: str
    method_css: str  # the CSS class that colours the method badge
    path: str
    operation_id: str
    python_name: str
    summary: str
    description: str
    deprecated: bool
    tags: str
    security: str
    original: Original | None
    parameters: list[Param]
    body: Body | None
    responses: list[Response]
    curl: Block
    python: Block
    source: str
    notes: list[Note]
    search: str  # lower-case text the HTML filter box matches


@dataclass(frozen=True)
class Tag:
    name: str
    anchor: str
    description: str
    operations: list[Operation]


@dataclass(frozen=True)
class Variable:
    name: str
    default: str
    allowed: str
    description: str


@dataclass(frozen=True)
class Server:
    url: str
    description: str
    variables: list[Variable]
    inferred: str


@dataclass(frozen=True)
class Link:
    """A reference to an operation section: ``text`` links to ``#anchor``."""

    text: str
    anchor: str


@dataclass(frozen=True)
class AuthOption:
    """One way to authenticate (one security alternative), step by step."""

    title: str
    steps: list[str]
    python: Block


@dataclass(frozen=True)
class TokenOperation:
    """An operation that hands out the token or key the others need."""

    link: Link
    summary: str
    description: str
    fields: list[FieldRow]
    examples: list[Block]


@dataclass(frozen=True)
class Auth:
    schemes: list[Note]
    options: list[AuthOption]
    token_operations: list[TokenOperation]
    exceptions: list[str]  # operations whose requirement differs from the usual one
    exception_links: list[list[Link]]


@dataclass(frozen=True)
class ErrorStatus:
    status: str
    description: str
    operations: str


@dataclass(frozen=True)
class ErrorCodes:
    name: str
    description: str
    values: str


@dataclass(frozen=True)
class Errors:
    statuses: list[ErrorStatus]
    payloads: list[tuple[str, list[FieldRow]]]
    codes: list[ErrorCodes]
    headers: list[Header]


@dataclass(frozen=True)
class Paging:
    parameters: str
    description: str
    operations: list[Link]


@dataclass(frozen=True)
class VendorDoc:
    key: str
    title: str
    version: str
    description: str
    document: str
    language: str
    openapi_version: str
    operation_count: int
    servers: list[Server]
    auth: Auth
    rate_limits: list[str]
    paging: list[Paging]
    paging_notes: list[str]
    errors: Errors
    inferred: list[Note]
    quirks: list[Note]
    tags: list[Tag]
    has_original: bool
    links: list[Link] = field(default_factory=list)  # the table of contents


@dataclass(frozen=True)
class IndexRow:
    key: str
    title: str
    operations: int
    schemas: int
    examples: int
    inferred: int
    quirks: int
    spec_31: str
    spec_30: str
    client: str
    reference_md: str
    reference_html: str


@dataclass(frozen=True)
class IndexCoverage:
    key: str
    title: str
    anchor: str
    coverage: Coverage


@dataclass(frozen=True)
class Index:
    rows: list[IndexRow]
    coverages: list[IndexCoverage]
    totals: IndexRow
