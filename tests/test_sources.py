"""The bundled rulebook against the official texts in ../shared/sources.

These tests are the rulebook's proof reading: every milestone date must stand in the article
that sets it, every parameter value in the paragraph it cites, and the generated inventories
must match the texts they were generated from.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from poortwachter.engine.rulebook import Rulebook, load_rulebook

from .conftest import SOURCES, needs_shared

pytestmark = needs_shared

ROOT = Path(__file__).resolve().parent.parent
CELEX = {
    "AMLR": "32024R1624",
    "AMLD6": "32024L1640",
    "AMLAR": "32024R1620",
    "TFR": "32023R1113",
    "CONF": "32024L1260",
}
MONTHS = {
    "EN": "January February March April May June July August September October November December",
    "NL": "januari februari maart april mei juni juli augustus september oktober november december",
}


@cache
def _source(instrument: str, lang: str) -> dict[str, Any]:
    path = SOURCES / f"{CELEX[instrument]}_{lang}.json"
    data: dict[str, Any] = json.loads(path.read_text("utf-8"))
    return data


def _normal(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u00a0", " "))


def _article_text(instrument: str, lang: str, number: int) -> str:
    for article in _source(instrument, lang)["articles"]:
        if article["id"] == str(number) and article.get("completeness", "complete") == "complete":
            return _normal(article["text"])
    return ""


@cache
def _book() -> Rulebook:
    """The bundled rulebook, loaded once for this module."""
    return load_rulebook()


def _date_words(day: Any, lang: str) -> str:
    month = MONTHS[lang].split()[day.month - 1]
    return f"{day.day} {month} {day.year}"


def test_inventories_match_generator() -> None:
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "tools" / "generate_inventory.py"),
            "--check",
            "--sources",
            str(SOURCES),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr


def test_inventory_titles_and_counts_match_sources() -> None:
    book = _book()
    for inventory in book.inventory_by_id.values():
        nl = _source(inventory.instrument, "NL")["articles"]
        assert len(inventory.articles) == len(nl)
        for article, official in zip(inventory.articles, nl, strict=True):
            assert article.title.nl == official["title"].strip()


def test_paragraph_structure_agrees_between_languages() -> None:
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import generate_inventory as gen
    finally:
        sys.path.pop(0)
    for instrument in ("AMLR", "AMLD6", "AMLAR", "TFR"):
        en = _source(instrument, "EN")["articles"]
        nl = _source(instrument, "NL")["articles"]
        for a, b in zip(en, nl, strict=True):
            assert gen.structure(a["text"]) == gen.structure(b["text"]), (instrument, a["id"])


def _milestones() -> list[tuple[str, Any]]:
    book = _book()
    return [(i.id, m) for i in book.instrument_by_id.values() for m in i.milestones]


@pytest.mark.parametrize(
    ("instrument", "milestone"),
    _milestones() if SOURCES.is_dir() else [],
    ids=lambda v: str(v) if isinstance(v, str) else f"{v.kind}-{v.date}",
)
def test_milestone_date_stands_in_its_basis_article(instrument: str, milestone: Any) -> None:
    found = []
    for lang in ("EN", "NL"):
        text = _article_text(instrument, lang, milestone.basis.article)
        found.append(_date_words(milestone.date, lang) in text)
    assert any(found), f"{instrument} Art. {milestone.basis.label()} does not give {milestone.date}"


def test_every_milestone_article_is_covered_by_the_text() -> None:
    # the AMLAR early-application list is spelled as ranges; check each listed article is inside
    book = _book()
    amlar = book.instrument_by_id["AMLAR"]
    (early,) = [m for m in amlar.milestones if m.date.isoformat() == "2024-06-26"]
    text = _article_text("AMLAR", "EN", 108)
    assert "Articles 1, 4, 49, 53, 54, 55, 57 to 66, 68 to 71, 100, 101 and 107" in text
    expected = {1, 4, 49, 53, 54, 55, *range(57, 67), *range(68, 72), 100, 101, 107}
    assert {c.article for c in early.covers} == expected


@cache
def _checker() -> Any:
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import check_sources
    finally:
        sys.path.pop(0)
    return check_sources


@cache
def _sources() -> Any:
    return _checker().Sources(SOURCES)


def _obligation_ids() -> list[str]:
    return list(_book().obligation_by_id) if SOURCES.is_dir() else []


@pytest.mark.parametrize("obligation_id", _obligation_ids())
def test_obligation_stands_in_the_official_text(obligation_id: str) -> None:
    """Article exists, paragraph stands in its text, every parameter value in its paragraph."""
    checker = _checker()
    ob = _book().obligation_by_id[obligation_id]
    assert checker.check_obligation(_sources(), ob) == []


@pytest.mark.parametrize(
    ("text", "value", "unit", "lang", "found"),
    [
        ("a value of at least EUR 10 000, or", 10000, "EUR", "EN", True),
        ("ten minste 10 000 EUR of meer", 10000, "EUR", "NL", True),
        ("at least EUR 110 000", 10000, "EUR", "EN", False),
        ("EUR 1 000 000", 1000, "EUR", "EN", False),
        ("EUR 1 000 000", 1000000, "EUR", "EN", True),
        ("for a period of 5 years", 5, "years", "EN", True),
        ("for a further period of five years", 5, "years", "EN", True),
        ("gedurende vijf jaar", 5, "years", "NL", True),
        ("more than 25 % of the shares", 25, "percent", "EN", True),
        ("more than 25 of the shares", 25, "percent", "EN", False),
        ("10 working days", 10, "working_days", "EN", True),
        ("tien werkdagen", 10, "working_days", "NL", True),
        ("ten minste één jaar", 1, "years", "NL", True),
    ],
)
def test_value_spellings(text: str, value: float, unit: str, lang: str, found: bool) -> None:
    assert _checker().value_found(text, value, unit, lang) is found


def test_whole_rulebook_checks_out() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "check_sources.py"), "--sources", str(SOURCES)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_roman_sub_points_are_not_lettered_points() -> None:
    # regression: AMLD6 Art. 21(1) once listed (xv) and (xx) as points
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import generate_inventory as gen
    finally:
        sys.path.pop(0)
    text = "1.   Text:\n(a)\nfirst\n(b)\nsecond:\n(i)\nx\n(xv)\ny\n(xx)\nz\n(c)\nthird\n"
    assert gen.structure(text) == ([{"number": 1, "points": ["a", "b", "c"]}], [])
    letters = "1.   T:\n" + "".join(f"({c})\nitem\n" for c in "abcdefghijklmnopqrstuvwxyz")
    assert gen.structure(letters)[0][0]["points"] == list("abcdefghijklmnopqrstuvwxyz")
