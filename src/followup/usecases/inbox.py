"""The use case that reads the candidate's inbox over IMAP (`followup sync`): replies to an interview's
messages stop its inquiries, likely rejections and offers are proposed, automatic replies are not replies.
`Mail.sync` gives it; every fact it finds is kept through `Service.record`."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, cast

from ..core.errors import InputError
from ..core.model import Event, Interview, Outgoing
from ..core.timeline import parse_timeline
from ..core.planner import latest_timeline
from .mail_results import Arrival, Proposal, ProposedEvent, ReplyKind, SyncReport

if TYPE_CHECKING:
    from ..mail.account import Account
    from ..mail.imap import Incoming
    from ..store import Repository
    from .service import Service

_PROPOSALS = "sync:proposals"  # the setting that keeps what sync proposed until --apply or --discard


@dataclass
class Inbox:
    service: Service

    @property
    def now(self) -> datetime:
        return self.service.now

    def sync(self, apply: bool = False, progress: Callable[[int, int], None] | None = None) -> SyncReport:
        """Read what is new in the inbox: replies to an interview's messages stop its inquiries; likely
        rejections and offers are proposed (kept until `apply` records them); automatic replies are not
        replies. The mailbox is only read."""
        from ..mail.account import require

        account = require(self.service.settings.imap, "imap")
        key = f"imap:{account.username}@{account.host}:{account.inbox}"
        with self.service.store.transaction() as repo:
            stored = repo.setting(key)
            proposals = [_proposal(p) for p in json.loads(repo.setting(_PROPOSALS) or "[]")]
            index = _mail_index(repo.interviews(), repo.outgoing())
        mark, messages = _read(account, stored)
        arrivals = self._arrivals(messages, index, self._own_addresses(account), progress)
        proposals += [_proposed(a) for a in arrivals if a.kind in ("rejection", "offer")]
        recorded = self._record(key, mark, arrivals, proposals, apply)
        return SyncReport(account.inbox, len(messages), tuple(arrivals), tuple(proposals), apply, recorded)

    def discard_proposals(self) -> int:
        """Drop the rejections and offers `sync` proposed, without recording them."""
        with self.service.store.transaction() as repo:
            count = len(json.loads(repo.setting(_PROPOSALS) or "[]"))
            repo.set_setting(_PROPOSALS, "[]")
            return count

    def _own_addresses(self, account: Account) -> set[str]:
        settings = self.service.settings
        return {a.casefold() for a in (settings.profile.email, account.username,
                                       settings.smtp.sender if settings.smtp else None) if a}

    def _arrivals(self, messages: list[Incoming], index: _MailIndex, mine: set[str],
                  progress: Callable[[int, int], None] | None) -> list[Arrival]:
        """The new messages that are about an interview, each with what it is."""
        from ..core.replies import is_bulk

        found = []
        for number, message in enumerate(messages, 1):
            if progress:
                progress(number, len(messages))
            interview_id, threaded = index.match(message)
            if interview_id is None or message.sender.casefold() in mine:
                continue  # not about an interview, or your own message
            if not threaded and is_bulk(message.headers):
                continue  # a newsletter from the company's domain is not an answer
            found.append(self._arrival(interview_id, message))
        return found

    def _arrival(self, interview_id: int, message: Incoming) -> Arrival:
        from ..core.replies import classify, return_date_text

        kind = cast(ReplyKind, classify(message.subject, message.text, message.headers))
        if kind == "auto-reply":
            event = self._away(interview_id, message, return_date_text(message.text))
        else:
            event = Event("reply", min(message.date or self.now, self.now))
        return Arrival(interview_id, message.sender, message.subject, kind, message.date or self.now, event)

    def _away(self, interview_id: int, message: Incoming, back: str | None) -> Event | None:
        """An out-of-office message that names a later return date than the employer's own timeline: a new
        timeline (the decision cannot come before they are back), so the next inquiry moves past it."""
        if back is None:
            return None
        try:
            said_on = (message.date or self.now).astimezone(self.now.tzinfo).date()
            until = parse_timeline(back, said_on, self.service.calendar, "text", "the automatic reply")
        except InputError:
            return None
        view = self.service.show(interview_id)
        current = latest_timeline(view.interview, view.events)[0]
        if until is None or (current is not None and until <= current):
            return None
        return Event("timeline", min(message.date or self.now, self.now), text=back, decision_by=until)

    def _record(self, key: str, mark: tuple[int, int], arrivals: list[Arrival], proposals: list[Proposal],
                apply: bool) -> int:
        """The events and the new mark in one transaction: nothing is read twice or lost. Returns how many
        events were recorded."""
        with self.service.store.transaction() as repo:
            facts = _facts(repo, arrivals)
            for proposal in proposals if apply else []:
                facts.setdefault(proposal.interview_id, []).append(
                    Event(proposal.event, min(proposal.at, self.now)))
            repo.set_setting(key, f"{mark[0]}:{mark[1]}")
            repo.set_setting(_PROPOSALS, json.dumps([] if apply else [_stored(p) for p in proposals]))
            for interview_id, events in facts.items():
                self.service.record(repo, interview_id, events)
        return sum(len(events) for events in facts.values())


def _read(account: Account, stored: str | None) -> tuple[tuple[int, int], list[Incoming]]:
    """The messages that arrived since the mark `stored` ("UIDVALIDITY:last UID"), and the new mark."""
    from ..mail.imap import mailbox, new_messages

    validity, _, last = (stored or "").partition(":")
    since = (int(validity), int(last)) if stored else None
    with mailbox(account, account.password()) as box:
        return new_messages(box, account.inbox, since)


def _facts(repo: Repository, arrivals: list[Arrival]) -> dict[int, list[Event]]:
    """The events the arrivals give, by interview: the replies not recorded before, then the timelines."""
    facts: dict[int, list[Event]] = {}
    for arrival in arrivals:
        event = arrival.event
        if event is None or event.type != "reply":
            continue
        known = [*repo.events([arrival.interview_id]).get(arrival.interview_id, []),
                 *facts.get(arrival.interview_id, [])]
        if not any(e.type == "reply" and e.at == event.at for e in known):
            facts.setdefault(arrival.interview_id, []).append(event)
    for arrival in arrivals:
        if arrival.event is not None and arrival.event.type == "timeline":
            facts.setdefault(arrival.interview_id, []).append(arrival.event)
    return facts


def _proposed(arrival: Arrival) -> Proposal:
    event: ProposedEvent = "rejected" if arrival.kind == "rejection" else "offer"
    return Proposal(arrival.interview_id, event, arrival.at,
                    f"#{arrival.interview_id}: {arrival.sender}, \u201c{arrival.subject}\u201d")


def _proposal(stored: dict[str, Any]) -> Proposal:
    return Proposal(int(stored["interview"]), stored["event"], datetime.fromisoformat(stored["at"]), stored["why"])


def _stored(proposal: Proposal) -> dict[str, Any]:
    return {"interview": proposal.interview_id, "event": proposal.event, "at": proposal.at.isoformat(),
            "why": proposal.why}


_PUBLIC_DOMAINS = {"gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "live.com", "msn.com", "yahoo.com",
                   "icloud.com", "me.com", "mac.com", "aol.com", "proton.me", "protonmail.com", "pm.me",
                   "fastmail.com", "gmx.de", "gmx.net", "gmx.com", "web.de", "yandex.com", "mail.com", "zoho.com",
                   "outlook.de", "hotmail.co.uk", "yahoo.co.uk", "yahoo.fr", "orange.fr", "free.fr", "qq.com",
                   "163.com"}


@dataclass
class _MailIndex:
    """Which interview a message is about: by its threading headers first, then its sender's address, then
    the sender's company domain (not a public one such as gmail.com)."""

    message_ids: dict[str, int]
    addresses: dict[str, int]
    domains: dict[str, int]

    def match(self, message: Incoming) -> tuple[int | None, bool]:
        """(the interview, whether its thread said so). An address or domain that belongs to more than one
        interview decides nothing: a reply is only filed where it surely belongs."""
        for reference in (message.in_reply_to, *message.references):
            if reference in self.message_ids:
                return self.message_ids[reference], True
        sender = message.sender.casefold()
        found = self.addresses.get(sender) or self.domains.get(sender.rpartition("@")[2])
        return found, False


def _mail_index(interviews: list[Interview], outgoing: list[Outgoing]) -> _MailIndex:
    addresses: dict[str, set[int]] = {}
    domains: dict[str, set[int]] = {}
    for interview in interviews:
        for address in (p.email.casefold() for p in interview.interviewers if p.email):
            addresses.setdefault(address, set()).add(interview.id or 0)
            domain = address.rpartition("@")[2]
            if domain not in _PUBLIC_DOMAINS:
                domains.setdefault(domain, set()).add(interview.id or 0)
    return _MailIndex({o.message_id: o.interview_id for o in outgoing}, _only_one(addresses), _only_one(domains))


def _only_one(owners: dict[str, set[int]]) -> dict[str, int]:
    """The keys that belong to exactly one interview, with it."""
    return {key: next(iter(ids)) for key, ids in owners.items() if len(ids) == 1}
