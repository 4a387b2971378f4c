"""Run a snippet in a fresh interpreter with a timeout: a hang or a crash fails, not stalls."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run_isolated(code: str, timeout: float = 120) -> str:
    """Run ``code``; return its stdout. Fails on timeout, crash or non-zero exit."""
    try:
        result = subprocess.run(
            [sys.executable, "-c", textwrap.dedent(code)],
            capture_output=True,
            text=True,
            timeout=timeout,
            cwd=ROOT,
            check=False,
        )
    except subprocess.TimeoutExpired as exc:  # pragma: no cover - only when a pitfall returns
        raise AssertionError(f"hung for more than {timeout} s") from exc
    assert result.returncode == 0, f"exit {result.returncode}: {result.stderr[-2000:]}"
    return result.stdout
