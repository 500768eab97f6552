"""The public field names: reading interviews from files, flags and prompts, and writing them as JSON.

Every check names the field it is about, so a user sees "when: expected ..." rather than a traceback.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import date, datetime, timezone
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .errors import InputError
from .model import CULTURES, FORMATS, Concern, Draft, Event, Interview, Interviewer, Plan, Recipient, Step

FIELDS = ("company", "role", "when", "duration_minutes", "timezone", "format", "department", "decision_timeline",
          "culture", "phone_encouraged", "mailing_address", "topics", "goals", "concerns", "notes", "interviewers")
INTERVIEWER_FIELDS = ("name", "title", "email", "department", "topics")
DERIVED_FIELDS = ("id", "status", "decision_by")  # written in JSON output, ignored on input
_EMAIL = re.compile(r"^[^@\s<>,;]+@[^@\s<>,;]+\.[^@\s<>,;.]+$")
_ISO_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")
_TRUE = {"true", "yes", "y", "1", "on"}
_FALSE = {"false", "no", "n", "0", "off", ""}


def parse_interview(data: Mapping[str, Any], default_timezone: str) -> Interview:
    """An Interview from a mapping of public field names (a TOML or JSON file, flags, or prompts)."""
    unknown = [key for key in data if key not in FIELDS and key not in DERIVED_FIELDS]
    if unknown:
        raise InputError(unknown[0], "one of the interview fields: " + ", ".join(FIELDS), None)
    zone_name = _text(data, "timezone") or default_timezone
    zone = parse_zone(zone_name, "timezone")
    return Interview(
        company=_required(data, "company"),
        role=_required(data, "role"),
        when=parse_moment(_present(data, "when"), zone, "when"),
        timezone=zone_name,
        duration_minutes=_minutes(data.get("duration_minutes", 60)),
        format=_choice(data, "format", FORMATS),
        department=_text(data, "department"),
        decision_timeline=_text(data, "decision_timeline"),
        culture=_choice(data, "culture", CULTURES) or "formal",
        phone_encouraged=parse_bool(data.get("phone_encouraged", False), "phone_encouraged"),
        mailing_address=_text(data, "mailing_address"),
        topics=_strings(data.get("topics"), "topics"),
        goals=_strings(data.get("goals"), "goals"),
        concerns=_concerns(data.get("concerns")),
        notes=_text(data, "notes"),
        interviewers=tuple(_interviewer(item, f"interviewers[{n}]")
                           for n, item in enumerate(_list(data.get("interviewers"), "interviewers"))),
    )


def parse_zone(name: object, field: str) -> ZoneInfo:
    if not isinstance(name, str) or not name.strip():
        raise InputError(field, "an IANA time zone name such as Europe/London", name)
    try:
        return ZoneInfo(name.strip())
    except (ZoneInfoNotFoundError, ValueError):
        raise InputError(field, "an IANA time zone name such as Europe/London", name) from None


def parse_moment(value: object, zone: ZoneInfo, field: str) -> datetime:
    """An aware date-time from ISO 8601 text (or a TOML date-time); a time without an offset is local to
    `zone`. A local time that the clocks skip (a daylight-saving gap) is refused."""
    expected = "an ISO 8601 date and time such as 2026-11-19T14:30"
    if isinstance(value, datetime):
        moment = value
    elif isinstance(value, str) and _ISO_DATETIME.match(value.strip()):
        try:
            moment = datetime.fromisoformat(value.strip())
        except ValueError as error:
            raise InputError(field, f"{expected} ({error})", value) from None
    else:
        raise InputError(field, expected, value)
    if moment.tzinfo is not None:
        return moment.astimezone(zone)
    local = moment.replace(tzinfo=zone)
    if local.astimezone(timezone.utc).astimezone(zone).replace(tzinfo=None) != moment:
        raise InputError(field, f"a time that exists in {zone.key} (the clocks skip it)", value)
    return local


def parse_bool(value: object, field: str) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in _TRUE | _FALSE:
        return value.strip().lower() in _TRUE
    raise InputError(field, "true or false", value)


def is_email(value: str) -> bool:
    return bool(_EMAIL.match(value))


def _present(data: Mapping[str, Any], field: str) -> object:
    value = data.get(field)
    if value is None or (isinstance(value, str) and not value.strip()):
        raise InputError(field, "a value (it is required)")
    return value


def _required(data: Mapping[str, Any], field: str) -> str:
    _present(data, field)
    text = _text(data, field)
    assert text is not None
    return text


def _text(data: Mapping[str, Any], field: str) -> str | None:
    value = data.get(field)
    if value is None:
        return None
    if not isinstance(value, str):
        raise InputError(field, "text", value)
    return value.strip() or None


def _choice(data: Mapping[str, Any], field: str, choices: Sequence[str]) -> str | None:
    value = _text(data, field)
    if value is not None and value.lower() not in choices:
        raise InputError(field, "one of " + ", ".join(choices), value)
    return value.lower() if value else None


def _minutes(value: object) -> int:
    if isinstance(value, str) and value.strip().isdigit():
        value = int(value)
    if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= 24 * 60:
        raise InputError("duration_minutes", "a whole number of minutes from 1 to 1440", value)
    return value


def _list(value: object, field: str) -> list[Any]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise InputError(field, "a list", value)
    return value


def _strings(value: object, field: str) -> tuple[str, ...]:
    items = [value] if isinstance(value, str) else _list(value, field)
    for n, item in enumerate(items):
        if not isinstance(item, str):
            raise InputError(f"{field}[{n}]", "text", item)
    return tuple(item.strip() for item in items if item.strip())


def _concerns(value: object) -> tuple[Concern, ...]:
    items = [value] if isinstance(value, str) else _list(value, "concerns")
    concerns = []
    for n, item in enumerate(items):
        field = f"concerns[{n}]"
        if isinstance(item, str):
            if item.strip():
                concerns.append(Concern(item.strip()))
        elif isinstance(item, Mapping):
            extra = set(item) - {"concern", "answer"}
            if extra:
                raise InputError(f"{field}.{sorted(extra)[0]}", "only the fields concern and answer")
            concern, answer = item.get("concern"), item.get("answer")
            if not isinstance(concern, str) or not concern.strip():
                raise InputError(f"{field}.concern", "text (it is required)", concern)
            if answer is not None and not isinstance(answer, str):
                raise InputError(f"{field}.answer", "text", answer)
            concerns.append(Concern(concern.strip(), (answer or "").strip() or None))
        else:
            raise InputError(field, "text, or a table with concern and answer", item)
    return tuple(concerns)


def _interviewer(item: object, field: str) -> Interviewer:
    if not isinstance(item, Mapping):
        raise InputError(field, "a table with name, title, email, department, topics", item)
    unknown = [key for key in item if key not in INTERVIEWER_FIELDS]
    if unknown:
        raise InputError(f"{field}.{unknown[0]}", "one of " + ", ".join(INTERVIEWER_FIELDS))

    def text(key: str) -> str | None:
        try:
            return _text(item, key)
        except InputError as error:
            raise InputError(f"{field}.{key}", "text", item.get(key)) from error

    email = text("email")
    if email is not None and not is_email(email):
        raise InputError(f"{field}.email", "an email address such as dana@example.com", email)
    return Interviewer(name=text("name"), title=text("title"), email=email, department=text("department"),
                       topics=_strings(item.get("topics"), f"{field}.topics"))


# -- JSON ------------------------------------------------------------------------------------------------

def moment_json(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment is not None else None


def day_json(day: date | None) -> str | None:
    return day.isoformat() if day is not None else None


def interview_json(interview: Interview, status: str) -> dict[str, Any]:
    return {
        "id": interview.id,
        "company": interview.company,
        "role": interview.role,
        "when": moment_json(interview.when),
        "duration_minutes": interview.duration_minutes,
        "timezone": interview.timezone,
        "format": interview.format,
        "department": interview.department,
        "decision_timeline": interview.decision_timeline,
        "decision_by": day_json(interview.decision_by),
        "culture": interview.culture,
        "phone_encouraged": interview.phone_encouraged,
        "mailing_address": interview.mailing_address,
        "topics": list(interview.topics),
        "goals": list(interview.goals),
        "concerns": [{"concern": c.concern, "answer": c.answer} for c in interview.concerns],
        "notes": interview.notes,
        "interviewers": [{"name": i.name, "title": i.title, "email": i.email, "department": i.department,
                          "topics": list(i.topics)} for i in interview.interviewers],
        "status": status,
    }


def interview_input(interview: Interview) -> dict[str, Any]:
    """The interview as the fields a user writes (for editing): no derived fields, no empty values."""
    data = interview_json(interview, "")
    for key in DERIVED_FIELDS:
        data.pop(key)
    data["when"] = interview.when.replace(tzinfo=None).isoformat(timespec="minutes")
    data["interviewers"] = [{k: v for k, v in i.items() if v not in (None, [])} for i in data["interviewers"]]
    data["concerns"] = [{k: v for k, v in c.items() if v is not None} for c in data["concerns"]]
    return {k: v for k, v in data.items() if v not in (None, [])}


def event_json(event: Event) -> dict[str, Any]:
    return {"id": event.id, "type": event.type, "at": moment_json(event.at), "kind": event.kind, "to": event.to,
            "channel": event.channel, "text": event.text, "decision_by": day_json(event.decision_by)}


def recipient_json(recipient: Recipient | None) -> dict[str, Any] | None:
    if recipient is None:
        return None
    return {"name": recipient.name, "email": recipient.email, "addressee": recipient.addressee}


def step_json(step: Step) -> dict[str, Any]:
    return {"kind": step.kind, "attempt": step.attempt, "channel": step.channel, "to": recipient_json(step.to),
            "earliest": moment_json(step.earliest), "due": moment_json(step.due),
            "latest": moment_json(step.latest), "rule": step.rule, "reason": step.reason,
            "optional": step.optional}


def plan_json(interview_id: int | None, plan: Plan) -> dict[str, Any]:
    return {"interview": interview_id, "status": plan.status, "steps": [step_json(s) for s in plan.steps],
            "warnings": list(plan.warnings)}


def parse_time_text(value: str, zone: ZoneInfo, field: str, now: datetime) -> datetime:
    """A date-time typed by a person: ISO 8601 first, then plain words ("yesterday 17:00", "2 hours ago"),
    read relative to `now` in `zone`."""
    try:
        return parse_moment(value, zone, field)
    except InputError:
        if _ISO_DATETIME.match(value.strip()):
            raise
    import dateparser  # loaded only for words

    settings = {"RELATIVE_BASE": now.astimezone(zone).replace(tzinfo=None), "TIMEZONE": zone.key,
                "RETURN_AS_TIMEZONE_AWARE": True, "PREFER_DATES_FROM": "past"}
    parsed = dateparser.parse(value, languages=["en"], settings=settings)
    if parsed is None:
        raise InputError(field, "a date and time such as 2026-11-19T14:30 or 'yesterday 17:00'", value)
    return parsed.astimezone(zone)


def draft_json(draft: Draft) -> dict[str, object]:
    return {"id": draft.id, "kind": draft.kind, "attempt": draft.attempt, "channel": draft.channel,
            "to": {"name": draft.to.name, "email": draft.to.email}, "subject": draft.subject, "body": draft.body,
            "edited": draft.edited}
