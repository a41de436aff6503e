"""The Jinja environment of the docs and the escaping filters of each output format.

Filters only escape (Markdown table cells, HTML with inline code): what is printed is decided by
the view objects.
"""

from __future__ import annotations

import functools
import re
from typing import Any

import jinja2
from markupsafe import Markup, escape

from generator.paths import TEMPLATES
from generator.template_cache import bytecode_cache

_CODE_SPAN = re.compile(r"(`+)(.+?)\1", re.DOTALL)


def _outside_code(text: str, replace: Any) -> str:
    """Apply ``replace`` to the parts of ``text`` that are not Markdown code spans."""
    out: list[str] = []
    position = 0
    for match in _CODE_SPAN.finditer(text):
        out.append(replace(text[position : match.start()]))
        out.append(match.group(0))
        position = match.end()
    out.append(replace(text[position:]))
    return "".join(out)


def md_text(text: str) -> str:
    """Prose for Markdown: angle brackets outside code would be read as HTML tags."""
    return _outside_code(str(text), lambda s: s.replace("<", "&lt;").replace(">", "&gt;"))


def md_cell(text: str) -> str:
    """One table cell: a single line, ``|`` escaped (also inside code spans, as GFM wants)."""
    return " ".join(md_text(str(text)).split()).replace("|", "\\|")


def md_code(text: str) -> str:
    """``text`` as an inline code span whose backtick fence cannot clash."""
    text = str(text)
    ticks = "`" * (max((len(m) for m in re.findall(r"`+", text)), default=0) + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{ticks}{pad}{text}{pad}{ticks}"


def html_inline(text: str) -> Markup:
    """Escaped text with Markdown code spans as ``<code>``."""
    out: list[str] = []
    position = 0
    text = str(text)
    for match in _CODE_SPAN.finditer(text):
        out.append(str(escape(text[position : match.start()])))
        out.append(f"<code>{escape(match.group(2))}</code>")
        position = match.end()
    out.append(str(escape(text[position:])))
    return Markup("".join(out))


def html_paragraphs(text: str) -> Markup:
    """Paragraphs (blank-line separated) as ``<p>``; runs of ``- `` lines as a list."""
    parts: list[str] = []
    for paragraph in re.split(r"\n\s*\n", str(text).strip()):
        lines = [line.strip() for line in paragraph.splitlines() if line.strip()]
        if not lines:
            continue
        if all(line.startswith("- ") for line in lines):
            items = "".join(f"<li>{html_inline(line[2:])}</li>" for line in lines)
            parts.append(f"<ul>{items}</ul>")
        else:
            parts.append(f"<p>{html_inline(' '.join(lines))}</p>")
    return Markup("\n".join(parts))


@functools.cache
def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES / "docs")),
        autoescape=jinja2.select_autoescape(
            enabled_extensions=("html.j2",), default_for_string=False
        ),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
        bytecode_cache=bytecode_cache(),
    )
    env.filters.update(
        md=md_text, cell=md_cell, code=md_code, inline=html_inline, paras=html_paragraphs
    )
    return env


def render(template: str, **context: Any) -> bytes:
    """A template rendered to UTF-8: LF, one final newline, no runs of blank lines outside
    code blocks (optional sections leave them behind), code blocks kept verbatim."""
    text = environment().get_template(template).render(**context)
    out: list[str] = []
    verbatim = False
    for line in text.split("\n"):
        stripped = line.strip()
        opens = stripped.startswith("```") or "<pre" in line
        closes = stripped.startswith("```") or "</pre>" in line
        if verbatim:
            out.append(line)
            verbatim = not closes
            continue
        line = line.rstrip()
        if line or (out and out[-1]):
            out.append(line)
        verbatim = opens and not ("<pre" in line and "</pre>" in line)
    while out and not out[-1]:
        out.pop()
    return ("\n".join(out) + "\n").encode()
