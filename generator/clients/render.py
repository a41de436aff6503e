"""The Jinja environment of the client templates (``templates/client/``)."""

from __future__ import annotations

import json
from functools import cache

import jinja2

from generator.paths import TEMPLATES
from generator.template_cache import bytecode_cache


@cache
def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES / "client"),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        bytecode_cache=bytecode_cache(),
    )
    env.filters["py"] = repr
    env.filters["json"] = lambda value: json.dumps(value, ensure_ascii=False)
    return env


def render(template: str, **context: object) -> str:
    return environment().get_template(template).render(**context)
