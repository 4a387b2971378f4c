"""The closed step vocabulary, defined once as data: every step in English and in Dutch, with
an example, and the action it performs. The pytest-bdd bindings and the plain runner are both
generated from this table, so the two languages cannot drift apart.

Patterns use the `parse` library's format ({amount:d} is a whole number, {id} a word).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Kind = Literal["given", "when", "then"]


@dataclass(frozen=True)
class StepDef:
    kind: Kind
    action: str
    en: str
    nl: str
    example_en: str
    example_nl: str


VOCABULARY: tuple[StepDef, ...] = (
    StepDef(
        "given",
        "institution",
        "an institution of category {category}",
        "een instelling van categorie {category}",
        "an institution of category high_value_goods_trader",
        "een instelling van categorie high_value_goods_trader",
    ),
    StepDef(
        "given",
        "profile_file",
        "the profile {file}",
        "het profiel {file}",
        "the profile ../examples/profiles/bank.yaml",
        "het profiel ../examples/profiles/bank.yaml",
    ),
    StepDef(
        "given",
        "accepts_cash",
        "it accepts cash payments up to {amount:d} euro",
        "zij aanvaardt contante betalingen tot {amount:d} euro",
        "it accepts cash payments up to 12000 euro",
        "zij aanvaardt contante betalingen tot 12000 euro",
    ),
    StepDef(
        "given",
        "cdd_threshold",
        "it applies customer due diligence to occasional transactions from {amount:d} euro",
        "zij verricht cliëntenonderzoek bij occasionele transacties vanaf {amount:d} euro",
        "it applies customer due diligence to occasional transactions from 15000 euro",
        "zij verricht cliëntenonderzoek bij occasionele transacties vanaf 15000 euro",
    ),
    StepDef(
        "given",
        "retention",
        "it keeps records for {years:d} years",
        "zij bewaart gegevens {years:d} jaar",
        "it keeps records for 5 years",
        "zij bewaart gegevens 5 jaar",
    ),
    StepDef(
        "given",
        "field",
        "its profile field {path} is {value}",
        "haar profielveld {path} is {value}",
        "its profile field controls.compliance_officer is yes",
        "haar profielveld controls.compliance_officer is ja",
    ),
    StepDef(
        "given",
        "bill",
        "the draft bill {file}",
        "het wetsvoorstel {file}",
        "the draft bill ../examples/bills/wetsvoorstel-implementatie.xml",
        "het wetsvoorstel ../examples/bills/wetsvoorstel-implementatie.xml",
    ),
    StepDef(
        "when",
        "assess",
        "it is assessed as of {date}",
        "zij wordt beoordeeld per {date}",
        "it is assessed as of 2027-07-10",
        "zij wordt beoordeeld per 2027-07-10",
    ),
    StepDef(
        "when",
        "check_bill",
        "the bill is checked as of {date}",
        "het wetsvoorstel wordt getoetst per {date}",
        "the bill is checked as of 2026-11-28",
        "het wetsvoorstel wordt getoetst per 2026-11-28",
    ),
    StepDef(
        "then",
        "status",
        "obligation {id} is {status}",
        "verplichting {id} is {status}",
        "obligation AMLR-80-1 is breached",
        "verplichting AMLR-80-1 is niet voldaan",
    ),
    StepDef(
        "then",
        "applies_from",
        "obligation {id} applies from {date}",
        "verplichting {id} geldt vanaf {date}",
        "obligation AMLR-80-1 applies from 2027-07-10",
        "verplichting AMLR-80-1 geldt vanaf 2027-07-10",
    ),
    StepDef(
        "then",
        "days_left",
        "obligation {id} has {days:d} days left",
        "verplichting {id} heeft nog {days:d} dagen",
        "obligation AMLR-80-1 has 224 days left",
        "verplichting AMLR-80-1 heeft nog 224 dagen",
    ),
    StepDef(
        "then",
        "cites",
        "obligation {id} cites {text}",
        "verplichting {id} noemt {text}",
        "obligation AMLR-80-1 cites Art. 80(1)",
        "verplichting AMLR-80-1 noemt art. 80, lid 1",
    ),
    StepDef(
        "then",
        "replaces",
        "obligation {id} replaces {wwft}",
        "verplichting {id} vervangt {wwft}",
        "obligation AMLR-19-1-b replaces Wwft art. 3 lid 5 onder b",
        "verplichting AMLR-19-1-b vervangt Wwft art. 3 lid 5 onder b",
    ),
    StepDef(
        "then",
        "verified",
        "the rule for {id} is {verdict}",
        "de regel voor {id} is {verdict}",
        "the rule for AMLR-19-2 is not confirmed",
        "de regel voor AMLR-19-2 is niet bevestigd",
    ),
    StepDef(
        "then",
        "bill_status",
        "the bill's status for {id} is {status}",
        "de status van het wetsvoorstel voor {id} is {status}",
        "the bill's status for AMLD6-24-1 is conflicting",
        "de status van het wetsvoorstel voor AMLD6-24-1 is conflicting",
    ),
    StepDef(
        "then",
        "bill_provision",
        "the bill carries {id} in {provision}",
        "het wetsvoorstel zet {id} om in {provision}",
        "the bill carries AMLD6-24-1 in art. 3.4",
        "het wetsvoorstel zet AMLD6-24-1 om in art. 3.4",
    ),
    StepDef(
        "then",
        "bill_number",
        "the bill's number for {id} is {result}",
        "het getal in het wetsvoorstel voor {id} is {result}",
        "the bill's number for AMLD6-24-1 is too_high",
        "het getal in het wetsvoorstel voor AMLD6-24-1 is too_high",
    ),
)

# Dutch words for the finding statuses, as lawyers write them.
STATUS_WORDS = {
    "met": "met",
    "voldaan": "met",
    "breached": "breached",
    "niet voldaan": "breached",
    "unknown": "unknown",
    "onbekend": "unknown",
    "upcoming": "upcoming",
    "komt eraan": "upcoming",
    "not applicable": "not_applicable",
    "not_applicable": "not_applicable",
    "niet van toepassing": "not_applicable",
}

# whether a rule is confirmed against the official text (its verification), in both languages
VERDICT_WORDS = {
    "confirmed": True,
    "bevestigd": True,
    "not confirmed": False,
    "niet bevestigd": False,
}
