"""Safe YAML reading that remembers where every value came from.

Only the safe subset of YAML is read (no Python tags). Duplicate keys, anchors and aliases are
errors: a rule file must say each thing once, in plain sight, and aliases are how the
"billion laughs" blow-up works. Each value's line and column are kept so that a validation
error can name the exact place.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from .errors import InputError

MAX_FILE_BYTES = 8 * 1024 * 1024
MAX_DEPTH = 64

Path_ = tuple[str | int, ...]


@dataclass(frozen=True)
class Position:
    line: int  # 1-based
    column: int  # 1-based


@dataclass(frozen=True)
class YamlDocument:
    """The data of one YAML file and where each value and key stands in it."""

    file: str
    data: Any
    values: dict[Path_, Position]
    keys: dict[Path_, Position]

    def position(self, path: Path_, *, key: bool = False) -> Position:
        """The position of the deepest part of ``path`` that exists in the file."""
        table = self.keys if key else self.values
        probe = tuple(path)
        while probe:
            if probe in table:
                return table[probe]
            if key and probe in self.values:
                return self.values[probe]
            probe = probe[:-1]
        return self.values.get((), Position(1, 1))


_PLAIN_TAGS: dict[type[Node], tuple[str, ...]] = {
    ScalarNode: (),  # scalars are checked by the safe constructor
    SequenceNode: ("tag:yaml.org,2002:seq",),
    MappingNode: ("tag:yaml.org,2002:map",),
}


# libyaml's parser when PyYAML was built with it (much faster), else the pure-Python one.
_Loader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _refuse_anchors(text: str, file: str) -> None:
    """Anchors (&name) make aliases possible; refuse the first one, where it is written."""
    if "&" not in text and "*" not in text:
        return
    for event in yaml.parse(text, Loader=_Loader):
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            mark = event.start_mark
            line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
            raise InputError.at(
                file,
                line,
                column,
                "anchors and aliases (&name, *name) are not allowed here; write the value out",
            )


def _pos(node: Node) -> Position:
    mark = node.start_mark
    return Position(mark.line + 1, mark.column + 1)


class _Reader:
    def __init__(self, file: str, loader: Any) -> None:
        self.file = file
        self.loader = loader
        self.values: dict[Path_, Position] = {}
        self.keys: dict[Path_, Position] = {}
        self.seen: set[int] = set()

    def fail(self, node: Node, message: str) -> InputError:
        p = _pos(node)
        return InputError.at(self.file, p.line, p.column, message)

    def build(self, node: Node, path: Path_, depth: int) -> Any:
        if id(node) in self.seen:  # pragma: no cover - anchors are refused before composing
            raise self.fail(node, "anchors and aliases (&name, *name) are not allowed here")
        if node.tag not in _PLAIN_TAGS[type(node)] and not isinstance(node, ScalarNode):
            raise self.fail(node, f"the tag {node.tag} is not allowed; write plain YAML")
        if depth > MAX_DEPTH:
            raise self.fail(node, f"nesting deeper than {MAX_DEPTH} levels")
        self.seen.add(id(node))
        self.values[path] = _pos(node)
        if isinstance(node, ScalarNode):
            return self.loader.construct_object(node, deep=True)
        if isinstance(node, SequenceNode):
            return [self.build(item, (*path, i), depth + 1) for i, item in enumerate(node.value)]
        if isinstance(node, MappingNode):
            result: dict[Any, Any] = {}
            first: dict[Any, Position] = {}
            for key_node, value_node in node.value:
                if not isinstance(key_node, ScalarNode):
                    raise self.fail(key_node, "a key must be a plain word, not a list or mapping")
                if key_node.tag == "tag:yaml.org,2002:merge":
                    raise self.fail(key_node, "merge keys (<<) are not allowed here")
                key = self.loader.construct_object(key_node, deep=True)
                if not isinstance(key, str | int):
                    raise self.fail(key_node, f"a key must be text, got {key!r}")
                if key in first:
                    raise self.fail(
                        key_node,
                        f"duplicate key '{key}' (first given at line {first[key].line});"
                        " each key may appear once",
                    )
                first[key] = _pos(key_node)
                self.keys[(*path, key)] = _pos(key_node)
                result[key] = self.build(value_node, (*path, key), depth + 1)
            return result
        raise self.fail(node, "unsupported YAML node")  # pragma: no cover - yaml has 3 kinds


def read_yaml_text(text: str, file: str) -> YamlDocument:
    """Parse ``text`` (named ``file`` in messages) into data and positions."""
    loader = _Loader(text)
    try:
        _refuse_anchors(text, file)
        node = loader.get_single_node()
        if node is None:
            raise InputError.at(file, 1, 1, "the file is empty; expected a YAML mapping")
        reader = _Reader(file, loader)
        data = reader.build(node, (), 0)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        what = " ".join(str(x) for x in (exc.context, exc.problem) if x)
        raise InputError.at(file, line, column, f"not valid YAML: {what}") from None
    except yaml.YAMLError as exc:
        raise InputError.at(file, 1, 1, f"not valid YAML: {exc}") from None
    except RecursionError:
        raise InputError.at(file, 1, 1, "nesting too deep to read") from None
    finally:
        loader.dispose()
    return YamlDocument(file=file, data=data, values=reader.values, keys=reader.keys)


def read_yaml(path: Path, display: str | None = None) -> YamlDocument:
    """Read a YAML file safely. ``display`` is the name used in messages."""
    name = display or str(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise InputError.at(name, 0, 0, f"file is {size} bytes; at most {MAX_FILE_BYTES}")
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError.at(name, 0, 0, f"cannot read the file: {exc.strerror}") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise InputError.at(name, line, 0, "not UTF-8 text; save the file as UTF-8") from None
    return read_yaml_text(text, name)
