"""Read institution profiles (YAML or JSON) with the same clear errors as rule files."""

from __future__ import annotations

from pathlib import Path

from .errors import InputError
from .model import PROFILE_SCHEMA, Profile
from .validation import validate
from .yamlio import read_yaml


def load_profile(path: Path, display: str | None = None) -> Profile:
    """One profile file; JSON is read as the YAML subset it is."""
    doc = read_yaml(path, display)
    if not isinstance(doc.data, dict) or doc.data.get("schema") != PROFILE_SCHEMA:
        pos = doc.position(("schema",))
        raise InputError.at(
            doc.file,
            pos.line,
            pos.column,
            f"expected a profile starting with 'schema: {PROFILE_SCHEMA}'",
        )
    _empty_sections(doc.data)
    return validate(Profile, doc, json_mode=True)


SECTIONS = ("activities", "customers", "controls")


def _empty_sections(data: dict[str, object]) -> None:
    """A section with every line commented out (YAML null) means: nothing known yet."""
    for section in SECTIONS:
        if section in data and data[section] is None:
            data[section] = {}


def load_profiles_jsonl(path: Path) -> list[Profile]:
    """One profile per line of a JSON Lines file (for supervisors with many institutions)."""
    import json

    from pydantic import ValidationError

    from .errors import Problem

    profiles: list[Profile] = []
    problems: list[Problem] = []
    try:
        lines = path.read_text("utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError.at(path, 0, 0, f"cannot read the file as UTF-8 text: {exc}") from None
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            json.loads(line)
            profiles.append(Profile.model_validate_json(line))
        except json.JSONDecodeError as exc:
            problems.append(Problem(str(path), number, exc.colno, f"not valid JSON: {exc.msg}"))
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(p) for p in first["loc"])
            problems.append(Problem(str(path), number, 0, f"{where}: {first['msg']}"))
    if problems:
        raise InputError(problems)
    if not profiles:
        raise InputError.at(path, 0, 0, "no profile in the file; expected one JSON object per line")
    return profiles
