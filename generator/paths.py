"""Where things live. The only place that knows the project layout."""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT / "specs"
TEMPLATES = ROOT / "templates"
GENERATED = ROOT / "generated"


def vendor_docs() -> Path:
    """The vendor documents: ``$VENDOR_DOCS`` or ``../shared/vendor-docs`` beside the project."""
    override = os.environ.get("VENDOR_DOCS")
    return Path(override) if override else ROOT.parent / "shared" / "vendor-docs"
