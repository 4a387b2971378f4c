"""The project's own specification suite exercises every obligation that has a condition."""

from __future__ import annotations

import re
from pathlib import Path

from poortwachter.engine.rulebook import load_rulebook

FEATURES = Path(__file__).resolve().parent.parent / "features"
MENTION = re.compile(r"\b(?:obligation|verplichting|for|voor)\s+([A-Z][A-Z0-9]*-[\w-]+)")


def exercised() -> set[str]:
    found: set[str] = set()
    for path in FEATURES.rglob("*.feature"):
        for line in path.read_text("utf-8").splitlines():
            if line.strip().startswith(("Then", "And", "But", "Dan", "En", "Maar", "|")):
                found.update(MENTION.findall(line))
                found.update(re.findall(r"\|\s*([A-Z][A-Z0-9]*-[\w-]+)\s*\|", line))
    return found


def test_every_conditioned_obligation_has_a_scenario() -> None:
    book = load_rulebook()
    conditioned = {o for o, ob in book.obligation_by_id.items() if ob.condition is not None}
    missing = sorted(conditioned - exercised())
    assert missing == [], f"{len(missing)} obligations without a scenario: {missing}"


def test_suite_is_in_its_folders_and_mostly_dutch() -> None:
    files = list(FEATURES.rglob("*.feature"))
    assert {p.parent.name for p in files} <= {"amla", "confiscation"}
    dutch = [p for p in files if p.read_text("utf-8").startswith("# language: nl")]
    assert len(dutch) * 2 > len(files)
