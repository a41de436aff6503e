"""Routing a request path to one of the spec's path templates.

Operation paths are served at the root of the mock and also under the path of the first server's
URL (server variables at their defaults), e.g. ``/v1/projects/{project_id}`` for Lagerkoll. Where
several templates match, literal segments win over templated ones, left to right.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote, urlsplit

from generator.validate import HTTP_METHODS

_VARIABLE = re.compile(r"\{([^{}]+)\}")


@dataclass(frozen=True)
class Route:
    template: str
    item: dict[str, Any]
    pattern: re.Pattern[str]
    #: 0 for a literal segment, 1 for a templated one: the smallest key is the most specific.
    rank: tuple[int, ...]
    #: regex group name -> the template's variable name (which need not be an identifier)
    names: dict[str, str]

    @property
    def methods(self) -> list[str]:
        return [m.upper() for m in HTTP_METHODS if m in self.item]


@dataclass(frozen=True)
class Match:
    route: Route
    variables: dict[str, str]
    #: The path without the server prefix, as the spec writes it.
    path: str


def server_prefix(spec: dict[str, Any]) -> str:
    """The path of the first server's URL with its variables at their defaults, without a final ``/``."""
    servers = spec.get("servers") or []
    if not servers:
        return ""
    server = servers[0]
    url = str(server.get("url", ""))
    for name, variable in (server.get("variables") or {}).items():
        url = url.replace("{" + name + "}", str(variable.get("default", "")))
    if "://" not in url:
        url = "http://host" + (url if url.startswith("/") else "/" + url)
    return urlsplit(url).path.rstrip("/")


class Router:
    def __init__(self, spec: dict[str, Any]) -> None:
        self.prefix = server_prefix(spec)
        self.routes = [_route(t, item) for t, item in (spec.get("paths") or {}).items()]

    def match(self, raw_path: str) -> Match | None:
        """The most specific route for a request path (without its query), None when none fits."""
        for path in self._candidates(raw_path):
            found = self._match_exact(path)
            if found is None and path not in ("", "/"):
                alternative = path[:-1] if path.endswith("/") else path + "/"
                found = self._match_exact(alternative)
            if found is not None:
                return found
        return None

    def _candidates(self, raw_path: str) -> list[str]:
        path = raw_path or "/"
        prefix = self.prefix
        if prefix and (path == prefix or path.startswith(prefix + "/")):
            return [path[len(prefix) :] or "/", path]
        return [path]

    def _match_exact(self, path: str) -> Match | None:
        best: Match | None = None
        for route in self.routes:
            found = route.pattern.fullmatch(path)
            if found is None:
                continue
            if best is None or route.rank < best.route.rank:
                variables = {route.names[k]: unquote(v) for k, v in found.groupdict().items()}
                best = Match(route=route, variables=variables, path=path)
        return best


def _route(template: str, item: dict[str, Any]) -> Route:
    regex = []
    rank = []
    names: dict[str, str] = {}
    for segment in template.split("/"):
        pieces = _VARIABLE.split(segment)
        # split alternates literal text and variable names: literal, name, literal, ...
        out = []
        for index, piece in enumerate(pieces):
            if index % 2:
                group = f"v{len(names)}"
                names[group] = piece
                out.append(f"(?P<{group}>[^/]+)")
            else:
                out.append(re.escape(piece))
        regex.append("".join(out))
        rank.append(1 if len(pieces) > 1 else 0)
    pattern = re.compile("/".join(regex))
    return Route(template=template, item=item, pattern=pattern, rank=tuple(rank), names=names)
