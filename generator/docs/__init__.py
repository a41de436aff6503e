"""Reference docs per vendor (``reference.md``, ``reference.html``) and the cross-vendor index
with its coverage report, rendered from the emitted spec by ``templates/docs/``.

The document is read only through :mod:`generator.openapi` (its operations, schemas, sites and
the curator's declared intent); the view objects of :mod:`generator.docs.model` hold every string
the templates print."""

from __future__ import annotations

from typing import TYPE_CHECKING

from generator.docs.index import build_index
from generator.docs.render import render
from generator.docs.vendor import build_reference_view
from generator.openapi import read_api

if TYPE_CHECKING:
    from generator.build_types import VendorBuild

__all__ = ["render_docs", "render_index"]


def render_docs(build: VendorBuild) -> dict[str, bytes]:
    """``<vendor>/reference.md`` and ``<vendor>/reference.html`` of one vendor."""
    doc = build_reference_view(read_api(build.spec), key=build.key)
    return {
        f"{build.key}/reference.md": render("reference.md.j2", doc=doc),
        f"{build.key}/reference.html": render("reference.html.j2", doc=doc),
    }


def render_index(builds: list[VendorBuild]) -> dict[str, bytes]:
    """``README.md``: every vendor with its counts and links, and the coverage report."""
    return {"README.md": render("index.md.j2", index=build_index(builds))}
