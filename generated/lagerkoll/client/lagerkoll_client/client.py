"""Lagerkoll Projects API: ``Client`` and ``AsyncClient``, one method per operation of the spec.

The operations are grouped in namespaces, one per resource (``client.export.create(…)``):
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
from typing import Literal, Self

import httpx
from pydantic import TypeAdapter

from . import _runtime as rt
from .bodies import (
    CloseProjectRequestDtoDict,
    InvoiceDraftProjectArticlesRequestDtoDict,
    InvoiceProjectArticlesRequestDtoDict,
    ProjectArticleDtoInputDict,
    ProjectCustomerOrderRequestDtoDict,
    ProjectDtoInputDict,
)
from .errors import ERROR_FORMAT
from .models import (
    CloseProjectRequestDto,
    Error,
    InvoiceDraftDto,
    InvoiceDraftProjectArticlesRequestDto,
    InvoiceProjectArticlesRequestDto,
    InvoiceProjectArticlesResponseDto,
    ProjectArticleDto,
    ProjectArticleDtoInput,
    ProjectArticlesResponseDto,
    ProjectCustomerOrderRequestDto,
    ProjectDto,
    ProjectDtoInput,
    ProjectInvoiceDraftsResponseDto,
    ProjectsResponseDto,
)

__all__ = [
    "AsyncClient",
    "AsyncClientWithRawResponse",
    "AsyncExportResource",
    "AsyncExportResourceWithRawResponse",
    "AsyncProjectsResource",
    "AsyncProjectsResourceWithRawResponse",
    "Client",
    "ClientWithRawResponse",
    "ExportResource",
    "ExportResourceWithRawResponse",
    "ProjectsResource",
    "ProjectsResourceWithRawResponse",
]

_BASE_URL = "https://capi.lagerkoll.com/v1/projects"
_SCHEMES: dict[str, rt.Scheme] = {
    "apiKey": rt.Scheme("api_key", "header", "api_key", "api_key"),
    "store": rt.Scheme("api_key", "header", "store", "store"),
    "userId": rt.Scheme("api_key", "header", "user_id", "user_id"),
    "userToken": rt.Scheme("api_key", "header", "user_token", "user_token"),
}

_ERROR: TypeAdapter[Error] = TypeAdapter(Error)
_INVOICE_PROJECT_ARTICLES_RESPONSE_DTO: TypeAdapter[InvoiceProjectArticlesResponseDto] = (
    TypeAdapter(InvoiceProjectArticlesResponseDto)
)
_PROJECTS_RESPONSE_DTO: TypeAdapter[ProjectsResponseDto] = TypeAdapter(ProjectsResponseDto)
_PROJECT_ARTICLES_RESPONSE_DTO: TypeAdapter[ProjectArticlesResponseDto] = TypeAdapter(
    ProjectArticlesResponseDto
)
_PROJECT_ARTICLE_DTO: TypeAdapter[ProjectArticleDto] = TypeAdapter(ProjectArticleDto)
_PROJECT_DTO: TypeAdapter[ProjectDto] = TypeAdapter(ProjectDto)
_PROJECT_INVOICE_DRAFTS_RESPONSE_DTO: TypeAdapter[ProjectInvoiceDraftsResponseDto] = TypeAdapter(
    ProjectInvoiceDraftsResponseDto
)

_OP_CREATE_EXPORT = rt.Operation(
    "POST",
    "/export",
    (("store", "apiKey"), ("store", "userId", "userToken")),
    {"429": _ERROR, "default": _ERROR},
)
_OP_GET_INVOICE_DRAFTS = rt.Operation(
    "GET",
    "/{project_id}/articles/invoice",
    (("store", "apiKey"), ("store", "userId", "userToken")),
    {"429": _ERROR, "default": _ERROR},
)
_OP_GET_PROJECT = rt.Operation(
    "GET",
    "/{project_id}",
    (("store", "apiKey"), ("store", "userId", "userToken")),
    {"429": _ERROR, "default": _ERROR},
)
_OP_UPDATE_PROJECT = rt.Operation(
    "PUT",
    "/{project_id}",
    (("store", "apiKey"), ("store", "userId", "userToken")),
    {"429": _ERROR, "default": _ERROR},
)
_OP_GET_PROJECTS = rt.Operation(
    "GET",
    "/",
    (("store", "apiKey"), ("store", "userId", "userToken")),
    {"429": _ERROR, "default": _ERROR},
)
_OP_ADD_PROJECT = rt.Operation(
    "POST",
    "/",
    (("store", "apiKey"), ("store", "userId", "userToken")),
    {"429": _ERROR, "default": _ERROR},
)
_OP_GET_CHANGED_PROJECTS = rt.Operation(
    "GET",
    "/events",
    (("store", "apiKey"), ("store", "userId", "userToken")),
    {"429": _ERROR, "default": _ERROR},
)
_OP_GET_PROJECT_ARTICLES = rt.Operation(
    "GET",
    "/{project_id}/articles",
    (("store", "apiKey"), ("store", "userId", "userToken")),
    {"429": _ERROR, "default": _ERROR},
)
_OP_GET_PROJECT_COST = rt.Operation(
    "GET",
    "/{project_id}/cost",
    (("store", "apiKey"), ("store", "userId", "userToken")),
    {"429": _ERROR, "default": _ERROR},
)
_OP_ADD_PROJECT_FROM_CUSTOMER_ORDER = rt.Operation(
    "POST",
    "/customer_order/{customer_order_id}",
    (("store", "apiKey"), ("store", "userId", "userToken")),
    {"429": _ERROR, "default": _ERROR},
)
_OP_ADD_PROJECT_ARTICLE = rt.Operation(
    "POST",
    "/{project_id}/article",
    (("store", "apiKey"), ("store", "userId", "userToken")),
    {"429": _ERROR, "default": _ERROR},
)
_OP_UPDATE_PROJECT_ARTICLE = rt.Operation(
    "PUT",
    "/{project_id}/article/{article_id}",
    (("store", "apiKey"), ("store", "userId", "userToken")),
    {"429": _ERROR, "default": _ERROR},
)
_OP_CREATE_INVOICE_DRAFTS = rt.Operation(
    "PUT",
    "/{project_id}/invoice/draft",
    (("store", "apiKey"), ("store", "userId", "userToken")),
    {"429": _ERROR, "default": _ERROR},
)
_OP_SEND_INVOICE_DRAFTS = rt.Operation(
    "PUT",
    "/{project_id}/invoice",
    (("store", "apiKey"), ("store", "userId", "userToken")),
    {"429": _ERROR, "default": _ERROR},
)
_OP_CLOSE_PROJECT = rt.Operation(
    "PUT",
    "/{project_id}/close",
    (("store", "apiKey"), ("store", "userId", "userToken")),
    {"429": _ERROR, "default": _ERROR},
)


class ExportResourceWithRawResponse:
    """``client.with_raw_response.export``: Export, each method returning ``Result[T]``
    (``.parsed``, ``.response``)."""

    def __init__(self, runtime: rt.Runtime) -> None:
        self._runtime = runtime

    def create(
        self,
        *,
        save_document: bool = False,
    ) -> rt.Result[None]:
        """Create export (``POST /export``), with the raw response."""
        call = rt.prepare(
            _OP_CREATE_EXPORT,
            path={},
            query={
                "save_document": None if save_document is False else save_document,
            },
            headers={},
        )
        response = self._runtime.send(call)
        return rt.no_content(response)


class ExportResource:
    """``client.export``: Export."""

    def __init__(self, runtime: rt.Runtime) -> None:
        self._raw = ExportResourceWithRawResponse(runtime)

    def create(
        self,
        *,
        save_document: bool = False,
    ) -> None:
        """Create export (``POST /export``).

        ``save_document`` (``save_document``): If true, the document will be saved in the feature extension. If false, a mail will be sent to all admins of the store. Default false.
        """
        return self._raw.create(
            save_document=save_document,
        ).parsed


class ProjectsResourceWithRawResponse:
    """``client.with_raw_response.projects``: Projects, each method returning ``Result[T]``
    (``.parsed``, ``.response``)."""

    def __init__(self, runtime: rt.Runtime) -> None:
        self._runtime = runtime

    def list_invoice_drafts(
        self,
        *,
        project_id: int,
        state: Literal[0, 1, 2] = 0,
        page: int = 0,
        limit: int = 50,
        sort_column: Literal["article_id", "article_name", "user", "created"] = "created",
        sort_order: Literal["asc", "desc"] = "desc",
    ) -> rt.Result[ProjectInvoiceDraftsResponseDto]:
        """Get invoice drafts (``GET /{project_id}/articles/invoice``), with the raw response."""
        call = rt.prepare(
            _OP_GET_INVOICE_DRAFTS,
            path={
                "project_id": project_id,
            },
            query={
                "state": None if state == 0 else state,
                "page": None if page == 0 else page,
                "limit": None if limit == 50 else limit,
                "sort_column": None if sort_column == "created" else sort_column,
                "sort_order": None if sort_order == "desc" else sort_order,
            },
            headers={},
            accept="application/json",
        )
        response = self._runtime.send(call)
        return rt.decode(response, _PROJECT_INVOICE_DRAFTS_RESPONSE_DTO)

    def get(
        self,
        *,
        project_id: int,
    ) -> rt.Result[ProjectDto]:
        """Get project for id (``GET /{project_id}``), with the raw response."""
        call = rt.prepare(
            _OP_GET_PROJECT,
            path={
                "project_id": project_id,
            },
            query={},
            headers={},
            accept="application/json",
        )
        response = self._runtime.send(call)
        return rt.decode(response, _PROJECT_DTO)

    def update(
        self,
        *,
        project_id: int,
        body: ProjectDtoInput | ProjectDtoInputDict,
    ) -> rt.Result[ProjectDto]:
        """Update project (``PUT /{project_id}``), with the raw response."""
        call = rt.prepare(
            _OP_UPDATE_PROJECT,
            path={
                "project_id": project_id,
            },
            query={},
            headers={},
            accept="application/json",
            json_body=body,
        )
        response = self._runtime.send(call)
        return rt.decode(response, _PROJECT_DTO)

    def list(
        self,
        *,
        state: Literal[-1, 0, 1] = -1,
        from_: int = 0,
        to: int = 0,
        page: int = 0,
        limit: int = 50,
        query: str | None = None,
        cost: bool = False,
        sort_column: Literal["start_date", "end_date"] = "start_date",
        order: Literal["asc", "desc"] = "desc",
    ) -> rt.Result[ProjectsResponseDto]:
        """Get projects (``GET /``), with the raw response."""
        call = rt.prepare(
            _OP_GET_PROJECTS,
            path={},
            query={
                "state": None if state == -1 else state,
                "from": None if from_ == 0 else from_,
                "to": None if to == 0 else to,
                "page": None if page == 0 else page,
                "limit": None if limit == 50 else limit,
                "query": query,
                "cost": None if cost is False else cost,
                "sort_column": None if sort_column == "start_date" else sort_column,
                "order": None if order == "desc" else order,
            },
            headers={},
            accept="application/json",
        )
        response = self._runtime.send(call)
        return rt.decode(response, _PROJECTS_RESPONSE_DTO)

    def create(
        self,
        *,
        body: ProjectDtoInput | ProjectDtoInputDict,
    ) -> rt.Result[ProjectDto]:
        """Add project (``POST /``), with the raw response."""
        call = rt.prepare(
            _OP_ADD_PROJECT,
            path={},
            query={},
            headers={},
            accept="application/json",
            json_body=body,
        )
        response = self._runtime.send(call)
        return rt.decode(response, _PROJECT_DTO)

    def list_changed(
        self,
        *,
        start_date: str | None = None,
        end_date: str | None = None,
        page: int = 0,
        limit: int = 50,
        sort_column: Literal["name", "customer", "created_by", "created"] = "created",
        order: Literal["asc", "desc"] = "desc",
    ) -> rt.Result[ProjectsResponseDto]:
        """Get changed projects (``GET /events``), with the raw response."""
        call = rt.prepare(
            _OP_GET_CHANGED_PROJECTS,
            path={},
            query={
                "start_date": start_date,
                "end_date": end_date,
                "page": None if page == 0 else page,
                "limit": None if limit == 50 else limit,
                "sort_column": None if sort_column == "created" else sort_column,
                "order": None if order == "desc" else order,
            },
            headers={},
            accept="application/json",
        )
        response = self._runtime.send(call)
        return rt.decode(response, _PROJECTS_RESPONSE_DTO)

    def list_articles(
        self,
        *,
        project_id: int,
        query: str | None = None,
        state: Literal[0, 1, 2] = 0,
        page: int = 0,
        limit: int = 50,
        sort_column: Literal[
            "article_id", "article_name", "user", "checkout_date"
        ] = "checkout_date",
        sort_order: Literal["asc", "desc"] = "desc",
    ) -> rt.Result[ProjectArticlesResponseDto]:
        """Get project articles (``GET /{project_id}/articles``), with the raw response."""
        call = rt.prepare(
            _OP_GET_PROJECT_ARTICLES,
            path={
                "project_id": project_id,
            },
            query={
                "query": query,
                "state": None if state == 0 else state,
                "page": None if page == 0 else page,
                "limit": None if limit == 50 else limit,
                "sort_column": None if sort_column == "checkout_date" else sort_column,
                "sort_order": None if sort_order == "desc" else sort_order,
            },
            headers={},
            accept="application/json",
        )
        response = self._runtime.send(call)
        return rt.decode(response, _PROJECT_ARTICLES_RESPONSE_DTO)

    def get_cost(
        self,
        *,
        project_id: int,
    ) -> rt.Result[ProjectInvoiceDraftsResponseDto]:
        """Get cost for project (``GET /{project_id}/cost``), with the raw response."""
        call = rt.prepare(
            _OP_GET_PROJECT_COST,
            path={
                "project_id": project_id,
            },
            query={},
            headers={},
            accept="application/json",
        )
        response = self._runtime.send(call)
        return rt.decode(response, _PROJECT_INVOICE_DRAFTS_RESPONSE_DTO)

    def create_from_customer_order(
        self,
        *,
        customer_order_id: int,
        body: ProjectCustomerOrderRequestDto | ProjectCustomerOrderRequestDtoDict,
    ) -> rt.Result[ProjectDto]:
        """Add project from customer order (``POST /customer_order/{customer_order_id}``), with the raw response."""
        call = rt.prepare(
            _OP_ADD_PROJECT_FROM_CUSTOMER_ORDER,
            path={
                "customer_order_id": customer_order_id,
            },
            query={},
            headers={},
            accept="application/json",
            json_body=body,
        )
        response = self._runtime.send(call)
        return rt.decode(response, _PROJECT_DTO)

    def add_article(
        self,
        *,
        project_id: int,
        body: ProjectArticleDtoInput | ProjectArticleDtoInputDict,
    ) -> rt.Result[ProjectArticleDto]:
        """Add project article (``POST /{project_id}/article``), with the raw response."""
        call = rt.prepare(
            _OP_ADD_PROJECT_ARTICLE,
            path={
                "project_id": project_id,
            },
            query={},
            headers={},
            accept="application/json",
            json_body=body,
        )
        response = self._runtime.send(call)
        return rt.decode(response, _PROJECT_ARTICLE_DTO)

    def update_article(
        self,
        *,
        project_id: int,
        article_id: str,
        body: ProjectArticleDtoInput | ProjectArticleDtoInputDict,
    ) -> rt.Result[InvoiceProjectArticlesResponseDto]:
        """Update project article (``PUT /{project_id}/article/{article_id}``), with the raw response."""
        call = rt.prepare(
            _OP_UPDATE_PROJECT_ARTICLE,
            path={
                "project_id": project_id,
                "article_id": article_id,
            },
            query={},
            headers={},
            accept="application/json",
            json_body=body,
        )
        response = self._runtime.send(call)
        return rt.decode(response, _INVOICE_PROJECT_ARTICLES_RESPONSE_DTO)

    def create_invoice_drafts(
        self,
        *,
        project_id: int,
        body: InvoiceDraftProjectArticlesRequestDto | InvoiceDraftProjectArticlesRequestDtoDict,
    ) -> rt.Result[InvoiceProjectArticlesResponseDto]:
        """Create invoice drafts (``PUT /{project_id}/invoice/draft``), with the raw response."""
        call = rt.prepare(
            _OP_CREATE_INVOICE_DRAFTS,
            path={
                "project_id": project_id,
            },
            query={},
            headers={},
            accept="application/json",
            json_body=body,
        )
        response = self._runtime.send(call)
        return rt.decode(response, _INVOICE_PROJECT_ARTICLES_RESPONSE_DTO)

    def send_invoice_drafts(
        self,
        *,
        project_id: int,
        body: InvoiceProjectArticlesRequestDto | InvoiceProjectArticlesRequestDtoDict,
    ) -> rt.Result[InvoiceProjectArticlesResponseDto]:
        """Send invoice drafts to external integrations (``PUT /{project_id}/invoice``), with the raw response."""
        call = rt.prepare(
            _OP_SEND_INVOICE_DRAFTS,
            path={
                "project_id": project_id,
            },
            query={},
            headers={},
            accept="application/json",
            json_body=body,
        )
        response = self._runtime.send(call)
        return rt.decode(response, _INVOICE_PROJECT_ARTICLES_RESPONSE_DTO)

    def close(
        self,
        *,
        project_id: int,
        body: CloseProjectRequestDto | CloseProjectRequestDtoDict,
    ) -> rt.Result[ProjectDto]:
        """Close project (``PUT /{project_id}/close``), with the raw response."""
        call = rt.prepare(
            _OP_CLOSE_PROJECT,
            path={
                "project_id": project_id,
            },
            query={},
            headers={},
            accept="application/json",
            json_body=body,
        )
        response = self._runtime.send(call)
        return rt.decode(response, _PROJECT_DTO)


class ProjectsResource:
    """``client.projects``: Projects."""

    def __init__(self, runtime: rt.Runtime) -> None:
        self._raw = ProjectsResourceWithRawResponse(runtime)

    def list_invoice_drafts(
        self,
        *,
        project_id: int,
        state: Literal[0, 1, 2] = 0,
        page: int = 0,
        limit: int = 50,
        sort_column: Literal["article_id", "article_name", "user", "created"] = "created",
        sort_order: Literal["asc", "desc"] = "desc",
    ) -> ProjectInvoiceDraftsResponseDto:
        """Get invoice drafts (``GET /{project_id}/articles/invoice``).

        ``project_id`` (``project_id``): Id of the project (ProjectDto.projectId).

        ``state`` (``state``): 0 - invoice drafts that are not invoiced or in processed (sic), 1 - invoice drafts that are in process but not yet invoiced, 2 - invoice drafts which are invoiced and processed. Default 0.

        ``page`` (``page``): Default 0 (line 65); the document gives no description.

        ``limit`` (``limit``): Default 50 (line 66); the document gives no description.

        ``sort_column`` (``sort_column``): Default created; allowed values article_id, article_name, user, created (line 67).

        ``sort_order`` (``sort_order``): Default desc; allowed values asc, desc (line 68).
        """
        return self._raw.list_invoice_drafts(
            project_id=project_id,
            state=state,
            page=page,
            limit=limit,
            sort_column=sort_column,
            sort_order=sort_order,
        ).parsed

    def iter_list_invoice_drafts(
        self,
        *,
        project_id: int,
        state: Literal[0, 1, 2] = 0,
        limit: int = 50,
        sort_column: Literal["article_id", "article_name", "user", "created"] = "created",
        sort_order: Literal["asc", "desc"] = "desc",
    ) -> Iterator[InvoiceDraftDto]:
        """Every item of ``list_invoice_drafts``, page after page (pages paging)."""
        _paging: rt.Paging[ProjectInvoiceDraftsResponseDto, InvoiceDraftDto] = rt.Paging(
            "pages",
            0,
            items=lambda page: page.invoice_drafts,
            count=lambda page: page.pages,
        )
        return rt.iterate(
            lambda cursor: self.list_invoice_drafts(
                project_id=project_id,
                state=state,
                limit=limit,
                sort_column=sort_column,
                sort_order=sort_order,
                page=cursor,
            ),
            _paging,
            size=limit,
        )

    def get(
        self,
        *,
        project_id: int,
    ) -> ProjectDto:
        """Get project for id (``GET /{project_id}``).

        ``project_id`` (``project_id``): Id of the project (ProjectDto.projectId).
        """
        return self._raw.get(
            project_id=project_id,
        ).parsed

    def update(
        self,
        *,
        project_id: int,
        body: ProjectDtoInput | ProjectDtoInputDict,
    ) -> ProjectDto:
        """Update project (``PUT /{project_id}``).

        ``project_id`` (``project_id``): Id of the project (ProjectDto.projectId).
        """
        return self._raw.update(
            project_id=project_id,
            body=body,
        ).parsed

    def list(
        self,
        *,
        state: Literal[-1, 0, 1] = -1,
        from_: int = 0,
        to: int = 0,
        page: int = 0,
        limit: int = 50,
        query: str | None = None,
        cost: bool = False,
        sort_column: Literal["start_date", "end_date"] = "start_date",
        order: Literal["asc", "desc"] = "desc",
    ) -> ProjectsResponseDto:
        """Get projects (``GET /``).

        ``state`` (``state``): Default -1; allowed values 0, 1 (line 88). The document gives no description and no meaning for the values.

        ``from_`` (``from``): Default 0 (line 89); the document gives no description.

        ``to`` (``to``): Default 0 (line 90); the document gives no description.

        ``page`` (``page``): Default 0 (line 91); the document gives no description.

        ``limit`` (``limit``): Default 50 (line 92); the document gives no description.

        ``query`` (``query``): The document gives neither a description nor a default (line 93).

        ``cost`` (``cost``): Default false (line 94); the document gives no description.

        ``sort_column`` (``sort_column``): Default start_date; allowed values start_date, end_date (line 95).

        ``order`` (``order``): Default desc; allowed values asc, desc (line 96).
        """
        return self._raw.list(
            state=state,
            from_=from_,
            to=to,
            page=page,
            limit=limit,
            query=query,
            cost=cost,
            sort_column=sort_column,
            order=order,
        ).parsed

    def iter_list(
        self,
        *,
        state: Literal[-1, 0, 1] = -1,
        from_: int = 0,
        to: int = 0,
        limit: int = 50,
        query: str | None = None,
        cost: bool = False,
        sort_column: Literal["start_date", "end_date"] = "start_date",
        order: Literal["asc", "desc"] = "desc",
    ) -> Iterator[ProjectDto]:
        """Every item of ``list``, page after page (pages paging)."""
        _paging: rt.Paging[ProjectsResponseDto, ProjectDto] = rt.Paging(
            "pages",
            0,
            items=lambda page: page.projects,
            count=lambda page: page.pages,
        )
        return rt.iterate(
            lambda cursor: self.list(
                state=state,
                from_=from_,
                to=to,
                limit=limit,
                query=query,
                cost=cost,
                sort_column=sort_column,
                order=order,
                page=cursor,
            ),
            _paging,
            size=limit,
        )

    def create(
        self,
        *,
        body: ProjectDtoInput | ProjectDtoInputDict,
    ) -> ProjectDto:
        """Add project (``POST /``)."""
        return self._raw.create(
            body=body,
        ).parsed

    def list_changed(
        self,
        *,
        start_date: str | None = None,
        end_date: str | None = None,
        page: int = 0,
        limit: int = 50,
        sort_column: Literal["name", "customer", "created_by", "created"] = "created",
        order: Literal["asc", "desc"] = "desc",
    ) -> ProjectsResponseDto:
        """Get changed projects (``GET /events``).

        ``start_date`` (``start_date``): Start date of when events can occur. Format is yyyy-MM-dd and defaults to previous month.

        ``end_date`` (``end_date``): End date of when events can occur. Format is yyyy-MM-dd and defaults to end of start date's month.

        ``page`` (``page``): Default 0 (line 110); the document gives no description.

        ``limit`` (``limit``): Default 50 (line 111); the document gives no description.

        ``sort_column`` (``sort_column``): Default created; allowed values name, customer, created_by, created (line 112).

        ``order`` (``order``): Default desc; allowed values asc, desc (line 113).
        """
        return self._raw.list_changed(
            start_date=start_date,
            end_date=end_date,
            page=page,
            limit=limit,
            sort_column=sort_column,
            order=order,
        ).parsed

    def iter_list_changed(
        self,
        *,
        start_date: str | None = None,
        end_date: str | None = None,
        limit: int = 50,
        sort_column: Literal["name", "customer", "created_by", "created"] = "created",
        order: Literal["asc", "desc"] = "desc",
    ) -> Iterator[ProjectDto]:
        """Every item of ``list_changed``, page after page (pages paging)."""
        _paging: rt.Paging[ProjectsResponseDto, ProjectDto] = rt.Paging(
            "pages",
            0,
            items=lambda page: page.projects,
            count=lambda page: page.pages,
        )
        return rt.iterate(
            lambda cursor: self.list_changed(
                start_date=start_date,
                end_date=end_date,
                limit=limit,
                sort_column=sort_column,
                order=order,
                page=cursor,
            ),
            _paging,
            size=limit,
        )

    def list_articles(
        self,
        *,
        project_id: int,
        query: str | None = None,
        state: Literal[0, 1, 2] = 0,
        page: int = 0,
        limit: int = 50,
        sort_column: Literal[
            "article_id", "article_name", "user", "checkout_date"
        ] = "checkout_date",
        sort_order: Literal["asc", "desc"] = "desc",
    ) -> ProjectArticlesResponseDto:
        """Get project articles (``GET /{project_id}/articles``).

        ``project_id`` (``project_id``): Id of the project (ProjectDto.projectId).

        ``query`` (``query``): The document gives neither a description nor a default (line 125).

        ``state`` (``state``): 0 - all articles, 1 - only checked out articles with available value, 2 - checked out and rental articles with available value. Default 0.

        ``page`` (``page``): Default 0 (line 127); the document gives no description.

        ``limit`` (``limit``): Default 50 (line 128); the document gives no description.

        ``sort_column`` (``sort_column``): Default checkout_date; allowed values article_id, article_name, user, checkout_date (line 129).

        ``sort_order`` (``sort_order``): Default desc; allowed values asc, desc (line 130).
        """
        return self._raw.list_articles(
            project_id=project_id,
            query=query,
            state=state,
            page=page,
            limit=limit,
            sort_column=sort_column,
            sort_order=sort_order,
        ).parsed

    def iter_list_articles(
        self,
        *,
        project_id: int,
        query: str | None = None,
        state: Literal[0, 1, 2] = 0,
        limit: int = 50,
        sort_column: Literal[
            "article_id", "article_name", "user", "checkout_date"
        ] = "checkout_date",
        sort_order: Literal["asc", "desc"] = "desc",
    ) -> Iterator[ProjectArticleDto]:
        """Every item of ``list_articles``, page after page (pages paging)."""
        _paging: rt.Paging[ProjectArticlesResponseDto, ProjectArticleDto] = rt.Paging(
            "pages",
            0,
            items=lambda page: page.articles,
            count=lambda page: page.pages,
        )
        return rt.iterate(
            lambda cursor: self.list_articles(
                project_id=project_id,
                query=query,
                state=state,
                limit=limit,
                sort_column=sort_column,
                sort_order=sort_order,
                page=cursor,
            ),
            _paging,
            size=limit,
        )

    def get_cost(
        self,
        *,
        project_id: int,
    ) -> ProjectInvoiceDraftsResponseDto:
        """Get cost for project (``GET /{project_id}/cost``).

        ``project_id`` (``project_id``): Id of the project (ProjectDto.projectId).
        """
        return self._raw.get_cost(
            project_id=project_id,
        ).parsed

    def create_from_customer_order(
        self,
        *,
        customer_order_id: int,
        body: ProjectCustomerOrderRequestDto | ProjectCustomerOrderRequestDtoDict,
    ) -> ProjectDto:
        """Add project from customer order (``POST /customer_order/{customer_order_id}``).

        ``customer_order_id`` (``customer_order_id``): The {customer_order_id} of the Url (line 154); the document does not describe it.
        """
        return self._raw.create_from_customer_order(
            customer_order_id=customer_order_id,
            body=body,
        ).parsed

    def add_article(
        self,
        *,
        project_id: int,
        body: ProjectArticleDtoInput | ProjectArticleDtoInputDict,
    ) -> ProjectArticleDto:
        """Add project article (``POST /{project_id}/article``).

        ``project_id`` (``project_id``): Id of the project (ProjectDto.projectId).
        """
        return self._raw.add_article(
            project_id=project_id,
            body=body,
        ).parsed

    def update_article(
        self,
        *,
        project_id: int,
        article_id: str,
        body: ProjectArticleDtoInput | ProjectArticleDtoInputDict,
    ) -> InvoiceProjectArticlesResponseDto:
        """Update project article (``PUT /{project_id}/article/{article_id}``).

        ``project_id`` (``project_id``): Id of the project (ProjectDto.projectId).

        ``article_id`` (``article_id``): The {article_id} of the Url (line 187); the document does not say which id it is.
        """
        return self._raw.update_article(
            project_id=project_id,
            article_id=article_id,
            body=body,
        ).parsed

    def create_invoice_drafts(
        self,
        *,
        project_id: int,
        body: InvoiceDraftProjectArticlesRequestDto | InvoiceDraftProjectArticlesRequestDtoDict,
    ) -> InvoiceProjectArticlesResponseDto:
        """Create invoice drafts (``PUT /{project_id}/invoice/draft``).

        ``project_id`` (``project_id``): Id of the project (ProjectDto.projectId).
        """
        return self._raw.create_invoice_drafts(
            project_id=project_id,
            body=body,
        ).parsed

    def send_invoice_drafts(
        self,
        *,
        project_id: int,
        body: InvoiceProjectArticlesRequestDto | InvoiceProjectArticlesRequestDtoDict,
    ) -> InvoiceProjectArticlesResponseDto:
        """Send invoice drafts to external integrations (``PUT /{project_id}/invoice``).

        ``project_id`` (``project_id``): Id of the project (ProjectDto.projectId).
        """
        return self._raw.send_invoice_drafts(
            project_id=project_id,
            body=body,
        ).parsed

    def close(
        self,
        *,
        project_id: int,
        body: CloseProjectRequestDto | CloseProjectRequestDtoDict,
    ) -> ProjectDto:
        """Close project (``PUT /{project_id}/close``).

        ``project_id`` (``project_id``): Id of the project (ProjectDto.projectId).
        """
        return self._raw.close(
            project_id=project_id,
            body=body,
        ).parsed


class ClientWithRawResponse:
    """``client.with_raw_response``: the namespaces of ``Client``, each method returning ``Result[T]``."""

    def __init__(self, runtime: rt.Runtime) -> None:
        self._runtime = runtime

    @property
    def export(self) -> ExportResourceWithRawResponse:
        return ExportResourceWithRawResponse(self._runtime)

    @property
    def projects(self) -> ProjectsResourceWithRawResponse:
        return ProjectsResourceWithRawResponse(self._runtime)


class Client:
    """Synchronous client of the Lagerkoll Projects API (httpx).

    The operations are grouped by resource: ``export``, ``projects``    (``client.export.create(…)``). ``with_raw_response``
    has the same namespaces returning ``Result[T]``; ``with_options(…)`` a copy with another timeout,
    retries or headers, sharing the connection pool.

    Use it as a context manager (``with``), or call ``close()`` when done.
    """

    def __init__(
        self,
        *,
        api_key: str | None = None,
        store: str | None = None,
        user_id: str | None = None,
        user_token: str | None = None,
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

        - ``api_key``: apiKey (sent as the header `api_key`). Way 1: the API key, with the store id, for machine-to-machine use where no real person is involved; available where the API was activated.

        - ``store``: store (sent as the header `store`). The store id. Sent with either of the two ways of authenticating; available where the API was activated.

        - ``user_id``: userId (sent as the header `user_id`). Way 2: the user id from the login request, with user_token and the store id; connected to a person who logged in.

        - ``user_token``: userToken (sent as the header `user_token`). Way 2: the user token from the login request, with user_id and the store id.

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
                "api_key": api_key,
                "store": store,
                "user_id": user_id,
                "user_token": user_token,
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
    def export(self) -> ExportResource:
        """Export: ``create``."""
        return ExportResource(self._runtime)

    @property
    def projects(self) -> ProjectsResource:
        """Projects: ``list_invoice_drafts``, ``get``, ``update``, ``list``, ``create``, ``list_changed``, ``list_articles``, ``get_cost``, ``create_from_customer_order``, ``add_article``, ``update_article``, ``create_invoice_drafts``, ``send_invoice_drafts``, ``close``."""
        return ProjectsResource(self._runtime)

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
        ``client.with_options(timeout=5, max_retries=0).export.create(…)``.

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


class AsyncExportResourceWithRawResponse:
    """``client.with_raw_response.export``: Export, each method returning ``Result[T]``
    (``.parsed``, ``.response``)."""

    def __init__(self, runtime: rt.AsyncRuntime) -> None:
        self._runtime = runtime

    async def create(
        self,
        *,
        save_document: bool = False,
    ) -> rt.Result[None]:
        """Create export (``POST /export``), with the raw response."""
        call = rt.prepare(
            _OP_CREATE_EXPORT,
            path={},
            query={
                "save_document": None if save_document is False else save_document,
            },
            headers={},
        )
        response = await self._runtime.send(call)
        return rt.no_content(response)


class AsyncExportResource:
    """``client.export``: Export."""

    def __init__(self, runtime: rt.AsyncRuntime) -> None:
        self._raw = AsyncExportResourceWithRawResponse(runtime)

    async def create(
        self,
        *,
        save_document: bool = False,
    ) -> None:
        """Create export (``POST /export``).

        ``save_document`` (``save_document``): If true, the document will be saved in the feature extension. If false, a mail will be sent to all admins of the store. Default false.
        """
        return (
            await self._raw.create(
                save_document=save_document,
            )
        ).parsed


class AsyncProjectsResourceWithRawResponse:
    """``client.with_raw_response.projects``: Projects, each method returning ``Result[T]``
    (``.parsed``, ``.response``)."""

    def __init__(self, runtime: rt.AsyncRuntime) -> None:
        self._runtime = runtime

    async def list_invoice_drafts(
        self,
        *,
        project_id: int,
        state: Literal[0, 1, 2] = 0,
        page: int = 0,
        limit: int = 50,
        sort_column: Literal["article_id", "article_name", "user", "created"] = "created",
        sort_order: Literal["asc", "desc"] = "desc",
    ) -> rt.Result[ProjectInvoiceDraftsResponseDto]:
        """Get invoice drafts (``GET /{project_id}/articles/invoice``), with the raw response."""
        call = rt.prepare(
            _OP_GET_INVOICE_DRAFTS,
            path={
                "project_id": project_id,
            },
            query={
                "state": None if state == 0 else state,
                "page": None if page == 0 else page,
                "limit": None if limit == 50 else limit,
                "sort_column": None if sort_column == "created" else sort_column,
                "sort_order": None if sort_order == "desc" else sort_order,
            },
            headers={},
            accept="application/json",
        )
        response = await self._runtime.send(call)
        return rt.decode(response, _PROJECT_INVOICE_DRAFTS_RESPONSE_DTO)

    async def get(
        self,
        *,
        project_id: int,
    ) -> rt.Result[ProjectDto]:
        """Get project for id (``GET /{project_id}``), with the raw response."""
        call = rt.prepare(
            _OP_GET_PROJECT,
            path={
                "project_id": project_id,
            },
            query={},
            headers={},
            accept="application/json",
        )
        response = await self._runtime.send(call)
        return rt.decode(response, _PROJECT_DTO)

    async def update(
        self,
        *,
        project_id: int,
        body: ProjectDtoInput | ProjectDtoInputDict,
    ) -> rt.Result[ProjectDto]:
        """Update project (``PUT /{project_id}``), with the raw response."""
        call = rt.prepare(
            _OP_UPDATE_PROJECT,
            path={
                "project_id": project_id,
            },
            query={},
            headers={},
            accept="application/json",
            json_body=body,
        )
        response = await self._runtime.send(call)
        return rt.decode(response, _PROJECT_DTO)

    async def list(
        self,
        *,
        state: Literal[-1, 0, 1] = -1,
        from_: int = 0,
        to: int = 0,
        page: int = 0,
        limit: int = 50,
        query: str | None = None,
        cost: bool = False,
        sort_column: Literal["start_date", "end_date"] = "start_date",
        order: Literal["asc", "desc"] = "desc",
    ) -> rt.Result[ProjectsResponseDto]:
        """Get projects (``GET /``), with the raw response."""
        call = rt.prepare(
            _OP_GET_PROJECTS,
            path={},
            query={
                "state": None if state == -1 else state,
                "from": None if from_ == 0 else from_,
                "to": None if to == 0 else to,
                "page": None if page == 0 else page,
                "limit": None if limit == 50 else limit,
                "query": query,
                "cost": None if cost is False else cost,
                "sort_column": None if sort_column == "start_date" else sort_column,
                "order": None if order == "desc" else order,
            },
            headers={},
            accept="application/json",
        )
        response = await self._runtime.send(call)
        return rt.decode(response, _PROJECTS_RESPONSE_DTO)

    async def create(
        self,
        *,
        body: ProjectDtoInput | ProjectDtoInputDict,
    ) -> rt.Result[ProjectDto]:
        """Add project (``POST /``), with the raw response."""
        call = rt.prepare(
            _OP_ADD_PROJECT,
            path={},
            query={},
            headers={},
            accept="application/json",
            json_body=body,
        )
        response = await self._runtime.send(call)
        return rt.decode(response, _PROJECT_DTO)

    async def list_changed(
        self,
        *,
        start_date: str | None = None,
        end_date: str | None = None,
        page: int = 0,
        limit: int = 50,
        sort_column: Literal["name", "customer", "created_by", "created"] = "created",
        order: Literal["asc", "desc"] = "desc",
    ) -> rt.Result[ProjectsResponseDto]:
        """Get changed projects (``GET /events``), with the raw response."""
        call = rt.prepare(
            _OP_GET_CHANGED_PROJECTS,
            path={},
            query={
                "start_date": start_date,
                "end_date": end_date,
                "page": None if page == 0 else page,
                "limit": None if limit == 50 else limit,
                "sort_column": None if sort_column == "created" else sort_column,
                "order": None if order == "desc" else order,
            },
            headers={},
            accept="application/json",
        )
        response = await self._runtime.send(call)
        return rt.decode(response, _PROJECTS_RESPONSE_DTO)

    async def list_articles(
        self,
        *,
        project_id: int,
        query: str | None = None,
        state: Literal[0, 1, 2] = 0,
        page: int = 0,
        limit: int = 50,
        sort_column: Literal[
            "article_id", "article_name", "user", "checkout_date"
        ] = "checkout_date",
        sort_order: Literal["asc", "desc"] = "desc",
    ) -> rt.Result[ProjectArticlesResponseDto]:
        """Get project articles (``GET /{project_id}/articles``), with the raw response."""
        call = rt.prepare(
            _OP_GET_PROJECT_ARTICLES,
            path={
                "project_id": project_id,
            },
            query={
                "query": query,
                "state": None if state == 0 else state,
                "page": None if page == 0 else page,
                "limit": None if limit == 50 else limit,
                "sort_column": None if sort_column == "checkout_date" else sort_column,
                "sort_order": None if sort_order == "desc" else sort_order,
            },
            headers={},
            accept="application/json",
        )
        response = await self._runtime.send(call)
        return rt.decode(response, _PROJECT_ARTICLES_RESPONSE_DTO)

    async def get_cost(
        self,
        *,
        project_id: int,
    ) -> rt.Result[ProjectInvoiceDraftsResponseDto]:
        """Get cost for project (``GET /{project_id}/cost``), with the raw response."""
        call = rt.prepare(
            _OP_GET_PROJECT_COST,
            path={
                "project_id": project_id,
            },
            query={},
            headers={},
            accept="application/json",
        )
        response = await self._runtime.send(call)
        return rt.decode(response, _PROJECT_INVOICE_DRAFTS_RESPONSE_DTO)

    async def create_from_customer_order(
        self,
        *,
        customer_order_id: int,
        body: ProjectCustomerOrderRequestDto | ProjectCustomerOrderRequestDtoDict,
    ) -> rt.Result[ProjectDto]:
        """Add project from customer order (``POST /customer_order/{customer_order_id}``), with the raw response."""
        call = rt.prepare(
            _OP_ADD_PROJECT_FROM_CUSTOMER_ORDER,
            path={
                "customer_order_id": customer_order_id,
            },
            query={},
            headers={},
            accept="application/json",
            json_body=body,
        )
        response = await self._runtime.send(call)
        return rt.decode(response, _PROJECT_DTO)

    async def add_article(
        self,
        *,
        project_id: int,
        body: ProjectArticleDtoInput | ProjectArticleDtoInputDict,
    ) -> rt.Result[ProjectArticleDto]:
        """Add project article (``POST /{project_id}/article``), with the raw response."""
        call = rt.prepare(
            _OP_ADD_PROJECT_ARTICLE,
            path={
                "project_id": project_id,
            },
            query={},
            headers={},
            accept="application/json",
            json_body=body,
        )
        response = await self._runtime.send(call)
        return rt.decode(response, _PROJECT_ARTICLE_DTO)

    async def update_article(
        self,
        *,
        project_id: int,
        article_id: str,
        body: ProjectArticleDtoInput | ProjectArticleDtoInputDict,
    ) -> rt.Result[InvoiceProjectArticlesResponseDto]:
        """Update project article (``PUT /{project_id}/article/{article_id}``), with the raw response."""
        call = rt.prepare(
            _OP_UPDATE_PROJECT_ARTICLE,
            path={
                "project_id": project_id,
                "article_id": article_id,
            },
            query={},
            headers={},
            accept="application/json",
            json_body=body,
        )
        response = await self._runtime.send(call)
        return rt.decode(response, _INVOICE_PROJECT_ARTICLES_RESPONSE_DTO)

    async def create_invoice_drafts(
        self,
        *,
        project_id: int,
        body: InvoiceDraftProjectArticlesRequestDto | InvoiceDraftProjectArticlesRequestDtoDict,
    ) -> rt.Result[InvoiceProjectArticlesResponseDto]:
        """Create invoice drafts (``PUT /{project_id}/invoice/draft``), with the raw response."""
        call = rt.prepare(
            _OP_CREATE_INVOICE_DRAFTS,
            path={
                "project_id": project_id,
            },
            query={},
            headers={},
            accept="application/json",
            json_body=body,
        )
        response = await self._runtime.send(call)
        return rt.decode(response, _INVOICE_PROJECT_ARTICLES_RESPONSE_DTO)

    async def send_invoice_drafts(
        self,
        *,
        project_id: int,
        body: InvoiceProjectArticlesRequestDto | InvoiceProjectArticlesRequestDtoDict,
    ) -> rt.Result[InvoiceProjectArticlesResponseDto]:
        """Send invoice drafts to external integrations (``PUT /{project_id}/invoice``), with the raw response."""
        call = rt.prepare(
            _OP_SEND_INVOICE_DRAFTS,
            path={
                "project_id": project_id,
            },
            query={},
            headers={},
            accept="application/json",
            json_body=body,
        )
        response = await self._runtime.send(call)
        return rt.decode(response, _INVOICE_PROJECT_ARTICLES_RESPONSE_DTO)

    async def close(
        self,
        *,
        project_id: int,
        body: CloseProjectRequestDto | CloseProjectRequestDtoDict,
    ) -> rt.Result[ProjectDto]:
        """Close project (``PUT /{project_id}/close``), with the raw response."""
        call = rt.prepare(
            _OP_CLOSE_PROJECT,
            path={
                "project_id": project_id,
            },
            query={},
            headers={},
            accept="application/json",
            json_body=body,
        )
        response = await self._runtime.send(call)
        return rt.decode(response, _PROJECT_DTO)


class AsyncProjectsResource:
    """``client.projects``: Projects."""

    def __init__(self, runtime: rt.AsyncRuntime) -> None:
        self._raw = AsyncProjectsResourceWithRawResponse(runtime)

    async def list_invoice_drafts(
        self,
        *,
        project_id: int,
        state: Literal[0, 1, 2] = 0,
        page: int = 0,
        limit: int = 50,
        sort_column: Literal["article_id", "article_name", "user", "created"] = "created",
        sort_order: Literal["asc", "desc"] = "desc",
    ) -> ProjectInvoiceDraftsResponseDto:
        """Get invoice drafts (``GET /{project_id}/articles/invoice``).

        ``project_id`` (``project_id``): Id of the project (ProjectDto.projectId).

        ``state`` (``state``): 0 - invoice drafts that are not invoiced or in processed (sic), 1 - invoice drafts that are in process but not yet invoiced, 2 - invoice drafts which are invoiced and processed. Default 0.

        ``page`` (``page``): Default 0 (line 65); the document gives no description.

        ``limit`` (``limit``): Default 50 (line 66); the document gives no description.

        ``sort_column`` (``sort_column``): Default created; allowed values article_id, article_name, user, created (line 67).

        ``sort_order`` (``sort_order``): Default desc; allowed values asc, desc (line 68).
        """
        return (
            await self._raw.list_invoice_drafts(
                project_id=project_id,
                state=state,
                page=page,
                limit=limit,
                sort_column=sort_column,
                sort_order=sort_order,
            )
        ).parsed

    def iter_list_invoice_drafts(
        self,
        *,
        project_id: int,
        state: Literal[0, 1, 2] = 0,
        limit: int = 50,
        sort_column: Literal["article_id", "article_name", "user", "created"] = "created",
        sort_order: Literal["asc", "desc"] = "desc",
    ) -> AsyncIterator[InvoiceDraftDto]:
        """Every item of ``list_invoice_drafts``, page after page (pages paging)."""
        _paging: rt.Paging[ProjectInvoiceDraftsResponseDto, InvoiceDraftDto] = rt.Paging(
            "pages",
            0,
            items=lambda page: page.invoice_drafts,
            count=lambda page: page.pages,
        )
        return rt.aiterate(
            lambda cursor: self.list_invoice_drafts(
                project_id=project_id,
                state=state,
                limit=limit,
                sort_column=sort_column,
                sort_order=sort_order,
                page=cursor,
            ),
            _paging,
            size=limit,
        )

    async def get(
        self,
        *,
        project_id: int,
    ) -> ProjectDto:
        """Get project for id (``GET /{project_id}``).

        ``project_id`` (``project_id``): Id of the project (ProjectDto.projectId).
        """
        return (
            await self._raw.get(
                project_id=project_id,
            )
        ).parsed

    async def update(
        self,
        *,
        project_id: int,
        body: ProjectDtoInput | ProjectDtoInputDict,
    ) -> ProjectDto:
        """Update project (``PUT /{project_id}``).

        ``project_id`` (``project_id``): Id of the project (ProjectDto.projectId).
        """
        return (
            await self._raw.update(
                project_id=project_id,
                body=body,
            )
        ).parsed

    async def list(
        self,
        *,
        state: Literal[-1, 0, 1] = -1,
        from_: int = 0,
        to: int = 0,
        page: int = 0,
        limit: int = 50,
        query: str | None = None,
        cost: bool = False,
        sort_column: Literal["start_date", "end_date"] = "start_date",
        order: Literal["asc", "desc"] = "desc",
    ) -> ProjectsResponseDto:
        """Get projects (``GET /``).

        ``state`` (``state``): Default -1; allowed values 0, 1 (line 88). The document gives no description and no meaning for the values.

        ``from_`` (``from``): Default 0 (line 89); the document gives no description.

        ``to`` (``to``): Default 0 (line 90); the document gives no description.

        ``page`` (``page``): Default 0 (line 91); the document gives no description.

        ``limit`` (``limit``): Default 50 (line 92); the document gives no description.

        ``query`` (``query``): The document gives neither a description nor a default (line 93).

        ``cost`` (``cost``): Default false (line 94); the document gives no description.

        ``sort_column`` (``sort_column``): Default start_date; allowed values start_date, end_date (line 95).

        ``order`` (``order``): Default desc; allowed values asc, desc (line 96).
        """
        return (
            await self._raw.list(
                state=state,
                from_=from_,
                to=to,
                page=page,
                limit=limit,
                query=query,
                cost=cost,
                sort_column=sort_column,
                order=order,
            )
        ).parsed

    def iter_list(
        self,
        *,
        state: Literal[-1, 0, 1] = -1,
        from_: int = 0,
        to: int = 0,
        limit: int = 50,
        query: str | None = None,
        cost: bool = False,
        sort_column: Literal["start_date", "end_date"] = "start_date",
        order: Literal["asc", "desc"] = "desc",
    ) -> AsyncIterator[ProjectDto]:
        """Every item of ``list``, page after page (pages paging)."""
        _paging: rt.Paging[ProjectsResponseDto, ProjectDto] = rt.Paging(
            "pages",
            0,
            items=lambda page: page.projects,
            count=lambda page: page.pages,
        )
        return rt.aiterate(
            lambda cursor: self.list(
                state=state,
                from_=from_,
                to=to,
                limit=limit,
                query=query,
                cost=cost,
                sort_column=sort_column,
                order=order,
                page=cursor,
            ),
            _paging,
            size=limit,
        )

    async def create(
        self,
        *,
        body: ProjectDtoInput | ProjectDtoInputDict,
    ) -> ProjectDto:
        """Add project (``POST /``)."""
        return (
            await self._raw.create(
                body=body,
            )
        ).parsed

    async def list_changed(
        self,
        *,
        start_date: str | None = None,
        end_date: str | None = None,
        page: int = 0,
        limit: int = 50,
        sort_column: Literal["name", "customer", "created_by", "created"] = "created",
        order: Literal["asc", "desc"] = "desc",
    ) -> ProjectsResponseDto:
        """Get changed projects (``GET /events``).

        ``start_date`` (``start_date``): Start date of when events can occur. Format is yyyy-MM-dd and defaults to previous month.

        ``end_date`` (``end_date``): End date of when events can occur. Format is yyyy-MM-dd and defaults to end of start date's month.

        ``page`` (``page``): Default 0 (line 110); the document gives no description.

        ``limit`` (``limit``): Default 50 (line 111); the document gives no description.

        ``sort_column`` (``sort_column``): Default created; allowed values name, customer, created_by, created (line 112).

        ``order`` (``order``): Default desc; allowed values asc, desc (line 113).
        """
        return (
            await self._raw.list_changed(
                start_date=start_date,
                end_date=end_date,
                page=page,
                limit=limit,
                sort_column=sort_column,
                order=order,
            )
        ).parsed

    def iter_list_changed(
        self,
        *,
        start_date: str | None = None,
        end_date: str | None = None,
        limit: int = 50,
        sort_column: Literal["name", "customer", "created_by", "created"] = "created",
        order: Literal["asc", "desc"] = "desc",
    ) -> AsyncIterator[ProjectDto]:
        """Every item of ``list_changed``, page after page (pages paging)."""
        _paging: rt.Paging[ProjectsResponseDto, ProjectDto] = rt.Paging(
            "pages",
            0,
            items=lambda page: page.projects,
            count=lambda page: page.pages,
        )
        return rt.aiterate(
            lambda cursor: self.list_changed(
                start_date=start_date,
                end_date=end_date,
                limit=limit,
                sort_column=sort_column,
                order=order,
                page=cursor,
            ),
            _paging,
            size=limit,
        )

    async def list_articles(
        self,
        *,
        project_id: int,
        query: str | None = None,
        state: Literal[0, 1, 2] = 0,
        page: int = 0,
        limit: int = 50,
        sort_column: Literal[
            "article_id", "article_name", "user", "checkout_date"
        ] = "checkout_date",
        sort_order: Literal["asc", "desc"] = "desc",
    ) -> ProjectArticlesResponseDto:
        """Get project articles (``GET /{project_id}/articles``).

        ``project_id`` (``project_id``): Id of the project (ProjectDto.projectId).

        ``query`` (``query``): The document gives neither a description nor a default (line 125).

        ``state`` (``state``): 0 - all articles, 1 - only checked out articles with available value, 2 - checked out and rental articles with available value. Default 0.

        ``page`` (``page``): Default 0 (line 127); the document gives no description.

        ``limit`` (``limit``): Default 50 (line 128); the document gives no description.

        ``sort_column`` (``sort_column``): Default checkout_date; allowed values article_id, article_name, user, checkout_date (line 129).

        ``sort_order`` (``sort_order``): Default desc; allowed values asc, desc (line 130).
        """
        return (
            await self._raw.list_articles(
                project_id=project_id,
                query=query,
                state=state,
                page=page,
                limit=limit,
                sort_column=sort_column,
                sort_order=sort_order,
            )
        ).parsed

    def iter_list_articles(
        self,
        *,
        project_id: int,
        query: str | None = None,
        state: Literal[0, 1, 2] = 0,
        limit: int = 50,
        sort_column: Literal[
            "article_id", "article_name", "user", "checkout_date"
        ] = "checkout_date",
        sort_order: Literal["asc", "desc"] = "desc",
    ) -> AsyncIterator[ProjectArticleDto]:
        """Every item of ``list_articles``, page after page (pages paging)."""
        _paging: rt.Paging[ProjectArticlesResponseDto, ProjectArticleDto] = rt.Paging(
            "pages",
            0,
            items=lambda page: page.articles,
            count=lambda page: page.pages,
        )
        return rt.aiterate(
            lambda cursor: self.list_articles(
                project_id=project_id,
                query=query,
                state=state,
                limit=limit,
                sort_column=sort_column,
                sort_order=sort_order,
                page=cursor,
            ),
            _paging,
            size=limit,
        )

    async def get_cost(
        self,
        *,
        project_id: int,
    ) -> ProjectInvoiceDraftsResponseDto:
        """Get cost for project (``GET /{project_id}/cost``).

        ``project_id`` (``project_id``): Id of the project (ProjectDto.projectId).
        """
        return (
            await self._raw.get_cost(
                project_id=project_id,
            )
        ).parsed

    async def create_from_customer_order(
        self,
        *,
        customer_order_id: int,
        body: ProjectCustomerOrderRequestDto | ProjectCustomerOrderRequestDtoDict,
    ) -> ProjectDto:
        """Add project from customer order (``POST /customer_order/{customer_order_id}``).

        ``customer_order_id`` (``customer_order_id``): The {customer_order_id} of the Url (line 154); the document does not describe it.
        """
        return (
            await self._raw.create_from_customer_order(
                customer_order_id=customer_order_id,
                body=body,
            )
        ).parsed

    async def add_article(
        self,
        *,
        project_id: int,
        body: ProjectArticleDtoInput | ProjectArticleDtoInputDict,
    ) -> ProjectArticleDto:
        """Add project article (``POST /{project_id}/article``).

        ``project_id`` (``project_id``): Id of the project (ProjectDto.projectId).
        """
        return (
            await self._raw.add_article(
                project_id=project_id,
                body=body,
            )
        ).parsed

    async def update_article(
        self,
        *,
        project_id: int,
        article_id: str,
        body: ProjectArticleDtoInput | ProjectArticleDtoInputDict,
    ) -> InvoiceProjectArticlesResponseDto:
        """Update project article (``PUT /{project_id}/article/{article_id}``).

        ``project_id`` (``project_id``): Id of the project (ProjectDto.projectId).

        ``article_id`` (``article_id``): The {article_id} of the Url (line 187); the document does not say which id it is.
        """
        return (
            await self._raw.update_article(
                project_id=project_id,
                article_id=article_id,
                body=body,
            )
        ).parsed

    async def create_invoice_drafts(
        self,
        *,
        project_id: int,
        body: InvoiceDraftProjectArticlesRequestDto | InvoiceDraftProjectArticlesRequestDtoDict,
    ) -> InvoiceProjectArticlesResponseDto:
        """Create invoice drafts (``PUT /{project_id}/invoice/draft``).

        ``project_id`` (``project_id``): Id of the project (ProjectDto.projectId).
        """
        return (
            await self._raw.create_invoice_drafts(
                project_id=project_id,
                body=body,
            )
        ).parsed

    async def send_invoice_drafts(
        self,
        *,
        project_id: int,
        body: InvoiceProjectArticlesRequestDto | InvoiceProjectArticlesRequestDtoDict,
    ) -> InvoiceProjectArticlesResponseDto:
        """Send invoice drafts to external integrations (``PUT /{project_id}/invoice``).

        ``project_id`` (``project_id``): Id of the project (ProjectDto.projectId).
        """
        return (
            await self._raw.send_invoice_drafts(
                project_id=project_id,
                body=body,
            )
        ).parsed

    async def close(
        self,
        *,
        project_id: int,
        body: CloseProjectRequestDto | CloseProjectRequestDtoDict,
    ) -> ProjectDto:
        """Close project (``PUT /{project_id}/close``).

        ``project_id`` (``project_id``): Id of the project (ProjectDto.projectId).
        """
        return (
            await self._raw.close(
                project_id=project_id,
                body=body,
            )
        ).parsed


class AsyncClientWithRawResponse:
    """``client.with_raw_response``: the namespaces of ``AsyncClient``, each method returning ``Result[T]``."""

    def __init__(self, runtime: rt.AsyncRuntime) -> None:
        self._runtime = runtime

    @property
    def export(self) -> AsyncExportResourceWithRawResponse:
        return AsyncExportResourceWithRawResponse(self._runtime)

    @property
    def projects(self) -> AsyncProjectsResourceWithRawResponse:
        return AsyncProjectsResourceWithRawResponse(self._runtime)


class AsyncClient:
    """Asynchronous client of the Lagerkoll Projects API (httpx).

    The operations are grouped by resource: ``export``, ``projects``    (``client.export.create(…)``). ``with_raw_response``
    has the same namespaces returning ``Result[T]``; ``with_options(…)`` a copy with another timeout,
    retries or headers, sharing the connection pool.

    Use it as an async context manager (``async with``), or call ``await client.aclose()`` when done (``close`` is
    an alias).
    """

    def __init__(
        self,
        *,
        api_key: str | None = None,
        store: str | None = None,
        user_id: str | None = None,
        user_token: str | None = None,
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

        - ``api_key``: apiKey (sent as the header `api_key`). Way 1: the API key, with the store id, for machine-to-machine use where no real person is involved; available where the API was activated.

        - ``store``: store (sent as the header `store`). The store id. Sent with either of the two ways of authenticating; available where the API was activated.

        - ``user_id``: userId (sent as the header `user_id`). Way 2: the user id from the login request, with user_token and the store id; connected to a person who logged in.

        - ``user_token``: userToken (sent as the header `user_token`). Way 2: the user token from the login request, with user_id and the store id.

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
                "api_key": api_key,
                "store": store,
                "user_id": user_id,
                "user_token": user_token,
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
    def export(self) -> AsyncExportResource:
        """Export: ``create``."""
        return AsyncExportResource(self._runtime)

    @property
    def projects(self) -> AsyncProjectsResource:
        """Projects: ``list_invoice_drafts``, ``get``, ``update``, ``list``, ``create``, ``list_changed``, ``list_articles``, ``get_cost``, ``create_from_customer_order``, ``add_article``, ``update_article``, ``create_invoice_drafts``, ``send_invoice_drafts``, ``close``."""
        return AsyncProjectsResource(self._runtime)

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
        ``client.with_options(timeout=5, max_retries=0).export.create(…)``.

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
