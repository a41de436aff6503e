"""Compiled Jinja templates kept between runs, as Python keeps ``.pyc`` files.

Compiling the client templates takes longer than rendering them, and every run compiled them
again. Jinja's bytecode cache stores each compiled template under a key of its name and a
checksum of its source, so an edited template is simply compiled afresh.

The cache lives in ``$XDG_CACHE_HOME/vendor-openapi-toolkit/jinja`` (``~/.cache/...`` without
the variable); ``TEMPLATE_CACHE`` names another folder, or ``off`` turns it off. It is never
worth failing a run: a folder that cannot be made, an entry that cannot be written or read back
is a miss, and the template is compiled as it would have been without a cache.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from jinja2.bccache import Bucket, BytecodeCache, FileSystemBytecodeCache

ENV_VARIABLE = "TEMPLATE_CACHE"


def cache_folder() -> Path | None:
    """Where compiled templates are kept; None when the cache is turned off."""
    chosen = os.environ.get(ENV_VARIABLE, "")
    if chosen.lower() == "off":
        return None
    if chosen:
        return Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "vendor-openapi-toolkit" / "jinja"


class _ForgivingCache(FileSystemBytecodeCache):
    """Jinja's file cache, with every failure of the cache turned into a miss."""

    def load_bytecode(self, bucket: Bucket) -> None:
        try:
            super().load_bytecode(bucket)
        except Exception:  # a truncated or foreign entry: compile instead
            bucket.reset()

    def dump_bytecode(self, bucket: Bucket) -> None:
        with contextlib.suppress(OSError):  # Jinja writes a temporary file, then renames it
            super().dump_bytecode(bucket)


def bytecode_cache() -> BytecodeCache | None:
    folder = cache_folder()
    if folder is None:
        return None
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return _ForgivingCache(str(folder))
