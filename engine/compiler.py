"""Compile the rulebook's conditions into durable_rules rulesets.

Each condition is decided in three-valued logic (true, false, unknown when a fact it needs is
missing). A condition C becomes two durable_rules rules: one that fires when C is certainly
true, one when C is certainly false; when neither fires, C is unknown. The rules follow
Kleene's logic: all(...) is false as soon as one part is false, any(...) is true as soon as
one part is true.

Pitfalls of durable_rules 2.0.28 designed around (see ../shared/notes/durable-rules.md):
- never emit ``$ex`` (it hangs): a field's presence is the boolean property ``k__<field>``
  that the engine puts in every fact;
- ``$iall`` over an empty list is false, not vacuously true: list tests that need "no item
  matches" also accept ``n__<field> == 0``;
- at most ``MAX_RULES_PER_RULESET`` rules per ruleset (64 siblings break it) and at most
  ``MAX_PROPERTIES`` properties per fact (255 is the limit);
- derived facts are computed stratum by stratum (forward chaining without durable_rules'
  own assert from actions, which leaves stale facts behind: it has no truth maintenance).
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, Literal

from .errors import Problem
from .facts import DERIVED, FieldSpec, profile_fields
from .model import (
    INSTITUTION_CATEGORIES,
    AllOf,
    AnyOf,
    Condition,
    FactRef,
    Leaf,
    Not,
    RelativeDate,
)
from .rulebook import Located, Rulebook

MAX_RULES_PER_RULESET = 48
MAX_PROPERTIES = 240  # durable_rules refuses facts of 255 properties and more

Expr = dict[str, Any]
Role = Literal["derived", "applies", "met"]

NUMBER_OPS = {"less_than", "greater_than", "at_most", "at_least"}
DATE_OPS = {"before", "after", "on", "on_or_before", "on_or_after"}
LIST_OPS = {"contains_any", "contains_all"}
SET_OPS = {"in", "not_in"}
EQUALITY_OPS = {"equals", "not_equals"}


class CompileError(Exception):
    """The rulebook's conditions cannot be compiled (type error, unknown fact, cycle)."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("\n".join(p.render() for p in problems))
        self.problems = problems


def prop(path: str) -> str:
    """The fact property of a field path: controls.x -> controls__x."""
    return path.replace(".", "__")


def known_prop(path: str) -> str:
    return "k__" + prop(path)


def count_prop(path: str) -> str:
    return "n__" + prop(path)


def derived_prop(name: str) -> str:
    return prop(f"{DERIVED}.{name}")


def resolve_date(value: dt.date | RelativeDate, as_of: dt.date) -> dt.date:
    """A literal date, or one counted from the assessment date."""
    if isinstance(value, dt.date):
        return value
    if value.days_before_assessment is not None:
        return as_of - dt.timedelta(days=value.days_before_assessment)
    if value.days_after_assessment is not None:
        return as_of + dt.timedelta(days=value.days_after_assessment)
    months = value.months_before_assessment or 12 * (value.years_before_assessment or 0)
    year, month = divmod(as_of.year * 12 + as_of.month - 1 - months, 12)
    day = min(as_of.day, calendar.monthrange(year, month + 1)[1])
    return dt.date(year, month + 1, day)


# ---------------------------------------------------------------------------------------------
# Type checking of conditions against the fact schema
# ---------------------------------------------------------------------------------------------


def _value_kind(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    if isinstance(value, str):
        return "text"
    return "date"


def leaf_type_error(leaf: Leaf, spec: FieldSpec | None) -> str | None:
    """Why ``leaf`` does not fit the field it reads, or None."""
    if spec is None:
        return f"the profile has no field '{leaf.field}'"
    op, value, kind = leaf.op, leaf.value, spec.kind
    wants = {
        **dict.fromkeys(NUMBER_OPS, ("number",)),
        **dict.fromkeys(DATE_OPS, ("date",)),
        **dict.fromkeys(LIST_OPS, ("list",)),
        **dict.fromkeys(SET_OPS, ("text", "number")),
        **dict.fromkeys(EQUALITY_OPS, ("text", "number", "boolean", "date")),
    }[op]
    if kind not in wants:
        return f"'{op}' cannot test '{leaf.field}', which is {kind}"
    values = value if isinstance(value, list) else [value]
    for item in values:
        if op in DATE_OPS and isinstance(item, RelativeDate):
            continue
        got = _value_kind(item)
        expected = "text" if kind == "list" else kind
        if got != expected:
            return f"'{leaf.field}' is {kind} but is compared with {got} {item!r}"
        if spec.choices is not None and isinstance(item, str) and item not in spec.choices:
            return f"'{leaf.field}' has no value {item!r}; it is one of {', '.join(spec.choices)}"
    return None


def walk(condition: Condition) -> Iterator[Leaf | FactRef]:
    """The leaves and fact references of a condition tree, in order."""
    if isinstance(condition, Leaf | FactRef):
        yield condition
    elif isinstance(condition, AllOf):
        for part in condition.all:
            yield from walk(part)
    elif isinstance(condition, AnyOf):
        for part in condition.any:
            yield from walk(part)
    else:
        yield from walk(condition.not_)


def _conditions(book: Rulebook) -> Iterator[tuple[Located[object], str, Condition]]:
    for d in book.derived_facts:
        yield d, f"derived fact {d.value.name}", d.value.condition
    for o in book.obligations:
        cond = o.value.condition
        if cond is None:
            continue
        if cond.applies_when is not None:
            yield o, f"{o.value.id} applies_when", cond.applies_when
        yield o, f"{o.value.id} met_when", cond.met_when


def check_conditions(book: Rulebook) -> list[Problem]:
    """Type errors and unknown facts in conditions; unknown entity categories in milestones."""
    fields = profile_fields()
    names = {d.value.name for d in book.derived_facts}
    problems = []
    for entry, where, condition in _conditions(book):
        for node in walk(condition):
            if isinstance(node, FactRef):
                why = None if node.fact in names else f"no derived fact '{node.fact}'"
            else:
                why = leaf_type_error(node, fields.get(node.field))
            if why:
                problems.append(
                    Problem(entry.file, entry.line, 0, f"{where}: {why}", "error", "condition-type")
                )
    for entry in book.instruments:
        for milestone in entry.value.milestones:
            for entity in milestone.entities:
                if entity not in INSTITUTION_CATEGORIES:
                    problems.append(
                        Problem(
                            entry.file,
                            entry.line,
                            0,
                            f"{entry.value.id} milestone of {milestone.date}: unknown "
                            f"institution category '{entity}'",
                            "error",
                            "condition-type",
                        )
                    )
    for cycle in find_cycles(book):
        first = next(d for d in book.derived_facts if d.value.name == cycle[0])
        problems.append(
            Problem(
                first.file,
                first.line,
                0,
                f"derived facts depend on each other in a cycle: {' -> '.join(cycle)}",
                "error",
                "cycle",
            )
        )
    return problems


# ---------------------------------------------------------------------------------------------
# Strata of derived facts (forward chaining, cycles rejected)
# ---------------------------------------------------------------------------------------------


def _depends(condition: Condition) -> set[str]:
    return {n.fact for n in walk(condition) if isinstance(n, FactRef)}


def find_cycles(book: Rulebook) -> list[list[str]]:
    """Each cycle among derived facts, as a path that returns to its start."""
    graph = {d.value.name: sorted(_depends(d.value.condition)) for d in book.derived_facts}
    state: dict[str, int] = {}
    stack: list[str] = []
    cycles: list[list[str]] = []

    def visit(node: str) -> None:
        state[node] = 1
        stack.append(node)
        for nxt in graph.get(node, []):
            if nxt not in graph:
                continue
            if state.get(nxt) == 1:
                cycles.append([*stack[stack.index(nxt) :], nxt])
            elif nxt not in state:
                visit(nxt)
        stack.pop()
        state[node] = 2

    for name in sorted(graph):
        if name not in state:
            visit(name)
    return cycles


def levels(book: Rulebook) -> dict[str, int]:
    """Stratum of each derived fact: 0 if it reads only the profile, else 1 + its deepest input."""
    graph = {d.value.name: _depends(d.value.condition) for d in book.derived_facts}
    level: dict[str, int] = {}

    def of(name: str) -> int:
        if name not in level:
            level[name] = 1 + max((of(dep) for dep in graph[name] if dep in graph), default=-1)
        return level[name]

    for name in graph:
        of(name)
    return level


# ---------------------------------------------------------------------------------------------
# Three-valued compilation into durable_rules' JSON form
# ---------------------------------------------------------------------------------------------


def _and(parts: list[Expr]) -> Expr:
    return parts[0] if len(parts) == 1 else {"$and": parts}


def _or(parts: list[Expr]) -> Expr:
    return parts[0] if len(parts) == 1 else {"$or": parts}


@dataclass
class _Props:
    names: set[str] = field(default_factory=set)


class _Compiler:
    def __init__(self, as_of: dt.date) -> None:
        self.as_of = as_of

    def encode(self, value: Any) -> Any:
        if isinstance(value, RelativeDate):
            return resolve_date(value, self.as_of).toordinal()
        if isinstance(value, dt.date):
            return value.toordinal()
        return value

    def leaf(self, leaf: Leaf, props: _Props) -> tuple[Expr, Expr]:
        p = prop(leaf.field)
        props.names |= {p, known_prop(leaf.field)}
        op = leaf.op
        value = (
            self.encode(leaf.value)
            if not isinstance(leaf.value, list)
            else [self.encode(v) for v in leaf.value]
        )
        cmp = {
            "less_than": ("$lt", "$gte"),
            "greater_than": ("$gt", "$lte"),
            "at_most": ("$lte", "$gt"),
            "at_least": ("$gte", "$lt"),
            "before": ("$lt", "$gte"),
            "after": ("$gt", "$lte"),
            "on_or_before": ("$lte", "$gt"),
            "on_or_after": ("$gte", "$lt"),
        }
        pos: Expr
        neg: Expr
        if op in cmp:
            yes, no = cmp[op]
            pos, neg = {yes: {p: value}}, {no: {p: value}}
        elif op in ("equals", "on"):
            pos, neg = {p: value}, {"$neq": {p: value}}
        elif op == "not_equals":
            pos, neg = {"$neq": {p: value}}, {p: value}
        elif op in ("in", "not_in"):
            inside = _or([{p: v} for v in value])
            outside = _and([{"$neq": {p: v}} for v in value])
            pos, neg = (inside, outside) if op == "in" else (outside, inside)
        else:
            n = count_prop(leaf.field)
            props.names.add(n)
            if op == "contains_any":
                pos = {"$iany": {p: _or([{"$i": v} for v in value])}}
                neg = _or([{n: 0}, {"$iall": {p: _and([{"$neq": {"$i": v}} for v in value])}}])
            else:  # contains_all
                pos = _and([{"$iany": {p: {"$i": v}}} for v in value])
                neg = _or([{n: 0}, *({"$iall": {p: {"$neq": {"$i": v}}}} for v in value)])
        known = {known_prop(leaf.field): True}
        return _and([known, pos]), _and([known, neg])

    def truth(self, condition: Condition, props: _Props) -> tuple[Expr, Expr]:
        """(certainly true, certainly false) expressions of ``condition``."""
        if isinstance(condition, Leaf):
            return self.leaf(condition, props)
        if isinstance(condition, FactRef):
            p = derived_prop(condition.fact)
            props.names.add(p)
            return {p: True}, {p: False}
        if isinstance(condition, Not):
            yes, no = self.truth(condition.not_, props)
            return no, yes
        parts = condition.all if isinstance(condition, AllOf) else condition.any
        pairs = [self.truth(part, props) for part in parts]
        trues, falses = [t for t, _ in pairs], [f for _, f in pairs]
        if isinstance(condition, AllOf):
            return _and(trues), _or(falses)
        return _or(trues), _and(falses)


def compile_condition(condition: Condition, as_of: dt.date) -> tuple[Expr, Expr, set[str]]:
    """The (true, false) durable_rules expressions of one condition and the properties read."""
    props = _Props()
    yes, no = _Compiler(as_of).truth(condition, props)
    return yes, no, props.names


# ---------------------------------------------------------------------------------------------
# The compiled rulebook
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class CompiledRule:
    name: str
    role: Role
    target: str  # derived fact name or obligation id
    truth: bool  # fires when the condition is true (True) or false (False)
    expr: Expr
    properties: frozenset[str]


@dataclass(frozen=True)
class CompiledRuleset:
    name: str
    stratum: int
    rules: tuple[CompiledRule, ...]
    properties: frozenset[str]


@dataclass(frozen=True)
class CompiledRulebook:
    as_of: dt.date
    rulesets: tuple[CompiledRuleset, ...]
    derived_levels: dict[str, int]
    assessed: tuple[str, ...]  # obligation ids with a condition, in rulebook order
    unconditional_applies: frozenset[str]  # obligations without applies_when


def _partition(stratum: int, rules: list[CompiledRule], start: int) -> list[CompiledRuleset]:
    out: list[CompiledRuleset] = []
    current: list[CompiledRule] = []
    props: set[str] = set()
    for rule in rules:
        if len(rule.properties) > MAX_PROPERTIES:
            raise ValueError(f"{rule.target}: one condition reads {len(rule.properties)} facts")
        if current and (
            len(current) >= MAX_RULES_PER_RULESET or len(props | rule.properties) > MAX_PROPERTIES
        ):
            out.append(
                CompiledRuleset(f"pw{start + len(out)}", stratum, tuple(current), frozenset(props))
            )
            current, props = [], set()
        current.append(rule)
        props |= rule.properties
    if current:
        out.append(
            CompiledRuleset(f"pw{start + len(out)}", stratum, tuple(current), frozenset(props))
        )
    return out


def compile_rulebook(book: Rulebook, as_of: dt.date) -> CompiledRulebook:
    """All conditions of the rulebook as durable_rules rulesets, stratum by stratum."""
    problems = check_conditions(book)
    if problems:
        raise CompileError(problems)
    derived_levels = levels(book)
    by_stratum: dict[int, list[CompiledRule]] = {}

    def add(stratum: int, role: Role, target: str, condition: Condition) -> None:
        yes, no, props = compile_condition(condition, as_of)
        for truth, expr in ((True, yes), (False, no)):
            name = f"{role}:{target}:{'T' if truth else 'F'}"
            rule = CompiledRule(name, role, target, truth, expr, frozenset(props))
            by_stratum.setdefault(stratum, []).append(rule)

    for entry in book.derived_facts:
        d = entry.value
        add(derived_levels[d.name], "derived", d.name, d.condition)
    assessed: list[str] = []
    unconditional: set[str] = set()
    top = 1 + max(derived_levels.values(), default=-1)
    for ob in book.obligation_by_id.values():
        if ob.condition is None:
            continue
        assessed.append(ob.id)
        needs = set()
        for part in (ob.condition.applies_when, ob.condition.met_when):
            if part is not None:
                needs |= _depends(part)
        stratum = 1 + max((derived_levels[n] for n in needs), default=-1)
        stratum = min(stratum, top)
        if ob.condition.applies_when is None:
            unconditional.add(ob.id)
        else:
            add(stratum, "applies", ob.id, ob.condition.applies_when)
        add(stratum, "met", ob.id, ob.condition.met_when)
    rulesets: list[CompiledRuleset] = []
    for stratum in sorted(by_stratum):
        rulesets.extend(_partition(stratum, by_stratum[stratum], len(rulesets)))
    return CompiledRulebook(
        as_of=as_of,
        rulesets=tuple(rulesets),
        derived_levels=derived_levels,
        assessed=tuple(assessed),
        unconditional_applies=frozenset(unconditional),
    )
