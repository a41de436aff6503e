"""Every generated identifier goes through here: one place decides how names look.

Vendor spellings (``zuHaenden``, ``x-hv-error-code``, ``filter_cnr``) stay as they are on the wire;
these functions give the Python names that clients and docs print beside them.
"""

from __future__ import annotations

import keyword
import re

# Python keywords and soft keywords, plus builtins a generated name must not shadow in a client.
_RESERVED = set(keyword.kwlist) | set(keyword.softkwlist) | {"self", "cls", "type", "id", "format"}
_BOUNDARY = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
_NON_WORD = re.compile(r"[^0-9a-zA-Z]+")


def words(name: str) -> list[str]:
    """``getOrderById`` / ``get-order_by ID`` → ``["get", "Order", "By", "Id"]``-like parts."""
    return [w for w in _NON_WORD.split(_BOUNDARY.sub(" ", name)) if w]


def snake(name: str, *, reserved: set[str] | frozenset[str] = frozenset(_RESERVED)) -> str:
    """``getOrderById`` → ``get_order_by_id``; reserved words get a trailing ``_``."""
    result = "_".join(w.lower() for w in words(name)) or "_"
    if result[0].isdigit():
        result = f"_{result}"
    return f"{result}_" if result in reserved else result


def pascal(name: str) -> str:
    """``order-entry`` / ``order_entry`` → ``OrderEntry``; keeps inner capitals (``HTTPError``)."""
    result = "".join(w[:1].upper() + w[1:] for w in words(name)) or "_"
    return f"_{result}" if result[0].isdigit() else result


def constant(name: str) -> str:
    """``rate limit`` → ``RATE_LIMIT``."""
    return snake(name, reserved=frozenset()).upper()


def credential(scheme_key: str) -> str:
    """The client constructor keyword of a security scheme: its key in snake_case.

    ``bearerAuth`` → ``bearer_auth``, ``apiKey`` → ``api_key``. Clients and docs both use this.
    """
    return snake(scheme_key)


def enum_member(value: object) -> str:
    """The member name code generators derive from an enum value: ``"_Google"`` → ``GOOGLE``,
    ``-1`` → ``MINUS_1`` (as OpenAPI Generator and datamodel-code-generator spell numbers)."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return ("MINUS_" if value < 0 else "") + str(abs(value)).replace(".", "_")
    return constant(str(value))


def client_call(
    group: str | None, method: str | None, *, tags: tuple[str, ...] | list[str], operation_id: str
) -> tuple[str, str]:
    """The namespace and method a client gives an operation (``client.projects.list``): the
    curator's names where declared, else the first tag (``default`` without one) and the
    operationId, each in snake_case. The build emits these; renderers of a foreign spec fall
    back to the same."""
    return (
        group or (snake(tags[0]) if tags else "default"),
        method or snake(operation_id),
    )
