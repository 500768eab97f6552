"""Files for any mail client and calendar: a draft as an unsent .eml, every planned step as an iCalendar
event with an alarm, the interviews as CSV, and interviews found in a calendar export. An adapter: the
service and the shells call it; it decides no rule."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import formataddr
from typing import Any
from zoneinfo import ZoneInfo

from ..core.display import by_channel, moment, stamp
from ..core.errors import InputError
from ..core.model import Draft, Step
from ..core.shapes import interview_json

CALENDAR_NAME = "-//followup//plans//EN"


def draft_message(draft: Draft, sender_name: str | None, sender_email: str | None) -> EmailMessage:
    """A draft as a message any mail client opens ready to send (X-Unsent: 1 for Outlook)."""
    message = EmailMessage()
    if draft.to.email:
        message["To"] = formataddr((draft.to.name or draft.to.addressee, draft.to.email))
    if sender_email:
        message["From"] = formataddr((sender_name or "", sender_email))
    message["Subject"] = draft.subject
    message["X-Unsent"] = "1"
    message.set_content(draft.body)
    return message


def step_uid(interview_id: int, step: Step) -> str:
    """The same for the same step on every export, so a calendar updates its event instead of adding one."""
    who = re.sub(r"[^\w.@-]+", "-", step.to.key if step.to else "everyone").strip("-").lower()
    return f"{interview_id}-{step.kind}-{step.attempt}-{step.channel or 'none'}-{who}@followup"


def plan_calendar(views: Iterable[Any], now: datetime) -> bytes:
    """Every planned step as a VEVENT at its due time (half an hour long) with an alarm then; the window and
    the reason in its description. VEVENTs, not VTODOs: khal ignores to-dos and calcurse drops their due
    dates."""
    from icalendar import Alarm, Calendar, Event

    calendar = Calendar()
    calendar.add("prodid", CALENDAR_NAME)
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", "followup")
    stamp = now.astimezone(timezone.utc)
    for view in views:
        interview = view.interview
        for step in view.plan.steps:
            event = Event()
            event.add("uid", step_uid(interview.id or 0, step))
            event.add("dtstamp", stamp)
            event.add("dtstart", step.due)
            event.add("dtend", step.due + timedelta(minutes=30))
            event.add("summary", _summary(interview.company, step))
            event.add("description", f"{step.reason}\nWindow: {moment(step.earliest)} to "
                                     f"{moment(step.latest)}. Rule: {step.rule}.")
            event.add("categories", ["followup", step.kind])
            alarm = Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add("description", _summary(interview.company, step))
            alarm.add("trigger", timedelta(0))
            event.add_component(alarm)
            calendar.add_component(event)
    calendar.add_missing_timezones()
    return bytes(calendar.to_ical())


def _summary(company: str, step: Step) -> str:
    what = {"thank-you": "Thank-you", "late-thank-you": "Late thank-you", "status-inquiry": "Status inquiry",
            "rejection-reply": "Reply to the rejection", "feedback-request": "Ask for feedback",
            "reconnect": "Reconnect note", "move-on": "Move on"}[step.kind]
    if step.attempt > 1:
        what += f" #{step.attempt}"
    if step.channel in ("phone", "handwritten"):
        what += " (call)" if step.channel == "phone" else " (card)"
    return f"{what}: {company}" + (f", to {step.to.label}" if step.to else "")


CSV_FIELDS = ["id", "company", "role", "when", "timezone", "status", "interviewers", "decision_timeline",
              "decision_by", "events"]


def interviews_csv(views: Iterable[Any]) -> str:
    """One row per interview, its events in one column ("2026-11-20 sent thank-you to dana@...; ...")."""
    out = io.StringIO()
    writer = csv.DictWriter(out, CSV_FIELDS, lineterminator="\n")
    writer.writeheader()
    for view in views:
        data = interview_json(view.interview, view.plan.status)
        people = "; ".join(f"{p['name'] or ''} <{p['email'] or ''}>".strip() for p in data["interviewers"])
        row = {**{k: data.get(k) for k in CSV_FIELDS if k in data}, "interviewers": people,
               "events": "; ".join(_event_text(event) for event in view.events)}
        writer.writerow({k: _inert(v) for k, v in row.items()})
    return out.getvalue()


def _inert(value: Any) -> Any:
    """A cell a spreadsheet would run as a formula ("=HYPERLINK(...)", "+1", "@SUM", a leading tab) made text by
    a leading apostrophe, as spreadsheets themselves mark text."""
    return "'" + value if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


def _event_text(event: Any) -> str:
    """An event as the CSV's events column writes it: '2026-11-20 14:05 sent thank-you by email to dana@...',
    '... timeline "text"'. A message says how it went (by email, by phone, as a handwritten card), as
    `followup show` does."""
    return (f"{stamp(event.at)} {event.type}" + (f" {event.kind}" if event.kind else "")
            + (f" {by_channel(event.channel)}" if event.channel else "") + (f" to {event.to}" if event.to else "")
            + (f" \u201c{event.text}\u201d" if event.text else ""))


_INTERVIEW = re.compile(r"\binterview", re.IGNORECASE)
_COMPANY = re.compile(r"(?:\b(?:with|at)\s+|@\s*|\binterview\s*[-–—:|]\s*)(?P<company>[^,:;()\-–—|]+?)\s*"
                      r"(?:$|[,:;()\-–—|]|\bfor\b)", re.IGNORECASE)
_ROLE = re.compile(r"\bfor\s+(?:the\s+)?(?P<role>[^,:;()|]+?)(?:\s+(?:role|position))?\s*(?:$|[,:;()|]|\bat\b)",
                   re.IGNORECASE)


def calendar_interviews(data: bytes, default_timezone: str) -> list[dict[str, Any]]:
    """The interviews in a calendar export: events whose summary says interview, as input for `add`
    (company and role read from "Interview with Quixotiq for Data Engineer"-like summaries, when they say)."""
    from icalendar import Calendar

    try:
        calendar = Calendar.from_ical(data)
    except ValueError as error:
        raise InputError("file", f"an iCalendar file (.ics) ({error})") from None
    found = [_calendar_interview(event, default_timezone) for event in calendar.walk("VEVENT")]
    return [item for item in found if item is not None]


def _calendar_interview(event: Any, default_timezone: str) -> dict[str, Any] | None:
    """One calendar event as input for `add`; None when it is not an interview at a time of day."""
    summary = str(event.get("summary", ""))
    start = event.decoded("dtstart") if event.get("dtstart") else None
    if _INTERVIEW.search(summary) and type(event.get("dtstart")).__name__ == "vBroken":  # not left out unsaid
        raise InputError("file", f"a start time that can be read for {summary!r} (its DTSTART is "
                         f"{str(event.get('dtstart'))!r}); nothing was added")
    if not _INTERVIEW.search(summary) or not isinstance(start, datetime):
        return None
    start, zone = _local_start(start, default_timezone)
    end = event.decoded("dtend") if event.get("dtend") else None
    item: dict[str, Any] = {"when": start.replace(tzinfo=None).isoformat(timespec="minutes"), "timezone": zone}
    if isinstance(end, datetime) and end > start:
        item["duration_minutes"] = int((end - start).total_seconds() // 60)
    item.update(_summary_fields(summary))
    people = [a for a in _attendees(event) if a.get("email")]
    if people:
        item["interviewers"] = people
    item["summary"] = summary
    return item


def _local_start(start: datetime, default_timezone: str) -> tuple[datetime, str]:
    """The start in its own named time zone; one in UTC or at a fixed offset in your own time zone."""
    named = getattr(start.tzinfo, "key", None)
    zone = named if named and named != "UTC" else default_timezone
    if start.tzinfo is not None and zone != named:
        start = start.astimezone(ZoneInfo(zone))
    return start, zone


def _summary_fields(summary: str) -> dict[str, str]:
    """The company and the role an event's summary names, when it does."""
    fields = {}
    company, role = _COMPANY.search(summary), _ROLE.search(summary)
    if company:
        fields["company"] = company.group("company").strip()
    if role:
        fields["role"] = role.group("role").strip()
    return fields


def _attendees(event: Any) -> list[dict[str, str]]:
    attendees = event.get("attendee", [])
    if not isinstance(attendees, list):
        attendees = [attendees]
    people = []
    for attendee in attendees:
        email = str(attendee).removeprefix("mailto:").removeprefix("MAILTO:")
        name = attendee.params.get("CN") if hasattr(attendee, "params") else None
        people.append({"name": str(name) if name else "", "email": email})
    return people


# Column names used by job trackers' CSV exports (Huntr, Teal, LinkedIn's Job Applications.csv, spreadsheets),
# compared without case, spaces or punctuation. The first column found for each field is used.
TRACKER_COLUMNS = {
    "company": ("company", "companyname", "employer", "organization", "organisation"),
    "role": ("jobtitle", "title", "position", "jobposition", "role", "jobrole"),
    "interview": ("interviewdate", "interview", "interviewat", "dateinterview", "nextinterview",
                  "interviewdatetime", "interviewtime"),
    "applied": ("applicationdate", "dateapplied", "applied", "appliedat", "appliedon", "date"),
    "contact": ("contact", "contactname", "recruiter", "recruitername", "hiringmanager"),
    "email": ("contactemail", "email", "recruiteremail"),
    "notes": ("notes", "note", "comments"),
    "url": ("joburl", "url", "link", "joblink", "postingurl"),
}


def _column_key(name: str) -> str:
    return re.sub(r"[^a-z]", "", name.casefold())


@dataclass(frozen=True)
class Skipped:
    """A row of a tracker's export left out: its line in the file, and why."""

    line: int
    reason: str


def tracker_rows(text: str, default_timezone: str) -> tuple[list[dict[str, Any]], list[Skipped]]:
    """Interviews in a tracker's CSV export, as input for `add`, and each row left out. A row
    needs a company, a role and an interview date: followup follows interviews up, and an application
    without an interview has nothing to follow up yet."""
    reader = csv.DictReader(io.StringIO(text))
    columns = _tracker_columns(reader.fieldnames)
    interviews: list[dict[str, Any]] = []
    skipped: list[Skipped] = []
    for number, row in enumerate(reader, 2):
        cells = {field: (row.get(column) or "").strip() if column else "" for field, column in columns.items()}
        item = _tracker_interview(cells, default_timezone)
        if isinstance(item, str):
            skipped.append(Skipped(number, item))
        else:
            interviews.append(item)
    return interviews, skipped


def _tracker_columns(names: Sequence[str] | None) -> dict[str, str | None]:
    """For each field of TRACKER_COLUMNS, the CSV's column that holds it (None when there is none)."""
    if not names:
        raise InputError("file", "a CSV file with a header row")
    columns = {_column_key(name): name for name in names if name}
    found = {field: next((columns[c] for c in keys if c in columns), None) for field, keys in TRACKER_COLUMNS.items()}
    if found["company"] is None or found["role"] is None:
        raise InputError("file", "a CSV file with a company column and a job title column (such as 'Company' "
                         "and 'Job Title')", ", ".join(names))
    return found


def _tracker_interview(cell: dict[str, str], default_timezone: str) -> dict[str, Any] | str:
    """A tracker's row (its cells by field) as input for `add`, or why it is left out."""
    import dateparser

    company, role, when = cell["company"], cell["role"], cell["interview"]
    if not company or not role:
        return "no company or job title"
    if not when:
        applied = f", applied {cell['applied']}" if cell["applied"] else ""
        return f"{company}, {role}: no interview date yet{applied}"
    moment = dateparser.parse(when, settings={"TIMEZONE": default_timezone, "RETURN_AS_TIMEZONE_AWARE": False,
                                              "PREFER_DAY_OF_MONTH": "first"})
    if moment is None:
        return f"{company}, {role}: the interview date {when!r} is not a date"
    item: dict[str, Any] = {"company": company, "role": role, "timezone": default_timezone,
                            "when": moment.isoformat(timespec="minutes")}
    person = {"name": cell["contact"], "email": cell["email"]}
    if any(person.values()):
        item["interviewers"] = [{k: v for k, v in person.items() if v}]
    notes = " ".join(x for x in (cell["notes"], cell["url"]) if x)
    if notes:
        item["notes"] = notes
    return item
