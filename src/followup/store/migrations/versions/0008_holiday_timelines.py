"""A timeline tied to a holiday is stored as the holiday's own day; the planner alone waits after it.

Until this revision the timeline parser read "after the holidays", "after Christmas" and "in the new year" as
a week after the first business day of January, and "after Thanksgiving" (Easter, Labor Day, ...) as a week
after the holiday, and the planner then waited `inquiry_after_event_business_days` more: the first status
inquiry was put off twice. The parser now gives the event's own day, as it always did for "after the board
meets on December 10". The days stored from those words (interviews, logged timelines, and timelines sync
proposed and still holds) move back the week the old parser added, never before the day the words were said,
so that they mean what new rows mean. `meta.plan_fingerprint` goes, so every `wake_at` is worked out again.

A row moves only when its words hold one of those phrases and no explicit date ("December 5", "5/12",
"2026-12-05"), which the parser read first. A phrase that was not understood stays NULL: "after Thanksgiving"
was not, with the public holidays kept between runs (they knew no names); the plan still warns, and the words
are read again when the interview is edited or the timeline logged again.

The patterns below are the parser's as they were when the days were stored (a migration keeps its own copy).

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-27
"""

import json
import re
from collections.abc import Callable
from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

_MONTHS = ("january|february|march|april|may|june|july|august|september|october|november|december"
           r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\.?")
_EXPLICIT = re.compile("|".join([
    r"\b\d{4}-\d{2}-\d{2}\b",
    rf"\b(?:{_MONTHS}) \d{{1,2}}(?:st|nd|rd|th)?(?: \d{{4}})?\b",
    rf"\b\d{{1,2}}(?:st|nd|rd|th)? (?:of )?(?:{_MONTHS})(?: \d{{4}})?",
    r"\b\d{1,2}/\d{1,2}(?:/\d{2,4})?\b",
]))
_HOLIDAY = re.compile("|".join([
    r"\b(?:after|following) (?:the )?(?:holidays|new year|new year's|christmas|winter break)",
    r"\bin the new year\b",
    r"\bafter (?:thanksgiving|easter|labou?r day|memorial day|independence day|boxing day)",
]))
PADDED = timedelta(weeks=1)  # what the old parser added after the event


def _normalise(text: str) -> str:
    """The old parser's reading of the words (timeline._normalise as it was)."""
    phrase = text.casefold().replace("\u2019", "'").replace("\u2013", "-").replace("\u2014", " ")
    phrase = re.sub(r"\b(mid|end|start)-(?:of-)?", lambda m: m.group(1) + (" of " if m.group(0).endswith("of-")
                                                                         else " "), phrase)
    phrase = re.sub(r"[!?;,()\"]", " ", phrase)
    phrase = re.sub(r"(?<=[a-z])\.(?=\s|$)", " ", phrase)
    return " ".join(phrase.split())


def padded(text: str | None) -> bool:
    """Whether the old parser read `text` as a holiday, a week after it."""
    phrase = _normalise(text or "")
    return _HOLIDAY.search(phrase) is not None and _EXPLICIT.search(phrase) is None


def _local_day(moment: datetime, zone: str | None) -> date:
    """The day of a stored UTC moment in the interview's time zone."""
    aware = moment.replace(tzinfo=timezone.utc) if moment.tzinfo is None else moment
    try:
        return aware.astimezone(ZoneInfo(zone or "UTC")).date()
    except (ValueError, KeyError):  # a zone this machine does not know: the day in UTC
        return aware.date()


def _moved(day: date, said_on: date, forward: bool) -> date:
    return day + PADDED if forward else max(day - PADDED, said_on)


def _shift(forward: bool) -> None:
    connection = op.get_bind()
    interviews = sa.table("interviews", sa.column("id", sa.Integer), sa.column("starts_at", sa.DateTime),
                          sa.column("timezone", sa.String), sa.column("decision_timeline", sa.Text),
                          sa.column("decision_by", sa.Date))
    events = sa.table("events", sa.column("id", sa.Integer), sa.column("interview_id", sa.Integer),
                      sa.column("type", sa.String), sa.column("at", sa.DateTime), sa.column("text", sa.Text),
                      sa.column("decision_by", sa.Date))
    meta = sa.table("meta", sa.column("name", sa.String), sa.column("value", sa.Text))
    changed = 0
    rows = connection.execute(sa.select(interviews.c.id, interviews.c.starts_at, interviews.c.timezone,
                                        interviews.c.decision_timeline, interviews.c.decision_by)
                              .where(interviews.c.decision_by.is_not(None))).all()
    for ident, starts_at, zone, words, day in rows:
        if padded(words):
            new = _moved(day, _local_day(starts_at, zone), forward)
            connection.execute(sa.update(interviews).where(interviews.c.id == ident).values(decision_by=new))
            changed += 1
    rows = connection.execute(sa.select(events.c.id, events.c.at, interviews.c.timezone, events.c.text,
                                        events.c.decision_by)
                              .join_from(events, interviews, events.c.interview_id == interviews.c.id)
                              .where(events.c.type == "timeline", events.c.decision_by.is_not(None))).all()
    for ident, at, zone, words, day in rows:
        if padded(words):
            new = _moved(day, _local_day(at, zone), forward)
            connection.execute(sa.update(events).where(events.c.id == ident).values(decision_by=new))
            changed += 1
    changed += _shift_proposals(connection, meta, lambda day, at: _moved(day, at.date(), forward))
    if changed:
        connection.execute(sa.delete(meta).where(meta.c.name == "plan_fingerprint"))


def _shift_proposals(connection: sa.Connection, meta: sa.TableClause,
                     move: Callable[[date, datetime], date]) -> int:
    """The timelines sync proposed and holds until --apply or --discard (usecases.inbox, "sync:proposals")."""
    stored = connection.execute(sa.select(meta.c.value).where(meta.c.name == "sync:proposals")).scalar()
    try:
        proposals = json.loads(stored or "[]")
    except ValueError:
        return 0
    changed = 0
    for proposal in proposals if isinstance(proposals, list) else []:
        if not (isinstance(proposal, dict) and proposal.get("event") == "timeline" and proposal.get("decision_by")
                and padded(proposal.get("because"))):
            continue
        day = move(date.fromisoformat(proposal["decision_by"]), datetime.fromisoformat(proposal["at"]))
        proposal["decision_by"] = day.isoformat()
        changed += 1
    if changed:
        connection.execute(sa.update(meta).where(meta.c.name == "sync:proposals")
                           .values(value=json.dumps(proposals)))
    return changed


def upgrade() -> None:
    _shift(forward=False)


def downgrade() -> None:
    _shift(forward=True)
