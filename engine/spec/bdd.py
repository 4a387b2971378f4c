"""pytest-bdd step definitions, generated from the vocabulary (English and Dutch patterns of
one table), for projects that drive the same features through pytest-bdd's scenarios()."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import parse
from pytest_bdd import given, parsers, then, when

from ..rulebook import load_rulebook
from .runner import ACTIONS, Context
from .vocabulary import VOCABULARY

DECORATORS = {"given": given, "when": when, "then": then}


def _step_function(action: Any, pattern: str) -> Any:
    """A function whose parameters are the fixture and the pattern's fields, by name: that is
    how pytest-bdd passes step arguments."""
    names = [name.split(":")[0] for name in parse.compile(pattern).named_fields]
    for name in names:
        if not name.isidentifier():  # pragma: no cover - the vocabulary's own field names
            raise ValueError(f"bad field name {name!r} in {pattern!r}")
    params = ", ".join(["spec_context", *names])
    call = ", ".join(f"{n}={n}" for n in names)
    namespace: dict[str, Any] = {"action": action}
    exec(f"def run({params}):\n    action(spec_context, {call})\n", namespace)
    return namespace["run"]


def register(namespace: dict[str, Any], base: Path) -> None:
    """Put a step function for every phrasing into ``namespace`` (a test module's globals)."""
    import pytest

    @pytest.fixture
    def spec_context() -> Context:
        return Context(base=base, book=load_rulebook())

    namespace["spec_context"] = spec_context
    for number, step in enumerate(VOCABULARY):
        action = ACTIONS[step.action]
        for lang, pattern in (("en", step.en), ("nl", step.nl)):
            run = _step_function(action, pattern)
            decorated = DECORATORS[step.kind](parsers.parse(pattern), stacklevel=2)(run)
            namespace[f"_step_{number}_{lang}"] = decorated
