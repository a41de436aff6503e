"""specs → check → build → emit YAML → validate → render views → write, for one or all vendors.

Everything is computed in memory first; only when no vendor has an error is anything written
(atomically, by ``emit.write_tree``). Views (clients, docs, the index) read the emitted YAML, never
the Python description.
"""

from __future__ import annotations

import functools
import gc
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from generator.build import build_document
from generator.build_types import IndexRenderer, VendorBuild, VendorRenderer, VendorStats
from generator.check import check_schema_lines, check_vendor
from generator.describe import Vendor
from generator.downgrade import downgrade_document
from generator.emit import plain_copy, to_yaml, write_tree
from generator.load import (
    load_vendor,
    load_vendor_file,
    pin_beside,
    pin_of_document,
    read_document,
    read_emitted_spec,
    read_pin,
    vendor_keys,
)
from generator.paths import SPECS
from generator.pins import Pin, PinError, split_lines
from generator.problems import PipelineError, Problems
from generator.revisions import read_revision, revision_for
from generator.schemas import build_components
from generator.verbatim import check_examples_against_document
from generator.views import INDEX_RENDERERS, VENDOR_RENDERERS
from generator.workers import map_unordered

SPEC_31 = "openapi.yaml"
SPEC_30 = "openapi-3.0.yaml"
INDEX = "README.md"


def _renderers() -> tuple[list[tuple[str, VendorRenderer]], list[IndexRenderer]]:
    """The views rendered from each emitted spec, by stage name, and the cross-vendor index."""
    return VENDOR_RENDERERS, INDEX_RENDERERS


def fewer_collections() -> None:
    """Set the cyclic garbage collector for a generation run (the CLI does, before it starts).

    A run builds many small objects that form no cycles; at the default threshold (700) the
    collector walked them over and over, the more often the bigger the heap: ~10 % of a run of
    the five vendors, and a cost per operation growing with the number of operations (as mypy
    found for itself). Memory is freed by reference counting all the same.
    """
    gc.set_threshold(200_000, 50, 100)


def build_vendor(
    vendor: Vendor, *, problems: Problems, pin: Pin | None = None
) -> VendorBuild | None:
    """Check, build, emit and validate one vendor; None when it has errors.

    ``pin`` is the pin of the vendor's document; by default the one committed in ``specs/``.
    """
    stats = VendorStats()
    clock = time.perf_counter()
    own = Problems()
    if pin is None:
        pin = pin_of_document(vendor.document, key=vendor.key, problems=own)
    if pin is None:
        problems.extend(own)
        return None
    # Everything is built from the pin, never from the document: a clone without the documents
    # generates the same bytes. The document, where present, is only compared with its pin.
    document_lines = pin.line_count
    check_vendor(vendor, document_lines=document_lines, problems=own)
    _compare_with_document(vendor, pin, problems=own)
    components = build_components(vendor, problems=own)
    check_schema_lines(components.named, vendor=vendor, document_lines=document_lines, problems=own)
    if own:
        problems.extend(own)
        return None
    document = build_document(vendor, components=components)
    stats.seconds["build"] = time.perf_counter() - clock

    clock = time.perf_counter()
    text_31 = to_yaml(document)
    downgraded = downgrade_document(document)
    text_30 = to_yaml(downgraded)
    stats.seconds["emit"] = time.perf_counter() - clock

    clock = time.perf_counter()
    from generator.validate import validate_document

    # The views read what the YAML says. Re-parsing it would cost more than building it; a JSON
    # copy is the same tree (tests/test_generated.py proves the round trip for every vendor).
    spec, spec_30 = plain_copy(document), plain_copy(downgraded)
    stats.examples = validate_document(spec, label=f"{vendor.key} {SPEC_31}", problems=own)
    if not own:  # the 3.0.3 copy is derived: its errors would only repeat those of 3.1
        validate_document(spec_30, label=f"{vendor.key} {SPEC_30}", problems=own)
    stats.seconds["validate"] = time.perf_counter() - clock
    problems.extend(own)
    if own:
        return None
    _count(spec, stats)
    recorded = read_revision(vendor.key, problems=problems)
    files = {
        f"{vendor.key}/{SPEC_31}": text_31.encode(),
        f"{vendor.key}/{SPEC_30}": text_30.encode(),
    }
    return VendorBuild(
        key=vendor.key,
        spec=spec,
        spec_30=spec_30,
        files=files,
        stats=stats,
        pin=pin,
        revision=revision_for(recorded, files[f"{vendor.key}/{SPEC_31}"]),
        recorded_revision=recorded,
    )


def _compare_with_document(vendor: Vendor, pin: Pin, *, problems: Problems) -> None:
    """Where the document is at hand: it matches its pin, and every example is what its cited
    lines print (``verbatim.py``). A changed document is only a warning: the build uses the pin,
    and the cited lines are the pinned ones."""
    data = read_document(vendor.document)
    if data is None:
        return
    if not pin.matches(data):
        problems.warning(
            vendor.key,
            f"{vendor.document} differs from the pinned text it was curated from: "
            "`python -m generator sources` lists the cited lines it touches "
            "(the examples were not compared with it)",
        )
        return
    text = split_lines(data.decode("utf-8"))
    check_examples_against_document(vendor, text, problems=problems)


def _count(spec: dict[str, Any], stats: VendorStats) -> None:
    from generator.validate import operations

    stats.operations = sum(1 for _ in operations(spec))
    stats.schemas = len(spec.get("components", {}).get("schemas", {}))
    stats.inferred = _count_key(spec, "x-inferred")
    stats.quirks = sum(len(q) for q in _values_of(spec, "x-quirks"))


def _values_of(node: Any, key: str) -> list[Any]:
    found: list[Any] = []
    if isinstance(node, dict):
        for k, v in node.items():
            if k == key:
                found.append(v)
            else:
                found.extend(_values_of(v, key))
    elif isinstance(node, list):
        for item in node:
            found.extend(_values_of(item, key))
    return found


def _count_key(node: Any, key: str) -> int:
    return len(_values_of(node, key))


def build_and_render(
    vendor: Vendor, *, pin: Pin | None = None
) -> tuple[VendorBuild | None, Problems]:
    """One vendor's whole build (specs and views) with the problems it found."""
    problems = Problems()
    clock = time.perf_counter()
    build = build_vendor(vendor, problems=problems, pin=pin)
    if build is not None:
        build.stats.seconds["load+check"] = (
            time.perf_counter() - clock - sum(build.stats.seconds.values())
        )
        render_views(build, problems=problems)
    return build, problems


def _load_and_build(
    item: tuple[int, str | Path], *, pins: tuple[Pin, ...] = ()
) -> tuple[int, VendorBuild | None, Problems]:
    """Load one vendor (a key under specs/, a description file or a package folder) and build
    it; in a worker. A package outside specs/ is built from the pin beside it; ``pins`` are the
    pins of documents that no folder of specs/ pins (test vendors)."""
    position, source = item
    problems = Problems()
    clock = time.perf_counter()
    pin: Pin | None = None
    if isinstance(source, Path):
        vendor = load_vendor_file(source, problems=problems)
        if vendor is not None and source.is_dir():
            pin = pin_beside(source, key=vendor.key, problems=problems)
            if pin is None:
                return position, None, problems
    else:
        vendor = load_vendor(source, problems=problems)
    if vendor is None:
        return position, None, problems
    pin = pin or next((p for p in pins if p.document == vendor.document), None)
    loading = time.perf_counter() - clock
    build, own = build_and_render(vendor, pin=pin)
    problems.extend(own)
    if build is not None:
        build.stats.seconds["load+check"] += loading
    return position, build, problems


def _description_size(source: str | Path) -> int:
    """Bytes of a vendor's description: how long it will take to build, roughly."""
    if isinstance(source, str):
        source = SPECS / source
    files = list(source.glob("*.py")) if source.is_dir() else [source]
    return sum(f.stat().st_size for f in files if f.is_file())


def render_views(build: VendorBuild, *, problems: Problems) -> None:
    vendor_renderers, _ = _renderers()
    for stage, renderer in vendor_renderers:
        clock = time.perf_counter()
        try:
            build.files.update(renderer(build))
        except Exception as exc:  # a renderer bug must name the vendor and stage, not crash
            problems.error(f"{build.key} {stage}", f"{type(exc).__name__}: {exc}")
        build.stats.seconds[stage] = time.perf_counter() - clock


def generate(
    keys: list[str] | None = None,
    *,
    out: Path,
    vendor_files: list[Path] | None = None,
    pins: Sequence[Pin] = (),
    on_vendor: Callable[[VendorBuild], None] | None = None,
    problems: Problems | None = None,
    jobs: int = 1,
) -> list[VendorBuild]:
    """Generate the named vendors (all when None) into ``out``; raise PipelineError on errors.

    ``vendor_files`` are vendors outside specs/: one-file descriptions or package folders (a
    package is built from the pin beside it); ``pins`` pin the documents such vendors cite that
    no folder of specs/ pins. With every vendor, the cross-vendor index ``README.md`` is
    rendered too. Warnings are left in ``problems`` for the caller to show. ``jobs`` > 1 builds
    vendors in that many forked worker processes; ``on_vendor`` is then called in the order
    they finish.
    """
    problems = problems if problems is not None else Problems()
    all_vendors = keys is None and not vendor_files
    sources: list[str | Path] = [
        *(keys if keys is not None else ([] if vendor_files else vendor_keys())),
        *(vendor_files or []),
    ]
    # Largest description first, so that the workers finish at about the same time.
    largest_first = sorted(enumerate(sources), key=lambda item: -_description_size(item[1]))
    results: dict[int, tuple[VendorBuild | None, Problems]] = {}
    load_and_build = functools.partial(_load_and_build, pins=tuple(pins))
    for position, build, own in map_unordered(load_and_build, largest_first, jobs=jobs):
        results[position] = (build, own)
        if build is not None and on_vendor is not None:
            on_vendor(build)
    builds: list[VendorBuild] = []
    for position in sorted(results):  # vendor order, whatever order the workers finished in
        build, own = results[position]
        problems.extend(own)
        if build is not None:
            builds.append(build)
    if problems:
        raise PipelineError(sorted(problems.errors))
    files: dict[str, bytes] = {}
    entries = [b.key for b in builds]
    for build in builds:
        files.update(build.files)
    indexed = builds if all_vendors else _index_of_some(builds, keys, out=out, problems=problems)
    if indexed is not None:
        _, index_renderers = _renderers()
        for renderer in index_renderers:
            files.update(renderer(indexed))
        entries.append(INDEX)
    write_tree(out, files, entries=entries)
    return builds


def _index_of_some(
    builds: list[VendorBuild], keys: list[str] | None, *, out: Path, problems: Problems
) -> list[VendorBuild] | None:
    """The vendors the index lists after a run of some of them (``--vendor``) into a folder
    that has an index: those just built, and every other vendor of specs/ as its spec in that
    folder says. None (the index is left alone) for a folder without one, or a run of
    description files."""
    if keys is None or not (out / INDEX).is_file():
        return None
    from generator.validate import example_sites

    built = {b.key for b in builds}
    indexed = list(builds)
    for key in vendor_keys():
        if key in built:
            continue
        spec = read_emitted_spec(out / key / SPEC_31)
        if spec is None:
            problems.warning(key, f"not in {INDEX}: {out / key / SPEC_31} is missing")
            continue
        try:
            pin = read_pin(key)
        except PinError as exc:
            problems.warning(key, f"not in {INDEX}: {exc}")
            continue
        stats = VendorStats()
        _count(spec, stats)
        stats.examples = sum(1 for _ in example_sites(spec, label=key))
        indexed.append(VendorBuild(key=key, spec=spec, spec_30={}, files={}, stats=stats, pin=pin))
    return indexed
