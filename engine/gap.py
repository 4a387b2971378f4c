"""The drafter's gap report: per EU obligation, whether a bill (with the current law) carries
it, where, whether its numbers are right, and how much time is left.

Evidence, strongest first: an article of a given document that refers to the obligation's EU
article (a bill usually says "ter uitvoering van artikel 24 van Richtlijn (EU) 2024/1640"),
with the numbers in that article compared to the obligation's parameters; then the mapping of
the obligation to current Dutch law, quoting the provision when its law is among the
documents.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any, Literal

from .deadlines import obligation_deadline
from .model import Mapping, Obligation
from .numbers import bound_before, compare, quantities
from .readers.document import Article, Document, EuReference
from .readers.references import eu_references
from .rulebook import Rulebook
from .views import DUTCH_ORDINALS

GapStatus = Literal[
    "conflicting",
    "missing",
    "partly_transposed",
    "transposed",
    "option_used",
    "option_not_used",
    "not_needed",
]
SEVERITY: tuple[GapStatus, ...] = (
    "conflicting",
    "missing",
    "partly_transposed",
    "option_not_used",
    "option_used",
    "transposed",
    "not_needed",
)
FROM_MAPPING: dict[str, GapStatus] = {
    "covered": "transposed",
    "partly_covered": "partly_transposed",
    "not_covered": "missing",
    "repeal_or_amend": "conflicting",
    "option_used": "option_used",
    "option_not_used": "option_not_used",
    "not_needed": "not_needed",
}
# what current Dutch law does with the obligation, in the transposition table's Dutch
MAPPING_STATUS_NL: dict[str, str] = {
    "covered": "omgezet",
    "partly_covered": "gedeeltelijk omgezet",
    "not_covered": "niet omgezet",
    "repeal_or_amend": "in te trekken of te wijzigen",
    "option_used": "lidstaatoptie gebruikt",
    "option_not_used": "lidstaatoptie niet gebruikt",
    "not_needed": "geen omzetting nodig",
}
QUOTE_CHARS = 240


@dataclass
class ParameterFinding:
    parameter: str
    required: float
    unit: str
    direction: str
    found: float
    found_text: str
    result: str  # ok, too_high, too_low, different
    where: str
    quote: str

    def as_dict(self) -> dict[str, Any]:
        return {
            "parameter": self.parameter,
            "required": self.required,
            "unit": self.unit,
            "direction": self.direction,
            "found": self.found,
            "found_text": self.found_text,
            "result": self.result,
            "where": self.where,
            "quote": self.quote,
        }


@dataclass
class Evidence:
    source: str  # "bill", "current law", "mapping"
    provision: str  # e.g. "wetsvoorstel-implementatie.xml art. 3.6" or "Wwft art. 17a lid 1"
    quote: str

    def as_dict(self) -> dict[str, str]:
        return {"source": self.source, "provision": self.provision, "quote": self.quote}


@dataclass
class GapRow:
    obligation: Obligation
    status: GapStatus
    provisions: list[Evidence]
    parameter_findings: list[ParameterFinding]
    deadline: dt.date | None
    days_left: int | None
    note: str
    discretion: str | None = None
    why: list[str] = field(default_factory=list)
    note_nl: str = ""  # the note in Dutch, for the transposition table
    discretion_nl: str | None = None
    mapping_checked: bool = True  # False: the mapping's status is provisional (not researched)

    def as_dict(self) -> dict[str, Any]:
        ob = self.obligation
        return {
            "obligation": ob.id,
            "instrument": ob.instrument,
            "article": ob.ref.label(),
            "kind": ob.kind,
            "title": {"en": ob.title.en, "nl": ob.title.nl},
            "status": self.status,
            "provisions": [e.as_dict() for e in self.provisions],
            "parameter_findings": [p.as_dict() for p in self.parameter_findings],
            "deadline": self.deadline.isoformat() if self.deadline else None,
            "days_left": self.days_left,
            "note": self.note,
            "note_nl": self.note_nl,
            "discretion": self.discretion,
            "discretion_nl": self.discretion_nl,
            "mapping_checked": self.mapping_checked,
            "verified": ob.verification.verified,
        }


def _quote(text: str, start: int = 0) -> str:
    text = re.sub(r"\s+", " ", text)
    begin = max(0, start - QUOTE_CHARS // 3)
    snippet = text[begin : begin + QUOTE_CHARS].strip()
    return ("…" if begin else "") + snippet + ("…" if begin + QUOTE_CHARS < len(text) else "")


def _document_name(doc: Document) -> str:
    return doc.path.rsplit("/", 1)[-1]


def _bwb_of(doc: Document) -> str | None:
    match = re.search(r"BWBR\d{7}", doc.path)
    return match.group(0) if match else None


@dataclass
class _Reference:
    document: Document
    article: Article
    quote: str
    paragraph: int | None  # the lid the reference names, if any
    point: str | None = None  # the point ("onder b") it names, if any


ORDINALS = DUTCH_ORDINALS


def paragraph_of(reference: str) -> int | None:
    """The paragraph a reference names: 'artikel 24, eerste lid, van ...' -> 1,
    'lid 2' -> 2, 'Article 19(1)(b) of ...' -> 1; None when it names the whole article."""
    lowered = reference.lower()
    match = re.search(r"\b(\w+)\s+lid\b", lowered)
    if match and match.group(1) in ORDINALS:
        return ORDINALS.index(match.group(1)) + 1
    match = re.search(r"\blid\s+(\d+)", lowered) or re.search(r"article\s+\d+\w*\((\d+)\)", lowered)
    return int(match.group(1)) if match else None


def point_of(reference: str) -> str | None:
    """The point a reference names: 'artikel 21, eerste lid, onder b, van ...' -> 'b',
    'onderdeel c' -> 'c', 'Article 19(1)(b) of ...' or 'point (b)' -> 'b'; else None."""
    lowered = reference.lower()
    match = (
        re.search(r"\bonder(?:deel)?\s+([a-z])\b(?!°)", lowered)
        or re.search(r"\bpunt\s+([a-z])\)", lowered)
        or re.search(r"article\s+\d+\w*\(\d+\)\(([a-z])\)", lowered)
        or re.search(r"\bpoint\s+\(([a-z])\)", lowered)
    )
    return match.group(1) if match else None


def _names(paragraph: int | None, point: str | None, ob: Obligation) -> bool:
    """Whether a reference to (paragraph, point) of the obligation's article reaches it: a
    reference to the whole article or paragraph reaches every point in it."""
    if paragraph is not None and ob.paragraph is not None and paragraph != ob.paragraph:
        return False
    return point is None or ob.point is None or point == ob.point


DEFINITION = re.compile(
    r"^(?P<term>[a-z][\w-]*(?: [\w-]+){0,3}?):?\s+(?:Richtlijn|Verordening)\s+\(EU\)\s+"
    r"(?P<act>\d{4}/\d+)",
    re.MULTILINE,
)


def defined_acts(doc: Document) -> dict[str, str]:
    """Terms a document defines as an EU act: 'confiscatierichtlijn' -> '2024/1260'.
    Dutch drafters define 'de richtlijn' once and then write 'artikel 25 van de richtlijn'."""
    out: dict[str, str] = {}
    for article in doc.articles:
        for match in DEFINITION.finditer(article.text):
            out.setdefault(match.group("term").strip(), match.group("act"))
    return out


def _alias_references(text: str, aliases: dict[str, str]) -> list[EuReference]:
    found = []
    for term, act in aliases.items():
        pattern = (
            r"artikel\s+(\d+)((?:\s*,\s*\w+\s+lid)?)((?:\s*,\s*onder(?:deel)?\s+[a-z])?)"
            r"\s*,?\s+van\s+de\s+" + re.escape(term) + r"\b"
        )
        for match in re.finditer(pattern, text, re.IGNORECASE):
            found.append(EuReference(act=act, article=match.group(1), quote=match.group(0)))
    return found


def _references(
    book: Rulebook, documents: list[Document]
) -> dict[tuple[str, int], list[_Reference]]:
    """(instrument id, article number) -> the document articles that refer to it."""
    by_number = {inst.number: inst.id for inst in book.instrument_by_id.values()}
    found: dict[tuple[str, int], list[_Reference]] = {}
    for doc in documents:
        aliases = defined_acts(doc)
        for article in doc.articles:
            text = article.text
            for ref in [*eu_references(text), *_alias_references(text, aliases)]:
                instrument = by_number.get(ref.act)
                if instrument is None or ref.article is None or not ref.article.isdigit():
                    continue
                key = (instrument, int(ref.article))
                position = text.find(ref.quote)
                found.setdefault(key, []).append(
                    _Reference(
                        doc,
                        article,
                        _quote(text, position),
                        paragraph_of(ref.quote),
                        point_of(ref.quote),
                    )
                )
    return found


def _parameter_findings(ob: Obligation, refs: list[_Reference]) -> list[ParameterFinding]:
    out: list[ParameterFinding] = []
    for param in ob.parameters:
        for ref in refs:
            text = ref.article.text
            for q in quantities(text):
                if q.unit != param.unit:
                    continue
                direction = bound_before(text, q) or param.direction
                result = compare(q.value, direction, float(param.value), param.direction)
                out.append(
                    ParameterFinding(
                        parameter=param.name,
                        required=float(param.value),
                        unit=param.unit,
                        direction=param.direction,
                        found=q.value,
                        found_text=q.text,
                        result=result,
                        where=f"{_document_name(ref.document)} art. {ref.article.number}",
                        quote=_quote(text, q.start),
                    )
                )
    return out


def _mapping_evidence(mapping: Mapping, documents: list[Document]) -> list[Evidence]:
    by_bwb = {b: d for d in documents if (b := _bwb_of(d))}
    out = []
    for p in mapping.provisions:
        where = f"{p.law if len(p.law) < 20 else p.law.split('(')[-1].rstrip(')')} art. {p.article}"
        if p.lid:
            where += f" lid {p.lid}"
        doc = by_bwb.get(p.bwb or "")
        article = doc.article(p.article) if doc else None
        if article is not None:
            out.append(Evidence("current law", where, _quote(article.text)))
        else:
            source = "bill" if p.bill else "mapping"
            out.append(Evidence(source, where, p.notes or p.verification.note))
    return out


TABLE_REF = re.compile(
    r"(?:Richtlijn|Verordening|Directive|Regulation)\s+\(EU\)\s+(?P<act>\d{4}/\d+)\s*,\s*"
    r"(?:artikel|article)\s+(?P<article>\d+)(?P<rest>.*)",
    re.IGNORECASE,
)


@dataclass
class _TableEntry:
    document: Document
    paragraph: int | None
    national: str
    description: str
    point: str | None = None


def _table_entries(
    book: Rulebook, documents: list[Document]
) -> dict[tuple[str, int], list[_TableEntry]]:
    """A bill's own transposition table: rows whose first cell names a directive article."""
    by_number = {inst.number: inst.id for inst in book.instrument_by_id.values()}
    found: dict[tuple[str, int], list[_TableEntry]] = {}
    for doc in documents:
        for table in doc.tables:
            if not table or not any("richtlijn" in c.lower() for c in table[0]):
                continue
            for row in table[1:]:
                match = TABLE_REF.search(row[0]) if row else None
                instrument = by_number.get(match.group("act")) if match else None
                if match is None or instrument is None or len(row) < 2:
                    continue
                entry = _TableEntry(
                    doc,
                    paragraph_of("artikel 0" + match.group("rest")),
                    row[1],
                    row[2] if len(row) > 2 else "",
                    point_of("artikel 0" + match.group("rest")),
                )
                found.setdefault((instrument, int(match.group("article"))), []).append(entry)
    return found


def gap_report(
    book: Rulebook,
    documents: list[Document],
    as_of: dt.date,
    instrument: str | None = None,
) -> list[GapRow]:
    """One row per obligation (of ``instrument``, or all), most urgent first."""
    references = _references(book, documents)
    tables = _table_entries(book, documents)
    mappings = {m.value.obligation: m.value for m in book.mappings}
    rows: list[GapRow] = []
    for ob in book.obligation_by_id.values():
        if instrument is not None and ob.instrument != instrument:
            continue
        deadline, _ = obligation_deadline(book, ob)
        days_left = (deadline - as_of).days if deadline else None
        refs = [
            r
            for r in references.get((ob.instrument, ob.article), [])
            if _names(r.paragraph, r.point, ob)
        ]
        mapping = mappings.get(ob.id)
        params = _parameter_findings(ob, refs)
        evidence = [
            Evidence("bill", f"{_document_name(r.document)} art. {r.article.number}", r.quote)
            for r in refs
        ]
        listed = [
            t
            for t in tables.get((ob.instrument, ob.article), [])
            if _names(t.paragraph, t.point, ob)
        ]
        evidence.extend(
            Evidence(
                "bill transposition table",
                f"{_document_name(t.document)}: {t.national}",
                t.description,
            )
            for t in listed
        )
        if mapping is not None:
            evidence.extend(_mapping_evidence(mapping, documents))
        status: GapStatus
        if refs:
            wrong = [p for p in params if p.result != "ok"]
            status = "conflicting" if wrong else "transposed"
            if ob.kind == "option":
                status = "option_used"
            if wrong:
                note = f"{len(wrong)} number(s) outside what the EU act allows"
                note_nl = f"{len(wrong)} getal(len) buiten wat de EU-handeling toestaat"
            else:
                note = "carried by the documents that refer to the EU article"
                note_nl = "omgezet in de bepalingen die naar het EU-artikel verwijzen"
        elif listed:
            status = "option_used" if ob.kind == "option" else "transposed"
            note = "listed in the bill's own transposition table (no reference in the text found)"
            note_nl = (
                "genoemd in de transponeringstabel van het wetsvoorstel "
                "(geen verwijzing in de tekst gevonden)"
            )
        elif mapping is not None:
            status = FROM_MAPPING[mapping.status]
            note = mapping.notes or f"current Dutch law: {mapping.status}"
            note_nl = (
                mapping.notes_nl
                or mapping.notes
                or f"huidig Nederlands recht: {MAPPING_STATUS_NL[mapping.status]}"
            )
        else:
            status = "missing"
            note = "no provision found and no mapping"
            note_nl = "geen bepaling gevonden en geen koppeling met huidig recht"
        rows.append(
            GapRow(
                obligation=ob,
                status=status,
                provisions=evidence,
                parameter_findings=params,
                deadline=deadline,
                days_left=days_left,
                note=note,
                discretion=mapping.discretion if mapping else None,
                note_nl=note_nl,
                discretion_nl=(mapping.discretion_nl or mapping.discretion) if mapping else None,
                mapping_checked=not (
                    mapping and mapping.verification and not mapping.verification.verified
                ),
            )
        )
    return sorted(
        rows,
        key=lambda r: (
            SEVERITY.index(r.status),
            r.days_left if r.days_left is not None else 10**6,
            r.obligation.instrument,
            r.obligation.article,
            r.obligation.id,
        ),
    )


def summary(rows: list[GapRow]) -> dict[str, dict[str, int]]:
    """Per instrument: how many obligations in each status."""
    out: dict[str, dict[str, int]] = {}
    for row in rows:
        counts = out.setdefault(row.obligation.instrument, dict.fromkeys(SEVERITY, 0))
        counts[row.status] += 1
    return out


def compare_reports(old: list[GapRow], new: list[GapRow]) -> list[dict[str, Any]]:
    """Obligations whose status changed between two versions of a bill."""
    before = {r.obligation.id: r.status for r in old}
    changed = []
    for row in new:
        was = before.get(row.obligation.id)
        if was != row.status:
            changed.append({"obligation": row.obligation.id, "before": was, "after": row.status})
    return changed
