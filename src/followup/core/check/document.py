"""What the rules look at: the text as given, its header lines, body, greeting and sign-off, with the offsets
that let every finding point at the exact characters."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from functools import cached_property
from typing import Any

from ..message import Message, read_message
from ..model import Recipient

GREETING = re.compile(r"(?P<word>Dear|Hi|Hello|Hey|Hiya|Yo|Good (?:morning|afternoon|evening)|Greetings|Kia ora|"
                      r"To whom it may concern)\b[ \t]*(?P<name>[^\n]*?)[ \t]*[,:!]*[ \t]*$",
                      re.IGNORECASE | re.MULTILINE)
SIGN_OFF = re.compile(r"^\s*(best|kind|warm|warmest|warmly|with|many|sincerely|regards|thanks|thank you|cheers|"
                      r"all the best|respectfully|yours|cordially|gratefully|talk soon|take care|ngā mihi|nga mihi)"
                      r"\b.*[,.!]?\s*$",
                      re.IGNORECASE)


@dataclass(frozen=True)
class CheckContext:
    """What the check knows about the message beyond its text. Everything is optional: a bare file is checked
    with the rules that need no context."""

    kind: str | None = None
    channel: str = "email"
    candidate: str | None = None
    company: str | None = None
    role: str | None = None
    recipient: Recipient | None = None
    recipient_title: str | None = None
    interviewers: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    goals: tuple[str, ...] = ()
    known_words: tuple[str, ...] = ()
    other_companies: tuple[str, ...] = ()
    other_roles: tuple[str, ...] = ()
    inquiries_sent: int = 0
    max_inquiries: int | None = None
    inquiry_opens: datetime | None = None
    inquiry_rule: str | None = None  # the planner's rule that put the opening there: why it waits
    now: datetime | None = None
    interview_format: str | None = None  # "video", "phone", "on-site", ...: what "my day at your office" needs
    # (who, body) of the other drafts of the same kind to the other people of the interview's panel: a sentence
    # of this message found word for word in one of them is the same note sent twice
    panel_notes: tuple[tuple[str, str], ...] = ()
    # another person of the panel is greeted by title ("Dear Mr. Ortiz,"): a recipient with none on record is then
    # greeted by full name, which the check asks about (`no-title`) rather than guess a title
    titled_panel: bool = False

    @property
    def words(self) -> set[str]:
        """Every word of the names, company, role, topics and the user's list: correct, whatever a dictionary
        says (casefolded)."""
        texts = [self.candidate, self.company, self.role, *self.interviewers, *self.topics, *self.goals,
                 *self.known_words, *self.other_companies, *self.other_roles]
        if self.recipient:
            texts += [self.recipient.name, self.recipient.addressee, self.recipient.email]
        return {w.casefold() for text in texts if text for w in re.findall(r"[\w'’-]+", text)}


@dataclass
class Document:
    text: str
    context: CheckContext = field(default_factory=CheckContext)
    linter: Any = None  # language.Linter, when spelling and grammar are checked

    @cached_property
    def own_spans(self) -> list[tuple[int, int]]:
        """Where the text quotes the interview's own names, company, role, topics, goals and words: the phrase
        rules leave these alone ("TK Elevator" is no placeholder, "Hi Ty" no text-speak)."""
        context = self.context
        names = [context.company, context.role, *context.interviewers, context.candidate]
        if context.recipient:
            names += [context.recipient.name, context.recipient.addressee, context.recipient.email]
        phrases = [*names, *context.topics, *context.goals, *context.known_words, "Hiring Manager"]
        spans = []
        for own in {t.strip() for t in phrases if t and t.strip()}:
            spans += [(m.start(), m.end()) for m in re.finditer(rf"(?<!\w){re.escape(own)}(?!\w)", self.text,
                                                                re.IGNORECASE)]
        for word in {w for name in names if name for w in re.findall(r"[\w'’&-]+", name) if len(w) > 1}:
            spans += [(m.start(), m.end()) for m in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", self.text)]
        return spans  # the words of names too: "Ty" of "Ty Burrell" in "Hi Ty,"

    def is_own(self, start: int, end: int) -> bool:
        return any(s <= start and end <= e for s, e in self.own_spans)

    @cached_property
    def message(self) -> Message:
        return read_message(self.text)

    @property
    def body(self) -> str:
        return self.message.body

    @property
    def body_start(self) -> int:
        return self.message.body_start

    @cached_property
    def subject_span(self) -> tuple[int, int]:
        """Where the subject's text is (an empty span after "Subject:"), or the header block when none."""
        found = re.search(r"^Subject:[ \t]*(.*?)[ \t\r]*$", self.text[:self.body_start], re.IGNORECASE | re.MULTILINE)
        if found:
            return found.start(1), found.end(1)
        return 0, max(self.body_start - 1, 0)

    @cached_property
    def lines(self) -> list[tuple[int, str]]:
        """The body's non-empty lines, each with where it starts in the text."""
        found, offset = [], self.body_start
        for line in self.body.splitlines(keepends=True):
            if line.strip():
                found.append((offset, line.rstrip("\r\n")))
            offset += len(line)
        return found

    @cached_property
    def greeting(self) -> re.Match[str] | None:
        if not self.lines:
            return None
        return GREETING.match(self.lines[0][1].strip())

    @cached_property
    def greeting_start(self) -> int:
        offset, line = self.lines[0]
        return offset + len(line) - len(line.lstrip())

    @cached_property
    def sign_off(self) -> int | None:
        """The index in `lines` of the sign-off line ("Best regards,"), searched from the end."""
        tail = range(len(self.lines) - 1, max(len(self.lines) - 6, 0), -1)
        return next((i for i in tail if SIGN_OFF.match(self.lines[i][1]) and len(self.lines[i][1]) < 40), None)

    @cached_property
    def prose_lines(self) -> list[tuple[int, str]]:
        """The lines between the greeting and the sign-off: what the message says."""
        first = 1 if self.greeting else 0
        last = self.sign_off if self.sign_off is not None else len(self.lines)
        return self.lines[first:last]

    @property
    def prose(self) -> str:
        return "\n".join(line for _, line in self.prose_lines)

    @cached_property
    def prose_words(self) -> list[tuple[int, int]]:
        """(start, end) of each word of the prose, in the text."""
        return [(offset + m.start(), offset + m.end()) for offset, line in self.prose_lines
                for m in re.finditer(r"[\w'’-]+", line)]
