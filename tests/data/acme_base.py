"""The tiny vendor of tests/data/acme/, as a base that the broken-description cases in
tests/data/*/ each break once: ``vendor(**changes)``, ``operation(**changes)`` (its
``GET /v1/widget/{no}``) and ``parameter(**changes)`` (that operation's ``no``).

``vendor()`` keeps that one operation only, so that every case states the operations it needs.
It cites acme.en.txt (tests/data/documents/), pinned in tests/data/acme/document.pin.json.
"""

from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel

from generator.describe import Operation, Parameter, Vendor
from generator.load import pin_beside
from generator.pins import Pin
from generator.problems import Problems
from tests.data.acme import VENDOR as ACME
from tests.data.acme.models import Problem, Widget

__all__ = ["ACME", "PIN", "Problem", "Sort", "Widget", "operation", "parameter", "vendor"]

FOLDER = Path(__file__).parent / "acme"
_pin = pin_beside(FOLDER, key="acme", problems=Problems())
assert _pin is not None, f"{FOLDER}: its document.pin.json is missing or broken"
PIN: Pin = _pin
GET_WIDGET = next(op for op in ACME.operations if op.operation_id == "getWidget")


def _given(described: BaseModel) -> dict[str, Any]:
    """The fields a description object was given (defaults stay defaults when re-validated)."""
    return {name: getattr(described, name) for name in described.model_fields_set}


def parameter(**changes: Any) -> Parameter:
    return Parameter(**(_given(GET_WIDGET.parameters[0]) | changes))


def operation(**changes: Any) -> Operation:
    return Operation(**(_given(GET_WIDGET) | changes))


def vendor(**changes: Any) -> Vendor:
    return Vendor(**(_given(ACME) | {"operations": [GET_WIDGET]} | changes))


Sort = Literal["asc", "desc"]
