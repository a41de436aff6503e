"""``python -m bench``: the benchmark table of `make bench` (run from tools/bench, cwd = repo).

``--smoke`` runs every section at its smallest size, once: it proves the benchmark works, its
figures mean nothing.
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import tempfile
from pathlib import Path

from bench import decode, peer, pipeline, scaling, swagger, verify
from bench.table import Row, render


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=3, help="runs per figure (median; default 3)")
    parser.add_argument("--vendor", action="append", help="only this vendor (repeatable)")
    parser.add_argument("--sizes", default="100,1000,5000", help="synthetic operation counts")
    parser.add_argument("--items", type=int, default=10_000, help="projects in the decoded list")
    parser.add_argument("--requests", type=int, default=200, help="requests per overhead run")
    parser.add_argument("--exchanges", type=int, default=100_000, help="exchanges in the HAR")
    parser.add_argument(
        "--swagger-vendor",
        default="lagerkoll",
        help="vendor whose 3.1 and 3.0.3 files Swagger UI renders (default lagerkoll)",
    )
    parser.add_argument(
        "--no-swagger", action="store_true", help="skip the Swagger UI render (a browser, ~1 min)"
    )
    parser.add_argument("--smoke", action="store_true", help="smallest sizes, one run")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.smoke:
        args.runs, args.sizes, args.items, args.requests = 1, "5,10", 20, 5
        args.exchanges = 200
        args.vendor = args.vendor or ["lagerkoll"]
    sizes = [int(size) for size in args.sizes.split(",")]
    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="bench-out-") as tmp:
        out = Path(tmp) / "generated"
        rows += pipeline.measure(args.vendor, runs=args.runs, out=out)
        specs = {path.parent.name: path for path in sorted(out.glob("*/openapi.yaml"))}
        rows += scaling.measure(sizes, runs=args.runs)
        one = "planiso" if "planiso" in specs else next(iter(specs))
        rows += peer.measure(specs, one=one, vendors=args.vendor, runs=args.runs)
        if "lagerkoll" in specs:
            client = out / "lagerkoll" / "client"
            rows += decode.decode_rows(specs["lagerkoll"], client, items=args.items, runs=args.runs)
            rows += decode.overhead_rows(
                specs["lagerkoll"], client, requests=args.requests, runs=args.runs
            )
        rows += verify.measure(exchanges=args.exchanges, folder=Path(tmp))
        if args.no_swagger:
            rows.append(Row(swagger.SECTION, "Swagger UI render", "skipped: --no-swagger"))
        else:
            rows += swagger.measure(specs, vendor=args.swagger_vendor, runs=args.runs)
    machine = f"{os.cpu_count()} cores, {platform.machine()}, Python {platform.python_version()}"
    header = f"make bench: median of {args.runs} run(s) per figure; {machine}"
    print(render(rows, header=header))
    return 0


if __name__ == "__main__":
    sys.exit(main())
