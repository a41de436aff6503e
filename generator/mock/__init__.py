"""A mock server for any emitted spec: routes, checks security, validates, answers as the vendor.

    from generator.mock import Fault, MockServer

    with MockServer(Path("generated/lagerkoll/openapi.yaml"), items=25) as mock:
        mock.fault("GET /{project_id}", 429, times=1)     # that operation's next request: a 429
        httpx.get(f"{mock.url}/", headers={"api_key": "k", "store": "s"})

The spec is read only through :mod:`generator.openapi` (one ``Api`` per server). Users' guide:
docs/mock.md. Modules:

- ``server``: the HTTP server and what it does with one request (``MockServer``, ``load_spec``);
- ``routes``: a request path and method to the operation (path templates, server prefix);
- ``checks``: the declared security (401), then the request against the spec (400);
- ``bodies``: reading what openapi-core cannot (Content-Type, forms, XML), cast by the schema;
- ``dataset``: the declared collections' items (``x-collections``), paged and written;
- ``replies``: which documented response answers, with which example (by ``Accept``);
- ``errors``: the mock's own errors in the vendor's error payload;
- ``staging``: faults staged per operation and request count (``--fault``);
- ``values``: values built from a schema where the document shows no example;
- ``types``: faults, recorded requests, replies and problem replies;
- ``command``: ``python -m generator mock VENDOR`` (``serve``);
- ``pytest_plugin``: the ``vendor_mock`` fixture for an integrator's own tests (not imported here).
"""

from generator.mock.command import serve
from generator.mock.server import MockServer, load_spec
from generator.mock.staging import parse_fault
from generator.mock.types import Fault, RecordedRequest

__all__ = ["Fault", "MockServer", "RecordedRequest", "load_spec", "parse_fault", "serve"]
