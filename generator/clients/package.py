"""The files of a client package: models, templates rendered from the view, ruff-formatted,
and the runtime (``generator/clients/runtime.py``) copied byte for byte."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import TYPE_CHECKING

from generator.clients.format import ruff_format_many
from generator.clients.lenient import client_spec
from generator.clients.models import GeneratedModels, generate_models, placeholder_members
from generator.clients.render import render
from generator.clients.views import ClientView, build_client_view
from generator.openapi import read_api

if TYPE_CHECKING:
    from generator.build_types import VendorBuild

# Package files and their templates; models.py comes from datamodel-code-generator, _runtime.py
# is RUNTIME as it is (a linted, type-checked and tested module of the toolkit, never rendered).
RUNTIME = Path(__file__).with_name("runtime.py")
_PYTHON = {
    "__init__.py": "__init__.py.j2",
    "errors.py": "errors.py.j2",
    "client.py": "client.py.j2",
    "bodies.py": "bodies.py.j2",
}
_OTHER = {
    "pyproject.toml": "pyproject.toml.j2",
    "README.md": "README.md.j2",
    "LICENSE": "LICENSE.j2",
}


def render_client(build: VendorBuild) -> dict[str, bytes]:
    models = generate_models(build.spec)
    placeholders = placeholder_members(models.source)
    if placeholders:
        # A curated vendor's enum members are named from their values or by the curator: a
        # client user reads `ProjectState.NEW`, never `State.FIELD_0`.
        raise ValueError(
            f"enum members without a name ({', '.join(placeholders)}): name them in the "
            "description with __varnames__ (x-enum-varnames), in the document's words"
        )
    release = build.revision.client_version if build.revision is not None else None
    files, _ = render_client_package(build.key, spec=build.spec, models=models, release=release)
    return {f"{build.key}/client/{path}": text.encode() for path, text in files.items()}


def render_client_files(key: str, *, spec: dict[str, object]) -> dict[str, str]:
    """The client package of one spec, by path relative to the client folder."""
    files, _ = render_client_package(key, spec=spec)
    return files


def render_client_package(
    key: str,
    *,
    spec: dict[str, object],
    models: GeneratedModels | None = None,
    release: str | None = None,
) -> tuple[dict[str, str], ClientView]:
    """The client package of one spec and the view it was rendered from (tests map names by it).

    ``models``: the spec's models when they were generated elsewhere (``model_worker``);
    ``release``: the package version (the build's spec revision; by default the spec's version).
    """
    if models is None:
        models = generate_models(spec)
    view = build_client_view(read_api(client_spec(spec)), key=key, models=models)
    view = dataclasses.replace(view, release=release)
    package = view.package
    files: dict[str, str] = {}
    for name, template in _OTHER.items():
        files[name] = render(template, view=view)
    python = {name: render(template, view=view) for name, template in _PYTHON.items()}
    python["models.py"] = models.source
    formatted = ruff_format_many({f"{package}/{name}": source for name, source in python.items()})
    files.update(formatted)
    files[f"{package}/_runtime.py"] = runtime_source()
    files[f"{package}/py.typed"] = ""
    return dict(sorted(files.items())), view


def runtime_source() -> str:
    """The runtime module's text, as it is copied into every client (LF kept as it is)."""
    return RUNTIME.read_bytes().decode("utf-8")
