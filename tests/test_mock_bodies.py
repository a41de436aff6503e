"""How the mock reads what openapi-core cannot: Content-Type, empty query values, forms and XML.

Each case was a Schemathesis finding against the generated specs (tests/test_contract.py): a 500 on
a malformed Content-Type, valid requests refused (an empty query value, an empty form) and invalid
XML bodies accepted. Here each is pinned on a small spec over real HTTP.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from generator.mock import MockServer
from generator.mock.bodies import MediaType, parse_media_type, read_xml
from generator.openapi import Schemas
from tests.mockserver import LOOPBACK_TLS

ENTRY = {
    "type": "object",
    "required": ["count"],
    "properties": {
        "count": {"type": "integer", "format": "int64"},
        "price": {"type": "number"},
        "label": {"type": "string"},
        "done": {"type": "boolean"},
        "parent": {"type": ["integer", "null"]},
        "kind": {"type": "string", "enum": ["a", "b"], "xml": {"attribute": True}},
        "tags": {"type": "array", "items": {"type": "string", "xml": {"name": "tag"}}},
        "lines": {
            "type": "array",
            "xml": {"wrapped": True},
            "items": {"$ref": "#/components/schemas/Line"},
        },
    },
    "additionalProperties": {"type": "string", "enum": ["x", "y"]},
}
LINE = {"type": "object", "properties": {"no": {"type": "integer", "minimum": 1}}}
FORM = {
    "type": "object",
    "properties": {"name": {"type": "string"}, "active": {"type": "boolean"}},
}
STRICT_FORM = {**FORM, "required": ["name"]}


def _operation(content: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {
        "requestBody": {"required": True, "content": content},
        "responses": {"201": {"description": "created"}},
        **extra,
    }


SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "bodies", "version": "1"},
    "components": {"schemas": {"Entry": ENTRY, "Line": LINE}},
    "paths": {
        "/entry": {
            "post": _operation(
                {
                    "application/json": {"schema": {"$ref": "#/components/schemas/Entry"}},
                    "application/xml": {"schema": {"$ref": "#/components/schemas/Entry"}},
                }
            ),
            "get": {
                "parameters": [
                    {"name": "q", "in": "query", "schema": {"type": "string"}},
                    {"name": "n", "in": "query", "schema": {"type": "integer"}},
                    {"name": "code", "in": "query", "schema": {"type": "string", "minLength": 2}},
                ],
                "responses": {"200": {"description": "ok"}},
            },
        },
        "/form": {"put": _operation({"application/x-www-form-urlencoded": {"schema": FORM}})},
        "/strict-form": {
            "put": _operation({"application/x-www-form-urlencoded": {"schema": STRICT_FORM}})
        },
        "/upload": {"post": _operation({"multipart/form-data": {"schema": FORM}})},
    },
}


@pytest.fixture(scope="module")
def mock() -> Any:
    with MockServer(SPEC) as server:
        yield server


def _send(mock: MockServer, method: str, path: str, **kwargs: Any) -> httpx.Response:
    return httpx.request(method, mock.url + path, timeout=10, verify=LOOPBACK_TLS, **kwargs)


def _fields(response: httpx.Response) -> list[str]:
    return [error["field"] for error in response.json()["errors"]]


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("application/json", MediaType("application/json")),
        ("Application/JSON ; Charset=UTF-8", MediaType("application/json", {"charset": "UTF-8"})),
        ("application/json;;", MediaType("application/json")),
        (
            'multipart/form-data; boundary="a b;c"',
            MediaType("multipart/form-data", {"boundary": "a b;c"}),
        ),
        ("application/json; x", None),
        ("application/json; a=b=c", None),
        ("application", None),
        ("", None),
    ],
)
def test_content_type_is_parsed_by_the_rfc_grammar(header: str, expected: MediaType) -> None:
    assert parse_media_type(header) == expected


@pytest.mark.parametrize("header", ["application/json; x", "application/json; a=b=c", "json"])
def test_a_malformed_content_type_is_a_400_not_a_500(mock: MockServer, header: str) -> None:
    response = _send(
        mock, "POST", "/entry", content=b'{"count": 1}', headers={"Content-Type": header}
    )
    assert response.status_code == 400, response.text
    assert _fields(response) == ["header.Content-Type"]


def test_a_structured_json_suffix_is_read_as_json(mock: MockServer) -> None:
    headers = {"Content-Type": "application/vnd.example+json; charset=utf-8"}
    assert (
        _send(mock, "POST", "/entry", content=b'{"count": 1}', headers=headers).status_code == 201
    )
    bad = _send(mock, "POST", "/entry", content=b'{"count": "one"}', headers=headers)
    assert bad.status_code == 400
    assert _fields(bad) == ["body.count"]


def test_an_empty_query_value_is_judged_by_the_schema(mock: MockServer) -> None:
    assert _send(mock, "GET", "/entry?q=").status_code == 200  # "" is a string
    for query, field in (("n=", "query.n"), ("code=", "query.code")):
        response = _send(mock, "GET", f"/entry?{query}")
        assert response.status_code == 400, query
        assert _fields(response) == [field]


def test_an_empty_form_is_a_form_without_fields(mock: MockServer) -> None:
    form = {"Content-Type": "application/x-www-form-urlencoded"}
    assert _send(mock, "PUT", "/form", content=b"", headers=form).status_code == 201
    strict = _send(mock, "PUT", "/strict-form", content=b"", headers=form)
    assert strict.status_code == 400
    assert _fields(strict) == ["body.name"]
    missing = _send(mock, "PUT", "/form")  # no Content-Type, no bytes: no body at all
    assert missing.status_code == 400
    assert _fields(missing) == ["body"]


def test_a_multipart_body_without_parts_is_an_empty_form(mock: MockServer) -> None:
    headers = {"Content-Type": "multipart/form-data; boundary=b0undary"}
    empty = _send(mock, "POST", "/upload", content=b"--b0undary--\r\n", headers=headers)
    assert empty.status_code == 201, empty.text
    for garbage in (b"not multipart", b"--b0undary\r\n[]--b0undary--\r\n"):
        refused = _send(mock, "POST", "/upload", content=garbage, headers=headers)
        assert refused.status_code == 400, garbage
        assert _fields(refused) == ["body"]
    part = b"--b0undary\r\nContent-Disposition: form-data; name=active\r\n\r\nmaybe\r\n--b0undary--\r\n"
    spoiled = _send(mock, "POST", "/upload", content=part, headers=headers)
    assert spoiled.status_code == 400
    assert _fields(spoiled) == ["body.active"]


VALID_XML = (
    b'<Entry kind="a"><count>3</count><price>2.5</price><label>12</label><done>true</done>'
    b"<parent>null</parent><tag>red</tag><tag>blue</tag>"
    b"<lines><Line><no>1</no></Line><Line><no>2</no></Line></lines>"
    b"<_>x</_><_>y</_></Entry>"
)


def test_xml_is_read_by_the_openapi_xml_rules() -> None:
    assert read_xml(Schemas(SPEC), {"$ref": "#/components/schemas/Entry"}, VALID_XML) == {
        "kind": "a",
        "count": 3,
        "price": 2.5,
        "label": "12",  # a string stays a string, even when it looks like a number
        "done": True,
        "parent": None,
        "tags": ["red", "blue"],
        "lines": [{"no": 1}, {"no": 2}],
        "_": "x",  # two undeclared names that a client spelled alike: two values
        "_#2": "y",
    }


@pytest.mark.parametrize(
    ("body", "field"),
    [
        (b"<Entry><count>1.5</count></Entry>", "body.count"),
        (b"<Entry><count>9223372036854775808</count></Entry>", "body.count"),
        (b"<Entry><count>1</count><count>2</count></Entry>", "body.count"),
        (b"<Entry><count/></Entry>", "body.count"),
        (b"<Entry><count>1</count><done>yes</done></Entry>", "body.done"),
        (b'<Entry kind="c"><count>1</count></Entry>', "body.kind"),
        (
            b"<Entry><count>1</count><lines><Line><no>0</no></Line></lines></Entry>",
            "body.lines[0].no",
        ),
        (b"<Entry><count>1</count><other>z</other></Entry>", "body.other"),
        (b"<Entry><price>1</price></Entry>", "body.count"),
        (b"<Entry><count>1</count>", "body"),
    ],
)
def test_an_xml_body_that_does_not_fit_is_a_400_naming_the_field(
    mock: MockServer, body: bytes, field: str
) -> None:
    response = _send(
        mock, "POST", "/entry", content=body, headers={"Content-Type": "application/xml"}
    )
    assert response.status_code == 400, response.text
    assert field in _fields(response)


def test_a_valid_xml_body_is_accepted(mock: MockServer) -> None:
    headers = {"Content-Type": "application/xml; charset=UTF-8"}
    response = _send(mock, "POST", "/entry", content=VALID_XML, headers=headers)
    assert response.status_code == 201, response.text
