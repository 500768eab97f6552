from __future__ import annotations

from datetime import date

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
    assert calendar.opening(at("2026-11-25 17:30")) == at("2026-11-27 09:00")  # skips Thanksgiving


def test_send_moment_prefers_the_send_time(calendar: WorkCalendar) -> None:
    assert calendar.send_moment(at("2026-11-21 12:00")) == at("2026-11-23 10:00")
    assert calendar.send_moment(at("2026-11-23 09:00")) == at("2026-11-23 10:00")
    assert calendar.send_moment(at("2026-11-23 14:00")) == at("2026-11-23 14:00")


def test_closing_is_the_end_of_a_business_day(calendar: WorkCalendar) -> None:
    assert calendar.closing(at("2026-11-22 12:00")) == at("2026-11-23 17:00")
    assert calendar.closing(at("2026-11-23 08:00")) == at("2026-11-23 17:00")


def test_one_business_day_after_a_weekend_or_holiday(calendar: WorkCalendar) -> None:
    assert calendar.add_business_days(date(2026, 11, 22), 1) == date(2026, 11, 23)  # Sunday -> Monday
    assert calendar.add_business_days(date(2026, 11, 26), 1) == date(2026, 11, 27)  # Thanksgiving -> Friday
