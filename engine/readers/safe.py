"""One safe lxml parser for every reader: no DTD loading, no entity expansion, no network."""

from __future__ import annotations

import io
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
        data = path.read_bytes()
    except OSError as exc:
        raise InputError.at(path, 0, 0, f"cannot read the file: {exc.strerror}") from None
    try:
        # from memory, not from the path: lxml reports a bad byte in a file it reads itself
        # as an OSError without a line; from bytes it is a syntax error with one
        return etree.parse(io.BytesIO(data), parser())
    except etree.XMLSyntaxError as exc:
        line = exc.lineno or 0
        raise InputError.at(path, line, 0, f"not well-formed XML: {exc.msg}") from None
