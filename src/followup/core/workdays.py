"""Business days (no weekends, no public holidays), quiet days (when offices are mostly empty, per country) and
working hours in the recipient's time zone."""

from __future__ import annotations

from collections.abc import Container
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

from .policy import Policy


@lru_cache(maxsize=16)
def public_holidays(country: str, region: str | None = None) -> Container[date]:
    """The public holidays of a country (ISO 3166 code) and optional region; raises ValueError if unknown."""
    import holidays  # loaded only when a plan needs business days

    try:
        return holidays.country_holidays(country.upper(), subdiv=region)
    except NotImplementedError as error:
        raise ValueError(str(error)) from None


def holidays_named(holidays: Container[date], name: str, year: int) -> list[date]:
    """The days in `year` of the public holidays whose names contain `name`, in any case ("thanksgiving":
    Thanksgiving Day), in order; none when the country has no such holiday, or `holidays` is a plain set of
    days. Kept holidays (adapters.holidays) answer `named`; the holidays package's own calendars, `get_named`."""
    named = getattr(holidays, "named", None)
    if named is not None:
        return sorted(named(name, year))
    get_named = getattr(holidays, "get_named", None)
    if get_named is None:
        return []
    date(year, 1, 1) in holidays  # noqa: B015 - loads that year's holidays
    return sorted(day for day in get_named(name) if day.year == year)


def quiet_day(day: date, country: str | None, christmas_is_a_holiday: bool) -> str | None:
    """Why `day` is a quiet day in `country` (a working day on which few read their mail), or None.

    - Christmas Eve, and between Christmas and New Year (26 to 31 December), where Christmas Day is a public
      holiday.
    - In the US, the day after Thanksgiving (the fourth Thursday of November).
    """
    if day.month == 12 and day.day == 24 and christmas_is_a_holiday:
        return "Christmas Eve"
    if day.month == 12 and 26 <= day.day <= 31 and christmas_is_a_holiday:
        return "between Christmas and New Year"
    if (country or "").upper() == "US" and day.month == 11 and day.weekday() == 4 and 23 <= day.day <= 29:
        return "the day after Thanksgiving"
    return None


@dataclass(frozen=True)
class WorkCalendar:
    """When messages may fall due: business days, in working hours, in one time zone."""

    holidays: Container[date]
    policy: Policy
    date_order: str = "MDY"  # how to read 5/12: "MDY" (US) or "DMY"

    def __post_init__(self) -> None:
        object.__setattr__(self, "_known", {})  # day -> business day? (holiday look-ups are slow)
        object.__setattr__(self, "_sending", {})  # day -> a day to send on?

    @property
    def country(self) -> str | None:
        """The country the holidays are those of (None for a plain set of days)."""
        country = getattr(self.holidays, "country", None)
        return country if isinstance(country, str) else None

    def quiet(self, day: date) -> str | None:
        """Why `day` is a quiet day (see `quiet_day`); None when it is not one, or the policy ignores them."""
        if not self.policy.quiet_days:
            return None
        return quiet_day(day, self.country, date(day.year, 12, 25) in self.holidays)

    def is_sending_day(self, day: date) -> bool:
        """A business day that is not a quiet day: a day on which a message may fall due."""
        known: dict[date, bool] = self._sending  # type: ignore[attr-defined]
        found = known.get(day)
        if found is None:
            found = known[day] = self.is_business_day(day) and self.quiet(day) is None
        return found

    def next_sending_day(self, day: date) -> date:
        while not self.is_sending_day(day):
            day += timedelta(days=1)
        return day

    def add_business_hours(self, moment: datetime, hours: int) -> datetime:
        """`hours` after `moment`, each 24 of them a business day: Friday 15:30 + 24 is Monday 15:30."""
        days, rest = divmod(hours, 24)
        day = self.add_business_days(moment.date(), days) if days else moment.date()
        return datetime.combine(day, moment.time(), tzinfo=moment.tzinfo) + timedelta(hours=rest)

    def is_business_day(self, day: date) -> bool:
        known: dict[date, bool] = self._known  # type: ignore[attr-defined]
        found = known.get(day)
        if found is None:
            found = known[day] = day.weekday() < 5 and day not in self.holidays
        return found

    def next_business_day(self, day: date) -> date:
        """`day` itself when it is a business day, otherwise the first business day after it."""
        while not self.is_business_day(day):
            day += timedelta(days=1)
        return day

    def add_business_days(self, day: date, count: int) -> date:
        """The business day `count` business days after `day` (0: `day` itself, or the next business day)."""
        if count == 0:
            return self.next_business_day(day)
        for _ in range(count):
            day = self.next_business_day(day + timedelta(days=1))
        return day

    def at(self, day: date, clock: time, zone: ZoneInfo) -> datetime:
        return datetime.combine(day, clock, tzinfo=zone)

    def opening(self, moment: datetime) -> datetime:
        """The first moment at or after `moment` inside working hours on a sending day, in `moment`'s zone."""
        zone = _zone(moment)
        day, clock = moment.date(), moment.time()
        if self.is_sending_day(day):
            if self.policy.workday_start <= clock < self.policy.workday_end:
                return moment
            if clock < self.policy.workday_start:
                return self.at(day, self.policy.workday_start, zone)
        return self.at(self.next_sending_day(day + timedelta(days=1)), self.policy.workday_start, zone)

    def send_moment(self, moment: datetime) -> datetime:
        """When to send, at or after `moment`: the send time of a sending day, or `moment` itself when it falls
        in that day's morning after the send time (before `send_by`; on a Friday, before `friday_send_by`)."""
        opening = self.opening(moment)
        zone = _zone(opening)
        candidate = max(opening, self.at(opening.date(), self.policy.send_time, zone))
        for _ in range(7):  # a week of sending days always has a morning
            if candidate.time() <= self._send_by(candidate.date()):
                return candidate
            day = self.next_sending_day(candidate.date() + timedelta(days=1))
            candidate = self.at(day, self.policy.send_time, zone)
        return candidate

    def _send_by(self, day: date) -> time:
        return min(self.policy.send_by, self.policy.friday_send_by) if day.weekday() == 4 else self.policy.send_by

    def closing(self, moment: datetime) -> datetime:
        """The end of working hours on the first sending day on or after `moment`'s date."""
        return self.at(self.next_sending_day(moment.date()), self.policy.workday_end, _zone(moment))


def _zone(moment: datetime) -> ZoneInfo:
    zone = moment.tzinfo
    if not isinstance(zone, ZoneInfo):
        raise ValueError(f"expected a date-time in an IANA time zone, got {moment!r}")
    return zone
