"""Routing a request path to one of the spec's path templates, and a method to its operation.

Operation paths are served at the root of the mock and also under the path of the first server's
URL (server variables at their defaults), e.g. ``/v1/projects/{project_id}`` for Lagerkoll. Where
several templates match, literal segments win over templated ones, left to right.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

from generator.openapi import Api, Operation

_VARIABLE = re.compile(r"\{([^{}]+)\}")


@dataclass(frozen=True)
class Route:
    template: str
    #: The operations at this path by upper-case method, in the document's order.
    operations: dict[str, Operation]
    pattern: re.Pattern[str]
    #: 0 for a literal segment, 1 for a templated one: the smallest key is the most specific.
    rank: tuple[int, ...]
    #: regex group name -> the template's variable name (which need not be an identifier)
    names: dict[str, str]

    @property
    def methods(self) -> list[str]:
        return list(self.operations)


@dataclass(frozen=True)
class Match:
    route: Route
    variables: dict[str, str]
    #: The path without the server prefix, as the spec writes it.
    path: str


def server_prefix(api: Api) -> str:
    """The path of the first server's URL with its variables at their defaults, without a final ``/``."""
    if not api.servers:
        return ""
    url = api.servers[0].resolved_url
    if "://" not in url:
        url = "http://host" + (url if url.startswith("/") else "/" + url)
    return urlsplit(url).path.rstrip("/")


class Router:
    def __init__(self, api: Api) -> None:
        self.prefix = server_prefix(api)
        by_path: dict[str, dict[str, Operation]] = {}
        for operation in api.operations:
            by_path.setdefault(operation.path, {})[operation.method] = operation
        self.routes = [_route(template, found) for template, found in by_path.items()]

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


def _route(template: str, operations: dict[str, Operation]) -> Route:
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
    return Route(template, operations, pattern, tuple(rank), names)
