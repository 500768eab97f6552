"""The domain as plain, frozen data: interviews, the people in them, events, and planned steps.

Each vocabulary is declared once, as a `Literal` type; its tuple (KINDS, CHANNELS, ...) is read from it, and
`narrow` turns a string from outside (a user, a file, a form) into one of its values."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Literal, TypeVar, get_args

Kind = Literal["thank-you", "late-thank-you", "status-inquiry", "rejection-reply", "feedback-request", "reconnect",
               "move-on"]
Channel = Literal["email", "phone", "handwritten"]
# What can happen after an interview. "sent" is the candidate's own message; "skipped", a step the candidate let
# go without sending (`followup skip`); the rest come from the employer (or, for "withdrawn", from the candidate
# deciding to stop).
ClosingEvent = Literal["rejected", "offer", "withdrawn"]
EventType = Literal["sent", "reply", ClosingEvent, "timeline", "skipped"]
Status = Literal["upcoming", "active", "replied", ClosingEvent]
OutboxState = Literal["scheduled", "sending", "sent", "failed", "cancelled"]
Severity = Literal["error", "warning"]  # of a finding: "error" must not go out, "warning" is a judgement call

KINDS: tuple[Kind, ...] = get_args(Kind)
CHANNELS: tuple[Channel, ...] = get_args(Channel)
FORMATS = ("in-person", "video", "phone")
CULTURES = ("formal", "casual")
EVENT_TYPES: tuple[EventType, ...] = get_args(EventType)
LOGGED_EVENTS = tuple(t for t in EVENT_TYPES if t != "skipped")  # what `log` records; a skip goes through `skip`
CLOSING_EVENTS: tuple[ClosingEvent, ...] = get_args(ClosingEvent)
STATUSES: tuple[Status, ...] = get_args(Status)
OUTBOX_STATES: tuple[OutboxState, ...] = get_args(OutboxState)
FINDING_SEVERITIES: tuple[Severity, ...] = get_args(Severity)

V = TypeVar("V", bound=str)


def narrow(value: object, vocabulary: tuple[V, ...]) -> V | None:
    """`value` as the word of `vocabulary` it is (so typed as the vocabulary's Literal); None when it is none."""
    return next((word for word in vocabulary if word == value), None)


@dataclass(frozen=True)
class Interviewer:
    name: str | None = None
    title: str | None = None
    email: str | None = None
    department: str | None = None
    topics: tuple[str, ...] = ()
    contact: bool = False  # the one person inquiries, reconnect notes and calls go to
    phone: str | None = None  # as typed; checked by core.schema
    address_as: str | None = None  # how the greeting names them, as given: "Mr. Zhang", "Professor Brandt"


@dataclass(frozen=True)
class Concern:
    concern: str
    answer: str | None = None
    raised_by: str | None = None  # the interviewer who raised it (email or name): the answer goes to them


@dataclass(frozen=True)
class Interview:
    company: str
    role: str
    when: datetime  # aware, in `timezone`
    timezone: str
    duration_minutes: int = 60
    format: str | None = None
    department: str | None = None
    decision_timeline: str | None = None
    decision_by: date | None = None
    culture: str = "formal"
    phone_encouraged: bool = False
    mailing_address: str | None = None
    topics: tuple[str, ...] = ()
    goals: tuple[str, ...] = ()
    concerns: tuple[Concern, ...] = ()
    notes: str | None = None
    interviewers: tuple[Interviewer, ...] = ()
    id: int | None = None

    @property
    def ends(self) -> datetime:
        return self.when + timedelta(minutes=self.duration_minutes)


@dataclass(frozen=True)
class Event:
    """A fact: something the candidate sent, or something the employer did or said."""

    type: EventType
    at: datetime  # aware
    kind: Kind | None = None  # for "sent" and "skipped": the kind of message (or step)
    to: str | None = None  # for "sent" and "skipped": the recipient's email or name; None means everyone
    channel: Channel | None = None  # for "sent"
    text: str | None = None  # for "timeline": the employer's words
    decision_by: date | None = None  # for "timeline": the date parsed from `text`
    id: int | None = None


@dataclass(frozen=True)
class Recipient:
    """Who a message goes to. `addressee` is how to address them when the name is unknown."""

    name: str | None
    email: str | None
    addressee: str

    @property
    def label(self) -> str:
        """How prose refers to them: their name, or "the hiring manager", "the Data team"."""
        if self.name:
            return self.name
        return "the hiring manager" if self.addressee == "Hiring Manager" else f"the {self.addressee}"

    @property
    def key(self) -> str:
        """What identifies them in events and drafts: their email, or their name, or how they are addressed."""
        return self.email or self.name or self.addressee

    def matches(self, key: str | None) -> bool:
        """Whether `key` names this person: "Name <email>" (by its email), a bare email, a name, or how they
        are addressed ("Hiring Manager"), in any case. None names everyone (no one in particular)."""
        if key is None:
            return True
        found = re.search(r"<([^>]+)>", key)
        wanted = (found.group(1) if found else key).strip().casefold()
        return bool(wanted) and wanted in {(self.email or "").casefold(), (self.name or "").casefold(),
                                           self.key.casefold()}


@dataclass(frozen=True)
class Step:
    kind: Kind
    attempt: int
    channel: Channel | None
    to: Recipient | None
    earliest: datetime
    due: datetime
    latest: datetime
    rule: str
    reason: str
    optional: bool = False
    # What else this one message does, as the kinds it takes the place of: a late thank-you that also asks for
    # news ("status-inquiry"); a rejection reply that may end with a request for feedback ("feedback-request").
    also: tuple[Kind, ...] = ()


@dataclass(frozen=True)
class Plan:
    status: Status
    steps: tuple[Step, ...]
    warnings: tuple[str, ...] = ()
    # steps that dropped out, long past their window (rule stale-step): each with that rule and why
    dropped: tuple[Step, ...] = ()

    @property
    def next_step(self) -> Step | None:
        """What to do next: the first step that is not optional; None when nothing more is to be sent."""
        return next((s for s in self.steps if not s.optional), None)


@dataclass(frozen=True)
class Candidate:
    """The person following up: who signs the messages."""

    name: str
    email: str | None = None
    phone: str | None = None
    day_first: bool = False  # dates as "Thursday 19 November" rather than "Thursday, November 19"
    country: str | None = None  # the profile's country (ISO 3166): phone numbers there read as dialled at home


@dataclass(frozen=True)
class Draft:
    """One message, ready to edit and send. A phone step's body holds talking points; a card has no subject."""

    kind: Kind
    attempt: int
    channel: Channel
    to: Recipient
    subject: str
    body: str
    edited: bool = False  # changed by the candidate: never replaced without being asked
    id: int | None = None
    address: str | None = None  # a card's: the interview's mailing address, where it is posted

    @property
    def text(self) -> str:
        """The draft as a file: `To:` and `Subject:` header lines, a blank line, then the body. A card's `To:`
        is the name and the mailing address it goes to, not an email."""
        who = self.to.name or self.to.addressee
        if self.channel == "handwritten" and self.address:
            headers = [f"To: {who}, {' '.join(self.address.split())}"]
        else:
            headers = [f"To: {who}" + (f" <{self.to.email}>" if self.to.email else "")]
        if self.subject:
            headers.append(f"Subject: {self.subject}")
        return "\n".join(headers) + "\n\n" + self.body


@dataclass(frozen=True)
class Finding:
    """One thing the pre-send check noticed: where it is (character offsets into the text, and the line and
    column a person reads), how bad it is, and what to do about it."""

    rule: str
    severity: Severity
    line: int  # 1-based
    column: int  # 1-based, in characters
    start: int
    end: int
    message: str
    suggestion: str | None = None


@dataclass(frozen=True)
class Outgoing:
    """A message in the outbox. Its Message-ID is fixed before the first attempt, so a retry can be told
    apart from a second message, and a reply to it found."""

    interview_id: int
    kind: Kind
    attempt: int
    to: Recipient
    subject: str
    body: str
    message_id: str
    send_at: datetime  # aware
    state: OutboxState = "scheduled"
    in_reply_to: str | None = None
    references: tuple[str, ...] = ()
    tries: int = 0
    error: str | None = None
    sent_at: datetime | None = None
    id: int | None = None
