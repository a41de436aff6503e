"""The views rendered from each emitted spec (clients, docs, Postman collections) and the cross-vendor index.

Each vendor renderer takes a :class:`~generator.pipeline.VendorBuild` and returns files relative
to ``generated/``; index renderers see every vendor of a full run.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from generator.clients import render_client
from generator.docs import render_docs, render_index
from generator.postman import render_postman

if TYPE_CHECKING:
    from generator.build_types import IndexRenderer, VendorRenderer

VENDOR_RENDERERS: list[tuple[str, VendorRenderer]] = [
    ("docs", render_docs),
    ("clients", render_client),
    ("postman", render_postman),
]
INDEX_RENDERERS: list[IndexRenderer] = [
    render_index,
]
