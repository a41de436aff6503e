"""How an operation's pages are walked: read from the curator's ``x-paging`` (see
:class:`generator.openapi.Paging`), never guessed from parameter names.

- ``offset``: the body is the array; the next request starts after the items received and the
  iteration stops on an empty page or one shorter than the page size (HELIUM V).
- ``pages``: the body counts pages; it stops after the last page or on an empty one (Lagerkoll).
- ``total``: the body counts items; it stops once that many were yielded or on an empty page
  (PlanningPME).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from generator.clients.models import GeneratedModels
from generator.clients.types import Annotator
from generator.openapi import Paging, Schemas


@dataclass(frozen=True)
class PagingView:
    kind: str  # "offset", "pages" or "total"
    cursor: str  # the Python name of the page/offset parameter
    size: str  # the Python name of the size parameter
    start: int  # the first page index (pages/total)
    items_attr: str  # "" when the body itself is the array
    count_attr: str  # pages or total attribute ("" for offset)
    item_annotation: str


def build_paging(
    paging: Paging | None,
    python_names: dict[str, str],
    result_schema: dict[str, Any] | None,
    *,
    annotator: Annotator,
    models: GeneratedModels,
) -> PagingView | None:
    """``python_names`` maps each query parameter's wire name to its Python name."""
    if paging is None or result_schema is None:
        return None
    cursor, size = python_names[paging.cursor], python_names[paging.size]
    body = annotator.resolve(result_schema)
    if paging.style == "offset":
        item = annotator.annotation(body.get("items"))
        return PagingView("offset", cursor, size, paging.first, "", "", item)
    component = Schemas.reference(result_schema)
    if component is None:
        raise ValueError(f"x-paging {paging.style!r}: the success body is not a component")
    props: dict[str, Any] = body.get("properties", {})
    item = annotator.annotation(annotator.resolve(props.get(paging.items, {})).get("items"))
    return PagingView(
        paging.style,
        cursor,
        size,
        paging.first,
        models.attribute(component, paging.items),
        models.attribute(component, paging.count),
        item,
    )
