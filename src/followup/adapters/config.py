"""The TOML config file -> frozen Settings: the candidate's [profile] and the [policy] numbers.

Every problem in the file is collected before one error reports them all.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field, replace
from datetime import time
from pathlib import Path
from typing import Any

from ..core.errors import ConfigError, FollowupError
from ..core.check.settings import DIALECTS, CheckSettings, severity_problems
from ..mail.account import Account, parse_account
from ..core.policy import Policy, policy_problems, policy_settings

PROFILE_FIELDS = {
    "name": "Your name, as it appears in your sign-off.",
    "email": "Your email address.",
    "phone": "Your phone number, for the signature.",
    "timezone": "Your IANA time zone (default: this computer's).",
    "country": "ISO 3166 country code whose public holidays are not business days (default US).",
    "region": "Optional state or region code for regional holidays (for example CA, or ENG for England).",
}


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
    problems: list[str] = []
    unknown = sorted(set(data) - {"profile", "policy", "checks", "smtp", "imap"})
    problems += [f"{key}: unknown section (expected [profile], [policy], [checks], [smtp] or [imap])"
                 for key in unknown]
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


def _profile(table: dict[str, Any], default: Profile, problems: list[str]) -> Profile:
    from ..core.schema import parse_zone
    from ..core.workdays import public_holidays

    values: dict[str, Any] = {}
    for key, value in table.items():
        if key not in PROFILE_FIELDS:
            problems.append(f"profile.{key}: unknown setting (expected one of {', '.join(PROFILE_FIELDS)})")
        elif not isinstance(value, str):
            problems.append(f"profile.{key}: expected text, got {value!r}")
        else:
            values[key] = value.strip() or None
    profile = replace(default, **{k: v for k, v in values.items() if v is not None or k == "region"})
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
    return profile


def _policy(table: dict[str, Any], problems: list[str]) -> Policy:
    settings = {name: kind for name, kind, _, _ in policy_settings()}
    values: dict[str, Any] = {}
    for key, value in table.items():
        kind = settings.get(key)
        if kind is None:
            problems.append(f"policy.{key}: unknown setting (see docs/config.md)")
        elif kind is int and (not isinstance(value, int) or isinstance(value, bool)):
            problems.append(f"policy.{key}: expected a whole number, got {value!r}")
        elif kind is time:
            parsed = _clock(value)
            if parsed is None:
                problems.append(f"policy.{key}: expected a time of day as \"HH:MM\", got {value!r}")
            values[key] = parsed
        else:
            values[key] = value
    policy = replace(Policy(), **{k: v for k, v in values.items() if v is not None})
    problems += policy_problems(policy)
    return policy


def _checks(table: dict[str, Any], policy: Policy, problems: list[str]) -> CheckSettings:
    """[checks]: `severity` (rule id -> error, warning or off), `words` (your own correct words), `dialect`."""
    for key in sorted(set(table) - {"severity", "words", "dialect"}):
        problems.append(f"checks.{key}: unknown setting (expected severity, words or dialect; see docs/checks.md)")
    severity = table.get("severity", {})
    if not isinstance(severity, dict):
        problems.append("checks.severity: expected a table of rule ids, such as { informal = \"error\" }")
        severity = {}
    problems += severity_problems(severity)
    words = table.get("words", [])
    if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
        problems.append(f"checks.words: expected a list of words, got {words!r}")
        words = []
    dialect = table.get("dialect", "american")
    if dialect not in DIALECTS:
        problems.append(f"checks.dialect: expected one of {', '.join(DIALECTS)}, got {dialect!r}")
        dialect = "american"
    return CheckSettings(dict(severity), tuple(w.strip() for w in words if w.strip()), policy, dialect)


def _clock(value: object) -> time | None:
    if isinstance(value, time):
        return value
    if isinstance(value, str):
        try:
            return time.fromisoformat(value.strip())
        except ValueError:
            return None
    return None


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
