"""Acme Widgets API client: typed, sync and async, generated from the curated OpenAPI spec."""

from ._runtime import Result
from .client import AsyncClient, Client
from .errors import (
    ApiConnectionError,
    ApiError,
    ApiTimeoutError,
    AuthenticationError,
    BadRequestError,
    ClientError,
    ConflictError,
    DecodeError,
    HTTPStatusError,
    MissingCredentialsError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    RedirectError,
    ResponseTooLargeError,
    ServerError,
    UnprocessableEntityError,
)
from .bodies import (
    NewWidgetDict,
)
from .models import (
    Colour,
    NewWidget,
    Problem,
    Widget,
)

__version__ = "1"
__all__ = [
    "ApiConnectionError",
    "ApiError",
    "ApiTimeoutError",
    "AsyncClient",
    "AuthenticationError",
    "BadRequestError",
    "Client",
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
    "Result",
    "ServerError",
    "UnprocessableEntityError",
    # the models and enums of .models, the body dicts of .bodies
    "Colour",
    "NewWidget",
    "NewWidgetDict",
    "Problem",
    "Widget",
]
