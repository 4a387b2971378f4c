"""Problems found in input files, and the exception that carries them to the command line."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, TypeVar

Severity = Literal["error", "warning"]


@dataclass(frozen=True, order=True)
class Problem:
    """One finding about one place in one file, printed as ``file:line:col: severity: message``."""

    file: str
    line: int
    column: int
    message: str
    severity: Severity = "error"
    code: str = ""

    def render(self) -> str:
        where = self.file
        if self.line:
            where += f":{self.line}"
            if self.column:
                where += f":{self.column}"
        tag = f" [{self.code}]" if self.code else ""
        return f"{where}: {self.severity}: {self.message}{tag}"


S = TypeVar("S")
T = TypeVar("T")


def read_each(sources: Iterable[S], read: Callable[[S], list[T]]) -> list[T]:
    """``read`` every source (a file, a line of a file); report the problems of all of them
    at once, not only the first."""
    out: list[T] = []
    problems: list[Problem] = []
    for source in sources:
        try:
            out.extend(read(source))
        except InputError as exc:
            problems.extend(exc.problems)
    if problems:
        raise InputError(problems)
    return out


class InputError(Exception):
    """Bad input: one or more problems, each naming file, line and what was expected.

    The command line prints each problem on one line and exits with code 2.
    """

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("\n".join(p.render() for p in problems))
        self.problems = problems

    @classmethod
    def at(cls, file: Path | str, line: int, column: int, message: str) -> InputError:
        return cls([Problem(str(file), line, column, message)])
