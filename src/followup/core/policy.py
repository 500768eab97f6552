"""Every number in the rules, with the guide's defaults. The config file's [policy] table overrides them.

Each field's metadata carries its help text: the config loader, the generated docs and a test that every
setting is documented all read this one table.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import time
from typing import Any


def _setting(default: Any, help: str) -> Any:
    return field(default=default, metadata={"help": help})


@dataclass(frozen=True)
class Policy:
    thank_you_due_hours: int = _setting(24, "A thank-you is due this many hours after the interview ends.")
    thank_you_latest_hours: int = _setting(48, "After this many hours a thank-you becomes a late thank-you.")
    late_thank_you_hours: int = _setting(24, "A late thank-you is due now, and should go out within this many hours.")
    inquiry_wait_min_days: int = _setting(
        7, "With no timeline given, the first status inquiry opens this many days after the interview.")
    inquiry_wait_max_days: int = _setting(
        14, "With no timeline given, the first status inquiry should go out within this many days.")
    inquiry_after_timeline_business_days: int = _setting(
        1, "A status inquiry opens this many business days after the employer's decision date.")
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
    workday_start: time = _setting(time(9, 0), "Working hours start, in the interview's time zone (HH:MM).")
    send_time: time = _setting(time(10, 0), "The preferred time to send on a business day (HH:MM).")
    workday_end: time = _setting(time(17, 0), "Working hours end, in the interview's time zone (HH:MM).")
    thank_you_max_words: int = _setting(200, "The check's word limit for a thank-you or late thank-you.")
    inquiry_max_words: int = _setting(150, "The check's word limit for a status inquiry.")
    rejection_reply_max_words: int = _setting(150, "The check's word limit for a reply to a rejection.")
    feedback_request_max_words: int = _setting(150, "The check's word limit for a feedback request.")
    reconnect_max_words: int = _setting(180, "The check's word limit for a reconnect note.")
    card_max_words: int = _setting(80, "The check's word limit for a handwritten card.")


def policy_settings() -> list[tuple[str, type, Any, str]]:
    """(name, type, default, help) for every policy setting, in order."""
    defaults = Policy()
    return [(f.name, type(getattr(defaults, f.name)), getattr(defaults, f.name), f.metadata["help"])
            for f in fields(Policy)]


def policy_problems(policy: Policy) -> list[str]:
    """What is inconsistent in a policy, one line each (empty when it is sound)."""
    problems = []
    for name, kind, _, _ in policy_settings():
        value = getattr(policy, name)
        if kind is int and value < 0:
            problems.append(f"policy.{name}: expected a number of 0 or more, got {value}")
    ordered = [
        ("thank_you_due_hours", "thank_you_latest_hours"),
        ("inquiry_wait_min_days", "inquiry_wait_max_days"),
        ("inquiry_gap_min_days", "inquiry_gap_max_days"),
        ("rejection_reply_due_hours", "rejection_reply_latest_hours"),
        ("workday_start", "send_time"),
        ("send_time", "workday_end"),
    ]
    for low, high in ordered:
        if getattr(policy, low) > getattr(policy, high):
            problems.append(f"policy.{low}: expected at most policy.{high} ({getattr(policy, high)})")
    if policy.workday_start >= policy.workday_end:
        problems.append("policy.workday_end: expected a time after policy.workday_start")
    for name, _, _, _ in policy_settings():
        if name.endswith("_max_words") and getattr(policy, name) < 1:
            problems.append(f"policy.{name}: expected 1 or more, got {getattr(policy, name)}")
    if policy.max_inquiries < 1:
        problems.append(f"policy.max_inquiries: expected 1 or more, got {policy.max_inquiries}")
    return problems


def word_limit(policy: Policy, kind: str | None, channel: str) -> int | None:
    """The longest a message of this kind may be, in words; None for a kind with no limit."""
    if channel == "handwritten":
        return policy.card_max_words
    return {"thank-you": policy.thank_you_max_words, "late-thank-you": policy.thank_you_max_words,
            "status-inquiry": policy.inquiry_max_words, "rejection-reply": policy.rejection_reply_max_words,
            "feedback-request": policy.feedback_request_max_words,
            "reconnect": policy.reconnect_max_words}.get(kind or "")
