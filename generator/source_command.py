"""``python -m generator sources``: each vendor document against its pin, and re-pinning.

The cited ranges come from the committed spec (``generated/<vendor>/openapi.yaml``): it is what
the pin was curated into, so its line numbers are the old ones a change is measured against.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from generator.emit import OutputError, load_yaml, write_file
from generator.load import load_vendor, read_document, read_pin, vendor_keys
from generator.paths import GENERATED, ROOT, pin_path, vendor_docs
from generator.pins import PinError, make_pin, pin_to_json
from generator.pipeline import SPEC_31
from generator.problems import Problems
from generator.sources import SourceReport, citations_of, compare, report_lines

EXIT_OK, EXIT_CHANGED = 0, 1


class SourcesError(Exception):
    """Bad input to the command (unknown vendor, broken pin or spec): one line, exit 2."""


def run_sources(keys: list[str] | None, *, pin: bool = False) -> int:
    known = vendor_keys()
    unknown = sorted(set(keys or []) - set(known))
    if unknown:
        raise SourcesError(f"no such vendor: {', '.join(unknown)}; known: {', '.join(known)}")
    chosen = keys or known
    if pin:
        return _pin(chosen)
    reports = [_report(key) for key in chosen]
    for report in reports:
        for line in report_lines(report):
            print(line)
    counts = {s: sum(1 for r in reports if r.status == s) for s in ("matches", "changed")}
    missing = len(reports) - counts["matches"] - counts["changed"]
    print(
        f"\n{counts['matches']} match their pins, {counts['changed']} changed, "
        f"{missing} not found (documents looked for in {vendor_docs()})"
    )
    if missing:
        print(
            "  the documents are optional: builds use the pins; set --documents DIR or VENDOR_DOCS"
        )
    if counts["changed"]:
        print(
            "  after re-reading what changed and updating the descriptions: "
            "`python -m generator sources --pin --vendor NAME`, then `make specs`"
        )
    return EXIT_CHANGED if counts["changed"] else EXIT_OK


def _report(key: str) -> SourceReport:
    try:
        pinned = read_pin(key)
    except PinError as exc:
        raise SourcesError(str(exc)) from None
    data = read_document(pinned.document)
    spec_path = GENERATED / key / SPEC_31
    citations = []
    if data is not None and not pinned.matches(data):
        citations = citations_of(_read_spec(spec_path), document=pinned.document)
    return compare(key, pinned, data, citations=citations, where=str(vendor_docs()))


def _read_spec(path: Path) -> dict[str, object]:
    shown = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
    try:
        spec = load_yaml(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise SourcesError(f"{shown}: cannot be read ({exc.strerror}); run `make specs`") from None
    except yaml.YAMLError as exc:
        raise SourcesError(f"{shown}: not YAML: {str(exc).splitlines()[0]}") from None
    if not isinstance(spec, dict):
        raise SourcesError(f"{shown}: not an OpenAPI document")
    return spec


def _pin(keys: list[str]) -> int:
    """Pin the document each vendor cites (its description says which) as it is at hand."""
    for key in keys:
        problems = Problems()
        vendor = load_vendor(key, problems=problems)
        if vendor is None:
            raise SourcesError("; ".join(str(p) for p in problems.errors))
        document = vendor.document
        data = read_document(document)
        if data is None:
            raise SourcesError(f"{key}: {document} not found in {vendor_docs()}: nothing to pin")
        try:
            write_file(pin_path(key), pin_to_json(make_pin(document, data)).encode())
        except OutputError as exc:
            raise SourcesError(str(exc)) from None
        target = pin_path(key)
        shown = target.relative_to(ROOT) if target.is_relative_to(ROOT) else target
        print(f"{key}: pinned {document} in {shown}")
    return EXIT_OK
