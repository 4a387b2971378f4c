"""The provenance receipt every report carries: which tool and rulebook, as of which date,
on which input files, so a report can be reproduced and checked later."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path
from typing import Any

from . import __version__
from .rulebook import Rulebook


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def receipt(book: Rulebook, inputs: list[Path], as_of: dt.date | None) -> dict[str, Any]:
    return {
        "tool": "poortwachter",
        "version": __version__,
        "rulebook_sha256": book.digest,
        "rulebook_files": len(book.files),
        "as_of": as_of.isoformat() if as_of else None,
        "inputs": [{"file": str(p), "sha256": file_sha256(p)} for p in inputs],
    }


def receipt_line(data: dict[str, Any]) -> str:
    """The receipt in one line, for the foot of text, Markdown and HTML reports."""
    inputs = ", ".join(f"{i['file']} sha256:{i['sha256'][:16]}" for i in data["inputs"])
    return (
        f"{data['tool']} {data['version']}; rulebook sha256:{data['rulebook_sha256'][:16]} "
        f"({data['rulebook_files']} files); as of {data['as_of'] or '-'}; inputs: {inputs or '-'}"
    )
