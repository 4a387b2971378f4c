"""Plain data views of rulebook entries, shared by every output format."""

from __future__ import annotations

from typing import Any

from .deadlines import obligation_deadline
from .model import Obligation, Parameter
from .rulebook import Rulebook

_PARAMETER_KEYS = ("name", "value", "unit", "direction", "paragraph", "point", "description")


def _parameter(parameter: Parameter) -> dict[str, Any]:
    data = parameter.model_dump(exclude_none=True)
    return {key: data[key] for key in _PARAMETER_KEYS if key in data}


# "eerste lid", "derde alinea": the words Dutch legal citations count with.
DUTCH_ORDINALS = [
    "eerste",
    "tweede",
    "derde",
    "vierde",
    "vijfde",
    "zesde",
    "zevende",
    "achtste",
    "negende",
    "tiende",
    "elfde",
    "twaalfde",
    "dertiende",
    "veertiende",
    "vijftiende",
    "zestiende",
    "zeventiende",
    "achttiende",
    "negentiende",
    "twintigste",
]
ENGLISH_ORDINALS = [
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
]


def citation(book: Rulebook, ob: Obligation, lang: str = "en") -> str:
    """'Regulation (EU) 2024/1624 (AMLR), Art. 19(1)(b)' or, in Dutch,
    'Verordening (EU) 2024/1624 (AMLR), art. 19, lid 1, onder b'."""
    inst = book.instrument_by_id.get(ob.instrument)
    ordinals = {"en": ["", *ENGLISH_ORDINALS], "nl": ["", *DUTCH_ORDINALS]}
    sub = ordinals[lang][ob.subparagraph] if ob.subparagraph else ""
    if lang == "nl":
        place = f"art. {ob.article}"
        if ob.paragraph is not None:
            place += f", lid {ob.paragraph}"
        if sub:
            place += f", {sub} alinea"
        if ob.point is not None:
            place += f", onder {ob.point}"
    else:
        place = f"Art. {ob.ref.label()}"
        if sub:
            place += f", {sub} subparagraph"
    if inst is None:
        return f"{ob.instrument} {place}"
    words = {"regulation": ("Regulation", "Verordening"), "directive": ("Directive", "Richtlijn")}
    kind = words[inst.kind][0 if lang == "en" else 1]
    return f"{kind} (EU) {inst.number} ({inst.id}), {place}"


def obligation_view(book: Rulebook, ob: Obligation) -> dict[str, Any]:
    """Everything ``rules show`` prints about one obligation."""
    deadline, basis = obligation_deadline(book, ob)
    mappings = [
        {
            "law": p.law,
            "bwb": p.bwb,
            "bill": p.bill,
            "article": p.article,
            "lid": p.lid,
            "onderdeel": p.onderdeel,
            "status": p.status or entry.value.status,
            "url": p.url,
            "notes": p.notes,
            "verified": p.verification.verified,
        }
        for entry in book.mappings
        if entry.value.obligation == ob.id
        for p in entry.value.provisions
    ]
    dutch_status = next(
        (e.value.status for e in book.mappings if e.value.obligation == ob.id), None
    )
    dutch_notes = next((e.value.notes for e in book.mappings if e.value.obligation == ob.id), None)
    return {
        "id": ob.id,
        "instrument": ob.instrument,
        "article": ob.article,
        "paragraph": ob.paragraph,
        "point": ob.point,
        "subparagraph": ob.subparagraph,
        "citation": citation(book, ob),
        "title": ob.title.model_dump(),
        "summary": ob.summary.model_dump(),
        "addressee": ob.addressee,
        "acting_authority": ob.acting_authority,
        "kind": ob.kind,
        "parameters": [_parameter(p) for p in ob.parameters],
        "deadline": deadline.isoformat() if deadline else None,
        "deadline_basis": basis,
        "condition": (
            ob.condition.model_dump(mode="json", by_alias=True, exclude_none=True)
            if ob.condition
            else None
        ),
        "related": list(ob.related),
        "source": ob.source,
        "verified": ob.verification.verified,
        "verification_note": ob.verification.note,
        "dutch_law_status": dutch_status,
        "dutch_law_notes": dutch_notes,
        "mappings": mappings,
    }
