"""The only module that writes to disk: deterministic YAML and atomic replacement of outputs.

A run stages every file it produces in a temporary folder beside the target, then swaps each
top-level entry (a vendor folder, ``README.md``) into place with ``os.replace`` while SIGINT and
SIGTERM are held back. A run that fails or is interrupted before that swap leaves the target
exactly as it was, and so does a rename that fails during it (a read-only vendor folder): the
renames before it are undone. An exclusive lock keeps two runs from interleaving.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import shutil
import signal
import tempfile
from collections.abc import Iterator, Mapping
from pathlib import Path, PurePosixPath
from typing import Any

import yaml

# libyaml's emitter when PyYAML was built with it: the same bytes (tested), several times faster.
_BaseDumper: type[yaml.SafeDumper] = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


class _Dumper(_BaseDumper):  # type: ignore[valid-type,misc]
    """Block style, no anchors or aliases, insertion order, readable Unicode.

    A JSON-like tree is turned into nodes directly, without PyYAML's generic path (alias
    bookkeeping, a representer looked up per value): a tenth of the emitting time. The nodes are
    those the generic path makes, so the bytes are too (tests/test_emit.py compares both on every
    spec).
    """

    def ignore_aliases(self, data: Any) -> bool:
        return True

    def represent_data(self, data: Any) -> yaml.Node:
        kind = type(data)
        if kind is str:
            return yaml.ScalarNode(_STR, data, style=_str_style(data))
        if kind is dict:
            pairs = [(self.represent_data(k), self.represent_data(v)) for k, v in data.items()]
            return yaml.MappingNode(_MAP, pairs, flow_style=False)
        if kind is list:
            items = [self.represent_data(item) for item in data]
            return yaml.SequenceNode(_SEQ, items, flow_style=_flow_style(data))
        if kind is bool:
            return yaml.ScalarNode(_BOOL, "true" if data else "false")
        if kind is int:
            return yaml.ScalarNode(_INT, str(data))
        if data is None:
            return yaml.ScalarNode(_NULL, "null")
        node: yaml.Node = super().represent_data(data)  # floats, anything unusual: PyYAML's way
        return node


_STR, _MAP, _SEQ = "tag:yaml.org,2002:str", "tag:yaml.org,2002:map", "tag:yaml.org,2002:seq"
_BOOL, _INT, _NULL = "tag:yaml.org,2002:bool", "tag:yaml.org,2002:int", "tag:yaml.org,2002:null"


def _str_style(value: str) -> str | None:
    return "|" if "\n" in value and not _has_trailing_space(value) else None


def _str_representer(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    return dumper.represent_scalar(_STR, value, style=_str_style(value))


def _has_trailing_space(value: str) -> bool:
    # Block scalars cannot carry trailing spaces or tabs faithfully: quote those strings.
    return any(line != line.rstrip(" \t") for line in value.split("\n")) or "\r" in value


def _flow_style(value: list[Any]) -> bool:
    # Line ranges and type arrays read best on one line: `lines: [117, 216]`.
    return bool(value) and all(
        (isinstance(v, int) and not isinstance(v, bool))
        or (isinstance(v, str) and v in _JSON_TYPES)
        for v in value
    )


def _list_representer(dumper: yaml.SafeDumper, value: list[Any]) -> yaml.SequenceNode:
    return dumper.represent_sequence(_SEQ, value, flow_style=_flow_style(value))


_JSON_TYPES = frozenset({"string", "integer", "number", "boolean", "object", "array", "null"})
_Dumper.add_representer(str, _str_representer)
_Dumper.add_representer(list, _list_representer)


def to_yaml(document: Any) -> str:
    """Deterministic YAML text: LF line ends and one final newline."""
    text = yaml.dump(
        document,
        Dumper=_Dumper,
        sort_keys=False,
        allow_unicode=True,
        default_flow_style=False,
        width=100,
        indent=2,
    )
    return text if text.endswith("\n") else text + "\n"


def plain_copy(document: Any) -> Any:
    """A deep copy of a JSON-like tree, as the emitted YAML reads back (key order kept)."""
    return json.loads(json.dumps(document, ensure_ascii=False))


def load_yaml(text: str) -> Any:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load(text, Loader=loader)


class OutputError(Exception):
    """The target cannot be written (read-only, not a folder, …): names the path."""


@contextlib.contextmanager
def _exclusive(target: Path) -> Iterator[None]:
    lock_path = target.parent / f".{target.name}.lock"
    with open(lock_path, "a+") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


@contextlib.contextmanager
def _signals_held() -> Iterator[None]:
    """Hold SIGINT/SIGTERM while entries are swapped, deliver them after."""
    held = {signal.SIGINT, signal.SIGTERM}
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, held)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def write_tree(target: Path, files: Mapping[str, bytes], *, entries: list[str]) -> None:
    """Replace the top-level ``entries`` of ``target`` with ``files`` (relative POSIX paths).

    Each named entry is replaced whole: files of it that ``files`` does not contain disappear.
    Entries not named are left alone.
    """
    for relative in files:
        top = PurePosixPath(relative).parts[0]
        if top not in entries:
            raise ValueError(f"{relative}: not under one of the entries {entries}")
    if target.exists() and not target.is_dir():
        raise OutputError(f"{target}: not a folder; nothing was changed")
    try:
        target.mkdir(parents=True, exist_ok=True)
        with _exclusive(target):
            staging = Path(tempfile.mkdtemp(prefix=".staging-", dir=target.parent))
            keep_staging = False
            try:
                for relative, data in files.items():
                    path = staging / relative
                    path.parent.mkdir(parents=True, exist_ok=True)
                    path.write_bytes(data)
                _swap_in(staging, target, entries)
            except _NotRestored:
                keep_staging = True  # it holds the previous entries that could not go back
                raise
            finally:
                if not keep_staging:
                    shutil.rmtree(staging, ignore_errors=True)
    except _NotRestored as exc:
        raise OutputError(str(exc)) from exc.__cause__
    except PermissionError as exc:
        raise OutputError(
            f"{exc.filename or target}: permission denied; nothing was changed"
        ) from exc
    except OSError as exc:
        raise OutputError(f"{exc.filename or target}: {exc.strerror}; nothing was changed") from exc


class _NotRestored(Exception):
    """A swap failed half way and putting the previous entries back failed too."""


def _swap_in(staging: Path, target: Path, entries: list[str]) -> None:
    """Move each entry's previous version to ``staging/.old`` and its new version into place.

    When a rename fails half way (a read-only vendor folder cannot be moved out, for one), the
    renames before it are undone, so that the target is left as it was.
    """
    if not os.access(target, os.W_OK):
        raise PermissionError(13, "Permission denied", str(target))
    trash = staging / ".old"
    trash.mkdir()
    done: list[tuple[Path, Path]] = []
    with _signals_held():
        try:
            for entry in entries:
                new, current = staging / entry, target / entry
                if current.exists() or current.is_symlink():
                    _rename(current, trash / entry, done)
                if new.exists():
                    _rename(new, current, done)
        except OSError as exc:
            _undo(done, failure=exc, target=target, kept=trash)
            raise


def _rename(source: Path, destination: Path, done: list[tuple[Path, Path]]) -> None:
    os.replace(source, destination)
    done.append((source, destination))


def _undo(done: list[tuple[Path, Path]], *, failure: OSError, target: Path, kept: Path) -> None:
    for source, destination in reversed(done):
        try:
            os.replace(destination, source)
        except OSError as exc:
            raise _NotRestored(
                f"{failure.filename}: {failure.strerror}; putting the previous outputs back "
                f"failed too ({exc.filename}: {exc.strerror}), so {target} is incomplete; "
                f"the previous entries are kept in {kept}"
            ) from failure


def write_file(path: Path, data: bytes) -> None:
    """Replace one file atomically: a reader sees the old bytes or the new, never a part."""
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(data)
            os.replace(temporary, path)
        except BaseException:
            os.unlink(temporary)
            raise
    except OSError as exc:
        raise OutputError(f"{exc.filename or path}: {exc.strerror}; nothing was changed") from exc


def create_tree(target: Path, files: Mapping[str, bytes]) -> None:
    """Create the folder ``target`` holding ``files`` (relative POSIX paths), whole or not at all.

    The files are written into a staging folder beside it, which is then renamed into place; a
    ``target`` that exists (even one created meanwhile) is never touched.
    """
    if target.exists():
        raise OutputError(f"{target}: exists; nothing was written")
    staging: Path | None = None
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=f".staging-{target.name}-", dir=target.parent))
        for relative, data in files.items():
            path = staging / relative
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
        staging.chmod(0o777 & ~_umask())
        with _signals_held():
            os.rename(staging, target)  # fails when target appeared meanwhile and is not empty
        staging = None
    except OSError as exc:
        raise OutputError(f"{exc.filename or target}: {exc.strerror}; nothing was written") from exc
    finally:
        if staging is not None:
            shutil.rmtree(staging, ignore_errors=True)


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current
