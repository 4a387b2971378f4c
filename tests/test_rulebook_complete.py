"""The bundled rulebook is complete where the issues require it."""

from __future__ import annotations

import pytest

from poortwachter.engine.coverage import coverage
from poortwachter.engine.lint import check
from poortwachter.engine.rulebook import load_rulebook

BOOK = load_rulebook()
COMPLETE = ["AMLR", "AMLD6", "CONF"]


@pytest.mark.parametrize("instrument", COMPLETE)
def test_every_article_is_classified(instrument: str) -> None:
    (row,) = [r for r in coverage(BOOK) if r.instrument == instrument]
    assert row.articles_classified == row.articles_total


@pytest.mark.parametrize("instrument", COMPLETE)
def test_every_obligation_or_option_article_is_encoded(instrument: str) -> None:
    unencoded = [
        p.message
        for p in check(BOOK)
        if p.code == "unencoded-article" and p.message.startswith(f"{instrument} ")
    ]
    assert unencoded == []


def test_unverified_obligations_say_why() -> None:
    for ob in BOOK.obligation_by_id.values():
        if not ob.verification.verified:
            assert len(ob.verification.note) > 15, ob.id


def test_confiscation_deadlines_as_the_issue_fixes_them() -> None:
    import datetime as dt

    from poortwachter.engine.deadlines import timeline

    rows = [d for d in timeline(BOOK, dt.date(2026, 11, 28)) if d.instrument == "CONF"]
    (transposition,) = [d for d in rows if d.kind == "transposition"]
    assert (transposition.date, transposition.days_left) == (dt.date(2026, 11, 23), -5)
    later = {(d.kind, d.date) for d in rows if d.days_left > 0}
    assert ("measure", dt.date(2027, 5, 24)) in later
    assert ("notification", dt.date(2027, 5, 24)) in later


def test_every_obligation_has_a_mapping_to_dutch_law() -> None:
    mapped = {m.value.obligation for m in BOOK.mappings}
    assert [ob for ob in BOOK.obligation_by_id if ob not in mapped] == []
    assert not [p for p in check(BOOK) if p.code == "unmapped-obligation"]
