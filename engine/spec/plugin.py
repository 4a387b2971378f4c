"""pytest plugin: every .feature file under features/ (or the paths given) runs as tests,
one test per scenario, with no test module to write."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from ..rulebook import Rulebook, load_rulebook
from .runner import pickles, run_pickle

_BOOK: list[Rulebook] = []


def _book() -> Rulebook:
    if not _BOOK:
        _BOOK.append(load_rulebook())
    return _BOOK[0]


def pytest_collect_file(parent: pytest.Collector, file_path: Path) -> pytest.Collector | None:
    if file_path.suffix == ".feature" and "features" in file_path.parts:
        collected: FeatureFile = FeatureFile.from_parent(parent, path=file_path)
        return collected
    return None


class FeatureFile(pytest.File):
    def collect(self) -> Iterator[pytest.Item]:
        for pickle in pickles(self.path):
            yield ScenarioItem.from_parent(self, name=pickle["name"], pickle=pickle)


class ScenarioItem(pytest.Item):
    def __init__(self, *, pickle: dict[str, Any], **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.pickle = pickle

    def runtest(self) -> None:
        result = run_pickle(self.path, self.pickle, _book())
        if not result.passed:
            raise ScenarioFailed(result.failed_step, result.message)

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException], style: Any = None) -> str:
        if isinstance(excinfo.value, ScenarioFailed):
            step, message = excinfo.value.args
            return f"step: {step}\n{message}"
        return str(super().repr_failure(excinfo))

    def reportinfo(self) -> tuple[Path, int, str]:
        return self.path, self.pickle["location"]["line"] - 1, f"scenario: {self.name}"


class ScenarioFailed(Exception):
    """A scenario step failed (the message says which and why)."""
