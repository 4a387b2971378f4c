"""The facts a condition can read: the profile's fields, typed, and a profile as flat facts."""

from __future__ import annotations

import datetime as dt
import types
import typing
from dataclasses import dataclass
from functools import cache
from typing import Any, Literal, Union

from pydantic import BaseModel

from .model import Profile, Text

FactKind = Literal["number", "text", "boolean", "date", "list"]
FactValue = int | float | str | bool | dt.date | list[str] | None

DERIVED = "derived"


@dataclass(frozen=True)
class FieldSpec:
    """One field of the profile as conditions see it."""

    path: str
    kind: FactKind
    choices: tuple[str, ...] | None
    label: Text
    question: Text
    yes: Text | None = None  # for yes/no fields: the statement when true
    no: Text | None = None  # ... and when false


def _strip_optional(annotation: Any) -> Any:
    origin = typing.get_origin(annotation)
    if origin in (Union, types.UnionType):
        args = [_strip_optional(a) for a in typing.get_args(annotation) if a is not type(None)]
        if len(args) == 1:
            return args[0]
        if set(args) <= {int, float}:
            return float
        return annotation
    if origin is typing.Annotated:
        return _strip_optional(typing.get_args(annotation)[0])
    return annotation


def _kind(annotation: Any) -> tuple[FactKind, tuple[str, ...] | None] | None:
    base = _strip_optional(annotation)
    origin = typing.get_origin(base)
    if base is bool:
        return "boolean", None
    if base in (int, float):
        return "number", None
    if base is str:
        return "text", None
    if base is dt.date:
        return "date", None
    if origin is Literal:
        return "text", tuple(str(a) for a in typing.get_args(base))
    if origin is list:
        return "list", None
    return None


def _walk(model: type[BaseModel], prefix: str) -> dict[str, FieldSpec]:
    out: dict[str, FieldSpec] = {}
    for name, info in model.model_fields.items():
        if name == "schema_":
            continue
        path = f"{prefix}{name}"
        annotation = _strip_optional(info.annotation)
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            out.update(_walk(annotation, path + "."))
            continue
        kind = _kind(info.annotation)
        if kind is None:  # pragma: no cover - every profile field has a fact kind
            raise TypeError(f"profile field {path} has no fact kind")
        extra = info.json_schema_extra if isinstance(info.json_schema_extra, dict) else {}
        label = extra.get("label") or {"en": name, "nl": name}
        question = extra.get("question") or {"en": f"What is {path}?", "nl": f"Wat is {path}?"}
        out[path] = FieldSpec(
            path=path,
            kind=kind[0],
            choices=kind[1],
            label=_text(label),
            question=_text(question),
            yes=_text(extra["yes"]) if "yes" in extra else None,
            no=_text(extra["no"]) if "no" in extra else None,
        )
    return out


def _text(value: Any) -> Text:
    assert isinstance(value, dict)
    return Text(en=str(value["en"]), nl=str(value["nl"]))


@cache
def profile_fields() -> dict[str, FieldSpec]:
    """Every field a condition may read from a profile, by path."""
    return _walk(Profile, "")


def flatten(profile: Profile) -> dict[str, FactValue]:
    """The profile as ``path -> value``; None where the profile does not say."""
    out: dict[str, FactValue] = {}
    for path in profile_fields():
        node: Any = profile
        for part in path.split("."):
            node = getattr(node, part)
        out[path] = node
    return out
