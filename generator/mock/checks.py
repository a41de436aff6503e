"""What the mock checks before answering: the declared security, then the request against the spec.

Parameters and JSON (and other) bodies are validated by openapi-core (from the raw document,
``Api.document``). Form and XML bodies are read by :mod:`generator.mock.bodies` and validated here with JSON Schema: openapi-core 0.23 rejects a multipart file
part (``bytes`` is "not of type 'string'"), does not cast form fields (``"false"`` is "not of type
'boolean'"), crashes on form fields typed ``[string, "null"]`` and does not read XML by the schema.
The Content-Type header is parsed by :mod:`generator.mock.bodies` as well: openapi-core raises on a parameter
without ``=``.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from jsonschema_path import SchemaPath
from openapi_core.datatypes import RequestParameters
from openapi_core.validation.request.validators import (
    V30RequestBodyValidator,
    V30RequestParametersValidator,
    V31RequestBodyValidator,
    V31RequestParametersValidator,
)
from openapi_schema_validator import (
    OAS30Validator,
    OAS31Validator,
    oas30_format_checker,
    oas31_format_checker,
)
from werkzeug.datastructures import Headers, ImmutableMultiDict

from generator.mock.bodies import FORM_TYPES, cast, parse_media_type, read_form, read_xml
from generator.openapi import Api, Content, Media, Operation, SecurityScheme
from generator.openapi.elements import media_kind

FieldError = dict[str, str]


@dataclass
class Incoming:
    """One request as the mock received it, after routing to its operation."""

    operation: Operation
    method: str
    variables: dict[str, str]
    query: dict[str, list[str]]
    headers: Mapping[str, str]  # lower-case names
    cookies: dict[str, str]
    body: bytes
    content_type: str


def check_security(api: Api, request: Incoming) -> list[FieldError]:
    """Empty when one alternative of the operation's ``security`` is satisfied, else what is missing."""
    if request.operation.is_public:
        return []
    errors: list[FieldError] = []
    for requirement in request.operation.security:
        missing = [
            where
            for name in requirement
            if (where := _missing_credential(api.security_schemes.get(name), request))
        ]
        if not missing:
            return []
        for where in missing:
            entry = {
                "field": where,
                "message": f"credential missing (needed with: {', '.join(requirement)})",
            }
            if entry not in errors:
                errors.append(entry)
    return errors


def _missing_credential(scheme: SecurityScheme | None, request: Incoming) -> str | None:
    if scheme is not None and scheme.type == "apiKey":
        name, where = scheme.name, scheme.location
        present = {
            "header": bool(request.headers.get(name.lower())),
            "query": bool(request.query.get(name, [""])[0]),
            "cookie": bool(request.cookies.get(name)),
        }.get(where, False)
        return None if present else f"{where}.{name}"
    authorization = request.headers.get("authorization", "")
    is_basic = scheme is not None and scheme.type == "http" and scheme.scheme == "basic"
    word, _, credential = authorization.partition(" ")
    # http bearer, oauth2 and openIdConnect all send a bearer token (so does an unknown scheme)
    wanted = "basic" if is_basic else "bearer"
    return None if word.lower() == wanted and credential.strip() else "header.Authorization"


class RequestChecker:
    """Validates requests against one spec; the openapi-core objects are built once."""

    def __init__(self, api: Api, *, url: str) -> None:
        self.api = api
        self.url = url
        own = copy.copy(api.document)  # openapi-core reads the document itself
        own["servers"] = [{"url": url}]  # so that openapi-core matches the mock's own URLs
        path = SchemaPath.from_dict(own)
        self.is_31 = api.openapi.startswith("3.1")
        params_class = (
            V31RequestParametersValidator if self.is_31 else V30RequestParametersValidator
        )
        body_class = V31RequestBodyValidator if self.is_31 else V30RequestBodyValidator
        self.parameters = params_class(path)
        self.bodies = body_class(path)

    def check(self, request: Incoming) -> list[FieldError]:
        core_request = _CoreRequest(self.url, request)
        errors: list[FieldError] = []
        for error in self.parameters.iter_errors(core_request):
            if type(error.__cause__).__name__ == "EmptyQueryParameterValue":
                errors += self._check_empty_query_value(request, str(getattr(error, "name", "")))
            else:
                errors += _field_errors(error)
        return errors + self._check_body(request, core_request)

    def _check_empty_query_value(self, request: Incoming, name: str) -> list[FieldError]:
        """``?name=`` judged by the parameter's schema, not by openapi-core's empty-value rule.

        openapi-core refuses every empty query value unless ``allowEmptyValue`` is set, a keyword
        OpenAPI 3.1 deprecates and our specs never write: the schema is the contract (an empty
        string fits a ``string`` without ``minLength``; it does not fit an ``integer``).
        """
        for param in request.operation.parameters_in("query"):
            if param.name == name:
                value = cast("", self.api.schemas.types_of(param.schema))
                return self._validate_value(value, param.schema, prefix=f"query.{name}")
        return []

    def _check_body(self, request: Incoming, core_request: _CoreRequest) -> list[FieldError]:
        body_spec = request.operation.request_body
        if body_spec is None:
            return []
        media_type = parse_media_type(request.content_type) if request.content_type else None
        if request.content_type and media_type is None:
            return [
                {
                    "field": "header.Content-Type",
                    "message": f"malformed media type: {request.content_type[:100]!r}",
                }
            ]
        base = media_type.base if media_type else ""
        # No bytes is no body, except for an urlencoded form: there it is the form without fields.
        if not request.body and base != "application/x-www-form-urlencoded":
            if body_spec.required:
                return [{"field": "body", "message": "the request body is required"}]
            return []
        declared = _declared_media_type(body_spec.content, base)
        if media_type is None or declared is None:
            expected = ", ".join(body_spec.content.media_types)
            return [
                {
                    "field": "header.Content-Type",
                    "message": f"{base or '(none)'} is not accepted; send one of: {expected}",
                }
            ]
        schema = declared.schema
        if base in FORM_TYPES:
            value = read_form(self.api.schemas, schema, media_type, request.body)
            if value is None:
                return [{"field": "body", "message": f"not a valid {base} body"}]
            return self._validate_value(value, schema)
        if media_kind(base) == "xml":
            try:
                value = read_xml(self.api.schemas, schema, request.body)
            except ValueError as exc:
                return [{"field": "body", "message": str(exc)[:300]}]
            return self._validate_value(value, schema)
        # openapi-core reads the body as the media type we matched (it would crash on some
        # malformed parameters, and it does not match ``+json`` types to ``application/json``).
        core_request.content_type = base if "*" in declared.media_type else declared.media_type
        return [f for e in self.bodies.iter_errors(core_request) for f in _field_errors(e)]

    def _validate_value(self, value: Any, schema: Any, *, prefix: str = "body") -> list[FieldError]:
        if schema is None:
            return []
        # The components ride along in the root schema so that "#/components/schemas/…" resolves.
        root = {**schema, "components": {"schemas": dict(self.api.schemas.components)}}
        if self.is_31:
            validator: Any = OAS31Validator(root, format_checker=oas31_format_checker)
        else:
            validator = OAS30Validator(root, format_checker=oas30_format_checker)
        return [_schema_error(prefix, e) for e in validator.iter_errors(value)]


def _declared_media_type(content: Content, base: str) -> Media | None:
    """The declared media type a request's Content-Type matches (``*/*`` and ``type/*`` too)."""
    for media in content:
        declared = media.media_type.split(";")[0].strip().lower()
        if (
            declared == base
            or declared == "*/*"
            or (declared.endswith("/*") and base.startswith(declared[:-1]))
        ):
            return media
    if base == "" and len(content.media) == 1:
        return None
    return next((m for m in content if m.kind == "json" and media_kind(base) == "json"), None)


class _CoreRequest:
    """The request as openapi-core's ``Request`` protocol wants it (with the matched template)."""

    def __init__(self, url: str, request: Incoming) -> None:
        self.host_url = url
        self.path = request.operation.path
        self.path_pattern = request.operation.path
        self.method = request.method.lower()
        self.body = request.body
        self.content_type = request.content_type.lower()
        self.parameters = RequestParameters(
            query=ImmutableMultiDict(
                [(k, v) for k, values in request.query.items() for v in values]
            ),
            header=Headers(list(request.headers.items())),
            cookie=ImmutableMultiDict(list(request.cookies.items())),
            path=dict(request.variables),
        )


def _field_errors(error: Exception) -> list[FieldError]:
    """One openapi-core error as ``{field, message}`` items naming the parameter or body field."""
    cause = error.__cause__
    name, location = getattr(error, "name", None), getattr(error, "location", None)
    schema_errors = getattr(cause, "schema_errors", None) or ()
    if name is not None and location is not None:
        where = f"{location}.{name}"
        if schema_errors:
            return [_schema_error(where, e) for e in schema_errors]
        return [{"field": where, "message": str(cause) if cause is not None else str(error)}]
    if schema_errors:
        return [_schema_error("body", e) for e in schema_errors]
    kind = type(cause).__name__
    if kind == "MediaTypeNotFound":
        return [{"field": "header.Content-Type", "message": str(cause)}]
    if kind == "MediaTypeDeserializeError":
        return [{"field": "body", "message": f"cannot be decoded: {cause}"[:300]}]
    if kind == "NoneType" and "body" in str(error).lower():
        return [{"field": "body", "message": str(error)}]
    return [{"field": "request", "message": str(error)[:300]}]


def _schema_error(prefix: str, error: Any) -> FieldError:
    """A JSON Schema error as a dotted field (``body.articles[0].name``) and its message."""
    where = prefix
    for part in getattr(error, "absolute_path", getattr(error, "path", [])):
        where += f"[{part}]" if isinstance(part, int) else f".{part}"
    if getattr(error, "validator", None) == "required" and isinstance(error.instance, dict):
        missing = [p for p in error.validator_value if p not in error.instance]
        if missing:
            return {"field": f"{where}.{missing[0]}", "message": "required property is missing"}
    return {"field": where, "message": str(getattr(error, "message", error))[:300]}
