"""The data types of a build: what the pipeline produces and every renderer receives.

A leaf module (it imports nothing of the toolkit but the pin and revision types), so that the pipeline, the
renderers and the CLI can all name these types without importing one another.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from generator.pins import Pin
from generator.revisions import Revision


@dataclass
class VendorStats:
    operations: int = 0
    schemas: int = 0
    examples: int = 0
    inferred: int = 0
    quirks: int = 0
    seconds: dict[str, float] = field(default_factory=dict)


@dataclass
class VendorBuild:
    """One vendor's products: the emitted specs (text and parsed) and every file to write."""

    key: str
    spec: dict[str, Any]
    spec_30: dict[str, Any]
    files: dict[str, bytes]
    stats: VendorStats
    pin: Pin
    #: The spec revision this build is (the recorded one, or the next where the spec changed);
    #: None for a vendor the index lists from its emitted spec without building it.
    revision: Revision | None = None
    #: The recorded revision, which ``make specs`` replaces when ``revision`` differs from it.
    recorded_revision: Revision | None = None


VendorRenderer = Callable[[VendorBuild], dict[str, bytes]]
IndexRenderer = Callable[[list[VendorBuild]], dict[str, bytes]]
