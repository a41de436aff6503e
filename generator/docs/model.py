"""The view objects the docs templates print, named ``XxxView`` as the clients' views are (and
apart from the document's own records in :mod:`generator.openapi`: ``OperationView`` is what a
reference prints of an :class:`~generator.openapi.Operation`).

Every string is decided here or in the builders; templates only loop, branch on booleans and
escape for their format.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from generator.docs.coverage import Coverage
from generator.docs.fields import FieldView


@dataclass(frozen=True)
class BlockView:
    """A block of code or verbatim text: ``fence`` is the Markdown fence that cannot clash."""

    title: str
    text: str
    lang: str
    fence: str = "```"


@dataclass(frozen=True)
class OriginalView:
    lang: str
    summary: str
    description: str


@dataclass(frozen=True)
class ParamView:
    name: str
    location: str
    type: str
    required: str
    default: str
    allowed: str
    description: str


@dataclass(frozen=True)
class HeaderView:
    name: str
    type: str
    required: str
    description: str


@dataclass(frozen=True)
class BodyView:
    description: str
    media_types: str
    required: str
    type: str
    fields: list[FieldView]
    examples: list[BlockView]


@dataclass(frozen=True)
class ResponseView:
    status: str
    description: str
    media_types: str
    type: str
    headers: list[HeaderView]
    fields: list[FieldView]
    examples: list[BlockView]


@dataclass(frozen=True)
class NoteView:
    """An inferred element or a quirk: where it is, the lines it cites, what it says."""

    where: str
    lines: str
    text: str


@dataclass(frozen=True)
class OperationView:
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
    original: OriginalView | None
    parameters: list[ParamView]
    body: BodyView | None
    responses: list[ResponseView]
    curl: BlockView
    python: BlockView
    source: str
    notes: list[NoteView]
    search: str  # lower-case text the HTML filter box matches


@dataclass(frozen=True)
class TagView:
    name: str
    anchor: str
    description: str
    operations: list[OperationView]
    operation_count: int


@dataclass(frozen=True)
class VariableView:
    name: str
    default: str
    allowed: str
    description: str


@dataclass(frozen=True)
class ServerView:
    url: str
    description: str
    variables: list[VariableView]
    inferred: str


@dataclass(frozen=True)
class LinkView:
    """A reference to an operation section: ``text`` links to ``#anchor``."""

    text: str
    anchor: str


@dataclass(frozen=True)
class AuthOptionView:
    """One way to authenticate (one security alternative), step by step."""

    title: str  # the heading: "Then: Option 1: apiToken" after a token operation
    steps: list[str]
    python: BlockView


@dataclass(frozen=True)
class TokenOperationView:
    """An operation that hands out the token or key the others need (``x-logon``, or the
    ``tokenUrl`` of an OAuth 2 flow)."""

    link: LinkView
    summary: str
    description: str
    sends: str  # what the calls that follow do with the token ("" when not declared)
    fields: list[FieldView]
    examples: list[BlockView]


@dataclass(frozen=True)
class AuthExceptionView:
    """A requirement some operations have instead of the usual one, and those operations."""

    requirement: str
    operations: list[LinkView]


@dataclass(frozen=True)
class AuthView:
    schemes: list[NoteView]
    options: list[AuthOptionView]
    token_operations: list[TokenOperationView]
    exceptions: list[AuthExceptionView]


@dataclass(frozen=True)
class ErrorStatusView:
    status: str
    description: str
    operations: str


@dataclass(frozen=True)
class ErrorPayloadView:
    name: str
    fields: list[FieldView]


@dataclass(frozen=True)
class ErrorCodeView:
    """One documented error code and what it means (``x-enum-descriptions``)."""

    value: str
    meaning: str


@dataclass(frozen=True)
class ErrorCodesView:
    name: str
    description: str
    values: str  # every code, for an enum without declared meanings
    codes: list[ErrorCodeView]  # every code with its meaning, where the spec declares them


@dataclass(frozen=True)
class ErrorsView:
    statuses: list[ErrorStatusView]
    payloads: list[ErrorPayloadView]
    codes: list[ErrorCodesView]
    headers: list[HeaderView]


@dataclass(frozen=True)
class PagingView:
    parameters: str
    description: str
    operations: list[LinkView]


@dataclass(frozen=True)
class ReferenceView:
    """One vendor's reference page (``reference.md``, ``reference.html``)."""

    key: str
    title: str
    version: str
    description: str
    envelope: str  # how success payloads are wrapped (``x-envelope``); "" when they are not
    document: str
    language: str
    openapi_version: str
    operation_count: int
    servers: list[ServerView]
    auth: AuthView
    rate_limits: list[str]
    paging: list[PagingView]
    paging_notes: list[str]
    errors: ErrorsView
    inferred: list[NoteView]
    quirks: list[NoteView]
    tags: list[TagView]
    links: list[LinkView] = field(default_factory=list)  # the table of contents


@dataclass(frozen=True)
class IndexRowView:
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
class IndexCoverageView:
    key: str
    title: str
    anchor: str
    coverage: Coverage
    uncited_count: int
    citation_count: int


@dataclass(frozen=True)
class IndexView:
    rows: list[IndexRowView]
    coverages: list[IndexCoverageView]
    totals: IndexRowView
