"""Reading request bodies that openapi-core cannot: the Content-Type header, forms and XML.

Each reader turns the bytes into the value its schema describes, to be validated with JSON Schema
like a JSON body. Form fields and XML text carry no types, so each value is cast by the type its
property declares, as a server would read it ("5" is the integer 5 where an integer is declared,
and stays a string where a string is).

XML follows OpenAPI's XML object: one child element per property (named by ``xml.name`` or the
property name), ``xml.attribute`` properties as attributes, arrays as repeated elements (inside a
wrapper element when ``xml.wrapped``). The root element's name is not checked.
"""

from __future__ import annotations

import email.parser
import email.policy
import json
import math
import re
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs

from generator.openapi import Content, Schemas
from generator.openapi.elements import media_kind

FORM_TYPES = ("multipart/form-data", "application/x-www-form-urlencoded")
#: How deep XML elements are read before the rest is taken as text (recursion bound).
MAX_XML_DEPTH = 32

_TOKEN = r"[!#$%&'*+.^_`|~0-9A-Za-z-]+"
_MEDIA_TYPE = re.compile(rf"\s*({_TOKEN}/{_TOKEN})\s*")
_PARAMETER = re.compile(rf"\s*({_TOKEN})=({_TOKEN}|\"(?:[^\"\\]|\\.)*\")\s*")


@dataclass(frozen=True)
class MediaType:
    """A parsed Content-Type: the lower-case ``type/subtype`` and its parameters."""

    base: str
    parameters: dict[str, str] = field(default_factory=dict)


def parse_media_type(header: str) -> MediaType | None:
    """The Content-Type header per RFC 9110 §8.3.1; None when it is malformed.

    Empty parameters (``a/b;;``) are allowed by the grammar; a parameter without ``=`` is not.
    """
    found = _MEDIA_TYPE.match(header)
    if found is None:
        return None
    parameters: dict[str, str] = {}
    rest = header[found.end() :]
    while rest:
        if not rest.startswith(";"):
            return None
        rest = rest[1:]
        if not rest.strip() or rest.lstrip().startswith(";"):
            rest = rest.lstrip()
            continue
        parameter = _PARAMETER.match(rest)
        if parameter is None:
            return None
        value = parameter.group(2)
        if value.startswith('"'):
            value = re.sub(r"\\(.)", r"\1", value[1:-1])
        parameters[parameter.group(1).lower()] = value
        rest = rest[parameter.end() :]
    return MediaType(found.group(1).lower(), parameters)


def read_form(
    schemas: Schemas, schema: Any, media_type: MediaType, body: bytes
) -> dict[str, Any] | None:
    """A form body as the object its schema describes; None when it is not a valid form body.

    An empty body is an empty form: urlencoded, ``{}`` is sent as no bytes at all, and a multipart
    body of only the closing delimiter is what clients send for a form without fields.
    """
    fields = _form_fields(media_type, body)
    if fields is None:
        return None
    return _cast_form(schemas, schema, fields)


def _form_fields(media_type: MediaType, body: bytes) -> dict[str, list[Any]] | None:
    if media_type.base == "application/x-www-form-urlencoded":
        try:
            return {k: list(v) for k, v in parse_qs(body.decode(), keep_blank_values=True).items()}
        except UnicodeDecodeError:
            return None
    boundary = media_type.parameters.get("boundary", "")
    if not boundary:
        return None
    if body.strip() == f"--{boundary}--".encode():
        return {}
    head = f'Content-Type: multipart/form-data; boundary="{boundary}"\r\nMIME-Version: 1.0\r\n\r\n'
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(head.encode() + body)
    if not message.is_multipart() or message.defects:
        return None
    fields: dict[str, list[Any]] = {}
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        if not isinstance(name, str) or part.defects:
            return None  # RFC 7578 §4.2: every part names its field in Content-Disposition
        payload = part.get_payload(decode=True)
        raw = payload if isinstance(payload, bytes) else b""
        is_file = part.get_filename() is not None
        fields.setdefault(name, []).append(
            _FilePart() if is_file else raw.decode("utf-8", "replace")
        )
    return fields


class _FilePart:
    """A file part of a multipart body: it stands for a ``format: binary`` string."""


def _cast_form(schemas: Schemas, schema: Any, fields: dict[str, list[Any]]) -> dict[str, Any]:
    """Form fields (all strings) cast by the type of their property, as a server would read them."""
    properties = _properties(schemas, schema)
    value: dict[str, Any] = {}
    for name, raw in fields.items():
        prop = properties.get(name, {})
        kinds = schemas.types_of(prop)
        if "array" in kinds:
            items = _items(schemas, prop)
            value[name] = [cast(item, schemas.types_of(items)) for item in raw]
        else:
            value[name] = cast(raw[0], kinds)
    return value


def read_xml(schemas: Schemas, schema: Any, body: bytes) -> Any:
    """An XML body as the value its schema describes; raises ``ValueError`` when not well-formed."""
    try:
        root = ElementTree.fromstring(body)  # expat >= 2.4 refuses entity expansion bombs
    except ElementTree.ParseError as exc:
        raise ValueError(f"not well-formed XML: {exc}") from exc
    return _element(schemas, root, schema, depth=0)


def _element(schemas: Schemas, element: ElementTree.Element, schema: Any, *, depth: int) -> Any:
    schema = schemas.resolve(schema)
    schema = schema if isinstance(schema, dict) else {}
    kinds = schemas.types_of(schema)
    if depth >= MAX_XML_DEPTH:
        return element.text or ""
    if "array" in kinds and "object" not in kinds:
        # a wrapped array: the element holds the items
        items = _items(schemas, schema)
        return [_element(schemas, child, items, depth=depth + 1) for child in element]
    if len(element) or element.attrib:
        return _object(schemas, element, schema, depth=depth)
    text = element.text or ""
    if text == "" and ("object" in kinds or (not kinds and _properties(schemas, schema))):
        return {}  # an empty object and an empty string look alike: the schema decides
    return cast(text, kinds, null_text="null")


def _object(
    schemas: Schemas, element: ElementTree.Element, schema: dict[str, Any], *, depth: int
) -> dict[str, Any]:
    children: dict[str, list[ElementTree.Element]] = {}
    for child in element:
        children.setdefault(_local(child.tag), []).append(child)
    attributes = {_local(k): v for k, v in element.attrib.items()}
    value: dict[str, Any] = {}
    for name, prop in _properties(schemas, schema).items():
        options = prop.get("xml") or {}
        tag = str(options.get("name", name))
        kinds = schemas.types_of(prop)
        if options.get("attribute"):
            if tag in attributes:
                value[name] = cast(attributes.pop(tag), kinds, null_text="null")
            continue
        if "array" in kinds and "object" not in kinds and not options.get("wrapped"):
            items = _items(schemas, prop)
            item_tag = str((items.get("xml") or {}).get("name", tag))
            found = children.pop(item_tag, [])
            if found:
                value[name] = [_element(schemas, c, items, depth=depth + 1) for c in found]
            continue
        found = children.pop(tag, [])
        if len(found) == 1:
            value[name] = _element(schemas, found[0], prop, depth=depth + 1)
        elif found:  # a single value sent several times: a list, which its schema will refuse
            value[name] = [_element(schemas, c, prop, depth=depth + 1) for c in found]
    extra = schemas.resolve(schema.get("additionalProperties"))
    extra_schema = extra if isinstance(extra, dict) else {}
    if "array" in schemas.types_of(extra_schema):
        items_schema = _items(schemas, extra_schema)
        for tag, found in children.items():
            value.setdefault(
                tag, [_element(schemas, c, items_schema, depth=depth + 1) for c in found]
            )
    else:
        for tag, found in children.items():
            # Undeclared names are free, so two of them may share one element name (clients
            # replace characters that XML names cannot hold): each is a value of its own.
            for index, child in enumerate(found):
                key = tag if index == 0 else f"{tag}#{index + 1}"
                value.setdefault(key, _element(schemas, child, extra_schema, depth=depth + 1))
    for name, text in attributes.items():
        value.setdefault(name, cast(text, schemas.types_of(extra_schema), null_text="null"))
    return value


def _properties(schemas: Schemas, schema: Any) -> dict[str, dict[str, Any]]:
    """The properties of a schema and of the schemas it combines with ``allOf``, resolved."""
    found = {}
    for name, prop in schemas.properties(schema).items():
        prop = schemas.resolve(prop)
        found[name] = prop if isinstance(prop, dict) else {}
    return found


def _items(schemas: Schemas, schema: Any) -> dict[str, Any]:
    """The schema of an array's items (of a nullable array's too), resolved."""
    array, _ = schemas.non_null(schemas.target(schema))
    items = schemas.resolve(schemas.target(array).get("items"))
    return items if isinstance(items, dict) else {}


def _local(tag: str) -> str:
    """An element or attribute name without its ``{namespace}``."""
    return tag.rsplit("}", 1)[-1]


def cast(raw: Any, kinds: list[str], *, null_text: str = "") -> Any:
    """Text sent for a value of these types, read as the first type it parses as.

    ``null_text`` is how the encoding spells null: nothing in a form, ``null`` in XML.
    """
    if isinstance(raw, _FilePart):
        return ""
    text = str(raw)
    if "null" in kinds and text in ("", null_text) and "string" not in kinds:
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
            number = float(text)
        except ValueError:
            pass
        else:
            if math.isfinite(number):  # "nan" and "inf" are words, not JSON numbers
                return number
    if ("object" in kinds or "array" in kinds) and "string" not in kinds:
        try:
            return json.loads(text)
        except ValueError:
            pass
    return text


def read_value(schemas: Schemas, content: Content, content_type: str, body: bytes) -> Any:
    """A (validated) request body as the value its schema describes, in any media type the
    mock reads (JSON, forms, XML); None where there is no body or it is not one of those."""
    media_type = parse_media_type(content_type) if content_type else None
    if media_type is None or (not body and media_type.base not in FORM_TYPES):
        return None
    declared = next(
        (m for m in content if m.media_type.split(";")[0].strip().lower() == media_type.base),
        None,
    )
    schema = declared.schema if declared is not None else None
    try:
        if media_type.base in FORM_TYPES:
            return read_form(schemas, schema, media_type, body)
        if media_kind(media_type.base) == "xml":
            return read_xml(schemas, schema, body)
        if media_kind(media_type.base) == "json":
            return json.loads(body)
    except ValueError:  # UnicodeDecodeError and JSONDecodeError are ValueErrors
        return None
    return None
