"""The validated-rulebook cache: a hit gives the same rulebook without parsing, any change to
a file is a miss, a damaged entry is ignored, and the cache can be turned off."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from poortwachter.engine import cache as cache_module
from poortwachter.engine import rulebook as loader
from poortwachter.engine.errors import InputError
from poortwachter.engine.rulebook import load_rulebook

from .conftest import FIXTURES


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("POORTWACHTER_CACHE_DIR", str(folder))
    monkeypatch.delenv("POORTWACHTER_CACHE", raising=False)
    return folder


@pytest.fixture
def book_dir(tmp_path: Path) -> Path:
    target = tmp_path / "book"
    shutil.copytree(FIXTURES / "valid", target)
    return target


def _no_parsing(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object) -> None:
        raise AssertionError("the rulebook was parsed although the cache holds it")

    monkeypatch.setattr(loader, "load_files", refuse)


def test_second_load_comes_from_the_cache(
    cache: Path, book_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = load_rulebook(book_dir)
    assert len(list(cache.glob("rulebook-*.pickle"))) == 1
    _no_parsing(monkeypatch)
    second = load_rulebook(book_dir)
    assert second is not first  # a fresh object: a caller may change its copy
    assert second.digest == first.digest
    assert second.obligation_by_id == first.obligation_by_id
    assert [m.value for m in second.mappings] == [m.value for m in first.mappings]
    assert [(o.file, o.line) for o in second.obligations] == [
        (o.file, o.line) for o in first.obligations
    ]


def test_a_changed_byte_is_a_miss(cache: Path, book_dir: Path) -> None:
    before = load_rulebook(book_dir)
    target = book_dir / "obligations.yaml"
    target.write_text(target.read_text("utf-8").replace("Keep records.", "Keep records!"))
    after = load_rulebook(book_dir)
    assert after.digest != before.digest
    assert after.obligation_by_id["DEMO-2-2"].summary.en == "Keep records!"
    assert len(list(cache.glob("rulebook-*.pickle"))) == 2


def test_a_damaged_entry_is_ignored_and_replaced(cache: Path, book_dir: Path) -> None:
    expected = load_rulebook(book_dir)
    (entry,) = cache.glob("rulebook-*.pickle")
    entry.write_bytes(b"not a pickle")
    assert load_rulebook(book_dir).obligation_by_id == expected.obligation_by_id
    assert entry.read_bytes() != b"not a pickle"


def test_a_bad_rulebook_is_never_cached(cache: Path, book_dir: Path) -> None:
    shutil.copy(FIXTURES / "invalid" / "unknown_field.yaml", book_dir / "bad.yaml")
    for _ in range(2):
        with pytest.raises(InputError, match="unknown field"):
            load_rulebook(book_dir)
    assert not list(cache.glob("rulebook-*.pickle"))


def test_the_cache_can_be_turned_off(
    cache: Path, book_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("POORTWACHTER_CACHE", "off")
    load_rulebook(book_dir)
    assert not cache.exists()


def test_an_unwritable_cache_only_costs_time(
    tmp_path: Path, book_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    monkeypatch.setenv("POORTWACHTER_CACHE_DIR", str(blocker / "cache"))  # cannot be made
    assert load_rulebook(book_dir).obligation_by_id


def test_only_the_newest_entries_are_kept(cache: Path, book_dir: Path) -> None:
    target = book_dir / "obligations.yaml"
    original = target.read_text("utf-8")
    for edit in range(cache_module.KEEP + 3):  # a drafter editing a rule file again and again
        target.write_text(original.replace("Keep records.", f"Keep records ({edit})."))
        load_rulebook(book_dir)
    assert len(list(cache.glob("rulebook-*.pickle"))) == cache_module.KEEP
    newest = load_rulebook(book_dir)  # the last edit is still a hit
    assert newest.obligation_by_id["DEMO-2-2"].summary.en == f"Keep records ({edit})."
