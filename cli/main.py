"""The ``poortwachter`` command.

Every command that reads the rulebook takes ``--rules DIR`` (another rulebook instead of the
bundled one) and ``--mappings DIR``. Bad input prints one line per problem, naming file and
line, and exits with code 2; ``rules check`` exits 1 when the rulebook has errors.
"""

from __future__ import annotations

import datetime as dt
import difflib
import io
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from poortwachter.engine import __version__
from poortwachter.engine.correlation import as_dict, correlation_rows, successor_label
from poortwachter.engine.coverage import coverage
from poortwachter.engine.deadlines import obligation_deadline, timeline
from poortwachter.engine.engine import Engine
from poortwachter.engine.errors import InputError, Problem, read_each
from poortwachter.engine.findings import Assessor
from poortwachter.engine.lint import check
from poortwachter.engine.model import INSTITUTION_CATEGORIES, Profile
from poortwachter.engine.profiles import load_profile, load_profiles_jsonl
from poortwachter.engine.receipt import receipt
from poortwachter.engine.rulebook import Rulebook, load_files, load_rulebook
from poortwachter.engine.schema import SCHEMAS, json_schema
from poortwachter.engine.views import obligation_view

from .output import open_output, write_output
from .profiles import questionnaire, template
from .render.assessment import render_html, render_markdown, render_text
from .render.csv_out import render_csv
from .render.jsonout import render_json
from .render.markdown import render_markdown_table
from .render.receipt import with_receipt
from .render.table import render_table
from .render.text import render_obligation, render_problems

F = TypeVar("F", bound=Callable[..., Any])


class PoortwachterGroup(click.Group):
    """A click group that turns input errors into one line each and exit code 2."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except InputError as exc:
            click.echo(render_problems(exc.problems), err=True, nl=False)
            ctx.exit(2)


def rulebook_options(func: F) -> F:
    """--rules and --mappings, shared by every command that reads the rulebook."""
    func = click.option(
        "--mappings",
        "mappings_dir",
        type=click.Path(exists=True, file_okay=False, path_type=Path),
        help="Folder of mapping files to use instead of the bundled ones.",
    )(func)
    func = click.option(
        "--rules",
        "rules_dir",
        type=click.Path(exists=True, file_okay=False, path_type=Path),
        help="Folder of rule files to use instead of the bundled rulebook.",
    )(func)
    return func


def format_option(*choices: str) -> Callable[[F], F]:
    return click.option(
        "--format",
        "fmt",
        type=click.Choice(list(choices)),
        default=choices[0],
        show_default=True,
        help="Output format.",
    )


lang_option = click.option(
    "--lang",
    type=click.Choice(["en", "nl"]),
    default="en",
    show_default=True,
    help="Language of titles and summaries.",
)


@click.group(cls=PoortwachterGroup)
@click.version_option(__version__, prog_name="poortwachter")
def main() -> None:
    """Poortwachter: the EU anti-money-laundering package and the Confiscation Directive as
    executable rules for the Netherlands."""


@main.group(cls=PoortwachterGroup)
def rules() -> None:
    """Inspect and check the rulebook."""


def _require_instrument(book: Rulebook, instrument: str | None) -> None:
    if instrument is not None and instrument not in book.instrument_by_id:
        known = ", ".join(book.instrument_by_id)
        raise click.BadParameter(
            f"unknown instrument '{instrument}'; the rulebook has {known}",
            param_hint="--instrument",
        )


@rules.command("check")
@rulebook_options
@format_option("text", "json")
def rules_check(rules_dir: Path | None, mappings_dir: Path | None, fmt: str) -> None:
    """Lint the rulebook: ids, articles, references, dates, unverified rules, mappings.

    Exit code 1 when there are errors; warnings (unverified statements) are only reported.
    """
    book = load_rulebook(rules_dir, mappings_dir)
    problems = check(book)
    errors = [p for p in problems if p.severity == "error"]
    warnings = [p for p in problems if p.severity == "warning"]
    if fmt == "json":
        click.echo(
            render_json(
                {
                    "files": len(book.files),
                    "obligations": len(book.obligations),
                    "errors": len(errors),
                    "warnings": len(warnings),
                    "problems": [
                        {
                            "file": p.file,
                            "line": p.line,
                            "severity": p.severity,
                            "code": p.code,
                            "message": p.message,
                        }
                        for p in problems
                    ],
                }
            ),
            nl=False,
        )
    else:
        click.echo(render_problems(problems), nl=False)
        click.echo(
            f"{len(book.files)} files, {len(book.obligations)} obligations: "
            f"{len(errors)} errors, {len(warnings)} warnings"
        )
    if errors:
        raise SystemExit(1)


@rules.command("list")
@rulebook_options
@click.option("--instrument", help="Only this instrument (e.g. AMLR, CONF).")
@format_option("table", "json")
@lang_option
def rules_list(
    rules_dir: Path | None, mappings_dir: Path | None, instrument: str | None, fmt: str, lang: str
) -> None:
    """List the obligations of the rulebook."""
    book = load_rulebook(rules_dir, mappings_dir)
    _require_instrument(book, instrument)
    obligations = [
        ob for ob in book.obligation_by_id.values() if instrument in (None, ob.instrument)
    ]
    if fmt == "json":
        views = [obligation_view(book, ob) for ob in obligations]
        click.echo(render_json(views), nl=False)
        return
    rows = []
    for ob in obligations:
        deadline, _ = obligation_deadline(book, ob)
        rows.append(
            [
                ob.id,
                ob.instrument,
                f"Art. {ob.ref.label()}",
                ob.kind,
                ob.addressee,
                deadline.isoformat() if deadline else None,
                ob.verification.verified,
                getattr(ob.title, lang),
            ]
        )
    headers = [
        "id",
        "instrument",
        "provision",
        "kind",
        "addressee",
        "deadline",
        "verified",
        "title",
    ]
    click.echo(render_table(headers, rows), nl=False)


@rules.command("show")
@click.argument("obligation_id", metavar="ID")
@rulebook_options
@format_option("text", "json")
@lang_option
def rules_show(
    obligation_id: str, rules_dir: Path | None, mappings_dir: Path | None, fmt: str, lang: str
) -> None:
    """Show one obligation: its text, parameters, deadline, source and Dutch mappings."""
    book = load_rulebook(rules_dir, mappings_dir)
    ob = book.obligation_by_id.get(obligation_id)
    if ob is None:
        close = difflib.get_close_matches(obligation_id, list(book.obligation_by_id), n=3)
        hint = f"; did you mean {', '.join(close)}?" if close else "; see 'poortwachter rules list'"
        raise click.BadParameter(f"no obligation '{obligation_id}'{hint}", param_hint="ID")
    view = obligation_view(book, ob)
    if fmt == "json":
        click.echo(render_json(view), nl=False)
    else:
        click.echo(render_obligation(view, lang), nl=False)


@rules.command("coverage")
@rulebook_options
@format_option("table", "json")
def rules_coverage(rules_dir: Path | None, mappings_dir: Path | None, fmt: str) -> None:
    """Per instrument: articles, articles classified, articles with obligations, obligations."""
    book = load_rulebook(rules_dir, mappings_dir)
    rows = coverage(book)
    if fmt == "json":
        click.echo(render_json([r.as_dict() for r in rows]), nl=False)
        return
    headers = [
        "instrument",
        "articles",
        "classified",
        "with obligations",
        "obligations",
        "unverified",
    ]
    click.echo(
        render_table(
            headers,
            [
                [
                    r.instrument,
                    r.articles_total,
                    r.articles_classified,
                    r.articles_with_obligations,
                    r.obligations,
                    r.unverified,
                ]
                for r in rows
            ],
        ),
        nl=False,
    )


@main.command("deadlines")
@rulebook_options
@click.option(
    "--as-of",
    "as_of",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    help="Count days from this date (YYYY-MM-DD); default today.",
)
@click.option("--instrument", help="Only this instrument (e.g. AMLD6).")
@format_option("table", "json")
@lang_option
def deadlines(
    rules_dir: Path | None,
    mappings_dir: Path | None,
    as_of: dt.datetime | None,
    instrument: str | None,
    fmt: str,
    lang: str,
) -> None:
    """Every milestone of every instrument with the days left (negative when overdue)."""
    book = load_rulebook(rules_dir, mappings_dir)
    _require_instrument(book, instrument)
    day = as_of.date() if as_of else dt.date.today()
    rows = timeline(book, day, instrument)
    if fmt == "json":
        click.echo(render_json([r.as_dict() for r in rows]), nl=False)
        return
    headers = ["date", "days left", "instrument", "kind", "basis", "provisions", "what"]
    click.echo(
        render_table(
            headers,
            [
                [
                    r.date.isoformat(),
                    r.days_left,
                    r.instrument,
                    r.kind,
                    r.basis,
                    r.provisions or "all",
                    getattr(r.description, lang),
                ]
                for r in rows
            ],
        ),
        nl=False,
    )


@main.command("correlation")
@click.argument("law", type=click.Choice(["wwft"]))
@rulebook_options
@format_option("table", "md", "json", "csv")
@lang_option
def correlation(
    law: str, rules_dir: Path | None, mappings_dir: Path | None, fmt: str, lang: str
) -> None:
    """Which EU article takes over each article of current Dutch law on 10 July 2027."""
    book = load_rulebook(rules_dir, mappings_dir)
    rows = correlation_rows(book, "Wwft")
    stamp = receipt(book, [], None)
    if fmt == "json":
        body = {"law": "Wwft", "articles": [as_dict(r) for r in rows], "receipt": stamp}
        click.echo(render_json(body), nl=False)
        return
    headers = (
        ["Wwft", "subject", "kind", "successor", "change", "verified"]
        if lang == "en"
        else ["Wwft", "onderwerp", "soort", "opvolger", "wijziging", "geverifieerd"]
    )
    table = [
        [
            f"art. {r.article}",
            getattr(r.subject, lang),
            r.kind,
            [successor_label(s) for s in r.successors],
            getattr(r.change, lang),
            r.verification.verified,
        ]
        for r in rows
    ]
    renderers = {"table": render_table, "md": render_markdown_table, "csv": render_csv}
    click.echo(with_receipt(renderers[fmt](headers, table), fmt, stamp), nl=False)


def _read_profiles(paths: tuple[Path, ...]) -> list[Profile]:
    """Profiles from YAML/JSON files, or from JSONL files with one profile per line."""
    return read_each(
        paths,
        lambda p: load_profiles_jsonl(p) if p.suffix == ".jsonl" else [load_profile(p)],
    )


@main.command("assess")
@click.argument(
    "profiles",
    nargs=-1,
    required=True,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
)
@rulebook_options
@click.option(
    "--as-of",
    "as_of",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    help="Assess as of this date (YYYY-MM-DD); default today.",
)
@format_option("text", "md", "json", "html", "jsonl")
@lang_option
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write the report to this file (replaced only when complete).",
)
@click.option("--strict", is_flag=True, help="Also exit 1 when something is unknown.")
@click.option(
    "--interactive",
    is_flag=True,
    help="Ask the questions the rules still need (one profile file), then save it.",
)
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(min=0),
    default=1,
    show_default=True,
    help="Processes for --format jsonl (0: one per core).",
)
def assess(
    profiles: tuple[Path, ...],
    rules_dir: Path | None,
    mappings_dir: Path | None,
    as_of: dt.datetime | None,
    fmt: str,
    lang: str,
    output: Path | None,
    strict: bool,
    interactive: bool,
    jobs: int,
) -> None:
    """Assess institution profiles (YAML, JSON or JSONL) against the rulebook.

    --format jsonl is for batches: one compact line per profile (the status of each
    obligation, the facts still missing; no wording), streamed in input order with flat
    memory, then a last line with the totals and the receipt. With -o the file appears only
    when every profile was read.

    Exit code 0 when nothing that applies is breached, 1 when something is (or, with
    --strict, is unknown), 2 on bad input.
    """
    day = as_of.date() if as_of else dt.date.today()
    if fmt == "jsonl":
        if interactive:
            raise click.UsageError("--interactive asks about one profile; not with --format jsonl")
        _assess_batch(profiles, rules_dir, mappings_dir, day, output, strict, jobs)
        return
    if jobs != 1:
        raise click.UsageError("--jobs is for batches: use it with --format jsonl")
    loaded = _read_profiles(profiles)
    book = load_rulebook(rules_dir, mappings_dir)
    assessor = Assessor(Engine(book, day))
    if interactive:
        if len(profiles) != 1 or profiles[0].suffix == ".jsonl":
            raise click.UsageError("--interactive takes exactly one YAML or JSON profile")
        loaded = [questionnaire(profiles[0], assessor, lang)]
    reports = []
    show_progress = len(loaded) > 50 and sys.stderr.isatty()
    with click.progressbar(
        loaded, label="assessing", file=sys.stderr if show_progress else io.StringIO()
    ) as bar:
        for profile in bar:
            reports.append(assessor.assess(profile).as_dict())
    stamp = receipt(book, list(profiles), day)
    if fmt == "json":
        body: dict[str, Any] = (
            dict(reports[0])
            if len(reports) == 1
            else {
                "assessments": reports,
                "summary": {
                    status: sum(r["summary"][status] for r in reports)
                    for status in reports[0]["summary"]
                },
            }
        )
        body["receipt"] = stamp
        text = render_json(body)
    else:
        renderers = {"md": render_markdown, "html": render_html, "text": render_text}
        text = with_receipt(renderers[fmt](reports, lang), fmt, stamp)
    write_output(text, output)
    failing = {"breached", "unknown"} if strict else {"breached"}
    if any(r["summary"][s] for r in reports for s in failing):
        raise SystemExit(1)


def _assess_batch(
    profiles: tuple[Path, ...],
    rules_dir: Path | None,
    mappings_dir: Path | None,
    day: dt.date,
    output: Path | None,
    strict: bool,
    jobs: int,
) -> None:
    from poortwachter.engine.batch import assess_stream, count, jobs_for

    book = load_rulebook(rules_dir, mappings_dir)
    # the profiles are counted (one more pass over the input) only for a bar someone sees
    total = count(profiles) if sys.stderr.isatty() else 0
    assessed = 0
    totals: dict[str, int] = {}
    problems: list[Problem] = []
    shown = sys.stderr if total > 50 else io.StringIO()
    with (
        open_output(output) as out,
        click.progressbar(length=max(total, 1), label="assessing", file=shown) as bar,
    ):
        stream = assess_stream(list(profiles), rules_dir, mappings_dir, day, jobs_for(jobs))
        for line, summary, bad in stream:
            bar.update(1)
            assessed += 1
            problems.extend(bad)
            if problems:  # after bad input only look for more of it
                continue
            assert line is not None
            out.write(line + "\n")
            for status, n in summary.items():
                totals[status] = totals.get(status, 0) + n
        if problems:
            raise InputError(problems)
        doubtful = [
            ob.id
            for ob in book.obligation_by_id.values()
            if ob.condition is not None and not ob.verification.verified
        ]
        last = {
            "profiles": assessed,
            "summary": totals,
            "unverified_rules": doubtful,  # statuses from rules not fully confirmed
            "receipt": receipt(book, list(profiles), day),
        }
        out.write(json.dumps(last, ensure_ascii=False, separators=(",", ":")) + "\n")
    failing = ("breached", "unknown") if strict else ("breached",)
    if any(totals.get(status) for status in failing):
        raise SystemExit(1)


def _read_documents(paths: tuple[Path, ...]) -> list[Any]:
    """Legal XML documents in any supported dialect (read only when a command needs them)."""
    from poortwachter.engine.readers.detect import read_document

    return read_each(paths, lambda p: [read_document(p)])


def _gap_dict(
    book: Rulebook, documents: list[Any], day: dt.date, instrument: str | None
) -> dict[str, Any]:
    from poortwachter.engine.gap import gap_report
    from poortwachter.engine.gap import summary as gap_summary

    rows = gap_report(book, documents, day, instrument)
    return {
        "as_of": day.isoformat(),
        "instrument": instrument,
        "documents": [d.path for d in documents],
        "summary": gap_summary(rows),
        "obligations": [r.as_dict() for r in rows],
    }


document_argument = click.argument(
    "documents", nargs=-1, type=click.Path(exists=True, dir_okay=False, path_type=Path)
)


@main.command("gap")
@document_argument
@rulebook_options
@click.option("--as-of", "as_of", type=click.DateTime(formats=["%Y-%m-%d"]))
@click.option("--instrument", help="Only this instrument (e.g. AMLD6, CONF).")
@format_option("md", "html", "json", "csv")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "--mapping",
    "bill_mappings",
    multiple=True,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="A drafter's own mapping file for the bill; its entries replace the bundled ones.",
)
@click.option(
    "--compare",
    nargs=2,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    metavar="OLD NEW",
    help="What changed in coverage between two versions of a bill.",
)
def gap(
    documents: tuple[Path, ...],
    rules_dir: Path | None,
    mappings_dir: Path | None,
    as_of: dt.datetime | None,
    instrument: str | None,
    fmt: str,
    output: Path | None,
    bill_mappings: tuple[Path, ...],
    compare: tuple[Path, Path] | None,
) -> None:
    """Gap report: per EU obligation, whether the documents (a bill, current laws) carry it."""
    from poortwachter.engine.gap import compare_reports, gap_report

    from .render.gap import gap_csv, gap_html, gap_markdown

    book = load_rulebook(rules_dir, mappings_dir)
    if bill_mappings:
        own = load_files((p, str(p)) for p in bill_mappings)
        book.bills = [*own.bills, *book.bills]
        mapped = {m.value.obligation for m in own.mappings}
        book.mappings = [
            *own.mappings,
            *(m for m in book.mappings if m.value.obligation not in mapped),
        ]
    _require_instrument(book, instrument)
    day = as_of.date() if as_of else dt.date.today()
    base = _read_documents(documents)
    if compare:
        old_doc, new_doc = _read_documents(compare)
        old = gap_report(book, [*base, old_doc], day, instrument)
        new = gap_report(book, [*base, new_doc], day, instrument)
        changes = {
            "as_of": day.isoformat(),
            "instrument": instrument,
            "changes": compare_reports(old, new),
            "receipt": receipt(book, [*documents, *compare], day),
        }
        write_output(render_json(changes), output)
        return
    if not documents:
        raise click.UsageError("give at least one document (a bill, a law) or --compare OLD NEW")
    report = _gap_dict(book, base, day, instrument)
    stamp = receipt(book, list(documents), day)
    report["receipt"] = stamp
    renderers = {"md": gap_markdown, "html": gap_html, "csv": gap_csv}
    if fmt == "json":
        text = render_json(report)
    else:
        text = with_receipt(renderers[fmt](report), fmt, stamp)
    write_output(text, output)


@main.command("transposition-table")
@document_argument
@rulebook_options
@click.option("--instrument", required=True, help="The directive, e.g. AMLD6 or CONF.")
@click.option("--as-of", "as_of", type=click.DateTime(formats=["%Y-%m-%d"]))
@format_option("md", "html", "csv")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path))
def transposition_table(
    documents: tuple[Path, ...],
    rules_dir: Path | None,
    mappings_dir: Path | None,
    instrument: str,
    as_of: dt.datetime | None,
    fmt: str,
    output: Path | None,
) -> None:
    """The transposition table (Aanwijzing 9.12) for the explanatory memorandum."""
    from .render.gap import table_csv, table_html, table_markdown

    book = load_rulebook(rules_dir, mappings_dir)
    _require_instrument(book, instrument)
    day = as_of.date() if as_of else dt.date.today()
    report = _gap_dict(book, _read_documents(documents), day, instrument)
    renderers = {"md": table_markdown, "html": table_html, "csv": table_csv}
    stamp = receipt(book, list(documents), day)
    write_output(with_receipt(renderers[fmt](report), fmt, stamp), output)


@main.group(cls=PoortwachterGroup)
def spec() -> None:
    """Executable specifications in Gherkin (English or Dutch)."""


@spec.command("run")
@click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
@rulebook_options
def spec_run(paths: tuple[Path, ...], rules_dir: Path | None, mappings_dir: Path | None) -> None:
    """Run .feature files (default: the features/ folder here) and say what held."""
    from poortwachter.engine.spec.runner import run_features

    book = load_rulebook(rules_dir, mappings_dir)
    if not paths and not Path("features").is_dir():
        raise click.UsageError("no features/ folder here; name the .feature files or folders")
    targets = list(paths) or [Path("features")]
    results = run_features(targets, book)
    for r in results:
        mark = "ok  " if r.passed else "FAIL"
        click.echo(f"{mark} {r.feature}: {r.name}")
        if not r.passed:
            click.echo(f"     step: {r.failed_step}")
            click.echo(f"     {r.message}")
    failed = sum(1 for r in results if not r.passed)
    click.echo(f"{len(results) - failed} passed, {failed} failed")
    if failed:
        raise SystemExit(1)


@spec.command("steps")
@lang_option
def spec_steps(lang: str) -> None:
    """The steps a scenario can use, with an example each."""
    from poortwachter.engine.spec.vocabulary import VOCABULARY

    words = {
        "en": {"given": "Given", "when": "When", "then": "Then"},
        "nl": {"given": "Gegeven", "when": "Als", "then": "Dan"},
    }[lang]
    for step in VOCABULARY:
        pattern = step.en if lang == "en" else step.nl
        example = step.example_en if lang == "en" else step.example_nl
        click.echo(f"{words[step.kind]} {pattern}")
        click.echo(f"    e.g. {words[step.kind]} {example}")


@main.group(cls=PoortwachterGroup)
def profile() -> None:
    """Institution profiles."""


@profile.command("init")
@click.option(
    "--category",
    required=True,
    type=click.Choice(sorted(INSTITUTION_CATEGORIES)),
    help="The institution's category under AMLR Art. 3.",
)
@lang_option
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path))
def profile_init(category: str, lang: str, output: Path | None) -> None:
    """Write a commented profile template for one kind of institution."""
    write_output(template(category, lang), output)


@main.command("schema")
@click.argument("kind", type=click.Choice(sorted(SCHEMAS)))
def schema(kind: str) -> None:
    """Print the JSON Schema of rule, mapping or profile files (for editors)."""
    click.echo(render_json(json_schema(kind)), nl=False)
