"""A plain-Python evaluator of the condition language, for the tests only.

Written independently of engine/compiler.py: it reads the condition tree directly and uses
Python's own comparisons, in Kleene's three-valued logic (None = unknown). The engine's
durable_rules path must agree with it on every condition and fact.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from poortwachter.engine.model import AllOf, AnyOf, Condition, FactRef, Leaf, Not, RelativeDate


def _months_back(day: dt.date, months: int) -> dt.date:
    year, month = day.year, day.month
    for _ in range(months):
        month -= 1
        if month == 0:
            year, month = year - 1, 12
    for candidate in range(day.day, 27, -1):
        try:
            return dt.date(year, month, candidate)
        except ValueError:
            continue
    return dt.date(year, month, min(day.day, 28))


def when(value: Any, as_of: dt.date) -> dt.date:
    if not isinstance(value, RelativeDate):
        assert isinstance(value, dt.date)
        return value
    if value.days_before_assessment is not None:
        return as_of - dt.timedelta(days=value.days_before_assessment)
    if value.days_after_assessment is not None:
        return as_of + dt.timedelta(days=value.days_after_assessment)
    if value.months_before_assessment is not None:
        return _months_back(as_of, value.months_before_assessment)
    assert value.years_before_assessment is not None
    return _months_back(as_of, 12 * value.years_before_assessment)


def leaf(node: Leaf, actual: Any, as_of: dt.date) -> bool:
    op, expected = node.op, node.value
    if op in ("before", "after", "on", "on_or_before", "on_or_after"):
        expected = when(expected, as_of)
    if op in ("equals", "on"):
        return bool(actual == expected)
    if op == "not_equals":
        return bool(actual != expected)
    if op in ("less_than", "before"):
        return bool(actual < expected)
    if op in ("greater_than", "after"):
        return bool(actual > expected)
    if op in ("at_most", "on_or_before"):
        return bool(actual <= expected)
    if op in ("at_least", "on_or_after"):
        return bool(actual >= expected)
    if op == "in":
        return actual in expected
    if op == "not_in":
        return actual not in expected
    if op == "contains_any":
        return any(item in actual for item in expected)
    if op == "contains_all":
        return all(item in actual for item in expected)
    raise AssertionError(op)


def evaluate(
    condition: Condition,
    values: Mapping[str, Any],
    derived: Mapping[str, bool | None],
    as_of: dt.date,
) -> bool | None:
    if isinstance(condition, Leaf):
        actual = values.get(condition.field)
        return None if actual is None else leaf(condition, actual, as_of)
    if isinstance(condition, FactRef):
        return derived.get(condition.fact)
    if isinstance(condition, Not):
        inner = evaluate(condition.not_, values, derived, as_of)
        return None if inner is None else not inner
    parts = [
        evaluate(p, values, derived, as_of)
        for p in (condition.all if isinstance(condition, AllOf) else condition.any)
    ]
    if isinstance(condition, AllOf):
        if False in parts:
            return False
        return None if None in parts else True
    assert isinstance(condition, AnyOf)
    if True in parts:
        return True
    return None if None in parts else False


def evaluate_book(
    book: Any, values: Mapping[str, Any], as_of: dt.date
) -> tuple[dict[str, bool | None], dict[str, bool | None], dict[str, bool | None]]:
    """Derived facts, 'applies' and 'met' of every conditioned obligation of a rulebook.

    Derived facts are worked out on demand, following the facts each one names, so this does
    not depend on the compiler's strata.
    """
    definitions = {d.value.name: d.value.condition for d in book.derived_facts}
    derived: dict[str, bool | None] = {}

    def fact(name: str) -> bool | None:
        if name not in derived:
            condition = definitions[name]
            needed = {n: fact(n) for n in _fact_names(condition)}
            derived[name] = evaluate(condition, values, needed, as_of)
        return derived[name]

    for name in definitions:
        fact(name)
    applies: dict[str, bool | None] = {}
    met: dict[str, bool | None] = {}
    for ob in book.obligation_by_id.values():
        if ob.condition is None:
            continue
        when = ob.condition.applies_when
        applies[ob.id] = True if when is None else evaluate(when, values, derived, as_of)
        met[ob.id] = evaluate(ob.condition.met_when, values, derived, as_of)
    return derived, applies, met


def _fact_names(condition: Condition) -> list[str]:
    if isinstance(condition, FactRef):
        return [condition.fact]
    if isinstance(condition, Leaf):
        return []
    if isinstance(condition, Not):
        return _fact_names(condition.not_)
    parts = condition.all if isinstance(condition, AllOf) else condition.any
    return [name for part in parts for name in _fact_names(part)]
