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
from .deadlines import covers, obligation_deadline
from .engine import Engine, Evaluation, Tri
from .explain import facts_read, profile_says, sentence
from .facts import FactValue, flatten, profile_fields
from .model import (
    AllOf,
    AnyOf,
    Condition,
    Correlation,
    DutchProvision,
    FactRef,
    Obligation,
    Profile,
    Text,
)
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
    missing_facts: list[str] = field(default_factory=list)  # profile paths the questions ask
    facts: dict[str, FactValue] = field(default_factory=dict)
    dutch_provisions: list[str] = field(default_factory=list)
    title: Text | None = None
    chapter: str = ""
    wwft: list[str] = field(default_factory=list)  # the Wwft provisions it replaces
    # what changes against the Wwft: (the Wwft article, the change), from the correlation table
    changes: list[tuple[str, Text]] = field(default_factory=list)
    verified: bool = True  # False: the rule itself is not fully confirmed (rules show ID)

    def as_dict(self) -> dict[str, Any]:
        return {
            "obligation": self.obligation,
            "verified": self.verified,
            "title": {"en": self.title.en, "nl": self.title.nl} if self.title else None,
            "chapter": self.chapter,
            "status": self.status,
            "reason": {"en": self.reason.en, "nl": self.reason.nl},
            "citations": {
                "eu": self.citation,
                "source": self.source,
                "wwft": self.wwft,
                "dutch": self.dutch_provisions,
            },
            "changes_against_wwft": [
                {"wwft": article, "en": c.en, "nl": c.nl} for article, c in self.changes
            ],
            "citation": self.citation,
            "source": self.source,
            "applies_from": self.applies_from.isoformat() if self.applies_from else None,
            "days_left": self.days_left,
            "questions": [{"en": q.en, "nl": q.nl} for q in self.questions],
            "missing_facts": self.missing_facts,
            "dutch_provisions": self.dutch_provisions,
            "facts": {
                k: (v.isoformat() if isinstance(v, dt.date) else v) for k, v in self.facts.items()
            },
        }


@dataclass(frozen=True)
class Assessment:
    institution: str
    as_of: dt.date
    findings: list[Finding]
    category: str | None = None

    def summary(self) -> dict[str, int]:
        counts = Counter(f.status for f in self.findings)
        return {status: counts.get(status, 0) for status in STATUSES}

    def as_dict(self) -> dict[str, Any]:
        return {
            "institution": self.institution,
            "category": self.category,
            "as_of": self.as_of.isoformat(),
            "summary": self.summary(),
            "findings": [f.as_dict() for f in self.findings],
        }


class Assessor:
    """Turns an engine's three-valued results into findings that explain themselves."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.book = engine.book
        self.obligations = self.book.obligation_by_id
        # worked out once per obligation, condition or category, not once per profile
        self._applies_from: dict[tuple[str, str | None], tuple[dt.date | None, str]] = {}
        self._fields_of: dict[int, list[str]] = {}
        self._citations: dict[str, Text] = {}
        self._sentences: dict[tuple[int, str], str] = {}
        self.as_of = engine.as_of
        self.titles = {d.value.name: d.value.title for d in self.book.derived_facts}
        self.derived = {d.value.name: d.value.condition for d in self.book.derived_facts}
        self.wwft: dict[str, list[str]] = {}
        self.changes: dict[str, list[tuple[str, Text]]] = {}
        self._wwft_links()
        self.chapters: dict[tuple[str, int], str] = {
            (inv.instrument, a.number): a.chapter
            for inv in self.book.inventory_by_id.values()
            for a in inv.articles
        }
        self.dutch: dict[str, list[str]] = {}
        for entry in self.book.mappings:
            for p in entry.value.provisions:
                where = f"art. {p.article}" + (f", lid {p.lid}" if p.lid else "")
                where += f", onder {p.onderdeel}" if p.onderdeel else ""
                status = p.status or entry.value.status
                self.dutch.setdefault(entry.value.obligation, []).append(
                    f"{p.law}, {where} ({p.bwb or 'bill ' + str(p.bill)}; {status})"
                )

    def applies_from(self, ob: Obligation, category: str | None) -> tuple[dt.date | None, str]:
        """The date the obligation binds this institution from, and why."""
        key = (ob.id, category)
        if key not in self._applies_from:
            self._applies_from[key] = self._work_out_applies_from(ob, category)
        return self._applies_from[key]

    def _work_out_applies_from(
        self, ob: Obligation, category: str | None
    ) -> tuple[dt.date | None, str]:
        if ob.deadline is None and ob.addressee == "obliged_entity" and category is not None:
            instrument = self.book.instrument_by_id.get(ob.instrument)
            for milestone in instrument.milestones if instrument else []:
                covered = not milestone.covers or any(covers(c, ob.ref) for c in milestone.covers)
                if category in milestone.entities and covered:
                    return milestone.date, f"{ob.instrument} Art. {milestone.basis.label()}"
        date, basis = obligation_deadline(self.book, ob)
        return date, basis.removesuffix(" (application)").removesuffix(" (transposition)")

    def _wwft_links(self) -> None:
        """Which Wwft provisions each obligation replaces, from the mappings, else from the
        correlation table; and what the correlation table says changes."""
        rows = [c.value for c in self.book.correlations if c.value.law == "Wwft"]
        wwft_provisions: dict[str, list[DutchProvision]] = {}
        for m in self.book.mappings:
            wwft_provisions.setdefault(m.value.obligation, []).extend(
                p for p in m.value.provisions if p.bwb == WWFT_BWB
            )
        succeeded_by: dict[tuple[str, int], list[Correlation]] = {}
        for row in rows:
            for key in dict.fromkeys((s.instrument, s.article) for s in row.successors):
                succeeded_by.setdefault(key, []).append(row)
        for ob in self.book.obligation_by_id.values():
            provisions = wwft_provisions.get(ob.id, [])
            mapped_articles = {p.article for p in provisions}
            related = [
                row
                for row in succeeded_by.get((ob.instrument, ob.article), [])
                if not mapped_articles or row.article in mapped_articles
            ]
            labels = [_wwft_label(p.article, p.lid, p.onderdeel) for p in provisions] or [
                _wwft_label(r.article, None, None) for r in related
            ]
            if labels:
                self.wwft[ob.id] = list(dict.fromkeys(labels))
            if related:
                self.changes[ob.id] = [(f"Wwft art. {r.article}", r.change) for r in related]

    def _fields(self, condition: Condition) -> list[str]:
        """The profile fields a condition reads, through the derived facts it uses."""
        key = id(condition)  # conditions live as long as the rulebook this assessor holds
        if key not in self._fields_of:
            self._fields_of[key] = self._work_out_fields(condition)
        return self._fields_of[key]

    def _work_out_fields(self, condition: Condition) -> list[str]:
        out: list[str] = []
        for node in walk(condition):
            if isinstance(node, FactRef):
                inner = self._fields(self.derived[node.fact])
            else:
                inner = [node.field]
            out.extend(p for p in inner if p not in out)
        return out

    def _missing(
        self, condition: Condition, values: dict[str, FactValue], derived: dict[str, Tri]
    ) -> list[str]:
        """The unanswered profile fields that would settle ``condition``."""
        out: list[str] = []
        seen: set[str] = set()

        def visit(cond: Condition) -> None:
            for path in facts_read(cond):
                if values.get(path) is None and path not in seen:
                    seen.add(path)
                    out.append(path)
            for node in _fact_refs(cond):
                if derived.get(node.fact) is None and node.fact not in seen:
                    seen.add(node.fact)
                    visit(self.derived[node.fact])

        visit(condition)
        return out

    def _citation(self, ob: Obligation) -> Text:
        if ob.id not in self._citations:
            self._citations[ob.id] = Text(
                en=citation(self.book, ob, "en"), nl=citation(self.book, ob, "nl")
            )
        return self._citations[ob.id]

    def _say(self, cond: Condition, lang: str) -> str:
        """The condition in words (no brackets around the whole of it)."""
        key = (id(cond), lang)
        if key not in self._sentences:
            text = sentence(cond, self.titles, self.as_of, lang)
            if isinstance(cond, AllOf | AnyOf) and text.startswith("("):
                text = text[1:-1]
            self._sentences[key] = text
        return self._sentences[key]

    def _status(self, applies: Tri, met: Tri, start: dt.date | None) -> Status:
        if applies is False:
            return "not_applicable"
        if start is not None and start > self.as_of:
            return "upcoming"
        if applies is None or met is None:
            return "unknown"
        return "met" if met else "breached"

    @staticmethod
    def _open(ob: Obligation, applies: Tri) -> Condition:
        """The condition still undecided: whether it applies, else whether it is met."""
        assert ob.condition is not None
        when = ob.condition.applies_when
        return when if applies is None and when is not None else ob.condition.met_when

    def finding(self, ob: Obligation, values: dict[str, FactValue], result: Evaluation) -> Finding:
        assert ob.condition is not None
        applies, met = result.applies[ob.id], result.met[ob.id]
        category = values.get("institution.category")
        start, basis = self.applies_from(ob, category if isinstance(category, str) else None)
        days_left = (start - self.as_of).days if start else None
        cite = self._citation(ob)
        applies_when, met_when = ob.condition.applies_when, ob.condition.met_when
        read = (
            self._fields(met_when)
            if applies_when is None
            else list(dict.fromkeys([*self._fields(applies_when), *self._fields(met_when)]))
        )
        questions: list[Text] = []
        missing: list[str] = []

        say = self._say

        def profile(cond: Condition, lang: str) -> str:
            return profile_says(self._fields(cond), values, lang) or "-"

        status = self._status(applies, met, start)
        if status == "not_applicable":
            assert applies_when is not None
            reason = Text(
                en=f"Does not apply. {cite.en} applies only if: {say(applies_when, 'en')}. "
                f"Your profile says: {profile(applies_when, 'en')}.",
                nl=f"Niet van toepassing. {cite.nl} geldt alleen als: {say(applies_when, 'nl')}. "
                f"Uw profiel vermeldt: {profile(applies_when, 'nl')}.",
            )
        elif status == "upcoming":
            assert start is not None and days_left is not None
            days_en = "1 day" if days_left == 1 else f"{days_left} days"
            days_nl = "1 dag" if days_left == 1 else f"{days_left} dagen"
            reason = Text(
                en=f"Applies from {start.isoformat()} ({basis}), in {days_en}. "
                f"{cite.en} will then require: {say(met_when, 'en')}.",
                nl=f"Van toepassing vanaf {start.isoformat()} ({basis.replace('Art.', 'art.')}), "
                f"over {days_nl}. "
                f"{cite.nl} vereist dan: {say(met_when, 'nl')}.",
            )
        elif status == "unknown":
            missing = self._missing(self._open(ob, applies), values, result.derived)
            questions = [profile_fields()[path].question for path in missing]
            reason = Text(
                en=f"Unknown. To decide {cite.en}, answer: " + " ".join(q.en for q in questions),
                nl=f"Onbekend. Om {cite.nl} te beoordelen is antwoord nodig op: "
                + " ".join(q.nl for q in questions),
            )
        elif status == "met":
            reason = Text(
                en=f"Met. {cite.en} requires: {say(met_when, 'en')}. "
                f"Your profile says: {profile(met_when, 'en')}.",
                nl=f"Voldaan. {cite.nl} vereist: {say(met_when, 'nl')}. "
                f"Uw profiel vermeldt: {profile(met_when, 'nl')}.",
            )
        else:
            reason = Text(
                en=f"Breached. {cite.en} requires: {say(met_when, 'en')}. "
                f"Your profile says: {profile(met_when, 'en')}.",
                nl=f"Niet voldaan. {cite.nl} vereist: {say(met_when, 'nl')}. "
                f"Uw profiel vermeldt: {profile(met_when, 'nl')}.",
            )
        return Finding(
            obligation=ob.id,
            status=status,
            reason=reason,
            citation=cite.en,
            source=ob.source,
            applies_from=start,
            days_left=days_left,
            questions=questions,
            missing_facts=missing,
            facts={p: values.get(p) for p in read},
            dutch_provisions=self.dutch.get(ob.id, []),
            title=ob.title,
            chapter=self.chapters.get((ob.instrument, ob.article), ""),
            wwft=self.wwft.get(ob.id, []),
            changes=self.changes.get(ob.id, []),
            verified=ob.verification.verified,
        )

    def assess(self, profile: Profile) -> Assessment:
        values = flatten(profile)
        result = self.engine.evaluate(values)
        obligations = self.obligations
        findings = [
            self.finding(obligations[ob_id], values, result)
            for ob_id in self.engine.compiled.assessed
        ]
        return Assessment(
            profile.institution.name, self.as_of, findings, profile.institution.category
        )

    def brief(self, profile: Profile) -> dict[str, Any]:
        """The status of each obligation and the facts still missing, without the wording:
        one compact record per institution, for batches a supervisor tabulates."""
        values = flatten(profile)
        result = self.engine.evaluate(values)
        category = profile.institution.category
        statuses: dict[str, Status] = {}
        missing: dict[str, list[str]] = {}
        for ob_id in self.engine.compiled.assessed:
            ob = self.obligations[ob_id]
            applies, met = result.applies[ob_id], result.met[ob_id]
            status = self._status(applies, met, self.applies_from(ob, category)[0])
            statuses[ob_id] = status
            if status == "unknown":
                missing[ob_id] = self._missing(self._open(ob, applies), values, result.derived)
        counts = Counter(statuses.values())
        return {
            "institution": profile.institution.name,
            "category": category,
            "summary": {status: counts.get(status, 0) for status in STATUSES},
            "statuses": statuses,
            "missing_facts": missing,
        }


WWFT_BWB = "BWBR0024282"


def _wwft_label(article: str, lid: int | None, onderdeel: str | None) -> str:
    text = f"Wwft art. {article}"
    if lid is not None:
        text += f" lid {lid}"
    if onderdeel:
        text += f" onder {onderdeel}"
    return text


def _fact_refs(condition: Condition) -> list[FactRef]:
    return [n for n in walk(condition) if isinstance(n, FactRef)]
