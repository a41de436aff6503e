"""The mock's own error answers (400, 401, 404, 405, 429, 5xx) in the vendor's error payload.

The payload is the response the operation documents for the status (exact, its range, then
``default``; for a path that matches no operation, the first operation documenting it), starting
from its documented example, else a value built from its schema. Where the mock says why
(a request that does not fit, missing credentials), the reason goes into the message field
``info.x-error-payload`` names, and the vendor code declared for the status (``codes``) into its
code field. Only a vendor that documents no error body gets an RFC 9457 problem document.
"""

from __future__ import annotations

import copy
import json
from typing import Any

from generator.mock.replies import reply
from generator.mock.types import Reply, problem_reply
from generator.mock.values import build_instance
from generator.openapi import Api, Operation, Response


def documented_error(api: Api, operation: Operation | None, status: int) -> Response | None:
    """The response documented for ``status`` with a JSON body: the operation's, else (a path
    without an operation) the first operation's that documents one."""
    candidates = [operation] if operation is not None else list(api.operations)
    for candidate in candidates:
        found = candidate.response_for(status)
        if found is not None and found.content and found.content.first("json") is not None:
            return found
    return None


def error_reply(
    api: Api,
    operation: Operation | None,
    status: int,
    detail: str | None,
    *,
    errors: list[dict[str, str]] | None = None,
    headers: dict[str, str] | None = None,
) -> Reply:
    """The vendor's error payload for ``status``; ``detail`` (None: keep the documented words)
    goes into its message field. RFC 9457 where the vendor documents no error body."""
    response = documented_error(api, operation, status)
    if response is None:
        return problem_reply(
            status, detail or f"status {status} forced by the mock", errors, headers=headers
        )
    media = response.content.first("json")
    assert media is not None  # documented_error chose a response with JSON content
    found, example = media.example
    value: Any = copy.deepcopy(example) if found else build_instance(api.schemas, media.schema)
    payload = api.error_payload
    if payload is not None and isinstance(value, dict) and (detail is not None or not found):
        if payload.message:
            value[payload.message] = detail or f"status {status} forced by the mock"
        code = payload.code_for(status)
        if payload.code and code is not None:
            value[payload.code] = code
    answer = reply(api.schemas, response, status=status, accept="application/json")
    answer.headers["Content-Type"] = media.media_type
    answer.headers.update(headers or {})
    answer.body = json.dumps(value, ensure_ascii=False).encode()
    return answer
