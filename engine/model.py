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
        pattern=r"^[A-Z][A-Z0-9]*-[1-9][0-9]*(-[1-9][0-9]*(-s[1-9])?(-[a-z]{1,2})?)?$",
        description="<INSTRUMENT>-<article>[-<paragraph>[-s<subparagraph>][-<point>]], e.g. "
        "AMLR-19-1-b, or AMLR-67-7-s3 for the third subparagraph of Art. 67(7).",
        examples=["AMLR-19-1-b", "CONF-33-1", "AMLD6-78", "AMLR-67-7-s3"],
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
# "below" and "above" where the text says "less than" / "more than" (strictly).
Direction = Literal["at_least", "at_most", "exactly", "below", "above"]

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
        description="Institution categories (profile institution.category) this date is for. "
        "Such a milestone dates only those institutions: for them it governs the covered "
        "provisions (all of the act when covers is empty); it never dates other institutions.",
    )
    entities_defined_in: list[ArticleRef] = Field(
        default_factory=list,
        description="The provisions that define those entities, e.g. AMLR Art. 3(3)(n).",
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
    subparagraph: Annotated[int, Field(ge=2, le=9)] | None = Field(
        default=None,
        description="Only where one paragraph holds two duties (or a duty and an option): the "
        "subparagraph (alinea) of the second one, counted from 1; the first needs none.",
    )

    @model_validator(mode="after")
    def _subparagraph_needs_paragraph(self) -> Self:
        if self.subparagraph is not None and self.paragraph is None:
            raise ValueError("a subparagraph needs a paragraph (write paragraph: N)")
        return self

    title: Text
    summary: Text
    addressee: Addressee
    acting_authority: Addressee | None = Field(
        default=None,
        description="Where a directive binds the Member State through a national body (a "
        "court, prosecutor, asset recovery office, FIU ...): the body national law must "
        "empower.",
    )
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
            if self.subparagraph is not None:
                parts.append(f"s{self.subparagraph}")
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


Slug = Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9-]*$")]
DutchArticle = Annotated[
    str,
    Field(
        pattern=r"^[0-9]+[a-z]*(:[0-9]+[a-z]*)?$",
        description="Article number as a string: '3', '17a', '1:1'.",
    ),
]
NEEDS_NOTES: tuple[str, ...] = ("partly_covered", "not_needed", "repeal_or_amend")


class Bill(StrictModel):
    """A pending (or recently adopted) Dutch bill, a source of its own kind."""

    id: Slug
    title: Annotated[str, Field(min_length=1)]
    kamerstuk: Annotated[str, Field(pattern=r"^\d{5}$")] | None = None
    status: Annotated[str, Field(min_length=1)]
    status_date: dt.date | None = None
    url: Annotated[str, Field(pattern=r"^https://\S+$")]
    verification: Verification


class DutchProvision(StrictModel):
    """A provision of Dutch law (in force, or in a bill) that carries (part of) an obligation."""

    law: Annotated[str, Field(min_length=1, description="Name of the law, e.g. Wwft.")]
    bwb: Annotated[str, Field(pattern=BWB_ID.pattern, description="BWB id, e.g. BWBR0024282.")] | (
        None
    ) = None
    bill: Slug | None = Field(default=None, description="Id of a bill in this mapping set.")
    article: DutchArticle
    lid: Annotated[int, Field(ge=1)] | None = None
    onderdeel: Annotated[str, Field(pattern=r"^[a-z0-9]{1,3}$")] | None = None
    url: Annotated[
        str,
        Field(
            pattern=r"^https://(wetten\.overheid\.nl|jci\.|zoek\.officielebekendmakingen\.nl)\S*$"
        ),
    ]
    status: MappingStatus | None = Field(
        default=None, description="This provision's own status, where it differs."
    )
    notes: str | None = None
    verification: Verification

    @model_validator(mode="after")
    def _statute_or_bill(self) -> Self:
        if (self.bwb is None) == (self.bill is None):
            raise ValueError("give either bwb (a law in force) or bill (a pending bill)")
        return self


class Mapping(StrictModel):
    """An obligation, how Dutch law carries it today, and the provisions that do."""

    obligation: ObligationId
    status: MappingStatus
    provisions: list[DutchProvision] = Field(default_factory=list)
    notes: str | None = Field(
        default=None, description="What is missing, why not needed, the choice made."
    )
    discretion: str | None = Field(
        default=None, description="Beleidsruimte: the room the EU act leaves, and its use."
    )
    # The transposition table (Aanwijzing 9.12) goes into a Dutch explanatory memorandum, so
    # the mappings of directives say the same in Dutch, in their own words.
    notes_nl: str | None = Field(
        default=None, description="The notes in Dutch (the table's 'Toelichting' column)."
    )
    discretion_nl: str | None = Field(
        default=None, description="The discretion in Dutch ('Omschrijving beleidsruimte')."
    )
    verification: Verification | None = Field(
        default=None,
        description="Whether the status itself was established; verified: false where the "
        "Dutch law that may carry the obligation was not (fully) read, so the status is "
        "provisional.",
    )

    @model_validator(mode="after")
    def _explained(self) -> Self:
        if self.status in NEEDS_NOTES and not self.notes:
            raise ValueError(f"status {self.status} needs notes saying what and why")
        if self.notes_nl and not self.notes:
            raise ValueError("notes_nl translates notes: give notes too")
        if self.discretion_nl and not self.discretion:
            raise ValueError("discretion_nl translates discretion: give discretion too")
        if self.status in ("covered", "partly_covered") and not self.provisions:
            raise ValueError(f"status {self.status} needs the provisions that carry it")
        return self


CorrelationKind = Literal[
    "replaced_by_regulation",  # the AMLR (or TFR) takes over: the Wwft rule must go
    "transposes_directive",  # stays national law, now transposing AMLD6
    "national_choice",  # an option the Regulation leaves, or purely national
    "repealed",  # no successor
]


class Successor(_PlaceChecks):
    """The EU provision that takes over (part of) a Dutch article."""

    instrument: InstrumentId
    article: ArticleNumber


class Correlation(StrictModel):
    """One article of current Dutch law and the EU provisions that take over."""

    law: Literal["Wwft"]
    article: DutchArticle
    subject: Text = Field(description="What the article governs, in a few words of our own.")
    kind: CorrelationKind
    successors: list[Successor] = Field(default_factory=list)
    change: Text = Field(description="What changes on 10 July 2027, in a sentence.")
    verification: Verification


class MappingFile(StrictModel):
    """One YAML file of mappings."""

    schema_: Literal["poortwachter/mappings/v1"] = Field(alias="schema")
    bills: list[Bill] = Field(default_factory=list)
    mappings: list[Mapping] = Field(default_factory=list)
    correlations: list[Correlation] = Field(default_factory=list)

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


def flag(question_en: str, question_nl: str, yes: tuple[str, str], no: tuple[str, str]) -> Any:
    """A yes/no profile field: its question, and the statement for each answer.

    The label (used when listing the profile's answers) is the question itself.
    """
    return fact(question_en, question_nl, question_en, question_nl, yes=yes, no=no)


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
    payment_service_provider: bool | None = flag(
        "Is the institution a payment service provider (a payment institution, an electronic "
        "money institution, or a bank providing payment services)?",
        "Is de instelling een betaaldienstverlener (een betaalinstelling, een "
        "elektronischgeldinstelling, of een bank die betaaldiensten verleent)?",
        yes=(
            "the institution is a payment service provider",
            "de instelling is een betaaldienstverlener",
        ),
        no=(
            "the institution is not a payment service provider",
            "de instelling is geen betaaldienstverlener",
        ),
    )
    electronic_money_issuer: bool | None = flag(
        "Is the institution an electronic money issuer?",
        "Is de instelling een uitgever van elektronisch geld?",
        yes=(
            "the institution is an electronic money issuer",
            "de instelling is een uitgever van elektronisch geld",
        ),
        no=(
            "the institution is not an electronic money issuer",
            "de instelling is geen uitgever van elektronisch geld",
        ),
    )
    part_of_group: bool | None = flag(
        "Is the institution part of a group?",
        "Maakt de instelling deel uit van een groep?",
        yes=("the institution is part of a group", "de instelling maakt deel uit van een groep"),
        no=(
            "the institution is not part of a group",
            "de instelling maakt geen deel uit van een groep",
        ),
    )
    parent_undertaking: bool | None = flag(
        "Is the institution the parent undertaking of its group?",
        "Is de instelling de moederonderneming van haar groep?",
        yes=(
            "the institution is the parent undertaking of its group",
            "de instelling is de moederonderneming van haar groep",
        ),
        no=(
            "the institution is not the parent undertaking of a group",
            "de instelling is niet de moederonderneming van een groep",
        ),
    )
    establishments_in_other_member_states: bool | None = flag(
        "Does the institution have branches or other establishments in other Member States?",
        "Heeft de instelling bijkantoren of andere vestigingen in andere lidstaten?",
        yes=(
            "the institution has establishments in other Member States",
            "de instelling heeft vestigingen in andere lidstaten",
        ),
        no=(
            "the institution has no establishments in other Member States",
            "de instelling heeft geen vestigingen in andere lidstaten",
        ),
    )
    cross_border_services_without_establishment: bool | None = flag(
        "Does the institution provide services in another Member State without being "
        "established there?",
        "Verricht de instelling diensten in een andere lidstaat zonder daar gevestigd te zijn?",
        yes=(
            "the institution operates in another Member State without an establishment there",
            "de instelling is actief in een andere lidstaat zonder daar gevestigd te zijn",
        ),
        no=(
            "the institution does not operate in other Member States without an establishment",
            "de instelling is niet zonder vestiging actief in andere lidstaten",
        ),
    )
    single_person_entity: bool | None = flag(
        "Is the institution a natural person, or a legal person whose activities are performed "
        "by one natural person only?",
        "Is de instelling een natuurlijke persoon, of een rechtspersoon waarvan de activiteiten "
        "door slechts één natuurlijke persoon worden verricht?",
        yes=(
            "the institution is run by one natural person",
            "de instelling wordt door één natuurlijke persoon gedreven",
        ),
        no=(
            "the institution is not run by one natural person only",
            "de instelling wordt niet door slechts één natuurlijke persoon gedreven",
        ),
    )
    establishments_in_third_countries: bool | None = flag(
        "Does the institution or its group have branches or subsidiaries in third countries?",
        "Heeft de instelling of haar groep bijkantoren of dochterondernemingen in derde landen?",
        yes=(
            "the institution or its group has establishments in third countries",
            "de instelling of haar groep heeft vestigingen in derde landen",
        ),
        no=(
            "the institution and its group have no establishments in third countries",
            "de instelling en haar groep hebben geen vestigingen in derde landen",
        ),
    )
    employees: Number | None = fact(
        "number of employees",
        "aantal werknemers",
        "How many employees (full-time equivalents) does the institution have?",
        "Hoeveel werknemers (voltijdsequivalenten) heeft de instelling?",
    )
    annual_turnover_eur: Number | None = fact(
        "annual turnover (EUR)",
        "jaaromzet (EUR)",
        "What is the institution's annual turnover (EUR)?",
        "Wat is de jaaromzet van de instelling (EUR)?",
    )


class Activities(StrictModel):
    """What the institution does that triggers duties."""

    business_relationships: bool | None = flag(
        "Does the institution enter into business relationships with customers?",
        "Gaat de instelling zakelijke relaties met cliënten aan?",
        yes=(
            "the institution enters into business relationships",
            "de instelling gaat zakelijke relaties aan",
        ),
        no=(
            "the institution enters into no business relationships",
            "de instelling gaat geen zakelijke relaties aan",
        ),
    )
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
    crypto_asset_transfers: bool | None = flag(
        "Does the institution carry out transfers of crypto-assets?",
        "Verricht de instelling overdrachten van cryptoactiva?",
        yes=(
            "the institution carries out transfers of crypto-assets",
            "de instelling verricht overdrachten van cryptoactiva",
        ),
        no=(
            "the institution carries out no transfers of crypto-assets",
            "de instelling verricht geen overdrachten van cryptoactiva",
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
    issues_electronic_money: bool | None = flag(
        "Does the institution issue electronic money or prepaid instruments?",
        "Geeft de instelling elektronisch geld of prepaid betaalinstrumenten uit?",
        yes=(
            "the institution issues electronic money",
            "de instelling geeft elektronisch geld uit",
        ),
        no=(
            "the institution issues no electronic money",
            "de instelling geeft geen elektronisch geld uit",
        ),
    )
    offers_anonymous_accounts: bool | None = flag(
        "Does the institution keep anonymous accounts, anonymous passbooks or anonymous "
        "safe-deposit boxes?",
        "Houdt de instelling anonieme rekeningen, anonieme spaarboekjes of anonieme kluizen aan?",
        yes=(
            "the institution keeps anonymous accounts or safe-deposit boxes",
            "de instelling houdt anonieme rekeningen of kluizen aan",
        ),
        no=(
            "the institution keeps no anonymous accounts or safe-deposit boxes",
            "de instelling houdt geen anonieme rekeningen of kluizen aan",
        ),
    )
    correspondent_relationships_third_country: bool | None = flag(
        "Does the institution have correspondent relationships with respondent institutions "
        "in third countries?",
        "Heeft de instelling correspondentrelaties met respondentinstellingen in derde landen?",
        yes=(
            "the institution has correspondent relationships with third-country respondents",
            "de instelling heeft correspondentrelaties met respondenten in derde landen",
        ),
        no=(
            "the institution has no correspondent relationships with third-country respondents",
            "de instelling heeft geen correspondentrelaties met respondenten in derde landen",
        ),
    )
    relies_on_third_parties: bool | None = flag(
        "Does the institution rely on third parties to perform customer due diligence?",
        "Maakt de instelling voor het cliëntenonderzoek gebruik van derden?",
        yes=(
            "the institution relies on third parties for customer due diligence",
            "de instelling maakt voor het cliëntenonderzoek gebruik van derden",
        ),
        no=(
            "the institution does not rely on third parties for customer due diligence",
            "de instelling maakt voor het cliëntenonderzoek geen gebruik van derden",
        ),
    )
    outsources_aml_tasks: bool | None = flag(
        "Does the institution outsource tasks under the AML rules to service providers?",
        "Besteedt de instelling taken op grond van de witwasregels uit aan dienstverleners?",
        yes=(
            "the institution outsources AML tasks",
            "de instelling besteedt witwastaken uit",
        ),
        no=(
            "the institution outsources no AML tasks",
            "de instelling besteedt geen witwastaken uit",
        ),
    )
    uses_agents_or_distributors: bool | None = flag(
        "Does the institution use agents or distributors?",
        "Maakt de instelling gebruik van agenten of distributeurs?",
        yes=(
            "the institution uses agents or distributors",
            "de instelling maakt gebruik van agenten of distributeurs",
        ),
        no=(
            "the institution uses no agents or distributors",
            "de instelling maakt geen gebruik van agenten of distributeurs",
        ),
    )
    life_insurance: bool | None = flag(
        "Does the institution carry out life or other investment-related insurance business?",
        "Verricht de instelling levensverzekerings- of andere beleggingsgerelateerde "
        "verzekeringsactiviteiten?",
        yes=(
            "the institution carries out life or investment-related insurance business",
            "de instelling verricht levens- of beleggingsgerelateerde verzekeringsactiviteiten",
        ),
        no=(
            "the institution carries out no life or investment-related insurance business",
            "de instelling verricht geen levens- of beleggingsgerelateerde "
            "verzekeringsactiviteiten",
        ),
    )
    sells_motor_vehicles: bool | None = flag(
        "Does the institution sell motor vehicles?",
        "Verkoopt de instelling motorvoertuigen?",
        yes=("the institution sells motor vehicles", "de instelling verkoopt motorvoertuigen"),
        no=(
            "the institution does not sell motor vehicles",
            "de instelling verkoopt geen motorvoertuigen",
        ),
    )
    sells_watercraft: bool | None = flag(
        "Does the institution sell watercraft (boats, yachts)?",
        "Verkoopt de instelling vaartuigen (boten, jachten)?",
        yes=("the institution sells watercraft", "de instelling verkoopt vaartuigen"),
        no=("the institution does not sell watercraft", "de instelling verkoopt geen vaartuigen"),
    )
    sells_aircraft: bool | None = flag(
        "Does the institution sell aircraft?",
        "Verkoopt de instelling luchtvaartuigen?",
        yes=("the institution sells aircraft", "de instelling verkoopt luchtvaartuigen"),
        no=(
            "the institution does not sell aircraft",
            "de instelling verkoopt geen luchtvaartuigen",
        ),
    )
    countries: list[Annotated[str, Field(pattern=r"^[A-Z]{2}$")]] | None = fact(
        "countries of operation",
        "landen waar de instelling actief is",
        "In which countries (ISO codes) does the institution operate?",
        "In welke landen (ISO-codes) is de instelling actief?",
    )


class Customers(StrictModel):
    """The customers and exposures that trigger extra duties."""

    politically_exposed_persons: bool | None = flag(
        "Does the institution have customers or beneficial owners who are politically exposed "
        "persons?",
        "Heeft de instelling cliënten of uiteindelijk begunstigden die politiek prominente "
        "personen zijn?",
        yes=(
            "the institution has politically exposed customers",
            "de instelling heeft politiek prominente cliënten",
        ),
        no=(
            "the institution has no politically exposed customers",
            "de instelling heeft geen politiek prominente cliënten",
        ),
    )
    high_risk_third_country_exposure: bool | None = flag(
        "Does the institution have business relationships or transactions involving high-risk "
        "third countries?",
        "Heeft de instelling zakelijke relaties of transacties waarbij derde landen met een "
        "hoog risico betrokken zijn?",
        yes=(
            "the institution deals with high-risk third countries",
            "de instelling heeft te maken met derde landen met een hoog risico",
        ),
        no=(
            "the institution does not deal with high-risk third countries",
            "de instelling heeft geen te maken met derde landen met een hoog risico",
        ),
    )
    non_eu_legal_entity_customers: bool | None = flag(
        "Does the institution have customers that are legal entities created outside the Union "
        "or legal arrangements administered outside the Union?",
        "Heeft de instelling cliënten die buiten de Unie opgerichte juridische entiteiten of "
        "buiten de Unie beheerde juridische constructies zijn?",
        yes=(
            "the institution has customers that are non-EU legal entities or arrangements",
            "de instelling heeft cliënten die juridische entiteiten of constructies van buiten "
            "de Unie zijn",
        ),
        no=(
            "the institution has no customers that are non-EU legal entities or arrangements",
            "de instelling heeft geen cliënten die juridische entiteiten of constructies van "
            "buiten de Unie zijn",
        ),
    )
    high_net_worth_customers: bool | None = flag(
        "Does the institution provide personalised services to customers with total assets of "
        "EUR 50 000 000 or more?",
        "Verleent de instelling gepersonaliseerde diensten aan cliënten met totale activa van "
        "EUR 50 000 000 of meer?",
        yes=(
            "the institution serves customers with total assets of EUR 50 000 000 or more",
            "de instelling bedient cliënten met totale activa van EUR 50 000 000 of meer",
        ),
        no=(
            "the institution serves no customers with total assets of EUR 50 000 000 or more",
            "de instelling bedient geen cliënten met totale activa van EUR 50 000 000 of meer",
        ),
    )
    legal_entity_customers: bool | None = flag(
        "Does the institution have customers that are legal entities or legal arrangements?",
        "Heeft de instelling cliënten die juridische entiteiten of juridische constructies zijn?",
        yes=(
            "the institution has legal entities or arrangements as customers",
            "de instelling heeft juridische entiteiten of constructies als cliënt",
        ),
        no=(
            "the institution has no legal entities or arrangements as customers",
            "de instelling heeft geen juridische entiteiten of constructies als cliënt",
        ),
    )


def control(question_en: str, question_nl: str, what_en: str, what_nl: str) -> Any:
    """A yes/no control: 'the institution has X' / 'the institution does not have X'."""
    bare_nl = what_nl.removeprefix("een ")
    return flag(
        question_en,
        question_nl,
        yes=(f"the institution has {what_en}", f"de instelling heeft {what_nl}"),
        no=(f"the institution does not have {what_en}", f"de instelling heeft geen {bare_nl}"),
    )


class Controls(StrictModel):
    """The controls in place, with their parameters."""

    internal_policies: bool | None = control(
        "Does the institution have internal policies, procedures and controls against money "
        "laundering and terrorist financing?",
        "Heeft de instelling interne beleidslijnen, procedures en controles tegen witwassen en "
        "terrorismefinanciering?",
        "internal AML/CFT policies, procedures and controls",
        "interne beleidslijnen, procedures en controles tegen witwassen",
    )
    business_risk_assessment: bool | None = control(
        "Does the institution have a business-wide risk assessment?",
        "Heeft de instelling een risicobeoordeling van de gehele onderneming?",
        "a business-wide risk assessment",
        "een risicobeoordeling van de gehele onderneming",
    )
    business_risk_assessment_updated: dt.date | None = fact(
        "date the business-wide risk assessment was last updated",
        "datum van de laatste actualisering van de risicobeoordeling van de onderneming",
        "When was the business-wide risk assessment last updated (YYYY-MM-DD)?",
        "Wanneer is de risicobeoordeling van de onderneming voor het laatst geactualiseerd "
        "(JJJJ-MM-DD)?",
    )
    compliance_manager: bool | None = control(
        "Has the management body appointed one of its members to be responsible for AML "
        "compliance (compliance manager)?",
        "Heeft het leidinggevend orgaan een van zijn leden aangewezen als verantwoordelijke "
        "voor de naleving van de witwasregels (compliancemanager)?",
        "a compliance manager in its management body",
        "een compliancemanager in het leidinggevend orgaan",
    )
    compliance_officer: bool | None = control(
        "Has the institution appointed a compliance officer for the day-to-day AML work?",
        "Heeft de instelling een complianceofficer aangesteld voor de dagelijkse uitvoering?",
        "a compliance officer",
        "een complianceofficer",
    )
    staff_training: bool | None = control(
        "Do staff receive training on the AML rules and on recognising suspicious activity?",
        "Krijgen medewerkers opleiding over de witwasregels en het herkennen van verdachte "
        "activiteiten?",
        "AML training for its staff",
        "opleiding over witwassen voor haar medewerkers",
    )
    staff_integrity_assessment: bool | None = control(
        "Does the institution assess the integrity of staff who perform AML-relevant tasks?",
        "Beoordeelt de instelling de integriteit van medewerkers met witwasrelevante taken?",
        "integrity assessments of relevant staff",
        "een integriteitsbeoordeling van relevante medewerkers",
    )
    internal_reporting_channel: bool | None = control(
        "Does the institution have a channel for staff to report breaches of the AML rules "
        "internally?",
        "Heeft de instelling een kanaal waarlangs medewerkers intern inbreuken op de "
        "witwasregels kunnen melden?",
        "an internal channel for reporting breaches",
        "een intern kanaal voor het melden van inbreuken",
    )
    group_wide_policies: bool | None = control(
        "Does the group apply group-wide AML policies and procedures?",
        "Past de groep groepsbrede beleidslijnen en procedures tegen witwassen toe?",
        "group-wide AML policies",
        "groepsbrede beleidslijnen tegen witwassen",
    )
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
    crypto_transaction_threshold_eur: Number | None = fact(
        "threshold for customer due diligence on occasional crypto-asset transactions (EUR)",
        "drempel voor cliëntenonderzoek bij occasionele transacties in cryptoactiva (EUR)",
        "From what amount (EUR) does the institution apply customer due diligence to "
        "occasional crypto-asset transactions?",
        "Vanaf welk bedrag (EUR) verricht de instelling cliëntenonderzoek bij occasionele "
        "transacties in cryptoactiva?",
    )
    gambling_cdd_threshold_eur: Number | None = fact(
        "threshold for customer due diligence on gambling winnings and stakes (EUR)",
        "drempel voor cliëntenonderzoek bij prijzen en inzetten bij kansspelen (EUR)",
        "From what amount (EUR) does the institution apply customer due diligence when "
        "winnings are collected or stakes wagered?",
        "Vanaf welk bedrag (EUR) verricht de instelling cliëntenonderzoek bij het uitbetalen "
        "van prijzen of het aannemen van inzetten?",
    )
    max_cash_payment_eur: Number | None = fact(
        "largest cash payment accepted or made (EUR)",
        "hoogste contante betaling die wordt aanvaard of verricht (EUR)",
        "What is the largest cash payment (EUR) the institution accepts or makes?",
        "Wat is de hoogste contante betaling (EUR) die de instelling aanvaardt of verricht?",
    )
    customer_review_months_high_risk: Number | None = fact(
        "interval for updating information on higher-risk customers (months)",
        "termijn voor het actualiseren van gegevens van cliënten met een hoger risico (maanden)",
        "How often (in months) does the institution update the information on higher-risk "
        "customers?",
        "Hoe vaak (in maanden) actualiseert de instelling de gegevens van cliënten met een "
        "hoger risico?",
    )
    customer_review_months_other: Number | None = fact(
        "interval for updating information on other customers (months)",
        "termijn voor het actualiseren van gegevens van overige cliënten (maanden)",
        "How often (in months) does the institution update the information on its other customers?",
        "Hoe vaak (in maanden) actualiseert de instelling de gegevens van haar overige cliënten?",
    )
    enhanced_due_diligence: bool | None = control(
        "Does the institution apply enhanced due diligence to higher-risk situations?",
        "Past de instelling verscherpt cliëntenonderzoek toe bij een hoger risico?",
        "enhanced due diligence for higher-risk situations",
        "verscherpt cliëntenonderzoek bij een hoger risico",
    )
    pep_screening: bool | None = control(
        "Does the institution check whether customers and beneficial owners are politically "
        "exposed persons?",
        "Gaat de instelling na of cliënten en uiteindelijk begunstigden politiek prominente "
        "personen zijn?",
        "screening for politically exposed persons",
        "een controle op politiek prominente personen",
    )
    senior_management_approval_pep: bool | None = control(
        "Does senior management approve business relationships with politically exposed persons?",
        "Keurt het hoger leidinggevend personeel zakelijke relaties met politiek prominente "
        "personen goed?",
        "senior management approval for relationships with politically exposed persons",
        "goedkeuring door het hoger leidinggevend personeel voor relaties met politiek "
        "prominente personen",
    )
    correspondent_due_diligence: bool | None = control(
        "Does the institution apply the specific due diligence for correspondent relationships?",
        "Past de instelling het specifieke cliëntenonderzoek voor correspondentrelaties toe?",
        "specific due diligence for correspondent relationships",
        "specifiek cliëntenonderzoek voor correspondentrelaties",
    )
    targeted_financial_sanctions_screening: bool | None = control(
        "Does the institution screen customers against targeted financial sanctions?",
        "Toetst de instelling cliënten aan gerichte financiële sancties?",
        "screening against targeted financial sanctions",
        "toetsing aan gerichte financiële sancties",
    )
    beneficial_owner_verification: bool | None = control(
        "Does the institution identify and verify the beneficial owners of its customers?",
        "Identificeert en verifieert de instelling de uiteindelijk begunstigden van haar cliënten?",
        "identification and verification of beneficial owners",
        "identificatie en verificatie van uiteindelijk begunstigden",
    )
    register_discrepancy_reporting: bool | None = control(
        "Does the institution report discrepancies with the beneficial ownership register?",
        "Meldt de instelling verschillen met het register van uiteindelijk begunstigden?",
        "a procedure to report discrepancies to the beneficial ownership register",
        "een procedure voor het melden van verschillen aan het UBO-register",
    )
    suspicious_transaction_reporting: bool | None = control(
        "Does the institution have a procedure to report suspicious transactions to the FIU?",
        "Heeft de instelling een procedure om verdachte transacties aan de FIE te melden?",
        "a procedure for reporting suspicious transactions to the FIU",
        "een procedure voor het melden van verdachte transacties aan de FIE",
    )
    independent_audit_function: bool | None = control(
        "Is there an independent audit function, or an external expert, that tests the AML "
        "policies, procedures and controls?",
        "Is er een onafhankelijke auditfunctie of externe deskundige die de gedragslijnen, "
        "procedures en controles tegen witwassen test?",
        "an independent audit of its AML policies and controls",
        "een onafhankelijke audit van haar gedragslijnen en controles tegen witwassen",
    )
    cross_border_notification_made: bool | None = control(
        "Did the institution notify its home supervisor before starting activities in another "
        "Member State?",
        "Heeft de instelling haar toezichthouder van herkomst in kennis gesteld vóór de aanvang "
        "van activiteiten in een andere lidstaat?",
        "notified its supervisor of its activities in other Member States",
        "een kennisgeving aan haar toezichthouder van haar activiteiten in andere lidstaten",
    )
    outsourcing_written_agreement: bool | None = control(
        "Are the conditions of each outsourced AML task laid down in a written agreement?",
        "Zijn de voorwaarden voor elke uitbestede witwastaak vastgelegd in een schriftelijke "
        "overeenkomst?",
        "written agreements for outsourced AML tasks",
        "schriftelijke overeenkomsten voor uitbestede witwastaken",
    )
    outsourcing_notified_to_supervisor: bool | None = control(
        "Was the supervisor notified before outsourced AML tasks started?",
        "Is de toezichthouder in kennis gesteld voordat uitbestede witwastaken begonnen?",
        "notified its supervisor of outsourced AML tasks",
        "een kennisgeving aan de toezichthouder van uitbestede witwastaken",
    )
    beneficial_ownership_threshold_percent: Number | None = fact(
        "ownership percentage from which a person is treated as beneficial owner (%)",
        "eigendomspercentage vanaf welk iemand als uiteindelijk begunstigde geldt (%)",
        "From what percentage of ownership does the institution treat a natural person as "
        "beneficial owner?",
        "Vanaf welk eigendomspercentage merkt de instelling een natuurlijke persoon aan als "
        "uiteindelijk begunstigde?",
    )
    foreign_entity_registration_proof: bool | None = control(
        "Does the institution ask non-EU legal entities and arrangements for proof of "
        "registration in a central register where the AMLR requires it?",
        "Vraagt de instelling juridische entiteiten en constructies van buiten de Unie om een "
        "bewijs van registratie in een centraal register waar de AMLR dat vereist?",
        "a check of the register entry of non-EU legal entities and arrangements",
        "een controle van de registratie van juridische entiteiten en constructies van buiten "
        "de Unie",
    )
    simplified_due_diligence: bool | None = control(
        "Does the institution apply simplified due diligence measures in low-risk situations?",
        "Past de instelling vereenvoudigde cliëntenonderzoeksmaatregelen toe bij een laag risico?",
        "simplified due diligence for low-risk situations",
        "vereenvoudigd cliëntenonderzoek bij een laag risico",
    )
    sdd_verification_postponement_days: Number | None = fact(
        "maximum postponement of verification under simplified due diligence (days)",
        "maximale uitstel van verificatie bij vereenvoudigd cliëntenonderzoek (dagen)",
        "Under simplified due diligence, within how many days after establishing the "
        "relationship does the institution at the latest complete a postponed verification?",
        "Binnen hoeveel dagen na het aangaan van de relatie rondt de instelling bij "
        "vereenvoudigd cliëntenonderzoek een uitgestelde verificatie uiterlijk af?",
    )
    pep_source_of_wealth: bool | None = control(
        "Does the institution establish the source of wealth and of funds of politically "
        "exposed persons?",
        "Stelt de instelling de bron van het vermogen en van de middelen van politiek "
        "prominente personen vast?",
        "checks of the source of wealth and funds of politically exposed persons",
        "vaststelling van de bron van vermogen en middelen van politiek prominente personen",
    )
    former_pep_measures_months: Number | None = fact(
        "period of additional measures after a politically exposed person leaves office (months)",
        "periode van aanvullende maatregelen nadat een politiek prominente persoon zijn "
        "functie heeft neergelegd (maanden)",
        "For how many months after a politically exposed person leaves office does the "
        "institution keep applying the additional measures?",
        "Hoeveel maanden nadat een politiek prominente persoon zijn functie heeft neergelegd, "
        "blijft de instelling de aanvullende maatregelen toepassen?",
    )
    reliance_written_agreement: bool | None = control(
        "Where the institution relies on third parties for due diligence, are the conditions "
        "laid down in a written agreement?",
        "Zijn, waar de instelling voor het cliëntenonderzoek op derden steunt, de voorwaarden "
        "vastgelegd in een schriftelijke overeenkomst?",
        "written agreements with the third parties it relies on",
        "schriftelijke overeenkomsten met de derden waarop zij steunt",
    )
    high_value_sale_reports: bool | None = control(
        "Does the institution report to the FIU every sale for non-commercial purposes of a "
        "motor vehicle from EUR 250 000, or of a watercraft or aircraft from EUR 7 500 000?",
        "Meldt de instelling aan de FIE elke verkoop voor niet-commerciële doeleinden van een "
        "motorvoertuig vanaf EUR 250 000, of van een vaartuig of luchtvaartuig vanaf "
        "EUR 7 500 000?",
        "a procedure to report sales of high-value vehicles, watercraft and aircraft to the FIU",
        "een procedure om verkopen van voertuigen, vaartuigen en luchtvaartuigen met een hoge "
        "waarde aan de FIE te melden",
    )
    ongoing_monitoring: bool | None = control(
        "Does the institution monitor its business relationships on an ongoing basis, "
        "scrutinising the transactions against what it knows of the customer?",
        "Monitort de instelling haar zakelijke relaties doorlopend, met controle van de "
        "transacties aan de hand van wat zij van de cliënt weet?",
        "ongoing monitoring of its business relationships",
        "een doorlopende monitoring van haar zakelijke relaties",
    )
    fiu_request_reply_working_days: Number | None = fact(
        "time to reply to a request for information from the FIU (working days)",
        "termijn om een verzoek om informatie van de FIE te beantwoorden (werkdagen)",
        "Within how many working days does the institution reply to a request for "
        "information from the FIU?",
        "Binnen hoeveel werkdagen beantwoordt de instelling een verzoek om informatie van de FIE?",
    )
    record_retention_years: Number | None = fact(
        "record retention period (years)",
        "bewaartermijn van gegevens (jaren)",
        "For how many years does the institution keep due diligence and transaction records?",
        "Hoeveel jaar bewaart de instelling gegevens uit cliëntenonderzoek en transacties?",
    )


class Profile(StrictModel):
    """An institution's self-description, assessed against the rulebook."""

    schema_: Literal["poortwachter/profile/v1"] = Field(alias="schema")
    institution: Institution
    activities: Activities = Field(default_factory=Activities)
    customers: Customers = Field(default_factory=Customers)
    controls: Controls = Field(default_factory=Controls)

    model_config = ConfigDict(
        extra="forbid",
        strict=True,
        frozen=True,
        populate_by_name=False,
        title="Poortwachter institution profile",
    )
