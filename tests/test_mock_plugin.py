"""The shipped test helper as a user meets it: a small test suite of their own, in a temporary
folder, run by pytest in a subprocess with the ``vendor_mock`` fixture against a generated spec
and the generated client. And the light install stays light: the plugin imports nothing of the
toolkit beyond the mock and the spec reading layer."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from generator.paths import GENERATED, ROOT

USER_CONFTEST = 'pytest_plugins = ["generator.mock.pytest_plugin"]\n'

USER_TESTS = """
    import sys

    sys.path.insert(0, {client!r})

    import lagerkoll_client
    import pytest

    SPEC = {spec!r}


    def client_for(mock):
        return lagerkoll_client.Client(base_url=mock.url, api_key="k", store="s", backoff=0.01)


    def test_paging_ends(vendor_mock):
        mock = vendor_mock(SPEC, items=230)
        with client_for(mock) as client:
            assert len(list(client.projects.iter_list(limit=100))) == 230
        assert len(mock.requests) == 3


    def test_a_create_is_listed(vendor_mock):
        mock = vendor_mock(SPEC)
        with client_for(mock) as client:
            made = client.projects.create(body={{"name": "mine"}})
            assert made.project_id in [p.project_id for p in client.projects.iter_list(limit=5)]


    def test_a_staged_429_is_retried(vendor_mock):
        mock = vendor_mock(SPEC, faults=["GET /:429:once"])
        with client_for(mock) as client:
            assert client.projects.list(limit=5).projects
        assert [r.status for r in mock.requests] == [429, 200]


    def test_the_vendor_error(vendor_mock):
        mock = vendor_mock(SPEC, items=None)  # the documented examples, no dataset
        mock.fault("getProject", 500, times=None)
        with client_for(mock) as client, pytest.raises(lagerkoll_client.ApiError) as failed:
            client.projects.get(project_id=1)
        assert failed.value.code == 900101


    def test_the_option_sets_the_default(vendor_mock):
        mock = vendor_mock(SPEC)
        assert len(mock.dataset.items("projects")) == 7
"""


def test_a_users_suite_passes_with_the_fixture(tmp_path: Path) -> None:
    suite = tmp_path / "user_suite"
    suite.mkdir()
    (suite / "conftest.py").write_text(USER_CONFTEST)
    (suite / "test_against_the_mock.py").write_text(
        textwrap.dedent(
            USER_TESTS.format(
                client=str(GENERATED / "lagerkoll" / "client"),
                spec=str(GENERATED / "lagerkoll" / "openapi.yaml"),
            )
        )
    )
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
         "--vendor-mock-items", "7", str(suite)],
        cwd=suite,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    assert "5 passed" in result.stdout, result.stdout


def test_the_plugin_imports_only_the_mock_and_the_layer() -> None:
    """What a light install (the toolkit with --no-deps, then PyYAML, openapi-core and pytest;
    docs/mock.md) must provide: no other toolkit module, none of its build dependencies."""
    probe = (
        "import json, sys; import generator.mock.pytest_plugin; "
        "print(json.dumps(sorted(m for m in sys.modules if '.' not in m or "
        "m.startswith('generator.'))))"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    loaded = set(json.loads(result.stdout))
    toolkit = {m for m in loaded if m.startswith("generator.")}
    assert all(m.startswith(("generator.mock", "generator.openapi", "generator.paths"))
               for m in toolkit), toolkit  # fmt: skip
    assert not loaded & {"jinja2", "datamodel_code_generator", "ruff", "specs", "httpx"}


def test_installing_the_toolkit_registers_the_plugin_under_its_module_name() -> None:
    """The ``pytest11`` entry point names the plugin module after itself, so a conftest that
    also lists it in ``pytest_plugins`` does not register it twice; and ``[mock]`` brings pytest."""
    import importlib
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    entry = project["entry-points"]["pytest11"]
    assert list(entry.items()) == [("generator.mock.pytest_plugin", "generator.mock.pytest_plugin")]
    plugin = importlib.import_module(entry["generator.mock.pytest_plugin"])
    assert callable(plugin.vendor_mock)
    assert any(r.startswith("pytest") for r in project["optional-dependencies"]["mock"])
