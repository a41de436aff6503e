"""``python -m generator``: regenerate specs, check that ``generated/`` is current, serve a mock.

python -m generator specs [--vendor NAME ...] [--out DIR] [--jobs N] [--documents DIR]
python -m generator check [--jobs N] [--documents DIR]
python -m generator sources [--vendor NAME ...] [--documents DIR] [--pin]
python -m generator client SPEC --out DIR [--name NAME]
python -m generator mock VENDOR [--port N] [--items N | --examples] [--fault SPEC ...]
python -m generator verify VENDOR --har FILE [--json OUT] [--markdown OUT]
python -m generator proxy VENDOR --upstream URL [--port N] [--record FILE.har] [--report OUT]
python -m generator new KEY --document FILE [--language CODE]
python -m generator coverage KEY [--documents DIR]

Each command imports what it needs when it runs: ``client`` forks its model worker before
anything heavy is loaded.
"""

from __future__ import annotations

import argparse
import filecmp
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from generator.emit import OutputError, write_file
from generator.paths import (
    DEFAULT_VENDOR_DOCS,
    GENERATED,
    revision_path,
    use_vendor_docs,
    vendor_docs,
)
from generator.problems import PipelineError, Problems

if TYPE_CHECKING:
    from generator.build_types import VendorBuild

EXIT_OK, EXIT_ERRORS, EXIT_USAGE = 0, 1, 2
_COLUMNS = ("vendor", "operations", "schemas", "examples", "inferred", "quirks", "seconds")


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    handler = {
        "specs": _cmd_specs,
        "check": _cmd_check,
        "sources": _cmd_sources,
        "client": _cmd_client,
        "mock": _cmd_mock,
        "verify": _cmd_verify,
        "proxy": _cmd_proxy,
        "new": _cmd_new,
        "coverage": _cmd_coverage,
    }[args.command]
    documents = getattr(args, "documents", None)
    if documents is not None:
        if not documents.is_dir():
            print(f"error: --documents {documents}: not a folder", file=sys.stderr)
            return EXIT_USAGE
        use_vendor_docs(documents)
    try:
        return handler(args)
    except KeyboardInterrupt:
        print("interrupted: generated/ was left as it was", file=sys.stderr)
        return 130


def _jobs(text: str) -> int:
    try:
        jobs = int(text)
    except ValueError:
        jobs = 0
    if jobs < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a positive whole number")
    return jobs


_JOBS_ARGS = ("-j", "--jobs")
_DOCUMENTS_OPTIONS: dict[str, Any] = {
    "type": Path,
    "metavar": "DIR",
    "help": "where the vendor documents are (default: $VENDOR_DOCS, else "
    f"{DEFAULT_VENDOR_DOCS.parent.parent.name}/{DEFAULT_VENDOR_DOCS.parent.name}/"
    f"{DEFAULT_VENDOR_DOCS.name} beside the project); they are optional: builds use the pins",
}
_JOBS_OPTIONS: dict[str, Any] = {
    "type": _jobs,
    "default": os.cpu_count() or 1,
    "metavar": "N",
    "help": "vendors built at once, each in its own process (default: the number of CPUs)",
}


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m generator", description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    specs = sub.add_parser("specs", help="check, build, validate and write every vendor's outputs")
    specs.add_argument(
        "--vendor", action="append", metavar="NAME", help="only this vendor (repeatable)"
    )
    specs.add_argument(
        "--out", type=Path, default=GENERATED, help="output folder (default: generated/)"
    )
    specs.add_argument(*_JOBS_ARGS, **_JOBS_OPTIONS)
    specs.add_argument("--documents", **_DOCUMENTS_OPTIONS)
    check = sub.add_parser(
        "check", help="regenerate into a temporary folder; fail if generated/ differs"
    )
    check.add_argument(*_JOBS_ARGS, **_JOBS_OPTIONS)
    check.add_argument("--documents", **_DOCUMENTS_OPTIONS)
    sources = sub.add_parser(
        "sources",
        help="compare each vendor document with its pin; list the cited lines a change touches",
        description="Compare each vendor document with the pin it was curated from "
        "(specs/<vendor>/document.pin.json). Exit 1 when a document differs from its pin.",
    )
    sources.add_argument(
        "--vendor", action="append", metavar="NAME", help="only this vendor (repeatable)"
    )
    sources.add_argument("--documents", **_DOCUMENTS_OPTIONS)
    sources.add_argument(
        "--pin",
        action="store_true",
        help="after re-reading a changed document: pin the text at hand (writes the pin files)",
    )
    client = sub.add_parser(
        "client",
        help="render the typed client of one emitted openapi.yaml (without regenerating the rest)",
    )
    client.add_argument(
        "spec", type=Path, metavar="SPEC", help="an openapi.yaml this toolkit emitted"
    )
    client.add_argument(
        "--out",
        type=Path,
        required=True,
        help="folder to write into; only the entries the client writes are replaced",
    )
    client.add_argument(
        "--name",
        help="the package is NAME_client (default: the folder of SPEC, e.g. planiso)",
    )
    mock = sub.add_parser("mock", help="serve a generated spec on 127.0.0.1")
    mock.add_argument("vendor", metavar="VENDOR")
    mock.add_argument(
        "--port", type=int, default=8000, help="port on 127.0.0.1 (default 8000; 0 picks one)"
    )
    mock.add_argument(
        "--spec", type=Path, help="serve this YAML file instead of generated/VENDOR/openapi.yaml"
    )
    data = mock.add_mutually_exclusive_group()
    data.add_argument(
        "--items",
        type=_item_count,
        default=10,
        metavar="N",
        help="items per declared collection in the mock's dataset, paged and changed by the "
        "writes (default 10)",
    )
    data.add_argument(
        "--examples",
        action="store_true",
        help="no dataset: every operation answers its documented example",
    )
    mock.add_argument(
        "--fault",
        action="append",
        default=[],
        metavar="SPEC",
        help="stage a fault: 'OPERATION:STATUS[:COUNT]', OPERATION a method and path template "
        "('GET /{project_id}') or an operationId, COUNT once (default), always or N; "
        "e.g. --fault 'GET /{project_id}:429:once' (repeatable)",
    )
    verify = sub.add_parser(
        "verify",
        help="check the exchanges of a HAR file against a vendor's spec",
        description="Check every exchange of a HAR 1.2 file against generated/VENDOR/openapi.yaml."
        " Exit 0 when every exchange conforms, 1 on any finding, 2 on bad input.",
    )
    verify.add_argument("vendor", metavar="VENDOR")
    verify.add_argument("--har", type=Path, required=True, metavar="FILE", help="a HAR 1.2 file")
    verify.add_argument("--json", type=Path, metavar="OUT", help="write the JSON report here")
    verify.add_argument("--markdown", type=Path, metavar="OUT", help="write the Markdown report")
    verify.add_argument("--spec", type=Path, help="check against this YAML file instead")
    proxy = sub.add_parser(
        "proxy",
        help="a validating proxy on 127.0.0.1 between a client and the vendor's API",
        description="Forward every request unchanged to --upstream, return its answer unchanged,"
        " print one line per finding; on SIGINT/SIGTERM write the report and the recorded HAR.",
    )
    proxy.add_argument("vendor", metavar="VENDOR")
    proxy.add_argument("--upstream", required=True, metavar="URL", help="the real API's base URL")
    proxy.add_argument(
        "--port", type=int, default=8080, help="port on 127.0.0.1 (default 8080; 0 picks one)"
    )
    proxy.add_argument("--record", type=Path, metavar="FILE.har", help="record the traffic")
    proxy.add_argument(
        "--report", type=Path, metavar="OUT", help="write the report (OUT.md: Markdown, else JSON)"
    )
    proxy.add_argument("--spec", type=Path, help="check against this YAML file instead")
    new = sub.add_parser(
        "new",
        help="start a vendor: specs/KEY/ with the document's pin, a skeleton and drafts",
        description="Create specs/KEY/ from a vendor document: its pin, a Vendor skeleton, an "
        "operation stub per printed request line and an Example per printed JSON value, each "
        "marked draft= (the build refuses drafts, one error each). Writes nothing if KEY exists.",
    )
    new.add_argument("key", metavar="KEY", help="the vendor's key: the package name specs/KEY/")
    new.add_argument(
        "--document", type=Path, required=True, metavar="FILE", help="the vendor document"
    )
    new.add_argument(
        "--language", default="en", metavar="CODE", help="the document's language (default en)"
    )
    coverage = sub.add_parser(
        "coverage",
        help="a curator's worklist: uncited stretches, drafts left, inferred elements",
        description="List, in document order, the stretches of the vendor's document no element "
        "cites (with their first words where the document is at hand), the drafts left and the "
        "elements marked inferred.",
    )
    coverage.add_argument("key", metavar="KEY", help="a vendor under specs/")
    coverage.add_argument("--documents", **_DOCUMENTS_OPTIONS)
    return parser


def _cmd_specs(args: argparse.Namespace) -> int:
    from generator.pipeline import fewer_collections, generate

    fewer_collections()
    started = time.perf_counter()
    problems = Problems()
    print(_row(_COLUMNS))
    try:
        builds = generate(
            args.vendor,
            out=args.out,
            on_vendor=_print_vendor,
            problems=problems,
            jobs=args.jobs,
        )
    except PipelineError as exc:
        _print_warnings(problems)
        print(f"\n{len(exc.problems)} error(s); nothing was written:", file=sys.stderr)
        for problem in exc.problems:
            print(f"  {problem}", file=sys.stderr)
        return EXIT_ERRORS
    except OutputError as exc:
        print(f"error: cannot write outputs: {exc}", file=sys.stderr)
        return EXIT_ERRORS
    _print_warnings(problems)
    if args.out.resolve() == GENERATED.resolve():
        try:
            _record_revisions(builds)
        except OutputError as exc:
            print(f"error: cannot record the spec revisions: {exc}", file=sys.stderr)
            return EXIT_ERRORS
    total = sum(b.stats.operations for b in builds)
    print(
        f"\n{len(builds)} vendor(s), {total} operations, written to {args.out} in {time.perf_counter() - started:.2f} s"
    )
    return EXIT_OK


def _record_revisions(builds: list[VendorBuild]) -> None:
    """Record the spec revision of each vendor of specs/ whose spec changed (its client's version
    was rendered from it), only where generated/ was written: the record numbers those specs."""
    for build in builds:
        path = revision_path(build.key)
        if build.revision is None or build.revision == build.recorded_revision:
            continue
        if not path.parent.is_dir():  # a vendor described outside specs/ keeps no record
            continue
        write_file(path, build.revision.to_json())
        number, version = build.revision.number, build.revision.client_version
        if build.recorded_revision is None:
            print(f"{build.key}: spec revision {number} recorded (client version {version})")
        else:
            was = build.recorded_revision.number
            print(f"{build.key}: the spec changed: revision {number} (was {was}), client {version}")


def _print_vendor(build: VendorBuild) -> None:
    s = build.stats
    print(
        _row(
            (
                build.key,
                s.operations,
                s.schemas,
                s.examples,
                s.inferred,
                s.quirks,
                f"{sum(s.seconds.values()):.2f}",
            )
        ),
        flush=True,
    )


def _print_warnings(problems: Problems) -> None:
    for problem in problems.items:
        if problem.level == "WARNING":
            print(f"  {problem}", file=sys.stderr)


def _row(cells: tuple[object, ...]) -> str:
    first, *rest = (str(c) for c in cells)
    return f"{first:<14}" + "".join(f"{c:>11}" for c in rest)


def _cmd_check(args: argparse.Namespace) -> int:
    from generator.pipeline import fewer_collections, generate

    fewer_collections()
    with tempfile.TemporaryDirectory(prefix="generated-check-") as tmp:
        fresh = Path(tmp) / "generated"
        try:
            generate(None, out=fresh, jobs=args.jobs)
        except PipelineError as exc:
            print(exc, file=sys.stderr)
            return EXIT_ERRORS
        stale = stale_files(GENERATED, fresh)
    if stale:
        print("generated/ is stale; these files differ from a fresh generation:", file=sys.stderr)
        for name in stale:
            print(f"  generated/{name}", file=sys.stderr)
        print("fix: run `make specs` and commit generated/", file=sys.stderr)
        return EXIT_ERRORS
    print("generated/ is up to date")
    return EXIT_OK


def stale_files(committed: Path, fresh: Path) -> list[str]:
    """Relative paths that differ, are missing or are extra between two trees."""
    differing: list[str] = []

    def walk(cmp: filecmp.dircmp[str], prefix: str) -> None:
        _, mismatch, errors = filecmp.cmpfiles(cmp.left, cmp.right, cmp.common_files, shallow=False)
        differing.extend(prefix + n for n in mismatch + errors)
        differing.extend(prefix + n + " (missing from generated/)" for n in cmp.right_only)
        differing.extend(
            prefix + n + " (not produced by a fresh run)"
            for n in cmp.left_only
            if not n.startswith(".")
        )
        for name, sub in sorted(cmp.subdirs.items()):
            walk(sub, f"{prefix}{name}/")

    if not committed.is_dir():
        return ["(generated/ does not exist)"]
    walk(filecmp.dircmp(str(committed), str(fresh), ignore=["__pycache__", ".pytest_cache"]), "")
    return sorted(differing)


def _cmd_sources(args: argparse.Namespace) -> int:
    from generator.source_command import SourcesError, run_sources

    try:
        return run_sources(args.vendor, pin=args.pin)
    except SourcesError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE


def _cmd_client(args: argparse.Namespace) -> int:
    from generator.clients.command import ClientCommandError, write_client

    started = time.perf_counter()
    try:
        written = write_client(args.spec, out=args.out, name=args.name)
    except ClientCommandError as exc:
        for warning in exc.warnings:
            print(f"warning: datamodel-code-generator: {warning}", file=sys.stderr)
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_ERRORS
    except OutputError as exc:
        print(f"error: cannot write the client: {exc}", file=sys.stderr)
        return EXIT_ERRORS
    for warning in written.warnings:
        print(f"warning: datamodel-code-generator: {warning}", file=sys.stderr)
    print(
        f"{written.package}: {written.operations} operations, {written.files} files, "
        f"written to {args.out} in {time.perf_counter() - started:.2f} s"
    )
    return EXIT_OK


def _cmd_new(args: argparse.Namespace) -> int:
    from generator.scaffold import ScaffoldError, new_vendor

    try:
        made = new_vendor(args.key, document=args.document, language=args.language)
    except ScaffoldError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except OutputError as exc:
        print(f"error: cannot write specs/{args.key}/: {exc}", file=sys.stderr)
        return EXIT_ERRORS
    draft = made.draft
    examples = sum(len(op.examples) for op in draft.operations)
    print(
        f"specs/{args.key}/: drafted {len(draft.operations)} operation(s) and {examples} "
        f"example(s) from {made.document} ({draft.line_count} lines), pinned in "
        f"specs/{args.key}/document.pin.json"
    )
    for op in draft.operations:
        print(f"  line {op.line:<6} {op.method} {op.path}  ({len(op.examples)} example(s))")
    if not made.document_at_hand:
        print(
            f"note: builds look for {made.document} in {vendor_docs()}: put it there (or set "
            "VENDOR_DOCS / --documents) so that they check the examples against it"
        )
    print(
        f"next: `python -m generator coverage {args.key}` lists what is left; "
        f"`python -m generator specs --vendor {args.key}` refuses the drafts, one error each"
    )
    return EXIT_OK


def _cmd_coverage(args: argparse.Namespace) -> int:
    from generator.worklist import WorklistError, worklist_lines

    try:
        lines = worklist_lines(args.key)
    except WorklistError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    for line in lines:
        print(line)
    return EXIT_OK


def _cmd_mock(args: argparse.Namespace) -> int:
    from generator.mock import serve

    return int(
        serve(
            args.vendor,
            port=args.port,
            spec_path=args.spec,
            items=None if args.examples else args.items,
            faults=args.fault,
        )
    )


def _item_count(text: str) -> int:
    """``--items``: a whole number of items, 0 or more (argparse reports the error)."""
    if not text.strip().isdigit():
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of items (0 or more)")
    return int(text)


def _cmd_verify(args: argparse.Namespace) -> int:
    from generator.conformance import ConformanceError, HarError, verify

    try:
        code, _ = verify(
            args.vendor,
            args.har,
            json_out=args.json,
            markdown_out=args.markdown,
            spec_path=args.spec,
        )
    except (ConformanceError, HarError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    return code


def _cmd_proxy(args: argparse.Namespace) -> int:
    from generator.conformance import ConformanceError, run_proxy

    try:
        return run_proxy(
            args.vendor,
            upstream=args.upstream,
            port=args.port,
            record=args.record,
            report=args.report,
            spec_path=args.spec,
        )
    except ConformanceError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE


if __name__ == "__main__":
    sys.exit(main())
