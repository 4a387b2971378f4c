"""Profiles from the command line: a commented template, and an interactive questionnaire
that asks only what the rules still need."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import click
import yaml

from poortwachter.engine.facts import FieldSpec, profile_fields
from poortwachter.engine.findings import Assessor
from poortwachter.engine.model import INSTITUTION_CATEGORIES, PROFILE_SCHEMA, Profile

from .output import write_output

HEADER = {
    "en": (
        "# Institution profile for Poortwachter ('poortwachter schema profile' gives its JSON\n"
        "# Schema). Fill in what you know and remove the '# ' before the line. Leave a line\n"
        "# commented out when you do not know: the assessment then names the obligations that\n"
        "# stay unknown and asks for it ('poortwachter assess FILE --interactive').\n"
    ),
    "nl": (
        "# Instellingsprofiel voor Poortwachter ('poortwachter schema profile' geeft het\n"
        "# JSON-schema). Vul in wat u weet en haal '# ' voor de regel weg. Laat een regel\n"
        "# uitgecommentarieerd als u het niet weet: de beoordeling noemt dan de verplichtingen\n"
        "# die onbekend blijven en vraagt ernaar ('poortwachter assess BESTAND --interactive').\n"
    ),
}
PLACEHOLDER = {"boolean": "false", "number": "0", "date": "2027-01-01", "list": "[]", "text": '""'}


def template(category: str, lang: str) -> str:
    """A commented profile template for one category of institution."""
    lines = [HEADER[lang], f"schema: {PROFILE_SCHEMA}"]
    section = ""
    for path, spec in profile_fields().items():
        head, name = path.split(".", 1)
        if head != section:
            section = head
            lines.append(f"{section}:")
        question = spec.question.en if lang == "en" else spec.question.nl
        if path == "institution.name":
            lines.append('  name: ""  # ' + ("name of the institution" if lang == "en" else "naam"))
        elif path == "institution.category":
            point = INSTITUTION_CATEGORIES[category]
            lines.append(f"  category: {category}  # AMLR Art. {point}")
        else:
            lines.append(f"  # {name}: {PLACEHOLDER[spec.kind]}  # {question}")
    return "\n".join(lines) + "\n"


def _yes_no(text: str) -> bool | None:
    lowered = text.strip().lower()
    if lowered in ("y", "yes", "j", "ja", "true"):
        return True
    if lowered in ("n", "no", "nee", "false"):
        return False
    return None


def parse_answer(spec: FieldSpec, text: str) -> Any:
    """The typed value of an answer, or raise click.BadParameter saying what was expected."""
    text = text.strip()
    if spec.kind == "boolean":
        value = _yes_no(text)
        if value is None:
            raise click.BadParameter("answer yes or no (ja of nee)")
        return value
    if spec.kind == "number":
        try:
            number = float(text.replace(" ", "").replace(",", "."))
        except ValueError:
            raise click.BadParameter("answer with a number, e.g. 10000") from None
        return int(number) if number.is_integer() else number
    if spec.kind == "date":
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            raise click.BadParameter("answer with a date as YYYY-MM-DD") from None
    if spec.kind == "list":
        return [item.strip().upper() for item in text.split(",") if item.strip()]
    if spec.choices is not None and text not in spec.choices:
        raise click.BadParameter(f"answer one of {', '.join(spec.choices)}")
    return text


def _set(data: dict[str, Any], path: str, value: Any) -> None:
    head, name = path.split(".", 1)
    data.setdefault(head, {})[name] = value


def questionnaire(path: Path, assessor: Assessor, lang: str) -> Profile:
    """Ask, one by one, the questions the unknown findings need; show each answer's effect;
    save the profile (replacing the file only when done)."""
    data: dict[str, Any] = yaml.safe_load(path.read_text("utf-8"))
    profile = Profile.model_validate_json(yaml_to_json(data))
    fields = profile_fields()
    asked: set[str] = set()
    while True:
        findings = assessor.assess(profile).findings
        before = {f.obligation: f.status for f in findings}
        missing = [p for f in findings for p in f.missing_facts if p not in asked]
        if not missing:
            break
        field_path = missing[0]
        asked.add(field_path)
        spec = fields[field_path]
        question = spec.question.en if lang == "en" else spec.question.nl
        skip = "(empty: skip)" if lang == "en" else "(leeg: overslaan)"
        answer = click.prompt(f"{question} {skip}", default="", show_default=False)
        if not answer.strip():
            continue
        while True:
            try:
                value = parse_answer(spec, answer)
                break
            except click.BadParameter as exc:
                click.echo(f"  {exc.message}")
                answer = click.prompt(question, default="", show_default=False)
                if not answer.strip():
                    value = None
                    break
        if value is None:
            continue
        _set(data, field_path, value)
        profile = Profile.model_validate_json(yaml_to_json(data))
        after = {f.obligation: f.status for f in assessor.assess(profile).findings}
        for ob, status in after.items():
            if before.get(ob) != status:
                click.echo(f"  {ob}: {before.get(ob)} -> {status}")
    text = yaml.safe_dump(data, sort_keys=False, allow_unicode=True)
    write_output(text, path)
    return profile


def yaml_to_json(data: Any) -> str:
    import json

    return json.dumps(data, default=lambda v: v.isoformat())
