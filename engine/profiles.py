"""Read institution profiles (YAML or JSON) with the same clear errors as rule files."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from .errors import InputError, read_each
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


@dataclass(frozen=True)
class Item:
    """One profile to assess: a line of a JSONL file, or a whole YAML/JSON file (line 0)."""

    file: str
    line: int
    text: str | None = None


def items(paths: Iterable[Path]) -> Iterator[Item]:
    """Every profile in the files, lazily; blank JSONL lines are skipped."""
    for path in paths:
        if path.suffix != ".jsonl":
            yield Item(str(path), 0)
            continue
        seen = False
        try:
            with path.open(encoding="utf-8") as handle:
                for number, line in enumerate(handle, start=1):
                    if line.strip():
                        seen = True
                        yield Item(str(path), number, line)
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError.at(path, 0, 0, f"cannot read the file as UTF-8 text: {exc}") from None
        if not seen:
            raise InputError.at(
                path, 0, 0, "no profile in the file; expected one JSON object per line"
            )


def read_profile(item: Item) -> Profile:
    """The profile an item holds; a bad one is an InputError naming file and line."""
    if item.text is None:
        return load_profile(Path(item.file))
    try:
        json.loads(item.text)
        return Profile.model_validate_json(item.text)
    except json.JSONDecodeError as exc:
        raise InputError.at(item.file, item.line, exc.colno, f"not valid JSON: {exc.msg}") from None
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise InputError.at(item.file, item.line, 0, f"{where}: {first['msg']}") from None


def load_profiles_jsonl(path: Path) -> list[Profile]:
    """Every profile of a JSON Lines file, reporting every bad line at once."""
    return read_each(items([path]), lambda item: [read_profile(item)])
