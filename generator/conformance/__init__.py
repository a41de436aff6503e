"""Does the real API match the spec? Recorded traffic (HAR) and live traffic (a proxy) checked
against a vendor's emitted spec, every finding tied to the ``x-source`` lines and ``x-inferred``
reason of the element it contradicts.

- ``har``: HAR 1.2 streamed in entry by entry, and recorded out (``HarRecorder``);
- ``check``: one exchange against the spec (``Checker``): operation, request, response, inferences;
- ``redact``: credentials of the vendor's security schemes, ``Authorization`` and cookies removed;
- ``report``: the report model, its JSON and Markdown;
- ``command``: ``python -m generator verify`` and ``python -m generator proxy`` (``Proxy``).
"""

from generator.conformance.check import Checker, Finding, Inference, Outcome
from generator.conformance.command import ConformanceError, Proxy, run_proxy, verify
from generator.conformance.har import Exchange, HarError, iter_entries
from generator.conformance.report import Report

__all__ = [
    "Checker",
    "ConformanceError",
    "Exchange",
    "Finding",
    "HarError",
    "Inference",
    "Outcome",
    "Proxy",
    "Report",
    "iter_entries",
    "run_proxy",
    "verify",
]
