from __future__ import annotations

from datetime import date, time

from conftest import at

from followup.core.workdays import WorkCalendar


def test_weekends_and_public_holidays_are_not_business_days(calendar: WorkCalendar) -> None:
    assert calendar.is_business_day(date(2026, 11, 20))  # a Friday
    assert not calendar.is_business_day(date(2026, 11, 21))  # Saturday
    assert not calendar.is_business_day(date(2026, 11, 26))  # Thanksgiving
    assert not calendar.is_business_day(date(2026, 12, 25))


def test_adding_business_days_skips_christmas(calendar: WorkCalendar) -> None:
    assert calendar.add_business_days(date(2025, 12, 22), 5) == date(2025, 12, 30)
    assert calendar.add_business_days(date(2025, 12, 20), 0) == date(2025, 12, 22)


def test_opening_moves_into_working_hours(calendar: WorkCalendar) -> None:
    assert calendar.opening(at("2026-11-20 11:15")) == at("2026-11-20 11:15")
    assert calendar.opening(at("2026-11-20 07:00")) == at("2026-11-20 09:00")
    assert calendar.opening(at("2026-11-20 18:00")) == at("2026-11-23 09:00")  # Friday evening -> Monday
    # skips Thanksgiving, and the quiet day after it
    assert calendar.opening(at("2026-11-25 17:30")) == at("2026-11-30 09:00")


def test_send_moment_prefers_the_send_time(calendar: WorkCalendar) -> None:
    assert calendar.send_moment(at("2026-11-21 12:00")) == at("2026-11-23 10:00")
    assert calendar.send_moment(at("2026-11-23 09:00")) == at("2026-11-23 10:00")
    assert calendar.send_moment(at("2026-11-23 11:30")) == at("2026-11-23 11:30")  # still the morning
    assert calendar.send_moment(at("2026-11-23 14:00")) == at("2026-11-24 10:00")  # afternoon: next morning


def test_closing_is_the_end_of_a_business_day(calendar: WorkCalendar) -> None:
    assert calendar.closing(at("2026-11-22 12:00")) == at("2026-11-23 17:00")
    assert calendar.closing(at("2026-11-23 08:00")) == at("2026-11-23 17:00")


def test_one_business_day_after_a_weekend_or_holiday(calendar: WorkCalendar) -> None:
    assert calendar.add_business_days(date(2026, 11, 22), 1) == date(2026, 11, 23)  # Sunday -> Monday
    assert calendar.add_business_days(date(2026, 11, 26), 1) == date(2026, 11, 27)  # Thanksgiving -> Friday


def test_quiet_days_are_per_country_and_a_policy(calendar: WorkCalendar) -> None:
    from dataclasses import replace

    from followup.core.policy import Policy
    from followup.core.workdays import public_holidays

    assert calendar.quiet(date(2026, 11, 27)) == "the day after Thanksgiving"
    assert calendar.quiet(date(2026, 12, 29)) == "between Christmas and New Year"
    assert calendar.quiet(date(2026, 12, 24)) == "Christmas Eve"  # a coach held a note due then to January
    assert calendar.quiet(date(2026, 12, 23)) is None
    assert calendar.is_business_day(date(2026, 12, 29)) and not calendar.is_sending_day(date(2026, 12, 29))
    assert calendar.next_sending_day(date(2026, 12, 25)) == date(2027, 1, 4)  # 25th, quiet week, 1 Jan, weekend
    british = WorkCalendar(public_holidays("GB"), Policy())
    assert british.quiet(date(2026, 11, 27)) is None and british.quiet(date(2026, 12, 30)) is not None
    assert WorkCalendar(public_holidays("JP"), Policy()).quiet(date(2026, 12, 28)) is None  # no Christmas holiday
    ignored = WorkCalendar(public_holidays("US"), replace(Policy(), quiet_days=False))
    assert ignored.quiet(date(2026, 11, 27)) is None and ignored.is_sending_day(date(2026, 11, 27))


def test_nothing_falls_due_on_a_friday_afternoon(calendar: WorkCalendar) -> None:
    from dataclasses import replace

    from followup.core.policy import Policy

    long_days = WorkCalendar(calendar.holidays, replace(Policy(), send_by=time(16, 0)))
    assert long_days.send_moment(at("2026-11-19 15:00")) == at("2026-11-19 15:00")  # Thursday afternoon
    assert long_days.send_moment(at("2026-11-20 15:00")) == at("2026-11-23 10:00")  # Friday: Monday morning


def test_business_hours_skip_weekends(calendar: WorkCalendar) -> None:
    assert calendar.add_business_hours(at("2026-11-20 15:30"), 24) == at("2026-11-23 15:30")
    assert calendar.add_business_hours(at("2026-11-20 15:30"), 48) == at("2026-11-24 15:30")
    assert calendar.add_business_hours(at("2026-11-19 15:00"), 30) == at("2026-11-20 21:00")
