"""The use cases that act in the candidate's mailbox: send over SMTP through the outbox, and read the inbox over
IMAP. `Service.mail` gives them; like the rest of the service, they are the only place where the core meets
the mail servers and the store."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ..core.errors import FollowupError, InputError
from ..core.model import Draft, Event, Interview, Outgoing, OutboxState
from ..core.schema import parse_time_text, parse_zone
from ..core.timeline import parse_timeline

if TYPE_CHECKING:
    from ..adapters.config import Settings
    from .service import Service
    from ..store import Repository, Store


@dataclass
class Mail:
    service: Service

    @property
    def settings(self) -> Settings:
        return self.service.settings

    @property
    def store(self) -> Store:
        return self.service.store

    @property
    def now(self) -> datetime:
        return self.service.now

    # -- sending -------------------------------------------------------------------------------------------
    def send(self, interview_id: int, kind: str | None = None, to: str | None = None, at: str | None = None,
             force: bool = False, dry_run: bool = False) -> list[tuple[Outgoing, str]]:
        """Put the step's messages in the outbox (after the check passes, unless `force`) and send them now, or
        at `at`. Returns each message with what became of it. `dry_run`: build them, store and send nothing."""
        from ..mail.account import require

        account = require(self.settings.smtp)
        drafts = [d for d in self.service.draft(interview_id, kind, to) if d.channel == "email"]
        if not drafts:
            raise InputError("kind", "a step with an email to send (cards and calls are not sent)")
        for draft in drafts:
            errors = [f for f in self.service.check_draft(draft.id or 0)[1] if f.severity == "error"]
            if errors and not force:
                found = "; ".join(f"line {f.line}: {f.rule} {f.message}" for f in errors)
                raise FollowupError(f"send: draft {draft.id} has {len(errors)} error(s) the check found ({found}); "
                                    f"fix them ('followup draft {interview_id} --edit') or send anyway with --force")
            if not draft.to.email:
                raise InputError("to", f"an email address for {draft.to.label} (add one with 'followup edit "
                                 f"{interview_id}')")
        zone = parse_zone(self.settings.profile.timezone, "profile.timezone")
        moment = parse_time_text(at, zone, "at", self.now) if at else self.now
        if moment < self.now - timedelta(minutes=1):
            raise InputError("at", "a time that has not passed", at)
        with self.store.transaction() as repo:
            waiting = {(o.kind, o.attempt, (o.to.email or "").casefold()): o
                       for o in repo.outgoing(("scheduled", "sending"), interview_id=interview_id)}
            items = []
            for draft in drafts:
                earlier = waiting.get((draft.kind, draft.attempt, (draft.to.email or "").casefold()))
                if earlier is not None and earlier.state == "sending":
                    raise FollowupError(f"send: the {draft.kind} to {draft.to.email} may already have gone out "
                                        "(the connection broke while sending it); see 'followup send --due'")
                items.append(earlier or self._threaded(repo, self._outgoing(interview_id, draft, moment,
                                                                             account.sender or "")))
            for item in items:
                self._mime(item)  # a bad address or header is refused before anything is stored
            if dry_run:
                return [(item, self._mime(item).as_string()) for item in items]
            items = [item if item.id else repo.add_outgoing(item, self.now) for item in items]
        if moment > self.now:
            return [(item, f"scheduled for {moment:%a %d %b %H:%M}") for item in items]
        return self._deliver(items)

    def send_due(self, resend_unconfirmed: bool = False) -> list[tuple[Outgoing, str]]:
        """Send what is scheduled and due. A message left 'sending' by a broken connection may have gone out:
        it is listed, and sent again only when asked (check your Sent folder first)."""
        with self.store.transaction() as repo:
            due = repo.outgoing(("scheduled",), due_by=self.now)
            unconfirmed = repo.outgoing(("sending",))
        report: list[tuple[Outgoing, str]] = []
        if unconfirmed and not resend_unconfirmed and self.settings.imap is not None:
            report, unconfirmed, resend = self._look_in_sent(unconfirmed)
            due += resend
        report += [] if resend_unconfirmed else [
            (item, "unconfirmed: the connection broke while sending; look in your Sent folder, then run "
                   "'followup send --due --resend-unconfirmed' if it is not there") for item in unconfirmed]
        return report + self._deliver(due + (unconfirmed if resend_unconfirmed else []))

    def _look_in_sent(self, items: list[Outgoing]) -> tuple[list[tuple[Outgoing, str]], list[Outgoing],
                                                             list[Outgoing]]:
        """Messages a broken connection left unconfirmed, looked up by Message-ID in the Sent folder: found,
        they are sent; not found where the config says the server files every message sent
        (server_keeps_sent), they go again; otherwise, or when the folder cannot be read, they stay
        unconfirmed."""
        from ..mail.imap import SyncError, in_folder, mailbox

        account = self.settings.imap
        assert account is not None
        found, unsure, again = [], [], []
        try:
            with mailbox(account, account.password()) as box:
                for item in items:
                    if in_folder(box, account.sent, item.message_id):
                        found.append((self._sent(item), "sent (found in your Sent folder)"))
                    elif account.server_keeps_sent:
                        again.append(item)
                    else:
                        unsure.append(item)
        except SyncError:  # the Sent folder cannot be read: whatever was not found stays unconfirmed
            done = {item.id for item, _ in found}
            return found, [item for item in items if item.id not in done], []
        return found, unsure, again

    def outbox(self) -> list[Outgoing]:
        with self.store.transaction() as repo:
            return repo.outgoing()

    def cancel(self, outgoing_id: int) -> Outgoing:
        """Take a scheduled (or failed) message out of the outbox; one that may have gone out cannot be."""
        with self.store.transaction() as repo:
            item = next((o for o in repo.outgoing() if o.id == outgoing_id), None)
            if item is None:
                raise InputError("cancel", "the id of a message in the outbox (see 'followup outbox')", outgoing_id)
            if item.state not in ("scheduled", "failed"):
                raise InputError("cancel", f"a scheduled or failed message (this one is {item.state})", outgoing_id)
            cancelled = replace(item, state="cancelled", error="cancelled by you")
            repo.update_outgoing(cancelled, self.now)
            return cancelled

    def discard_proposals(self) -> int:
        """Drop the rejections and offers `sync` proposed, without recording them."""
        import json

        with self.store.transaction() as repo:
            count = len(json.loads(repo.setting("sync:proposals") or "[]"))
            repo.set_setting("sync:proposals", "[]")
            return count

    def test_account(self) -> list[str]:
        """Connect and log in to the SMTP server, and to the IMAP server if there is one; say which step
        failed if one did."""
        from ..mail.account import MailError, require
        from ..mail.imap import mailbox
        from ..mail.smtp import SendError, connect

        account = require(self.settings.smtp)
        try:
            client = connect(account, account.password())
        except SendError as error:
            raise MailError(f"smtp: {error} (name lookup, connect, TLS, login: the first that failed)") from None
        client.quit()
        lines = [f"smtp: {account.host}:{account.port} ({account.security}) works; logged in as {account.username}"]
        imap = self.settings.imap
        if imap is not None:
            with mailbox(imap, imap.password()):
                lines.append(f"imap: {imap.host}:{imap.port} ({imap.security}) works; logged in as {imap.username}")
        return lines

    def _outgoing(self, interview_id: int, draft: Draft, moment: datetime, sender: str) -> Outgoing:
        from ..mail.message import new_message_id

        return Outgoing(interview_id, draft.kind, draft.attempt, draft.to, draft.subject, draft.body,
                        new_message_id(sender), moment)

    def _threaded(self, repo: Repository, item: Outgoing) -> Outgoing:
        """An inquiry that follows an earlier message to the same person goes in the same thread."""
        earlier = [o for o in repo.outgoing(("sent", "sending", "scheduled"), interview_id=item.interview_id)
                   if (o.to.email or "").casefold() == (item.to.email or "").casefold()]
        if not earlier:
            return item
        last = earlier[-1]
        return replace(item, in_reply_to=last.message_id, references=(*last.references, last.message_id))

    def _mime(self, item: Outgoing) -> Any:
        from ..mail.account import require
        from ..mail.message import mime_message

        return mime_message(item, self.settings.profile.name, require(self.settings.smtp).sender or "", self.now)

    def _deliver(self, items: list[Outgoing]) -> list[tuple[Outgoing, str]]:
        """Each message: marked 'sending' (and committed) before it goes, 'sent' with its event in one
        transaction after, so that a crash between leaves it 'sending', never unknown and never resent
        silently."""
        from ..mail.account import require
        from ..mail.smtp import SendError, connect, deliver

        if not items:
            return []
        account = require(self.settings.smtp)
        messages: list[tuple[Outgoing, Any]] = []
        report: list[tuple[Outgoing, str]] = []
        for item in items:
            try:
                messages.append((item, self._mime(item)))
            except (InputError, UnicodeError) as error:  # one bad message does not hold the others up
                problem = error.message if isinstance(error, InputError) else f"cannot be encoded ({error})"
                report.append((self._mark(item, "failed", problem), f"failed: {problem}"))
        if not messages:
            return report
        try:
            client = connect(account, account.password())
        except SendError as error:
            return report + [(self._mark(item, "scheduled", str(error)), f"not sent, still scheduled: {error}")
                             for item, _ in messages]
        try:
            for item, message in messages:
                if report and report[-1][0].state == "sending":  # the connection broke on the one before
                    report.append((self._mark(item, "scheduled", "the connection broke before it"),
                                   "not sent, still scheduled: the connection broke before it"))
                    continue
                claimed = self._claim(item)
                if claimed is None:
                    continue  # another run is sending it
                item = claimed
                try:
                    deliver(client, message)
                except SendError as error:
                    state: OutboxState = "sending" if error.maybe_sent else "failed" if error.permanent else "scheduled"
                    report.append((self._mark(item, state, str(error)), {
                        "sending": "unconfirmed", "failed": "failed",
                        "scheduled": "not sent, still scheduled"}[state] + f": {error}"))
                    continue
                report.append((self._sent(item), "sent"))
        finally:
            try:
                client.quit()
            except Exception:  # noqa: BLE001 - the connection may already be gone; nothing is lost
                client.close()
        return self._copy_to_sent(report, {item.message_id: message for item, message in messages})

    def _copy_to_sent(self, report: list[tuple[Outgoing, str]], messages: dict[str, Any]) -> list[tuple[Outgoing,
                                                                                                          str]]:
        """Where the server does not keep what is sent (copy_to_sent), put a copy in the Sent folder."""
        from ..mail.imap import keep_copy, mailbox

        account = self.settings.imap
        sent = [item for item, outcome in report if outcome == "sent"]
        if account is None or not account.copy_to_sent or not sent:
            return report
        try:
            with mailbox(account, account.password()) as box:
                for item in sent:
                    keep_copy(box, account.sent, bytes(messages[item.message_id]), self.now)
        except FollowupError as error:  # the message went out: a missing copy is worth a word, not a failure
            return [(item, outcome + (f" (no copy in {account.sent}: {error.message})" if outcome == "sent" else ""))
                    for item, outcome in report]
        return report

    def _claim(self, item: Outgoing) -> Outgoing | None:
        """Mark a message 'sending', unless another run has touched it since it was read (two `send --due`
        at once): then None, and this run leaves it alone."""
        claimed = replace(item, state="sending", tries=item.tries + 1, error=None)
        with self.store.transaction() as repo:
            return claimed if repo.claim_outgoing(claimed, item.tries, self.now) else None

    def _mark(self, item: Outgoing, state: OutboxState, error: str | None) -> Outgoing:
        marked = replace(item, state=state, error=error)
        with self.store.transaction() as repo:
            repo.update_outgoing(marked, self.now)
        return marked

    def _sent(self, item: Outgoing) -> Outgoing:
        """Mark it sent and record the event, in one transaction: the plan moves on."""
        sent = replace(item, state="sent", error=None, sent_at=self.now)
        with self.store.transaction() as repo:
            repo.update_outgoing(sent, self.now)
            # the recipient the message was made for, whatever the interview says today
            event = Event("sent", self.now, kind=item.kind, to=item.to.key, channel="email")
            self.service.record(repo, item.interview_id, [event])
        return sent

    # -- reading the inbox ---------------------------------------------------------------------------------
    def sync(self, apply: bool = False, progress: Callable[[int, int], None] | None = None) -> list[str]:
        """Read what is new in the inbox: replies to an interview's messages stop its inquiries; likely
        rejections and offers are proposed (kept until `apply` records them); automatic replies are not
        replies. The mailbox is only read. Returns what happened, a line each."""
        import json

        from ..mail.account import require
        from ..mail.imap import mailbox, new_messages
        from ..core.replies import classify, is_bulk, return_date_text

        account = require(self.settings.imap, "imap")
        key = f"imap:{account.username}@{account.host}:{account.inbox}"
        with self.store.transaction() as repo:
            stored = repo.setting(key)
            proposals: list[dict[str, Any]] = json.loads(repo.setting("sync:proposals") or "[]")
            index = _mail_index(repo.interviews(), repo.outgoing())
        validity, _, last = (stored or "").partition(":")
        since = (int(validity), int(last)) if stored else None
        with mailbox(account, account.password()) as box:
            mark, messages = new_messages(box, account.inbox, since)
        mine = {a.casefold() for a in (self.settings.profile.email, account.username,
                                       self.settings.smtp.sender if self.settings.smtp else None) if a}
        lines, replies, absences = [], [], []
        for number, message in enumerate(messages, 1):
            if progress:
                progress(number, len(messages))
            interview_id, threaded = index.match(message)
            if interview_id is None or message.sender.casefold() in mine:
                continue  # not about an interview, or your own message
            if not threaded and is_bulk(message.headers):
                continue  # a newsletter from the company's domain is not an answer
            kind = classify(message.subject, message.text, message.headers)
            said = f"#{interview_id}: {message.sender}, \u201c{message.subject}\u201d"
            if kind == "auto-reply":
                away = self._away(interview_id, message, return_date_text(message.text))
                if away is not None:
                    absences.append((interview_id, away))
                    lines.append(f"{said}: an automatic reply, not an answer; they are back {away.text}, so the "
                                 "next inquiry waits until after that")
                else:
                    lines.append(f"{said}: an automatic reply, not an answer; the plan stays as it is")
                continue
            replies.append((interview_id, min(message.date or self.now, self.now)))
            lines.append(f"{said}: a reply; the inquiries stop")
            if kind in ("rejection", "offer"):
                event = "rejected" if kind == "rejection" else "offer"
                at = message.date or self.now
                proposals.append({"interview": interview_id, "event": event, "at": at.isoformat(), "why": said})
        if apply:
            lines += [f"#{p['interview']}: recorded {p['event']} ({p['why']})" for p in proposals]
        else:
            lines += [f"#{p['interview']}: looks like {'a rejection' if p['event'] == 'rejected' else 'an offer'} "
                      f"({p['why']}); run 'followup sync --apply' to record it" for p in proposals]
        # the events and the new mark in one transaction: nothing is read twice or lost
        with self.store.transaction() as repo:
            touched = set()
            for interview_id, at in replies:
                if not any(e.type == "reply" and e.at == at for e in repo.events([interview_id]).get(interview_id, [])):
                    repo.add_event(interview_id, Event("reply", at), self.now)
                    touched.add(interview_id)
            for interview_id, away in absences:
                repo.add_event(interview_id, away, self.now)
                touched.add(interview_id)
            if apply:
                for proposal in proposals:
                    at = min(datetime.fromisoformat(proposal["at"]), self.now)
                    repo.add_event(proposal["interview"], Event(proposal["event"], at), self.now)
                    touched.add(proposal["interview"])
                proposals = []
            repo.set_setting(key, f"{mark[0]}:{mark[1]}")
            repo.set_setting("sync:proposals", json.dumps(proposals))
            for interview_id in touched:
                self.service.replan(repo, interview_id)
        return [f"{len(messages)} new message(s) in {account.inbox}.", *lines]

    def _away(self, interview_id: int, message: Any, back: str | None) -> Event | None:
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
        current = next((e.decision_by for e in reversed(view.events) if e.type == "timeline"),
                       view.interview.decision_by)
        if until is None or (current is not None and until <= current):
            return None
        return Event("timeline", min(message.date or self.now, self.now), text=back, decision_by=until)


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

    def match(self, message: Any) -> tuple[int | None, bool]:
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
        for person in interview.interviewers:
            if person.email:
                addresses.setdefault(person.email.casefold(), set()).add(interview.id or 0)
                domain = person.email.casefold().rpartition("@")[2]
                if domain not in _PUBLIC_DOMAINS:
                    domains.setdefault(domain, set()).add(interview.id or 0)
    return _MailIndex({o.message_id: o.interview_id for o in outgoing},
                      {a: next(iter(ids)) for a, ids in addresses.items() if len(ids) == 1},
                      {d: next(iter(ids)) for d, ids in domains.items() if len(ids) == 1})

