"""Check mapping files on their own, with the bundled rulebook (not the other mapping files).

    python tools/check_mappings.py FILE.yaml [...] [--prefix AMLR-]

Prints the lint problems of the given files and, with --prefix, the obligations with that id
prefix that the given files do not map yet. Exit 1 on errors.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    from poortwachter.engine.lint import check
    from poortwachter.engine.rulebook import bundled_rules_dir, load_files

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--prefix", action="append", default=[])
    args = parser.parse_args(argv)
    base = bundled_rules_dir()
    rules = sorted(base.rglob("*.yaml"), key=lambda p: p.relative_to(base).as_posix())
    book = load_files([(p, str(p)) for p in rules] + [(f, str(f)) for f in args.files])
    names = {str(f) for f in args.files}
    problems = [p for p in check(book) if p.file in names]
    for p in problems:
        print(p.render())
    mapped = {m.value.obligation for m in book.mappings}
    missing = (
        [o for o in book.obligation_by_id if o not in mapped and o.startswith(tuple(args.prefix))]
        if args.prefix
        else []
    )
    if missing:
        print(f"not mapped yet ({len(missing)}): {', '.join(missing)}")
    errors = sum(1 for p in problems if p.severity == "error")
    print(f"{len(book.mappings)} mappings, {len(book.correlations)} correlations: {errors} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
