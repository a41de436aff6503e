"""Which operations page, and how: decided from parameter names and the response shape.

Rule (first match wins; names compared case-insensitively):
- ``offset``: query parameters ``startIndex``/``offset`` and ``limit``/``pageSize``, and the success
  body is an array (HELIUM V). The next request starts after the items received; the iteration
  stops on an empty page or one shorter than ``limit``.
- ``pages``: query parameters ``page``/``pageIndex``/``pageNumber`` and a size parameter, and the
  body is an object with an integer ``pages``/``totalPages``/``pageCount`` and an array property
  (Lagerkoll). It stops after the last page or on an empty one.
- ``total``: the same parameters and an object with an integer ``totalItems``/``total``/
  ``totalCount`` and an array property (PlanningPME). It stops once ``total`` items were yielded
  or on an empty page.
The array property is ``items`` when there is one, else the first array property.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from generator.clients.models import GeneratedModels
from generator.clients.types import Annotator, ref_name

_OFFSET = {"startindex", "offset"}
_PAGE = {"page", "pageindex", "pagenumber"}
_SIZE = {"limit", "pagesize", "size", "per_page"}
_PAGES = {"pages", "totalpages", "pagecount"}
_TOTAL = {"totalitems", "total", "totalcount"}


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
    params: list[tuple[str, str, dict[str, Any]]],
    result_schema: dict[str, Any] | None,
    *,
    annotator: Annotator,
    models: GeneratedModels,
) -> PagingView | None:
    """``params`` are (wire name, Python name, schema) of the query parameters."""
    by_lower = {wire.lower(): (py, schema) for wire, py, schema in params}
    size = next((by_lower[n] for n in _SIZE if n in by_lower), None)
    if size is None or result_schema is None:
        return None
    body = annotator.resolve(result_schema)
    offset = next((by_lower[n] for n in _OFFSET if n in by_lower), None)
    if offset is not None and body.get("type") == "array":
        item = annotator.annotation(body.get("items"))
        return PagingView("offset", offset[0], size[0], 0, "", "", item)
    page = next((by_lower[n] for n in _PAGE if n in by_lower), None)
    if page is None or "$ref" not in result_schema or body.get("type") != "object":
        return None
    component = ref_name(result_schema["$ref"])
    props: dict[str, Any] = body.get("properties", {})
    arrays = [name for name, p in props.items() if annotator.resolve(p).get("type") == "array"]
    if not arrays:
        return None
    items = "items" if "items" in arrays else arrays[0]
    item = annotator.annotation(annotator.resolve(props[items]).get("items"))
    start = int(page[1].get("default", page[1].get("minimum", 0)))
    for kind, names in (("pages", _PAGES), ("total", _TOTAL)):
        count = next((p for p in props if p.lower() in names), None)
        if count is not None:
            return PagingView(
                kind,
                page[0],
                size[0],
                start,
                models.attribute(component, items),
                models.attribute(component, count),
                item,
            )
    return None
