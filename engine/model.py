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
from typing import Annotated, Literal, Self

from pydantic import BaseModel, ConfigDict, Field, JsonValue, model_validator

RULES_SCHEMA = "poortwachter/rules/v1"
MAPPINGS_SCHEMA = "poortwachter/mappings/v1"

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
    "legal_entity",
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
    classification: ArticleClass | None = Field(
        default=None, description="Filled by the rulebook; null while unclassified."
    )


class Inventory(StrictModel):
    """Every article of one instrument."""

    instrument: InstrumentId
    source: Annotated[str, Field(min_length=1, description="Where the texts were read.")]
    articles: list[Article]


# ---------------------------------------------------------------------------------------------
# Obligations
# ---------------------------------------------------------------------------------------------


class Parameter(_PlaceChecks):
    """A number the law sets: a threshold, a period, a percentage."""

    name: Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]*$")]
    value: int | float
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
    condition: JsonValue | None = Field(
        default=None,
        description="When the obligation applies to an institution profile (engine issue).",
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
