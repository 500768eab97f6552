"""What the mail use cases return: typed results, outcomes as `Literal`s, never sentences. The shells render
them (the terminal in `cli.render`, the web app in its views)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Literal

from ..core.model import Event, Outgoing

# sent: the server took it; found-in-sent: a message a broken connection left unconfirmed is in the Sent
# folder; scheduled: it goes at a later time; retry-later: not sent, still scheduled (the server could not be
# reached or said "try later"); unconfirmed: the connection broke while the server was taking it; failed:
# refused for good, or it cannot be sent at all; dry-run: built and shown, nothing stored or sent;
# already-sent: another run sent it; being-sent: another run is sending it (or a broken connection left it
# unconfirmed, which `send --due` tells).
DeliveryOutcome = Literal["sent", "found-in-sent", "scheduled", "retry-later", "unconfirmed", "failed", "dry-run",
                          "already-sent", "being-sent"]
ReplyKind = Literal["reply", "rejection", "offer", "next-round", "auto-reply"]
# rejected, offer: the event to record; timeline: the reply names when they will decide or write;
# next-round: an invitation to another interview, added as a new interview linked to this one
ProposedEvent = Literal["rejected", "offer", "timeline", "next-round"]


@dataclass(frozen=True)
class Delivery:
    """One message of the outbox and what became of it. `item` is the outbox row as it is now.

    `detail`: what went wrong (the server's answer or the step that failed); for a message sent, why no copy
    is in the Sent folder; for `unconfirmed`, None when an earlier run left it so (not this one).
    `at`: for `scheduled`, when it goes (in the user's time zone). `mime`: for `dry-run`, the exact message."""

    item: Outgoing
    outcome: DeliveryOutcome
    detail: str | None = None
    at: datetime | None = None
    mime: str | None = None


@dataclass(frozen=True)
class SendReport:
    deliveries: tuple[Delivery, ...] = ()

    @property
    def dry_run(self) -> bool:
        return any(d.outcome == "dry-run" for d in self.deliveries)

    @property
    def all_went_out(self) -> bool:
        """Every message was sent, or waits for its time with nothing wrong (a message left scheduled after a
        failure, unconfirmed or failed did not go out)."""
        return all(d.item.state == "sent" or (d.item.state == "scheduled" and d.item.error is None)
                   or d.outcome == "being-sent" for d in self.deliveries)


@dataclass(frozen=True)
class Arrival:
    """A new message in the inbox that is about an interview. `event`: the fact it gives (a reply; for an
    automatic reply, a new timeline when it names a later return date than the employer's own, else None)."""

    interview_id: int
    sender: str
    subject: str
    kind: ReplyKind
    at: datetime  # its Date header, or when it was read
    event: Event | None
    because: str | None = None  # the sentence that decided `kind` (None for a plain reply)

    @property
    def heading(self) -> str:
        """Which message it is, as the CLI shows it and a proposal keeps it: "#1: sender, “subject”" (pasted
        text may have neither)."""
        subject = f"\u201c{self.subject}\u201d" if self.subject else "no subject"
        return f"#{self.interview_id}: {self.sender or 'no sender'}, {subject}"

    @property
    def back(self) -> str | None:
        """An automatic reply's return date, as written, when it moves the next inquiry."""
        return self.event.text if self.kind == "auto-reply" and self.event is not None else None


@dataclass(frozen=True)
class Proposal:
    """A likely rejection or offer, a new timeline or a next round that sync (or read) found, kept until
    `--apply` records it or `--discard` drops it. `why`: the message it comes from ("#1: sender, “subject”"),
    as stored; `because`: the sentence of it that decided."""

    interview_id: int
    event: ProposedEvent
    at: datetime
    why: str
    because: str | None = None
    decision_by: date | None = None  # timeline: the date the sentence names
    starts: date | None = None  # next-round: the day it is on, if the message names one
    interviewer: str | None = None  # next-round: the sender, "Name <address>"
    added: int | None = None  # next-round, applied: the new interview's id


@dataclass(frozen=True)
class SyncReport:
    """`new`: how many new messages `folder` had; `arrivals`: those about an interview, in order; `proposals`:
    everything proposed so far, recorded when `applied`; `known`: what these messages propose that was
    recorded before (the same message read again), neither proposed nor recorded again."""

    folder: str
    new: int
    arrivals: tuple[Arrival, ...]
    proposals: tuple[Proposal, ...]
    applied: bool
    recorded: int = 0  # events recorded: replies not known before, new timelines, the proposals applied
    known: tuple[Proposal, ...] = ()


@dataclass(frozen=True)
class ServerLogin:
    """A server that answered and took the login."""

    host: str
    port: int
    security: str
    username: str | None


@dataclass(frozen=True)
class AccountCheck:
    smtp: ServerLogin
    imap: ServerLogin | None = None
