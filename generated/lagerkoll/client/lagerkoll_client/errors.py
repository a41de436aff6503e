"""Typed errors of the Lagerkoll Projects API client.

Every error derives from ``ApiError``. HTTP errors carry the response, the vendor's parsed error
payload and its code/message; their text never holds a credential. The classes are the
runtime's (``_runtime.py``, the same in every client); this module adds the vendor's error codes.
"""

from __future__ import annotations

from ._runtime import (
    STATUS_ERRORS,
    ApiConnectionError,
    ApiError,
    ApiTimeoutError,
    AuthenticationError,
    BadRequestError,
    ClientError,
    ConflictError,
    DecodeError,
    ErrorFormat,
    HTTPStatusError,
    MissingCredentialsError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    RedirectError,
    ResponseTooLargeError,
    ServerError,
    UnprocessableEntityError,
    error_class,
)

__all__ = [
    "CODE_FIELD",
    "ERROR_CODES",
    "ERROR_FORMAT",
    "MESSAGE_FIELD",
    "STATUS_ERRORS",
    "ApiConnectionError",
    "ApiError",
    "ApiTimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ClientError",
    "ConflictError",
    "DecodeError",
    "HTTPStatusError",
    "MissingCredentialsError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "RedirectError",
    "ResponseTooLargeError",
    "ServerError",
    "UnprocessableEntityError",
    "error_class",
]

#: The documented meaning of each vendor error code (from the spec's error schemas).
ERROR_CODES: dict[int | str, str] = {
    900001: "Credentials don't match",
    900101: "Common error",
    900429: "Too many requests",
    906001: "Error when getting project",
    906002: "Error when getting customer",
    906003: "Error when getting user",
    906004: "Error when getting article",
    906005: "Error when getting invoice draft",
    906011: "Error when creating a project",
    906012: "Error when creating a project article",
    906013: "Error when creating invoice draft from articles",
    906014: "Error when creating invoice from invoice drafts",
    906021: "Error when updating a project",
    906022: "Error when updating a project article",
    906023: "Error when updating an invoice draft",
    906031: "To large amount for the artcile",
    906032: "Project still has articles with amount in them",
}
#: The wire names of the code and message fields of the vendor's error payload (None: absent).
CODE_FIELD: str | None = "errorCode"
MESSAGE_FIELD: str | None = "errorMessage"
#: What the client reads from an error payload (``HTTPStatusError.code``, ``.code_meaning``, ``.detail``).
ERROR_FORMAT = ErrorFormat(CODE_FIELD, MESSAGE_FIELD, ERROR_CODES)
