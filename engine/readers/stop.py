"""STOP (Standaard Officiële Publicaties, IMOP) as delivered to the LVBB.

Elements are matched by local name, so every STOP namespace and version reads the same
(``https://standaarden.overheid.nl/stop/imop/tekst/`` and the ``lvbb`` envelope). The
articles are the decision's own (``Artikel``, ``WijzigArtikel``) and, for an initial
decision, those of the regulation it establishes (``WijzigBijlage/RegelingCompact``). An
``Artikel`` inside a ``RegelingMutatie`` (``Vervang``, ``VoegToe``, ``Verwijder``) is new text
for the target regulation: it becomes an Amendment of the WijzigArtikel that points at the
WijzigBijlage, not an article of the decision.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from lxml import etree

from ..errors import InputError
from .bwb import clean_label, first, line_of, local, not_nested, parse, plain_text
from .document import Amendment, Article, Document, ListItem, Paragraph

NAMESPACE = "https://standaarden.overheid.nl/"
ARTICLES = frozenset({"Artikel", "WijzigArtikel"})
MUTATIONS = frozenset({"RegelingMutatie", "BesluitMutatie"})
ACTIONS = {
    "Vervang": "replace",
    "VervangKop": "replace",
    "VoegToe": "insert",
    "Verwijder": "repeal",
}
REGULATIONS = frozenset(
    {"RegelingCompact", "RegelingVrijetekst", "RegelingKlassiek", "RegelingTijdelijkdeel"}
)
NOTES = frozenset({"Noot", "NootRef"})
BLOCKS = frozenset({"Al", "Li", "Lid", "Lijst", "Lijstaanhef", "Lijstsluiting", "entry", "row"})
BLOCKS = BLOCKS | {"Term", "Definitie", "Begrip", "Tussenkop", "Inhoud", "Wat"}
ITEMS = frozenset({"Li", "Begrip"})


def read_stop(path: Path | str) -> Document:
    """Read a STOP decision (AanleveringBesluit, BesluitCompact …) into the document model."""
    return stop_document(parse(Path(path)), Path(path))


def stop_document(tree: etree._ElementTree, path: Path) -> Document:
    root = tree.getroot()
    if not isinstance(root.tag, str) or not root.tag.startswith("{" + NAMESPACE):
        raise InputError.at(
            path, line_of(root), 0, f"root is <{root.tag}>; STOP is in {NAMESPACE}…"
        )
    found = not_nested(_named(root, ARTICLES), ARTICLES | MUTATIONS)
    articles = [_article(a, root) for a in found]
    return Document(str(path), "stop", _title(root), articles)


def _named(root: etree._Element, names: frozenset[str]) -> Iterator[etree._Element]:
    return (e for e in root.iter() if local(e) in names)


def _text(element: etree._Element | None, skip: frozenset[str] = NOTES) -> str:
    return plain_text(element, skip, BLOCKS) if element is not None else ""


def _title(root: etree._Element) -> str:
    titel = _text(first(root, "BesluitVersie", "BesluitMetadata", "officieleTitel"))
    if titel:
        return titel
    opschrift = next(_named(root, frozenset({"RegelingOpschrift"})), None)
    return _text(opschrift)


def _article(element: etree._Element, root: etree._Element) -> Article:
    heading = _text(first(element, "Kop", "Opschrift")) or None
    found = Article(_number(element), heading, _paragraphs(element))
    if local(element) == "WijzigArtikel":
        found.amendments = [m for b in _annexes(element, root) for m in _mutations(b, root)]
    return found


def _number(element: etree._Element) -> str:
    return clean_label(_text(first(element, "Kop", "Nummer")))


def _paragraphs(element: etree._Element) -> list[Paragraph]:
    result: list[Paragraph] = []
    for child in element:
        name = local(child)
        if name == "Lid":
            number = clean_label(_text(first(child, "LidNummer"))) or None
            result.append(_paragraph(number, child))
        elif name in ("Inhoud", "Wat"):
            result.append(_paragraph(None, child))
    return result


def _paragraph(number: str | None, element: etree._Element) -> Paragraph:
    text = _text(element, NOTES | ITEMS | {"LidNummer"})
    return Paragraph(number, text, [_item(i) for i in element.iter() if local(i) in ITEMS])


def _item(element: etree._Element) -> ListItem:
    if local(element) == "Begrip":
        return ListItem(_text(first(element, "Term")), _text(first(element, "Definitie")))
    label = clean_label(_text(first(element, "LiNummer")))
    return ListItem(label, _text(element, NOTES | ITEMS | {"LiNummer", "Lijst"}))


def _annexes(wijzig: etree._Element, root: etree._Element) -> list[etree._Element]:
    """The WijzigBijlagen this WijzigArtikel points at (IntRef ref=eId); when it points at
    none and it is the only WijzigArtikel, every WijzigBijlage."""
    annexes = list(_named(root, frozenset({"WijzigBijlage"})))
    refs = {e.get("ref") for e in wijzig.iter() if local(e) == "IntRef"}
    pointed = [a for a in annexes if a.get("eId") in refs]
    if pointed:
        return pointed
    alone = sum(1 for _ in _named(root, frozenset({"WijzigArtikel"}))) == 1
    return annexes if alone else []


def _mutations(annex: etree._Element, root: etree._Element) -> list[Amendment]:
    result: list[Amendment] = []
    for block in annex:
        name = local(block)
        law = _regulation_title(root, block.get("wordt") or block.get("was") or "")
        if name in MUTATIONS:
            result.extend(m for op in block if local(op) in ACTIONS for m in _operation(op, law))
        elif name in REGULATIONS:
            opschrift = _text(first(block, "RegelingOpschrift"))
            result.append(Amendment(law or opschrift or None, None, "establish", opschrift))
    return result


def _operation(op: etree._Element, law: str | None) -> list[Amendment]:
    """One Amendment per Artikel the operation carries, numbered as that Artikel is; an
    operation on something smaller than an article gives one Amendment for its target id."""
    action = ACTIONS[local(op)]
    artikelen = [a for a in op if local(a) == "Artikel"]
    if artikelen:
        return [Amendment(law, _number(a), action, _text(a)) for a in artikelen]
    target = op.get("wat") or op.get("context") or ""
    return [Amendment(law, _article_in_wid(target), action, _text(op))]


def _article_in_wid(wid: str) -> str | None:
    """'gm9920_1__h_1__art_1-1' -> '1-1' (the id's article part, as the id spells it)."""
    match = re.search(r"(?:^|__)art_([^_]+)", wid)
    return match.group(1) if match else None


def _regulation_title(root: etree._Element, expression: str) -> str | None:
    """The officieleTitel of the regulation a mutation applies to, else its work id."""
    if not expression:
        return None
    work = expression.split("@")[0].rsplit("/", 1)[0] if "@" in expression else expression
    for info in _named(root, frozenset({"RegelingVersieInformatie"})):
        ids = {_text(e) for e in info.iter() if local(e) in ("FRBRExpression", "FRBRWork")}
        if expression in ids or work in ids:
            titel = next((e for e in info.iter() if local(e) == "officieleTitel"), None)
            if _text(titel):
                return _text(titel)
    return work
