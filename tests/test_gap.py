"""The drafter's gap report and transposition table, on the example bill."""

from __future__ import annotations

import json
import typing
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import Result

from poortwachter.engine.gap import MAPPING_STATUS_NL, paragraph_of, point_of
from poortwachter.engine.model import MappingStatus
from poortwachter.engine.rulebook import load_rulebook

from .conftest import SHARED, csv_table

ROOT = Path(__file__).resolve().parent.parent
BILL = str(ROOT / "examples" / "bills" / "wetsvoorstel-implementatie.xml")
BASELINE = [
    str(SHARED / "corpus" / "bwb" / f)
    for f in ("BWBR0024282.xml", "BWBR0001854.xml", "BWBR0001903.xml")
]
BOOK = load_rulebook()


def _ids(instrument: str) -> list[str]:
    return sorted(o for o, ob in BOOK.obligation_by_id.items() if ob.instrument == instrument)


def _gap(run: Callable[..., Result], *args: str) -> dict[str, Any]:
    result = run("gap", BILL, *args, "--as-of", "2026-11-28", "--format", "json")
    assert result.exit_code == 0, result.output
    data: dict[str, Any] = json.loads(result.stdout)
    return data


def test_json_contract_and_every_obligation_once(run: Callable[..., Result]) -> None:
    report = _gap(run)
    assert set(report) >= {"obligations", "summary"}
    for row in report["obligations"]:
        assert set(row) >= {
            "obligation",
            "instrument",
            "status",
            "provisions",
            "deadline",
            "days_left",
            "parameter_findings",
        }
    ids = [r["obligation"] for r in report["obligations"]]
    assert len(ids) == len(set(ids))
    for instrument in ("AMLD6", "CONF"):
        assert sorted(i for i in ids if i.startswith(f"{instrument}-")) == _ids(instrument)


def test_fifteen_working_days_is_flagged_against_amld6_24(run: Callable[..., Result]) -> None:
    report = _gap(run, "--instrument", "AMLD6")
    (row,) = [r for r in report["obligations"] if r["obligation"] == "AMLD6-24-1"]
    assert row["status"] == "conflicting"
    (finding,) = [p for p in row["parameter_findings"] if p["result"] != "ok"]
    assert (finding["found"], finding["unit"], finding["result"]) == (
        15,
        "working_days",
        "too_high",
    )
    assert finding["required"] == 10 and finding["direction"] == "at_most"
    assert "vijftien werkdagen" in finding["quote"]
    assert finding["where"].endswith("art. 3.4")
    (account,) = [r for r in report["obligations"] if r["obligation"] == "AMLD6-24-2"]
    assert all(p["result"] == "ok" for p in account["parameter_findings"])


def test_deliberate_gaps_are_missing(run: Callable[..., Result]) -> None:
    report = _gap(run)
    status = {r["obligation"]: r["status"] for r in report["obligations"]}
    for ob in ("CONF-16-1", "AMLD6-25"):  # unexplained wealth; FIU monitoring instructions
        assert status[ob] in ("missing", "partly_transposed"), ob


def test_most_urgent_first(run: Callable[..., Result]) -> None:
    report = _gap(run)
    statuses = [r["status"] for r in report["obligations"]]
    assert statuses[0] == "conflicting"
    assert statuses.index("not_needed") > statuses.index("missing")


@pytest.mark.skipif(not (SHARED / "corpus").is_dir(), reason="../shared not present")
@pytest.mark.parametrize("fmt", ["md", "html", "json", "csv"])
def test_every_format_with_the_baseline(fmt: str, run: Callable[..., Result]) -> None:
    result = run("gap", BILL, *BASELINE, "--as-of", "2026-11-28", "--format", fmt)
    assert result.exit_code == 0, result.output
    out = result.stdout
    if fmt == "json":
        firsts = [r["obligation"] for r in json.loads(out)["obligations"]]
    elif fmt == "csv":
        rows = csv_table(out)
        assert len(rows) == 1 + len(BOOK.obligation_by_id)
        firsts = [r[0].split(" (")[0] for r in rows[1:]]
    elif fmt == "md":
        firsts = [ln[2:].split(" (")[0] for ln in out.splitlines() if ln.startswith("| ")]
    else:
        firsts = [c.split(" (")[0] for c in out.split("<tr><td>")[1:]]
    for instrument in ("AMLD6", "CONF"):
        mine = sorted(f for f in firsts if f.startswith(f"{instrument}-"))
        assert mine == _ids(instrument), fmt


@pytest.mark.parametrize("fmt", ["md", "html", "csv"])
def test_transposition_table_one_row_per_provision(fmt: str, run: Callable[..., Result]) -> None:
    result = run("transposition-table", BILL, "--instrument", "CONF", "--format", fmt)
    assert result.exit_code == 0, result.output
    out = result.stdout
    n = len(_ids("CONF"))
    if fmt == "csv":
        rows = csv_table(out)
        assert rows[0][0] == "Bepaling richtlijn" and len(rows) == n + 1
    elif fmt == "md":
        assert out.count("\n| Art. ") == n
    else:
        assert out.count("<tr><td>Art. ") == n
    assert "wetsvoorstel-implementatie.xml: Artikel 4.4" in out  # the national strategy


def test_compare_two_versions(run: Callable[..., Result], tmp_path: Path) -> None:
    fixed = tmp_path / "fixed.xml"
    fixed.write_text(Path(BILL).read_text("utf-8").replace("vijftien werkdagen", "tien werkdagen"))
    result = run(
        "gap", "--compare", BILL, str(fixed), "--instrument", "AMLD6", "--as-of", "2026-11-28"
    )
    report = json.loads(result.stdout)
    changes = report["changes"]
    assert [i["file"] for i in report["receipt"]["inputs"]] == [BILL, str(fixed)]
    assert {"obligation": "AMLD6-24-1", "before": "conflicting", "after": "transposed"} in changes


def test_paragraph_of_references() -> None:
    assert paragraph_of("artikel 24, eerste lid, van Richtlijn (EU) 2024/1640") == 1
    assert paragraph_of("artikel 55, lid 3, onder a, van Richtlijn (EU) 2024/1640") == 3
    assert paragraph_of("Article 19(1)(b) of Regulation (EU) 2024/1624") == 1
    assert paragraph_of("artikel 24 van Richtlijn (EU) 2024/1640") is None


def test_gap_rejects_bad_xml(run: Callable[..., Result], tmp_path: Path) -> None:
    bad = tmp_path / "bad.xml"
    bad.write_text("<officiele-publicatie><artikel>")
    result = run("gap", str(bad))
    assert result.exit_code == 2
    assert "bad.xml" in result.stderr and "Traceback" not in result.output


def test_drafters_own_mapping_file_counts(run: Callable[..., Result], tmp_path: Path) -> None:
    own = tmp_path / "mine.yaml"
    own.write_text(
        "schema: poortwachter/mappings/v1\n"
        "bills:\n"
        "  - {id: my-bill, title: Mijn wetsvoorstel, status: concept,\n"
        "     url: 'https://zoek.officielebekendmakingen.nl/',\n"
        "     verification: {verified: true, note: own}}\n"
        "mappings:\n"
        "  - obligation: AMLD6-25\n"
        "    status: covered\n"
        "    provisions:\n"
        "      - {law: Wetsvoorstel, bill: my-bill, article: '3',\n"
        "         url: 'https://zoek.officielebekendmakingen.nl/',\n"
        "         verification: {verified: true, note: 'art. 3 of my bill'}}\n"
    )
    report = json.loads(
        run(
            "gap",
            BILL,
            "--mapping",
            str(own),
            "--instrument",
            "AMLD6",
            "--as-of",
            "2026-11-28",
            "--format",
            "json",
        ).stdout
    )
    (row,) = [r for r in report["obligations"] if r["obligation"] == "AMLD6-25"]
    assert row["status"] == "transposed"
    assert row["provisions"][0]["source"] == "bill"


def test_the_bills_own_transposition_table_is_evidence(
    run: Callable[..., Result], tmp_path: Path
) -> None:
    # take the explicit references out of the text: only the bill's table still names Art. 8
    text = Path(BILL).read_text("utf-8")
    report = _gap(run, "--instrument", "AMLD6")
    (row,) = [r for r in report["obligations"] if r["obligation"] == "AMLD6-8-1"]
    sources = {e["source"] for e in row["provisions"]}
    assert "bill transposition table" in sources
    assert any("Artikel 2.1" in e["provision"] for e in row["provisions"])
    assert row["status"] in ("transposed", "conflicting")
    assert "Bepaling richtlijn" in text  # the table the evidence came from


def test_unverified_rules_are_flagged_in_the_gap_report(run: Callable[..., Result]) -> None:
    data = json.loads(run("gap", BILL, "--as-of", "2026-11-28", "--format", "json").stdout)
    flags = {r["obligation"]: r["verified"] for r in data["obligations"]}
    assert flags["AMLR-19-2"] is False and flags["AMLD6-24-1"] is True
    unverified = sorted(ob for ob, ok in flags.items() if not ok)
    for fmt in ("md", "html", "csv"):
        out = run("gap", BILL, "--as-of", "2026-11-28", "--format", fmt).stdout
        for ob in unverified:
            assert f"poortwachter rules show {ob})" in out, (fmt, ob)
        assert out.count("rule not fully confirmed") == len(unverified), fmt


@pytest.mark.parametrize(
    ("text", "point"),
    [
        ("artikel 21, eerste lid, onder b, van Richtlijn (EU) 2024/1640", "b"),
        ("artikel 21, eerste lid, onderdeel c, van de richtlijn", "c"),
        ("artikel 21, eerste lid, aanhef en onder a, van Richtlijn (EU) 2024/1640", "a"),
        ("Article 19(1)(b) of Regulation (EU) 2024/1624", "b"),
        ("Article 3, point (b), of Directive (EU) 2024/1640", "b"),
        ("artikel 21, eerste lid, van Richtlijn (EU) 2024/1640", None),
        ("artikel 21, onder 1°, van Richtlijn (EU) 2024/1640", None),
    ],
)
def test_point_of_references(text: str, point: str | None) -> None:
    assert point_of(text) == point


def test_a_reference_to_one_point_reaches_only_that_point(
    run: Callable[..., Result], tmp_path: Path
) -> None:
    """Regression: references were matched by paragraph only, so a bill that carries out
    point (a) was counted for points (b) and (c) of the same paragraph too."""
    article = (
        '<artikel status="goed"><kop><label>Artikel</label><nr>9.9</nr></kop><al>Ter uitvoering '
        "van artikel 21, eerste lid, onder a, van Richtlijn (EU) 2024/1640 stelt Onze Minister "
        "regels.</al></artikel>"
    )
    text = Path(BILL).read_text("utf-8")
    at = text.rindex("</hoofdstuk>")
    bill = tmp_path / "bill.xml"
    bill.write_text(text[:at] + article + text[at:], encoding="utf-8")

    def provisions(path: str) -> dict[str, list[str]]:
        result = run(
            "gap", path, "--instrument", "AMLD6", "--as-of", "2026-11-28", "--format", "json"
        )
        return {
            r["obligation"]: [e["provision"] for e in r["provisions"]]
            for r in json.loads(result.stdout)["obligations"]
        }

    before, after = provisions(BILL), provisions(str(bill))
    assert "bill.xml art. 9.9" in after["AMLD6-21-1-a"]
    assert after["AMLD6-21-1-b"] == before["AMLD6-21-1-b"]
    assert after["AMLD6-21-1-c"] == before["AMLD6-21-1-c"]


def test_transposition_table_names_each_provision_once(run: Callable[..., Result]) -> None:
    """Regression: the bill's article found by its reference and the same article in the
    bill's own table were listed twice ('bill.xml art. 4.1; bill.xml: Artikel 4.1'); the
    table's wording, which may say more, is kept."""
    out = run("transposition-table", BILL, "--instrument", "CONF", "--format", "csv").stdout
    rows = {r[0]: r[1].split("; ") for r in csv_table(out)[1:]}
    assert rows["Art. 5(1)"] == ["wetsvoorstel-implementatie.xml: Artikel 4.1"]
    assert rows["Art. 11(5)"][0] == (
        "wetsvoorstel-implementatie.xml: Artikel 5.3, onderdeel A (artikel 94aa Sv)"
    )
    for where in rows.values():
        listed = {w.split(": ")[1].split(",")[0].split(" (")[0] for w in where if ": Art" in w}
        found = {
            w.split(" art. ")[1] for w in where if w.startswith("wetsvoorstel-") and " art. " in w
        }
        assert not {n.removeprefix("Artikel ") for n in listed} & found, where


def test_every_mapping_status_has_dutch_words() -> None:
    assert set(MAPPING_STATUS_NL) == set(typing.get_args(MappingStatus))


def test_transposition_table_is_in_dutch(run: Callable[..., Result]) -> None:
    """The table goes into a Dutch explanatory memorandum: the notes Poortwachter writes
    itself are Dutch, and the mappings' notes come in their Dutch version."""
    out = run("transposition-table", BILL, "--instrument", "CONF", "--format", "csv").stdout
    rows = {r[0]: r for r in csv_table(out)[1:]}
    assert rows["Art. 5(1)"][3] == "omgezet in de bepalingen die naar het EU-artikel verwijzen"
    english = ("carried by the documents", "current Dutch law", "no provision found")
    assert not any(phrase in out for phrase in english)
    (aro,) = [m.value for m in load_rulebook().mappings if m.value.obligation == "CONF-6-2"]
    assert aro.notes_nl and aro.notes_nl != aro.notes  # no bill article: the mapping speaks
    assert rows["Art. 6(2)"][3] == aro.notes_nl
