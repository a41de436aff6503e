"""Deterministic YAML and atomic, all-or-nothing writes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from generator.emit import OutputError, to_yaml, write_tree
from tests.conftest import GENERATED, SPEC_FILES, load_spec


def test_yaml_has_no_aliases_even_for_shared_objects() -> None:
    shared = {"type": "string"}
    text = to_yaml({"a": shared, "b": shared})
    assert "&" not in text and "*" not in text
    assert yaml.safe_load(text) == {"a": shared, "b": shared}


def test_yaml_keeps_insertion_order_unicode_and_ends_with_one_newline() -> None:
    text = to_yaml({"z": 1, "a": "Aufträge für Kunden", "m": "two\nlines"})
    assert text.splitlines()[0] == "z: 1"
    assert "Aufträge für Kunden" in text
    assert text.endswith("\n") and not text.endswith("\n\n") and "\r" not in text
    assert yaml.safe_load(text)["m"] == "two\nlines"


def test_yaml_round_trips_awkward_strings() -> None:
    data = {"s": ["yes", "no", "1.0", "null", "", " lead", "trail ", "a: b", "#x", "two\nlines "]}
    assert yaml.safe_load(to_yaml(data)) == data


def test_line_ranges_are_written_on_one_line() -> None:
    assert "lines: [117, 216]" in to_yaml({"lines": [117, 216]})


def test_write_tree_replaces_named_entries_whole_and_leaves_others(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "stale.txt").write_text("old")
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "keep.txt").write_text("keep")
    write_tree(tmp_path, {"a/new.txt": b"new", "README.md": b"index"}, entries=["a", "README.md"])
    assert sorted(p.name for p in (tmp_path / "a").iterdir()) == ["new.txt"]
    assert (tmp_path / "b" / "keep.txt").read_text() == "keep"
    assert (tmp_path / "README.md").read_text() == "index"
    assert not list(tmp_path.parent.glob(".staging-*"))


def test_write_tree_refuses_files_outside_its_entries(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="not under one of the entries"):
        write_tree(tmp_path, {"other/x": b""}, entries=["a"])


def test_write_tree_failure_while_staging_changes_nothing(tmp_path: Path) -> None:
    target = tmp_path / "generated"
    (target / "a").mkdir(parents=True)
    (target / "a" / "spec.yaml").write_text("old")
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("x")
    # A file whose parent cannot be created (a path through a file) fails mid-staging.
    with pytest.raises(OutputError):
        write_tree(
            target, {"a/spec.yaml": b"new", "a/sub/x": b"1", "a/sub": b"file"}, entries=["a"]
        )
    assert (target / "a" / "spec.yaml").read_text() == "old"


def test_a_failed_undo_keeps_the_previous_entries_and_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """If putting ``a`` back fails as well, its old version survives, and the error says where.

    Two renames are made to fail (a real undo failure needs a broken disk): the third, moving
    ``b`` out, and the fourth, the first step of the undo.
    """
    import generator.emit as emit

    target = tmp_path / "generated"
    for entry in ("a", "b"):
        (target / entry).mkdir(parents=True)
        (target / entry / "x").write_text(f"old {entry}")
    real, calls = os.replace, []

    def replace(source: str, destination: str) -> None:
        calls.append(source)
        if len(calls) == 3:
            raise PermissionError(13, "Permission denied", str(source))
        if len(calls) == 4:
            raise OSError(5, "Input/output error", str(destination))
        real(source, destination)

    monkeypatch.setattr(emit.os, "replace", replace)
    with pytest.raises(OutputError) as caught:
        write_tree(target, {"a/x": b"new a", "b/x": b"new b"}, entries=["a", "b"])
    monkeypatch.undo()
    message = str(caught.value)
    assert message.startswith(f"{target / 'b'}: Permission denied; putting the previous outputs")
    assert f"so {target} is incomplete" in message
    kept = Path(message.rsplit("kept in ", 1)[1])
    assert (kept / "a" / "x").read_text() == "old a"
    assert (target / "a" / "x").read_text() == "new a"  # what could not be undone
    assert (target / "b" / "x").read_text() == "old b"


def test_interrupted_run_leaves_target_as_it_was(tmp_path: Path) -> None:
    """A process killed while staging its files leaves the target untouched."""
    target = tmp_path / "generated"
    (target / "a").mkdir(parents=True)
    (target / "a" / "spec.yaml").write_text("old")
    script = f"""
import os, signal
from pathlib import Path
import generator.emit as emit
real = Path.write_bytes
count = 0
def write_then_die(self, data):
    global count
    count += 1
    if count == 3:
        os.kill(os.getpid(), signal.SIGKILL)
    return real(self, data)
Path.write_bytes = write_then_die
emit.write_tree(Path({str(target)!r}), {{f"a/f{{i}}": b"new" for i in range(10)}}, entries=["a"])
"""
    result = subprocess.run([sys.executable, "-c", script], check=False)
    assert result.returncode == -9
    assert sorted(p.name for p in (target / "a").iterdir()) == ["spec.yaml"]
    assert (target / "a" / "spec.yaml").read_text() == "old"


TRICKY = {
    "strings": ["yes", "No", "123", "1.5", "0x1F", "null", "~", "", " lead", "trail ", "a: b"],
    "block": "two\nlines",
    "block with trailing space": "two \nlines",
    "cr": "a\r\nb",
    "numbers": [0, -7, 1.5, 1e17, 2.5e-8, float("inf")],
    "flags": [True, False, None],
    "types": ["string", "null"],
    "lines": [117, 216],
    "empty": [],
    "nothing": {},
    "unicode": "Änderung – 日本",
    "nested": [{"a": [1, "x"], "b": {"c": None}}],
}


@pytest.mark.parametrize(
    "name",
    [
        "tricky",
        # PyYAML's pure-Python emitter takes seconds on a whole spec: the slow tier
        *(pytest.param(f"{p.parent.name}/{p.name}", marks=pytest.mark.slow) for p in SPEC_FILES),
    ],
)
def test_fast_emitter_gives_the_bytes_of_pyyamls_own_pure_python_path(name: str) -> None:
    """libyaml and the direct node building must not change a byte of the golden record."""
    import generator.emit as emit

    class PureDumper(yaml.SafeDumper):
        def ignore_aliases(self, data: object) -> bool:
            return True

    PureDumper.add_representer(str, emit._str_representer)
    PureDumper.add_representer(list, emit._list_representer)
    document = TRICKY if name == "tricky" else load_spec(GENERATED / name)
    pure = yaml.dump(
        document, Dumper=PureDumper, sort_keys=False, allow_unicode=True,
        default_flow_style=False, width=100, indent=2,
    )  # fmt: skip
    assert to_yaml(document) == pure
