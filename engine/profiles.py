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
    return validate(Profile, doc)
