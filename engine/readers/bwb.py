"""BWB XML from wetten.overheid.nl: the old <wetgeving> format and the current <toestand>.

For now: the article numbers a law contains (issue 8 builds the full document model).
"""

from __future__ import annotations

from pathlib import Path

from .safe import parse_file


def article_numbers(path: Path) -> list[str]:
    """Every article number in the file, in document order, once each ('1', '1a', '23aa')."""
    tree = parse_file(path)
    seen: list[str] = []
    for artikel in tree.iter("artikel"):
        nr = artikel.find("kop/nr")
        if nr is None or not (nr.text or "").strip():
            continue
        number = nr.text.strip().rstrip(".").lower() if nr.text else ""
        if number and number not in seen:
            seen.append(number)
    return seen
