"""The safe YAML reader: positions, and what it refuses."""

from __future__ import annotations

from pathlib import Path

import pytest

from poortwachter.engine.errors import InputError
from poortwachter.engine.yamlio import MAX_DEPTH, read_yaml, read_yaml_text


def _error(text: str) -> str:
    with pytest.raises(InputError) as info:
        read_yaml_text(text, "f.yaml")
    (problem,) = info.value.problems
    return problem.render()


def test_positions_of_values_and_keys() -> None:
    doc = read_yaml_text("a:\n  - x: 1\n    y: [2, 3]\n", "f.yaml")
    assert doc.data == {"a": [{"x": 1, "y": [2, 3]}]}
    assert doc.position(("a", 0, "y", 1)).line == 3
    assert doc.position(("a", 0, "y"), key=True).column == 5
    assert doc.position(("a", 0, "missing")).line == 2


def test_duplicate_key() -> None:
    assert _error("a: 1\nb: 2\na: 3\n") == (
        "f.yaml:3:1: error: duplicate key 'a' (first given at line 1); each key may appear once"
    )


def test_python_tags_are_refused() -> None:
    assert "is not allowed" in _error("a: !!python/object/apply:os.system ['true']\n")


def test_billion_laughs_is_refused_at_the_first_alias() -> None:
    text = 'a: &a ["x","x"]\nb: &b [*a,*a]\nc: &c [*b,*b]\n'
    assert _error(text).startswith("f.yaml:1:4: error: anchors and aliases")


def test_merge_key_is_refused() -> None:
    assert "merge keys" in _error("base: {a: 1}\nother:\n  <<: {b: 2}\n")


def test_several_documents_are_refused() -> None:
    assert "not valid YAML" in _error("a: 1\n---\nb: 2\n")


def test_deep_nesting_is_refused() -> None:
    text = "a: " + "[" * (MAX_DEPTH + 5) + "]" * (MAX_DEPTH + 5) + "\n"
    assert "nesting" in _error(text)


def test_non_utf8_file(tmp_path: Path) -> None:
    path = tmp_path / "latin.yaml"
    path.write_bytes(b"a: 1\nb: caf\xe9\n")
    with pytest.raises(InputError) as info:
        read_yaml(path)
    assert info.value.problems[0].line == 2
    assert "UTF-8" in info.value.problems[0].message


def test_unreadable_path(tmp_path: Path) -> None:
    with pytest.raises(InputError) as info:
        read_yaml(tmp_path / "absent.yaml")
    assert "cannot read" in info.value.problems[0].message
