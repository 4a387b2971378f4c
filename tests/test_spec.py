"""Executable specifications: the vocabulary, the runner, the pytest plugin, the CLI."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import parse
import pytest
from click.testing import Result

from poortwachter.engine.spec.runner import UnknownStep, match, run_features
from poortwachter.engine.spec.vocabulary import VOCABULARY

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("step", VOCABULARY, ids=[s.action for s in VOCABULARY])
def test_every_step_has_both_languages_and_its_examples_match(step: object) -> None:
    from poortwachter.engine.spec.vocabulary import StepDef

    assert isinstance(step, StepDef)
    en = parse.parse(step.en, step.example_en)
    nl = parse.parse(step.nl, step.example_nl)
    assert en is not None and nl is not None
    assert set(en.named) == set(nl.named)  # the same arguments in both languages
    assert match(step.example_en, step.kind, "en")[0] == step
    assert match(step.example_nl, step.kind, "nl")[0] == step


def test_unknown_step_names_the_nearest_phrasings() -> None:
    with pytest.raises(UnknownStep) as info:
        match("it accepts cash up to 12000 euros", "given", "en")
    assert "it accepts cash payments up to {amount:d} euro" in str(info.value)


def test_bundled_features_pass() -> None:
    results = run_features([ROOT / "features"])
    assert results and all(r.passed for r in results), [r for r in results if not r.passed]
    assert {r.feature for r in results} >= {"cash_limit.feature", "clientenonderzoek.feature"}


def _feature(tmp_path: Path, body: str) -> Path:
    folder = tmp_path / "features"
    folder.mkdir()
    path = folder / "x.feature"
    path.write_text(body, encoding="utf-8")
    return path


def test_a_wrong_expectation_fails_in_words(tmp_path: Path, run: Callable[..., Result]) -> None:
    path = _feature(
        tmp_path,
        "# language: nl\nFunctionaliteit: f\n  Scenario: s\n"
        "    Gegeven een instelling van categorie high_value_goods_trader\n"
        "    En zij aanvaardt contante betalingen tot 9000 euro\n"
        "    Als zij wordt beoordeeld per 2027-07-10\n"
        "    Dan verplichting AMLR-80-1 is niet voldaan\n",
    )
    result = run("spec", "run", str(path))
    assert result.exit_code == 1
    assert "FAIL x.feature: s" in result.stdout
    assert "status of AMLR-80-1: expected breached, found met" in result.stdout
    assert result.stdout.strip().endswith("0 passed, 1 failed")


def test_a_rule_said_to_be_confirmed_that_is_not(
    tmp_path: Path, run: Callable[..., Result]
) -> None:
    path = _feature(
        tmp_path,
        "Feature: f\n  Scenario: s\n"
        "    Given an institution of category credit_institution\n"
        "    When it is assessed as of 2027-07-10\n"
        "    Then the rule for AMLR-19-2 is confirmed\n",
    )
    result = run("spec", "run", str(path))
    assert result.exit_code == 1
    assert "whether the rule for AMLR-19-2 is confirmed: expected True, found False" in (
        result.stdout
    )


def test_unknown_step_in_a_file(tmp_path: Path, run: Callable[..., Result]) -> None:
    path = _feature(tmp_path, "Feature: f\n  Scenario: s\n    Given a bank that is very careful\n")
    result = run("spec", "run", str(path))
    assert result.exit_code == 1 and "unknown step 'a bank that is very careful'" in result.stdout


def test_spec_run_default_folder(
    run: Callable[..., Result], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ROOT)
    result = run("spec", "run")
    assert result.exit_code == 0, result.output
    assert " 0 failed" in result.stdout


def test_spec_run_without_a_features_folder(
    run: Callable[..., Result], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # found by the fuzzer: 'spec run' where there is no features/ folder raised an OSError
    monkeypatch.chdir(tmp_path)
    result = run("spec", "run")
    assert result.exit_code == 2
    assert "no features/ folder here; name the .feature files or folders" in result.stderr


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_spec_steps_lists_every_step(lang: str, run: Callable[..., Result]) -> None:
    result = run("spec", "steps", "--lang", lang)
    assert result.exit_code == 0
    for step in VOCABULARY:
        assert (step.en if lang == "en" else step.nl) in result.stdout
    assert ("Gegeven" if lang == "nl" else "Given") in result.stdout


def test_plain_pytest_collects_features(tmp_path: Path) -> None:
    import subprocess
    import sys

    path = _feature(
        tmp_path,
        "Feature: f\n  Scenario: cash\n"
        "    Given an institution of category high_value_goods_trader\n"
        "    And it accepts cash payments up to 12000 euro\n"
        "    When it is assessed as of 2027-07-10\n"
        "    Then obligation AMLR-80-1 is met\n",
    )
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(path)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=False,
    )
    assert result.returncode == 1, result.stdout  # the scenario is wrong on purpose
    assert "expected met, found breached" in result.stdout
    assert "1 failed" in result.stdout
