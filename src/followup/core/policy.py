"""Every number in the rules, with the guide's defaults. The config file's [policy] table overrides them.

Each field's metadata carries its help text; POLICY, the [policy] section built from the fields, is what the
config loader, the settings form and the generated docs read.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import time
from typing import Any

from .settings import Kind, Section, Setting


def _setting(default: Any, help: str) -> Any:
    return field(default=default, metadata={"help": help})


@dataclass(frozen=True)
class Policy:
    thank_you_due_hours: int = _setting(
        24, "A thank-you is due this many hours after the interview ends, counting business days only "
            "(24 hours: the next business day).")
    thank_you_latest_hours: int = _setting(
        48, "After this many hours, counting business days only, a thank-you becomes a late thank-you.")
    late_thank_you_hours: int = _setting(24, "A late thank-you is due now, and should go out within this many hours.")
    inquiry_wait_min_days: int = _setting(
        7, "With no timeline given, the first status inquiry opens this many days after the interview.")
    inquiry_wait_max_days: int = _setting(
        14, "With no timeline given, the first status inquiry should go out within this many days.")
    inquiry_after_timeline_business_days: int = _setting(
        1, "A status inquiry opens this many business days after the employer's decision date.")
    inquiry_after_event_business_days: int = _setting(
        5, "When the employer's timeline is an event (\"after the board meets on December 10\"), a status inquiry "
           "opens this many business days after the event's date: the decision comes after it, not on it.")
    inquiry_window_business_days: int = _setting(
        5, "A status inquiry after a decision date should go out within this many business days of it.")
    inquiry_gap_min_days: int = _setting(
        7, "After an unanswered inquiry, the next one (or moving on) waits this many days.")
    inquiry_gap_max_days: int = _setting(
        14, "After an unanswered inquiry, the next one (or moving on) should happen within this many days.")
    max_inquiries: int = _setting(2, "At most this many unanswered status inquiries; then move on.")
    rejection_reply_due_hours: int = _setting(24, "A reply to a rejection is due this many hours after it.")
    rejection_reply_latest_hours: int = _setting(
        48, "A reply to a rejection should go out within this many hours of it.")
    long_silence_days: int = _setting(
        90, "After this many days without news, the next message is a reconnect note, not an inquiry; "
            "this long after a rejection, nothing is left to send.")
    reconnect_window_days: int = _setting(14, "A reconnect note should go out within this many days.")
    stale_after_days: int = _setting(
        14, "A message still unsent this many days after its window closed is no longer useful and drops out of "
            "the plan; an unsent status inquiry hands its turn to the next step.")
    workday_start: time = _setting(time(9, 0), "Working hours start, in the interview's time zone (HH:MM).")
    send_time: time = _setting(time(10, 0), "The preferred time to send on a business day (HH:MM).")
    send_by: time = _setting(
        time(12, 0), "Messages fall due in the recipient's morning: a due time later than this moves to the "
                     "next working morning's send_time (HH:MM).")
    friday_send_by: time = _setting(
        time(12, 0), "On a Friday nothing falls due after this time: it moves to the next working morning (HH:MM).")
    quiet_days: bool = _setting(
        True, "Treat the quiet days of the profile's country (Christmas Eve and the days between Christmas and "
              "New Year; in the US, the day after Thanksgiving) like public holidays when planning sends.")
    workday_end: time = _setting(time(17, 0), "Working hours end, in the interview's time zone (HH:MM).")
    thank_you_max_words: int = _setting(200, "The check's word limit for a thank-you or late thank-you.")
    inquiry_max_words: int = _setting(150, "The check's word limit for a status inquiry.")
    rejection_reply_max_words: int = _setting(150, "The check's word limit for a reply to a rejection.")
    feedback_request_max_words: int = _setting(150, "The check's word limit for a feedback request.")
    reconnect_max_words: int = _setting(180, "The check's word limit for a reconnect note.")
    card_max_words: int = _setting(80, "The check's word limit for a handwritten card.")


def _policy_section() -> Section:
    defaults = Policy()
    return Section("policy", tuple(
        Setting(f.name, _kind(getattr(defaults, f.name)),
                getattr(defaults, f.name), f.metadata["help"]) for f in fields(Policy)), "see docs/config.md")


def _kind(default: object) -> Kind:
    if isinstance(default, time):
        return "clock"
    return "flag" if isinstance(default, bool) else "count"


# The [policy] table: a whole number, a time of day or true/false for each field of Policy, its default and its help.
POLICY = _policy_section()

# Pairs of settings where the first may not be more than the second.
ORDERED = (
    ("thank_you_due_hours", "thank_you_latest_hours"),
    ("inquiry_wait_min_days", "inquiry_wait_max_days"),
    ("inquiry_gap_min_days", "inquiry_gap_max_days"),
    ("rejection_reply_due_hours", "rejection_reply_latest_hours"),
    ("workday_start", "send_time"),
    ("send_time", "workday_end"),
    ("send_time", "send_by"),
    ("send_by", "workday_end"),
    ("friday_send_by", "workday_end"),
)



def policy_problems(policy: Policy) -> list[str]:
    """What is inconsistent in a policy, one line each (empty when it is sound)."""
    return [*_negative(policy), *_too_large(policy), *_out_of_order(policy), *_too_small(policy)]


MOST = 36_500  # a number of days (or hours, or words) no plan needs more of: a hundred years of days


def _too_large(policy: Policy) -> list[str]:
    """A number so large that the dates it leads to would fall off the calendar."""
    return [f"policy.{s.name}: expected at most {MOST:,}, got {getattr(policy, s.name)}"
            for s in POLICY.settings if s.kind == "count" and getattr(policy, s.name) > MOST]


def _negative(policy: Policy) -> list[str]:
    return [f"policy.{s.name}: expected a number of 0 or more, got {getattr(policy, s.name)}"
            for s in POLICY.settings if s.kind == "count" and getattr(policy, s.name) < 0]


def _out_of_order(policy: Policy) -> list[str]:
    problems = [f"policy.{low}: expected at most policy.{high} ({getattr(policy, high)})"
                for low, high in ORDERED if getattr(policy, low) > getattr(policy, high)]
    if policy.workday_start >= policy.workday_end:
        problems.append("policy.workday_end: expected a time after policy.workday_start")
    return problems


def _too_small(policy: Policy) -> list[str]:
    """A word limit or the number of inquiries below 1."""
    at_least_one = [s.name for s in POLICY.settings if s.name.endswith("_max_words")] + ["max_inquiries"]
    return [f"policy.{name}: expected 1 or more, got {getattr(policy, name)}"
            for name in at_least_one if getattr(policy, name) < 1]


def word_limit(policy: Policy, kind: str | None, channel: str) -> int | None:
    """The longest a message of this kind may be, in words; None for a kind with no limit."""
    if channel == "handwritten":
        return policy.card_max_words
    return {"thank-you": policy.thank_you_max_words, "late-thank-you": policy.thank_you_max_words,
            "status-inquiry": policy.inquiry_max_words, "rejection-reply": policy.rejection_reply_max_words,
            "feedback-request": policy.feedback_request_max_words,
            "reconnect": policy.reconnect_max_words}.get(kind or "")
