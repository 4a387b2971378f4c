"""One safe lxml parser for every reader: no DTD loading, no entity expansion, no network."""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from ..errors import InputError

MAX_XML_BYTES = 32 * 1024 * 1024


def parser() -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_comments=True,
    )


def parse_file(path: Path) -> etree._ElementTree:
    """Parse an XML file safely; bad or oversized input is an InputError naming the file."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise InputError.at(path, 0, 0, f"cannot read the file: {exc.strerror}") from None
    if size > MAX_XML_BYTES:
        raise InputError.at(path, 0, 0, f"file is {size} bytes; at most {MAX_XML_BYTES}")
    try:
        return etree.parse(str(path), parser())
    except etree.XMLSyntaxError as exc:
        line = exc.lineno or 0
        raise InputError.at(path, line, 0, f"not well-formed XML: {exc.msg}") from None
