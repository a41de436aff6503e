"""The mock's small value types: faults to inject, recorded requests, replies, problem replies."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from http import HTTPStatus
from http.cookies import SimpleCookie
from typing import Any

PROBLEM_JSON = "application/problem+json"


@dataclass(frozen=True)
class Fault:
    """A fault: a forced status (with the vendor's documented body), a delay, ``Retry-After``,
    a malformed JSON body, a dropped connection, or an explicit body and headers.

    Without ``match`` it applies to the next request (``MockServer.enqueue``). With ``match``
    (``"GET /{project_id}"``: method and path template as in the spec, or an operationId) it
    applies to the next ``times`` requests of that operation (``None``: every one).
    """

    status: int | None = None
    delay: float = 0.0
    retry_after: int | str | None = None
    malformed: bool = False
    drop: bool = False
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)
    match: str | None = None
    times: int | None = 1

    def __post_init__(self) -> None:
        if self.times is not None and self.times < 1:
            raise ValueError(f"Fault times={self.times}: give 1 or more, or None for always")
        if self.status is not None and not 100 <= self.status <= 599:
            raise ValueError(f"Fault status={self.status}: an HTTP status is 100-599")

    @classmethod
    def from_headers(cls, headers: dict[str, str]) -> Fault | None:
        """The fault a request asks for with ``X-Mock-*`` headers; None when it asks for none."""
        knobs = {k: v for k, v in headers.items() if k.startswith("x-mock-")}
        if not knobs:
            return None
        status = knobs.get("x-mock-status", "").strip()
        return cls(
            status=int(status) if status.isdigit() and 100 <= int(status) <= 599 else None,
            delay=_seconds(knobs.get("x-mock-delay", "")),
            retry_after=knobs.get("x-mock-retry-after") or None,
            malformed=knobs.get("x-mock-malformed", "") not in ("", "0", "false"),
            drop=knobs.get("x-mock-drop", "") not in ("", "0", "false"),
        )


def _seconds(text: str) -> float:
    # a knob that does not parse is ignored rather than failing the request
    try:
        return max(0.0, min(float(text), 600.0))
    except ValueError:
        return 0.0


@dataclass
class RecordedRequest:
    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]  # lower-case names
    body: bytes
    operation_id: str | None = None
    status: int | None = None  # None: the connection was dropped

    def json(self) -> Any:
        return json.loads(self.body)


@dataclass
class Reply:
    status: int
    headers: dict[str, str]
    body: bytes


def problem_reply(
    status: int,
    detail: str,
    errors: list[dict[str, str]] | None = None,
    *,
    headers: dict[str, str] | None = None,
) -> Reply:
    """An RFC 9457 problem-details reply: the mock's own errors where the vendor documents no
    error body (see :mod:`generator.mock.errors`), and a mock bug's 500."""
    body = {
        "type": "about:blank",
        "title": _phrase(status),
        "status": status,
        "detail": detail,
        "errors": errors or [],
    }
    return Reply(
        status,
        {**(headers or {}), "Content-Type": PROBLEM_JSON},
        json.dumps(body, ensure_ascii=False).encode(),
    )


def _phrase(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Error"


def parse_cookies(header: str) -> dict[str, str]:
    jar: SimpleCookie = SimpleCookie()
    try:
        jar.load(header)
    except Exception:  # a malformed Cookie header carries no credentials
        return {}
    return {name: morsel.value for name, morsel in jar.items()}
