"""Whether the employer's words tie their decision to an event: one rule for the timeline parser, the planner and
the composer.

"After the board meets on December 10", "following the committee meeting on 3 December", "the panel meets on
the 14th and will decide after", "after Thanksgiving", "after the holidays", "in the new year": the decision
comes some days after the day these words name, not on it or by it. The parser (`timeline.parse_timeline`)
reads such words as the day of the event itself (the meeting's, the holiday's, the first business day of the
new year); the planner pads that day once, by `inquiry_after_event_business_days` (rule
inquiry-after-timeline); the composer says "after" that day, never "by" it.

Not an event: "after" inside a span of time, which is counted from the day it was said ("the week after next",
"the day after tomorrow", "two weeks after the interview"); "following" as an adjective or a verb ("the
following week", "following up").

Kept apart from timeline.py, whose rules `followup today` never loads: the planner asks this of every plan that
has a timeline.
"""

from __future__ import annotations

import re

_SPAN = ("day", "days", "week", "weeks", "fortnight", "month", "months", "hour", "hours")
_WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_AFTER = "".join(rf"(?<!\b{unit} )" for unit in _SPAN) + r"\bafter(?:wards?)?\b"
_FOLLOWING = (r"(?<!\bthe )\bfollowing\b(?! up\b)"
              rf"(?! (?:(?:day|week|month|year|morning|afternoon|{_WEEKDAYS})s?)\b(?!'s))")
# The holidays the parser knows (its rules are these patterns, on casefolded text): each an event, whose day
# the parser gives ("after Thanksgiving": Thanksgiving Day; the others: the first business day of January).
AFTER_HOLIDAYS = r"\b(?:after|following) (?:the )?(?:holidays|new year's|new year|christmas|winter break)"
NEW_YEAR = r"\bin the new year\b"
AFTER_HOLIDAY = r"\bafter (?P<holiday>thanksgiving|easter|labou?r day|memorial day|independence day|boxing day)"
HOLIDAY = re.compile(f"{AFTER_HOLIDAYS}|{NEW_YEAR}|{AFTER_HOLIDAY}")
_EVENT = re.compile(f"{_AFTER}|{_FOLLOWING}|{NEW_YEAR}")


def is_after_event(text: str | None) -> bool:
    """Whether `text`, the employer's words about their timeline, says the decision comes after an event (see
    the module's docstring); False for a deadline ("by December 10", "within two weeks") and for no words."""
    return bool(text) and _EVENT.search((text or "").casefold().replace("\u2019", "'")) is not None
