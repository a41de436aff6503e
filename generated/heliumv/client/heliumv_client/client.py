"""HELIUM V ERP: OrderApi: ``Client`` and ``AsyncClient``, one method per operation of the spec.

The operations are grouped in namespaces, one per resource (``client.orders.list(…)``):
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
    CreateOrderItemPositionEntryDict,
    CreateOrderManualItemPositionEntryDict,
    CreateOrderTextPositionEntryDict,
    CreateOrderTextblockPositionEntryDict,
    MultipartBodyDict,
)
from .errors import ERROR_FORMAT
from .models import (
    CreateOrderItemPositionEntry,
    CreateOrderManualItemPositionEntry,
    CreateOrderTextPositionEntry,
    CreateOrderTextblockPositionEntry,
    CreatedOrderPositionEntry,
    DeliverableOrderEntry,
    LoggedOnEntry,
    MultipartBody,
    OfflineOrderEntry,
    OrderActivationEntry,
    OrderComments,
    OrderEntry,
    OrderSortedEntry,
    OrderpositionEntry,
    OrderpositionsEntry,
    SettlementOfHoursEntry,
)

__all__ = [
    "AsyncClient",
    "AsyncClientWithRawResponse",
    "AsyncOrdersResource",
    "AsyncOrdersResourceWithRawResponse",
    "AsyncAuthResource",
    "AsyncAuthResourceWithRawResponse",
    "Client",
    "ClientWithRawResponse",
    "OrdersResource",
    "OrdersResourceWithRawResponse",
    "AuthResource",
    "AuthResourceWithRawResponse",
]

_BASE_URL = "{scheme}://{host}:{port}/restapi/services/rest"
_SCHEMES: dict[str, rt.Scheme] = {
    "hvtoken": rt.Scheme("api_key", "header", "hvtoken", "hvtoken"),
    "userid": rt.Scheme("api_key", "query", "userid", "userid"),
}
_LOGON_CREDENTIALS = (
    "hvtoken",
    "userid",
)

_CREATED_ORDER_POSITION_ENTRY: TypeAdapter[CreatedOrderPositionEntry] = TypeAdapter(
    CreatedOrderPositionEntry
)
_DELIVERABLE_ORDER_ENTRY: TypeAdapter[DeliverableOrderEntry] = TypeAdapter(DeliverableOrderEntry)
_LIST_ORDERPOSITIONS_ENTRY: TypeAdapter[list[OrderpositionsEntry]] = TypeAdapter(
    list[OrderpositionsEntry]
)
_LIST_ORDERPOSITION_ENTRY: TypeAdapter[list[OrderpositionEntry]] = TypeAdapter(
    list[OrderpositionEntry]
)
_LIST_ORDER_ENTRY: TypeAdapter[list[OrderEntry]] = TypeAdapter(list[OrderEntry])
_LOGGED_ON_ENTRY: TypeAdapter[LoggedOnEntry] = TypeAdapter(LoggedOnEntry)
_OFFLINE_ORDER_ENTRY: TypeAdapter[OfflineOrderEntry] = TypeAdapter(OfflineOrderEntry)
_ORDER_ACTIVATION_ENTRY: TypeAdapter[OrderActivationEntry] = TypeAdapter(OrderActivationEntry)
_ORDER_COMMENTS: TypeAdapter[OrderComments] = TypeAdapter(OrderComments)
_ORDER_SORTED_ENTRY: TypeAdapter[OrderSortedEntry] = TypeAdapter(OrderSortedEntry)
_SETTLEMENT_OF_HOURS_ENTRY: TypeAdapter[SettlementOfHoursEntry] = TypeAdapter(
    SettlementOfHoursEntry
)

_OP_GET_ORDERS = rt.Operation("GET", "/api/v1/order", (("userid",),), {})
_OP_GET_ORDER_COMMENTS = rt.Operation(
    "GET", "/api/v1/order/comments", (("hvtoken",), ("userid",)), {}
)
_OP_GET_DELIVERABLE_ORDER = rt.Operation(
    "GET", "/api/v1/order/deliverable", (("hvtoken",), ("userid",)), {}
)
_OP_GET_OFFLINE_ORDERS = rt.Operation(
    "GET", "/api/v1/order/offline", (("hvtoken",), ("userid",)), {}
)
_OP_GET_ORDERS_POSITIONS = rt.Operation("GET", "/api/v1/order/position", (("userid",),), {})
_OP_DELETE_ORDER_POSITION = rt.Operation(
    "DELETE", "/api/v1/order/position/{positionid}", (("userid",),), {}
)
_OP_ACTIVATE_ORDER = rt.Operation("POST", "/api/v1/order/{orderid}/activate", (("userid",),), {})
_OP_CREATE_ORDER_DOCUMENT = rt.Operation(
    "POST", "/api/v1/order/{orderid}/document", (("userid",),), {}
)
_OP_CREATE_ORDER_ITEM_POSITION = rt.Operation(
    "POST", "/api/v1/order/{orderid}/itemposition", (("userid",),), {}
)
_OP_CREATE_ORDER_MANUAL_ITEM_POSITION = rt.Operation(
    "POST", "/api/v1/order/{orderid}/manualitemposition", (("userid",),), {}
)
_OP_GET_ORDER_POSITIONS = rt.Operation(
    "GET", "/api/v1/order/{orderid}/position", (("userid",),), {}
)
_OP_GET_SETTLEMENT_OF_HOURS = rt.Operation(
    "GET", "/api/v1/order/{orderid}/settlementofhours", (("userid",),), {}
)
_OP_CREATE_SETTLEMENT_OF_HOURS_SIGNATURE = rt.Operation(
    "POST", "/api/v1/order/{orderid}/settlementofhours", (), {}
)
_OP_SORT_ORDER_BY_ITEM_NUMBER = rt.Operation(
    "POST", "/api/v1/order/{orderid}/sortbyitemnumber", (("userid",),), {}
)
_OP_CREATE_ORDER_TEXTBLOCK_POSITION = rt.Operation(
    "POST", "/api/v1/order/{orderid}/textblock", (("userid",),), {}
)
_OP_CREATE_ORDER_TEXT_POSITION = rt.Operation(
    "POST", "/api/v1/order/{orderid}/textposition", (("userid",),), {}
)
_OP_UPDATE_ORDER_ITEM_POSITION = rt.Operation(
    "PUT", "/api/v1/order/{orderid}/itemposition/{positionid}", (("userid",),), {}
)
_OP_UPDATE_ORDER_MANUAL_ITEM_POSITION = rt.Operation(
    "PUT", "/api/v1/order/{orderid}/manualitemposition/{positionid}", (("userid",),), {}
)
_OP_LOGON = rt.Operation("POST", "/api/v1/logon/", (), {})


class OrdersResourceWithRawResponse:
    """``client.with_raw_response.orders``: Orders, each method returning ``Result[T]``
    (``.parsed``, ``.response``)."""

    def __init__(self, runtime: rt.Runtime) -> None:
        self._runtime = runtime

    def list(
        self,
        *,
        filter_cnr: str | None = None,
        filter_customer: str | None = None,
        filter_myopen: bool | None = None,
        filter_project: str | None = None,
        filter_representative_sign: str | None = None,
        filter_with_hidden: bool | None = None,
        limit: int | None = None,
        start_index: int | None = None,
    ) -> rt.Result[builtins.list[OrderEntry]]:
        """List the orders that match the filter (``GET /api/v1/order``), with the raw response."""
        call = rt.prepare(
            _OP_GET_ORDERS,
            path={},
            query={
                "filter_cnr": filter_cnr,
                "filter_customer": filter_customer,
                "filter_myopen": filter_myopen,
                "filter_project": filter_project,
                "filter_representativeSign": filter_representative_sign,
                "filter_withHidden": filter_with_hidden,
                "limit": limit,
                "startIndex": start_index,
            },
            headers={},
            accept="application/json",
        )
        response = self._runtime.send(call)
        return rt.decode(response, _LIST_ORDER_ENTRY)

    def get_comments(
        self,
        *,
        add_external_comment: bool = True,
        add_internal_comment: bool = True,
        order_cnr: str | None = None,
        orderid: int | None = None,
    ) -> rt.Result[OrderComments]:
        """Get the comments of an order (``GET /api/v1/order/comments``), with the raw response."""
        call = rt.prepare(
            _OP_GET_ORDER_COMMENTS,
            path={},
            query={
                "addExternalComment": None
                if add_external_comment is True
                else add_external_comment,
                "addInternalComment": None
                if add_internal_comment is True
                else add_internal_comment,
                "orderCnr": order_cnr,
                "orderid": orderid,
            },
            headers={},
            accept="application/json",
        )
        response = self._runtime.send(call)
        return rt.decode(response, _ORDER_COMMENTS)

    def get_delivery_status(
        self,
        *,
        order_cnr: str | None = None,
        orderid: int | None = None,
    ) -> rt.Result[DeliverableOrderEntry]:
        """Get the delivery status of an order (``GET /api/v1/order/deliverable``), with the raw response."""
        call = rt.prepare(
            _OP_GET_DELIVERABLE_ORDER,
            path={},
            query={
                "orderCnr": order_cnr,
                "orderid": orderid,
            },
            headers={},
            accept="application/json",
        )
        response = self._runtime.send(call)
        return rt.decode(response, _DELIVERABLE_ORDER_ENTRY)

    def list_offline(
        self,
        *,
        filter_cnr: str | None = None,
        filter_customer: str | None = None,
        filter_delivery_customer: str | None = None,
        filter_project: str | None = None,
        filter_representative_sign: str | None = None,
        filter_with_hidden: bool | None = None,
        limit: int | None = None,
        start_index: int | None = None,
    ) -> rt.Result[OfflineOrderEntry]:
        """Get order data for offline processing (``GET /api/v1/order/offline``), with the raw response."""
        call = rt.prepare(
            _OP_GET_OFFLINE_ORDERS,
            path={},
            query={
                "filter_cnr": filter_cnr,
                "filter_customer": filter_customer,
                "filter_delivery_customer": filter_delivery_customer,
                "filter_project": filter_project,
                "filter_representativeSign": filter_representative_sign,
                "filter_withHidden": filter_with_hidden,
                "limit": limit,
                "startIndex": start_index,
            },
            headers={},
            accept="application/json",
        )
        response = self._runtime.send(call)
        return rt.decode(response, _OFFLINE_ORDER_ENTRY)

    def list_positions_by_filter(
        self,
        *,
        filter_cnr: str | None = None,
        filter_customer: str | None = None,
        filter_myopen: bool | None = None,
        filter_project: str | None = None,
        filter_representative_sign: str | None = None,
        filter_with_hidden: bool | None = None,
        limit: int | None = None,
        start_index: int | None = None,
    ) -> rt.Result[builtins.list[OrderpositionsEntry]]:
        """List the positions of the orders that match the filter (``GET /api/v1/order/position``), with the raw response."""
        call = rt.prepare(
            _OP_GET_ORDERS_POSITIONS,
            path={},
            query={
                "filter_cnr": filter_cnr,
                "filter_customer": filter_customer,
                "filter_myopen": filter_myopen,
                "filter_project": filter_project,
                "filter_representativeSign": filter_representative_sign,
                "filter_withHidden": filter_with_hidden,
                "limit": limit,
                "startIndex": start_index,
            },
            headers={},
            accept="application/json",
        )
        response = self._runtime.send(call)
        return rt.decode(response, _LIST_ORDERPOSITIONS_ENTRY)

    def delete_position(
        self,
        *,
        positionid: int,
    ) -> rt.Result[None]:
        """Delete an order position (``DELETE /api/v1/order/position/{positionid}``), with the raw response."""
        call = rt.prepare(
            _OP_DELETE_ORDER_POSITION,
            path={
                "positionid": positionid,
            },
            query={},
            headers={},
        )
        response = self._runtime.send(call)
        return rt.no_content(response)

    def activate(
        self,
        *,
        orderid: int,
        verified: bool,
    ) -> rt.Result[OrderActivationEntry]:
        """Activate an order (``POST /api/v1/order/{orderid}/activate``), with the raw response."""
        call = rt.prepare(
            _OP_ACTIVATE_ORDER,
            path={
                "orderid": orderid,
            },
            query={
                "verified": verified,
            },
            headers={},
            accept="application/json",
        )
        response = self._runtime.send(call)
        return rt.decode(response, _ORDER_ACTIVATION_ENTRY)

    def upload_documents(
        self,
        *,
        orderid: int,
        body: MultipartBody | MultipartBodyDict,
        grouping: str | None = None,
        keywords: str | None = None,
        securitylevel: int | None = None,
        type_: str | None = None,
    ) -> rt.Result[None]:
        """Upload documents to the order's document storage (``POST /api/v1/order/{orderid}/document``), with the raw response."""
        call = rt.prepare(
            _OP_CREATE_ORDER_DOCUMENT,
            path={
                "orderid": orderid,
            },
            query={
                "grouping": grouping,
                "keywords": keywords,
                "securitylevel": securitylevel,
                "type": type_,
            },
            headers={},
            json_body=body,
        )
        response = self._runtime.send(call)
        return rt.no_content(response)

    def add_item_position(
        self,
        *,
        orderid: int,
        body: CreateOrderItemPositionEntry | CreateOrderItemPositionEntryDict,
    ) -> rt.Result[CreatedOrderPositionEntry]:
        """Add an item position to an order (``POST /api/v1/order/{orderid}/itemposition``), with the raw response."""
        call = rt.prepare(
            _OP_CREATE_ORDER_ITEM_POSITION,
            path={
                "orderid": orderid,
            },
            query={},
            headers={},
            accept="application/json",
            json_body=body,
        )
        response = self._runtime.send(call)
        return rt.decode(response, _CREATED_ORDER_POSITION_ENTRY)

    def add_manual_item_position(
        self,
        *,
        orderid: int,
        body: CreateOrderManualItemPositionEntry | CreateOrderManualItemPositionEntryDict,
    ) -> rt.Result[CreatedOrderPositionEntry]:
        """Add a manual-entry position to an order (``POST /api/v1/order/{orderid}/manualitemposition``), with the raw response."""
        call = rt.prepare(
            _OP_CREATE_ORDER_MANUAL_ITEM_POSITION,
            path={
                "orderid": orderid,
            },
            query={},
            headers={},
            accept="application/json",
            json_body=body,
        )
        response = self._runtime.send(call)
        return rt.decode(response, _CREATED_ORDER_POSITION_ENTRY)

    def list_positions(
        self,
        *,
        orderid: int,
        limit: int = 50,
        start_index: int | None = None,
    ) -> rt.Result[builtins.list[OrderpositionEntry]]:
        """List the positions of an order (``GET /api/v1/order/{orderid}/position``), with the raw response."""
        call = rt.prepare(
            _OP_GET_ORDER_POSITIONS,
            path={
                "orderid": orderid,
            },
            query={
                "limit": None if limit == 50 else limit,
                "startIndex": start_index,
            },
            headers={},
            accept="application/json",
        )
        response = self._runtime.send(call)
        return rt.decode(response, _LIST_ORDERPOSITION_ENTRY)

    def get_settlement_of_hours(
        self,
        *,
        orderid: int,
    ) -> rt.Result[SettlementOfHoursEntry]:
        """Get the settlement of hours of an order (``GET /api/v1/order/{orderid}/settlementofhours``), with the raw response."""
        call = rt.prepare(
            _OP_GET_SETTLEMENT_OF_HOURS,
            path={
                "orderid": orderid,
            },
            query={},
            headers={},
            accept="application/json",
        )
        response = self._runtime.send(call)
        return rt.decode(response, _SETTLEMENT_OF_HOURS_ENTRY)

    def store_signed_settlement_of_hours(
        self,
        *,
        orderid: int,
        user_id: str | None = None,
        remark: str | None = None,
        pdf_content: str | None = None,
        signature_content: str | None = None,
        signature_ms: int | None = None,
        order_id: int | None = None,
        signature_type: str | None = None,
        serial_number: int | None = None,
        signer_name: str | None = None,
        id_: int | None = None,
    ) -> rt.Result[None]:
        """Store a signed settlement of hours for an order (``POST /api/v1/order/{orderid}/settlementofhours``), with the raw response."""
        call = rt.prepare(
            _OP_CREATE_SETTLEMENT_OF_HOURS_SIGNATURE,
            path={
                "orderid": orderid,
            },
            query={},
            headers={},
            json_body=rt.present(
                {
                    "userId": user_id,
                    "remark": remark,
                    "pdfContent": pdf_content,
                    "signatureContent": signature_content,
                    "signatureMs": signature_ms,
                    "orderId": order_id,
                    "signatureType": signature_type,
                    "serialNumber": serial_number,
                    "signerName": signer_name,
                    "id": id_,
                }
            ),
        )
        response = self._runtime.send(call)
        return rt.no_content(response)

    def sort_by_item_number(
        self,
        *,
        orderid: int,
    ) -> rt.Result[OrderSortedEntry]:
        """Sort the positions of an order by item number (``POST /api/v1/order/{orderid}/sortbyitemnumber``), with the raw response."""
        call = rt.prepare(
            _OP_SORT_ORDER_BY_ITEM_NUMBER,
            path={
                "orderid": orderid,
            },
            query={},
            headers={},
            accept="application/json",
        )
        response = self._runtime.send(call)
        return rt.decode(response, _ORDER_SORTED_ENTRY)

    def add_textblock_position(
        self,
        *,
        orderid: int,
        body: CreateOrderTextblockPositionEntry | CreateOrderTextblockPositionEntryDict,
    ) -> rt.Result[CreatedOrderPositionEntry]:
        """Add a text-block position to an order (``POST /api/v1/order/{orderid}/textblock``), with the raw response."""
        call = rt.prepare(
            _OP_CREATE_ORDER_TEXTBLOCK_POSITION,
            path={
                "orderid": orderid,
            },
            query={},
            headers={},
            accept="application/json",
            json_body=body,
        )
        response = self._runtime.send(call)
        return rt.decode(response, _CREATED_ORDER_POSITION_ENTRY)

    def add_text_position(
        self,
        *,
        orderid: int,
        body: CreateOrderTextPositionEntry | CreateOrderTextPositionEntryDict,
    ) -> rt.Result[CreatedOrderPositionEntry]:
        """Add a text position to an order (``POST /api/v1/order/{orderid}/textposition``), with the raw response."""
        call = rt.prepare(
            _OP_CREATE_ORDER_TEXT_POSITION,
            path={
                "orderid": orderid,
            },
            query={},
            headers={},
            accept="application/json",
            json_body=body,
        )
        response = self._runtime.send(call)
        return rt.decode(response, _CREATED_ORDER_POSITION_ENTRY)

    def update_item_position(
        self,
        *,
        orderid: int,
        positionid: int,
        body: CreateOrderItemPositionEntry | CreateOrderItemPositionEntryDict,
    ) -> rt.Result[CreatedOrderPositionEntry]:
        """Change an order position into an item position (``PUT /api/v1/order/{orderid}/itemposition/{positionid}``), with the raw response."""
        call = rt.prepare(
            _OP_UPDATE_ORDER_ITEM_POSITION,
            path={
                "orderid": orderid,
                "positionid": positionid,
            },
            query={},
            headers={},
            accept="application/json",
            json_body=body,
        )
        response = self._runtime.send(call)
        return rt.decode(response, _CREATED_ORDER_POSITION_ENTRY)

    def update_manual_item_position(
        self,
        *,
        orderid: int,
        positionid: int,
        body: CreateOrderManualItemPositionEntry | CreateOrderManualItemPositionEntryDict,
    ) -> rt.Result[CreatedOrderPositionEntry]:
        """Change an order position into a manual-entry position (``PUT /api/v1/order/{orderid}/manualitemposition/{positionid}``), with the raw response."""
        call = rt.prepare(
            _OP_UPDATE_ORDER_MANUAL_ITEM_POSITION,
            path={
                "orderid": orderid,
                "positionid": positionid,
            },
            query={},
            headers={},
            accept="application/json",
            json_body=body,
        )
        response = self._runtime.send(call)
        return rt.decode(response, _CREATED_ORDER_POSITION_ENTRY)


class OrdersResource:
    """``client.orders``: Orders."""

    def __init__(self, runtime: rt.Runtime) -> None:
        self._raw = OrdersResourceWithRawResponse(runtime)

    def list(
        self,
        *,
        filter_cnr: str | None = None,
        filter_customer: str | None = None,
        filter_myopen: bool | None = None,
        filter_project: str | None = None,
        filter_representative_sign: str | None = None,
        filter_with_hidden: bool | None = None,
        limit: int | None = None,
        start_index: int | None = None,
    ) -> builtins.list[OrderEntry]:
        """List the orders that match the filter (``GET /api/v1/order``).

        ``filter_cnr`` (``filter_cnr``): The order number to filter by.

        ``filter_customer`` (``filter_customer``): The customer name to filter by.

        ``filter_myopen`` (``filter_myopen``): A boolean filter. The document gives only the type, no description.

        ``filter_project`` (``filter_project``): The project name of the order to filter by.

        ``filter_representative_sign`` (``filter_representativeSign``): If given, the short sign(s) of the sales representative to filter by. Several signs may be given, separated by `,` (comma). Example: `abc` or `ab,cd`.

        ``filter_with_hidden`` (``filter_withHidden``): With true, hidden orders are returned as well.

        ``limit`` (``limit``): The maximum number of entries to return.

        ``start_index`` (``startIndex``): The start index.
        """
        return self._raw.list(
            filter_cnr=filter_cnr,
            filter_customer=filter_customer,
            filter_myopen=filter_myopen,
            filter_project=filter_project,
            filter_representative_sign=filter_representative_sign,
            filter_with_hidden=filter_with_hidden,
            limit=limit,
            start_index=start_index,
        ).parsed

    def iter_list(
        self,
        *,
        filter_cnr: str | None = None,
        filter_customer: str | None = None,
        filter_myopen: bool | None = None,
        filter_project: str | None = None,
        filter_representative_sign: str | None = None,
        filter_with_hidden: bool | None = None,
        limit: int | None = None,
    ) -> Iterator[OrderEntry]:
        """Every item of ``list``, page after page (offset paging)."""
        _paging: rt.Paging[builtins.list[OrderEntry], OrderEntry] = rt.Paging(
            "offset",
            0,
            items=lambda page: page,
            count=lambda page: None,
        )
        return rt.iterate(
            lambda cursor: self.list(
                filter_cnr=filter_cnr,
                filter_customer=filter_customer,
                filter_myopen=filter_myopen,
                filter_project=filter_project,
                filter_representative_sign=filter_representative_sign,
                filter_with_hidden=filter_with_hidden,
                limit=limit,
                start_index=cursor,
            ),
            _paging,
            size=limit,
        )

    def get_comments(
        self,
        *,
        add_external_comment: bool = True,
        add_internal_comment: bool = True,
        order_cnr: str | None = None,
        orderid: int | None = None,
    ) -> OrderComments:
        """Get the comments of an order (``GET /api/v1/order/comments``).

        ``add_external_comment`` (``addExternalComment``): When true or not given, the external comment is returned.

        ``add_internal_comment`` (``addInternalComment``): When true or not given, the internal comment is returned.

        ``order_cnr`` (``orderCnr``): The (optional) order number. Give `orderid` or `orderCnr`.

        ``orderid`` (``orderid``): The (optional) id of the order. Give `orderid` or `orderCnr`.
        """
        return self._raw.get_comments(
            add_external_comment=add_external_comment,
            add_internal_comment=add_internal_comment,
            order_cnr=order_cnr,
            orderid=orderid,
        ).parsed

    def get_delivery_status(
        self,
        *,
        order_cnr: str | None = None,
        orderid: int | None = None,
    ) -> DeliverableOrderEntry:
        """Get the delivery status of an order (``GET /api/v1/order/deliverable``).

        ``order_cnr`` (``orderCnr``): The (optional) order number.

        ``orderid`` (``orderid``): The (optional) id of the order. When `orderCnr` is given too, `orderid` takes priority.
        """
        return self._raw.get_delivery_status(
            order_cnr=order_cnr,
            orderid=orderid,
        ).parsed

    def list_offline(
        self,
        *,
        filter_cnr: str | None = None,
        filter_customer: str | None = None,
        filter_delivery_customer: str | None = None,
        filter_project: str | None = None,
        filter_representative_sign: str | None = None,
        filter_with_hidden: bool | None = None,
        limit: int | None = None,
        start_index: int | None = None,
    ) -> OfflineOrderEntry:
        """Get order data for offline processing (``GET /api/v1/order/offline``).

        ``filter_cnr`` (``filter_cnr``): The order number to filter by.

        ``filter_customer`` (``filter_customer``): The name of the ordering customer to filter by.

        ``filter_delivery_customer`` (``filter_delivery_customer``): The name of the receiving customer to filter by.

        ``filter_project`` (``filter_project``): The project name of the order to filter by.

        ``filter_representative_sign`` (``filter_representativeSign``): If given, the short sign(s) of the sales representative to filter by. Several signs may be given, separated by `,` (comma). Example: `abc` or `ab,cd`.

        ``filter_with_hidden`` (``filter_withHidden``): With true, hidden orders are returned as well.

        ``limit`` (``limit``): The maximum number of orders to return.

        ``start_index`` (``startIndex``): The start index of the orders.
        """
        return self._raw.list_offline(
            filter_cnr=filter_cnr,
            filter_customer=filter_customer,
            filter_delivery_customer=filter_delivery_customer,
            filter_project=filter_project,
            filter_representative_sign=filter_representative_sign,
            filter_with_hidden=filter_with_hidden,
            limit=limit,
            start_index=start_index,
        ).parsed

    def list_positions_by_filter(
        self,
        *,
        filter_cnr: str | None = None,
        filter_customer: str | None = None,
        filter_myopen: bool | None = None,
        filter_project: str | None = None,
        filter_representative_sign: str | None = None,
        filter_with_hidden: bool | None = None,
        limit: int | None = None,
        start_index: int | None = None,
    ) -> builtins.list[OrderpositionsEntry]:
        """List the positions of the orders that match the filter (``GET /api/v1/order/position``).

        ``filter_cnr`` (``filter_cnr``): The order number to filter by.

        ``filter_customer`` (``filter_customer``): The customer name to filter by.

        ``filter_myopen`` (``filter_myopen``): A boolean filter. The document gives only the type, no description.

        ``filter_project`` (``filter_project``): The project name of the order to filter by.

        ``filter_representative_sign`` (``filter_representativeSign``): If given, the short sign(s) of the sales representative to filter by. Several signs may be given, separated by `,` (comma). Example: `abc` or `ab,cd`.

        ``filter_with_hidden`` (``filter_withHidden``): With true, hidden orders are returned as well.

        ``limit`` (``limit``): The maximum number of orders to return.

        ``start_index`` (``startIndex``): The start index of the orders.
        """
        return self._raw.list_positions_by_filter(
            filter_cnr=filter_cnr,
            filter_customer=filter_customer,
            filter_myopen=filter_myopen,
            filter_project=filter_project,
            filter_representative_sign=filter_representative_sign,
            filter_with_hidden=filter_with_hidden,
            limit=limit,
            start_index=start_index,
        ).parsed

    def delete_position(
        self,
        *,
        positionid: int,
    ) -> None:
        """Delete an order position (``DELETE /api/v1/order/position/{positionid}``).

        ``positionid`` (``positionid``): Id of the order position to delete.
        """
        return self._raw.delete_position(
            positionid=positionid,
        ).parsed

    def activate(
        self,
        *,
        orderid: int,
        verified: bool,
    ) -> OrderActivationEntry:
        """Activate an order (``POST /api/v1/order/{orderid}/activate``).

        ``orderid`` (``orderid``): Id of the order to activate.

        ``verified`` (``verified``): Must be true for the function to run.
        """
        return self._raw.activate(
            orderid=orderid,
            verified=verified,
        ).parsed

    def upload_documents(
        self,
        *,
        orderid: int,
        body: MultipartBody | MultipartBodyDict,
        grouping: str | None = None,
        keywords: str | None = None,
        securitylevel: int | None = None,
        type_: str | None = None,
    ) -> None:
        """Upload documents to the order's document storage (``POST /api/v1/order/{orderid}/document``).

        ``orderid`` (``orderid``): Id of the order.

        ``grouping`` (``grouping``): The grouping (optional).

        ``keywords`` (``keywords``): The keywords of the document (optional).

        ``securitylevel`` (``securitylevel``): The security level (optional).

        ``type_`` (``type``): The document type (Belegart) (optional).
        """
        return self._raw.upload_documents(
            orderid=orderid,
            grouping=grouping,
            keywords=keywords,
            securitylevel=securitylevel,
            type_=type_,
            body=body,
        ).parsed

    def add_item_position(
        self,
        *,
        orderid: int,
        body: CreateOrderItemPositionEntry | CreateOrderItemPositionEntryDict,
    ) -> CreatedOrderPositionEntry:
        """Add an item position to an order (``POST /api/v1/order/{orderid}/itemposition``).

        ``orderid`` (``orderid``): Id of the order.
        """
        return self._raw.add_item_position(
            orderid=orderid,
            body=body,
        ).parsed

    def add_manual_item_position(
        self,
        *,
        orderid: int,
        body: CreateOrderManualItemPositionEntry | CreateOrderManualItemPositionEntryDict,
    ) -> CreatedOrderPositionEntry:
        """Add a manual-entry position to an order (``POST /api/v1/order/{orderid}/manualitemposition``).

        ``orderid`` (``orderid``): Id of the order.
        """
        return self._raw.add_manual_item_position(
            orderid=orderid,
            body=body,
        ).parsed

    def list_positions(
        self,
        *,
        orderid: int,
        limit: int = 50,
        start_index: int | None = None,
    ) -> builtins.list[OrderpositionEntry]:
        """List the positions of an order (``GET /api/v1/order/{orderid}/position``).

        ``orderid`` (``orderid``): Id of the order whose positions are returned.

        ``limit`` (``limit``): The maximum number of positions to return. Default 50.

        ``start_index`` (``startIndex``): The index from which positions are returned.
        """
        return self._raw.list_positions(
            orderid=orderid,
            limit=limit,
            start_index=start_index,
        ).parsed

    def iter_list_positions(
        self,
        *,
        orderid: int,
        limit: int = 50,
    ) -> Iterator[OrderpositionEntry]:
        """Every item of ``list_positions``, page after page (offset paging)."""
        _paging: rt.Paging[builtins.list[OrderpositionEntry], OrderpositionEntry] = rt.Paging(
            "offset",
            0,
            items=lambda page: page,
            count=lambda page: None,
        )
        return rt.iterate(
            lambda cursor: self.list_positions(orderid=orderid, limit=limit, start_index=cursor),
            _paging,
            size=limit,
        )

    def get_settlement_of_hours(
        self,
        *,
        orderid: int,
    ) -> SettlementOfHoursEntry:
        """Get the settlement of hours of an order (``GET /api/v1/order/{orderid}/settlementofhours``).

        ``orderid`` (``orderid``): Id of the order.
        """
        return self._raw.get_settlement_of_hours(
            orderid=orderid,
        ).parsed

    def store_signed_settlement_of_hours(
        self,
        *,
        orderid: int,
        user_id: str | None = None,
        remark: str | None = None,
        pdf_content: str | None = None,
        signature_content: str | None = None,
        signature_ms: int | None = None,
        order_id: int | None = None,
        signature_type: str | None = None,
        serial_number: int | None = None,
        signer_name: str | None = None,
        id_: int | None = None,
    ) -> None:
        """Store a signed settlement of hours for an order (``POST /api/v1/order/{orderid}/settlementofhours``).

        ``orderid`` (``orderid``): Id of the order (the server does not read it; it takes `orderId` from the body).

        ``user_id`` (``userId``): The "token" determined at logon: the server logs on with this field.
        """
        return self._raw.store_signed_settlement_of_hours(
            orderid=orderid,
            user_id=user_id,
            remark=remark,
            pdf_content=pdf_content,
            signature_content=signature_content,
            signature_ms=signature_ms,
            order_id=order_id,
            signature_type=signature_type,
            serial_number=serial_number,
            signer_name=signer_name,
            id_=id_,
        ).parsed

    def sort_by_item_number(
        self,
        *,
        orderid: int,
    ) -> OrderSortedEntry:
        """Sort the positions of an order by item number (``POST /api/v1/order/{orderid}/sortbyitemnumber``).

        ``orderid`` (``orderid``): Id of the order to sort.
        """
        return self._raw.sort_by_item_number(
            orderid=orderid,
        ).parsed

    def add_textblock_position(
        self,
        *,
        orderid: int,
        body: CreateOrderTextblockPositionEntry | CreateOrderTextblockPositionEntryDict,
    ) -> CreatedOrderPositionEntry:
        """Add a text-block position to an order (``POST /api/v1/order/{orderid}/textblock``).

        ``orderid`` (``orderid``): Id of the order.
        """
        return self._raw.add_textblock_position(
            orderid=orderid,
            body=body,
        ).parsed

    def add_text_position(
        self,
        *,
        orderid: int,
        body: CreateOrderTextPositionEntry | CreateOrderTextPositionEntryDict,
    ) -> CreatedOrderPositionEntry:
        """Add a text position to an order (``POST /api/v1/order/{orderid}/textposition``).

        ``orderid`` (``orderid``): Id of the order.
        """
        return self._raw.add_text_position(
            orderid=orderid,
            body=body,
        ).parsed

    def update_item_position(
        self,
        *,
        orderid: int,
        positionid: int,
        body: CreateOrderItemPositionEntry | CreateOrderItemPositionEntryDict,
    ) -> CreatedOrderPositionEntry:
        """Change an order position into an item position (``PUT /api/v1/order/{orderid}/itemposition/{positionid}``).

        ``orderid`` (``orderid``): Id of the order.

        ``positionid`` (``positionid``): Id of the order position to change.
        """
        return self._raw.update_item_position(
            orderid=orderid,
            positionid=positionid,
            body=body,
        ).parsed

    def update_manual_item_position(
        self,
        *,
        orderid: int,
        positionid: int,
        body: CreateOrderManualItemPositionEntry | CreateOrderManualItemPositionEntryDict,
    ) -> CreatedOrderPositionEntry:
        """Change an order position into a manual-entry position (``PUT /api/v1/order/{orderid}/manualitemposition/{positionid}``).

        ``orderid`` (``orderid``): Id of the order.

        ``positionid`` (``positionid``): Id of the order position to change.
        """
        return self._raw.update_manual_item_position(
            orderid=orderid,
            positionid=positionid,
            body=body,
        ).parsed


class AuthResourceWithRawResponse:
    """``client.with_raw_response.auth``: Auth, each method returning ``Result[T]``
    (``.parsed``, ``.response``)."""

    def __init__(self, runtime: rt.Runtime) -> None:
        self._runtime = runtime

    def logon(
        self,
        *,
        username: str,
        password: str,
        client: str | None = None,
        locale_string: str | None = None,
    ) -> rt.Result[LoggedOnEntry]:
        """Log on and get a token (``POST /api/v1/logon/``), with the raw response."""
        call = rt.prepare(
            _OP_LOGON,
            path={},
            query={},
            headers={},
            accept="application/json",
            json_body=rt.present(
                {
                    "username": username,
                    "password": password,
                    "client": client,
                    "localeString": locale_string,
                }
            ),
        )
        response = self._runtime.send(call)
        result = rt.decode(response, _LOGGED_ON_ENTRY)
        if result.parsed.token is not None:
            # The logon token is the credential of every apiKey scheme the spec declares.
            self._runtime.security.keep_logon_token(_LOGON_CREDENTIALS, result.parsed.token)
        return result


class AuthResource:
    """``client.auth``: Auth."""

    def __init__(self, runtime: rt.Runtime) -> None:
        self._raw = AuthResourceWithRawResponse(runtime)

    def logon(
        self,
        *,
        username: str,
        password: str,
        client: str | None = None,
        locale_string: str | None = None,
    ) -> LoggedOnEntry:
        """Log on and get a token (``POST /api/v1/logon/``).

        ``username`` (``username``): The user name (400 when empty).

        ``password`` (``password``): The user's password (400 when empty).

        ``client`` (``client``): The (optional) tenant (Mandant) to log on to.

        ``locale_string`` (``localeString``): The (optional) locale: language then country, four letters, e.g. `deAT`; without it the locale of the main tenant is used.
        """
        return self._raw.logon(
            username=username,
            password=password,
            client=client,
            locale_string=locale_string,
        ).parsed


class ClientWithRawResponse:
    """``client.with_raw_response``: the namespaces of ``Client``, each method returning ``Result[T]``."""

    def __init__(self, runtime: rt.Runtime) -> None:
        self._runtime = runtime

    @property
    def orders(self) -> OrdersResourceWithRawResponse:
        return OrdersResourceWithRawResponse(self._runtime)

    @property
    def auth(self) -> AuthResourceWithRawResponse:
        return AuthResourceWithRawResponse(self._runtime)


class Client:
    """Synchronous client of the HELIUM V ERP: OrderApi API (httpx).

    The operations are grouped by resource: ``orders``, ``auth``    (``client.orders.list(…)``). ``with_raw_response``
    has the same namespaces returning ``Result[T]``; ``with_options(…)`` a copy with another timeout,
    retries or headers, sharing the connection pool.

    Use it as a context manager (``with``), or call ``close()`` when done.
    """

    def __init__(
        self,
        *,
        hvtoken: str | None = None,
        userid: str | None = None,
        scheme: str = "http",
        host: str = "localhost",
        port: str = "8280",
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

        - ``hvtoken``: hvtoken (sent as the header `hvtoken`). Is the token determined at logon, sent as the `hvtoken` header; listed on GET order/comments, order/deliverable and order/offline beside `userid` (on order/offline marked '(optional)', line 195).

        - ``userid``: userid (sent as the query `userid`). Is the "token" determined at logon (returned by POST /api/v1/logon/), sent as the `userid` query parameter on every operation whose table lists `userid`.

        ``base_url`` replaces the server URL built from the server variables
        (``scheme``, ``host``, ``port``).
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
                "hvtoken": hvtoken,
                "userid": userid,
            },
        )
        self._http = httpx.Client(
            base_url=base_url
            or _BASE_URL.format(
                scheme=scheme,
                host=host,
                port=port,
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
    def orders(self) -> OrdersResource:
        """Orders: ``list``, ``get_comments``, ``get_delivery_status``, ``list_offline``, ``list_positions_by_filter``, ``delete_position``, ``activate``, ``upload_documents``, ``add_item_position``, ``add_manual_item_position``, ``list_positions``, ``get_settlement_of_hours``, ``store_signed_settlement_of_hours``, ``sort_by_item_number``, ``add_textblock_position``, ``add_text_position``, ``update_item_position``, ``update_manual_item_position``."""
        return OrdersResource(self._runtime)

    @property
    def auth(self) -> AuthResource:
        """Auth: ``logon``."""
        return AuthResource(self._runtime)

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
        *,
        filter_cnr: str | None = None,
        filter_customer: str | None = None,
        filter_myopen: bool | None = None,
        filter_project: str | None = None,
        filter_representative_sign: str | None = None,
        filter_with_hidden: bool | None = None,
        limit: int | None = None,
        start_index: int | None = None,
    ) -> rt.Result[builtins.list[OrderEntry]]:
        """List the orders that match the filter (``GET /api/v1/order``), with the raw response."""
        call = rt.prepare(
            _OP_GET_ORDERS,
            path={},
            query={
                "filter_cnr": filter_cnr,
                "filter_customer": filter_customer,
                "filter_myopen": filter_myopen,
                "filter_project": filter_project,
                "filter_representativeSign": filter_representative_sign,
                "filter_withHidden": filter_with_hidden,
                "limit": limit,
                "startIndex": start_index,
            },
            headers={},
            accept="application/json",
        )
        response = await self._runtime.send(call)
        return rt.decode(response, _LIST_ORDER_ENTRY)

    async def get_comments(
        self,
        *,
        add_external_comment: bool = True,
        add_internal_comment: bool = True,
        order_cnr: str | None = None,
        orderid: int | None = None,
    ) -> rt.Result[OrderComments]:
        """Get the comments of an order (``GET /api/v1/order/comments``), with the raw response."""
        call = rt.prepare(
            _OP_GET_ORDER_COMMENTS,
            path={},
            query={
                "addExternalComment": None
                if add_external_comment is True
                else add_external_comment,
                "addInternalComment": None
                if add_internal_comment is True
                else add_internal_comment,
                "orderCnr": order_cnr,
                "orderid": orderid,
            },
            headers={},
            accept="application/json",
        )
        response = await self._runtime.send(call)
        return rt.decode(response, _ORDER_COMMENTS)

    async def get_delivery_status(
        self,
        *,
        order_cnr: str | None = None,
        orderid: int | None = None,
    ) -> rt.Result[DeliverableOrderEntry]:
        """Get the delivery status of an order (``GET /api/v1/order/deliverable``), with the raw response."""
        call = rt.prepare(
            _OP_GET_DELIVERABLE_ORDER,
            path={},
            query={
                "orderCnr": order_cnr,
                "orderid": orderid,
            },
            headers={},
            accept="application/json",
        )
        response = await self._runtime.send(call)
        return rt.decode(response, _DELIVERABLE_ORDER_ENTRY)

    async def list_offline(
        self,
        *,
        filter_cnr: str | None = None,
        filter_customer: str | None = None,
        filter_delivery_customer: str | None = None,
        filter_project: str | None = None,
        filter_representative_sign: str | None = None,
        filter_with_hidden: bool | None = None,
        limit: int | None = None,
        start_index: int | None = None,
    ) -> rt.Result[OfflineOrderEntry]:
        """Get order data for offline processing (``GET /api/v1/order/offline``), with the raw response."""
        call = rt.prepare(
            _OP_GET_OFFLINE_ORDERS,
            path={},
            query={
                "filter_cnr": filter_cnr,
                "filter_customer": filter_customer,
                "filter_delivery_customer": filter_delivery_customer,
                "filter_project": filter_project,
                "filter_representativeSign": filter_representative_sign,
                "filter_withHidden": filter_with_hidden,
                "limit": limit,
                "startIndex": start_index,
            },
            headers={},
            accept="application/json",
        )
        response = await self._runtime.send(call)
        return rt.decode(response, _OFFLINE_ORDER_ENTRY)

    async def list_positions_by_filter(
        self,
        *,
        filter_cnr: str | None = None,
        filter_customer: str | None = None,
        filter_myopen: bool | None = None,
        filter_project: str | None = None,
        filter_representative_sign: str | None = None,
        filter_with_hidden: bool | None = None,
        limit: int | None = None,
        start_index: int | None = None,
    ) -> rt.Result[builtins.list[OrderpositionsEntry]]:
        """List the positions of the orders that match the filter (``GET /api/v1/order/position``), with the raw response."""
        call = rt.prepare(
            _OP_GET_ORDERS_POSITIONS,
            path={},
            query={
                "filter_cnr": filter_cnr,
                "filter_customer": filter_customer,
                "filter_myopen": filter_myopen,
                "filter_project": filter_project,
                "filter_representativeSign": filter_representative_sign,
                "filter_withHidden": filter_with_hidden,
                "limit": limit,
                "startIndex": start_index,
            },
            headers={},
            accept="application/json",
        )
        response = await self._runtime.send(call)
        return rt.decode(response, _LIST_ORDERPOSITIONS_ENTRY)

    async def delete_position(
        self,
        *,
        positionid: int,
    ) -> rt.Result[None]:
        """Delete an order position (``DELETE /api/v1/order/position/{positionid}``), with the raw response."""
        call = rt.prepare(
            _OP_DELETE_ORDER_POSITION,
            path={
                "positionid": positionid,
            },
            query={},
            headers={},
        )
        response = await self._runtime.send(call)
        return rt.no_content(response)

    async def activate(
        self,
        *,
        orderid: int,
        verified: bool,
    ) -> rt.Result[OrderActivationEntry]:
        """Activate an order (``POST /api/v1/order/{orderid}/activate``), with the raw response."""
        call = rt.prepare(
            _OP_ACTIVATE_ORDER,
            path={
                "orderid": orderid,
            },
            query={
                "verified": verified,
            },
            headers={},
            accept="application/json",
        )
        response = await self._runtime.send(call)
        return rt.decode(response, _ORDER_ACTIVATION_ENTRY)

    async def upload_documents(
        self,
        *,
        orderid: int,
        body: MultipartBody | MultipartBodyDict,
        grouping: str | None = None,
        keywords: str | None = None,
        securitylevel: int | None = None,
        type_: str | None = None,
    ) -> rt.Result[None]:
        """Upload documents to the order's document storage (``POST /api/v1/order/{orderid}/document``), with the raw response."""
        call = rt.prepare(
            _OP_CREATE_ORDER_DOCUMENT,
            path={
                "orderid": orderid,
            },
            query={
                "grouping": grouping,
                "keywords": keywords,
                "securitylevel": securitylevel,
                "type": type_,
            },
            headers={},
            json_body=body,
        )
        response = await self._runtime.send(call)
        return rt.no_content(response)

    async def add_item_position(
        self,
        *,
        orderid: int,
        body: CreateOrderItemPositionEntry | CreateOrderItemPositionEntryDict,
    ) -> rt.Result[CreatedOrderPositionEntry]:
        """Add an item position to an order (``POST /api/v1/order/{orderid}/itemposition``), with the raw response."""
        call = rt.prepare(
            _OP_CREATE_ORDER_ITEM_POSITION,
            path={
                "orderid": orderid,
            },
            query={},
            headers={},
            accept="application/json",
            json_body=body,
        )
        response = await self._runtime.send(call)
        return rt.decode(response, _CREATED_ORDER_POSITION_ENTRY)

    async def add_manual_item_position(
        self,
        *,
        orderid: int,
        body: CreateOrderManualItemPositionEntry | CreateOrderManualItemPositionEntryDict,
    ) -> rt.Result[CreatedOrderPositionEntry]:
        """Add a manual-entry position to an order (``POST /api/v1/order/{orderid}/manualitemposition``), with the raw response."""
        call = rt.prepare(
            _OP_CREATE_ORDER_MANUAL_ITEM_POSITION,
            path={
                "orderid": orderid,
            },
            query={},
            headers={},
            accept="application/json",
            json_body=body,
        )
        response = await self._runtime.send(call)
        return rt.decode(response, _CREATED_ORDER_POSITION_ENTRY)

    async def list_positions(
        self,
        *,
        orderid: int,
        limit: int = 50,
        start_index: int | None = None,
    ) -> rt.Result[builtins.list[OrderpositionEntry]]:
        """List the positions of an order (``GET /api/v1/order/{orderid}/position``), with the raw response."""
        call = rt.prepare(
            _OP_GET_ORDER_POSITIONS,
            path={
                "orderid": orderid,
            },
            query={
                "limit": None if limit == 50 else limit,
                "startIndex": start_index,
            },
            headers={},
            accept="application/json",
        )
        response = await self._runtime.send(call)
        return rt.decode(response, _LIST_ORDERPOSITION_ENTRY)

    async def get_settlement_of_hours(
        self,
        *,
        orderid: int,
    ) -> rt.Result[SettlementOfHoursEntry]:
        """Get the settlement of hours of an order (``GET /api/v1/order/{orderid}/settlementofhours``), with the raw response."""
        call = rt.prepare(
            _OP_GET_SETTLEMENT_OF_HOURS,
            path={
                "orderid": orderid,
            },
            query={},
            headers={},
            accept="application/json",
        )
        response = await self._runtime.send(call)
        return rt.decode(response, _SETTLEMENT_OF_HOURS_ENTRY)

    async def store_signed_settlement_of_hours(
        self,
        *,
        orderid: int,
        user_id: str | None = None,
        remark: str | None = None,
        pdf_content: str | None = None,
        signature_content: str | None = None,
        signature_ms: int | None = None,
        order_id: int | None = None,
        signature_type: str | None = None,
        serial_number: int | None = None,
        signer_name: str | None = None,
        id_: int | None = None,
    ) -> rt.Result[None]:
        """Store a signed settlement of hours for an order (``POST /api/v1/order/{orderid}/settlementofhours``), with the raw response."""
        call = rt.prepare(
            _OP_CREATE_SETTLEMENT_OF_HOURS_SIGNATURE,
            path={
                "orderid": orderid,
            },
            query={},
            headers={},
            json_body=rt.present(
                {
                    "userId": user_id,
                    "remark": remark,
                    "pdfContent": pdf_content,
                    "signatureContent": signature_content,
                    "signatureMs": signature_ms,
                    "orderId": order_id,
                    "signatureType": signature_type,
                    "serialNumber": serial_number,
                    "signerName": signer_name,
                    "id": id_,
                }
            ),
        )
        response = await self._runtime.send(call)
        return rt.no_content(response)

    async def sort_by_item_number(
        self,
        *,
        orderid: int,
    ) -> rt.Result[OrderSortedEntry]:
        """Sort the positions of an order by item number (``POST /api/v1/order/{orderid}/sortbyitemnumber``), with the raw response."""
        call = rt.prepare(
            _OP_SORT_ORDER_BY_ITEM_NUMBER,
            path={
                "orderid": orderid,
            },
            query={},
            headers={},
            accept="application/json",
        )
        response = await self._runtime.send(call)
        return rt.decode(response, _ORDER_SORTED_ENTRY)

    async def add_textblock_position(
        self,
        *,
        orderid: int,
        body: CreateOrderTextblockPositionEntry | CreateOrderTextblockPositionEntryDict,
    ) -> rt.Result[CreatedOrderPositionEntry]:
        """Add a text-block position to an order (``POST /api/v1/order/{orderid}/textblock``), with the raw response."""
        call = rt.prepare(
            _OP_CREATE_ORDER_TEXTBLOCK_POSITION,
            path={
                "orderid": orderid,
            },
            query={},
            headers={},
            accept="application/json",
            json_body=body,
        )
        response = await self._runtime.send(call)
        return rt.decode(response, _CREATED_ORDER_POSITION_ENTRY)

    async def add_text_position(
        self,
        *,
        orderid: int,
        body: CreateOrderTextPositionEntry | CreateOrderTextPositionEntryDict,
    ) -> rt.Result[CreatedOrderPositionEntry]:
        """Add a text position to an order (``POST /api/v1/order/{orderid}/textposition``), with the raw response."""
        call = rt.prepare(
            _OP_CREATE_ORDER_TEXT_POSITION,
            path={
                "orderid": orderid,
            },
            query={},
            headers={},
            accept="application/json",
            json_body=body,
        )
        response = await self._runtime.send(call)
        return rt.decode(response, _CREATED_ORDER_POSITION_ENTRY)

    async def update_item_position(
        self,
        *,
        orderid: int,
        positionid: int,
        body: CreateOrderItemPositionEntry | CreateOrderItemPositionEntryDict,
    ) -> rt.Result[CreatedOrderPositionEntry]:
        """Change an order position into an item position (``PUT /api/v1/order/{orderid}/itemposition/{positionid}``), with the raw response."""
        call = rt.prepare(
            _OP_UPDATE_ORDER_ITEM_POSITION,
            path={
                "orderid": orderid,
                "positionid": positionid,
            },
            query={},
            headers={},
            accept="application/json",
            json_body=body,
        )
        response = await self._runtime.send(call)
        return rt.decode(response, _CREATED_ORDER_POSITION_ENTRY)

    async def update_manual_item_position(
        self,
        *,
        orderid: int,
        positionid: int,
        body: CreateOrderManualItemPositionEntry | CreateOrderManualItemPositionEntryDict,
    ) -> rt.Result[CreatedOrderPositionEntry]:
        """Change an order position into a manual-entry position (``PUT /api/v1/order/{orderid}/manualitemposition/{positionid}``), with the raw response."""
        call = rt.prepare(
            _OP_UPDATE_ORDER_MANUAL_ITEM_POSITION,
            path={
                "orderid": orderid,
                "positionid": positionid,
            },
            query={},
            headers={},
            accept="application/json",
            json_body=body,
        )
        response = await self._runtime.send(call)
        return rt.decode(response, _CREATED_ORDER_POSITION_ENTRY)


class AsyncOrdersResource:
    """``client.orders``: Orders."""

    def __init__(self, runtime: rt.AsyncRuntime) -> None:
        self._raw = AsyncOrdersResourceWithRawResponse(runtime)

    async def list(
        self,
        *,
        filter_cnr: str | None = None,
        filter_customer: str | None = None,
        filter_myopen: bool | None = None,
        filter_project: str | None = None,
        filter_representative_sign: str | None = None,
        filter_with_hidden: bool | None = None,
        limit: int | None = None,
        start_index: int | None = None,
    ) -> builtins.list[OrderEntry]:
        """List the orders that match the filter (``GET /api/v1/order``).

        ``filter_cnr`` (``filter_cnr``): The order number to filter by.

        ``filter_customer`` (``filter_customer``): The customer name to filter by.

        ``filter_myopen`` (``filter_myopen``): A boolean filter. The document gives only the type, no description.

        ``filter_project`` (``filter_project``): The project name of the order to filter by.

        ``filter_representative_sign`` (``filter_representativeSign``): If given, the short sign(s) of the sales representative to filter by. Several signs may be given, separated by `,` (comma). Example: `abc` or `ab,cd`.

        ``filter_with_hidden`` (``filter_withHidden``): With true, hidden orders are returned as well.

        ``limit`` (``limit``): The maximum number of entries to return.

        ``start_index`` (``startIndex``): The start index.
        """
        return (
            await self._raw.list(
                filter_cnr=filter_cnr,
                filter_customer=filter_customer,
                filter_myopen=filter_myopen,
                filter_project=filter_project,
                filter_representative_sign=filter_representative_sign,
                filter_with_hidden=filter_with_hidden,
                limit=limit,
                start_index=start_index,
            )
        ).parsed

    def iter_list(
        self,
        *,
        filter_cnr: str | None = None,
        filter_customer: str | None = None,
        filter_myopen: bool | None = None,
        filter_project: str | None = None,
        filter_representative_sign: str | None = None,
        filter_with_hidden: bool | None = None,
        limit: int | None = None,
    ) -> AsyncIterator[OrderEntry]:
        """Every item of ``list``, page after page (offset paging)."""
        _paging: rt.Paging[builtins.list[OrderEntry], OrderEntry] = rt.Paging(
            "offset",
            0,
            items=lambda page: page,
            count=lambda page: None,
        )
        return rt.aiterate(
            lambda cursor: self.list(
                filter_cnr=filter_cnr,
                filter_customer=filter_customer,
                filter_myopen=filter_myopen,
                filter_project=filter_project,
                filter_representative_sign=filter_representative_sign,
                filter_with_hidden=filter_with_hidden,
                limit=limit,
                start_index=cursor,
            ),
            _paging,
            size=limit,
        )

    async def get_comments(
        self,
        *,
        add_external_comment: bool = True,
        add_internal_comment: bool = True,
        order_cnr: str | None = None,
        orderid: int | None = None,
    ) -> OrderComments:
        """Get the comments of an order (``GET /api/v1/order/comments``).

        ``add_external_comment`` (``addExternalComment``): When true or not given, the external comment is returned.

        ``add_internal_comment`` (``addInternalComment``): When true or not given, the internal comment is returned.

        ``order_cnr`` (``orderCnr``): The (optional) order number. Give `orderid` or `orderCnr`.

        ``orderid`` (``orderid``): The (optional) id of the order. Give `orderid` or `orderCnr`.
        """
        return (
            await self._raw.get_comments(
                add_external_comment=add_external_comment,
                add_internal_comment=add_internal_comment,
                order_cnr=order_cnr,
                orderid=orderid,
            )
        ).parsed

    async def get_delivery_status(
        self,
        *,
        order_cnr: str | None = None,
        orderid: int | None = None,
    ) -> DeliverableOrderEntry:
        """Get the delivery status of an order (``GET /api/v1/order/deliverable``).

        ``order_cnr`` (``orderCnr``): The (optional) order number.

        ``orderid`` (``orderid``): The (optional) id of the order. When `orderCnr` is given too, `orderid` takes priority.
        """
        return (
            await self._raw.get_delivery_status(
                order_cnr=order_cnr,
                orderid=orderid,
            )
        ).parsed

    async def list_offline(
        self,
        *,
        filter_cnr: str | None = None,
        filter_customer: str | None = None,
        filter_delivery_customer: str | None = None,
        filter_project: str | None = None,
        filter_representative_sign: str | None = None,
        filter_with_hidden: bool | None = None,
        limit: int | None = None,
        start_index: int | None = None,
    ) -> OfflineOrderEntry:
        """Get order data for offline processing (``GET /api/v1/order/offline``).

        ``filter_cnr`` (``filter_cnr``): The order number to filter by.

        ``filter_customer`` (``filter_customer``): The name of the ordering customer to filter by.

        ``filter_delivery_customer`` (``filter_delivery_customer``): The name of the receiving customer to filter by.

        ``filter_project`` (``filter_project``): The project name of the order to filter by.

        ``filter_representative_sign`` (``filter_representativeSign``): If given, the short sign(s) of the sales representative to filter by. Several signs may be given, separated by `,` (comma). Example: `abc` or `ab,cd`.

        ``filter_with_hidden`` (``filter_withHidden``): With true, hidden orders are returned as well.

        ``limit`` (``limit``): The maximum number of orders to return.

        ``start_index`` (``startIndex``): The start index of the orders.
        """
        return (
            await self._raw.list_offline(
                filter_cnr=filter_cnr,
                filter_customer=filter_customer,
                filter_delivery_customer=filter_delivery_customer,
                filter_project=filter_project,
                filter_representative_sign=filter_representative_sign,
                filter_with_hidden=filter_with_hidden,
                limit=limit,
                start_index=start_index,
            )
        ).parsed

    async def list_positions_by_filter(
        self,
        *,
        filter_cnr: str | None = None,
        filter_customer: str | None = None,
        filter_myopen: bool | None = None,
        filter_project: str | None = None,
        filter_representative_sign: str | None = None,
        filter_with_hidden: bool | None = None,
        limit: int | None = None,
        start_index: int | None = None,
    ) -> builtins.list[OrderpositionsEntry]:
        """List the positions of the orders that match the filter (``GET /api/v1/order/position``).

        ``filter_cnr`` (``filter_cnr``): The order number to filter by.

        ``filter_customer`` (``filter_customer``): The customer name to filter by.

        ``filter_myopen`` (``filter_myopen``): A boolean filter. The document gives only the type, no description.

        ``filter_project`` (``filter_project``): The project name of the order to filter by.

        ``filter_representative_sign`` (``filter_representativeSign``): If given, the short sign(s) of the sales representative to filter by. Several signs may be given, separated by `,` (comma). Example: `abc` or `ab,cd`.

        ``filter_with_hidden`` (``filter_withHidden``): With true, hidden orders are returned as well.

        ``limit`` (``limit``): The maximum number of orders to return.

        ``start_index`` (``startIndex``): The start index of the orders.
        """
        return (
            await self._raw.list_positions_by_filter(
                filter_cnr=filter_cnr,
                filter_customer=filter_customer,
                filter_myopen=filter_myopen,
                filter_project=filter_project,
                filter_representative_sign=filter_representative_sign,
                filter_with_hidden=filter_with_hidden,
                limit=limit,
                start_index=start_index,
            )
        ).parsed

    async def delete_position(
        self,
        *,
        positionid: int,
    ) -> None:
        """Delete an order position (``DELETE /api/v1/order/position/{positionid}``).

        ``positionid`` (``positionid``): Id of the order position to delete.
        """
        return (
            await self._raw.delete_position(
                positionid=positionid,
            )
        ).parsed

    async def activate(
        self,
        *,
        orderid: int,
        verified: bool,
    ) -> OrderActivationEntry:
        """Activate an order (``POST /api/v1/order/{orderid}/activate``).

        ``orderid`` (``orderid``): Id of the order to activate.

        ``verified`` (``verified``): Must be true for the function to run.
        """
        return (
            await self._raw.activate(
                orderid=orderid,
                verified=verified,
            )
        ).parsed

    async def upload_documents(
        self,
        *,
        orderid: int,
        body: MultipartBody | MultipartBodyDict,
        grouping: str | None = None,
        keywords: str | None = None,
        securitylevel: int | None = None,
        type_: str | None = None,
    ) -> None:
        """Upload documents to the order's document storage (``POST /api/v1/order/{orderid}/document``).

        ``orderid`` (``orderid``): Id of the order.

        ``grouping`` (``grouping``): The grouping (optional).

        ``keywords`` (``keywords``): The keywords of the document (optional).

        ``securitylevel`` (``securitylevel``): The security level (optional).

        ``type_`` (``type``): The document type (Belegart) (optional).
        """
        return (
            await self._raw.upload_documents(
                orderid=orderid,
                grouping=grouping,
                keywords=keywords,
                securitylevel=securitylevel,
                type_=type_,
                body=body,
            )
        ).parsed

    async def add_item_position(
        self,
        *,
        orderid: int,
        body: CreateOrderItemPositionEntry | CreateOrderItemPositionEntryDict,
    ) -> CreatedOrderPositionEntry:
        """Add an item position to an order (``POST /api/v1/order/{orderid}/itemposition``).

        ``orderid`` (``orderid``): Id of the order.
        """
        return (
            await self._raw.add_item_position(
                orderid=orderid,
                body=body,
            )
        ).parsed

    async def add_manual_item_position(
        self,
        *,
        orderid: int,
        body: CreateOrderManualItemPositionEntry | CreateOrderManualItemPositionEntryDict,
    ) -> CreatedOrderPositionEntry:
        """Add a manual-entry position to an order (``POST /api/v1/order/{orderid}/manualitemposition``).

        ``orderid`` (``orderid``): Id of the order.
        """
        return (
            await self._raw.add_manual_item_position(
                orderid=orderid,
                body=body,
            )
        ).parsed

    async def list_positions(
        self,
        *,
        orderid: int,
        limit: int = 50,
        start_index: int | None = None,
    ) -> builtins.list[OrderpositionEntry]:
        """List the positions of an order (``GET /api/v1/order/{orderid}/position``).

        ``orderid`` (``orderid``): Id of the order whose positions are returned.

        ``limit`` (``limit``): The maximum number of positions to return. Default 50.

        ``start_index`` (``startIndex``): The index from which positions are returned.
        """
        return (
            await self._raw.list_positions(
                orderid=orderid,
                limit=limit,
                start_index=start_index,
            )
        ).parsed

    def iter_list_positions(
        self,
        *,
        orderid: int,
        limit: int = 50,
    ) -> AsyncIterator[OrderpositionEntry]:
        """Every item of ``list_positions``, page after page (offset paging)."""
        _paging: rt.Paging[builtins.list[OrderpositionEntry], OrderpositionEntry] = rt.Paging(
            "offset",
            0,
            items=lambda page: page,
            count=lambda page: None,
        )
        return rt.aiterate(
            lambda cursor: self.list_positions(orderid=orderid, limit=limit, start_index=cursor),
            _paging,
            size=limit,
        )

    async def get_settlement_of_hours(
        self,
        *,
        orderid: int,
    ) -> SettlementOfHoursEntry:
        """Get the settlement of hours of an order (``GET /api/v1/order/{orderid}/settlementofhours``).

        ``orderid`` (``orderid``): Id of the order.
        """
        return (
            await self._raw.get_settlement_of_hours(
                orderid=orderid,
            )
        ).parsed

    async def store_signed_settlement_of_hours(
        self,
        *,
        orderid: int,
        user_id: str | None = None,
        remark: str | None = None,
        pdf_content: str | None = None,
        signature_content: str | None = None,
        signature_ms: int | None = None,
        order_id: int | None = None,
        signature_type: str | None = None,
        serial_number: int | None = None,
        signer_name: str | None = None,
        id_: int | None = None,
    ) -> None:
        """Store a signed settlement of hours for an order (``POST /api/v1/order/{orderid}/settlementofhours``).

        ``orderid`` (``orderid``): Id of the order (the server does not read it; it takes `orderId` from the body).

        ``user_id`` (``userId``): The "token" determined at logon: the server logs on with this field.
        """
        return (
            await self._raw.store_signed_settlement_of_hours(
                orderid=orderid,
                user_id=user_id,
                remark=remark,
                pdf_content=pdf_content,
                signature_content=signature_content,
                signature_ms=signature_ms,
                order_id=order_id,
                signature_type=signature_type,
                serial_number=serial_number,
                signer_name=signer_name,
                id_=id_,
            )
        ).parsed

    async def sort_by_item_number(
        self,
        *,
        orderid: int,
    ) -> OrderSortedEntry:
        """Sort the positions of an order by item number (``POST /api/v1/order/{orderid}/sortbyitemnumber``).

        ``orderid`` (``orderid``): Id of the order to sort.
        """
        return (
            await self._raw.sort_by_item_number(
                orderid=orderid,
            )
        ).parsed

    async def add_textblock_position(
        self,
        *,
        orderid: int,
        body: CreateOrderTextblockPositionEntry | CreateOrderTextblockPositionEntryDict,
    ) -> CreatedOrderPositionEntry:
        """Add a text-block position to an order (``POST /api/v1/order/{orderid}/textblock``).

        ``orderid`` (``orderid``): Id of the order.
        """
        return (
            await self._raw.add_textblock_position(
                orderid=orderid,
                body=body,
            )
        ).parsed

    async def add_text_position(
        self,
        *,
        orderid: int,
        body: CreateOrderTextPositionEntry | CreateOrderTextPositionEntryDict,
    ) -> CreatedOrderPositionEntry:
        """Add a text position to an order (``POST /api/v1/order/{orderid}/textposition``).

        ``orderid`` (``orderid``): Id of the order.
        """
        return (
            await self._raw.add_text_position(
                orderid=orderid,
                body=body,
            )
        ).parsed

    async def update_item_position(
        self,
        *,
        orderid: int,
        positionid: int,
        body: CreateOrderItemPositionEntry | CreateOrderItemPositionEntryDict,
    ) -> CreatedOrderPositionEntry:
        """Change an order position into an item position (``PUT /api/v1/order/{orderid}/itemposition/{positionid}``).

        ``orderid`` (``orderid``): Id of the order.

        ``positionid`` (``positionid``): Id of the order position to change.
        """
        return (
            await self._raw.update_item_position(
                orderid=orderid,
                positionid=positionid,
                body=body,
            )
        ).parsed

    async def update_manual_item_position(
        self,
        *,
        orderid: int,
        positionid: int,
        body: CreateOrderManualItemPositionEntry | CreateOrderManualItemPositionEntryDict,
    ) -> CreatedOrderPositionEntry:
        """Change an order position into a manual-entry position (``PUT /api/v1/order/{orderid}/manualitemposition/{positionid}``).

        ``orderid`` (``orderid``): Id of the order.

        ``positionid`` (``positionid``): Id of the order position to change.
        """
        return (
            await self._raw.update_manual_item_position(
                orderid=orderid,
                positionid=positionid,
                body=body,
            )
        ).parsed


class AsyncAuthResourceWithRawResponse:
    """``client.with_raw_response.auth``: Auth, each method returning ``Result[T]``
    (``.parsed``, ``.response``)."""

    def __init__(self, runtime: rt.AsyncRuntime) -> None:
        self._runtime = runtime

    async def logon(
        self,
        *,
        username: str,
        password: str,
        client: str | None = None,
        locale_string: str | None = None,
    ) -> rt.Result[LoggedOnEntry]:
        """Log on and get a token (``POST /api/v1/logon/``), with the raw response."""
        call = rt.prepare(
            _OP_LOGON,
            path={},
            query={},
            headers={},
            accept="application/json",
            json_body=rt.present(
                {
                    "username": username,
                    "password": password,
                    "client": client,
                    "localeString": locale_string,
                }
            ),
        )
        response = await self._runtime.send(call)
        result = rt.decode(response, _LOGGED_ON_ENTRY)
        if result.parsed.token is not None:
            # The logon token is the credential of every apiKey scheme the spec declares.
            self._runtime.security.keep_logon_token(_LOGON_CREDENTIALS, result.parsed.token)
        return result


class AsyncAuthResource:
    """``client.auth``: Auth."""

    def __init__(self, runtime: rt.AsyncRuntime) -> None:
        self._raw = AsyncAuthResourceWithRawResponse(runtime)

    async def logon(
        self,
        *,
        username: str,
        password: str,
        client: str | None = None,
        locale_string: str | None = None,
    ) -> LoggedOnEntry:
        """Log on and get a token (``POST /api/v1/logon/``).

        ``username`` (``username``): The user name (400 when empty).

        ``password`` (``password``): The user's password (400 when empty).

        ``client`` (``client``): The (optional) tenant (Mandant) to log on to.

        ``locale_string`` (``localeString``): The (optional) locale: language then country, four letters, e.g. `deAT`; without it the locale of the main tenant is used.
        """
        return (
            await self._raw.logon(
                username=username,
                password=password,
                client=client,
                locale_string=locale_string,
            )
        ).parsed


class AsyncClientWithRawResponse:
    """``client.with_raw_response``: the namespaces of ``AsyncClient``, each method returning ``Result[T]``."""

    def __init__(self, runtime: rt.AsyncRuntime) -> None:
        self._runtime = runtime

    @property
    def orders(self) -> AsyncOrdersResourceWithRawResponse:
        return AsyncOrdersResourceWithRawResponse(self._runtime)

    @property
    def auth(self) -> AsyncAuthResourceWithRawResponse:
        return AsyncAuthResourceWithRawResponse(self._runtime)


class AsyncClient:
    """Asynchronous client of the HELIUM V ERP: OrderApi API (httpx).

    The operations are grouped by resource: ``orders``, ``auth``    (``client.orders.list(…)``). ``with_raw_response``
    has the same namespaces returning ``Result[T]``; ``with_options(…)`` a copy with another timeout,
    retries or headers, sharing the connection pool.

    Use it as an async context manager (``async with``), or call ``await client.aclose()`` when done (``close`` is
    an alias).
    """

    def __init__(
        self,
        *,
        hvtoken: str | None = None,
        userid: str | None = None,
        scheme: str = "http",
        host: str = "localhost",
        port: str = "8280",
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

        - ``hvtoken``: hvtoken (sent as the header `hvtoken`). Is the token determined at logon, sent as the `hvtoken` header; listed on GET order/comments, order/deliverable and order/offline beside `userid` (on order/offline marked '(optional)', line 195).

        - ``userid``: userid (sent as the query `userid`). Is the "token" determined at logon (returned by POST /api/v1/logon/), sent as the `userid` query parameter on every operation whose table lists `userid`.

        ``base_url`` replaces the server URL built from the server variables
        (``scheme``, ``host``, ``port``).
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
                "hvtoken": hvtoken,
                "userid": userid,
            },
        )
        self._http = httpx.AsyncClient(
            base_url=base_url
            or _BASE_URL.format(
                scheme=scheme,
                host=host,
                port=port,
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
    def orders(self) -> AsyncOrdersResource:
        """Orders: ``list``, ``get_comments``, ``get_delivery_status``, ``list_offline``, ``list_positions_by_filter``, ``delete_position``, ``activate``, ``upload_documents``, ``add_item_position``, ``add_manual_item_position``, ``list_positions``, ``get_settlement_of_hours``, ``store_signed_settlement_of_hours``, ``sort_by_item_number``, ``add_textblock_position``, ``add_text_position``, ``update_item_position``, ``update_manual_item_position``."""
        return AsyncOrdersResource(self._runtime)

    @property
    def auth(self) -> AsyncAuthResource:
        """Auth: ``logon``."""
        return AsyncAuthResource(self._runtime)

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
