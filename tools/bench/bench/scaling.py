"""Section 2: synthetic vendors of N operations, built through the real description language.

Each operation is what a curator writes for a typical read: a path parameter, a query
parameter, its own response model (nested in a shared one), an error model and one example;
``generator.pipeline.build_vendor`` then checks, builds, emits and validates it (views are
not rendered: they are measured in sections 1 and 3).
"""

from __future__ import annotations

import statistics
import time
from typing import Any

from bench.table import Row, ratio, seconds
from pydantic import BaseModel, Field, create_model

from generator.describe import (
    Example,
    Operation,
    Parameter,
    Response,
    Server,
    Source,
    Tag,
    Vendor,
    schema_config,
)
from generator.pins import make_pin
from generator.pipeline import build_vendor, fewer_collections
from generator.problems import Problems

TARGET_RATIO = 1.2


class Address(BaseModel):
    model_config = schema_config(lines=(1, 1))
    street: str = Field(description="Street and number.")
    city: str = Field(description="City.")


class Failure(BaseModel):
    model_config = schema_config(lines=(1, 1))
    code: int = Field(description="Error code.")
    message: str = Field(description="What went wrong.")


def _model(index: int) -> type[BaseModel]:
    fields: dict[str, Any] = {
        "id": (int, Field(description="Identifier.")),
        "name": (str, Field(description="Name.")),
        "active": (bool | None, Field(default=None, description="Whether it is active.")),
        "address": (Address | None, Field(default=None, description="Where it is.")),
    }
    return create_model(
        f"Item{index}",
        __doc__=f"Item number {index}.",
        __config__=schema_config(lines=(1, 1)),
        **fields,
    )


def synthetic_vendor(operations: int) -> Vendor:
    source = Source(lines=(1, 1))
    ops = []
    for index in range(operations):
        ops.append(
            Operation(
                method="get",
                path=f"/items{index}/{{item_id}}",
                operation_id=f"getItem{index}",
                summary=f"Get item {index}",
                source=source,
                tags=["items"],
                parameters=[
                    Parameter(
                        name="item_id",
                        location="path",
                        type=int,
                        required=True,
                        description="Id of the item.",
                    ),
                    Parameter(
                        name="verbose",
                        location="query",
                        type=bool,
                        description="Return every field.",
                    ),
                ],
                responses=[
                    Response(
                        status=200,
                        description="The item.",
                        model=_model(index),
                        examples=[
                            Example(
                                name="one",
                                summary="An item",
                                lines=(1, 1),
                                value={"id": index, "name": f"item {index}"},
                            )
                        ],
                    ),
                    Response(status="default", description="An error.", model=Failure),
                ],
            )
        )
    return Vendor(
        key="synthetic",
        title="Synthetic API",
        version="1",
        description="A synthetic vendor for the benchmark.",
        document="synthetic.txt",
        servers=[Server(url="https://example.invalid/api")],
        source=source,
        tags=[Tag(name="items", description="The items.")],
        operations=ops,
    )


#: The synthetic vendor cites line 1 of a document that exists only as this pin.
SYNTHETIC_PIN = make_pin("synthetic.txt", b"The synthetic document.\n")


def build_once(operations: int) -> float:
    """Seconds to describe (pydantic objects) and build one synthetic vendor."""
    clock = time.perf_counter()
    problems = Problems()
    built = build_vendor(synthetic_vendor(operations), problems=problems, pin=SYNTHETIC_PIN)
    if built is None:
        raise RuntimeError(f"synthetic vendor of {operations} operations: {problems.errors}")
    return time.perf_counter() - clock


def measure(sizes: list[int], *, runs: int) -> list[Row]:
    """Seconds per operation at each size; the last size against the first is the target.

    Measured in rounds, with the garbage collector set as ``python -m generator`` sets it: in
    each round every larger size is built right after a build of the first size, and the target
    compares the last size with the first size built just before it. A machine that speeds up or
    slows down during the minutes this section takes would otherwise pass for (bad) scaling.
    """
    fewer_collections()
    first, last = sizes[0], sizes[-1]
    samples: dict[int, list[float]] = {size: [] for size in sizes}
    growths: list[float] = []
    for _ in range(max(runs, 1)):
        for size in sizes[1:] or sizes:
            baseline = build_once(first)
            samples[first].append(baseline)
            if size != first:
                samples[size].append(build_once(size))
        growths.append(samples[last][-1] / last / (baseline / first))
    rows: list[Row] = []
    for size in sizes:
        total = statistics.median(samples[size])
        rows.append(
            Row(
                "2 scaling",
                f"build {size:,} operations",
                f"{seconds(total)} ({seconds(total / size)}/op)",
            )
        )
    growth = statistics.median(growths)
    rows.append(
        Row(
            "2 scaling",
            f"cost/op at {last:,} ÷ cost/op at {first:,} (same rounds)",
            ratio(growth),
            f"≤ {TARGET_RATIO}×",
            growth <= TARGET_RATIO,
        )
    )
    return rows
