"""Faults staged per operation and request count, from the CLI (``--fault``) and from Python.

The grammar of ``--fault``: ``OPERATION:STATUS[:COUNT]``, where OPERATION is a method and a path
template as the spec writes them (``GET /{project_id}``) or an operationId (``getProject``),
STATUS an HTTP status (100-599) and COUNT ``once`` (the default), ``always`` or a number of
requests (``3``). A 429 carries ``Retry-After: 1`` unless the fault says otherwise.
"""

from __future__ import annotations

import threading

from generator.mock.types import Fault
from generator.openapi import Api, Operation

GRAMMAR = "OPERATION:STATUS[:COUNT], e.g. 'GET /{project_id}:429:once' (COUNT: once, always or N)"


def parse_fault(text: str) -> Fault:
    """The fault ``--fault TEXT`` stages; ``ValueError`` naming the text and what is wrong."""
    parts = text.rsplit(":", 2)
    if len(parts) == 3 and parts[1].strip().isdigit():
        where, status_text, count = (p.strip() for p in parts)
    else:
        head, colon, tail = text.rpartition(":")
        if not colon:
            raise ValueError(f"--fault {text!r}: no status; expected {GRAMMAR}")
        where, status_text, count = head.strip(), tail.strip(), "once"
    if not where:
        raise ValueError(f"--fault {text!r}: no operation before the status; {GRAMMAR}")
    if not status_text.isdigit() or not 100 <= int(status_text) <= 599:
        raise ValueError(
            f"--fault {text!r}: status {status_text!r} is not an HTTP status (100-599)"
        )
    if count == "always":
        times: int | None = None
    elif count == "once":
        times = 1
    elif count.isdigit() and int(count) >= 1:
        times = int(count)
    else:
        raise ValueError(f"--fault {text!r}: count {count!r} is not once, always or a number >= 1")
    status = int(status_text)
    return Fault(status=status, match=where, times=times, retry_after=1 if status == 429 else None)


def operation_named(api: Api, match: str) -> Operation:
    """The operation a fault's ``match`` names; ``ValueError`` listing a few that exist."""
    wanted = " ".join(match.split())
    method, _, path = wanted.partition(" ")
    for operation in api.operations:
        if operation.operation_id == wanted or (
            operation.method == method.upper() and operation.path == path
        ):
            return operation
    known = ", ".join(f"'{o.where}'" for o in api.operations[:4])
    raise ValueError(
        f"fault match {match!r}: no such operation in the spec (a method and a path template as "
        f"the spec writes them, or an operationId; e.g. {known})"
    )


class Staged:
    """The staged faults with what is left of each; thread-safe."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._faults: list[tuple[Operation, Fault, list[int | None]]] = []

    def add(self, operation: Operation, fault: Fault) -> None:
        with self._lock:
            self._faults.append((operation, fault, [fault.times]))

    def take(self, operation: Operation | None) -> Fault | None:
        """The first staged fault for ``operation`` (counted down; spent ones are dropped)."""
        if operation is None:
            return None
        with self._lock:
            for index, (staged, fault, left) in enumerate(self._faults):
                if staged.method != operation.method or staged.path != operation.path:
                    continue
                if left[0] is not None:
                    left[0] -= 1
                    if left[0] <= 0:
                        del self._faults[index]
                return fault
        return None

    def clear(self) -> None:
        with self._lock:
            self._faults.clear()
