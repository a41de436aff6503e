"""What the mock answers: the documented success, with its documented example or a built value.

The success an operation answers is the one its document shows (``Operation.documented_success``:
the first 2xx with a documented example, else the lowest 2xx), and its body that response's
example in the media type ``Accept`` prefers; a value built from the schema only where the
response documents no example. Everything is read through :mod:`generator.openapi`.
"""

from __future__ import annotations

import json
from typing import Any

from generator.mock.types import Reply
from generator.mock.values import build_instance
from generator.openapi import Media, Operation, Response, Schemas
from generator.openapi.elements import media_kind

#: Statuses whose answers carry no body (RFC 9110 §15.3.5, §15.4.5).
NO_BODY = (204, 304)


def success_answer(operation: Operation) -> Response | None:
    """The success response the mock answers for a regular request (None: none is documented).

    The documented success, unless it is a 204 or 304 documented with a body (which HTTP forbids
    the mock to send) and the operation documents another 2xx: then that other success, the
    first with an example, else the lowest. HELIUM V's PUTs document ``204`` with the changed
    entry and, inferred, the ``200`` its server sends with that entry: the mock answers the 200.
    """
    found = operation.documented_success
    if found is None or found.code not in NO_BODY or not found.content:
        return found
    others = [r for r in operation.successes if r.code not in NO_BODY]
    if not others:
        return found
    return next((r for r in others if r.has_example), others[0])


def reply(schemas: Schemas, response: Response | None, *, status: int, accept: str) -> Reply:
    """The reply with a documented response's body (by ``Accept``) and its required headers."""
    media_type, body = _payload(schemas, response, status=status, accept=accept)
    headers = {"Content-Type": media_type} if media_type else {}
    for header in response.headers if response is not None else ():
        if header.required and header.name.lower() != "content-type":
            value = (
                header.examples[0] if header.examples else build_instance(schemas, header.schema)
            )
            headers[header.name] = str(value)
    return Reply(status, headers, body)


def _payload(
    schemas: Schemas, response: Response | None, *, status: int, accept: str
) -> tuple[str | None, bytes]:
    """The media type (None: no body) and body: XML only where an XML example is documented."""
    content = response.content if response is not None else None
    if status in NO_BODY or not content:
        return None, b""
    for media in _by_preference(list(content), accept):
        found, value = media.example
        if media.kind == "xml":
            if found and isinstance(value, str):
                return media.media_type, value.encode()
            continue  # no XML example: the JSON one is served instead
        return media.media_type, _encode(_value(schemas, media), media_type=media.media_type)
    json_media = content.first("json")
    if json_media is not None:
        return json_media.media_type, _encode(
            _value(schemas, json_media), media_type=json_media.media_type
        )
    first = content.media[0]
    found, value = first.example
    return first.media_type, _encode(value if found else "", media_type=first.media_type)


def _value(schemas: Schemas, media: Media) -> Any:
    """The documented example of a media type, else a value built from its schema."""
    found, value = media.example
    return value if found else build_instance(schemas, media.schema or {})


def _encode(value: Any, *, media_type: str) -> bytes:
    if isinstance(value, bytes):
        return value
    if isinstance(value, str) and media_kind(media_type) != "json":
        return value.encode()
    return json.dumps(value, ensure_ascii=False).encode()


def _by_preference(media: list[Media], accept: str) -> list[Media]:
    """The documented media types that ``Accept`` allows, best first (document order breaks ties)."""
    ranges: list[tuple[float, int, str]] = []
    for index, item in enumerate(accept.split(",")):
        parts = [p.strip() for p in item.split(";")]
        if not parts[0]:
            continue
        quality = 1.0
        for param in parts[1:]:
            if param.startswith("q="):
                try:
                    quality = float(param[2:])
                except ValueError:
                    quality = 0.0
        ranges.append((-quality, index, parts[0].lower()))
    ordered: list[Media] = []
    for negative_quality, _, pattern in sorted(ranges):
        if negative_quality >= 0:
            continue
        for candidate in media:
            base = candidate.media_type.split(";")[0].strip().lower()
            if _accepts(pattern, base) and candidate not in ordered:
                ordered.append(candidate)
    return ordered


def _accepts(pattern: str, base: str) -> bool:
    if pattern in ("*/*", base):
        return True
    return pattern.endswith("/*") and base.startswith(pattern[:-1])


#: The token the mock's logon answers carry where the document shows none.
MOCK_LOGON_TOKEN = "mock-logon-token"


def with_logon_token(answer: Reply, field: str) -> Reply:
    """A logon's JSON answer with its token field filled where the documented answer (or the
    minimal value built from the schema) has none: a client logs on, then sends the token."""
    if "json" not in answer.headers.get("Content-Type", ""):
        return answer
    try:
        body = json.loads(answer.body)
    except ValueError:
        return answer
    if not isinstance(body, dict) or body.get(field):
        return answer
    body[field] = MOCK_LOGON_TOKEN
    return Reply(answer.status, answer.headers, json.dumps(body).encode())
