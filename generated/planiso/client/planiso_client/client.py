"""Planiso API: ``Client`` and ``AsyncClient``, one method per operation of the spec.

The operations are grouped in namespaces, one per resource (``client.users.list(…)``):
each method returns the typed result; where the API pages, an ``iter_*`` method yields the items
of every page. ``client.with_raw_response.<namespace>.<method>(…)`` returns ``Result[T]``
(``.parsed``, ``.response``, ``.envelope``); ``client.with_options(…)`` is a copy with
another timeout, retries or headers that shares the connection pool.
"""

from __future__ import annotations

import builtins
import copy
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

__all__ = [
    "AsyncClient",
    "AsyncClientWithRawResponse",
    "AsyncUsersResource",
    "AsyncUsersResourceWithRawResponse",
    "AsyncCustomersResource",
    "AsyncCustomersResourceWithRawResponse",
    "AsyncSuppliersResource",
    "AsyncSuppliersResourceWithRawResponse",
    "AsyncSubcontractorsResource",
    "AsyncSubcontractorsResourceWithRawResponse",
    "AsyncOrganizationsResource",
    "AsyncOrganizationsResourceWithRawResponse",
    "AsyncProjectsResource",
    "AsyncProjectsResourceWithRawResponse",
    "AsyncEquipmentResource",
    "AsyncEquipmentResourceWithRawResponse",
    "AsyncEquipmentTypesResource",
    "AsyncEquipmentTypesResourceWithRawResponse",
    "Client",
    "ClientWithRawResponse",
    "UsersResource",
    "UsersResourceWithRawResponse",
    "CustomersResource",
    "CustomersResourceWithRawResponse",
    "SuppliersResource",
    "SuppliersResourceWithRawResponse",
    "SubcontractorsResource",
    "SubcontractorsResourceWithRawResponse",
    "OrganizationsResource",
    "OrganizationsResourceWithRawResponse",
    "ProjectsResource",
    "ProjectsResourceWithRawResponse",
    "EquipmentResource",
    "EquipmentResourceWithRawResponse",
    "EquipmentTypesResource",
    "EquipmentTypesResourceWithRawResponse",
]

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


class UsersResourceWithRawResponse:
    """``client.with_raw_response.users``: Users, each method returning ``Result[T]``
    (``.parsed``, ``.response``, ``.envelope``)."""

    def __init__(self, runtime: rt.Runtime) -> None:
        self._runtime = runtime

    def list(
        self,
    ) -> rt.Result[builtins.list[User]]:
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

    def create(
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

    def get(
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

    def update(
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

    def delete(
        self,
        *,
        no: int,
    ) -> rt.Result[builtins.list[Any] | None]:
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


class UsersResource:
    """``client.users``: Users."""

    def __init__(self, runtime: rt.Runtime) -> None:
        self._raw = UsersResourceWithRawResponse(runtime)

    def list(
        self,
    ) -> builtins.list[User]:
        """List users (``GET /v1/user``)."""
        return self._raw.list().parsed

    def create(
        self,
        *,
        body: UserCreateForm | UserCreateFormDict,
    ) -> User:
        """Create a user (``POST /v1/user``)."""
        return self._raw.create(
            body=body,
        ).parsed

    def get(
        self,
        *,
        no: int,
    ) -> User:
        """Find a user (``GET /v1/user/{no}``).

        ``no`` (``no``): Unique number in your silo that identifies the user.
        """
        return self._raw.get(
            no=no,
        ).parsed

    def update(
        self,
        *,
        no: int,
        body: UserUpdateForm | UserUpdateFormDict | None = None,
    ) -> User:
        """Update a user (``PUT /v1/user/{no}``).

        ``no`` (``no``): Unique number in your silo that identifies the user.
        """
        return self._raw.update(
            no=no,
            body=body,
        ).parsed

    def delete(
        self,
        *,
        no: int,
    ) -> builtins.list[Any] | None:
        """Delete a user (``DELETE /v1/user/{no}``).

        ``no`` (``no``): Unique number in your silo that identifies the user.
        """
        return self._raw.delete(
            no=no,
        ).parsed


class CustomersResourceWithRawResponse:
    """``client.with_raw_response.customers``: Customers, each method returning ``Result[T]``
    (``.parsed``, ``.response``, ``.envelope``)."""

    def __init__(self, runtime: rt.Runtime) -> None:
        self._runtime = runtime

    def list(
        self,
    ) -> rt.Result[builtins.list[Customer]]:
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

    def create(
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

    def get(
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

    def update(
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

    def delete(
        self,
        *,
        no: int,
    ) -> rt.Result[builtins.list[Any]]:
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


class CustomersResource:
    """``client.customers``: Customers."""

    def __init__(self, runtime: rt.Runtime) -> None:
        self._raw = CustomersResourceWithRawResponse(runtime)

    def list(
        self,
    ) -> builtins.list[Customer]:
        """List customers (``GET /v1/customer``)."""
        return self._raw.list().parsed

    def create(
        self,
        *,
        body: CustomerCreateForm | CustomerCreateFormDict,
    ) -> Customer:
        """Create a customer (``POST /v1/customer``)."""
        return self._raw.create(
            body=body,
        ).parsed

    def get(
        self,
        *,
        no: int,
    ) -> Customer:
        """Find a customer (``GET /v1/customer/{no}``).

        ``no`` (``no``): Unique number in your silo that identifies the customer.
        """
        return self._raw.get(
            no=no,
        ).parsed

    def update(
        self,
        *,
        no: int,
        body: CustomerUpdateForm | CustomerUpdateFormDict | None = None,
    ) -> Customer:
        """Update a customer (``PUT /v1/customer/{no}``).

        ``no`` (``no``): Unique number in your silo that identifies the customer.
        """
        return self._raw.update(
            no=no,
            body=body,
        ).parsed

    def delete(
        self,
        *,
        no: int,
    ) -> builtins.list[Any]:
        """Delete a customer (``DELETE /v1/customer/{no}``).

        ``no`` (``no``): Unique number in your silo that identifies the customer.
        """
        return self._raw.delete(
            no=no,
        ).parsed


class SuppliersResourceWithRawResponse:
    """``client.with_raw_response.suppliers``: Suppliers, each method returning ``Result[T]``
    (``.parsed``, ``.response``, ``.envelope``)."""

    def __init__(self, runtime: rt.Runtime) -> None:
        self._runtime = runtime

    def list(
        self,
    ) -> rt.Result[builtins.list[Supplier]]:
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

    def create(
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

    def get(
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

    def update(
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

    def delete(
        self,
        *,
        no: int,
    ) -> rt.Result[builtins.list[Any]]:
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


class SuppliersResource:
    """``client.suppliers``: Suppliers."""

    def __init__(self, runtime: rt.Runtime) -> None:
        self._raw = SuppliersResourceWithRawResponse(runtime)

    def list(
        self,
    ) -> builtins.list[Supplier]:
        """List suppliers (``GET /v1/supplier``)."""
        return self._raw.list().parsed

    def create(
        self,
        *,
        body: SupplierCreateForm | SupplierCreateFormDict | None = None,
    ) -> Supplier:
        """Create a supplier (``POST /v1/supplier``)."""
        return self._raw.create(
            body=body,
        ).parsed

    def get(
        self,
        *,
        no: int,
    ) -> Supplier:
        """Find a supplier (``GET /v1/supplier/{no}``).

        ``no`` (``no``): Unique number in your silo that identifies the supplier.
        """
        return self._raw.get(
            no=no,
        ).parsed

    def update(
        self,
        *,
        no: int,
        body: SupplierUpdateForm | SupplierUpdateFormDict | None = None,
    ) -> Supplier:
        """Update a supplier (``PUT /v1/supplier/{no}``).

        ``no`` (``no``): Unique number in your silo that identifies the supplier.
        """
        return self._raw.update(
            no=no,
            body=body,
        ).parsed

    def delete(
        self,
        *,
        no: int,
    ) -> builtins.list[Any]:
        """Delete a supplier (``DELETE /v1/supplier/{no}``).

        ``no`` (``no``): Unique number in your silo that identifies the supplier.
        """
        return self._raw.delete(
            no=no,
        ).parsed


class SubcontractorsResourceWithRawResponse:
    """``client.with_raw_response.subcontractors``: Subcontractors, each method returning ``Result[T]``
    (``.parsed``, ``.response``, ``.envelope``)."""

    def __init__(self, runtime: rt.Runtime) -> None:
        self._runtime = runtime

    def list(
        self,
    ) -> rt.Result[builtins.list[Subcontractor]]:
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

    def create(
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

    def get(
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

    def update(
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

    def delete(
        self,
        *,
        no: int,
    ) -> rt.Result[builtins.list[Any]]:
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


class SubcontractorsResource:
    """``client.subcontractors``: Subcontractors."""

    def __init__(self, runtime: rt.Runtime) -> None:
        self._raw = SubcontractorsResourceWithRawResponse(runtime)

    def list(
        self,
    ) -> builtins.list[Subcontractor]:
        """List subcontractors (``GET /v1/subcontractor``)."""
        return self._raw.list().parsed

    def create(
        self,
        *,
        body: SubcontractorCreateForm | SubcontractorCreateFormDict | None = None,
    ) -> Subcontractor:
        """Create a subcontractor (``POST /v1/subcontractor``)."""
        return self._raw.create(
            body=body,
        ).parsed

    def get(
        self,
        *,
        no: int,
    ) -> Subcontractor:
        """Find a subcontractor (``GET /v1/subcontractor/{no}``).

        ``no`` (``no``): Unique number in your silo that identifies the subcontractor.
        """
        return self._raw.get(
            no=no,
        ).parsed

    def update(
        self,
        *,
        no: int,
        body: SubcontractorUpdateForm | SubcontractorUpdateFormDict | None = None,
    ) -> Subcontractor:
        """Update a subcontractor (``PUT /v1/subcontractor/{no}``).

        ``no`` (``no``): Unique number in your silo that identifies the subcontractor.
        """
        return self._raw.update(
            no=no,
            body=body,
        ).parsed

    def delete(
        self,
        *,
        no: int,
    ) -> builtins.list[Any]:
        """Delete a subcontractor (``DELETE /v1/subcontractor/{no}``).

        ``no`` (``no``): Unique number in your silo that identifies the subcontractor.
        """
        return self._raw.delete(
            no=no,
        ).parsed


class OrganizationsResourceWithRawResponse:
    """``client.with_raw_response.organizations``: Organizations, each method returning ``Result[T]``
    (``.parsed``, ``.response``, ``.envelope``)."""

    def __init__(self, runtime: rt.Runtime) -> None:
        self._runtime = runtime

    def list(
        self,
    ) -> rt.Result[builtins.list[Organization]]:
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

    def create(
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

    def get(
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

    def update(
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

    def delete(
        self,
        *,
        no: int,
    ) -> rt.Result[builtins.list[Any]]:
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


class OrganizationsResource:
    """``client.organizations``: Organizations."""

    def __init__(self, runtime: rt.Runtime) -> None:
        self._raw = OrganizationsResourceWithRawResponse(runtime)

    def list(
        self,
    ) -> builtins.list[Organization]:
        """List organizations (``GET /v1/organization``)."""
        return self._raw.list().parsed

    def create(
        self,
        *,
        body: OrganizationCreateForm | OrganizationCreateFormDict,
    ) -> Organization:
        """Create an organization (``POST /v1/organization``)."""
        return self._raw.create(
            body=body,
        ).parsed

    def get(
        self,
        *,
        no: int,
    ) -> Organization:
        """Find an organization (``GET /v1/organization/{no}``).

        ``no`` (``no``): Unique number in your silo that identifies the organization.
        """
        return self._raw.get(
            no=no,
        ).parsed

    def update(
        self,
        *,
        no: int,
        body: OrganizationUpdateForm | OrganizationUpdateFormDict | None = None,
    ) -> Organization:
        """Update an organization (``PUT /v1/organization/{no}``).

        ``no`` (``no``): Unique number in your silo that identifies the organization.
        """
        return self._raw.update(
            no=no,
            body=body,
        ).parsed

    def delete(
        self,
        *,
        no: int,
    ) -> builtins.list[Any]:
        """Delete an organization (``DELETE /v1/organization/{no}``).

        ``no`` (``no``): Unique number in your silo that identifies the organization.
        """
        return self._raw.delete(
            no=no,
        ).parsed


class ProjectsResourceWithRawResponse:
    """``client.with_raw_response.projects``: Projects, each method returning ``Result[T]``
    (``.parsed``, ``.response``, ``.envelope``)."""

    def __init__(self, runtime: rt.Runtime) -> None:
        self._runtime = runtime

    def list(
        self,
    ) -> rt.Result[builtins.list[Project]]:
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

    def create(
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

    def get(
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

    def update(
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

    def delete(
        self,
        *,
        no: int,
    ) -> rt.Result[builtins.list[Any]]:
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


class ProjectsResource:
    """``client.projects``: Projects."""

    def __init__(self, runtime: rt.Runtime) -> None:
        self._raw = ProjectsResourceWithRawResponse(runtime)

    def list(
        self,
    ) -> builtins.list[Project]:
        """List projects (``GET /v1/project``)."""
        return self._raw.list().parsed

    def create(
        self,
        *,
        body: ProjectCreateForm | ProjectCreateFormDict,
    ) -> Project:
        """Create a project (``POST /v1/project``)."""
        return self._raw.create(
            body=body,
        ).parsed

    def get(
        self,
        *,
        no: int,
    ) -> Project:
        """Find a project (``GET /v1/project/{no}``).

        ``no`` (``no``): Unique number in your silo that identifies the project.
        """
        return self._raw.get(
            no=no,
        ).parsed

    def update(
        self,
        *,
        no: int,
        body: ProjectUpdateForm | ProjectUpdateFormDict | None = None,
    ) -> Project:
        """Update a project (``PUT /v1/project/{no}``).

        ``no`` (``no``): Unique number in your silo that identifies the project.
        """
        return self._raw.update(
            no=no,
            body=body,
        ).parsed

    def delete(
        self,
        *,
        no: int,
    ) -> builtins.list[Any]:
        """Delete a project (``DELETE /v1/project/{no}``).

        ``no`` (``no``): Unique number in your silo that identifies the project.
        """
        return self._raw.delete(
            no=no,
        ).parsed


class EquipmentResourceWithRawResponse:
    """``client.with_raw_response.equipment``: Equipment, each method returning ``Result[T]``
    (``.parsed``, ``.response``, ``.envelope``)."""

    def __init__(self, runtime: rt.Runtime) -> None:
        self._runtime = runtime

    def list(
        self,
    ) -> rt.Result[builtins.list[Equipment]]:
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

    def create(
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

    def get(
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

    def update(
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

    def delete(
        self,
        *,
        no: int,
    ) -> rt.Result[builtins.list[Any]]:
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


class EquipmentResource:
    """``client.equipment``: Equipment."""

    def __init__(self, runtime: rt.Runtime) -> None:
        self._raw = EquipmentResourceWithRawResponse(runtime)

    def list(
        self,
    ) -> builtins.list[Equipment]:
        """List equipment (``GET /v1/equipment``)."""
        return self._raw.list().parsed

    def create(
        self,
        *,
        body: EquipmentCreateForm | EquipmentCreateFormDict,
    ) -> Equipment:
        """Create equipment (``POST /v1/equipment``)."""
        return self._raw.create(
            body=body,
        ).parsed

    def get(
        self,
        *,
        no: int,
    ) -> Equipment:
        """Find equipment (``GET /v1/equipment/{no}``).

        ``no`` (``no``): Unique number in your silo that identifies the equipment.
        """
        return self._raw.get(
            no=no,
        ).parsed

    def update(
        self,
        *,
        no: int,
        body: EquipmentUpdateForm | EquipmentUpdateFormDict | None = None,
    ) -> Equipment:
        """Update equipment (``PUT /v1/equipment/{no}``).

        ``no`` (``no``): Unique number in your silo that identifies the equipment.
        """
        return self._raw.update(
            no=no,
            body=body,
        ).parsed

    def delete(
        self,
        *,
        no: int,
    ) -> builtins.list[Any]:
        """Delete equipment (``DELETE /v1/equipment/{no}``).

        ``no`` (``no``): Unique number in your silo that identifies the equipment.
        """
        return self._raw.delete(
            no=no,
        ).parsed


class EquipmentTypesResourceWithRawResponse:
    """``client.with_raw_response.equipment_types``: Equipment types, each method returning ``Result[T]``
    (``.parsed``, ``.response``, ``.envelope``)."""

    def __init__(self, runtime: rt.Runtime) -> None:
        self._runtime = runtime

    def list(
        self,
    ) -> rt.Result[builtins.list[EquipmentType]]:
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


class EquipmentTypesResource:
    """``client.equipment_types``: Equipment types."""

    def __init__(self, runtime: rt.Runtime) -> None:
        self._raw = EquipmentTypesResourceWithRawResponse(runtime)

    def list(
        self,
    ) -> builtins.list[EquipmentType]:
        """List equipment types (``GET /v1/equipment_type``)."""
        return self._raw.list().parsed


class ClientWithRawResponse:
    """``client.with_raw_response``: the namespaces of ``Client``, each method returning ``Result[T]``."""

    def __init__(self, runtime: rt.Runtime) -> None:
        self._runtime = runtime

    @property
    def users(self) -> UsersResourceWithRawResponse:
        return UsersResourceWithRawResponse(self._runtime)

    @property
    def customers(self) -> CustomersResourceWithRawResponse:
        return CustomersResourceWithRawResponse(self._runtime)

    @property
    def suppliers(self) -> SuppliersResourceWithRawResponse:
        return SuppliersResourceWithRawResponse(self._runtime)

    @property
    def subcontractors(self) -> SubcontractorsResourceWithRawResponse:
        return SubcontractorsResourceWithRawResponse(self._runtime)

    @property
    def organizations(self) -> OrganizationsResourceWithRawResponse:
        return OrganizationsResourceWithRawResponse(self._runtime)

    @property
    def projects(self) -> ProjectsResourceWithRawResponse:
        return ProjectsResourceWithRawResponse(self._runtime)

    @property
    def equipment(self) -> EquipmentResourceWithRawResponse:
        return EquipmentResourceWithRawResponse(self._runtime)

    @property
    def equipment_types(self) -> EquipmentTypesResourceWithRawResponse:
        return EquipmentTypesResourceWithRawResponse(self._runtime)


class Client:
    """Synchronous client of the Planiso API (httpx).

    The operations are grouped by resource: ``users``, ``customers``, ``suppliers``, ``subcontractors``, ``organizations``, ``projects``, ``equipment``, ``equipment_types``    (``client.users.list(…)``). ``with_raw_response``
    has the same namespaces returning ``Result[T]``; ``with_options(…)`` a copy with another timeout,
    retries or headers, sharing the connection pool.

    Use it as a context manager (``with``), or call ``close()`` when done.
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

        - ``bearer_auth``: bearerAuth (sent as `Authorization: Bearer …`). The API key, sent in the header of every request as `Authorization: Bearer {API_KEY}`.

        ``base_url`` replaces the server URL built from the server variables
        (none).
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

    @property
    def users(self) -> UsersResource:
        """Users: ``list``, ``create``, ``get``, ``update``, ``delete``."""
        return UsersResource(self._runtime)

    @property
    def customers(self) -> CustomersResource:
        """Customers: ``list``, ``create``, ``get``, ``update``, ``delete``."""
        return CustomersResource(self._runtime)

    @property
    def suppliers(self) -> SuppliersResource:
        """Suppliers: ``list``, ``create``, ``get``, ``update``, ``delete``."""
        return SuppliersResource(self._runtime)

    @property
    def subcontractors(self) -> SubcontractorsResource:
        """Subcontractors: ``list``, ``create``, ``get``, ``update``, ``delete``."""
        return SubcontractorsResource(self._runtime)

    @property
    def organizations(self) -> OrganizationsResource:
        """Organizations: ``list``, ``create``, ``get``, ``update``, ``delete``."""
        return OrganizationsResource(self._runtime)

    @property
    def projects(self) -> ProjectsResource:
        """Projects: ``list``, ``create``, ``get``, ``update``, ``delete``."""
        return ProjectsResource(self._runtime)

    @property
    def equipment(self) -> EquipmentResource:
        """Equipment: ``list``, ``create``, ``get``, ``update``, ``delete``."""
        return EquipmentResource(self._runtime)

    @property
    def equipment_types(self) -> EquipmentTypesResource:
        """Equipment types: ``list``."""
        return EquipmentTypesResource(self._runtime)

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
        ``client.with_options(timeout=5, max_retries=0).users.list(…)``.

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


class AsyncUsersResourceWithRawResponse:
    """``client.with_raw_response.users``: Users, each method returning ``Result[T]``
    (``.parsed``, ``.response``, ``.envelope``)."""

    def __init__(self, runtime: rt.AsyncRuntime) -> None:
        self._runtime = runtime

    async def list(
        self,
    ) -> rt.Result[builtins.list[User]]:
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

    async def create(
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

    async def get(
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

    async def update(
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

    async def delete(
        self,
        *,
        no: int,
    ) -> rt.Result[builtins.list[Any] | None]:
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


class AsyncUsersResource:
    """``client.users``: Users."""

    def __init__(self, runtime: rt.AsyncRuntime) -> None:
        self._raw = AsyncUsersResourceWithRawResponse(runtime)

    async def list(
        self,
    ) -> builtins.list[User]:
        """List users (``GET /v1/user``)."""
        return (await self._raw.list()).parsed

    async def create(
        self,
        *,
        body: UserCreateForm | UserCreateFormDict,
    ) -> User:
        """Create a user (``POST /v1/user``)."""
        return (
            await self._raw.create(
                body=body,
            )
        ).parsed

    async def get(
        self,
        *,
        no: int,
    ) -> User:
        """Find a user (``GET /v1/user/{no}``).

        ``no`` (``no``): Unique number in your silo that identifies the user.
        """
        return (
            await self._raw.get(
                no=no,
            )
        ).parsed

    async def update(
        self,
        *,
        no: int,
        body: UserUpdateForm | UserUpdateFormDict | None = None,
    ) -> User:
        """Update a user (``PUT /v1/user/{no}``).

        ``no`` (``no``): Unique number in your silo that identifies the user.
        """
        return (
            await self._raw.update(
                no=no,
                body=body,
            )
        ).parsed

    async def delete(
        self,
        *,
        no: int,
    ) -> builtins.list[Any] | None:
        """Delete a user (``DELETE /v1/user/{no}``).

        ``no`` (``no``): Unique number in your silo that identifies the user.
        """
        return (
            await self._raw.delete(
                no=no,
            )
        ).parsed


class AsyncCustomersResourceWithRawResponse:
    """``client.with_raw_response.customers``: Customers, each method returning ``Result[T]``
    (``.parsed``, ``.response``, ``.envelope``)."""

    def __init__(self, runtime: rt.AsyncRuntime) -> None:
        self._runtime = runtime

    async def list(
        self,
    ) -> rt.Result[builtins.list[Customer]]:
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

    async def create(
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

    async def get(
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

    async def update(
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

    async def delete(
        self,
        *,
        no: int,
    ) -> rt.Result[builtins.list[Any]]:
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


class AsyncCustomersResource:
    """``client.customers``: Customers."""

    def __init__(self, runtime: rt.AsyncRuntime) -> None:
        self._raw = AsyncCustomersResourceWithRawResponse(runtime)

    async def list(
        self,
    ) -> builtins.list[Customer]:
        """List customers (``GET /v1/customer``)."""
        return (await self._raw.list()).parsed

    async def create(
        self,
        *,
        body: CustomerCreateForm | CustomerCreateFormDict,
    ) -> Customer:
        """Create a customer (``POST /v1/customer``)."""
        return (
            await self._raw.create(
                body=body,
            )
        ).parsed

    async def get(
        self,
        *,
        no: int,
    ) -> Customer:
        """Find a customer (``GET /v1/customer/{no}``).

        ``no`` (``no``): Unique number in your silo that identifies the customer.
        """
        return (
            await self._raw.get(
                no=no,
            )
        ).parsed

    async def update(
        self,
        *,
        no: int,
        body: CustomerUpdateForm | CustomerUpdateFormDict | None = None,
    ) -> Customer:
        """Update a customer (``PUT /v1/customer/{no}``).

        ``no`` (``no``): Unique number in your silo that identifies the customer.
        """
        return (
            await self._raw.update(
                no=no,
                body=body,
            )
        ).parsed

    async def delete(
        self,
        *,
        no: int,
    ) -> builtins.list[Any]:
        """Delete a customer (``DELETE /v1/customer/{no}``).

        ``no`` (``no``): Unique number in your silo that identifies the customer.
        """
        return (
            await self._raw.delete(
                no=no,
            )
        ).parsed


class AsyncSuppliersResourceWithRawResponse:
    """``client.with_raw_response.suppliers``: Suppliers, each method returning ``Result[T]``
    (``.parsed``, ``.response``, ``.envelope``)."""

    def __init__(self, runtime: rt.AsyncRuntime) -> None:
        self._runtime = runtime

    async def list(
        self,
    ) -> rt.Result[builtins.list[Supplier]]:
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

    async def create(
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

    async def get(
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

    async def update(
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

    async def delete(
        self,
        *,
        no: int,
    ) -> rt.Result[builtins.list[Any]]:
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


class AsyncSuppliersResource:
    """``client.suppliers``: Suppliers."""

    def __init__(self, runtime: rt.AsyncRuntime) -> None:
        self._raw = AsyncSuppliersResourceWithRawResponse(runtime)

    async def list(
        self,
    ) -> builtins.list[Supplier]:
        """List suppliers (``GET /v1/supplier``)."""
        return (await self._raw.list()).parsed

    async def create(
        self,
        *,
        body: SupplierCreateForm | SupplierCreateFormDict | None = None,
    ) -> Supplier:
        """Create a supplier (``POST /v1/supplier``)."""
        return (
            await self._raw.create(
                body=body,
            )
        ).parsed

    async def get(
        self,
        *,
        no: int,
    ) -> Supplier:
        """Find a supplier (``GET /v1/supplier/{no}``).

        ``no`` (``no``): Unique number in your silo that identifies the supplier.
        """
        return (
            await self._raw.get(
                no=no,
            )
        ).parsed

    async def update(
        self,
        *,
        no: int,
        body: SupplierUpdateForm | SupplierUpdateFormDict | None = None,
    ) -> Supplier:
        """Update a supplier (``PUT /v1/supplier/{no}``).

        ``no`` (``no``): Unique number in your silo that identifies the supplier.
        """
        return (
            await self._raw.update(
                no=no,
                body=body,
            )
        ).parsed

    async def delete(
        self,
        *,
        no: int,
    ) -> builtins.list[Any]:
        """Delete a supplier (``DELETE /v1/supplier/{no}``).

        ``no`` (``no``): Unique number in your silo that identifies the supplier.
        """
        return (
            await self._raw.delete(
                no=no,
            )
        ).parsed


class AsyncSubcontractorsResourceWithRawResponse:
    """``client.with_raw_response.subcontractors``: Subcontractors, each method returning ``Result[T]``
    (``.parsed``, ``.response``, ``.envelope``)."""

    def __init__(self, runtime: rt.AsyncRuntime) -> None:
        self._runtime = runtime

    async def list(
        self,
    ) -> rt.Result[builtins.list[Subcontractor]]:
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

    async def create(
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

    async def get(
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

    async def update(
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

    async def delete(
        self,
        *,
        no: int,
    ) -> rt.Result[builtins.list[Any]]:
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


class AsyncSubcontractorsResource:
    """``client.subcontractors``: Subcontractors."""

    def __init__(self, runtime: rt.AsyncRuntime) -> None:
        self._raw = AsyncSubcontractorsResourceWithRawResponse(runtime)

    async def list(
        self,
    ) -> builtins.list[Subcontractor]:
        """List subcontractors (``GET /v1/subcontractor``)."""
        return (await self._raw.list()).parsed

    async def create(
        self,
        *,
        body: SubcontractorCreateForm | SubcontractorCreateFormDict | None = None,
    ) -> Subcontractor:
        """Create a subcontractor (``POST /v1/subcontractor``)."""
        return (
            await self._raw.create(
                body=body,
            )
        ).parsed

    async def get(
        self,
        *,
        no: int,
    ) -> Subcontractor:
        """Find a subcontractor (``GET /v1/subcontractor/{no}``).

        ``no`` (``no``): Unique number in your silo that identifies the subcontractor.
        """
        return (
            await self._raw.get(
                no=no,
            )
        ).parsed

    async def update(
        self,
        *,
        no: int,
        body: SubcontractorUpdateForm | SubcontractorUpdateFormDict | None = None,
    ) -> Subcontractor:
        """Update a subcontractor (``PUT /v1/subcontractor/{no}``).

        ``no`` (``no``): Unique number in your silo that identifies the subcontractor.
        """
        return (
            await self._raw.update(
                no=no,
                body=body,
            )
        ).parsed

    async def delete(
        self,
        *,
        no: int,
    ) -> builtins.list[Any]:
        """Delete a subcontractor (``DELETE /v1/subcontractor/{no}``).

        ``no`` (``no``): Unique number in your silo that identifies the subcontractor.
        """
        return (
            await self._raw.delete(
                no=no,
            )
        ).parsed


class AsyncOrganizationsResourceWithRawResponse:
    """``client.with_raw_response.organizations``: Organizations, each method returning ``Result[T]``
    (``.parsed``, ``.response``, ``.envelope``)."""

    def __init__(self, runtime: rt.AsyncRuntime) -> None:
        self._runtime = runtime

    async def list(
        self,
    ) -> rt.Result[builtins.list[Organization]]:
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

    async def create(
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

    async def get(
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

    async def update(
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

    async def delete(
        self,
        *,
        no: int,
    ) -> rt.Result[builtins.list[Any]]:
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


class AsyncOrganizationsResource:
    """``client.organizations``: Organizations."""

    def __init__(self, runtime: rt.AsyncRuntime) -> None:
        self._raw = AsyncOrganizationsResourceWithRawResponse(runtime)

    async def list(
        self,
    ) -> builtins.list[Organization]:
        """List organizations (``GET /v1/organization``)."""
        return (await self._raw.list()).parsed

    async def create(
        self,
        *,
        body: OrganizationCreateForm | OrganizationCreateFormDict,
    ) -> Organization:
        """Create an organization (``POST /v1/organization``)."""
        return (
            await self._raw.create(
                body=body,
            )
        ).parsed

    async def get(
        self,
        *,
        no: int,
    ) -> Organization:
        """Find an organization (``GET /v1/organization/{no}``).

        ``no`` (``no``): Unique number in your silo that identifies the organization.
        """
        return (
            await self._raw.get(
                no=no,
            )
        ).parsed

    async def update(
        self,
        *,
        no: int,
        body: OrganizationUpdateForm | OrganizationUpdateFormDict | None = None,
    ) -> Organization:
        """Update an organization (``PUT /v1/organization/{no}``).

        ``no`` (``no``): Unique number in your silo that identifies the organization.
        """
        return (
            await self._raw.update(
                no=no,
                body=body,
            )
        ).parsed

    async def delete(
        self,
        *,
        no: int,
    ) -> builtins.list[Any]:
        """Delete an organization (``DELETE /v1/organization/{no}``).

        ``no`` (``no``): Unique number in your silo that identifies the organization.
        """
        return (
            await self._raw.delete(
                no=no,
            )
        ).parsed


class AsyncProjectsResourceWithRawResponse:
    """``client.with_raw_response.projects``: Projects, each method returning ``Result[T]``
    (``.parsed``, ``.response``, ``.envelope``)."""

    def __init__(self, runtime: rt.AsyncRuntime) -> None:
        self._runtime = runtime

    async def list(
        self,
    ) -> rt.Result[builtins.list[Project]]:
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

    async def create(
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

    async def get(
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

    async def update(
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

    async def delete(
        self,
        *,
        no: int,
    ) -> rt.Result[builtins.list[Any]]:
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


class AsyncProjectsResource:
    """``client.projects``: Projects."""

    def __init__(self, runtime: rt.AsyncRuntime) -> None:
        self._raw = AsyncProjectsResourceWithRawResponse(runtime)

    async def list(
        self,
    ) -> builtins.list[Project]:
        """List projects (``GET /v1/project``)."""
        return (await self._raw.list()).parsed

    async def create(
        self,
        *,
        body: ProjectCreateForm | ProjectCreateFormDict,
    ) -> Project:
        """Create a project (``POST /v1/project``)."""
        return (
            await self._raw.create(
                body=body,
            )
        ).parsed

    async def get(
        self,
        *,
        no: int,
    ) -> Project:
        """Find a project (``GET /v1/project/{no}``).

        ``no`` (``no``): Unique number in your silo that identifies the project.
        """
        return (
            await self._raw.get(
                no=no,
            )
        ).parsed

    async def update(
        self,
        *,
        no: int,
        body: ProjectUpdateForm | ProjectUpdateFormDict | None = None,
    ) -> Project:
        """Update a project (``PUT /v1/project/{no}``).

        ``no`` (``no``): Unique number in your silo that identifies the project.
        """
        return (
            await self._raw.update(
                no=no,
                body=body,
            )
        ).parsed

    async def delete(
        self,
        *,
        no: int,
    ) -> builtins.list[Any]:
        """Delete a project (``DELETE /v1/project/{no}``).

        ``no`` (``no``): Unique number in your silo that identifies the project.
        """
        return (
            await self._raw.delete(
                no=no,
            )
        ).parsed


class AsyncEquipmentResourceWithRawResponse:
    """``client.with_raw_response.equipment``: Equipment, each method returning ``Result[T]``
    (``.parsed``, ``.response``, ``.envelope``)."""

    def __init__(self, runtime: rt.AsyncRuntime) -> None:
        self._runtime = runtime

    async def list(
        self,
    ) -> rt.Result[builtins.list[Equipment]]:
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

    async def create(
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

    async def get(
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

    async def update(
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

    async def delete(
        self,
        *,
        no: int,
    ) -> rt.Result[builtins.list[Any]]:
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


class AsyncEquipmentResource:
    """``client.equipment``: Equipment."""

    def __init__(self, runtime: rt.AsyncRuntime) -> None:
        self._raw = AsyncEquipmentResourceWithRawResponse(runtime)

    async def list(
        self,
    ) -> builtins.list[Equipment]:
        """List equipment (``GET /v1/equipment``)."""
        return (await self._raw.list()).parsed

    async def create(
        self,
        *,
        body: EquipmentCreateForm | EquipmentCreateFormDict,
    ) -> Equipment:
        """Create equipment (``POST /v1/equipment``)."""
        return (
            await self._raw.create(
                body=body,
            )
        ).parsed

    async def get(
        self,
        *,
        no: int,
    ) -> Equipment:
        """Find equipment (``GET /v1/equipment/{no}``).

        ``no`` (``no``): Unique number in your silo that identifies the equipment.
        """
        return (
            await self._raw.get(
                no=no,
            )
        ).parsed

    async def update(
        self,
        *,
        no: int,
        body: EquipmentUpdateForm | EquipmentUpdateFormDict | None = None,
    ) -> Equipment:
        """Update equipment (``PUT /v1/equipment/{no}``).

        ``no`` (``no``): Unique number in your silo that identifies the equipment.
        """
        return (
            await self._raw.update(
                no=no,
                body=body,
            )
        ).parsed

    async def delete(
        self,
        *,
        no: int,
    ) -> builtins.list[Any]:
        """Delete equipment (``DELETE /v1/equipment/{no}``).

        ``no`` (``no``): Unique number in your silo that identifies the equipment.
        """
        return (
            await self._raw.delete(
                no=no,
            )
        ).parsed


class AsyncEquipmentTypesResourceWithRawResponse:
    """``client.with_raw_response.equipment_types``: Equipment types, each method returning ``Result[T]``
    (``.parsed``, ``.response``, ``.envelope``)."""

    def __init__(self, runtime: rt.AsyncRuntime) -> None:
        self._runtime = runtime

    async def list(
        self,
    ) -> rt.Result[builtins.list[EquipmentType]]:
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


class AsyncEquipmentTypesResource:
    """``client.equipment_types``: Equipment types."""

    def __init__(self, runtime: rt.AsyncRuntime) -> None:
        self._raw = AsyncEquipmentTypesResourceWithRawResponse(runtime)

    async def list(
        self,
    ) -> builtins.list[EquipmentType]:
        """List equipment types (``GET /v1/equipment_type``)."""
        return (await self._raw.list()).parsed


class AsyncClientWithRawResponse:
    """``client.with_raw_response``: the namespaces of ``AsyncClient``, each method returning ``Result[T]``."""

    def __init__(self, runtime: rt.AsyncRuntime) -> None:
        self._runtime = runtime

    @property
    def users(self) -> AsyncUsersResourceWithRawResponse:
        return AsyncUsersResourceWithRawResponse(self._runtime)

    @property
    def customers(self) -> AsyncCustomersResourceWithRawResponse:
        return AsyncCustomersResourceWithRawResponse(self._runtime)

    @property
    def suppliers(self) -> AsyncSuppliersResourceWithRawResponse:
        return AsyncSuppliersResourceWithRawResponse(self._runtime)

    @property
    def subcontractors(self) -> AsyncSubcontractorsResourceWithRawResponse:
        return AsyncSubcontractorsResourceWithRawResponse(self._runtime)

    @property
    def organizations(self) -> AsyncOrganizationsResourceWithRawResponse:
        return AsyncOrganizationsResourceWithRawResponse(self._runtime)

    @property
    def projects(self) -> AsyncProjectsResourceWithRawResponse:
        return AsyncProjectsResourceWithRawResponse(self._runtime)

    @property
    def equipment(self) -> AsyncEquipmentResourceWithRawResponse:
        return AsyncEquipmentResourceWithRawResponse(self._runtime)

    @property
    def equipment_types(self) -> AsyncEquipmentTypesResourceWithRawResponse:
        return AsyncEquipmentTypesResourceWithRawResponse(self._runtime)


class AsyncClient:
    """Asynchronous client of the Planiso API (httpx).

    The operations are grouped by resource: ``users``, ``customers``, ``suppliers``, ``subcontractors``, ``organizations``, ``projects``, ``equipment``, ``equipment_types``    (``client.users.list(…)``). ``with_raw_response``
    has the same namespaces returning ``Result[T]``; ``with_options(…)`` a copy with another timeout,
    retries or headers, sharing the connection pool.

    Use it as an async context manager (``async with``), or call ``await client.aclose()`` when done (``close`` is
    an alias).
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

        - ``bearer_auth``: bearerAuth (sent as `Authorization: Bearer …`). The API key, sent in the header of every request as `Authorization: Bearer {API_KEY}`.

        ``base_url`` replaces the server URL built from the server variables
        (none).
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

    @property
    def users(self) -> AsyncUsersResource:
        """Users: ``list``, ``create``, ``get``, ``update``, ``delete``."""
        return AsyncUsersResource(self._runtime)

    @property
    def customers(self) -> AsyncCustomersResource:
        """Customers: ``list``, ``create``, ``get``, ``update``, ``delete``."""
        return AsyncCustomersResource(self._runtime)

    @property
    def suppliers(self) -> AsyncSuppliersResource:
        """Suppliers: ``list``, ``create``, ``get``, ``update``, ``delete``."""
        return AsyncSuppliersResource(self._runtime)

    @property
    def subcontractors(self) -> AsyncSubcontractorsResource:
        """Subcontractors: ``list``, ``create``, ``get``, ``update``, ``delete``."""
        return AsyncSubcontractorsResource(self._runtime)

    @property
    def organizations(self) -> AsyncOrganizationsResource:
        """Organizations: ``list``, ``create``, ``get``, ``update``, ``delete``."""
        return AsyncOrganizationsResource(self._runtime)

    @property
    def projects(self) -> AsyncProjectsResource:
        """Projects: ``list``, ``create``, ``get``, ``update``, ``delete``."""
        return AsyncProjectsResource(self._runtime)

    @property
    def equipment(self) -> AsyncEquipmentResource:
        """Equipment: ``list``, ``create``, ``get``, ``update``, ``delete``."""
        return AsyncEquipmentResource(self._runtime)

    @property
    def equipment_types(self) -> AsyncEquipmentTypesResource:
        """Equipment types: ``list``."""
        return AsyncEquipmentTypesResource(self._runtime)

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
        ``client.with_options(timeout=5, max_retries=0).users.list(…)``.

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
