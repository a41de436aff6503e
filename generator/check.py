"""Curation checks: the rules a vendor description must follow before anything is built.

Each check appends to a :class:`Problems` with a location that names the vendor, the operation
(``GET /v1/user/{no}``) and the field, so that a curator can go straight to the mistake.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from generator.describe import (
    FORM,
    MULTIPART,
    Example,
    Lines,
    Operation,
    Original,
    Parameter,
    Quirk,
    Source,
    Vendor,
)
from generator.problems import Problems

_TEMPLATE_VAR = re.compile(r"\{([^{}]+)\}")
#: Header parameters OpenAPI ignores: they are set by media types and security schemes.
_RESERVED_HEADERS = {"accept", "content-type", "authorization"}
_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_BODYLESS_METHODS = {"get", "head", "delete", "options"}
#: ISO 639-1: the codes a vendor's ``language`` (and an original's ``lang``) may take.
_ISO_639_1 = (
    "aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv "
    "cy da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr "
    "ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw "
    "ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv "
    "ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr "
    "ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi "
    "yo za zh zu"
)
LANGUAGES = frozenset(_ISO_639_1.split())
#: An original in English (its own lang, or the vendor's) on a vendor whose document is English.
_ENGLISH_ORIGINAL = (
    "the original wording of an English document (language 'en'): x-original keeps the text of "
    "a non-English document; declare the document's language once, Vendor(language=...)"
)


def check_vendor(vendor: Vendor, *, document_lines: int | None, problems: Problems) -> None:
    """Every structural rule of the description language. ``document_lines`` is the length
    of the vendor document, or None when it is not available (line checks are skipped)."""
    _check_vendor_level(vendor, document_lines=document_lines, problems=problems)
    _check_uniqueness(vendor, problems)
    scheme_keys = {s.key for s in vendor.security_schemes}
    tag_names = {t.name for t in vendor.tags}
    for op in vendor.operations:
        where = f"{vendor.key} {op.label}"
        _check_operation(op, where, scheme_keys=scheme_keys, tag_names=tag_names, problems=problems)
        for field, lines in _cited_lines(op):
            _check_lines(lines, f"{where}: {field}", document_lines, problems)
        _check_originals(_operation_originals(op), where, vendor.language, problems)
        for field, example in _examples(op):
            _check_columns(example, f"{where}: {field}", problems)
    _check_collections(vendor, document_lines=document_lines, problems=problems)
    check_drafts(vendor, problems=problems)


def _check_collections(vendor: Vendor, *, document_lines: int | None, problems: Problems) -> None:
    """``x-collections``: each path is an operation's, with the methods its role needs; the item
    path ends in the id variable; the other variables of an item path are the collection's."""
    methods: dict[str, set[str]] = {}
    for op in vendor.operations:
        methods.setdefault(op.path, set()).add(op.method)
    names = Counter(c.name for c in vendor.collections)
    for index, collection in enumerate(vendor.collections):
        where = f"{vendor.key} collections[{index}] {collection.name!r}"
        if names[collection.name] > 1:
            problems.error(where, "name: another collection has the same name")
        if collection.source is None:
            problems.error(where, "source: a collection cites the lines that show it")
        else:
            _check_lines(collection.source.lines, f"{where}: source", document_lines, problems)
        if not methods.get(collection.path, set()) & {"get", "post"}:
            problems.error(where, f"path {collection.path!r}: no GET or POST operation there")
        for path in collection.create:
            if "post" not in methods.get(path, set()):
                problems.error(where, f"create {path!r}: no POST operation there")
        scope = set(_TEMPLATE_VAR.findall(collection.path))
        for path in [p for p in (collection.item, *collection.item_paths) if p is not None]:
            if not methods.get(path, set()) & {"get", "put", "patch", "delete"}:
                problems.error(
                    where, f"item {path!r}: no GET, PUT, PATCH or DELETE operation there"
                )
            variables = _TEMPLATE_VAR.findall(path)
            if not variables or not path.rstrip("/").endswith("{" + variables[-1] + "}"):
                problems.error(where, f"item {path!r}: must end with the id's {{variable}}")
            elif set(variables[:-1]) - scope:
                extra = ", ".join(sorted(set(variables[:-1]) - scope))
                problems.error(
                    where, f"item {path!r}: {extra} is not a variable of the collection path"
                )
        if collection.item_paths and collection.item is None:
            problems.error(where, "item_paths: give item first")


def check_drafts(vendor: Vendor, *, problems: Problems) -> None:
    """One error per element still marked ``draft=`` (``python -m generator new`` drafts the
    vendor skeleton, an operation per request line and an example per printed JSON value)."""
    for where, lines, text in drafts(vendor):
        problems.error(
            where, f"draft left ({lines_phrase(lines)}): {text}; when done, delete draft="
        )


def drafts(vendor: Vendor) -> list[tuple[str, Lines | None, str]]:
    """Every element still marked as a draft: where it is, its lines and what is left to do."""
    found: list[tuple[str, Lines | None, str]] = []
    if vendor.draft is not None:
        lines = vendor.source.lines if vendor.source is not None else None
        found.append((vendor.key, lines, vendor.draft))
    for op in vendor.operations:
        where = f"{vendor.key} {op.label}"
        if op.draft is not None:
            found.append((where, op.source.lines if op.source else None, op.draft))
        for field, example in _examples(op):
            if example.draft is not None:
                found.append((f"{where}: {field}", example.lines, example.draft))
    return found


def lines_phrase(lines: Lines | None) -> str:
    """``line 12`` / ``lines 12-30`` / ``no lines cited``."""
    if lines is None:
        return "no lines cited"
    return f"line {lines}" if lines.start == lines.end else f"lines {lines}"


def _examples(op: Operation) -> list[tuple[str, Example]]:
    """Every example of an operation with the field that holds it."""
    found = [
        (f"parameters.{p.name}.examples.{e.name}", e) for p in op.parameters for e in p.examples
    ]
    if op.request_body is not None:
        found += [(f"requestBody.examples.{e.name}", e) for e in op.request_body.examples]
    for response in op.responses:
        found += [(f"responses.{response.status}.examples.{e.name}", e) for e in response.examples]
    return found


def _check_columns(example: Example, where: str, problems: Problems) -> None:
    if example.columns is None:
        return
    first, last = example.columns
    if first < 1 or last < 1 or (example.lines.start == example.lines.end and last < first):
        problems.error(
            where,
            f"columns {first}-{last}: the 1-based columns of the first and the last character "
            "(on the first and on the last of its lines)",
        )


def _check_vendor_level(vendor: Vendor, *, document_lines: int | None, problems: Problems) -> None:
    where = vendor.key
    if not re.fullmatch(r"[a-z][a-z0-9_]*", vendor.key):
        problems.error(where, f"key {vendor.key!r}: lower-case letters, digits and _ only")
    if not vendor.servers:
        problems.error(where, "servers: at least one server is required")
    for index, server in enumerate(vendor.servers):
        names = set(_TEMPLATE_VAR.findall(server.url))
        for name in sorted(names - set(server.variables)):
            problems.error(where, f"servers[{index}].url: variable {{{name}}} is not declared")
        for name, variable in server.variables.items():
            if name not in names:
                problems.error(where, f"servers[{index}].variables.{name}: not used in the url")
            if variable.enum is not None and variable.default not in variable.enum:
                problems.error(
                    where,
                    f"servers[{index}].variables.{name}: default {variable.default!r} "
                    f"is not one of its enum {variable.enum}",
                )
        _check_inferred(server.inferred, f"{where}: servers[{index}]", problems)
    scheme_keys = {s.key for s in vendor.security_schemes}
    for scheme in vendor.security_schemes:
        sw = f"{where}: securitySchemes.{scheme.key}"
        if scheme.type == "apiKey" and (scheme.name is None or scheme.location is None):
            problems.error(sw, "an apiKey scheme needs name and location")
        if scheme.type == "http" and scheme.scheme is None:
            problems.error(sw, "an http scheme needs scheme (bearer, basic)")
        if scheme.type == "oauth2" and not scheme.flows:
            problems.error(sw, "an oauth2 scheme needs at least one flow")
        _check_inferred(scheme.inferred, sw, problems)
    _check_requirements(vendor.security, scheme_keys, f"{where}: security", problems)
    for tag, count in Counter(t.name for t in vendor.tags).items():
        if count > 1:
            problems.error(where, f"tags: {tag!r} is declared {count} times")
    for field, lines in _vendor_cited_lines(vendor):
        _check_lines(lines, f"{where}: {field}", document_lines, problems)
    _check_inferred(vendor.inferred, where, problems)
    if vendor.language not in LANGUAGES:
        problems.error(
            where, f"language {vendor.language!r}: not an ISO 639-1 language code (de, en, pt, …)"
        )
    _check_originals(_vendor_originals(vendor), where, vendor.language, problems)


def _check_originals(
    originals: list[tuple[str, Original | None]], where: str, language: str, problems: Problems
) -> None:
    for field, original in originals:
        if original is None:
            continue
        if language == "en" and original.lang in (None, "en"):
            problems.error(f"{where}: {field}", _ENGLISH_ORIGINAL)
        elif original.lang is not None and original.lang not in LANGUAGES:
            problems.error(
                f"{where}: {field}", f"lang {original.lang!r}: not an ISO 639-1 language code"
            )


def _operation_originals(op: Operation) -> list[tuple[str, Original | None]]:
    """Every original wording of an operation, with the field that holds it."""
    found = [("x-original", op.original)]
    found += [(f"parameters.{p.name}.x-original", p.original) for p in op.parameters]
    if op.request_body is not None:
        found.append(("requestBody.x-original", op.request_body.original))
    for response in op.responses:
        prefix = f"responses.{response.status}."
        found.append((prefix + "x-original", response.original))
        found += [(f"{prefix}headers.{h.name}.x-original", h.original) for h in response.headers]
    return found


def _vendor_originals(vendor: Vendor) -> list[tuple[str, Original | None]]:
    found = [("info.x-original", vendor.original)]
    found += [(f"securitySchemes.{s.key}.x-original", s.original) for s in vendor.security_schemes]
    return found + [(f"tags.{t.name}.x-original", t.original) for t in vendor.tags]


def _check_uniqueness(vendor: Vendor, problems: Problems) -> None:
    ids = Counter(op.operation_id for op in vendor.operations)
    routes = Counter((op.method, _path_shape(op.path)) for op in vendor.operations)
    for op in vendor.operations:
        where = f"{vendor.key} {op.label}"
        if ids[op.operation_id] > 1:
            problems.error(
                where,
                f"operationId {op.operation_id!r} is used by {ids[op.operation_id]} operations",
            )
        if routes[(op.method, _path_shape(op.path))] > 1:
            problems.error(where, "another operation has the same method and path")
    templates: dict[str, set[str]] = {}
    for op in vendor.operations:
        templates.setdefault(_path_shape(op.path), set()).add(op.path)
    for shape, paths in sorted(templates.items()):
        if len(paths) > 1:
            problems.error(
                vendor.key,
                f"paths {sorted(paths)} differ only in parameter names "
                "(OpenAPI treats them as one path): use one name and record a quirk",
            )
        del shape


def _path_shape(path: str) -> str:
    return _TEMPLATE_VAR.sub("{}", path)


def _check_operation(
    op: Operation, where: str, *, scheme_keys: set[str], tag_names: set[str], problems: Problems
) -> None:
    if not op.path.startswith("/"):
        problems.error(where, "path: must start with '/'")
    if "//" in op.path:
        problems.error(where, "path: contains '//'")
    if not _IDENTIFIER.match(op.operation_id):
        problems.error(where, f"operationId {op.operation_id!r}: must be an identifier")
    if not op.summary.strip():
        problems.error(where, "summary: empty")
    if not op.tags:
        problems.error(where, "tags: an operation needs at least one tag")
    for tag in op.tags:
        if tag not in tag_names:
            problems.error(where, f"tags: {tag!r} is not declared on the vendor")
    if op.source is None:
        problems.error(where, "source: every operation cites its lines (x-source)")
    if op.security is not None:
        _check_requirements(op.security, scheme_keys, f"{where}: security", problems)
    _check_inferred(op.inferred, where, problems)
    _check_parameters(op, where, problems)
    _check_body(op, where, problems)
    _check_responses(op, where, problems)
    _check_intent(op, where, scheme_keys=scheme_keys, problems=problems)


def _check_intent(op: Operation, where: str, *, scheme_keys: set[str], problems: Problems) -> None:
    """Paging names query parameters of its operation; a logon names declared schemes."""
    if op.paging is not None:
        query = {p.name for p in op.parameters if p.location == "query"}
        for field in ("cursor", "size"):
            name = getattr(op.paging, field)
            if name not in query:
                problems.error(where, f"paging.{field}: {name!r} is not a query parameter")
        if op.paging.style != "offset" and not (op.paging.items and op.paging.count):
            problems.error(where, f"paging: style {op.paging.style!r} needs items and count")
    if op.logon is not None:
        for key in op.logon.credentials:
            if key not in scheme_keys:
                problems.error(where, f"logon.credentials: {key!r} is not a security scheme")


def _check_requirements(
    requirements: list[dict[str, list[str]]], scheme_keys: set[str], where: str, problems: Problems
) -> None:
    for requirement in requirements:
        for key in requirement:
            if key not in scheme_keys:
                problems.error(where, f"security scheme {key!r} is not declared on the vendor")


def _check_parameters(op: Operation, where: str, problems: Problems) -> None:
    in_template = _TEMPLATE_VAR.findall(op.path)
    declared = [p.name for p in op.parameters if p.location == "path"]
    for name in in_template:
        if name not in declared:
            problems.error(
                where, f"parameters: path parameter {{{name}}} is in the path but not declared"
            )
    for name in declared:
        if name not in in_template:
            problems.error(
                where, f"parameters.{name}: declared in path but missing from the path template"
            )
    seen: Counter[tuple[str, str]] = Counter((p.location, p.name) for p in op.parameters)
    for (location, name), count in seen.items():
        if count > 1:
            problems.error(where, f"parameters.{name}: declared {count} times in {location}")
    for param in op.parameters:
        pw = f"{where}: parameters.{param.name}"
        if param.location == "path" and not param.required:
            problems.error(pw, "a path parameter must be required")
        if param.location == "header" and param.name.lower() in _RESERVED_HEADERS:
            problems.error(
                pw,
                f"header {param.name!r} is ignored by OpenAPI: use media types or a security scheme",
            )
        if not param.description.strip():
            problems.error(pw, "description: empty")
        _check_default(param, pw, problems)
        _check_inferred(param.inferred, pw, problems)
        _check_example_names(param.examples, pw, problems)


def _check_default(param: Parameter, where: str, problems: Problems) -> None:
    if "default" not in param.model_fields_set:
        return
    allowed = _literal_values(param.type)
    if allowed is not None and param.default not in allowed:
        problems.error(
            where, f"default {param.default!r} is not one of the allowed values {allowed}"
        )
    if param.required:
        problems.error(where, "a required parameter cannot have a default")


def _literal_values(annotation: Any) -> list[Any] | None:
    """The allowed values of a ``Literal[...]`` or an Enum class, else None."""
    import enum
    import typing

    if typing.get_origin(annotation) is typing.Literal:
        return list(typing.get_args(annotation))
    if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        return [member.value for member in annotation] + list(annotation)
    return None


def _check_body(op: Operation, where: str, problems: Problems) -> None:
    body = op.request_body
    if body is None:
        return
    bw = f"{where}: requestBody"
    if op.method in _BODYLESS_METHODS:
        problems.error(bw, f"{op.method.upper()} requests have no body in OpenAPI")
    if not body.media_types:
        problems.error(bw, "media_types: at least one")
    _check_media_models(body.media_models, body.media_types, bw, problems)
    _check_media_examples(body.examples, body.media_types, bw, problems)
    _check_inferred(body.inferred, bw, problems)
    if FORM in body.media_types or MULTIPART in body.media_types:
        _check_flat(body.model, bw, problems)


def _check_flat(model: Any, where: str, problems: Problems) -> None:
    """Form and multipart bodies are flat: no field may hold an object."""
    from pydantic import BaseModel

    if not (isinstance(model, type) and issubclass(model, BaseModel)):
        problems.error(where, "a form or multipart body must be a pydantic model")
        return
    for name, field in model.model_fields.items():
        if _holds_model(field.annotation):
            problems.error(where, f"field {name!r}: a form body cannot hold a nested object")


def _holds_model(annotation: Any) -> bool:
    import typing

    from pydantic import BaseModel

    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return True
    return any(_holds_model(arg) for arg in typing.get_args(annotation))


def _check_responses(op: Operation, where: str, problems: Problems) -> None:
    if not op.responses:
        problems.error(where, "responses: at least one documented response")
    statuses = Counter(str(r.status) for r in op.responses)
    for status, count in statuses.items():
        if count > 1:
            problems.error(where, f"responses.{status}: declared {count} times")
    for response in op.responses:
        rw = f"{where}: responses.{response.status}"
        if not re.fullmatch(r"[1-5]\d\d|[1-5]XX|default", str(response.status)):
            problems.error(rw, "status: an HTTP code, 1XX-5XX or 'default'")
        if not response.description.strip():
            problems.error(rw, "description: every response needs one")
        if response.model is None and response.examples:
            problems.error(rw, "examples: a response without a model has no body to exemplify")
        _check_media_examples(response.examples, response.media_types, rw, problems)
        _check_media_models(response.media_models, response.media_types, rw, problems)
        _check_inferred(response.inferred, rw, problems)
        for header in response.headers:
            if not header.description.strip():
                problems.error(f"{rw}.headers.{header.name}", "description: empty")


def _check_media_models(
    models: dict[str, Any], media_types: list[str], where: str, problems: Problems
) -> None:
    for media_type in models:
        if media_type not in media_types:
            problems.error(
                where, f"media_models: {media_type!r} is not one of the media_types {media_types}"
            )


def _check_media_examples(
    examples: list[Example], media_types: list[str], where: str, problems: Problems
) -> None:
    _check_example_names(examples, where, problems)
    for example in examples:
        if example.media_type is not None and example.media_type not in media_types:
            problems.error(
                f"{where}.examples.{example.name}",
                f"media_type {example.media_type!r} is not one of {media_types}",
            )


def _check_example_names(examples: list[Example], where: str, problems: Problems) -> None:
    for name, count in Counter(e.name for e in examples).items():
        if count > 1:
            problems.error(f"{where}.examples.{name}", f"example name used {count} times")
    for example in examples:
        if not _IDENTIFIER.match(example.name):
            problems.error(f"{where}.examples.{example.name}", "name: must be an identifier")


def _check_inferred(inferred: str | None, where: str, problems: Problems) -> None:
    if inferred is not None and len(inferred.strip()) < 10:
        problems.error(where, f"x-inferred {inferred!r}: give the reason, in a sentence")


def _check_lines(lines: Lines, where: str, document_lines: int | None, problems: Problems) -> None:
    if lines.start < 1 or lines.end < lines.start:
        problems.error(where, f"lines {lines}: not a range of lines")
    elif document_lines is not None and lines.end > document_lines:
        problems.error(where, f"lines {lines}: outside the document ({document_lines} lines)")


def _quirk_lines(quirks: list[Quirk], prefix: str) -> list[tuple[str, Lines]]:
    return [(f"{prefix}x-quirks[{i}]", q.lines) for i, q in enumerate(quirks)]


def _source_lines(source: Source | None, field: str) -> list[tuple[str, Lines]]:
    return [(field, source.lines)] if source is not None else []


def _cited_lines(op: Operation) -> list[tuple[str, Lines]]:
    """Every line range an operation cites, with the field that cites it."""
    cited = _source_lines(op.source, "x-source") + _quirk_lines(op.quirks, "")
    for param in op.parameters:
        prefix = f"parameters.{param.name}."
        cited += _source_lines(param.source, prefix + "x-source") + _quirk_lines(
            param.quirks, prefix
        )
        cited += [(f"{prefix}examples.{e.name}", e.lines) for e in param.examples]
    if op.request_body is not None:
        body = op.request_body
        cited += _source_lines(body.source, "requestBody.x-source") + _quirk_lines(
            body.quirks, "requestBody."
        )
        cited += [(f"requestBody.examples.{e.name}", e.lines) for e in body.examples]
    for response in op.responses:
        prefix = f"responses.{response.status}."
        cited += _source_lines(response.source, prefix + "x-source") + _quirk_lines(
            response.quirks, prefix
        )
        cited += [(f"{prefix}examples.{e.name}", e.lines) for e in response.examples]
    return cited


def _vendor_cited_lines(vendor: Vendor) -> list[tuple[str, Lines]]:
    cited = _source_lines(vendor.source, "info.x-source") + _quirk_lines(vendor.quirks, "info.")
    for index, server in enumerate(vendor.servers):
        cited += _source_lines(server.source, f"servers[{index}].x-source")
        cited += _quirk_lines(server.quirks, f"servers[{index}].")
    for scheme in vendor.security_schemes:
        prefix = f"securitySchemes.{scheme.key}."
        cited += _source_lines(scheme.source, prefix + "x-source") + _quirk_lines(
            scheme.quirks, prefix
        )
    for tag in vendor.tags:
        cited += _source_lines(tag.source, f"tags.{tag.name}.x-source")
    return cited


def check_schema_lines(
    named: dict[str, Any], *, vendor: Vendor, document_lines: int | None, problems: Problems
) -> None:
    """Lines cited inside component schemas (``x-source``, ``x-quirks``) are in the document."""

    def walk(node: Any, path: str) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key == "x-source" and isinstance(value, dict) and "lines" in value:
                    _check_lines(
                        Lines.model_validate(_pair(value["lines"])),
                        path + key,
                        document_lines,
                        problems,
                    )
                elif key == "x-quirks" and isinstance(value, list):
                    for i, quirk in enumerate(value):
                        _check_lines(
                            Lines.model_validate(_pair(quirk["lines"])),
                            f"{path}{key}[{i}]",
                            document_lines,
                            problems,
                        )
                elif key == "x-inferred":
                    _check_inferred(value, path.rstrip("."), problems)
                elif key == "x-original" and vendor.language == value.get("lang") == "en":
                    problems.error(path + key, _ENGLISH_ORIGINAL)
                else:
                    walk(value, f"{path}{key}.")
        elif isinstance(node, list):
            for item in node:
                walk(item, path)

    for name, schema in named.items():
        where = f"{vendor.key} components.schemas.{name}: "
        if "x-source" not in schema:
            problems.error(
                where.rstrip(": "),
                "x-source: every schema cites its lines (schema_config(lines=…))",
            )
        walk(schema, where)


def _pair(lines: list[int]) -> dict[str, int]:
    return {"start": lines[0], "end": lines[1]}
