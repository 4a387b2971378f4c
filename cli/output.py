"""Writing output: to standard output, or to a file that is replaced only when complete."""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Protocol, TextIO

import click

from poortwachter.engine.errors import InputError


class Writer(Protocol):
    def write(self, text: str, /) -> int: ...


class _ReportFile:
    """The temporary report file; a failed write (a full disk) is one clear message."""

    def __init__(self, handle: TextIO, path: Path) -> None:
        self.handle, self.path = handle, path

    def write(self, text: str, /) -> int:
        try:
            return self.handle.write(text)
        except OSError as exc:
            raise _cannot_write(self.path, exc) from None


def _cannot_write(path: Path, exc: OSError) -> InputError:
    return InputError.at(path, 0, 0, f"cannot write the report: {exc.strerror or exc}")


@contextlib.contextmanager
def open_output(path: Path | None) -> Iterator[Writer]:
    """A stream for a report: standard output, or a temporary file beside ``path`` that
    replaces it (atomic rename) only when the block ends without an error, so a failed or
    interrupted run leaves an existing file untouched and no partial file behind."""
    if path is None:
        yield sys.stdout
        sys.stdout.flush()
        return
    folder = path.parent if str(path.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise InputError.at(path, 0, 0, f"cannot write the report here: {exc.strerror}") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            yield _ReportFile(handle, path)
            try:
                handle.flush()
                os.fsync(handle.fileno())
            except OSError as exc:
                raise _cannot_write(path, exc) from None
        try:
            os.replace(tmp, path)
        except OSError as exc:
            raise _cannot_write(path, exc) from None
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def write_output(text: str, path: Path | None) -> None:
    """Print ``text``, or write it to ``path`` atomically (see ``open_output``)."""
    if path is None:
        click.echo(text, nl=False)
        return
    with open_output(path) as handle:
        handle.write(text)
