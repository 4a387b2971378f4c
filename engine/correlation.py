"""The correlation table: each article of current Dutch law and its EU successors."""

from __future__ import annotations

import re
from typing import Any

from .model import Correlation, Successor
from .rulebook import Rulebook


def article_key(number: str) -> tuple[int, str]:
    """Sort Dutch article numbers naturally: 2 < 2a < 3 < 10."""
    match = re.match(r"(\d+)(.*)", number)
    return (int(match.group(1)), match.group(2)) if match else (0, number)


def successor_label(s: Successor) -> str:
    text = f"{s.instrument} Art. {s.article}"
    if s.paragraph is not None:
        text += f"({s.paragraph})"
    if s.point is not None:
        text += f"({s.point})"
    return text


def correlation_rows(book: Rulebook, law: str) -> list[Correlation]:
    rows = [c.value for c in book.correlations if c.value.law == law]
    return sorted(rows, key=lambda c: article_key(c.article))


def as_dict(row: Correlation) -> dict[str, Any]:
    return {
        "law": row.law,
        "article": row.article,
        "subject": {"en": row.subject.en, "nl": row.subject.nl},
        "kind": row.kind,
        "successors": [successor_label(s) for s in row.successors],
        "change": {"en": row.change.en, "nl": row.change.nl},
        "verified": row.verification.verified,
        "verification_note": row.verification.note,
    }
