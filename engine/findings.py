"""Findings: per obligation, its status for one institution, the reason, and its provenance.

Statuses:
- ``met``: the obligation applies and the profile shows it is met;
- ``breached``: it applies and the profile shows it is not met;
- ``not_applicable``: it does not bind this institution;
- ``upcoming``: it (may) bind the institution, but only from a later date;
- ``unknown``: a fact it needs is missing; ``questions`` says what would settle it.

A date counts from its first day: "applies from 10 July 2027" means it applies on 10 July 2027
(``days_left`` is then 0 and the status is no longer ``upcoming``).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Literal

from .compiler import walk
from .deadlines import obligation_deadline
from .engine import Engine, Evaluation, Tri
from .explain import facts_read, profile_says, sentence
from .facts import FactValue, flatten, profile_fields
from .model import Condition, FactRef, Obligation, Profile, Text
from .views import citation

Status = Literal["met", "breached", "not_applicable", "upcoming", "unknown"]
STATUSES: tuple[Status, ...] = ("breached", "unknown", "upcoming", "met", "not_applicable")


@dataclass(frozen=True)
class Finding:
    obligation: str
    status: Status
    reason: Text
    citation: str
    source: str
    applies_from: dt.date | None
    days_left: int | None
    questions: list[Text] = field(default_factory=list)
    facts: dict[str, FactValue] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return {
            "obligation": self.obligation,
            "status": self.status,
            "reason": {"en": self.reason.en, "nl": self.reason.nl},
            "citation": self.citation,
            "source": self.source,
            "applies_from": self.applies_from.isoformat() if self.applies_from else None,
            "days_left": self.days_left,
            "questions": [{"en": q.en, "nl": q.nl} for q in self.questions],
            "facts": {
                k: (v.isoformat() if isinstance(v, dt.date) else v) for k, v in self.facts.items()
            },
        }


@dataclass(frozen=True)
class Assessment:
    institution: str
    as_of: dt.date
    findings: list[Finding]

    def summary(self) -> dict[str, int]:
        counts = Counter(f.status for f in self.findings)
        return {status: counts.get(status, 0) for status in STATUSES}


class Assessor:
    """Turns an engine's three-valued results into findings that explain themselves."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.book = engine.book
        self.as_of = engine.as_of
        self.titles = {d.value.name: d.value.title for d in self.book.derived_facts}
        self.derived = {d.value.name: d.value.condition for d in self.book.derived_facts}

    def applies_from(self, ob: Obligation, category: str | None) -> tuple[dt.date | None, str]:
        """The date the obligation binds this institution from, and why."""
        if ob.deadline is None and ob.addressee == "obliged_entity" and category is not None:
            instrument = self.book.instrument_by_id.get(ob.instrument)
            for milestone in instrument.milestones if instrument else []:
                if category in milestone.entities:
                    return milestone.date, f"Art. {milestone.basis.label()}"
        date, basis = obligation_deadline(self.book, ob)
        return date, basis

    def _questions(
        self, condition: Condition, values: dict[str, FactValue], derived: dict[str, Tri]
    ) -> list[Text]:
        fields = profile_fields()
        out: list[Text] = []
        seen: set[str] = set()

        def visit(cond: Condition) -> None:
            for path in facts_read(cond):
                if values.get(path) is None and path not in seen:
                    seen.add(path)
                    out.append(fields[path].question)
            for node in _fact_refs(cond):
                if derived.get(node.fact) is None and node.fact not in seen:
                    seen.add(node.fact)
                    visit(self.derived[node.fact])

        visit(condition)
        return out

    def finding(self, ob: Obligation, values: dict[str, FactValue], result: Evaluation) -> Finding:
        assert ob.condition is not None
        applies, met = result.applies[ob.id], result.met[ob.id]
        category = values.get("institution.category")
        start, basis = self.applies_from(ob, category if isinstance(category, str) else None)
        days_left = (start - self.as_of).days if start else None
        cite = citation(self.book, ob)
        applies_when, met_when = ob.condition.applies_when, ob.condition.met_when
        read = (
            facts_read(met_when)
            if applies_when is None
            else [
                *facts_read(applies_when),
                *(p for p in facts_read(met_when) if p not in facts_read(applies_when)),
            ]
        )
        questions: list[Text] = []

        def say(cond: Condition, lang: str) -> str:
            return sentence(cond, self.titles, self.as_of, lang)

        def profile(cond: Condition, lang: str) -> str:
            return profile_says(facts_read(cond), values, lang) or "-"

        if applies is False:
            assert applies_when is not None
            status: Status = "not_applicable"
            reason = Text(
                en=f"Does not apply. {cite} applies when {say(applies_when, 'en')}; "
                f"your profile says {profile(applies_when, 'en')}.",
                nl=f"Niet van toepassing. {cite} geldt als {say(applies_when, 'nl')}; "
                f"uw profiel vermeldt {profile(applies_when, 'nl')}.",
            )
        elif start is not None and start > self.as_of:
            status = "upcoming"
            reason = Text(
                en=f"Applies from {start.isoformat()} ({ob.instrument} {basis}), in {days_left} "
                f"days. {cite} will require that {say(met_when, 'en')}.",
                nl=f"Geldt vanaf {start.isoformat()} ({ob.instrument} {basis}), over {days_left} "
                f"dagen. {cite} zal vereisen dat {say(met_when, 'nl')}.",
            )
        elif applies is None or met is None:
            status = "unknown"
            open_condition = applies_when if applies is None and applies_when else met_when
            questions = self._questions(open_condition, values, result.derived)
            asked_en = " ".join(q.en for q in questions)
            asked_nl = " ".join(q.nl for q in questions)
            reason = Text(
                en=f"Unknown. To decide {cite}, the profile must answer: {asked_en}",
                nl=f"Onbekend. Om {cite} te beoordelen moet het profiel antwoord geven op: "
                f"{asked_nl}",
            )
        elif met:
            status = "met"
            reason = Text(
                en=f"Met. {cite} requires that {say(met_when, 'en')}; "
                f"your profile says {profile(met_when, 'en')}.",
                nl=f"Voldaan. {cite} vereist dat {say(met_when, 'nl')}; "
                f"uw profiel vermeldt {profile(met_when, 'nl')}.",
            )
        else:
            status = "breached"
            reason = Text(
                en=f"Breached. {cite} requires that {say(met_when, 'en')}, "
                f"but your profile says {profile(met_when, 'en')}.",
                nl=f"Niet voldaan. {cite} vereist dat {say(met_when, 'nl')}, "
                f"maar uw profiel vermeldt {profile(met_when, 'nl')}.",
            )
        return Finding(
            obligation=ob.id,
            status=status,
            reason=reason,
            citation=cite,
            source=ob.source,
            applies_from=start,
            days_left=days_left,
            questions=questions,
            facts={p: values.get(p) for p in read},
        )

    def assess(self, profile: Profile) -> Assessment:
        values = flatten(profile)
        result = self.engine.evaluate(values)
        obligations = self.book.obligation_by_id
        findings = [
            self.finding(obligations[ob_id], values, result)
            for ob_id in self.engine.compiled.assessed
        ]
        return Assessment(profile.institution.name, self.as_of, findings)


def _fact_refs(condition: Condition) -> list[FactRef]:
    return [n for n in walk(condition) if isinstance(n, FactRef)]
