"""Secrets never leave in clear: credentials are replaced before anything is recorded or printed.

Redacted: the ``Authorization``, ``Proxy-Authorization``, ``Cookie`` and ``Set-Cookie`` headers;
every header, query parameter and cookie a security scheme of the vendor names (Lagerkoll's
``api_key``, HELIUM V's ``hvtoken``/``userid``, PlanningPME's ``X-APPKEY``); and in the bodies of
the operations that hand out credentials (logon, OAuth token endpoints), their password, secret
and token fields. Every value removed is remembered, so that a finding's message or a URL that
quotes it is scrubbed too.
"""

from __future__ import annotations

import json
import threading
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from generator.conformance.har import Exchange
from generator.openapi import Api, Operation

REDACTED = "REDACTED"
_ALWAYS = frozenset({"authorization", "proxy-authorization", "cookie", "set-cookie"})
_BODY_FIELDS = frozenset(
    {"password", "client_secret", "access_token", "refresh_token", "token", "id_token", "secret"}
)


class Redactor:
    def __init__(self, api: Api) -> None:
        schemes = api.security_schemes.values()
        self.headers = set(_ALWAYS) | {
            s.name.lower() for s in schemes if s.type == "apiKey" and s.location == "header"
        }
        self.query = {s.name for s in schemes if s.type == "apiKey" and s.location == "query"}
        self.cookies = {s.name for s in schemes if s.type == "apiKey" and s.location == "cookie"}
        self.body_fields = set(_BODY_FIELDS) | self.query | self.cookies
        for operation in api.operations:
            logon = api.logon(operation)
            if logon is not None and logon.token:
                self.body_fields.add(logon.token)
        self.credential_paths = {_key(o) for o in api.credential_operations}
        self._seen: set[str] = set()
        self._lock = threading.Lock()

    def _remember(self, value: str) -> None:
        for part in {value, value.partition(" ")[2]}:
            if len(part) >= 4:  # a one-letter value would scrub every message
                with self._lock:
                    self._seen.add(part)

    def text(self, text: str) -> str:
        """``text`` with every secret value seen so far replaced."""
        for secret in sorted(self._seen, key=len, reverse=True):
            if secret in text:
                text = text.replace(secret, REDACTED)
        return text

    def url(self, url: str) -> str:
        split = urlsplit(url)
        if not split.query or not self.query:
            return self.text(url)
        pairs = parse_qsl(split.query, keep_blank_values=True)
        for name, value in pairs:
            if name in self.query and value:
                self._remember(value)
        cleaned = [(n, REDACTED if n in self.query and v else v) for n, v in pairs]
        return self.text(urlunsplit(split._replace(query=urlencode(cleaned))))

    def exchange(self, exchange: Exchange, operation: Operation | None) -> Exchange:
        """A copy of ``exchange`` without secrets (the original is left as it was)."""
        request_headers = self._headers(exchange.request_headers)
        response_headers = self._headers(exchange.response_headers)
        url = self.url(exchange.url)
        query = {
            k: [REDACTED if k in self.query and v else v for v in vs]
            for k, vs in exchange.query.items()
        }
        request_body, response_body = exchange.request_body, exchange.response_body
        if operation is not None and _key(operation) in self.credential_paths:
            request_body = self._body(request_body)
            response_body = self._body(response_body)
        return Exchange(
            method=exchange.method,
            url=url,
            path=exchange.path,
            query=query,
            request_headers=request_headers,
            request_body=request_body,
            status=exchange.status,
            response_headers=response_headers,
            response_body=response_body,
        )

    def _headers(self, headers: dict[str, str]) -> dict[str, str]:
        found = {}
        for name, value in headers.items():
            if name.lower() in self.headers and value:
                self._remember(value)
                for cookie in value.split(";"):
                    self._remember(cookie.partition("=")[2].strip())
                word, space, _ = value.partition(" ")
                # the scheme word (Bearer, Basic) is no secret: a recorded HAR still verifies
                scheme = name.lower() in ("authorization", "proxy-authorization") and space
                value = f"{word} {REDACTED}" if scheme else REDACTED
            found[name] = value
        return found

    def _body(self, body: bytes) -> bytes:
        """Credential fields of a JSON or urlencoded body replaced (anything else: unchanged)."""
        try:
            value = json.loads(body)
        except ValueError:
            value = None
        if isinstance(value, dict):
            return json.dumps(self._fields(value), ensure_ascii=False).encode()
        try:
            pairs = parse_qsl(body.decode(), keep_blank_values=True, strict_parsing=True)
        except (UnicodeDecodeError, ValueError):
            return body
        cleaned = []
        for name, item in pairs:
            if name in self.body_fields and item:
                self._remember(item)
                item = REDACTED
            cleaned.append((name, item))
        return urlencode(cleaned).encode()

    def _fields(self, value: dict[str, object]) -> dict[str, object]:
        found: dict[str, object] = {}
        for name, item in value.items():
            if name in self.body_fields and isinstance(item, str | int) and item != "":
                self._remember(str(item))
                item = REDACTED
            elif isinstance(item, dict):
                item = self._fields(item)
            found[name] = item
        return found


def _key(operation: Operation) -> str:
    return operation.where
