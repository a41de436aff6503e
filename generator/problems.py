"""Errors as values: every problem of a run is collected with its location, then reported."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Level = Literal["ERROR", "WARNING"]


@dataclass(frozen=True, order=True)
class Problem:
    """One finding. ``where`` names vendor, operation and field: ``planiso GET /v1/user/{no}``."""

    where: str
    message: str
    level: Level = "ERROR"

    def __str__(self) -> str:
        return f"{self.level}: {self.where}: {self.message}"


@dataclass
class Problems:
    """A collector that check and validate steps append to."""

    items: list[Problem] = field(default_factory=list)

    def error(self, where: str, message: str) -> None:
        self.items.append(Problem(where, message, "ERROR"))

    def warning(self, where: str, message: str) -> None:
        self.items.append(Problem(where, message, "WARNING"))

    def extend(self, other: Problems) -> None:
        self.items.extend(other.items)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.items if p.level == "ERROR"]

    def __bool__(self) -> bool:
        return bool(self.errors)


class PipelineError(Exception):
    """Raised when a run found errors: carries all of them; nothing has been written."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        lines = "\n".join(f"  {p}" for p in problems)
        super().__init__(f"{len(problems)} error(s):\n{lines}")
