"""The gap report and the transposition table (Aanwijzing voor de regelgeving 9.12) as
Markdown, HTML and CSV."""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from typing import Any

from .csv_out import render_csv
from .markdown import render_markdown_table

GAP_HEADERS = ["obligation", "status", "provisions", "numbers", "deadline", "days left", "note"]
# The columns of the model transposition table (Aanwijzing 9.12, ICER model).
TABLE_HEADERS = [
    "Bepaling richtlijn",
    "Bepaling in implementatieregeling of bestaande regelgeving",
    "Omschrijving beleidsruimte",
    "Toelichting op de keuze(n) voor de invulling van beleidsruimte",
]


def _numbers(row: dict[str, Any]) -> str:
    return "; ".join(
        f"{p['parameter']}: {p['found_text']} ({p['result']}, EU {p['direction']} "
        f"{p['required']:g} {p['unit']}) in {p['where']}"
        for p in row["parameter_findings"]
    )


def _provisions(row: dict[str, Any]) -> str:
    return "; ".join(f'{e["provision"]}: "{e["quote"]}"' for e in row["provisions"])


def _note(row: dict[str, Any]) -> str:
    """The row's note, and a warning when the rule itself is marked unverified."""
    if row.get("verified", True):
        return str(row["note"])
    warning = (
        "rule not fully confirmed against the official text "
        f"(poortwachter rules show {row['obligation']})"
    )
    return f"{row['note']} [{warning}]" if row["note"] else f"[{warning}]"


def gap_rows(report: dict[str, Any]) -> list[list[object]]:
    return [
        [
            f"{r['obligation']} ({r['instrument']} Art. {r['article']})",
            r["status"],
            _provisions(r),
            _numbers(r),
            r["deadline"],
            r["days_left"],
            _note(r),
        ]
        for r in report["obligations"]
    ]


def gap_markdown(report: dict[str, Any]) -> str:
    out = ["# Gap report", "", f"As of {report['as_of']}.", "", "## Summary", ""]
    statuses = sorted({s for counts in report["summary"].values() for s in counts})
    out.append(
        render_markdown_table(
            ["instrument", *statuses],
            [
                [inst, *(counts.get(s, 0) for s in statuses)]
                for inst, counts in report["summary"].items()
            ],
        )
    )
    out += ["## Obligations (most urgent first)", ""]
    out.append(render_markdown_table(GAP_HEADERS, gap_rows(report)))
    return "\n".join(out)


def gap_csv(report: dict[str, Any]) -> str:
    return render_csv(GAP_HEADERS, gap_rows(report))


def _e(value: object) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def _html_table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    head = "".join(f"<th>{_e(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{_e(c)}</td>" for c in row) + "</tr>" for row in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


CSS = (
    "body{font-family:system-ui,sans-serif;margin:2rem;color:#1b1b1b}"
    "table{border-collapse:collapse;width:100%;font-size:.9rem}"
    "th,td{border:1px solid #ccc;padding:.3rem .5rem;vertical-align:top;text-align:left}"
    "th{background:#f2f2f2}@media print{body{margin:0}}"
)


def _page(title: str, content: str) -> str:
    return (
        f'<!DOCTYPE html>\n<html lang="nl"><head><meta charset="utf-8"><title>{_e(title)}</title>'
        f"<style>{CSS}</style></head><body><h1>{_e(title)}</h1>{content}</body></html>\n"
    )


def gap_html(report: dict[str, Any]) -> str:
    statuses = sorted({s for counts in report["summary"].values() for s in counts})
    summary = _html_table(
        ["instrument", *statuses],
        [[i, *(c.get(s, 0) for s in statuses)] for i, c in report["summary"].items()],
    )
    return _page(
        f"Gap report ({report['as_of']})",
        f"<h2>Summary</h2>{summary}<h2>Obligations</h2>"
        + _html_table(GAP_HEADERS, gap_rows(report)),
    )


_FOUND = re.compile(r"^(?P<doc>.+?) art\. (?P<number>[\w.:]+)$")  # found by its reference
_LISTED = re.compile(r"^(?P<doc>.+?): [Aa]rt(?:ikel|\.) ?(?P<number>[\w.:]+?)(?=[\s,(]|$)")


def _distinct(provisions: list[str]) -> list[str]:
    """Each provision once: a bill article found by its reference ('bill.xml art. 4.1') is
    left out when the bill's own table names it too ('bill.xml: Artikel 4.1, onderdeel A'),
    which says more."""
    listed = {(m["doc"], m["number"]) for t in provisions if (m := _LISTED.match(t))}
    out: list[str] = []
    for text in provisions:
        found = _FOUND.match(text)
        if found and (found["doc"], found["number"]) in listed:
            continue
        if text not in out:
            out.append(text)
    return out


def table_rows(report: dict[str, Any]) -> list[list[object]]:
    rows: list[list[object]] = []
    for r in sorted(report["obligations"], key=lambda r: _order(r)):
        provisions = _distinct([e["provision"] for e in r["provisions"]])
        nothing = "— (niet omgezet)" if r.get("mapping_checked", True) else "— (niet nagegaan)"
        where = "; ".join(provisions) or nothing
        discretion = r.get("discretion_nl") or (
            "Lidstaatoptie" if r["kind"] == "option" else "Geen"
        )
        rows.append([f"Art. {r['article']}", where, discretion, r["note_nl"]])
    return rows


def _order(row: dict[str, Any]) -> tuple[int, str]:
    head = row["article"].split("(")[0]
    return (int(head) if head.isdigit() else 0, row["article"])


def table_markdown(report: dict[str, Any]) -> str:
    title = f"Transponeringstabel {report['instrument']}"
    return f"# {title}\n\n" + render_markdown_table(TABLE_HEADERS, table_rows(report))


def table_csv(report: dict[str, Any]) -> str:
    return render_csv(TABLE_HEADERS, table_rows(report))


def table_html(report: dict[str, Any]) -> str:
    title = f"Transponeringstabel {report['instrument']}"
    return _page(title, _html_table(TABLE_HEADERS, table_rows(report)))
