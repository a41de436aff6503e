"""Description → OpenAPI 3.1.0 document (a plain dict in the usual OpenAPI key order).

Builders are named after the OpenAPI object they return and take keyword-only arguments after
the first. They do no I/O and no validation: ``check.py`` ran before, ``validate.py`` runs after.
"""

from __future__ import annotations

from typing import Any

from generator import naming
from generator.describe import (
    Collection,
    ErrorPayload,
    Example,
    Header,
    OAuthFlow,
    Operation,
    Original,
    Parameter,
    Quirk,
    RequestBody,
    Response,
    SecurityScheme,
    Server,
    Source,
    Tag,
    Vendor,
)
from generator.openapi import HTTP_METHODS
from generator.schemas import Components, original_json

OPENAPI_VERSION = "3.1.0"


def build_document(vendor: Vendor, *, components: Components) -> dict[str, Any]:
    """The whole OpenAPI document of one vendor."""
    document: dict[str, Any] = {
        "openapi": OPENAPI_VERSION,
        "info": build_info(vendor),
        "servers": [
            build_server(s, document=vendor.document, language=vendor.language)
            for s in vendor.servers
        ],
        "security": vendor.security,
        "tags": [
            build_tag(t, document=vendor.document, language=vendor.language) for t in vendor.tags
        ],
        "paths": build_paths(vendor, components=components),
        "components": build_components_object(vendor, components=components),
    }
    if not vendor.security:
        del document["security"]
    return document


def build_info(vendor: Vendor) -> dict[str, Any]:
    info: dict[str, Any] = {
        "title": vendor.title,
        "version": vendor.version,
        "description": vendor.description,
        "x-origin": {"document": vendor.document, "language": vendor.language},
    }
    info.update(provenance(vendor, document=vendor.document, language=vendor.language))
    if vendor.envelope is not None:
        info["x-envelope"] = vendor.envelope.model_dump()
    if vendor.error_payload is not None:
        info["x-error-payload"] = build_error_payload(vendor.error_payload)
    if vendor.collections:
        info["x-collections"] = [
            build_collection(c, document=vendor.document, language=vendor.language)
            for c in vendor.collections
        ]
    info.update(vendor.extensions)
    return info


def build_error_payload(payload: ErrorPayload) -> dict[str, Any]:
    built = payload.model_dump(exclude_none=True, exclude={"codes", "inferred"})
    if payload.codes:
        built["codes"] = dict(payload.codes)
    if payload.inferred:
        built["x-inferred"] = payload.inferred
    return built


def build_collection(collection: Collection, *, document: str, language: str) -> dict[str, Any]:
    """``x-collections`` entry: the paths and fields the mock's dataset follows, and provenance."""
    built: dict[str, Any] = {"name": collection.name, "path": collection.path, "id": collection.id}
    if collection.item is not None:
        built["item"] = collection.item
    if collection.items is not None:
        built["items"] = collection.items
    if collection.create:
        built["create"] = list(collection.create)
    if collection.item_paths:
        built["item-paths"] = list(collection.item_paths)
    if collection.list_fields:
        built["list-fields"] = dict(collection.list_fields)
    built.update(provenance(collection, document=document, language=language))
    return built


def build_server(server: Server, *, document: str, language: str) -> dict[str, Any]:
    built: dict[str, Any] = {"url": server.url}
    if server.description:
        built["description"] = server.description
    if server.variables:
        built["variables"] = {
            name: _drop_none(
                {"default": var.default, "enum": var.enum, "description": var.description}
            )
            for name, var in server.variables.items()
        }
    built.update(provenance(server, document=document, language=language))
    return built


def build_tag(tag: Tag, *, document: str, language: str) -> dict[str, Any]:
    built: dict[str, Any] = {"name": tag.name, "description": tag.description}
    built.update(provenance(tag, document=document, language=language))
    return built


def build_paths(vendor: Vendor, *, components: Components) -> dict[str, Any]:
    """Paths in the order the document introduces them; methods in OpenAPI order."""
    grouped: dict[str, dict[str, Any]] = {}
    for op in vendor.operations:
        item = grouped.setdefault(op.path, {})
        item[op.method] = build_operation(op, vendor=vendor, components=components)
    return {path: {m: item[m] for m in HTTP_METHODS if m in item} for path, item in grouped.items()}


def build_operation(op: Operation, *, vendor: Vendor, components: Components) -> dict[str, Any]:
    doc, language = vendor.document, vendor.language
    built: dict[str, Any] = {"tags": op.tags, "summary": op.summary}
    if op.description:
        built["description"] = op.description
    built["operationId"] = op.operation_id
    if op.parameters:
        built["parameters"] = [
            build_parameter(
                p,
                schema=components.inline[("param", op.operation_id, p.location, p.name)],
                document=doc,
                language=language,
            )
            for p in op.parameters
        ]
    if op.request_body is not None:
        built["requestBody"] = build_request_body(
            op.request_body,
            schema=components.inline[("body", op.operation_id)],
            schemas={
                media: components.inline[("body", op.operation_id, media)]
                for media in op.request_body.media_models
            },
            document=doc,
            language=language,
        )
    built["responses"] = {
        str(r.status): build_response(
            r, operation=op, components=components, document=doc, language=language
        )
        for r in sorted(op.responses, key=lambda r: str(r.status))
    }
    if op.deprecated:
        built["deprecated"] = True
    built["security"] = op.security if op.security is not None else vendor.security
    built.update(provenance(op, document=doc, language=language))
    if op.paging is not None:
        built["x-paging"] = op.paging.model_dump(exclude_none=True)
    if op.logon is not None:
        built["x-logon"] = op.logon.model_dump()
    group, method = naming.client_call(
        op.client_group, op.client_method, tags=op.tags, operation_id=op.operation_id
    )
    built["x-fern-sdk-group-name"] = group
    built["x-fern-sdk-method-name"] = method
    built.update(op.extensions)
    return built


def build_parameter(
    param: Parameter, *, schema: dict[str, Any], document: str, language: str
) -> dict[str, Any]:
    schema = dict(schema)
    if "default" in param.model_fields_set:
        schema["default"] = _json_value(param.default)
    built: dict[str, Any] = {
        "name": param.name,
        "in": param.location,
        "description": param.description,
        "required": param.required,
    }
    if param.deprecated:
        built["deprecated"] = True
    if param.style is not None:
        built["style"] = param.style
    if param.explode is not None:
        built["explode"] = param.explode
    built["schema"] = schema
    if param.examples:
        built["examples"] = build_examples(param.examples, document=document)
    built.update(provenance(param, document=document, language=language))
    return built


def build_request_body(
    body: RequestBody,
    *,
    schema: dict[str, Any],
    document: str,
    language: str,
    schemas: dict[str, dict[str, Any]] | None = None,
) -> dict[str, Any]:
    built: dict[str, Any] = {}
    if body.description:
        built["description"] = body.description
    built["content"] = build_content(
        body.media_types, body.examples, schema=schema, document=document, schemas=schemas
    )
    if body.required is not None:
        built["required"] = body.required
    built.update(provenance(body, document=document, language=language))
    return built


def build_response(
    response: Response,
    *,
    operation: Operation,
    components: Components,
    document: str,
    language: str,
) -> dict[str, Any]:
    status = str(response.status)
    built: dict[str, Any] = {"description": response.description}
    if response.headers:
        built["headers"] = {
            h.name: build_header(
                h,
                schema=components.inline[("header", operation.operation_id, status, h.name)],
                document=document,
                language=language,
            )
            for h in response.headers
        }
    if response.model is not None:
        schema = components.inline[("response", operation.operation_id, status)]
        schemas = {
            media: components.inline[("response", operation.operation_id, status, media)]
            for media in response.media_models
        }
        built["content"] = build_content(
            response.media_types,
            response.examples,
            schema=schema,
            document=document,
            schemas=schemas,
        )
    built.update(provenance(response, document=document, language=language))
    return built


def build_header(
    header: Header, *, schema: dict[str, Any], document: str, language: str
) -> dict[str, Any]:
    built: dict[str, Any] = {"description": header.description}
    if header.required:
        built["required"] = True
    built["schema"] = schema
    built.update(provenance(header, document=document, language=language))
    return built


def build_content(
    media_types: list[str],
    examples: list[Example],
    *,
    schema: dict[str, Any],
    document: str,
    schemas: dict[str, dict[str, Any]] | None = None,
) -> dict[str, Any]:
    """One media-type object per type; each example goes under its own media type.

    ``schema`` is every media type's schema but those ``schemas`` gives its own.
    """
    content: dict[str, Any] = {}
    for media_type in media_types:
        mine = [e for e in examples if (e.media_type or media_types[0]) == media_type]
        media: dict[str, Any] = {"schema": (schemas or {}).get(media_type, schema)}
        if mine:
            media["examples"] = build_examples(mine, document=document)
        content[media_type] = media
    return content


def build_examples(examples: list[Example], *, document: str) -> dict[str, Any]:
    """Named example objects whose summary cites the document lines."""
    built: dict[str, Any] = {}
    for example in examples:
        where = f"{document} lines {example.lines}"
        source: dict[str, Any] = {"document": document, "lines": example.lines.as_list()}
        if example.columns is not None:
            where += ", columns {}-{}".format(*example.columns)
            source["columns"] = list(example.columns)
        obj: dict[str, Any] = {"summary": f"{example.summary} ({where})"}
        if example.description:
            obj["description"] = example.description
        obj["value"] = example.value
        obj["x-source"] = source
        built[example.name] = obj
    return built


def build_security_scheme(
    scheme: SecurityScheme, *, document: str, language: str
) -> dict[str, Any]:
    built: dict[str, Any] = {"type": scheme.type, "description": scheme.description}
    if scheme.type == "apiKey":
        built["name"] = scheme.name
        built["in"] = scheme.location
    elif scheme.type == "http":
        built["scheme"] = scheme.scheme
        if scheme.bearer_format:
            built["bearerFormat"] = scheme.bearer_format
    else:
        built["flows"] = {flow.kind: build_flow(flow) for flow in scheme.flows}
    built.update(provenance(scheme, document=document, language=language))
    return built


def build_flow(flow: OAuthFlow) -> dict[str, Any]:
    built = _drop_none(
        {
            "authorizationUrl": flow.authorization_url,
            "tokenUrl": flow.token_url,
            "refreshUrl": flow.refresh_url,
        }
    )
    built["scopes"] = dict(flow.scopes)
    return built


def build_components_object(vendor: Vendor, *, components: Components) -> dict[str, Any]:
    built: dict[str, Any] = {"schemas": dict(sorted(components.named.items()))}
    if vendor.security_schemes:
        built["securitySchemes"] = {
            s.key: build_security_scheme(s, document=vendor.document, language=vendor.language)
            for s in sorted(vendor.security_schemes, key=lambda s: s.key)
        }
    if not built["schemas"]:
        del built["schemas"]
    return built


def provenance(element: Any, *, document: str, language: str) -> dict[str, Any]:
    """The ``x-source`` / ``x-inferred`` / ``x-quirks`` / ``x-original`` of any element:
    ``document`` completes a source, ``language`` (the vendor's) an original without one."""
    out: dict[str, Any] = {}
    source: Source | None = getattr(element, "source", None)
    if source is not None:
        out["x-source"] = {"document": source.document or document, "lines": source.lines.as_list()}
    inferred: str | None = getattr(element, "inferred", None)
    if inferred:
        out["x-inferred"] = inferred
    quirks: list[Quirk] = getattr(element, "quirks", [])
    if quirks:
        out["x-quirks"] = [{"lines": q.lines.as_list(), "text": q.text} for q in quirks]
    original: Original | None = getattr(element, "original", None)
    if original is not None:
        out["x-original"] = original_json(original.model_dump(exclude_none=True), language)
    return out


def _drop_none(mapping: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in mapping.items() if v is not None}


def _json_value(value: Any) -> Any:
    """Enum members and other pydantic-known values as plain JSON."""
    from pydantic_core import to_jsonable_python

    return to_jsonable_python(value)
