"""The rulebook's data model: instruments, their article inventory, obligations and mappings.

Everything the rulebook says is data validated by these models (regelrecht style): the engine
holds no law-specific code. Models are strict (no type coercion) and reject unknown keys, so a
typo in a rule file is an error, not a silently ignored field.

The schema is versioned: every rule file starts with ``schema: poortwachter/rules/v1`` and every
mapping file with ``schema: poortwachter/mappings/v1``. ``poortwachter schema rules`` prints the
JSON Schema an editor can validate against.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Any, Literal, Self

from pydantic import (
    BaseModel,
    ConfigDict,
    Discriminator,
    Field,
    Tag,
    model_validator,
)

RULES_SCHEMA = "poortwachter/rules/v1"
MAPPINGS_SCHEMA = "poortwachter/mappings/v1"
PROFILE_SCHEMA = "poortwachter/profile/v1"

# ---------------------------------------------------------------------------------------------
# Vocabulary
# ---------------------------------------------------------------------------------------------

InstrumentId = Annotated[
    str,
    Field(
        pattern=r"^[A-Z][A-Z0-9]*$",
        description="Short id of an EU instrument, e.g. AMLR, AMLD6, AMLAR, TFR, CONF.",
        examples=["AMLR"],
    ),
]

ObligationId = Annotated[
    str,
    Field(
        pattern=r"^[A-Z][A-Z0-9]*-[1-9][0-9]*(-[1-9][0-9]*(-[a-z]{1,2})?)?$",
        description="<INSTRUMENT>-<article>[-<paragraph>[-<point>]], e.g. AMLR-19-1-b.",
        examples=["AMLR-19-1-b", "CONF-33-1", "AMLD6-78"],
    ),
]

ArticleNumber = Annotated[int, Field(ge=1, description="Article number in the EU act.")]
ParagraphNumber = Annotated[
    int,
    Field(
        ge=1,
        description=(
            "Numbered subdivision of the article: the paragraph ('1.'), or, in an article "
            "without paragraphs, the numbered point ('(1)'), as in 'Article 3, point (3)(n)'."
        ),
    ),
]
PointLetter = Annotated[
    str,
    Field(pattern=r"^[a-z]{1,2}$", description="Lettered point, e.g. 'b' for point (b)."),
]

InstrumentKind = Literal["regulation", "directive"]

MilestoneKind = Literal[
    "application",  # a regulation (or part of it) applies from this date
    "transposition",  # Member States must have transposed (part of) a directive by this date
    "notification",  # Member States must notify the Commission by this date
    "measure",  # another dated duty of the Member State (e.g. adopt a national strategy)
    "repeal",  # an earlier act is repealed with effect from this date
]

ArticleClass = Literal[
    "subject_matter",  # subject matter and purpose
    "definition",  # definitions
    "scope",  # who or what is covered, exemptions
    "obligation",  # a duty to transpose or apply (Member State, obliged entity, authority)
    "option",  # a Member State option or discretion
    "eu_only",  # addressed to EU bodies only (Commission, AMLA, EBA ...)
    "amendment",  # amends another act
    "final",  # final provisions: entry into force, repeal, transposition, addressees
    "informative",  # no duty of its own (e.g. review clauses, statements)
]

Addressee = Literal[
    "member_state",
    "obliged_entity",
    "supervisor",
    "fiu",
    "asset_recovery_office",
    "asset_management_office",
    "court_or_prosecutor",
    "competent_authority",
    "self_regulatory_body",
    "legal_entity",
    "trustee",
]

ObligationKind = Literal[
    "transpose",  # a directive's provision that national law must carry
    "apply",  # directly applicable duty (regulation) that someone must comply with
    "option",  # a Member State option: national law may (not must) do this
    "national_measure",  # a regulation that requires a national measure (designate, penalties)
    "notify",  # notify the Commission or another body
]

# How a value that carries out the rule (a Dutch provision, an institution's control) must compare
# with the parameter: "at_most" for a threshold that triggers a duty or a limit (EUR 10 000: a
# threshold of EUR 15 000 falls short), "at_least" for a period to keep records, "exactly" where
# the law leaves no room.
Direction = Literal["at_least", "at_most", "exactly"]

Unit = Literal[
    "EUR",
    "percent",
    "days",
    "working_days",
    "hours",
    "months",
    "years",
    "count",
]

MappingStatus = Literal[
    "covered",
    "partly_covered",
    "not_covered",
    "repeal_or_amend",  # Dutch law duplicates a directly applicable AMLR rule: repeal or amend
    "option_used",
    "option_not_used",
    "not_needed",
]


class StrictModel(BaseModel):
    """Base for every model: strict types, unknown keys rejected, immutable."""

    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


class Text(StrictModel):
    """A short text in English and Dutch. Summaries are our own words, not quotations."""

    en: Annotated[str, Field(min_length=1)]
    nl: Annotated[str, Field(min_length=1)]


class _PlaceChecks(StrictModel):
    """A model with ``paragraph`` and ``point``: a point sits inside a paragraph."""

    paragraph: ParagraphNumber | None = None
    point: PointLetter | None = None

    @model_validator(mode="after")
    def _point_needs_paragraph(self) -> Self:
        if self.point is not None and self.paragraph is None:
            raise ValueError("a point needs a paragraph (write paragraph: N before point)")
        return self


class ArticleRef(_PlaceChecks):
    """A place in an EU act: article, optionally paragraph and point."""

    article: ArticleNumber

    def label(self) -> str:
        """Citation form: 3(3)(n), 19(1)(b), 90."""
        text = str(self.article)
        if self.paragraph is not None:
            text += f"({self.paragraph})"
        if self.point is not None:
            text += f"({self.point})"
        return text


class Verification(StrictModel):
    """Whether a statement was confirmed against the official text, and how."""

    verified: bool
    note: Annotated[str, Field(min_length=1)] = Field(
        description="Where it was checked, or what is still uncertain.",
    )


# ---------------------------------------------------------------------------------------------
# Instruments and their milestones
# ---------------------------------------------------------------------------------------------


class Milestone(StrictModel):
    """A dated step of an instrument: application, transposition, notification, ..."""

    kind: MilestoneKind
    date: dt.date
    basis: ArticleRef = Field(description="The provision that sets this date.")
    covers: list[ArticleRef] = Field(
        default_factory=list,
        description="The provisions this date is for; empty for the general date.",
    )
    addressee: Addressee | None = Field(
        default=None, description="Who must act by this date; null: whoever the act binds."
    )
    entities: list[str] = Field(
        default_factory=list,
        description="Institution categories (profile institution.category) this date is for; "
        "for them it governs every obligation of the instrument addressed to obliged entities.",
    )
    description: Text
    verification: Verification


class Instrument(StrictModel):
    """An EU act the rulebook encodes."""

    id: InstrumentId
    celex: Annotated[str, Field(pattern=r"^3\d{4}[LRD]\d{4}$")]
    eli: Annotated[str, Field(pattern=r"^http://data\.europa\.eu/eli/(reg|dir)/\d{4}/\d+/oj$")]
    kind: InstrumentKind
    number: Annotated[str, Field(pattern=r"^\d{4}/\d+$", description="e.g. 2024/1624")]
    title: Text
    short_title: Text
    published: dt.date | None = Field(
        default=None, description="Date of publication in the Official Journal, where known."
    )
    entry_into_force: dt.date
    milestones: list[Milestone]
    verification: Verification


# ---------------------------------------------------------------------------------------------
# Article inventory
# ---------------------------------------------------------------------------------------------


class Paragraph(StrictModel):
    """A numbered subdivision of an article and its lettered points, as in the official text."""

    number: ParagraphNumber
    points: list[PointLetter] = Field(default_factory=list)


class Article(StrictModel):
    """One article of an instrument, generated from the official text (tools/)."""

    number: ArticleNumber
    title: Text
    chapter: Annotated[str, Field(min_length=1)]
    paragraphs: list[Paragraph] = Field(default_factory=list)
    points: list[PointLetter] = Field(
        default_factory=list,
        description="Lettered points directly under the article (no numbered subdivision).",
    )


class Classification(StrictModel):
    """What kind of provision an article is: an editorial judgment, kept next to the
    obligations that encode the article (the generated inventory holds only the text's facts)."""

    instrument: InstrumentId
    article: ArticleNumber
    classification: ArticleClass
    note: str | None = Field(default=None, description="Why, in a few words, where not obvious.")


class Inventory(StrictModel):
    """Every article of one instrument."""

    instrument: InstrumentId
    source: Annotated[str, Field(min_length=1, description="Where the texts were read.")]
    articles: list[Article]


# ---------------------------------------------------------------------------------------------
# Conditions: when an obligation applies to an institution and when it is met
# ---------------------------------------------------------------------------------------------

FiniteFloat = Annotated[float, Field(allow_inf_nan=False, ge=-1e15, le=1e15)]
BoundedInt = Annotated[int, Field(ge=-(10**15), le=10**15)]
Number = BoundedInt | FiniteFloat
Scalar = BoundedInt | FiniteFloat | str | bool | dt.date
FieldPath = Annotated[
    str,
    Field(
        pattern=r"^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$",
        description="Path into the facts, e.g. controls.record_retention_years.",
    ),
]
FactName = Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]*$")]


class RelativeDate(StrictModel):
    """A date counted from the assessment date; give exactly one of the fields."""

    days_before_assessment: Annotated[int, Field(ge=0)] | None = None
    months_before_assessment: Annotated[int, Field(ge=0)] | None = None
    years_before_assessment: Annotated[int, Field(ge=0)] | None = None
    days_after_assessment: Annotated[int, Field(ge=0)] | None = None

    @model_validator(mode="after")
    def _exactly_one(self) -> Self:
        given = [k for k, v in self.model_dump().items() if v is not None]
        if len(given) != 1:
            raise ValueError(
                "give exactly one of days_before_assessment, months_before_assessment, "
                "years_before_assessment, days_after_assessment"
            )
        return self


DateValue = dt.date | RelativeDate

# The comparison a leaf makes; each key is also the YAML key that introduces it.
COMPARISONS = (
    "equals",
    "not_equals",
    "less_than",
    "greater_than",
    "at_most",
    "at_least",
    "in",
    "not_in",
    "contains_any",
    "contains_all",
    "before",
    "after",
    "on",
    "on_or_before",
    "on_or_after",
)


class Leaf(StrictModel):
    """One test of one fact: ``{field: controls.record_retention_years, at_least: 5}``."""

    field: FieldPath
    equals: Scalar | None = None
    not_equals: Scalar | None = None
    less_than: Number | None = None
    greater_than: Number | None = None
    at_most: Number | None = None
    at_least: Number | None = None
    in_: Annotated[list[Scalar], Field(min_length=1)] | None = Field(default=None, alias="in")
    not_in: Annotated[list[Scalar], Field(min_length=1)] | None = None
    contains_any: Annotated[list[str], Field(min_length=1)] | None = None
    contains_all: Annotated[list[str], Field(min_length=1)] | None = None
    before: DateValue | None = None
    after: DateValue | None = None
    on: DateValue | None = None
    on_or_before: DateValue | None = None
    on_or_after: DateValue | None = None

    model_config = ConfigDict(extra="forbid", strict=True, frozen=True, populate_by_name=False)

    @model_validator(mode="after")
    def _exactly_one_comparison(self) -> Self:
        given = [op for op in COMPARISONS if self.value_of(op) is not None]
        if len(given) != 1:
            raise ValueError(
                f"a test of '{self.field}' needs exactly one comparison "
                f"({', '.join(COMPARISONS)}); found {len(given) or 'none'}"
            )
        return self

    def value_of(self, op: str) -> Any:
        return getattr(self, "in_" if op == "in" else op)

    @property
    def op(self) -> str:
        return next(op for op in COMPARISONS if self.value_of(op) is not None)

    @property
    def value(self) -> Any:
        return self.value_of(self.op)


class FactRef(StrictModel):
    """True when a derived fact is true: ``{fact: credit_or_financial_institution}``."""

    fact: FactName


class AllOf(StrictModel):
    all: Annotated[list[Condition], Field(min_length=1)]


class AnyOf(StrictModel):
    any: Annotated[list[Condition], Field(min_length=1)]


class Not(StrictModel):
    not_: Condition = Field(alias="not")

    model_config = ConfigDict(extra="forbid", strict=True, frozen=True, populate_by_name=False)


def _condition_kind(value: Any) -> str | None:
    if isinstance(value, BaseModel):
        return type(value).__name__
    if not isinstance(value, dict):
        return None
    for key, kind in (("all", "AllOf"), ("any", "AnyOf"), ("not", "Not"), ("fact", "FactRef")):
        if key in value:
            return kind
    return "Leaf"


Condition = Annotated[
    Annotated[Leaf, Tag("Leaf")]
    | Annotated[FactRef, Tag("FactRef")]
    | Annotated[AllOf, Tag("AllOf")]
    | Annotated[AnyOf, Tag("AnyOf")]
    | Annotated[Not, Tag("Not")],
    Discriminator(
        _condition_kind,
        custom_error_type="condition",
        custom_error_message=(
            "expected a condition: a mapping with 'field' and one comparison, "
            "or 'fact', 'all', 'any' or 'not'"
        ),
    ),
]


# Resolve the recursive references now, so tools that read model_fields see real types.
for _model in (AllOf, AnyOf, Not):
    _model.model_rebuild(force=True)


class ObligationCondition(StrictModel):
    """How an obligation is decided for an institution profile."""

    applies_when: Condition | None = Field(
        default=None, description="When the obligation binds the institution; absent: always."
    )
    met_when: Condition = Field(description="When the institution meets the obligation.")


class DerivedFact(StrictModel):
    """A fact that rules derive from the profile, for other rules to use (forward chaining)."""

    name: FactName
    title: Text
    condition: Condition
    basis: ArticleRef | None = None
    instrument: InstrumentId | None = None


# ---------------------------------------------------------------------------------------------
# Obligations
# ---------------------------------------------------------------------------------------------


class Parameter(_PlaceChecks):
    """A number the law sets: a threshold, a period, a percentage."""

    name: Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]*$")]
    value: Number
    unit: Unit
    direction: Direction
    description: Text | None = None


class Obligation(_PlaceChecks):
    """One duty (or option) in an EU act, the unit the engine checks."""

    id: ObligationId
    instrument: InstrumentId
    article: ArticleNumber
    title: Text
    summary: Text
    addressee: Addressee
    kind: ObligationKind
    deadline: dt.date | None = Field(
        default=None,
        description="Set only where it differs from the instrument's milestones.",
    )
    parameters: list[Parameter] = Field(default_factory=list)
    condition: ObligationCondition | None = Field(
        default=None,
        description="How the obligation is decided for an institution profile; absent: not "
        "assessed for institutions.",
    )
    related: list[ObligationId] = Field(default_factory=list)
    source: Annotated[str, Field(pattern=r"^https?://\S+$")]
    verification: Verification

    @property
    def ref(self) -> ArticleRef:
        return ArticleRef(article=self.article, paragraph=self.paragraph, point=self.point)

    def expected_id(self) -> str:
        parts = [self.instrument, str(self.article)]
        if self.paragraph is not None:
            parts.append(str(self.paragraph))
            if self.point is not None:
                parts.append(self.point)
        return "-".join(parts)


class RuleFile(StrictModel):
    """One YAML file of the rulebook. Any section may be absent."""

    schema_: Literal["poortwachter/rules/v1"] = Field(alias="schema")
    instruments: list[Instrument] = Field(default_factory=list)
    inventories: list[Inventory] = Field(default_factory=list)
    obligations: list[Obligation] = Field(default_factory=list)
    derived_facts: list[DerivedFact] = Field(default_factory=list)
    classifications: list[Classification] = Field(default_factory=list)

    model_config = ConfigDict(
        extra="forbid",
        strict=True,
        frozen=True,
        populate_by_name=False,
        title="Poortwachter rule file",
    )


# ---------------------------------------------------------------------------------------------
# Mappings to Dutch law
# ---------------------------------------------------------------------------------------------

BWB_ID = re.compile(r"^BWBR\d{7}$")


class DutchProvision(StrictModel):
    """A provision of Dutch law that carries (part of) an obligation."""

    law: Annotated[str, Field(min_length=1, description="Name of the law, e.g. Wwft.")]
    bwb: Annotated[str, Field(pattern=BWB_ID.pattern, description="BWB id, e.g. BWBR0024282.")]
    article: Annotated[
        str,
        Field(
            pattern=r"^[0-9]+[a-z]*(:[0-9]+[a-z]*)?$",
            description="Article number as a string: '3', '17a', '1:1'.",
        ),
    ]
    lid: Annotated[int, Field(ge=1)] | None = None
    onderdeel: Annotated[str, Field(pattern=r"^[a-z0-9]{1,3}$")] | None = None
    url: Annotated[str, Field(pattern=r"^https://(wetten\.overheid\.nl|jci\.)\S*$")]
    status: MappingStatus
    notes: str | None = None
    verification: Verification


class Mapping(StrictModel):
    """An obligation and the Dutch provisions that carry it."""

    obligation: ObligationId
    provisions: list[DutchProvision]
    notes: str | None = None


class MappingFile(StrictModel):
    """One YAML file of mappings."""

    schema_: Literal["poortwachter/mappings/v1"] = Field(alias="schema")
    mappings: list[Mapping] = Field(default_factory=list)

    model_config = ConfigDict(
        extra="forbid",
        strict=True,
        frozen=True,
        title="Poortwachter mapping file",
    )


# ---------------------------------------------------------------------------------------------
# Institution profile: the facts an institution gives about itself
# ---------------------------------------------------------------------------------------------

# AMLR Art. 3: the categories of obliged entities, with the point that names each.
INSTITUTION_CATEGORIES: dict[str, str] = {
    "credit_institution": "3(1)",
    "financial_institution": "3(2)",
    "auditor_accountant_tax_adviser": "3(3)(a)",
    "notary_lawyer_legal_professional": "3(3)(b)",
    "trust_or_company_service_provider": "3(3)(c)",
    "estate_agent": "3(3)(d)",
    "precious_metals_stones_trader": "3(3)(e)",
    "high_value_goods_trader": "3(3)(f)",
    "gambling_service_provider": "3(3)(g)",
    "crowdfunding_service_provider": "3(3)(h)",
    "cultural_goods_trader": "3(3)(i)",
    "free_zone_trader": "3(3)(j)",
    "credit_intermediary": "3(3)(k)",
    "investment_migration_operator": "3(3)(l)",
    "mixed_activity_holding_company": "3(3)(m)",
    "football_agent": "3(3)(n)",
    "professional_football_club": "3(3)(o)",
}

InstitutionCategory = Literal[
    "credit_institution",
    "financial_institution",
    "auditor_accountant_tax_adviser",
    "notary_lawyer_legal_professional",
    "trust_or_company_service_provider",
    "estate_agent",
    "precious_metals_stones_trader",
    "high_value_goods_trader",
    "gambling_service_provider",
    "crowdfunding_service_provider",
    "cultural_goods_trader",
    "free_zone_trader",
    "credit_intermediary",
    "investment_migration_operator",
    "mixed_activity_holding_company",
    "football_agent",
    "professional_football_club",
]


def fact(
    label_en: str,
    label_nl: str,
    question_en: str,
    question_nl: str,
    *,
    yes: tuple[str, str] | None = None,
    no: tuple[str, str] | None = None,
) -> Any:
    """A profile field: optional (absent means unknown), with its label and question.

    A yes/no field also gives the statement for each answer, so findings read as sentences.
    """
    extra: dict[str, Any] = {
        "label": {"en": label_en, "nl": label_nl},
        "question": {"en": question_en, "nl": question_nl},
    }
    if yes and no:
        extra["yes"] = {"en": yes[0], "nl": yes[1]}
        extra["no"] = {"en": no[0], "nl": no[1]}
    return Field(default=None, description=question_en, json_schema_extra=extra)


class Institution(StrictModel):
    """Who the institution is."""

    name: Annotated[str, Field(min_length=1)]
    category: InstitutionCategory | None = fact(
        "category of obliged entity (AMLR Art. 3)",
        "categorie meldingsplichtige entiteit (AMLR art. 3)",
        "Which category of AMLR Art. 3 does the institution fall under?",
        "Onder welke categorie van AMLR art. 3 valt de instelling?",
    )
    crypto_asset_service_provider: bool | None = fact(
        "crypto-asset service provider",
        "aanbieder van cryptoactivadiensten",
        "Is the institution a crypto-asset service provider?",
        "Is de instelling een aanbieder van cryptoactivadiensten?",
        yes=(
            "the institution is a crypto-asset service provider",
            "de instelling is een aanbieder van cryptoactivadiensten",
        ),
        no=(
            "the institution is not a crypto-asset service provider",
            "de instelling is geen aanbieder van cryptoactivadiensten",
        ),
    )


class Activities(StrictModel):
    """What the institution does that triggers duties."""

    occasional_transactions: bool | None = fact(
        "carries out occasional transactions",
        "verricht occasionele transacties",
        "Does the institution carry out occasional transactions (outside a business relationship)?",
        "Verricht de instelling occasionele transacties (buiten een zakelijke relatie)?",
        yes=(
            "the institution carries out occasional transactions",
            "de instelling verricht occasionele transacties",
        ),
        no=(
            "the institution carries out no occasional transactions",
            "de instelling verricht geen occasionele transacties",
        ),
    )
    transfers_of_funds: bool | None = fact(
        "executes transfers of funds",
        "verricht geldovermakingen",
        "Does the institution initiate or execute transfers of funds?",
        "Initieert of verricht de instelling geldovermakingen?",
        yes=(
            "the institution initiates or executes transfers of funds",
            "de instelling initieert of verricht geldovermakingen",
        ),
        no=(
            "the institution neither initiates nor executes transfers of funds",
            "de instelling initieert noch verricht geldovermakingen",
        ),
    )
    accepts_cash: bool | None = fact(
        "accepts or makes cash payments",
        "aanvaardt of verricht contante betalingen",
        "Does the institution accept or make cash payments for goods or services?",
        "Aanvaardt of verricht de instelling contante betalingen voor goederen of diensten?",
        yes=(
            "the institution accepts or makes cash payments",
            "de instelling aanvaardt of verricht contante betalingen",
        ),
        no=(
            "the institution neither accepts nor makes cash payments",
            "de instelling aanvaardt noch verricht contante betalingen",
        ),
    )
    countries: list[Annotated[str, Field(pattern=r"^[A-Z]{2}$")]] | None = fact(
        "countries of operation",
        "landen waar de instelling actief is",
        "In which countries (ISO codes) does the institution operate?",
        "In welke landen (ISO-codes) is de instelling actief?",
    )


class Controls(StrictModel):
    """The controls in place, with their parameters."""

    occasional_transaction_threshold_eur: Number | None = fact(
        "threshold for customer due diligence on occasional transactions (EUR)",
        "drempel voor cliëntenonderzoek bij occasionele transacties (EUR)",
        "From what amount (EUR) does the institution apply customer due diligence to "
        "occasional transactions?",
        "Vanaf welk bedrag (EUR) verricht de instelling cliëntenonderzoek bij occasionele "
        "transacties?",
    )
    transfer_of_funds_threshold_eur: Number | None = fact(
        "threshold for customer due diligence on occasional transfers of funds (EUR)",
        "drempel voor cliëntenonderzoek bij occasionele geldovermakingen (EUR)",
        "From what amount (EUR) does the institution apply customer due diligence to "
        "occasional transfers of funds?",
        "Vanaf welk bedrag (EUR) verricht de instelling cliëntenonderzoek bij occasionele "
        "geldovermakingen?",
    )
    max_cash_payment_eur: Number | None = fact(
        "largest cash payment accepted or made (EUR)",
        "hoogste contante betaling die wordt aanvaard of verricht (EUR)",
        "What is the largest cash payment (EUR) the institution accepts or makes?",
        "Wat is de hoogste contante betaling (EUR) die de instelling aanvaardt of verricht?",
    )
    record_retention_years: Number | None = fact(
        "record retention period (years)",
        "bewaartermijn van gegevens (jaren)",
        "For how many years does the institution keep due diligence and transaction records?",
        "Hoeveel jaar bewaart de instelling gegevens uit cliëntenonderzoek en transacties?",
    )
    business_risk_assessment_updated: dt.date | None = fact(
        "date the business-wide risk assessment was last updated",
        "datum van de laatste actualisering van de risicobeoordeling van de onderneming",
        "When was the business-wide risk assessment last updated (YYYY-MM-DD)?",
        "Wanneer is de risicobeoordeling van de onderneming voor het laatst geactualiseerd "
        "(JJJJ-MM-DD)?",
    )


class Profile(StrictModel):
    """An institution's self-description, assessed against the rulebook."""

    schema_: Literal["poortwachter/profile/v1"] = Field(alias="schema")
    institution: Institution
    activities: Activities = Field(default_factory=Activities)
    controls: Controls = Field(default_factory=Controls)

    model_config = ConfigDict(
        extra="forbid",
        strict=True,
        frozen=True,
        populate_by_name=False,
        title="Poortwachter institution profile",
    )
