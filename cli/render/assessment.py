"""An institution's assessment as text, Markdown or one self-contained HTML page."""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import Any

STATUS_WORDS = {
    "en": {
        "breached": "breached",
        "unknown": "unknown",
        "upcoming": "upcoming",
        "met": "met",
        "not_applicable": "not applicable",
    },
    "nl": {
        "breached": "niet voldaan",
        "unknown": "onbekend",
        "upcoming": "komt eraan",
        "met": "voldaan",
        "not_applicable": "niet van toepassing",
    },
}
LABELS = {
    "en": {
        "title": "Self-assessment",
        "as_of": "as of",
        "summary": "Summary",
        "findings": "Findings",
        "chapter": "Chapter",
        "applies_from": "applies from",
        "days_left": "days left",
        "replaces": "replaces",
        "dutch": "Dutch law",
        "changes": "What changes against the Wwft",
        "questions": "To answer",
        "category": "category",
        "unverified": "this rule is not fully confirmed against the official text; see "
        "`poortwachter rules show {id}`",
    },
    "nl": {
        "title": "Zelfbeoordeling",
        "as_of": "peildatum",
        "summary": "Samenvatting",
        "findings": "Bevindingen",
        "chapter": "Hoofdstuk",
        "applies_from": "van toepassing vanaf",
        "days_left": "dagen te gaan",
        "replaces": "vervangt",
        "dutch": "Nederlands recht",
        "changes": "Wat verandert ten opzichte van de Wwft",
        "questions": "Te beantwoorden",
        "category": "categorie",
        "unverified": "deze regel is niet volledig bevestigd aan de officiële tekst; zie "
        "`poortwachter rules show {id}`",
    },
}
ORDER = ("breached", "unknown", "upcoming", "met", "not_applicable")


def _sorted(findings: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    return sorted(findings, key=lambda f: (ORDER.index(f["status"]), f["obligation"]))


def unverified(f: dict[str, Any], lang: str) -> str | None:
    """The warning for a finding whose rule is marked unverified, or None."""
    if f.get("verified", True):
        return None
    return LABELS[lang]["unverified"].format(id=f["obligation"])


def changes(report: dict[str, Any], lang: str) -> list[tuple[str, str]]:
    """(Wwft provisions, what changes) for the obligations that apply or will apply, once
    each, in obligation order."""
    seen: set[str] = set()
    out: list[tuple[str, str]] = []
    for f in sorted(report["findings"], key=lambda f: f["obligation"]):
        if f["status"] == "not_applicable":
            continue
        for change in f.get("changes_against_wwft", []):
            text = change[lang]
            if text not in seen:
                seen.add(text)
                out.append((change["wwft"], text))
    return out


def render_text(reports: Sequence[dict[str, Any]], lang: str) -> str:
    words, labels = STATUS_WORDS[lang], LABELS[lang]
    out: list[str] = []
    for report in reports:
        out.append(
            f"{labels['title']}: {report['institution']} ({labels['as_of']} {report['as_of']})"
        )
        summary = ", ".join(f"{words[k]} {v}" for k, v in report["summary"].items())
        out.append(f"  {summary}")
        out.append("")
        for f in _sorted(report["findings"]):
            title = f["title"][lang] if f.get("title") else ""
            out.append(f"[{words[f['status']]}] {f['obligation']}  {title}")
            out.append(f"  {f['reason'][lang]}")
            if warning := unverified(f, lang):
                out.append(f"  ! {warning}")
            if f["citations"]["wwft"]:
                out.append(f"  {labels['replaces']}: {'; '.join(f['citations']['wwft'])}")
            out.append("")
        changed = changes(report, lang)
        if changed:
            out.append(f"{labels['changes']}:")
            out.extend(f"- {wwft}: {text}" for wwft, text in changed)
            out.append("")
    return "\n".join(out).rstrip() + "\n"


def _md(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def render_markdown(reports: Sequence[dict[str, Any]], lang: str) -> str:
    words, labels = STATUS_WORDS[lang], LABELS[lang]
    out: list[str] = []
    for report in reports:
        out.append(f"# {labels['title']}: {report['institution']}")
        out.append("")
        out.append(f"{labels['as_of']}: {report['as_of']}")
        out.append("")
        out.append(f"## {labels['summary']}")
        out.append("")
        out.extend(f"- {words[k]}: {v}" for k, v in report["summary"].items())
        out.append("")
        out.append(f"## {labels['findings']}")
        out.append("")
        out.append(f"| | {labels['findings']} | {labels['applies_from']} | {labels['replaces']} |")
        out.append("| --- | --- | --- | --- |")
        for f in _sorted(report["findings"]):
            eu = f"[{f['obligation']}]({f['citations']['source']})"
            warning = unverified(f, lang)
            reason = f["reason"][lang] + (f" ({warning})" if warning else "")
            out.append(
                f"| {words[f['status']]} | {eu}: {_md(reason)} | "
                f"{f['applies_from'] or ''} | {_md('; '.join(f['citations']['wwft']))} |"
            )
        out.append("")
        changed = changes(report, lang)
        if changed:
            out.append(f"## {labels['changes']}")
            out.append("")
            out.extend(f"- **{_md(wwft)}**: {_md(text)}" for wwft, text in changed)
            out.append("")
    return "\n".join(out)


CSS = """
body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}
h1{font-size:1.6rem}h2{font-size:1.25rem;margin-top:2rem;border-bottom:1px solid #ccc}
table.summary td{padding:.2rem .8rem}.finding{border-left:.35rem solid #999;padding:.4rem .8rem;
margin:.8rem 0;break-inside:avoid}.breached{border-color:#b00020}.unknown{border-color:#c77700}
.upcoming{border-color:#1565c0}.met{border-color:#2e7d32}.not_applicable{border-color:#9e9e9e}
.status{font-weight:700;text-transform:uppercase;font-size:.8rem}.meta{color:#555;font-size:.9rem}.unverified{color:#8a4b00;font-size:.9rem}
a{color:#0b4f9c}@media print{body{margin:0;max-width:none}a{color:inherit}}
"""


def _esc(value: object) -> str:
    return html.escape(str(value), quote=True)


def render_html(reports: Sequence[dict[str, Any]], lang: str) -> str:
    words, labels = STATUS_WORDS[lang], LABELS[lang]
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{lang}"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_esc(labels['title'])}</title><style>{CSS}</style></head><body>",
    ]
    for report in reports:
        parts.append(f"<h1>{_esc(labels['title'])}: {_esc(report['institution'])}</h1>")
        parts.append(
            f'<p class="meta">{_esc(labels["as_of"])} {_esc(report["as_of"])}'
            + (
                f" · {_esc(labels['category'])} {_esc(report['category'])}"
                if report.get("category")
                else ""
            )
            + "</p>"
        )
        parts.append(f'<h2>{_esc(labels["summary"])}</h2><table class="summary">')
        parts.extend(
            f'<tr><td class="status">{_esc(words[k])}</td><td>{v}</td></tr>'
            for k, v in report["summary"].items()
        )
        parts.append("</table>")
        by_chapter: dict[tuple[str, str], list[dict[str, Any]]] = {}
        for f in _sorted(report["findings"]):
            key = (f["obligation"].split("-")[0], f.get("chapter") or "-")
            by_chapter.setdefault(key, []).append(f)
        parts.append(f"<h2>{_esc(labels['findings'])}</h2>")
        for instrument, chapter in sorted(by_chapter, key=lambda k: (k[0], len(k[1]), k[1])):
            parts.append(f"<h3>{_esc(instrument)} · {_esc(labels['chapter'])} {_esc(chapter)}</h3>")
            for f in by_chapter[(instrument, chapter)]:
                title = f["title"][lang] if f.get("title") else ""
                parts.append(f'<div class="finding {_esc(f["status"])}">')
                parts.append(
                    f'<div><span class="status">{_esc(words[f["status"]])}</span> '
                    f'<a href="{_esc(f["citations"]["source"])}">{_esc(f["obligation"])}</a> '
                    f"{_esc(title)}</div>"
                )
                parts.append(f"<p>{_esc(f['reason'][lang])}</p>")
                if warning := unverified(f, lang):
                    parts.append(f'<p class="unverified">{_esc(warning)}</p>')
                meta = []
                if f["applies_from"]:
                    meta.append(f"{_esc(labels['applies_from'])} {_esc(f['applies_from'])}")
                if f["citations"]["wwft"]:
                    links = ", ".join(
                        f'<a href="https://wetten.overheid.nl/BWBR0024282/">{_esc(w)}</a>'
                        for w in f["citations"]["wwft"]
                    )
                    meta.append(f"{_esc(labels['replaces'])} {links}")
                if meta:
                    parts.append(f'<p class="meta">{" · ".join(meta)}</p>')
                parts.append("</div>")
        changed = changes(report, lang)
        if changed:
            parts.append(f"<h2>{_esc(labels['changes'])}</h2><ul>")
            parts.extend(f"<li><b>{_esc(w)}</b>: {_esc(t)}</li>" for w, t in changed)
            parts.append("</ul>")
    parts.append("</body></html>\n")
    return "\n".join(parts)
