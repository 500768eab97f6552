"""How dates and steps read, one format per purpose, for every shell (terminal, web pages, files).

The caller passes values already in the user's time zone (`Service.local` converts a stored UTC time).

    moment   a time in a plan or an agenda          Tue 1 Dec 14:30
    day      a date on its own                      Tue 1 Dec 2026
    short    a date on a drawn axis                 1 Dec
    stamp    a time in a table, a log or a file     2026-12-01 14:30
    day_in_text  a day named in a sentence          Tue 1 Dec
"""

from __future__ import annotations

import re

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


def day_in_text(value: date) -> str:
    """A day named in a sentence, where the year goes without saying: "Tue 1 Dec"."""
    return f"{value:%a} {value.day} {value:%b}"


_NOT_SENT = {"found-in-sent": "sent (found in your Sent folder)", "retry-later": "not sent, still scheduled",
             "unconfirmed": "unconfirmed", "failed": "failed", "already-sent": "already sent (by another run)",
             "being-sent": "being sent by another run (if that run was stopped, see 'followup send --due')"}
_LEFT_UNCONFIRMED = ("unconfirmed: the connection broke while sending; look in your Sent folder, then run "
                     "'followup send --due --resend-unconfirmed' if it is not there")


def by_channel(channel: str) -> str:
    """How a message went, as the history says it: "by email", "by phone", "as a handwritten card"."""
    return "as a handwritten card" if channel == "handwritten" else f"by {channel}"


def delivery_words(outcome: str, detail: str | None, at: datetime | None) -> str:
    """What became of a message: "sent", "scheduled for Fri 20 Nov 14:00", "failed: the server answered 550"."""
    if outcome == "scheduled" and at is not None:
        return f"scheduled for {moment(at)}"
    if outcome == "sent":
        return "sent" + (f" ({detail})" if detail else "")
    if outcome == "unconfirmed" and detail is None:
        return _LEFT_UNCONFIRMED
    words = _NOT_SENT.get(outcome, outcome)
    return f"{words}: {detail}" if detail else words


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]")


def printable(text: str) -> str:
    """Text safe to put on a terminal: control characters (escape sequences among them, which could retitle or
    clear it) shown as U+FFFD; line breaks and tabs kept. New input refuses them; older data may hold them."""
    return _CONTROL.sub("\ufffd", text)


def phone_text(number: str, country: str | None) -> str:
    """A phone number as someone in `country` (ISO 3166) dials it: "(617) 555-0100" at home in the US,
    "+44 20 7946 0958" from abroad. A number phonenumbers cannot read is shown as it was written."""
    import phonenumbers  # loaded only when a phone number is shown

    try:
        parsed = phonenumbers.parse(number, None)
    except phonenumbers.NumberParseException:
        return number
    home = country is not None and phonenumbers.region_code_for_number(parsed) == country.upper()
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.NATIONAL if home
                                      else phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def step_label(step: Step) -> str:
    """"thank-you", "status-inquiry #2", "feedback-request (optional)"."""
    label = step.kind if step.kind != "status-inquiry" else f"status-inquiry #{step.attempt}"
    return label + (" (optional)" if step.optional else "")
