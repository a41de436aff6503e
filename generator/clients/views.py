"""View objects for the client templates: every name, type and literal computed here.

Per operation: its method name (snake_case of the operationId), its parameters as typed keyword
arguments (vendor spelling on the wire), its body (JSON preferred; multipart when the schema has a
binary field; then form-urlencoded; raw content otherwise), its result type, the Planiso-style
envelope, the error models by status, and its paging.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from generator import naming
from generator.clients.auth import AuthView, build_auth, logon_token_property
from generator.clients.models import GeneratedModels
from generator.clients.paging import PagingView, build_paging
from generator.clients.types import Annotator, ref_name

_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_TAKEN = {"body", "self"}
_ENVELOPE = {"code", "message", "data"}
_CODE_FIELDS = ("errorCode", "error_code", "code")
_MESSAGE_FIELDS = ("errorMessage", "error_message", "message", "error", "error_description")
_PEP440 = re.compile(r"^\d+(\.\d+)*$")
_SECURITY_NAMES = re.compile(r"'([^']+)'")
_CODE_LINE = re.compile(r"^\s*[-*]\s*`?(-?\d+)`?\s*[:=–-]\s*(.+?)\s*$", re.MULTILINE)


@dataclass(frozen=True)
class ParamView:
    name: str
    wire: str
    location: str  # path, query, header, or body (a flattened logon body)
    annotation: str
    required: bool
    doc: str


@dataclass(frozen=True)
class BodyView:
    annotation: str
    required: bool
    kind: str  # json, form, multipart or content
    media_type: str


@dataclass
class OperationView:
    name: str
    operation_id: str
    constant: str
    method: str
    path: str
    summary: str
    security: str
    errors: str
    params: list[ParamView]
    body: BodyView | None
    body_fields: list[ParamView]
    result: str  # the annotation of the parsed result
    result_kind: str  # model, optional or none
    adapter: str
    envelope_adapter: str
    accept: str
    paging: PagingView | None
    logon_token_attr: str

    @property
    def has_arguments(self) -> bool:
        return bool(self.params or self.body_fields or self.body)

    @property
    def signature_params(self) -> list[ParamView]:
        return self.params + self.body_fields


@dataclass(frozen=True)
class AdapterView:
    name: str
    annotation: str


@dataclass(frozen=True)
class ErrorCodeView:
    literal: str
    meaning_literal: str


@dataclass(frozen=True)
class ServerVariableView:
    name: str
    wire: str
    default_literal: str
    doc: str


@dataclass
class ClientView:
    key: str
    package: str
    title: str
    version: str
    description: str
    base_url_literal: str
    variables: list[ServerVariableView]
    auth: AuthView
    operations: list[OperationView]
    adapters: list[AdapterView]
    model_imports: list[str]
    uses_any: bool
    error_codes: list[ErrorCodeView] = field(default_factory=list)
    code_field_literal: str = "None"
    message_field_literal: str = "None"

    @property
    def api_name(self) -> str:
        """ "Planiso API" for the title "Planiso API" as for "HELIUM V": never "… API API"."""
        return self.title if self.title.split()[-1:] == ["API"] else f"{self.title} API"

    @property
    def paged(self) -> list[OperationView]:
        return [op for op in self.operations if op.paging is not None]

    @property
    def distribution(self) -> str:
        return self.package.replace("_", "-")

    @property
    def package_version(self) -> str:
        return self.version if _PEP440.match(self.version) else "0.0.0"

    @property
    def base_url(self) -> str:
        return str(self.base_url_literal[1:-1])

    @property
    def readme(self) -> ReadmeView:
        logon = next((op for op in self.operations if op.logon_token_attr), None)
        plain = [op for op in self.operations if op.method == "GET" and op.result_kind == "model"]
        example = next((op for op in plain if not op.params), plain[0] if plain else None)
        if logon is not None:
            args = []
        else:
            first = next((op for op in self.operations if op.security != "()"), None)
            names = _SECURITY_NAMES.findall(first.security.split(")")[0]) if first else []
            creds = {s.key: s.credential for s in self.auth.schemes}
            args = [creds[n] for n in names if creds.get(n)]
            if (self.auth.grant and not args) or (self.auth.grant and len(args) == 1):
                args += ["username", "password"]
        return ReadmeView(
            auth_args=list(dict.fromkeys(args)),
            logon=logon,
            example=example,
            paged=self.paged[0] if self.paged else None,
        )


@dataclass(frozen=True)
class ReadmeView:
    auth_args: list[str]
    logon: OperationView | None
    example: OperationView | None
    paged: OperationView | None


def build_client_view(spec: dict[str, Any], *, key: str, models: GeneratedModels) -> ClientView:
    schemas = spec.get("components", {}).get("schemas", {})
    annotator = Annotator(schemas=schemas, models=models)
    raw_ops = list(_operations(spec))
    adapters: dict[str, str] = {}
    operations = [
        _operation(op, annotator=annotator, models=models, adapters=adapters) for op in raw_ops
    ]
    auth = build_auth(spec, annotator=annotator, ops=raw_ops)
    server = (spec.get("servers") or [{"url": "http://localhost"}])[0]
    variables = [
        ServerVariableView(
            naming.snake(name), name, repr(str(var.get("default", ""))), var.get("description", "")
        )
        for name, var in server.get("variables", {}).items()
    ]
    info = spec.get("info", {})
    code_field, message_field = _error_fields(raw_ops, annotator)
    return ClientView(
        key=key,
        package=f"{naming.snake(key)}_client",
        title=info.get("title", key),
        version=str(info.get("version", "0")),
        description=" ".join(str(info.get("description", "")).split("\n\n")[0].split()),
        base_url_literal=repr(server["url"]),
        variables=variables,
        auth=auth,
        operations=operations,
        adapters=[
            AdapterView(name, ann) for ann, name in sorted(adapters.items(), key=lambda i: i[1])
        ],
        model_imports=sorted(annotator.used),
        uses_any=annotator.uses_any,
        error_codes=_error_codes(schemas),
        code_field_literal=repr(code_field),
        message_field_literal=repr(message_field),
    )


def _operations(spec: dict[str, Any]) -> list[dict[str, Any]]:
    found = []
    for path, item in spec.get("paths", {}).items():
        for method in _METHODS:
            if method in item:
                op = dict(item[method])
                op["parameters"] = _merge_params(
                    item.get("parameters", []), op.get("parameters", [])
                )
                op["path"], op["method"] = path, method.upper()
                found.append(op)
    return found


def _merge_params(shared: list[Any], own: list[Any]) -> list[Any]:
    merged = {(p.get("in"), p.get("name")): p for p in shared}
    merged.update({(p.get("in"), p.get("name")): p for p in own})
    return list(merged.values())


def _adapter(annotation: str, adapters: dict[str, str]) -> str:
    if annotation not in adapters:
        adapters[annotation] = f"_{naming.constant(annotation)}"
    return adapters[annotation]


def _operation(
    op: dict[str, Any], *, annotator: Annotator, models: GeneratedModels, adapters: dict[str, str]
) -> OperationView:
    name = naming.snake(op["operationId"])
    seen: set[str] = set(_TAKEN)
    params: list[ParamView] = []
    query: list[tuple[str, str, dict[str, Any]]] = []
    for p in op["parameters"]:
        if p.get("in") not in ("path", "query", "header"):
            continue
        py = _unique(naming.snake(p["name"]), seen)
        schema = p.get("schema", {})
        required = bool(p.get("required")) or p["in"] == "path"
        params.append(
            ParamView(py, p["name"], p["in"], annotator.annotation(schema), required, _doc(p))
        )
        if p["in"] == "query":
            query.append((p["name"], py, annotator.resolve(schema)))
    body, body_fields = _body(op, annotator=annotator, seen=seen)
    status, media, schema = _success(op)
    envelope = ""
    if schema is None:
        result, kind, adapter = "None", "none", ""
    else:
        resolved = annotator.resolve(schema)
        props = resolved.get("properties", {})
        if set(props) >= _ENVELOPE and "$ref" in schema:
            envelope = _adapter(annotator.annotation(schema), adapters)
            schema = props["data"]
        result = annotator.annotation(schema)
        adapter = _adapter(result, adapters)
        kind = "optional" if status == "204" else "model"
    error_adapters = {
        code: _adapter(annotator.annotation(s), adapters)
        for code, s in _error_schemas(op)
        if "$ref" in s
    }
    errors = "{" + ", ".join(f"{c!r}: {a}" for c, a in error_adapters.items()) + "}"
    paging = build_paging(
        query,
        schema if kind == "model" and not envelope else None,
        annotator=annotator,
        models=models,
    )
    token = logon_token_property(op, annotator)
    token_attr = ""
    if token and schema is not None and "$ref" in schema:
        token_attr = models.attribute(ref_name(schema["$ref"]), token)
    return OperationView(
        name=name,
        operation_id=op["operationId"],
        constant=f"_OP_{naming.constant(op['operationId'])}",
        method=op["method"],
        path=op["path"],
        summary=" ".join(str(op.get("summary") or op["operationId"]).split()),
        security=repr(tuple(tuple(alt) for alt in op.get("security", []))),
        errors=errors,
        params=params,
        body=body,
        body_fields=body_fields,
        result=result,
        result_kind=kind,
        adapter=adapter,
        envelope_adapter=envelope,
        accept=media or "",
        paging=paging,
        logon_token_attr=token_attr,
    )


def _unique(name: str, seen: set[str]) -> str:
    while name in seen:
        name = f"{name}_"
    seen.add(name)
    return name


def _doc(item: dict[str, Any]) -> str:
    return " ".join(str(item.get("description", "")).split())[:200]


def _body(
    op: dict[str, Any], *, annotator: Annotator, seen: set[str]
) -> tuple[BodyView | None, list[ParamView]]:
    request = op.get("requestBody")
    if not request:
        return None, []
    content: dict[str, Any] = request.get("content", {})
    chosen = _choose_media(content, annotator)
    if chosen is None:
        return None, []
    media, kind = chosen
    schema = content[media].get("schema", {})
    required = bool(request.get("required"))
    if op.get("security") == [] and kind == "json":
        # A logon takes its fields as keyword arguments: `logon(username=…, password=…)`.
        resolved = annotator.resolve(schema)
        needed = set(resolved.get("required", []))
        fields = [
            ParamView(
                _unique(naming.snake(prop), seen),
                prop,
                "body",
                annotator.annotation(s),
                prop in needed,
                _doc(s),
            )
            for prop, s in resolved.get("properties", {}).items()
        ]
        if fields:
            return BodyView("", required, kind, media), fields
    annotation = annotator.annotation(schema)
    if kind in ("json", "form", "multipart") and annotation != "Any":
        annotation = (
            f"{annotation} | dict[str, Any]" if not annotation.startswith("dict[") else annotation
        )
        annotator.uses_any = True
    elif kind == "content":
        annotation = "bytes | str"
    return BodyView(annotation, required, kind, media), []


def _choose_media(content: dict[str, Any], annotator: Annotator) -> tuple[str, str] | None:
    def binary(media: str) -> bool:
        props = annotator.resolve(content[media].get("schema", {})).get("properties", {})
        return any(annotator.resolve(p).get("format") == "binary" for p in props.values())

    medias = list(content)
    multipart = [m for m in medias if m.startswith("multipart/")]
    if multipart and binary(multipart[0]):
        return multipart[0], "multipart"
    for media in medias:
        if media == "application/json" or media.endswith("+json"):
            return media, "json"
    for media in medias:
        if media == "application/x-www-form-urlencoded":
            return media, "form"
    if multipart:
        return multipart[0], "multipart"
    return (medias[0], "content") if medias else None


def _success(op: dict[str, Any]) -> tuple[str, str | None, dict[str, Any] | None]:
    """The first 2xx status, its JSON media type and schema (None: no JSON body)."""
    for status in sorted(op.get("responses", {})):
        if not status.startswith("2"):
            continue
        content = op["responses"][status].get("content") or {}
        for media, item in content.items():
            if media == "application/json" or media.endswith("+json"):
                return status, media, item.get("schema") or {}
        return status, None, None
    return "200", None, None


def _error_schemas(op: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    found = []
    for status, response in op.get("responses", {}).items():
        if status.startswith(("1", "2", "3")):
            continue
        for media, item in (response.get("content") or {}).items():
            if "json" in media and item.get("schema"):
                found.append((status, item["schema"]))
                break
    return found


def _error_fields(ops: list[dict[str, Any]], annotator: Annotator) -> tuple[str | None, str | None]:
    """The wire names of the code and message fields of the vendor's error payloads."""
    props: dict[str, Any] = {}
    for op in ops:
        for _, schema in _error_schemas(op):
            props.update(annotator.resolve(schema).get("properties", {}))
    code = next((f for f in _CODE_FIELDS if f in props), None)
    message = next((f for f in _MESSAGE_FIELDS if f in props), None)
    return code, message


def _error_codes(schemas: dict[str, Any]) -> list[ErrorCodeView]:
    """Meanings of documented codes: lines ``- <code>: <meaning>`` in an enum schema's description."""
    codes: dict[int, str] = {}
    for schema in schemas.values():
        values = schema.get("enum") or []
        if schema.get("type") != "integer" or not values:
            continue
        for number, meaning in _CODE_LINE.findall(str(schema.get("description", ""))):
            if int(number) in values:
                codes.setdefault(int(number), meaning)
    return [ErrorCodeView(str(c), repr(m)) for c, m in sorted(codes.items())]
