"""Akoma Ntoso 3 (OASIS LegalDocML) and AKN4EU, the Commission's profile of it.

Elements are matched by local name within an Akoma Ntoso namespace (3.0, the older WD17
drafts, and national profiles built on them). An ``article`` quoted in a ``mod``
(``quotedStructure``) is new text for another act and is not an article of this one.
"""

from __future__ import annotations

import re
from pathlib import Path

from lxml import etree

from ..errors import InputError
from .bwb import clean_label, first, line_of, local, not_nested, parse, plain_text
from .document import Article, Document, ListItem, Paragraph

NAMESPACE = re.compile(r"^\{http://docs\.oasis-open\.org/legaldocml/ns/akn/3\.0[^}]*\}")
QUOTING = frozenset({"article", "quotedStructure", "embeddedStructure", "mod"})
ITEMS = frozenset({"point", "indent"})
# Never legal text: footnotes and their markers, editorial notes.
NOTES = frozenset({"authorialNote", "noteRef", "remark", "eol"})
BLOCKS = frozenset({"p", "content", "intro", "wrapUp", "subparagraph", "alinea", "list"})
BLOCKS = BLOCKS | {"point", "indent", "paragraph", "num", "heading", "td", "th", "tr"}
LOOSE = frozenset({"content", "alinea", "subparagraph", "list", "intro", "wrapUp", "blockList"})
ARTICLE_LABEL = re.compile(r"^(?:Article|Artikel|Art\.|Artículo|Articolo|Artikolu)\s*", re.I)


def read_akn(path: Path | str) -> Document:
    """Read an Akoma Ntoso document (act, bill, documentCollection) into the document model."""
    return akn_document(parse(Path(path)), Path(path))


def akn_document(tree: etree._ElementTree, path: Path) -> Document:
    root = tree.getroot()
    if local(root) != "akomaNtoso" or not NAMESPACE.match(str(root.tag)):
        raise InputError.at(
            path,
            line_of(root),
            0,
            f"root is <{root.tag}>; Akoma Ntoso has <akomaNtoso> in the OASIS akn/3.0 namespace",
        )
    candidates = (e for e in root.iter() if local(e) == "article")
    articles = [_article(a) for a in not_nested(candidates, QUOTING)]
    return Document(str(path), "akn", _title(root), articles)


def _text(element: etree._Element | None, skip: frozenset[str] = NOTES) -> str:
    return plain_text(element, skip, BLOCKS) if element is not None else ""


def _title(root: etree._Element) -> str:
    for name in ("docTitle", "longTitle", "shortTitle"):
        node = next((e for e in root.iter() if local(e) == name), None)
        if _text(node):
            return _text(node)
    return ""


def _article(element: etree._Element) -> Article:
    heading = _text(first(element, "heading")) or None
    return Article(article_number(element), heading, _paragraphs(element))


def article_number(element: etree._Element) -> str:
    """'Article 14a' -> '14a'; an empty num falls back to the eId ('art_4' -> '4')."""
    number = clean_label(ARTICLE_LABEL.sub("", _text(first(element, "num"))))
    if number:
        return number
    eid = element.get("eId") or element.get("GUID") or ""
    match = re.search(r"art_([^_]+)$", eid)
    return match.group(1) if match else ""


def _paragraphs(article: etree._Element) -> list[Paragraph]:
    """One Paragraph per paragraph; text and lists outside any paragraph form unnumbered ones."""
    result: list[Paragraph] = []
    for child in article:
        name = local(child)
        if name == "paragraph":
            result.append(_paragraph(clean_label(_text(first(child, "num"))) or None, child))
        elif name in LOOSE:
            result.append(_paragraph(None, child))
    return result


def _paragraph(number: str | None, element: etree._Element) -> Paragraph:
    text = _text(element, NOTES | ITEMS | {"num"})
    return Paragraph(number, text, [_item(p) for p in element.iter() if local(p) in ITEMS])


def _item(point: etree._Element) -> ListItem:
    label = clean_label(_text(first(point, "num")))
    return ListItem(label, _text(point, NOTES | ITEMS | {"num"}))
