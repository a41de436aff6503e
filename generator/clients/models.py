"""The pydantic v2 models of a client, from datamodel-code-generator run in-process on the YAML.

Options, and why:
- ``disable_timestamp`` and a fixed ``custom_file_header``: byte-stable output.
- ``keep_model_order=False``: datamodel-code-generator orders classes so that each is defined
  before an enum-member default uses it; fields keep the spec's (documented) property order.
- ``snake_case_field`` + ``allow_population_by_field_name`` with ``target_pydantic_version``
  2.11: Python names for the attributes, the vendor spelling kept as the alias on the wire, and
  ``validate_by_name=True`` (with pydantic's default ``validate_by_alias=True``): either name is
  accepted when a model is built.
- ``capitalise_enum_members``: members in UPPER_SNAKE (``DeliveryStatus.CLEARED``), from the
  value or from the curator's ``x-enum-varnames`` (``ProjectState.NEW``).

What the type checkers see as a model's constructor. pydantic's ``BaseModel`` is a
``dataclass_transform``: without pydantic's mypy plugin (users do not have it), mypy and pyright
name each ``__init__`` parameter after the ``alias=`` of a ``Field(...)`` *assigned* to the field,
and ignore an alias inside ``Annotated[...]``. datamodel-code-generator writes the alias inside
``Annotated``, so the constructor type-checked in snake_case while dicts, the wire and the
documents use the vendor's names. ``vendor_constructors`` moves each alias into the assigned
``Field(default=..., alias=...)`` (``default=`` by keyword: mypy reads a positional default as
none, so the field would turn required): ``ProjectDto(projectId=1, startDate=...)`` type-checks,
like the dict body ``{"projectId": 1, ...}``; a snake_case keyword is a mypy ``call-arg`` error,
although pydantic still accepts it at run time (``validate_by_name``). Attributes stay snake_case
(``project.project_id``). An alias that is no Python identifier (or a keyword) stays in
``Annotated``: that field's keyword is its Python name. With pydantic's mypy plugin the
constructor is typed in the Python names instead (the plugin follows ``validate_by_name``).
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
import keyword
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from generator.clients.lenient import client_spec

HEADER = '''# Generated from openapi.yaml by datamodel-code-generator; do not edit.
"""The API's data as pydantic models, one class per schema, and its enums.

Build a model with the vendor's field names as keywords, as the document prints them and as
they go on the wire (``Thing(thingId=1)``): the type checkers name the constructor's parameters
after the fields' aliases (without pydantic's mypy plugin; with it, after the Python names).
Read its attributes by the Python names (``thing.thing_id``). Both spellings validate at run
time (``validate_by_name``). A request body may also be a dict in the vendor's names, typed by
a ``TypedDict`` of ``bodies``. Enum members are UPPER_SNAKE, named from their values or by the
curator (``x-enum-varnames``).
"""'''


@dataclass(frozen=True)
class GeneratedModels:
    """The source of ``models.py`` and the names the generator chose in it.

    ``classes`` holds every class the module defines (models, root models, enums); ``fields`` maps
    each pydantic model class to its properties, wire name → Python attribute; ``members`` each
    enum class to its members, value → member name.
    """

    source: str
    classes: frozenset[str]
    fields: Mapping[str, Mapping[str, str]]
    members: Mapping[str, Mapping[Any, str]] = field(default_factory=dict)

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
    from datamodel_code_generator.enums import DataModelType, TargetPydanticVersion

    source = generate(
        json.loads(json.dumps(client_spec(spec))),  # its parser may change what it is given
        input_file_type=InputFileType.OpenAPI,
        output_model_type=DataModelType.PydanticV2BaseModel,
        target_python_version=PythonVersion.PY_311,
        target_pydantic_version=TargetPydanticVersion.V2_11,
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
        capitalise_enum_members=True,
        use_standard_collections=True,
        use_union_operator=True,
        use_double_quotes=True,
        formatters=[],
    )
    if not isinstance(source, str):
        raise TypeError(
            f"datamodel-code-generator returned {type(source).__name__}, not one module"
        )
    return vendor_constructors(_ROOT_NONE.sub(r"\1", source))


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
            declared = _field(statement)
            if declared is not None:
                wire_name, attribute = declared
                own = {k: v for k, v in own.items() if v != attribute}  # redefined in subclass
                own[wire_name] = attribute
        fields[name] = own
        return own

    for name in classes:
        model_fields(name)
    members = {
        name: _members(node)
        for name, node in classes.items()
        if name not in fields and any((_base_name(b) or "").endswith("Enum") for b in node.bases)
    }
    return GeneratedModels(
        source=source, classes=frozenset(classes), fields=fields, members=members
    )


def _members(node: ast.ClassDef) -> dict[Any, str]:
    """value → member name of an enum class (``NEW = 0`` → ``{0: "NEW"}``)."""
    found: dict[Any, str] = {}
    for statement in node.body:
        if (
            isinstance(statement, ast.Assign)
            and isinstance(statement.targets[0], ast.Name)
            and isinstance(statement.value, ast.Constant)
        ):
            found.setdefault(statement.value.value, statement.targets[0].id)
    return found


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


def vendor_constructors(source: str) -> str:
    """Each field's alias moved from ``Annotated[T, Field(alias=...)]`` into an assigned
    ``Field(default=..., alias=...)``, so that type checkers name the constructor's parameters
    in the vendor's spelling (see the module docstring). The module is reformatted by ruff."""
    lines = source.split("\n")
    tree = ast.parse(source)
    edits: list[tuple[int, int, str]] = []
    for cls in tree.body:
        if not isinstance(cls, ast.ClassDef):
            continue
        for statement in cls.body:
            moved = _alias_assigned(statement)
            if moved is not None:
                assert statement.end_lineno is not None
                indent = " " * statement.col_offset
                edits.append((statement.lineno - 1, statement.end_lineno, indent + moved))
    for start, end, text in reversed(edits):
        lines[start:end] = [text]
    return "\n".join(lines)


def _alias_assigned(statement: ast.stmt) -> str | None:
    """The field declaration with its alias assigned, or None when there is nothing to move."""
    if not isinstance(statement, ast.AnnAssign) or not isinstance(statement.target, ast.Name):
        return None
    annotation = statement.annotation
    if not (isinstance(annotation, ast.Subscript) and _base_name(annotation) == "Annotated"):
        return None
    if not isinstance(annotation.slice, ast.Tuple):
        return None
    if isinstance(statement.value, ast.Call):  # a Field(...) of its own: left as it is
        return None
    kind, *metadata = annotation.slice.elts
    for position, meta in enumerate(metadata):
        if not (isinstance(meta, ast.Call) and _base_name(meta.func) == "Field"):
            continue
        alias = next((k for k in meta.keywords if k.arg == "alias"), None)
        if alias is None or not isinstance(alias.value, ast.Constant):
            continue
        name = alias.value.value
        if not isinstance(name, str) or not name.isidentifier() or keyword.iskeyword(name):
            return None  # no keyword argument can spell it: the Python name stays the keyword
        meta.keywords.remove(alias)
        if not meta.args and not meta.keywords:
            del metadata[position]
        new_annotation: ast.expr = (
            ast.Subscript(annotation.value, ast.Tuple([kind, *metadata])) if metadata else kind
        )
        default = [] if statement.value is None else [ast.keyword("default", statement.value)]
        value = ast.Call(ast.Name("Field"), [], [*default, alias])
        return ast.unparse(ast.AnnAssign(statement.target, new_annotation, value, simple=1))
    return None


# datamodel-code-generator's names for members whose value makes no name: ``field_0`` for "0"
# or "", ``integer_906012`` for 906012, ``value_…``/``number_…``: upper-cased by
# ``capitalise_enum_members``. The curator names these members (``x-enum-varnames``).
_PLACEHOLDER = re.compile(r"^(FIELD|INTEGER|NUMBER|FLOAT|VALUE)(_(MINUS|\d+))*_?$", re.IGNORECASE)


def placeholder_members(source: str) -> list[str]:
    """``Enum.MEMBER = value`` for every enum member named by a placeholder, in module order."""
    found = []
    for cls in ast.parse(source).body:
        if not isinstance(cls, ast.ClassDef):
            continue
        if not any((_base_name(b) or "").endswith("Enum") for b in cls.bases):
            continue
        for statement in cls.body:
            if isinstance(statement, ast.Assign) and isinstance(statement.targets[0], ast.Name):
                member = statement.targets[0].id
                if _PLACEHOLDER.match(member) or member.startswith("_"):
                    value = ast.unparse(statement.value)
                    found.append(f"{cls.name}.{member} = {value}")
    return found
