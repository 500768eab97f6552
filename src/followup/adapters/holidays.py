"""Public holidays, remembered between runs: the holidays package takes about 50 ms to load (importing one country
imports all ~250 of them), so the days it gives for a country are kept in a small file in the user's cache folder
and read from there by later runs. The package stays the only source; the file is a copy of its answers, made again
whenever the package is upgraded. Days outside the years kept are asked of the package itself."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Container
from datetime import date
from functools import lru_cache
from importlib.util import find_spec
from pathlib import Path

FIRST_YEAR, LAST_YEAR = 2000, 2060  # the years kept in the file (about 0.1 s to work out, once)


class KeptHolidays(Container[date]):
    """The holidays of one country (and region): a set of days for the years kept, the package for the rest."""

    def __init__(self, country: str, region: str | None, days: set[int]) -> None:
        self._place = (country, region)
        self._days = days  # date.toordinal() of every holiday from FIRST_YEAR to LAST_YEAR

    @property
    def country(self) -> str:
        """The country code, as the holidays package gives it (the calendar's quiet days depend on it)."""
        return self._place[0].upper()

    def __contains__(self, day: object) -> bool:
        if not isinstance(day, date):
            return False
        if FIRST_YEAR <= day.year <= LAST_YEAR:
            return day.toordinal() in self._days
        return day in _package_holidays(*self._place)

    def named(self, name: str, year: int) -> list[date]:
        """The days in `year` of the holidays whose names contain `name` (core.workdays.holidays_named). The
        file keeps no names: this asks the package, loaded only for a phrase such as "after Thanksgiving"."""
        from ..core.workdays import holidays_named

        return holidays_named(_package_holidays(*self._place), name, year)


def _package_holidays(country: str, region: str | None) -> Container[date]:
    from ..core.workdays import public_holidays as from_package

    return from_package(country, region)


def package_version() -> str:
    """Which holidays package is installed, found without importing it (a new version has new holidays)."""
    spec = find_spec("holidays")
    if spec is None or spec.origin is None:
        return "missing"
    package = Path(spec.origin).parent
    found = sorted(p.name for p in package.parent.glob("holidays-*.dist-info"))
    if found:
        return found[-1].removeprefix("holidays-").removesuffix(".dist-info")
    stat = Path(spec.origin).stat()
    return f"{stat.st_mtime_ns}-{stat.st_size}"


def cache_folder() -> Path:
    import platformdirs

    return platformdirs.user_cache_path("followup")


@lru_cache(maxsize=16)
def public_holidays(country: str, region: str | None = None) -> Container[date]:
    """The public holidays of a country (ISO 3166 code) and optional region; raises ValueError if unknown."""
    country = country.upper()
    path = cache_folder() / f"holidays-{country}-{region or ''}-{package_version()}-{FIRST_YEAR}-{LAST_YEAR}.json"
    try:
        return KeptHolidays(country, region, set(json.loads(path.read_text(encoding="utf-8"))))
    except (OSError, ValueError, TypeError):
        pass  # not kept yet (or unreadable): ask the package, and keep its answer
    source = _package_holidays(country, region)  # ValueError for a country it does not know
    days = {n for n in range(date(FIRST_YEAR, 1, 1).toordinal(), date(LAST_YEAR, 12, 31).toordinal() + 1)
            if date.fromordinal(n) in source}
    _write(path, sorted(days))
    return KeptHolidays(country, region, days)


def _write(path: Path, days: list[int]) -> None:
    """Write the file whole or not at all (two first runs at once each write a complete copy)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            json.dump(days, out)
        os.replace(temporary, path)
    except OSError:
        pass  # a read-only cache folder: every run asks the package, as before
