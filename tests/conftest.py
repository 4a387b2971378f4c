"""Shared helpers: run the command line, find fixtures and the shared sources."""

from __future__ import annotations

import csv
import io
import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from poortwachter.cli.main import main

# the rulebook cache of this test run, not the user's (subprocesses inherit it)
os.environ.setdefault("POORTWACHTER_CACHE_DIR", tempfile.mkdtemp(prefix="poortwachter-cache-"))

HERE = Path(__file__).resolve().parent
FIXTURES = HERE / "fixtures"
SHARED = HERE.parent.parent / "shared"
SOURCES = SHARED / "sources" / "eu"

needs_shared = pytest.mark.skipif(
    not SOURCES.is_dir(), reason="../shared/sources is not beside the checkout"
)


@pytest.fixture
def run() -> Callable[..., Result]:
    """Run ``poortwachter`` with the given arguments in-process."""

    def _run(*args: str) -> Result:
        return CliRunner().invoke(main, list(args), catch_exceptions=False)

    return _run


@pytest.fixture
def valid_rulebook(tmp_path: Path) -> Path:
    """A copy of the valid fixture rulebook that a test may add files to."""
    target = tmp_path / "book"
    shutil.copytree(FIXTURES / "valid", target)
    return target


def csv_table(text: str) -> list[list[str]]:
    """The records of a CSV report without the receipt that ends it."""
    records = list(csv.reader(io.StringIO(text)))
    assert records[-1][0].startswith("# Receipt: ") and records[-2] == [], records[-2:]
    return records[:-2]


def expectation(path: Path) -> tuple[int, str]:
    """The '# expect: LINE: TEXT' header of a fixture file."""
    first = path.read_text("utf-8").splitlines()[0]
    assert first.startswith("# expect: "), f"{path} has no expect header"
    line, _, text = first[len("# expect: ") :].partition(": ")
    return int(line), text
