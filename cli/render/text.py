"""Readable text for one obligation (``rules show``) and for lint findings."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any


def render_obligation(view: Mapping[str, Any], lang: str) -> str:
    """An obligation as a short plain-text card."""
    title = view["title"][lang]
    lines = [
        f"{view['id']}  {title}",
        f"  {view['citation']}",
        "",
        _wrap(view["summary"][lang], "  "),
        "",
        f"  addressee:   {view['addressee']}"
        + (f" (through: {view['acting_authority']})" if view.get("acting_authority") else ""),
        f"  kind:        {view['kind']}",
        f"  deadline:    {view['deadline'] or '-'}  ({view['deadline_basis']})",
        f"  source:      {view['source']}",
        f"  verified:    {'yes' if view['verified'] else 'NO'} - {view['verification_note']}",
    ]
    if view["parameters"]:
        lines.append("  parameters:")
        for p in view["parameters"]:
            where = f" (para. {p['paragraph']})" if p.get("paragraph") else ""
            direction = p["direction"].replace("_", " ")
            lines.append(f"    {p['name']}: {direction} {p['value']} {p['unit']}{where}")
    if view["related"]:
        lines.append(f"  related:     {', '.join(view['related'])}")
    lines.append(f"  Dutch law:   {view.get('dutch_law_status') or 'no mapping yet'}")
    if view.get("dutch_law_notes"):
        lines.append(_wrap(view["dutch_law_notes"], "    "))
    if view["mappings"]:
        for m in view["mappings"]:
            lid = f" lid {m['lid']}" if m.get("lid") else ""
            source = m["bwb"] or f"bill {m['bill']}"
            lines.append(f"    {m['law']} art. {m['article']}{lid} ({source}): {m['status']}")
    return "\n".join(lines) + "\n"


def _wrap(text: str, indent: str, width: int = 96) -> str:
    words = text.split()
    lines: list[str] = []
    current = indent
    for word in words:
        if len(current) + len(word) + 1 > width and current.strip():
            lines.append(current.rstrip())
            current = indent
        current += word + " "
    lines.append(current.rstrip())
    return "\n".join(lines)


def render_problems(problems: Sequence[Any]) -> str:
    return "".join(p.render() + "\n" for p in problems)
