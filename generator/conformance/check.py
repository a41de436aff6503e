"""One exchange against the spec: match the operation, validate request and response, and say
which inferences it confirmed or contradicted.

Routing is the mock's (:class:`generator.mock.routes.Router`, server path stripped, path template
matched; a server path with variables, PlanningPME's ``/{brand}``, matches any value). Security
presence is the mock's check. Values are validated with JSON Schema validators compiled once per
schema (``jsonschema-rs``; the same OpenAPI 3.1 dialect openapi-core validates with): openapi-core's
request validator costs 3.3 ms per request here, a 100,000-exchange HAR would take six minutes.
Every finding carries the ``x-source`` and ``x-inferred`` of the element it contradicts, read
through :mod:`generator.openapi`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import jsonschema_rs

from generator.conformance.har import Exchange
from generator.mock.bodies import FORM_TYPES, cast, parse_media_type, read_form
from generator.mock.checks import Incoming, check_security
from generator.mock.routes import Match, Router
from generator.mock.types import parse_cookies
from generator.openapi import Api, Content, Media, Operation, Parameter, Provenance, Schemas
from generator.openapi.elements import media_kind

KINDS = (
    "undocumented-operation",
    "undocumented-status",
    "content-type",
    "schema",
    "undocumented-field",
    "missing-required",
    "parameter",
    "security",
)
_VARIABLE = re.compile(r"\{[^{}]+\}")
_MAX_DEPTH = 64


@dataclass(frozen=True)
class Cited:
    """Where an element comes from: its document and lines (``x-source``)."""

    document: str
    lines: tuple[int, int]

    def as_json(self) -> dict[str, Any]:
        return {"document": self.document, "lines": list(self.lines)}


@dataclass(frozen=True)
class Inference:
    """An element marked ``x-inferred``: where it is, why it was chosen, the lines it cites."""

    where: str
    reason: str
    source: Cited | None


@dataclass(frozen=True)
class Finding:
    operation: str  # "GET /v1/user/{no}" (the spec's template) or the request's own path
    direction: str  # request | response
    status: int
    pointer: str
    kind: str
    message: str
    source: Cited | None
    inference: Inference | None


@dataclass
class Outcome:
    """What one exchange showed: its operation (None: unmatched), findings, inferences."""

    operation: Operation | None
    findings: list[Finding] = field(default_factory=list)
    confirmed: list[Inference] = field(default_factory=list)
    refuted: list[Inference] = field(default_factory=list)


@dataclass
class _Plan:
    """A schema made ready for walking values: its declared fields (each with its plan, its
    inference and its lines; None: not an object with declared fields), its map values, its
    array items, and the lines it cites."""

    owner: Cited | None
    properties: dict[str, tuple[_Plan, Inference | None, Cited | None]] | None = None
    extra: _Plan | None = None
    items: _Plan | None = None


@dataclass(frozen=True)
class _Nodes:
    """The raw nodes of one operation's parts (for their provenance)."""

    operation: Mapping[str, Any]
    parameters: dict[tuple[str, str], Mapping[str, Any]]
    body: Mapping[str, Any]
    responses: dict[str, Mapping[str, Any]]


class _ServerRouter(Router):
    """The mock's router, with every server's path as a prefix (variables match any segment)."""

    def __init__(self, api: Api) -> None:
        super().__init__(api)
        patterns = []
        for server in api.servers:
            url = server.url if "://" in server.url else "http://host/" + server.url.lstrip("/")
            path = "/" + url.split("://", 1)[1].partition("/")[2].rstrip("/")
            if path != "/":
                pieces = _VARIABLE.split(path)
                patterns.append("[^/]+".join(re.escape(p) for p in pieces))
        self._prefixes = [re.compile(p + "(?=/|$)") for p in dict.fromkeys(patterns)]

    def _candidates(self, raw_path: str) -> list[str]:
        path = raw_path or "/"
        found = [path[m.end() :] or "/" for p in self._prefixes if (m := p.match(path))]
        return [*dict.fromkeys(found), path]


class Checker:
    """Checks exchanges against one spec; every validator is compiled once and kept."""

    def __init__(self, api: Api) -> None:
        self.api = api
        self.schemas: Schemas = api.schemas
        self.router = _ServerRouter(api)
        origin = api.origin
        self._document = origin.document if origin is not None else ""
        self._inferences: dict[int, Inference] = {}
        self._citations: dict[int, tuple[Any, Cited | None]] = {}
        for site in api.sites:
            reason = site.provenance.inferred
            if reason is not None and id(site.node) not in self._inferences:
                source = self._cited(site.node)
                self._inferences[id(site.node)] = Inference(site.where, reason, source)
        self._nodes = {id(o): self._nodes_of(o) for o in api.operations}
        self._validators: dict[int, Any] = {}
        self._plans: dict[int, _Plan] = {}
        self._keep: list[Any] = []
        self._components = {"schemas": dict(self.schemas.components)}

    # --- provenance ----------------------------------------------------------------------------
    def _cited(self, node: Any) -> Cited | None:
        if not isinstance(node, Mapping) or not node:
            return None
        cached = self._citations.get(id(node))
        if cached is not None and cached[0] is node:  # the node itself, not a reused id
            return cached[1]
        found = self._read_cited(node)
        self._citations[id(node)] = (node, found)
        return found

    def _read_cited(self, node: Mapping[str, Any]) -> Cited | None:
        source = Provenance.read(node).source
        if source is None:
            return None
        return Cited(source.document or self._document, source.lines)

    def inference(self, node: Any) -> Inference | None:
        return self._inferences.get(id(node))

    def _nodes_of(self, operation: Operation) -> _Nodes:
        item = self.api.document["paths"][operation.path]
        node = item[operation.method.lower()]
        parameters = {}
        for raw in [*(item.get("parameters") or []), *(node.get("parameters") or [])]:
            param = self.schemas.resolve(raw)
            if isinstance(param, Mapping):
                parameters[(str(param.get("in", "")), str(param.get("name", "")))] = param
        body = self.schemas.resolve(node.get("requestBody")) or {}
        responses = {
            str(status): self.schemas.resolve(raw)
            for status, raw in (node.get("responses") or {}).items()
        }
        return _Nodes(node, parameters, body, responses)

    # --- one exchange --------------------------------------------------------------------------
    def check(self, exchange: Exchange) -> Outcome:
        match = self.router.match(exchange.path)
        operation = match.route.operations.get(exchange.method) if match else None
        if match is None or operation is None:
            outcome = Outcome(None)
            message = (
                f"no operation at {exchange.path}"
                if match is None
                else f"{exchange.method} is not an operation of {match.route.template} "
                f"(documented: {', '.join(match.route.methods)})"
            )
            outcome.findings.append(
                Finding(
                    f"{exchange.method} {exchange.path}",
                    "request",
                    exchange.status,
                    "",
                    "undocumented-operation",
                    message,
                    None,
                    None,
                )
            )
            return outcome
        outcome = Outcome(operation)
        nodes = self._nodes[id(operation)]
        self._request(exchange, operation, match, nodes, outcome)
        self._response(exchange, operation, nodes, outcome)
        return outcome

    # --- the request ---------------------------------------------------------------------------
    def _request(
        self, exchange: Exchange, operation: Operation, match: Match, nodes: _Nodes, out: Outcome
    ) -> None:
        headers = exchange.request_headers
        cookies = parse_cookies(headers["cookie"]) if "cookie" in headers else {}
        self._security(exchange, operation, cookies, out)
        for param in operation.parameters:
            node = nodes.parameters.get((param.location, param.name), {})
            self._parameter(exchange, operation, param, node, match, cookies, out)
        if operation.request_body is not None:
            self._request_body(exchange, operation, nodes, out)

    def _security(
        self, exchange: Exchange, operation: Operation, cookies: dict[str, str], out: Outcome
    ) -> None:
        if operation.is_public:
            return
        incoming = Incoming(
            operation=operation,
            method=exchange.method,
            variables={},
            query=exchange.query,
            headers=exchange.request_headers,
            cookies=cookies,
            body=b"",
            content_type="",
        )
        missing = check_security(self.api, incoming)
        schemes = self.api.document.get("components", {}).get("securitySchemes", {})
        if not missing:
            if exchange.status not in (401, 403):
                for requirement in operation.security:
                    for name in requirement:
                        found = self.inference(schemes.get(name))
                        if found is not None:
                            out.confirmed.append(found)
            return
        first = operation.security[0] if operation.security else {}
        node = schemes.get(next(iter(first), ""), {})
        for item in missing:
            inference = self.inference(node)
            out.findings.append(
                Finding(
                    operation.where,
                    "request",
                    exchange.status,
                    item["field"].partition(".")[2],
                    "security",
                    f"{item['field']}: {item['message']}",
                    self._cited(node) or self._cited(self._nodes[id(operation)].operation),
                    inference,
                )
            )
            if inference is not None:
                out.refuted.append(inference)

    def _parameter(
        self,
        exchange: Exchange,
        operation: Operation,
        param: Parameter,
        node: Mapping[str, Any],
        match: Match,
        cookies: dict[str, str],
        out: Outcome,
    ) -> None:
        raw: list[str] | None
        if param.location == "path":
            raw = [match.variables[param.name]] if param.name in match.variables else None
        elif param.location == "query":
            raw = exchange.query.get(param.name)
        elif param.location == "header":
            header = exchange.request_headers.get(param.name.lower())
            raw = None if header is None else [header]
        else:
            raw = [cookies[param.name]] if param.name in cookies else None
        inference = self.inference(node)
        source = self._cited(node) or self._cited(self._nodes[id(operation)].operation)

        def finding(message: str) -> Finding:
            where = operation.where
            return Finding(
                where,
                "request",
                exchange.status,
                param.name,
                "parameter",
                message,
                source,
                inference,
            )

        if raw is None:
            if param.required:
                out.findings.append(
                    finding(f"the required {param.location} parameter {param.name} is missing")
                )
                if inference is not None:
                    out.refuted.append(inference)
            return
        schema = param.schema
        kinds = self.schemas.types_of(schema)
        value: Any
        if "array" in kinds:
            items = self.schemas.target(schema).get("items", {})
            item_kinds = self.schemas.types_of(items)
            values = [v for text in raw for v in (text.split(",") if len(raw) == 1 else [text])]
            value = [cast(v, item_kinds) for v in values]
        else:
            value = cast(raw[0], kinds)
        errors = self._errors(schema, value)
        for error in errors:
            out.findings.append(
                finding(f"{param.location} parameter {param.name}: {error.message}")
            )
        if inference is not None:
            (out.refuted if errors else out.confirmed).append(inference)

    def _request_body(
        self, exchange: Exchange, operation: Operation, nodes: _Nodes, out: Outcome
    ) -> None:
        spec = operation.request_body
        assert spec is not None
        inference = self.inference(nodes.body)
        source = self._cited(nodes.body) or self._cited(nodes.operation)
        content_type = exchange.request_content_type
        media_type = parse_media_type(content_type) if content_type else None
        if not exchange.request_body:
            if spec.required and (media_type is None or media_type.base not in FORM_TYPES):
                out.findings.append(
                    Finding(
                        operation.where,
                        "request",
                        exchange.status,
                        "",
                        "missing-required",
                        "the request body is required",
                        source,
                        inference,
                    )
                )
                if inference is not None:
                    out.refuted.append(inference)
            return
        media = _declared(spec.content, media_type.base if media_type else "")
        if media is None or media_type is None:
            out.findings.append(
                Finding(
                    operation.where,
                    "request",
                    exchange.status,
                    "",
                    "content-type",
                    f"{content_type or '(no Content-Type)'} is not documented; "
                    f"the spec takes {', '.join(spec.content.media_types)}",
                    source,
                    inference,
                )
            )
        elif media.schema is not None:
            if media_type.base in FORM_TYPES:
                value = read_form(self.schemas, media.schema, media_type, exchange.request_body)
                if value is not None:
                    self._body(exchange, operation, "request", media.schema, value, source, out)
            elif media.kind == "json":
                self._json_body(
                    exchange, operation, "request", media, exchange.request_body, source, out
                )
        if inference is not None:  # a body was sent: what the inference says (required) held
            out.confirmed.append(inference)

    # --- the response --------------------------------------------------------------------------
    def _response(
        self, exchange: Exchange, operation: Operation, nodes: _Nodes, out: Outcome
    ) -> None:
        op_inference = self.inference(nodes.operation)
        response = operation.response_for(exchange.status)
        if response is None:
            documented = ", ".join(r.status for r in operation.responses)
            out.findings.append(
                Finding(
                    operation.where,
                    "response",
                    exchange.status,
                    "",
                    "undocumented-status",
                    f"status {exchange.status} is not documented (documented: {documented})",
                    self._cited(nodes.operation),
                    op_inference,
                )
            )
            if op_inference is not None:
                out.refuted.append(op_inference)
            return
        if op_inference is not None:
            out.confirmed.append(op_inference)
        node = nodes.responses.get(response.status, {})
        inference = self.inference(node)
        source = self._cited(node) or self._cited(nodes.operation)
        body = exchange.response_body
        content_type = exchange.response_content_type
        no_body = exchange.status in (204, 304) or exchange.method == "HEAD" or not body
        if not response.content:
            if not no_body and content_type:
                out.findings.append(
                    Finding(
                        operation.where,
                        "response",
                        exchange.status,
                        "",
                        "content-type",
                        f"a {content_type} body where the spec documents none",
                        source,
                        inference,
                    )
                )
        elif not no_body:
            media_type = parse_media_type(content_type) if content_type else None
            media = _declared(response.content, media_type.base if media_type else "")
            if media is None:
                out.findings.append(
                    Finding(
                        operation.where,
                        "response",
                        exchange.status,
                        "",
                        "content-type",
                        f"{content_type or '(no Content-Type)'} is not documented; "
                        f"the spec documents {', '.join(response.content.media_types)}",
                        source,
                        inference,
                    )
                )
            elif media.kind == "json" and media.schema is not None:
                self._json_body(exchange, operation, "response", media, body, source, out)
        if inference is not None:  # the inferred status was answered: its body has its own
            out.confirmed.append(inference)  # findings, each tied to the element it contradicts

    # --- bodies --------------------------------------------------------------------------------
    def _json_body(
        self,
        exchange: Exchange,
        operation: Operation,
        direction: str,
        media: Media,
        body: bytes,
        source: Cited | None,
        out: Outcome,
    ) -> None:
        try:
            value = json.loads(body)
        except ValueError as exc:
            out.findings.append(
                Finding(
                    operation.where,
                    direction,
                    exchange.status,
                    "",
                    "schema",
                    f"the body is not valid JSON ({exc})"[:300],
                    source,
                    None,
                )
            )
            return
        assert media.schema is not None
        self._body(exchange, operation, direction, media.schema, value, source, out)

    def _body(
        self,
        exchange: Exchange,
        operation: Operation,
        direction: str,
        schema: dict[str, Any],
        value: Any,
        source: Cited | None,
        out: Outcome,
    ) -> None:
        wrong: list[str] = []
        for error in self._errors(schema, value):
            pointer = _pointer(error.instance_path)
            kind = error.kind
            trail = list(error.schema_path)
            if isinstance(kind, jsonschema_rs.ValidationErrorKind.Required):
                found, message = "missing-required", "required property is missing"
                pointer = f"{pointer}/{_escape(str(kind.property))}"
                trail = [*trail[:-1], "properties", str(kind.property)]
            elif isinstance(kind, jsonschema_rs.ValidationErrorKind.AdditionalProperties):
                continue  # reported by the walk below, one finding per field
            else:
                found, message = "schema", error.message
                wrong.append(pointer)
            cited, inference = self._along(schema, trail)
            out.findings.append(
                Finding(
                    operation.where,
                    direction,
                    exchange.status,
                    pointer,
                    found,
                    message[:300],
                    cited or source,
                    inference,
                )
            )
            if inference is not None:
                out.refuted.append(inference)
        seen: list[tuple[Inference, str]] = []
        extra: list[tuple[str, Cited | None]] = []
        self._walk(value, self._plan(schema), "", source, extra, seen, 0)
        for pointer, owner in extra:
            name = pointer.rsplit("/", 1)[1].replace("~1", "/").replace("~0", "~")
            out.findings.append(
                Finding(
                    operation.where,
                    direction,
                    exchange.status,
                    pointer,
                    "undocumented-field",
                    f"field {name!r} is not in the spec",
                    owner,
                    None,
                )
            )
        for inference, pointer in seen:
            refuted = any(w == pointer or w.startswith(pointer + "/") for w in wrong)
            if not refuted:
                out.confirmed.append(inference)
            elif inference not in out.refuted:
                out.refuted.append(inference)

    def _plan(self, schema: Any) -> _Plan:
        """How to walk values of ``schema``: made once per schema node (recursion-safe)."""
        found = self._plans.get(id(schema))
        if found is not None:
            return found
        target = self.schemas.target(schema)
        plan = _Plan(self._cited(target) or self._cited(schema))
        self._plans[id(schema)] = plan
        self._keep.append(schema)  # the id stays this node's while the plan is cached
        options = [target, *(self.schemas.target(p) for p in Schemas.parts(target))]
        properties: dict[str, Any] = {}
        extra: Any = None
        for option in options:
            properties.update(self.schemas.properties(option))
            # ``additionalProperties: true`` tolerates a field the spec does not document;
            # only a schema for the extra values (a map) declares them
            declared = option.get("additionalProperties")
            if isinstance(declared, Mapping) and set(declared) - {"description"}:
                extra = declared
        if properties or extra is not None:
            plan.properties = {
                name: (self._plan(node), self.inference(node), self._cited(node))
                for name, node in properties.items()
                if isinstance(node, Mapping)
            }
            plan.extra = self._plan(extra) if extra is not None else None
        items = next((o["items"] for o in options if isinstance(o.get("items"), Mapping)), None)
        plan.items = self._plan(items) if items is not None else None
        return plan

    def _walk(
        self,
        value: Any,
        plan: _Plan,
        pointer: str,
        owner: Cited | None,
        found: list[tuple[str, Cited | None]],
        seen: list[tuple[Inference, str]],
        depth: int,
    ) -> None:
        """Fields the schema does not declare (``found``: pointer, owner's lines), and the
        inferred fields the value carries (``seen``)."""
        if depth > _MAX_DEPTH:
            return
        owner = plan.owner or owner
        kind = type(value)
        if kind is dict and plan.properties is not None:
            properties = plan.properties
            for name, item in value.items():
                below = (
                    f"{pointer}/{_escape(name)}"
                    if "/" in name or "~" in name
                    else f"{pointer}/{name}"
                )
                entry = properties.get(name)
                if entry is None:
                    if plan.extra is None:
                        found.append((below, owner))
                    else:
                        self._walk(item, plan.extra, below, owner, found, seen, depth + 1)
                    continue
                child, inference, cited = entry
                if inference is not None:
                    seen.append((inference, below))
                if type(item) in (dict, list):
                    self._walk(item, child, below, cited or owner, found, seen, depth + 1)
        elif kind is list and plan.items is not None:
            for index, item in enumerate(value):
                if type(item) in (dict, list):
                    self._walk(
                        item, plan.items, f"{pointer}/{index}", owner, found, seen, depth + 1
                    )

    def _along(
        self, schema: dict[str, Any], trail: list[Any]
    ) -> tuple[Cited | None, Inference | None]:
        """The deepest ``x-source`` and ``x-inferred`` on the way down a validator's schema path."""
        node: Any = {**schema, "components": self._components}
        cited: Cited | None = self._cited(schema)
        inference: Inference | None = None
        for step in trail:
            inside = isinstance(node, list) and isinstance(step, int) and step < len(node)
            if not (inside or (isinstance(node, Mapping) and step in node)):
                break
            node = node[step]
            if isinstance(node, Mapping):
                cited = self._cited(node) or cited
                inference = self.inference(node) or inference
        return cited, inference

    def _errors(self, schema: Any, value: Any) -> list[Any]:
        validator = self._validators.get(id(schema))
        if validator is None:
            root = {**schema, "components": self._components} if isinstance(schema, dict) else {}
            validator = jsonschema_rs.Draft202012Validator(root)
            self._validators[id(schema)] = validator
        if validator.is_valid(value):
            return []
        return list(validator.iter_errors(value))


def _declared(content: Content, base: str) -> Media | None:
    """The documented media type a Content-Type matches (``*/*``, ``type/*`` and ``+json`` too)."""
    for media in content:
        declared = media.media_type.split(";")[0].strip().lower()
        if declared in (base, "*/*") or (
            declared.endswith("/*") and base.startswith(declared[:-1])
        ):
            return media
    if media_kind(base) == "json":
        return content.first("json")
    return None


def _escape(name: str) -> str:
    return name.replace("~", "~0").replace("/", "~1")


def _pointer(path: Any) -> str:
    return "".join(f"/{_escape(str(part))}" for part in path)
