"""openapi-spec-validator for OAS 3.1, with each schema's meta-schema check compiled once.

openapi-spec-validator checks every schema object of a 3.1 document against the OAS 3.1 dialect
meta-schema with a fresh pure-Python ``jsonschema`` validator, whose ``$dynamicRef`` resolution
costs about 3 ms a schema: three quarters of the whole validation. Here the same meta-schema, from
the same registry of meta-schemas, is compiled once by ``jsonschema_rs`` (a Rust JSON Schema
validator) and reused; everything else openapi-spec-validator checks is unchanged. Schemas that
declare another dialect (``$schema`` or ``jsonSchemaDialect``) keep the library's own checker.
tests/test_spec_validator.py proves both checkers reject the same broken schemas.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Any

import jsonschema_rs
from jsonschema.exceptions import SchemaError
from jsonschema_path.paths import SchemaPath
from openapi_schema_validator import OAS31Validator
from openapi_schema_validator._specifications import REGISTRY
from openapi_spec_validator import OpenAPIV31SpecValidator
from openapi_spec_validator.validation import keywords

OAS31_DIALECT = "https://spec.openapis.org/oas/3.1/dialect/base"


@cache
def compiled_meta_schema() -> Any:
    """The OAS 3.1 dialect meta-schema, compiled with the vocabularies it refers to."""
    resources = [(uri, REGISTRY[uri].contents) for uri in REGISTRY if "/oas/3.1/" in uri]
    registry = jsonschema_rs.Registry(resources)
    return jsonschema_rs.validator_for(
        OAS31Validator.META_SCHEMA, registry=registry, validate_formats=True
    )


def check_meta_schema(schema: Any) -> None:
    """Raise ``jsonschema``'s SchemaError for the first way ``schema`` breaks the meta-schema."""
    for error in compiled_meta_schema().iter_errors(schema):
        raise SchemaError(
            error.message,
            path=list(error.instance_path),
            schema_path=list(error.schema_path),
            instance=schema,
        )


class _CompiledMetaSchemaValidator(keywords.OpenAPIV31SchemaValidator):
    def _get_schema_checker(self, schema: SchemaPath, schema_value: Any) -> Callable[[Any], None]:
        if self._get_schema_dialect_id(schema, schema_value) == OAS31_DIALECT:
            return check_meta_schema
        return super()._get_schema_checker(schema, schema_value)


class OpenAPIV31Validator(OpenAPIV31SpecValidator):
    """OpenAPIV31SpecValidator with the compiled meta-schema check; otherwise the same."""

    # The library reads this class attribute (it is never mutated): hence RUF012 is moot.
    keyword_validators: dict[str, type[keywords.KeywordValidator]] = {  # noqa: RUF012
        **OpenAPIV31SpecValidator.keyword_validators,
        "schema": _CompiledMetaSchemaValidator,
    }
