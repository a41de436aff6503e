"""The names read from a generated models module agree with the module once imported.

``read_models`` reads class and attribute names from the syntax tree instead of importing the
module; here every vendor's module and a spec with ``allOf`` inheritance are also imported, and
pydantic's own view of the classes must be what the reading found.
"""

from __future__ import annotations

import sys
import types
from typing import Any

import pytest
from pydantic import BaseModel

from generator.clients.models import GeneratedModels, generate_models, read_models
from tests.clienttools import VENDORS, load_spec

INHERITANCE: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "t", "version": "1"},
    "paths": {},
    "components": {
        "schemas": {
            "Base": {
                "type": "object",
                "required": ["itemId"],
                "properties": {"itemId": {"type": "integer"}, "class": {"type": "string"}},
            },
            "Child": {
                "allOf": [
                    {"$ref": "#/components/schemas/Base"},
                    {"type": "object", "properties": {"childName": {"type": "string"}}},
                ]
            },
            "Colour": {"type": "string", "enum": ["red", "green"]},
            "Ids": {"type": "array", "items": {"type": "integer"}},
            "Code": {"type": "string", "pattern": "^[0-9]+$"},
        }
    },
}


def imported(source: str) -> dict[str, type]:
    name = "models_under_test"
    module = types.ModuleType(name)
    sys.modules[name] = module  # pydantic resolves forward references through sys.modules
    try:
        exec(compile(source, name, "exec"), module.__dict__)
    finally:
        del sys.modules[name]
    # pydantic also files parametrised bases (``RootModel[str]``) in the module: not classes of it
    return {
        k: v
        for k, v in vars(module).items()
        if isinstance(v, type) and v.__module__ == name and k.isidentifier()
    }


def assert_reading_matches_import(models: GeneratedModels) -> None:
    classes = imported(models.source)
    assert models.classes == set(classes)
    expected = {
        name: {(info.alias or attribute): attribute for attribute, info in cls.model_fields.items()}
        for name, cls in classes.items()
        if issubclass(cls, BaseModel)
    }
    assert dict(models.fields) == expected


@pytest.mark.parametrize("vendor", VENDORS)
def test_reading_matches_the_imported_module(vendor: str) -> None:
    models = generate_models(load_spec(vendor))
    assert models.fields and models.classes >= set(models.fields)
    assert_reading_matches_import(models)


def test_reading_follows_inheritance_and_aliases() -> None:
    models = generate_models(INHERITANCE)
    assert "(Base)" in models.source  # the premise: datamodel-code-generator made a subclass
    assert models.attribute("Child", "itemId") == "item_id"
    assert models.attribute("Child", "childName") == "child_name"
    assert models.attribute("Child", "class") == "class_"
    assert "Colour" in models.classes and "Colour" not in models.fields
    assert_reading_matches_import(models)


def test_unknown_names_are_key_errors_that_say_which() -> None:
    models = generate_models(INHERITANCE)
    with pytest.raises(KeyError, match="no model class for component Colour"):
        models.attribute("Colour", "red")
    with pytest.raises(KeyError, match="Base has no property childName"):
        models.attribute("Base", "childName")


def test_fields_outside_pydantic_declarations_are_not_read() -> None:
    source = (
        "from typing import ClassVar\n"
        "from pydantic import BaseModel, ConfigDict, Field\n"
        "class A(BaseModel):\n"
        "    model_config = ConfigDict(populate_by_name=True)\n"
        "    kind: ClassVar[str] = 'a'\n"
        "    _secret: int = 0\n"
        "    value: int = Field(0, alias='Value')\n"
        "class B(A):\n"
        "    value: str = 'x'\n"
    )
    models = read_models(source)
    assert models.fields == {"A": {"Value": "value"}, "B": {"value": "value"}}
    assert_reading_matches_import(models)
