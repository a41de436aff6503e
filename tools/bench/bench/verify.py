"""`make bench`: ``python -m generator verify`` on a large synthetic HAR, in a fresh process.

The HAR repeats every Lagerkoll operation's documented exchange (one in ten drifted: a field of
the wrong type) up to the requested count. The figure is exchanges per second of the whole
command (start-up included); peak memory is the child's maximum resident set size.
"""

from __future__ import annotations

import copy
import json
import subprocess
import sys
import time
from pathlib import Path

from bench.table import Row

TARGET = 5_000  # exchanges per second
# the command in its own process, which reports its own peak resident set size (KiB) last
#: The peak is the process's own high-water mark (``VmHWM``, kB): ``ru_maxrss`` of a child
#: started by fork and exec also counts the parent's memory at the fork (the bench had grown to
#: 1.1 GB by then, which the verify process never used).
_RUN = (
    "import re, resource, sys; from pathlib import Path; from generator.cli import main; "
    "code = main(sys.argv[1:]); status = Path('/proc/self/status'); "
    "hwm = re.search(r'VmHWM:\\s+(\\d+)', status.read_text()) if status.exists() else None; "
    "peak = int(hwm.group(1)) if hwm else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss; "
    "print('maxrss', peak, file=sys.stderr); sys.exit(code)"
)


def write_har(path: Path, *, exchanges: int) -> None:
    from generator.conformance.command import load_vendor

    api = load_vendor("lagerkoll")
    base = "https://capi.lagerkoll.com/v1/projects"
    pairs = []
    for operation in api.operations:
        response = operation.documented_success
        if operation.method != "GET" or response is None or not response.content:
            continue
        found, body = response.content.media[0].example
        if not found:
            continue
        url = base + operation.path.replace("{project_id}", "8250").rstrip("/")
        pair = []
        for drift in (False, True):
            value = copy.deepcopy(body)
            if drift and isinstance(value, dict):
                value[next(iter(value))] = [1]
            pair.append(
                {
                    "request": {
                        "method": "GET",
                        "url": url,
                        "headers": [
                            {"name": "api_key", "value": "k"},
                            {"name": "store", "value": "s"},
                        ],
                    },
                    "response": {
                        "status": 200,
                        "headers": [],
                        "content": {"mimeType": "application/json", "text": json.dumps(value)},
                    },
                }
            )
        pairs.append(pair)
    with path.open("w") as out:
        out.write('{"log": {"version": "1.2", "creator": {"name": "bench"}, "entries": [\n')
        for index in range(exchanges):
            regular, drifted = pairs[index % len(pairs)]
            entry = drifted if index % 10 == 9 else regular
            out.write(("," if index else "") + json.dumps(entry) + "\n")
        out.write("]}}\n")


def measure(*, exchanges: int, folder: Path) -> list[Row]:
    har = folder / "bench.har"
    write_har(har, exchanges=exchanges)
    clock = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", _RUN, "verify", "lagerkoll", "--har", str(har),
         "--json", str(folder / "bench.json")],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    seconds = time.perf_counter() - clock
    peak = int(done.stderr.rsplit("maxrss ", 1)[-1].strip() or 0) if "maxrss" in done.stderr else 0
    if done.returncode not in (0, 1):
        return [Row("verify", f"verify {exchanges:,} exchanges", f"failed: {done.stderr[-200:]}")]
    rate = exchanges / seconds
    size = har.stat().st_size / 1e6
    return [
        Row(
            "verify",
            f"verify {exchanges:,} exchanges ({size:,.0f} MB HAR), exchanges/s",
            f"{rate:,.0f}/s",
            f"≥ {TARGET:,}/s",
            rate >= TARGET,
        ),
        Row("verify", "peak memory of the verify process", f"{peak / 1024:,.0f} MB"),
    ]
