"""Milestones of every instrument on a timeline, and the deadline that governs an obligation."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .model import ArticleRef, Instrument, Milestone, Obligation, Text
from .rulebook import Rulebook


@dataclass(frozen=True)
class Deadline:
    """One milestone of one instrument, seen from an assessment date."""

    instrument: str
    kind: str
    date: dt.date
    articles: list[str]
    provisions: list[str]
    basis: str
    addressee: str | None
    description: Text
    days_left: int
    entities: list[str]

    def as_dict(self) -> dict[str, object]:
        return {
            "instrument": self.instrument,
            "kind": self.kind,
            "date": self.date.isoformat(),
            "articles": self.articles,
            "provisions": self.provisions,
            "basis": self.basis,
            "addressee": self.addressee,
            "entities": self.entities,
            "description": {"en": self.description.en, "nl": self.description.nl},
            "days_left": self.days_left,
        }


def _articles(refs: list[ArticleRef]) -> list[str]:
    return [str(n) for n in sorted({r.article for r in refs})]


def deadline_of(instrument: Instrument, milestone: Milestone, as_of: dt.date) -> Deadline:
    return Deadline(
        instrument=instrument.id,
        kind=milestone.kind,
        date=milestone.date,
        articles=_articles([*milestone.covers, *milestone.entities_defined_in]),
        provisions=[r.label() for r in (*milestone.covers, *milestone.entities_defined_in)],
        entities=list(milestone.entities),
        basis=f"Art. {milestone.basis.label()}",
        addressee=milestone.addressee,
        description=milestone.description,
        days_left=(milestone.date - as_of).days,
    )


def timeline(book: Rulebook, as_of: dt.date, instrument: str | None = None) -> list[Deadline]:
    """Every milestone, soonest first (overdue ones, with negative days, at the top)."""
    rows = [
        deadline_of(inst.value, m, as_of)
        for inst in book.instruments
        if instrument is None or inst.value.id == instrument
        for m in inst.value.milestones
    ]
    return sorted(rows, key=lambda d: (d.date, d.instrument, d.kind, d.provisions))


_GOVERNING = ("application", "transposition")


def covers(cover: ArticleRef, ref: ArticleRef) -> bool:
    """Whether milestone coverage ``cover`` includes the provision ``ref``."""
    if cover.article != ref.article:
        return False
    if cover.paragraph is not None and cover.paragraph != ref.paragraph:
        return False
    return cover.point is None or cover.point == ref.point


def governing_milestone(instrument: Instrument, obligation: Obligation) -> Milestone | None:
    """The application or transposition milestone that dates ``obligation``.

    An article-specific milestone wins over the general one (covers: []).
    """
    general: Milestone | None = None
    for milestone in instrument.milestones:
        if milestone.kind not in _GOVERNING or milestone.entities:
            continue  # entity milestones date only those entities (see findings)
        if not milestone.covers:
            general = general or milestone
        elif any(covers(c, obligation.ref) for c in milestone.covers):
            return milestone
    return general


def obligation_deadline(book: Rulebook, obligation: Obligation) -> tuple[dt.date | None, str]:
    """The date an obligation binds from (or must be transposed by), and where it comes from."""
    if obligation.deadline is not None:
        return obligation.deadline, "obligation"
    instrument = book.instrument_by_id.get(obligation.instrument)
    if instrument is None:
        return None, "unknown instrument"
    milestone = governing_milestone(instrument, obligation)
    if milestone is None:
        return None, "no milestone"
    return milestone.date, f"{instrument.id} Art. {milestone.basis.label()} ({milestone.kind})"
