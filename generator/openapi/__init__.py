"""One reading of an emitted OpenAPI document, for every renderer (clients, docs, mock, index).

``read_api(spec)`` returns an :class:`Api`: a typed, read-only view of the document with its
operations (path-level parameters merged, effective security), bodies, responses, examples and
security schemes, plus a :class:`Schemas` that resolves ``$ref`` and unwraps the spellings the
generator emits (a described reference ``{allOf: [{$ref}], description}``, a nullable union
``{anyOf: [X, {type: null}]}``). Renderers read the document through it and never walk the raw
dict; the curator's intent (``x-paging``, ``x-logon``, ``x-envelope``, ``x-collections``, the client names; with
where a collection's items sit: :mod:`generator.openapi.shapes`) is read here too, and so
are each element's provenance (``x-source``, ``x-inferred``, ``x-quirks``, ``x-original``) and the
one walk of every node with a readable location (:mod:`generator.openapi.sites`), which the
references, the coverage report and ``sources`` share.

A leaf: it imports nothing of the toolkit but the HTTP-method list below.
"""

from generator.openapi.document import Api, read_api, shape_problem
from generator.openapi.elements import (
    HTTP_METHODS,
    Content,
    Example,
    Header,
    Media,
    Operation,
    Parameter,
    RequestBody,
    Response,
    SecurityScheme,
    Server,
    Tag,
)
from generator.openapi.intent import Collection, Envelope, ErrorPayload, Logon, Paging, SdkName
from generator.openapi.provenance import Origin, Original, Provenance, Quirk, Source
from generator.openapi.schemas import REF_PREFIX, Schemas, ref_name
from generator.openapi.shapes import CollectionShape, collection_shape, payload_schema
from generator.openapi.sites import Site, sites

__all__ = [
    "HTTP_METHODS",
    "REF_PREFIX",
    "Api",
    "Collection",
    "CollectionShape",
    "Content",
    "Envelope",
    "ErrorPayload",
    "Example",
    "Header",
    "Logon",
    "Media",
    "Operation",
    "Origin",
    "Original",
    "Paging",
    "Parameter",
    "Provenance",
    "Quirk",
    "RequestBody",
    "Response",
    "Schemas",
    "SdkName",
    "SecurityScheme",
    "Server",
    "Site",
    "Source",
    "Tag",
    "collection_shape",
    "payload_schema",
    "read_api",
    "ref_name",
    "shape_problem",
    "sites",
]
