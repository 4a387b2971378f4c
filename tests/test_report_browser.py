"""The HTML report as a person sees it: rendered by headless Chromium, on screen and on paper.

Skipped where Chromium is not installed (.ci/run installs it from Debian's packages).
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from poortwachter.cli.main import main

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed")


def _chromium(*args: str) -> None:
    assert CHROMIUM is not None
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [
                CHROMIUM,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                f"--user-data-dir={profile}",
                *args,
            ],
            capture_output=True,
            timeout=120,
            check=False,
        )


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("report") / "report.html"
    profile = str(ROOT / "examples" / "profiles" / "car_dealer.yaml")
    result = CliRunner().invoke(
        main, ["assess", profile, "--as-of", "2027-07-10", "--format", "html", "-o", str(out)]
    )
    assert result.exit_code == 1  # the car dealer breaches obligations
    return out


def test_report_renders_on_screen(report: Path, tmp_path: Path) -> None:
    shot = tmp_path / "report.png"
    _chromium("--window-size=1100,1400", f"--screenshot={shot}", report.as_uri())
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width = int.from_bytes(data[16:20], "big")
    assert width == 1100
    assert len(data) > 20_000  # a page with text, not a blank one


def test_report_prints(report: Path, tmp_path: Path) -> None:
    pdf = tmp_path / "report.pdf"
    _chromium("--no-pdf-header-footer", f"--print-to-pdf={pdf}", report.as_uri())
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF")
    assert data.count(b"/Type /Page") >= 2  # findings continue over several pages


def test_report_is_self_contained(report: Path) -> None:
    text = report.read_text("utf-8")
    assert "<script" not in text and "<link" not in text and 'src="' not in text
    assert "https://eur-lex.europa.eu/eli/reg/2024/1624/oj#art_80" in text
    assert "wetten.overheid.nl/BWBR0024282" in text
