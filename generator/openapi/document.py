"""An emitted document → :class:`Api`, built once per spec and shared by every renderer."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from generator.openapi.elements import (
    HTTP_METHODS,
    Content,
    Example,
    Header,
    Media,
    Operation,
    Parameter,
    RequestBody,
    Response,
    SecurityScheme,
    Server,
    Tag,
    extensions,
)
from generator.openapi.intent import Collection, Envelope, ErrorPayload, Logon, Paging, SdkName
from generator.openapi.provenance import Origin, Provenance
from generator.openapi.schemas import Schemas
from generator.openapi.sites import Site, sites


@dataclass(frozen=True)
class Api:
    """A read-only view of one emitted OpenAPI document."""

    document: dict[str, Any]
    schemas: Schemas = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "schemas", Schemas(self.document))

    # --- the document -------------------------------------------------------------------------
    @property
    def openapi(self) -> str:
        return str(self.document.get("openapi", ""))

    @property
    def info(self) -> dict[str, Any]:
        found = self.document.get("info")
        return found if isinstance(found, dict) else {}

    @property
    def title(self) -> str:
        return str(self.info.get("title", ""))

    @property
    def version(self) -> str:
        return str(self.info.get("version", ""))

    @property
    def description(self) -> str:
        return str(self.info.get("description", ""))

    @property
    def extensions(self) -> dict[str, Any]:
        return extensions(self.document)

    @cached_property
    def servers(self) -> tuple[Server, ...]:
        return tuple(
            Server(
                url=str(s.get("url", "")),
                description=str(s.get("description", "")),
                variables={
                    str(k): dict(v) for k, v in (s.get("variables") or {}).items() if _is_map(v)
                },
                extensions=extensions(s),
            )
            for s in _list(self.document.get("servers"))
            if _is_map(s)
        )

    @cached_property
    def tags(self) -> tuple[Tag, ...]:
        return tuple(
            Tag(str(t.get("name", "")), str(t.get("description", "")), extensions(t))
            for t in _list(self.document.get("tags"))
            if _is_map(t)
        )

    @cached_property
    def security_schemes(self) -> dict[str, SecurityScheme]:
        found = self.document.get("components", {}).get("securitySchemes", {})
        return {
            str(key): _scheme(str(key), self.schemas.resolve(node))
            for key, node in (found.items() if _is_map(found) else [])
        }

    @cached_property
    def operations(self) -> tuple[Operation, ...]:
        """Every operation in document order (paths, then the OpenAPI method order)."""
        shared_security = _security(self.document.get("security"))
        found = []
        for path, item in (self.document.get("paths") or {}).items():
            if not _is_map(item):
                continue
            shared = _list(item.get("parameters"))
            for method in HTTP_METHODS:
                node = item.get(method)
                if _is_map(node):
                    found.append(self._operation(str(path), method, node, shared, shared_security))
        return tuple(found)

    def operation(self, operation_id: str) -> Operation | None:
        return next((o for o in self.operations if o.operation_id == operation_id), None)

    # --- intent -------------------------------------------------------------------------------
    @property
    def envelope(self) -> Envelope | None:
        return Envelope.read(self.info.get("x-envelope"))

    @property
    def error_payload(self) -> ErrorPayload | None:
        return ErrorPayload.read(self.info.get("x-error-payload"))

    @cached_property
    def collections(self) -> tuple[Collection, ...]:
        """``info.x-collections``: the collections the curator declared, in their order."""
        found = (Collection.read(n) for n in _list(self.info.get("x-collections")))
        return tuple(c for c in found if c is not None)

    @staticmethod
    def paging(operation: Operation) -> Paging | None:
        return Paging.read(operation.extensions.get("x-paging"))

    @staticmethod
    def logon(operation: Operation) -> Logon | None:
        return Logon.read(operation.extensions.get("x-logon"))

    @staticmethod
    def sdk_name(operation: Operation) -> SdkName:
        return SdkName.read(operation.extensions)

    @property
    def logon_operation(self) -> Operation | None:
        return next((o for o in self.operations if self.logon(o) is not None), None)

    def token_operation(self, token_url: str) -> Operation | None:
        """The operation an OAuth 2 ``tokenUrl`` points to: relative to the server (``token`` is
        ``/token``), or absolute below one of the servers."""
        target = token_url
        for server in self.servers:
            base = server.resolved_url.rstrip("/")
            if base and target.startswith(base + "/"):
                target = target[len(base) :]
                break
        return next((o for o in self.operations if o.path.strip("/") == target.strip("/")), None)

    @property
    def credential_operations(self) -> list[Operation]:
        """The operations that hand out what the others send: the logon (``x-logon``) and the
        token endpoint of each OAuth 2 flow, in document order."""
        token_ops = {
            id(op)
            for scheme in self.security_schemes.values()
            for url in scheme.token_urls.values()
            if url and (op := self.token_operation(url)) is not None
        }
        return [o for o in self.operations if self.logon(o) is not None or id(o) in token_ops]

    # --- provenance and the shared walk -------------------------------------------------------
    @property
    def security(self) -> tuple[dict[str, list[str]], ...]:
        """The document's own requirements (root ``security``): what an operation without its
        own ``security`` needs."""
        return _security(self.document.get("security"))

    @property
    def origin(self) -> Origin | None:
        """``info.x-origin``: the vendor document the spec was curated from."""
        return Origin.read(self.info.get("x-origin"))

    @property
    def provenance(self) -> Provenance:
        """The document's own ``x-source``, ``x-inferred``, ``x-quirks`` and ``x-original``
        (those of ``info``)."""
        return Provenance.read(self.info)

    @cached_property
    def sites(self) -> tuple[Site, ...]:
        """Every node of the document with its readable location, in document order (see
        :mod:`generator.openapi.sites`)."""
        return tuple(sites(self.document))

    def sites_of(self, operation: Operation) -> list[Site]:
        """The sites of one operation: the operation itself, then its parts."""
        return [s for s in self.sites if s.kind == "operation" and s.element == operation.where]

    # --- reading ------------------------------------------------------------------------------
    def _operation(
        self,
        path: str,
        method: str,
        node: dict[str, Any],
        shared: list[Any],
        shared_security: tuple[dict[str, list[str]], ...],
    ) -> Operation:
        merged: dict[tuple[str, str], Parameter] = {}
        for raw in [*shared, *_list(node.get("parameters"))]:
            param = self._parameter(self.schemas.resolve(raw))
            merged[(param.location, param.name)] = param
        body = self.schemas.resolve(node.get("requestBody"))
        return Operation(
            method=method.upper(),
            path=path,
            operation_id=str(node.get("operationId", "")),
            summary=str(node.get("summary", "") or ""),
            description=str(node.get("description", "") or ""),
            tags=tuple(str(t) for t in _list(node.get("tags"))),
            deprecated=bool(node.get("deprecated")),
            security=_security(node["security"]) if "security" in node else shared_security,
            parameters=tuple(merged.values()),
            request_body=(
                RequestBody(
                    required=bool(body.get("required")),
                    description=str(body.get("description", "") or ""),
                    content=self._content(body.get("content")),
                    extensions=extensions(body),
                )
                if _is_map(body)
                else None
            ),
            responses=tuple(
                self._response(str(status), self.schemas.resolve(response))
                for status, response in (node.get("responses") or {}).items()
                if _is_map(response)
            ),
            extensions=extensions(node),
        )

    def _parameter(self, node: Any) -> Parameter:
        node = node if _is_map(node) else {}
        return Parameter(
            name=str(node.get("name", "")),
            location=str(node.get("in", "")),
            required=bool(node.get("required")) or node.get("in") == "path",
            schema=dict(node.get("schema") or {}),
            description=str(node.get("description", "") or ""),
            examples=_values(node),
            deprecated=bool(node.get("deprecated")),
            extensions=extensions(node),
        )

    def _response(self, status: str, node: dict[str, Any]) -> Response:
        headers = []
        for name, raw in (node.get("headers") or {}).items():
            header = self.schemas.resolve(raw)
            if _is_map(header):
                headers.append(
                    Header(
                        name=str(name),
                        required=bool(header.get("required")),
                        schema=dict(header.get("schema") or {}),
                        description=str(header.get("description", "") or ""),
                        examples=_values(header),
                        extensions=extensions(header),
                    )
                )
        return Response(
            status=status,
            description=str(node.get("description", "") or ""),
            content=self._content(node.get("content")),
            headers=tuple(headers),
            extensions=extensions(node),
        )

    def _content(self, node: Any) -> Content:
        if not _is_map(node):
            return Content()
        media = []
        for media_type, raw in node.items():
            item = raw if _is_map(raw) else {}
            examples = []
            for name, example in (item.get("examples") or {}).items():
                example = self.schemas.resolve(example)
                if _is_map(example) and "value" in example:
                    examples.append(
                        Example(
                            str(name),
                            str(example.get("summary", "") or ""),
                            example["value"],
                            extensions(example),
                        )
                    )
            if "example" in item:
                examples.append(Example("example", "", item["example"]))
            schema = item.get("schema")
            media.append(
                Media(str(media_type), schema if _is_map(schema) else None, tuple(examples))
            )
        return Content(tuple(media))


def shape_problem(document: Any) -> str | None:
    """Why ``document`` cannot be read as an OpenAPI 3 document with operations (None: it can)."""
    version = document.get("openapi") if isinstance(document, Mapping) else None
    if not isinstance(version, str) or not version.startswith("3."):
        return "not an OpenAPI 3 document (no `openapi: 3.x` at the top)"
    if not isinstance(document.get("paths"), Mapping):
        return "an OpenAPI document without `paths`: it has no operations"
    return None


_CACHE: dict[int, tuple[dict[str, Any], Api]] = {}


def read_api(document: dict[str, Any]) -> Api:
    """The view of ``document``, built once per document object (renderers of a build share it)."""
    cached = _CACHE.get(id(document))
    if cached is not None and cached[0] is document:
        return cached[1]
    api = Api(document)
    if len(_CACHE) > 64:
        _CACHE.clear()
    _CACHE[id(document)] = (document, api)
    return api


def _is_map(node: Any) -> bool:
    return isinstance(node, Mapping)


def _list(node: Any) -> list[Any]:
    return list(node) if isinstance(node, list) else []


def _values(node: Mapping[str, Any]) -> tuple[Any, ...]:
    """A parameter's or header's documented example values (``examples``, then ``example``)."""
    found = [
        e["value"] for e in (node.get("examples") or {}).values() if _is_map(e) and "value" in e
    ]
    if "example" in node:
        found.append(node["example"])
    return tuple(found)


def _security(node: Any) -> tuple[dict[str, list[str]], ...]:
    return tuple(
        {str(k): list(v or []) for k, v in alt.items()} for alt in _list(node) if _is_map(alt)
    )


def _scheme(key: str, node: Any) -> SecurityScheme:
    node = node if _is_map(node) else {}
    kind = str(node.get("type", ""))
    flows = dict(node.get("flows") or {})
    password = flows.get("password") or {}
    return SecurityScheme(
        key=key,
        type=kind,
        location=str(node.get("in", "header")) if kind == "apiKey" else "header",
        name=str(node.get("name", "")) if kind == "apiKey" else "Authorization",
        scheme=str(node.get("scheme", "")).lower(),
        description=str(node.get("description", "") or ""),
        token_url=str(password.get("tokenUrl", "")) if _is_map(password) else "",
        flows=flows,
        extensions=extensions(node),
    )
