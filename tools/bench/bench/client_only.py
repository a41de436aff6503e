"""``python -m bench.client_only SPEC OUT``: our client of one spec, alone, in a fresh process.

What openapi-python-client does for one YAML file: read it, render the package, write it.
"""

from __future__ import annotations

import sys
from pathlib import Path

from generator.clients import render_client_files
from generator.emit import load_yaml


def main(spec_path: str, out: str) -> None:
    text = Path(spec_path).read_text(encoding="utf-8")
    key = Path(spec_path).parent.name
    files = render_client_files(key, spec=load_yaml(text))
    for name, content in files.items():
        target = Path(out) / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(content, encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
