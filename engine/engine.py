"""The inference engine: institution profiles in, three-valued results per obligation out.

One ``Engine`` compiles the rulebook once for an assessment date and then evaluates any number
of profiles. It keeps one durable_rules session per ruleset and reuses it: for each profile it
asserts one fact per ruleset, records which rules fired, and retracts the fact again, so memory
stays flat (one session per profile exhausts memory; ``delete_state`` has crashed).

Not thread-safe: the durable_rules host and the record of fired rules belong to one engine;
give each thread or process its own ``Engine``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from durable import engine as durable_engine

from .compiler import (
    CompiledRulebook,
    CompiledRuleset,
    compile_rulebook,
    count_prop,
    derived_prop,
    known_prop,
    prop,
)
from .facts import DERIVED, FactValue
from .rulebook import Rulebook

Tri = bool | None


class _SynchronousHost(durable_engine.Host):  # type: ignore[misc]
    """A durable_rules host without its background dispatch timers.

    ``Host.__init__`` starts timer threads that re-arm themselves forever to dispatch queued
    messages and timers; the engine only asserts and retracts facts, whose actions run
    synchronously, so those threads would only cost CPU and never stop.
    """

    def _run(self) -> None:
        return None


@dataclass(frozen=True)
class Evaluation:
    """The three-valued results for one profile."""

    derived: dict[str, Tri]
    applies: dict[str, Tri]
    met: dict[str, Tri]


def encode(value: FactValue) -> Any:
    if isinstance(value, dt.date):
        return value.toordinal()
    return value


class Engine:
    """Evaluates profiles against one rulebook as of one date."""

    def __init__(self, book: Rulebook, as_of: dt.date) -> None:
        self.book = book
        self.as_of = as_of
        self.compiled: CompiledRulebook = compile_rulebook(book, as_of)
        self._fired: list[str] = []
        self._host = _SynchronousHost()
        self._serial = 0
        definitions: dict[str, dict[str, Any]] = {}
        for ruleset in self.compiled.rulesets:
            definitions[ruleset.name] = {
                rule.name: {"all": [{"m": rule.expr}], "run": self._recorder(rule.name)}
                for rule in ruleset.rules
            }
        if definitions:
            self._host.set_rulesets(definitions)

    def _recorder(self, name: str) -> Any:
        fired = self._fired

        def record(c: object) -> None:
            fired.append(name)

        return record

    def _fact(
        self, ruleset: CompiledRuleset, values: Mapping[str, FactValue], derived: dict[str, Tri]
    ) -> dict[str, Any]:
        self._serial += 1
        fact: dict[str, Any] = {"sid": "0", "id": f"f{self._serial}"}
        for path, value in values.items():
            p = prop(path)
            if p not in ruleset.properties:
                continue
            fact[known_prop(path)] = value is not None
            if value is not None:
                fact[p] = encode(value)
                if isinstance(value, list) and count_prop(path) in ruleset.properties:
                    fact[count_prop(path)] = len(value)
        for name, value in derived.items():
            p = derived_prop(name)
            if value is not None and p in ruleset.properties:
                fact[p] = value
        return fact

    def _fire(self, ruleset: CompiledRuleset, fact: dict[str, Any]) -> list[str]:
        self._fired.clear()
        # durable_rules raises MessageNotHandledException when no rule matched: nothing fired
        with contextlib.suppress(durable_engine.MessageNotHandledException):
            self._host.assert_fact(ruleset.name, fact)
        fired = list(self._fired)
        with contextlib.suppress(durable_engine.MessageNotHandledException):
            self._host.retract_fact(ruleset.name, fact)
        return fired

    def evaluate(self, values: Mapping[str, FactValue]) -> Evaluation:
        """Three-valued results for one profile's facts (``path -> value``, None if unknown)."""
        derived: dict[str, Tri] = {}
        applies: dict[str, Tri] = dict.fromkeys(self.compiled.unconditional_applies, True)
        met: dict[str, Tri] = {}
        results = {"derived": derived, "applies": applies, "met": met}
        stratum = -1
        pending: dict[str, set[bool]] = {}

        def settle() -> None:
            for key, truths in pending.items():
                role, target = key.split(":", 1)
                if len(truths) > 1:
                    raise AssertionError(f"{key} fired both true and false")
                results[role][target] = truths.pop()
            pending.clear()

        for ruleset in self.compiled.rulesets:
            if ruleset.stratum != stratum:
                settle()
                stratum = ruleset.stratum
            for name in self._fire(ruleset, self._fact(ruleset, values, derived)):
                role, target, truth = name.split(":")
                pending.setdefault(f"{role}:{target}", set()).add(truth == "T")
        settle()
        order = self.compiled.assessed
        return Evaluation(
            derived={name: derived.get(name) for name in self.compiled.derived_levels},
            applies={ob_id: applies.get(ob_id) for ob_id in order},
            met={ob_id: met.get(ob_id) for ob_id in order},
        )


__all__ = ["DERIVED", "Engine", "Evaluation", "Tri"]
