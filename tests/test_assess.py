"""poortwachter assess: the self-assessment of institutions from the command line."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import Result

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((ROOT / "examples" / "profiles").glob("*.yaml"))


def _json(run: Callable[..., Result], *args: str) -> tuple[int, dict[str, Any]]:
    result = run("assess", *args, "--format", "json")
    assert result.exit_code in (0, 1), result.output
    data: dict[str, Any] = json.loads(result.stdout)
    return result.exit_code, data


def _finding(report: dict[str, Any], obligation: str) -> dict[str, Any]:
    (found,) = [f for f in report["findings"] if f["obligation"] == obligation]
    return found


def test_car_dealer_cash_limit(run: Callable[..., Result]) -> None:
    profile = str(ROOT / "examples" / "profiles" / "car_dealer.yaml")
    code, later = _json(run, profile, "--as-of", "2027-07-10")
    assert code == 1
    assert _finding(later, "AMLR-80-1")["status"] == "breached"
    _, now = _json(run, profile, "--as-of", "2026-11-28")
    cash = _finding(now, "AMLR-80-1")
    assert (cash["status"], cash["applies_from"], cash["days_left"]) == (
        "upcoming",
        "2027-07-10",
        224,
    )


def test_wwft_threshold_breaches_amlr_and_cites_the_wwft(run: Callable[..., Result]) -> None:
    profile = str(ROOT / "examples" / "profiles" / "car_dealer.yaml")
    _, report = _json(run, profile, "--as-of", "2027-07-10")
    cdd = _finding(report, "AMLR-19-1-b")
    assert cdd["status"] == "breached"
    assert "Wwft art. 3 lid 5 onder b" in cdd["citations"]["wwft"]
    assert cdd["citations"]["eu"].endswith("Art. 19(1)(b)")


@pytest.mark.parametrize("day", ["2027-07-10", "2029-07-09"])
def test_football_club_is_upcoming_until_2029(day: str, run: Callable[..., Result]) -> None:
    profile = str(ROOT / "examples" / "profiles" / "football_club.yaml")
    _, report = _json(run, profile, "--as-of", day)
    amlr = [f for f in report["findings"] if f["obligation"].startswith("AMLR-")]
    applicable = [f for f in amlr if f["status"] != "not_applicable"]
    assert applicable and all(f["status"] == "upcoming" for f in applicable)
    assert all(f["applies_from"] == "2029-07-10" for f in applicable)


def test_json_contract(run: Callable[..., Result]) -> None:
    _, report = _json(run, str(EXAMPLES[0]), "--as-of", "2027-07-10")
    assert set(report) >= {"findings", "summary"}
    for f in report["findings"]:
        assert set(f) >= {
            "obligation",
            "status",
            "applies_from",
            "days_left",
            "reason",
            "citations",
        }


def test_exit_codes(run: Callable[..., Result], tmp_path: Path) -> None:
    bank = str(ROOT / "examples" / "profiles" / "bank.yaml")
    dealer = str(ROOT / "examples" / "profiles" / "car_dealer.yaml")
    assert run("assess", bank, "--as-of", "2027-07-10").exit_code == 0
    assert run("assess", dealer, "--as-of", "2027-07-10").exit_code == 1
    crypto = str(ROOT / "examples" / "profiles" / "estate_agent.yaml")
    assert run("assess", crypto, "--as-of", "2026-01-01").exit_code == 0  # all upcoming
    assert run("assess", crypto, "--as-of", "2028-01-01", "--strict").exit_code == 1
    bad = tmp_path / "bad.yaml"
    bad.write_text("schema: poortwachter/profile/v1\ninstitution: {name: X, category: bank}\n")
    result = run("assess", str(bad))
    assert result.exit_code == 2
    assert "bad.yaml:2:" in result.stderr and "Traceback" not in result.output


def test_several_profiles_and_jsonl(run: Callable[..., Result], tmp_path: Path) -> None:
    import yaml

    lines = []
    for path in EXAMPLES[:3]:
        data = yaml.safe_load(path.read_text("utf-8"))
        lines.append(json.dumps(data, default=str))
    jsonl = tmp_path / "many.jsonl"
    jsonl.write_text("\n".join(lines) + "\n")
    result = run("assess", str(jsonl), "--as-of", "2027-07-10", "--format", "json")
    data = json.loads(result.stdout)
    assert len(data["assessments"]) == 3
    assert sum(data["summary"].values()) == sum(
        sum(a["summary"].values()) for a in data["assessments"]
    )


def test_empty_jsonl_is_bad_input(run: Callable[..., Result], tmp_path: Path) -> None:
    # found by the fuzzer: a JSONL file of blank lines crashed the JSON summary
    jsonl = tmp_path / "none.jsonl"
    jsonl.write_text("\n\n")
    result = run("assess", str(jsonl), "--format", "json")
    assert result.exit_code == 2
    expected = "error: no profile in the file; expected one JSON object per line"
    assert result.stderr == f"{jsonl}: {expected}\n"


def test_bad_jsonl_line_names_the_line(run: Callable[..., Result], tmp_path: Path) -> None:
    jsonl = tmp_path / "many.jsonl"
    jsonl.write_text('{"schema": "poortwachter/profile/v1", "institution": {"name": "A"}}\n{oops\n')
    result = run("assess", str(jsonl))
    assert result.exit_code == 2
    assert "many.jsonl:2:" in result.stderr


@pytest.mark.parametrize("profile", EXAMPLES, ids=[p.stem for p in EXAMPLES])
@pytest.mark.parametrize("fmt", ["text", "md", "json", "html"])
@pytest.mark.parametrize("lang", ["en", "nl"])
def test_every_example_in_every_format_and_language(
    profile: Path, fmt: str, lang: str, run: Callable[..., Result]
) -> None:
    result = run("assess", str(profile), "--as-of", "2027-07-10", "--format", fmt, "--lang", lang)
    assert result.exit_code in (0, 1), result.output
    assert result.stdout.strip()
    if fmt == "html":
        assert result.stdout.startswith("<!DOCTYPE html>") and result.stdout.endswith("</html>\n")
        assert f'lang="{lang}"' in result.stdout


def test_output_file_is_written_whole_or_not_at_all(
    run: Callable[..., Result], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "report.html"
    target.write_text("old report")
    bank = str(ROOT / "examples" / "profiles" / "bank.yaml")
    result = run("assess", bank, "--as-of", "2027-07-10", "--format", "html", "-o", str(target))
    assert result.exit_code == 0
    assert target.read_text().startswith("<!DOCTYPE html>")

    import os

    def broken_replace(src: str, dst: str) -> None:
        raise OSError("disk full")

    target.write_text("old report")
    monkeypatch.setattr(os, "replace", broken_replace)
    failed = run("assess", bank, "--as-of", "2027-07-10", "-o", str(target))
    assert failed.exit_code == 2
    assert failed.stderr == f"{target}: error: cannot write the report: disk full\n"
    assert target.read_text() == "old report"
    assert [p.name for p in tmp_path.iterdir()] == ["report.html"]


def test_output_into_a_missing_folder_is_bad_input(
    run: Callable[..., Result], tmp_path: Path
) -> None:
    target = tmp_path / "no-such-folder" / "report.json"
    bank = str(ROOT / "examples" / "profiles" / "bank.yaml")
    result = run("assess", bank, "--as-of", "2027-07-10", "--format", "json", "-o", str(target))
    assert result.exit_code == 2
    expected = "error: cannot write the report here: No such file or directory"
    assert result.stderr == f"{target}: {expected}\n"


def test_bad_profile_values_one_line_each(run: Callable[..., Result], tmp_path: Path) -> None:
    path = tmp_path / "p.yaml"
    path.write_text(
        "schema: poortwachter/profile/v1\ninstitution: {name: X}\ncontrols:\n"
        "  business_risk_assessment_updated: 1 March 2026\n  record_retention_years: five\n"
    )
    result = run("assess", str(path))
    assert result.exit_code == 2
    lines = result.stderr.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith(f"{path}:4:") and "YYYY-MM-DD" in lines[0]
    assert lines[1].startswith(f"{path}:5:") and "expected a number" in lines[1]


def test_json_profile_reads_like_yaml(run: Callable[..., Result], tmp_path: Path) -> None:
    path = tmp_path / "p.json"
    path.write_text(
        '{"schema": "poortwachter/profile/v1", "institution": {"name": "X"},'
        ' "controls": {"business_risk_assessment_updated": "2026-03-01"}}'
    )
    result = run("assess", str(path), "--as-of", "2027-07-10", "--format", "json")
    assert result.exit_code in (0, 1), result.output


def test_profile_init_template_is_a_valid_profile_once_named(
    run: Callable[..., Result], tmp_path: Path
) -> None:
    out = tmp_path / "new.yaml"
    result = run("profile", "init", "--category", "estate_agent", "--lang", "nl", "-o", str(out))
    assert result.exit_code == 0
    text = out.read_text("utf-8")
    assert "category: estate_agent  # AMLR Art. 3(3)(d)" in text
    assert "# Hoeveel jaar bewaart de instelling" in text
    out.write_text(text.replace('name: ""', "name: Makelaar X"))
    assert run("assess", str(out), "--as-of", "2027-07-10").exit_code in (0, 1)


def test_interactive_asks_what_is_unknown_and_saves(
    run: Callable[..., Result], tmp_path: Path
) -> None:
    from click.testing import CliRunner

    from poortwachter.cli.main import main

    path = tmp_path / "agent.yaml"
    path.write_text((ROOT / "examples" / "profiles" / "estate_agent.yaml").read_text("utf-8"))
    # risk assessment: yes; one-person entity: 'maybe' is refused, then no; compliance manager: no
    answers = "yes\nmaybe\nno\nno\n" + "\n" * 40
    result = CliRunner().invoke(
        main,
        ["assess", str(path), "--interactive", "--as-of", "2027-07-10", "--format", "json"],
        input=answers,
    )
    assert result.exit_code in (0, 1), result.output
    assert "AMLR-10-1: unknown -> met" in result.output
    assert "answer yes or no" in result.output  # 'maybe' was refused and asked again
    saved = path.read_text("utf-8")
    assert "business_risk_assessment: true" in saved
    assert "single_person_entity: false" in saved
    assert "compliance_manager: false" in saved


def test_report_lists_what_changes_against_the_wwft(run: Callable[..., Result]) -> None:
    profile = str(ROOT / "examples" / "profiles" / "car_dealer.yaml")
    result = run("assess", profile, "--as-of", "2027-07-10", "--format", "md")
    assert "## What changes against the Wwft" in result.stdout
    assert "- **Wwft art. 3**:" in result.stdout  # the CDD article, from the correlation table
    _, report = _json(run, profile, "--as-of", "2027-07-10")
    cdd = _finding(report, "AMLR-19-1-b")
    assert {c["wwft"] for c in cdd["changes_against_wwft"]} == {"Wwft art. 3"}
    assert "EUR 15 000" in cdd["changes_against_wwft"][0]["en"]


def test_many_profiles_keep_stdout_clean(run: Callable[..., Result], tmp_path: Path) -> None:
    import yaml

    data = yaml.safe_load((ROOT / "examples" / "profiles" / "bank.yaml").read_text("utf-8"))
    line = json.dumps(data, default=str)
    jsonl = tmp_path / "sector.jsonl"
    jsonl.write_text((line + "\n") * 60)  # above the progress-bar threshold
    result = run("assess", str(jsonl), "--as-of", "2027-07-10", "--format", "json")
    assert len(json.loads(result.stdout)["assessments"]) == 60


def test_an_unverified_rule_is_flagged_in_every_format(run: Callable[..., Result]) -> None:
    """AMLR-19-2 is marked unverified (who the crypto-asset exception covers): the finding
    says so, so an institution does not take a doubtful rule for a settled one."""
    bank = str(ROOT / "examples" / "profiles" / "bank.yaml")
    args = ["assess", bank, "--as-of", "2027-07-10"]
    findings = {
        f["obligation"]: f for f in json.loads(run(*args, "--format", "json").stdout)["findings"]
    }
    assert findings["AMLR-19-2"]["verified"] is False
    assert findings["AMLR-20-1-b"]["verified"] is True
    hint = "`poortwachter rules show AMLR-19-2`"
    for fmt in ("text", "md", "html"):
        out = run(*args, "--format", fmt).stdout
        assert out.count(hint) == 1, fmt
    assert "niet volledig bevestigd" in run(*args, "--lang", "nl").stdout


def test_a_write_that_fails_midway_is_one_message(
    run: Callable[..., Result], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A full disk while the report is written: one line, exit 2, the old file kept."""
    import io
    import os

    from poortwachter.cli import output

    target = tmp_path / "statuses.jsonl"
    target.write_text("old report")

    class FullDisk(io.StringIO):
        def write(self, text: str) -> int:
            raise OSError(28, "No space left on device")

    def fdopen(fd: int, *args: object, **kwargs: object) -> FullDisk:
        os.close(fd)
        return FullDisk()

    monkeypatch.setattr(output.os, "fdopen", fdopen)
    bank = str(ROOT / "examples" / "profiles" / "bank.yaml")
    result = run("assess", bank, "--format", "jsonl", "-o", str(target))
    assert result.exit_code == 2
    assert result.stderr == f"{target}: error: cannot write the report: No space left on device\n"
    assert target.read_text() == "old report"
    assert [p.name for p in tmp_path.iterdir()] == ["statuses.jsonl"]
