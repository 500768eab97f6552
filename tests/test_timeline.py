from __future__ import annotations

from datetime import date

import pytest

from followup.core.errors import InputError
from followup.core.timeline import day_named, parse_timeline

THURSDAY = date(2025, 11, 13)  # the employer speaks on a Thursday
MONDAY = date(2025, 11, 17)
FRIDAY = date(2025, 11, 14)

PHRASES = [
    # counted spans
    ("in two weeks", THURSDAY, "2025-11-27"),
    ("within 2 weeks", THURSDAY, "2025-11-27"),
    ("We'll get back to you within two weeks.", THURSDAY, "2025-11-27"),
    ("in 10 days", THURSDAY, "2025-11-23"),
    ("within five days", THURSDAY, "2025-11-18"),
    ("a week", THURSDAY, "2025-11-20"),
    ("within a week", THURSDAY, "2025-11-20"),
    ("a couple of weeks", THURSDAY, "2025-11-27"),
    ("a couple weeks", THURSDAY, "2025-11-27"),
    ("a few weeks", THURSDAY, "2025-12-04"),
    ("a week or two", THURSDAY, "2025-11-27"),
    ("one to two weeks", THURSDAY, "2025-11-27"),
    ("1-2 weeks", THURSDAY, "2025-11-27"),
    ("2 to 3 weeks", THURSDAY, "2025-12-04"),
    ("a month", THURSDAY, "2025-12-13"),
    ("in a month or so", THURSDAY, "2025-12-13"),
    ("within 48 hours", THURSDAY, "2025-11-15"),
    ("a fortnight", THURSDAY, "2025-11-27"),
    # business days skip weekends and holidays (Thanksgiving is Thu 2025-11-27)
    ("within 5 business days", THURSDAY, "2025-11-20"),
    ("within 3 working days", THURSDAY, "2025-11-18"),
    ("in 10 business days", THURSDAY, "2025-11-28"),
    # weekdays
    ("by Friday", THURSDAY, "2025-11-14"),
    ("by Friday", FRIDAY, "2025-11-21"),
    ("on Monday", THURSDAY, "2025-11-17"),
    ("next Tuesday", THURSDAY, "2025-11-18"),
    ("next Tuesday", MONDAY, "2025-11-25"),
    ("by next Friday", THURSDAY, "2025-11-21"),
    # parts of weeks
    ("early next week", THURSDAY, "2025-11-18"),
    ("mid next week", THURSDAY, "2025-11-19"),
    ("middle of next week", THURSDAY, "2025-11-19"),
    ("late next week", THURSDAY, "2025-11-21"),
    ("end of next week", THURSDAY, "2025-11-21"),
    ("by the end of the week", THURSDAY, "2025-11-14"),
    ("sometime next week", THURSDAY, "2025-11-21"),
    ("this week", MONDAY, "2025-11-21"),
    # months
    ("by the end of the month", THURSDAY, "2025-11-30"),
    ("end of month", THURSDAY, "2025-11-30"),
    ("early next month", THURSDAY, "2025-12-10"),
    ("end of next month", THURSDAY, "2025-12-31"),
    ("next month", THURSDAY, "2025-12-31"),
    ("mid-December", THURSDAY, "2025-12-20"),
    ("mid December", THURSDAY, "2025-12-20"),
    ("early January", THURSDAY, "2026-01-10"),
    ("by December", THURSDAY, "2025-11-30"),
    ("in December", THURSDAY, "2025-12-31"),
    ("late November", THURSDAY, "2025-11-30"),
    ("mid-November", date(2025, 11, 25), "2026-11-20"),
    ("by the end of the year", THURSDAY, "2025-12-31"),
    # holidays: the event's own day (the planner waits some days after it)
    ("after the holidays", THURSDAY, "2026-01-02"),
    ("in the new year", THURSDAY, "2026-01-02"),
    ("after Thanksgiving", THURSDAY, "2025-11-27"),
    ("before Christmas", THURSDAY, "2025-12-24"),
    # explicit dates
    ("by December 5", THURSDAY, "2025-12-05"),
    ("by Dec. 5th", THURSDAY, "2025-12-05"),
    ("on the 5th of December", THURSDAY, "2025-12-05"),
    ("12/5", THURSDAY, "2025-12-05"),
    ("2025-12-01", THURSDAY, "2025-12-01"),
    ("by 2026-01-15 at the latest", THURSDAY, "2026-01-15"),
    # small words
    ("tomorrow", THURSDAY, "2025-11-14"),
    ("by end of day tomorrow", THURSDAY, "2025-11-14"),
    ("We may decide within 3 days", THURSDAY, "2025-11-16"),
]


@pytest.mark.parametrize(("phrase", "said_on", "expected"), PHRASES)
def test_understood_phrases(phrase: str, said_on: date, expected: str, calendar) -> None:
    assert parse_timeline(phrase, said_on, calendar) == date.fromisoformat(expected)


@pytest.mark.parametrize("phrase", ["soon", "they will be in touch", "We will decide", "", "   ",
                                    "as soon as possible", "when the budget is approved"])
def test_not_understood_is_none(phrase: str, calendar) -> None:
    assert parse_timeline(phrase, THURSDAY, calendar) is None


def test_we_is_not_wednesday(calendar) -> None:
    # dateparser alone reads "We" as a weekday; the parser must not.
    assert parse_timeline("We will let you know", THURSDAY, calendar) is None


def test_explicit_date_before_the_interview_is_an_error(calendar) -> None:
    with pytest.raises(InputError) as raised:
        parse_timeline("by 2025-10-01", THURSDAY, calendar)
    assert raised.value.message.startswith("decision_timeline: expected a date on or after the interview")


def test_a_day_named_in_someone_s_message_is_never_before_it_nor_an_error(calendar) -> None:
    """What a reply or an automatic reply names: a past date is no news about what comes next, not a mistake."""
    said_on = date(2026, 11, 23)
    assert day_named("We will decide by December 4, 2026.", said_on, calendar) == date(2026, 12, 4)
    assert day_named("We decided on November 2, 2026.", said_on, calendar) is None
    assert day_named("Thanks again for coming in.", said_on, calendar) is None


def test_a_relative_phrase_never_lands_before_it_was_said(calendar) -> None:
    for phrase, said_on, _ in PHRASES:
        found = parse_timeline(phrase, said_on, calendar)
        assert found is not None and found >= said_on, phrase


def test_day_month_order_follows_the_country(calendar) -> None:
    from dataclasses import replace

    british = replace(calendar, date_order="DMY")
    assert parse_timeline("5/12", THURSDAY, british) == date(2025, 12, 5)
    assert parse_timeline("12/5", THURSDAY, calendar) == date(2025, 12, 5)


@pytest.mark.parametrize(("phrase", "expected"), [
    ("a week and a half", "2025-11-27"),
    ("in the next week or two", "2025-11-27"),
    ("the week after next", "2025-11-28"),
    ("late next week", "2025-11-21"),
    ("We may decide in May", "2026-05-31"),
    ("by the end of this month", "2025-11-30"),
    ("this month", "2025-11-30"),
])
def test_vague_phrases_resolve_to_their_end(phrase: str, expected: str, calendar) -> None:
    assert parse_timeline(phrase, THURSDAY, calendar) == date.fromisoformat(expected)


def test_after_the_holidays_said_in_early_january(calendar) -> None:
    # this year's first business day (Friday 2 January) has passed: the day it was said, never a day before it
    assert parse_timeline("after the holidays", date(2026, 1, 3), calendar) == date(2026, 1, 3)
    assert parse_timeline("after the holidays", date(2026, 1, 1), calendar) == date(2026, 1, 2)


@pytest.mark.parametrize(("phrase", "expected"), [
    # said on Thursday 13 November 2025: Thanksgiving is the 27th, the first business day of 2026 Friday 2 January
    ("two weeks after Thanksgiving", "2025-12-11"), ("a week after the holidays", "2026-01-09"),
    ("a couple of weeks after Christmas", "2026-01-16"), ("within 10 days after the new year", "2026-01-12"),
    ("a few days after the holidays", "2026-01-05"), ("the week after Thanksgiving", "2025-12-05"),
    ("5 business days after Thanksgiving", "2025-12-04"), ("a week or two after the holidays", "2026-01-16"),
    ("a week after the board meets on December 10", "2025-12-17"),
    # a span from the interview or from today is counted from the day it was said
    ("two weeks after the interview", "2025-11-27"), ("the week after next", "2025-11-28"),
    ("the day after tomorrow", "2025-11-15"),
])
def test_a_span_after_an_event_is_counted_from_the_event(phrase: str, expected: str, calendar) -> None:
    assert parse_timeline(phrase, THURSDAY, calendar) == date.fromisoformat(expected)


def test_a_weekend_is_not_a_week(calendar) -> None:
    assert parse_timeline("over the weekend", THURSDAY, calendar) is None


@pytest.mark.parametrize(("phrase", "expected"), [
    ("31 December 2027", date(2027, 12, 31)), ("by 31 December 2027", date(2027, 12, 31)),
    ("5 January 2028", date(2028, 1, 5)), ("5 Jan 2028", date(2028, 1, 5)), ("December 31 2027", date(2027, 12, 31)),
    ("the 3rd of March 2027", date(2027, 3, 3)), ("31 December", date(2026, 12, 31)),
])
def test_an_explicit_year_is_kept(phrase: str, expected: date, calendar) -> None:
    assert parse_timeline(phrase, date(2026, 11, 19), calendar) == expected


@pytest.mark.parametrize(("phrase", "after"), [
    # an event, whoever says it: the decision comes some days after the day the words name
    ("We'll let you know after Thanksgiving", True), ("We will let you know after the holidays", True),
    ("in the new year", True), ("early in the new year", True), ("following the holidays", True),
    ("They will decide after the board meets on December 10", True), ("after the board meets on December 10", True),
    ("The panel meets on the 14th and will decide after.", True), ("the board meets first; we decide afterwards", True),
    ("following the committee meeting on 3 December", True), ("following Monday\u2019s meeting", True),
    ("AFTER Christmas", True),
    # a deadline, or "after" and "following" inside a span of time: counted from the day it was said
    ("by December 10", False), ("within two weeks", False), ("before the holidays", False),
    ("the week after next", False), ("the day after tomorrow", False), ("two weeks after the interview", False),
    ("a few days after the final round", False), ("the following week", False), ("by the following Friday", False),
    ("we will be following up within two weeks", False), ("", False), (None, False),
])
def test_which_words_tie_the_decision_to_an_event(phrase: str | None, after: bool) -> None:
    from followup.core.timeline import is_after_event

    assert is_after_event(phrase) is after


@pytest.mark.parametrize(("phrase", "after"), [
    # a deadline, or a span counted from the interview, today or a holiday: "after" later in the sentence is no
    # event (their deadline stands)
    ("We'll have a decision within 10 business days following the final interview.", False),
    ("You'll hear from us by December 10; after that, feel free to reach out.", False),
    ("within two weeks following the interview", False), ("a week or two after the interview", False),
    ("by Friday at the latest, not after", False),
    ("We will let you know by Friday, December 4, after we have spoken to the last two candidates.", False),
    ("two weeks after Thanksgiving", False), ("a week after the holidays", False),
    ("a couple of weeks after Christmas", False), ("within 10 days after the new year", False),
    ("a few days after the holidays", False), ("the week after Thanksgiving", False),
    ("one to two weeks after the interview", False), ("in two weeks, after the panel meets", False),
    # the events stay events
    ("after the board meets on December 10", True), ("following the committee meeting on 3 December", True),
    ("the panel meets on the 14th and will decide after", True), ("after Thanksgiving", True),
    ("after the holidays", True), ("in the new year", True),
    ("The decision is made by the committee after it meets on December 10", True),
    ("We won't decide until after the board meets", True),
])
def test_a_deadline_is_no_event_whatever_follows_it(phrase: str, after: bool) -> None:
    from followup.core.timeline import is_after_event

    assert is_after_event(phrase) is after


@pytest.mark.parametrize("phrase", ["after the holidays", "following the new year", "after Christmas",
                                    "in the new year", "after Thanksgiving"])
def test_a_holiday_the_parser_reads_as_an_event_is_one_the_planner_pads(phrase: str, calendar) -> None:
    from followup.core.timeline import is_after_event

    assert parse_timeline(phrase, THURSDAY, calendar) in (date(2025, 11, 27), date(2026, 1, 2))
    assert is_after_event(phrase)
