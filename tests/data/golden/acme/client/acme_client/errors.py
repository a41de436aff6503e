"""Typed errors of the Acme Widgets API client.

Every error derives from ``ApiError``. HTTP errors carry the response, the vendor's parsed error
payload and its code/message; their text never holds a credential.
"""

from __future__ import annotations

from typing import Any

import httpx

#: The documented meaning of each vendor error code (from the spec's error schemas).
ERROR_CODES: dict[int | str, str] = {}
#: The wire names of the code and message fields of the vendor's error payload (None: absent).
CODE_FIELD: str | None = "code"
MESSAGE_FIELD: str | None = "message"


class ApiError(Exception):
    """Base class of every error this client raises."""


class MissingCredentialsError(ApiError):
    """The operation needs credentials that were not given to the client."""


class ApiConnectionError(ApiError):
    """The server could not be reached, or it dropped the connection."""


class ApiTimeoutError(ApiConnectionError):
    """The server did not answer within the timeout."""


class DecodeError(ApiError):
    """The response body is not the JSON the spec documents."""

    def __init__(self, message: str, *, response: httpx.Response, snippet: str) -> None:
        super().__init__(message)
        self.response = response
        self.snippet = snippet


class ResponseTooLargeError(ApiError):
    """The response body is larger than ``max_response_bytes`` (it was not read further)."""


class RedirectError(ApiError):
    """Too many redirects (above ``max_redirects``), or a redirect to another origin.

    A redirect to another origin is never followed: the credentials would go with it.
    """


class HTTPStatusError(ApiError):
    """The server answered with an error status."""

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        payload: Any,
        code: int | str | None,
        detail: str | None,
    ) -> None:
        super().__init__(message)
        self.response = response
        self.status_code = response.status_code
        #: The vendor's error payload: the typed model where the spec documents one, else JSON.
        self.payload = payload
        #: The vendor's error code and its documented meaning, when the payload carries one.
        self.code = code
        self.code_meaning = ERROR_CODES.get(code) if code is not None else None
        #: The vendor's error message.
        self.detail = detail


class ClientError(HTTPStatusError):
    """A 4xx answer."""


class BadRequestError(ClientError):
    """400 Bad Request."""


class AuthenticationError(ClientError):
    """401 Unauthorized."""


class PermissionDeniedError(ClientError):
    """403 Forbidden."""


class NotFoundError(ClientError):
    """404 Not Found."""


class ConflictError(ClientError):
    """409 Conflict."""


class UnprocessableEntityError(ClientError):
    """422 Unprocessable Entity."""


class RateLimitError(ClientError):
    """429 Too Many Requests (after the retries, or when Retry-After exceeds the cap)."""


class ServerError(HTTPStatusError):
    """A 5xx answer."""


STATUS_ERRORS: dict[int, type[HTTPStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def error_class(status: int) -> type[HTTPStatusError]:
    if status in STATUS_ERRORS:
        return STATUS_ERRORS[status]
    return ServerError if status >= 500 else ClientError
