"""Batch assessment at supervisor scale: profiles streamed from JSONL (or YAML/JSON files),
assessed in chunks on several processes, one compact record per profile out, in input order.

Memory stays flat: lines are read as they are needed, at most a few chunks per process are in
flight, and each record is handed back as soon as its chunk is done. Each process builds its
own engine (durable_rules is not shareable) from the cached rulebook.
"""

from __future__ import annotations

import datetime as dt
import json
import multiprocessing
import os
from collections import deque
from collections.abc import Iterable, Iterator
from multiprocessing.pool import AsyncResult
from pathlib import Path

from .engine import Engine
from .errors import InputError, Problem
from .findings import Assessor
from .profiles import Item, items, read_profile
from .rulebook import load_rulebook

CHUNK = 250  # profiles per task: large enough to hide the cost of a task, small for memory


def count(paths: Iterable[Path]) -> int:
    """How many profiles the files hold (for a progress bar), without parsing them."""
    return sum(1 for _ in items(paths))


# per profile: the record as one JSON line and its summary, or what was wrong with the input
Outcome = tuple[str | None, dict[str, int], list[Problem]]

_assessor: Assessor | None = None


def start_worker(rules_dir: Path | None, mappings_dir: Path | None, as_of: dt.date) -> None:
    """Build this process's engine (the rulebook comes from the cache)."""
    global _assessor
    _assessor = Assessor(Engine(load_rulebook(rules_dir, mappings_dir), as_of))


def assess_chunk(chunk: list[Item]) -> list[Outcome]:
    assert _assessor is not None, "start_worker was not called in this process"
    out: list[Outcome] = []
    for item in chunk:
        try:
            profile = read_profile(item)
        except InputError as exc:
            out.append((None, {}, exc.problems))
            continue
        record = {"file": item.file, "line": item.line, **_assessor.brief(profile)}
        line = json.dumps(record, ensure_ascii=False, separators=(",", ":"))
        out.append((line, record["summary"], []))
    return out


def _chunks(stream: Iterator[Item]) -> Iterator[list[Item]]:
    chunk: list[Item] = []
    for item in stream:
        chunk.append(item)
        if len(chunk) == CHUNK:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def jobs_for(requested: int) -> int:
    """0 means one process per core."""
    return requested if requested > 0 else (os.cpu_count() or 1)


def assess_stream(
    paths: list[Path],
    rules_dir: Path | None,
    mappings_dir: Path | None,
    as_of: dt.date,
    jobs: int = 1,
) -> Iterator[Outcome]:
    """One outcome per profile, in input order, on ``jobs`` processes."""
    chunks = _chunks(items(paths))
    if jobs <= 1:
        start_worker(rules_dir, mappings_dir, as_of)
        for chunk in chunks:
            yield from assess_chunk(chunk)
        return
    load_rulebook(rules_dir, mappings_dir)  # fill the cache once, before the workers read it
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    with context.Pool(jobs, start_worker, (rules_dir, mappings_dir, as_of)) as pool:
        pending: deque[AsyncResult[list[Outcome]]] = deque()
        for chunk in chunks:
            pending.append(pool.apply_async(assess_chunk, (chunk,)))
            if len(pending) >= 3 * jobs:
                yield from pending.popleft().get()
        while pending:
            yield from pending.popleft().get()
