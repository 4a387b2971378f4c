"""Run the benchmarks and print a Markdown report: ``python -m bench [--smoke]``.

Every number in one report comes from the same run on the same machine; ratios compare
measurements of that run only. Times are medians of ``--repeat`` runs, wall clock, whole
process where the command line is measured (interpreter start-up included).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from . import generate

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SV_2012 = SHARED / "corpus" / "bwb" / "BWBR0001903.xml"  # Wetboek van Strafvordering, 1.4 MB
PROFILE = ROOT / "examples" / "profiles" / "car_dealer.yaml"
AS_OF = "2027-07-10"


@dataclass
class Report:
    rows: list[tuple[str, str, str]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def add(self, what: str, result: str, target: str = "") -> None:
        self.rows.append((what, result, target))
        print(f"  {what}: {result}", file=sys.stderr, flush=True)

    def markdown(self, header: list[str]) -> str:
        lines = [*header, "", "| measurement | result | target |", "| --- | --- | --- |"]
        lines += [f"| {a} | {b} | {c} |" for a, b, c in self.rows]
        if self.notes:
            lines += ["", *[f"- {n}" for n in self.notes]]
        return "\n".join(lines) + "\n"


def command() -> list[str]:
    installed = Path(sys.executable).with_name("poortwachter")
    return [str(installed)] if installed.exists() else [sys.executable, "-m", "poortwachter.cli"]


def wall(args: list[str], env: dict[str, str] | None = None) -> float:
    start = time.perf_counter()
    done = subprocess.run(
        args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, check=False
    )
    elapsed = time.perf_counter() - start
    if done.returncode not in (0, 1):
        raise SystemExit(f"benchmark command failed ({done.returncode}): {' '.join(args)}")
    return elapsed


def median(repeat: int, run: Callable[[], float]) -> float:
    return statistics.median(run() for _ in range(repeat))


def tree_rss_kb(pid: int) -> int:
    """Resident memory of a process and all its descendants, from /proc (Linux)."""
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            status = (entry / "status").read_text()
        except OSError:
            continue
        fields = dict(line.split(":", 1) for line in status.splitlines() if ":" in line)
        parents[int(entry.name)] = int(fields.get("PPid", "0").strip())
        rss[int(entry.name)] = int(fields.get("VmRSS", "0 kB").split()[0])
    tree, frontier = {pid}, [pid]
    while frontier:
        parent = frontier.pop()
        children = [p for p, pp in parents.items() if pp == parent and p not in tree]
        tree.update(children)
        frontier += children
    return sum(rss.get(p, 0) for p in tree)


def batch(args: list[str]) -> tuple[float, list[tuple[float, int]]]:
    """Wall time of a batch run and (seconds, resident kB of the process tree) samples."""
    samples: list[tuple[float, int]] = []
    start = time.perf_counter()
    process = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    stop = threading.Event()

    def sample() -> None:
        while not stop.wait(0.25):
            samples.append((time.perf_counter() - start, tree_rss_kb(process.pid)))

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    code = process.wait()
    elapsed = time.perf_counter() - start
    stop.set()
    sampler.join()
    if code not in (0, 1):
        raise SystemExit(f"batch run failed ({code}): {' '.join(args)}")
    return elapsed, samples


def memory_profile(samples: list[tuple[float, int]]) -> str:
    if len(samples) < 4:
        return "run too short to sample"
    quarter = len(samples) // 4
    first = max(kb for _, kb in samples[:quarter])
    last = max(kb for _, kb in samples[-quarter:])
    peak = max(kb for _, kb in samples)
    return (
        f"{first / 1024:.0f} MB in the first quarter, {last / 1024:.0f} MB in the last, "
        f"peak {peak / 1024:.0f} MB ({len(samples)} samples)"
    )


def engine_against_reference(count: int, repeat: int, seed: int) -> tuple[float, float, int]:
    """Seconds per profile for Engine.evaluate and for the reference evaluator, and the
    number of profiles on which they disagree (must be 0)."""
    sys.path.insert(0, str(ROOT))
    from poortwachter.engine.engine import Engine
    from poortwachter.engine.facts import flatten
    from poortwachter.engine.model import Profile
    from poortwachter.engine.rulebook import load_rulebook
    from tests import reference  # the plain-Python evaluator the tests trust

    book = load_rulebook()
    day = dt.date.fromisoformat(AS_OF)
    engine = Engine(book, day)
    facts = [
        flatten(Profile.model_validate_json(json.dumps(p))) for p in generate.profiles(seed, count)
    ]

    def timed(evaluate: Callable[[dict[str, object]], object]) -> float:
        def once() -> float:
            start = time.perf_counter()
            for values in facts:
                evaluate(values)
            return (time.perf_counter() - start) / len(facts)

        return median(repeat, once)

    durable = timed(engine.evaluate)
    plain = timed(lambda values: reference.evaluate_book(book, values, day))
    disagree = 0
    for values in facts:
        result = engine.evaluate(values)
        expected = reference.evaluate_book(book, values, day)
        disagree += (result.derived, result.applies, result.met) != expected
    return durable, plain, disagree


def machine() -> list[str]:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return [
        f"Machine: {cpu}, {os.cpu_count()} cores, {platform.system()} {platform.release()}; "
        f"Python {platform.python_version()}.",
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--smoke", action="store_true", help="tiny sizes, one repetition (CI)")
    parser.add_argument("--profiles", type=int, help="batch size (default 100000; smoke 2000)")
    parser.add_argument("--repeat", type=int, help="runs per median (default 5; smoke 1)")
    parser.add_argument("--seed", type=int, default=20270710)
    parser.add_argument("--jobs", type=int, default=2, help="processes for the batch run")
    parser.add_argument("-o", "--output", type=Path, help="also write the report here")
    options = parser.parse_args(argv)
    repeat = options.repeat or (1 if options.smoke else 5)
    size = options.profiles or (2_000 if options.smoke else 100_000)
    cli = command()
    report = Report()
    work = Path(tempfile.mkdtemp(prefix="poortwachter-bench-"))
    env = {**os.environ, "POORTWACHTER_CACHE_DIR": str(work / "cache")}
    cold_env = {**env, "POORTWACHTER_CACHE": "off"}
    try:
        print("single profile, whole process", file=sys.stderr)
        single = [*cli, "assess", str(PROFILE), "--as-of", AS_OF, "--format", "json"]
        python_only = median(repeat, lambda: wall([sys.executable, "-c", "pass"], env))
        wall(single, env)  # fills the rulebook cache
        warm = median(repeat, lambda: wall(single, env))
        cold = median(repeat, lambda: wall(single, cold_env))
        report.add(
            "`assess` one profile, whole process (rulebook cache filled)",
            f"{warm:.3f} s",
            "< 0.5 s",
        )
        report.add("`assess` one profile, whole process, cache off", f"{cold:.3f} s", "")
        report.add("ratio cache off / cache filled", f"{cold / warm:.2f}x", "")
        report.add("Python start-up alone (`python -c pass`)", f"{python_only:.3f} s", "")

        print("gap report", file=sys.stderr)
        bill = work / "bill.xml"
        bill.write_text(generate.bill(options.seed, 8, 12), encoding="utf-8")
        example = ROOT / "examples" / "bills" / "wetsvoorstel-implementatie.xml"
        if SV_2012.is_file():
            sv_gap = [
                *cli,
                "gap",
                str(SV_2012),
                str(example),
                "--as-of",
                AS_OF,
                "-o",
                str(work / "gap.md"),
            ]
            report.add(
                "`gap` Sv 2012 (1.4 MB) + example bill, whole process",
                f"{median(repeat, lambda: wall(sv_gap, env)):.3f} s",
                "< 2 s",
            )
        else:
            report.notes.append(f"{SV_2012} is not here: the Sv gap report was not measured.")
        generated_gap = [
            *cli,
            "gap",
            str(bill),
            str(example),
            "--as-of",
            AS_OF,
            "-o",
            str(work / "gap2.md"),
        ]
        report.add(
            "`gap` generated bill (96 articles) + example bill, whole process",
            f"{median(repeat, lambda: wall(generated_gap, env)):.3f} s",
            "",
        )

        print(f"batch of {size} generated profiles", file=sys.stderr)
        profiles = generate.write_profiles(work / "profiles.jsonl", options.seed, size)
        runs = {}
        for jobs in sorted({1, options.jobs}):
            args = [*cli, "assess", str(profiles), "--as-of", AS_OF, "--format", "jsonl",
                    "-j", str(jobs), "-o", str(work / f"out-{jobs}.jsonl")]  # fmt: skip
            runs[jobs] = batch(args)
        if (
            len(runs) > 1
            and (work / "out-1.jsonl").read_bytes()
            != (work / f"out-{options.jobs}.jsonl").read_bytes()
        ):
            raise SystemExit("the batch output depends on the number of processes")
        for jobs, (elapsed, samples) in runs.items():
            report.add(
                f"batch `assess --format jsonl -j {jobs}`, {size} profiles",
                f"{size / elapsed:,.0f} profiles/s ({elapsed:.1f} s)",
                ">= 2,000 profiles/s" if jobs == options.jobs else "",
            )
            report.add(
                f"resident memory, `-j {jobs}` (all processes)", memory_profile(samples), "flat"
            )
        if len(runs) > 1:
            report.add(
                f"ratio `-j {options.jobs}` / `-j 1` throughput",
                f"{runs[1][0] / runs[options.jobs][0]:.2f}x",
                "",
            )

        print("durable_rules against the reference evaluator", file=sys.stderr)
        count = 300 if options.smoke else 5_000
        durable, plain, disagree = engine_against_reference(count, repeat, options.seed)
        if disagree:
            raise SystemExit(f"the engine and the reference disagree on {disagree} profiles")
        report.add(
            f"`Engine.evaluate`, per profile ({count} profiles)", f"{durable * 1e6:.0f} µs", ""
        )
        report.add(
            "reference evaluator (tests/reference.py), per profile", f"{plain * 1e6:.0f} µs", ""
        )
        report.add("ratio durable_rules / reference", f"{durable / plain:.1f}x", "within 5x")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    header = [
        f"Run {dt.datetime.now().strftime('%Y-%m-%d %H:%M')}"
        f"{' (smoke)' if options.smoke else ''}: `python -m bench"
        f"{' --smoke' if options.smoke else ''}`, seed {options.seed}, "
        f"median of {repeat}.",
        *machine(),
    ]
    text = report.markdown(header)
    print(text)
    if options.output:
        options.output.write_text(text, encoding="utf-8")
    return 0
