"""Tool limitations met on valid specs: each with the upstream issue that tracks it.

A message a tool prints is a TOOL result only when it matches one of these; anything else is a
FAIL blamed on the spec until someone shows otherwise and adds it here with its upstream issue.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class KnownIssue:
    check: str
    pattern: str  # regular expression searched in the tool's message
    upstream: str
    why: str

    def matches(self, check: str, message: str) -> bool:
        return check == self.check and re.search(self.pattern, message) is not None


KNOWN_ISSUES: tuple[KnownIssue, ...] = (
    KnownIssue(
        check="openapi-python-client",
        pattern=r"Unsupported content type application/xml",
        upstream="https://github.com/openapi-generators/openapi-python-client/discussions/821",
        why="openapi-python-client reads only JSON, form, multipart and binary bodies; the vendor "
        "documents an XML alternative, which the generated client leaves out (the JSON body is kept).",
    ),
    KnownIssue(
        check="postman",
        pattern=r"^several schemes required together",
        upstream="https://github.com/postmanlabs/openapi-to-postman/issues/465",
        why="a Postman request holds one auth: of schemes required together (AND), only the first "
        "comes through.",
    ),
    KnownIssue(
        check="postman",
        pattern=r"^security: \[\] came through as inherited auth",
        upstream="https://github.com/postmanlabs/openapi-to-postman/issues/332",
        why="an operation that needs no auth (`security: []`) is given no auth object, so it "
        "inherits the collection's auth instead of 'noauth'.",
    ),
)


def known_issue(check: str, message: str) -> KnownIssue | None:
    for issue in KNOWN_ISSUES:
        if issue.matches(check, message):
            return issue
    return None
