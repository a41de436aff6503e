"""The pydantic v2 models of a client, from datamodel-code-generator run in-process on the YAML.

Options, and why:
- ``disable_timestamp`` and a fixed ``custom_file_header``: byte-stable output.
- ``keep_model_order=False``: datamodel-code-generator orders classes so that each is defined
  before an enum-member default uses it; fields keep the spec's (documented) property order.
- ``snake_case_field`` + ``allow_population_by_field_name``: Python names on the model, the vendor
  spelling kept as the alias on the wire; either name is accepted when building a body.
- ``use_annotated`` + ``field_constraints``: constraints as ``Field(...)`` metadata that mypy reads.
- ``use_schema_description`` / ``use_field_description``: the documented text as docstrings.
- ``collapse_root_models``: a component that only renames a type (an array or a scalar) becomes
  that type where it is used, instead of a ``RootModel`` whose ``.root`` every caller must unwrap.
- ``set_default_enum_member``: an enum field's default is the enum member, not the bare value.
- ``formatters=[]``: formatting is done once, by ruff, like every other emitted Python file.
"""

from __future__ import annotations

import json
import re
import sys
import types
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel

HEADER = "# Generated from openapi.yaml by datamodel-code-generator; do not edit."


@dataclass(frozen=True)
class GeneratedModels:
    """The source of ``models.py`` and its classes, loaded to read names the generator chose."""

    source: str
    classes: dict[str, type]

    def model(self, name: str) -> type[BaseModel] | None:
        found = self.classes.get(name)
        return found if isinstance(found, type) and issubclass(found, BaseModel) else None

    def attribute(self, model: str, wire_name: str) -> str:
        """The Python attribute that holds the property ``wire_name`` of component ``model``."""
        cls = self.model(model)
        if cls is None:
            raise KeyError(f"no model class for component {model}")
        for name, info in cls.model_fields.items():
            if (info.alias or name) == wire_name:
                return name
        raise KeyError(f"{model} has no property {wire_name}")


def generate_models(spec: Mapping[str, Any], *, package: str) -> GeneratedModels:
    from datamodel_code_generator import InputFileType, PythonVersion, generate
    from datamodel_code_generator.enums import DataModelType

    source = generate(
        json.loads(json.dumps(spec)),  # its parser may change what it is given
        input_file_type=InputFileType.OpenAPI,
        output_model_type=DataModelType.PydanticV2BaseModel,
        target_python_version=PythonVersion.PY_311,
        disable_timestamp=True,
        custom_file_header=HEADER,
        keep_model_order=False,
        snake_case_field=True,
        allow_population_by_field_name=True,
        use_annotated=True,
        field_constraints=True,
        use_schema_description=True,
        use_field_description=True,
        collapse_root_models=True,
        set_default_enum_member=True,
        use_standard_collections=True,
        use_union_operator=True,
        use_double_quotes=True,
        formatters=[],
    )
    if not isinstance(source, str):
        raise TypeError(
            f"datamodel-code-generator returned {type(source).__name__}, not one module"
        )
    source = _ROOT_NONE.sub(r"\1", source)
    return GeneratedModels(source=source, classes=_load(source, name=f"{package}.models"))


# datamodel-code-generator gives a RootModel of a non-nullable type the default None when the
# schema is not required somewhere (Planiso's ``Year``): mypy --strict rejects it, and a root
# model without a value is meaningless, so the default goes.
_ROOT_NONE = re.compile(r"^(    root: (?:(?!None).)*?) = None$", re.MULTILINE)


def _load(source: str, *, name: str) -> dict[str, type]:
    # The generated module is our own output: loading it is the only exact way to learn the class
    # and attribute names datamodel-code-generator chose (sanitised names, collapsed root models).
    # It sits in sys.modules while it loads so that pydantic resolves its forward references.
    module = types.ModuleType(name)
    namespace: dict[str, Any] = module.__dict__
    previous = sys.modules.get(name)
    sys.modules[name] = module
    try:
        exec(compile(source, f"<{name}>", "exec", dont_inherit=True), namespace)
    finally:
        if previous is None:
            del sys.modules[name]
        else:
            sys.modules[name] = previous
    return {k: v for k, v in namespace.items() if isinstance(v, type) and v.__module__ == name}
