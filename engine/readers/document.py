"""The common document model every reader produces: a law or a bill, its articles, its
amendments, and the references it makes to EU acts."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class ListItem:
    label: str  # "a", "1°", "i"
    text: str


@dataclass
class Paragraph:
    """A lid (numbered or not) with its text and list items."""

    number: str | None
    text: str
    items: list[ListItem] = field(default_factory=list)


@dataclass
class Amendment:
    """An instruction in an amending act: 'Artikel 17a wordt als volgt gewijzigd ...'."""

    target_law: str | None  # e.g. "Wet ter voorkoming van witwassen en financieren van terrorisme"
    target_article: str | None  # e.g. "17a"
    action: str  # e.g. "wijzig-artikel", "wijzig-lid", "insert", "replace", "repeal"
    text: str  # the new text, where the amendment gives one


@dataclass
class Article:
    number: str  # "1", "17a", "I" (roman for amending articles), "1:1"
    heading: str | None
    paragraphs: list[Paragraph] = field(default_factory=list)
    amendments: list[Amendment] = field(default_factory=list)

    @property
    def text(self) -> str:
        parts = []
        for p in self.paragraphs:
            parts.append(p.text)
            parts.extend(f"{i.label} {i.text}" for i in p.items)
        for a in self.amendments:
            parts.append(a.text)
        return "\n".join(x for x in parts if x)


@dataclass
class EuReference:
    """A reference to an EU act in the text, with the article where it can be read."""

    act: str  # e.g. "2024/1640"
    article: str | None  # e.g. "24"
    quote: str


@dataclass
class Document:
    """A law, a bill or an EU act, read from XML."""

    path: str
    dialect: str  # "bwb-toestand", "bwb-wetgeving", "op", "stop", "akn", "formex"
    title: str
    articles: list[Article] = field(default_factory=list)
    # tables (e.g. a bill's transposition table in a bijlage): rows of cell texts
    tables: list[list[list[str]]] = field(default_factory=list)

    def article(self, number: str) -> Article | None:
        return next((a for a in self.articles if a.number == number), None)
