"""The mappings to Dutch law: article numbers checked against real BWB XML, the correlation
table complete and rendered in every format."""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Callable
from functools import cache
from pathlib import Path

import pytest
import yaml
from click.testing import Result

from poortwachter.engine.readers.bwb import article_numbers
from poortwachter.engine.rulebook import Rulebook, load_rulebook

from .conftest import SHARED

ROOT = Path(__file__).resolve().parent.parent
BWB_2012 = {
    "BWBR0024282": "BWBR0024282.xml",  # Wwft
    "BWBR0001854": "BWBR0001854.xml",  # Wetboek van Strafrecht
    "BWBR0001903": "BWBR0001903.xml",  # Wetboek van Strafvordering
}
OTHER_SOURCES = ("2026", "2025", "regelrecht-corpus", "wetten.overheid.nl", "wetboek-online")


@cache
def _book() -> Rulebook:
    return load_rulebook()


@cache
def _numbers(bwb: str) -> frozenset[str]:
    return frozenset(article_numbers(SHARED / "corpus" / "bwb" / BWB_2012[bwb]))


@pytest.mark.skipif(not (SHARED / "corpus" / "bwb").is_dir(), reason="../shared not present")
def test_bwb_reader_counts_the_2012_articles() -> None:
    assert len(_numbers("BWBR0001854")) == 740  # Sr, as ../shared/corpus/SOURCES.md counts
    assert {"36e", "420bis"} <= _numbers("BWBR0001854")
    assert {"94", "126f"} <= _numbers("BWBR0001903")
    assert {"1", "3", "16", "23"} <= _numbers("BWBR0024282")


@pytest.mark.skipif(not (SHARED / "corpus" / "bwb").is_dir(), reason="../shared not present")
def test_mapped_wwft_sr_sv_articles_exist_or_are_flagged() -> None:
    """An article found in the 2012 text exists; any other must say where else it was read
    (a current source) or be marked unverified."""
    unexplained = []
    checked = 0
    for entry in _book().mappings:
        for p in entry.value.provisions:
            if p.bwb not in BWB_2012:
                continue
            checked += 1
            if p.article.lower() in _numbers(p.bwb):
                continue
            note = p.verification.note
            if p.verification.verified and not any(s in note for s in OTHER_SOURCES):
                unexplained.append(f"{entry.value.obligation}: {p.law} art. {p.article}")
    assert unexplained == []
    assert checked or not _book().mappings


def _current_wwft_articles() -> list[str]:
    data = yaml.safe_load((ROOT / "docs" / "research" / "wwft_articles.yaml").read_text("utf-8"))
    return [a["number"] for a in data["articles"] if a["verified"]]


def test_correlation_table_covers_every_current_wwft_article_once() -> None:
    current = _current_wwft_articles()
    rows = [c.value.article for c in _book().correlations if c.value.law == "Wwft"]
    assert sorted(rows) == sorted(current)


def test_bundled_correlation_renders(run: Callable[..., Result]) -> None:
    for fmt in ("table", "md", "json", "csv"):
        result = run("correlation", "wwft", "--format", fmt)
        assert result.exit_code == 0
        assert "art. 3" in result.stdout or '"article": "3"' in result.stdout
    (row,) = [
        r
        for r in json.loads(run("correlation", "wwft", "--format", "json").stdout)["articles"]
        if r["article"] == "3"
    ]
    assert "AMLR Art. 19(1)" in row["successors"]  # occasional transactions, among others


@pytest.mark.parametrize("fmt", ["table", "md", "json", "csv"])
def test_correlation_renders_in_every_format(
    fmt: str, valid_rulebook: Path, run: Callable[..., Result]
) -> None:
    result = run("correlation", "wwft", "--rules", str(valid_rulebook), "--format", fmt)
    assert result.exit_code == 0, result.output
    if fmt == "json":
        (row,) = json.loads(result.stdout)["articles"]
        assert (row["article"], row["successors"]) == ("3", ["DEMO Art. 2(1)(a)"])
    elif fmt == "csv":
        rows = list(csv.reader(io.StringIO(result.stdout)))
        assert rows[0][0] == "Wwft" and rows[1][0] == "art. 3"
    elif fmt == "md":
        assert result.stdout.splitlines()[2].startswith("| art. 3 | Customer due diligence |")
    else:
        assert "DEMO Art. 2(1)(a)" in result.stdout


def test_correlation_in_dutch(valid_rulebook: Path, run: Callable[..., Result]) -> None:
    result = run("correlation", "wwft", "--rules", str(valid_rulebook), "--lang", "nl")
    assert "Cliëntenonderzoek" in result.stdout and "De drempel daalt." in result.stdout


def test_mapping_status_needs_reason(valid_rulebook: Path, run: Callable[..., Result]) -> None:
    (valid_rulebook / "bad_map.yaml").write_text(
        "schema: poortwachter/mappings/v1\nmappings:\n  - obligation: DEMO-2-2\n"
        "    status: partly_covered\n    provisions: []\n"
    )
    result = run("rules", "check", "--rules", str(valid_rulebook))
    assert result.exit_code == 2
    assert "bad_map.yaml:3:" in result.stderr and "needs notes" in result.stderr


def test_show_gives_dutch_status(valid_rulebook: Path, run: Callable[..., Result]) -> None:
    result = run("rules", "show", "DEMO-2-1-a", "--rules", str(valid_rulebook))
    assert "Dutch law:   partly_covered" in result.stdout
    assert "Wwft (bill) art. 3 (bill demo-bill)" in result.stdout


# article numbers with letters (17a, 126nd), act numbers (2024/1640) and BWB ids
REFERENCE_TOKENS = re.compile(r"\b\d+[a-z]+\b|\b\d{4}/\d+\b|BWBR\d{7}")


def _references(text: str) -> set[str]:
    """The reference tokens of a text, without English ordinals ('4th category' is '4e
    categorie' in Dutch); '126nd' is an article number, not an ordinal, and stays."""

    def ordinal(token: str) -> bool:
        match = re.fullmatch(r"(\d+)(st|nd|rd|th)", token)
        if match is None:
            return False
        n = int(match.group(1))
        suffix = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        return match.group(2) == suffix

    return {t for t in REFERENCE_TOKENS.findall(text) if not ordinal(t)}


@pytest.mark.parametrize("field", ["notes", "discretion"])
def test_directive_mappings_also_speak_dutch(field: str) -> None:
    """Every mapping of a directive (AMLD6, CONF) says its notes and discretion in Dutch too,
    for the transposition table, and the Dutch names the same provisions and acts."""
    checked = 0
    for entry in _book().mappings:
        m = entry.value
        english = getattr(m, field)
        if m.obligation.split("-")[0] not in ("AMLD6", "CONF") or not english:
            continue
        dutch = getattr(m, f"{field}_nl")
        assert dutch, f"{entry.file}:{entry.line}: {m.obligation} has {field} but no {field}_nl"
        lost = _references(english) - _references(dutch)
        assert not lost, f"{m.obligation}: {field}_nl leaves out {sorted(lost)}"
        checked += 1
    assert checked >= (300 if field == "notes" else 30)


def test_a_provisional_mapping_status_is_reported(
    valid_rulebook: Path, run: Callable[..., Result]
) -> None:
    """A mapping whose Dutch law was not read says so: the lint warns, and the
    transposition table says 'niet nagegaan' instead of 'niet omgezet'."""
    target = valid_rulebook / "mappings.yaml"
    text = target.read_text("utf-8")
    text = text.replace(
        "  - obligation: DEMO-2-1-a\n    status: partly_covered\n",
        "  - obligation: DEMO-2-1-a\n    status: partly_covered\n"
        "    verification: {verified: false, note: the Kamer van Koophandel act was not read}\n",
    )
    target.write_text(text, "utf-8")
    result = run("rules", "check", "--rules", str(valid_rulebook))
    assert "warning: DEMO-2-1-a mapping status is unverified: the Kamer van Koophandel act was" in (
        result.stdout
    )


def test_transposition_table_says_what_was_not_checked(run: Callable[..., Result]) -> None:
    bill = str(
        Path(__file__).resolve().parent.parent / "examples/bills/wetsvoorstel-implementatie.xml"
    )
    out = run("transposition-table", bill, "--instrument", "AMLD6", "--format", "csv").stdout
    rows = {r[0]: r for r in csv.reader(io.StringIO(out)) if r}
    provisional = [
        m.value.obligation
        for m in _book().mappings
        if m.value.verification is not None and not m.value.verification.verified
    ]
    assert "AMLD6-5-1" in provisional  # the investor-residence question is still open
    assert rows["Art. 5(1)"][1] == "— (niet nagegaan)"
    assert rows["Art. 3(2)"][1] == "— (niet omgezet)"  # researched: nothing to transpose
