"""Hypothesis strategies that damage valid input: bytes, YAML/JSON trees and XML trees.

Each takes a valid seed and returns a variant that may or may not still be valid; the fuzz
tests feed the variants through the command line and check that every rejection is a clean
one (one message per problem naming the file, exit code 2, no traceback).
"""

from __future__ import annotations

import copy
import datetime as dt
from typing import Any

from hypothesis import strategies as st
from lxml import etree

# text that the readers and validators look at closely: numbers, dates, references, odd
# characters, YAML and XML syntax, very long strings
TRICKY_TEXT = st.one_of(
    st.text(max_size=40),
    st.sampled_from(
        [
            "",
            " ",
            "artikel 24, eerste lid, van Richtlijn (EU) 2024/1640",
            "Article 19(1)(b) of Regulation (EU) 2024/1624",
            "vijftien werkdagen",
            "EUR 10 000",
            "2027-07-10",
            "2027-02-30",
            "0x10",
            "1e309",
            "-0",
            "NaN",
            "~",
            "null",
            "yes",
            "&amp;",
            "<b>x</b>",
            "{{",
            "*alias",
            "!!python/object:os.system",
            "\x00",
            "\ud7ff\ue000",
            "x" * 5000,
        ]
    ),
)

SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=True, allow_infinity=True),
    st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31)),
    TRICKY_TEXT,
)
VALUES = st.recursive(
    SCALARS,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3), st.dictionaries(TRICKY_TEXT, inner, max_size=3)
    ),
    max_leaves=8,
)


@st.composite
def damaged_bytes(draw: st.DrawFn, seed: bytes) -> bytes:
    """The seed with a few bytes inserted, deleted, replaced or a slice repeated."""
    data = bytearray(seed)
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, len(data)))
        op = draw(st.sampled_from(["insert", "delete", "replace", "repeat", "truncate"]))
        chunk = draw(st.binary(min_size=1, max_size=8))
        if op == "insert":
            data[at:at] = chunk
        elif op == "delete":
            del data[at : at + len(chunk)]
        elif op == "replace":
            data[at : at + len(chunk)] = chunk
        elif op == "repeat":
            data[at:at] = data[at : at + draw(st.integers(1, 200))] * draw(st.integers(2, 5))
        else:
            del data[at:]
    return bytes(data)


def _paths(node: Any, here: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [here]
    if isinstance(node, dict):
        for key, value in node.items():
            out.extend(_paths(value, (*here, key)))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            out.extend(_paths(value, (*here, i)))
    return out


@st.composite
def damaged_tree(draw: st.DrawFn, seed: Any) -> Any:
    """The parsed YAML/JSON seed with a few nodes replaced, removed, added or duplicated."""
    data = copy.deepcopy(seed)
    for _ in range(draw(st.integers(1, 3))):
        paths = _paths(data)
        path = draw(st.sampled_from(paths))
        if not path:
            if draw(st.booleans()):
                data = draw(VALUES)
            continue
        parent = data
        for key in path[:-1]:
            parent = parent[key]
        key = path[-1]
        op = draw(st.sampled_from(["replace", "remove", "add", "duplicate"]))
        if op == "replace":
            parent[key] = draw(VALUES)
        elif op == "remove":
            del parent[key]
        elif op == "add":
            if isinstance(parent, dict):
                parent[draw(TRICKY_TEXT)] = draw(VALUES)
            else:
                parent.insert(key, draw(VALUES))
        elif isinstance(parent, list):
            parent.insert(key, copy.deepcopy(parent[key]))
        else:
            parent[key] = [copy.deepcopy(parent[key])] * 2
    return data


@st.composite
def damaged_xml(draw: st.DrawFn, seed: bytes) -> bytes:
    """The XML seed with elements removed, repeated, renamed, moved or given odd text."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    root = etree.fromstring(seed, parser)
    tags = sorted({el.tag for el in root.iter() if isinstance(el.tag, str)})
    for _ in range(draw(st.integers(1, 4))):
        elements = [el for el in root.iter() if isinstance(el.tag, str)]
        el = draw(st.sampled_from(elements))
        op = draw(st.sampled_from(["remove", "repeat", "rename", "text", "attribute", "move"]))
        parent = el.getparent()
        if op == "remove" and parent is not None:
            parent.remove(el)
        elif op == "repeat" and parent is not None:
            for _ in range(draw(st.integers(1, 3))):
                parent.insert(parent.index(el), copy.deepcopy(el))
        elif op == "rename":
            el.tag = draw(st.sampled_from(tags))
        elif op == "text":
            el.text = _xml_safe(draw(TRICKY_TEXT))
        elif op == "attribute":
            name = draw(st.sampled_from(["nr", "label", "status", "id", "eId", "IDENTIFIER"]))
            el.set(name, _xml_safe(draw(TRICKY_TEXT)))
        elif op == "move" and parent is not None:
            target = draw(st.sampled_from(elements))
            if el not in list(target.iterancestors()) and target is not el:
                target.append(el)
    out: bytes = etree.tostring(root, encoding="utf-8", xml_declaration=True)
    return out


def _xml_safe(text: str) -> str:
    """lxml refuses characters XML cannot hold; the byte-level damage covers those."""
    return "".join(
        c for c in text if c in "\t\n\r" or (" " <= c <= "\ud7ff") or ("\ue000" <= c <= "\ufffd")
    )


def pruned(seed: bytes, articles: int = 4, keep: int = 2) -> bytes:
    """A small seed from a large real file: its first few articles whole, and elsewhere at
    most ``keep`` children of every element."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    root = etree.fromstring(seed, parser)
    first = [
        el
        for el in root.iter()
        if isinstance(el.tag, str) and etree.QName(el).localname.lower() in ("artikel", "article")
    ][:articles]
    protected = {node for el in first for node in (*el.iter(), *el.iterancestors())}
    for el in list(root.iter()):
        for extra in [c for c in list(el)[keep:] if c not in protected]:
            el.remove(extra)
    out: bytes = etree.tostring(root, encoding="utf-8", xml_declaration=True)
    return out
