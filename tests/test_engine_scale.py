"""A rulebook of 500 obligations, and memory over 10,000 profiles."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path
from typing import Any

from poortwachter.engine.engine import Engine

from . import reference
from .books import book, derived, obligation

AS_OF = dt.date(2026, 11, 28)
CATEGORIES = ["credit_institution", "financial_institution", "estate_agent", "football_agent"]


def _synthetic(n: int, seed: int = 7) -> tuple[list[Any], list[Any]]:
    rng = random.Random(seed)
    facts = [
        derived("bank", {"field": "institution.category", "in": CATEGORIES[:2]}),
        derived(
            "bank_with_cash",
            {"all": [{"fact": "bank"}, {"field": "activities.accepts_cash", "equals": True}]},
        ),
    ]
    obligations = []
    for i in range(1, n + 1):
        limit = rng.choice([1000, 3000, 10000, 15000])
        met = {"field": "controls.max_cash_payment_eur", "at_most": limit}
        if i % 3 == 0:
            met = {"any": [met, {"field": "controls.record_retention_years", "at_least": i % 7}]}
        applies = rng.choice(
            [
                None,
                {"fact": "bank"},
                {"fact": "bank_with_cash"},
                {"field": "activities.countries", "contains_any": ["NL", "BE"]},
                {"not": {"field": "institution.category", "equals": rng.choice(CATEGORIES)}},
            ]
        )
        obligations.append(obligation(i, met, applies))
    return obligations, facts


def _profiles(n: int, seed: int = 11) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    return [
        {
            "institution.category": rng.choice([*CATEGORIES, None]),
            "activities.accepts_cash": rng.choice([True, False, None]),
            "activities.countries": rng.choice([["NL"], ["DE"], [], None]),
            "controls.max_cash_payment_eur": rng.choice([500, 5000, 12000, None]),
            "controls.record_retention_years": rng.choice([1, 5, 10, None]),
        }
        for _ in range(n)
    ]


def test_500_obligations_compile_and_agree_with_reference() -> None:
    obligations, facts = _synthetic(500)
    engine = Engine(book(obligations, facts), AS_OF)
    assert len(engine.compiled.rulesets) > 10
    for values in _profiles(20):
        result = engine.evaluate(values)
        d = {"bank": reference.evaluate(facts[0].condition, values, {}, AS_OF)}
        d["bank_with_cash"] = reference.evaluate(facts[1].condition, values, d, AS_OF)
        for ob in obligations:
            assert ob.condition is not None
            expected_met = reference.evaluate(ob.condition.met_when, values, d, AS_OF)
            assert result.met[ob.id] is expected_met
            if ob.condition.applies_when is not None:
                expected = reference.evaluate(ob.condition.applies_when, values, d, AS_OF)
                assert result.applies[ob.id] is expected


def _rss_mb() -> float:
    pages = int(Path("/proc/self/statm").read_text().split()[1])
    return pages * 4096 / 2**20


def test_memory_stays_flat_over_10000_profiles() -> None:
    obligations, facts = _synthetic(60)
    engine = Engine(book(obligations, facts), AS_OF)
    profiles = _profiles(500)
    for values in profiles[:200]:  # warm up allocator and caches
        engine.evaluate(values)
    before = _rss_mb()
    for i in range(10_000):
        engine.evaluate(profiles[i % len(profiles)])
    grown = _rss_mb() - before
    assert grown < 50, f"resident memory grew {grown:.1f} MB over 10,000 profiles"
