"""A cache of validated rulebooks, keyed by content, so a command does not parse ~2 MB of YAML
with positions on every run.

The key is the sha256 of every rule and mapping file (name and bytes, the rulebook digest the
receipt shows) together with the source of this package's loader and model and the Python
version, so an edited rule file, an upgraded Poortwachter or another Python never reads a stale
entry. Entries are pickles written atomically to ``$POORTWACHTER_CACHE_DIR``, else
``$XDG_CACHE_HOME/poortwachter``, else ``~/.cache/poortwachter``; ``POORTWACHTER_CACHE=off``
turns the cache off. A cache that cannot be read or written is skipped silently: the cache
only ever saves time. Only rulebooks that loaded without problems are stored, and only the
newest eight entries are kept.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
import sys
import tempfile
from collections.abc import Callable, Sequence
from functools import cache
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")

FORMAT = b"poortwachter-rulebook-cache/1"
KEEP = 8  # entries kept in the cache folder, newest first


def cache_dir() -> Path | None:
    """Where entries live, or None when the cache is off."""
    if os.environ.get("POORTWACHTER_CACHE", "").lower() in ("off", "0", "no", "false"):
        return None
    explicit = os.environ.get("POORTWACHTER_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "poortwachter"


@cache
def code_fingerprint() -> bytes:
    """The loader's own source: a changed model or loader must not read old entries."""
    digest = hashlib.sha256(FORMAT + sys.version.encode())
    for path in sorted(Path(__file__).parent.glob("*.py")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.digest()


def files_digest(files: Sequence[tuple[Path, str]]) -> str | None:
    """sha256 over (display name, bytes) of every file, as the rulebook records it; None when
    a file cannot be read (the loader then reports it)."""
    digest = hashlib.sha256()
    try:
        for path, display in files:
            digest.update(display.encode() + b"\0" + path.read_bytes() + b"\0")
    except OSError:
        return None
    return digest.hexdigest()


def cached(
    digest: str | None, kind: type[T], load: Callable[[], T], stored: Callable[[T], str]
) -> T:
    """The entry for ``digest`` if there is a good one, else ``load()``, kept for next time
    when ``stored(value)`` shows it was loaded from those very bytes."""
    folder = cache_dir()
    if folder is None or digest is None:
        return load()
    key = hashlib.sha256(code_fingerprint() + digest.encode()).hexdigest()
    entry = folder / f"rulebook-{key}.pickle"
    try:
        with entry.open("rb") as handle:
            value = pickle.load(handle)
        if isinstance(value, kind) and stored(value) == digest:
            return value
    except Exception:  # a missing, partial or foreign entry is a miss
        pass
    value = load()
    if stored(value) == digest:  # not when a file changed between hashing and loading
        _store(folder, entry, value)
    return value


def _store(folder: Path, entry: Path, value: object) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(dir=folder, prefix=".tmp-")
    except OSError:
        return
    try:
        with os.fdopen(handle, "wb") as out:
            pickle.dump(value, out, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(name, entry)
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(name)
        return
    _evict(folder, keep=entry)


def _evict(folder: Path, keep: Path) -> None:
    """Keep the newest KEEP entries: each edit of a rule file makes a new one (about 2 MB)."""
    try:
        entries = sorted(
            (p for p in folder.glob("rulebook-*.pickle") if p != keep),
            key=lambda p: p.stat().st_mtime,
            reverse=True,
        )
    except OSError:
        return
    for old in entries[KEEP - 1 :]:
        with contextlib.suppress(OSError):
            old.unlink()
