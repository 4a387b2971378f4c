"""Load a rulebook: every rule file and mapping file under its folders, validated."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Generic, TypeVar

from .cache import cached, files_digest
from .errors import InputError, Problem
from .model import (
    MAPPINGS_SCHEMA,
    RULES_SCHEMA,
    Bill,
    Classification,
    Correlation,
    DerivedFact,
    Instrument,
    Inventory,
    Mapping,
    MappingFile,
    Obligation,
    RuleFile,
)
from .validation import validate
from .yamlio import YamlDocument, read_yaml

T = TypeVar("T", covariant=True)

YAML_SUFFIXES = (".yaml", ".yml")


@dataclass(frozen=True)
class Located(Generic[T]):
    """A value and the place in a file where it was written."""

    value: T
    file: str
    line: int


@dataclass
class Rulebook:
    """Everything one load found, in file order, with where each entry was written.

    Lists keep duplicates so that ``rules check`` can report them; the ``*_by_id`` views keep
    the first of each id.
    """

    instruments: list[Located[Instrument]] = field(default_factory=list)
    inventories: list[Located[Inventory]] = field(default_factory=list)
    obligations: list[Located[Obligation]] = field(default_factory=list)
    derived_facts: list[Located[DerivedFact]] = field(default_factory=list)
    classifications: list[Located[Classification]] = field(default_factory=list)
    mappings: list[Located[Mapping]] = field(default_factory=list)
    bills: list[Located[Bill]] = field(default_factory=list)
    correlations: list[Located[Correlation]] = field(default_factory=list)
    files: list[str] = field(default_factory=list)
    digest: str = ""

    @property
    def instrument_by_id(self) -> dict[str, Instrument]:
        out: dict[str, Instrument] = {}
        for entry in self.instruments:
            out.setdefault(entry.value.id, entry.value)
        return out

    @property
    def inventory_by_id(self) -> dict[str, Inventory]:
        out: dict[str, Inventory] = {}
        for entry in self.inventories:
            out.setdefault(entry.value.instrument, entry.value)
        return out

    def classification_of(self, instrument: str) -> dict[int, str]:
        """Article number -> classification, for one instrument (first one written wins)."""
        out: dict[int, str] = {}
        for entry in self.classifications:
            if entry.value.instrument == instrument:
                out.setdefault(entry.value.article, entry.value.classification)
        return out

    @property
    def obligation_by_id(self) -> dict[str, Obligation]:
        out: dict[str, Obligation] = {}
        for entry in self.obligations:
            out.setdefault(entry.value.id, entry.value)
        return out


def bundled_rules_dir() -> Path:
    """The rulebook installed with the package."""
    return Path(str(resources.files("poortwachter.rules")))


def bundled_mappings_dir() -> Path:
    """The mappings installed with the package."""
    return Path(str(resources.files("poortwachter.mappings")))


def _yaml_files(folder: Path) -> list[Path]:
    if not folder.is_dir():
        raise InputError.at(folder, 0, 0, "not a folder; expected a folder of YAML rule files")
    return sorted(
        (p for p in folder.rglob("*") if p.suffix in YAML_SUFFIXES and p.is_file()),
        key=lambda p: p.relative_to(folder).as_posix(),
    )


def _display(path: Path, folder: Path, label: str) -> str:
    return f"{label}/{path.relative_to(folder).as_posix()}"


def _schema_of(doc: YamlDocument) -> str:
    if not isinstance(doc.data, dict):
        pos = doc.position(())
        raise InputError.at(
            doc.file,
            pos.line,
            pos.column,
            f"expected a mapping that starts with 'schema: {RULES_SCHEMA}'",
        )
    schema = doc.data.get("schema")
    if schema not in (RULES_SCHEMA, MAPPINGS_SCHEMA):
        pos = doc.position(("schema",))
        got = "no 'schema' key" if schema is None else f"schema {schema!r}"
        raise InputError.at(
            doc.file,
            pos.line,
            pos.column,
            f"{got}; expected 'schema: {RULES_SCHEMA}' or 'schema: {MAPPINGS_SCHEMA}'",
        )
    return str(schema)


def _located(doc: YamlDocument, section: str, items: list[T]) -> list[Located[T]]:
    return [
        Located(item, doc.file, doc.position((section, i)).line) for i, item in enumerate(items)
    ]


def _add_rule_file(book: Rulebook, doc: YamlDocument) -> None:
    parsed = validate(RuleFile, doc)
    book.instruments.extend(_located(doc, "instruments", parsed.instruments))
    book.inventories.extend(_located(doc, "inventories", parsed.inventories))
    book.obligations.extend(_located(doc, "obligations", parsed.obligations))
    book.derived_facts.extend(_located(doc, "derived_facts", parsed.derived_facts))
    book.classifications.extend(_located(doc, "classifications", parsed.classifications))


def _add_mapping_file(book: Rulebook, doc: YamlDocument) -> None:
    parsed = validate(MappingFile, doc)
    book.mappings.extend(_located(doc, "mappings", parsed.mappings))
    book.bills.extend(_located(doc, "bills", parsed.bills))
    book.correlations.extend(_located(doc, "correlations", parsed.correlations))


def load_rulebook(
    rules_dir: Path | None = None,
    mappings_dir: Path | None = None,
) -> Rulebook:
    """Load rule and mapping files.

    Without arguments: the bundled rulebook and mappings. With ``rules_dir``: the rule and
    mapping files in that folder (and ``mappings_dir`` if given). All problems of all files
    are collected before raising, so one run shows every bad file.
    """
    sources: list[tuple[Path, str]] = []
    if rules_dir is None:
        sources.append((bundled_rules_dir(), "rules"))
        sources.append((mappings_dir or bundled_mappings_dir(), "mappings"))
    else:
        sources.append((rules_dir, str(rules_dir)))
        if mappings_dir is not None:
            sources.append((mappings_dir, str(mappings_dir)))
    files = [
        (path, _display(path, folder, label))
        for folder, label in sources
        for path in _yaml_files(folder)
    ]
    return cached(
        files_digest(files), Rulebook, lambda: load_files(files), lambda book: book.digest
    )


def load_files(files: Iterable[tuple[Path, str]]) -> Rulebook:
    """Load the given (path, display name) pairs into one rulebook."""
    book = Rulebook()
    problems: list[Problem] = []
    digest = hashlib.sha256()
    for path, display in files:
        try:
            doc = read_yaml(path, display)
            digest.update(display.encode() + b"\0" + path.read_bytes() + b"\0")
            if _schema_of(doc) == RULES_SCHEMA:
                _add_rule_file(book, doc)
            else:
                _add_mapping_file(book, doc)
            book.files.append(display)
        except InputError as exc:
            problems.extend(exc.problems)
    if problems:
        raise InputError(problems)
    book.digest = digest.hexdigest()
    return book
