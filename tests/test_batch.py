"""Batch assessment (--format jsonl, --jobs): the same statuses as the full report, the same
bytes on one or two processes, clean rejection of a bad line, and the seeded generator the
benchmarks use."""

from __future__ import annotations

import contextlib
import json
import os
import pty
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from click.testing import Result

from bench import generate

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((ROOT / "examples" / "profiles").glob("*.yaml"))


def _records(text: str) -> tuple[list[dict[str, object]], dict[str, object]]:
    lines = [json.loads(line) for line in text.splitlines()]
    return lines[:-1], lines[-1]


def test_statuses_match_the_full_report(run: Callable[..., Result]) -> None:
    paths = [str(p) for p in EXAMPLES]
    full = json.loads(run("assess", *paths, "--as-of", "2027-07-10", "--format", "json").stdout)
    result = run("assess", *paths, "--as-of", "2027-07-10", "--format", "jsonl")
    assert result.exit_code == 1  # some example institutions breach an obligation
    records, last = _records(result.stdout)
    assert len(records) == len(EXAMPLES) == last["profiles"]
    for record, report in zip(records, full["assessments"], strict=True):
        assert record["institution"] == report["institution"]
        assert record["summary"] == report["summary"]
        assert record["statuses"] == {f["obligation"]: f["status"] for f in report["findings"]}
        assert record["missing_facts"] == {
            f["obligation"]: f["missing_facts"]
            for f in report["findings"]
            if f["status"] == "unknown"
        }
    assert last["summary"] == full["summary"]
    doubtful = sorted(
        f["obligation"] for f in full["assessments"][0]["findings"] if not f["verified"]
    )
    assert sorted(last["unverified_rules"]) == doubtful and "AMLR-19-2" in doubtful
    assert last["receipt"]["as_of"] == "2027-07-10"  # type: ignore[index]


def test_two_processes_give_the_same_bytes(run: Callable[..., Result], tmp_path: Path) -> None:
    profiles = generate.write_profiles(tmp_path / "many.jsonl", seed=11, count=700)  # 3 chunks
    one = run("assess", str(profiles), "--as-of", "2027-07-10", "--format", "jsonl", "-j", "1")
    two = run("assess", str(profiles), "--as-of", "2027-07-10", "--format", "jsonl", "-j", "2")
    assert one.stdout == two.stdout
    records, last = _records(two.stdout)
    assert [r["line"] for r in records] == list(range(1, 701))
    assert last["profiles"] == 700


def test_a_bad_line_leaves_no_report(run: Callable[..., Result], tmp_path: Path) -> None:
    lines = [json.dumps(p) for p in generate.profiles(seed=3, count=400)]
    lines[299] = lines[299].replace('"institution"', '"instelling"', 1)
    profiles = tmp_path / "many.jsonl"
    profiles.write_text("\n".join(lines) + "\n{oops\n")
    report = tmp_path / "report.jsonl"
    result = run("assess", str(profiles), "--format", "jsonl", "-j", "2", "-o", str(report))
    assert result.exit_code == 2
    assert not report.exists()
    messages = result.stderr.splitlines()
    assert messages[0].startswith(f"{profiles}:300:") and "institution" in messages[0]
    assert messages[1].startswith(f"{profiles}:401:") and "not valid JSON" in messages[1]


def test_strict_counts_unknown(run: Callable[..., Result], tmp_path: Path) -> None:
    bank = str(ROOT / "examples" / "profiles" / "bank.yaml")  # all known, nothing breached
    assert run("assess", bank, "--as-of", "2027-07-10", "--format", "jsonl").exit_code == 0
    crypto = str(ROOT / "examples" / "profiles" / "crypto_provider.yaml")  # unknowns, no breach
    args = ["assess", crypto, "--as-of", "2027-07-10", "--format", "jsonl"]
    assert run(*args).exit_code == 0
    assert run(*args, "--strict").exit_code == 1


def test_generator_is_seeded_valid_and_reaches_every_status(
    run: Callable[..., Result], tmp_path: Path
) -> None:
    first = generate.write_profiles(tmp_path / "a.jsonl", seed=5, count=300)
    second = generate.write_profiles(tmp_path / "b.jsonl", seed=5, count=300)
    assert first.read_bytes() == second.read_bytes()
    assert generate.write_profiles(tmp_path / "c.jsonl", 6, 300).read_bytes() != first.read_bytes()
    result = run("assess", str(first), "--as-of", "2027-07-10", "--format", "jsonl")
    assert result.exit_code in (0, 1), result.stderr  # every generated profile is valid
    _, last = _records(result.stdout)
    assert all(n > 0 for n in last["summary"].values()), last["summary"]  # type: ignore[union-attr]


def test_generated_bill_reads_and_cites_the_directives(
    run: Callable[..., Result], tmp_path: Path
) -> None:
    bill = tmp_path / "bill.xml"
    bill.write_text(generate.bill(seed=1, chapters=3, articles_per_chapter=4), encoding="utf-8")
    assert generate.bill(1, 3, 4) == bill.read_text("utf-8")
    result = run("gap", str(bill), "--as-of", "2026-11-29", "--format", "json")
    assert result.exit_code == 0, result.stderr
    rows = json.loads(result.stdout)["obligations"]
    assert any(r["status"] != "missing" for r in rows if r["obligation"].startswith("AMLD6"))


def test_progress_bar_on_a_terminal(tmp_path: Path) -> None:
    """A supervisor at a terminal sees progress on stderr; a log file gets none."""
    profiles = generate.write_profiles(tmp_path / "many.jsonl", seed=2, count=120)
    command = [str(Path(sys.executable).with_name("poortwachter")), "assess", str(profiles)]
    command += ["--as-of", "2027-07-10", "--format", "jsonl", "-o", str(tmp_path / "out")]
    leader, follower = pty.openpty()
    done = subprocess.run(command, stderr=follower, stdout=subprocess.DEVNULL, check=False)
    os.close(follower)
    shown = b""
    with contextlib.suppress(OSError):
        while chunk := os.read(leader, 65536):
            shown += chunk
    os.close(leader)
    assert done.returncode in (0, 1)
    assert b"assessing" in shown and b"100%" in shown
    piped = subprocess.run(command, capture_output=True, check=False)
    assert piped.stderr == b""


def test_jobs_only_with_jsonl(run: Callable[..., Result]) -> None:
    result = run("assess", str(EXAMPLES[0]), "--format", "json", "-j", "2")
    assert result.exit_code == 2
    assert "--jobs is for batches: use it with --format jsonl" in result.stderr
