"""The use cases that act in the candidate's mailbox: send over SMTP through the outbox (here), and read the
inbox over IMAP (`inbox.Inbox`, which `Mail.sync` gives). The shells build a `Mail` on top of the `Service`;
like the rest of the service, these are the only place where the core meets the mail servers and the store.
Each returns a typed result (`mail_results`), never sentences."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from email.message import EmailMessage
from typing import TYPE_CHECKING

from ..core.errors import FollowupError, InputError
from ..core.model import Draft, Event, Finding, Outgoing, OutboxState
from ..core.schema import parse_time_text, parse_zone
from .inbox import Inbox
from .mail_results import AccountCheck, Delivery, DeliveryOutcome, SendReport, ServerLogin, SyncReport

if TYPE_CHECKING:
    from smtplib import SMTP

    from ..adapters.config import Settings
    from ..store import Repository, Store
    from .service import Service

# what became of a message the server did not take, by the state it is left in
_NOT_TAKEN: dict[OutboxState, DeliveryOutcome] = {"sending": "unconfirmed", "failed": "failed",
                                                  "scheduled": "retry-later"}
# what another run has done with a message this run meant to send (a waiting one, this run may still send)
_TAKEN: dict[OutboxState, DeliveryOutcome] = {"sent": "already-sent", "sending": "being-sent"}


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
             force: bool = False, dry_run: bool = False) -> SendReport:
        """Put the step's messages in the outbox (after the check passes, unless `force`) and send them now, or
        at `at`. Returns each message with what became of it. `dry_run`: build them, store and send nothing."""
        from ..mail.account import require

        if not dry_run:  # a dry run needs no server: the From line falls back to the profile's email
            require(self.settings.smtp)
        sender = self._sender()
        moment = self._moment(at)
        if kind is None:
            self._require_due(interview_id, moment)
        drafts = self._email_drafts(interview_id, kind, to, not dry_run, moment)
        self._gate(interview_id, drafts, force)
        with self.store.transaction() as repo:
            items = self._queue(repo, interview_id, drafts, moment, sender)
            for item in items:
                self._mime(item)  # a bad address or header is refused before anything is stored
            if dry_run:
                return SendReport(tuple(Delivery(item, "dry-run", mime=_readable(self._mime(item)))
                                        for item in items))
            stored = [self._store(repo, item) for item in items]
        taken = [Delivery(item, outcome) for item, outcome in stored if outcome is not None]
        mine = [item for item, outcome in stored if outcome is None]
        if moment > self.now:
            return SendReport((*taken, *(Delivery(item, "scheduled", at=moment) for item in mine)))
        return SendReport((*taken, *self._deliver(mine).deliveries))

    def send_draft(self, draft_id: int) -> tuple[int, Draft, SendReport]:
        """Send one stored draft (the web's Send button): (its interview, the draft, what became of it). When its
        step is gone because another request sent it (a double-click), that is what is reported, not an error."""
        interview_id, draft = self.service.stored_draft(draft_id)
        try:
            return interview_id, draft, self.send(interview_id, draft.kind, draft.to.email or draft.to.name)
        except FollowupError:
            key = (draft.kind, draft.attempt, (draft.to.email or "").casefold())
            with self.store.transaction() as repo:
                held = [o for o in repo.outgoing(interview_id=interview_id)
                        if (o.kind, o.attempt, (o.to.email or "").casefold()) == key and o.state in _TAKEN]
            if not held:
                raise
            return interview_id, draft, SendReport(tuple(Delivery(o, _TAKEN[o.state]) for o in held))

    def _require_due(self, interview_id: int, moment: datetime) -> None:
        """Without --kind, only a step that is open at `moment` is sent: a second `send ID` right after the
        first does not send the next step days early."""
        from ..core.display import moment as shown
        from .service import step_state

        steps = [s for s in self.service.show(interview_id).plan.steps if s.kind != "move-on"]
        if steps and all(step_state(s, moment) == "next" for s in steps):
            first = min(steps, key=lambda s: s.earliest)
            raise InputError("kind", f"a step that is due: nothing is due for interview {interview_id} yet "
                             f"(the {first.kind} opens {shown(first.earliest)}); to send it early, name it "
                             f"with --kind {first.kind}")

    def _store(self, repo: Repository, item: Outgoing) -> tuple[Outgoing, DeliveryOutcome | None]:
        """Queue a new message (the database holds one row per step), or take the one waiting. With it, what
        another run has done with it already (sent, or sending now), else None: this run sends it."""
        if item.id is None:
            item, _ = repo.add_outgoing(item, self.now)
        return item, _TAKEN.get(item.state)

    def _email_drafts(self, interview_id: int, kind: str | None, to: str | None, keep: bool,
                      moment: datetime) -> list[Draft]:
        """The step's drafts that go by email, written as of `moment`, when they go (a thank-you scheduled for
        the next morning names the interview's day, not "today"); stored with the interview unless not `keep`
        (a dry run)."""
        drafts = [d for d in replace(self.service, now=moment).draft(interview_id, kind, to, keep=keep)
                  if d.channel == "email"]
        if not drafts:
            raise InputError("kind", "a step with an email to send (cards and calls are not sent)")
        return drafts

    def _gate(self, interview_id: int, drafts: list[Draft], force: bool) -> None:
        """Refuse to send a draft the check finds errors in (unless `force`), or one without an address."""
        for draft in drafts:
            errors = [f for f in self._findings(interview_id, draft) if f.severity == "error"]
            if errors and not force:
                found = "; ".join(f"line {f.line}: {f.rule} {f.message}" for f in errors)
                raise FollowupError(f"send: draft {draft.id} has {len(errors)} error(s) the check found ({found}); "
                                    f"fix them ('followup draft {interview_id} --edit') or send anyway with --force")
            if not draft.to.email:
                raise InputError("to", f"an email address for {draft.to.label} (add one with 'followup edit "
                                 f"{interview_id}')")

    def _findings(self, interview_id: int, draft: Draft) -> list[Finding]:
        """What the check finds in a draft: a stored one by its id, one a dry run did not store by its text."""
        if draft.id is not None:
            return self.service.check_draft(draft.id)[1]
        return self.service.check_text(draft.text, interview_id, draft.kind, draft.to.key, draft.channel)

    def _moment(self, at: str | None) -> datetime:
        """When to send: now, or the time `at` names (in the user's time zone), which must not have passed."""
        zone = parse_zone(self.settings.profile.timezone, "profile.timezone")
        moment = parse_time_text(at, zone, "at", self.now) if at else self.now
        if moment < self.now - timedelta(minutes=1):
            raise InputError("at", "a time that has not passed", at)
        return moment

    def _queue(self, repo: Repository, interview_id: int, drafts: list[Draft], moment: datetime,
               sender: str) -> list[Outgoing]:
        """The outbox item for each draft: the one already waiting for it, else a new one (not stored yet)."""
        waiting = {(o.kind, o.attempt, (o.to.email or "").casefold()): o
                   for o in repo.outgoing(("scheduled", "sending"), interview_id=interview_id)}
        items = []
        for draft in drafts:
            earlier = waiting.get((draft.kind, draft.attempt, (draft.to.email or "").casefold()))
            items.append(earlier or self._threaded(repo, self._outgoing(interview_id, draft, moment, sender)))
        return items

    def send_due(self, resend_unconfirmed: bool = False) -> SendReport:
        """Send what is scheduled and due. A message left 'sending' by a broken connection may have gone out:
        it is listed, and sent again only when asked (check your Sent folder first)."""
        with self.store.transaction() as repo:
            due = repo.outgoing(("scheduled",), due_by=self.now)
            unconfirmed = repo.outgoing(("sending",))
        report: list[Delivery] = []
        if unconfirmed and not resend_unconfirmed and self.settings.imap is not None:
            report, unconfirmed, resend = self._look_in_sent(unconfirmed)
            due += resend
        if not resend_unconfirmed:
            report += [Delivery(item, "unconfirmed") for item in unconfirmed]  # left so by an earlier run
        sent = self._deliver(due + (unconfirmed if resend_unconfirmed else []))
        return SendReport((*report, *sent.deliveries))

    def _look_in_sent(self, items: list[Outgoing]) -> tuple[list[Delivery], list[Outgoing], list[Outgoing]]:
        """Messages a broken connection left unconfirmed, looked up by Message-ID in the Sent folder: found,
        they are sent; not found where the config says the server files every message sent
        (server_keeps_sent), they go again; otherwise, or when the folder cannot be read, they stay
        unconfirmed."""
        from ..mail.imap import SyncError, in_folder, mailbox

        account = self.settings.imap
        assert account is not None
        found: list[Delivery] = []
        unsure, again = [], []
        try:
            with mailbox(account, account.password()) as box:
                for item in items:
                    if in_folder(box, account.sent, item.message_id):
                        found.append(Delivery(self._sent(item), "found-in-sent"))
                    elif account.server_keeps_sent:
                        again.append(item)
                    else:
                        unsure.append(item)
        except SyncError:  # the Sent folder cannot be read: whatever was not found stays unconfirmed
            done = {d.item.id for d in found}
            return found, [item for item in items if item.id not in done], []
        return found, unsure, again

    def outbox(self) -> list[Outgoing]:
        with self.store.transaction() as repo:
            return repo.outgoing()

    def cancel(self, outgoing_id: int) -> Outgoing:
        """Take a scheduled (or failed) message out of the outbox; one that may have gone out cannot be."""
        with self.store.transaction() as repo:
            item = repo.outgoing_by_id(outgoing_id)
            if item is None:
                raise InputError("cancel", "the id of a message in the outbox (see 'followup outbox')", outgoing_id)
            if item.state not in ("scheduled", "failed"):
                raise InputError("cancel", f"a scheduled or failed message (this one is {item.state})", outgoing_id)
            cancelled = replace(item, state="cancelled", error="cancelled by you")
            repo.update_outgoing(cancelled, self.now)
            return cancelled

    def discard_proposals(self) -> int:
        """Drop the rejections and offers `sync` proposed, without recording them."""
        return Inbox(self.service).discard_proposals()

    def test_account(self) -> AccountCheck:
        """Connect and log in to the SMTP server, and to the IMAP server if there is one; say which step
        failed if one did (a MailError)."""
        from ..mail.account import MailError, require
        from ..mail.imap import mailbox
        from ..mail.smtp import SendError, connect

        account = require(self.settings.smtp)
        try:
            client = connect(account, account.password())
        except SendError as error:
            raise MailError(f"smtp: {error} (name lookup, connect, TLS, login: the first that failed)") from None
        client.quit()
        smtp = ServerLogin(account.host, account.port, account.security, account.username)
        imap = self.settings.imap
        if imap is None:
            return AccountCheck(smtp)
        with mailbox(imap, imap.password()):
            return AccountCheck(smtp, ServerLogin(imap.host, imap.port, imap.security, imap.username))

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

    def _sender(self) -> str:
        """The From address: [smtp] from, else the profile's email (which [smtp] falls back to as well)."""
        smtp = self.settings.smtp
        sender = smtp.sender if smtp is not None else self.settings.profile.email
        if not sender:
            raise InputError("profile.email", "your email address, for the From line (or an [smtp] table with "
                             "from)")
        return sender

    def _mime(self, item: Outgoing) -> EmailMessage:
        from ..mail.message import mime_message

        return mime_message(item, self.settings.profile.name, self._sender(), self.now)

    def _deliver(self, items: list[Outgoing]) -> SendReport:
        """Each message: marked 'sending' (and committed) before it goes, 'sent' with its event in one
        transaction after, so that a crash between leaves it 'sending', never unknown and never resent
        silently."""
        messages, report = self._encoded(items)
        if messages:
            report += self._over_smtp(messages)
            report = self._copy_to_sent(report, {item.message_id: message for item, message in messages})
        return SendReport(tuple(report))

    def _encoded(self, items: list[Outgoing]) -> tuple[list[tuple[Outgoing, EmailMessage]], list[Delivery]]:
        """Each message as MIME; one that cannot be is marked failed (and does not hold the others up)."""
        messages: list[tuple[Outgoing, EmailMessage]] = []
        failed: list[Delivery] = []
        for item in items:
            try:
                messages.append((item, self._mime(item)))
            except (InputError, UnicodeError) as error:
                problem = error.message if isinstance(error, InputError) else f"cannot be encoded ({error})"
                failed.append(Delivery(self._note(item, "failed", problem), "failed", problem))
        return messages, failed

    def _over_smtp(self, messages: list[tuple[Outgoing, EmailMessage]]) -> list[Delivery]:
        """One connection for all the messages; a server that cannot be reached leaves them scheduled."""
        from ..mail.account import require
        from ..mail.smtp import SendError, connect

        account = require(self.settings.smtp)
        try:
            client = connect(account, account.password())
        except SendError as error:
            return [Delivery(self._note(item, "scheduled", str(error)), "retry-later", str(error))
                    for item, _ in messages]
        try:
            return self._hand_over(client, messages)
        finally:
            try:
                client.quit()
            except Exception:  # noqa: BLE001 - the connection may already be gone; nothing is lost
                client.close()

    def _hand_over(self, client: SMTP, messages: list[tuple[Outgoing, EmailMessage]]) -> list[Delivery]:
        """Each message in turn, after claiming it; after a connection broke, the rest wait for the next run."""
        report: list[Delivery] = []
        for item, message in messages:
            if report and report[-1].outcome == "unconfirmed":  # the connection broke on the one before
                broke = "the connection broke before it"
                report.append(Delivery(self._note(item, "scheduled", broke), "retry-later", broke))
                continue
            claimed = self._claim(item)
            report.append(self._hand_one(client, claimed, message) if claimed is not None else self._taken(item))
        return report

    def _hand_one(self, client: SMTP, item: Outgoing, message: EmailMessage) -> Delivery:
        from ..mail.smtp import SendError, deliver

        try:
            deliver(client, message)
        except SendError as error:
            state: OutboxState = "sending" if error.maybe_sent else "failed" if error.permanent else "scheduled"
            return Delivery(self._mark(item, state, str(error)), _NOT_TAKEN[state], str(error))
        return Delivery(self._sent(item), "sent")

    def _copy_to_sent(self, report: list[Delivery], messages: dict[str, EmailMessage]) -> list[Delivery]:
        """Where the server does not keep what is sent (copy_to_sent), put a copy in the Sent folder."""
        from ..mail.imap import keep_copy, mailbox

        account = self.settings.imap
        sent = [d.item for d in report if d.outcome == "sent"]
        if account is None or not account.copy_to_sent or not sent:
            return report
        try:
            with mailbox(account, account.password()) as box:
                for item in sent:
                    keep_copy(box, account.sent, bytes(messages[item.message_id]), self.now)
        except FollowupError as error:  # the message went out: a missing copy is worth a word, not a failure
            missing = f"no copy in {account.sent}: {error.message}"
            return [replace(d, detail=missing) if d.outcome == "sent" else d for d in report]
        return report

    def _claim(self, item: Outgoing) -> Outgoing | None:
        """Mark a message 'sending', unless another run has touched it since it was read (two `send --due`
        at once): then None, and this run leaves it alone."""
        claimed = replace(item, state="sending", tries=item.tries + 1, error=None)
        with self.store.transaction() as repo:
            return claimed if repo.claim_outgoing(claimed, item.tries, self.now) else None

    def _taken(self, item: Outgoing) -> Delivery:
        """A message another run claimed first: what it has done with it so far."""
        with self.store.transaction() as repo:
            now = repo.outgoing_by_id(item.id or 0) or item
        return Delivery(now, _TAKEN.get(now.state, "being-sent"))

    def _note(self, item: Outgoing, state: OutboxState, error: str) -> Outgoing:
        """What became of a message this run has not claimed: stored unless another run claimed it since."""
        marked = replace(item, state=state, error=error)
        with self.store.transaction() as repo:
            repo.claim_outgoing(marked, item.tries, self.now)
        return marked

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
    def sync(self, apply: bool = False, progress: Callable[[int, int], None] | None = None) -> SyncReport:
        """Read what is new in the inbox (see `Inbox.sync`)."""
        return Inbox(self.service).sync(apply, progress)


def _readable(message: EmailMessage) -> str:
    """A message as a person reads it: its headers and its text decoded (no quoted-printable, no encoded
    words), without the MIME headers that describe the encoding it is not shown in."""
    headers = [f"{name}: {value}" for name, value in message.items()
               if not name.lower().startswith(("content-", "mime-version"))]
    return "\n".join(headers) + "\n\n" + str(message.get_content())
