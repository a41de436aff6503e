"""PlanningPME API: ``Client`` and ``AsyncClient``, one method per operation of the spec.

The operations are grouped in namespaces, one per resource (``client.authentication.get_token(…)``):
each method returns the typed result; where the API pages, an ``iter_*`` method yields the items
of every page. ``client.with_raw_response.<namespace>.<method>(…)`` returns ``Result[T]``
(``.parsed``, ``.response``); ``client.with_options(…)`` is a copy with
another timeout, retries or headers that shares the connection pool.
"""

from __future__ import annotations

import builtins
import copy
from collections.abc import AsyncIterator, Iterator, Mapping
from types import TracebackType
from typing import Self

import httpx
from pydantic import TypeAdapter

from . import _runtime as rt
from .bodies import (
    OAuthClientCreateDict,
    OAuthTokenCreateDict,
    TokenRequestDict,
)
from .errors import ERROR_FORMAT
from .models import (
    ApiConfig,
    Customer,
    OAuthClient,
    OAuthClientCreate,
    OAuthClientList,
    OAuthToken,
    OAuthTokenCreate,
    OAuthTokenList,
    Task,
    TaskList,
    TokenRequest,
    TokenResponse,
)

__all__ = [
    "AsyncClient",
    "AsyncClientWithRawResponse",
    "AsyncAuthenticationResource",
    "AsyncAuthenticationResourceWithRawResponse",
    "AsyncCustomersResource",
    "AsyncCustomersResourceWithRawResponse",
    "AsyncConfigurationResource",
    "AsyncConfigurationResourceWithRawResponse",
    "AsyncTasksResource",
    "AsyncTasksResourceWithRawResponse",
    "AsyncOauthResource",
    "AsyncOauthResourceWithRawResponse",
    "Client",
    "ClientWithRawResponse",
    "AuthenticationResource",
    "AuthenticationResourceWithRawResponse",
    "CustomersResource",
    "CustomersResourceWithRawResponse",
    "ConfigurationResource",
    "ConfigurationResourceWithRawResponse",
    "TasksResource",
    "TasksResourceWithRawResponse",
    "OauthResource",
    "OauthResourceWithRawResponse",
]

_BASE_URL = "https://api.planningpme.com/{brand}"
_SCHEMES: dict[str, rt.Scheme] = {
    "appKey": rt.Scheme("api_key", "header", "X-APPKEY", "app_key"),
    "bearerToken": rt.Scheme("bearer", "header", "Authorization", "bearer_token"),
    "passwordGrant": rt.Scheme("oauth2", "header", "Authorization", ""),
}
_GRANT = rt.TokenGrant("token", (("appKey",),), "urn:ietf:params:oauth:grant-type:jwt-bearer")

_API_CONFIG: TypeAdapter[ApiConfig] = TypeAdapter(ApiConfig)
_CUSTOMER: TypeAdapter[Customer] = TypeAdapter(Customer)
_O_AUTH_CLIENT: TypeAdapter[OAuthClient] = TypeAdapter(OAuthClient)
_O_AUTH_CLIENT_LIST: TypeAdapter[OAuthClientList] = TypeAdapter(OAuthClientList)
_O_AUTH_TOKEN: TypeAdapter[OAuthToken] = TypeAdapter(OAuthToken)
_O_AUTH_TOKEN_LIST: TypeAdapter[OAuthTokenList] = TypeAdapter(OAuthTokenList)
_TASK: TypeAdapter[Task] = TypeAdapter(Task)
_TASK_LIST: TypeAdapter[TaskList] = TypeAdapter(TaskList)
_TOKEN_RESPONSE: TypeAdapter[TokenResponse] = TypeAdapter(TokenResponse)

_OP_GET_TOKEN = rt.Operation("POST", "/token", (("appKey",),), {})
_OP_CREATE_CUSTOMER = rt.Operation(
    "POST", "/api/customer", (("appKey", "bearerToken"), ("appKey", "passwordGrant")), {}
)
_OP_GET_CONFIG = rt.Operation("GET", "/api/config", (("appKey",),), {})
_OP_LIST_TASKS = rt.Operation(
    "GET", "/api/task", (("appKey", "bearerToken"), ("appKey", "passwordGrant")), {}
)
_OP_GET_TASK = rt.Operation(
    "GET", "/api/task/{id}", (("appKey", "bearerToken"), ("appKey", "passwordGrant")), {}
)
_OP_LIST_O_AUTH_CLIENTS = rt.Operation(
    "GET", "/api/oauth/client", (("appKey", "bearerToken"), ("appKey", "passwordGrant")), {}
)
_OP_CREATE_O_AUTH_CLIENT = rt.Operation(
    "POST", "/api/oauth/client", (("appKey", "bearerToken"), ("appKey", "passwordGrant")), {}
)
_OP_LIST_O_AUTH_TOKENS = rt.Operation(
    "GET", "/api/oauth/token", (("appKey", "bearerToken"), ("appKey", "passwordGrant")), {}
)
_OP_CREATE_O_AUTH_TOKEN = rt.Operation(
    "POST", "/api/oauth/token", (("appKey", "bearerToken"), ("appKey", "passwordGrant")), {}
)


class AuthenticationResourceWithRawResponse:
    """``client.with_raw_response.authentication``: Authentication, each method returning ``Result[T]``
    (``.parsed``, ``.response``)."""

    def __init__(self, runtime: rt.Runtime) -> None:
        self._runtime = runtime

    def get_token(
        self,
        *,
        body: TokenRequest | TokenRequestDict,
        accept_language: str | None = None,
    ) -> rt.Result[TokenResponse]:
        """Get an authorization token (``POST /token``), with the raw response."""
        call = rt.prepare(
            _OP_GET_TOKEN,
            path={},
            query={},
            headers={
                "Accept-Language": accept_language,
            },
            accept="application/json",
            form_body=body,
        )
        response = self._runtime.send(call)
        return rt.decode(response, _TOKEN_RESPONSE)


class AuthenticationResource:
    """``client.authentication``: Authentication."""

    def __init__(self, runtime: rt.Runtime) -> None:
        self._raw = AuthenticationResourceWithRawResponse(runtime)

    def get_token(
        self,
        *,
        body: TokenRequest | TokenRequestDict,
        accept_language: str | None = None,
    ) -> TokenResponse:
        """Get an authorization token (``POST /token``).

        ``accept_language`` (``Accept-Language``): The language of the response texts, such as error messages, e.g. `pt` (line 498). The languages available in the PlanningPME API and in PlanningPME WebAccess are: German (de), English (en), Danish (da
        """
        return self._raw.get_token(
            accept_language=accept_language,
            body=body,
        ).parsed


class CustomersResourceWithRawResponse:
    """``client.with_raw_response.customers``: Customers, each method returning ``Result[T]``
    (``.parsed``, ``.response``)."""

    def __init__(self, runtime: rt.Runtime) -> None:
        self._runtime = runtime

    def create(
        self,
        *,
        accept_language: str | None = None,
    ) -> rt.Result[Customer]:
        """Create a customer (``POST /api/customer``), with the raw response."""
        call = rt.prepare(
            _OP_CREATE_CUSTOMER,
            path={},
            query={},
            headers={
                "Accept-Language": accept_language,
            },
            accept="application/json",
        )
        response = self._runtime.send(call)
        return rt.decode(response, _CUSTOMER)


class CustomersResource:
    """``client.customers``: Customers."""

    def __init__(self, runtime: rt.Runtime) -> None:
        self._raw = CustomersResourceWithRawResponse(runtime)

    def create(
        self,
        *,
        accept_language: str | None = None,
    ) -> Customer:
        """Create a customer (``POST /api/customer``).

        ``accept_language`` (``Accept-Language``): The language of the response texts, such as error messages, e.g. `pt` (line 498). The languages available in the PlanningPME API and in PlanningPME WebAccess are: German (de), English (en), Danish (da
        """
        return self._raw.create(
            accept_language=accept_language,
        ).parsed


class ConfigurationResourceWithRawResponse:
    """``client.with_raw_response.configuration``: Configuration, each method returning ``Result[T]``
    (``.parsed``, ``.response``)."""

    def __init__(self, runtime: rt.Runtime) -> None:
        self._runtime = runtime

    def get(
        self,
        *,
        accept_language: str | None = None,
    ) -> rt.Result[ApiConfig]:
        """Get the API configuration and its constant enumerations (``GET /api/config``), with the raw response."""
        call = rt.prepare(
            _OP_GET_CONFIG,
            path={},
            query={},
            headers={
                "Accept-Language": accept_language,
            },
            accept="application/json",
        )
        response = self._runtime.send(call)
        return rt.decode(response, _API_CONFIG)


class ConfigurationResource:
    """``client.configuration``: Configuration."""

    def __init__(self, runtime: rt.Runtime) -> None:
        self._raw = ConfigurationResourceWithRawResponse(runtime)

    def get(
        self,
        *,
        accept_language: str | None = None,
    ) -> ApiConfig:
        """Get the API configuration and its constant enumerations (``GET /api/config``).

        ``accept_language`` (``Accept-Language``): The language of the response texts, such as error messages, e.g. `pt` (line 498). The languages available in the PlanningPME API and in PlanningPME WebAccess are: German (de), English (en), Danish (da
        """
        return self._raw.get(
            accept_language=accept_language,
        ).parsed


class TasksResourceWithRawResponse:
    """``client.with_raw_response.tasks``: Tasks, each method returning ``Result[T]``
    (``.parsed``, ``.response``)."""

    def __init__(self, runtime: rt.Runtime) -> None:
        self._runtime = runtime

    def list(
        self,
        *,
        page_index: int | None = None,
        page_size: int | None = None,
        sort_info: str | None = None,
        accept_language: str | None = None,
    ) -> rt.Result[TaskList]:
        """List tasks (``GET /api/task``), with the raw response."""
        call = rt.prepare(
            _OP_LIST_TASKS,
            path={},
            query={
                "pageIndex": page_index,
                "pageSize": page_size,
                "sortInfo": sort_info,
            },
            headers={
                "Accept-Language": accept_language,
            },
            accept="application/json",
        )
        response = self._runtime.send(call)
        return rt.decode(response, _TASK_LIST)

    def get(
        self,
        *,
        id_: int,
        accept_language: str | None = None,
    ) -> rt.Result[Task]:
        """Get a task (``GET /api/task/{id}``), with the raw response."""
        call = rt.prepare(
            _OP_GET_TASK,
            path={
                "id": id_,
            },
            query={},
            headers={
                "Accept-Language": accept_language,
            },
            accept="application/json",
        )
        response = self._runtime.send(call)
        return rt.decode(response, _TASK)


class TasksResource:
    """``client.tasks``: Tasks."""

    def __init__(self, runtime: rt.Runtime) -> None:
        self._raw = TasksResourceWithRawResponse(runtime)

    def list(
        self,
        *,
        page_index: int | None = None,
        page_size: int | None = None,
        sort_info: str | None = None,
        accept_language: str | None = None,
    ) -> TaskList:
        """List tasks (``GET /api/task``).

        ``page_index`` (``pageIndex``): Zero-based index of the page to return (`pageIndex=1` is the second page, lines 504-505). Without paging parameters the complete list is returned.

        ``page_size`` (``pageSize``): Number of tasks per page (20 in the example, lines 504-505).

        ``sort_info`` (``sortInfo``): GET methods often take this parameter. Sort order of the (complete or paged) list: a property name directly followed by `+` (ascending) or `-` (descending), e.g. `label+`. Several orders can be chaine

        ``accept_language`` (``Accept-Language``): The language of the response texts, such as error messages, e.g. `pt` (line 498). The languages available in the PlanningPME API and in PlanningPME WebAccess are: German (de), English (en), Danish (da
        """
        return self._raw.list(
            page_index=page_index,
            page_size=page_size,
            sort_info=sort_info,
            accept_language=accept_language,
        ).parsed

    def iter_list(
        self,
        *,
        page_size: int | None = None,
        sort_info: str | None = None,
        accept_language: str | None = None,
    ) -> Iterator[Task]:
        """Every item of ``list``, page after page (total paging)."""
        _paging: rt.Paging[TaskList, Task] = rt.Paging(
            "total",
            0,
            items=lambda page: page.items,
            count=lambda page: page.total_items,
        )
        return rt.iterate(
            lambda cursor: self.list(
                page_size=page_size,
                sort_info=sort_info,
                accept_language=accept_language,
                page_index=cursor,
            ),
            _paging,
            size=page_size,
        )

    def get(
        self,
        *,
        id_: int,
        accept_language: str | None = None,
    ) -> Task:
        """Get a task (``GET /api/task/{id}``).

        ``id_`` (``id``): Key of the task (756 in the example, line 531).

        ``accept_language`` (``Accept-Language``): The language of the response texts, such as error messages, e.g. `pt` (line 498). The languages available in the PlanningPME API and in PlanningPME WebAccess are: German (de), English (en), Danish (da
        """
        return self._raw.get(
            id_=id_,
            accept_language=accept_language,
        ).parsed


class OauthResourceWithRawResponse:
    """``client.with_raw_response.oauth``: Oauth, each method returning ``Result[T]``
    (``.parsed``, ``.response``)."""

    def __init__(self, runtime: rt.Runtime) -> None:
        self._runtime = runtime

    def list_clients(
        self,
        *,
        accept_language: str | None = None,
    ) -> rt.Result[OAuthClientList]:
        """List OAuth clients (``GET /api/oauth/client``), with the raw response."""
        call = rt.prepare(
            _OP_LIST_O_AUTH_CLIENTS,
            path={},
            query={},
            headers={
                "Accept-Language": accept_language,
            },
            accept="application/json",
        )
        response = self._runtime.send(call)
        return rt.decode(response, _O_AUTH_CLIENT_LIST)

    def create_client(
        self,
        *,
        body: OAuthClientCreate | OAuthClientCreateDict,
        accept_language: str | None = None,
    ) -> rt.Result[OAuthClient]:
        """Create an OAuth client (``POST /api/oauth/client``), with the raw response."""
        call = rt.prepare(
            _OP_CREATE_O_AUTH_CLIENT,
            path={},
            query={},
            headers={
                "Accept-Language": accept_language,
            },
            accept="application/json",
            json_body=body,
        )
        response = self._runtime.send(call)
        return rt.decode(response, _O_AUTH_CLIENT)

    def list_tokens(
        self,
        *,
        client_id: str,
        accept_language: str | None = None,
    ) -> rt.Result[OAuthTokenList]:
        """List the tokens of an OAuth client (``GET /api/oauth/token``), with the raw response."""
        call = rt.prepare(
            _OP_LIST_O_AUTH_TOKENS,
            path={},
            query={
                "clientId": client_id,
            },
            headers={
                "Accept-Language": accept_language,
            },
            accept="application/json",
        )
        response = self._runtime.send(call)
        return rt.decode(response, _O_AUTH_TOKEN_LIST)

    def create_token(
        self,
        *,
        body: OAuthTokenCreate | OAuthTokenCreateDict,
        accept_language: str | None = None,
    ) -> rt.Result[OAuthToken]:
        """Create an OAuth token for a client and a user (``POST /api/oauth/token``), with the raw response."""
        call = rt.prepare(
            _OP_CREATE_O_AUTH_TOKEN,
            path={},
            query={},
            headers={
                "Accept-Language": accept_language,
            },
            accept="application/json",
            json_body=body,
        )
        response = self._runtime.send(call)
        return rt.decode(response, _O_AUTH_TOKEN)


class OauthResource:
    """``client.oauth``: Oauth."""

    def __init__(self, runtime: rt.Runtime) -> None:
        self._raw = OauthResourceWithRawResponse(runtime)

    def list_clients(
        self,
        *,
        accept_language: str | None = None,
    ) -> OAuthClientList:
        """List OAuth clients (``GET /api/oauth/client``).

        ``accept_language`` (``Accept-Language``): The language of the response texts, such as error messages, e.g. `pt` (line 498). The languages available in the PlanningPME API and in PlanningPME WebAccess are: German (de), English (en), Danish (da
        """
        return self._raw.list_clients(
            accept_language=accept_language,
        ).parsed

    def create_client(
        self,
        *,
        body: OAuthClientCreate | OAuthClientCreateDict,
        accept_language: str | None = None,
    ) -> OAuthClient:
        """Create an OAuth client (``POST /api/oauth/client``).

        ``accept_language`` (``Accept-Language``): The language of the response texts, such as error messages, e.g. `pt` (line 498). The languages available in the PlanningPME API and in PlanningPME WebAccess are: German (de), English (en), Danish (da
        """
        return self._raw.create_client(
            accept_language=accept_language,
            body=body,
        ).parsed

    def list_tokens(
        self,
        *,
        client_id: str,
        accept_language: str | None = None,
    ) -> OAuthTokenList:
        """List the tokens of an OAuth client (``GET /api/oauth/token``).

        ``client_id`` (``clientId``): Id of the OAuth client whose tokens are listed (`2bc87bded6bf4de7babe8ea5a9212735` in the example, line 617).

        ``accept_language`` (``Accept-Language``): The language of the response texts, such as error messages, e.g. `pt` (line 498). The languages available in the PlanningPME API and in PlanningPME WebAccess are: German (de), English (en), Danish (da
        """
        return self._raw.list_tokens(
            client_id=client_id,
            accept_language=accept_language,
        ).parsed

    def create_token(
        self,
        *,
        body: OAuthTokenCreate | OAuthTokenCreateDict,
        accept_language: str | None = None,
    ) -> OAuthToken:
        """Create an OAuth token for a client and a user (``POST /api/oauth/token``).

        ``accept_language`` (``Accept-Language``): The language of the response texts, such as error messages, e.g. `pt` (line 498). The languages available in the PlanningPME API and in PlanningPME WebAccess are: German (de), English (en), Danish (da
        """
        return self._raw.create_token(
            accept_language=accept_language,
            body=body,
        ).parsed


class ClientWithRawResponse:
    """``client.with_raw_response``: the namespaces of ``Client``, each method returning ``Result[T]``."""

    def __init__(self, runtime: rt.Runtime) -> None:
        self._runtime = runtime

    @property
    def authentication(self) -> AuthenticationResourceWithRawResponse:
        return AuthenticationResourceWithRawResponse(self._runtime)

    @property
    def customers(self) -> CustomersResourceWithRawResponse:
        return CustomersResourceWithRawResponse(self._runtime)

    @property
    def configuration(self) -> ConfigurationResourceWithRawResponse:
        return ConfigurationResourceWithRawResponse(self._runtime)

    @property
    def tasks(self) -> TasksResourceWithRawResponse:
        return TasksResourceWithRawResponse(self._runtime)

    @property
    def oauth(self) -> OauthResourceWithRawResponse:
        return OauthResourceWithRawResponse(self._runtime)


class Client:
    """Synchronous client of the PlanningPME API (httpx).

    The operations are grouped by resource: ``authentication``, ``customers``, ``configuration``, ``tasks``, ``oauth``    (``client.authentication.get_token(…)``). ``with_raw_response``
    has the same namespaces returning ``Result[T]``; ``with_options(…)`` a copy with another timeout,
    retries or headers, sharing the connection pool.

    Use it as a context manager (``with``), or call ``close()`` when done.
    """

    def __init__(
        self,
        *,
        app_key: str | None = None,
        bearer_token: str | None = None,
        username: str | None = None,
        password: str | None = None,
        assertion: str | None = None,
        client_id: str | None = None,
        brand: str = "mycompany",
        base_url: str | None = None,
        timeout: float | httpx.Timeout = rt.DEFAULT_TIMEOUT,
        headers: Mapping[str, str] | None = None,
        max_retries: int = 2,
        max_retry_wait: float = 60.0,
        backoff: float = 0.5,
        max_response_bytes: int = rt.DEFAULT_MAX_RESPONSE_BYTES,
        max_redirects: int = rt.DEFAULT_MAX_REDIRECTS,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        """Credentials:

        - ``app_key``: appKey (sent as the header `X-APPKEY`). Access to the API requires a key that identifies the application and secures its access: an appkey.

        - ``bearer_token``: bearerToken (sent as `Authorization: Bearer …`). User token and impersonation. Most API requests must also present an authorization token, which determines the profile of the user accessing the data so that the user and group permissions defined in the application are respected.

        - ``username``: username for the password grant of passwordGrant (`POST /token`).

        - ``password``: password for the password grant of passwordGrant (`POST /token`).

        - ``assertion``: the JWT for the JWT bearer grant of `POST /token` (instead of username and password).

        - ``client_id``: client_id sent with `assertion` in the JWT bearer grant of `POST /token`.

        ``base_url`` replaces the server URL built from the server variables
        (``brand``).
        ``max_retries`` bounds the retries: a 429 is retried for every method (the server did
        not process the request), 502/503/504 and connection errors only for GET, HEAD,
        OPTIONS, PUT and DELETE (never POST or PATCH); a ``Retry-After`` above
        ``max_retry_wait`` seconds is raised at once (``RateLimitError.retry_after``).

        Limits against a misbehaving server: a response body above ``max_response_bytes``
        (default 50 MiB, counted while it streams in, so a huge body is never held in memory)
        raises ``ResponseTooLargeError``; more than ``max_redirects`` redirects (default 5; 0
        follows none) raise ``RedirectError``, as does any redirect to another origin.
        """
        if max_response_bytes < 0 or max_redirects < 0:
            raise ValueError("max_response_bytes and max_redirects must not be negative")
        self._auth = rt.Security(
            _SCHEMES,
            {
                "app_key": app_key,
                "bearer_token": bearer_token,
            },
            grant=_GRANT,
            grant_fields={
                "username": username,
                "password": password,
                "assertion": assertion,
                "client_id": client_id,
            },
        )
        self._http = httpx.Client(
            base_url=base_url
            or _BASE_URL.format(
                brand=brand,
            ),
            timeout=timeout,
            headers=headers,
            transport=transport,
        )
        self._runtime = rt.Runtime(
            self._http,
            self._auth,
            rt.Settings(
                max_retries=max_retries,
                max_retry_wait=max_retry_wait,
                backoff=backoff,
                max_response_bytes=max_response_bytes,
                max_redirects=max_redirects,
            ),
            ERROR_FORMAT,
        )

    def __repr__(self) -> str:
        return f"Client(base_url={str(self._http.base_url)!r}, credentials={self._auth.credentials.names()!r})"

    @property
    def authentication(self) -> AuthenticationResource:
        """Authentication: ``get_token``."""
        return AuthenticationResource(self._runtime)

    @property
    def customers(self) -> CustomersResource:
        """Customers: ``create``."""
        return CustomersResource(self._runtime)

    @property
    def configuration(self) -> ConfigurationResource:
        """Configuration: ``get``."""
        return ConfigurationResource(self._runtime)

    @property
    def tasks(self) -> TasksResource:
        """Tasks: ``list``, ``get``."""
        return TasksResource(self._runtime)

    @property
    def oauth(self) -> OauthResource:
        """Oauth: ``list_clients``, ``create_client``, ``list_tokens``, ``create_token``."""
        return OauthResource(self._runtime)

    @property
    def with_raw_response(self) -> ClientWithRawResponse:
        """The same namespaces, each method returning ``Result[T]`` (``.parsed``, ``.response``)."""
        return ClientWithRawResponse(self._runtime)

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None | rt.NotGiven = rt.NOT_GIVEN,
        max_retries: int | None = None,
        max_retry_wait: float | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> Self:
        """A copy of this client with these options, sharing its connection pool and credentials:
        ``client.with_options(timeout=5, max_retries=0).authentication.get_token(…)``.

        ``timeout`` (seconds or an ``httpx.Timeout``; None: none) replaces the client's,
        ``max_retries`` and ``max_retry_wait`` replace its own, ``headers`` are added to its
        headers. Closing either client closes the pool they share.
        """
        clone = copy.copy(self)
        clone._runtime = self._runtime.with_options(
            timeout=timeout, max_retries=max_retries, max_retry_wait=max_retry_wait, headers=headers
        )
        return clone

    def close(self) -> None:
        """Close the connection pool."""
        self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class AsyncAuthenticationResourceWithRawResponse:
    """``client.with_raw_response.authentication``: Authentication, each method returning ``Result[T]``
    (``.parsed``, ``.response``)."""

    def __init__(self, runtime: rt.AsyncRuntime) -> None:
        self._runtime = runtime

    async def get_token(
        self,
        *,
        body: TokenRequest | TokenRequestDict,
        accept_language: str | None = None,
    ) -> rt.Result[TokenResponse]:
        """Get an authorization token (``POST /token``), with the raw response."""
        call = rt.prepare(
            _OP_GET_TOKEN,
            path={},
            query={},
            headers={
                "Accept-Language": accept_language,
            },
            accept="application/json",
            form_body=body,
        )
        response = await self._runtime.send(call)
        return rt.decode(response, _TOKEN_RESPONSE)


class AsyncAuthenticationResource:
    """``client.authentication``: Authentication."""

    def __init__(self, runtime: rt.AsyncRuntime) -> None:
        self._raw = AsyncAuthenticationResourceWithRawResponse(runtime)

    async def get_token(
        self,
        *,
        body: TokenRequest | TokenRequestDict,
        accept_language: str | None = None,
    ) -> TokenResponse:
        """Get an authorization token (``POST /token``).

        ``accept_language`` (``Accept-Language``): The language of the response texts, such as error messages, e.g. `pt` (line 498). The languages available in the PlanningPME API and in PlanningPME WebAccess are: German (de), English (en), Danish (da
        """
        return (
            await self._raw.get_token(
                accept_language=accept_language,
                body=body,
            )
        ).parsed


class AsyncCustomersResourceWithRawResponse:
    """``client.with_raw_response.customers``: Customers, each method returning ``Result[T]``
    (``.parsed``, ``.response``)."""

    def __init__(self, runtime: rt.AsyncRuntime) -> None:
        self._runtime = runtime

    async def create(
        self,
        *,
        accept_language: str | None = None,
    ) -> rt.Result[Customer]:
        """Create a customer (``POST /api/customer``), with the raw response."""
        call = rt.prepare(
            _OP_CREATE_CUSTOMER,
            path={},
            query={},
            headers={
                "Accept-Language": accept_language,
            },
            accept="application/json",
        )
        response = await self._runtime.send(call)
        return rt.decode(response, _CUSTOMER)


class AsyncCustomersResource:
    """``client.customers``: Customers."""

    def __init__(self, runtime: rt.AsyncRuntime) -> None:
        self._raw = AsyncCustomersResourceWithRawResponse(runtime)

    async def create(
        self,
        *,
        accept_language: str | None = None,
    ) -> Customer:
        """Create a customer (``POST /api/customer``).

        ``accept_language`` (``Accept-Language``): The language of the response texts, such as error messages, e.g. `pt` (line 498). The languages available in the PlanningPME API and in PlanningPME WebAccess are: German (de), English (en), Danish (da
        """
        return (
            await self._raw.create(
                accept_language=accept_language,
            )
        ).parsed


class AsyncConfigurationResourceWithRawResponse:
    """``client.with_raw_response.configuration``: Configuration, each method returning ``Result[T]``
    (``.parsed``, ``.response``)."""

    def __init__(self, runtime: rt.AsyncRuntime) -> None:
        self._runtime = runtime

    async def get(
        self,
        *,
        accept_language: str | None = None,
    ) -> rt.Result[ApiConfig]:
        """Get the API configuration and its constant enumerations (``GET /api/config``), with the raw response."""
        call = rt.prepare(
            _OP_GET_CONFIG,
            path={},
            query={},
            headers={
                "Accept-Language": accept_language,
            },
            accept="application/json",
        )
        response = await self._runtime.send(call)
        return rt.decode(response, _API_CONFIG)


class AsyncConfigurationResource:
    """``client.configuration``: Configuration."""

    def __init__(self, runtime: rt.AsyncRuntime) -> None:
        self._raw = AsyncConfigurationResourceWithRawResponse(runtime)

    async def get(
        self,
        *,
        accept_language: str | None = None,
    ) -> ApiConfig:
        """Get the API configuration and its constant enumerations (``GET /api/config``).

        ``accept_language`` (``Accept-Language``): The language of the response texts, such as error messages, e.g. `pt` (line 498). The languages available in the PlanningPME API and in PlanningPME WebAccess are: German (de), English (en), Danish (da
        """
        return (
            await self._raw.get(
                accept_language=accept_language,
            )
        ).parsed


class AsyncTasksResourceWithRawResponse:
    """``client.with_raw_response.tasks``: Tasks, each method returning ``Result[T]``
    (``.parsed``, ``.response``)."""

    def __init__(self, runtime: rt.AsyncRuntime) -> None:
        self._runtime = runtime

    async def list(
        self,
        *,
        page_index: int | None = None,
        page_size: int | None = None,
        sort_info: str | None = None,
        accept_language: str | None = None,
    ) -> rt.Result[TaskList]:
        """List tasks (``GET /api/task``), with the raw response."""
        call = rt.prepare(
            _OP_LIST_TASKS,
            path={},
            query={
                "pageIndex": page_index,
                "pageSize": page_size,
                "sortInfo": sort_info,
            },
            headers={
                "Accept-Language": accept_language,
            },
            accept="application/json",
        )
        response = await self._runtime.send(call)
        return rt.decode(response, _TASK_LIST)

    async def get(
        self,
        *,
        id_: int,
        accept_language: str | None = None,
    ) -> rt.Result[Task]:
        """Get a task (``GET /api/task/{id}``), with the raw response."""
        call = rt.prepare(
            _OP_GET_TASK,
            path={
                "id": id_,
            },
            query={},
            headers={
                "Accept-Language": accept_language,
            },
            accept="application/json",
        )
        response = await self._runtime.send(call)
        return rt.decode(response, _TASK)


class AsyncTasksResource:
    """``client.tasks``: Tasks."""

    def __init__(self, runtime: rt.AsyncRuntime) -> None:
        self._raw = AsyncTasksResourceWithRawResponse(runtime)

    async def list(
        self,
        *,
        page_index: int | None = None,
        page_size: int | None = None,
        sort_info: str | None = None,
        accept_language: str | None = None,
    ) -> TaskList:
        """List tasks (``GET /api/task``).

        ``page_index`` (``pageIndex``): Zero-based index of the page to return (`pageIndex=1` is the second page, lines 504-505). Without paging parameters the complete list is returned.

        ``page_size`` (``pageSize``): Number of tasks per page (20 in the example, lines 504-505).

        ``sort_info`` (``sortInfo``): GET methods often take this parameter. Sort order of the (complete or paged) list: a property name directly followed by `+` (ascending) or `-` (descending), e.g. `label+`. Several orders can be chaine

        ``accept_language`` (``Accept-Language``): The language of the response texts, such as error messages, e.g. `pt` (line 498). The languages available in the PlanningPME API and in PlanningPME WebAccess are: German (de), English (en), Danish (da
        """
        return (
            await self._raw.list(
                page_index=page_index,
                page_size=page_size,
                sort_info=sort_info,
                accept_language=accept_language,
            )
        ).parsed

    def iter_list(
        self,
        *,
        page_size: int | None = None,
        sort_info: str | None = None,
        accept_language: str | None = None,
    ) -> AsyncIterator[Task]:
        """Every item of ``list``, page after page (total paging)."""
        _paging: rt.Paging[TaskList, Task] = rt.Paging(
            "total",
            0,
            items=lambda page: page.items,
            count=lambda page: page.total_items,
        )
        return rt.aiterate(
            lambda cursor: self.list(
                page_size=page_size,
                sort_info=sort_info,
                accept_language=accept_language,
                page_index=cursor,
            ),
            _paging,
            size=page_size,
        )

    async def get(
        self,
        *,
        id_: int,
        accept_language: str | None = None,
    ) -> Task:
        """Get a task (``GET /api/task/{id}``).

        ``id_`` (``id``): Key of the task (756 in the example, line 531).

        ``accept_language`` (``Accept-Language``): The language of the response texts, such as error messages, e.g. `pt` (line 498). The languages available in the PlanningPME API and in PlanningPME WebAccess are: German (de), English (en), Danish (da
        """
        return (
            await self._raw.get(
                id_=id_,
                accept_language=accept_language,
            )
        ).parsed


class AsyncOauthResourceWithRawResponse:
    """``client.with_raw_response.oauth``: Oauth, each method returning ``Result[T]``
    (``.parsed``, ``.response``)."""

    def __init__(self, runtime: rt.AsyncRuntime) -> None:
        self._runtime = runtime

    async def list_clients(
        self,
        *,
        accept_language: str | None = None,
    ) -> rt.Result[OAuthClientList]:
        """List OAuth clients (``GET /api/oauth/client``), with the raw response."""
        call = rt.prepare(
            _OP_LIST_O_AUTH_CLIENTS,
            path={},
            query={},
            headers={
                "Accept-Language": accept_language,
            },
            accept="application/json",
        )
        response = await self._runtime.send(call)
        return rt.decode(response, _O_AUTH_CLIENT_LIST)

    async def create_client(
        self,
        *,
        body: OAuthClientCreate | OAuthClientCreateDict,
        accept_language: str | None = None,
    ) -> rt.Result[OAuthClient]:
        """Create an OAuth client (``POST /api/oauth/client``), with the raw response."""
        call = rt.prepare(
            _OP_CREATE_O_AUTH_CLIENT,
            path={},
            query={},
            headers={
                "Accept-Language": accept_language,
            },
            accept="application/json",
            json_body=body,
        )
        response = await self._runtime.send(call)
        return rt.decode(response, _O_AUTH_CLIENT)

    async def list_tokens(
        self,
        *,
        client_id: str,
        accept_language: str | None = None,
    ) -> rt.Result[OAuthTokenList]:
        """List the tokens of an OAuth client (``GET /api/oauth/token``), with the raw response."""
        call = rt.prepare(
            _OP_LIST_O_AUTH_TOKENS,
            path={},
            query={
                "clientId": client_id,
            },
            headers={
                "Accept-Language": accept_language,
            },
            accept="application/json",
        )
        response = await self._runtime.send(call)
        return rt.decode(response, _O_AUTH_TOKEN_LIST)

    async def create_token(
        self,
        *,
        body: OAuthTokenCreate | OAuthTokenCreateDict,
        accept_language: str | None = None,
    ) -> rt.Result[OAuthToken]:
        """Create an OAuth token for a client and a user (``POST /api/oauth/token``), with the raw response."""
        call = rt.prepare(
            _OP_CREATE_O_AUTH_TOKEN,
            path={},
            query={},
            headers={
                "Accept-Language": accept_language,
            },
            accept="application/json",
            json_body=body,
        )
        response = await self._runtime.send(call)
        return rt.decode(response, _O_AUTH_TOKEN)


class AsyncOauthResource:
    """``client.oauth``: Oauth."""

    def __init__(self, runtime: rt.AsyncRuntime) -> None:
        self._raw = AsyncOauthResourceWithRawResponse(runtime)

    async def list_clients(
        self,
        *,
        accept_language: str | None = None,
    ) -> OAuthClientList:
        """List OAuth clients (``GET /api/oauth/client``).

        ``accept_language`` (``Accept-Language``): The language of the response texts, such as error messages, e.g. `pt` (line 498). The languages available in the PlanningPME API and in PlanningPME WebAccess are: German (de), English (en), Danish (da
        """
        return (
            await self._raw.list_clients(
                accept_language=accept_language,
            )
        ).parsed

    async def create_client(
        self,
        *,
        body: OAuthClientCreate | OAuthClientCreateDict,
        accept_language: str | None = None,
    ) -> OAuthClient:
        """Create an OAuth client (``POST /api/oauth/client``).

        ``accept_language`` (``Accept-Language``): The language of the response texts, such as error messages, e.g. `pt` (line 498). The languages available in the PlanningPME API and in PlanningPME WebAccess are: German (de), English (en), Danish (da
        """
        return (
            await self._raw.create_client(
                accept_language=accept_language,
                body=body,
            )
        ).parsed

    async def list_tokens(
        self,
        *,
        client_id: str,
        accept_language: str | None = None,
    ) -> OAuthTokenList:
        """List the tokens of an OAuth client (``GET /api/oauth/token``).

        ``client_id`` (``clientId``): Id of the OAuth client whose tokens are listed (`2bc87bded6bf4de7babe8ea5a9212735` in the example, line 617).

        ``accept_language`` (``Accept-Language``): The language of the response texts, such as error messages, e.g. `pt` (line 498). The languages available in the PlanningPME API and in PlanningPME WebAccess are: German (de), English (en), Danish (da
        """
        return (
            await self._raw.list_tokens(
                client_id=client_id,
                accept_language=accept_language,
            )
        ).parsed

    async def create_token(
        self,
        *,
        body: OAuthTokenCreate | OAuthTokenCreateDict,
        accept_language: str | None = None,
    ) -> OAuthToken:
        """Create an OAuth token for a client and a user (``POST /api/oauth/token``).

        ``accept_language`` (``Accept-Language``): The language of the response texts, such as error messages, e.g. `pt` (line 498). The languages available in the PlanningPME API and in PlanningPME WebAccess are: German (de), English (en), Danish (da
        """
        return (
            await self._raw.create_token(
                accept_language=accept_language,
                body=body,
            )
        ).parsed


class AsyncClientWithRawResponse:
    """``client.with_raw_response``: the namespaces of ``AsyncClient``, each method returning ``Result[T]``."""

    def __init__(self, runtime: rt.AsyncRuntime) -> None:
        self._runtime = runtime

    @property
    def authentication(self) -> AsyncAuthenticationResourceWithRawResponse:
        return AsyncAuthenticationResourceWithRawResponse(self._runtime)

    @property
    def customers(self) -> AsyncCustomersResourceWithRawResponse:
        return AsyncCustomersResourceWithRawResponse(self._runtime)

    @property
    def configuration(self) -> AsyncConfigurationResourceWithRawResponse:
        return AsyncConfigurationResourceWithRawResponse(self._runtime)

    @property
    def tasks(self) -> AsyncTasksResourceWithRawResponse:
        return AsyncTasksResourceWithRawResponse(self._runtime)

    @property
    def oauth(self) -> AsyncOauthResourceWithRawResponse:
        return AsyncOauthResourceWithRawResponse(self._runtime)


class AsyncClient:
    """Asynchronous client of the PlanningPME API (httpx).

    The operations are grouped by resource: ``authentication``, ``customers``, ``configuration``, ``tasks``, ``oauth``    (``client.authentication.get_token(…)``). ``with_raw_response``
    has the same namespaces returning ``Result[T]``; ``with_options(…)`` a copy with another timeout,
    retries or headers, sharing the connection pool.

    Use it as an async context manager (``async with``), or call ``await client.aclose()`` when done (``close`` is
    an alias).
    """

    def __init__(
        self,
        *,
        app_key: str | None = None,
        bearer_token: str | None = None,
        username: str | None = None,
        password: str | None = None,
        assertion: str | None = None,
        client_id: str | None = None,
        brand: str = "mycompany",
        base_url: str | None = None,
        timeout: float | httpx.Timeout = rt.DEFAULT_TIMEOUT,
        headers: Mapping[str, str] | None = None,
        max_retries: int = 2,
        max_retry_wait: float = 60.0,
        backoff: float = 0.5,
        max_response_bytes: int = rt.DEFAULT_MAX_RESPONSE_BYTES,
        max_redirects: int = rt.DEFAULT_MAX_REDIRECTS,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        """Credentials:

        - ``app_key``: appKey (sent as the header `X-APPKEY`). Access to the API requires a key that identifies the application and secures its access: an appkey.

        - ``bearer_token``: bearerToken (sent as `Authorization: Bearer …`). User token and impersonation. Most API requests must also present an authorization token, which determines the profile of the user accessing the data so that the user and group permissions defined in the application are respected.

        - ``username``: username for the password grant of passwordGrant (`POST /token`).

        - ``password``: password for the password grant of passwordGrant (`POST /token`).

        - ``assertion``: the JWT for the JWT bearer grant of `POST /token` (instead of username and password).

        - ``client_id``: client_id sent with `assertion` in the JWT bearer grant of `POST /token`.

        ``base_url`` replaces the server URL built from the server variables
        (``brand``).
        ``max_retries`` bounds the retries: a 429 is retried for every method (the server did
        not process the request), 502/503/504 and connection errors only for GET, HEAD,
        OPTIONS, PUT and DELETE (never POST or PATCH); a ``Retry-After`` above
        ``max_retry_wait`` seconds is raised at once (``RateLimitError.retry_after``).

        Limits against a misbehaving server: a response body above ``max_response_bytes``
        (default 50 MiB, counted while it streams in, so a huge body is never held in memory)
        raises ``ResponseTooLargeError``; more than ``max_redirects`` redirects (default 5; 0
        follows none) raise ``RedirectError``, as does any redirect to another origin.
        """
        if max_response_bytes < 0 or max_redirects < 0:
            raise ValueError("max_response_bytes and max_redirects must not be negative")
        self._auth = rt.Security(
            _SCHEMES,
            {
                "app_key": app_key,
                "bearer_token": bearer_token,
            },
            grant=_GRANT,
            grant_fields={
                "username": username,
                "password": password,
                "assertion": assertion,
                "client_id": client_id,
            },
        )
        self._http = httpx.AsyncClient(
            base_url=base_url
            or _BASE_URL.format(
                brand=brand,
            ),
            timeout=timeout,
            headers=headers,
            transport=transport,
        )
        self._runtime = rt.AsyncRuntime(
            self._http,
            self._auth,
            rt.Settings(
                max_retries=max_retries,
                max_retry_wait=max_retry_wait,
                backoff=backoff,
                max_response_bytes=max_response_bytes,
                max_redirects=max_redirects,
            ),
            ERROR_FORMAT,
        )

    def __repr__(self) -> str:
        return f"AsyncClient(base_url={str(self._http.base_url)!r}, credentials={self._auth.credentials.names()!r})"

    @property
    def authentication(self) -> AsyncAuthenticationResource:
        """Authentication: ``get_token``."""
        return AsyncAuthenticationResource(self._runtime)

    @property
    def customers(self) -> AsyncCustomersResource:
        """Customers: ``create``."""
        return AsyncCustomersResource(self._runtime)

    @property
    def configuration(self) -> AsyncConfigurationResource:
        """Configuration: ``get``."""
        return AsyncConfigurationResource(self._runtime)

    @property
    def tasks(self) -> AsyncTasksResource:
        """Tasks: ``list``, ``get``."""
        return AsyncTasksResource(self._runtime)

    @property
    def oauth(self) -> AsyncOauthResource:
        """Oauth: ``list_clients``, ``create_client``, ``list_tokens``, ``create_token``."""
        return AsyncOauthResource(self._runtime)

    @property
    def with_raw_response(self) -> AsyncClientWithRawResponse:
        """The same namespaces, each method returning ``Result[T]`` (``.parsed``, ``.response``)."""
        return AsyncClientWithRawResponse(self._runtime)

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None | rt.NotGiven = rt.NOT_GIVEN,
        max_retries: int | None = None,
        max_retry_wait: float | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> Self:
        """A copy of this client with these options, sharing its connection pool and credentials:
        ``client.with_options(timeout=5, max_retries=0).authentication.get_token(…)``.

        ``timeout`` (seconds or an ``httpx.Timeout``; None: none) replaces the client's,
        ``max_retries`` and ``max_retry_wait`` replace its own, ``headers`` are added to its
        headers. Closing either client closes the pool they share.
        """
        clone = copy.copy(self)
        clone._runtime = self._runtime.with_options(
            timeout=timeout, max_retries=max_retries, max_retry_wait=max_retry_wait, headers=headers
        )
        return clone

    async def aclose(self) -> None:
        """Close the connection pool."""
        await self._http.aclose()

    async def close(self) -> None:
        """Close the connection pool (the same as ``aclose``)."""
        await self.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()
