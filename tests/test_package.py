"""The installed command, as a user runs it: console script, bundled rulebook, determinism."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from importlib import metadata
from pathlib import Path

import pytest

import poortwachter.engine

COMMAND = shutil.which("poortwachter") or str(Path(sys.executable).with_name("poortwachter"))


def _run(*args: str, seed: str = "0") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    return subprocess.run(
        [COMMAND, *args], capture_output=True, text=True, check=False, env=env, cwd="/"
    )


def test_engine_is_imported_under_the_package_name() -> None:
    assert poortwachter.engine.__name__ == "poortwachter.engine"
    assert Path(poortwachter.engine.__file__ or "").parent.name == "engine"


def test_console_script_runs_from_any_folder() -> None:
    result = _run("--version")
    assert result.returncode == 0
    assert result.stdout == f"poortwachter, version {poortwachter.engine.__version__}\n"


def test_one_version_for_the_distribution_and_the_receipt() -> None:
    assert metadata.version("poortwachter") == poortwachter.engine.__version__


def test_bundled_rulebook_loads_from_any_folder() -> None:
    result = _run("rules", "check")
    assert result.returncode == 0, result.stderr
    assert "0 errors" in result.stdout


@pytest.mark.parametrize(
    "args",
    [
        ("deadlines", "--as-of", "2026-11-28", "--format", "json"),
        ("deadlines", "--as-of", "2026-11-28"),
        ("rules", "coverage", "--format", "json"),
        ("rules", "list", "--format", "json"),
        ("rules", "show", "AMLR-19-1-b", "--format", "json"),
        ("schema", "rules"),
    ],
)
def test_same_input_same_bytes(args: tuple[str, ...]) -> None:
    first = _run(*args, seed="1")
    second = _run(*args, seed="2")
    assert first.returncode == 0, first.stderr
    assert first.stdout == second.stdout


def test_bad_input_has_no_traceback(tmp_path: Path) -> None:
    (tmp_path / "bad.yaml").write_text("schema: poortwachter/rules/v1\nobligations: {\n")
    result = _run("rules", "check", "--rules", str(tmp_path))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.count("\n") == 1


def test_every_data_folder_is_packaged() -> None:
    import tomllib

    root = Path(__file__).resolve().parent.parent
    config = tomllib.loads((root / "pyproject.toml").read_text("utf-8"))
    packages = set(config["tool"]["setuptools"]["packages"])
    for top in ("rules", "mappings"):
        for folder in [root / top, *(p for p in (root / top).rglob("*") if p.is_dir())]:
            if folder.name == "__pycache__":
                continue
            name = "poortwachter." + ".".join(folder.relative_to(root).parts)
            assert name in packages, f"{folder} is not listed in pyproject.toml packages"
