"""The mock's dataset (``items=N``): paged as the vendor pages, changed by the writes.

Real HTTP on 127.0.0.1, with the committed generated clients (``generated/<vendor>/client``) where
the issue's checks name one: the README's paging loop ends after a handful of requests, a create
shows up in the next list. Expected counts are computed from N and the page size, and the
declared collections are read from the spec (``x-collections``), not listed here.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import httpx
import pytest

from generator.mock import MockServer
from generator.openapi import collection_shape, read_api
from tests.clienttools import GENERATED, VENDORS, import_client, load_spec
from tests.mockserver import valid_request

SECRET = "dataset-secret-1"


def _client(vendor: str) -> Any:
    return import_client(vendor, GENERATED / vendor / "client")


LAGERKOLL = _client("lagerkoll")


def _lagerkoll(mock: MockServer) -> Any:
    return LAGERKOLL.Client(base_url=mock.url, api_key=SECRET, store=SECRET, backoff=0.01)


def test_the_readme_paging_loop_ends_after_a_handful_of_requests() -> None:
    items = 250
    with MockServer(load_spec("lagerkoll"), items=items) as mock, _lagerkoll(mock) as client:
        projects = list(client.projects.iter_list(limit=100))
        listed = [r for r in mock.requests if r.operation_id == "getProjects"]
    assert len(projects) == items
    assert len({p.project_id for p in projects}) == items  # every item once, none repeated
    assert len(listed) == math.ceil(items / 100)  # 3 requests (the example's pages: 4582 made 4582)


def test_without_a_dataset_the_example_is_replayed() -> None:
    with MockServer(load_spec("lagerkoll")) as mock:
        page = _call(mock, "GET", "/", "/", limit=100)
    documented = read_api(load_spec("lagerkoll")).operation("getProjects")
    assert documented is not None and documented.documented_success is not None
    media = documented.documented_success.content.first("json")
    assert media is not None
    assert page.json() == media.example[1]


def test_a_created_project_and_article_show_up_in_the_next_list() -> None:
    with MockServer(load_spec("lagerkoll"), items=3) as mock, _lagerkoll(mock) as client:
        created = client.projects.create(body={"name": "Bridge over the Göta älv"})
        listed = list(client.projects.iter_list(limit=2))
        assert created.project_id in [p.project_id for p in listed]
        assert client.projects.get(project_id=created.project_id).name == "Bridge over the Göta älv"
        assert len(listed) == 4
        article = client.projects.add_article(
            project_id=created.project_id, body={"articleName": "Crane"}
        )
        articles = list(client.projects.iter_list_articles(project_id=created.project_id, limit=2))
        assert [a.article_name for a in articles if a.id == article.id] == ["Crane"]
        # another project's articles are its own
        other = list(client.projects.iter_list_articles(project_id=listed[0].project_id, limit=2))
        assert article.id not in [a.id for a in other]
        updated = client.projects.update(
            project_id=created.project_id, body={"name": "Renamed", "projectId": 1}
        )
        assert (updated.project_id, updated.name) == (created.project_id, "Renamed")
        with pytest.raises(LAGERKOLL.NotFoundError) as missing:
            client.projects.get(project_id=987654321)
    assert missing.value.code == 900101
    assert "987654321" in (missing.value.detail or "")


def _call(mock: MockServer, method: str, template: str, path: str, **params: Any) -> Any:
    """``method template`` sent as documented (credentials, required parameters from the
    examples) to ``path``, with ``params`` added to its query."""
    request = valid_request(mock.spec, method.lower(), template)
    kwargs = dict(request.kwargs)
    kwargs["headers"] = {**kwargs.get("headers", {}), "Authorization": "Bearer x"}
    kwargs["params"] = {**kwargs.get("params", {}), **params}
    return httpx.request(method, f"{mock.url}{path}", timeout=10, **kwargs)


def _paged(mock: MockServer, path: str, **params: Any) -> Any:
    response = _call(mock, "GET", path, path, **params)
    assert response.status_code == 200, response.text
    return response.json()


def test_total_paging_counts_items_and_pages_them(tmp_path: Path) -> None:
    """PlanningPME's task list (``total``: the body counts items; its example prints none)."""
    with MockServer(load_spec("planningpme"), items=45) as mock:
        first = _paged(mock, "/api/task", pageIndex=0, pageSize=20)
        last = _paged(mock, "/api/task", pageIndex=2, pageSize=20)
        whole = _call(mock, "GET", "/api/task", "/api/task").json()
    assert (first["totalItems"], len(first["items"])) == (45, 20)
    assert (last["totalItems"], len(last["items"])) == (45, 5)
    assert len(whole["items"]) == 45  # no paging parameters: the complete list (line 503)
    # the documented task is the first, verbatim in its list form
    assert first["items"][0]["key"] == 756
    keys = [t["key"] for t in first["items"] + last["items"]]
    assert len(set(keys)) == len(keys)


def test_offset_paging_answers_the_slice() -> None:
    """HELIUM V's orders (``offset``: the body is the array)."""
    with MockServer(load_spec("heliumv"), items=7) as mock:
        page = _paged(mock, "/api/v1/order", startIndex=5, limit=5)
        whole = _paged(mock, "/api/v1/order", startIndex=0, limit=50)
    assert len(page) == 2 and len(whole) == 7
    assert page == whole[5:]


def test_a_deleted_heliumv_position_leaves_the_list() -> None:
    with MockServer(load_spec("heliumv"), items=3) as mock:
        before = _paged(mock, "/api/v1/order/position", startIndex=0, limit=10)
        gone = before[1]["id"]
        template = "/api/v1/order/position/{positionid}"
        path = f"/api/v1/order/position/{gone}"
        deleted = _call(mock, "DELETE", template, path)
        assert deleted.status_code == 204, deleted.text
        after = _paged(mock, "/api/v1/order/position", startIndex=0, limit=10)
        again = _call(mock, "DELETE", template, path)
    assert [p["id"] for p in after] == [p["id"] for p in before if p["id"] != gone]
    assert again.status_code == 404


def _cases() -> list[tuple[str, str]]:
    return [(v, c.name) for v in VENDORS for c in read_api(load_spec(v)).collections]


@pytest.mark.parametrize(("vendor", "name"), _cases(), ids=[f"{v}-{n}" for v, n in _cases()])
def test_every_declared_collection_round_trips(vendor: str, name: str) -> None:
    """Over plain HTTP: what the collection's operations write, its reads return; an item's
    answer is the stored item wherever the operation answers an item."""
    spec = load_spec(vendor)
    api = read_api(spec)
    collection = next(c for c in api.collections if c.name == name)
    shape = collection_shape(api, collection)
    assert not shape.problem
    scope = {v: "5" for v in _variables(collection.path)}
    with MockServer(spec, items=4) as mock:
        listed = _items(mock, api, shape, scope) if shape.listing else None
        if listed is not None:
            assert len(listed) == 4
        stored = mock.dataset.items(name, **scope) if mock.dataset else []
        assert len(stored) == 4
        if not scope and any(
            o.method == "POST" for o in api.operations if o.path == collection.path
        ):
            request = valid_request(spec, "post", collection.path)
            created = httpx.request(
                "POST", f"{mock.url}{request.path}", timeout=10, **request.kwargs
            )
            assert created.status_code < 300, created.text
            after = mock.dataset.items(name) if mock.dataset else []
            assert len(after) == 5
            new_id = after[-1][collection.id]
            assert new_id not in [i[collection.id] for i in stored]  # the server assigned one
            if shape.listing is not None:
                ids = [i[collection.id] for i in _items(mock, api, shape, scope)]
                assert new_id in ids
        first_id = str(stored[0][collection.id])
        for path in collection.all_item_paths:
            target = _fill(path, {**scope, _variables(path)[-1]: first_id})
            methods = [o.method for o in api.operations if o.path == path]
            if "GET" in methods:
                read = _call(mock, "GET", path, target)
                assert read.status_code == 200, read.text
                assert _value(api, read.json())[collection.id] == stored[0][collection.id]
            if "DELETE" in methods:
                gone = _call(mock, "DELETE", path, target)
                assert gone.status_code < 300, gone.text
                ids = [str(i[collection.id]) for i in mock.dataset.items(name, **scope)]
                assert first_id not in ids
                break


def _variables(path: str) -> list[str]:
    import re

    return re.findall(r"\{([^{}]+)\}", path)


def _fill(path: str, values: dict[str, str]) -> str:
    for key, value in values.items():
        path = path.replace("{" + key + "}", value)
    return path


def _value(api: Any, body: Any) -> Any:
    envelope = api.envelope
    return body[envelope.data] if envelope and isinstance(body, dict) else body


def _items(mock: MockServer, api: Any, shape: Any, scope: dict[str, str]) -> list[Any]:
    params: dict[str, Any] = {}
    if shape.paging is not None:
        params = {shape.paging.cursor: shape.paging.first, shape.paging.size: 100}
    path = shape.collection.path
    response = _call(mock, "GET", path, _fill(path, scope), **params)
    assert response.status_code == 200, response.text
    payload = _value(api, response.json())
    found = payload[shape.items] if shape.items else payload
    assert isinstance(found, list)
    return found


def test_declared_list_fields_are_filled_in() -> None:
    """``list-fields`` (Lagerkoll's page, pageSize, projectsCount) hold what the declaration
    says, computed from the dataset; the example's 697, 6808 and 4130 are gone."""
    api = read_api(load_spec("lagerkoll"))
    projects = next(c for c in api.collections if c.name == "projects")
    assert projects.list_fields
    with MockServer(load_spec("lagerkoll"), items=23) as mock:
        body = _paged(mock, "/", page=2, limit=10)
    facts = {"page": 2, "size": 10, "total": 23, "pages": 3}
    assert {name: body[name] for name, _ in projects.list_fields} == {
        name: facts[holds] for name, holds in projects.list_fields
    }
    assert len(body["projects"]) == 3


@pytest.mark.parametrize("vendor", VENDORS)
def test_every_answer_from_a_dataset_fits_the_spec(vendor: str) -> None:
    """Every operation called as documented against a dataset: a success fits the schema the
    operation documents for its status; an error (an example id the dataset does not hold) is
    the vendor's documented error (tests/test_mock.py's ``error_text`` checks it)."""
    from openapi_schema_validator import OAS31Validator

    from tests.test_mock import error_text

    spec = load_spec(vendor)
    api = read_api(spec)
    with MockServer(spec, items=5) as mock:
        for operation in api.operations:
            request = valid_request(spec, operation.method.lower(), operation.path)
            answer = httpx.request(
                request.method, f"{mock.url}{request.path}", timeout=10, **request.kwargs
            )
            where = f"{vendor} {operation.where}: {answer.text[:300]}"
            assert answer.status_code < 500, where
            if answer.status_code >= 400:
                assert error_text(mock, operation.operation_id, answer), where
                continue
            documented = operation.response_for(answer.status_code)
            assert documented is not None, where
            media = documented.content.get(answer.headers.get("content-type", ""))
            if media is None or media.schema is None or media.kind != "json":
                continue
            schema = {**media.schema, "components": spec.get("components", {})}
            errors = [e.message for e in OAS31Validator(schema).iter_errors(answer.json())]
            assert errors == [], where


def test_planiso_crud_through_its_client_with_form_bodies() -> None:
    """Planiso's writes are forms and its answers enveloped: the client creates, reads, lists,
    changes and deletes a user, and each read shows the write before it."""
    planiso = _client("planiso")
    with (
        MockServer(load_spec("planiso"), items=3) as mock,
        planiso.Client(base_url=mock.url, bearer_auth=SECRET, max_retries=0) as client,
    ):
        made = client.users.create(body={"fullname": "Ada Lovelace", "username": "ada"})
        assert made.fullname == "Ada Lovelace"
        number = _number(made.no)
        listed = client.users.list()
        assert [u.fullname for u in listed if _number(u.no) == number] == ["Ada Lovelace"]
        assert len(listed) == 4
        changed = client.users.update(no=number, body={"fullname": "Ada King"})
        assert (_number(changed.no), changed.fullname) == (number, "Ada King")
        assert client.users.get(no=number).fullname == "Ada King"
        client.users.delete(no=number)
        with pytest.raises(planiso.NotFoundError) as gone:
            client.users.get(no=number)
        assert len(client.users.list()) == 3
    assert gone.value.code == 404


def _number(value: Any) -> int:
    """A Planiso ``no`` as a number, whether the client types it as a number or a string
    (possibly wrapped in a root model)."""
    return int(getattr(value, "root", value))
