"""Run Gherkin scenarios (English or '# language: nl') against the rulebook, with the
vocabulary of vocabulary.py. No Python for the author: steps are matched, not coded."""

from __future__ import annotations

import datetime as dt
import difflib
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import parse
from gherkin.parser import Parser
from gherkin.pickles.compiler import Compiler
from gherkin.token_scanner import TokenScanner

from ..engine import Engine
from ..errors import InputError
from ..facts import profile_fields
from ..findings import Assessor
from ..gap import gap_report
from ..model import Profile
from ..profiles import load_profile
from ..readers.detect import read_document
from ..readers.document import Document
from ..rulebook import Rulebook, load_rulebook
from .vocabulary import STATUS_WORDS, VERDICT_WORDS, VOCABULARY, StepDef

KINDS = {"Context": "given", "Action": "when", "Outcome": "then"}


class StepFailure(AssertionError):
    """A 'then' step that does not hold, said in the scenario's own terms."""


class UnknownStep(Exception):
    """A step the vocabulary does not have; names the nearest known phrasings."""


@dataclass
class Context:
    """What a scenario has built up so far."""

    base: Path
    book: Rulebook
    profile: dict[str, Any] = field(default_factory=dict)
    documents: list[Document] = field(default_factory=list)
    findings: dict[str, dict[str, Any]] = field(default_factory=dict)
    gap: dict[str, dict[str, Any]] = field(default_factory=dict)


def _value(text: str) -> Any:
    lowered = text.strip().lower()
    if lowered in ("yes", "ja", "true"):
        return True
    if lowered in ("no", "nee", "false"):
        return False
    try:
        number = float(text)
        return int(number) if number.is_integer() else number
    except ValueError:
        return text.strip()


def _set(ctx: Context, path: str, value: Any) -> None:
    if path not in profile_fields():
        raise InputError.at("scenario", 0, 0, f"the profile has no field '{path}'")
    head, name = path.split(".", 1)
    ctx.profile.setdefault(head, {})[name] = value


def _finding(ctx: Context, ob: str) -> dict[str, Any]:
    if ob not in ctx.findings:
        raise StepFailure(f"no finding for {ob}: is it assessed, and was the institution assessed?")
    return ctx.findings[ob]


def _row(ctx: Context, ob: str) -> dict[str, Any]:
    if ob not in ctx.gap:
        raise StepFailure(f"no gap-report row for {ob}: was the bill checked?")
    return ctx.gap[ob]


def _expect(actual: object, expected: object, what: str) -> None:
    if actual != expected:
        raise StepFailure(f"{what}: expected {expected}, found {actual}")


def _institution(ctx: Context, category: str) -> None:
    ctx.profile = {
        "schema": "poortwachter/profile/v1",
        "institution": {"name": f"scenario {category}", "category": category},
    }


def _profile_file(ctx: Context, file: str) -> None:
    profile = load_profile(ctx.base / file)
    ctx.profile = json.loads(profile.model_dump_json(by_alias=True, exclude_none=True))


def _assess(ctx: Context, date: str) -> None:
    profile = Profile.model_validate_json(json.dumps(ctx.profile))
    assessor = Assessor(Engine(ctx.book, dt.date.fromisoformat(date)))
    report = assessor.assess(profile).as_dict()
    ctx.findings = {f["obligation"]: f for f in report["findings"]}


def _check_bill(ctx: Context, date: str) -> None:
    rows = gap_report(ctx.book, ctx.documents, dt.date.fromisoformat(date))
    ctx.gap = {r.obligation.id: r.as_dict() for r in rows}


def _status(ctx: Context, id: str, status: str) -> None:
    expected = STATUS_WORDS.get(status.lower(), status)
    _expect(_finding(ctx, id)["status"], expected, f"status of {id}")


def _verified(ctx: Context, id: str, verdict: str) -> None:
    """Whether the rule itself is confirmed against the official text (no assessment needed)."""
    if verdict.lower() not in VERDICT_WORDS:
        words = ", ".join(f"'{w}'" for w in VERDICT_WORDS)
        raise StepFailure(f"say whether the rule for {id} is one of {words}; got '{verdict}'")
    ob = ctx.book.obligation_by_id.get(id)
    if ob is None:
        raise StepFailure(f"the rulebook has no obligation {id}")
    expected = VERDICT_WORDS[verdict.lower()]
    _expect(ob.verification.verified, expected, f"whether the rule for {id} is confirmed")


def _accepts_cash(ctx: Context, amount: int) -> None:
    _set(ctx, "activities.accepts_cash", True)
    _set(ctx, "controls.max_cash_payment_eur", amount)


def _cdd_threshold(ctx: Context, amount: int) -> None:
    _set(ctx, "activities.occasional_transactions", True)
    _set(ctx, "controls.occasional_transaction_threshold_eur", amount)


ACTIONS: dict[str, Callable[..., None]] = {
    "institution": _institution,
    "profile_file": _profile_file,
    "accepts_cash": _accepts_cash,
    "cdd_threshold": _cdd_threshold,
    "retention": lambda ctx, years: _set(ctx, "controls.record_retention_years", years),
    "field": lambda ctx, path, value: _set(ctx, path, _value(value)),
    "bill": lambda ctx, file: ctx.documents.append(read_document(ctx.base / file)),
    "assess": _assess,
    "check_bill": _check_bill,
    "status": _status,
    "verified": _verified,
    "applies_from": lambda ctx, id, date: _expect(
        _finding(ctx, id)["applies_from"], date, f"date {id} applies from"
    ),
    "days_left": lambda ctx, id, days: _expect(
        _finding(ctx, id)["days_left"], days, f"days left for {id}"
    ),
    "cites": lambda ctx, id, text: _expect(
        any(
            text in str(c)
            for c in (
                _finding(ctx, id)["citations"]["eu"],
                _finding(ctx, id)["reason"]["nl"],
                _finding(ctx, id)["reason"]["en"],
                *_finding(ctx, id)["citations"]["wwft"],
            )
        ),
        True,
        f"{id} cites {text}",
    ),
    "replaces": lambda ctx, id, wwft: _expect(
        wwft in _finding(ctx, id)["citations"]["wwft"], True, f"{id} replaces {wwft}"
    ),
    "bill_status": lambda ctx, id, status: _expect(
        _row(ctx, id)["status"], status, f"bill status of {id}"
    ),
    "bill_provision": lambda ctx, id, provision: _expect(
        any(provision in e["provision"] for e in _row(ctx, id)["provisions"]),
        True,
        f"{id} carried in {provision}",
    ),
    "bill_number": lambda ctx, id, result: _expect(
        result in [p["result"] for p in _row(ctx, id)["parameter_findings"]],
        True,
        f"a number for {id} that is {result}",
    ),
}


def match(text: str, kind: str, lang: str) -> tuple[StepDef, dict[str, Any]]:
    """The step definition a line of Gherkin means, with its arguments."""
    for step in VOCABULARY:
        if kind not in (step.kind, "any"):
            continue
        for pattern in (step.nl, step.en) if lang == "nl" else (step.en, step.nl):
            result = parse.parse(pattern, text)
            if result is not None:
                return step, dict(result.named)
    phrasings = [s.nl if lang == "nl" else s.en for s in VOCABULARY]
    examples = [s.example_nl if lang == "nl" else s.example_en for s in VOCABULARY]
    close = difflib.get_close_matches(text, examples, n=3, cutoff=0.3)
    hint = "; ".join(phrasings[examples.index(c)] for c in close) or "see poortwachter spec steps"
    raise UnknownStep(f"unknown step '{text}'. Nearest known: {hint}")


@dataclass
class ScenarioResult:
    feature: str
    name: str
    passed: bool
    message: str = ""
    failed_step: str = ""


def pickles(path: Path) -> list[dict[str, Any]]:
    text = path.read_text("utf-8")
    try:
        document = Parser().parse(TokenScanner(text))
    except Exception as exc:  # gherkin's own CompositeParserException and friends
        raise InputError.at(path, 0, 0, f"not valid Gherkin: {exc}") from None
    with_uri: Any = {**document, "uri": str(path)}
    compiled: Any = Compiler().compile(with_uri)
    return [dict(p) for p in compiled]


def run_pickle(path: Path, pickle: dict[str, Any], book: Rulebook) -> ScenarioResult:
    ctx = Context(base=path.parent, book=book)
    lang = pickle.get("language", "en")
    kind = "given"
    for step in pickle["steps"]:
        kind = KINDS.get(step.get("type", ""), kind)
        try:
            definition, args = match(step["text"], kind, lang)
            ACTIONS[definition.action](ctx, **args)
        except (StepFailure, UnknownStep, InputError) as exc:
            return ScenarioResult(path.name, pickle["name"], False, str(exc), step["text"])
    return ScenarioResult(path.name, pickle["name"], True)


def feature_files(paths: list[Path]) -> list[Path]:
    out: list[Path] = []
    for path in paths:
        out.extend(sorted(path.rglob("*.feature")) if path.is_dir() else [path])
    return out


def run_features(paths: list[Path], book: Rulebook | None = None) -> list[ScenarioResult]:
    book = book or load_rulebook()
    return [
        run_pickle(path, pickle, book) for path in feature_files(paths) for pickle in pickles(path)
    ]
