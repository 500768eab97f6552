"""Whether the employer's words tie their decision to an event: one rule for the timeline parser, the planner and
the composer.

"After the board meets on December 10", "following the committee meeting on 3 December", "the panel meets on
the 14th and will decide after", "after Thanksgiving", "after the holidays", "in the new year": the decision
comes some days after the day these words name, not on it or by it. The parser (`timeline.parse_timeline`)
reads such words as the day of the event itself (the meeting's, the holiday's, the first business day of the
new year); the planner pads that day once, by `inquiry_after_event_business_days` (rule
inquiry-after-timeline); the composer says "after" that day, never "by" it.

Not an event: "after" inside a span of time ("the week after next", "the day after tomorrow", "two weeks after
the interview", "a week or two after the interview", "two weeks after Thanksgiving": the parser counts the span
from the interview, the day it was said, or the holiday's day, and the end of the span is their deadline);
"following" as an adjective or a verb ("the following week", "following up"); and any "after" or "following"
once a deadline has been given ("by Friday, December 4, after we have spoken to the last two candidates",
"within 10 business days following the final interview", "by December 10; after that, feel free to reach
out", "by Friday at the latest, not after"): the deadline is their word on when they decide.

Kept apart from timeline.py, whose rules `followup today` never loads: the planner asks this of every plan that
has a timeline.
"""

from __future__ import annotations

import re

_WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_MONTHS = ("january|february|march|april|may|june|july|august|september|october|november|december"
           "|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec")
_COUNT = (r"(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty"
          r"|(?:a )?couple(?: of)?|(?:a )?few|several)")
_UNIT = r"(?:(?:business |working |work )?days?|weeks?|fortnight|months?|hours?)"
_AFTER = r"\bafter(?:wards?)?\b"
_FOLLOWING = (r"(?<!\bthe )\bfollowing\b(?! up\b)"
              rf"(?! (?:(?:day|week|month|year|morning|afternoon|{_WEEKDAYS})s?)\b(?!'s))")
# What comes just before an "after" that ends a span of time: "two weeks after", "a week or two after", "the
# day after", "in two weeks, after".
_SPAN_BEFORE = re.compile(rf"\b{_UNIT}(?: (?:or|to|-) ?{_COUNT}(?: {_UNIT})?)?(?: and a half)?,? $")
# A deadline given before the "after": "by Friday", "by December 10", "by the end of the month", "within two
# weeks", "no later than", "in two weeks", "two weeks from today". Not "by the committee", "until after".
_DEADLINE = re.compile(
    rf"\bby (?:the )?(?:{_WEEKDAYS}|{_MONTHS}|\d|next\b|this\b|tomorrow|today|tonight|end\b|close\b|middle\b"
    rf"|start\b|beginning\b|mid\b|mid-|early\b|late\b|eod\b|cob\b|noon\b|midday\b)"
    rf"|\bwithin\b|\bno later than\b|\bnot later than\b|\bin (?:the next )?{_COUNT} {_UNIT}"
    rf"|\b{_COUNT} {_UNIT} from\b")
# The holidays the parser knows (its rules are these patterns, on casefolded text): each an event, whose day
# the parser gives ("after Thanksgiving": Thanksgiving Day; the others: the first business day of January).
AFTER_HOLIDAYS = r"\b(?:after|following) (?:the )?(?:holidays|new year's|new year|christmas|winter break)"
NEW_YEAR = r"\bin the new year\b"
AFTER_HOLIDAY = r"\bafter (?P<holiday>thanksgiving|easter|labou?r day|memorial day|independence day|boxing day)"
HOLIDAY = re.compile(f"{AFTER_HOLIDAYS}|{NEW_YEAR}|{AFTER_HOLIDAY}")
_EVENT = re.compile(f"{_AFTER}|{_FOLLOWING}|{NEW_YEAR}")


def is_after_event(text: str | None) -> bool:
    """Whether `text`, the employer's words about their timeline, says the decision comes after an event (see
    the module's docstring); False for a deadline ("by December 10", "within two weeks"), a span of time ("two
    weeks after the interview"), "after" once a deadline was given, and for no words."""
    said = (text or "").casefold().replace("\u2019", "'")
    for event in _EVENT.finditer(said):
        before = said[:event.start()]
        if _SPAN_BEFORE.search(before) is None and _DEADLINE.search(before) is None:
            return True
    return False
