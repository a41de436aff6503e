"""What the mock checks before answering: the declared security, then the request against the spec.

Parameters and JSON (and other) bodies are validated by openapi-core. Form bodies are validated
here: openapi-core 0.23 rejects a multipart file part (``bytes`` is "not of type 'string'"), does not
cast form fields (``"false"`` is "not of type 'boolean'") and crashes on form fields typed
``[string, "null"]``. So a form body is parsed, each field cast by its declared type (a file part
becomes a string), and the result validated with JSON Schema. XML bodies are checked to be
well-formed only: the schemas describe their JSON rendering.
"""

from __future__ import annotations

import copy
import email.parser
import email.policy
import json
import xml.etree.ElementTree as ElementTree
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs

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

from generator.mock_values import is_json, is_xml, resolve

FieldError = dict[str, str]


@dataclass
class Incoming:
    """One request as the mock received it, after routing."""

    method: str
    template: str
    variables: dict[str, str]
    query: dict[str, list[str]]
    headers: Mapping[str, str]  # lower-case names
    cookies: dict[str, str]
    body: bytes
    content_type: str
    operation: dict[str, Any] = field(default_factory=dict)


def check_security(spec: dict[str, Any], request: Incoming) -> list[FieldError]:
    """Empty when one alternative of the operation's ``security`` is satisfied, else what is missing."""
    requirements = request.operation.get("security", spec.get("security", []))
    if not requirements:
        return []
    schemes = (spec.get("components") or {}).get("securitySchemes") or {}
    errors: list[FieldError] = []
    for requirement in requirements:
        missing = [
            where
            for name in requirement
            if (where := _missing_credential(resolve(spec, schemes.get(name, {})), request))
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


def _missing_credential(scheme: dict[str, Any], request: Incoming) -> str | None:
    kind = scheme.get("type")
    if kind == "apiKey":
        name, where = str(scheme.get("name", "")), scheme.get("in")
        present = {
            "header": bool(request.headers.get(name.lower())),
            "query": bool(request.query.get(name, [""])[0]),
            "cookie": bool(request.cookies.get(name)),
        }.get(str(where), False)
        return None if present else f"{where}.{name}"
    authorization = request.headers.get("authorization", "")
    wanted = (
        "basic" if kind == "http" and str(scheme.get("scheme", "")).lower() == "basic" else "bearer"
    )
    word, _, credential = authorization.partition(" ")
    # http bearer, oauth2 and openIdConnect all send a bearer token
    return None if word.lower() == wanted and credential.strip() else "header.Authorization"


class RequestChecker:
    """Validates requests against one spec; the openapi-core objects are built once."""

    def __init__(self, spec: dict[str, Any], *, url: str) -> None:
        self.spec = spec
        self.url = url
        own = copy.copy(spec)
        own["servers"] = [{"url": url}]  # so that openapi-core matches the mock's own URLs
        path = SchemaPath.from_dict(own)
        self.is_31 = str(spec.get("openapi", "3.1")).startswith("3.1")
        params_class = (
            V31RequestParametersValidator if self.is_31 else V30RequestParametersValidator
        )
        body_class = V31RequestBodyValidator if self.is_31 else V30RequestBodyValidator
        self.parameters = params_class(path)
        self.bodies = body_class(path)

    def check(self, request: Incoming) -> list[FieldError]:
        core_request = _CoreRequest(self.url, request)
        errors = [f for e in self.parameters.iter_errors(core_request) for f in _field_errors(e)]
        return errors + self._check_body(request, core_request)

    def _check_body(self, request: Incoming, core_request: _CoreRequest) -> list[FieldError]:
        body_spec = resolve(self.spec, request.operation.get("requestBody"))
        if not isinstance(body_spec, dict):
            return []
        if not request.body:
            if body_spec.get("required"):
                return [{"field": "body", "message": "the request body is required"}]
            return []
        content: dict[str, Any] = body_spec.get("content") or {}
        base = request.content_type.split(";")[0].strip().lower()
        declared = _declared_media_type(content, base)
        if declared is None:
            expected = ", ".join(content)
            return [
                {
                    "field": "header.Content-Type",
                    "message": f"{base or '(none)'} is not accepted; send one of: {expected}",
                }
            ]
        schema = content[declared].get("schema")
        if base in ("multipart/form-data", "application/x-www-form-urlencoded"):
            fields = _parse_form(base, request.content_type, request.body)
            if fields is None:
                return [{"field": "body", "message": f"not a valid {base} body"}]
            return self._validate_value(_cast_form(self.spec, schema, fields), schema)
        if is_xml(base):
            try:
                ElementTree.fromstring(request.body)  # local test traffic only
            except ElementTree.ParseError as exc:
                return [{"field": "body", "message": f"not well-formed XML: {exc}"}]
            return []
        return [f for e in self.bodies.iter_errors(core_request) for f in _field_errors(e)]

    def _validate_value(self, value: Any, schema: Any) -> list[FieldError]:
        if schema is None:
            return []
        root = {**schema, "components": self.spec.get("components", {})}
        if self.is_31:
            validator: Any = OAS31Validator(root, format_checker=oas31_format_checker)
        else:
            validator = OAS30Validator(root, format_checker=oas30_format_checker)
        return [_schema_error("body", e) for e in validator.iter_errors(value)]


def _declared_media_type(content: dict[str, Any], base: str) -> str | None:
    for media_type in content:
        declared = media_type.split(";")[0].strip().lower()
        if (
            declared == base
            or declared == "*/*"
            or (declared.endswith("/*") and base.startswith(declared[:-1]))
        ):
            return media_type
    if base == "" and len(content) == 1:
        return None
    return next((m for m in content if is_json(m) and is_json(base)), None)


def _parse_form(base: str, content_type: str, body: bytes) -> dict[str, list[Any]] | None:
    if base == "application/x-www-form-urlencoded":
        try:
            return {k: list(v) for k, v in parse_qs(body.decode(), keep_blank_values=True).items()}
        except UnicodeDecodeError:
            return None
    head = f"Content-Type: {content_type}\r\nMIME-Version: 1.0\r\n\r\n".encode()
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(head + body)
    if not message.is_multipart():
        return None
    fields: dict[str, list[Any]] = {}
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        if not isinstance(name, str):
            continue
        payload = part.get_payload(decode=True)
        raw = payload if isinstance(payload, bytes) else b""
        is_file = part.get_filename() is not None
        fields.setdefault(name, []).append(
            _FilePart() if is_file else raw.decode("utf-8", "replace")
        )
    return fields


class _FilePart:
    """A file part of a multipart body: it stands for a ``format: binary`` string."""


def _cast_form(spec: dict[str, Any], schema: Any, fields: dict[str, list[Any]]) -> dict[str, Any]:
    """Form fields (all strings) cast by the type of their property, as a server would read them."""
    properties = (resolve(spec, schema) or {}).get("properties") or {}
    value: dict[str, Any] = {}
    for name, raw in fields.items():
        prop = resolve(spec, properties.get(name, {}))
        kinds = _types(spec, prop)
        if "array" in kinds:
            items = resolve(spec, prop.get("items", {}))
            value[name] = [_cast(item, _types(spec, items)) for item in raw]
        else:
            value[name] = _cast(raw[0], kinds)
    return value


def _types(spec: dict[str, Any], schema: Any) -> list[str]:
    schema = resolve(spec, schema)
    if not isinstance(schema, dict):
        return []
    kind = schema.get("type")
    if isinstance(kind, list):
        return [str(k) for k in kind]
    if isinstance(kind, str):
        return [kind]
    kinds: list[str] = []
    for option in schema.get("anyOf", []) + schema.get("oneOf", []) + schema.get("allOf", []):
        kinds.extend(_types(spec, option))
    return kinds


def _cast(raw: Any, kinds: list[str]) -> Any:
    if isinstance(raw, _FilePart):
        return ""
    text = str(raw)
    if "null" in kinds and text == "" and "string" not in kinds:
        return None
    if "boolean" in kinds and text.lower() in ("true", "false"):
        return text.lower() == "true"
    if "integer" in kinds:
        try:
            return int(text)
        except ValueError:
            pass
    if "number" in kinds:
        try:
            return float(text)
        except ValueError:
            pass
    if ("object" in kinds or "array" in kinds) and "string" not in kinds:
        try:
            return json.loads(text)
        except ValueError:
            pass
    return text


class _CoreRequest:
    """The request as openapi-core's ``Request`` protocol wants it (with the matched template)."""

    def __init__(self, url: str, request: Incoming) -> None:
        self.host_url = url
        self.path = request.template
        self.path_pattern = request.template
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
