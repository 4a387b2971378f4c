"""Findings for real profiles against the bundled rulebook: statuses, dates, sentences."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from poortwachter.engine.engine import Engine
from poortwachter.engine.findings import Assessment, Assessor, Finding
from poortwachter.engine.profiles import load_profile
from poortwachter.engine.rulebook import load_rulebook

from .conftest import FIXTURES

PROFILES = FIXTURES / "profiles"
BOOK = load_rulebook()


def assess(name: str, day: str) -> Assessment:
    engine = Engine(BOOK, dt.date.fromisoformat(day))
    return Assessor(engine).assess(load_profile(PROFILES / f"{name}.yaml"))


def finding(result: Assessment, obligation: str) -> Finding:
    (found,) = [f for f in result.findings if f.obligation == obligation]
    return found


def test_breached_finding_reads_as_a_sentence_in_english_and_dutch() -> None:
    f = finding(assess("car_dealer", "2027-07-10"), "AMLR-77-3")
    assert f.status == "breached"
    assert f.reason.en == (
        "Breached. Regulation (EU) 2024/1624 (AMLR), Art. 77(3) requires: the record retention "
        "period (years) is at least 5. Your profile says: record retention period (years): 3."
    )
    assert f.reason.nl == (
        "Niet voldaan. Verordening (EU) 2024/1624 (AMLR), art. 77, lid 3 vereist: de "
        "bewaartermijn van gegevens (jaren) is ten minste 5. Uw profiel vermeldt: bewaartermijn "
        "van gegevens (jaren): 3."
    )
    assert f.source == "https://eur-lex.europa.eu/eli/reg/2024/1624/oj#art_77"
    assert f.facts == {"controls.record_retention_years": 3}


def test_wwft_era_threshold_is_breached_from_application_date() -> None:
    f = finding(assess("car_dealer", "2027-07-10"), "AMLR-19-1-b")
    assert f.status == "breached"
    assert "15\u00a0000" in f.reason.en and "10\u00a0000" in f.reason.en


@pytest.mark.parametrize(
    ("day", "status", "days_left"),
    [("2027-07-09", "upcoming", 1), ("2027-07-10", "met", 0), ("2027-07-11", "met", -1)],
)
def test_application_day_itself_counts(day: str, status: str, days_left: int) -> None:
    f = finding(assess("bank", day), "AMLR-77-3")
    assert (f.status, f.days_left, f.applies_from) == (status, days_left, dt.date(2027, 7, 10))


def test_upcoming_reason_names_date_and_days() -> None:
    f = finding(assess("bank", "2027-07-09"), "AMLR-77-3")
    assert f.reason.en.startswith("Applies from 2027-07-10 (AMLR Art. 90), in 1 day.")
    assert f.reason.nl.startswith("Van toepassing vanaf 2027-07-10 (AMLR art. 90), over 1 dag.")


@pytest.mark.parametrize(("day", "status"), [("2029-07-09", "upcoming"), ("2029-07-10", "met")])
def test_football_club_is_bound_from_2029(day: str, status: str) -> None:
    f = finding(assess("football_club", day), "AMLR-77-3")
    assert f.applies_from == dt.date(2029, 7, 10)
    assert f.status == status


def test_not_applicable_explains_through_derived_facts() -> None:
    f = finding(assess("car_dealer", "2027-07-10"), "AMLR-19-2")
    assert f.status == "not_applicable"
    assert "high_value_goods_trader" in f.reason.en
    assert "the institution is a credit or financial institution" in f.reason.en


def test_unknown_names_the_question_that_settles_it() -> None:
    f = finding(assess("payment_firm_incomplete", "2027-07-10"), "AMLR-19-2")
    assert f.status == "unknown"
    assert [q.en for q in f.questions] == [
        "Does the institution carry out occasional transactions (outside a business relationship)?",
        "Is the institution a crypto-asset service provider?",
    ]
    assert f.reason.nl.endswith("Is de instelling een aanbieder van cryptoactivadiensten?")


def test_summary_counts_every_status() -> None:
    result = assess("car_dealer", "2027-07-10")
    summary = result.summary()
    assert list(summary) == ["breached", "unknown", "upcoming", "met", "not_applicable"]
    assert sum(summary.values()) == len(result.findings)
    for status, count in summary.items():
        assert count == sum(1 for f in result.findings if f.status == status)
    assert summary["breached"] >= 2  # AMLR-19-1-b and AMLR-77-3, tested above


def test_bad_profile_is_one_line_with_place(tmp_path: Path) -> None:
    from poortwachter.engine.errors import InputError

    path = tmp_path / "p.yaml"
    path.write_text("schema: poortwachter/profile/v1\ninstitution:\n  name: X\n  category: bank\n")
    with pytest.raises(InputError) as info:
        load_profile(path)
    (problem,) = info.value.problems
    assert problem.line == 4
    assert "institution.category" in problem.message and "credit_institution" in problem.message


def test_findings_cite_the_dutch_provisions_of_the_mappings(valid_rulebook: Path) -> None:
    (valid_rulebook / "cond.yaml").write_text(
        "schema: poortwachter/rules/v1\n"
        "obligations:\n"
        "  - id: DEMO-2-1-b\n"
        "    instrument: DEMO\n    article: 2\n    paragraph: 1\n    point: b\n"
        "    title: {en: T, nl: T}\n    summary: {en: S, nl: S}\n"
        "    addressee: obliged_entity\n    kind: transpose\n"
        "    condition:\n      met_when: {field: controls.record_retention_years, at_least: 5}\n"
        "    source: http://data.europa.eu/eli/dir/2099/1/oj\n"
        "    verification: {verified: true, note: fictional}\n"
    )
    (valid_rulebook / "map2.yaml").write_text(
        "schema: poortwachter/mappings/v1\n"
        "mappings:\n"
        "  - obligation: DEMO-2-1-b\n"
        "    status: covered\n"
        "    provisions:\n"
        "      - {law: Wwft, bwb: BWBR0024282, article: '33', lid: 3,\n"
        "         url: 'https://wetten.overheid.nl/BWBR0024282/',\n"
        "         verification: {verified: true, note: fictional}}\n"
    )
    book = load_rulebook(valid_rulebook)
    engine = Engine(book, dt.date(2101, 1, 1))
    result = Assessor(engine).assess(load_profile(PROFILES / "bank.yaml"))
    (f,) = result.findings
    assert f.status == "met"
    assert f.dutch_provisions == ["Wwft, art. 33, lid 3 (BWBR0024282; covered)"]
