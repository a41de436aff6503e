"""Compiled templates kept between runs: used when sound, a miss whenever anything is off."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import jinja2
import pytest
from jinja2.bccache import bc_magic

from generator.template_cache import ENV_VARIABLE, bytecode_cache, cache_folder


def fresh_environment(templates: Path) -> jinja2.Environment:
    # A new environment each time, as a new process would build it (no in-memory template cache).
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(templates), bytecode_cache=bytecode_cache(), cache_size=0
    )


@pytest.fixture
def templates(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(ENV_VARIABLE, str(tmp_path / "cache"))
    folder = tmp_path / "templates"
    folder.mkdir()
    (folder / "hello.j2").write_text("hello {{ name }}")
    return folder


def entries(cache: Path) -> list[Path]:
    return sorted(cache.glob("__jinja2_*.cache"))


def test_a_compiled_template_is_kept_and_used(templates: Path) -> None:
    cache = templates.parent / "cache"
    assert fresh_environment(templates).get_template("hello.j2").render(name="a") == "hello a"
    [entry] = entries(cache)
    stamp = entry.stat().st_mtime_ns
    assert fresh_environment(templates).get_template("hello.j2").render(name="b") == "hello b"
    assert entries(cache) == [entry] and entry.stat().st_mtime_ns == stamp  # read, not rewritten


def test_an_edited_template_is_compiled_afresh(templates: Path) -> None:
    fresh_environment(templates).get_template("hello.j2").render(name="a")
    (templates / "hello.j2").write_text("goodbye {{ name }}")
    assert fresh_environment(templates).get_template("hello.j2").render(name="a") == "goodbye a"


@pytest.mark.parametrize(
    "damage",
    [
        lambda entry: b"",
        lambda entry: b"not an entry",
        lambda entry: entry[: len(bc_magic)] + b"\x80\x04garbage",  # Jinja itself raises here
        lambda entry: entry[: len(entry) // 2],
    ],
    ids=["empty", "foreign", "bad-checksum", "truncated"],
)
def test_a_damaged_entry_is_a_miss(templates: Path, damage: Callable[[bytes], bytes]) -> None:
    cache = templates.parent / "cache"
    fresh_environment(templates).get_template("hello.j2")
    [entry] = entries(cache)
    entry.write_bytes(damage(entry.read_bytes()))
    assert fresh_environment(templates).get_template("hello.j2").render(name="c") == "hello c"


def test_a_folder_that_cannot_be_made_means_no_cache(
    templates: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = templates.parent / "a-file"
    blocker.write_text("")
    monkeypatch.setenv(ENV_VARIABLE, str(blocker / "cache"))
    assert bytecode_cache() is None
    assert fresh_environment(templates).get_template("hello.j2").render(name="d") == "hello d"


def test_an_entry_that_cannot_be_written_is_not_an_error(templates: Path) -> None:
    cache = templates.parent / "cache"
    environment = fresh_environment(templates)  # the folder exists now; then it goes away
    cache.rmdir()
    assert environment.get_template("hello.j2").render(name="e") == "hello e"
    assert not cache.exists()


def test_off_and_the_default_folder(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(ENV_VARIABLE, "off")
    assert cache_folder() is None and bytecode_cache() is None
    monkeypatch.delenv(ENV_VARIABLE)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cache_folder() == tmp_path / "vendor-openapi-toolkit" / "jinja"
