"""Generate the article inventories of the bundled rulebook from the official texts.

    python tools/generate_inventory.py [--sources ../shared/sources/eu] [--check]

Reads the article-by-article JSON texts in ``../shared/sources/eu/`` and writes, per
instrument, ``rules/<family>/inventory/<id>.yaml`` with each article's number, EN and NL title,
chapter, numbered paragraphs (or numbered points) and lettered points. Classifications already
written in an existing inventory file are kept. ``--check`` writes nothing and exits 1 when a
file would change (the test suite runs it when ../shared is present).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent

# instrument id -> (rulebook family folder, CELEX, language that gives the structure)
INSTRUMENTS: dict[str, tuple[str, str, str]] = {
    "AMLR": ("amla", "32024R1624", "EN"),
    "AMLD6": ("amla", "32024L1640", "EN"),
    "AMLAR": ("amla", "32024R1620", "EN"),
    "TFR": ("amla", "32023R1113", "EN"),
    "CONF": ("confiscation", "32024L1260", "NL"),
}

PARAGRAPH = re.compile(r"^(\d{1,3})\.[\s\u00a0]+\S()")
NUMBERED_POINT = re.compile(r"^(?:\((\d{1,3})\)|(\d{1,3})\))(?:\s|$)")
LETTER_POINT = re.compile(r"^(?:\(([a-z]{1,2})\)|([a-z]{1,2})\))(?:[\s\u00a0]|$)")
ROMAN = re.compile(r"^(?=[ivx])x{0,3}(ix|iv|v?i{0,3})$")
HEADING = re.compile(r"^(Artikel|Article)[\s\u00a0]+\d+\s*$")


def _next_letter(letter: str | None) -> str:
    if letter is None:
        return "a"
    if len(letter) == 1 and letter != "z":
        return chr(ord(letter) + 1)
    return letter + letter[-1]  # (z) -> (aa) is not used in these acts; best effort


def structure(text: str) -> tuple[list[dict[str, Any]], list[str]]:
    """Numbered paragraphs (or numbered points) with their lettered points, and free points."""
    lines = [ln.strip() for ln in text.split("\n")]
    lines = [ln for ln in lines if ln and not HEADING.match(ln)]

    def first_run(pattern: re.Pattern[str]) -> list[tuple[int, int]]:
        # a run 1, 2, 3, ...: a line starting with a number elsewhere is not a subdivision
        run: list[tuple[int, int]] = []
        for i, ln in enumerate(lines):
            m = pattern.match(ln)
            if m and int(m.group(1) or m.group(2)) == len(run) + 1:
                run.append((i, len(run) + 1))
        return run

    paragraphs_run = first_run(PARAGRAPH)
    points_run = first_run(NUMBERED_POINT)
    # whichever numbering the article opens with is its own; the other sits inside it
    # (definitions inside paragraph 1) or in quoted text (amending articles)
    if points_run and (not paragraphs_run or points_run[0][0] < paragraphs_run[0][0]):
        units = points_run
    else:
        units = paragraphs_run
    starts = {i: n for i, n in units}
    paragraphs: list[dict[str, Any]] = []
    free: list[str] = []
    current: list[str] = free
    last: str | None = None
    for i, ln in enumerate(lines):
        if i in starts:
            current = []
            paragraphs.append({"number": starts[i], "points": current})
            last = None
            continue
        m = LETTER_POINT.match(ln)
        if not m:
            continue
        letter = m.group(1) or m.group(2)
        if ROMAN.match(letter) and letter != _next_letter(last):
            continue  # a roman sub-point such as (i), (ii)
        if letter not in current:
            current.append(letter)
        last = letter
    return paragraphs, free


def _load(sources: Path, celex: str, lang: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((sources / f"{celex}_{lang}.json").read_text("utf-8"))
    return data


def _chapters(doc: dict[str, Any]) -> dict[str, str]:
    out: dict[str, str] = {}
    for chapter in doc.get("chapters", []):
        for article in chapter["articles"]:
            out[str(article)] = str(chapter["id"])
    return out


def build(instrument: str, sources: Path) -> dict[str, Any]:
    _family, celex, lang = INSTRUMENTS[instrument]
    en = _load(sources, celex, "EN")
    nl = _load(sources, celex, "NL")
    main = en if lang == "EN" else nl
    en_titles = {a["id"]: a["title"].strip() for a in en["articles"]}
    own: dict[int, str] = {}
    if instrument == "CONF":
        own = yaml.safe_load((ROOT / "tools" / "conf_titles_en.yaml").read_text("utf-8"))
    nl_titles = {a["id"]: a["title"].strip() for a in nl["articles"]}
    chapters = _chapters(main)
    articles = []
    for article in main["articles"]:
        number = int(article["id"])
        title_en = en_titles.get(article["id"]) or own.get(number)
        if not title_en:
            raise SystemExit(f"{instrument} Art. {number}: no English title")
        paragraphs, points = structure(article["text"])
        entry: dict[str, Any] = {
            "number": number,
            "title": {"en": title_en, "nl": nl_titles[article["id"]]},
            "chapter": chapters.get(article["id"], "-"),
        }
        if paragraphs:
            entry["paragraphs"] = paragraphs
        if points:
            entry["points"] = points
        articles.append(entry)
    source = (
        f"{celex}_EN.json and {celex}_NL.json in ../shared/sources/eu (official texts); "
        f"paragraphs and points read from the {lang} text"
    )
    if instrument == "CONF":
        source += "; English titles other than Arts 1, 2 and 25 are our own translation"
    return {
        "schema": "poortwachter/rules/v1",
        "inventories": [{"instrument": instrument, "source": source, "articles": articles}],
    }


HEADER = (
    "# Article inventory of {id}, generated by tools/generate_inventory.py from the official\n"
    "# texts. Do not edit: rerun the tool after a change in the sources. Classifications\n"
    "# live in the chapter files, next to the obligations (classifications: ...).\n"
)


class _Dumper(yaml.SafeDumper):
    pass


def _flow_lists(dumper: yaml.SafeDumper, data: list[Any]) -> yaml.Node:
    flow = all(isinstance(x, str | int) for x in data)
    return dumper.represent_sequence("tag:yaml.org,2002:seq", data, flow_style=flow)


_Dumper.add_representer(list, _flow_lists)


def render(instrument: str, doc: dict[str, Any]) -> str:
    body = yaml.dump(doc, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100)
    return HEADER.format(id=instrument) + body


def target(instrument: str) -> Path:
    family = INSTRUMENTS[instrument][0]
    return ROOT / "rules" / family / "inventory" / f"{instrument.lower()}.yaml"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sources", type=Path, default=ROOT.parent / "shared" / "sources" / "eu")
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args(argv)
    stale = []
    for instrument in INSTRUMENTS:
        path = target(instrument)
        text = render(instrument, build(instrument, args.sources))
        if args.check:
            if not path.exists() or path.read_text("utf-8") != text:
                stale.append(str(path.relative_to(ROOT)))
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, "utf-8")
    if stale:
        print("out of date: " + ", ".join(stale), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
