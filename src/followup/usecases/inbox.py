"""The use case that reads the candidate's inbox over IMAP (`followup sync`), or one message given by hand
(`followup read`, the web's paste box): replies to an interview's messages stop its inquiries; likely
rejections and offers, the dates replies give and invitations to a next round are proposed, each with the
sentence that decided it; automatic replies are not replies.
`Mail.sync` gives it; every fact it finds is kept through `Service.record`."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any, cast

from ..core.errors import InputError
from ..core.model import Event, Interview, Outgoing
from ..core.timeline import day_named
from ..core.planner import latest_timeline, timeline_opens
from ..core.shapes import day_json
from .mail_results import Arrival, Proposal, ProposedEvent, ReplyKind, SyncReport

if TYPE_CHECKING:
    from ..mail.account import Account
    from ..mail.imap import Incoming
    from ..store import Repository
    from .service import Service

_PROPOSALS = "sync:proposals"  # the setting that keeps what sync proposed until --apply or --discard
# A position in a mailbox (a setting): its new value, given the one stored when the sync is recorded (another sync
# of the same mailbox may have moved it since this one read it).
Mark = Callable[[str | None], str]


@dataclass
class Inbox:
    service: Service

    @property
    def now(self) -> datetime:
        return self.service.now

    def sync(self, apply: bool = False, progress: Callable[[int, int], None] | None = None) -> SyncReport:
        """Read what is new in the inbox: replies to an interview's messages stop its inquiries; likely
        rejections and offers, the dates replies give and invitations to a next round are proposed (kept
        until `apply` records them); automatic replies are not replies. The mailbox is only read."""
        from ..mail.account import require

        account = require(self.service.settings.imap, "imap")
        key = f"imap:{account.username}@{account.host}:{account.inbox}"
        with self.service.store.transaction() as repo:
            stored = repo.setting(key)
        mark, messages = _read(account, stored)
        return self.take(account.inbox, messages, apply, progress, {key: lambda now: _later(now, mark)},
                         self._own_addresses(account.username))

    def sync_maildir(self, folder: str, apply: bool = False,
                     progress: Callable[[int, int], None] | None = None) -> SyncReport:
        """`sync` from a local Maildir instead of an IMAP server: what arrived since the last time."""
        from ..mail.imap import maildir_folder, maildir_mark, maildir_messages

        with self.service.store.transaction() as repo:  # the database first: a mistyped --db says so first
            where = maildir_folder(folder)
            key = f"maildir:{where}"
            stored = repo.setting(key) or repo.setting(f"maildir:{folder}")  # kept as typed until this version
        seen, messages = maildir_messages(where, stored)
        return self.take(folder, messages, apply, progress, {key: lambda now: maildir_mark(now, seen)},
                         self._own_addresses(None))

    def read(self, message: Incoming, interview_id: int | None = None, apply: bool = False) -> SyncReport:
        """One message given by hand (an .eml file, pasted text, the web's paste box), read as sync reads the
        inbox. `interview_id`: the interview it answers; None: found as sync finds it (InputError if not)."""
        if not (message.text.strip() or message.subject.strip()):  # nothing to read is nobody's answer
            raise InputError("message", "the text of their reply (this one is empty)")
        if "\x00" in message.text or "\x00" in message.subject:
            raise InputError("message", "a saved email or pasted text (this one holds binary data)")
        if interview_id is not None:
            self.service.show(interview_id)  # NotFound when there is no such interview
        report = self.take("the message", [message], apply, None, {}, set(), interview_id, own=True)
        if not report.arrivals:
            raise InputError("interview", "the interview this message answers (--interview ID): its sender "
                             f"{message.sender or '(none)'} and thread match none")
        return report

    def apply_proposals(self, interview_id: int) -> SyncReport:
        """Record what was proposed about one interview (a pasted reply's, or sync's); the proposals about
        other interviews stay proposed."""
        return self.take("", [], True, None, {}, set(), only=interview_id)

    def discard_proposals(self) -> int:
        """Drop what `sync` proposed, without recording it."""
        with self.service.store.transaction() as repo:
            count = len(_json(repo.setting(_PROPOSALS), list) or [])
            repo.set_setting(_PROPOSALS, "[]")
            return count

    def take(self, folder: str, messages: list[Incoming], apply: bool, progress: Callable[[int, int], None] | None,
             marks: dict[str, Mark], mine: set[str], interview_id: int | None = None,
             only: int | None = None, own: bool = False) -> SyncReport:
        """What the messages say, recorded with the `marks` (positions) in one transaction. `apply` records the
        proposals too: all of them, with `only` those about that interview, with `own` only what these messages
        propose (a message read by hand answers for itself: what earlier ones proposed stays proposed)."""
        with self.service.store.transaction() as repo:
            index = _mail_index(repo.interviews(), repo.outgoing())
        arrivals: list[tuple[Arrival, str | None]] = []
        fresh: list[Proposal] = []
        for arrival, proposed, message in self._arrivals(messages, index, mine, progress, interview_id):
            arrivals.append((arrival, None if message.date else _fingerprint(message)))
            fresh += [p for p in proposed if _same(p) not in map(_same, fresh)]
        ours = {_same(p) for p in fresh}

        def chosen(proposal: Proposal) -> bool:
            return apply and only in (None, proposal.interview_id) and (not own or _same(proposal) in ours)

        recorded, done, left, known, arrived = self._record(marks, arrivals, fresh, chosen)
        shown = done if apply else [p for p in left if not own or _same(p) in ours]
        return SyncReport(folder, len(messages), tuple(arrived), tuple(shown), apply, recorded, tuple(known))

    def _own_addresses(self, username: str | None) -> set[str]:
        settings = self.service.settings
        return {a.casefold() for a in (settings.profile.email, username,
                                       settings.smtp.sender if settings.smtp else None) if a}

    def _arrivals(self, messages: list[Incoming], index: _MailIndex, mine: set[str],
                  progress: Callable[[int, int], None] | None,
                  forced: int | None) -> list[tuple[Arrival, list[Proposal], Incoming]]:
        """The new messages that are about an interview, each with what it is and what it proposes."""
        from ..core.replies import is_bulk

        found = []
        for number, message in enumerate(messages, 1):
            if progress:
                progress(number, len(messages))
            interview_id, threaded = (forced, True) if forced is not None else index.match(message)
            if interview_id is None or message.sender.casefold() in mine:
                continue  # not about an interview, or your own message
            if not threaded and is_bulk(message.headers):
                continue  # a newsletter from the company's domain is not an answer
            arrival = self._arrival(interview_id, message)
            found.append((arrival, self._proposed(arrival, message), message))
        return found

    def _arrival(self, interview_id: int, message: Incoming) -> Arrival:
        from ..core.replies import read, return_date_text

        reading = read(message.subject, message.text, message.headers)
        kind = cast(ReplyKind, reading.kind)
        if kind == "auto-reply":
            event = self._away(interview_id, message, return_date_text(message.text))
        else:
            event = Event("reply", min(message.date or self.now, self.now))
        return Arrival(interview_id, message.sender, message.subject, kind, message.date or self.now, event,
                       reading.because)

    def _proposed(self, arrival: Arrival, message: Incoming) -> list[Proposal]:
        """A rejection or an offer; a next round (with its day, when the message names one); for a reply, the
        first sentence that says when they will decide or write (`timing_sentences`), as a new timeline."""
        why = arrival.heading
        if arrival.kind in ("rejection", "offer"):
            event: ProposedEvent = "rejected" if arrival.kind == "rejection" else "offer"
            return [Proposal(arrival.interview_id, event, arrival.at, why, arrival.because)]
        if arrival.kind == "next-round":
            sender = f"{message.name} <{arrival.sender}>" if message.name else arrival.sender
            return [Proposal(arrival.interview_id, "next-round", arrival.at, why, arrival.because,
                             starts=self._day(arrival, message), interviewer=sender)]
        if arrival.kind == "reply":
            return self._timing(arrival, message, why)
        return []

    def _said_on(self, arrival: Arrival) -> date:
        return arrival.at.astimezone(self.now.tzinfo).date()

    def _day(self, arrival: Arrival, message: Incoming) -> date | None:
        """The day of the next round: named in the sentence that invites, or the one after it."""
        from ..core.replies import sentences

        said = sentences(message.text)
        near = said[said.index(arrival.because):][:2] if arrival.because in said else [arrival.because or ""]
        for sentence in near:
            day = day_named(sentence, self._said_on(arrival), self.service.calendar)
            if day is not None:
                return day
        return None

    def _timing(self, arrival: Arrival, message: Incoming, why: str) -> list[Proposal]:
        from ..core.replies import timing_dates

        current, _ = self._current_timeline(arrival.interview_id)
        for sentence, until in timing_dates(message.subject, message.text, self._said_on(arrival),
                                            self.service.calendar):
            if until != current:
                return [Proposal(arrival.interview_id, "timeline", arrival.at, why, sentence, decision_by=until)]
        return []

    def _current_timeline(self, interview_id: int) -> tuple[date | None, str | None]:
        """The decision date the employer last gave, and their words (read, not planned: no plan is needed)."""
        with self.service.store.transaction() as repo:
            return latest_timeline(repo.interview(interview_id), repo.events([interview_id]).get(interview_id, []))

    def _away(self, interview_id: int, message: Incoming, back: str | None) -> Event | None:
        """An out-of-office message that names a return date after which the first inquiry would open later than
        after the employer's own timeline: a new timeline (the decision cannot come before they are back), so
        the next inquiry moves past it, never earlier (a timeline tied to an event waits longer after its day:
        planner.timeline_opens)."""
        if back is None:
            return None
        said_on = (message.date or self.now).astimezone(self.now.tzinfo).date()
        until = day_named(back, said_on, self.service.calendar)
        if until is None:
            return None
        current, said = self._current_timeline(interview_id)
        policy, calendar = self.service.settings.policy, self.service.calendar
        if current is not None and timeline_opens(until, back, policy, calendar) <= timeline_opens(
                current, said, policy, calendar):
            return None
        return Event("timeline", min(message.date or self.now, self.now), text=back, decision_by=until)

    def _record(self, marks: dict[str, Mark], arrivals: list[tuple[Arrival, str | None]], fresh: list[Proposal],
                chosen: Callable[[Proposal], bool]
                ) -> tuple[int, list[Proposal], list[Proposal], list[Proposal], list[Arrival]]:
        """The events, the marks, the `chosen` proposals and what is left proposed, in one transaction that
        holds the proposals from its start: two reads or syncs at once neither lose the other's proposals nor
        record one twice. Returns how many events were recorded, the proposals recorded (a next round with its
        new id), those left proposed, those of `fresh` that are recorded already (`_recorded`), and the
        arrivals, an undated one (its fingerprint beside it) at the time of an earlier reading of it (`_undated`)."""
        with self.service.store.transaction() as repo:
            repo.hold_setting(_PROPOSALS)
            arrived = _undated(repo, arrivals)
            history = _history(repo, arrived, fresh)
            known = [p for p in fresh if _recorded(history, p)]
            pending = _pending(repo, [p for p in fresh if p not in known])
            facts = _facts(history, arrived)
            taken = [p for p in pending if chosen(p)]
            done = [self._apply(repo, proposal, facts) for proposal in taken]
            for key, mark in marks.items():
                repo.set_setting(key, mark(repo.setting(key)))
            left = [p for p in pending if p not in taken]
            repo.set_setting(_PROPOSALS, json.dumps([_stored(p) for p in left]))
            for interview_id, events in facts.items():
                self.service.record(repo, interview_id, events)
        return sum(len(events) for events in facts.values()), done, left, known, arrived

    def _apply(self, repo: Repository, proposal: Proposal, facts: dict[int, list[Event]]) -> Proposal:
        """Record one proposal: a next round as a new interview, anything else as an event among `facts`."""
        if proposal.event == "next-round":
            return self._next_round(repo, proposal)
        facts.setdefault(proposal.interview_id, []).append(_event(proposal, self.now))
        return proposal

    def _next_round(self, repo: Repository, proposal: Proposal) -> Proposal:
        """The next round as a new interview: same company and role, the sender as its interviewer, on the day
        the message named (09:00; no day: not added). Linked both ways in the notes (no schema change)."""
        from ..core.schema import interview_input, parse_interview

        if proposal.starts is None:
            return proposal
        first = repo.interview(proposal.interview_id)
        name, _, address = (proposal.interviewer or "").rpartition(" <")
        data = {key: value for key, value in interview_input(first).items() if key in _KEPT}
        data.update(when=f"{proposal.starts.isoformat()}T09:00", interviewers=[
            {"name": name or "", "email": address.rstrip(">") or None}],
            notes=f"Next round after interview #{proposal.interview_id} (time not in the message: 09:00 "
                  f"assumed). They wrote: \u201c{proposal.because}\u201d")
        added = repo.add_interview(parse_interview(data, self.service.settings.profile.timezone), self.now)
        link = f"Next round: interview #{added} on {proposal.starts.isoformat()}."
        repo.replace_interview(proposal.interview_id, replace(first, notes=" ".join(filter(None, (
            first.notes, link)))), self.now)
        self.service.replan(repo, added)
        self.service.replan(repo, proposal.interview_id)
        return replace(proposal, added=added)


_KEPT = ("company", "role", "timezone", "department", "format", "culture", "phone_encouraged", "location")


def _event(proposal: Proposal, now: datetime) -> Event:
    at = min(proposal.at, now)
    if proposal.event == "timeline":
        return Event("timeline", at, text=proposal.because, decision_by=proposal.decision_by)
    return Event(proposal.event, at)  # type: ignore[arg-type]  # rejected or offer


def _read(account: Account, stored: str | None) -> tuple[tuple[int, int], list[Incoming]]:
    """The messages that arrived since the mark `stored` ("UIDVALIDITY:last UID"; none or a damaged one: all of
    them), and the new mark."""
    from ..mail.imap import mailbox, new_messages

    with mailbox(account, account.password()) as box:
        return new_messages(box, account.inbox, _uid_mark(stored))


def _uid_mark(stored: str | None) -> tuple[int, int] | None:
    found = re.fullmatch(r"([0-9]{1,20}):([0-9]{1,20})", stored or "")
    return (int(found[1]), int(found[2])) if found else None


def _later(stored: str | None, mark: tuple[int, int]) -> str:
    """The further of two IMAP marks of the same mailbox: one sync never takes back what another has read."""
    other = _uid_mark(stored)
    validity, last = mark
    return f"{validity}:{max(last, other[1]) if other and other[0] == validity else last}"


def _facts(history: dict[int, list[Event]], arrivals: list[Arrival]) -> dict[int, list[Event]]:
    """The events the arrivals give, by interview, each once and none on record already (`history`): the
    replies, then the timelines (a message read again, or by two reads at once, gives nothing new)."""
    facts: dict[int, list[Event]] = {}
    given = [(a.interview_id, a.event) for a in arrivals if a.event is not None]
    for interview_id, event in sorted(given, key=lambda found: found[1].type != "reply"):
        known = [*history.get(interview_id, []), *facts.get(interview_id, [])]
        if (event.type, event.at, event.decision_by) not in {(e.type, e.at, e.decision_by) for e in known}:
            facts.setdefault(interview_id, []).append(event)
    return facts


def _fingerprint(message: Incoming) -> str:
    """Which undated message this is (pasted text has no Date header): a hash of its sender, subject and words
    (spaces, and invisible characters such as a byte-order mark or a zero-width space, aside)."""
    from hashlib import blake2b
    from unicodedata import category

    text = "".join(c for c in message.text if category(c) != "Cf")
    said = "\x00".join((message.sender.casefold(), message.subject.strip(), " ".join(text.split())))
    return blake2b(said.encode("utf-8", "surrogatepass"), digest_size=12).hexdigest()


_READINGS = "read:undated"  # the setting that keeps when each undated message was taken as new
_SAME_READ = timedelta(hours=1)  # an undated message read again within this is the same reading of it
_READINGS_KEPT = timedelta(days=1)  # how long before the newest reading of a read or sync one is kept


def _undated(repo: Repository, arrivals: list[tuple[Arrival, str | None]]) -> list[Arrival]:
    """The arrivals, each undated one (pasted text has no Date) at the time of an earlier reading of it when that
    was within the hour, before or after (two reads at once may each take the time a little apart): the same text
    applied twice at once, or twice by a double click, is one reply, not a reply for each. Read again later it
    is another reply (the same short words may answer a later message)."""
    if not any(fingerprint for _, fingerprint in arrivals):
        return [arrival for arrival, _ in arrivals]
    readings = _readings(repo.setting(_READINGS))
    arrived = []
    for arrival, fingerprint in arrivals:
        if fingerprint is not None:
            known = _earlier_reading(readings.setdefault(fingerprint, []), arrival.at)
            arrival = replace(arrival, at=known, event=arrival.event and replace(arrival.event, at=known))
        arrived.append(arrival)
    newest = max(arrival.at for arrival, _ in arrivals)  # a reading a day older cannot match a new one
    kept = {key: [t.isoformat() for t in times if t >= newest - _READINGS_KEPT] for key, times in readings.items()}
    repo.set_setting(_READINGS, json.dumps({key: times for key, times in kept.items() if times}))
    return arrived


def _earlier_reading(times: list[datetime], at: datetime) -> datetime:
    """The time of the reading kept in `times` within the hour of `at`; none: `at`, now kept too."""
    for earlier in times:
        if abs(at - earlier) <= _SAME_READ:
            return earlier
    times.append(at)
    return at


def _readings(stored: str | None) -> dict[str, list[datetime]]:
    """The readings kept, by fingerprint; what cannot be read as one (a damaged setting) is left out."""
    found: dict[str, list[datetime]] = {}
    for key, times in (_json(stored, dict) or {}).items():
        for at in times if isinstance(times, list) else [times]:
            try:
                when = datetime.fromisoformat(at)
            except (TypeError, ValueError):
                continue
            if when.tzinfo is not None:
                found.setdefault(str(key), []).append(when)
    return found


def _json(stored: str | None, kind: type) -> Any:
    """A setting's JSON, or None when it is not JSON of that kind (a setting damaged by hand)."""
    try:
        found = json.loads(stored or "null")
    except (ValueError, RecursionError):
        return None
    return found if isinstance(found, kind) else None


def _history(repo: Repository, arrivals: list[Arrival], proposals: list[Proposal]) -> dict[int, list[Event]]:
    """The events on record of the interviews these messages are about, read once."""
    return repo.events({a.interview_id for a in arrivals} | {p.interview_id for p in proposals})


def _recorded(history: dict[int, list[Event]], proposal: Proposal) -> bool:
    """A rejection or an offer the interview has on record already, or the same timeline (the same day, from the
    same sentence): the same message read again (the same .eml, the same text pasted twice, read and then
    synced, or read by many processes at once) proposes nothing new. Undone, it can be proposed again."""
    events = history.get(proposal.interview_id, [])
    if proposal.event == "timeline":
        return any(e.type == "timeline" and (e.decision_by, e.text) == (proposal.decision_by, proposal.because)
                   for e in events)
    return proposal.event in ("rejected", "offer") and any(e.type == proposal.event for e in events)


def _proposal(stored: dict[str, Any]) -> Proposal:
    """A stored proposal; ValueError for one not as `_stored` writes it (damaged by hand)."""
    if not all(isinstance(stored.get(key), str) for key in ("event", "why")) or not all(
            isinstance(stored.get(key), (str, type(None))) for key in ("because", "interviewer")):
        raise ValueError(f"not a proposal: {stored!r}")
    day = {key: date.fromisoformat(stored[key]) if stored.get(key) else None for key in ("decision_by", "starts")}
    return Proposal(int(stored["interview"]), stored["event"], datetime.fromisoformat(stored["at"]), stored["why"],
                    stored.get("because"), day["decision_by"], day["starts"], stored.get("interviewer"))


def _same(proposal: Proposal) -> tuple[object, ...]:
    """What makes two proposals one: the same message's same proposal, whenever it was read (pasted text has no
    Date, so it is dated when read, and reading it again must not propose it twice)."""
    return (proposal.interview_id, proposal.event, proposal.why, proposal.because, proposal.decision_by,
            proposal.starts, proposal.interviewer)


def _pending(repo: Repository, fresh: list[Proposal]) -> list[Proposal]:
    """What is proposed and not yet recorded: the stored proposals, and the `fresh` ones not among them."""
    pending = []
    for stored in _json(repo.setting(_PROPOSALS), list) or []:
        with suppress(AttributeError, KeyError, TypeError, ValueError):  # one damaged by hand: left out
            pending.append(_proposal(stored))
    return pending + [p for p in fresh if _same(p) not in map(_same, pending)]


def _stored(proposal: Proposal) -> dict[str, Any]:
    return {"interview": proposal.interview_id, "event": proposal.event, "at": proposal.at.isoformat(),
            "why": proposal.why, "because": proposal.because, "decision_by": day_json(proposal.decision_by),
            "starts": day_json(proposal.starts), "interviewer": proposal.interviewer}


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
