"""``rules check``: one fixture per lint finding, and the bundled rulebook is clean."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

from poortwachter.engine.lint import check
from poortwachter.engine.rulebook import load_rulebook

from .conftest import FIXTURES, expectation

CASES = sorted((FIXTURES / "lint").glob("*.yaml"))


def test_valid_fixture_has_no_findings(valid_rulebook: Path, run: Callable[..., Result]) -> None:
    result = run("rules", "check", "--rules", str(valid_rulebook))
    assert result.exit_code == 0, result.output
    assert result.stdout.strip().endswith("0 errors, 0 warnings")


@pytest.mark.parametrize("case", CASES, ids=[c.stem for c in CASES])
def test_lint_finding(case: Path, valid_rulebook: Path, run: Callable[..., Result]) -> None:
    shutil.copy(case, valid_rulebook / case.name)
    line, text = expectation(case)
    code = case.read_text("utf-8").splitlines()[1].removeprefix("# code: ")

    result = run("rules", "check", "--rules", str(valid_rulebook))

    findings = [
        ln
        for ln in result.stdout.splitlines()
        if ln.startswith(str(valid_rulebook))
        # a new obligation in a fixture is also unmapped; that finding has its own fixture
        and (code == "unmapped-obligation" or not ln.endswith("[unmapped-obligation]"))
    ]
    assert len(findings) == 1, result.stdout
    assert findings[0].startswith(f"{valid_rulebook}/{case.name}:{line}: ")
    assert text in findings[0]
    assert findings[0].endswith(f"[{code}]")
    assert result.exit_code == (0 if text.startswith("warning") else 1)


def test_check_json_lists_problems(valid_rulebook: Path, run: Callable[..., Result]) -> None:
    shutil.copy(FIXTURES / "lint" / "unknown_point.yaml", valid_rulebook / "x.yaml")
    result = run("rules", "check", "--rules", str(valid_rulebook), "--format", "json")
    report = json.loads(result.stdout)
    assert result.exit_code == 1
    assert report["errors"] == 1
    (error,) = [p for p in report["problems"] if p["severity"] == "error"]
    assert (error["code"], error["line"]) == ("unknown-article", 5)


def test_bundled_rulebook_has_no_errors() -> None:
    problems = check(load_rulebook())
    assert [p.render() for p in problems if p.severity == "error"] == []


def test_bundled_rulebook_check_exits_zero(run: Callable[..., Result]) -> None:
    result = run("rules", "check")
    assert result.exit_code == 0, result.output
    assert " 0 errors" in result.stdout


def test_an_option_is_mapped_as_used_or_not_used(
    valid_rulebook: Path, run: Callable[..., Result]
) -> None:
    """Regression: options mapped 'not_covered' showed as 'missing' in the gap report, as if
    the Netherlands had to act; an option not taken up is 'option_not_used'."""
    obligations = valid_rulebook / "obligations.yaml"
    text = obligations.read_text("utf-8")
    obligations.write_text(text.replace("    kind: transpose\n", "    kind: option\n", 2))
    # DEMO-2-1-a and DEMO-2-2 are now options; DEMO-2-2 is mapped as not_covered
    result = run("rules", "check", "--rules", str(valid_rulebook))
    errors = [ln for ln in result.stdout.splitlines() if ln.endswith("[option-status]")]
    assert any(
        "DEMO-2-2 is an option: its mapping status is option_used or option_not_used, "
        "not not_covered" in ln
        for ln in errors
    ), result.stdout
    assert result.exit_code == 1
    mappings = valid_rulebook / "mappings.yaml"
    fixed = mappings.read_text("utf-8").replace(
        "  - obligation: DEMO-2-2\n    status: not_covered\n",
        "  - obligation: DEMO-2-2\n    status: option_not_used\n    notes: no choice made\n",
    )
    mappings.write_text(fixed.replace("status: partly_covered", "status: option_used"))
    result = run("rules", "check", "--rules", str(valid_rulebook))
    assert not [ln for ln in result.stdout.splitlines() if ln.endswith("[option-status]")], (
        result.stdout
    )
