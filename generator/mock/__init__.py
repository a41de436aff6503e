"""A mock server for any emitted spec: routes, checks security, validates, answers the examples.

    from generator.mock import Fault, MockServer

    with MockServer(Path("generated/planiso/openapi.yaml")) as mock:
        mock.enqueue(Fault(status=429, retry_after=1))     # the next request gets a 429
        httpx.get(f"{mock.url}/v1/user", headers={"Authorization": "Bearer x"})

The spec is read only through :mod:`generator.openapi` (one ``Api`` per server). Modules:

- ``server``: the HTTP server and what it does with one request (``MockServer``, ``load_spec``);
- ``routes``: a request path and method to the operation (path templates, server prefix);
- ``checks``: the declared security (401), then the request against the spec (400);
- ``bodies``: reading what openapi-core cannot (Content-Type, forms, XML), cast by the schema;
- ``replies``: which documented response answers, with which example (by ``Accept``);
- ``values``: values built from a schema where the document shows no example;
- ``types``: faults, recorded requests, replies and problem replies;
- ``command``: ``python -m generator mock VENDOR`` (``serve``).
"""

from generator.mock.command import serve
from generator.mock.server import MockServer, load_spec
from generator.mock.types import Fault, RecordedRequest

__all__ = ["Fault", "MockServer", "RecordedRequest", "load_spec", "serve"]
