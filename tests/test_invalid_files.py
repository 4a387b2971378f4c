"""One fixture per validation error: each gives one clear line naming file and line, exit 2."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

from .conftest import FIXTURES, expectation

CASES = sorted((FIXTURES / "invalid").glob("*.yaml"))


@pytest.mark.parametrize("case", CASES, ids=[c.stem for c in CASES])
def test_invalid_file_gives_one_line_with_place(
    case: Path, valid_rulebook: Path, run: Callable[..., Result]
) -> None:
    shutil.copy(case, valid_rulebook / case.name)
    line, text = expectation(case)

    result = run("rules", "check", "--rules", str(valid_rulebook))

    assert result.exit_code == 2
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(f"{valid_rulebook}/{case.name}:{line}:"), lines[0]
    assert text in lines[0]
    assert "Traceback" not in result.output


@pytest.mark.parametrize("command", [["rules", "list"], ["deadlines"], ["rules", "coverage"]])
def test_every_command_rejects_a_bad_rulebook(
    command: list[str], valid_rulebook: Path, run: Callable[..., Result]
) -> None:
    shutil.copy(FIXTURES / "invalid" / "duplicate_key.yaml", valid_rulebook / "bad.yaml")
    result = run(*command, "--rules", str(valid_rulebook))
    assert result.exit_code == 2
    assert "bad.yaml:7:" in result.stderr


def test_all_bad_files_are_reported_in_one_run(
    valid_rulebook: Path, run: Callable[..., Result]
) -> None:
    for name in ("duplicate_key.yaml", "unknown_field.yaml", "wrong_type.yaml"):
        shutil.copy(FIXTURES / "invalid" / name, valid_rulebook / name)
    result = run("rules", "check", "--rules", str(valid_rulebook))
    assert result.exit_code == 2
    assert len(result.stderr.splitlines()) == 3


def test_missing_rules_folder_is_a_usage_error(run: Callable[..., Result], tmp_path: Path) -> None:
    result = run("rules", "check", "--rules", str(tmp_path / "nope"))
    assert result.exit_code == 2
    assert "does not exist" in result.stderr
