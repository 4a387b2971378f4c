"""The same features through pytest-bdd, with step definitions generated from the vocabulary."""

from __future__ import annotations

from pathlib import Path

from pytest_bdd import scenarios

from poortwachter.engine.spec.bdd import register

FEATURES = Path(__file__).resolve().parent.parent / "features"

register(globals(), FEATURES)
scenarios(
    str(FEATURES / "amla" / "cash_limit.feature"),
    str(FEATURES / "amla" / "clientenonderzoek.feature"),
)
