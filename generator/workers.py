"""Map a function over items in forked worker processes, yielding results as they finish.

Forking after the parent has imported everything lets each worker start at once, sharing the
imported modules; only an index travels to a worker and only the result travels back.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Iterator, Sequence
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")

# The task of the pool being started: set before the fork, read by the forked workers.
_TASK: tuple[Callable[[Any], Any], Sequence[Any]] | None = None


def map_unordered(fn: Callable[[T], R], items: Sequence[T], *, jobs: int) -> Iterator[R]:
    """``fn(item)`` for every item, in ``jobs`` processes (in this one when ``jobs`` is 1)."""
    if jobs <= 1 or len(items) <= 1:
        yield from map(fn, items)
        return
    global _TASK
    _TASK = (fn, items)
    try:
        context = multiprocessing.get_context("fork")
        with context.Pool(min(jobs, len(items))) as pool:
            yield from pool.imap_unordered(_run, range(len(items)))
    finally:
        _TASK = None


def _run(index: int) -> Any:
    assert _TASK is not None, "worker started without a task"
    fn, items = _TASK
    return fn(items[index])
