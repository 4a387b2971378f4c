"""The inference engine: institution profiles in, three-valued results per obligation out.

One ``Engine`` compiles the rulebook once for an assessment date and then evaluates any number
of profiles. It keeps one durable_rules session per ruleset and reuses it: for each profile it
asserts one fact per ruleset, records which rules fired, and retracts the fact again, so memory
stays flat (one session per profile exhausts memory; ``delete_state`` has crashed).

Not thread-safe: the durable_rules host and the record of fired rules belong to one engine;
give each thread or process its own ``Engine``.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import durable_rules_engine as durable_core
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
SAFE_RULE_NAME = re.compile(r"[A-Za-z0-9_.:-]+")


class _SynchronousHost(durable_engine.Host):  # type: ignore[misc]
    """A durable_rules host without its background dispatch timers.

    ``Host.__init__`` starts timer threads that re-arm themselves forever to dispatch queued
    messages and timers; the engine only asserts and retracts facts, whose actions run
    synchronously, so those threads would only cost CPU and never stop.
    """

    def _run(self) -> None:
        return None


def _not_called(closure: object) -> None:  # pragma: no cover - Engine._drain takes the names
    """The action durable_rules wants for each rule; the engine reads firings itself."""


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
        self._host = _SynchronousHost()
        self._serial = 0
        definitions: dict[str, dict[str, Any]] = {}
        for ruleset in self.compiled.rulesets:
            for rule in ruleset.rules:  # _drain reads the name straight from the JSON text
                if not SAFE_RULE_NAME.fullmatch(rule.name):  # pragma: no cover - compiler bug
                    raise ValueError(f"rule name {rule.name!r} would need escaping in JSON")
            definitions[ruleset.name] = {
                rule.name: {"all": [{"m": rule.expr}], "run": _not_called} for rule in ruleset.rules
            }
        if definitions:
            self._host.set_rulesets(definitions)
        self._handles: dict[str, int] = {
            name: self._host.get_ruleset(name)._handle for name in definitions
        }

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
        """Assert the fact, take the name of every rule that fired, retract the fact.

        This drives durable_rules' C core the way its Python host does (assert, then start
        and complete each queued action), without building a closure, re-encoding the state
        and decoding the fact for every firing: the rule's name is all the engine needs, and
        it is the first key of the action's message (docs/decisions/0005-performance.md).
        """
        handle = self._handles[ruleset.name]
        text = json.dumps(fact, ensure_ascii=False)
        fired = self._drain(handle, durable_core.assert_fact(handle, text))
        self._drain(handle, durable_core.retract_fact(handle, text))
        return fired

    @staticmethod
    def _drain(handle: int, result: tuple[int, int]) -> list[str]:
        code, state = result
        if code == 1:  # no rule matched (MessageNotHandledException in the Python host)
            return []
        if code != 0:  # pragma: no cover - 2 (observed) and 3 need events, never facts
            raise RuntimeError(f"durable_rules returned code {code} for a fact")
        fired: list[str] = []
        started = durable_core.start_action_for_state(handle, state)
        message = started[1] if started else None
        while message:
            # '{"<rule name>":{"m":{...}}}': rule names are checked to need no escaping
            fired.append(message[2 : message.index('"', 2)])
            message = durable_core.complete_and_start_action(handle, state)
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
