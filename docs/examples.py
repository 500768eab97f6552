"""Generate docs/examples.md: every draft each example interview in examples/ calls for over its life.

Run it from the project root:

    .venv/bin/python docs/examples.py           # rewrites docs/examples.md
    .venv/bin/python docs/examples.py --check   # exits 1 if docs/examples.md is stale

The scenario is the same for every example, at fixed moments after the interview ends, so the output only
changes when the examples, the templates or the planner do: the thank-yous (and cards) two hours after the
interview, late thank-yous four days after, both status inquiries (and the call notes), a reconnect note
months later, and, after a rejection, the reply (which asks for feedback). Each example is recorded in a
throwaway SQLite file, through followup's own service, as `followup add` and `followup draft` would.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import tomllib
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from followup.adapters.config import Profile, Settings
from followup.core.model import Draft
from followup.core.planner import recipients
from followup.core.policy import Policy
from followup.usecases.service import Service
from followup.store import open_store

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
OUTPUT = ROOT / "docs" / "examples.md"

CANDIDATE = Profile(name="Alex Rivera", email="alex.rivera@example.com", timezone="America/New_York")
# When the example is recorded; any fixed moment will do (it is only stored as the time of the change).
RECORDED = datetime(2026, 11, 10, 9, 0, tzinfo=ZoneInfo("America/New_York"))


@dataclass(frozen=True)
class Drafted:
    draft: Draft
    after: timedelta  # after the interview ended
    at: datetime  # in the interview's time zone


def scenario(service: Service, data: dict[str, object]) -> list[Drafted]:
    """Every draft the example calls for, each with the moment it was drafted (the life of tests/conftest.py's
    example_drafts, written out here so that the docs do not depend on the tests)."""
    view = service.add(data)
    interview = view.interview
    ident, ends, zone = interview.id or 0, interview.ends, interview.when.tzinfo
    found: list[Drafted] = []

    def at(**delta: float) -> Service:
        return replace(service, now=ends + timedelta(**delta))

    def draft(delta: dict[str, float], kind: str | None = None) -> None:
        moment = ends + timedelta(**delta)
        found.extend(Drafted(d, moment - ends, moment.astimezone(zone)) for d in at(**delta).draft(ident, kind))

    draft({"hours": 2})  # thank-yous, and cards where there is a mailing address
    draft({"days": 5})  # late thank-yous, had none gone out (two business days have passed)
    for person in recipients(interview):
        at(days=1).log(ident, "sent", kind="thank-you", to=person.key)
    draft({"days": 40}, "status-inquiry")
    at(days=40).log(ident, "sent", kind="status-inquiry")
    draft({"days": 60}, "status-inquiry")
    draft({"days": 150}, "reconnect")
    at(days=61).log(ident, "rejected")
    draft({"days": 61, "hours": 1})  # the rejection reply, which asks for feedback too
    return found


def example_drafts(example: Path) -> list[Drafted]:
    data = tomllib.loads(example.read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory(prefix="followup-examples-") as folder:
        store = open_store(f"sqlite:///{Path(folder) / 'followup.db'}")
        try:
            return scenario(Service(Settings(CANDIDATE, Policy()), store, RECORDED), data)
        finally:
            store.close()


# -- the page -----------------------------------------------------------------------------------------------

def _count(number: int, unit: str) -> str:
    return f"{number} {unit}" + ("" if number == 1 else "s")


def after_text(after: timedelta) -> str:
    """"2 hours", "4 days", "61 days 1 hour" after the interview ended."""
    days, hours = after.days, after.seconds // 3600
    parts = ([_count(days, "day")] if days else []) + ([_count(hours, "hour")] if hours else [])
    return " ".join(parts) or "right"


def heading(number: int, item: Drafted) -> str:
    d = item.draft
    return (f"### {number}. {d.kind} #{d.attempt}, {d.channel}, to {d.to.label}, "
            f"{after_text(item.after)} after the interview")


def section(example: Path, items: list[Drafted]) -> list[str]:
    data = tomllib.loads(example.read_text(encoding="utf-8"))
    lines = [f"## {example.name}: {data['role']} at {data['company']}", "",
             f"[`examples/{example.name}`](../examples/{example.name}); {len(items)} drafts.", ""]
    for number, item in enumerate(items, 1):
        when = f"{item.at:%a %d %b %Y, %H:%M} ({item.at.tzinfo})"
        lines += [heading(number, item), "", f"Drafted {when}.", "", "```text", item.draft.text.rstrip("\n"),
                  "```", ""]
    return lines


def generate() -> str:
    """The whole of docs/examples.md."""
    lines = [
        "# Example drafts",
        "",
        "<!-- Generated by docs/examples.py from examples/*.toml and the templates: do not edit by hand. "
        "Run `.venv/bin/python docs/examples.py` to rewrite it. -->",
        "",
        "What `followup draft` writes for each example interview in [`examples/`](../examples), over the",
        "interview's whole life, signed by a candidate called Alex Rivera (alex.rivera@example.com). Every",
        "example is drafted at the same moments after the interview ends, knowing what had happened by then:",
        "",
        "| moment | what has happened | drafts |",
        "| --- | --- | --- |",
        "| 2 hours after | nothing sent yet | the thank-yous, one per interviewer (and a card each, where there is "
        "a mailing address) |",
        "| 4 days after | nothing sent yet | the late thank-yous, had no thank-you gone out |",
        "| 40 days after | the thank-yous, sent a day after the interview | the first status inquiry (and call "
        "notes, where calls are planned) |",
        "| 60 days after | and the first status inquiry, sent on day 40 | the second status inquiry (and call "
        "notes) |",
        "| 150 days after | the first status inquiry, with no reply since | a reconnect note |",
        "| 61 days 1 hour after | the first status inquiry, then a rejection on day 61 | the reply to the "
        "rejection, which asks for feedback in its last paragraph |",
        "",
        "Each draft is shown as `followup draft --out` writes it. How the templates choose their words, and how",
        "to change them, is in [templates.md](templates.md).",
        "",
    ]
    for example in sorted(EXAMPLES.glob("*.toml")):
        lines += section(example, example_drafts(example))
    return "\n".join(lines).rstrip("\n") + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Write docs/examples.md: every draft of every example.")
    parser.add_argument("--check", action="store_true", help="exit 1 if docs/examples.md is stale; write nothing")
    args = parser.parse_args(argv)
    text = generate()
    current = OUTPUT.read_text(encoding="utf-8") if OUTPUT.exists() else None
    if args.check:
        if current != text:
            print(f"{OUTPUT.relative_to(ROOT)} is stale: run .venv/bin/python docs/examples.py", file=sys.stderr)
            return 1
        return 0
    if current != text:
        OUTPUT.write_text(text, encoding="utf-8")
        print(f"wrote {OUTPUT.relative_to(ROOT)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
