"""BWB XML from wetten.overheid.nl: the old <wetgeving> format and the current <toestand>.

Both formats share one vocabulary: ``artikel/kop/nr``, ``kop/titel``, ``lid/lidnr``, ``al``
and ``lijst/li/li.nr``. The officiële-publicaties reader (``op.py``) uses the same vocabulary
and the helpers below; the other readers use only the dialect-neutral ones (``local``,
``plain_text``, ``clean_label``), which match element names without their namespace.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from lxml import etree

from ..errors import InputError
from .document import Article, Document, ListItem, Paragraph
from .safe import parse_file

DIALECTS = {"wetgeving": "bwb-wetgeving", "toestand": "bwb-toestand"}

# Never part of the legal text: KOOP metadata, footnotes and their markers.
SKIP = frozenset({"meta-data", "noot", "nootref"})
# Elements that are a block of their own: their text is separated from the text beside them.
BLOCKS = frozenset({"al", "li", "lid", "lijst", "entry", "row", "term", "definitie", "tussenkop"})
# Children of an artikel or lid that are not running text of that lid.
NOT_TEXT = frozenset({"kop", "lidnr", "lijst", "definitielijst", "meta-data", "lid"})
LIST_TAGS = frozenset({"lijst", "definitielijst"})


def local(element: etree._Element) -> str:
    """The element name without its namespace; "" for comments, PIs and entity references."""
    tag = element.tag
    return tag.rpartition("}")[2] if isinstance(tag, str) else ""


def children(element: etree._Element, *names: str) -> Iterator[etree._Element]:
    """The child elements with one of the given local names (any namespace)."""
    return (c for c in element if local(c) in names)


def first(element: etree._Element, *path: str) -> etree._Element | None:
    """Follow a path of local names through first children; None where a step is missing."""
    node: etree._Element | None = element
    for name in path:
        node = next(children(node, name), None) if node is not None else None
    return node


def plain_text(
    element: etree._Element,
    skip: Iterable[str] = SKIP,
    blocks: Iterable[str] = BLOCKS,
) -> str:
    """The text of an element with whitespace normalised, leaving out `skip` subtrees.

    Iterative, so a deeply nested element cannot exhaust the Python stack.
    """
    skipped, block = frozenset(skip), frozenset(blocks)
    parts: list[str] = [element.text or ""]
    stack: list[tuple[etree._Element, Iterator[etree._Element]]] = [(element, iter(element))]
    while stack:
        node, rest = stack[-1]
        child = next(rest, None)
        if child is None:
            stack.pop()
            if stack:
                parts.append(_gap(node, block) + (node.tail or ""))
            continue
        name = local(child)
        if not name or name in skipped:
            parts.append(_gap(child, block) + (child.tail or ""))
            continue
        parts.append(_gap(child, block) + (child.text or ""))
        stack.append((child, iter(child)))
    return " ".join("".join(parts).split())


def _gap(element: etree._Element, blocks: frozenset[str]) -> str:
    return " " if local(element) in blocks else ""


def clean_label(text: str | None) -> str:
    """'a.' -> 'a', '(1)' -> '1', '1°.' -> '1°', ' 2 ' -> '2'."""
    label = " ".join((text or "").split())
    label = label.rstrip(".").strip()
    if label.startswith("(") and label.endswith(")"):
        label = label[1:-1].strip()
    return label


def line_of(element: etree._Element) -> int:
    """The element's line in its file, 0 where lxml does not know it."""
    line: object = element.sourceline
    return line if isinstance(line, int) else 0


def not_nested(elements: Iterable[etree._Element], barrier: frozenset[str]) -> list[etree._Element]:
    """The elements that have no ancestor named in `barrier` (e.g. an artikel quoted in an
    amendment is not an article of the document itself)."""
    return [e for e in elements if not any(local(a) in barrier for a in e.iterancestors())]


# --- the BWB vocabulary, shared with op.py -----------------------------------------------


def kop_number(artikel: etree._Element) -> str:
    nr = first(artikel, "kop", "nr")
    return clean_label(plain_text(nr)) if nr is not None else ""


def kop_heading(artikel: etree._Element) -> str | None:
    titel = first(artikel, "kop", "titel")
    return (plain_text(titel) or None) if titel is not None else None


def list_items(container: etree._Element) -> list[ListItem]:
    """Every li and definitie-item below the element, nested lists flattened in order."""
    items: list[ListItem] = []
    for node in container.iter():
        name = local(node)
        if name == "li":
            nr = first(node, "li.nr")
            text = plain_text(node, SKIP | LIST_TAGS | {"li.nr"})
            items.append(ListItem(clean_label(plain_text(nr)) if nr is not None else "", text))
        elif name == "definitie-item":
            term = first(node, "term")
            definitie = first(node, "definitie")
            label = plain_text(term).rstrip(":").strip() if term is not None else ""
            text = plain_text(definitie, SKIP | LIST_TAGS) if definitie is not None else ""
            items.append(ListItem(label, text))
    return items


def lid_paragraph(lid: etree._Element) -> Paragraph:
    nr = first(lid, "lidnr")
    number = clean_label(plain_text(nr)) if nr is not None else None
    return Paragraph(number or None, _running_text(lid), _items_of(lid))


def _running_text(element: etree._Element) -> str:
    texts = (plain_text(c) for c in element if local(c) and local(c) not in NOT_TEXT)
    return "\n".join(t for t in texts if t)


def _items_of(element: etree._Element) -> list[ListItem]:
    return [item for lst in children(element, *LIST_TAGS) for item in list_items(lst)]


def paragraphs(artikel: etree._Element) -> list[Paragraph]:
    """One Paragraph per lid; text and lists directly in the artikel form an unnumbered one."""
    result = [lid_paragraph(lid) for lid in children(artikel, "lid")]
    loose = Paragraph(None, _running_text(artikel), _items_of(artikel))
    if loose.text or loose.items:
        result.insert(0, loose)
    return result


def article(artikel: etree._Element) -> Article:
    return Article(kop_number(artikel), kop_heading(artikel), paragraphs(artikel))


def title_of(root: etree._Element) -> str:
    """The citeertitel where the file has one, else the intitule."""
    for name in ("citeertitel", "intitule"):
        node = next((n for n in root.iter() if local(n) == name), None)
        if node is not None and plain_text(node):
            return plain_text(node)
    return ""


def short_title(title: str) -> str:
    """'Wet van …, houdende … (Cyberbeveiligingswet)' -> 'Cyberbeveiligingswet'."""
    match = re.search(r"\(([^()]+)\)\s*$", title)
    return match.group(1).strip() if match else title


# --- parsing and the reader ---------------------------------------------------------------


def parse(path: Path) -> etree._ElementTree:
    """parse_file (no DTD loading, no entity expansion, no network, size limit), and refuse
    a file whose DOCTYPE declares entities: legal XML never does, and billion-laughs and
    external-entity attacks need to."""
    tree = parse_file(path)
    dtd = tree.docinfo.internalDTD
    entities: Iterable[object] = getattr(dtd, "iterentities", tuple)()
    if any(True for _ in entities):
        raise InputError.at(
            path, 1, 0, "the DOCTYPE declares entities; legal XML must not (refused for safety)"
        )
    return tree


def read_bwb(path: Path | str) -> Document:
    """Read a BWB law in either format into the common document model."""
    return bwb_document(parse(Path(path)), Path(path))


def bwb_document(tree: etree._ElementTree, path: Path) -> Document:
    root = tree.getroot()
    dialect = DIALECTS.get(local(root))
    if dialect is None:
        expected = " or ".join(f"<{name}>" for name in DIALECTS)
        raise InputError.at(
            path, line_of(root), 0, f"root is <{root.tag}>; a BWB file has {expected}"
        )
    artikelen = not_nested(tree.iter("artikel"), frozenset({"artikel", "wijzig-artikel"}))
    return Document(str(path), dialect, title_of(root), [article(a) for a in artikelen])


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
