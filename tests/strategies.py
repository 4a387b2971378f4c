"""Hypothesis strategies: random, well-typed conditions and profile facts."""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import strategies as st

from poortwachter.engine.facts import profile_fields
from poortwachter.engine.model import AllOf, AnyOf, FactRef, Leaf, Not, RelativeDate

FIELDS = {p: s for p, s in profile_fields().items() if p != "institution.name"}
COUNTRIES = ["NL", "BE", "DE", "FR", "LU"]
AS_OF = dt.date(2026, 11, 28)

numbers = st.one_of(
    st.integers(min_value=-5, max_value=20_000),
    st.sampled_from([0.5, 999.5, 1000.0, 9999.99, 10000.0, 10000.01]),
)
dates = st.dates(min_value=dt.date(2023, 1, 1), max_value=dt.date(2029, 12, 31))
relative = st.one_of(
    st.builds(RelativeDate, days_before_assessment=st.integers(0, 800)),
    st.builds(RelativeDate, months_before_assessment=st.integers(0, 40)),
    st.builds(RelativeDate, years_before_assessment=st.integers(0, 3)),
    st.builds(RelativeDate, days_after_assessment=st.integers(0, 800)),
)


def _value(path: str) -> st.SearchStrategy[Any]:
    spec = FIELDS[path]
    if spec.kind == "number":
        return numbers
    if spec.kind == "boolean":
        return st.booleans()
    if spec.kind == "date":
        return dates
    if spec.kind == "list":
        return st.lists(st.sampled_from(COUNTRIES), max_size=3, unique=True)
    assert spec.choices is not None
    return st.sampled_from(spec.choices[:5])


@st.composite
def leaves(draw: st.DrawFn) -> Leaf:
    path = draw(st.sampled_from(sorted(FIELDS)))
    kind = FIELDS[path].kind
    ops = {
        "number": [
            "equals",
            "not_equals",
            "less_than",
            "greater_than",
            "at_most",
            "at_least",
            "in",
            "not_in",
        ],
        "boolean": ["equals", "not_equals"],
        "date": ["before", "after", "on", "on_or_before", "on_or_after", "equals", "not_equals"],
        "list": ["contains_any", "contains_all"],
        "text": ["equals", "not_equals", "in", "not_in"],
    }[kind]
    op = draw(st.sampled_from(ops))
    if op in ("in", "not_in"):
        value: Any = draw(st.lists(_value(path), min_size=1, max_size=3))
    elif op in ("contains_any", "contains_all"):
        value = draw(st.lists(st.sampled_from(COUNTRIES), min_size=1, max_size=3))
    elif kind == "date" and op not in ("equals", "not_equals"):
        value = draw(st.one_of(dates, relative))
    else:
        value = draw(_value(path))
    return Leaf.model_validate({"field": path, "in" if op == "in" else op: value})


def conditions(facts: list[str] | None = None) -> st.SearchStrategy[Any]:
    base = (
        leaves()
        if not facts
        else st.one_of(leaves(), st.builds(FactRef, fact=st.sampled_from(facts)))
    )
    return st.recursive(
        base,
        lambda inner: st.one_of(
            st.builds(AllOf, all=st.lists(inner, min_size=1, max_size=3)),
            st.builds(AnyOf, any=st.lists(inner, min_size=1, max_size=3)),
            st.builds(lambda c: Not.model_validate({"not": c}), inner),
        ),
        max_leaves=6,
    )


@st.composite
def fact_values(draw: st.DrawFn) -> dict[str, Any]:
    """Values for every field; each may be missing (None)."""
    return {path: draw(st.one_of(st.none(), _value(path))) for path in sorted(FIELDS)}
