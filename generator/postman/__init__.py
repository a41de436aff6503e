"""A Postman collection per vendor that authenticates on import, rendered from the emitted spec.

``<vendor>/postman/collection.json`` (Postman Collection v2.1) and ``environment.json`` (the base
URL, the server variables and every credential, empty). The document is read only through
:mod:`generator.openapi`; :mod:`generator.postman.auth` decides what each request sends,
:mod:`generator.postman.scripts` writes the collection's pre-request script (token fetching and
caching) and :mod:`generator.postman.collection` the requests, bodies and saved examples.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from generator.openapi import read_api
from generator.postman.collection import build_collection, build_environment

if TYPE_CHECKING:
    from generator.build_types import VendorBuild

__all__ = ["render_postman"]


def render_postman(build: VendorBuild) -> dict[str, bytes]:
    """``<vendor>/postman/collection.json`` and ``<vendor>/postman/environment.json``."""
    api = read_api(build.spec)
    return {
        f"{build.key}/postman/collection.json": _json(build_collection(api, key=build.key)),
        f"{build.key}/postman/environment.json": _json(build_environment(api, key=build.key)),
    }


def _json(data: Any) -> bytes:
    return (json.dumps(data, indent=2, ensure_ascii=False) + "\n").encode()
