"""PlanningNow API: ``Client`` and ``AsyncClient``, one method per operation of the spec.

The operations are grouped in namespaces, one per resource (``client.orders.list(…)``):
each method returns the typed result; where the API pages, an ``iter_*`` method yields the items
of every page. ``client.with_raw_response.<namespace>.<method>(…)`` returns ``Result[T]``
(``.parsed``, ``.response``); ``client.with_options(…)`` is a copy with
another timeout, retries or headers that shares the connection pool.
"""

from __future__ import annotations

import builtins
import copy
from collections.abc import Mapping
from types import TracebackType
from typing import Self

import httpx
from pydantic import TypeAdapter

from . import _runtime as rt
from .bodies import (
    CostCentreCreateDict,
    CostCentreUpdateDict,
    DocumentUploadDict,
    OfferCreateDict,
    OfferUpdateDict,
    OrderCreateDict,
    OrderUpdateDict,
    WorkScheduleCreateDict,
    WorkScheduleUpdateDict,
)
from .errors import ERROR_FORMAT
from .models import (
    ApiDocumentation,
    AuthTestResult,
    CostCentre,
    CostCentreCreate,
    CostCentreUpdate,
    DocumentDeleted,
    DocumentList,
    DocumentUpload,
    DocumentUploadResult,
    ErrorResponse,
    FolderStructure,
    Offer,
    OfferCreate,
    OfferUpdate,
    Order,
    OrderConfirmationDocumentation,
    OrderCreate,
    OrderUpdate,
    WorkSchedule,
    WorkScheduleCreate,
    WorkScheduleUpdate,
)

__all__ = [
    "AsyncClient",
    "AsyncClientWithRawResponse",
    "AsyncOrdersResource",
    "AsyncOrdersResourceWithRawResponse",
    "AsyncOffersResource",
    "AsyncOffersResourceWithRawResponse",
    "AsyncWorkSchedulesResource",
    "AsyncWorkSchedulesResourceWithRawResponse",
    "AsyncCostCentresResource",
    "AsyncCostCentresResourceWithRawResponse",
    "AsyncDocumentsResource",
    "AsyncDocumentsResourceWithRawResponse",
    "AsyncAuthenticationResource",
    "AsyncAuthenticationResourceWithRawResponse",
    "AsyncApiDocumentationResource",
    "AsyncApiDocumentationResourceWithRawResponse",
    "Client",
    "ClientWithRawResponse",
    "OrdersResource",
    "OrdersResourceWithRawResponse",
    "OffersResource",
    "OffersResourceWithRawResponse",
    "WorkSchedulesResource",
    "WorkSchedulesResourceWithRawResponse",
    "CostCentresResource",
    "CostCentresResourceWithRawResponse",
    "DocumentsResource",
    "DocumentsResourceWithRawResponse",
    "AuthenticationResource",
    "AuthenticationResourceWithRawResponse",
    "ApiDocumentationResource",
    "ApiDocumentationResourceWithRawResponse",
]

_BASE_URL = "https://api.b-now.eu"
_SCHEMES: dict[str, rt.Scheme] = {
    "apiToken": rt.Scheme("api_key", "header", "X-AUTH-TOKEN", "api_token"),
}

_API_DOCUMENTATION: TypeAdapter[ApiDocumentation] = TypeAdapter(ApiDocumentation)
_AUTH_TEST_RESULT: TypeAdapter[AuthTestResult] = TypeAdapter(AuthTestResult)
_COST_CENTRE: TypeAdapter[CostCentre] = TypeAdapter(CostCentre)
_DOCUMENT_DELETED: TypeAdapter[DocumentDeleted] = TypeAdapter(DocumentDeleted)
_DOCUMENT_LIST: TypeAdapter[DocumentList] = TypeAdapter(DocumentList)
_DOCUMENT_UPLOAD_RESULT: TypeAdapter[DocumentUploadResult] = TypeAdapter(DocumentUploadResult)
_ERROR_RESPONSE: TypeAdapter[ErrorResponse] = TypeAdapter(ErrorResponse)
_FOLDER_STRUCTURE: TypeAdapter[FolderStructure] = TypeAdapter(FolderStructure)
_LIST_COST_CENTRE: TypeAdapter[list[CostCentre]] = TypeAdapter(list[CostCentre])
_LIST_OFFER: TypeAdapter[list[Offer]] = TypeAdapter(list[Offer])
_LIST_ORDER: TypeAdapter[list[Order]] = TypeAdapter(list[Order])
_LIST_WORK_SCHEDULE: TypeAdapter[list[WorkSchedule]] = TypeAdapter(list[WorkSchedule])
_OFFER: TypeAdapter[Offer] = TypeAdapter(Offer)
_ORDER: TypeAdapter[Order] = TypeAdapter(Order)
_ORDER_CONFIRMATION_DOCUMENTATION: TypeAdapter[OrderConfirmationDocumentation] = TypeAdapter(
    OrderConfirmationDocumentation
)
_WORK_SCHEDULE: TypeAdapter[WorkSchedule] = TypeAdapter(WorkSchedule)

_OP_LIST_ORDERS = rt.Operation("GET", "/api/order", (("apiToken",),), {})
_OP_CREATE_ORDER = rt.Operation("POST", "/api/order", (("apiToken",),), {})
_OP_GET_ORDER = rt.Operation("GET", "/api/order/{id}", (("apiToken",),), {})
_OP_UPDATE_ORDER = rt.Operation("PUT", "/api/order/{id}", (("apiToken",),), {})
_OP_DELETE_ORDER = rt.Operation("DELETE", "/api/order/{id}", (("apiToken",),), {})
_OP_LIST_OFFERS = rt.Operation("GET", "/api/offer", (("apiToken",),), {})
_OP_CREATE_OFFER = rt.Operation("POST", "/api/offer", (("apiToken",),), {})
_OP_GET_OFFER = rt.Operation("GET", "/api/offer/{id}", (("apiToken",),), {})
_OP_UPDATE_OFFER = rt.Operation("PUT", "/api/offer/{id}", (("apiToken",),), {})
_OP_DELETE_OFFER = rt.Operation("DELETE", "/api/offer/{id}", (("apiToken",),), {})
_OP_LIST_WORK_SCHEDULES = rt.Operation("GET", "/api/work-schedule", (("apiToken",),), {})
_OP_CREATE_WORK_SCHEDULE = rt.Operation("POST", "/api/work-schedule", (("apiToken",),), {})
_OP_GET_WORK_SCHEDULE = rt.Operation("GET", "/api/work-schedule/{id}", (("apiToken",),), {})
_OP_UPDATE_WORK_SCHEDULE = rt.Operation("PUT", "/api/work-schedule/{id}", (("apiToken",),), {})
_OP_DELETE_WORK_SCHEDULE = rt.Operation("DELETE", "/api/work-schedule/{id}", (("apiToken",),), {})
_OP_LIST_COST_CENTRES = rt.Operation("GET", "/api/cost-centre", (("apiToken",),), {})
_OP_CREATE_COST_CENTRE = rt.Operation("POST", "/api/cost-centre", (("apiToken",),), {})
_OP_GET_COST_CENTRE = rt.Operation("GET", "/api/cost-centre/{id}", (("apiToken",),), {})
_OP_UPDATE_COST_CENTRE = rt.Operation("PUT", "/api/cost-centre/{id}", (("apiToken",),), {})
_OP_DELETE_COST_CENTRE = rt.Operation("DELETE", "/api/cost-centre/{id}", (("apiToken",),), {})
_OP_LIST_DOCUMENTS = rt.Operation("GET", "/api/documents", (("apiToken",),), {})
_OP_UPLOAD_DOCUMENT = rt.Operation("POST", "/api/documents", (("apiToken",),), {})
_OP_GET_DOCUMENT_STRUCTURE = rt.Operation("GET", "/api/documents/structure", (("apiToken",),), {})
_OP_DELETE_DOCUMENT = rt.Operation(
    "DELETE", "/api/documents/{id}", (("apiToken",),), {"404": _ERROR_RESPONSE}
)
_OP_TEST_AUTHENTICATION = rt.Operation("GET", "/api/test", (("apiToken",),), {})
_OP_GET_API_DOCUMENTATION = rt.Operation("GET", "/api/doc", (("apiToken",),), {})
_OP_GET_ORDER_DOCUMENTATION = rt.Operation("GET", "/api/doc/order", (("apiToken",),), {})


class OrdersResourceWithRawResponse:
    """``client.with_raw_response.orders``: Orders, each method returning ``Result[T]``
    (``.parsed``, ``.response``)."""

    def __init__(self, runtime: rt.Runtime) -> None:
        self._runtime = runtime

    def list(
        self,
    ) -> rt.Result[builtins.list[Order]]:
        """List orders (``GET /api/order``), with the raw response."""
        call = rt.prepare(
            _OP_LIST_ORDERS,
            path={},
            query={},
            headers={},
            accept="application/json",
        )
        response = self._runtime.send(call)
        return rt.decode(response, _LIST_ORDER)

    def create(
        self,
        *,
        body: OrderCreate | OrderCreateDict,
    ) -> rt.Result[Order]:
        """Create an order (``POST /api/order``), with the raw response."""
        call = rt.prepare(
            _OP_CREATE_ORDER,
            path={},
            query={},
            headers={},
            accept="application/json",
            json_body=body,
        )
        response = self._runtime.send(call)
        return rt.decode(response, _ORDER)

    def get(
        self,
        *,
        id_: int,
    ) -> rt.Result[Order]:
        """Get an order (``GET /api/order/{id}``), with the raw response."""
        call = rt.prepare(
            _OP_GET_ORDER,
            path={
                "id": id_,
            },
            query={},
            headers={},
            accept="application/json",
        )
        response = self._runtime.send(call)
        return rt.decode(response, _ORDER)

    def update(
        self,
        *,
        id_: int,
        body: OrderUpdate | OrderUpdateDict,
    ) -> rt.Result[Order]:
        """Update an order (``PUT /api/order/{id}``), with the raw response."""
        call = rt.prepare(
            _OP_UPDATE_ORDER,
            path={
                "id": id_,
            },
            query={},
            headers={},
            accept="application/json",
            json_body=body,
        )
        response = self._runtime.send(call)
        return rt.decode(response, _ORDER)

    def delete(
        self,
        *,
        id_: int,
    ) -> rt.Result[None]:
        """Delete an order (``DELETE /api/order/{id}``), with the raw response."""
        call = rt.prepare(
            _OP_DELETE_ORDER,
            path={
                "id": id_,
            },
            query={},
            headers={},
        )
        response = self._runtime.send(call)
        return rt.no_content(response)


class OrdersResource:
    """``client.orders``: Orders."""

    def __init__(self, runtime: rt.Runtime) -> None:
        self._raw = OrdersResourceWithRawResponse(runtime)

    def list(
        self,
    ) -> builtins.list[Order]:
        """List orders (``GET /api/order``)."""
        return self._raw.list().parsed

    def create(
        self,
        *,
        body: OrderCreate | OrderCreateDict,
    ) -> Order:
        """Create an order (``POST /api/order``)."""
        return self._raw.create(
            body=body,
        ).parsed

    def get(
        self,
        *,
        id_: int,
    ) -> Order:
        """Get an order (``GET /api/order/{id}``).

        ``id_`` (``id``): ID of the order.
        """
        return self._raw.get(
            id_=id_,
        ).parsed

    def update(
        self,
        *,
        id_: int,
        body: OrderUpdate | OrderUpdateDict,
    ) -> Order:
        """Update an order (``PUT /api/order/{id}``).

        ``id_`` (``id``): ID of the order.
        """
        return self._raw.update(
            id_=id_,
            body=body,
        ).parsed

    def delete(
        self,
        *,
        id_: int,
    ) -> None:
        """Delete an order (``DELETE /api/order/{id}``).

        ``id_`` (``id``): ID of the order.
        """
        return self._raw.delete(
            id_=id_,
        ).parsed


class OffersResourceWithRawResponse:
    """``client.with_raw_response.offers``: Offers, each method returning ``Result[T]``
    (``.parsed``, ``.response``)."""

    def __init__(self, runtime: rt.Runtime) -> None:
        self._runtime = runtime

    def list(
        self,
    ) -> rt.Result[builtins.list[Offer]]:
        """List offers (``GET /api/offer``), with the raw response."""
        call = rt.prepare(
            _OP_LIST_OFFERS,
            path={},
            query={},
            headers={},
            accept="application/json",
        )
        response = self._runtime.send(call)
        return rt.decode(response, _LIST_OFFER)

    def create(
        self,
        *,
        body: OfferCreate | OfferCreateDict,
    ) -> rt.Result[Offer]:
        """Create an offer (``POST /api/offer``), with the raw response."""
        call = rt.prepare(
            _OP_CREATE_OFFER,
            path={},
            query={},
            headers={},
            accept="application/json",
            json_body=body,
        )
        response = self._runtime.send(call)
        return rt.decode(response, _OFFER)

    def get(
        self,
        *,
        id_: int,
    ) -> rt.Result[Offer]:
        """Get an offer (``GET /api/offer/{id}``), with the raw response."""
        call = rt.prepare(
            _OP_GET_OFFER,
            path={
                "id": id_,
            },
            query={},
            headers={},
            accept="application/json",
        )
        response = self._runtime.send(call)
        return rt.decode(response, _OFFER)

    def update(
        self,
        *,
        id_: int,
        body: OfferUpdate | OfferUpdateDict,
    ) -> rt.Result[Offer]:
        """Update an offer (``PUT /api/offer/{id}``), with the raw response."""
        call = rt.prepare(
            _OP_UPDATE_OFFER,
            path={
                "id": id_,
            },
            query={},
            headers={},
            accept="application/json",
            json_body=body,
        )
        response = self._runtime.send(call)
        return rt.decode(response, _OFFER)

    def delete(
        self,
        *,
        id_: int,
    ) -> rt.Result[None]:
        """Delete an offer (``DELETE /api/offer/{id}``), with the raw response."""
        call = rt.prepare(
            _OP_DELETE_OFFER,
            path={
                "id": id_,
            },
            query={},
            headers={},
        )
        response = self._runtime.send(call)
        return rt.no_content(response)


class OffersResource:
    """``client.offers``: Offers."""

    def __init__(self, runtime: rt.Runtime) -> None:
        self._raw = OffersResourceWithRawResponse(runtime)

    def list(
        self,
    ) -> builtins.list[Offer]:
        """List offers (``GET /api/offer``)."""
        return self._raw.list().parsed

    def create(
        self,
        *,
        body: OfferCreate | OfferCreateDict,
    ) -> Offer:
        """Create an offer (``POST /api/offer``)."""
        return self._raw.create(
            body=body,
        ).parsed

    def get(
        self,
        *,
        id_: int,
    ) -> Offer:
        """Get an offer (``GET /api/offer/{id}``).

        ``id_`` (``id``): ID of the offer.
        """
        return self._raw.get(
            id_=id_,
        ).parsed

    def update(
        self,
        *,
        id_: int,
        body: OfferUpdate | OfferUpdateDict,
    ) -> Offer:
        """Update an offer (``PUT /api/offer/{id}``).

        ``id_`` (``id``): ID of the offer.
        """
        return self._raw.update(
            id_=id_,
            body=body,
        ).parsed

    def delete(
        self,
        *,
        id_: int,
    ) -> None:
        """Delete an offer (``DELETE /api/offer/{id}``).

        ``id_`` (``id``): ID of the offer.
        """
        return self._raw.delete(
            id_=id_,
        ).parsed


class WorkSchedulesResourceWithRawResponse:
    """``client.with_raw_response.work_schedules``: Work schedules, each method returning ``Result[T]``
    (``.parsed``, ``.response``)."""

    def __init__(self, runtime: rt.Runtime) -> None:
        self._runtime = runtime

    def list(
        self,
    ) -> rt.Result[builtins.list[WorkSchedule]]:
        """List work schedules (``GET /api/work-schedule``), with the raw response."""
        call = rt.prepare(
            _OP_LIST_WORK_SCHEDULES,
            path={},
            query={},
            headers={},
            accept="application/json",
        )
        response = self._runtime.send(call)
        return rt.decode(response, _LIST_WORK_SCHEDULE)

    def create(
        self,
        *,
        body: WorkScheduleCreate | WorkScheduleCreateDict,
    ) -> rt.Result[WorkSchedule]:
        """Create a work schedule (``POST /api/work-schedule``), with the raw response."""
        call = rt.prepare(
            _OP_CREATE_WORK_SCHEDULE,
            path={},
            query={},
            headers={},
            accept="application/json",
            json_body=body,
        )
        response = self._runtime.send(call)
        return rt.decode(response, _WORK_SCHEDULE)

    def get(
        self,
        *,
        id_: int,
    ) -> rt.Result[WorkSchedule]:
        """Get a work schedule (``GET /api/work-schedule/{id}``), with the raw response."""
        call = rt.prepare(
            _OP_GET_WORK_SCHEDULE,
            path={
                "id": id_,
            },
            query={},
            headers={},
            accept="application/json",
        )
        response = self._runtime.send(call)
        return rt.decode(response, _WORK_SCHEDULE)

    def update(
        self,
        *,
        id_: int,
        body: WorkScheduleUpdate | WorkScheduleUpdateDict,
    ) -> rt.Result[WorkSchedule]:
        """Update a work schedule (``PUT /api/work-schedule/{id}``), with the raw response."""
        call = rt.prepare(
            _OP_UPDATE_WORK_SCHEDULE,
            path={
                "id": id_,
            },
            query={},
            headers={},
            accept="application/json",
            json_body=body,
        )
        response = self._runtime.send(call)
        return rt.decode(response, _WORK_SCHEDULE)

    def delete(
        self,
        *,
        id_: int,
    ) -> rt.Result[None]:
        """Delete a work schedule (``DELETE /api/work-schedule/{id}``), with the raw response."""
        call = rt.prepare(
            _OP_DELETE_WORK_SCHEDULE,
            path={
                "id": id_,
            },
            query={},
            headers={},
        )
        response = self._runtime.send(call)
        return rt.no_content(response)


class WorkSchedulesResource:
    """``client.work_schedules``: Work schedules."""

    def __init__(self, runtime: rt.Runtime) -> None:
        self._raw = WorkSchedulesResourceWithRawResponse(runtime)

    def list(
        self,
    ) -> builtins.list[WorkSchedule]:
        """List work schedules (``GET /api/work-schedule``)."""
        return self._raw.list().parsed

    def create(
        self,
        *,
        body: WorkScheduleCreate | WorkScheduleCreateDict,
    ) -> WorkSchedule:
        """Create a work schedule (``POST /api/work-schedule``)."""
        return self._raw.create(
            body=body,
        ).parsed

    def get(
        self,
        *,
        id_: int,
    ) -> WorkSchedule:
        """Get a work schedule (``GET /api/work-schedule/{id}``).

        ``id_`` (``id``): ID of the work schedule.
        """
        return self._raw.get(
            id_=id_,
        ).parsed

    def update(
        self,
        *,
        id_: int,
        body: WorkScheduleUpdate | WorkScheduleUpdateDict,
    ) -> WorkSchedule:
        """Update a work schedule (``PUT /api/work-schedule/{id}``).

        ``id_`` (``id``): ID of the work schedule.
        """
        return self._raw.update(
            id_=id_,
            body=body,
        ).parsed

    def delete(
        self,
        *,
        id_: int,
    ) -> None:
        """Delete a work schedule (``DELETE /api/work-schedule/{id}``).

        ``id_`` (``id``): ID of the work schedule.
        """
        return self._raw.delete(
            id_=id_,
        ).parsed


class CostCentresResourceWithRawResponse:
    """``client.with_raw_response.cost_centres``: Cost centres, each method returning ``Result[T]``
    (``.parsed``, ``.response``)."""

    def __init__(self, runtime: rt.Runtime) -> None:
        self._runtime = runtime

    def list(
        self,
    ) -> rt.Result[builtins.list[CostCentre]]:
        """List cost centres (``GET /api/cost-centre``), with the raw response."""
        call = rt.prepare(
            _OP_LIST_COST_CENTRES,
            path={},
            query={},
            headers={},
            accept="application/json",
        )
        response = self._runtime.send(call)
        return rt.decode(response, _LIST_COST_CENTRE)

    def create(
        self,
        *,
        body: CostCentreCreate | CostCentreCreateDict,
    ) -> rt.Result[CostCentre]:
        """Create a cost centre (``POST /api/cost-centre``), with the raw response."""
        call = rt.prepare(
            _OP_CREATE_COST_CENTRE,
            path={},
            query={},
            headers={},
            accept="application/json",
            json_body=body,
        )
        response = self._runtime.send(call)
        return rt.decode(response, _COST_CENTRE)

    def get(
        self,
        *,
        id_: int,
    ) -> rt.Result[CostCentre]:
        """Get a cost centre (``GET /api/cost-centre/{id}``), with the raw response."""
        call = rt.prepare(
            _OP_GET_COST_CENTRE,
            path={
                "id": id_,
            },
            query={},
            headers={},
            accept="application/json",
        )
        response = self._runtime.send(call)
        return rt.decode(response, _COST_CENTRE)

    def update(
        self,
        *,
        id_: int,
        body: CostCentreUpdate | CostCentreUpdateDict,
    ) -> rt.Result[CostCentre]:
        """Update a cost centre (``PUT /api/cost-centre/{id}``), with the raw response."""
        call = rt.prepare(
            _OP_UPDATE_COST_CENTRE,
            path={
                "id": id_,
            },
            query={},
            headers={},
            accept="application/json",
            json_body=body,
        )
        response = self._runtime.send(call)
        return rt.decode(response, _COST_CENTRE)

    def delete(
        self,
        *,
        id_: int,
    ) -> rt.Result[None]:
        """Delete a cost centre (``DELETE /api/cost-centre/{id}``), with the raw response."""
        call = rt.prepare(
            _OP_DELETE_COST_CENTRE,
            path={
                "id": id_,
            },
            query={},
            headers={},
        )
        response = self._runtime.send(call)
        return rt.no_content(response)


class CostCentresResource:
    """``client.cost_centres``: Cost centres."""

    def __init__(self, runtime: rt.Runtime) -> None:
        self._raw = CostCentresResourceWithRawResponse(runtime)

    def list(
        self,
    ) -> builtins.list[CostCentre]:
        """List cost centres (``GET /api/cost-centre``)."""
        return self._raw.list().parsed

    def create(
        self,
        *,
        body: CostCentreCreate | CostCentreCreateDict,
    ) -> CostCentre:
        """Create a cost centre (``POST /api/cost-centre``)."""
        return self._raw.create(
            body=body,
        ).parsed

    def get(
        self,
        *,
        id_: int,
    ) -> CostCentre:
        """Get a cost centre (``GET /api/cost-centre/{id}``).

        ``id_`` (``id``): ID of the cost centre.
        """
        return self._raw.get(
            id_=id_,
        ).parsed

    def update(
        self,
        *,
        id_: int,
        body: CostCentreUpdate | CostCentreUpdateDict,
    ) -> CostCentre:
        """Update a cost centre (``PUT /api/cost-centre/{id}``).

        ``id_`` (``id``): ID of the cost centre.
        """
        return self._raw.update(
            id_=id_,
            body=body,
        ).parsed

    def delete(
        self,
        *,
        id_: int,
    ) -> None:
        """Delete a cost centre (``DELETE /api/cost-centre/{id}``).

        ``id_`` (``id``): ID of the cost centre.
        """
        return self._raw.delete(
            id_=id_,
        ).parsed


class DocumentsResourceWithRawResponse:
    """``client.with_raw_response.documents``: Documents, each method returning ``Result[T]``
    (``.parsed``, ``.response``)."""

    def __init__(self, runtime: rt.Runtime) -> None:
        self._runtime = runtime

    def list(
        self,
        *,
        area: str | None = None,
        number: str | None = None,
        folder_id: int | None = None,
    ) -> rt.Result[DocumentList]:
        """List documents (``GET /api/documents``), with the raw response."""
        call = rt.prepare(
            _OP_LIST_DOCUMENTS,
            path={},
            query={
                "area": area,
                "number": number,
                "folder_id": folder_id,
            },
            headers={},
            accept="application/json",
        )
        response = self._runtime.send(call)
        return rt.decode(response, _DOCUMENT_LIST)

    def upload(
        self,
        *,
        body: DocumentUpload | DocumentUploadDict,
    ) -> rt.Result[DocumentUploadResult]:
        """Upload a document (``POST /api/documents``), with the raw response."""
        call = rt.prepare(
            _OP_UPLOAD_DOCUMENT,
            path={},
            query={},
            headers={},
            accept="application/json",
            multipart_body=body,
        )
        response = self._runtime.send(call)
        return rt.decode(response, _DOCUMENT_UPLOAD_RESULT)

    def get_structure(
        self,
        *,
        area: str | None = None,
    ) -> rt.Result[FolderStructure]:
        """Get the document folder tree (``GET /api/documents/structure``), with the raw response."""
        call = rt.prepare(
            _OP_GET_DOCUMENT_STRUCTURE,
            path={},
            query={
                "area": area,
            },
            headers={},
            accept="application/json",
        )
        response = self._runtime.send(call)
        return rt.decode(response, _FOLDER_STRUCTURE)

    def delete(
        self,
        *,
        id_: int,
    ) -> rt.Result[DocumentDeleted]:
        """Delete a document (``DELETE /api/documents/{id}``), with the raw response."""
        call = rt.prepare(
            _OP_DELETE_DOCUMENT,
            path={
                "id": id_,
            },
            query={},
            headers={},
            accept="application/json",
        )
        response = self._runtime.send(call)
        return rt.decode(response, _DOCUMENT_DELETED)


class DocumentsResource:
    """``client.documents``: Documents."""

    def __init__(self, runtime: rt.Runtime) -> None:
        self._raw = DocumentsResourceWithRawResponse(runtime)

    def list(
        self,
        *,
        area: str | None = None,
        number: str | None = None,
        folder_id: int | None = None,
    ) -> DocumentList:
        """List documents (``GET /api/documents``).

        ``area`` (``area``): Only documents of this `area`, e.g. `order` (line 410).

        ``number`` (``number``): Only documents with this `number`, e.g. `4711` (line 410).

        ``folder_id`` (``folder_id``): Only documents in this folder.
        """
        return self._raw.list(
            area=area,
            number=number,
            folder_id=folder_id,
        ).parsed

    def upload(
        self,
        *,
        body: DocumentUpload | DocumentUploadDict,
    ) -> DocumentUploadResult:
        """Upload a document (``POST /api/documents``)."""
        return self._raw.upload(
            body=body,
        ).parsed

    def get_structure(
        self,
        *,
        area: str | None = None,
    ) -> FolderStructure:
        """Get the document folder tree (``GET /api/documents/structure``).

        ``area`` (``area``): Only the folders of this area, e.g. `order`.
        """
        return self._raw.get_structure(
            area=area,
        ).parsed

    def delete(
        self,
        *,
        id_: int,
    ) -> DocumentDeleted:
        """Delete a document (``DELETE /api/documents/{id}``).

        ``id_`` (``id``): ID of the document.
        """
        return self._raw.delete(
            id_=id_,
        ).parsed


class AuthenticationResourceWithRawResponse:
    """``client.with_raw_response.authentication``: Authentication, each method returning ``Result[T]``
    (``.parsed``, ``.response``)."""

    def __init__(self, runtime: rt.Runtime) -> None:
        self._runtime = runtime

    def test(
        self,
    ) -> rt.Result[AuthTestResult]:
        """Test authentication (``GET /api/test``), with the raw response."""
        call = rt.prepare(
            _OP_TEST_AUTHENTICATION,
            path={},
            query={},
            headers={},
            accept="application/json",
        )
        response = self._runtime.send(call)
        return rt.decode(response, _AUTH_TEST_RESULT)


class AuthenticationResource:
    """``client.authentication``: Authentication."""

    def __init__(self, runtime: rt.Runtime) -> None:
        self._raw = AuthenticationResourceWithRawResponse(runtime)

    def test(
        self,
    ) -> AuthTestResult:
        """Test authentication (``GET /api/test``)."""
        return self._raw.test().parsed


class ApiDocumentationResourceWithRawResponse:
    """``client.with_raw_response.api_documentation``: Api documentation, each method returning ``Result[T]``
    (``.parsed``, ``.response``)."""

    def __init__(self, runtime: rt.Runtime) -> None:
        self._runtime = runtime

    def get(
        self,
    ) -> rt.Result[ApiDocumentation]:
        """Get the API documentation as JSON schema (``GET /api/doc``), with the raw response."""
        call = rt.prepare(
            _OP_GET_API_DOCUMENTATION,
            path={},
            query={},
            headers={},
            accept="application/json",
        )
        response = self._runtime.send(call)
        return rt.decode(response, _API_DOCUMENTATION)

    def get_order_schema(
        self,
    ) -> rt.Result[OrderConfirmationDocumentation]:
        """Get the order confirmation documentation as JSON schema (``GET /api/doc/order``), with the raw response."""
        call = rt.prepare(
            _OP_GET_ORDER_DOCUMENTATION,
            path={},
            query={},
            headers={},
            accept="application/json",
        )
        response = self._runtime.send(call)
        return rt.decode(response, _ORDER_CONFIRMATION_DOCUMENTATION)


class ApiDocumentationResource:
    """``client.api_documentation``: Api documentation."""

    def __init__(self, runtime: rt.Runtime) -> None:
        self._raw = ApiDocumentationResourceWithRawResponse(runtime)

    def get(
        self,
    ) -> ApiDocumentation:
        """Get the API documentation as JSON schema (``GET /api/doc``)."""
        return self._raw.get().parsed

    def get_order_schema(
        self,
    ) -> OrderConfirmationDocumentation:
        """Get the order confirmation documentation as JSON schema (``GET /api/doc/order``)."""
        return self._raw.get_order_schema().parsed


class ClientWithRawResponse:
    """``client.with_raw_response``: the namespaces of ``Client``, each method returning ``Result[T]``."""

    def __init__(self, runtime: rt.Runtime) -> None:
        self._runtime = runtime

    @property
    def orders(self) -> OrdersResourceWithRawResponse:
        return OrdersResourceWithRawResponse(self._runtime)

    @property
    def offers(self) -> OffersResourceWithRawResponse:
        return OffersResourceWithRawResponse(self._runtime)

    @property
    def work_schedules(self) -> WorkSchedulesResourceWithRawResponse:
        return WorkSchedulesResourceWithRawResponse(self._runtime)

    @property
    def cost_centres(self) -> CostCentresResourceWithRawResponse:
        return CostCentresResourceWithRawResponse(self._runtime)

    @property
    def documents(self) -> DocumentsResourceWithRawResponse:
        return DocumentsResourceWithRawResponse(self._runtime)

    @property
    def authentication(self) -> AuthenticationResourceWithRawResponse:
        return AuthenticationResourceWithRawResponse(self._runtime)

    @property
    def api_documentation(self) -> ApiDocumentationResourceWithRawResponse:
        return ApiDocumentationResourceWithRawResponse(self._runtime)


class Client:
    """Synchronous client of the PlanningNow API (httpx).

    The operations are grouped by resource: ``orders``, ``offers``, ``work_schedules``, ``cost_centres``, ``documents``, ``authentication``, ``api_documentation``    (``client.orders.list(…)``). ``with_raw_response``
    has the same namespaces returning ``Result[T]``; ``with_options(…)`` a copy with another timeout,
    retries or headers, sharing the connection pool.

    Use it as a context manager (``with``), or call ``close()`` when done.
    """

    def __init__(
        self,
        *,
        api_token: str | None = None,
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

        - ``api_token``: apiToken (sent as the header `X-AUTH-TOKEN`). The user's personal API token, sent in the `X-AUTH-TOKEN` header with every request.

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
                "api_token": api_token,
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
    def orders(self) -> OrdersResource:
        """Orders: ``list``, ``create``, ``get``, ``update``, ``delete``."""
        return OrdersResource(self._runtime)

    @property
    def offers(self) -> OffersResource:
        """Offers: ``list``, ``create``, ``get``, ``update``, ``delete``."""
        return OffersResource(self._runtime)

    @property
    def work_schedules(self) -> WorkSchedulesResource:
        """Work schedules: ``list``, ``create``, ``get``, ``update``, ``delete``."""
        return WorkSchedulesResource(self._runtime)

    @property
    def cost_centres(self) -> CostCentresResource:
        """Cost centres: ``list``, ``create``, ``get``, ``update``, ``delete``."""
        return CostCentresResource(self._runtime)

    @property
    def documents(self) -> DocumentsResource:
        """Documents: ``list``, ``upload``, ``get_structure``, ``delete``."""
        return DocumentsResource(self._runtime)

    @property
    def authentication(self) -> AuthenticationResource:
        """Authentication: ``test``."""
        return AuthenticationResource(self._runtime)

    @property
    def api_documentation(self) -> ApiDocumentationResource:
        """Api documentation: ``get``, ``get_order_schema``."""
        return ApiDocumentationResource(self._runtime)

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
        ``client.with_options(timeout=5, max_retries=0).orders.list(…)``.

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


class AsyncOrdersResourceWithRawResponse:
    """``client.with_raw_response.orders``: Orders, each method returning ``Result[T]``
    (``.parsed``, ``.response``)."""

    def __init__(self, runtime: rt.AsyncRuntime) -> None:
        self._runtime = runtime

    async def list(
        self,
    ) -> rt.Result[builtins.list[Order]]:
        """List orders (``GET /api/order``), with the raw response."""
        call = rt.prepare(
            _OP_LIST_ORDERS,
            path={},
            query={},
            headers={},
            accept="application/json",
        )
        response = await self._runtime.send(call)
        return rt.decode(response, _LIST_ORDER)

    async def create(
        self,
        *,
        body: OrderCreate | OrderCreateDict,
    ) -> rt.Result[Order]:
        """Create an order (``POST /api/order``), with the raw response."""
        call = rt.prepare(
            _OP_CREATE_ORDER,
            path={},
            query={},
            headers={},
            accept="application/json",
            json_body=body,
        )
        response = await self._runtime.send(call)
        return rt.decode(response, _ORDER)

    async def get(
        self,
        *,
        id_: int,
    ) -> rt.Result[Order]:
        """Get an order (``GET /api/order/{id}``), with the raw response."""
        call = rt.prepare(
            _OP_GET_ORDER,
            path={
                "id": id_,
            },
            query={},
            headers={},
            accept="application/json",
        )
        response = await self._runtime.send(call)
        return rt.decode(response, _ORDER)

    async def update(
        self,
        *,
        id_: int,
        body: OrderUpdate | OrderUpdateDict,
    ) -> rt.Result[Order]:
        """Update an order (``PUT /api/order/{id}``), with the raw response."""
        call = rt.prepare(
            _OP_UPDATE_ORDER,
            path={
                "id": id_,
            },
            query={},
            headers={},
            accept="application/json",
            json_body=body,
        )
        response = await self._runtime.send(call)
        return rt.decode(response, _ORDER)

    async def delete(
        self,
        *,
        id_: int,
    ) -> rt.Result[None]:
        """Delete an order (``DELETE /api/order/{id}``), with the raw response."""
        call = rt.prepare(
            _OP_DELETE_ORDER,
            path={
                "id": id_,
            },
            query={},
            headers={},
        )
        response = await self._runtime.send(call)
        return rt.no_content(response)


class AsyncOrdersResource:
    """``client.orders``: Orders."""

    def __init__(self, runtime: rt.AsyncRuntime) -> None:
        self._raw = AsyncOrdersResourceWithRawResponse(runtime)

    async def list(
        self,
    ) -> builtins.list[Order]:
        """List orders (``GET /api/order``)."""
        return (await self._raw.list()).parsed

    async def create(
        self,
        *,
        body: OrderCreate | OrderCreateDict,
    ) -> Order:
        """Create an order (``POST /api/order``)."""
        return (
            await self._raw.create(
                body=body,
            )
        ).parsed

    async def get(
        self,
        *,
        id_: int,
    ) -> Order:
        """Get an order (``GET /api/order/{id}``).

        ``id_`` (``id``): ID of the order.
        """
        return (
            await self._raw.get(
                id_=id_,
            )
        ).parsed

    async def update(
        self,
        *,
        id_: int,
        body: OrderUpdate | OrderUpdateDict,
    ) -> Order:
        """Update an order (``PUT /api/order/{id}``).

        ``id_`` (``id``): ID of the order.
        """
        return (
            await self._raw.update(
                id_=id_,
                body=body,
            )
        ).parsed

    async def delete(
        self,
        *,
        id_: int,
    ) -> None:
        """Delete an order (``DELETE /api/order/{id}``).

        ``id_`` (``id``): ID of the order.
        """
        return (
            await self._raw.delete(
                id_=id_,
            )
        ).parsed


class AsyncOffersResourceWithRawResponse:
    """``client.with_raw_response.offers``: Offers, each method returning ``Result[T]``
    (``.parsed``, ``.response``)."""

    def __init__(self, runtime: rt.AsyncRuntime) -> None:
        self._runtime = runtime

    async def list(
        self,
    ) -> rt.Result[builtins.list[Offer]]:
        """List offers (``GET /api/offer``), with the raw response."""
        call = rt.prepare(
            _OP_LIST_OFFERS,
            path={},
            query={},
            headers={},
            accept="application/json",
        )
        response = await self._runtime.send(call)
        return rt.decode(response, _LIST_OFFER)

    async def create(
        self,
        *,
        body: OfferCreate | OfferCreateDict,
    ) -> rt.Result[Offer]:
        """Create an offer (``POST /api/offer``), with the raw response."""
        call = rt.prepare(
            _OP_CREATE_OFFER,
            path={},
            query={},
            headers={},
            accept="application/json",
            json_body=body,
        )
        response = await self._runtime.send(call)
        return rt.decode(response, _OFFER)

    async def get(
        self,
        *,
        id_: int,
    ) -> rt.Result[Offer]:
        """Get an offer (``GET /api/offer/{id}``), with the raw response."""
        call = rt.prepare(
            _OP_GET_OFFER,
            path={
                "id": id_,
            },
            query={},
            headers={},
            accept="application/json",
        )
        response = await self._runtime.send(call)
        return rt.decode(response, _OFFER)

    async def update(
        self,
        *,
        id_: int,
        body: OfferUpdate | OfferUpdateDict,
    ) -> rt.Result[Offer]:
        """Update an offer (``PUT /api/offer/{id}``), with the raw response."""
        call = rt.prepare(
            _OP_UPDATE_OFFER,
            path={
                "id": id_,
            },
            query={},
            headers={},
            accept="application/json",
            json_body=body,
        )
        response = await self._runtime.send(call)
        return rt.decode(response, _OFFER)

    async def delete(
        self,
        *,
        id_: int,
    ) -> rt.Result[None]:
        """Delete an offer (``DELETE /api/offer/{id}``), with the raw response."""
        call = rt.prepare(
            _OP_DELETE_OFFER,
            path={
                "id": id_,
            },
            query={},
            headers={},
        )
        response = await self._runtime.send(call)
        return rt.no_content(response)


class AsyncOffersResource:
    """``client.offers``: Offers."""

    def __init__(self, runtime: rt.AsyncRuntime) -> None:
        self._raw = AsyncOffersResourceWithRawResponse(runtime)

    async def list(
        self,
    ) -> builtins.list[Offer]:
        """List offers (``GET /api/offer``)."""
        return (await self._raw.list()).parsed

    async def create(
        self,
        *,
        body: OfferCreate | OfferCreateDict,
    ) -> Offer:
        """Create an offer (``POST /api/offer``)."""
        return (
            await self._raw.create(
                body=body,
            )
        ).parsed

    async def get(
        self,
        *,
        id_: int,
    ) -> Offer:
        """Get an offer (``GET /api/offer/{id}``).

        ``id_`` (``id``): ID of the offer.
        """
        return (
            await self._raw.get(
                id_=id_,
            )
        ).parsed

    async def update(
        self,
        *,
        id_: int,
        body: OfferUpdate | OfferUpdateDict,
    ) -> Offer:
        """Update an offer (``PUT /api/offer/{id}``).

        ``id_`` (``id``): ID of the offer.
        """
        return (
            await self._raw.update(
                id_=id_,
                body=body,
            )
        ).parsed

    async def delete(
        self,
        *,
        id_: int,
    ) -> None:
        """Delete an offer (``DELETE /api/offer/{id}``).

        ``id_`` (``id``): ID of the offer.
        """
        return (
            await self._raw.delete(
                id_=id_,
            )
        ).parsed


class AsyncWorkSchedulesResourceWithRawResponse:
    """``client.with_raw_response.work_schedules``: Work schedules, each method returning ``Result[T]``
    (``.parsed``, ``.response``)."""

    def __init__(self, runtime: rt.AsyncRuntime) -> None:
        self._runtime = runtime

    async def list(
        self,
    ) -> rt.Result[builtins.list[WorkSchedule]]:
        """List work schedules (``GET /api/work-schedule``), with the raw response."""
        call = rt.prepare(
            _OP_LIST_WORK_SCHEDULES,
            path={},
            query={},
            headers={},
            accept="application/json",
        )
        response = await self._runtime.send(call)
        return rt.decode(response, _LIST_WORK_SCHEDULE)

    async def create(
        self,
        *,
        body: WorkScheduleCreate | WorkScheduleCreateDict,
    ) -> rt.Result[WorkSchedule]:
        """Create a work schedule (``POST /api/work-schedule``), with the raw response."""
        call = rt.prepare(
            _OP_CREATE_WORK_SCHEDULE,
            path={},
            query={},
            headers={},
            accept="application/json",
            json_body=body,
        )
        response = await self._runtime.send(call)
        return rt.decode(response, _WORK_SCHEDULE)

    async def get(
        self,
        *,
        id_: int,
    ) -> rt.Result[WorkSchedule]:
        """Get a work schedule (``GET /api/work-schedule/{id}``), with the raw response."""
        call = rt.prepare(
            _OP_GET_WORK_SCHEDULE,
            path={
                "id": id_,
            },
            query={},
            headers={},
            accept="application/json",
        )
        response = await self._runtime.send(call)
        return rt.decode(response, _WORK_SCHEDULE)

    async def update(
        self,
        *,
        id_: int,
        body: WorkScheduleUpdate | WorkScheduleUpdateDict,
    ) -> rt.Result[WorkSchedule]:
        """Update a work schedule (``PUT /api/work-schedule/{id}``), with the raw response."""
        call = rt.prepare(
            _OP_UPDATE_WORK_SCHEDULE,
            path={
                "id": id_,
            },
            query={},
            headers={},
            accept="application/json",
            json_body=body,
        )
        response = await self._runtime.send(call)
        return rt.decode(response, _WORK_SCHEDULE)

    async def delete(
        self,
        *,
        id_: int,
    ) -> rt.Result[None]:
        """Delete a work schedule (``DELETE /api/work-schedule/{id}``), with the raw response."""
        call = rt.prepare(
            _OP_DELETE_WORK_SCHEDULE,
            path={
                "id": id_,
            },
            query={},
            headers={},
        )
        response = await self._runtime.send(call)
        return rt.no_content(response)


class AsyncWorkSchedulesResource:
    """``client.work_schedules``: Work schedules."""

    def __init__(self, runtime: rt.AsyncRuntime) -> None:
        self._raw = AsyncWorkSchedulesResourceWithRawResponse(runtime)

    async def list(
        self,
    ) -> builtins.list[WorkSchedule]:
        """List work schedules (``GET /api/work-schedule``)."""
        return (await self._raw.list()).parsed

    async def create(
        self,
        *,
        body: WorkScheduleCreate | WorkScheduleCreateDict,
    ) -> WorkSchedule:
        """Create a work schedule (``POST /api/work-schedule``)."""
        return (
            await self._raw.create(
                body=body,
            )
        ).parsed

    async def get(
        self,
        *,
        id_: int,
    ) -> WorkSchedule:
        """Get a work schedule (``GET /api/work-schedule/{id}``).

        ``id_`` (``id``): ID of the work schedule.
        """
        return (
            await self._raw.get(
                id_=id_,
            )
        ).parsed

    async def update(
        self,
        *,
        id_: int,
        body: WorkScheduleUpdate | WorkScheduleUpdateDict,
    ) -> WorkSchedule:
        """Update a work schedule (``PUT /api/work-schedule/{id}``).

        ``id_`` (``id``): ID of the work schedule.
        """
        return (
            await self._raw.update(
                id_=id_,
                body=body,
            )
        ).parsed

    async def delete(
        self,
        *,
        id_: int,
    ) -> None:
        """Delete a work schedule (``DELETE /api/work-schedule/{id}``).

        ``id_`` (``id``): ID of the work schedule.
        """
        return (
            await self._raw.delete(
                id_=id_,
            )
        ).parsed


class AsyncCostCentresResourceWithRawResponse:
    """``client.with_raw_response.cost_centres``: Cost centres, each method returning ``Result[T]``
    (``.parsed``, ``.response``)."""

    def __init__(self, runtime: rt.AsyncRuntime) -> None:
        self._runtime = runtime

    async def list(
        self,
    ) -> rt.Result[builtins.list[CostCentre]]:
        """List cost centres (``GET /api/cost-centre``), with the raw response."""
        call = rt.prepare(
            _OP_LIST_COST_CENTRES,
            path={},
            query={},
            headers={},
            accept="application/json",
        )
        response = await self._runtime.send(call)
        return rt.decode(response, _LIST_COST_CENTRE)

    async def create(
        self,
        *,
        body: CostCentreCreate | CostCentreCreateDict,
    ) -> rt.Result[CostCentre]:
        """Create a cost centre (``POST /api/cost-centre``), with the raw response."""
        call = rt.prepare(
            _OP_CREATE_COST_CENTRE,
            path={},
            query={},
            headers={},
            accept="application/json",
            json_body=body,
        )
        response = await self._runtime.send(call)
        return rt.decode(response, _COST_CENTRE)

    async def get(
        self,
        *,
        id_: int,
    ) -> rt.Result[CostCentre]:
        """Get a cost centre (``GET /api/cost-centre/{id}``), with the raw response."""
        call = rt.prepare(
            _OP_GET_COST_CENTRE,
            path={
                "id": id_,
            },
            query={},
            headers={},
            accept="application/json",
        )
        response = await self._runtime.send(call)
        return rt.decode(response, _COST_CENTRE)

    async def update(
        self,
        *,
        id_: int,
        body: CostCentreUpdate | CostCentreUpdateDict,
    ) -> rt.Result[CostCentre]:
        """Update a cost centre (``PUT /api/cost-centre/{id}``), with the raw response."""
        call = rt.prepare(
            _OP_UPDATE_COST_CENTRE,
            path={
                "id": id_,
            },
            query={},
            headers={},
            accept="application/json",
            json_body=body,
        )
        response = await self._runtime.send(call)
        return rt.decode(response, _COST_CENTRE)

    async def delete(
        self,
        *,
        id_: int,
    ) -> rt.Result[None]:
        """Delete a cost centre (``DELETE /api/cost-centre/{id}``), with the raw response."""
        call = rt.prepare(
            _OP_DELETE_COST_CENTRE,
            path={
                "id": id_,
            },
            query={},
            headers={},
        )
        response = await self._runtime.send(call)
        return rt.no_content(response)


class AsyncCostCentresResource:
    """``client.cost_centres``: Cost centres."""

    def __init__(self, runtime: rt.AsyncRuntime) -> None:
        self._raw = AsyncCostCentresResourceWithRawResponse(runtime)

    async def list(
        self,
    ) -> builtins.list[CostCentre]:
        """List cost centres (``GET /api/cost-centre``)."""
        return (await self._raw.list()).parsed

    async def create(
        self,
        *,
        body: CostCentreCreate | CostCentreCreateDict,
    ) -> CostCentre:
        """Create a cost centre (``POST /api/cost-centre``)."""
        return (
            await self._raw.create(
                body=body,
            )
        ).parsed

    async def get(
        self,
        *,
        id_: int,
    ) -> CostCentre:
        """Get a cost centre (``GET /api/cost-centre/{id}``).

        ``id_`` (``id``): ID of the cost centre.
        """
        return (
            await self._raw.get(
                id_=id_,
            )
        ).parsed

    async def update(
        self,
        *,
        id_: int,
        body: CostCentreUpdate | CostCentreUpdateDict,
    ) -> CostCentre:
        """Update a cost centre (``PUT /api/cost-centre/{id}``).

        ``id_`` (``id``): ID of the cost centre.
        """
        return (
            await self._raw.update(
                id_=id_,
                body=body,
            )
        ).parsed

    async def delete(
        self,
        *,
        id_: int,
    ) -> None:
        """Delete a cost centre (``DELETE /api/cost-centre/{id}``).

        ``id_`` (``id``): ID of the cost centre.
        """
        return (
            await self._raw.delete(
                id_=id_,
            )
        ).parsed


class AsyncDocumentsResourceWithRawResponse:
    """``client.with_raw_response.documents``: Documents, each method returning ``Result[T]``
    (``.parsed``, ``.response``)."""

    def __init__(self, runtime: rt.AsyncRuntime) -> None:
        self._runtime = runtime

    async def list(
        self,
        *,
        area: str | None = None,
        number: str | None = None,
        folder_id: int | None = None,
    ) -> rt.Result[DocumentList]:
        """List documents (``GET /api/documents``), with the raw response."""
        call = rt.prepare(
            _OP_LIST_DOCUMENTS,
            path={},
            query={
                "area": area,
                "number": number,
                "folder_id": folder_id,
            },
            headers={},
            accept="application/json",
        )
        response = await self._runtime.send(call)
        return rt.decode(response, _DOCUMENT_LIST)

    async def upload(
        self,
        *,
        body: DocumentUpload | DocumentUploadDict,
    ) -> rt.Result[DocumentUploadResult]:
        """Upload a document (``POST /api/documents``), with the raw response."""
        call = rt.prepare(
            _OP_UPLOAD_DOCUMENT,
            path={},
            query={},
            headers={},
            accept="application/json",
            multipart_body=body,
        )
        response = await self._runtime.send(call)
        return rt.decode(response, _DOCUMENT_UPLOAD_RESULT)

    async def get_structure(
        self,
        *,
        area: str | None = None,
    ) -> rt.Result[FolderStructure]:
        """Get the document folder tree (``GET /api/documents/structure``), with the raw response."""
        call = rt.prepare(
            _OP_GET_DOCUMENT_STRUCTURE,
            path={},
            query={
                "area": area,
            },
            headers={},
            accept="application/json",
        )
        response = await self._runtime.send(call)
        return rt.decode(response, _FOLDER_STRUCTURE)

    async def delete(
        self,
        *,
        id_: int,
    ) -> rt.Result[DocumentDeleted]:
        """Delete a document (``DELETE /api/documents/{id}``), with the raw response."""
        call = rt.prepare(
            _OP_DELETE_DOCUMENT,
            path={
                "id": id_,
            },
            query={},
            headers={},
            accept="application/json",
        )
        response = await self._runtime.send(call)
        return rt.decode(response, _DOCUMENT_DELETED)


class AsyncDocumentsResource:
    """``client.documents``: Documents."""

    def __init__(self, runtime: rt.AsyncRuntime) -> None:
        self._raw = AsyncDocumentsResourceWithRawResponse(runtime)

    async def list(
        self,
        *,
        area: str | None = None,
        number: str | None = None,
        folder_id: int | None = None,
    ) -> DocumentList:
        """List documents (``GET /api/documents``).

        ``area`` (``area``): Only documents of this `area`, e.g. `order` (line 410).

        ``number`` (``number``): Only documents with this `number`, e.g. `4711` (line 410).

        ``folder_id`` (``folder_id``): Only documents in this folder.
        """
        return (
            await self._raw.list(
                area=area,
                number=number,
                folder_id=folder_id,
            )
        ).parsed

    async def upload(
        self,
        *,
        body: DocumentUpload | DocumentUploadDict,
    ) -> DocumentUploadResult:
        """Upload a document (``POST /api/documents``)."""
        return (
            await self._raw.upload(
                body=body,
            )
        ).parsed

    async def get_structure(
        self,
        *,
        area: str | None = None,
    ) -> FolderStructure:
        """Get the document folder tree (``GET /api/documents/structure``).

        ``area`` (``area``): Only the folders of this area, e.g. `order`.
        """
        return (
            await self._raw.get_structure(
                area=area,
            )
        ).parsed

    async def delete(
        self,
        *,
        id_: int,
    ) -> DocumentDeleted:
        """Delete a document (``DELETE /api/documents/{id}``).

        ``id_`` (``id``): ID of the document.
        """
        return (
            await self._raw.delete(
                id_=id_,
            )
        ).parsed


class AsyncAuthenticationResourceWithRawResponse:
    """``client.with_raw_response.authentication``: Authentication, each method returning ``Result[T]``
    (``.parsed``, ``.response``)."""

    def __init__(self, runtime: rt.AsyncRuntime) -> None:
        self._runtime = runtime

    async def test(
        self,
    ) -> rt.Result[AuthTestResult]:
        """Test authentication (``GET /api/test``), with the raw response."""
        call = rt.prepare(
            _OP_TEST_AUTHENTICATION,
            path={},
            query={},
            headers={},
            accept="application/json",
        )
        response = await self._runtime.send(call)
        return rt.decode(response, _AUTH_TEST_RESULT)


class AsyncAuthenticationResource:
    """``client.authentication``: Authentication."""

    def __init__(self, runtime: rt.AsyncRuntime) -> None:
        self._raw = AsyncAuthenticationResourceWithRawResponse(runtime)

    async def test(
        self,
    ) -> AuthTestResult:
        """Test authentication (``GET /api/test``)."""
        return (await self._raw.test()).parsed


class AsyncApiDocumentationResourceWithRawResponse:
    """``client.with_raw_response.api_documentation``: Api documentation, each method returning ``Result[T]``
    (``.parsed``, ``.response``)."""

    def __init__(self, runtime: rt.AsyncRuntime) -> None:
        self._runtime = runtime

    async def get(
        self,
    ) -> rt.Result[ApiDocumentation]:
        """Get the API documentation as JSON schema (``GET /api/doc``), with the raw response."""
        call = rt.prepare(
            _OP_GET_API_DOCUMENTATION,
            path={},
            query={},
            headers={},
            accept="application/json",
        )
        response = await self._runtime.send(call)
        return rt.decode(response, _API_DOCUMENTATION)

    async def get_order_schema(
        self,
    ) -> rt.Result[OrderConfirmationDocumentation]:
        """Get the order confirmation documentation as JSON schema (``GET /api/doc/order``), with the raw response."""
        call = rt.prepare(
            _OP_GET_ORDER_DOCUMENTATION,
            path={},
            query={},
            headers={},
            accept="application/json",
        )
        response = await self._runtime.send(call)
        return rt.decode(response, _ORDER_CONFIRMATION_DOCUMENTATION)


class AsyncApiDocumentationResource:
    """``client.api_documentation``: Api documentation."""

    def __init__(self, runtime: rt.AsyncRuntime) -> None:
        self._raw = AsyncApiDocumentationResourceWithRawResponse(runtime)

    async def get(
        self,
    ) -> ApiDocumentation:
        """Get the API documentation as JSON schema (``GET /api/doc``)."""
        return (await self._raw.get()).parsed

    async def get_order_schema(
        self,
    ) -> OrderConfirmationDocumentation:
        """Get the order confirmation documentation as JSON schema (``GET /api/doc/order``)."""
        return (await self._raw.get_order_schema()).parsed


class AsyncClientWithRawResponse:
    """``client.with_raw_response``: the namespaces of ``AsyncClient``, each method returning ``Result[T]``."""

    def __init__(self, runtime: rt.AsyncRuntime) -> None:
        self._runtime = runtime

    @property
    def orders(self) -> AsyncOrdersResourceWithRawResponse:
        return AsyncOrdersResourceWithRawResponse(self._runtime)

    @property
    def offers(self) -> AsyncOffersResourceWithRawResponse:
        return AsyncOffersResourceWithRawResponse(self._runtime)

    @property
    def work_schedules(self) -> AsyncWorkSchedulesResourceWithRawResponse:
        return AsyncWorkSchedulesResourceWithRawResponse(self._runtime)

    @property
    def cost_centres(self) -> AsyncCostCentresResourceWithRawResponse:
        return AsyncCostCentresResourceWithRawResponse(self._runtime)

    @property
    def documents(self) -> AsyncDocumentsResourceWithRawResponse:
        return AsyncDocumentsResourceWithRawResponse(self._runtime)

    @property
    def authentication(self) -> AsyncAuthenticationResourceWithRawResponse:
        return AsyncAuthenticationResourceWithRawResponse(self._runtime)

    @property
    def api_documentation(self) -> AsyncApiDocumentationResourceWithRawResponse:
        return AsyncApiDocumentationResourceWithRawResponse(self._runtime)


class AsyncClient:
    """Asynchronous client of the PlanningNow API (httpx).

    The operations are grouped by resource: ``orders``, ``offers``, ``work_schedules``, ``cost_centres``, ``documents``, ``authentication``, ``api_documentation``    (``client.orders.list(…)``). ``with_raw_response``
    has the same namespaces returning ``Result[T]``; ``with_options(…)`` a copy with another timeout,
    retries or headers, sharing the connection pool.

    Use it as an async context manager (``async with``), or call ``await client.aclose()`` when done (``close`` is
    an alias).
    """

    def __init__(
        self,
        *,
        api_token: str | None = None,
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

        - ``api_token``: apiToken (sent as the header `X-AUTH-TOKEN`). The user's personal API token, sent in the `X-AUTH-TOKEN` header with every request.

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
                "api_token": api_token,
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
    def orders(self) -> AsyncOrdersResource:
        """Orders: ``list``, ``create``, ``get``, ``update``, ``delete``."""
        return AsyncOrdersResource(self._runtime)

    @property
    def offers(self) -> AsyncOffersResource:
        """Offers: ``list``, ``create``, ``get``, ``update``, ``delete``."""
        return AsyncOffersResource(self._runtime)

    @property
    def work_schedules(self) -> AsyncWorkSchedulesResource:
        """Work schedules: ``list``, ``create``, ``get``, ``update``, ``delete``."""
        return AsyncWorkSchedulesResource(self._runtime)

    @property
    def cost_centres(self) -> AsyncCostCentresResource:
        """Cost centres: ``list``, ``create``, ``get``, ``update``, ``delete``."""
        return AsyncCostCentresResource(self._runtime)

    @property
    def documents(self) -> AsyncDocumentsResource:
        """Documents: ``list``, ``upload``, ``get_structure``, ``delete``."""
        return AsyncDocumentsResource(self._runtime)

    @property
    def authentication(self) -> AsyncAuthenticationResource:
        """Authentication: ``test``."""
        return AsyncAuthenticationResource(self._runtime)

    @property
    def api_documentation(self) -> AsyncApiDocumentationResource:
        """Api documentation: ``get``, ``get_order_schema``."""
        return AsyncApiDocumentationResource(self._runtime)

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
        ``client.with_options(timeout=5, max_retries=0).orders.list(…)``.

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
