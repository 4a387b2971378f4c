"""Turn pydantic's validation errors into one plain line per problem, at the right place."""

from __future__ import annotations

import datetime as dt
import difflib
import json
import types
import typing
from typing import Any, TypeVar, Union

from pydantic import BaseModel, ValidationError
from pydantic.fields import FieldInfo

from .errors import InputError, Problem
from .yamlio import Path_, YamlDocument

M = TypeVar("M", bound=BaseModel)

_TYPE_WORDS = {
    "string_type": "text",
    "int_type": "a whole number",
    "int_from_float": "a whole number",
    "float_type": "a number",
    "float_parsing": "a number",
    "int_parsing": "a whole number",
    "bool_type": "true or false",
    "date_type": "a date written as YYYY-MM-DD (e.g. 2027-07-10)",
    "date_parsing": "a date written as YYYY-MM-DD (e.g. 2027-07-10)",
    "date_from_datetime_parsing": "a date written as YYYY-MM-DD (e.g. 2027-07-10)",
    "date_from_datetime_inexact": "a date without a time",
    "list_type": "a list (lines starting with '- ')",
    "dict_type": "a mapping of keys to values",
    "model_type": "a mapping of keys to values",
    "model_attributes_type": "a mapping of keys to values",
}


def _unwrap(annotation: Any) -> list[Any]:
    """The model classes reachable from a field annotation (through Optional, list, Annotated)."""
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return _unwrap(typing.get_args(annotation)[0])
    if origin in (Union, types.UnionType, list):
        out: list[Any] = []
        for arg in typing.get_args(annotation):
            out.extend(_unwrap(arg))
        return out
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    return []


def _model_at(root: type[BaseModel], path: Path_, data: Any) -> type[BaseModel] | None:
    """The model that validates the mapping found at ``path`` of ``data``.

    Through a union (a condition is a test, all, any, not or fact) the branch whose fields
    best match the keys written there is taken.
    """
    candidates: list[type[BaseModel]] = [root]
    node = data
    for part in path:
        if isinstance(node, dict):
            node = node.get(part)
        elif isinstance(node, list) and isinstance(part, int):
            node = node[part]
        if isinstance(part, int):
            continue
        following: list[type[BaseModel]] = []
        for model in candidates:
            for name, info in model.model_fields.items():
                if (info.alias or name) == part:
                    following.extend(_unwrap(info.annotation))
        candidates = following
        if not candidates:
            return None
    if not candidates:
        return None
    keys = set(node) if isinstance(node, dict) else set()
    return max(candidates, key=lambda m: len(keys & set(_field_names(m))))


def _annotated_description(annotation: Any) -> str | None:
    """A description given inside an Annotated type (also within Optional)."""
    for arg in typing.get_args(annotation):
        if isinstance(arg, FieldInfo) and arg.description:
            return arg.description
        found = _annotated_description(arg)
        if found:
            return found
    return None


def _field_names(model: type[BaseModel]) -> list[str]:
    return [f.alias or name for name, f in model.model_fields.items()]


def _dotted(path: Path_) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "(top level)"


def _real_path(data: Any, loc: tuple[Any, ...]) -> Path_:
    """The part of a pydantic ``loc`` that names keys and indexes of the data.

    Union branch names that pydantic adds (``int``, ``Leaf``) and missing keys are dropped.
    """
    out: list[str | int] = []
    node = data
    for part in loc:
        in_dict = isinstance(node, dict) and part in node
        in_list = isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node)
        if in_dict or in_list:
            node = node[part]
            out.append(part)
        elif _is_branch_name(part):
            continue
        else:
            break
    return tuple(out)


_TYPE_NAMES = {"int", "float", "str", "bool", "date", "list", "dict", "none"}


def _is_branch_name(part: object) -> bool:
    """Pydantic's names for union branches: Leaf, int, function-after[...], list[...]."""
    if not isinstance(part, str):
        return False
    return part in _TYPE_NAMES or "[" in part or part != part.lower()


def _describe(value: Any) -> str:
    text = repr(value)
    if len(text) > 60:
        text = text[:57] + "..."
    kind = {bool: "true/false", int: "a number", float: "a number", str: "text"}.get(
        type(value), type(value).__name__
    )
    if value is None:
        return "nothing (null)"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    return f"{kind} {text}"


def _message(root: type[BaseModel], doc: YamlDocument, err: Any) -> tuple[Path_, bool, str]:
    loc = tuple(err["loc"])
    kind = err["type"]
    path = _real_path(doc.data, loc)
    where = _dotted(path)
    if kind == "extra_forbidden":
        key = path[-1] if path else loc[-1]
        model = _model_at(root, path[:-1], doc.data)
        allowed = _field_names(model) if model else []
        hint = ""
        close = difflib.get_close_matches(str(key), allowed, n=1)
        if close:
            hint = f"; did you mean '{close[0]}'?"
        listing = f" Allowed here: {', '.join(allowed)}." if allowed else ""
        return path, True, f"unknown field '{key}'{hint}{listing}"
    if kind == "missing":
        parent = _dotted(path) if path else "the top level"
        return path, False, f"missing required field '{loc[-1]}' in {parent}"
    if kind in _TYPE_WORDS:
        return path, False, f"{where}: expected {_TYPE_WORDS[kind]}, got {_describe(err['input'])}"
    if kind == "literal_error":
        expected = err.get("ctx", {}).get("expected", "")
        return path, False, f"{where}: expected one of {expected}; got {_describe(err['input'])}"
    if kind == "string_pattern_mismatch":
        model = _model_at(root, path[:-1], doc.data) if path else None
        hint = ""
        if model is not None and path and isinstance(path[-1], str):
            for name, field in model.model_fields.items():
                description = field.description or _annotated_description(field.annotation)
                if (field.alias or name) == path[-1] and description:
                    hint = f" ({description})"
        return path, False, f"{where}: {_describe(err['input'])} is not in the expected form{hint}"
    message = err["msg"]
    if message.startswith("Value error, "):
        message = message[len("Value error, ") :]
    return path, False, f"{where}: {message}"


_NUMBER_FIRST = ("float_type", "float_parsing")


def _json_default(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} is not JSON")


def validate(model: type[M], doc: YamlDocument, *, json_mode: bool = False) -> M:
    """Validate ``doc`` against ``model``; raise InputError naming every bad place.

    ``json_mode`` validates as JSON input, where a date is written as a string
    ("2027-07-10"): profiles come as YAML, JSON or JSON Lines and must read the same.
    """
    try:
        if json_mode:
            return model.model_validate_json(json.dumps(doc.data, default=_json_default))
        return model.model_validate(doc.data)
    except ValidationError as exc:
        errors = exc.errors()
        # Through a union (a date or a relative date), a branch that merely has the wrong
        # type says less than one that got further: keep the more specific messages.
        specific = {
            _real_path(doc.data, tuple(e["loc"])) for e in errors if e["type"] not in _TYPE_WORDS
        }
        problems = []
        typed: set[Path_] = set()
        for err in sorted(errors, key=lambda e: e["type"] not in _NUMBER_FIRST):
            path_of = _real_path(doc.data, tuple(err["loc"]))
            if err["type"] in _TYPE_WORDS and path_of in specific:
                continue
            if err["type"] in _TYPE_WORDS:
                if path_of in typed:
                    continue  # one type error per place: int | float says "a number" once
                typed.add(path_of)
            path, at_key, message = _message(model, doc, err)
            pos = doc.position(path, key=at_key)
            problems.append(Problem(doc.file, pos.line, pos.column, message))
        raise InputError(sorted(set(problems))) from None
