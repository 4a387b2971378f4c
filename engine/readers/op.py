"""Officiële-publicaties XML (officielebekendmakingen.nl): Staatsblad, Staatscourant and
Kamerstukken, with their articles and the amendments an amending act makes.

An article is an ``artikel`` or ``wijzig-artikel`` of the act itself; an ``artikel`` quoted
inside an amendment (the new text of the target law) is part of that amendment, not an article
of the act. Each amendment instruction (``wijzig-lid``, ``wijziging``, ``wijzig-divisie``, or
the ``wat`` of a ``wijzig-artikel`` without sub-instructions) becomes one Amendment.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path

from lxml import etree

from ..errors import InputError
from .bwb import (
    SKIP,
    first,
    kop_heading,
    kop_number,
    line_of,
    local,
    not_nested,
    paragraphs,
    parse,
    plain_text,
    short_title,
    title_of,
)
from .document import Amendment, Article, Document, Paragraph

ROOTS = frozenset({"officiele-publicatie", "kamerstuk", "staatsblad", "staatscourant"})
ARTICLES = frozenset({"artikel", "wijzig-artikel"})
# Sub-instructions of a wijzig-artikel; anything named wijzig-* counts as well.
INSTRUCTIONS = frozenset({"wijzig-lid", "wijziging", "wijzig-divisie", "wijzig-onderdeel"})
# Where an artikel is quoted text, not an article of this act.
QUOTING = ARTICLES | INSTRUCTIONS | {"artikeltekst", "wijzig-bijlage"}
NOT_NEW_TEXT = frozenset({"wat", "nr", "lidnr", "kop", "meta-data"})

ARTICLE_REF = re.compile(
    r"\b[Aa]rtikel\s+(\d+[0-9a-z]*(?:[.:][0-9a-z]+)*|[IVXLCDM]+[a-z]?\b)",
)
CONDITION = re.compile(
    r"^(?:Indien|Zodra|Nadat|Ingeval|Als)\b.*?,\s*(?=(?:wordt|worden|vervalt|vervallen|komt|komen)\b)",
    re.DOTALL,
)
SUBJECT = re.compile(r"^(.*?)\s+(?:wordt|worden|vervalt|vervallen|komt|komen)\b", re.DOTALL)
OWNER = re.compile(r"\b(?:van|bij)\s+(?:de|het)\s+")
HEADING_LAW = re.compile(r"^\(?\s*wijziging\s+(?:van\s+)?(?:de\s+|het\s+)?(.+?)\s*\)?$", re.I)
QUOTED = re.compile(r"«[^»]*»")
REPLACED_BY = re.compile(r"vervangen\s+door\s+«([^»]*)»")
ACTIONS = (
    ("replace", re.compile(r"komt\s+te\s+luiden|komen\s+te\s+luiden|vervangen")),
    ("insert", re.compile(r"ingevoegd|toegevoegd|invoeging")),
    ("repeal", re.compile(r"vervalt|vervallen|ingetrokken|geschrapt")),
    ("renumber", re.compile(r"vernummerd|vernummering")),
)


@dataclass(frozen=True)
class Context:
    """What an instruction inherits from the instructions around it."""

    law: str | None
    article: str | None
    action: str | None


def read_op(path: Path | str) -> Document:
    """Read a Staatsblad, Staatscourant or Kamerstuk XML file into the common document model."""
    return op_document(parse(Path(path)), Path(path))


def op_document(tree: etree._ElementTree, path: Path) -> Document:
    root = tree.getroot()
    if local(root) not in ROOTS:
        raise InputError.at(
            path,
            line_of(root),
            0,
            f"root is <{root.tag}>; an officiële publicatie has <officiele-publicatie>",
        )
    title = title_of(root)
    candidates = (e for e in root.iter() if local(e) in ARTICLES)
    own = short_title(title) or None
    articles = [_article(a, own) for a in not_nested(candidates, QUOTING)]
    return Document(str(path), "op", title, articles, tables=_tables(root))


def _tables(root: etree._Element) -> list[list[list[str]]]:
    """CALS tables (table/tgroup/thead|tbody/row/entry) as rows of cell texts."""
    tables = []
    for table in (e for e in root.iter() if local(e) == "table"):
        rows = []
        for row in (e for e in table.iter() if local(e) == "row"):
            cells = [
                " ".join("".join(str(t) for t in entry.itertext()).split())
                for entry in row
                if isinstance(entry.tag, str) and local(entry) == "entry"
            ]
            rows.append(cells)
        tables.append(rows)
    return tables


def _article(element: etree._Element, own_title: str | None) -> Article:
    if local(element) != "wijzig-artikel" and not _instructions(element):
        return Article(kop_number(element), kop_heading(element), paragraphs(element))
    wat = _wat(element)
    intro = [Paragraph(None, wat)] if wat else []
    found = Article(kop_number(element), kop_heading(element), intro)
    found.amendments = amendments(element, own_title)
    return found


def _instructions(element: etree._Element) -> list[etree._Element]:
    return [c for c in element if local(c) in INSTRUCTIONS or local(c).startswith("wijzig-")]


def amendments(element: etree._Element, own_title: str | None) -> list[Amendment]:
    """One Amendment per leaf instruction of a wijzig-artikel, with what it inherits."""
    wat = _wat(element)
    base = Context(target_law(wat, kop_heading(element), own_title), article_ref(wat), action(wat))
    return _leaves(element, base, local(element))


def _leaves(element: etree._Element, context: Context, tag: str) -> list[Amendment]:
    subs = _instructions(element)
    if not subs:
        return [_amendment(element, context, tag)]
    return [leaf for sub in subs for leaf in _leaves(sub, _narrow(sub, context), local(sub))]


def _narrow(element: etree._Element, context: Context) -> Context:
    wat = _wat(element)
    return replace(
        context,
        article=article_ref(wat) or context.article,
        action=action(wat) or context.action,
    )


def _amendment(element: etree._Element, context: Context, tag: str) -> Amendment:
    wat = _wat(element)
    return Amendment(context.law, context.article, context.action or tag, new_text(element, wat))


def _wat(element: etree._Element) -> str:
    node = first(element, "wat")
    return plain_text(node) if node is not None else ""


def new_text(element: etree._Element, wat: str) -> str:
    """The text the instruction puts in place: the quoted artikeltekst where the XML gives
    one, the «…» after 'vervangen door', else the instruction itself."""
    quoted = [plain_text(c, SKIP) for c in element if local(c) and local(c) not in NOT_NEW_TEXT]
    text = "\n".join(q for q in quoted if q)
    if text:
        return text
    replaced = REPLACED_BY.findall(wat)
    return "\n".join(replaced) if replaced else wat


def article_ref(instruction: str) -> str | None:
    """The article an instruction names: 'Artikel 11.a1 wordt …' -> '11.a1'."""
    unquoted = QUOTED.sub("«»", CONDITION.sub("", instruction))
    match = ARTICLE_REF.search(unquoted)
    return match.group(1) if match else None


def action(instruction: str) -> str | None:
    """'komt te luiden' -> replace, 'ingevoegd' -> insert, 'vervalt' -> repeal; else None."""
    unquoted = QUOTED.sub("«»", instruction)
    return next((name for name, pattern in ACTIONS if pattern.search(unquoted)), None)


def target_law(instruction: str, heading: str | None, own_title: str | None) -> str | None:
    """The law a wijzig-artikel amends, from its wat text, else from its heading
    '(wijziging Telecommunicatiewet)'. 'deze wet' is the act itself."""
    clause = CONDITION.sub("", instruction)
    if re.search(r"\bdeze\s+wet\b", clause):
        return own_title
    law = _law_in(clause)
    if law:
        return law
    match = HEADING_LAW.match(heading or "")
    return match.group(1) if match else None


def _law_in(clause: str) -> str | None:
    subject_match = SUBJECT.match(clause)
    subject = subject_match.group(1) if subject_match else ""
    owners = list(OWNER.finditer(subject))
    law = subject[owners[-1].end() :] if owners else re.sub(r"^(?:De|Het)\s+", "", subject)
    law = law.strip(" ,:")
    if not law or not law[0].isupper() or re.search(r"\b(?:[Aa]rtikel|[Ii]n)\b", law):
        return None
    return law
