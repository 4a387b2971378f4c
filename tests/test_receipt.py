"""Every report carries a provenance receipt; one changed input byte changes its hash."""

from __future__ import annotations

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
