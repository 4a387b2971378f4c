"""Proof-read obligations against the official texts in ../shared/sources/eu.

    python tools/check_sources.py [--sources DIR] [FILE.yaml ...]

Without files: the whole bundled rulebook. With files: those rule files together with the
bundled instruments and inventories (so one chapter can be checked while others are being
written). For every obligation it checks that its article exists in the text, that its
paragraph number stands in that article's text, and that every parameter's value appears
in the text of the paragraph it cites (EN or NL; "10 000", "EUR 10 000", "5 years", "five
years", "25 %" ...). Also runs the rulebook lint. Exit 1 when anything is wrong.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from functools import cache
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SOURCES = ROOT.parent / "shared" / "sources" / "eu"

CELEX = {
    "AMLR": "32024R1624",
    "AMLD6": "32024L1640",
    "AMLAR": "32024R1620",
    "TFR": "32023R1113",
    "CONF": "32024L1260",
}

WORDS = {
    "EN": [
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
        "twenty",
    ],
    "NL": [
        "nul",
        "een",
        "twee",
        "drie",
        "vier",
        "vijf",
        "zes",
        "zeven",
        "acht",
        "negen",
        "tien",
        "elf",
        "twaalf",
        "dertien",
        "veertien",
        "vijftien",
        "zestien",
        "zeventien",
        "achttien",
        "negentien",
        "twintig",
    ],
}
TENS = {
    "EN": {30: "thirty", 40: "forty", 50: "fifty", 60: "sixty", 90: "ninety"},
    "NL": {30: "dertig", 40: "veertig", 50: "vijftig", 60: "zestig", 90: "negentig"},
}


def normal(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ").replace("\u202f", " "))


class Sources:
    def __init__(self, folder: Path) -> None:
        self.folder = folder

    @cache  # noqa: B019 - one Sources per run
    def doc(self, instrument: str, lang: str) -> dict[str, Any]:
        path = self.folder / f"{CELEX[instrument]}_{lang}.json"
        data: dict[str, Any] = json.loads(path.read_text("utf-8"))
        return data

    def article(self, instrument: str, lang: str, number: int) -> str | None:
        for article in self.doc(instrument, lang)["articles"]:
            if article["id"] == str(number):
                if article.get("completeness", "complete") != "complete":
                    return None
                return str(article["text"])
        return None

    def paragraph(self, instrument: str, lang: str, number: int, paragraph: int | None) -> str:
        """The text of one numbered paragraph (or numbered point), or '' when absent."""
        raw = self.article(instrument, lang, number)
        if raw is None:
            return ""
        if paragraph is None:
            return normal(raw)
        lines = raw.split("\n")
        starts = []
        for pattern in (r"^(\d{1,3})\.[\s\u00a0]+\S", r"^(?:\((\d{1,3})\)|(\d{1,3})\))(?:\s|$)"):
            run: list[tuple[int, int]] = []
            for i, line in enumerate(lines):
                m = re.match(pattern, line.strip())
                if m and int(next(g for g in m.groups() if g)) == len(run) + 1:
                    run.append((i, len(run) + 1))
            starts.append(run)
        paragraphs, points = starts
        units = (
            points if points and (not paragraphs or points[0][0] < paragraphs[0][0]) else paragraphs
        )
        for k, (i, n) in enumerate(units):
            if n == paragraph:
                end = units[k + 1][0] if k + 1 < len(units) else len(lines)
                return normal("\n".join(lines[i:end]))
        return ""


def spellings(value: float, unit: str, lang: str) -> list[str]:
    number = int(value) if float(value).is_integer() else value
    out: list[str] = []
    if isinstance(number, int):
        grouped = f"{number:,}".replace(",", " ")
        out += [grouped, str(number)]
        if 0 <= number < len(WORDS[lang]):
            out.append(WORDS[lang][number])
        if number == 1 and lang == "NL":
            out.append("één")
        if number in TENS[lang]:
            out.append(TENS[lang][number])
    else:
        out += [str(number), str(number).replace(".", ",")]
    return out


def value_found(text: str, value: float, unit: str, lang: str) -> bool:
    lowered = text.lower()
    for s in spellings(value, unit, lang):
        if re.search(rf"(?<!\d)(?<!\d ){re.escape(s)}(?! ?\d)", text) or (
            s.isalpha() and re.search(rf"\b{re.escape(s)}\b", lowered)
        ):
            if unit == "EUR" and "EUR" not in text and "euro" not in lowered:
                continue
            if unit == "percent" and "%" not in text and "procent" not in lowered:
                continue
            return True
    return False


def check_obligation(sources: Sources, ob: Any) -> list[str]:
    """Problems of one obligation against the texts (empty when it checks out)."""
    problems = []
    langs = ["NL"] if ob.instrument == "CONF" else ["EN", "NL"]
    texts = {lang: sources.article(ob.instrument, lang, ob.article) for lang in langs}
    if all(t is None for t in texts.values()):
        return [f"{ob.id}: Article {ob.article} not found in the {ob.instrument} text"]
    if ob.paragraph is not None and not any(
        sources.paragraph(ob.instrument, lang, ob.article, ob.paragraph) for lang in langs
    ):
        problems.append(
            f"{ob.id}: Article {ob.article} has no paragraph {ob.paragraph} in the text"
        )
    for p in ob.parameters:
        paragraph = p.paragraph if p.paragraph is not None else ob.paragraph
        found = any(
            value_found(
                sources.paragraph(ob.instrument, lang, ob.article, paragraph), p.value, p.unit, lang
            )
            for lang in langs
        )
        if not found:
            where = f"Art. {ob.article}" + (f"({paragraph})" if paragraph else "")
            problems.append(f"{ob.id}: parameter {p.name} = {p.value} {p.unit} not in {where}")
    return problems


def main(argv: list[str] | None = None) -> int:
    from poortwachter.engine.lint import check
    from poortwachter.engine.rulebook import bundled_rules_dir, load_files, load_rulebook

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sources", type=Path, default=DEFAULT_SOURCES)
    parser.add_argument("files", nargs="*", type=Path)
    args = parser.parse_args(argv)
    if args.files:
        base = bundled_rules_dir()
        bases = [base / "amla" / "instruments.yaml", base / "confiscation" / "instrument.yaml"]
        bases += sorted(base.rglob("inventory/*.yaml"))
        chosen = [(p, str(p)) for p in bases] + [(f, str(f)) for f in args.files]
        book = load_files(chosen)
    else:
        book = load_rulebook()
    sources = Sources(args.sources)
    problems = [p.render() for p in check(book)]
    errors = [p for p in problems if ": error: " in p]
    for entry in book.obligations:
        errors += [
            f"{entry.file}:{entry.line}: {m}" for m in check_obligation(sources, entry.value)
        ]
    for line in problems:
        if ": error: " not in line:
            print(line)
    for line in errors:
        print(line)
    print(f"{len(book.obligations)} obligations checked: {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
