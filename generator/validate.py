"""The validation gate, run on every emitted document (3.1 and 3.0.3).

1. openapi-spec-validator: the document is valid OpenAPI (with its meta-schema check
   compiled once, see ``spec_validator.py``).
2. Every example (request, response, parameter) validates against its schema, with the
   dialect of the document (OAS 3.1 = JSON Schema 2020-12; OAS 3.0 with ``nullable``), formats
   checked.
3. The project's own rules: every operation has operationId, summary, tags, at least one
   response, declared security and ``x-source``; every component schema cites its lines and is
   used; no ``default: null`` (no document states one); enum members get distinct names in
   generated code; request bodies are closed objects; the client names
   (``x-fern-sdk-group-name`` / ``x-fern-sdk-method-name``) are snake_case identifiers, a group
   never one of the client's own attributes, and no two operations share group and method.
"""

from __future__ import annotations

import keyword
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from openapi_schema_validator import (
    OAS30Validator,
    OAS31Validator,
    oas30_format_checker,
    oas31_format_checker,
)

from generator.naming import client_call, enum_member
from generator.openapi import HTTP_METHODS, Schemas, collection_shape, read_api
from generator.problems import Problems
from generator.spec_validator import OpenAPIV30Validator, OpenAPIV31Validator

_REF = re.compile(r'"\$ref": "#/components/(\w+)/([^"]+)"')
#: Media types whose examples are text the JSON Schema does not describe (XML, binary uploads).
_TEXT_MEDIA = re.compile(r"xml|multipart|octet-stream|text/")
_CLIENT_NAME = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)*$")
#: What a generated client object has besides its namespaces (a group must not hide them).
_CLIENT_ATTRIBUTES = frozenset({"aclose", "close", "with_options", "with_raw_response"})


@dataclass(frozen=True)
class ExampleSite:
    """One example with the schema it must satisfy and where it sits."""

    where: str
    value: Any
    schema: dict[str, Any]


def validate_document(document: dict[str, Any], *, label: str, problems: Problems) -> int:
    """Run the whole gate; returns the number of examples validated."""
    _validate_openapi(document, label=label, problems=problems)
    checked = validate_examples(document, label=label, problems=problems)
    check_project_rules(document, label=label, problems=problems)
    return checked


def _validate_openapi(document: dict[str, Any], *, label: str, problems: Problems) -> None:
    version = str(document.get("openapi", ""))
    validator_class = OpenAPIV31Validator if version.startswith("3.1") else OpenAPIV30Validator
    errors = sorted(validator_class(document).iter_errors(), key=lambda e: list(e.path))
    for error in errors[:20]:
        location = "/".join(str(p) for p in error.path)
        problems.error(f"{label} {location}", f"openapi-spec-validator: {error.message[:300]}")


def operations(document: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """``(method, path, operation)`` for every operation, in document order."""
    for path, item in document.get("paths", {}).items():
        for method in HTTP_METHODS:
            if method in item:
                yield method, path, item[method]


def example_sites(document: dict[str, Any], *, label: str) -> Iterator[ExampleSite]:
    """Every example of the document that JSON Schema can check."""
    for method, path, op in operations(document):
        where = f"{label} {method.upper()} {path}"
        for param in op.get("parameters", []):
            for name, example in param.get("examples", {}).items():
                yield ExampleSite(
                    f"{where}: parameters.{param['name']}.examples.{name}",
                    example["value"],
                    param["schema"],
                )
        body = op.get("requestBody", {})
        yield from _content_sites(body.get("content", {}), f"{where}: requestBody")
        for status, response in op.get("responses", {}).items():
            yield from _content_sites(response.get("content", {}), f"{where}: responses.{status}")


def _content_sites(content: dict[str, Any], where: str) -> Iterator[ExampleSite]:
    for media_type, media in content.items():
        if _TEXT_MEDIA.search(media_type):
            continue
        for name, example in media.get("examples", {}).items():
            yield ExampleSite(
                f"{where}.content[{media_type}].examples.{name}", example["value"], media["schema"]
            )


def validate_examples(document: dict[str, Any], *, label: str, problems: Problems) -> int:
    is_31 = str(document.get("openapi", "")).startswith("3.1")
    validator_class = OAS31Validator if is_31 else OAS30Validator
    format_checker = oas31_format_checker if is_31 else oas30_format_checker
    components = document.get("components", {})
    count = 0
    for site in example_sites(document, label=label):
        # The components ride along in the root schema so that "#/components/…" resolves.
        root = {**site.schema, "components": components}
        validator = validator_class(root, format_checker=format_checker)
        errors = sorted(validator.iter_errors(site.value), key=lambda e: list(e.absolute_path))
        for error in errors[:5]:
            at = "/".join(str(p) for p in error.absolute_path) or "(root)"
            problems.error(
                site.where, f"example does not fit its schema at {at}: {error.message[:200]}"
            )
        count += 1
    return count


def check_project_rules(document: dict[str, Any], *, label: str, problems: Problems) -> None:
    for method, path, op in operations(document):
        where = f"{label} {method.upper()} {path}"
        for key in ("operationId", "summary", "tags", "responses", "security", "x-source"):
            if key not in op or (key != "security" and not op[key]):
                problems.error(where, f"{key}: required by the project's rules")
        if not any(
            str(status).startswith("2") or status == "default" for status in op.get("responses", {})
        ):
            problems.warning(where, "responses: no success response documented")
    schemas = document.get("components", {}).get("schemas", {})
    for name, schema in schemas.items():
        if "x-source" not in schema:
            problems.error(
                f"{label} components.schemas.{name}", "x-source: every schema cites its lines"
            )
    for name in sorted(set(schemas) - used_schemas(document)):
        problems.error(f"{label} components.schemas.{name}", "unused component")
    _check_schema_nodes(document, label=label, problems=problems)
    _check_request_bodies_closed(document, label=label, problems=problems)
    _check_intent(document, label=label, problems=problems)
    _check_client_names(document, label=label, problems=problems)


def _check_intent(document: dict[str, Any], *, label: str, problems: Problems) -> None:
    """``x-paging`` and ``x-logon`` name fields the success body has (renderers rely on it);
    each ``x-collections`` entry's items and id are found in the bodies (the mock relies on it)."""
    api = read_api(document)
    for op in api.operations:
        wanted: list[tuple[str, str]] = []
        paging, logon = api.paging(op), api.logon(op)
        if paging is not None and paging.style != "offset":
            wanted += [("x-paging.items", paging.items), ("x-paging.count", paging.count)]
        if logon is not None:
            wanted.append(("x-logon.token", logon.token))
        success = op.first_success
        media = success.content.first("json") if success else None
        body = api.schemas.properties(api.schemas.unwrap(media.schema)) if media else {}
        offset = paging is not None and paging.style == "offset"
        if offset and api.schemas.target(media.schema if media else None).get("type") != "array":
            problems.error(f"{label} {op.where}", "x-paging: offset paging needs an array body")
        for key, name in wanted:
            if name not in body:
                problems.error(
                    f"{label} {op.where}", f"{key}: {name!r} is not a field of the success body"
                )
    for collection in api.collections:
        problem = collection_shape(api, collection).problem
        if problem:
            problems.error(f"{label} x-collections {collection.name!r}", problem)


def _check_client_names(document: dict[str, Any], *, label: str, problems: Problems) -> None:
    """Each operation is ``client.<group>.<method>`` once, and a paged one's ``iter_<method>``
    collides with no other method of its group."""
    api = read_api(document)
    taken: dict[tuple[str, str], str] = {}
    for op in api.operations:
        where = f"{label} {op.where}"
        declared = api.sdk_name(op)
        for key, name in (("x-fern-sdk-group-name", declared.group),
                          ("x-fern-sdk-method-name", declared.method)):  # fmt: skip
            if name and (not _CLIENT_NAME.match(name) or keyword.iskeyword(name)):
                problems.error(where, f"{key}: {name!r} is not a snake_case Python identifier")
        group, method = client_call(
            declared.group, declared.method, tags=op.tags, operation_id=op.operation_id
        )
        if group in _CLIENT_ATTRIBUTES:
            problems.error(where, f"x-fern-sdk-group-name: {group!r} is a client attribute")
        names = [method] + ([f"iter_{method}"] if api.paging(op) is not None else [])
        for name in names:
            other = taken.setdefault((group, name), op.where)
            if other != op.where:
                problems.error(where, f"client method {group}.{name} is also {other}'s")


#: Keys whose value maps names to schemas or other objects.
_NAME_MAPS = frozenset(
    {"properties", "patternProperties", "$defs", "schemas", "paths", "content", "responses",
     "headers", "parameters", "securitySchemes", "examples", "variables", "links", "callbacks"}
)  # fmt: skip


def _check_schema_nodes(document: dict[str, Any], *, label: str, problems: Problems) -> None:
    """Rules on every schema-like node: no invented ``default: null``; enum member names."""

    def walk(node: Any, path: str, *, names: bool = False) -> None:
        # ``names``: a mapping of names to schemas (properties, components), not a schema, so
        # a property called "default" or "enum" is not read as the keyword.
        if isinstance(node, dict):
            if not names and ("default" in node or "enum" in node):
                _check_schema_node(node, path, problems)
            for key, value in node.items():
                if not key.startswith("x-") and key not in ("example", "examples"):
                    walk(value, f"{path}/{key}", names=not names and key in _NAME_MAPS)
        elif isinstance(node, list):
            for index, item in enumerate(node):
                walk(item, f"{path}/{index}")

    walk(document.get("paths", {}), f"{label} #/paths")
    walk(document.get("components", {}), f"{label} #/components")


def _check_schema_node(node: dict[str, Any], where: str, problems: Problems) -> None:
    if "default" in node and node["default"] is None:
        problems.error(where, "default: null is stated by no document (omit the default)")
    values = node.get("enum")
    if not isinstance(values, list) or len(values) < 2:
        return
    varnames = node.get("x-enum-varnames")
    descriptions = node.get("x-enum-descriptions")
    if descriptions is not None and (
        not isinstance(descriptions, list) or len(descriptions) != len(values)
    ):
        problems.error(where, "x-enum-descriptions: one description per enum value, in order")
    if varnames is None:
        names = [enum_member(v) for v in values if v is not None]
        clashes = sorted({n for n in names if names.count(n) > 1})
        if clashes:
            problems.error(
                where,
                f"enum values collide as member names ({', '.join(clashes)}): "
                "name them (__varnames__ on the DocEnum, emitted as x-enum-varnames)",
            )
        return
    named = [str(n) for n in varnames] if isinstance(varnames, list) else []
    if len(named) != len(values) or not all(n.isidentifier() for n in named):
        problems.error(where, "x-enum-varnames: one identifier per enum value, in order")
    elif len(set(named)) != len(named):
        problems.error(where, "x-enum-varnames: names must be distinct")


def _check_request_bodies_closed(
    document: dict[str, Any], *, label: str, problems: Problems
) -> None:
    """A request body lists every documented field and nothing else: ``additionalProperties:
    false`` on its object schema (responses stay open: clients read them tolerantly). An open
    form is also refused by OpenAPI Generator."""
    schemas = Schemas(document)
    for method, path, op in operations(document):
        for media_type, media in op.get("requestBody", {}).get("content", {}).items():
            schema = schemas.target(media.get("schema", {}))
            # A body typed only as ``object`` documents no field; one that lists fields is closed.
            if "properties" in schema and schema.get("additionalProperties") is not False:
                problems.error(
                    f"{label} {method.upper()} {path}: requestBody.content[{media_type}]",
                    "a request body is closed: every documented field listed, "
                    'additionalProperties: false (schema_config(..., extra="forbid"))',
                )


def used_schemas(document: dict[str, Any]) -> set[str]:
    """Component schemas reachable from the paths (transitively through other components)."""
    import json

    schemas = document.get("components", {}).get("schemas", {})
    seen: set[str] = set()
    frontier = {m.group(2) for m in _REF.finditer(json.dumps(document.get("paths", {})))}
    while frontier:
        name = frontier.pop()
        if name in seen or name not in schemas:
            continue
        seen.add(name)
        frontier |= {m.group(2) for m in _REF.finditer(json.dumps(schemas[name]))}
    return seen
