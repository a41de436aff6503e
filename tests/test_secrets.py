"""No secret the test suite uses ends up in a generated file; the documents' own example
credentials appear only as cited, verbatim example values (placeholders, not ours)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from generator.load import vendor_keys
from generator.paths import vendor_docs
from tests.conftest import GENERATED, ROOT, SPEC_FILES, load_spec

#: Credential keyword arguments and SECRET-like constants in the tests, with a literal value.
_SECRET_LITERAL = re.compile(
    r"\b(?:[A-Z_]*SECRET[A-Z_]*|api_key|api_token|password|token|user_token|bearer_auth|"
    r"bearer_token|app_key|assertion)\s*[=:]\s*\"([^\"]{6,})\""
)
#: Credentials printed in the vendor documents' examples (not secrets: the vendors' placeholders).
DOCUMENT_CREDENTIALS = {
    "planningpme.pt.txt": [
        "e991573da5ffd4sab9b1e26bc6b64aac",
        "KTuZYDLG2qjUMqMVXDuiP9giFbqDXstESvpUWzBFLpkfdlMiB3PD5s2K7En",
    ],
}


def suite_secrets() -> list[str]:
    """Every secret literal the test suite passes to a client or server."""
    found: set[str] = set()
    for path in sorted((ROOT / "tests").glob("*.py")):
        found.update(_SECRET_LITERAL.findall(path.read_text(encoding="utf-8")))
    return sorted(found)


def generated_text_files() -> Iterator[Path]:
    for path in sorted(GENERATED.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            yield path


def test_the_suite_uses_secrets_worth_scanning_for() -> None:
    assert len(suite_secrets()) >= 2, suite_secrets()


def test_no_test_secret_in_any_generated_file() -> None:
    secrets = suite_secrets()
    scanned = 0
    for path in generated_text_files():
        text = path.read_text(encoding="utf-8", errors="replace")
        leaked = [s for s in secrets if s in text]
        assert not leaked, f"{path.relative_to(ROOT)} contains test secret(s) {leaked}"
        scanned += 1
    vendors = len(vendor_keys())
    assert scanned >= vendors * 4, "expected specs, clients and docs for every vendor"


def _strings_with_paths(
    node: Any, path: tuple[Any, ...] = ()
) -> Iterator[tuple[tuple[Any, ...], str]]:
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _strings_with_paths(value, (*path, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _strings_with_paths(value, (*path, index))
    elif isinstance(node, str):
        yield path, node


def _get(node: Any, path: tuple[Any, ...]) -> Any:
    for part in path:
        node = node[part]
    return node


@pytest.mark.document_text
def test_document_credentials_appear_only_as_cited_example_values() -> None:
    checked = 0
    for spec_file in SPEC_FILES:
        spec = load_spec(spec_file)
        document = spec["info"]["x-origin"]["document"]
        lines = (vendor_docs() / document).read_text(encoding="utf-8").split("\n")
        for path, text in _strings_with_paths(spec):
            for credential in DOCUMENT_CREDENTIALS.get(document, []):
                if credential not in text:
                    continue
                assert "examples" in path and "value" in path, (
                    f"{spec_file.name} {path}: not an example"
                )
                example = _get(spec, path[: path.index("value")])
                start, end = example["x-source"]["lines"]
                assert credential in "\n".join(lines[start - 1 : end]), f"{path}: not verbatim"
                checked += 1
    assert checked >= 2  # the 3.1 and 3.0.3 copies of PlanningPME's token example
