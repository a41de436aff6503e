"""openapi-spec-validator with each schema's meta-schema check compiled once.

openapi-spec-validator checks every schema object of a document against the dialect's
meta-schema with a fresh pure-Python ``jsonschema`` validator; for OAS 3.1 its ``$dynamicRef``
resolution costs about 3 ms a schema: three quarters of the whole validation. Here the same
meta-schemas (the OAS 3.1 dialect from the library's own registry; draft 4 for OAS 3.0) are
compiled once by ``jsonschema_rs`` (a Rust JSON Schema validator) and reused; everything else
openapi-spec-validator checks is unchanged. 3.1 schemas that declare another dialect (``$schema``
or ``jsonSchemaDialect``) keep the library's own checker. tests/test_spec_validator.py proves
both checkers reject the same broken schemas.

The library also remembers the schemas it has visited and the operationIds it has seen in plain
lists, so that each visit scans all earlier ones: a spec of 1,000 operations cost 30 times one of
100. ``_Seen`` keeps those lists, with a set beside them.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from functools import cache
from typing import Any, TypeVar

import jsonschema_rs
from jsonschema.exceptions import SchemaError
from jsonschema_path.paths import SchemaPath
from openapi_schema_validator import OAS30Validator, OAS31Validator
from openapi_schema_validator._specifications import REGISTRY
from openapi_spec_validator import OpenAPIV30SpecValidator, OpenAPIV31SpecValidator
from openapi_spec_validator.validation import keywords

OAS31_DIALECT = "https://spec.openapis.org/oas/3.1/dialect/base"


@cache
def compiled_meta_schema(version: str) -> Any:
    """The meta-schema of OAS ``version`` ("3.0" or "3.1") schemas, compiled."""
    if version == "3.0":
        return jsonschema_rs.validator_for(OAS30Validator.META_SCHEMA, validate_formats=True)
    resources = [(uri, REGISTRY[uri].contents) for uri in REGISTRY if "/oas/3.1/" in uri]
    registry = jsonschema_rs.Registry(resources)
    return jsonschema_rs.validator_for(
        OAS31Validator.META_SCHEMA, registry=registry, validate_formats=True
    )


def meta_schema_checker(version: str) -> Callable[[Any], None]:
    """A check raising ``jsonschema``'s SchemaError for the first way a schema breaks the
    meta-schema of OAS ``version``, as the library's own check does."""
    validator = compiled_meta_schema(version)

    def check(schema: Any) -> None:
        for error in validator.iter_errors(schema):
            raise SchemaError(
                error.message,
                path=list(error.instance_path),
                schema_path=list(error.schema_path),
                instance=schema,
            )

    return check


_Item = TypeVar("_Item", bound=Hashable)


class _Seen(list[_Item]):
    """One of the library's lists of things already met, with set-speed membership."""

    def __init__(self) -> None:
        super().__init__()
        self._items: set[_Item] = set()

    def append(self, item: _Item) -> None:
        self._items.add(item)
        super().append(item)

    def __contains__(self, item: object) -> bool:
        return item in self._items


class _SetSpeedVisits(keywords.SchemaValidator):
    """The library's schema keyword validator with its visited-schema lists made ``_Seen``."""

    def __init__(self, registry: Any) -> None:
        super().__init__(registry)
        self.visited_schema_ids = _Seen[int]()
        self.meta_checked_schema_ids = _Seen[int]()


class _SetSpeedOperationIds(keywords.OperationValidator):
    """The library's operation validator, its list of operationIds met made ``_Seen``."""

    def __init__(self, registry: Any) -> None:
        super().__init__(registry)
        self.operation_ids_registry = _Seen[str]()


class _Compiled30(_SetSpeedVisits, keywords.OpenAPIV30SchemaValidator):
    def _get_schema_checker(self, schema: SchemaPath, schema_value: Any) -> Callable[[Any], None]:
        return meta_schema_checker("3.0")


class _Compiled31(_SetSpeedVisits, keywords.OpenAPIV31SchemaValidator):
    def _get_schema_checker(self, schema: SchemaPath, schema_value: Any) -> Callable[[Any], None]:
        if self._get_schema_dialect_id(schema, schema_value) == OAS31_DIALECT:
            return meta_schema_checker("3.1")
        return super()._get_schema_checker(schema, schema_value)


# The library reads these class attributes (never mutated): hence RUF012 is moot.
class OpenAPIV30Validator(OpenAPIV30SpecValidator):
    """OpenAPIV30SpecValidator with the compiled meta-schema check; otherwise the same."""

    keyword_validators: dict[str, type[keywords.KeywordValidator]] = {  # noqa: RUF012
        **OpenAPIV30SpecValidator.keyword_validators,
        "schema": _Compiled30,
        "operation": _SetSpeedOperationIds,
    }


class OpenAPIV31Validator(OpenAPIV31SpecValidator):
    """OpenAPIV31SpecValidator with the compiled meta-schema check; otherwise the same."""

    keyword_validators: dict[str, type[keywords.KeywordValidator]] = {  # noqa: RUF012
        **OpenAPIV31SpecValidator.keyword_validators,
        "schema": _Compiled31,
        "operation": _SetSpeedOperationIds,
    }
