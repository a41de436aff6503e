"""PlanningNow API: ``Client`` and ``AsyncClient``, one method per operation of the spec.

Each operation has a method returning the typed result, a ``*_raw`` twin returning
``Result[T]`` (``.parsed``, ``.response``), and, where the API pages, an ``iter_*``
method yielding the items of every page.
"""

from __future__ import annotations

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

__all__ = ["AsyncClient", "Client"]

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


class Client:
    """Synchronous client of the PlanningNow API (httpx).

    Use it as a context manager, or call ``close()`` when done.
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

        - ``api_token``: apiToken (sent as the header `X-AUTH-TOKEN`). The user's personal API token, sent in the `X-AUTH-TOKEN` header with every request

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

    def list_orders_raw(
        self,
    ) -> rt.Result[list[Order]]:
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

    def list_orders(
        self,
    ) -> list[Order]:
        """List orders (``GET /api/order``)."""
        return self.list_orders_raw().parsed

    def create_order_raw(
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

    def create_order(
        self,
        *,
        body: OrderCreate | OrderCreateDict,
    ) -> Order:
        """Create an order (``POST /api/order``)."""
        return self.create_order_raw(
            body=body,
        ).parsed

    def get_order_raw(
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

    def get_order(
        self,
        *,
        id_: int,
    ) -> Order:
        """Get an order (``GET /api/order/{id}``).

        ``id_`` (``id``): ID of the order.
        """
        return self.get_order_raw(
            id_=id_,
        ).parsed

    def update_order_raw(
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

    def update_order(
        self,
        *,
        id_: int,
        body: OrderUpdate | OrderUpdateDict,
    ) -> Order:
        """Update an order (``PUT /api/order/{id}``).

        ``id_`` (``id``): ID of the order.
        """
        return self.update_order_raw(
            id_=id_,
            body=body,
        ).parsed

    def delete_order_raw(
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

    def delete_order(
        self,
        *,
        id_: int,
    ) -> None:
        """Delete an order (``DELETE /api/order/{id}``).

        ``id_`` (``id``): ID of the order.
        """
        return self.delete_order_raw(
            id_=id_,
        ).parsed

    def list_offers_raw(
        self,
    ) -> rt.Result[list[Offer]]:
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

    def list_offers(
        self,
    ) -> list[Offer]:
        """List offers (``GET /api/offer``)."""
        return self.list_offers_raw().parsed

    def create_offer_raw(
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

    def create_offer(
        self,
        *,
        body: OfferCreate | OfferCreateDict,
    ) -> Offer:
        """Create an offer (``POST /api/offer``)."""
        return self.create_offer_raw(
            body=body,
        ).parsed

    def get_offer_raw(
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

    def get_offer(
        self,
        *,
        id_: int,
    ) -> Offer:
        """Get an offer (``GET /api/offer/{id}``).

        ``id_`` (``id``): ID of the offer.
        """
        return self.get_offer_raw(
            id_=id_,
        ).parsed

    def update_offer_raw(
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

    def update_offer(
        self,
        *,
        id_: int,
        body: OfferUpdate | OfferUpdateDict,
    ) -> Offer:
        """Update an offer (``PUT /api/offer/{id}``).

        ``id_`` (``id``): ID of the offer.
        """
        return self.update_offer_raw(
            id_=id_,
            body=body,
        ).parsed

    def delete_offer_raw(
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

    def delete_offer(
        self,
        *,
        id_: int,
    ) -> None:
        """Delete an offer (``DELETE /api/offer/{id}``).

        ``id_`` (``id``): ID of the offer.
        """
        return self.delete_offer_raw(
            id_=id_,
        ).parsed

    def list_work_schedules_raw(
        self,
    ) -> rt.Result[list[WorkSchedule]]:
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

    def list_work_schedules(
        self,
    ) -> list[WorkSchedule]:
        """List work schedules (``GET /api/work-schedule``)."""
        return self.list_work_schedules_raw().parsed

    def create_work_schedule_raw(
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

    def create_work_schedule(
        self,
        *,
        body: WorkScheduleCreate | WorkScheduleCreateDict,
    ) -> WorkSchedule:
        """Create a work schedule (``POST /api/work-schedule``)."""
        return self.create_work_schedule_raw(
            body=body,
        ).parsed

    def get_work_schedule_raw(
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

    def get_work_schedule(
        self,
        *,
        id_: int,
    ) -> WorkSchedule:
        """Get a work schedule (``GET /api/work-schedule/{id}``).

        ``id_`` (``id``): ID of the work schedule.
        """
        return self.get_work_schedule_raw(
            id_=id_,
        ).parsed

    def update_work_schedule_raw(
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

    def update_work_schedule(
        self,
        *,
        id_: int,
        body: WorkScheduleUpdate | WorkScheduleUpdateDict,
    ) -> WorkSchedule:
        """Update a work schedule (``PUT /api/work-schedule/{id}``).

        ``id_`` (``id``): ID of the work schedule.
        """
        return self.update_work_schedule_raw(
            id_=id_,
            body=body,
        ).parsed

    def delete_work_schedule_raw(
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

    def delete_work_schedule(
        self,
        *,
        id_: int,
    ) -> None:
        """Delete a work schedule (``DELETE /api/work-schedule/{id}``).

        ``id_`` (``id``): ID of the work schedule.
        """
        return self.delete_work_schedule_raw(
            id_=id_,
        ).parsed

    def list_cost_centres_raw(
        self,
    ) -> rt.Result[list[CostCentre]]:
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

    def list_cost_centres(
        self,
    ) -> list[CostCentre]:
        """List cost centres (``GET /api/cost-centre``)."""
        return self.list_cost_centres_raw().parsed

    def create_cost_centre_raw(
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

    def create_cost_centre(
        self,
        *,
        body: CostCentreCreate | CostCentreCreateDict,
    ) -> CostCentre:
        """Create a cost centre (``POST /api/cost-centre``)."""
        return self.create_cost_centre_raw(
            body=body,
        ).parsed

    def get_cost_centre_raw(
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

    def get_cost_centre(
        self,
        *,
        id_: int,
    ) -> CostCentre:
        """Get a cost centre (``GET /api/cost-centre/{id}``).

        ``id_`` (``id``): ID of the cost centre.
        """
        return self.get_cost_centre_raw(
            id_=id_,
        ).parsed

    def update_cost_centre_raw(
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

    def update_cost_centre(
        self,
        *,
        id_: int,
        body: CostCentreUpdate | CostCentreUpdateDict,
    ) -> CostCentre:
        """Update a cost centre (``PUT /api/cost-centre/{id}``).

        ``id_`` (``id``): ID of the cost centre.
        """
        return self.update_cost_centre_raw(
            id_=id_,
            body=body,
        ).parsed

    def delete_cost_centre_raw(
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

    def delete_cost_centre(
        self,
        *,
        id_: int,
    ) -> None:
        """Delete a cost centre (``DELETE /api/cost-centre/{id}``).

        ``id_`` (``id``): ID of the cost centre.
        """
        return self.delete_cost_centre_raw(
            id_=id_,
        ).parsed

    def list_documents_raw(
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

    def list_documents(
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
        return self.list_documents_raw(
            area=area,
            number=number,
            folder_id=folder_id,
        ).parsed

    def upload_document_raw(
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

    def upload_document(
        self,
        *,
        body: DocumentUpload | DocumentUploadDict,
    ) -> DocumentUploadResult:
        """Upload a document (``POST /api/documents``)."""
        return self.upload_document_raw(
            body=body,
        ).parsed

    def get_document_structure_raw(
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

    def get_document_structure(
        self,
        *,
        area: str | None = None,
    ) -> FolderStructure:
        """Get the document folder tree (``GET /api/documents/structure``).

        ``area`` (``area``): Only the folders of this area, e.g. `order`.
        """
        return self.get_document_structure_raw(
            area=area,
        ).parsed

    def delete_document_raw(
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

    def delete_document(
        self,
        *,
        id_: int,
    ) -> DocumentDeleted:
        """Delete a document (``DELETE /api/documents/{id}``).

        ``id_`` (``id``): ID of the document.
        """
        return self.delete_document_raw(
            id_=id_,
        ).parsed

    def test_authentication_raw(
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

    def test_authentication(
        self,
    ) -> AuthTestResult:
        """Test authentication (``GET /api/test``)."""
        return self.test_authentication_raw().parsed

    def get_api_documentation_raw(
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

    def get_api_documentation(
        self,
    ) -> ApiDocumentation:
        """Get the API documentation as JSON schema (``GET /api/doc``)."""
        return self.get_api_documentation_raw().parsed

    def get_order_documentation_raw(
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

    def get_order_documentation(
        self,
    ) -> OrderConfirmationDocumentation:
        """Get the order confirmation documentation as JSON schema (``GET /api/doc/order``)."""
        return self.get_order_documentation_raw().parsed


class AsyncClient:
    """Asynchronous client of the PlanningNow API (httpx).

    Use it as an async context manager, or call ``aclose()`` when done.
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

        - ``api_token``: apiToken (sent as the header `X-AUTH-TOKEN`). The user's personal API token, sent in the `X-AUTH-TOKEN` header with every request

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

    async def list_orders_raw(
        self,
    ) -> rt.Result[list[Order]]:
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

    async def list_orders(
        self,
    ) -> list[Order]:
        """List orders (``GET /api/order``)."""
        return (await self.list_orders_raw()).parsed

    async def create_order_raw(
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

    async def create_order(
        self,
        *,
        body: OrderCreate | OrderCreateDict,
    ) -> Order:
        """Create an order (``POST /api/order``)."""
        return (
            await self.create_order_raw(
                body=body,
            )
        ).parsed

    async def get_order_raw(
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

    async def get_order(
        self,
        *,
        id_: int,
    ) -> Order:
        """Get an order (``GET /api/order/{id}``).

        ``id_`` (``id``): ID of the order.
        """
        return (
            await self.get_order_raw(
                id_=id_,
            )
        ).parsed

    async def update_order_raw(
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

    async def update_order(
        self,
        *,
        id_: int,
        body: OrderUpdate | OrderUpdateDict,
    ) -> Order:
        """Update an order (``PUT /api/order/{id}``).

        ``id_`` (``id``): ID of the order.
        """
        return (
            await self.update_order_raw(
                id_=id_,
                body=body,
            )
        ).parsed

    async def delete_order_raw(
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

    async def delete_order(
        self,
        *,
        id_: int,
    ) -> None:
        """Delete an order (``DELETE /api/order/{id}``).

        ``id_`` (``id``): ID of the order.
        """
        return (
            await self.delete_order_raw(
                id_=id_,
            )
        ).parsed

    async def list_offers_raw(
        self,
    ) -> rt.Result[list[Offer]]:
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

    async def list_offers(
        self,
    ) -> list[Offer]:
        """List offers (``GET /api/offer``)."""
        return (await self.list_offers_raw()).parsed

    async def create_offer_raw(
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

    async def create_offer(
        self,
        *,
        body: OfferCreate | OfferCreateDict,
    ) -> Offer:
        """Create an offer (``POST /api/offer``)."""
        return (
            await self.create_offer_raw(
                body=body,
            )
        ).parsed

    async def get_offer_raw(
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

    async def get_offer(
        self,
        *,
        id_: int,
    ) -> Offer:
        """Get an offer (``GET /api/offer/{id}``).

        ``id_`` (``id``): ID of the offer.
        """
        return (
            await self.get_offer_raw(
                id_=id_,
            )
        ).parsed

    async def update_offer_raw(
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

    async def update_offer(
        self,
        *,
        id_: int,
        body: OfferUpdate | OfferUpdateDict,
    ) -> Offer:
        """Update an offer (``PUT /api/offer/{id}``).

        ``id_`` (``id``): ID of the offer.
        """
        return (
            await self.update_offer_raw(
                id_=id_,
                body=body,
            )
        ).parsed

    async def delete_offer_raw(
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

    async def delete_offer(
        self,
        *,
        id_: int,
    ) -> None:
        """Delete an offer (``DELETE /api/offer/{id}``).

        ``id_`` (``id``): ID of the offer.
        """
        return (
            await self.delete_offer_raw(
                id_=id_,
            )
        ).parsed

    async def list_work_schedules_raw(
        self,
    ) -> rt.Result[list[WorkSchedule]]:
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

    async def list_work_schedules(
        self,
    ) -> list[WorkSchedule]:
        """List work schedules (``GET /api/work-schedule``)."""
        return (await self.list_work_schedules_raw()).parsed

    async def create_work_schedule_raw(
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

    async def create_work_schedule(
        self,
        *,
        body: WorkScheduleCreate | WorkScheduleCreateDict,
    ) -> WorkSchedule:
        """Create a work schedule (``POST /api/work-schedule``)."""
        return (
            await self.create_work_schedule_raw(
                body=body,
            )
        ).parsed

    async def get_work_schedule_raw(
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

    async def get_work_schedule(
        self,
        *,
        id_: int,
    ) -> WorkSchedule:
        """Get a work schedule (``GET /api/work-schedule/{id}``).

        ``id_`` (``id``): ID of the work schedule.
        """
        return (
            await self.get_work_schedule_raw(
                id_=id_,
            )
        ).parsed

    async def update_work_schedule_raw(
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

    async def update_work_schedule(
        self,
        *,
        id_: int,
        body: WorkScheduleUpdate | WorkScheduleUpdateDict,
    ) -> WorkSchedule:
        """Update a work schedule (``PUT /api/work-schedule/{id}``).

        ``id_`` (``id``): ID of the work schedule.
        """
        return (
            await self.update_work_schedule_raw(
                id_=id_,
                body=body,
            )
        ).parsed

    async def delete_work_schedule_raw(
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

    async def delete_work_schedule(
        self,
        *,
        id_: int,
    ) -> None:
        """Delete a work schedule (``DELETE /api/work-schedule/{id}``).

        ``id_`` (``id``): ID of the work schedule.
        """
        return (
            await self.delete_work_schedule_raw(
                id_=id_,
            )
        ).parsed

    async def list_cost_centres_raw(
        self,
    ) -> rt.Result[list[CostCentre]]:
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

    async def list_cost_centres(
        self,
    ) -> list[CostCentre]:
        """List cost centres (``GET /api/cost-centre``)."""
        return (await self.list_cost_centres_raw()).parsed

    async def create_cost_centre_raw(
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

    async def create_cost_centre(
        self,
        *,
        body: CostCentreCreate | CostCentreCreateDict,
    ) -> CostCentre:
        """Create a cost centre (``POST /api/cost-centre``)."""
        return (
            await self.create_cost_centre_raw(
                body=body,
            )
        ).parsed

    async def get_cost_centre_raw(
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

    async def get_cost_centre(
        self,
        *,
        id_: int,
    ) -> CostCentre:
        """Get a cost centre (``GET /api/cost-centre/{id}``).

        ``id_`` (``id``): ID of the cost centre.
        """
        return (
            await self.get_cost_centre_raw(
                id_=id_,
            )
        ).parsed

    async def update_cost_centre_raw(
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

    async def update_cost_centre(
        self,
        *,
        id_: int,
        body: CostCentreUpdate | CostCentreUpdateDict,
    ) -> CostCentre:
        """Update a cost centre (``PUT /api/cost-centre/{id}``).

        ``id_`` (``id``): ID of the cost centre.
        """
        return (
            await self.update_cost_centre_raw(
                id_=id_,
                body=body,
            )
        ).parsed

    async def delete_cost_centre_raw(
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

    async def delete_cost_centre(
        self,
        *,
        id_: int,
    ) -> None:
        """Delete a cost centre (``DELETE /api/cost-centre/{id}``).

        ``id_`` (``id``): ID of the cost centre.
        """
        return (
            await self.delete_cost_centre_raw(
                id_=id_,
            )
        ).parsed

    async def list_documents_raw(
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

    async def list_documents(
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
            await self.list_documents_raw(
                area=area,
                number=number,
                folder_id=folder_id,
            )
        ).parsed

    async def upload_document_raw(
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

    async def upload_document(
        self,
        *,
        body: DocumentUpload | DocumentUploadDict,
    ) -> DocumentUploadResult:
        """Upload a document (``POST /api/documents``)."""
        return (
            await self.upload_document_raw(
                body=body,
            )
        ).parsed

    async def get_document_structure_raw(
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

    async def get_document_structure(
        self,
        *,
        area: str | None = None,
    ) -> FolderStructure:
        """Get the document folder tree (``GET /api/documents/structure``).

        ``area`` (``area``): Only the folders of this area, e.g. `order`.
        """
        return (
            await self.get_document_structure_raw(
                area=area,
            )
        ).parsed

    async def delete_document_raw(
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

    async def delete_document(
        self,
        *,
        id_: int,
    ) -> DocumentDeleted:
        """Delete a document (``DELETE /api/documents/{id}``).

        ``id_`` (``id``): ID of the document.
        """
        return (
            await self.delete_document_raw(
                id_=id_,
            )
        ).parsed

    async def test_authentication_raw(
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

    async def test_authentication(
        self,
    ) -> AuthTestResult:
        """Test authentication (``GET /api/test``)."""
        return (await self.test_authentication_raw()).parsed

    async def get_api_documentation_raw(
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

    async def get_api_documentation(
        self,
    ) -> ApiDocumentation:
        """Get the API documentation as JSON schema (``GET /api/doc``)."""
        return (await self.get_api_documentation_raw()).parsed

    async def get_order_documentation_raw(
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

    async def get_order_documentation(
        self,
    ) -> OrderConfirmationDocumentation:
        """Get the order confirmation documentation as JSON schema (``GET /api/doc/order``)."""
        return (await self.get_order_documentation_raw()).parsed
