"""Typed Python clients rendered from each vendor's emitted ``openapi.yaml``.

``render_client(build)`` returns ``<vendor>/client/``: an installable package ``<vendor>_client``
(models from datamodel-code-generator, the client from ``templates/client/``, every Python file
formatted by ruff, and ``runtime.py`` copied as ``_runtime.py``) that does not import the toolkit.

The functions load on first use: the forked model worker imports ``generator.clients.models``
and must not pay for the templates and views it never renders.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from generator.clients.package import render_client, render_client_files, render_client_package
    from generator.clients.views import build_client_view

__all__ = ["build_client_view", "render_client", "render_client_files", "render_client_package"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from generator.clients import package

        return getattr(package, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
