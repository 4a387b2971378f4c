"""Fuzzing every input door: rule and mapping YAML, profiles (YAML, JSON, JSONL), each XML
dialect, and the command-line arguments.

Each test damages valid seeds (tests/mutations.py) and runs the real command in-process with
exceptions let through, so any uncaught exception fails the test. A rejection must be exit
code 2 with a message that names the file (and a line, for problems inside a file), no
traceback, and no output file left behind.

Budget: POORTWACHTER_FUZZ_EXAMPLES examples per door (default 40, what CI runs). The release
check runs far more; see docs/fuzzing.md.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import re
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import Any

import click
import pytest
import yaml
from click.testing import CliRunner, Result
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from poortwachter.cli.main import main
from poortwachter.engine.gap import gap_report
from poortwachter.engine.readers.detect import read_document
from poortwachter.engine.rulebook import Rulebook, load_rulebook

from .conftest import FIXTURES, SHARED
from .mutations import TRICKY_TEXT, damaged_bytes, damaged_tree, damaged_xml, pruned

pytestmark = pytest.mark.fuzz

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = int(os.environ.get("POORTWACHTER_FUZZ_EXAMPLES", "40"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
RULEBOOK = FIXTURES / "valid"
PROFILES = sorted((ROOT / "examples" / "profiles").glob("*.yaml"))
CORPUS = SHARED / "corpus"
XML_SEEDS = {
    "bwb-wetgeving": CORPUS / "bwb" / "BWBR0024282.xml",
    "bwb-toestand": CORPUS / "bwb" / "BWBR0015703_2026-01-01_0.xml",
    "op": ROOT / "examples" / "bills" / "wetsvoorstel-implementatie.xml",
    "stop": CORPUS / "stop" / "Wijzigingsbesluit.xml",
    "akn": CORPUS / "akn" / "DIR-cmcxketrh00ca8x00qxqd29bn-en.xml",
    "formex": CORPUS / "formex" / "L_202400903EN.000101.fmx.xml",
}
# file:line:col: error: ... (a problem of the whole file, such as an empty one, has no line)
LOCATED = re.compile(r"^[^\n]+?(:\d+(:\d+)?)?: (error|warning): ")


def _snapshot() -> dict[str, bytes]:
    folders = (ROOT / "examples", FIXTURES, ROOT / "features", ROOT / "rules", ROOT / "mappings")
    return {str(p): p.read_bytes() for f in folders for p in sorted(f.rglob("*")) if p.is_file()}


@pytest.fixture(autouse=True, scope="module")
def checkout_untouched() -> Iterator[None]:
    """Regression: an early argument fuzzer let '-o' overwrite the example bill."""
    before = _snapshot()
    yield
    assert _snapshot() == before, "the fuzz tests changed files in the checkout"


@contextmanager
def workdir() -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix="pw-fuzz-") as name:
        yield Path(name)


def invoke(*args: str) -> Result:
    """The real command; an uncaught exception propagates and fails the test."""
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def assert_clean(result: Result, file: Path, allowed: tuple[int, ...] = (0, 1, 2)) -> None:
    """Exit code allowed; on rejection, messages that name the file and no traceback."""
    assert result.exit_code in allowed, (result.exit_code, result.output)
    assert "Traceback" not in result.output
    if result.exit_code == 2:
        assert file.name in result.stderr, result.stderr
        for line in result.stderr.splitlines():
            if line.startswith(str(file)):
                assert LOCATED.match(line), f"not file:line: severity: message: {line!r}"


def _yaml_variants(seed: Path) -> st.SearchStrategy[bytes]:
    raw = seed.read_bytes()
    tree = yaml.safe_load(raw)
    return st.one_of(
        damaged_bytes(raw),
        damaged_tree(tree).map(lambda t: yaml.safe_dump(t, allow_unicode=True).encode()),
    )


# -- rule and mapping YAML -------------------------------------------------------------------


@FUZZ
@given(
    data=st.data(), name=st.sampled_from(["instrument.yaml", "obligations.yaml", "mappings.yaml"])
)
def test_rule_and_mapping_files(data: st.DataObject, name: str) -> None:
    content = data.draw(_yaml_variants(RULEBOOK / name))
    with workdir() as tmp:
        book = tmp / "book"
        shutil.copytree(RULEBOOK, book)
        (book / name).write_bytes(content)
        for command in (["rules", "check"], ["rules", "coverage"], ["deadlines"]):
            result = invoke(*command, "--rules", str(book))
            assert_clean(result, book / name)
            if command == ["rules", "check"] and result.exit_code == 1:
                assert any(LOCATED.match(line) for line in result.output.splitlines())


# -- profiles ----------------------------------------------------------------------------


def _profile_variants() -> st.SearchStrategy[tuple[str, bytes]]:
    seeds = [yaml.safe_load(p.read_bytes()) for p in PROFILES]

    def as_json(tree: object) -> bytes:
        return json.dumps(tree, default=str, ensure_ascii=False).encode()

    tree = st.sampled_from(seeds).flatmap(damaged_tree)
    jsonl = st.lists(
        st.one_of(
            tree.map(as_json), st.sampled_from(seeds).map(as_json), TRICKY_TEXT.map(str.encode)
        ),
        min_size=1,
        max_size=4,
    ).map(lambda lines: b"\n".join(lines) + b"\n")
    return st.one_of(
        st.sampled_from(PROFILES)
        .flatmap(lambda p: damaged_bytes(p.read_bytes()))
        .map(lambda b: ("profile.yaml", b)),
        tree.map(lambda t: ("profile.yaml", yaml.safe_dump(t, allow_unicode=True).encode())),
        tree.map(lambda t: ("profile.json", as_json(t))),
        jsonl.map(lambda b: ("profiles.jsonl", b)),
    )


@FUZZ
@given(variant=_profile_variants(), fmt=st.sampled_from(["json", "text", "md", "html", "jsonl"]))
def test_profiles(variant: tuple[str, bytes], fmt: str) -> None:
    name, content = variant
    with workdir() as tmp:
        profile, report = tmp / name, tmp / "report.out"
        profile.write_bytes(content)
        result = invoke(
            "assess", str(profile), "--rules", str(RULEBOOK), "--as-of", "2027-07-10",
            "--format", fmt, "-o", str(report),
        )  # fmt: skip
        assert_clean(result, profile)
        assert report.exists() is (result.exit_code != 2)  # no report from bad input
        if result.exit_code != 2 and fmt in ("json", "jsonl"):
            last = report.read_text("utf-8").splitlines()[-1] if fmt == "jsonl" else None
            assert "receipt" in json.loads(last or report.read_text("utf-8"))


# -- legal XML -------------------------------------------------------------------------------


def _xml_seed(dialect: str) -> bytes:
    path = XML_SEEDS[dialect]
    if not path.is_file():
        pytest.skip(f"{path} is not here (../shared/corpus beside the checkout)")
    return pruned(path.read_bytes())


AS_OF = dt.date(2027, 7, 10)


@cache
def bundled() -> Rulebook:
    return load_rulebook()


@pytest.mark.parametrize("dialect", sorted(XML_SEEDS))
def test_xml_seed_reads(dialect: str, tmp_path: Path) -> None:
    seed = tmp_path / "seed.xml"
    seed.write_bytes(_xml_seed(dialect))
    result = invoke("gap", str(seed), "--rules", str(RULEBOOK), "--format", "json")
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize("dialect", sorted(XML_SEEDS))
def test_xml_documents(dialect: str) -> None:
    seed = _xml_seed(dialect)

    @FUZZ
    @given(content=st.one_of(damaged_xml(seed), damaged_bytes(seed)))
    def fuzz(content: bytes) -> None:
        with workdir() as tmp:
            document, report = tmp / f"{dialect}.xml", tmp / "gap.md"
            document.write_bytes(content)
            result = invoke(
                "gap", str(document), "--rules", str(RULEBOOK), "--as-of", "2027-07-10",
                "-o", str(report),
            )  # fmt: skip
            assert_clean(result, document, allowed=(0, 2))
            assert report.exists() is (result.exit_code == 0)
            if result.exit_code == 0:  # the same document against the full rulebook
                rows = gap_report(bundled(), [read_document(document)], AS_OF, None)
                assert len(rows) == len(bundled().obligation_by_id)

    fuzz()


# -- command-line arguments --------------------------------------------------------------------
# Arguments are drawn from each command's own click definition (its options, their choices,
# dates, paths, flags), mixed with junk, so most runs get past the parser and into the command.


def _commands(group: click.Group, prefix: tuple[str, ...] = ()) -> dict[tuple[str, ...], Any]:
    found: dict[tuple[str, ...], Any] = {prefix: group}
    for name, command in group.commands.items():
        if isinstance(command, click.Group):
            found.update(_commands(command, (*prefix, name)))
        else:
            found[(*prefix, name)] = command
    return found


COMMANDS = _commands(main)
JUNK = st.one_of(
    st.sampled_from(["--bogus", "-", "--", "-x", "--format=", "--as-of", "nl", "AMLD6", "wwft"]),
    TRICKY_TEXT.filter(lambda t: "\x00" not in t),
)
PLACES = ["PROFILE", "JSONL", "BILL", "RULEBOOK", "MISSING", "DIR", "OUT", "FEATURE"]


def _value(param: click.Parameter) -> st.SearchStrategy[str]:
    kind = param.type
    if isinstance(kind, click.Choice):
        valid = st.sampled_from([str(c) for c in kind.choices])
        return st.one_of(valid, valid, valid, JUNK)
    if isinstance(kind, click.DateTime):
        dates = ["2026-11-29", "2027-07-10", "2029-07-10", "2027-02-30", "10-07-2027", "0001-01-01"]
        return st.sampled_from(dates)
    if isinstance(kind, click.Path):
        if not kind.file_okay:  # --rules, --mappings: mostly the small rulebook
            return st.sampled_from(["RULEBOOK", "RULEBOOK", "RULEBOOK", "DIR", "MISSING", "BILL"])
        return st.sampled_from(PLACES)
    ids = ["AMLD6", "CONF", "AMLR", "TFR", "DEMO", "AMLR-19-1", "AMLD6-24-1", "DEMO-2-2", "nope"]
    return st.one_of(st.sampled_from(ids), JUNK)


@st.composite
def arguments(draw: st.DrawFn) -> list[str]:
    path = draw(st.sampled_from(sorted(COMMANDS)))
    command = COMMANDS[path]
    args = list(path)
    if isinstance(command, click.Group):
        return args + draw(st.lists(JUNK, max_size=2))
    for param in command.params:
        if not param.required and not draw(st.booleans()):
            continue
        if isinstance(param, click.Argument):
            count = param.nargs if param.nargs > 0 else draw(st.integers(1, 3))
            args += [draw(_value(param)) for _ in range(count)]
        elif isinstance(param, click.Option):
            args.append(draw(st.sampled_from(param.opts)))
            if not param.is_flag:
                args += [draw(_value(param)) for _ in range(max(param.nargs, 1))]
    if draw(st.integers(0, 3)) == 0:
        args.insert(draw(st.integers(0, len(args))), draw(JUNK))
    return args


@FUZZ
@given(drawn=arguments())
def test_command_line_arguments(drawn: list[str]) -> None:
    # every file the command may read or write is a copy in a fresh folder, which is also the
    # working directory: --interactive saves the profile, -o writes anywhere it is told
    with workdir() as tmp, contextlib.chdir(tmp):
        bank = yaml.safe_load((FIXTURES / "profiles" / "bank.yaml").read_text("utf-8"))
        (tmp / "profiles.jsonl").write_text(json.dumps(bank, default=str) + "\n")
        shutil.copy(FIXTURES / "profiles" / "bank.yaml", tmp / "bank.yaml")
        shutil.copy(
            ROOT / "examples" / "bills" / "wetsvoorstel-implementatie.xml", tmp / "bill.xml"
        )
        shutil.copy(ROOT / "features" / "amla" / "cash_limit.feature", tmp / "cash.feature")
        shutil.copytree(RULEBOOK, tmp / "book")
        places = {
            "PROFILE": str(tmp / "bank.yaml"),
            "JSONL": str(tmp / "profiles.jsonl"),
            "BILL": str(tmp / "bill.xml"),
            "RULEBOOK": str(tmp / "book"),
            "MISSING": str(tmp / "missing.yaml"),
            "DIR": str(tmp),
            "OUT": str(tmp / "out.txt"),
            "FEATURE": str(tmp / "cash.feature"),
        }
        args = [places.get(a, a) for a in drawn]
        if "--rules" not in args and drawn[:1] in (["assess"], ["gap"], ["transposition-table"]):
            args += ["--rules", places["RULEBOOK"]]  # the small rulebook keeps the budget
        result = CliRunner().invoke(main, args, catch_exceptions=False, input="")
        event(f"exit {result.exit_code}")
        event((result.stderr.strip().splitlines() or [""])[-1][:50])
        assert result.exit_code in (0, 1, 2), (args, result.exit_code, result.output)
        assert "Traceback" not in result.output, args
        if result.exit_code == 2:
            assert result.stderr.strip(), args  # a rejection always says why
