"""Typed errors of the Acme Widgets API client.

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
ERROR_CODES: dict[int | str, str] = {}
#: The wire names of the code and message fields of the vendor's error payload (None: absent).
CODE_FIELD: str | None = "code"
MESSAGE_FIELD: str | None = "message"
#: What the client reads from an error payload (``HTTPStatusError.code``, ``.code_meaning``, ``.detail``).
ERROR_FORMAT = ErrorFormat(CODE_FIELD, MESSAGE_FIELD, ERROR_CODES)
