"""How much of each instrument the rulebook has classified and encoded."""

from __future__ import annotations

from dataclasses import asdict, dataclass

from .rulebook import Rulebook


@dataclass(frozen=True)
class Coverage:
    instrument: str
    articles_total: int
    articles_classified: int
    articles_with_obligations: int
    obligations: int
    unverified: int

    def as_dict(self) -> dict[str, object]:
        return asdict(self)


def coverage(book: Rulebook) -> list[Coverage]:
    """One row per instrument, in rulebook order."""
    inventories = book.inventory_by_id
    obligations = list(book.obligation_by_id.values())
    rows = []
    for inst_id in book.instrument_by_id:
        inventory = inventories.get(inst_id)
        articles = inventory.articles if inventory else []
        own = [o for o in obligations if o.instrument == inst_id]
        rows.append(
            Coverage(
                instrument=inst_id,
                articles_total=len(articles),
                articles_classified=len(
                    set(book.classification_of(inst_id)) & {a.number for a in articles}
                ),
                articles_with_obligations=len({o.article for o in own}),
                obligations=len(own),
                unverified=sum(1 for o in own if not o.verification.verified),
            )
        )
    return rows
