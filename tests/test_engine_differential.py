"""Differential check: the durable_rules engine against the reference evaluator on the real
rulebook, every conditioned obligation and derived fact, with generated profiles.

Profiles are drawn around the numbers, dates and choices the rulebook's own conditions test
(each threshold, one below and one above it; each date, the day before and after), so every
boundary of the real rules is crossed. The run then checks that each conditioned obligation
came out in more than one way, so the profiles did reach the rules.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterator
from functools import cache
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from poortwachter.engine.engine import Engine
from poortwachter.engine.facts import profile_fields
from poortwachter.engine.model import AllOf, AnyOf, Condition, FactRef, Leaf, Not, RelativeDate
from poortwachter.engine.rulebook import Rulebook, load_rulebook

from . import reference

# before the AMLR applies, the day it does, and the day the football rules do (Art. 90 AMLR)
DATES = (dt.date(2026, 11, 29), dt.date(2027, 7, 10), dt.date(2029, 7, 10))
FIELDS = profile_fields()


@cache
def bundled() -> Rulebook:
    return load_rulebook(None, None)


@cache
def engine(as_of: dt.date) -> Engine:
    return Engine(bundled(), as_of)


def _leaves(condition: Condition) -> Iterator[Leaf]:
    if isinstance(condition, Leaf):
        yield condition
    elif isinstance(condition, Not):
        yield from _leaves(condition.not_)
    elif isinstance(condition, AllOf | AnyOf):
        for part in condition.all if isinstance(condition, AllOf) else condition.any:
            yield from _leaves(part)
    else:
        assert isinstance(condition, FactRef)


def _conditions(book: Rulebook) -> Iterator[Condition]:
    for d in book.derived_facts:
        yield d.value.condition
    for ob in book.obligation_by_id.values():
        if ob.condition is not None:
            yield ob.condition.met_when
            if ob.condition.applies_when is not None:
                yield ob.condition.applies_when


def _near(value: Any) -> list[Any]:
    """A value the rulebook tests, and its neighbours on either side."""
    if isinstance(value, bool | str):
        return [value]
    if isinstance(value, int | float):
        return [value - 1, value - 0.01, value, value + 0.01, value + 1]
    if isinstance(value, dt.date):
        return [value + dt.timedelta(days=d) for d in (-1, 0, 1)]
    if isinstance(value, RelativeDate):
        return [
            reference.when(value, day) + dt.timedelta(days=d) for day in DATES for d in (-1, 0, 1)
        ]
    if isinstance(value, list):
        return [v for item in value for v in _near(item)]
    raise AssertionError(value)


@cache
def interesting() -> dict[str, tuple[Any, ...]]:
    """For every profile field, the values worth trying against the real rulebook."""
    found: dict[str, set[Any]] = defaultdict(set)
    for condition in _conditions(bundled()):
        for leaf in _leaves(condition):
            found[leaf.field].update(_near(leaf.value))
    out: dict[str, tuple[Any, ...]] = {}
    for path, spec in FIELDS.items():
        tested = found.get(path, set())
        if spec.kind == "boolean":
            pool: list[Any] = [True, False]
        elif spec.kind == "number":
            pool = sorted({0, 1, *tested}, key=float)
        elif spec.kind == "date":
            pool = sorted({*tested, *(d + dt.timedelta(days=k) for d in DATES for k in (-1, 0, 1))})
        elif spec.kind == "list":
            pool = sorted({str(v) for v in tested} | {"NL", "XX"})
        else:
            pool = sorted(set(spec.choices or ()) | {str(v) for v in tested} | {"other"})
        out[path] = tuple(pool)
    return out


@st.composite
def profile_values(draw: st.DrawFn) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for path, spec in FIELDS.items():
        pool = interesting()[path]
        if spec.kind == "list":
            choice: Any = draw(st.lists(st.sampled_from(pool), max_size=3, unique=True))
        else:
            choice = draw(st.sampled_from(pool))
        values[path] = draw(st.sampled_from([None, choice, choice]))  # a third unknown
    return values


outcomes: dict[str, set[bool | None]] = defaultdict(set)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(values=profile_values())
def test_real_rulebook_engine_agrees_with_reference(values: dict[str, Any]) -> None:
    for day in DATES:
        result = engine(day).evaluate(values)
        derived, applies, met = reference.evaluate_book(bundled(), values, day)
        assert result.derived == derived, (day, values)
        assert result.applies == applies, (day, values)
        assert result.met == met, (day, values)
        for ob_id, truth in met.items():
            outcomes[ob_id].add(truth)


def test_every_conditioned_obligation_was_reached() -> None:
    # runs after the property test in file order; alone (-k) it has nothing to look at
    if not outcomes:
        pytest.skip("the differential test did not run in this session")
    assessed = engine(DATES[0]).compiled.assessed
    assert len(assessed) >= 24
    one_way = {ob_id: outcomes[ob_id] for ob_id in assessed if len(outcomes[ob_id]) < 3}
    assert not one_way, one_way
