"""Formex 4, the Publications Office's XML for the Official Journal and EUR-Lex (no namespace).

``ARTICLE/TI.ART`` (number), ``STI.ART`` (heading), ``PARAG/NO.PARAG`` + ``ALINEA``
(paragraphs), ``LIST/ITEM/NP/NO.P`` + ``TXT`` (points). Consolidation marks
(``<?CLG.MDFO …?>`` processing instructions) and footnotes (``NOTE``) are not text.
An ``ARTICLE`` quoted in an amending act (``QUOT.S``, ``QUOT.STRUCT``) is not one of its own.
"""

from __future__ import annotations

import re
from pathlib import Path

from lxml import etree

from ..errors import InputError
from .bwb import clean_label, first, line_of, local, not_nested, parse, plain_text
from .document import Article, Document, ListItem, Paragraph

ROOTS = frozenset({"ACT", "CONS.ACT", "CONS.DOC", "CONS.ANNEX", "ANNEX", "FMX", "COM"})
QUOTING = frozenset({"ARTICLE", "QUOT.S", "QUOT.STRUCT"})
NOTES = frozenset({"NOTE", "REF.DOC.OJ"})
BLOCKS = frozenset({"P", "TXT", "NP", "NO.P", "ALINEA", "ITEM", "LIST", "PARAG", "TI", "STI"})
BLOCKS = BLOCKS | {"TI.ART", "STI.ART", "NO.PARAG", "ROW", "CELL", "GR.SEQ", "TITLE"}
ARTICLE_LABEL = re.compile(r"^(?:Article|Artikel|Art\.)\s*", re.I)


def read_formex(path: Path | str) -> Document:
    """Read a Formex 4 act or consolidated act into the common document model."""
    return formex_document(parse(Path(path)), Path(path))


def formex_document(tree: etree._ElementTree, path: Path) -> Document:
    root = tree.getroot()
    if local(root) not in ROOTS or str(root.tag).startswith("{"):
        expected = ", ".join(f"<{r}>" for r in sorted(ROOTS))
        raise InputError.at(
            path, line_of(root), 0, f"root is <{root.tag}>; Formex has one of {expected}"
        )
    _quote_marks(root)
    articles = [_article(a) for a in not_nested(root.iter("ARTICLE"), QUOTING)]
    return Document(str(path), "formex", _text(next(root.iter("TITLE"), None)), articles)


def _quote_marks(root: etree._Element) -> None:
    """<QUOT.START CODE="2018"/> is the character U+2018; write it into the tree."""
    for mark in root.iter("QUOT.START", "QUOT.END"):
        code = mark.get("CODE") or ""
        if re.fullmatch(r"[0-9A-Fa-f]{4}", code):
            mark.text = chr(int(code, 16))


def _text(element: etree._Element | None, skip: frozenset[str] = NOTES) -> str:
    return plain_text(element, skip, BLOCKS) if element is not None else ""


def _article(element: etree._Element) -> Article:
    heading = _text(first(element, "STI.ART")) or None
    return Article(article_number(element), heading, _paragraphs(element))


def article_number(element: etree._Element) -> str:
    """'Article 14a' -> '14a'; without TI.ART, IDENTIFIER '014A' -> '14a'."""
    number = clean_label(ARTICLE_LABEL.sub("", _text(first(element, "TI.ART"))))
    if number:
        return number
    identifier = (element.get("IDENTIFIER") or "").lstrip("0")
    return identifier.lower()


def _paragraphs(article: etree._Element) -> list[Paragraph]:
    result: list[Paragraph] = []
    for child in article:
        name = local(child)
        if name == "PARAG":
            result.append(_paragraph(clean_label(_text(first(child, "NO.PARAG"))) or None, child))
        elif name in ("ALINEA", "P", "LIST"):
            result.append(_paragraph(None, child))
    return result


def _paragraph(number: str | None, element: etree._Element) -> Paragraph:
    text = _text(element, NOTES | {"NO.PARAG", "ITEM"})
    return Paragraph(number, text, [_item(i) for i in element.iter("ITEM")])


def _item(item: etree._Element) -> ListItem:
    label = first(item, "NP", "NO.P")
    text = _text(item, NOTES | {"ITEM", "NO.P"})
    return ListItem(clean_label(_text(label)), text)
