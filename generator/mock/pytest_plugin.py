"""A pytest plugin for an integrator's own tests: the ``vendor_mock`` fixture.

    # conftest.py (or: installed with the toolkit, the plugin registers itself)
    pytest_plugins = ["generator.mock.pytest_plugin"]

    def test_a_429_is_retried(vendor_mock):
        mock = vendor_mock("openapi/lagerkoll.yaml", items=25)  # generated/lagerkoll/openapi.yaml
        mock.fault("GET /", 429, times=1)
        with lagerkoll_client.Client(base_url=mock.url, api_key="k", store="s") as client:
            assert client.projects.list(limit=10).projects

``vendor_mock(spec, *, items=10, faults=())`` starts a :class:`~generator.mock.MockServer` on
127.0.0.1 for an OpenAPI file (a path) or, in a checkout of the toolkit, a vendor key
(``generated/<key>/openapi.yaml``), and stops it when the test ends. ``items=None`` answers the
documented examples instead of a dataset; ``faults`` are :class:`~generator.mock.Fault` values
or ``--fault`` specs (``"GET /{project_id}:429:once"``). ``--vendor-mock-items N`` changes the
default dataset size for a run.

It imports only the mock and the spec reading layer (PyYAML and openapi-core), so it also works
where the toolkit is installed without its dependencies (see docs/mock.md).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import pytest

from generator.mock.server import MockServer, load_spec
from generator.mock.staging import parse_fault
from generator.mock.types import Fault
from generator.paths import GENERATED

DEFAULT_ITEMS = 10

#: ``vendor_mock(spec, items=..., faults=...)``: a started mock, stopped after the test.
VendorMock = Callable[..., MockServer]


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--vendor-mock-items",
        type=int,
        default=DEFAULT_ITEMS,
        metavar="N",
        help=f"items per collection in vendor_mock datasets (default {DEFAULT_ITEMS})",
    )


def spec_path(spec: str | Path) -> Path:
    """The OpenAPI file ``spec`` names: a path, else a vendor key of this checkout's
    ``generated/``; ``FileNotFoundError`` saying which was looked for."""
    path = Path(spec)
    if path.is_file():
        return path
    generated = GENERATED / str(spec) / "openapi.yaml"
    if isinstance(spec, str) and "/" not in spec and generated.is_file():
        return generated
    if isinstance(spec, str) and "/" not in spec:
        looked = f"; nor is it a vendor key of this checkout ({generated} is missing)"
    else:
        looked = ""
    raise FileNotFoundError(f"vendor_mock: no OpenAPI file at {str(spec)!r}{looked}")


@pytest.fixture
def vendor_mock(request: pytest.FixtureRequest) -> Iterator[VendorMock]:
    """A factory of started mocks (``vendor_mock(spec, items=10, faults=())``), each stopped
    when the test ends."""
    started: list[MockServer] = []
    default_items = int(request.config.getoption("--vendor-mock-items"))

    def start(
        spec: str | Path,
        *,
        items: int | None = default_items,
        faults: Sequence[Fault | str] = (),
    ) -> MockServer:
        staged = [parse_fault(f) if isinstance(f, str) else f for f in faults]
        mock = MockServer(load_spec(spec_path(spec)), items=items, faults=staged)
        started.append(mock.start())
        return mock

    try:
        yield start
    finally:
        for mock in started:
            mock.stop()
