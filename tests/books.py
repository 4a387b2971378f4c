"""Build small rulebooks in code for engine tests."""

from __future__ import annotations

from typing import Any

from poortwachter.engine.model import (
    DerivedFact,
    Obligation,
    ObligationCondition,
    Text,
    Verification,
)
from poortwachter.engine.rulebook import Located, Rulebook

T = Text(en="t", nl="t")


def obligation(number: int, met_when: Any, applies_when: Any = None) -> Obligation:
    return Obligation.model_validate(
        {
            "id": f"SYN-{number}",
            "instrument": "SYN",
            "article": number,
            "title": T,
            "summary": T,
            "addressee": "obliged_entity",
            "kind": "apply",
            "condition": ObligationCondition.model_validate(
                {"met_when": met_when, "applies_when": applies_when}
            ),
            "source": "http://data.europa.eu/eli/reg/2099/1/oj",
            "verification": Verification(verified=True, note="synthetic"),
        }
    )


def derived(name: str, condition: Any) -> DerivedFact:
    return DerivedFact.model_validate(
        {"name": name, "title": Text(en=name, nl=name), "condition": condition}
    )


def book(obligations: list[Obligation], facts: list[DerivedFact] | None = None) -> Rulebook:
    return Rulebook(
        obligations=[Located(o, "synthetic.yaml", i + 1) for i, o in enumerate(obligations)],
        derived_facts=[Located(d, "synthetic.yaml", 1) for d in facts or []],
    )
