"""View objects for the client templates: every name, type and literal computed here.

Read through :mod:`generator.openapi` (never the raw document). Per operation: its namespace and
method name (``x-fern-sdk-group-name`` / ``x-fern-sdk-method-name``, else the first tag and the
operationId in snake_case: ``client.projects.list``), its parameters as typed keyword arguments (vendor spelling on the
wire), its body (JSON preferred; multipart when the schema has a binary field; then
form-urlencoded; raw content otherwise), its result type, the envelope (``x-envelope``), the error
models by status, and its paging (``x-paging``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Any

from generator import naming
from generator.clients.auth import AuthView, build_auth
from generator.clients.bodies import BodyDicts, DictAnnotator, TypedDictView
from generator.clients.exports import root_exports
from generator.clients.models import GeneratedModels
from generator.clients.paging import PagingView, build_paging
from generator.clients.types import Annotator
from generator.openapi import Api, Content, Media, Operation, Parameter, Schemas

_TAKEN = {"body", "self"}
_PEP440 = re.compile(r"^\d+(\.\d+)*$")
_SECURITY_NAMES = re.compile(r"'([^']+)'")
#: Builtins an annotation may name; a method of that name (``list``) hides them in its class,
#: for mypy, so the annotations of that class spell them ``builtins.list``.
_BUILTIN_TYPES = ("list", "dict", "set", "tuple", "type", "bytes", "str", "int", "float", "bool")


@dataclass(frozen=True)
class ParamView:
    name: str
    wire: str
    location: str  # path, query, header, or body (a flattened logon body)
    annotation: str
    required: bool
    doc: str
    default: str = ""  # the documented default as a Python literal; "" when there is none

    @property
    def sent(self) -> str:
        """What goes into the request: a value equal to the documented default is left out (the
        server applies its default to an absent parameter, so the request says the same and
        stays what it was before the defaults were in the signature: minimal, and unchanged
        for recorded traffic and mocks)."""
        if not self.default:
            return self.name
        same = "is" if self.default in ("True", "False") else "=="
        return f"None if {self.name} {same} {self.default} else {self.name}"


@dataclass(frozen=True)
class BodyView:
    annotation: str
    required: bool
    kind: str  # json, form, multipart or content
    media_type: str


@dataclass
class OperationView:
    name: str  # the method, inside its namespace
    group: str  # the namespace: ``client.<group>.<name>(…)``
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

    @property
    def call(self) -> str:
        """``projects.list``: how the client calls it (after ``client.``)."""
        return f"{self.group}.{self.name}"


@dataclass(frozen=True)
class GroupView:
    """One namespace of the client (``client.projects``): its classes and its operations."""

    name: str
    classes: dict[str, str]  # sync, async, sync_raw, async_raw → class name
    title: str
    operations: list[OperationView]

    @property
    def paged(self) -> list[OperationView]:
        return [op for op in self.operations if op.paging is not None]


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
    groups: list[GroupView]
    adapters: list[AdapterView]
    model_imports: list[str]
    uses_any: bool
    uses_literal: bool = False
    body_dicts: list[TypedDictView] = field(default_factory=list)
    body_dict_imports: list[str] = field(default_factory=list)  # what client.py imports
    bodies_model_imports: list[str] = field(default_factory=list)  # what bodies.py imports
    bodies_use_any: bool = False
    exports: list[str] = field(default_factory=list)  # re-exported from the package root
    error_codes: list[ErrorCodeView] = field(default_factory=list)
    code_field_literal: str = "None"
    message_field_literal: str = "None"
    uses_builtins: bool = False
    #: The client's version where the build numbers it (``Revision.client_version``); otherwise
    #: the spec's own version where it is one by PEP 440 (``python -m generator client``).
    release: str | None = None

    @property
    def api_name(self) -> str:
        """ "Planiso API" for the title "Planiso API" as for "HELIUM V": never "… API API"."""
        return self.title if self.title.split()[-1:] == ["API"] else f"{self.title} API"

    @property
    def model_exports(self) -> list[str]:
        """The root's re-exports that come from ``.models`` (the rest are body dicts)."""
        dicts = {d.name for d in self.body_dicts}
        return [name for name in self.exports if name not in dicts]

    @property
    def paged(self) -> list[OperationView]:
        return [op for op in self.operations if op.paging is not None]

    @property
    def first_call(self) -> str:
        """``projects.list``: the call the docstrings show (``namespace.method`` without one)."""
        return self.operations[0].call if self.operations else "namespace.method"

    @property
    def distribution(self) -> str:
        return self.package.replace("_", "-")

    @property
    def package_version(self) -> str:
        if self.release is not None:
            return self.release
        return self.version if _PEP440.match(self.version) else "0.0.0"

    @property
    def package_description(self) -> str:
        """The distribution's summary: what it is for, and which version of the vendor's API."""
        return f"Typed Python client for the {self.api_name} {self.version} (generated)."

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


def build_client_view(api: Api, *, key: str, models: GeneratedModels) -> ClientView:
    annotator = Annotator(schemas=api.schemas, models=models)
    dicts = BodyDicts(DictAnnotator(schemas=api.schemas, models=models))
    adapters: dict[str, str] = {}
    operations = [
        _operation(op, api=api, annotator=annotator, models=models, adapters=adapters, dicts=dicts)
        for op in api.operations
    ]
    groups, uses_builtins = _groups(operations, taken=set(annotator.used))
    body_dicts = dicts.views()
    auth = build_auth(api, annotator=annotator)
    server = api.servers[0] if api.servers else None
    variables = [
        ServerVariableView(
            naming.snake(name),
            name,
            repr(str(var.get("default", ""))),
            var.get("description", ""),
        )
        for name, var in (server.variables.items() if server else [])
    ]
    errors = api.error_payload
    return ClientView(
        key=key,
        package=f"{naming.snake(key)}_client",
        title=api.title or key,
        version=api.version or "0",
        description=" ".join(api.description.split("\n\n")[0].split()),
        base_url_literal=repr(server.url if server else "http://localhost"),
        variables=variables,
        auth=auth,
        operations=[op for group in groups for op in group.operations],
        groups=groups,
        adapters=[
            AdapterView(name, ann) for ann, name in sorted(adapters.items(), key=lambda i: i[1])
        ],
        model_imports=sorted(annotator.used),
        uses_any=annotator.uses_any,
        uses_literal=annotator.uses_literal,
        body_dicts=body_dicts,
        body_dict_imports=sorted(dicts.parameters),
        bodies_model_imports=sorted(dicts.annotator.used),
        bodies_use_any=dicts.annotator.uses_any,
        exports=root_exports(models, body_dicts),
        error_codes=_error_codes(api.schemas),
        code_field_literal=repr((errors.code or None) if errors else None),
        message_field_literal=repr((errors.message or None) if errors else None),
        uses_builtins=uses_builtins,
    )


def _groups(operations: list[OperationView], *, taken: set[str]) -> tuple[list[GroupView], bool]:
    """The namespaces in order of first appearance, each with its four classes (named from the
    group; a clash with a model the client imports is refused), and whether an annotation had
    to spell a builtin as ``builtins.x`` because a method of its class hides it."""
    by_group: dict[str, list[OperationView]] = {}
    for op in operations:
        by_group.setdefault(op.group, []).append(op)
    groups: list[GroupView] = []
    qualified = False
    for name, ops in by_group.items():
        base = naming.pascal(name)
        classes = {
            "sync": f"{base}Resource",
            "async": f"Async{base}Resource",
            "sync_raw": f"{base}ResourceWithRawResponse",
            "async_raw": f"Async{base}ResourceWithRawResponse",
        }
        clash = taken.intersection(classes.values())
        if clash:
            raise ValueError(f"client namespace {name!r}: class {sorted(clash)[0]} is also a model")
        taken.update(classes.values())
        hidden = [b for b in _BUILTIN_TYPES if any(op.name == b for op in ops)]
        if hidden:
            qualified = True
            ops = [_qualify(op, hidden) for op in ops]
        title = " ".join(naming.words(name)).capitalize()
        groups.append(GroupView(name, classes, title, ops))
    return groups, qualified


def _qualify(op: OperationView, names: list[str]) -> OperationView:
    pattern = re.compile(r"(?<![\w.'\"])(" + "|".join(names) + r")(?=\[|\b)")

    def fix(annotation: str) -> str:
        return pattern.sub(r"builtins.\1", annotation)

    return replace(
        op,
        params=[replace(p, annotation=fix(p.annotation)) for p in op.params],
        body_fields=[replace(p, annotation=fix(p.annotation)) for p in op.body_fields],
        body=replace(op.body, annotation=fix(op.body.annotation)) if op.body else None,
        result=fix(op.result),
        paging=replace(op.paging, item_annotation=fix(op.paging.item_annotation))
        if op.paging
        else None,
    )


def _adapter(annotation: str, adapters: dict[str, str]) -> str:
    if annotation not in adapters:
        adapters[annotation] = f"_{naming.constant(annotation)}"
    return adapters[annotation]


def _operation(
    op: Operation,
    *,
    api: Api,
    annotator: Annotator,
    models: GeneratedModels,
    adapters: dict[str, str],
    dicts: BodyDicts,
) -> OperationView:
    seen: set[str] = set(_TAKEN)
    params: list[ParamView] = []
    query_names: dict[str, str] = {}
    for p in op.parameters:
        if p.location not in ("path", "query", "header"):
            continue
        py = _unique(naming.snake(p.name), seen)
        annotation = annotator.parameter(p.schema)
        default = "" if p.required else annotator.default(p.schema)
        params.append(ParamView(py, p.name, p.location, annotation, p.required, _doc(p), default))
        if p.location == "query":
            query_names[p.name] = py
    body, body_fields = _body(op, annotator=annotator, seen=seen, dicts=dicts)
    success = op.first_success
    media = success.content.first("json") if success else None
    schema = (media.schema or {}) if media else None
    envelope = ""
    if schema is None:
        result, kind, adapter = "None", "none", ""
    else:
        props = annotator.resolve(schema).get("properties", {})
        wrapper = api.envelope
        if wrapper is not None and set(props) >= wrapper.fields and Schemas.reference(schema):
            envelope = _adapter(annotator.annotation(schema), adapters)
            schema = props[wrapper.data]
        result = annotator.annotation(schema)
        adapter = _adapter(result, adapters)
        kind = "optional" if success is not None and success.status == "204" else "model"
    error_adapters = {
        code: _adapter(annotator.annotation(s), adapters)
        for code, s in _error_schemas(op)
        if Schemas.reference(s) is not None
    }
    errors = "{" + ", ".join(f"{c!r}: {a}" for c, a in error_adapters.items()) + "}"
    paging = build_paging(
        api.paging(op),
        query_names,
        schema if kind == "model" and not envelope else None,
        annotator=annotator,
        models=models,
    )
    logon = api.logon(op)
    token_attr = ""
    component = Schemas.reference(schema)
    if logon is not None and component is not None:
        token_attr = models.attribute(component, logon.token)
    declared = api.sdk_name(op)
    group, method = naming.client_call(
        declared.group, declared.method, tags=op.tags, operation_id=op.operation_id
    )
    return OperationView(
        name=method,
        group=group,
        operation_id=op.operation_id,
        constant=f"_OP_{naming.constant(op.operation_id)}",
        method=op.method,
        path=op.path,
        summary=" ".join((op.summary or op.operation_id).split()),
        security=repr(tuple(tuple(alt) for alt in op.security)),
        errors=errors,
        params=params,
        body=body,
        body_fields=body_fields,
        result=result,
        result_kind=kind,
        adapter=adapter,
        envelope_adapter=envelope,
        accept=media.media_type if media else "",
        paging=paging,
        logon_token_attr=token_attr,
    )


def _unique(name: str, seen: set[str]) -> str:
    while name in seen:
        name = f"{name}_"
    seen.add(name)
    return name


def _doc(item: Parameter | dict[str, Any]) -> str:
    text = item.description if isinstance(item, Parameter) else item.get("description", "")
    return " ".join(str(text).split())[:200]


def _body(
    op: Operation, *, annotator: Annotator, seen: set[str], dicts: BodyDicts
) -> tuple[BodyView | None, list[ParamView]]:
    request = op.request_body
    if request is None or not request.content:
        return None, []
    chosen = _choose_media(request.content, annotator)
    if chosen is None:
        return None, []
    media, kind = chosen
    schema = media.schema or {}
    if not op.security and kind == "json":
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
            return BodyView("", request.required, kind, media.media_type), fields
    annotation = annotator.annotation(schema)
    model = Schemas.reference(schema)
    typed = dicts.annotation(model) if kind != "content" and annotation == model else None
    if typed is not None:
        annotation = typed  # the model, or a dict in the vendor's names
    elif kind in ("json", "form", "multipart") and annotation != "Any":
        annotation = (
            f"{annotation} | dict[str, Any]" if not annotation.startswith("dict[") else annotation
        )
        annotator.uses_any = True
    elif kind == "content":
        annotation = "bytes | str"
    return BodyView(annotation, request.required, kind, media.media_type), []


def _choose_media(content: Content, annotator: Annotator) -> tuple[Media, str] | None:
    def binary(media: Media) -> bool:
        props = annotator.resolve(media.schema or {}).get("properties", {})
        return any(annotator.resolve(p).get("format") == "binary" for p in props.values())

    multipart = content.first("multipart")
    if multipart is not None and binary(multipart):
        return multipart, "multipart"
    for kind in ("json", "form"):
        found = content.first(kind)
        if found is not None:
            return found, kind
    if multipart is not None:
        return multipart, "multipart"
    first = content.first()
    return (first, "content") if first is not None else None


def _error_schemas(op: Operation) -> list[tuple[str, dict[str, Any]]]:
    found = []
    for response in op.responses:
        if response.status.startswith(("1", "2", "3")):
            continue
        for media in response.content:
            if "json" in media.media_type and media.schema:
                found.append((response.status, media.schema))
                break
    return found


def _error_codes(schemas: Schemas) -> list[ErrorCodeView]:
    """Meanings of documented codes: ``x-enum-descriptions`` of integer enum components."""
    codes: dict[int, str] = {}
    for name in schemas.components:
        schema = schemas.named(name)
        if schema.get("type") == "integer":
            for number, meaning in Schemas.enum_descriptions(schema):
                codes.setdefault(int(number), meaning)
    return [ErrorCodeView(str(c), repr(m)) for c, m in sorted(codes.items())]
