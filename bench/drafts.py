"""Benchmark drafting: how many drafts `render_draft` writes per second, in one process.

Run it from the project root:  .venv/bin/python bench/drafts.py [--count N] [--repeat R] [--seed S]

It generates N interviews (default 1,000) from random.Random(seed): 1-4 interviewers each, with accented and
non-Latin names, titles or none, topics, goals, some concerns, some casual, some with a mailing address
(cards) or calls encouraged. It plans each one in memory at the moments of docs/examples.py (planning is not
timed), builds the template environment once, renders every step once as a warm-up, then times R renders
of the whole batch: the thank-you steps (emails and cards, two hours after each interview), and every kind
(thank-you, late thank-you, both status inquiries and call notes, reconnect, rejection reply, feedback
request). It prints a Markdown table of medians, drafts per second and microseconds per draft, and the
one-off costs: importing the drafting code, building the environment, and the first render of each
template (which compiles it). The results also go to bench/results/drafts.json. See bench/README.md.
"""

from __future__ import annotations

import argparse
import functools
import hashlib
import importlib
import json
import os
import platform
import random
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from followup.core.model import Candidate, Concern, Event, Interview, Interviewer, Step
from followup.core.planner import plan, recipients
from followup.core.policy import Policy
from followup.core.workdays import WorkCalendar, public_holidays

RESULTS = Path(__file__).resolve().parent / "results" / "drafts.json"
CANDIDATE = Candidate("Alex Rivera", "alex.rivera@example.com", "+1 617 555 0142")
START = date(2026, 9, 1)  # interviews fall in the 120 days from here

ZONES = ("America/New_York", "America/Los_Angeles", "Europe/London", "Europe/Dublin", "Europe/Berlin",
         "Asia/Kolkata", "Asia/Tokyo", "Australia/Sydney")
COMPANIES = ("Quixotiq", "Larkspur Health", "Northwind", "Globex", "Initech", "Umbrella Labs", "Hooli",
             "Vandelay Industries", "Acme Analytics", "Pied Piper", "Zürich Réassurance", "Ōkami Systems")
ROLES = ("Data Engineer", "Senior Data Engineer", "Product Designer", "Backend Developer", "Product Manager",
         "Site Reliability Engineer", "Machine Learning Engineer", "Engineering Manager", "Analytics Engineer")
DEPARTMENTS = ("Data Platform", "Design", "Payments", "Growth", "Infrastructure", "Talent Acquisition")
NAMES = ("Dana Whitfield", "Siobhán Ní Bhriain", "José María de la Fuente", "李娜", "Jean-Luc van der Berg",
         "Priya Raghunathan", "Zoë Ødegaard", "Łukasz Wróblewski", "Ngozi Okonkwo-Adeyemi", "Αλέξανδρος Παπαδόπουλος",
         "Дмитрий Иванов", "محمد الأحمد", "Nguyễn Thị Minh Khai", "Kwame Mensah", "Søren Bjørnstad",
         "Françoise Lefèvre", "Priya", "O'Connor Mairéad", "Ana-Lucía Muñoz Gómez", "Björn Åkesson")
TITLES = (None, None, None, "Ms.", "Mr.", "Dr.", "Mx.", "Prof.")
TOPICS = ("the move from Airflow to Dagster", "PySpark performance tuning", "accessibility audits of the mobile app",
          "the design system's token pipeline", "how the team runs design critiques", "on-call rotations",
          "data quality checks in the pipeline", "migrating the nightly batch jobs to streaming",
          "research with clinic receptionists", "the product roadmap for next year")
GOALS = ("cut dashboard latency from hours to minutes", "make booking an appointment take under a minute",
         "ship the new pipeline before the spring launch", "halve the time it takes to onboard a customer")
CONCERNS = (Concern("limited Kafka experience", "I ran a Kafka proof of concept for our billing events last spring"),
            Concern("my lack of healthcare experience"),
            Concern("my short time in my current role", "i joined to lead a migration that is now finished"))
TIMELINES = (("We'll get back to you within two weeks", 14), ("by the end of next week", 10),
             ("early next month", 30))
ALL_KINDS = ("thank-you", "late-thank-you", "status-inquiry", "reconnect", "rejection-reply", "feedback-request")


@dataclass(frozen=True)
class Job:
    """One draft to render: everything render_draft takes but the environment."""

    step: Step
    interview: Interview
    events: tuple[Event, ...]
    now: datetime


# -- the data -----------------------------------------------------------------------------------------------

def make_interview(rng: random.Random) -> Interview:
    zone = rng.choice(ZONES)
    day = START + timedelta(days=rng.randint(0, 119))
    when = datetime(day.year, day.month, day.day, rng.randint(9, 16), rng.choice((0, 15, 30, 45)),
                    tzinfo=ZoneInfo(zone))
    timeline, decision_by = None, None
    if rng.random() < 0.5:
        timeline, days = rng.choice(TIMELINES)
        decision_by = day + timedelta(days=days)
    company = rng.choice(COMPANIES)
    return Interview(
        company=company, role=rng.choice(ROLES), when=when, timezone=zone,
        duration_minutes=rng.choice((30, 45, 60, 90, 120)), format=rng.choice(("in-person", "video", "phone")),
        department=rng.choice(DEPARTMENTS) if rng.random() < 0.6 else None,
        decision_timeline=timeline, decision_by=decision_by,
        culture="casual" if rng.random() < 0.3 else "formal", phone_encouraged=rng.random() < 0.2,
        mailing_address="4 Grand Canal Quay, Dublin 2" if rng.random() < 0.2 else None,
        topics=tuple(rng.sample(TOPICS, rng.randint(0, 3))), goals=tuple(rng.sample(GOALS, rng.randint(0, 2))),
        concerns=(rng.choice(CONCERNS),) if rng.random() < 0.3 else (),
        interviewers=tuple(_interviewer(rng, company, n) for n in range(rng.randint(1, 4))),
    )


def _interviewer(rng: random.Random, company: str, n: int) -> Interviewer:
    domain = company.lower().replace(" ", "") + ".example"
    if rng.random() < 0.08:  # a recruiting team, known only by its address
        return Interviewer(email=f"talent@{domain}", department=rng.choice(DEPARTMENTS))
    return Interviewer(name=rng.choice(NAMES), title=rng.choice(TITLES),
                       email=f"person{n}@{domain}" if rng.random() < 0.9 else None,
                       department=rng.choice(DEPARTMENTS) if rng.random() < 0.2 else None,
                       topics=tuple(rng.sample(TOPICS, rng.randint(0, 2))))


def jobs_for(interview: Interview, calendar: WorkCalendar, policy: Policy) -> dict[str, list[Job]]:
    """The steps of one interview's life, by kind, at the moments of docs/examples.py."""
    ends = interview.ends
    thanks = tuple(Event("sent", ends + timedelta(days=1), kind="thank-you", to=r.key, channel="email")
                   for r in recipients(interview))
    inquiry = (*thanks, Event("sent", ends + timedelta(days=40), kind="status-inquiry",
                              to=None, channel="email"))
    rejected = (*inquiry, Event("rejected", ends + timedelta(days=61)))
    moments: list[tuple[timedelta, tuple[Event, ...], tuple[str, ...]]] = [
        (timedelta(hours=2), (), ("thank-you",)),
        (timedelta(days=4), (), ("late-thank-you",)),
        (timedelta(days=40), thanks, ("status-inquiry",)),
        (timedelta(days=60), inquiry, ("status-inquiry",)),
        (timedelta(days=150), inquiry, ("reconnect",)),
        (timedelta(days=61, hours=1), rejected, ("rejection-reply", "feedback-request")),
    ]
    found: dict[str, list[Job]] = {kind: [] for kind in ALL_KINDS}
    for after, events, kinds in moments:
        now = ends + after
        for step in plan(interview, events, now, policy, calendar).steps:
            if step.kind in kinds and step.to is not None:
                found[step.kind].append(Job(step, interview, events, now))
    return found


def make_jobs(count: int, seed: int) -> dict[str, list[Job]]:
    rng = random.Random(seed)
    policy = Policy()
    calendar = WorkCalendar(public_holidays("US"), policy)
    jobs: dict[str, list[Job]] = {kind: [] for kind in ALL_KINDS}
    for _ in range(count):
        for kind, found in jobs_for(make_interview(rng), calendar, policy).items():
            jobs[kind].extend(found)
    return jobs


# -- the measurements ---------------------------------------------------------------------------------------

def seconds(action: Callable[[], Any]) -> tuple[float, Any]:
    started = time.perf_counter()
    result = action()
    return time.perf_counter() - started, result


def one_offs(jobs: dict[str, list[Job]], repeat: int) -> dict[str, Any]:
    """What drafting costs once per process: the import (measured first, so only if nothing imported it yet),
    building the environment, and each template's first render in a new environment (compiling it)."""
    imported, compose = seconds(lambda: importlib.import_module("followup.core.compose"))
    from followup.adapters.templates import template_environment

    builds = [seconds(template_environment)[0] for _ in range(repeat)]
    samples: dict[str, Job] = {}
    for kind in ALL_KINDS:
        for job in jobs[kind]:
            assert job.step.channel is not None
            samples.setdefault(compose.template_name(job.step.kind, job.step.channel), job)
    first: dict[str, float] = {}
    very_first = 0.0
    for name, job in sorted(samples.items(), key=lambda item: item[0] != "thank-you.txt.j2"):
        times = []
        for _ in range(repeat):
            times.append(seconds(functools.partial(render, compose, [job], template_environment()))[0])
        very_first = very_first or times[0]
        first[name] = statistics.median(times)
    return {"import_s": imported, "environment_s": statistics.median(builds), "first_in_process_s": very_first,
            "first_render_s": first}


def render(compose: Any, jobs: Sequence[Job], environment: Any) -> list[Any]:
    return [compose.render_draft(j.step, j.interview, j.events, CANDIDATE, j.now, environment) for j in jobs]


def contexts(compose: Any, jobs: Sequence[Job]) -> list[Any]:
    return [compose.draft_context(j.step, j.interview, j.events, CANDIDATE, j.now) for j in jobs]


def check(drafts: Sequence[Any]) -> str:
    """Every draft looks like a message; returns a digest of them all, the same on every run."""
    digest = hashlib.sha256()
    for draft in drafts:
        if not draft.body.startswith(("Dear ", "Hi ", "Call ")) or "None" in draft.body:
            sys.exit(f"bench: a draft does not look right:\n{draft.body}")
        digest.update(draft.text.encode())
    return digest.hexdigest()[:16]


@dataclass(frozen=True)
class Batch:
    name: str
    drafts: int
    runs: list[float]  # seconds for the whole batch
    context_runs: list[float]  # seconds for draft_context alone over the batch
    digest: str

    @property
    def median(self) -> float:
        return statistics.median(self.runs)

    @property
    def per_draft_us(self) -> float:
        return self.median / self.drafts * 1e6

    @property
    def context_us(self) -> float:
        return statistics.median(self.context_runs) / self.drafts * 1e6


def measure(name: str, jobs: Sequence[Job], repeat: int, environment: Any) -> Batch:
    import followup.core.compose as compose

    digest = check(render(compose, jobs, environment))  # the warm-up: every template compiled, caches full
    runs, context_runs = [], []
    for _ in range(repeat):
        runs.append(seconds(lambda: render(compose, jobs, environment))[0])
        context_runs.append(seconds(lambda: contexts(compose, jobs))[0])
    return Batch(name, len(jobs), runs, context_runs, digest)


# -- the report ---------------------------------------------------------------------------------------------

def markdown(batches: Sequence[Batch], once: dict[str, Any]) -> str:
    lines = ["| batch | drafts | median (ms) | min (ms) | drafts/s | µs/draft | of which context (µs) |",
             "|---|---:|---:|---:|---:|---:|---:|"]
    for b in batches:
        lines.append(f"| {b.name} | {b.drafts:,} | {b.median * 1000:.0f} | {min(b.runs) * 1000:.0f} | "
                     f"{b.drafts / b.median:,.0f} | {b.per_draft_us:.0f} | {b.context_us:.0f} |")
    lines += ["", "| once per process | ms |", "|---|---:|",
              f"| import `followup.core.compose` (Jinja2, nameparser) | {once['import_s'] * 1000:.1f} |",
              f"| `template_environment()` | {once['environment_s'] * 1000:.2f} |",
              f"| the first render in the process (`thank-you.txt.j2`) | {once['first_in_process_s'] * 1000:.1f} |"]
    for name, took in once["first_render_s"].items():
        lines.append(f"| first render of `{name}` in a new environment (compiles it) | {took * 1000:.1f} |")
    return "\n".join(lines)


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Time render_draft over the drafts of N generated interviews.")
    parser.add_argument("--count", type=int, default=1000, help="interviews (default 1000)")
    parser.add_argument("--repeat", type=int, default=7, help="timed renders of each whole batch (default 7)")
    parser.add_argument("--seed", type=int, default=20261119, help="seed of the data (default 20261119)")
    args = parser.parse_args(argv)
    if args.count < 1 or args.repeat < 1:
        parser.error("--count and --repeat must be at least 1")
    return args


def main(argv: Sequence[str] | None = None) -> None:
    args = parse_args(argv)
    if "followup.core.compose" in sys.modules:
        sys.exit("bench: followup.core.compose was imported before the one-off costs were measured")
    setup, jobs = seconds(lambda: make_jobs(args.count, args.seed))
    thank_yous = jobs["thank-you"]
    every = [job for kind in ALL_KINDS for job in jobs[kind]]
    print(f"{args.count:,} interviews planned in {setup:.1f} s: {len(thank_yous):,} thank-you drafts "
          f"({sum(j.step.channel == 'handwritten' for j in thank_yous):,} of them cards), {len(every):,} of every "
          f"kind; timing {args.repeat} renders of each batch ...", flush=True)
    once = one_offs(jobs, args.repeat)
    from followup.adapters.templates import template_environment

    environment = template_environment()  # once, for every batch
    batches = [measure("thank-you steps", thank_yous, args.repeat, environment),
               measure("every kind", every, args.repeat, environment)]
    results = {
        "measured_at": datetime.now().astimezone().isoformat(timespec="seconds"),
        "machine": {"nproc": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform()},
        "settings": {"count": args.count, "repeat": args.repeat, "seed": args.seed},
        "data": {"plan_s": setup, **{kind: len(found) for kind, found in jobs.items()}},
        "batches": {b.name: {"drafts": b.drafts, "median_s": b.median, "min_s": min(b.runs),
                             "drafts_per_s": b.drafts / b.median, "per_draft_us": b.per_draft_us,
                             "context_per_draft_us": b.context_us, "runs_s": b.runs, "digest": b.digest}
                    for b in batches},
        "once": once,
    }
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(markdown(batches, once))
    print(f"\nnproc {os.cpu_count()}, Python {platform.python_version()}; digests "
          + ", ".join(f"{b.name}: {b.digest}" for b in batches) + f". Results: {RESULTS}")


if __name__ == "__main__":
    main()
