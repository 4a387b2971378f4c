"""Seeded generators of realistic synthetic inputs: institution profiles and draft bills.

The same seed gives the same bytes. Profiles follow the profile model field by field, with a
mix of sectors like the Dutch population of obliged entities (many estate agents, dealers,
accountants and legal professionals; few banks), mostly-good controls, some gaps, and about
one answer in seven left out, so every status (met, breached, unknown, upcoming, not
applicable) occurs. Bills reuse the example bill's frame with generated articles that cite
the directives' articles the way Dutch drafters do.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from poortwachter.engine.facts import profile_fields
from poortwachter.engine.model import PROFILE_SCHEMA

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE_BILL = ROOT / "examples" / "bills" / "wetsvoorstel-implementatie.xml"

# rough weights: how common each kind of obliged entity is
SECTORS = {
    "estate_agent": 14,
    "high_value_goods_trader": 14,
    "auditor_accountant_tax_adviser": 16,
    "notary_lawyer_legal_professional": 12,
    "trust_or_company_service_provider": 4,
    "financial_institution": 8,
    "credit_institution": 1,
    "precious_metals_stones_trader": 3,
    "cultural_goods_trader": 3,
    "gambling_service_provider": 2,
    "credit_intermediary": 6,
    "crowdfunding_service_provider": 1,
    "mixed_activity_holding_company": 2,
    "football_agent": 1,
    "professional_football_club": 1,
    "free_zone_trader": 1,
    "investment_migration_operator": 1,
}
NUMBERS: dict[str, list[float]] = {
    "occasional_transaction_threshold_eur": [1000, 3000, 10000, 15000],
    "transfer_of_funds_threshold_eur": [0, 1000],
    "crypto_transaction_threshold_eur": [0, 1000],
    "max_cash_payment_eur": [3000, 5000, 10000, 15000],
    "customer_review_months_high_risk": [6, 12, 24],
    "customer_review_months_other": [24, 36, 60, 72],
    "beneficial_ownership_threshold_percent": [10, 25, 30],
    "sdd_verification_postponement_days": [30, 60, 90],
    "former_pep_measures_months": [6, 12, 18],
    "record_retention_years": [3, 5, 7, 10],
    "gambling_cdd_threshold_eur": [1000, 2000, 3000, 5000],
    "fiu_request_reply_working_days": [2, 3, 5, 10],
}
COUNTRIES = ["NL", "BE", "DE", "FR", "LU", "GB", "US", "AE", "CH", "RU"]
UNKNOWN = 1 / 7


def _value(rng: random.Random, path: str, kind: str) -> Any:
    name = path.rsplit(".", 1)[1]
    if kind == "boolean":
        chance = {"controls": 0.85, "activities": 0.4, "customers": 0.3}.get(
            path.split(".")[0], 0.1
        )
        return rng.random() < chance
    if kind == "date":
        return (dt.date(2027, 7, 10) - dt.timedelta(days=rng.randint(0, 3 * 365))).isoformat()
    if kind == "list":
        return sorted(rng.sample(COUNTRIES, rng.randint(1, 4)))
    if name in NUMBERS:
        return rng.choice(NUMBERS[name])
    if name == "employees":
        return int(rng.lognormvariate(2, 1.5)) + 1
    if name == "annual_turnover_eur":
        return round(rng.lognormvariate(13, 2), 2)
    raise AssertionError(f"no generator for {path} ({kind})")  # a new profile field


def profile(rng: random.Random, number: int) -> dict[str, Any]:
    """One synthetic profile, as the JSON a supervisor's export would hold."""
    data: dict[str, Any] = {
        "schema": PROFILE_SCHEMA,
        "institution": {
            "name": f"Instelling {number:06d} B.V.",
            "category": rng.choices(list(SECTORS), weights=list(SECTORS.values()))[0],
        },
    }
    for path, spec in profile_fields().items():
        if path in ("institution.name", "institution.category") or rng.random() < UNKNOWN:
            continue
        section, name = path.split(".")
        data.setdefault(section, {})[name] = _value(rng, path, spec.kind)
    return data


def profiles(seed: int, count: int) -> Iterator[dict[str, Any]]:
    rng = random.Random(seed)
    for number in range(1, count + 1):
        yield profile(rng, number)


def write_profiles(path: Path, seed: int, count: int) -> Path:
    """``count`` profiles as JSON Lines."""
    with path.open("w", encoding="utf-8", newline="\n") as handle:
        for data in profiles(seed, count):
            handle.write(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n")
    return path


ORDINALS = ["eerste", "tweede", "derde", "vierde", "vijfde", "zesde", "zevende", "achtste"]
DIRECTIVES = {"2024/1640": 80, "2024/1260": 38}


def bill(seed: int, chapters: int, articles_per_chapter: int) -> str:
    """A draft implementation act in officiële-publicaties XML, in the example bill's frame."""
    rng = random.Random(seed)
    frame = EXAMPLE_BILL.read_text("utf-8")
    start = frame.index("<hoofdstuk>")
    end = frame.rindex("</hoofdstuk>") + len("</hoofdstuk>")
    body = []
    for h in range(1, chapters + 1):
        arts = []
        for a in range(1, articles_per_chapter + 1):
            directive = rng.choice(list(DIRECTIVES))
            leden = []
            for lid in range(1, rng.randint(1, 4) + 1):
                article = rng.randint(1, DIRECTIVES[directive])
                paragraph = ORDINALS[rng.randint(0, 4)]
                days = rng.choice(["tien werkdagen", "vijf werkdagen", "drie maanden", "een jaar"])
                leden.append(
                    f"<lid><lidnr>{lid}.</lidnr><al>Ter uitvoering van artikel {article}, "
                    f"{paragraph} lid, van Richtlijn (EU) {directive} neemt de "
                    f"toezichthouder binnen {days} een besluit.</al></lid>"
                )
            arts.append(
                f'<artikel status="goed"><kop><label>Artikel</label><nr>{h}.{a}</nr>'
                f"</kop>{''.join(leden)}</artikel>"
            )
        body.append(
            f"<hoofdstuk><kop><label>HOOFDSTUK</label><nr>{h}.</nr>"
            f"<titel>Hoofdstuk {h}</titel></kop>{''.join(arts)}</hoofdstuk>"
        )
    return frame[:start] + "\n".join(body) + frame[end:]
