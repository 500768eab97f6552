"""Business days (no weekends, no public holidays) and working hours in the recipient's time zone."""

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


@dataclass(frozen=True)
class WorkCalendar:
    """When messages may fall due: business days, in working hours, in one time zone."""

    holidays: Container[date]
    policy: Policy
    date_order: str = "MDY"  # how to read 5/12: "MDY" (US) or "DMY"

    def __post_init__(self) -> None:
        object.__setattr__(self, "_known", {})  # day -> business day? (holiday look-ups are slow)

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
        """The first moment at or after `moment` inside working hours on a business day, in `moment`'s zone."""
        zone = _zone(moment)
        day, clock = moment.date(), moment.time()
        if self.is_business_day(day):
            if self.policy.workday_start <= clock < self.policy.workday_end:
                return moment
            if clock < self.policy.workday_start:
                return self.at(day, self.policy.workday_start, zone)
        return self.at(self.next_business_day(day + timedelta(days=1)), self.policy.workday_start, zone)

    def send_moment(self, moment: datetime) -> datetime:
        """When to send, at or after `moment`: the send time of a business day, or `moment` itself when it
        already falls inside working hours after the send time."""
        opening = self.opening(moment)
        preferred = self.at(opening.date(), self.policy.send_time, _zone(opening))
        return max(opening, preferred)

    def closing(self, moment: datetime) -> datetime:
        """The end of working hours on the first business day on or after `moment`'s date."""
        return self.at(self.next_business_day(moment.date()), self.policy.workday_end, _zone(moment))


def _zone(moment: datetime) -> ZoneInfo:
    zone = moment.tzinfo
    if not isinstance(zone, ZoneInfo):
        raise ValueError(f"expected a date-time in an IANA time zone, got {moment!r}")
    return zone
