"""The provenance receipt at the foot of a report, in each output format.

JSON reports carry the receipt as a ``receipt`` key instead (the caller adds it). In CSV the
receipt is the last record: one cell that starts with ``# Receipt:`` after an empty line, so a
spreadsheet shows it under the table and a program can skip it as a comment.
"""

from __future__ import annotations

import csv
import html
import io
from typing import Any

from poortwachter.engine.receipt import receipt_line


def with_receipt(text: str, fmt: str, stamp: dict[str, Any]) -> str:
    line = receipt_line(stamp)
    if fmt == "md":
        return text + f"\n---\nReceipt: {line}\n"
    if fmt == "html":
        footer = f'<footer class="meta">{html.escape(line)}</footer></body>'
        return text.replace("</body>", footer)
    if fmt == "csv":
        buffer = io.StringIO()
        csv.writer(buffer, lineterminator="\n").writerow([f"# Receipt: {line}"])
        return text + "\n" + buffer.getvalue()
    if fmt in ("text", "table"):
        return text + f"\nReceipt: {line}\n"
    raise ValueError(f"no receipt layout for format {fmt!r}")
