"""Benchmark `followup today`: the cold wall time of the real command on a database of N interviews.

Run it from the project root:  .venv/bin/python bench/today.py [--count N] [--repeat R] [--seed S]

It builds the database in a temp folder with followup's own store, then runs, R times and interleaved,
`python -c pass` (the baseline), todoman's `todo list` on a one-task list (the yardstick), `followup --help` and
`followup today`, each as a new process, and prints a Markdown table of medians and minimums with ratios against
the baseline and against `todo list`. The results also go to
bench/results/today.json. See bench/README.md.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from followup.core.model import FORMATS, Concern, Event, Interview, Interviewer
from followup.core.planner import primary_contact
from followup.store import Repository, open_store

NOW_TEXT = "2026-11-26T12:00"  # FOLLOWUP_NOW for every run; the data is generated around it
NOW = datetime.fromisoformat(NOW_TEXT).replace(tzinfo=ZoneInfo("UTC"))
RESULTS = Path(__file__).resolve().parent / "results" / "today.json"

ZONES = ("America/New_York", "America/Chicago", "America/Los_Angeles", "Europe/London", "Europe/Berlin",
         "Asia/Kolkata", "Australia/Sydney")
COMPANIES = ("Quixotiq", "Northwind", "Globex", "Initech", "Umbrella Labs", "Hooli", "Vandelay Industries",
             "Acme Analytics", "Stark Data", "Wayne Logistics", "Pied Piper", "Soylent Systems")
ROLES = ("Data Engineer", "Senior Data Engineer", "Backend Developer", "Product Manager", "SRE",
         "Machine Learning Engineer", "Engineering Manager", "Frontend Developer", "Analytics Engineer")
DEPARTMENTS = ("Data Platform", "Payments", "Growth", "Infrastructure", "Talent Acquisition")
FIRST_NAMES = ("Dana", "Siobhán", "Ravi", "Mei", "Jonas", "Amara", "Lucas", "Priya", "Tomás", "Keiko")
LAST_NAMES = ("Whitfield", "Ní Bhriain", "Iyer", "Chen", "Berg", "Okafor", "Moreau", "Nair", "García",
              "Sato")
TOPICS = ("streaming pipelines", "data quality checks", "on-call rotation", "the migration to Kubernetes",
          "PySpark performance tuning", "API design", "team rituals", "the product roadmap")
# What an employer says about deciding, and roughly how many days later that is.
TIMELINES = (("We'll get back to you within two weeks", 14), ("by the end of next week", 10),
             ("in about ten business days", 14), ("by Friday", 3), ("early next month", 30))
CONCERN = Concern("limited Kafka experience", "I ran a Kafka proof of concept last spring")
# What happens after the thank-yous: (what, weight). Closing events end the story.
STORY = (("inquiry", 30), ("reply", 20), ("timeline", 12), ("rejected", 18), ("offer", 5), ("withdrawn", 5))


@dataclass(frozen=True)
class Case:
    name: str
    command: list[str]
    note: str = ""  # shown after the command in the table


@dataclass(frozen=True)
class Timing:
    name: str
    note: str
    runs: list[float]  # seconds, in the order they were measured
    cpu: list[float]  # the same runs' CPU seconds (user + system): less moved by other work on the machine

    @property
    def median(self) -> float:
        return statistics.median(self.runs)

    @property
    def best(self) -> float:
        return min(self.runs)


# -- the data -----------------------------------------------------------------------------------------------

def make_interview(rng: random.Random) -> Interview:
    """One interview: mostly in the past ~200 days, a few in the next three weeks."""
    zone_name = rng.choice(ZONES)
    days_ago = -rng.randint(1, 21) if rng.random() < 0.03 else rng.randint(0, 200)
    day = NOW.date() - timedelta(days=days_ago)
    when = datetime(day.year, day.month, day.day, rng.randint(9, 16), rng.choice((0, 15, 30, 45)),
                    tzinfo=ZoneInfo(zone_name))
    company = rng.choice(COMPANIES)
    timeline, decision_by = _timeline(rng, day) if rng.random() < 0.4 else (None, None)
    return Interview(
        company=company, role=rng.choice(ROLES), when=when, timezone=zone_name,
        duration_minutes=rng.choice((30, 45, 60, 90)), format=rng.choice(FORMATS),
        department=rng.choice(DEPARTMENTS) if rng.random() < 0.6 else None,
        decision_timeline=timeline, decision_by=decision_by,
        culture="casual" if rng.random() < 0.25 else "formal", phone_encouraged=rng.random() < 0.15,
        mailing_address="1 Main Street, Springfield" if rng.random() < 0.1 else None,
        topics=tuple(rng.sample(TOPICS, rng.randint(0, 3))), goals=("cut dashboard latency",),
        concerns=(CONCERN,) if rng.random() < 0.3 else (),
        notes="Second round." if rng.random() < 0.3 else None,
        interviewers=tuple(_interviewer(rng, company) for _ in range(rng.randint(1, 3))),
    )


def _timeline(rng: random.Random, said_on: date) -> tuple[str, date]:
    text, days = rng.choice(TIMELINES)
    return text, said_on + timedelta(days=days)


def _interviewer(rng: random.Random, company: str) -> Interviewer:
    first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
    domain = company.lower().replace(" ", "") + ".example"
    email = f"{_ascii(first).lower()}.{rng.randint(1, 999)}@{domain}" if rng.random() < 0.9 else None
    name = f"{first} {last}" if email is None or rng.random() < 0.9 else None
    return Interviewer(name=name, email=email, title=rng.choice((None, "Ms.", "Mr.", "Dr.")),
                       topics=tuple(rng.sample(TOPICS, rng.randint(0, 2))))


def _ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def make_events(rng: random.Random, interview: Interview) -> list[Event]:
    """What has happened since the interview, oldest first and all before NOW."""
    if interview.ends >= NOW:
        return []
    events = _thank_yous(rng, interview)
    at = max([interview.ends, *(e.at for e in events)])
    contact = primary_contact(interview)
    for _ in range(rng.randint(0, 4)):
        at += timedelta(days=rng.uniform(2, 21))
        if at >= NOW:
            break
        what = rng.choices([w for w, _ in STORY], weights=[n for _, n in STORY])[0]
        if what == "inquiry":
            events.append(Event("sent", at, kind="status-inquiry", to=contact.email or contact.name,
                                channel="email"))
        elif what == "timeline":
            text, decision_by = _timeline(rng, at.date())
            events.append(Event("timeline", at, text=text, decision_by=decision_by))
        else:
            events.append(Event(what, at))
            if what != "reply":
                break  # rejected, offer or withdrawn: the story is over
    return events


def _thank_yous(rng: random.Random, interview: Interview) -> list[Event]:
    if rng.random() >= 0.8:
        return []
    sent = []
    for person in interview.interviewers:
        at = interview.ends + timedelta(hours=rng.uniform(1, 30))
        if rng.random() < 0.85 and at < NOW:
            sent.append(Event("sent", at, kind="thank-you", to=person.email or person.name, channel="email"))
    return sent


def populate(db: Path, count: int, seed: int) -> dict[str, int]:
    """Write `count` interviews and their events in one transaction; returns how many rows of each."""
    rng = random.Random(seed)
    store = open_store(f"sqlite:///{db}")
    totals = {"interviews": 0, "interviewers": 0, "events": 0}
    try:
        with store.transaction() as repo:
            for _ in range(count):
                _add(repo, rng, totals)
    finally:
        store.close()
    return totals


def _add(repo: Repository, rng: random.Random, totals: dict[str, int]) -> None:
    interview = make_interview(rng)
    interview_id = repo.add_interview(interview, NOW)
    events = make_events(rng, interview)
    for item in events:
        repo.add_event(interview_id, item, NOW)
    totals["interviews"] += 1
    totals["interviewers"] += len(interview.interviewers)
    totals["events"] += len(events)


# -- the measurements ---------------------------------------------------------------------------------------

def console_script(name: str, hint: str) -> str:
    """A console script of this interpreter's environment (followup has no __main__)."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        sys.exit(f"bench: cannot find the {name} console script; {hint}")
    return found


def followup_script() -> str:
    return console_script("followup", "install the project (pip install -e .)")


def todoman(folder: Path, env: dict[str, str]) -> list[str]:
    """`todo list` on a list of one task in `folder` (todoman's config, its one list and its cache there)."""
    script = console_script("todo", 'install the bench extra (pip install -e ".[bench]")')
    (folder / "todo" / "tasks").mkdir(parents=True)
    config = folder / "todo" / "config.py"
    config.write_text(f'path = "{folder / "todo"}/*"\ncache_path = "{folder / "todo" / "cache.sqlite3"}"\n'
                      'date_format = "%Y-%m-%d"\ntime_format = "%H:%M"\ndefault_list = "tasks"\n')
    run([script, "--config", str(config), "new", "--list", "tasks", "Write to Dana"], env)
    return [script, "--config", str(config), "list"]


def children_cpu() -> float:
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def timed(command: Sequence[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall and CPU seconds of one run."""
    cpu = children_cpu()
    wall = run(command, env)[0]
    return wall, children_cpu() - cpu


def run(command: Sequence[str], env: dict[str, str], capture: bool = False) -> tuple[float, str]:
    """Wall seconds of one run and its stdout (if captured); a failing run stops the benchmark."""
    started = time.perf_counter()
    done = subprocess.run(command, env=env, stdout=subprocess.PIPE if capture else subprocess.DEVNULL,
                          stderr=subprocess.PIPE, text=True, check=False)
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        sys.exit(f"bench: {' '.join(command)} exited with {done.returncode}:\n{done.stderr}")
    return seconds, done.stdout or ""


def measure(cases: Sequence[Case], repeat: int, env: dict[str, str]) -> list[Timing]:
    """Every case `repeat` times, interleaved (A B C A B C ...), after one warm-up round. The warm-up of the
    last case, the first `followup today` on the new database, is reported on its own: it works out when
    every interview's plan next opens a step, once."""
    first = [timed(case.command, env) for case in cases][-1]
    runs: list[list[tuple[float, float]]] = [[] for _ in cases]
    for _ in range(repeat):
        for case, times in zip(cases, runs, strict=True):
            times.append(timed(case.command, env))
    once = Timing(cases[-1].name + " (first run)", " (works out every wake-up time, once)", [first[0]], [first[1]])
    return [*(Timing(case.name, case.note, [w for w, _ in times], [c for _, c in times])
              for case, times in zip(cases, runs, strict=True)), once]


def check_json(command: Sequence[str], env: dict[str, str]) -> dict[str, Any]:
    """Run `followup today --json` once: it must exit 0 and print a JSON object with a list of steps."""
    seconds, out = run([*command, "today", "--json"], env, capture=True)
    try:
        data = json.loads(out)
    except json.JSONDecodeError as error:
        sys.exit(f"bench: followup today --json printed invalid JSON ({error}):\n{out[:500]}")
    if not isinstance(data, dict) or not isinstance(data.get("steps"), list):
        sys.exit(f"bench: followup today --json: expected an object with a list of steps, got:\n{out[:500]}")
    states: dict[str, int] = {}
    for step in data["steps"]:
        states[step["state"]] = states.get(step["state"], 0) + 1
    return {"seconds": seconds, "steps": len(data["steps"]), "states": states, "bytes": len(out.encode())}


# -- the report ---------------------------------------------------------------------------------------------

def markdown(timings: Sequence[Timing], checked: dict[str, Any]) -> str:
    baseline, yardstick = timings[0].median, timings[1].median
    cpu_yardstick = statistics.median(timings[1].cpu)
    lines = ["| command | median (ms) | min (ms) | median / baseline | median / `todo list` | paired / `todo list` "
             "| CPU median (ms) | CPU / `todo list` |", "|---|---:|---:|---:|---:|---:|---:|---:|"]
    for t in timings:
        pair = f"{paired(t.runs, timings[1].runs):.2f}x" if len(t.runs) == len(timings[1].runs) else "-"
        cpu = statistics.median(t.cpu)
        lines.append(f"| `{t.name}`{t.note} | {t.median * 1000:.0f} | {t.best * 1000:.0f} | "
                     f"{t.median / baseline:.1f}x | {t.median / yardstick:.2f}x | {pair} | {cpu * 1000:.0f} | "
                     f"{cpu / cpu_yardstick:.2f}x |")
    lines.append(f"| `followup today --json` (once) | {checked['seconds'] * 1000:.0f} | - | "
                 f"{checked['seconds'] / baseline:.1f}x | {checked['seconds'] / yardstick:.2f}x | - | - | - |")
    return "\n".join(lines)


def paired(runs: Sequence[float], yardstick: Sequence[float]) -> float:
    """The median of the per-round ratios: each run against the `todo list` run of the same round."""
    return statistics.median(a / b for a, b in zip(runs, yardstick, strict=True))


def report(args: argparse.Namespace, totals: dict[str, int], setup: dict[str, float],
           timings: Sequence[Timing], checked: dict[str, Any]) -> dict[str, Any]:
    baseline = timings[0].median
    return {
        "measured_at": datetime.now().astimezone().isoformat(timespec="seconds"),
        "machine": {"nproc": os.cpu_count(), "python": platform.python_version(),
                    "platform": platform.platform()},
        "settings": {"count": args.count, "repeat": args.repeat, "seed": args.seed, "now": NOW_TEXT},
        "data": {**totals, **setup},
        "timings": {t.name + t.note: {"median_s": t.median, "min_s": t.best, "max_s": max(t.runs),
                                      "ratio_to_baseline": t.median / baseline,
                                      "ratio_to_todo_list": t.median / timings[1].median, "runs_s": t.runs,
                                      "cpu_s": t.cpu}
                    for t in timings},
        "paired_ratios_to_todo_list": {t.name + t.note: paired(t.runs, timings[1].runs)
                                       for t in timings[2:] if len(t.runs) == len(timings[1].runs)},
        "today_json": checked,
    }


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Time `followup today` on a database of N interviews.")
    parser.add_argument("--count", type=int, default=10_000,
                        help="interviews in the database (default 10000)")
    parser.add_argument("--repeat", type=int, default=7, help="timed runs of each command (default 7)")
    parser.add_argument("--seed", type=int, default=20261126, help="seed of the data (default 20261126)")
    args = parser.parse_args(argv)
    if args.count < 1 or args.repeat < 1:
        parser.error("--count and --repeat must be at least 1")
    return args


def main(argv: Sequence[str] | None = None) -> None:
    args = parse_args(argv)
    script = followup_script()
    with tempfile.TemporaryDirectory(prefix="followup-bench-") as folder:
        db = Path(folder) / "followup.db"
        started = time.perf_counter()
        totals = populate(db, args.count, args.seed)
        setup = {"populate_s": time.perf_counter() - started, "db_bytes": db.stat().st_size}
        print(f"database: {totals['interviews']} interviews, {totals['interviewers']} interviewers, "
              f"{totals['events']} events, {setup['db_bytes'] / 1e6:.1f} MB in {setup['populate_s']:.1f} s; "
              f"timing {args.repeat} interleaved runs of each command ...", flush=True)
        config = Path(folder) / "config.toml"
        config.write_text('[profile]\ntimezone = "UTC"\ncountry = "US"\n')
        env = {**os.environ, "FOLLOWUP_DB": str(db), "FOLLOWUP_CONFIG": str(config),
               "FOLLOWUP_NOW": NOW_TEXT, "TZ": "UTC"}  # TZ: the same "now" on every machine
        env.pop("PYTHONDONTWRITEBYTECODE", None)  # a user's installed copy has its bytecode written
        cases = [Case("python -c pass", [sys.executable, "-c", "pass"]),
                 Case("todo list", todoman(Path(folder), env), " (todoman, one task)"),
                 Case("followup --help", [script, "--help"]),
                 Case("followup today", [script, "--db", str(Path(folder) / "empty.db"), "today"],
                      " (empty database)"),
                 Case("followup today", [script, "today"], f" ({args.count:,} interviews)")]
        timings = measure(cases, args.repeat, env)
        checked = check_json([script], env)
    results = report(args, totals, setup, timings, checked)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(markdown(timings, checked))
    print(f"\n{checked['steps']:,} steps in the JSON agenda ({checked['states']}); "
          f"{args.repeat} runs each, nproc {os.cpu_count()}, Python {platform.python_version()}. "
          f"Results: {RESULTS}")


if __name__ == "__main__":
    main()
