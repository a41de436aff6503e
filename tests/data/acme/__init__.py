"""Acme Widgets API (acme.en.txt): the tiny vendor of the test suite.

A complete vendor package, as it would sit in ``specs/acme/``: its document is
``tests/data/documents/acme.en.txt`` and its pin ``document.pin.json`` beside this file.
``tests/test_acme.py`` runs it through the whole pipeline in a copy of the project where it is
the only vendor; the broken descriptions of ``tests/data/*/`` each break it once.
"""

from generator.describe import ErrorPayload, SecurityScheme, Server, Tag, Vendor

from .operations import OPERATIONS

VENDOR = Vendor(
    key="acme",
    title="Acme Widgets API",
    version="1",
    document="acme.en.txt",
    description="The widgets of a warehouse: list them, look one up, add a new one. Requests "
    "carry the API key as a bearer token and send and receive JSON.",
    lines=(1, 9),
    servers=[Server(url="https://api.acme.example", lines=4)],
    security_schemes=[
        SecurityScheme(
            key="bearer",
            type="http",
            scheme="bearer",
            description="The API key as a bearer token.",
            lines=(6, 9),
        )
    ],
    security=[{"bearer": []}],
    tags=[Tag(name="Widgets", description="The widgets of the warehouse.", lines=19)],
    operations=OPERATIONS,
    #: The error body (lines 11-17): clients read its code and message.
    error_payload=ErrorPayload(code="code", message="message"),
)
