"""Benchmark the pre-send check: emails per second over the labelled corpora, side by side with proselint.

Run it from the project root:  .venv/bin/python bench/check.py [--repeat R] [--cold-only]

First, cold: whole processes, as a user runs them on one email (the median-length labelled email, written to a
temp file), R times each and interleaved after a warm-up round: `python -c pass`, `followup --help` (the command
line's floor), a process that only builds Harper's linter (`Language()`), `followup check FILE` and
`proselint check FILE`. It prints their medians and `followup check`'s time against proselint's and against the
floor plus Harper's build. `--cold-only` stops there.

It loads every email of tests/data/checks/corpus and tests/data/checks/holdout (with docs/checks.py's
`cases`), then, in this one process: imports Harper and builds followup's `Language` once, imports proselint
(0.16, its Python API: `LintFile(name, text).lint(config)`), and measures the one-off costs in the order a
new process meets them. It runs each tool once over every email as a warm-up (the first pass, with cold
caches, is reported), then times R rounds (default 7). Each round runs the tools one after the other over
every email, interleaved so that machine noise hits all alike:

  full       followup's check with the email's context and Harper (what the editor would run)
  rules      followup's check without Harper (language=None): the rule-based part alone
  harper     Harper alone, Language().lints(text)
  proselint  proselint with its default checks
  keystroke  the full check on each email with one word cut short, as it is while being typed; a different
             word in each round, so that the text is new to Harper (it is much faster on text it has seen)

It prints Markdown tables: the median round per tool (total, emails/s, median, p95 and slowest per-email
latency, and the time against the full check), the one-off costs, what each tool catches on the labelled
emails (followup's recall per rule, whether proselint reported anything on those emails, and on the
labelled words themselves), proselint's findings on the clean emails, which of proselint's checks fired,
and the process's peak memory. Everything also goes to bench/results/check.json. See bench/README.md.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import importlib.util
import json
import os
import platform
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results" / "check.json"
KEYSTROKE_BUDGET_MS = 50.0
TOOLS = {
    "full": "followup check (context + Harper)",
    "rules": "followup check without Harper (rules alone)",
    "harper": "Harper alone (`Language().lints`)",
    "proselint": "proselint 0.16 (default checks)",
    "keystroke": "followup check (full), one word cut short",
}


def load_corpora() -> tuple[ModuleType, list[Any], dict[str, int], list[str]]:
    """docs/checks.py, loaded by path (docs/ is not a package), every email of both labelled sets, how many
    each set has, and each email's name with its set's ("holdout/037-...": both sets have a 037)."""
    spec = importlib.util.spec_from_file_location("followup_docs_checks", ROOT / "docs" / "checks.py")
    assert spec is not None and spec.loader is not None
    corpus = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = corpus  # dataclasses look their module up while the file runs
    spec.loader.exec_module(corpus)
    sets = {"corpus": corpus.cases(corpus.CORPUS), "holdout": corpus.cases(corpus.HOLDOUT)}
    return (corpus, [case for found in sets.values() for case in found], {name: len(f) for name, f in sets.items()},
            [f"{name}/{case.name}" for name, found in sets.items() for case in found])


def cut_short(text: str, index: int, round_: int) -> str:
    """`text` with one word of the body cut short, as it is while being typed: which word and where it is cut
    depend on the email and the round, so every round checks texts that are new to Harper."""
    body = text.find("\n\n") + 2 if re.match(r"(?:To|Subject):", text) else 0
    words = list(re.finditer(r"[a-z]{6,}", text[body:]))
    if not words:
        return text
    word = words[(index * 7 + round_ * 13) % len(words)]
    keep = 2 + (index + round_) % (len(word.group()) - 2)  # 2 .. len-1 letters
    return text[:body + word.start() + keep] + text[body + word.end():]


# -- the measurements ---------------------------------------------------------------------------------------

def seconds(action: Callable[[], Any]) -> tuple[float, Any]:
    started = time.perf_counter()
    result = action()
    return time.perf_counter() - started, result


def each(action: Callable[[int], Any], count: int) -> tuple[list[float], list[Any]]:
    """Runs `action` on every email index, timing each call; returns the times and the results."""
    clock = time.perf_counter
    times, results = [], []
    for index in range(count):
        started = clock()
        results.append(action(index))
        times.append(clock() - started)
    return times, results


@dataclass(frozen=True)
class Timing:
    name: str
    rounds: list[list[float]]  # per round, seconds per email

    @property
    def totals(self) -> list[float]:
        return [sum(r) for r in self.rounds]

    @property
    def median(self) -> float:
        return statistics.median(self.totals)

    @property
    def per_email_ms(self) -> list[float]:
        """Each email's median time over the rounds, in milliseconds."""
        return [statistics.median(times) * 1000 for times in zip(*self.rounds, strict=True)]

    def latency(self) -> dict[str, float]:
        ms = sorted(self.per_email_ms)
        return {"median_ms": statistics.median(ms), "p95_ms": percentile(ms, 95), "max_ms": ms[-1],
                "over_budget": sum(m > KEYSTROKE_BUDGET_MS for m in ms)}


def percentile(sorted_values: Sequence[float], pct: float) -> float:
    """Linear interpolation between closest ranks (numpy's default)."""
    rank = (len(sorted_values) - 1) * pct / 100
    low = int(rank)
    high = min(low + 1, len(sorted_values) - 1)
    return sorted_values[low] + (sorted_values[high] - sorted_values[low]) * (rank - low)


@contextlib.contextmanager
def stdout_to_stderr() -> Iterator[None]:
    """harper-py 0.2.0 prints debug lines to the process's standard output (for example
    "gerund_form: -hearing- -- verb: -hear-" on "looking forward to hear about"): send them to standard error,
    so that standard output holds only the report."""
    sys.stdout.flush()
    saved = os.dup(1)
    os.dup2(2, 1)
    try:
        yield
    finally:
        os.dup2(saved, 1)
        os.close(saved)


def peak_rss_mb() -> float:
    """The process's peak resident memory so far (Linux reports kilobytes)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


Prose = Callable[[str], list[Any]]


def one_offs(corpus: ModuleType, cases: Sequence[Any],
             names: Sequence[str]) -> tuple[dict[str, Any], Any, Prose, dict[str, list[Any]]]:
    """The costs a new process pays once, in the order it meets them, and the first (cold) pass of each tool
    over every email. Returns them, the built Language, proselint's lint function and the cold passes'
    findings."""
    once: dict[str, Any] = {"rss_start_mb": peak_rss_mb()}
    first: dict[str, list[Any]] = {}
    once["import_harper_s"], _ = seconds(lambda: importlib.import_module("harper"))
    once["build_language_s"], language = seconds(corpus.Language)  # includes its own one-word warm-up lint
    once["rss_built_mb"] = peak_rss_mb()
    times, first["full"] = each(lambda i: corpus.check(cases[i].text, cases[i].context, language=language),
                                len(cases))
    once["first_check_s"], once["cold_pass_full_s"] = times[0], sum(times)
    once["cold_pass_full_per_email_ms"] = statistics.median(times) * 1000
    once["cold_pass_full_p95_ms"] = percentile(sorted(times), 95) * 1000
    once["cold_pass_full_max_ms"] = max(times) * 1000
    once["cold_pass_full_slowest"] = names[times.index(max(times))]
    once["rss_full_pass_mb"] = peak_rss_mb()

    def import_proselint() -> tuple[Any, Any]:
        from proselint.checks import __register__
        from proselint.config import DEFAULT
        from proselint.registry import CheckRegistry
        from proselint.tools import LintFile

        CheckRegistry().register_many(__register__)  # what its command line does once; it appends
        return LintFile, DEFAULT

    once["import_proselint_s"], (lint_file, config) = seconds(import_proselint)

    def proselint(text: str) -> list[Any]:
        # The config is proselint's default, not load_from(), which would read ~/.proselintrc.json and others.
        return lint_file("<email>", text).lint(config)

    times, first["proselint"] = each(lambda i: proselint(cases[i].text), len(cases))
    once["first_proselint_s"], once["cold_pass_proselint_s"] = times[0], sum(times)
    once["cold_pass_proselint_per_email_ms"] = statistics.median(times) * 1000
    once["rss_proselint_mb"] = peak_rss_mb()
    return once, language, proselint, first


def measure(corpus: ModuleType, cases: Sequence[Any], language: Any, proselint: Callable[[str], list[Any]],
            repeat: int) -> dict[str, Timing]:
    n = len(cases)
    edited = [[cut_short(c.text, i, r) for i, c in enumerate(cases)] for r in range(repeat + 1)]
    actions: dict[str, Callable[[int, int], Any]] = {
        "full": lambda i, _: corpus.check(cases[i].text, cases[i].context, language=language),
        "rules": lambda i, _: corpus.check(cases[i].text, cases[i].context),
        "harper": lambda i, _: language.lints(cases[i].text),
        "proselint": lambda i, _: proselint(cases[i].text),
        "keystroke": lambda i, r: corpus.check(edited[r][i], cases[i].context, language=language),
    }
    for action in actions.values():  # the warm-up round (the keystroke edits of round `repeat`)
        each(for_round(action, repeat), n)
    rounds: dict[str, list[list[float]]] = {name: [] for name in actions}
    for r in range(repeat):
        for name, action in actions.items():
            rounds[name].append(each(for_round(action, r), n)[0])
        print(f"  round {r + 1}/{repeat}: " + ", ".join(f"{name} {sum(rounds[name][-1]):.2f} s" for name in actions),
              file=sys.stderr, flush=True)
    return {name: Timing(name, runs) for name, runs in rounds.items()}


def for_round(action: Callable[[int, int], Any], round_: int) -> Callable[[int], Any]:
    return lambda index: action(index, round_)


# -- what each catches --------------------------------------------------------------------------------------

def catches(corpus: ModuleType, cases: Sequence[Any], full: Sequence[Any], prose: Sequence[Any]) -> dict[str, Any]:
    """Per rule: the labelled emails, how many followup flagged with that rule (its recall), how many got any
    proselint finding, and how many got a proselint finding on the labelled words themselves (for rules whose
    labels name the words). Then the clean emails, and proselint's checks that fired."""
    rules: dict[str, dict[str, Any]] = {}
    for rule in corpus.RULES:
        labelled = [i for i, c in enumerate(cases) if rule in c.expect]
        with_spans = [i for i in labelled if labelled_spans(cases[i], rule)]
        on_words = {i: [r.check_result.check_path for r in prose[i] if overlaps(r, labelled_spans(cases[i], rule))]
                    for i in with_spans}
        rules[rule] = {
            "labelled": len(labelled),
            "followup_flagged": sum(any(f.rule == rule for f in full[i]) for i in labelled),
            "proselint_any": sum(bool(prose[i]) for i in labelled),
            "with_spans": len(with_spans),
            "proselint_on_words": sum(bool(paths) for paths in on_words.values()),
            "proselint_on_words_checks": sorted({path for paths in on_words.values() for path in paths}),
        }
    clean = [i for i, c in enumerate(cases) if not c.expect]
    fired: Counter[str] = Counter()
    emails: dict[str, set[int]] = {}
    on_clean: Counter[str] = Counter()
    example: dict[str, str] = {}
    for i, found in enumerate(prose):
        for r in found:
            path = r.check_result.check_path
            fired[path] += 1
            emails.setdefault(path, set()).add(i)
            on_clean[path] += not cases[i].expect
            start, end = r.check_result.span
            example.setdefault(path, cases[i].text[start - 1:end - 1].strip())
    return {
        "rules": rules,
        "clean": {"emails": len(clean), "followup_emails_flagged": sum(bool(full[i]) for i in clean),
                  "followup_findings": sum(len(full[i]) for i in clean),
                  "proselint_emails_flagged": sum(bool(prose[i]) for i in clean),
                  "proselint_findings": sum(len(prose[i]) for i in clean)},
        "all": {"emails": len(cases), "followup_findings": sum(map(len, full)),
                "proselint_findings": sum(map(len, prose)), "proselint_emails_flagged": sum(map(bool, prose))},
        "proselint_checks": {path: {"findings": count, "emails": len(emails[path]), "on_clean": on_clean[path],
                                    "example": example[path]}
                             for path, count in fired.most_common()},
    }


def labelled_spans(case: Any, rule: str) -> list[tuple[int, int]]:
    """The character offsets of the words labelled with `rule` (each occurs once in the email)."""
    return [(case.text.index(text), case.text.index(text) + len(text)) for r, text in case.spans if r == rule]


def overlaps(result: Any, spans: Sequence[tuple[int, int]]) -> bool:
    start, end = (offset - 1 for offset in result.check_result.span)  # proselint pads the text with a "\n"
    return any(start < e and s < end for s, e in spans)


# -- the report ---------------------------------------------------------------------------------------------

def markdown(timings: dict[str, Timing], once: dict[str, Any], caught: dict[str, Any], n: int) -> str:
    full = timings["full"].median
    lines = [f"| tool | total over {n} emails (ms) | emails/s | median per email (ms) | p95 (ms) | slowest (ms) "
             f"| emails over {KEYSTROKE_BUDGET_MS:.0f} ms | time / full check |",
             "|---|---:|---:|---:|---:|---:|---:|---:|"]
    for name, t in timings.items():
        lat = t.latency()
        lines.append(f"| {TOOLS[name]} | {t.median * 1000:,.0f} | {n / t.median:,.0f} | {lat['median_ms']:.2f} | "
                     f"{lat['p95_ms']:.2f} | {lat['max_ms']:.1f} | {lat['over_budget']} | {t.median / full:.2f}x |")
    lines += ["", "| once per process | ms |", "|---|---:|",
              f"| import `harper` | {once['import_harper_s'] * 1000:.1f} |",
              "| build the linter, `Language()` (with its one-word warm-up lint) | "
              f"{once['build_language_s'] * 1000:.0f} |",
              f"| the first check with Harper (first email) | {once['first_check_s'] * 1000:.0f} |",
              f"| the first pass of the full check over all {n} emails (cold caches; per email median "
              f"{once['cold_pass_full_per_email_ms']:.1f} ms, p95 {once['cold_pass_full_p95_ms']:.1f} ms, slowest "
              f"{once['cold_pass_full_max_ms']:.0f} ms, `{once['cold_pass_full_slowest']}`) | "
              f"{once['cold_pass_full_s'] * 1000:,.0f} |",
              f"| import proselint and register its checks | {once['import_proselint_s'] * 1000:.1f} |",
              f"| proselint's first run (first email) | {once['first_proselint_s'] * 1000:.1f} |",
              f"| proselint's first pass over all {n} emails (median per email "
              f"{once['cold_pass_proselint_per_email_ms']:.1f} ms) | {once['cold_pass_proselint_s'] * 1000:,.0f} |",
              "", "| peak resident memory of the process | MB |", "|---|---:|",
              f"| the corpora loaded, followup imported | {once['rss_start_mb']:.0f} |",
              f"| after building Harper's linter | {once['rss_built_mb']:.0f} |",
              f"| after the full check's first pass over every email | {once['rss_full_pass_mb']:.0f} |",
              f"| after importing proselint and its first pass | {once['rss_proselint_mb']:.0f} |"]
    lines += ["", "| rule | emails labelled | followup flagged it (recall) | proselint reported anything | "
              "proselint on the labelled words |", "|---|---:|---:|---:|---:|"]
    totals = Counter[str]()
    for rule, row in caught["rules"].items():
        totals.update({k: v for k, v in row.items() if isinstance(v, int)})
        words = f"{row['proselint_on_words']} of {row['with_spans']}" if row["with_spans"] else "-"
        if row["proselint_on_words_checks"]:
            words += " (" + ", ".join(f"`{c}`" for c in row["proselint_on_words_checks"]) + ")"
        recall = _ratio(row["followup_flagged"], row["labelled"])
        lines.append(f"| `{rule}` | {row['labelled']} | {row['followup_flagged']} ({recall}) "
                     f"| {row['proselint_any']} | {words} |")
    lines.append(f"| all labels | {totals['labelled']} | {totals['followup_flagged']} "
                 f"({_ratio(totals['followup_flagged'], totals['labelled'])}) | {totals['proselint_any']} | "
                 f"{totals['proselint_on_words']} of {totals['with_spans']} |")
    clean, every = caught["clean"], caught["all"]
    lines.append(f"| clean emails (false alarms) | {clean['emails']} | {clean['followup_emails_flagged']} emails, "
                 f"{clean['followup_findings']} findings | {clean['proselint_emails_flagged']} emails, "
                 f"{clean['proselint_findings']} findings | - |")
    lines += ["", f"In all, followup reported {every['followup_findings']} findings and proselint "
              f"{every['proselint_findings']} (on {every['proselint_emails_flagged']} of the {every['emails']} "
              "emails).",
              "", "| proselint check | findings | emails | on clean emails | for example |", "|---|---:|---:|---:|---|"]
    for path, row in caught["proselint_checks"].items():
        lines.append(f"| `{path}` | {row['findings']} | {row['emails']} | {row['on_clean']} | "
                     f"{row['example'].replace('|', '/')[:40]!r} |")
    return "\n".join(lines)


def _ratio(part: int, whole: int) -> str:
    return f"{part / whole:.2f}" if whole else "-"


# -- cold: whole processes, as a user runs them -----------------------------------------------------------

COLD_TARGET_S = 0.6  # issue 15: `followup check FILE`, cold, on this 2-core machine
BUILD_HARPER = "from followup.adapters.grammar import Language; Language()"


def script(name: str) -> str:
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        sys.exit(f"bench: cannot find the {name} command; install the project with its bench extra "
                 '(pip install -e ".[bench]")')
    return found


def children_cpu() -> float:
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def run_once(command: Sequence[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall and CPU seconds of one process; exit 0 or 1 (a check that found something) is a run, anything else
    stops the benchmark."""
    cpu = children_cpu()
    started = time.perf_counter()
    done = subprocess.run(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                          check=False)
    took = time.perf_counter() - started
    if done.returncode not in (0, 1):
        sys.exit(f"bench: {' '.join(command)} exited with {done.returncode}:\n{done.stderr}")
    return took, children_cpu() - cpu


def cold(cases: Sequence[Any], repeat: int) -> dict[str, Any]:
    """Every command `repeat` times, interleaved, after one warm-up round; the median email's text."""
    email = sorted(cases, key=lambda case: len(case.text))[len(cases) // 2]
    with tempfile.TemporaryDirectory(prefix="followup-bench-") as folder:
        message = Path(folder) / "message.txt"
        message.write_text(email.text, encoding="utf-8")
        (Path(folder) / "config.toml").write_text('[profile]\nname = "Alex Doe"\ntimezone = "UTC"\n')
        env = {**os.environ, "FOLLOWUP_DB": str(Path(folder) / "followup.db"),
               "FOLLOWUP_CONFIG": str(Path(folder) / "config.toml"), "HOME": folder}
        env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed copy has its bytecode written
        commands = {"python -c pass": [sys.executable, "-c", "pass"],
                    "followup --help": [script("followup"), "--help"],
                    "building Harper's linter alone": [sys.executable, "-c", BUILD_HARPER],
                    "followup check FILE": [script("followup"), "check", str(message)],
                    "proselint check FILE": [script("proselint"), "check", str(message)]}
        for command in commands.values():
            run_once(command, env)
        runs: dict[str, list[float]] = {name: [] for name in commands}
        cpu: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(repeat):
            for name, command in commands.items():
                wall, used = run_once(command, env)
                runs[name].append(wall)
                cpu[name].append(used)
    return {"email": email.name, "words": len(email.text.split()), "runs_s": runs, "cpu_s": cpu,
            "median_s": {name: statistics.median(times) for name, times in runs.items()},
            "cpu_median_s": {name: statistics.median(times) for name, times in cpu.items()}}


def cold_markdown(found: dict[str, Any]) -> str:
    median, cpu = found["median_s"], found["cpu_median_s"]
    prose, prose_cpu = median["proselint check FILE"], cpu["proselint check FILE"]
    lines = [f"Cold, one process each, on one email ({found['email']}, {found['words']} words):", "",
             "| command | median (ms) | min (ms) | / proselint | CPU median (ms) | CPU / proselint |",
             "|---|---:|---:|---:|---:|---:|"]
    for name, runs in found["runs_s"].items():
        lines.append(f"| `{name}` | {median[name] * 1000:.0f} | {min(runs) * 1000:.0f} | "
                     f"{median[name] / prose:.2f}x | {cpu[name] * 1000:.0f} | {cpu[name] / prose_cpu:.2f}x |")
    for label, times in (("wall", median), ("CPU", cpu)):
        floor = times["followup --help"] + times["building Harper's linter alone"] - times["python -c pass"]
        check = times["followup check FILE"]
        lines += ["", f"`followup check FILE` ({label}): {check:.2f} s (target {COLD_TARGET_S} s); the command "
                  f"line's floor plus Harper's build: {floor:.2f} s; above that: {(check - floor) * 1000:.0f} ms."]
    return "\n".join(lines)


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Time followup's pre-send check and proselint over the "
                                                 "labelled emails, in one process.")
    parser.add_argument("--repeat", type=int, default=7, help="timed rounds over every email (default 7)")
    parser.add_argument("--cold-only", action="store_true",
                        help="only the cold, whole-process comparison with proselint")
    args = parser.parse_args(argv)
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")
    return args


def main(argv: Sequence[str] | None = None) -> None:
    args = parse_args(argv)
    loaded, (corpus, cases, sizes, names) = seconds(load_corpora)
    if "harper" in sys.modules or "proselint" in sys.modules:
        sys.exit("bench: harper or proselint was imported before the one-off costs were measured")
    print(f"timing {args.repeat} cold runs of followup check FILE and proselint check FILE ...", file=sys.stderr,
          flush=True)
    started = cold(cases, args.repeat)
    print(cold_markdown(started), flush=True)
    if args.cold_only:
        RESULTS.parent.mkdir(parents=True, exist_ok=True)
        RESULTS.with_name("check-cold.json").write_text(json.dumps(started, indent=2) + "\n", encoding="utf-8")
        return
    print(f"\n{len(cases)} emails ({sizes['corpus']} in corpus/, {sizes['holdout']} in holdout/) loaded in "
          f"{loaded:.2f} s; timing {args.repeat} rounds of each tool ...", file=sys.stderr, flush=True)
    with stdout_to_stderr():
        once, language, proselint, first = one_offs(corpus, cases, names)
        timings = measure(corpus, cases, language, proselint, args.repeat)
    caught = catches(corpus, cases, first["full"], first["proselint"])
    n = len(cases)
    results = {
        "measured_at": datetime.now().astimezone().isoformat(timespec="seconds"),
        "machine": {"nproc": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform()},
        "settings": {"repeat": args.repeat, "keystroke_budget_ms": KEYSTROKE_BUDGET_MS},
        "data": {"emails": n, **sizes, "load_s": loaded},
        "tools": {name: {"label": TOOLS[name], "median_s": t.median, "emails_per_s": n / t.median,
                         "per_full_check": t.median / timings["full"].median, **t.latency(), "totals_s": t.totals,
                         "per_email_ms": dict(zip(names, t.per_email_ms, strict=True))}
                  for name, t in timings.items()},
        "once": once,
        "catches": caught,
        "cold": started,
    }
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(markdown(timings, once, caught, n))
    slow = sorted(zip(timings["keystroke"].per_email_ms, names, strict=True), reverse=True)[:3]
    print(f"\nnproc {os.cpu_count()}, Python {platform.python_version()}; slowest keystroke checks: "
          + ", ".join(f"{name} {ms:.0f} ms" for ms, name in slow) + f". Results: {RESULTS}")


if __name__ == "__main__":
    main()
