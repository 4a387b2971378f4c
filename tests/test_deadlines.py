"""``deadlines``: the milestones of every instrument, with days left, as the issue fixes them."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import Result

from poortwachter.engine.deadlines import governing_milestone, timeline
from poortwachter.engine.model import Obligation
from poortwachter.engine.rulebook import load_rulebook


@pytest.fixture(scope="module")
def rows() -> list[dict[str, Any]]:
    from click.testing import CliRunner

    from poortwachter.cli.main import main

    result = CliRunner().invoke(main, ["deadlines", "--as-of", "2026-11-28", "--format", "json"])
    assert result.exit_code == 0, result.output
    data: list[dict[str, Any]] = json.loads(result.stdout)
    return data


def _find(rows: list[dict[str, Any]], instrument: str, date: str) -> list[dict[str, Any]]:
    return [r for r in rows if r["instrument"] == instrument and r["date"] == date]


def test_contract_keys(rows: list[dict[str, Any]]) -> None:
    for row in rows:
        assert {"instrument", "kind", "date", "articles", "days_left"} <= row.keys()
        assert isinstance(row["days_left"], int)
        assert all(isinstance(a, str) for a in row["articles"])


def test_confiscation_directive_transposition_is_five_days_overdue(
    rows: list[dict[str, Any]],
) -> None:
    (row,) = _find(rows, "CONF", "2026-11-23")
    assert row["kind"] == "transposition"
    assert row["articles"] == []
    assert row["days_left"] == -5


def test_amld6_general_and_early_dates(rows: list[dict[str, Any]]) -> None:
    general = [r for r in _find(rows, "AMLD6", "2027-07-10") if r["kind"] == "transposition"]
    assert [(r["articles"], r["days_left"]) for r in general] == [([], 224)]
    (early,) = _find(rows, "AMLD6", "2026-07-10")
    assert early["articles"] == ["11", "12", "13", "15"]
    assert early["days_left"] == -141
    (art74,) = _find(rows, "AMLD6", "2025-07-10")
    assert art74["articles"] == ["74"]
    late = [r for r in _find(rows, "AMLD6", "2029-07-10") if r["kind"] == "transposition"]
    assert [r["articles"] for r in late] == [["18"]]


def test_amlr_football_milestone(rows: list[dict[str, Any]]) -> None:
    (row,) = [r for r in _find(rows, "AMLR", "2029-07-10") if r["kind"] == "application"]
    assert row["articles"] == ["3"]
    assert row["provisions"] == ["3(3)(n)", "3(3)(o)"]
    (general,) = [r for r in _find(rows, "AMLR", "2027-07-10") if r["kind"] == "application"]
    assert general["articles"] == []


def test_soonest_first(rows: list[dict[str, Any]]) -> None:
    dates = [r["date"] for r in rows]
    assert dates == sorted(dates)
    assert rows[0]["days_left"] < 0


def test_days_left_follows_as_of() -> None:
    book = load_rulebook()
    one = {(d.instrument, d.date): d.days_left for d in timeline(book, dt.date(2026, 11, 28))}
    two = {(d.instrument, d.date): d.days_left for d in timeline(book, dt.date(2026, 11, 29))}
    assert all(two[k] == one[k] - 1 for k in one)


def test_instrument_filter_and_table(run: Callable[..., Result]) -> None:
    result = run("deadlines", "--as-of", "2026-11-28", "--instrument", "CONF")
    assert result.exit_code == 0
    assert "2026-11-23" in result.stdout
    assert "AMLD6" not in result.stdout


def test_bad_date_is_a_usage_error(run: Callable[..., Result]) -> None:
    result = run("deadlines", "--as-of", "28-11-2026")
    assert result.exit_code == 2
    assert "28-11-2026" in result.stderr


def test_unknown_instrument_names_the_known_ones(run: Callable[..., Result]) -> None:
    result = run("deadlines", "--instrument", "AMLD5")
    assert result.exit_code == 2
    assert "AMLR" in result.stderr and "CONF" in result.stderr


def test_article_specific_milestone_wins(valid_rulebook: Path) -> None:
    book = load_rulebook(valid_rulebook)
    demo = book.instrument_by_id["DEMO"]
    obligations = book.obligation_by_id
    early: Obligation = obligations["DEMO-2-1-a"]
    late: Obligation = obligations["DEMO-2-2"]
    general = governing_milestone(demo, early)
    specific = governing_milestone(demo, late)
    assert general is not None and general.date == dt.date(2100, 6, 1)
    assert specific is not None and specific.date == dt.date(2101, 6, 1)
