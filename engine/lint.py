"""``rules check``: the consistency checks a loaded rulebook must pass.

Each check returns problems with a code, so a finding can be looked up and tested on its own.
Errors make ``rules check`` exit 1; warnings (unverified statements) are reported only.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence

from .compiler import check_conditions
from .errors import Problem, Severity
from .model import ArticleRef, Inventory, Verification
from .rulebook import Located, Rulebook


def _at(entry: Located[object], code: str, message: str, severity: Severity = "error") -> Problem:
    return Problem(entry.file, entry.line, 0, message, severity, code)


def _unverified(entry: Located[object], what: str, verification: Verification) -> Iterator[Problem]:
    """A warning for a statement not confirmed against the official text, with its reason."""
    if not verification.verified:
        yield _at(entry, "unverified", f"{what} is unverified: {verification.note}", "warning")


def ref_problem(inventory: Inventory, ref: ArticleRef) -> str | None:
    """Why ``ref`` does not exist in the instrument, or None when it does."""
    article = next((a for a in inventory.articles if a.number == ref.article), None)
    if article is None:
        return (
            f"{inventory.instrument} has no Article {ref.article} "
            f"(its articles are 1 to {len(inventory.articles)})"
        )
    if ref.paragraph is None:
        return None
    paragraph = next((p for p in article.paragraphs if p.number == ref.paragraph), None)
    if paragraph is None:
        have = [p.number for p in article.paragraphs]
        listing = f"its subdivisions are {have[0]} to {have[-1]}" if have else "it has none"
        return (
            f"{inventory.instrument} Article {ref.article} has no paragraph {ref.paragraph} "
            f"({listing})"
        )
    if ref.point is not None and ref.point not in paragraph.points:
        have_points = ", ".join(paragraph.points) or "none"
        return (
            f"{inventory.instrument} Article {ref.article}({ref.paragraph}) has no point "
            f"({ref.point}) (its points: {have_points})"
        )
    return None


def _first_seen(
    kind: str, entries: Sequence[Located[object]], keys: list[str]
) -> Iterator[Problem]:
    first: dict[str, Located[object]] = {}
    for entry, ident in zip(entries, keys, strict=True):
        if ident in first:
            seen = first[ident]
            yield _at(
                entry,
                f"duplicate-{kind}",
                f"{kind} '{ident}' is defined twice (first at {seen.file}:{seen.line})",
            )
        else:
            first[ident] = entry


def source_problem(eli: str, source: str, article: int) -> str | None:
    """Why ``source`` is not the act's ELI (data.europa.eu or EUR-Lex), optionally with the
    article anchor ``#art_N`` of ``article``; None when it is."""
    base, _, anchor = source.partition("#")
    mirror = eli.replace("http://data.europa.eu/eli/", "https://eur-lex.europa.eu/eli/")
    if base not in (eli, mirror):
        return f"source {source} is not the ELI of the act ({eli}, or {mirror})"
    if anchor and anchor != f"art_{article}":
        return f"source anchor #{anchor} does not point at Article {article} (#art_{article})"
    return None


def _duplicates(book: Rulebook) -> Iterator[Problem]:
    yield from _first_seen("instrument", book.instruments, [e.value.id for e in book.instruments])
    yield from _first_seen(
        "inventory", book.inventories, [e.value.instrument for e in book.inventories]
    )
    yield from _first_seen("obligation", book.obligations, [e.value.id for e in book.obligations])
    yield from _first_seen(
        "derived-fact", book.derived_facts, [e.value.name for e in book.derived_facts]
    )
    yield from _first_seen(
        "classification",
        book.classifications,
        [f"{e.value.instrument} Art. {e.value.article}" for e in book.classifications],
    )


def _instruments(book: Rulebook) -> Iterator[Problem]:
    inventories = book.inventory_by_id
    for entry in book.instruments:
        inst = entry.value
        if inst.published and inst.published > inst.entry_into_force:
            yield _at(
                entry,
                "date-order",
                f"{inst.id}: published {inst.published} after entry into force "
                f"{inst.entry_into_force}",
            )
        inventory = inventories.get(inst.id)
        if inventory is None:
            yield _at(entry, "missing-inventory", f"{inst.id} has no article inventory")
        for milestone in inst.milestones:
            name = f"{inst.id} {milestone.kind} milestone of {milestone.date}"
            if milestone.date < inst.entry_into_force:
                yield _at(
                    entry,
                    "date-order",
                    f"{name} falls before entry into force ({inst.entry_into_force})",
                )
            if inventory is not None:
                for ref in (milestone.basis, *milestone.covers, *milestone.entities_defined_in):
                    why = ref_problem(inventory, ref)
                    if why:
                        yield _at(entry, "unknown-article", f"{name}: {why}")
            yield from _unverified(entry, name, milestone.verification)
        yield from _unverified(entry, inst.id, inst.verification)


def _inventories(book: Rulebook) -> Iterator[Problem]:
    instruments = book.instrument_by_id
    for entry in book.inventories:
        inv = entry.value
        if inv.instrument not in instruments:
            yield _at(
                entry, "unknown-instrument", f"inventory of unknown instrument '{inv.instrument}'"
            )
        numbers = [a.number for a in inv.articles]
        if numbers != list(range(1, len(numbers) + 1)):
            yield _at(
                entry,
                "inventory-order",
                f"{inv.instrument} inventory must list articles 1 to {len(numbers)} in order "
                f"without gaps",
            )


def _obligations(book: Rulebook) -> Iterator[Problem]:
    instruments = book.instrument_by_id
    inventories = book.inventory_by_id
    known = Counter(e.value.id for e in book.obligations)
    for entry in book.obligations:
        ob = entry.value
        if ob.id != ob.expected_id():
            yield _at(
                entry,
                "id-mismatch",
                f"obligation id '{ob.id}' disagrees with its fields, "
                f"which give '{ob.expected_id()}'",
            )
        inst = instruments.get(ob.instrument)
        if inst is None:
            yield _at(entry, "unknown-instrument", f"{ob.id}: unknown instrument '{ob.instrument}'")
            continue
        why_source = source_problem(inst.eli, ob.source, ob.article)
        if why_source:
            yield _at(entry, "source-mismatch", f"{ob.id}: {why_source}")
        inventory = inventories.get(ob.instrument)
        if inventory is not None:
            why = ref_problem(inventory, ob.ref)
            if why:
                yield _at(entry, "unknown-article", f"{ob.id}: {why}")
            for param in ob.parameters:
                if param.paragraph is None:
                    continue
                pref = ArticleRef(article=ob.article, paragraph=param.paragraph, point=param.point)
                why = ref_problem(inventory, pref)
                if why:
                    yield _at(entry, "unknown-article", f"{ob.id} parameter {param.name}: {why}")
        if ob.deadline is not None and ob.deadline < inst.entry_into_force:
            yield _at(
                entry,
                "date-order",
                f"{ob.id}: deadline {ob.deadline} falls before {inst.id} entered into force "
                f"({inst.entry_into_force})",
            )
        for other in ob.related:
            if other == ob.id:
                yield _at(entry, "dangling-reference", f"{ob.id} lists itself as related")
            elif other not in known:
                yield _at(
                    entry,
                    "dangling-reference",
                    f"{ob.id}: related obligation '{other}' does not exist",
                )
        names = Counter(p.name for p in ob.parameters)
        for name, count in names.items():
            if count > 1:
                yield _at(
                    entry, "duplicate-parameter", f"{ob.id}: parameter '{name}' given {count} times"
                )
        yield from _unverified(entry, ob.id, ob.verification)


ENCODED_CLASSES = ("obligation", "option")


def _classifications(book: Rulebook) -> Iterator[Problem]:
    inventories = book.inventory_by_id
    encoded = {(o.value.instrument, o.value.article) for o in book.obligations}
    for entry in book.classifications:
        c = entry.value
        inventory = inventories.get(c.instrument)
        if inventory is None:
            yield _at(
                entry,
                "unknown-instrument",
                f"classification of unknown instrument '{c.instrument}'",
            )
            continue
        why = ref_problem(inventory, ArticleRef(article=c.article))
        if why:
            yield _at(entry, "unknown-article", f"classification: {why}")
        elif c.classification in ENCODED_CLASSES and (c.instrument, c.article) not in encoded:
            yield _at(
                entry,
                "unencoded-article",
                f"{c.instrument} Art. {c.article} is classified '{c.classification}' but has no "
                f"obligation yet",
                "warning",
            )
    for fact_entry in book.derived_facts:
        d = fact_entry.value
        if d.basis is None:
            continue
        inventory = inventories.get(d.instrument or "")
        if inventory is None:
            yield _at(
                fact_entry,
                "unknown-instrument",
                f"derived fact {d.name}: basis without a known instrument",
            )
            continue
        why = ref_problem(inventory, d.basis)
        if why:
            yield _at(fact_entry, "unknown-article", f"derived fact {d.name}: {why}")


OPTION_STATUSES = ("option_used", "option_not_used")


def _mappings(book: Rulebook) -> Iterator[Problem]:
    known = book.obligation_by_id
    bills = {b.value.id for b in book.bills}
    yield from _first_seen("bill", book.bills, [b.value.id for b in book.bills])
    yield from _first_seen("mapping", book.mappings, [m.value.obligation for m in book.mappings])
    mapped = {m.value.obligation for m in book.mappings}
    if book.mappings:  # only once a mapping set is loaded: a rulebook without one is not asked
        for ob_entry in book.obligations:
            if ob_entry.value.id not in mapped:
                yield _at(
                    ob_entry,
                    "unmapped-obligation",
                    f"{ob_entry.value.id} has no mapping to Dutch law yet",
                    "warning",
                )
    for entry in book.mappings:
        mapping = entry.value
        if mapping.obligation not in known:
            yield _at(
                entry,
                "unknown-obligation",
                f"mapping for unknown obligation '{mapping.obligation}'",
            )
        ob = known.get(mapping.obligation)
        is_option = ob is not None and ob.kind == "option"
        if is_option != (mapping.status in OPTION_STATUSES):
            expected = " or ".join(OPTION_STATUSES) if is_option else "a status other than those"
            yield _at(
                entry,
                "option-status",
                f"{mapping.obligation} is {'an option' if is_option else 'not an option'}: "
                f"its mapping status is {expected}, not {mapping.status}",
            )
        for provision in mapping.provisions:
            if provision.bill is not None and provision.bill not in bills:
                yield _at(
                    entry,
                    "unknown-bill",
                    f"{mapping.obligation}: no bill '{provision.bill}' in the mapping set",
                )
            yield from _unverified(
                entry,
                f"{mapping.obligation} -> {provision.law} art. {provision.article}",
                provision.verification,
            )
        if mapping.verification is not None:
            yield from _unverified(
                entry, f"{mapping.obligation} mapping status", mapping.verification
            )


def _correlations(book: Rulebook) -> Iterator[Problem]:
    inventories = book.inventory_by_id
    yield from _first_seen(
        "correlation",
        book.correlations,
        [f"{c.value.law} art. {c.value.article}" for c in book.correlations],
    )
    for entry in book.correlations:
        row = entry.value
        for succ in row.successors:
            inventory = inventories.get(succ.instrument)
            if inventory is None:
                yield _at(
                    entry,
                    "unknown-instrument",
                    f"{row.law} art. {row.article}: unknown instrument '{succ.instrument}'",
                )
                continue
            ref = ArticleRef(article=succ.article, paragraph=succ.paragraph, point=succ.point)
            why = ref_problem(inventory, ref)
            if why:
                yield _at(entry, "unknown-article", f"{row.law} art. {row.article}: {why}")
        yield from _unverified(entry, f"{row.law} art. {row.article} correlation", row.verification)


def check(book: Rulebook) -> list[Problem]:
    """Every problem in the rulebook, sorted by file and line."""
    problems = [
        *_duplicates(book),
        *_instruments(book),
        *_inventories(book),
        *_obligations(book),
        *_mappings(book),
        *_classifications(book),
        *_correlations(book),
        *check_conditions(book),
    ]
    return sorted(set(problems))
