"""What a client package's root re-exports besides its clients and errors: every class of
``models.py`` (models and enums) and every body ``TypedDict`` of ``bodies.py``, so that
``from lagerkoll_client import ProjectDto, ProjectState`` works.

A model whose name the root already gives to something of its own (``Client``, ``Result``, an
error class: templates/client/__init__.py.j2) is left out there; it stays in ``.models``.
"""

from __future__ import annotations

from collections.abc import Iterable

from generator.clients.bodies import TypedDictView
from generator.clients.models import GeneratedModels

#: The names templates/client/__init__.py.j2 defines itself (tests/test_client_types.py checks it).
ROOT_NAMES = frozenset(
    {
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
    }
)


def root_exports(models: GeneratedModels, dicts: Iterable[TypedDictView]) -> list[str]:
    """The model, enum and body-dict names the package root re-exports, sorted."""
    names = set(models.classes) | {d.name for d in dicts}
    return sorted(names - ROOT_NAMES)
