"""Import the models datamodel-code-generator wrote and list the fields typed bare `Any`.

Run in the interop venv, in the folder of the module: `python -W error inspect_models.py MODULE`.
Prints JSON: {"models": N, "any_fields": [[model, wire_name], ...]}.
"""

from __future__ import annotations

import importlib
import json
import sys
import types
import typing
from typing import Any

from pydantic import BaseModel


def _is_bare_any(annotation: object) -> bool:
    if annotation is Any:
        return True
    # `Any | None`: a union whose only non-None member is Any.
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        rest = [a for a in typing.get_args(annotation) if a is not type(None)]
        return len(rest) == 1 and rest[0] is Any
    return False


def main() -> None:
    sys.path.insert(0, ".")
    module = importlib.import_module(sys.argv[1])
    found = []
    count = 0
    for name, obj in sorted(vars(module).items()):
        if (
            isinstance(obj, type)
            and issubclass(obj, BaseModel)
            and obj.__module__ == module.__name__
        ):
            count += 1
            for field_name, info in obj.model_fields.items():
                if _is_bare_any(info.annotation):
                    found.append([name, info.alias or field_name])
    print(json.dumps({"models": count, "any_fields": found}))


if __name__ == "__main__":
    main()
