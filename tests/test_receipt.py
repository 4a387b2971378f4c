"""Every report carries a provenance receipt; one changed input byte changes its hash."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from pathlib import Path

from click.testing import Result

ROOT = Path(__file__).resolve().parent.parent
BILL = ROOT / "examples" / "bills" / "wetsvoorstel-implementatie.xml"
PROFILE = ROOT / "examples" / "profiles" / "car_dealer.yaml"


def test_assess_json_carries_the_receipt(run: Callable[..., Result]) -> None:
    data = json.loads(
        run("assess", str(PROFILE), "--as-of", "2027-07-10", "--format", "json").stdout
    )
    stamp = data["receipt"]
    assert stamp["tool"] == "poortwachter" and stamp["version"]
    assert len(stamp["rulebook_sha256"]) == 64 and stamp["as_of"] == "2027-07-10"
    assert stamp["inputs"][0]["file"] == str(PROFILE)


def test_text_markdown_html_end_with_the_receipt(run: Callable[..., Result]) -> None:
    for fmt in ("text", "md", "html"):
        out = run("assess", str(PROFILE), "--as-of", "2027-07-10", "--format", fmt).stdout
        assert "rulebook sha256:" in out and "car_dealer.yaml sha256:" in out, fmt
    table = run("transposition-table", str(BILL), "--instrument", "CONF", "--format", "md")
    assert "Receipt: poortwachter" in table.stdout


def test_one_changed_byte_changes_the_hash(run: Callable[..., Result], tmp_path: Path) -> None:
    bill = tmp_path / "bill.xml"
    bill.write_bytes(BILL.read_bytes())

    def digest() -> str:
        result = run("gap", str(bill), "--as-of", "2026-11-28", "--format", "json")
        value: str = json.loads(result.stdout)["receipt"]["inputs"][0]["sha256"]
        return value

    before = digest()
    data = bytearray(bill.read_bytes())
    position = data.index(b"vijftien")
    data[position] = ord("V")  # one byte
    bill.write_bytes(bytes(data))
    assert digest() != before


def test_rulebook_hash_follows_the_rulebook(
    run: Callable[..., Result], valid_rulebook: Path
) -> None:
    profile = str(PROFILE)

    def rulebook_hash() -> str:
        result = run("assess", profile, "--rules", str(valid_rulebook), "--format", "json")
        value: str = json.loads(result.stdout)["receipt"]["rulebook_sha256"]
        return value

    before = rulebook_hash()
    target = valid_rulebook / "obligations.yaml"
    target.write_text(target.read_text("utf-8").replace("Keep records.", "Keep records!"))
    assert rulebook_hash() != before


def test_correlation_carries_the_receipt_in_every_format(run: Callable[..., Result]) -> None:
    data = json.loads(run("correlation", "wwft", "--format", "json").stdout)
    assert len(data["receipt"]["rulebook_sha256"]) == 64 and data["receipt"]["inputs"] == []
    assert len(data["articles"]) == 90  # every article of the current Wwft
    for fmt in ("table", "md", "csv"):
        out = run("correlation", "wwft", "--format", fmt).stdout
        assert f"rulebook sha256:{data['receipt']['rulebook_sha256'][:16]}" in out, fmt


def test_csv_reports_end_with_a_receipt_record(run: Callable[..., Result]) -> None:
    outputs = [
        run("gap", str(BILL), "--as-of", "2026-11-28", "--format", "csv").stdout,
        run("transposition-table", str(BILL), "--instrument", "CONF", "--format", "csv").stdout,
        run("correlation", "wwft", "--format", "csv").stdout,
    ]
    for out in outputs:
        records = list(csv.reader(io.StringIO(out)))
        assert records[-2] == []  # an empty line between the table and the receipt
        (cell,) = records[-1]
        assert cell.startswith("# Receipt: poortwachter ")
        assert all(not r or not r[0].startswith("#") for r in records[:-1])
    assert "wetsvoorstel-implementatie.xml sha256:" in outputs[0]


def test_compare_carries_the_receipt_of_both_versions(
    run: Callable[..., Result], tmp_path: Path
) -> None:
    new = tmp_path / "new.xml"
    new.write_bytes(BILL.read_bytes().replace(b"vijftien", b"tien"))
    data = json.loads(run("gap", "--compare", str(BILL), str(new), "--as-of", "2026-11-28").stdout)
    old_hash, new_hash = (i["sha256"] for i in data["receipt"]["inputs"])
    assert old_hash != new_hash and data["as_of"] == "2026-11-28"
