"""Findings in words: conditions rendered as sentences, in English and Dutch."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from .compiler import resolve_date, walk
from .facts import FactValue, profile_fields
from .model import AllOf, Condition, FactRef, Leaf, Not, RelativeDate, Text

Lang = str

OPERATORS: dict[str, tuple[str, str]] = {
    "equals": ("is", "is"),
    "not_equals": ("is not", "is niet"),
    "less_than": ("is less than", "is minder dan"),
    "greater_than": ("is more than", "is meer dan"),
    "at_most": ("is at most", "is ten hoogste"),
    "at_least": ("is at least", "is ten minste"),
    "in": ("is one of", "is een van"),
    "not_in": ("is none of", "is geen van"),
    "contains_any": ("includes any of", "bevat een van"),
    "contains_all": ("includes all of", "bevat alle"),
    "before": ("is before", "ligt voor"),
    "after": ("is after", "ligt na"),
    "on": ("is", "is"),
    "on_or_before": ("is on or before", "ligt op of voor"),
    "on_or_after": ("is on or after", "ligt op of na"),
}

_RELATIVE = {
    "days_before_assessment": (
        "{n} days before the assessment date",
        "{n} dagen voor de peildatum",
    ),
    "months_before_assessment": (
        "{n} months before the assessment date",
        "{n} maanden voor de peildatum",
    ),
    "years_before_assessment": (
        "{n} years before the assessment date",
        "{n} jaar voor de peildatum",
    ),
    "days_after_assessment": ("{n} days after the assessment date", "{n} dagen na de peildatum"),
}


def _i(lang: Lang) -> int:
    return 0 if lang == "en" else 1


def format_value(value: Any, lang: Lang) -> str:
    """A value as a reader expects it: 10 000, 2027-07-10, yes/ja."""
    if value is None:
        return "not given" if lang == "en" else "niet opgegeven"
    if isinstance(value, bool):
        return ("yes", "ja")[_i(lang)] if value else ("no", "nee")[_i(lang)]
    if isinstance(value, int | float):
        number = int(value) if float(value).is_integer() else value
        return f"{number:,}".replace(",", "\u00a0") if isinstance(number, int) else str(number)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list):
        return ", ".join(format_value(v, lang) for v in value) or ("none", "geen")[_i(lang)]
    return str(value)


def _format_expected(value: Any, as_of: dt.date, lang: Lang) -> str:
    if isinstance(value, RelativeDate):
        key, n = next((k, v) for k, v in value.model_dump().items() if v is not None)
        words = _RELATIVE[key][_i(lang)].format(n=n)
        return f"{resolve_date(value, as_of).isoformat()} ({words})"
    return format_value(value, lang)


def label(path: str, lang: Lang) -> str:
    spec = profile_fields().get(path)
    if spec is None:
        return path
    return spec.label.en if lang == "en" else spec.label.nl


def _boolean_statement(leaf: Leaf, negate: bool, lang: Lang) -> str | None:
    """'the institution carries out occasional transactions' for a yes/no field."""
    spec = profile_fields().get(leaf.field)
    if spec is None or spec.yes is None or spec.no is None or not isinstance(leaf.value, bool):
        return None
    if leaf.op not in ("equals", "not_equals"):
        return None
    truth = leaf.value if leaf.op == "equals" else not leaf.value
    if negate:
        truth = not truth
    chosen = spec.yes if truth else spec.no
    return chosen.en if lang == "en" else chosen.nl


def sentence(
    condition: Condition,
    titles: Mapping[str, Text],
    as_of: dt.date,
    lang: Lang,
    negate: bool = False,
) -> str:
    """A condition as a statement in main-clause order, e.g. 'the record retention period
    (years) is at least 5' / 'de bewaartermijn van gegevens (jaren) is ten minste 5'."""
    if isinstance(condition, Leaf):
        statement = _boolean_statement(condition, negate, lang)
        if statement is not None:
            return statement
        the = "the " if lang == "en" else "de "
        op = OPERATORS[condition.op][_i(lang)]
        expected = _format_expected(condition.value, as_of, lang)
        text = f"{the}{label(condition.field, lang)} {op} {expected}"
    elif isinstance(condition, FactRef):
        title = titles.get(condition.fact)
        text = (title.en if lang == "en" else title.nl) if title else condition.fact
    elif isinstance(condition, Not):
        return sentence(condition.not_, titles, as_of, lang, not negate)
    else:
        parts = condition.all if isinstance(condition, AllOf) else condition.any
        conjunction = isinstance(condition, AllOf) != negate  # De Morgan when negated
        joiner = (" and ", " en ") if conjunction else (" or ", " of ")
        rendered = [sentence(p, titles, as_of, lang, negate) for p in parts]
        text = joiner[_i(lang)].join(rendered)
        return f"({text})" if len(parts) > 1 else text
    if negate:
        return f"it is not the case that {text}" if lang == "en" else f"het is niet zo dat {text}"
    return text


def facts_read(condition: Condition) -> list[str]:
    """The profile fields a condition reads, in order, once each."""
    seen: list[str] = []
    for node in walk(condition):
        if isinstance(node, Leaf) and node.field not in seen:
            seen.append(node.field)
    return seen


def profile_says(paths: list[str], values: Mapping[str, FactValue], lang: Lang) -> str:
    """'record retention period (years): 3; the institution has a compliance officer; ...'"""
    parts = []
    for path in paths:
        value = values.get(path)
        spec = profile_fields().get(path)
        if isinstance(value, bool) and spec is not None and spec.yes and spec.no:
            chosen = spec.yes if value else spec.no
            parts.append(chosen.en if lang == "en" else chosen.nl)
        else:
            parts.append(f"{label(path, lang)}: {format_value(value, lang)}")
    return "; ".join(parts)
