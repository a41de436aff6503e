"""Client types an IDE and a type checker can drive: named enum members, one type per field,
typed parameters with their documented defaults, root re-exports, vendor-named bodies.

The generated clients under test are the committed ones (``generated/<vendor>/client``; that they
are what a fresh generation writes is tests/test_generated.py's job).
"""

from __future__ import annotations

import ast
import inspect
import subprocess
import sys
import textwrap
from pathlib import Path
from types import ModuleType, SimpleNamespace
from typing import Any, cast

import httpx
import pytest
from pydantic import TypeAdapter

from generator.build_types import VendorBuild
from generator.clients.exports import ROOT_NAMES
from generator.clients.lenient import client_spec
from generator.clients.models import (
    generate_models,
    placeholder_members,
    vendor_constructors,
)
from generator.clients.package import render_client, render_client_package
from generator.openapi import read_api
from tests.clienttools import GENERATED, VENDORS, import_client, load_spec


def _client(vendor: str) -> ModuleType:
    return import_client(vendor, GENERATED / vendor / "client")


def _tiny_spec(enum: dict[str, Any]) -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {"title": "Tiny", "version": "1"},
        "paths": {},
        "components": {"schemas": {"Code": enum}},
    }


# --- enum members -------------------------------------------------------------------------------


@pytest.mark.parametrize("vendor", VENDORS)
def test_every_enum_member_is_named_in_upper_snake(vendor: str) -> None:
    source = (GENERATED / vendor / "client" / f"{vendor}_client" / "models.py").read_text()
    assert placeholder_members(source) == []
    for cls in ast.parse(source).body:
        if isinstance(cls, ast.ClassDef) and any("Enum" in ast.unparse(b) for b in cls.bases):
            names = [s.targets[0] for s in cls.body if isinstance(s, ast.Assign)]
            for name in names:
                assert isinstance(name, ast.Name) and name.id == name.id.upper(), (cls.name, name)


def test_the_members_the_integrator_reported_read_as_words() -> None:
    lagerkoll, heliumv = _client("lagerkoll"), _client("heliumv")
    assert lagerkoll.ProjectState.NEW == 0 and lagerkoll.ProjectState.CANCELLED == 3
    assert lagerkoll.ErrorCode.ERROR_CREATING_PROJECT_ARTICLE == 906012
    assert heliumv.DeliveryStatus.CLEARED == "CLEARED"
    planiso = _client("planiso")
    assert [m.name for m in planiso.FormFlag] == ["ONE", "EMPTY"]


def test_a_placeholder_member_fails_the_vendor_build_naming_it() -> None:
    build = cast(
        VendorBuild,
        SimpleNamespace(key="tiny", spec=_tiny_spec({"enum": ["0", "1"]}), revision=None),
    )
    with pytest.raises(ValueError, match=r"Code\.FIELD_0 = '0'.*__varnames__"):
        render_client(build)
    named = {"type": "string", "enum": ["0", "1"], "x-enum-varnames": ["OFF", "ON"]}
    build = cast(VendorBuild, SimpleNamespace(key="tiny", spec=_tiny_spec(named), revision=None))
    models = render_client(build)["tiny/client/tiny_client/models.py"].decode()
    assert 'OFF = "0"' in models and 'ON = "1"' in models


# --- one type per field -------------------------------------------------------------------------


def test_the_string_branch_lax_decoding_covers_is_left_out_of_the_client_only() -> None:
    spec = load_spec("lagerkoll")
    state = spec["components"]["schemas"]["ProjectDto"]["properties"]["state"]
    assert len(state["anyOf"]) == 2  # the emitted spec keeps the quirk, as documented
    lenient = client_spec(spec)
    assert lenient["components"]["schemas"]["ProjectDto"]["properties"]["state"]["anyOf"] == [
        {"$ref": "#/components/schemas/ProjectState"}
    ]
    assert len(spec["components"]["schemas"]["ProjectDto"]["properties"]["state"]["anyOf"]) == 2
    planiso = client_spec(load_spec("planiso"))["components"]["schemas"]
    assert planiso["Organization"]["properties"]["active"]["anyOf"] == [{"type": "boolean"}]
    # "" is no boolean to pydantic: the curls' empty flag stays a value of its own
    assert planiso["SupplierCreateForm"]["properties"]["is_9001"]["anyOf"] == [
        {"type": "boolean"},
        {"$ref": "#/components/schemas/FormFlag"},
    ]


def test_the_documented_example_decodes_into_the_one_enum() -> None:
    client = _client("lagerkoll")
    assert client.ProjectDto.model_fields["state"].annotation == client.ProjectState | None
    api = read_api(load_spec("lagerkoll"))
    op = next(o for o in api.operations if o.operation_id == "getProject")
    assert op.first_success is not None
    media = op.first_success.content.first("json")
    assert media is not None and media.examples
    example = media.examples[0].value
    assert example["state"] == "0"  # the string the document prints
    project = client.ProjectDto.model_validate(example)
    assert project.state is client.ProjectState.NEW
    assert project.model_dump(mode="json", by_alias=True)["state"] == 0  # the documented integer
    planiso = _client("planiso")
    active = planiso.Organization.model_fields["active"].annotation
    assert active == bool | None
    assert TypeAdapter(active).validate_json('"1"') is True  # as line 1553 prints it


def test_a_string_of_digits_beside_an_integer_is_the_integer() -> None:
    spec = load_spec("planiso")
    no = spec["components"]["schemas"]["User"]["properties"]["no"]
    assert {"type": "string", "pattern": "^[0-9]+$"} in no["anyOf"]  # the spec keeps the quirk
    assert client_spec(spec)["components"]["schemas"]["User"]["properties"]["no"]["anyOf"] == [
        {"type": "integer"}
    ]
    planiso = _client("planiso")
    assert planiso.User.model_fields["no"].annotation is int
    api = read_api(spec)
    op = next(o for o in api.operations if o.operation_id == "getUser")
    assert op.first_success is not None
    media = op.first_success.content.first("json")
    assert media is not None and media.examples
    example = media.examples[0].value["data"]
    assert isinstance(example["no"], str)  # "1", as the find example prints it
    assert planiso.User.model_validate(example).no == int(example["no"])
    # a pattern that lax mode would not read as an integer keeps its own type
    assert planiso.Equipment.model_fields["year"].annotation != int | None


# --- constructors and dict bodies in the vendor's names -----------------------------------------


def test_aliases_move_into_the_assigned_field() -> None:
    source = textwrap.dedent(
        """\
        class A(BaseModel):
            project_id: Annotated[int | None, Field(alias="projectId", ge=0)] = None
            start_date: Annotated[str, Field(alias="startDate")]
            from_: Annotated[str, Field(alias="from")]
            plain: int = 1
        """
    )
    moved = vendor_constructors(source)
    assert "project_id: Annotated[int | None, Field(ge=0)] = Field(default=None, alias=" in moved
    assert "start_date: str = Field(alias='startDate')" in moved
    # no keyword argument can be called "from": its constructor keyword stays from_
    assert 'from_: Annotated[str, Field(alias="from")]' in moved
    assert "plain: int = 1" in moved


def test_models_take_the_vendor_names_and_the_python_names() -> None:
    client = _client("lagerkoll")
    by_vendor = client.ProjectDtoInput(name="n", customerId=7)
    by_python = client.ProjectDtoInput.model_validate({"name": "n", "customer_id": 7})
    assert by_vendor.customer_id == by_python.customer_id == 7
    assert by_vendor.model_dump(by_alias=True, exclude_unset=True) == {"name": "n", "customerId": 7}


def test_a_dict_body_in_vendor_names_goes_on_the_wire_as_written() -> None:
    client = _client("lagerkoll")
    sent: list[bytes] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request.content)
        return httpx.Response(200, json={"projectId": 5, "state": "1"})

    with client.Client(store="s", api_key="k", transport=httpx.MockTransport(handler)) as api:
        body: Any = {"name": "n", "customerId": 7, "state": client.ProjectState.DEVELOPING}
        created = api.projects.create(body=body)
    assert sent == [b'{"name":"n","customerId":7,"state":1}']
    assert created.state is client.ProjectState.DEVELOPING


# --- parameters ---------------------------------------------------------------------------------


def test_enum_parameters_are_literals_with_their_documented_defaults() -> None:
    client = _client("lagerkoll")
    signature = inspect.signature(client.client.ProjectsResource.list)
    order, limit = signature.parameters["order"], signature.parameters["limit"]
    assert (order.annotation, order.default) == ("Literal['asc', 'desc']", "desc")
    assert (limit.annotation, limit.default) == ("int", 50)
    assert signature.parameters["query"].default is None  # no documented default: None, unsent


def test_a_parameter_equal_to_its_default_is_left_out_of_the_request() -> None:
    client = _client("lagerkoll")
    queries: list[dict[str, str]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(dict(request.url.params))
        return httpx.Response(200, json={"page": 0, "pages": 1, "projects": []})

    with client.Client(store="s", api_key="k", transport=httpx.MockTransport(handler)) as api:
        api.projects.list()
        api.projects.list(order="desc", state=-1, cost=False)
        api.projects.list(order="asc", state=1, cost=True, limit=10)
    assert queries == [{}, {}, {"order": "asc", "state": "1", "cost": "true", "limit": "10"}]


# --- the package root ---------------------------------------------------------------------------


@pytest.mark.parametrize("vendor", VENDORS)
def test_the_root_reexports_every_model_enum_and_body_dict(vendor: str) -> None:
    client = _client(vendor)
    models = generate_models(load_spec(vendor))
    for name in models.classes - ROOT_NAMES:
        assert getattr(client, name) is getattr(client.models, name), name
        assert name in client.__all__
    for name in client.bodies.__all__:
        assert getattr(client, name) is getattr(client.bodies, name)
    # ROOT_NAMES is what the root defines itself: the clients, the result, the errors
    init = ast.parse(
        (GENERATED / vendor / "client" / f"{vendor}_client" / "__init__.py").read_text()
    )
    own = {
        alias.asname or alias.name
        for node in init.body
        if isinstance(node, ast.ImportFrom) and node.module not in ("models", "bodies")
        for alias in node.names
    }
    assert own == ROOT_NAMES


# --- what a type checker says to a user -----------------------------------------------------------

_GOOD = """\
from lagerkoll_client import Client, ProjectDtoInput, ProjectDtoInputDict, ProjectState

def use(client: Client) -> None:
    client.projects.list(order="asc", state=1, limit=10)
    client.projects.create(body={"name": "n", "customerId": 7, "state": ProjectState.NEW})
    body: ProjectDtoInputDict = {"name": "n", "responsibleUserId": 3}
    client.projects.create(body=body)
    client.projects.create(body=ProjectDtoInput(name="n", customerId=7, state=ProjectState.FINISHED))
"""

# line → the mypy error code it must give
_BAD = {
    'client.projects.list(order="ascending")': "arg-type",
    "client.projects.list(state=7)": "arg-type",
    # a literal in the call matches neither side of ``ProjectDtoInput | ProjectDtoInputDict``
    'client.projects.create(body={"name": "n", "custmerId": 7})': "arg-type",
    'body: ProjectDtoInputDict = {"name": "n", "custmerId": 7}': "typeddict-unknown-key",
    'other: ProjectDtoInputDict = {"name": "n", "state": "0"}': "typeddict-item",
    "client.projects.create(body=ProjectDtoInput(customer_id=7))": "call-arg",
    "ProjectDtoInput(state=ProjectState.NEWER)": "attr-defined",
}


@pytest.mark.slow
def test_mypy_strict_refuses_misused_enums_and_keys_and_passes_correct_use(
    tmp_path: Path,
) -> None:
    """``mypy --strict`` without pydantic's plugin (users do not have it), the committed
    lagerkoll client on its path: the correct script passes, each misuse is its error."""
    (tmp_path / "good.py").write_text(_GOOD)
    bad = [
        "from lagerkoll_client import Client, ProjectDtoInput, ProjectDtoInputDict, ProjectState"
    ]
    bad += [""]
    bad += ["def use(client: Client) -> None:", *(f"    {line}" for line in _BAD)]
    (tmp_path / "bad.py").write_text("\n".join(bad) + "\n")
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--show-error-codes",
         "--cache-dir", str(tmp_path / "cache"), "good.py", "bad.py"],
        cwd=tmp_path,
        env={"MYPYPATH": str(GENERATED / "lagerkoll" / "client"), "PATH": ""},
        capture_output=True,
        text=True,
        check=False,
    )  # fmt: skip
    errors = [line for line in done.stdout.splitlines() if ": error:" in line]
    assert not [e for e in errors if e.startswith("good.py")], done.stdout
    for number, (line, code) in enumerate(_BAD.items(), start=4):
        mine = [e for e in errors if e.startswith(f"bad.py:{number}:")]
        assert any(e.endswith(f"[{code}]") for e in mine), (line, code, mine, done.stdout)
    assert done.returncode == 1, done.stdout + done.stderr


def test_a_parameter_of_an_enum_component_takes_the_enum_and_its_member_as_default() -> None:
    spec = _tiny_spec({"type": "string", "enum": ["red", "green"]})
    spec["paths"] = {
        "/w": {
            "get": {
                "operationId": "listWidgets",
                "parameters": [
                    {
                        "name": "colour",
                        "in": "query",
                        "schema": {
                            "allOf": [{"$ref": "#/components/schemas/Code"}],
                            "default": "green",
                        },
                    }
                ],
                "responses": {"204": {"description": "none"}},
            }
        }
    }
    files, view = render_client_package("tiny", spec=spec)
    (param,) = view.operations[0].params
    assert (param.annotation, param.default) == ("Code", "Code.GREEN")
    assert '"colour": None if colour == Code.GREEN else colour' in files["tiny_client/client.py"]
