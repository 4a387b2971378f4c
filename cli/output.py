"""Writing output: to standard output, or to a file that is replaced only when complete."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

import click


def write_output(text: str, path: Path | None) -> None:
    """Print ``text``, or write it to ``path`` through a temporary file and an atomic rename:
    a failed or interrupted run leaves an existing file untouched."""
    if path is None:
        click.echo(text, nl=False)
        return
    folder = path.parent if str(path.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
