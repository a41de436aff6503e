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

import ast
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

HEADER = "# Generated from openapi.yaml by datamodel-code-generator; do not edit."


@dataclass(frozen=True)
class GeneratedModels:
    """The source of ``models.py`` and the names the generator chose in it.

    ``classes`` holds every class the module defines (models, root models, enums); ``fields`` maps
    each pydantic model class to its properties, wire name → Python attribute.
    """

    source: str
    classes: frozenset[str]
    fields: Mapping[str, Mapping[str, str]]

    def attribute(self, model: str, wire_name: str) -> str:
        """The Python attribute that holds the property ``wire_name`` of component ``model``."""
        if model not in self.fields:
            raise KeyError(f"no model class for component {model}")
        try:
            return self.fields[model][wire_name]
        except KeyError:
            raise KeyError(f"{model} has no property {wire_name}") from None


def generate_models(spec: Mapping[str, Any]) -> GeneratedModels:
    return read_models(models_source(spec))


def import_generator() -> None:
    """Import what ``models_source`` needs (most of its time in a fresh process)."""
    import datamodel_code_generator.config
    import datamodel_code_generator.parser.openapi  # noqa: F401


def models_source(spec: Mapping[str, Any]) -> str:
    """The source of ``models.py``: datamodel-code-generator's module for the spec's schemas."""
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
    return _ROOT_NONE.sub(r"\1", source)


# datamodel-code-generator gives a RootModel of a non-nullable type the default None when the
# schema is not required somewhere (Planiso's ``Year``): mypy --strict rejects it, and a root
# model without a value is meaningless, so the default goes.
_ROOT_NONE = re.compile(r"^(    root: (?:(?!None).)*?) = None$", re.MULTILINE)


def read_models(source: str) -> GeneratedModels:
    """The class and attribute names of a generated module, read from its syntax tree.

    Reading, not importing: building ~100 pydantic classes only to learn their names costs more
    than the rest of a client's templates. The module is datamodel-code-generator's, so its shape
    is known: top-level classes; fields as annotated assignments; a wire name that differs from
    the attribute as ``Field(alias=...)``, in ``Annotated[...]`` or as the default; inheritance
    between its own classes for ``allOf``. tests/test_clients.py checks the reading against the
    imported module for every vendor and for inheritance.
    """
    tree = ast.parse(source)
    classes = {node.name: node for node in tree.body if isinstance(node, ast.ClassDef)}
    fields: dict[str, dict[str, str]] = {}

    def model_fields(name: str) -> dict[str, str] | None:
        if name in fields:
            return fields[name]
        node = classes[name]
        inherited: dict[str, str] | None = None
        for base in node.bases:
            base_name = _base_name(base)
            if base_name in _PYDANTIC_BASES:
                inherited = inherited or {}
            elif base_name in classes and base_name != name:
                parent = model_fields(base_name)
                if parent is not None:
                    inherited = {**(inherited or {}), **parent}
        if inherited is None:
            return None  # an enum or another plain class
        own = dict(inherited)
        for statement in node.body:
            field = _field(statement)
            if field is not None:
                wire_name, attribute = field
                own = {k: v for k, v in own.items() if v != attribute}  # redefined in subclass
                own[wire_name] = attribute
        fields[name] = own
        return own

    for name in classes:
        model_fields(name)
    return GeneratedModels(source=source, classes=frozenset(classes), fields=fields)


_PYDANTIC_BASES = {"BaseModel", "RootModel"}


def _base_name(base: ast.expr) -> str | None:
    if isinstance(base, ast.Subscript):  # RootModel[str]
        base = base.value
    if isinstance(base, ast.Attribute):  # pydantic.BaseModel
        return base.attr
    return base.id if isinstance(base, ast.Name) else None


def _field(statement: ast.stmt) -> tuple[str, str] | None:
    """(wire name, attribute) of a pydantic field declaration; None for anything else."""
    if not isinstance(statement, ast.AnnAssign) or not isinstance(statement.target, ast.Name):
        return None
    attribute = statement.target.id
    if attribute.startswith("_") or attribute == "model_config":
        return None
    if _base_name(statement.annotation) == "ClassVar":
        return None
    alias = None
    for node in (statement.annotation, statement.value):
        for call in ast.walk(node) if node is not None else ():
            if isinstance(call, ast.Call) and _base_name(call.func) == "Field":
                for keyword in call.keywords:
                    if keyword.arg == "alias" and isinstance(keyword.value, ast.Constant):
                        alias = keyword.value.value
    return (alias if isinstance(alias, str) else attribute), attribute
