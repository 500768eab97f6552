"""The public field names: reading interviews from files, flags and prompts, and writing them as JSON. Which
fields there are, and the type of each, comes from the table in core.fields.

Every check names the field it is about, so a user sees "when: expected ..." rather than a traceback.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import datetime, timezone
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .errors import InputError
from .fields import INPUT_FIELDS, INTERVIEW_FIELDS, INTERVIEWER, Field
from .model import Concern, Interview, Interviewer
from .shapes import interview_json

FIELDS = tuple(f.name for f in INPUT_FIELDS)
INTERVIEWER_FIELDS = tuple(f.name for f in INTERVIEWER)
DERIVED_FIELDS = ("id", "status", *(f.name for f in INTERVIEW_FIELDS if f.derived))  # JSON only: ignored on input
_EMAIL = re.compile(r"^[^@\s<>,;]+@[^@\s<>,;]+\.[^@\s<>,;.]+$")
_ISO_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")
_TRUE = {"true", "yes", "y", "1", "on"}
_FALSE = {"false", "no", "n", "0", "off", ""}
# a field of one line holds no control character (line breaks of any kind, NUL, terminal escapes); a text of
# several lines holds line breaks and tabs only
_CONTROL_IN_LINE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_CONTROL_IN_TEXT = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
YEARS = (1900, 2199)  # the calendar a date-time typed by a person must fall in (the planner counts on from it)
MAX_PANEL = 30  # interviewers of one interview: a panel, not a mailing list (each is drafted and checked)
MAX_ITEMS = 100  # topics, goals or concerns in one list
ZONE_LENGTH = 64  # the longest IANA name is 32 characters; the database keeps 64


def parse_interview(data: Mapping[str, Any], default_timezone: str) -> Interview:
    """An Interview from a mapping of public field names (a TOML or JSON file, flags, or prompts)."""
    unknown = [key for key in data if key not in FIELDS and key not in DERIVED_FIELDS]
    if unknown:
        raise InputError(unknown[0], "one of the interview fields: " + ", ".join(FIELDS), None)
    zone_name = _text(data, "timezone") or default_timezone
    zone = parse_zone(zone_name, "timezone")
    values = {f.name: _value(f, data, zone, zone_name) for f in INPUT_FIELDS}
    _raised_by_someone(values["concerns"], values["interviewers"])
    return Interview(**values)


def _raised_by_someone(concerns: tuple[Concern, ...], people: tuple[Interviewer, ...]) -> None:
    """Each concern's `raised_by` names an interviewer of this interview, by email or name."""
    known = {key.casefold() for p in people for key in (p.email, p.name) if key}
    for n, concern in enumerate(concerns):
        if concern.raised_by is not None and concern.raised_by.casefold() not in known:
            raise InputError(f"concerns[{n}].raised_by", "the email or name of one of the interviewers",
                             concern.raised_by)


def _value(field: Field, data: Mapping[str, Any], zone: ZoneInfo, zone_name: str) -> Any:
    """One field's value, read as its type says; an absent (None) value is the field's default."""
    name = field.name
    if field.required:
        _present(data, name)
    value = field.default if data.get(name) is None else data[name]
    if field.type == "zone":
        return zone_name
    if field.type == "time":
        return parse_moment(value, zone, name)
    if field.type == "int":
        return _number(value, field)
    if field.type == "bool":
        return parse_bool(value, name)
    if field.type == "choice":
        return _choice({name: value}, name, field.choices) or field.default
    if field.type == "list":
        return _items(field, value)
    return _text({name: value}, name, lines=field.lines)


def _items(field: Field, value: object) -> tuple[Any, ...]:
    if field.item == "concern":
        return _concerns(value)
    if field.item == "interviewer":
        people = _list(value, field.name)
        if len(people) > MAX_PANEL:
            raise InputError(field.name, f"at most {MAX_PANEL} interviewers", f"{len(people)} of them")
        found = tuple(_interviewer(item, f"interviewers[{n}]") for n, item in enumerate(people))
        contacts = [n for n, person in enumerate(found) if person.contact]
        if len(contacts) > 1:
            raise InputError(f"interviewers[{contacts[1]}].contact",
                             f"at most one contact (interviewers[{contacts[0]}] is already the contact)")
        return found
    return _strings(value, field.name)


def parse_zone(name: object, field: str) -> ZoneInfo:
    expected = "an IANA time zone name such as Europe/London"
    if (not isinstance(name, str) or not name.strip() or len(name.strip()) > ZONE_LENGTH
            or _CONTROL_IN_LINE.search(name)):
        raise InputError(field, expected, name)
    try:
        return ZoneInfo(name.strip())
    except (ZoneInfoNotFoundError, ValueError, OSError):  # OSError: a folder of the zone files ("America")
        raise InputError(field, expected, name) from None


def in_calendar(moment: datetime, field: str, value: object) -> datetime:
    """`moment`, if its year is one the program can plan from (and count weeks and months on from)."""
    low, high = YEARS
    if not low <= moment.year <= high:
        raise InputError(field, f"a date-time from the year {low} to {high}", value)
    return moment


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
    in_calendar(moment, field, value)  # before any arithmetic: 9999-12-31T23:00 has no UTC time in the east
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


def refuse_controls(value: str, field: str, lines: bool = False) -> str:
    """`value`, if it holds no control character (a text of several `lines` may hold line breaks and tabs)."""
    _text({field: value}, field, lines)
    return value


def _text(data: Mapping[str, Any], field: str, lines: bool = False) -> str | None:
    value = data.get(field)
    if value is None:
        return None
    if not isinstance(value, str):
        raise InputError(field, "text", value)
    if (_CONTROL_IN_TEXT if lines else _CONTROL_IN_LINE).search(value.strip()):
        what = "line breaks and tabs" if lines else "one line"
        raise InputError(field, f"text without control characters ({what} only)", value)
    return value.strip() or None


def _choice(data: Mapping[str, Any], field: str, choices: Sequence[str]) -> str | None:
    value = _text(data, field)
    if value is not None and value.lower() not in choices:
        raise InputError(field, "one of " + ", ".join(choices), value)
    return value.lower() if value else None


def _number(value: object, field: Field) -> int:
    low, high = field.bounds
    if isinstance(value, str) and value.strip().isdigit():
        value = int(value)
    if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
        raise InputError(field.name, f"a whole number of {field.unit} from {low} to {high}", value)
    return value


def _list(value: object, field: str) -> list[Any]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise InputError(field, "a list", value)
    return value


def _strings(value: object, field: str) -> tuple[str, ...]:
    items = [value] if isinstance(value, str) else _list(value, field)
    if len(items) > MAX_ITEMS:
        raise InputError(field, f"at most {MAX_ITEMS} items", f"{len(items)} of them")
    for n, item in enumerate(items):
        if not isinstance(item, str):
            raise InputError(f"{field}[{n}]", "text", item)
        _text({f"{field}[{n}]": item}, f"{field}[{n}]")
    return tuple(item.strip() for item in items if item.strip())


def concern_from_line(line: str) -> dict[str, str]:
    """"doubt | your answer | who raised it" (a flag, a line of the web form): the answer and who raised it
    may be left out. The parts are checked later, with the rest of the interview."""
    concern, _, rest = line.partition("|")
    answer, _, raised_by = rest.partition("|")
    parts = {"concern": concern.strip(), "answer": answer.strip(), "raised_by": raised_by.strip()}
    return {key: value for key, value in parts.items() if value or key == "concern"}


def concern_line(concern: Mapping[str, Any]) -> str:
    """A concern as `concern_from_line` reads it back."""
    parts = [concern["concern"], concern.get("answer") or "", concern.get("raised_by") or ""]
    while not parts[-1]:
        parts.pop()
    return " | ".join(parts).replace("|  |", "| |")


def _concerns(value: object) -> tuple[Concern, ...]:
    items = [value] if isinstance(value, str) else _list(value, "concerns")
    concerns = (_concern(item, f"concerns[{n}]") for n, item in enumerate(items))
    return tuple(concern for concern in concerns if concern is not None)


def _concern(item: object, field: str) -> Concern | None:
    """A concern as text, or a table with concern and answer; None for empty text."""
    if isinstance(item, str):
        return Concern(item.strip()) if item.strip() else None
    if not isinstance(item, Mapping):
        raise InputError(field, "text, or a table with concern, answer and raised_by", item)
    extra = set(item) - {"concern", "answer", "raised_by"}
    if extra:
        raise InputError(f"{field}.{sorted(extra)[0]}", "only the fields concern, answer and raised_by")
    concern, answer = item.get("concern"), item.get("answer")
    if not isinstance(concern, str) or not concern.strip():
        raise InputError(f"{field}.concern", "text (it is required)", concern)
    _text({f"{field}.concern": concern}, f"{field}.concern", lines=True)
    _text({f"{field}.answer": answer}, f"{field}.answer", lines=True)
    raised_by = item.get("raised_by")
    if raised_by is not None and (not isinstance(raised_by, str) or not raised_by.strip()):
        raise InputError(f"{field}.raised_by", "the email or name of one of the interviewers", raised_by)
    _text({f"{field}.raised_by": raised_by}, f"{field}.raised_by")
    return Concern(concern.strip(), (answer or "").strip() or None, raised_by.strip() if raised_by else None)


def _interviewer(item: object, field: str) -> Interviewer:
    if not isinstance(item, Mapping):
        raise InputError(field, "a table with " + ", ".join(INTERVIEWER_FIELDS), item)
    unknown = [key for key in item if key not in INTERVIEWER_FIELDS]
    if unknown:
        raise InputError(f"{field}.{unknown[0]}", "one of " + ", ".join(INTERVIEWER_FIELDS))
    return Interviewer(**{f.name: _person_value(f, item, f"{field}.{f.name}") for f in INTERVIEWER})


def _person_value(field: Field, item: Mapping[str, Any], path: str) -> Any:
    if field.type == "list":
        return _strings(item.get(field.name), path)
    if field.type == "bool":
        return parse_bool(field.default if item.get(field.name) is None else item[field.name], path)
    text = _text({path: item.get(field.name)}, path)
    if field.name == "address_as" and text is None and item.get(field.name) is not None:
        raise InputError(path, "how to greet them, such as Mr. Zhang (leave it out to go by the name)")
    if field.type == "email" and text is not None and not is_email(text):
        raise InputError(path, "an email address such as dana@example.com", text)
    if field.type == "phone" and text is not None:
        return parse_phone(text, path)
    return text


def parse_phone(text: str, field: str) -> str:
    """A phone number in international form ("+1 617-555-0100"), checked by phonenumbers and written the
    same way each time ("+1 617-555-0100")."""
    import phonenumbers  # loaded only when a phone number is given

    expected = "a phone number with its country code, such as +1 617 555 0100"
    try:
        number = phonenumbers.parse(text, None)
    except phonenumbers.NumberParseException:
        raise InputError(field, expected, text) from None
    if not phonenumbers.is_valid_number(number):
        raise InputError(field, expected, text)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def interview_input(interview: Interview) -> dict[str, Any]:
    """The interview as the fields a user writes (for editing): no derived fields, no empty values."""
    data = interview_json(interview, "")
    for key in DERIVED_FIELDS:
        data.pop(key)
    data["when"] = interview.when.replace(tzinfo=None).isoformat(timespec="minutes")
    data["interviewers"] = [{k: v for k, v in i.items() if v not in (None, [])} for i in data["interviewers"]]
    data["concerns"] = [{k: v for k, v in c.items() if v is not None} for c in data["concerns"]]
    return {k: v for k, v in data.items() if v not in (None, [])}


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
    return in_calendar(parsed, field, value).astimezone(zone)


