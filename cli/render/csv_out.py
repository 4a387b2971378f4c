"""CSV, for spreadsheets: a header row, then one row per record; UTF-8, LF line ends."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence


def render_csv(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(headers)
    for row in rows:
        writer.writerow(
            [
                "; ".join(map(str, v)) if isinstance(v, list | tuple) else ("" if v is None else v)
                for v in row
            ]
        )
    return buffer.getvalue()
