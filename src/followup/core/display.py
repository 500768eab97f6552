"""How dates and steps read, one format per purpose, for every shell (terminal, web pages, files).

The caller passes values already in the user's time zone (`Service.local` converts a stored UTC time).

    moment   a time in a plan or an agenda          Tue 1 Dec 14:30
    day      a date on its own                      Tue 1 Dec 2026
    short    a date on a drawn axis                 1 Dec
    stamp    a time in a table, a log or a file     2026-12-01 14:30
"""

from __future__ import annotations

from datetime import date, datetime

from .model import Step


def moment(value: datetime) -> str:
    return f"{value:%a} {value.day} {value:%b %H:%M}"


def day(value: date) -> str:
    return f"{value:%a} {value.day} {value:%b %Y}"


def short(value: date) -> str:
    return f"{value.day} {value:%b}"


def stamp(value: datetime) -> str:
    return f"{value:%Y-%m-%d %H:%M}"


def step_label(step: Step) -> str:
    """"thank-you", "status-inquiry #2", "feedback-request (optional)"."""
    label = step.kind if step.kind != "status-inquiry" else f"status-inquiry #{step.attempt}"
    return label + (" (optional)" if step.optional else "")
