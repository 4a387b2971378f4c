"""Read any supported legal XML file: recognise the dialect from the root element and its
namespace, then hand the parsed tree to that dialect's reader (the file is parsed once)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from lxml import etree

from ..errors import InputError
from .akn import NAMESPACE as AKN_NAMESPACE
from .akn import akn_document
from .bwb import DIALECTS as BWB_ROOTS
from .bwb import bwb_document, line_of, local, parse
from .document import Document
from .formex import ROOTS as FORMEX_ROOTS
from .formex import formex_document
from .op import ROOTS as OP_ROOTS
from .op import op_document
from .stop import NAMESPACE as STOP_NAMESPACE
from .stop import stop_document

Reader = Callable[[etree._ElementTree, Path], Document]

EXPECTED = (
    "BWB <wetgeving> or <toestand>, officiële publicaties <officiele-publicatie>, "
    f"STOP (namespace {STOP_NAMESPACE}…), Akoma Ntoso <akomaNtoso> "
    "(namespace http://docs.oasis-open.org/legaldocml/ns/akn/3.0), "
    "or Formex <ACT>/<CONS.ACT>"
)


def read_document(path: Path | str) -> Document:
    """Parse the file safely and read it with the reader its root element calls for."""
    file = Path(path)
    tree = parse(file)
    return reader_for(tree, file)(tree, file)


def reader_for(tree: etree._ElementTree, path: Path) -> Reader:
    root = tree.getroot()
    tag, name = str(root.tag), local(root)
    namespaced = tag.startswith("{")
    if tag.startswith("{" + STOP_NAMESPACE):
        return stop_document
    if name == "akomaNtoso" and AKN_NAMESPACE.match(tag):
        return akn_document
    if not namespaced and name in BWB_ROOTS:
        return bwb_document
    if not namespaced and name in OP_ROOTS:
        return op_document
    if not namespaced and name in FORMEX_ROOTS:
        return formex_document
    raise InputError.at(
        path, line_of(root), 0, f"unknown root element <{tag}>; expected {EXPECTED}"
    )
