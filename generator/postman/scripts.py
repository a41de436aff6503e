"""The collection's pre-request script: plain JavaScript that Python assembles from the plan.

What it does, before every request:

1. where the request sends a token the API hands out (``{{accessToken}}``, ``{{logonToken}}``)
   and none is cached (or it has expired), it calls the token operation with ``pm.sendRequest``
   (the OAuth 2 password grant at the ``tokenUrl``; the ``x-logon`` operation) and keeps the
   token in a collection variable: the access token until ``expires_in`` runs out (a minute
   early), the logon token for the rest of the session;
2. a credential whose variable is empty is not sent at all (rather than as the text
   ``{{name}}``), so that a missing credential gets the server's 401.
"""

from __future__ import annotations

import json

from generator.postman.auth import ACCESS_TOKEN_EXPIRES, AuthPlan, Sent, TokenSource


def prerequest_script(plan: AuthPlan, *, title: str) -> list[str]:
    lines = [
        f"// {title}: fetches the tokens the requests send and drops credentials left empty.",
        "// Generated from the OpenAPI document (generator/postman/scripts.py): edit the spec, not this.",
        "const usesVariable = (name) => JSON.stringify(pm.request.toJSON()).includes('{{' + name + '}}');",
        "const valueOf = (name) => pm.variables.get(name) || pm.collectionVariables.get(name) || '';",
    ]
    for number, source in enumerate(plan.sources):
        lines += _fetch(source, number)
    lines += _strip(plan.credential_variables)
    chain = "dropEmptyCredentials();"
    for index in reversed(range(len(plan.sources))):
        chain = f"fetchToken{index}(() => {{ {chain} }});"
    lines.append(chain)
    return lines


def _fetch(source: TokenSource, number: int) -> list[str]:
    op = source.operation
    what = (
        "OAuth 2 password grant"
        if source.kind == "password"
        else f"logon (x-logon: `{source.token_field}`)"
    )
    cached = (
        f"valueOf({_js(source.variable)}) && Date.now() < Number(valueOf({_js(ACCESS_TOKEN_EXPIRES)}) || 0)"
        if source.kind == "password"
        else f"valueOf({_js(source.variable)})"
    )
    headers = [
        f"{{ key: {_js(s.name)}, value: {_value(s)} }}"
        for s in source.sends
        if s.location == "header"
    ]
    query = "".join(
        f" + {_js(('?' if i == 0 else '&') + s.name + '=')} + encodeURIComponent({_value(s)})"
        for i, s in enumerate(s for s in source.sends if s.location == "query")
    )
    url = f"pm.variables.replaceIn({_js('{{baseUrl}}' + op.path)}){query}"
    if source.kind == "password":
        fields = ", ".join(
            [
                "{ key: 'grant_type', value: 'password' }",
                *(f"{{ key: {_js(f)}, value: valueOf({_js(f)}) }}" for f in source.body_fields),
            ]
        )
        body = f"{{ mode: 'urlencoded', urlencoded: [{fields}] }}"
        keep = [
            f"      pm.collectionVariables.set({_js(source.variable)}, data[{_js(source.token_field)}]);",
            f"      pm.collectionVariables.set({_js(ACCESS_TOKEN_EXPIRES)}, String(Date.now() + (Number(data.expires_in || 3600) - 60) * 1000));",
        ]
    else:
        headers.append("{ key: 'Content-Type', value: 'application/json' }")
        fields = ", ".join(f"{_js(f)}: valueOf({_js(f)}) || undefined" for f in source.body_fields)
        body = f"{{ mode: 'raw', raw: JSON.stringify({{ {fields} }}) }}"
        keep = [
            f"      pm.collectionVariables.set({_js(source.variable)}, String(data[{_js(source.token_field)}]));"
        ]
    return [
        f"// {what}: {op.method} {op.path} ({op.operation_id}), kept in {{{{{source.variable}}}}}.",
        f"function fetchToken{number}(done) {{",
        f"  if (!usesVariable({_js(source.variable)}) || {cached}) return done();",
        "  pm.sendRequest({",
        f"    url: {url},",
        f"    method: {_js(op.method)},",
        f"    header: [{', '.join(headers)}],",
        f"    body: {body}",
        "  }, (error, response) => {",
        "    if (!error && response.code < 300) {",
        "      const data = response.json();",
        *keep,
        "    } else {",
        f"      console.warn({_js(op.operation_id + ' failed: ')} + (error || response.code));",
        "    }",
        "    done();",
        "  });",
        "}",
    ]


def _strip(variables: list[str]) -> list[str]:
    return [
        "// A credential whose variable is empty is not sent (the server answers 401), not sent as '{{name}}'.",
        f"const credentialVariables = {json.dumps(variables)};",
        "function dropEmptyCredentials() {",
        "  const empty = (text) => credentialVariables.some((name) => String(text || '').includes('{{' + name + '}}') && !valueOf(name));",
        "  pm.request.headers.filter((h) => !h.disabled && empty(h.value)).map((h) => h.key).forEach((key) => pm.request.headers.remove(key));",
        "  pm.request.url.query.filter((q) => !q.disabled && empty(q.value)).map((q) => q.key).forEach((key) => pm.request.url.query.remove(key));",
        "}",
    ]


def _value(sent: Sent) -> str:
    """The JavaScript expression of a credential's value (its template with the variable read)."""
    ref = "{{" + sent.variable + "}}"
    before, _, after = sent.value.partition(ref)
    return " + ".join(
        p
        for p in (
            _js(before) if before else "",
            f"valueOf({_js(sent.variable)})",
            _js(after) if after else "",
        )
        if p
    )


def _js(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)
