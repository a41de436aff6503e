"""Where things live. The only place that knows the project layout."""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT / "specs"
TEMPLATES = ROOT / "templates"
GENERATED = ROOT / "generated"


#: Where the vendor documents are looked for unless ``--documents`` / ``$VENDOR_DOCS`` says.
DEFAULT_VENDOR_DOCS = ROOT.parent / "shared" / "vendor-docs"


def vendor_docs() -> Path:
    """The vendor documents: ``$VENDOR_DOCS`` or ``../shared/vendor-docs`` beside the project.

    They are optional: a build needs only the pins (``pin_path``); where the documents are
    present, they are checked against their pins.
    """
    override = os.environ.get("VENDOR_DOCS")
    return Path(override) if override else DEFAULT_VENDOR_DOCS


def use_vendor_docs(folder: Path) -> None:
    """``--documents DIR``: look for the documents there, in this process and its workers."""
    os.environ["VENDOR_DOCS"] = str(folder.resolve())


def revision_path(key: str) -> Path:
    """The spec revision record of vendor ``key`` (``generator.revisions``), beside its pin."""
    return SPECS / key / "revision.json"


def pin_path(key: str) -> Path:
    """The pin of vendor ``key``'s document, committed beside its description."""
    from generator.pins import PIN_FILE

    return SPECS / key / PIN_FILE
