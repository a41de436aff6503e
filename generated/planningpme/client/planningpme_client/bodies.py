"""Request bodies as dicts: a ``TypedDict`` per body model, keyed by the vendor's field names.

A method that takes a body accepts the model (built with the vendor's field names as keywords,
see ``models``) or a dict in the vendor's names, as the document prints them and as they go on
the wire. Typed with these dicts, the keys complete in an IDE and a misspelt or unknown key
fails the type check; a nested model is the model or its dict, an enum its enum class.
"""

from __future__ import annotations

from typing import Required, TypedDict

from .models import (
    OAuthTokenUser,
)

__all__: list[str] = [
    "OAuthClientCreateDict",
    "OAuthTokenCreateDict",
    "OAuthTokenUserDict",
    "TokenRequestDict",
]


class OAuthClientCreateDict(TypedDict, total=False):
    """``OAuthClientCreate`` as a dict, in the vendor's field names."""

    name: Required[str]
    "Name of the new OAuth client (`apptest3`, line 588)."


class OAuthTokenCreateDict(TypedDict, total=False):
    """``OAuthTokenCreate`` as a dict, in the vendor's field names."""

    clientId: Required[str]
    "Id of the OAuth client (the `id` returned at its creation, lines 592, 601)."
    user: Required[OAuthTokenUser | OAuthTokenUserDict]
    "The user the token is created for."


class OAuthTokenUserDict(TypedDict, total=False):
    """``OAuthTokenUser`` as a dict, in the vendor's field names."""

    key: Required[int]
    "Key of the user (99 in the example, lines 595, 603)."


class TokenRequestDict(TypedDict, total=False):
    """``TokenRequest`` as a dict, in the vendor's field names."""

    grant_type: Required[str]
    "`password` for traditional authentication (line 43); `urn:ietf:params:oauth:grant-type:jwt-bearer` for account authentication (line 49) and for OAuth client authentication (line 54)."
    username: str | None
    "Traditional authentication (grant `password`), if it is enabled: the user name, sent with the password."
    password: str | None
    "Traditional authentication (grant `password`), if it is enabled: the password, sent with the user name."
    assertion: str | None
    "JWT bearer grant only. Account authentication, if it is enabled: the service account token copied from the PlanningPME account application (lines 45-49). OAuth client authentication: the client's toke"
    client_id: str | None
    "OAuth client authentication only (JWT bearer grant): the OAuth client's id, sent with the client's token as `assertion`."
