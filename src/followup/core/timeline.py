"""The employer's words about their timeline ("within two weeks", "by next Friday") -> a decision date.

`parse_timeline(text, said_on, calendar)` returns the last day by which the employer said they would decide,
or None when the phrase is not understood. Vague spans resolve to their end ("mid-December" is the 20th,
"early next week" its Tuesday), so that an inquiry never goes out before the employer's own timeline has
passed. Explicit dates are read by dateparser; what it does not know (business days, "a couple of weeks",
"end of next week", "after the holidays") is handled first, by the table of patterns at the bottom.

Words that tie the decision to an event ("after the board meets on December 10", "after Thanksgiving", "in
the new year") give the day of the event itself, never a day some time after it: whether the words are such
is `is_after_event` (timeline_events), and the planner alone adds the days the decision takes after it.
"""

from __future__ import annotations

import calendar as monthcal
import re
from collections.abc import Callable
from datetime import date, datetime, timedelta

from .errors import InputError
from .schema import YEARS
from .timeline_events import AFTER_HOLIDAY, AFTER_HOLIDAYS, NEW_YEAR, is_after_event
from .workdays import WorkCalendar, holidays_named

__all__ = ["is_after_event", "parse_timeline"]

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december")
_WEEKDAY = r"(?P<weekday>" + "|".join(WEEKDAYS) + r")\b"
_MONTH = r"(?P<month>" + "|".join(MONTHS) + r")\b"
# Full names first: "31 December 2027" must not stop at "31 Dec" and lose its year.
_MONTH_ABBR = "|".join(MONTHS) + r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\.?"
_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30,
    "a couple of": 2, "a couple": 2, "couple of": 2, "a few": 3, "few": 3, "several": 4,
}
_NUMBER = "|".join(sorted(_NUMBERS, key=len, reverse=True)) + r"|\d+"
_UNIT = r"(?P<unit>business days?|working days?|work days?|days?|weeks?|months?|hours?)\b"
# Where a vague span ends, inside a week or a month.
_PART = r"(?P<part>early|beginning of|start of|mid|middle of|late|end of|the end of)"
_WEEK_OFFSET = {"early": 1, "beginning of": 1, "start of": 1, "mid": 2, "middle of": 2}  # else Friday
_MONTH_DAY = {"early": 10, "beginning of": 10, "start of": 10, "mid": 20, "middle of": 20}

Resolver = Callable[[dict[str, str], date, WorkCalendar], "date | None"]


class _PastDateError(ValueError):
    pass


def parse_timeline(text: str, said_on: date, calendar: WorkCalendar, field: str = "decision_timeline",
                   said: str = "the interview") -> date | None:
    """The decision date the phrase names, counted from `said_on`; None when the phrase is not understood. For
    words that tie the decision to an event (`is_after_event`), the day of the event.

    Raises InputError (naming `field`) when the phrase names an explicit date before `said_on`, which is the
    day of `said` ("the interview", or "the day it was said").
    """
    try:
        return _resolve(_normalise(text), said_on, calendar)
    except _PastDateError as past:
        raise InputError(field, f"a date on or after {said} ({said_on.isoformat()})", str(past)) from None
    except (OverflowError, ValueError):  # "within 99999999999 weeks": past the end of the calendar
        raise InputError(field, f"a timeline that ends by the year {YEARS[1]}", text) from None


def day_named(text: str, said_on: date, calendar: WorkCalendar) -> date | None:
    """The day a sentence of someone's message names (as `parse_timeline` reads it), or None: none named, or one
    before `said_on` (not about what comes next)."""
    try:
        return parse_timeline(text, said_on, calendar)
    except InputError:
        return None


def _resolve(phrase: str, said_on: date, calendar: WorkCalendar) -> date | None:
    """The day the first rule that matches `phrase` (normalised) and resolves gives; None if none does."""
    for pattern, resolve in _RULES:
        for match in pattern.finditer(phrase):
            found = resolve({k: v for k, v in match.groupdict().items() if v}, said_on, calendar)
            if found is not None and found.year > YEARS[1]:
                raise OverflowError(found)
            if found is not None:
                return found
    return None


def _normalise(text: str) -> str:
    phrase = text.casefold().replace("\u2019", "'").replace("\u2013", "-").replace("\u2014", " ")
    phrase = re.sub(r"\b(mid|end|start)-(?:of-)?", lambda m: m.group(1) + (" of " if m.group(0).endswith("of-")
                                                                         else " "), phrase)
    phrase = re.sub(r"[!?;,()\"]", " ", phrase)
    phrase = re.sub(r"(?<=[a-z])\.(?=\s|$)", " ", phrase)
    return " ".join(phrase.split())


def _add_months(day: date, months: int) -> date:
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, monthcal.monthrange(year, month)[1]))


def _month_end(year: int, month: int) -> date:
    return date(year, month, monthcal.monthrange(year, month)[1])


def _in_month(part: str, year: int, month: int) -> date:
    day = _MONTH_DAY.get(part)
    return date(year, month, day) if day else _month_end(year, month)


def _monday(said_on: date, which: str) -> date:
    monday = said_on - timedelta(days=said_on.weekday())
    return monday + timedelta(weeks=1) if which == "next" else monday


def _count(g: dict[str, str], said_on: date, calendar: WorkCalendar) -> date:
    # "one to two weeks", "2-3 days", "a week or two": the larger number counts.
    count = max(int(n) if n.isdigit() else _NUMBERS[n] for key, n in g.items() if key.startswith("n"))
    count += 1 if "half" in g or "half_after" in g else 0  # "a week and a half" counts as two: never ask early
    unit, count = g["unit"], max(count, 1)
    if unit.startswith(("business", "working", "work")):
        return calendar.add_business_days(said_on, count)
    if unit.startswith("hour"):
        return said_on + timedelta(days=-(-count // 24))
    if unit.startswith("day"):
        return said_on + timedelta(days=count)
    if unit.startswith("week"):
        return said_on + timedelta(weeks=count)
    return _add_months(said_on, count)


def _week(g: dict[str, str], said_on: date, calendar: WorkCalendar) -> date:
    offset = _WEEK_OFFSET.get(g.get("part", ""), 4)  # no part, or "end of": the Friday
    return max(_monday(said_on, g.get("which", "this")) + timedelta(days=offset), said_on)


def _month(g: dict[str, str], said_on: date, calendar: WorkCalendar) -> date:
    target = _add_months(said_on.replace(day=1), 1 if g.get("which") == "next" else 0)
    return max(_in_month(g.get("part", "end of"), target.year, target.month), said_on)


def _named_month(g: dict[str, str], said_on: date, calendar: WorkCalendar) -> date | None:
    if g["month"] in ("may", "march") and not ("part" in g or "prep" in g):
        return None  # "we may decide...": a verb, not a month
    month = MONTHS.index(g["month"]) + 1
    if g.get("prep") in ("by", "before"):  # "by December": before it starts
        for year in (said_on.year, said_on.year + 1):
            if (day := date(year, month, 1) - timedelta(days=1)) >= said_on:
                return day
    part = g.get("part", "end of")
    this_year = _in_month(part, said_on.year, month)
    return this_year if this_year >= said_on else _in_month(part, said_on.year + 1, month)


def _next_weekday(g: dict[str, str], said_on: date, calendar: WorkCalendar) -> date:
    # "next Tuesday" is the Tuesday of next week, whatever day it is said on.
    return _monday(said_on, "next") + timedelta(days=WEEKDAYS.index(g["weekday"]))


def _coming_weekday(g: dict[str, str], said_on: date, calendar: WorkCalendar) -> date:
    # "by Friday" said on a Friday means a week later: the interview day itself is never the deadline.
    return said_on + timedelta(days=(WEEKDAYS.index(g["weekday"]) - said_on.weekday() - 1) % 7 + 1)


def _after_new_year(g: dict[str, str], said_on: date, calendar: WorkCalendar) -> date:
    # "after the holidays": the first business day of the new year (this one, if it is early January), an event
    # the decision comes after (the planner waits some days more).
    year = said_on.year if said_on < date(said_on.year, 1, 10) else said_on.year + 1
    return max(calendar.next_business_day(date(year, 1, 2)), said_on)


def _span_after(g: dict[str, str], said_on: date, calendar: WorkCalendar) -> date | None:
    # "two weeks after Thanksgiving", "a week after the board meets on December 10": the span counted from the
    # day the words after it name (a deadline, not an event: is_after_event). None when they name no day ("two
    # weeks after the interview"): the span is counted from the day it was said, by the rules below.
    event = _resolve("after " + g.pop("rest"), said_on, calendar)
    if event is None:
        return None
    if g.get("the") == "week":  # "the week after Thanksgiving": the Friday of the week after the event's
        return _monday(event, "next") + timedelta(days=4)
    if g.get("the") == "day":
        return event + timedelta(days=1)
    return _count(g, event, calendar)


def _christmas_eve(g: dict[str, str], said_on: date, calendar: WorkCalendar) -> date:
    eve = date(said_on.year, 12, 24)
    return eve if eve >= said_on else date(said_on.year + 1, 12, 24)


def _after_holiday(g: dict[str, str], said_on: date, calendar: WorkCalendar) -> date | None:
    # "after Thanksgiving": the next public holiday of that name in the candidate's country, an event the
    # decision comes after (the planner waits some days more); None where the country has no such holiday.
    for year in (said_on.year, said_on.year + 1):
        found = [day for day in holidays_named(calendar.holidays, g["holiday"], year) if day >= said_on]
        if found:
            return found[0]
    return None


def _year_end(g: dict[str, str], said_on: date, calendar: WorkCalendar) -> date:
    return date(said_on.year, 12, 31)


def _days(days: int) -> Resolver:
    return lambda g, said_on, calendar: said_on + timedelta(days=days)


def _explicit(g: dict[str, str], said_on: date, calendar: WorkCalendar) -> date | None:
    """An explicit date ("December 5", "5/12", "2026-12-05"), read by dateparser."""
    import dateparser  # loaded only when a phrase names a date

    settings = {"RELATIVE_BASE": datetime.combine(said_on, datetime.min.time()), "PREFER_DATES_FROM": "future",
                "DATE_ORDER": calendar.date_order, "REQUIRE_PARTS": ["day", "month"]}
    parsed = dateparser.parse(g["date"], languages=["en"], settings=settings)
    if parsed is None:
        return None
    if parsed.date() < said_on:
        raise _PastDateError(g["date"])
    return parsed.date()


def _rule(pattern: str, resolve: Resolver) -> tuple[re.Pattern[str], Resolver]:
    return re.compile(pattern), resolve


# The first pattern that matches, and resolves, wins: the more specific ones come first.
_RULES = [
    # a span counted from an event the phrase names: before the event's own rules and its explicit date
    _rule(rf"\b(?:(?P<n1>{_NUMBER})(?: ?(?:to|or|-) ?(?P<n2>{_NUMBER}))?(?P<half> and a half)? ?{_UNIT}"
          rf"(?: or (?P<n3>{_NUMBER})\b)?(?P<half_after> and a half)?|the (?P<the>week|day)) (?:after|following)"
          r" (?P<rest>.+)", _span_after),
    _rule(r"\b(?P<date>\d{4}-\d{2}-\d{2})\b", _explicit),
    _rule(rf"\b(?P<date>(?:{_MONTH_ABBR}) \d{{1,2}}(?:st|nd|rd|th)?(?: \d{{4}})?)\b", _explicit),
    _rule(rf"\b(?P<date>\d{{1,2}}(?:st|nd|rd|th)? (?:of )?(?:{_MONTH_ABBR})(?: \d{{4}})?)", _explicit),
    _rule(r"\b(?P<date>\d{1,2}/\d{1,2}(?:/\d{2,4})?)\b", _explicit),
    _rule(AFTER_HOLIDAYS, _after_new_year),
    _rule(NEW_YEAR, _after_new_year),
    _rule(AFTER_HOLIDAY, _after_holiday),
    _rule(r"\bbefore (?:the )?(?:holidays|christmas|winter break)", _christmas_eve),
    _rule(r"\bweek after next\b", lambda g, said_on, cal: _week({"which": "next"}, said_on, cal) + timedelta(weeks=1)),
    _rule(rf"\b(?:next |a |the next )?{_UNIT} or (?P<n3>{_NUMBER})\b", _count),
    _rule(rf"\b(?:{_PART} )?(?P<which>this|next|the) week\b", _week),
    _rule(r"\b(?P<part>end|close) of (?:the )?(?:business |work )?week\b", _week),
    _rule(rf"\b{_PART} (?P<which>this|next|the) month\b", _month),
    _rule(r"\b(?:end of (?:the )?month|month end|month's end)\b", _month),
    _rule(r"\bnext month\b", lambda g, said_on, cal: _month({"which": "next"}, said_on, cal)),
    _rule(r"\b(?:this|the) month\b", _month),
    _rule(r"\b(?:end of (?:the )?year|year end|year's end)\b", _year_end),
    _rule(rf"\b(?:the )?(?P<n1>{_NUMBER})(?: ?(?:to|or|-) ?(?P<n2>{_NUMBER}))?(?P<half> and a half)? ?{_UNIT}"
          rf"(?: or (?P<n3>{_NUMBER})\b)?(?P<half_after> and a half)?", _count),
    _rule(r"\b(?:a )?fortnight\b", _days(14)),
    _rule(rf"\b(?:{_PART} |(?P<prep>by|before|in|during|until) )?(?:the )?(?:month of )?{_MONTH}", _named_month),
    _rule(rf"\bnext {_WEEKDAY}", _next_weekday),
    _rule(rf"\b{_WEEKDAY}", _coming_weekday),
    _rule(r"\bday after tomorrow\b", _days(2)),
    _rule(r"\btomorrow\b", _days(1)),
    _rule(r"\b(?:today|end of (?:the )?day|tonight)\b", _days(0)),
]
