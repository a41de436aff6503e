"""Pure judgement of what the tools print: no subprocess here, so the unit tests cover it all."""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass
from typing import Any

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
JSON_TYPES = frozenset({"string", "number", "integer", "boolean", "array", "object", "null"})


@dataclass(frozen=True)
class Operation:
    method: str
    path: str
    operation: dict[str, Any]
    security: list[dict[str, list[str]]] | None  # the operation's, else the root's, else None


def operations(spec: dict[str, Any]) -> list[Operation]:
    root_security = spec.get("security")
    found = []
    for path, item in (spec.get("paths") or {}).items():
        for method in METHODS:
            op = item.get(method)
            if isinstance(op, dict):
                found.append(Operation(method, path, op, op.get("security", root_security)))
    return found


# --- Spectral and Redocly ---------------------------------------------------------------------

SPECTRAL_SEVERITY = {0: "error", 1: "warning", 2: "info", 3: "hint"}


def judge_spectral(output: str) -> tuple[int, int, list[str]]:
    """(errors, warnings, one line per problem) from `spectral lint -f json`."""
    # Spectral prints a sentence after the JSON when nothing reaches --fail-severity: read the
    # leading JSON value only.
    text = output.strip()
    problems = json.JSONDecoder().raw_decode(text)[0] if text else []
    lines = []
    errors = warnings = 0
    for p in problems:
        severity = SPECTRAL_SEVERITY.get(p.get("severity"), "?")
        errors += severity == "error"
        warnings += severity == "warning"
        if severity in ("error", "warning"):
            where = "/".join(str(x) for x in p.get("path", []))
            line = p.get("range", {}).get("start", {}).get("line", -1) + 1
            lines.append(f"{severity} {p.get('code')} at {where} (line {line}): {p.get('message')}")
    return errors, warnings, lines


def summarize(lines: list[str], *, keep: int = 3) -> list[str]:
    """At most `keep` lines per kind (`severity rule` prefix), then one line counting the rest."""
    kinds: dict[str, list[str]] = {}
    for line in lines:
        kind = " ".join(line.split(" ")[:2])
        kinds.setdefault(kind, []).append(line)
    out = []
    for kind, members in kinds.items():
        out.extend(members[:keep])
        if len(members) > keep:
            out.append(f"{kind}: {len(members) - keep} more like these")
    return out


def judge_redocly(output: str) -> tuple[int, int, list[str]]:
    """(errors, warnings, one line per error and per warning rule) from `redocly lint --format json`."""
    data = json.loads(output)
    totals = data.get("totals", {})
    lines = []
    by_rule: Counter[str] = Counter()
    for p in data.get("problems", []):
        if p.get("severity") == "error":
            pointer = (p.get("location") or [{}])[0].get("pointer", "")
            lines.append(f"error {p.get('ruleId')} at {pointer}: {p.get('message')}")
        else:
            by_rule[str(p.get("ruleId"))] += 1
    lines.extend(f"warning {rule} ×{n}" for rule, n in sorted(by_rule.items()))
    return int(totals.get("errors", 0)), int(totals.get("warnings", 0)), lines


# --- openapi-python-client ----------------------------------------------------------------------

_OPC_NOISE = (
    "Generating ",
    "Warning(s) encountered while generating",
    "If you believe this was a mistake",
)


def opc_warnings(output: str) -> list[str]:
    """The warnings openapi-python-client printed, one line each: its heading and its reason.

    It prints a heading (`WARNING parsing POST /x within y.`, `Skipping Integration`), a blank line,
    the reason, then the offending object as JSON; only the heading and reason are kept.
    """
    lines = output.splitlines()
    found = []
    i = 0
    while i < len(lines):
        line = lines[i].strip()
        if re.match(r"^(WARNING|ERROR)\b", line) or line == "Skipping Integration":
            reason = ""
            j = i + 1
            while j < len(lines) and not lines[j].strip():
                j += 1
            if j < len(lines) and not lines[j].startswith(("{", "[")):
                reason = lines[j].strip()
                i = j
            found.append(f"{line} {reason}".strip())
        elif (
            line and not line.startswith(_OPC_NOISE) and line.lower().startswith(("warn", "error"))
        ):
            found.append(line)
        i += 1
    return found


def group_opc(warnings: list[str]) -> list[str]:
    """One line per reason, naming the operations it was printed for."""
    groups: dict[str, list[str]] = {}
    for w in warnings:
        m = re.match(r"^(?:WARNING|ERROR) parsing (\S+ \S+) within \S+\. (.*)$", w)
        if m:
            groups.setdefault(m.group(2), []).append(m.group(1))
        else:
            groups.setdefault(w, [])
    return [
        f"{reason} ({len(ops)} operations: {', '.join(ops)})" if ops else reason
        for reason, ops in groups.items()
    ]


# --- OpenAPI Generator ---------------------------------------------------------------------------

_OAG_LEVEL = re.compile(r"^\[[^\]]*\]\s+(ERROR|WARN)\s+(\S+)\s+-\s+(.*)$")


def oag_messages(output: str) -> tuple[list[str], list[str]]:
    """(errors, warnings) of `openapi-generator-cli generate`, one line each, in order, deduplicated.

    It logs through slf4j-simple: `[main] ERROR o.o.codegen.DefaultCodegen - <message>`; a Java
    exception (`Exception in thread …`) is an error too. The logger name is dropped.
    """
    errors: list[str] = []
    warnings: list[str] = []
    for raw in output.splitlines():
        line = raw.strip()
        m = _OAG_LEVEL.match(line)
        if m:
            level, message = m.group(1), m.group(3).strip()
            found = errors if level == "ERROR" else warnings
            if message not in found:
                found.append(message)
        elif line.startswith("Exception in thread") and line not in errors:
            errors.append(line)
    return errors, warnings


# --- datamodel-code-generator ---------------------------------------------------------------------


def unknown_types(node: Any, pointer: str = "#") -> list[str]:
    """Every `type` (in a schema position) whose value is not a JSON Schema type: such a field
    silently becomes `Any` in datamodel-code-generator."""
    found: list[str] = []
    if isinstance(node, dict):
        kind = node.get("type")
        values = kind if isinstance(kind, list) else [kind] if isinstance(kind, str) else []
        # securitySchemes also have a `type` (apiKey, http, oauth2): not a schema.
        if "/securitySchemes/" not in pointer + "/":
            found.extend(f"{pointer}/type: {v!r}" for v in values if v not in JSON_TYPES)
        for key, value in node.items():
            if key in (
                "example",
                "examples",
                "x-original",
                "x-quirks",
                "x-source",
                "default",
                "enum",
                "const",
            ):
                continue
            found.extend(unknown_types(value, f"{pointer}/{_escape(str(key))}"))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            found.extend(unknown_types(value, f"{pointer}/{i}"))
    return found


def _escape(key: str) -> str:
    return key.replace("~", "~0").replace("/", "~1")


_SHAPE_KEYS = (
    "type",
    "$ref",
    "properties",
    "items",
    "enum",
    "const",
    "allOf",
    "anyOf",
    "oneOf",
    "format",
)


def is_free_form(schema: dict[str, Any]) -> bool:
    """True when a property schema says nothing of its shape (so `Any` is the honest type).

    A nullable wrapper (`anyOf: [X, {type: null}]` or `type: [X, null]`) is judged by X.
    """
    branches = schema.get("anyOf") or schema.get("oneOf")
    if isinstance(branches, list):
        rest = [b for b in branches if not (isinstance(b, dict) and b.get("type") == "null")]
        if len(rest) == 1 and isinstance(rest[0], dict):
            return is_free_form(rest[0])
    kind = schema.get("type")
    if isinstance(kind, list) and [k for k in kind if k != "null"] == []:
        return False  # only null: not free-form
    return not any(k in schema for k in _SHAPE_KEYS)


def degraded_any_fields(any_fields: list[tuple[str, str]], spec: dict[str, Any]) -> list[str]:
    """The (component, property) pairs typed bare `Any` whose schema does describe a shape.

    `any_fields` comes from importing the generated models: model name and wire name (alias) of each
    field annotated `Any` or `Any | None`.
    """
    schemas = (spec.get("components") or {}).get("schemas") or {}
    problems = []
    for model, prop in any_fields:
        schema = ((schemas.get(model) or {}).get("properties") or {}).get(prop)
        if schema is None:
            problems.append(
                f"{model}.{prop} is Any and has no schema in components/schemas to justify it"
            )
        elif not is_free_form(schema):
            problems.append(
                f"{model}.{prop} degraded to Any; its schema is {json.dumps(schema, sort_keys=True)[:200]}"
            )
    return problems


def dmcg_warnings(output: str) -> list[str]:
    """Warning lines datamodel-code-generator printed (Python's `file:line: XWarning: text`)."""
    found = []
    for line in output.splitlines():
        m = re.search(r"(\w*Warning): (.*)$", line)
        if m:
            found.append(f"{m.group(1)}: {m.group(2).strip()}")
        elif line.strip().lower().startswith(("warning", "error")):
            found.append(line.strip())
    return found


# --- Postman ---------------------------------------------------------------------------------------


def _walk(
    items: list[dict[str, Any]], inherited: dict[str, Any] | None
) -> list[tuple[dict[str, Any], dict[str, Any] | None]]:
    out = []
    for item in items:
        # A missing or null auth means "inherit auth from parent" in a Postman collection.
        auth = item.get("auth") or inherited
        if "item" in item:
            out.extend(_walk(item["item"], auth))
        elif "request" in item:
            out.append((item, item["request"].get("auth") or inherited))
    return out


def _request_key(request: dict[str, Any]) -> tuple[str, str]:
    url = request.get("url") or {}
    segments = url.get("path", []) if isinstance(url, dict) else []
    path = "/" + "/".join(re.sub(r"^:(.+)$", r"{\1}", s) for s in segments)
    return request.get("method", "").upper(), path


def _apikey_fields(auth: dict[str, Any]) -> dict[str, Any]:
    return {
        str(e.get("key")): e.get("value") for e in auth.get("apikey", []) if isinstance(e, dict)
    }


def _expected_auth(scheme: dict[str, Any]) -> str:
    kind = scheme.get("type")
    if kind == "http":
        return str(scheme.get("scheme", "")).lower()  # bearer, basic, digest
    if kind in ("oauth2", "openIdConnect"):
        return "oauth2"
    return "apikey"


def judge_postman(
    collection: dict[str, Any], spec: dict[str, Any]
) -> tuple[list[str], list[str], str]:
    """(problems blamed on the spec or converter, tool notes, figure) for one converted collection.

    Exactly one request per operation (matched on method and path); each operation's auth (its
    first security requirement, the one Postman can hold) on the request or inherited; the first
    server's URL, with its variables, in `baseUrl` and the collection variables.
    """
    problems: list[str] = []
    notes: list[str] = []
    schemes = (spec.get("components") or {}).get("securitySchemes") or {}
    ops = operations(spec)
    requests = _walk(collection.get("item", []), collection.get("auth"))
    by_key: dict[tuple[str, str], list[dict[str, Any] | None]] = {}
    for item, auth in requests:
        by_key.setdefault(_request_key(item["request"]), []).append(auth)
    for op in ops:
        key = (op.method.upper(), op.path)
        found = by_key.pop(key, [])
        label = f"{key[0]} {key[1]}"
        if len(found) != 1:
            problems.append(f"{label}: {len(found)} requests in the collection, expected 1")
            continue
        auth = found[0]
        if op.security is None:
            continue
        if op.security == [] or op.security == [{}]:
            if auth is not None and auth.get("type") != "noauth":
                notes.append(
                    f"security: [] came through as inherited auth ({auth.get('type')}) on {label}"
                )
            continue
        first = op.security[0]
        names = list(first)
        scheme = schemes.get(names[0], {})
        want = _expected_auth(scheme)
        if auth is None or auth.get("type") != want:
            problems.append(
                f"{label}: auth {names[0]} ({want}) did not come through, got {auth and auth.get('type')}"
            )
        elif want == "apikey":
            fields = _apikey_fields(auth)
            if fields.get("key") != scheme.get("name") or fields.get("in") != scheme.get("in"):
                problems.append(f"{label}: apikey {names[0]} came through as {fields}")
        if len(names) > 1:
            notes.append(
                f"several schemes required together on {label} ({', '.join(names)}): only {names[0]} came through"
            )
    for key, found in sorted(by_key.items()):
        problems.append(f"{key[0]} {key[1]}: {len(found)} request(s) for no operation")
    problems.extend(_judge_server(collection, spec))
    figure = f"{len(requests)} requests / {len(ops)} ops"
    return problems, _dedupe_notes(notes), figure


def _dedupe_notes(notes: list[str]) -> list[str]:
    # One line per kind of note with its count and first operation: the table stays readable.
    groups: dict[str, list[str]] = {}
    for note in notes:
        head = note.split(" on ")[0] if " on " in note else note
        groups.setdefault(head, []).append(note)
    out = []
    for head, members in groups.items():
        out.append(
            members[0] if len(members) == 1 else f"{members[0]} (and {len(members) - 1} more)"
        )
        del head
    return out


def _judge_server(collection: dict[str, Any], spec: dict[str, Any]) -> list[str]:
    servers = spec.get("servers") or []
    if not servers:
        return []
    server = servers[0]
    variables = {v.get("key"): v.get("value") for v in collection.get("variable", [])}
    want = re.sub(r"\{([^}]+)\}", r"{{\1}}", server["url"])
    problems = []
    if variables.get("baseUrl") != want:
        problems.append(f"server URL: baseUrl is {variables.get('baseUrl')!r}, expected {want!r}")
    for name, var in (server.get("variables") or {}).items():
        if variables.get(name) != var.get("default"):
            problems.append(
                f"server variable {name}: {variables.get(name)!r}, expected default {var.get('default')!r}"
            )
    return problems


# --- Swagger UI ---------------------------------------------------------------------------------


def judge_swagger(record: dict[str, Any], expected_operations: int) -> list[str]:
    """Problems in one page render: unrendered or unexpanded operations, error panel, console errors."""
    if not record.get("ok"):
        return [f"page did not render: {record.get('reason')}"]
    problems = []
    if record.get("operations") != expected_operations:
        problems.append(
            f"{record.get('operations')} operations rendered, expected {expected_operations}"
        )
    if record.get("expanded") != record.get("operations"):
        problems.append(
            f"{record.get('expanded')} of {record.get('operations')} operations expanded"
        )
    if record.get("errorPanel"):
        problems.append("error panel: " + " ".join(str(record["errorPanel"]).split())[:500])
    problems.extend(f"console: {e}" for e in record.get("consoleErrors", []))
    return problems
