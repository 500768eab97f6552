"""How many plans change as time passes with no new event: what a store of computed steps would have to follow.

Run it from the project root:  .venv/bin/python bench/plan_drift.py [--count N] [--at 2026-11-24T11:00]

It builds bench/today.py's database (same seed), asks `today` at `--at` (UTC) so that every interview's wake-up
time is worked out, then plans each interview that is awake then (the ones `today` plans) at `--at` and again a
minute, an hour, six hours and a day later, with the same events, and counts the plans whose steps differ and
those whose printed steps (open, due or overdue at the later moment) differ, and which fields moved. Issue 15
asked whether each interview's steps could be kept in the store, invalidated only by its events and by the plan
fingerprint (policy, holidays, rules); where this prints non-zero counts, such a copy would print another agenda
than planning afresh does. See bench/README.md ("Keeping the steps").
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections import Counter
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import today as bench  # noqa: E402  (bench/today.py: the database builder)

from followup.adapters.config import load_settings  # noqa: E402
from followup.core.model import Step  # noqa: E402
from followup.core.planner import plan  # noqa: E402
from followup.store import open_store  # noqa: E402
from followup.usecases.service import Service, step_state  # noqa: E402

LATER = (timedelta(minutes=1), timedelta(hours=1), timedelta(hours=6), timedelta(days=1))
FIELDS = ("kind", "attempt", "channel", "to", "earliest", "due", "latest", "rule", "reason", "optional")


def moved(before: tuple[Step, ...], after: tuple[Step, ...]) -> set[str]:
    """What differs between two plans' steps: a field's name per pair of steps, or `steps` for their number."""
    found = {f"{a.kind}.{name}" for a, b in zip(before, after, strict=False)
             for name in FIELDS if getattr(a, name) != getattr(b, name)}
    return found | ({"steps"} if len(before) != len(after) else set())


def drift(service: Service, now: datetime) -> None:
    with service.store.transaction() as repo:
        awake = repo.interviews(details=False, awake_at=now)
        history = repo.events(awake_at=now)
    print(f"{len(awake)} interviews awake at {now:%Y-%m-%d %H:%M} UTC ({now:%A})\n")
    print("| later by | plans that differ | printed steps that differ | what moved (most often) |")
    print("|---|---:|---:|---|")
    policy, calendar = service.settings.policy, service.calendar
    for later in LATER:
        differ = printed = 0
        what: Counter[str] = Counter()
        for interview in awake:
            events = history.get(interview.id or 0, ())
            first = plan(interview, events, now, policy, calendar).steps
            then = plan(interview, events, now + later, policy, calendar).steps
            if first != then:
                differ += 1
                what.update(moved(first, then))
                shown = [[s for s in steps if step_state(s, now + later) != "next"] for steps in (first, then)]
                printed += shown[0] != shown[1]
        common = ", ".join(f"{name} {n:,}" for name, n in what.most_common(4))
        print(f"| {later} | {differ:,} | {printed:,} | {common} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=10_000, help="interviews (default 10,000)")
    parser.add_argument("--seed", type=int, default=20261126)
    parser.add_argument("--at", default="2026-11-24T11:00", help="the moment, UTC (default: a Tuesday morning)")
    args = parser.parse_args()
    now = datetime.fromisoformat(args.at).replace(tzinfo=timezone.utc)
    with tempfile.TemporaryDirectory(prefix="followup-drift-") as folder:
        db, config = Path(folder) / "followup.db", Path(folder) / "config.toml"
        config.write_text('[profile]\ntimezone = "UTC"\ncountry = "US"\n')
        bench.populate(db, args.count, args.seed)
        service = Service(load_settings(config, "UTC", required=True), open_store(f"sqlite:///{db}"), now)
        service.today()  # works out every wake-up time for this moment, as the command does
        drift(service, now)
        service.store.close()


if __name__ == "__main__":
    main()
