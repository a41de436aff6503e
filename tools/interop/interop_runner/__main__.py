"""`python -m interop_runner [ROOT]`: every check on every generated/*/openapi*.yaml, one table.

Independent checks run concurrently (a small pool: the machine has two cores and Chromium takes
one); the Swagger UI and Postman checks each take all specs in one node process.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

from . import checks
from .results import CHECK_ORDER, FAIL, Result, exit_code, render_table

SPEC_NAMES = ("openapi.yaml", "openapi-3.0.yaml")


def find_specs(root: Path) -> list[checks.Spec]:
    found = []
    for vendor in sorted(p for p in (root / "generated").iterdir() if p.is_dir()):
        for name in SPEC_NAMES:
            path = vendor / name
            if path.is_file():
                found.append(checks.Spec(f"{vendor.name}/{name}", path))
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="interop", description=__doc__)
    parser.add_argument("root", nargs="?", default=".", help="the checkout (default: .)")
    parser.add_argument("--jobs", type=int, default=max(2, (os.cpu_count() or 2)) + 1)
    parser.add_argument(
        "--check",
        action="append",
        choices=list(CHECK_ORDER),
        help="run only this check (repeatable; default: all)",
    )
    args = parser.parse_args(argv)
    wanted = set(args.check or CHECK_ORDER)
    root = Path(args.root).resolve()
    env = checks.Env(
        root=root,
        venv_bin=root / ".cache" / "interop-venv" / "bin",
        node_modules=root / ".cache" / "node" / "node_modules",
        out=root / ".cache" / "interop",
        chromium=os.environ.get("CHROMIUM", "/usr/bin/chromium"),
    )
    shutil.rmtree(env.out, ignore_errors=True)
    env.out.mkdir(parents=True)
    specs = find_specs(root)
    if not specs:
        print("no generated/*/openapi*.yaml to check", file=sys.stderr)
        return 1
    started = time.monotonic()
    results: list[Result] = []
    with ThreadPoolExecutor(max_workers=args.jobs) as pool:
        # The longest job first: Swagger UI renders every spec in one browser.
        batch: list[tuple[str, Future[list[Result]] | Future[Result]]] = [
            (name, pool.submit(fn, env, specs))
            for name, fn in (("swagger-ui", checks.swagger_ui), ("postman", checks.postman))
            if name in wanted
        ]
        single: list[tuple[str, Callable[[checks.Env, checks.Spec], Result]]] = [
            ("spec-validator", checks.spec_validator),
            ("spectral", checks.spectral),
            ("redocly", checks.redocly),
            ("openapi-python-client", checks.openapi_python_client),
            ("datamodel-codegen", checks.datamodel_codegen),
            ("openapi-generator", checks.openapi_generator),
        ]
        for spec in specs:
            for check, fn in single:
                if check not in wanted:
                    continue
                batch.append((f"{check}\0{spec.label}", pool.submit(fn, env, spec)))
        for name, future in batch:
            try:
                value = future.result()
            except Exception as exc:  # a crash of the runner or a tool timeout: a failure, shown
                check, _, label = name.partition("\0")
                targets = [label] if label else [s.label for s in specs]
                value = [
                    Result(t, check, FAIL, "runner error", (f"{type(exc).__name__}: {exc}",))
                    for t in targets
                ]
            results.extend(value if isinstance(value, list) else [value])
    elapsed = time.monotonic() - started
    table = render_table(results)
    footer = (
        f"{len(specs)} spec files, {elapsed:.0f} s ({elapsed / len(specs):.1f} s per spec file)\n"
    )
    (env.out / "results.txt").write_text(table + footer, encoding="utf-8")
    sys.stdout.write(table + footer)
    return exit_code(results)


if __name__ == "__main__":
    raise SystemExit(main())
