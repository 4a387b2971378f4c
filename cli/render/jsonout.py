"""JSON output: stable key order, UTF-8, two-space indent, newline at the end."""

from __future__ import annotations

import datetime as dt
import json


def _default(value: object) -> object:
    if isinstance(value, dt.date):
        return value.isoformat()
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


def render_json(data: object) -> str:
    return json.dumps(data, indent=2, ensure_ascii=False, default=_default) + "\n"
