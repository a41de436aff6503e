"""Planiso API: ``Client`` and ``AsyncClient``, one method per operation of the spec.

Each operation has a method returning the typed result, a ``*_raw`` twin returning
``Result[T]`` (``.parsed``, ``.response``, ``.envelope``), and, where the API pages, an ``iter_*``
method yielding the items of every page.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import TracebackType
from typing import Any, Self

import httpx
from pydantic import TypeAdapter

from . import _runtime as rt
from .bodies import (
    CustomerCreateFormDict,
    CustomerUpdateFormDict,
    EquipmentCreateFormDict,
    EquipmentUpdateFormDict,
    OrganizationCreateFormDict,
    OrganizationUpdateFormDict,
    ProjectCreateFormDict,
    ProjectUpdateFormDict,
    SubcontractorCreateFormDict,
    SubcontractorUpdateFormDict,
    SupplierCreateFormDict,
    SupplierUpdateFormDict,
    UserCreateFormDict,
    UserUpdateFormDict,
)
from .errors import ERROR_FORMAT
from .models import (
    Customer,
    CustomerCreateForm,
    CustomerEnvelope,
    CustomerListEnvelope,
    CustomerUpdateForm,
    EmptyEnvelope,
    Equipment,
    EquipmentCreateForm,
    EquipmentEnvelope,
    EquipmentListEnvelope,
    EquipmentType,
    EquipmentTypeListEnvelope,
    EquipmentUpdateForm,
    ErrorEnvelope,
    Organization,
    OrganizationCreateForm,
    OrganizationEnvelope,
    OrganizationListEnvelope,
    OrganizationUpdateForm,
    Project,
    ProjectCreateForm,
    ProjectEnvelope,
    ProjectListEnvelope,
    ProjectUpdateForm,
    Subcontractor,
    SubcontractorCreateForm,
    SubcontractorEnvelope,
    SubcontractorListEnvelope,
    SubcontractorUpdateForm,
    Supplier,
    SupplierCreateForm,
    SupplierEnvelope,
    SupplierListEnvelope,
    SupplierUpdateForm,
    User,
    UserCreateForm,
    UserEnvelope,
    UserListEnvelope,
    UserUpdateForm,
)

__all__ = ["AsyncClient", "Client"]

_BASE_URL = "https://api.planiso.com"
_SCHEMES: dict[str, rt.Scheme] = {
    "bearerAuth": rt.Scheme("bearer", "header", "Authorization", "bearer_auth"),
}

_CUSTOMER: TypeAdapter[Customer] = TypeAdapter(Customer)
_CUSTOMER_ENVELOPE: TypeAdapter[CustomerEnvelope] = TypeAdapter(CustomerEnvelope)
_CUSTOMER_LIST_ENVELOPE: TypeAdapter[CustomerListEnvelope] = TypeAdapter(CustomerListEnvelope)
_EMPTY_ENVELOPE: TypeAdapter[EmptyEnvelope] = TypeAdapter(EmptyEnvelope)
_EQUIPMENT: TypeAdapter[Equipment] = TypeAdapter(Equipment)
_EQUIPMENT_ENVELOPE: TypeAdapter[EquipmentEnvelope] = TypeAdapter(EquipmentEnvelope)
_EQUIPMENT_LIST_ENVELOPE: TypeAdapter[EquipmentListEnvelope] = TypeAdapter(EquipmentListEnvelope)
_EQUIPMENT_TYPE_LIST_ENVELOPE: TypeAdapter[EquipmentTypeListEnvelope] = TypeAdapter(
    EquipmentTypeListEnvelope
)
_ERROR_ENVELOPE: TypeAdapter[ErrorEnvelope] = TypeAdapter(ErrorEnvelope)
_LIST_ANY: TypeAdapter[list[Any]] = TypeAdapter(list[Any])
_LIST_CUSTOMER: TypeAdapter[list[Customer]] = TypeAdapter(list[Customer])
_LIST_EQUIPMENT: TypeAdapter[list[Equipment]] = TypeAdapter(list[Equipment])
_LIST_EQUIPMENT_TYPE: TypeAdapter[list[EquipmentType]] = TypeAdapter(list[EquipmentType])
_LIST_ORGANIZATION: TypeAdapter[list[Organization]] = TypeAdapter(list[Organization])
_LIST_PROJECT: TypeAdapter[list[Project]] = TypeAdapter(list[Project])
_LIST_SUBCONTRACTOR: TypeAdapter[list[Subcontractor]] = TypeAdapter(list[Subcontractor])
_LIST_SUPPLIER: TypeAdapter[list[Supplier]] = TypeAdapter(list[Supplier])
_LIST_USER: TypeAdapter[list[User]] = TypeAdapter(list[User])
_ORGANIZATION: TypeAdapter[Organization] = TypeAdapter(Organization)
_ORGANIZATION_ENVELOPE: TypeAdapter[OrganizationEnvelope] = TypeAdapter(OrganizationEnvelope)
_ORGANIZATION_LIST_ENVELOPE: TypeAdapter[OrganizationListEnvelope] = TypeAdapter(
    OrganizationListEnvelope
)
_PROJECT: TypeAdapter[Project] = TypeAdapter(Project)
_PROJECT_ENVELOPE: TypeAdapter[ProjectEnvelope] = TypeAdapter(ProjectEnvelope)
_PROJECT_LIST_ENVELOPE: TypeAdapter[ProjectListEnvelope] = TypeAdapter(ProjectListEnvelope)
_SUBCONTRACTOR: TypeAdapter[Subcontractor] = TypeAdapter(Subcontractor)
_SUBCONTRACTOR_ENVELOPE: TypeAdapter[SubcontractorEnvelope] = TypeAdapter(SubcontractorEnvelope)
_SUBCONTRACTOR_LIST_ENVELOPE: TypeAdapter[SubcontractorListEnvelope] = TypeAdapter(
    SubcontractorListEnvelope
)
_SUPPLIER: TypeAdapter[Supplier] = TypeAdapter(Supplier)
_SUPPLIER_ENVELOPE: TypeAdapter[SupplierEnvelope] = TypeAdapter(SupplierEnvelope)
_SUPPLIER_LIST_ENVELOPE: TypeAdapter[SupplierListEnvelope] = TypeAdapter(SupplierListEnvelope)
_USER: TypeAdapter[User] = TypeAdapter(User)
_USER_ENVELOPE: TypeAdapter[UserEnvelope] = TypeAdapter(UserEnvelope)
_USER_LIST_ENVELOPE: TypeAdapter[UserListEnvelope] = TypeAdapter(UserListEnvelope)

_OP_LIST_USERS = rt.Operation(
    "GET",
    "/v1/user",
    (("bearerAuth",),),
    {
        "400": _ERROR_ENVELOPE,
        "401": _ERROR_ENVELOPE,
        "402": _ERROR_ENVELOPE,
        "403": _ERROR_ENVELOPE,
        "404": _ERROR_ENVELOPE,
        "409": _ERROR_ENVELOPE,
        "429": _ERROR_ENVELOPE,
        "500": _ERROR_ENVELOPE,
    },
)
_OP_CREATE_USER = rt.Operation(
    "POST",
    "/v1/user",
    (("bearerAuth",),),
    {
        "400": _ERROR_ENVELOPE,
        "401": _ERROR_ENVELOPE,
        "402": _ERROR_ENVELOPE,
        "403": _ERROR_ENVELOPE,
        "404": _ERROR_ENVELOPE,
        "409": _ERROR_ENVELOPE,
        "429": _ERROR_ENVELOPE,
        "500": _ERROR_ENVELOPE,
    },
)
_OP_GET_USER = rt.Operation(
    "GET",
    "/v1/user/{no}",
    (("bearerAuth",),),
    {
        "400": _ERROR_ENVELOPE,
        "401": _ERROR_ENVELOPE,
        "402": _ERROR_ENVELOPE,
        "403": _ERROR_ENVELOPE,
        "404": _ERROR_ENVELOPE,
        "409": _ERROR_ENVELOPE,
        "429": _ERROR_ENVELOPE,
        "500": _ERROR_ENVELOPE,
    },
)
_OP_UPDATE_USER = rt.Operation(
    "PUT",
    "/v1/user/{no}",
    (("bearerAuth",),),
    {
        "400": _ERROR_ENVELOPE,
        "401": _ERROR_ENVELOPE,
        "402": _ERROR_ENVELOPE,
        "403": _ERROR_ENVELOPE,
        "404": _ERROR_ENVELOPE,
        "409": _ERROR_ENVELOPE,
        "429": _ERROR_ENVELOPE,
        "500": _ERROR_ENVELOPE,
    },
)
_OP_DELETE_USER = rt.Operation(
    "DELETE",
    "/v1/user/{no}",
    (("bearerAuth",),),
    {
        "400": _ERROR_ENVELOPE,
        "401": _ERROR_ENVELOPE,
        "402": _ERROR_ENVELOPE,
        "403": _ERROR_ENVELOPE,
        "404": _ERROR_ENVELOPE,
        "409": _ERROR_ENVELOPE,
        "429": _ERROR_ENVELOPE,
        "500": _ERROR_ENVELOPE,
    },
)
_OP_LIST_CUSTOMERS = rt.Operation(
    "GET",
    "/v1/customer",
    (("bearerAuth",),),
    {
        "400": _ERROR_ENVELOPE,
        "401": _ERROR_ENVELOPE,
        "402": _ERROR_ENVELOPE,
        "403": _ERROR_ENVELOPE,
        "404": _ERROR_ENVELOPE,
        "409": _ERROR_ENVELOPE,
        "429": _ERROR_ENVELOPE,
        "500": _ERROR_ENVELOPE,
    },
)
_OP_CREATE_CUSTOMER = rt.Operation(
    "POST",
    "/v1/customer",
    (("bearerAuth",),),
    {
        "400": _ERROR_ENVELOPE,
        "401": _ERROR_ENVELOPE,
        "402": _ERROR_ENVELOPE,
        "403": _ERROR_ENVELOPE,
        "404": _ERROR_ENVELOPE,
        "409": _ERROR_ENVELOPE,
        "429": _ERROR_ENVELOPE,
        "500": _ERROR_ENVELOPE,
    },
)
_OP_GET_CUSTOMER = rt.Operation(
    "GET",
    "/v1/customer/{no}",
    (("bearerAuth",),),
    {
        "400": _ERROR_ENVELOPE,
        "401": _ERROR_ENVELOPE,
        "402": _ERROR_ENVELOPE,
        "403": _ERROR_ENVELOPE,
        "404": _ERROR_ENVELOPE,
        "409": _ERROR_ENVELOPE,
        "429": _ERROR_ENVELOPE,
        "500": _ERROR_ENVELOPE,
    },
)
_OP_UPDATE_CUSTOMER = rt.Operation(
    "PUT",
    "/v1/customer/{no}",
    (("bearerAuth",),),
    {
        "400": _ERROR_ENVELOPE,
        "401": _ERROR_ENVELOPE,
        "402": _ERROR_ENVELOPE,
        "403": _ERROR_ENVELOPE,
        "404": _ERROR_ENVELOPE,
        "409": _ERROR_ENVELOPE,
        "429": _ERROR_ENVELOPE,
        "500": _ERROR_ENVELOPE,
    },
)
_OP_DELETE_CUSTOMER = rt.Operation(
    "DELETE",
    "/v1/customer/{no}",
    (("bearerAuth",),),
    {
        "400": _ERROR_ENVELOPE,
        "401": _ERROR_ENVELOPE,
        "402": _ERROR_ENVELOPE,
        "403": _ERROR_ENVELOPE,
        "404": _ERROR_ENVELOPE,
        "409": _ERROR_ENVELOPE,
        "429": _ERROR_ENVELOPE,
        "500": _ERROR_ENVELOPE,
    },
)
_OP_LIST_SUPPLIERS = rt.Operation(
    "GET",
    "/v1/supplier",
    (("bearerAuth",),),
    {
        "400": _ERROR_ENVELOPE,
        "401": _ERROR_ENVELOPE,
        "402": _ERROR_ENVELOPE,
        "403": _ERROR_ENVELOPE,
        "404": _ERROR_ENVELOPE,
        "409": _ERROR_ENVELOPE,
        "429": _ERROR_ENVELOPE,
        "500": _ERROR_ENVELOPE,
    },
)
_OP_CREATE_SUPPLIER = rt.Operation(
    "POST",
    "/v1/supplier",
    (("bearerAuth",),),
    {
        "400": _ERROR_ENVELOPE,
        "401": _ERROR_ENVELOPE,
        "402": _ERROR_ENVELOPE,
        "403": _ERROR_ENVELOPE,
        "404": _ERROR_ENVELOPE,
        "409": _ERROR_ENVELOPE,
        "429": _ERROR_ENVELOPE,
        "500": _ERROR_ENVELOPE,
    },
)
_OP_GET_SUPPLIER = rt.Operation(
    "GET",
    "/v1/supplier/{no}",
    (("bearerAuth",),),
    {
        "400": _ERROR_ENVELOPE,
        "401": _ERROR_ENVELOPE,
        "402": _ERROR_ENVELOPE,
        "403": _ERROR_ENVELOPE,
        "404": _ERROR_ENVELOPE,
        "409": _ERROR_ENVELOPE,
        "429": _ERROR_ENVELOPE,
        "500": _ERROR_ENVELOPE,
    },
)
_OP_UPDATE_SUPPLIER = rt.Operation(
    "PUT",
    "/v1/supplier/{no}",
    (("bearerAuth",),),
    {
        "400": _ERROR_ENVELOPE,
        "401": _ERROR_ENVELOPE,
        "402": _ERROR_ENVELOPE,
        "403": _ERROR_ENVELOPE,
        "404": _ERROR_ENVELOPE,
        "409": _ERROR_ENVELOPE,
        "429": _ERROR_ENVELOPE,
        "500": _ERROR_ENVELOPE,
    },
)
_OP_DELETE_SUPPLIER = rt.Operation(
    "DELETE",
    "/v1/supplier/{no}",
    (("bearerAuth",),),
    {
        "400": _ERROR_ENVELOPE,
        "401": _ERROR_ENVELOPE,
        "402": _ERROR_ENVELOPE,
        "403": _ERROR_ENVELOPE,
        "404": _ERROR_ENVELOPE,
        "409": _ERROR_ENVELOPE,
        "429": _ERROR_ENVELOPE,
        "500": _ERROR_ENVELOPE,
    },
)
_OP_LIST_SUBCONTRACTORS = rt.Operation(
    "GET",
    "/v1/subcontractor",
    (("bearerAuth",),),
    {
        "400": _ERROR_ENVELOPE,
        "401": _ERROR_ENVELOPE,
        "402": _ERROR_ENVELOPE,
        "403": _ERROR_ENVELOPE,
        "404": _ERROR_ENVELOPE,
        "409": _ERROR_ENVELOPE,
        "429": _ERROR_ENVELOPE,
        "500": _ERROR_ENVELOPE,
    },
)
_OP_CREATE_SUBCONTRACTOR = rt.Operation(
    "POST",
    "/v1/subcontractor",
    (("bearerAuth",),),
    {
        "400": _ERROR_ENVELOPE,
        "401": _ERROR_ENVELOPE,
        "402": _ERROR_ENVELOPE,
        "403": _ERROR_ENVELOPE,
        "404": _ERROR_ENVELOPE,
        "409": _ERROR_ENVELOPE,
        "429": _ERROR_ENVELOPE,
        "500": _ERROR_ENVELOPE,
    },
)
_OP_GET_SUBCONTRACTOR = rt.Operation(
    "GET",
    "/v1/subcontractor/{no}",
    (("bearerAuth",),),
    {
        "400": _ERROR_ENVELOPE,
        "401": _ERROR_ENVELOPE,
        "402": _ERROR_ENVELOPE,
        "403": _ERROR_ENVELOPE,
        "404": _ERROR_ENVELOPE,
        "409": _ERROR_ENVELOPE,
        "429": _ERROR_ENVELOPE,
        "500": _ERROR_ENVELOPE,
    },
)
_OP_UPDATE_SUBCONTRACTOR = rt.Operation(
    "PUT",
    "/v1/subcontractor/{no}",
    (("bearerAuth",),),
    {
        "400": _ERROR_ENVELOPE,
        "401": _ERROR_ENVELOPE,
        "402": _ERROR_ENVELOPE,
        "403": _ERROR_ENVELOPE,
        "404": _ERROR_ENVELOPE,
        "409": _ERROR_ENVELOPE,
        "429": _ERROR_ENVELOPE,
        "500": _ERROR_ENVELOPE,
    },
)
_OP_DELETE_SUBCONTRACTOR = rt.Operation(
    "DELETE",
    "/v1/subcontractor/{no}",
    (("bearerAuth",),),
    {
        "400": _ERROR_ENVELOPE,
        "401": _ERROR_ENVELOPE,
        "402": _ERROR_ENVELOPE,
        "403": _ERROR_ENVELOPE,
        "404": _ERROR_ENVELOPE,
        "409": _ERROR_ENVELOPE,
        "429": _ERROR_ENVELOPE,
        "500": _ERROR_ENVELOPE,
    },
)
_OP_LIST_ORGANIZATIONS = rt.Operation(
    "GET",
    "/v1/organization",
    (("bearerAuth",),),
    {
        "400": _ERROR_ENVELOPE,
        "401": _ERROR_ENVELOPE,
        "402": _ERROR_ENVELOPE,
        "403": _ERROR_ENVELOPE,
        "404": _ERROR_ENVELOPE,
        "409": _ERROR_ENVELOPE,
        "429": _ERROR_ENVELOPE,
        "500": _ERROR_ENVELOPE,
    },
)
_OP_CREATE_ORGANIZATION = rt.Operation(
    "POST",
    "/v1/organization",
    (("bearerAuth",),),
    {
        "400": _ERROR_ENVELOPE,
        "401": _ERROR_ENVELOPE,
        "402": _ERROR_ENVELOPE,
        "403": _ERROR_ENVELOPE,
        "404": _ERROR_ENVELOPE,
        "409": _ERROR_ENVELOPE,
        "429": _ERROR_ENVELOPE,
        "500": _ERROR_ENVELOPE,
    },
)
_OP_GET_ORGANIZATION = rt.Operation(
    "GET",
    "/v1/organization/{no}",
    (("bearerAuth",),),
    {
        "400": _ERROR_ENVELOPE,
        "401": _ERROR_ENVELOPE,
        "402": _ERROR_ENVELOPE,
        "403": _ERROR_ENVELOPE,
        "404": _ERROR_ENVELOPE,
        "409": _ERROR_ENVELOPE,
        "429": _ERROR_ENVELOPE,
        "500": _ERROR_ENVELOPE,
    },
)
_OP_UPDATE_ORGANIZATION = rt.Operation(
    "PUT",
    "/v1/organization/{no}",
    (("bearerAuth",),),
    {
        "400": _ERROR_ENVELOPE,
        "401": _ERROR_ENVELOPE,
        "402": _ERROR_ENVELOPE,
        "403": _ERROR_ENVELOPE,
        "404": _ERROR_ENVELOPE,
        "409": _ERROR_ENVELOPE,
        "429": _ERROR_ENVELOPE,
        "500": _ERROR_ENVELOPE,
    },
)
_OP_DELETE_ORGANIZATION = rt.Operation(
    "DELETE",
    "/v1/organization/{no}",
    (("bearerAuth",),),
    {
        "400": _ERROR_ENVELOPE,
        "401": _ERROR_ENVELOPE,
        "402": _ERROR_ENVELOPE,
        "403": _ERROR_ENVELOPE,
        "404": _ERROR_ENVELOPE,
        "409": _ERROR_ENVELOPE,
        "429": _ERROR_ENVELOPE,
        "500": _ERROR_ENVELOPE,
    },
)
_OP_LIST_PROJECTS = rt.Operation(
    "GET",
    "/v1/project",
    (("bearerAuth",),),
    {
        "400": _ERROR_ENVELOPE,
        "401": _ERROR_ENVELOPE,
        "402": _ERROR_ENVELOPE,
        "403": _ERROR_ENVELOPE,
        "404": _ERROR_ENVELOPE,
        "409": _ERROR_ENVELOPE,
        "429": _ERROR_ENVELOPE,
        "500": _ERROR_ENVELOPE,
    },
)
_OP_CREATE_PROJECT = rt.Operation(
    "POST",
    "/v1/project",
    (("bearerAuth",),),
    {
        "400": _ERROR_ENVELOPE,
        "401": _ERROR_ENVELOPE,
        "402": _ERROR_ENVELOPE,
        "403": _ERROR_ENVELOPE,
        "404": _ERROR_ENVELOPE,
        "409": _ERROR_ENVELOPE,
        "429": _ERROR_ENVELOPE,
        "500": _ERROR_ENVELOPE,
    },
)
_OP_GET_PROJECT = rt.Operation(
    "GET",
    "/v1/project/{no}",
    (("bearerAuth",),),
    {
        "400": _ERROR_ENVELOPE,
        "401": _ERROR_ENVELOPE,
        "402": _ERROR_ENVELOPE,
        "403": _ERROR_ENVELOPE,
        "404": _ERROR_ENVELOPE,
        "409": _ERROR_ENVELOPE,
        "429": _ERROR_ENVELOPE,
        "500": _ERROR_ENVELOPE,
    },
)
_OP_UPDATE_PROJECT = rt.Operation(
    "PUT",
    "/v1/project/{no}",
    (("bearerAuth",),),
    {
        "400": _ERROR_ENVELOPE,
        "401": _ERROR_ENVELOPE,
        "402": _ERROR_ENVELOPE,
        "403": _ERROR_ENVELOPE,
        "404": _ERROR_ENVELOPE,
        "409": _ERROR_ENVELOPE,
        "429": _ERROR_ENVELOPE,
        "500": _ERROR_ENVELOPE,
    },
)
_OP_DELETE_PROJECT = rt.Operation(
    "DELETE",
    "/v1/project/{no}",
    (("bearerAuth",),),
    {
        "400": _ERROR_ENVELOPE,
        "401": _ERROR_ENVELOPE,
        "402": _ERROR_ENVELOPE,
        "403": _ERROR_ENVELOPE,
        "404": _ERROR_ENVELOPE,
        "409": _ERROR_ENVELOPE,
        "429": _ERROR_ENVELOPE,
        "500": _ERROR_ENVELOPE,
    },
)
_OP_LIST_EQUIPMENT = rt.Operation(
    "GET",
    "/v1/equipment",
    (("bearerAuth",),),
    {
        "400": _ERROR_ENVELOPE,
        "401": _ERROR_ENVELOPE,
        "402": _ERROR_ENVELOPE,
        "403": _ERROR_ENVELOPE,
        "404": _ERROR_ENVELOPE,
        "409": _ERROR_ENVELOPE,
        "429": _ERROR_ENVELOPE,
        "500": _ERROR_ENVELOPE,
    },
)
_OP_CREATE_EQUIPMENT = rt.Operation(
    "POST",
    "/v1/equipment",
    (("bearerAuth",),),
    {
        "400": _ERROR_ENVELOPE,
        "401": _ERROR_ENVELOPE,
        "402": _ERROR_ENVELOPE,
        "403": _ERROR_ENVELOPE,
        "404": _ERROR_ENVELOPE,
        "409": _ERROR_ENVELOPE,
        "429": _ERROR_ENVELOPE,
        "500": _ERROR_ENVELOPE,
    },
)
_OP_GET_EQUIPMENT = rt.Operation(
    "GET",
    "/v1/equipment/{no}",
    (("bearerAuth",),),
    {
        "400": _ERROR_ENVELOPE,
        "401": _ERROR_ENVELOPE,
        "402": _ERROR_ENVELOPE,
        "403": _ERROR_ENVELOPE,
        "404": _ERROR_ENVELOPE,
        "409": _ERROR_ENVELOPE,
        "429": _ERROR_ENVELOPE,
        "500": _ERROR_ENVELOPE,
    },
)
_OP_UPDATE_EQUIPMENT = rt.Operation(
    "PUT",
    "/v1/equipment/{no}",
    (("bearerAuth",),),
    {
        "400": _ERROR_ENVELOPE,
        "401": _ERROR_ENVELOPE,
        "402": _ERROR_ENVELOPE,
        "403": _ERROR_ENVELOPE,
        "404": _ERROR_ENVELOPE,
        "409": _ERROR_ENVELOPE,
        "429": _ERROR_ENVELOPE,
        "500": _ERROR_ENVELOPE,
    },
)
_OP_DELETE_EQUIPMENT = rt.Operation(
    "DELETE",
    "/v1/equipment/{no}",
    (("bearerAuth",),),
    {
        "400": _ERROR_ENVELOPE,
        "401": _ERROR_ENVELOPE,
        "402": _ERROR_ENVELOPE,
        "403": _ERROR_ENVELOPE,
        "404": _ERROR_ENVELOPE,
        "409": _ERROR_ENVELOPE,
        "429": _ERROR_ENVELOPE,
        "500": _ERROR_ENVELOPE,
    },
)
_OP_LIST_EQUIPMENT_TYPES = rt.Operation(
    "GET",
    "/v1/equipment_type",
    (("bearerAuth",),),
    {
        "400": _ERROR_ENVELOPE,
        "401": _ERROR_ENVELOPE,
        "402": _ERROR_ENVELOPE,
        "403": _ERROR_ENVELOPE,
        "404": _ERROR_ENVELOPE,
        "409": _ERROR_ENVELOPE,
        "429": _ERROR_ENVELOPE,
        "500": _ERROR_ENVELOPE,
    },
)


class Client:
    """Synchronous client of the Planiso API (httpx).

    Use it as a context manager, or call ``close()`` when done.
    """

    def __init__(
        self,
        *,
        bearer_auth: str | None = None,
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

        - ``bearer_auth``: bearerAuth (sent as `Authorization: Bearer …`). The API key, sent in the header of every request as `Authorization: Bearer {API_KEY}`

        ``base_url`` replaces the server URL built from the server variables
        (none).
        ``max_retries`` bounds the retries of 429, 502/503/504 and connection errors (POST and
        PATCH are never retried); a ``Retry-After`` above ``max_retry_wait`` seconds is raised.

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
                "bearer_auth": bearer_auth,
            },
        )
        self._http = httpx.Client(
            base_url=base_url or _BASE_URL,
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

    def list_users_raw(
        self,
    ) -> rt.Result[list[User]]:
        """List users (``GET /v1/user``), with the raw response."""
        call = rt.prepare(
            _OP_LIST_USERS,
            path={},
            query={},
            headers={},
            accept="application/json",
        )
        response = self._runtime.send(call)
        return rt.decode(response, _LIST_USER, envelope=_USER_LIST_ENVELOPE)

    def list_users(
        self,
    ) -> list[User]:
        """List users (``GET /v1/user``)."""
        return self.list_users_raw().parsed

    def create_user_raw(
        self,
        *,
        body: UserCreateForm | UserCreateFormDict,
    ) -> rt.Result[User]:
        """Create a user (``POST /v1/user``), with the raw response."""
        call = rt.prepare(
            _OP_CREATE_USER,
            path={},
            query={},
            headers={},
            accept="application/json",
            form_body=body,
        )
        response = self._runtime.send(call)
        return rt.decode(response, _USER, envelope=_USER_ENVELOPE)

    def create_user(
        self,
        *,
        body: UserCreateForm | UserCreateFormDict,
    ) -> User:
        """Create a user (``POST /v1/user``)."""
        return self.create_user_raw(
            body=body,
        ).parsed

    def get_user_raw(
        self,
        *,
        no: int,
    ) -> rt.Result[User]:
        """Find a user (``GET /v1/user/{no}``), with the raw response."""
        call = rt.prepare(
            _OP_GET_USER,
            path={
                "no": no,
            },
            query={},
            headers={},
            accept="application/json",
        )
        response = self._runtime.send(call)
        return rt.decode(response, _USER, envelope=_USER_ENVELOPE)

    def get_user(
        self,
        *,
        no: int,
    ) -> User:
        """Find a user (``GET /v1/user/{no}``).

        ``no`` (``no``): Unique number in your silo that identifies the user.
        """
        return self.get_user_raw(
            no=no,
        ).parsed

    def update_user_raw(
        self,
        *,
        no: int,
        body: UserUpdateForm | UserUpdateFormDict | None = None,
    ) -> rt.Result[User]:
        """Update a user (``PUT /v1/user/{no}``), with the raw response."""
        call = rt.prepare(
            _OP_UPDATE_USER,
            path={
                "no": no,
            },
            query={},
            headers={},
            accept="application/json",
            form_body=body,
        )
        response = self._runtime.send(call)
        return rt.decode(response, _USER, envelope=_USER_ENVELOPE)

    def update_user(
        self,
        *,
        no: int,
        body: UserUpdateForm | UserUpdateFormDict | None = None,
    ) -> User:
        """Update a user (``PUT /v1/user/{no}``).

        ``no`` (``no``): Unique number in your silo that identifies the user.
        """
        return self.update_user_raw(
            no=no,
            body=body,
        ).parsed

    def delete_user_raw(
        self,
        *,
        no: int,
    ) -> rt.Result[list[Any] | None]:
        """Delete a user (``DELETE /v1/user/{no}``), with the raw response."""
        call = rt.prepare(
            _OP_DELETE_USER,
            path={
                "no": no,
            },
            query={},
            headers={},
            accept="application/json",
        )
        response = self._runtime.send(call)
        return rt.decode_optional(response, _LIST_ANY)

    def delete_user(
        self,
        *,
        no: int,
    ) -> list[Any] | None:
        """Delete a user (``DELETE /v1/user/{no}``).

        ``no`` (``no``): Unique number in your silo that identifies the user.
        """
        return self.delete_user_raw(
            no=no,
        ).parsed

    def list_customers_raw(
        self,
    ) -> rt.Result[list[Customer]]:
        """List customers (``GET /v1/customer``), with the raw response."""
        call = rt.prepare(
            _OP_LIST_CUSTOMERS,
            path={},
            query={},
            headers={},
            accept="application/json",
        )
        response = self._runtime.send(call)
        return rt.decode(response, _LIST_CUSTOMER, envelope=_CUSTOMER_LIST_ENVELOPE)

    def list_customers(
        self,
    ) -> list[Customer]:
        """List customers (``GET /v1/customer``)."""
        return self.list_customers_raw().parsed

    def create_customer_raw(
        self,
        *,
        body: CustomerCreateForm | CustomerCreateFormDict,
    ) -> rt.Result[Customer]:
        """Create a customer (``POST /v1/customer``), with the raw response."""
        call = rt.prepare(
            _OP_CREATE_CUSTOMER,
            path={},
            query={},
            headers={},
            accept="application/json",
            form_body=body,
        )
        response = self._runtime.send(call)
        return rt.decode(response, _CUSTOMER, envelope=_CUSTOMER_ENVELOPE)

    def create_customer(
        self,
        *,
        body: CustomerCreateForm | CustomerCreateFormDict,
    ) -> Customer:
        """Create a customer (``POST /v1/customer``)."""
        return self.create_customer_raw(
            body=body,
        ).parsed

    def get_customer_raw(
        self,
        *,
        no: int,
    ) -> rt.Result[Customer]:
        """Find a customer (``GET /v1/customer/{no}``), with the raw response."""
        call = rt.prepare(
            _OP_GET_CUSTOMER,
            path={
                "no": no,
            },
            query={},
            headers={},
            accept="application/json",
        )
        response = self._runtime.send(call)
        return rt.decode(response, _CUSTOMER, envelope=_CUSTOMER_ENVELOPE)

    def get_customer(
        self,
        *,
        no: int,
    ) -> Customer:
        """Find a customer (``GET /v1/customer/{no}``).

        ``no`` (``no``): Unique number in your silo that identifies the customer.
        """
        return self.get_customer_raw(
            no=no,
        ).parsed

    def update_customer_raw(
        self,
        *,
        no: int,
        body: CustomerUpdateForm | CustomerUpdateFormDict | None = None,
    ) -> rt.Result[Customer]:
        """Update a customer (``PUT /v1/customer/{no}``), with the raw response."""
        call = rt.prepare(
            _OP_UPDATE_CUSTOMER,
            path={
                "no": no,
            },
            query={},
            headers={},
            accept="application/json",
            form_body=body,
        )
        response = self._runtime.send(call)
        return rt.decode(response, _CUSTOMER, envelope=_CUSTOMER_ENVELOPE)

    def update_customer(
        self,
        *,
        no: int,
        body: CustomerUpdateForm | CustomerUpdateFormDict | None = None,
    ) -> Customer:
        """Update a customer (``PUT /v1/customer/{no}``).

        ``no`` (``no``): Unique number in your silo that identifies the customer.
        """
        return self.update_customer_raw(
            no=no,
            body=body,
        ).parsed

    def delete_customer_raw(
        self,
        *,
        no: int,
    ) -> rt.Result[list[Any]]:
        """Delete a customer (``DELETE /v1/customer/{no}``), with the raw response."""
        call = rt.prepare(
            _OP_DELETE_CUSTOMER,
            path={
                "no": no,
            },
            query={},
            headers={},
            accept="application/json",
        )
        response = self._runtime.send(call)
        return rt.decode(response, _LIST_ANY, envelope=_EMPTY_ENVELOPE)

    def delete_customer(
        self,
        *,
        no: int,
    ) -> list[Any]:
        """Delete a customer (``DELETE /v1/customer/{no}``).

        ``no`` (``no``): Unique number in your silo that identifies the customer.
        """
        return self.delete_customer_raw(
            no=no,
        ).parsed

    def list_suppliers_raw(
        self,
    ) -> rt.Result[list[Supplier]]:
        """List suppliers (``GET /v1/supplier``), with the raw response."""
        call = rt.prepare(
            _OP_LIST_SUPPLIERS,
            path={},
            query={},
            headers={},
            accept="application/json",
        )
        response = self._runtime.send(call)
        return rt.decode(response, _LIST_SUPPLIER, envelope=_SUPPLIER_LIST_ENVELOPE)

    def list_suppliers(
        self,
    ) -> list[Supplier]:
        """List suppliers (``GET /v1/supplier``)."""
        return self.list_suppliers_raw().parsed

    def create_supplier_raw(
        self,
        *,
        body: SupplierCreateForm | SupplierCreateFormDict | None = None,
    ) -> rt.Result[Supplier]:
        """Create a supplier (``POST /v1/supplier``), with the raw response."""
        call = rt.prepare(
            _OP_CREATE_SUPPLIER,
            path={},
            query={},
            headers={},
            accept="application/json",
            form_body=body,
        )
        response = self._runtime.send(call)
        return rt.decode(response, _SUPPLIER, envelope=_SUPPLIER_ENVELOPE)

    def create_supplier(
        self,
        *,
        body: SupplierCreateForm | SupplierCreateFormDict | None = None,
    ) -> Supplier:
        """Create a supplier (``POST /v1/supplier``)."""
        return self.create_supplier_raw(
            body=body,
        ).parsed

    def get_supplier_raw(
        self,
        *,
        no: int,
    ) -> rt.Result[Supplier]:
        """Find a supplier (``GET /v1/supplier/{no}``), with the raw response."""
        call = rt.prepare(
            _OP_GET_SUPPLIER,
            path={
                "no": no,
            },
            query={},
            headers={},
            accept="application/json",
        )
        response = self._runtime.send(call)
        return rt.decode(response, _SUPPLIER, envelope=_SUPPLIER_ENVELOPE)

    def get_supplier(
        self,
        *,
        no: int,
    ) -> Supplier:
        """Find a supplier (``GET /v1/supplier/{no}``).

        ``no`` (``no``): Unique number in your silo that identifies the supplier.
        """
        return self.get_supplier_raw(
            no=no,
        ).parsed

    def update_supplier_raw(
        self,
        *,
        no: int,
        body: SupplierUpdateForm | SupplierUpdateFormDict | None = None,
    ) -> rt.Result[Supplier]:
        """Update a supplier (``PUT /v1/supplier/{no}``), with the raw response."""
        call = rt.prepare(
            _OP_UPDATE_SUPPLIER,
            path={
                "no": no,
            },
            query={},
            headers={},
            accept="application/json",
            form_body=body,
        )
        response = self._runtime.send(call)
        return rt.decode(response, _SUPPLIER, envelope=_SUPPLIER_ENVELOPE)

    def update_supplier(
        self,
        *,
        no: int,
        body: SupplierUpdateForm | SupplierUpdateFormDict | None = None,
    ) -> Supplier:
        """Update a supplier (``PUT /v1/supplier/{no}``).

        ``no`` (``no``): Unique number in your silo that identifies the supplier.
        """
        return self.update_supplier_raw(
            no=no,
            body=body,
        ).parsed

    def delete_supplier_raw(
        self,
        *,
        no: int,
    ) -> rt.Result[list[Any]]:
        """Delete a supplier (``DELETE /v1/supplier/{no}``), with the raw response."""
        call = rt.prepare(
            _OP_DELETE_SUPPLIER,
            path={
                "no": no,
            },
            query={},
            headers={},
            accept="application/json",
        )
        response = self._runtime.send(call)
        return rt.decode(response, _LIST_ANY, envelope=_EMPTY_ENVELOPE)

    def delete_supplier(
        self,
        *,
        no: int,
    ) -> list[Any]:
        """Delete a supplier (``DELETE /v1/supplier/{no}``).

        ``no`` (``no``): Unique number in your silo that identifies the supplier.
        """
        return self.delete_supplier_raw(
            no=no,
        ).parsed

    def list_subcontractors_raw(
        self,
    ) -> rt.Result[list[Subcontractor]]:
        """List subcontractors (``GET /v1/subcontractor``), with the raw response."""
        call = rt.prepare(
            _OP_LIST_SUBCONTRACTORS,
            path={},
            query={},
            headers={},
            accept="application/json",
        )
        response = self._runtime.send(call)
        return rt.decode(response, _LIST_SUBCONTRACTOR, envelope=_SUBCONTRACTOR_LIST_ENVELOPE)

    def list_subcontractors(
        self,
    ) -> list[Subcontractor]:
        """List subcontractors (``GET /v1/subcontractor``)."""
        return self.list_subcontractors_raw().parsed

    def create_subcontractor_raw(
        self,
        *,
        body: SubcontractorCreateForm | SubcontractorCreateFormDict | None = None,
    ) -> rt.Result[Subcontractor]:
        """Create a subcontractor (``POST /v1/subcontractor``), with the raw response."""
        call = rt.prepare(
            _OP_CREATE_SUBCONTRACTOR,
            path={},
            query={},
            headers={},
            accept="application/json",
            form_body=body,
        )
        response = self._runtime.send(call)
        return rt.decode(response, _SUBCONTRACTOR, envelope=_SUBCONTRACTOR_ENVELOPE)

    def create_subcontractor(
        self,
        *,
        body: SubcontractorCreateForm | SubcontractorCreateFormDict | None = None,
    ) -> Subcontractor:
        """Create a subcontractor (``POST /v1/subcontractor``)."""
        return self.create_subcontractor_raw(
            body=body,
        ).parsed

    def get_subcontractor_raw(
        self,
        *,
        no: int,
    ) -> rt.Result[Subcontractor]:
        """Find a subcontractor (``GET /v1/subcontractor/{no}``), with the raw response."""
        call = rt.prepare(
            _OP_GET_SUBCONTRACTOR,
            path={
                "no": no,
            },
            query={},
            headers={},
            accept="application/json",
        )
        response = self._runtime.send(call)
        return rt.decode(response, _SUBCONTRACTOR, envelope=_SUBCONTRACTOR_ENVELOPE)

    def get_subcontractor(
        self,
        *,
        no: int,
    ) -> Subcontractor:
        """Find a subcontractor (``GET /v1/subcontractor/{no}``).

        ``no`` (``no``): Unique number in your silo that identifies the subcontractor.
        """
        return self.get_subcontractor_raw(
            no=no,
        ).parsed

    def update_subcontractor_raw(
        self,
        *,
        no: int,
        body: SubcontractorUpdateForm | SubcontractorUpdateFormDict | None = None,
    ) -> rt.Result[Subcontractor]:
        """Update a subcontractor (``PUT /v1/subcontractor/{no}``), with the raw response."""
        call = rt.prepare(
            _OP_UPDATE_SUBCONTRACTOR,
            path={
                "no": no,
            },
            query={},
            headers={},
            accept="application/json",
            form_body=body,
        )
        response = self._runtime.send(call)
        return rt.decode(response, _SUBCONTRACTOR, envelope=_SUBCONTRACTOR_ENVELOPE)

    def update_subcontractor(
        self,
        *,
        no: int,
        body: SubcontractorUpdateForm | SubcontractorUpdateFormDict | None = None,
    ) -> Subcontractor:
        """Update a subcontractor (``PUT /v1/subcontractor/{no}``).

        ``no`` (``no``): Unique number in your silo that identifies the subcontractor.
        """
        return self.update_subcontractor_raw(
            no=no,
            body=body,
        ).parsed

    def delete_subcontractor_raw(
        self,
        *,
        no: int,
    ) -> rt.Result[list[Any]]:
        """Delete a subcontractor (``DELETE /v1/subcontractor/{no}``), with the raw response."""
        call = rt.prepare(
            _OP_DELETE_SUBCONTRACTOR,
            path={
                "no": no,
            },
            query={},
            headers={},
            accept="application/json",
        )
        response = self._runtime.send(call)
        return rt.decode(response, _LIST_ANY, envelope=_EMPTY_ENVELOPE)

    def delete_subcontractor(
        self,
        *,
        no: int,
    ) -> list[Any]:
        """Delete a subcontractor (``DELETE /v1/subcontractor/{no}``).

        ``no`` (``no``): Unique number in your silo that identifies the subcontractor.
        """
        return self.delete_subcontractor_raw(
            no=no,
        ).parsed

    def list_organizations_raw(
        self,
    ) -> rt.Result[list[Organization]]:
        """List organizations (``GET /v1/organization``), with the raw response."""
        call = rt.prepare(
            _OP_LIST_ORGANIZATIONS,
            path={},
            query={},
            headers={},
            accept="application/json",
        )
        response = self._runtime.send(call)
        return rt.decode(response, _LIST_ORGANIZATION, envelope=_ORGANIZATION_LIST_ENVELOPE)

    def list_organizations(
        self,
    ) -> list[Organization]:
        """List organizations (``GET /v1/organization``)."""
        return self.list_organizations_raw().parsed

    def create_organization_raw(
        self,
        *,
        body: OrganizationCreateForm | OrganizationCreateFormDict,
    ) -> rt.Result[Organization]:
        """Create an organization (``POST /v1/organization``), with the raw response."""
        call = rt.prepare(
            _OP_CREATE_ORGANIZATION,
            path={},
            query={},
            headers={},
            accept="application/json",
            form_body=body,
        )
        response = self._runtime.send(call)
        return rt.decode(response, _ORGANIZATION, envelope=_ORGANIZATION_ENVELOPE)

    def create_organization(
        self,
        *,
        body: OrganizationCreateForm | OrganizationCreateFormDict,
    ) -> Organization:
        """Create an organization (``POST /v1/organization``)."""
        return self.create_organization_raw(
            body=body,
        ).parsed

    def get_organization_raw(
        self,
        *,
        no: int,
    ) -> rt.Result[Organization]:
        """Find an organization (``GET /v1/organization/{no}``), with the raw response."""
        call = rt.prepare(
            _OP_GET_ORGANIZATION,
            path={
                "no": no,
            },
            query={},
            headers={},
            accept="application/json",
        )
        response = self._runtime.send(call)
        return rt.decode(response, _ORGANIZATION, envelope=_ORGANIZATION_ENVELOPE)

    def get_organization(
        self,
        *,
        no: int,
    ) -> Organization:
        """Find an organization (``GET /v1/organization/{no}``).

        ``no`` (``no``): Unique number in your silo that identifies the organization.
        """
        return self.get_organization_raw(
            no=no,
        ).parsed

    def update_organization_raw(
        self,
        *,
        no: int,
        body: OrganizationUpdateForm | OrganizationUpdateFormDict | None = None,
    ) -> rt.Result[Organization]:
        """Update an organization (``PUT /v1/organization/{no}``), with the raw response."""
        call = rt.prepare(
            _OP_UPDATE_ORGANIZATION,
            path={
                "no": no,
            },
            query={},
            headers={},
            accept="application/json",
            form_body=body,
        )
        response = self._runtime.send(call)
        return rt.decode(response, _ORGANIZATION, envelope=_ORGANIZATION_ENVELOPE)

    def update_organization(
        self,
        *,
        no: int,
        body: OrganizationUpdateForm | OrganizationUpdateFormDict | None = None,
    ) -> Organization:
        """Update an organization (``PUT /v1/organization/{no}``).

        ``no`` (``no``): Unique number in your silo that identifies the organization.
        """
        return self.update_organization_raw(
            no=no,
            body=body,
        ).parsed

    def delete_organization_raw(
        self,
        *,
        no: int,
    ) -> rt.Result[list[Any]]:
        """Delete an organization (``DELETE /v1/organization/{no}``), with the raw response."""
        call = rt.prepare(
            _OP_DELETE_ORGANIZATION,
            path={
                "no": no,
            },
            query={},
            headers={},
            accept="application/json",
        )
        response = self._runtime.send(call)
        return rt.decode(response, _LIST_ANY, envelope=_EMPTY_ENVELOPE)

    def delete_organization(
        self,
        *,
        no: int,
    ) -> list[Any]:
        """Delete an organization (``DELETE /v1/organization/{no}``).

        ``no`` (``no``): Unique number in your silo that identifies the organization.
        """
        return self.delete_organization_raw(
            no=no,
        ).parsed

    def list_projects_raw(
        self,
    ) -> rt.Result[list[Project]]:
        """List projects (``GET /v1/project``), with the raw response."""
        call = rt.prepare(
            _OP_LIST_PROJECTS,
            path={},
            query={},
            headers={},
            accept="application/json",
        )
        response = self._runtime.send(call)
        return rt.decode(response, _LIST_PROJECT, envelope=_PROJECT_LIST_ENVELOPE)

    def list_projects(
        self,
    ) -> list[Project]:
        """List projects (``GET /v1/project``)."""
        return self.list_projects_raw().parsed

    def create_project_raw(
        self,
        *,
        body: ProjectCreateForm | ProjectCreateFormDict,
    ) -> rt.Result[Project]:
        """Create a project (``POST /v1/project``), with the raw response."""
        call = rt.prepare(
            _OP_CREATE_PROJECT,
            path={},
            query={},
            headers={},
            accept="application/json",
            form_body=body,
        )
        response = self._runtime.send(call)
        return rt.decode(response, _PROJECT, envelope=_PROJECT_ENVELOPE)

    def create_project(
        self,
        *,
        body: ProjectCreateForm | ProjectCreateFormDict,
    ) -> Project:
        """Create a project (``POST /v1/project``)."""
        return self.create_project_raw(
            body=body,
        ).parsed

    def get_project_raw(
        self,
        *,
        no: int,
    ) -> rt.Result[Project]:
        """Find a project (``GET /v1/project/{no}``), with the raw response."""
        call = rt.prepare(
            _OP_GET_PROJECT,
            path={
                "no": no,
            },
            query={},
            headers={},
            accept="application/json",
        )
        response = self._runtime.send(call)
        return rt.decode(response, _PROJECT, envelope=_PROJECT_ENVELOPE)

    def get_project(
        self,
        *,
        no: int,
    ) -> Project:
        """Find a project (``GET /v1/project/{no}``).

        ``no`` (``no``): Unique number in your silo that identifies the project.
        """
        return self.get_project_raw(
            no=no,
        ).parsed

    def update_project_raw(
        self,
        *,
        no: int,
        body: ProjectUpdateForm | ProjectUpdateFormDict | None = None,
    ) -> rt.Result[Project]:
        """Update a project (``PUT /v1/project/{no}``), with the raw response."""
        call = rt.prepare(
            _OP_UPDATE_PROJECT,
            path={
                "no": no,
            },
            query={},
            headers={},
            accept="application/json",
            form_body=body,
        )
        response = self._runtime.send(call)
        return rt.decode(response, _PROJECT, envelope=_PROJECT_ENVELOPE)

    def update_project(
        self,
        *,
        no: int,
        body: ProjectUpdateForm | ProjectUpdateFormDict | None = None,
    ) -> Project:
        """Update a project (``PUT /v1/project/{no}``).

        ``no`` (``no``): Unique number in your silo that identifies the project.
        """
        return self.update_project_raw(
            no=no,
            body=body,
        ).parsed

    def delete_project_raw(
        self,
        *,
        no: int,
    ) -> rt.Result[list[Any]]:
        """Delete a project (``DELETE /v1/project/{no}``), with the raw response."""
        call = rt.prepare(
            _OP_DELETE_PROJECT,
            path={
                "no": no,
            },
            query={},
            headers={},
            accept="application/json",
        )
        response = self._runtime.send(call)
        return rt.decode(response, _LIST_ANY, envelope=_EMPTY_ENVELOPE)

    def delete_project(
        self,
        *,
        no: int,
    ) -> list[Any]:
        """Delete a project (``DELETE /v1/project/{no}``).

        ``no`` (``no``): Unique number in your silo that identifies the project.
        """
        return self.delete_project_raw(
            no=no,
        ).parsed

    def list_equipment_raw(
        self,
    ) -> rt.Result[list[Equipment]]:
        """List equipment (``GET /v1/equipment``), with the raw response."""
        call = rt.prepare(
            _OP_LIST_EQUIPMENT,
            path={},
            query={},
            headers={},
            accept="application/json",
        )
        response = self._runtime.send(call)
        return rt.decode(response, _LIST_EQUIPMENT, envelope=_EQUIPMENT_LIST_ENVELOPE)

    def list_equipment(
        self,
    ) -> list[Equipment]:
        """List equipment (``GET /v1/equipment``)."""
        return self.list_equipment_raw().parsed

    def create_equipment_raw(
        self,
        *,
        body: EquipmentCreateForm | EquipmentCreateFormDict,
    ) -> rt.Result[Equipment]:
        """Create equipment (``POST /v1/equipment``), with the raw response."""
        call = rt.prepare(
            _OP_CREATE_EQUIPMENT,
            path={},
            query={},
            headers={},
            accept="application/json",
            form_body=body,
        )
        response = self._runtime.send(call)
        return rt.decode(response, _EQUIPMENT, envelope=_EQUIPMENT_ENVELOPE)

    def create_equipment(
        self,
        *,
        body: EquipmentCreateForm | EquipmentCreateFormDict,
    ) -> Equipment:
        """Create equipment (``POST /v1/equipment``)."""
        return self.create_equipment_raw(
            body=body,
        ).parsed

    def get_equipment_raw(
        self,
        *,
        no: int,
    ) -> rt.Result[Equipment]:
        """Find equipment (``GET /v1/equipment/{no}``), with the raw response."""
        call = rt.prepare(
            _OP_GET_EQUIPMENT,
            path={
                "no": no,
            },
            query={},
            headers={},
            accept="application/json",
        )
        response = self._runtime.send(call)
        return rt.decode(response, _EQUIPMENT, envelope=_EQUIPMENT_ENVELOPE)

    def get_equipment(
        self,
        *,
        no: int,
    ) -> Equipment:
        """Find equipment (``GET /v1/equipment/{no}``).

        ``no`` (``no``): Unique number in your silo that identifies the equipment.
        """
        return self.get_equipment_raw(
            no=no,
        ).parsed

    def update_equipment_raw(
        self,
        *,
        no: int,
        body: EquipmentUpdateForm | EquipmentUpdateFormDict | None = None,
    ) -> rt.Result[Equipment]:
        """Update equipment (``PUT /v1/equipment/{no}``), with the raw response."""
        call = rt.prepare(
            _OP_UPDATE_EQUIPMENT,
            path={
                "no": no,
            },
            query={},
            headers={},
            accept="application/json",
            form_body=body,
        )
        response = self._runtime.send(call)
        return rt.decode(response, _EQUIPMENT, envelope=_EQUIPMENT_ENVELOPE)

    def update_equipment(
        self,
        *,
        no: int,
        body: EquipmentUpdateForm | EquipmentUpdateFormDict | None = None,
    ) -> Equipment:
        """Update equipment (``PUT /v1/equipment/{no}``).

        ``no`` (``no``): Unique number in your silo that identifies the equipment.
        """
        return self.update_equipment_raw(
            no=no,
            body=body,
        ).parsed

    def delete_equipment_raw(
        self,
        *,
        no: int,
    ) -> rt.Result[list[Any]]:
        """Delete equipment (``DELETE /v1/equipment/{no}``), with the raw response."""
        call = rt.prepare(
            _OP_DELETE_EQUIPMENT,
            path={
                "no": no,
            },
            query={},
            headers={},
            accept="application/json",
        )
        response = self._runtime.send(call)
        return rt.decode(response, _LIST_ANY, envelope=_EMPTY_ENVELOPE)

    def delete_equipment(
        self,
        *,
        no: int,
    ) -> list[Any]:
        """Delete equipment (``DELETE /v1/equipment/{no}``).

        ``no`` (``no``): Unique number in your silo that identifies the equipment.
        """
        return self.delete_equipment_raw(
            no=no,
        ).parsed

    def list_equipment_types_raw(
        self,
    ) -> rt.Result[list[EquipmentType]]:
        """List equipment types (``GET /v1/equipment_type``), with the raw response."""
        call = rt.prepare(
            _OP_LIST_EQUIPMENT_TYPES,
            path={},
            query={},
            headers={},
            accept="application/json",
        )
        response = self._runtime.send(call)
        return rt.decode(response, _LIST_EQUIPMENT_TYPE, envelope=_EQUIPMENT_TYPE_LIST_ENVELOPE)

    def list_equipment_types(
        self,
    ) -> list[EquipmentType]:
        """List equipment types (``GET /v1/equipment_type``)."""
        return self.list_equipment_types_raw().parsed


class AsyncClient:
    """Asynchronous client of the Planiso API (httpx).

    Use it as an async context manager, or call ``aclose()`` when done.
    """

    def __init__(
        self,
        *,
        bearer_auth: str | None = None,
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

        - ``bearer_auth``: bearerAuth (sent as `Authorization: Bearer …`). The API key, sent in the header of every request as `Authorization: Bearer {API_KEY}`

        ``base_url`` replaces the server URL built from the server variables
        (none).
        ``max_retries`` bounds the retries of 429, 502/503/504 and connection errors (POST and
        PATCH are never retried); a ``Retry-After`` above ``max_retry_wait`` seconds is raised.

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
                "bearer_auth": bearer_auth,
            },
        )
        self._http = httpx.AsyncClient(
            base_url=base_url or _BASE_URL,
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

    async def aclose(self) -> None:
        """Close the connection pool."""
        await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    async def list_users_raw(
        self,
    ) -> rt.Result[list[User]]:
        """List users (``GET /v1/user``), with the raw response."""
        call = rt.prepare(
            _OP_LIST_USERS,
            path={},
            query={},
            headers={},
            accept="application/json",
        )
        response = await self._runtime.send(call)
        return rt.decode(response, _LIST_USER, envelope=_USER_LIST_ENVELOPE)

    async def list_users(
        self,
    ) -> list[User]:
        """List users (``GET /v1/user``)."""
        return (await self.list_users_raw()).parsed

    async def create_user_raw(
        self,
        *,
        body: UserCreateForm | UserCreateFormDict,
    ) -> rt.Result[User]:
        """Create a user (``POST /v1/user``), with the raw response."""
        call = rt.prepare(
            _OP_CREATE_USER,
            path={},
            query={},
            headers={},
            accept="application/json",
            form_body=body,
        )
        response = await self._runtime.send(call)
        return rt.decode(response, _USER, envelope=_USER_ENVELOPE)

    async def create_user(
        self,
        *,
        body: UserCreateForm | UserCreateFormDict,
    ) -> User:
        """Create a user (``POST /v1/user``)."""
        return (
            await self.create_user_raw(
                body=body,
            )
        ).parsed

    async def get_user_raw(
        self,
        *,
        no: int,
    ) -> rt.Result[User]:
        """Find a user (``GET /v1/user/{no}``), with the raw response."""
        call = rt.prepare(
            _OP_GET_USER,
            path={
                "no": no,
            },
            query={},
            headers={},
            accept="application/json",
        )
        response = await self._runtime.send(call)
        return rt.decode(response, _USER, envelope=_USER_ENVELOPE)

    async def get_user(
        self,
        *,
        no: int,
    ) -> User:
        """Find a user (``GET /v1/user/{no}``).

        ``no`` (``no``): Unique number in your silo that identifies the user.
        """
        return (
            await self.get_user_raw(
                no=no,
            )
        ).parsed

    async def update_user_raw(
        self,
        *,
        no: int,
        body: UserUpdateForm | UserUpdateFormDict | None = None,
    ) -> rt.Result[User]:
        """Update a user (``PUT /v1/user/{no}``), with the raw response."""
        call = rt.prepare(
            _OP_UPDATE_USER,
            path={
                "no": no,
            },
            query={},
            headers={},
            accept="application/json",
            form_body=body,
        )
        response = await self._runtime.send(call)
        return rt.decode(response, _USER, envelope=_USER_ENVELOPE)

    async def update_user(
        self,
        *,
        no: int,
        body: UserUpdateForm | UserUpdateFormDict | None = None,
    ) -> User:
        """Update a user (``PUT /v1/user/{no}``).

        ``no`` (``no``): Unique number in your silo that identifies the user.
        """
        return (
            await self.update_user_raw(
                no=no,
                body=body,
            )
        ).parsed

    async def delete_user_raw(
        self,
        *,
        no: int,
    ) -> rt.Result[list[Any] | None]:
        """Delete a user (``DELETE /v1/user/{no}``), with the raw response."""
        call = rt.prepare(
            _OP_DELETE_USER,
            path={
                "no": no,
            },
            query={},
            headers={},
            accept="application/json",
        )
        response = await self._runtime.send(call)
        return rt.decode_optional(response, _LIST_ANY)

    async def delete_user(
        self,
        *,
        no: int,
    ) -> list[Any] | None:
        """Delete a user (``DELETE /v1/user/{no}``).

        ``no`` (``no``): Unique number in your silo that identifies the user.
        """
        return (
            await self.delete_user_raw(
                no=no,
            )
        ).parsed

    async def list_customers_raw(
        self,
    ) -> rt.Result[list[Customer]]:
        """List customers (``GET /v1/customer``), with the raw response."""
        call = rt.prepare(
            _OP_LIST_CUSTOMERS,
            path={},
            query={},
            headers={},
            accept="application/json",
        )
        response = await self._runtime.send(call)
        return rt.decode(response, _LIST_CUSTOMER, envelope=_CUSTOMER_LIST_ENVELOPE)

    async def list_customers(
        self,
    ) -> list[Customer]:
        """List customers (``GET /v1/customer``)."""
        return (await self.list_customers_raw()).parsed

    async def create_customer_raw(
        self,
        *,
        body: CustomerCreateForm | CustomerCreateFormDict,
    ) -> rt.Result[Customer]:
        """Create a customer (``POST /v1/customer``), with the raw response."""
        call = rt.prepare(
            _OP_CREATE_CUSTOMER,
            path={},
            query={},
            headers={},
            accept="application/json",
            form_body=body,
        )
        response = await self._runtime.send(call)
        return rt.decode(response, _CUSTOMER, envelope=_CUSTOMER_ENVELOPE)

    async def create_customer(
        self,
        *,
        body: CustomerCreateForm | CustomerCreateFormDict,
    ) -> Customer:
        """Create a customer (``POST /v1/customer``)."""
        return (
            await self.create_customer_raw(
                body=body,
            )
        ).parsed

    async def get_customer_raw(
        self,
        *,
        no: int,
    ) -> rt.Result[Customer]:
        """Find a customer (``GET /v1/customer/{no}``), with the raw response."""
        call = rt.prepare(
            _OP_GET_CUSTOMER,
            path={
                "no": no,
            },
            query={},
            headers={},
            accept="application/json",
        )
        response = await self._runtime.send(call)
        return rt.decode(response, _CUSTOMER, envelope=_CUSTOMER_ENVELOPE)

    async def get_customer(
        self,
        *,
        no: int,
    ) -> Customer:
        """Find a customer (``GET /v1/customer/{no}``).

        ``no`` (``no``): Unique number in your silo that identifies the customer.
        """
        return (
            await self.get_customer_raw(
                no=no,
            )
        ).parsed

    async def update_customer_raw(
        self,
        *,
        no: int,
        body: CustomerUpdateForm | CustomerUpdateFormDict | None = None,
    ) -> rt.Result[Customer]:
        """Update a customer (``PUT /v1/customer/{no}``), with the raw response."""
        call = rt.prepare(
            _OP_UPDATE_CUSTOMER,
            path={
                "no": no,
            },
            query={},
            headers={},
            accept="application/json",
            form_body=body,
        )
        response = await self._runtime.send(call)
        return rt.decode(response, _CUSTOMER, envelope=_CUSTOMER_ENVELOPE)

    async def update_customer(
        self,
        *,
        no: int,
        body: CustomerUpdateForm | CustomerUpdateFormDict | None = None,
    ) -> Customer:
        """Update a customer (``PUT /v1/customer/{no}``).

        ``no`` (``no``): Unique number in your silo that identifies the customer.
        """
        return (
            await self.update_customer_raw(
                no=no,
                body=body,
            )
        ).parsed

    async def delete_customer_raw(
        self,
        *,
        no: int,
    ) -> rt.Result[list[Any]]:
        """Delete a customer (``DELETE /v1/customer/{no}``), with the raw response."""
        call = rt.prepare(
            _OP_DELETE_CUSTOMER,
            path={
                "no": no,
            },
            query={},
            headers={},
            accept="application/json",
        )
        response = await self._runtime.send(call)
        return rt.decode(response, _LIST_ANY, envelope=_EMPTY_ENVELOPE)

    async def delete_customer(
        self,
        *,
        no: int,
    ) -> list[Any]:
        """Delete a customer (``DELETE /v1/customer/{no}``).

        ``no`` (``no``): Unique number in your silo that identifies the customer.
        """
        return (
            await self.delete_customer_raw(
                no=no,
            )
        ).parsed

    async def list_suppliers_raw(
        self,
    ) -> rt.Result[list[Supplier]]:
        """List suppliers (``GET /v1/supplier``), with the raw response."""
        call = rt.prepare(
            _OP_LIST_SUPPLIERS,
            path={},
            query={},
            headers={},
            accept="application/json",
        )
        response = await self._runtime.send(call)
        return rt.decode(response, _LIST_SUPPLIER, envelope=_SUPPLIER_LIST_ENVELOPE)

    async def list_suppliers(
        self,
    ) -> list[Supplier]:
        """List suppliers (``GET /v1/supplier``)."""
        return (await self.list_suppliers_raw()).parsed

    async def create_supplier_raw(
        self,
        *,
        body: SupplierCreateForm | SupplierCreateFormDict | None = None,
    ) -> rt.Result[Supplier]:
        """Create a supplier (``POST /v1/supplier``), with the raw response."""
        call = rt.prepare(
            _OP_CREATE_SUPPLIER,
            path={},
            query={},
            headers={},
            accept="application/json",
            form_body=body,
        )
        response = await self._runtime.send(call)
        return rt.decode(response, _SUPPLIER, envelope=_SUPPLIER_ENVELOPE)

    async def create_supplier(
        self,
        *,
        body: SupplierCreateForm | SupplierCreateFormDict | None = None,
    ) -> Supplier:
        """Create a supplier (``POST /v1/supplier``)."""
        return (
            await self.create_supplier_raw(
                body=body,
            )
        ).parsed

    async def get_supplier_raw(
        self,
        *,
        no: int,
    ) -> rt.Result[Supplier]:
        """Find a supplier (``GET /v1/supplier/{no}``), with the raw response."""
        call = rt.prepare(
            _OP_GET_SUPPLIER,
            path={
                "no": no,
            },
            query={},
            headers={},
            accept="application/json",
        )
        response = await self._runtime.send(call)
        return rt.decode(response, _SUPPLIER, envelope=_SUPPLIER_ENVELOPE)

    async def get_supplier(
        self,
        *,
        no: int,
    ) -> Supplier:
        """Find a supplier (``GET /v1/supplier/{no}``).

        ``no`` (``no``): Unique number in your silo that identifies the supplier.
        """
        return (
            await self.get_supplier_raw(
                no=no,
            )
        ).parsed

    async def update_supplier_raw(
        self,
        *,
        no: int,
        body: SupplierUpdateForm | SupplierUpdateFormDict | None = None,
    ) -> rt.Result[Supplier]:
        """Update a supplier (``PUT /v1/supplier/{no}``), with the raw response."""
        call = rt.prepare(
            _OP_UPDATE_SUPPLIER,
            path={
                "no": no,
            },
            query={},
            headers={},
            accept="application/json",
            form_body=body,
        )
        response = await self._runtime.send(call)
        return rt.decode(response, _SUPPLIER, envelope=_SUPPLIER_ENVELOPE)

    async def update_supplier(
        self,
        *,
        no: int,
        body: SupplierUpdateForm | SupplierUpdateFormDict | None = None,
    ) -> Supplier:
        """Update a supplier (``PUT /v1/supplier/{no}``).

        ``no`` (``no``): Unique number in your silo that identifies the supplier.
        """
        return (
            await self.update_supplier_raw(
                no=no,
                body=body,
            )
        ).parsed

    async def delete_supplier_raw(
        self,
        *,
        no: int,
    ) -> rt.Result[list[Any]]:
        """Delete a supplier (``DELETE /v1/supplier/{no}``), with the raw response."""
        call = rt.prepare(
            _OP_DELETE_SUPPLIER,
            path={
                "no": no,
            },
            query={},
            headers={},
            accept="application/json",
        )
        response = await self._runtime.send(call)
        return rt.decode(response, _LIST_ANY, envelope=_EMPTY_ENVELOPE)

    async def delete_supplier(
        self,
        *,
        no: int,
    ) -> list[Any]:
        """Delete a supplier (``DELETE /v1/supplier/{no}``).

        ``no`` (``no``): Unique number in your silo that identifies the supplier.
        """
        return (
            await self.delete_supplier_raw(
                no=no,
            )
        ).parsed

    async def list_subcontractors_raw(
        self,
    ) -> rt.Result[list[Subcontractor]]:
        """List subcontractors (``GET /v1/subcontractor``), with the raw response."""
        call = rt.prepare(
            _OP_LIST_SUBCONTRACTORS,
            path={},
            query={},
            headers={},
            accept="application/json",
        )
        response = await self._runtime.send(call)
        return rt.decode(response, _LIST_SUBCONTRACTOR, envelope=_SUBCONTRACTOR_LIST_ENVELOPE)

    async def list_subcontractors(
        self,
    ) -> list[Subcontractor]:
        """List subcontractors (``GET /v1/subcontractor``)."""
        return (await self.list_subcontractors_raw()).parsed

    async def create_subcontractor_raw(
        self,
        *,
        body: SubcontractorCreateForm | SubcontractorCreateFormDict | None = None,
    ) -> rt.Result[Subcontractor]:
        """Create a subcontractor (``POST /v1/subcontractor``), with the raw response."""
        call = rt.prepare(
            _OP_CREATE_SUBCONTRACTOR,
            path={},
            query={},
            headers={},
            accept="application/json",
            form_body=body,
        )
        response = await self._runtime.send(call)
        return rt.decode(response, _SUBCONTRACTOR, envelope=_SUBCONTRACTOR_ENVELOPE)

    async def create_subcontractor(
        self,
        *,
        body: SubcontractorCreateForm | SubcontractorCreateFormDict | None = None,
    ) -> Subcontractor:
        """Create a subcontractor (``POST /v1/subcontractor``)."""
        return (
            await self.create_subcontractor_raw(
                body=body,
            )
        ).parsed

    async def get_subcontractor_raw(
        self,
        *,
        no: int,
    ) -> rt.Result[Subcontractor]:
        """Find a subcontractor (``GET /v1/subcontractor/{no}``), with the raw response."""
        call = rt.prepare(
            _OP_GET_SUBCONTRACTOR,
            path={
                "no": no,
            },
            query={},
            headers={},
            accept="application/json",
        )
        response = await self._runtime.send(call)
        return rt.decode(response, _SUBCONTRACTOR, envelope=_SUBCONTRACTOR_ENVELOPE)

    async def get_subcontractor(
        self,
        *,
        no: int,
    ) -> Subcontractor:
        """Find a subcontractor (``GET /v1/subcontractor/{no}``).

        ``no`` (``no``): Unique number in your silo that identifies the subcontractor.
        """
        return (
            await self.get_subcontractor_raw(
                no=no,
            )
        ).parsed

    async def update_subcontractor_raw(
        self,
        *,
        no: int,
        body: SubcontractorUpdateForm | SubcontractorUpdateFormDict | None = None,
    ) -> rt.Result[Subcontractor]:
        """Update a subcontractor (``PUT /v1/subcontractor/{no}``), with the raw response."""
        call = rt.prepare(
            _OP_UPDATE_SUBCONTRACTOR,
            path={
                "no": no,
            },
            query={},
            headers={},
            accept="application/json",
            form_body=body,
        )
        response = await self._runtime.send(call)
        return rt.decode(response, _SUBCONTRACTOR, envelope=_SUBCONTRACTOR_ENVELOPE)

    async def update_subcontractor(
        self,
        *,
        no: int,
        body: SubcontractorUpdateForm | SubcontractorUpdateFormDict | None = None,
    ) -> Subcontractor:
        """Update a subcontractor (``PUT /v1/subcontractor/{no}``).

        ``no`` (``no``): Unique number in your silo that identifies the subcontractor.
        """
        return (
            await self.update_subcontractor_raw(
                no=no,
                body=body,
            )
        ).parsed

    async def delete_subcontractor_raw(
        self,
        *,
        no: int,
    ) -> rt.Result[list[Any]]:
        """Delete a subcontractor (``DELETE /v1/subcontractor/{no}``), with the raw response."""
        call = rt.prepare(
            _OP_DELETE_SUBCONTRACTOR,
            path={
                "no": no,
            },
            query={},
            headers={},
            accept="application/json",
        )
        response = await self._runtime.send(call)
        return rt.decode(response, _LIST_ANY, envelope=_EMPTY_ENVELOPE)

    async def delete_subcontractor(
        self,
        *,
        no: int,
    ) -> list[Any]:
        """Delete a subcontractor (``DELETE /v1/subcontractor/{no}``).

        ``no`` (``no``): Unique number in your silo that identifies the subcontractor.
        """
        return (
            await self.delete_subcontractor_raw(
                no=no,
            )
        ).parsed

    async def list_organizations_raw(
        self,
    ) -> rt.Result[list[Organization]]:
        """List organizations (``GET /v1/organization``), with the raw response."""
        call = rt.prepare(
            _OP_LIST_ORGANIZATIONS,
            path={},
            query={},
            headers={},
            accept="application/json",
        )
        response = await self._runtime.send(call)
        return rt.decode(response, _LIST_ORGANIZATION, envelope=_ORGANIZATION_LIST_ENVELOPE)

    async def list_organizations(
        self,
    ) -> list[Organization]:
        """List organizations (``GET /v1/organization``)."""
        return (await self.list_organizations_raw()).parsed

    async def create_organization_raw(
        self,
        *,
        body: OrganizationCreateForm | OrganizationCreateFormDict,
    ) -> rt.Result[Organization]:
        """Create an organization (``POST /v1/organization``), with the raw response."""
        call = rt.prepare(
            _OP_CREATE_ORGANIZATION,
            path={},
            query={},
            headers={},
            accept="application/json",
            form_body=body,
        )
        response = await self._runtime.send(call)
        return rt.decode(response, _ORGANIZATION, envelope=_ORGANIZATION_ENVELOPE)

    async def create_organization(
        self,
        *,
        body: OrganizationCreateForm | OrganizationCreateFormDict,
    ) -> Organization:
        """Create an organization (``POST /v1/organization``)."""
        return (
            await self.create_organization_raw(
                body=body,
            )
        ).parsed

    async def get_organization_raw(
        self,
        *,
        no: int,
    ) -> rt.Result[Organization]:
        """Find an organization (``GET /v1/organization/{no}``), with the raw response."""
        call = rt.prepare(
            _OP_GET_ORGANIZATION,
            path={
                "no": no,
            },
            query={},
            headers={},
            accept="application/json",
        )
        response = await self._runtime.send(call)
        return rt.decode(response, _ORGANIZATION, envelope=_ORGANIZATION_ENVELOPE)

    async def get_organization(
        self,
        *,
        no: int,
    ) -> Organization:
        """Find an organization (``GET /v1/organization/{no}``).

        ``no`` (``no``): Unique number in your silo that identifies the organization.
        """
        return (
            await self.get_organization_raw(
                no=no,
            )
        ).parsed

    async def update_organization_raw(
        self,
        *,
        no: int,
        body: OrganizationUpdateForm | OrganizationUpdateFormDict | None = None,
    ) -> rt.Result[Organization]:
        """Update an organization (``PUT /v1/organization/{no}``), with the raw response."""
        call = rt.prepare(
            _OP_UPDATE_ORGANIZATION,
            path={
                "no": no,
            },
            query={},
            headers={},
            accept="application/json",
            form_body=body,
        )
        response = await self._runtime.send(call)
        return rt.decode(response, _ORGANIZATION, envelope=_ORGANIZATION_ENVELOPE)

    async def update_organization(
        self,
        *,
        no: int,
        body: OrganizationUpdateForm | OrganizationUpdateFormDict | None = None,
    ) -> Organization:
        """Update an organization (``PUT /v1/organization/{no}``).

        ``no`` (``no``): Unique number in your silo that identifies the organization.
        """
        return (
            await self.update_organization_raw(
                no=no,
                body=body,
            )
        ).parsed

    async def delete_organization_raw(
        self,
        *,
        no: int,
    ) -> rt.Result[list[Any]]:
        """Delete an organization (``DELETE /v1/organization/{no}``), with the raw response."""
        call = rt.prepare(
            _OP_DELETE_ORGANIZATION,
            path={
                "no": no,
            },
            query={},
            headers={},
            accept="application/json",
        )
        response = await self._runtime.send(call)
        return rt.decode(response, _LIST_ANY, envelope=_EMPTY_ENVELOPE)

    async def delete_organization(
        self,
        *,
        no: int,
    ) -> list[Any]:
        """Delete an organization (``DELETE /v1/organization/{no}``).

        ``no`` (``no``): Unique number in your silo that identifies the organization.
        """
        return (
            await self.delete_organization_raw(
                no=no,
            )
        ).parsed

    async def list_projects_raw(
        self,
    ) -> rt.Result[list[Project]]:
        """List projects (``GET /v1/project``), with the raw response."""
        call = rt.prepare(
            _OP_LIST_PROJECTS,
            path={},
            query={},
            headers={},
            accept="application/json",
        )
        response = await self._runtime.send(call)
        return rt.decode(response, _LIST_PROJECT, envelope=_PROJECT_LIST_ENVELOPE)

    async def list_projects(
        self,
    ) -> list[Project]:
        """List projects (``GET /v1/project``)."""
        return (await self.list_projects_raw()).parsed

    async def create_project_raw(
        self,
        *,
        body: ProjectCreateForm | ProjectCreateFormDict,
    ) -> rt.Result[Project]:
        """Create a project (``POST /v1/project``), with the raw response."""
        call = rt.prepare(
            _OP_CREATE_PROJECT,
            path={},
            query={},
            headers={},
            accept="application/json",
            form_body=body,
        )
        response = await self._runtime.send(call)
        return rt.decode(response, _PROJECT, envelope=_PROJECT_ENVELOPE)

    async def create_project(
        self,
        *,
        body: ProjectCreateForm | ProjectCreateFormDict,
    ) -> Project:
        """Create a project (``POST /v1/project``)."""
        return (
            await self.create_project_raw(
                body=body,
            )
        ).parsed

    async def get_project_raw(
        self,
        *,
        no: int,
    ) -> rt.Result[Project]:
        """Find a project (``GET /v1/project/{no}``), with the raw response."""
        call = rt.prepare(
            _OP_GET_PROJECT,
            path={
                "no": no,
            },
            query={},
            headers={},
            accept="application/json",
        )
        response = await self._runtime.send(call)
        return rt.decode(response, _PROJECT, envelope=_PROJECT_ENVELOPE)

    async def get_project(
        self,
        *,
        no: int,
    ) -> Project:
        """Find a project (``GET /v1/project/{no}``).

        ``no`` (``no``): Unique number in your silo that identifies the project.
        """
        return (
            await self.get_project_raw(
                no=no,
            )
        ).parsed

    async def update_project_raw(
        self,
        *,
        no: int,
        body: ProjectUpdateForm | ProjectUpdateFormDict | None = None,
    ) -> rt.Result[Project]:
        """Update a project (``PUT /v1/project/{no}``), with the raw response."""
        call = rt.prepare(
            _OP_UPDATE_PROJECT,
            path={
                "no": no,
            },
            query={},
            headers={},
            accept="application/json",
            form_body=body,
        )
        response = await self._runtime.send(call)
        return rt.decode(response, _PROJECT, envelope=_PROJECT_ENVELOPE)

    async def update_project(
        self,
        *,
        no: int,
        body: ProjectUpdateForm | ProjectUpdateFormDict | None = None,
    ) -> Project:
        """Update a project (``PUT /v1/project/{no}``).

        ``no`` (``no``): Unique number in your silo that identifies the project.
        """
        return (
            await self.update_project_raw(
                no=no,
                body=body,
            )
        ).parsed

    async def delete_project_raw(
        self,
        *,
        no: int,
    ) -> rt.Result[list[Any]]:
        """Delete a project (``DELETE /v1/project/{no}``), with the raw response."""
        call = rt.prepare(
            _OP_DELETE_PROJECT,
            path={
                "no": no,
            },
            query={},
            headers={},
            accept="application/json",
        )
        response = await self._runtime.send(call)
        return rt.decode(response, _LIST_ANY, envelope=_EMPTY_ENVELOPE)

    async def delete_project(
        self,
        *,
        no: int,
    ) -> list[Any]:
        """Delete a project (``DELETE /v1/project/{no}``).

        ``no`` (``no``): Unique number in your silo that identifies the project.
        """
        return (
            await self.delete_project_raw(
                no=no,
            )
        ).parsed

    async def list_equipment_raw(
        self,
    ) -> rt.Result[list[Equipment]]:
        """List equipment (``GET /v1/equipment``), with the raw response."""
        call = rt.prepare(
            _OP_LIST_EQUIPMENT,
            path={},
            query={},
            headers={},
            accept="application/json",
        )
        response = await self._runtime.send(call)
        return rt.decode(response, _LIST_EQUIPMENT, envelope=_EQUIPMENT_LIST_ENVELOPE)

    async def list_equipment(
        self,
    ) -> list[Equipment]:
        """List equipment (``GET /v1/equipment``)."""
        return (await self.list_equipment_raw()).parsed

    async def create_equipment_raw(
        self,
        *,
        body: EquipmentCreateForm | EquipmentCreateFormDict,
    ) -> rt.Result[Equipment]:
        """Create equipment (``POST /v1/equipment``), with the raw response."""
        call = rt.prepare(
            _OP_CREATE_EQUIPMENT,
            path={},
            query={},
            headers={},
            accept="application/json",
            form_body=body,
        )
        response = await self._runtime.send(call)
        return rt.decode(response, _EQUIPMENT, envelope=_EQUIPMENT_ENVELOPE)

    async def create_equipment(
        self,
        *,
        body: EquipmentCreateForm | EquipmentCreateFormDict,
    ) -> Equipment:
        """Create equipment (``POST /v1/equipment``)."""
        return (
            await self.create_equipment_raw(
                body=body,
            )
        ).parsed

    async def get_equipment_raw(
        self,
        *,
        no: int,
    ) -> rt.Result[Equipment]:
        """Find equipment (``GET /v1/equipment/{no}``), with the raw response."""
        call = rt.prepare(
            _OP_GET_EQUIPMENT,
            path={
                "no": no,
            },
            query={},
            headers={},
            accept="application/json",
        )
        response = await self._runtime.send(call)
        return rt.decode(response, _EQUIPMENT, envelope=_EQUIPMENT_ENVELOPE)

    async def get_equipment(
        self,
        *,
        no: int,
    ) -> Equipment:
        """Find equipment (``GET /v1/equipment/{no}``).

        ``no`` (``no``): Unique number in your silo that identifies the equipment.
        """
        return (
            await self.get_equipment_raw(
                no=no,
            )
        ).parsed

    async def update_equipment_raw(
        self,
        *,
        no: int,
        body: EquipmentUpdateForm | EquipmentUpdateFormDict | None = None,
    ) -> rt.Result[Equipment]:
        """Update equipment (``PUT /v1/equipment/{no}``), with the raw response."""
        call = rt.prepare(
            _OP_UPDATE_EQUIPMENT,
            path={
                "no": no,
            },
            query={},
            headers={},
            accept="application/json",
            form_body=body,
        )
        response = await self._runtime.send(call)
        return rt.decode(response, _EQUIPMENT, envelope=_EQUIPMENT_ENVELOPE)

    async def update_equipment(
        self,
        *,
        no: int,
        body: EquipmentUpdateForm | EquipmentUpdateFormDict | None = None,
    ) -> Equipment:
        """Update equipment (``PUT /v1/equipment/{no}``).

        ``no`` (``no``): Unique number in your silo that identifies the equipment.
        """
        return (
            await self.update_equipment_raw(
                no=no,
                body=body,
            )
        ).parsed

    async def delete_equipment_raw(
        self,
        *,
        no: int,
    ) -> rt.Result[list[Any]]:
        """Delete equipment (``DELETE /v1/equipment/{no}``), with the raw response."""
        call = rt.prepare(
            _OP_DELETE_EQUIPMENT,
            path={
                "no": no,
            },
            query={},
            headers={},
            accept="application/json",
        )
        response = await self._runtime.send(call)
        return rt.decode(response, _LIST_ANY, envelope=_EMPTY_ENVELOPE)

    async def delete_equipment(
        self,
        *,
        no: int,
    ) -> list[Any]:
        """Delete equipment (``DELETE /v1/equipment/{no}``).

        ``no`` (``no``): Unique number in your silo that identifies the equipment.
        """
        return (
            await self.delete_equipment_raw(
                no=no,
            )
        ).parsed

    async def list_equipment_types_raw(
        self,
    ) -> rt.Result[list[EquipmentType]]:
        """List equipment types (``GET /v1/equipment_type``), with the raw response."""
        call = rt.prepare(
            _OP_LIST_EQUIPMENT_TYPES,
            path={},
            query={},
            headers={},
            accept="application/json",
        )
        response = await self._runtime.send(call)
        return rt.decode(response, _LIST_EQUIPMENT_TYPE, envelope=_EQUIPMENT_TYPE_LIST_ENVELOPE)

    async def list_equipment_types(
        self,
    ) -> list[EquipmentType]:
        """List equipment types (``GET /v1/equipment_type``)."""
        return (await self.list_equipment_types_raw()).parsed
