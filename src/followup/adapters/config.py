"""The TOML config file -> frozen Settings: the candidate's [profile], the [policy] numbers, the [checks] and the
mail accounts ([smtp], [imap]).

Each table is one Section (core/settings.py), declared beside what it fills; SECTIONS lists them for the
loader, the settings form and docs/config.py. Every problem in the file is collected before one error reports
them all.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from ..core.errors import ConfigError, FollowupError
from ..core.check.settings import CHECKS, CheckSettings, severity_problems
from ..core.policy import POLICY, Policy, policy_problems
from ..core.settings import Section, Setting, one_of
from ..mail.account import IMAP, SMTP, Account, parse_account

_PROFILE = (
    Setting("name", "text", None, "Your name, as it appears in your sign-off."),
    Setting("email", "text", None, "Your email address."),
    Setting("phone", "text", None, "Your phone number, for the signature."),
    Setting("timezone", "text", "UTC", "Your IANA time zone (default: this computer's).",
            doc="Your IANA time zone, such as `Europe/London`. It is the time zone of \"now\" (the clock, or "
                "`--now`), and the default time zone of a new interview.",
            default_text="this computer's time zone, else `UTC`"),
    Setting("country", "text", "US", "ISO 3166 country code whose public holidays are not business days "
                                     "(default US).",
            doc="The ISO 3166 country code whose public holidays are not business days, as known by the "
                "[`holidays`](https://pypi.org/project/holidays/) package. It also decides how a date such as "
                "`12/5` in the employer's timeline is read: month first for `US`, `CA` and `PH`, day first "
                "elsewhere."),
    Setting("region", "text", None, "Optional state or region code for regional holidays (for example CA, or "
                                    "ENG for England).",
            doc="An optional state or region code for regional holidays, for example `CA` (California) or `ENG` "
                "(England)."),
)
# The [profile] table: all text, and a blank value means the default.
PROFILE = Section("profile", _PROFILE, one_of(_PROFILE))
# Every table of the config file, in the order the docs list them.
SECTIONS = (PROFILE, POLICY, CHECKS, SMTP, IMAP)


@dataclass(frozen=True)
class Profile:
    name: str | None = None
    email: str | None = None
    phone: str | None = None
    timezone: str = "UTC"
    country: str = "US"
    region: str | None = None


@dataclass(frozen=True)
class Settings:
    profile: Profile = field(default_factory=Profile)
    policy: Policy = field(default_factory=Policy)
    path: Path | None = None
    checks: CheckSettings = field(default_factory=CheckSettings)
    smtp: Account | None = None
    imap: Account | None = None


def load_settings(path: Path, local_timezone: str, required: bool = False) -> Settings:
    """Settings from `path`; a missing file means the defaults, unless the user named it (`required`)."""
    defaults = Settings(Profile(timezone=local_timezone), Policy(), path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        if required:
            raise ConfigError(f"config: expected a config file at {path} (it does not exist)") from None
        return defaults
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError(f"config: cannot read {path}: {error}") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"config: {path} is not valid TOML: {error}") from None
    problems = _unknown_sections(data)
    profile = _profile(_table(data, "profile", problems), defaults.profile, problems)
    policy = _policy(_table(data, "policy", problems), problems)
    checks = _checks(_table(data, "checks", problems), policy, problems)
    smtp = parse_account(_table(data, "smtp", problems), "smtp", profile.email, problems)
    imap = parse_account(_table(data, "imap", problems), "imap", profile.email, problems)
    if problems:
        raise ConfigError(f"config: {path}: " + "; ".join(problems), tuple(problems))
    return Settings(profile, policy, path, checks, smtp, imap)


def write_settings(path: Path, changes: dict[str, dict[str, Any]], local_timezone: str) -> Settings:
    """Set keys of [profile], [policy] and [checks] in the config file (an empty value removes the key, so the
    default applies) and keep everything else. The new file is checked whole before it replaces the old one,
    so a refused change leaves the file as it was. Comments in the file are not kept."""
    import tomli_w

    try:
        current = tomllib.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise ConfigError(f"config: cannot read {path}: {error}") from None
    for table, values in changes.items():
        section = current.setdefault(table, {})
        for key, value in values.items():
            if value in (None, "", {}):
                section.pop(key, None)
            else:
                section[key] = value
        if not section:
            current.pop(table)
    partial = path.with_name(path.name + ".partial")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial.write_text(tomli_w.dumps(current), encoding="utf-8")
        try:
            settings = load_settings(partial, local_timezone, required=True)
        except ConfigError as error:
            raise ConfigError(error.message.replace(str(partial), str(path)), error.problems) from None
        partial.replace(path)
    except OSError as error:
        raise ConfigError(f"config: cannot write {path}: {error.strerror}") from None
    finally:
        partial.unlink(missing_ok=True)
    return replace(settings, path=path)


def _table(data: dict[str, Any], name: str, problems: list[str]) -> dict[str, Any]:
    table = data.get(name, {})
    if not isinstance(table, dict):
        problems.append(f"{name}: expected a table [{name}]")
        return {}
    return table


def _unknown_sections(data: dict[str, Any]) -> list[str]:
    names = [f"[{section.name}]" for section in SECTIONS]
    expected = ", ".join(names[:-1]) + f" or {names[-1]}"
    return [f"{key}: unknown section (expected {expected})"
            for key in sorted(set(data) - {section.name for section in SECTIONS})]


def _profile(table: dict[str, Any], default: Profile, problems: list[str]) -> Profile:
    profile = replace(default, **PROFILE.read(table, problems))
    problems += _place_problems(profile)
    return profile


def _place_problems(profile: Profile) -> list[str]:
    """The time zone and the country (with its region), checked against the zone and holiday databases."""
    from ..core.schema import parse_zone
    from .holidays import public_holidays

    problems = []
    try:
        parse_zone(profile.timezone, "profile.timezone")
    except FollowupError as error:
        problems.append(error.message)
    try:
        public_holidays(profile.country, profile.region)
    except ValueError:
        problems.append(f"profile.country: expected a country (and region) that the holidays package knows, "
                        f"such as US or GB, got {profile.country!r}"
                        + (f" with region {profile.region!r}" if profile.region else ""))
    return problems


def _policy(table: dict[str, Any], problems: list[str]) -> Policy:
    policy = replace(Policy(), **POLICY.read(table, problems))
    problems += policy_problems(policy)
    return policy


def _checks(table: dict[str, Any], policy: Policy, problems: list[str]) -> CheckSettings:
    """[checks]: `severity` (rule id -> error, warning or off), `words` (your own correct words), `dialect`."""
    values = CHECKS.defaults() | CHECKS.read(table, problems)
    problems += severity_problems(values["severity"])
    return CheckSettings(dict(values["severity"]), values["words"], policy, values["dialect"])


def local_timezone() -> str:
    """This computer's IANA time zone name, or UTC when it cannot be told."""
    from zoneinfo import ZoneInfo

    candidates = [os.environ.get("TZ", "").lstrip(":")]
    try:
        candidates.append(Path("/etc/timezone").read_text().strip())
    except OSError:
        pass
    try:
        target = os.readlink("/etc/localtime")
        candidates.append(target.split("zoneinfo/", 1)[1] if "zoneinfo/" in target else "")
    except OSError:
        pass
    for name in candidates:
        try:
            if name and ZoneInfo(name):
                return name
        except Exception:  # noqa: BLE001 - any unusable name: try the next source
            continue
    return "UTC"
