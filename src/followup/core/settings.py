"""The config file's vocabulary: one Setting per key, one Section per table. Each table is declared once, beside
the data it fills ([profile] in adapters/config, [policy] in core/policy, [checks] in core/check/settings,
[smtp] and [imap] in mail/account); the config loader, the settings form and docs/config.md all read it.

Reading a value is pure: a key of the table and its value become the value, or the problem with it, in the
words the user sees ("policy.send_time: expected a time of day as "HH:MM", got '25:00'").
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import time
from typing import Any, Literal

# text: blank means not set; line: text that may not be blank; count: a whole number; clock: a time of day;
# flag: true or false; port, seconds: what they say; choice: one of `choices`; words: a list of text;
# table: a TOML table (checked further by its section)
Kind = Literal["text", "line", "count", "clock", "flag", "port", "seconds", "choice", "words", "table"]

EXPECTED: dict[str, str] = {
    "text": "text", "line": "text", "count": "a whole number", "clock": 'a time of day as "HH:MM"',
    "flag": "true or false", "port": "a port from 1 to 65535", "seconds": "a number of seconds",
    "words": "a list of words", "choice": "one of its choices", "table": "a table",
}


class _Invalid:
    """What a reader returns for a value of the wrong type or out of range."""


INVALID = _Invalid()


@dataclass(frozen=True)
class Setting:
    """A key of a config table: its type, its default, what the user is told a bad value should be, the form's
    hint (`help`) and the docs' meaning (`doc`, when it says more than the hint)."""

    name: str
    kind: Kind
    default: Any
    help: str
    doc: str | None = None
    choices: tuple[str, ...] = ()
    expected: str | None = None  # instead of the kind's usual words
    shows_value: bool = True  # whether a problem quotes the bad value
    default_text: str | None = None  # how the docs show a default that is not a plain value

    @property
    def meaning(self) -> str:
        return self.doc or self.help

    def expects(self) -> str:
        if self.expected is not None:
            return self.expected
        if self.choices:
            return f"one of {', '.join(self.choices)}"
        return EXPECTED[self.kind]

    def read(self, value: object) -> Any:
        """The value as followup uses it, None for "not set", or INVALID."""
        parsed = _READERS[self.kind](value)
        if self.choices and parsed not in (INVALID, None) and parsed not in self.choices:
            return INVALID
        return parsed

    def problem(self, section: str, value: object) -> str:
        """What is wrong with `value`, in one line."""
        expected, shown = self.expects(), value
        if self.kind == "line" and self.choices:  # text first, then one of the choices
            line = _line(value)
            expected, shown = (EXPECTED["line"], value) if line is INVALID else (expected, line)
        return f"{section}.{self.name}: expected {expected}" + (f", got {shown!r}" if self.shows_value else "")


@dataclass(frozen=True)
class Section:
    """A table of the config file, its settings in the order the docs and the form list them; `unknown` is what
    a key that is not one of them is told."""

    name: str
    settings: tuple[Setting, ...]
    unknown: str

    @property
    def names(self) -> list[str]:
        return [setting.name for setting in self.settings]

    def get(self, name: str) -> Setting | None:
        return next((setting for setting in self.settings if setting.name == name), None)

    def defaults(self) -> dict[str, Any]:
        return {setting.name: setting.default for setting in self.settings}

    def read(self, table: Mapping[str, object], problems: list[str]) -> dict[str, Any]:
        """The settings the table sets, read; each unknown key or bad value adds a problem, in the file's order,
        and leaves the setting at its default."""
        given: dict[str, Any] = {}
        for key, value in table.items():
            setting = self.get(key)
            if setting is None:
                problems.append(f"{self.name}.{key}: unknown setting ({self.unknown})")
                continue
            parsed = setting.read(value)
            if parsed is INVALID:
                problems.append(setting.problem(self.name, value))
            elif parsed is not None:
                given[key] = parsed
        return given


def one_of(settings: tuple[Setting, ...]) -> str:
    """"expected one of a, b, c": what an unknown key of these settings is told."""
    return "expected one of " + ", ".join(setting.name for setting in settings)


def show(value: object) -> str:
    """A value as the settings form and the docs write it: a time of day as HH:MM."""
    if isinstance(value, time):
        return value.strftime("%H:%M")
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _text(value: object) -> Any:
    return (value.strip() or None) if isinstance(value, str) else INVALID


def _line(value: object) -> Any:
    return value.strip() if isinstance(value, str) and value.strip() else INVALID


def _count(value: object) -> Any:
    return value if isinstance(value, int) and not isinstance(value, bool) else INVALID


def _clock(value: object) -> Any:
    if isinstance(value, time):
        return value
    if isinstance(value, str):
        try:
            return time.fromisoformat(value.strip())
        except ValueError:
            return INVALID
    return INVALID


def _flag(value: object) -> Any:
    return value if isinstance(value, bool) else INVALID


def _port(value: object) -> Any:
    if isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= 65535:
        return value
    return INVALID


def _seconds(value: object) -> Any:
    if isinstance(value, (int, float)) and not isinstance(value, bool) and value > 0:
        return float(value)
    return INVALID


def _choice(value: object) -> Any:
    return value if isinstance(value, str) else INVALID


def _words(value: object) -> Any:
    if not isinstance(value, list) or not all(isinstance(word, str) for word in value):
        return INVALID
    return tuple(word.strip() for word in value if word.strip())


def _table(value: object) -> Any:
    return dict(value) if isinstance(value, dict) else INVALID


_READERS = {"text": _text, "line": _line, "count": _count, "clock": _clock, "flag": _flag, "port": _port,
            "seconds": _seconds, "choice": _choice, "words": _words, "table": _table}
