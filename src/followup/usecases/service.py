"""The use cases: the only place where the pure core meets the store and the clock's value.

The CLI and the web app call these and stay thin: parse input, call one use case, render the result.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo
from typing import TYPE_CHECKING, Any, Literal, TypeVar

from ..adapters.config import Settings
from ..core.display import moment
from ..core.errors import DuplicateError, InputError
from ..core.errors import FollowupError
from ..core.message import read_message
from ..core.model import (CHANNELS, KINDS, LOGGED_EVENTS, STATUSES, Candidate, Draft, Event, EventType, Finding,
                          Interview, Interviewer, Kind, Plan, Recipient, Step, narrow)
from ..core.planner import (find_recipient, inquiries_since_reply, known_recipients, names, plan, primary_contact,
                            recipients, wakes_at)
from ..core.schema import interview_input, parse_interview, parse_time_text, parse_zone, refuse_controls
from ..core.workdays import WorkCalendar

if TYPE_CHECKING:
    from ..store import Repository, Store
    from ..adapters.files import Skipped
    from ..adapters.grammar import Language
    from ..core.check import CheckContext
    from ..core.compose import Gap

T = TypeVar("T")
V = TypeVar("V", bound=str)
StepState = Literal["overdue", "due", "open", "next"]  # where a step stands at `now`; "next": not open yet
STATES: tuple[StepState, ...] = ("overdue", "due", "open")  # the open ones, most urgent first


@dataclass(frozen=True)
class InterviewView:
    interview: Interview
    events: tuple[Event, ...]
    plan: Plan


@dataclass(frozen=True)
class AgendaItem:
    interview: Interview
    step: Step
    state: StepState


@dataclass(frozen=True)
class Agenda:
    items: tuple[AgendaItem, ...]
    next: AgendaItem | None


def step_state(step: Step, now: datetime) -> StepState:
    if now > step.latest:
        return "overdue"
    if now >= step.due:
        return "due"
    return "open" if now >= step.earliest else "next"


@dataclass
class Service:
    settings: Settings
    store: Store
    now: datetime  # aware; the shells read the clock (or --now) and pass it in
    # what is costly to build (the calendar, the templates, Harper), shared by every copy made with `at`; a copy
    # with other settings (dataclasses.replace) builds its own
    built: dict[str, Any] = field(default_factory=dict, init=False, repr=False, compare=False)

    def at(self, now: datetime) -> Service:
        """The same service at another moment (a web request's), sharing what has been built."""
        moved = replace(self, now=now)
        moved.built = self.built
        return moved

    def _once(self, name: str, build: Callable[[], T]) -> T:
        if name not in self.built:
            self.built[name] = build()
        return self.built[name]  # type: ignore[no-any-return]

    @property
    def calendar(self) -> WorkCalendar:
        from ..adapters.holidays import public_holidays

        profile = self.settings.profile
        order = "MDY" if profile.country.upper() in ("US", "CA", "PH") else "DMY"
        return self._once("calendar", lambda: WorkCalendar(public_holidays(profile.country, profile.region),
                                                           self.settings.policy, order))

    # -- interviews ------------------------------------------------------------------------------------
    def add(self, data: Mapping[str, Any], force: bool = False) -> InterviewView:
        """Record an interview. One with the same company, role and time as a stored one is refused as a likely
        duplicate (DuplicateError) unless `force`: running the same `add` twice would plan every step twice."""
        return self.add_many([data], force)[0]

    def add_many(self, items: Sequence[Mapping[str, Any]], force: bool = False) -> list[InterviewView]:
        """Several interviews in one transaction: all of them, or none when one is refused. Unless `force`, one
        that looks recorded already (stored, or earlier in `items`) is refused (DuplicateError)."""
        interviews = [self._read(item) for item in items]
        with self.store.transaction() as repo:
            known = [] if force else list(repo.interviews(details=False))
            for interview in [] if force else interviews:
                error = _duplicate_of(known, interview)
                if error is not None:
                    raise error
                known.append(interview)
            return [self.replan(repo, repo.add_interview(interview, self.now)) for interview in interviews]

    def duplicates(self, items: Sequence[Mapping[str, Any]]) -> list[DuplicateError | None]:
        """For each item, the likely duplicate it would be (of a stored interview, or of an earlier item), or
        None: what an import leaves out unless forced. An item that cannot be read yet is None."""
        with self.store.transaction() as repo:
            known = list(repo.interviews(details=False))
        found: list[DuplicateError | None] = []
        for item in items:
            try:
                interview = self._read(item)
            except InputError:
                found.append(None)
                continue
            found.append(_duplicate_of(known, interview))
            known.append(interview)
        return found

    def edit(self, interview_id: int, changes: Mapping[str, Any]) -> InterviewView:
        """Change the given fields; the others keep their values."""
        with self.store.transaction() as repo:
            current = repo.interview(interview_id)
            interview = self._read({**interview_input(current), **changes})
            repo.replace_interview(interview_id, interview, self.now)
            return self.replan(repo, interview_id)

    def delete(self, interview_id: int) -> Interview:
        with self.store.transaction() as repo:
            interview = repo.interview(interview_id)
            repo.delete_interview(interview_id)
        return interview

    def editable(self, interview_id: int) -> dict[str, Any]:
        """The interview as the fields a user edits."""
        with self.store.transaction() as repo:
            return interview_input(repo.interview(interview_id))

    def show(self, interview_id: int) -> InterviewView:
        with self.store.transaction() as repo:
            return self.load(repo, interview_id)

    def list_interviews(self, status: str | None = None, query: str | None = None) -> list[InterviewView]:
        """Every interview, or those with a status, or whose company, role or interviewers contain `query`."""
        wanted = _one_of("status", status, STATUSES) if status is not None else None
        views = [v for v in self._all(details=True) if wanted is None or v.plan.status == wanted]
        needle = (query or "").strip().casefold()
        return [v for v in views if needle in " ".join(
            [v.interview.company, v.interview.role, *(i.name or i.email or "" for i in v.interview.interviewers)]
        ).casefold()]

    def today(self) -> Agenda:
        """What is open, due or overdue now, across every interview, most urgent first; and what comes next.

        Only the interviews whose plans may have a step open now are read and planned: each interview stores
        when its plan next opens a step (`wakes_at`), which stays true as time passes until its events
        change (a property test holds the planner to that). For the next step to come, the sleeping
        interviews are planned soonest first until none can open earlier than the best found."""
        items: list[AgendaItem] = []
        following: AgendaItem | None = None

        def consider(view: InterviewView) -> None:
            nonlocal following
            for step in view.plan.steps:
                state = step_state(step, self.now)
                if state == "next":
                    if following is None or (step.earliest, step.optional) < (following.step.earliest,
                                                                             following.step.optional):
                        following = AgendaItem(view.interview, step, state)
                else:  # a step long past its window is not in the plan (rule stale-step)
                    items.append(AgendaItem(view.interview, step, state))

        with self.store.transaction() as repo:
            self._refresh_wakes(repo)
            history = repo.events(awake_at=self.now)
            asleep = []  # awake interviews with nothing open any more: they can sleep until their next step
            for interview in repo.interviews(details=False, awake_at=self.now):
                view = self._view(interview, tuple(history.get(interview.id or 0, ())))
                consider(view)
                wake_at = wakes_at(view.plan)
                if wake_at is None or wake_at > self.now:
                    asleep.append((interview.id or 0, wake_at))
            repo.set_wakes(asleep, self.now)
            for interview_id, wake_at in repo.sleeping(self.now):
                if following is not None and wake_at > following.step.earliest:
                    break
                consider(self.load(repo, interview_id))
        items.sort(key=lambda i: (STATES.index(i.state), i.step.optional, i.step.due))
        return Agenda(tuple(items), following)

    def _refresh_wakes(self, repo: Repository) -> None:
        """Work out every interview's `wakes_at` again when the policy, the calendar or the rules changed."""
        fingerprint = self._once("plan_fingerprint", self._plan_fingerprint)  # files read once a process
        if repo.setting("plan_fingerprint") == fingerprint:
            return
        history = repo.events()
        repo.set_wakes(((i.id or 0, wakes_at(self._view(i, tuple(history.get(i.id or 0, ()))).plan))
                        for i in repo.interviews(details=False)), self.now)
        repo.set_setting("plan_fingerprint", fingerprint)

    def _plan_fingerprint(self) -> str:
        """What plans depend on besides an interview and its events: the policy, the holidays, the rules (the
        planner's own, and which timelines are events: timeline_events)."""
        import hashlib

        from ..adapters.holidays import package_version
        from ..core import model, planner, policy, timeline_events, workdays

        profile = self.settings.profile
        version = package_version()
        digest = hashlib.sha256(f"{self.settings.policy!r}|{profile.country}|{profile.region}|{version}".encode())
        for module in (model, planner, policy, timeline_events, workdays):
            digest.update(Path(module.__file__ or "").read_bytes())
        return digest.hexdigest()

    # -- events ----------------------------------------------------------------------------------------
    def log(self, interview_id: int, event_type: str, *, kind: str | None = None, to: str | None = None,
            channel: str | None = None, at: str | None = None, text: str | None = None) -> tuple[Event, InterviewView]:
        """Record something that happened: a message sent, or the employer's reply, decision or timeline."""
        happened = _one_of("event", event_type, LOGGED_EVENTS)
        with self.store.transaction() as repo:
            interview = repo.interview(interview_id)
            zone = parse_zone(interview.timezone, "timezone")
            moment = parse_time_text(at, zone, "at", self.now) if at else self.now.astimezone(zone)
            if moment > self.now:
                raise InputError("at", "a time that is not in the future", at)
            item = self._event(interview, happened, moment, kind, to, channel, text)
            event_id = repo.add_event(interview_id, item, self.now)
            return replace(item, id=event_id), self.replan(repo, interview_id)

    def skip(self, interview_id: int, kind: str | None = None, to: str | None = None) -> tuple[Event, InterviewView]:
        """Let a step open now go without sending it: the most urgent, or the one of `kind` (to `to`). It is
        recorded as a "skipped" event, so `undo` brings the step back."""
        with self.store.transaction() as repo:
            repo.hold(interview_id)
            view = self.load(repo, interview_id)
            step = _open_step(view, self.now, kind, to)
            recipient = step.to.email or step.to.name if step.to else None
            item = Event("skipped", self.now.astimezone(parse_zone(view.interview.timezone, "timezone")),
                         kind=step.kind, to=recipient)
            event_id = repo.add_event(interview_id, item, self.now)
            return replace(item, id=event_id), self.replan(repo, interview_id)

    def undo(self, interview_id: int, last_seen: int | None = None) -> tuple[Event, InterviewView]:
        """Remove the last event logged for an interview; with `last_seen`, only if that event is still the last
        (a second click on a page's Undo takes back nothing more)."""
        with self.store.transaction() as repo:
            repo.hold(interview_id)
            history = self.load(repo, interview_id).events
            if not history:
                raise InputError("id", f"an interview with events to undo (interview {interview_id} has none)")
            last = max(history, key=lambda e: e.id or 0)
            if last_seen is not None and last.id != last_seen:
                raise InputError("event", "the last event shown on the page (it was undone already, or something "
                                 "was logged since): reload the page to see what is there now")
            repo.delete_event(last.id or 0)
            return last, self.replan(repo, interview_id)

    def _event(self, interview: Interview, event_type: EventType, at: datetime, kind: str | None, to: str | None,
               channel: str | None, text: str | None) -> Event:
        """The event a user described, checked: each detail only where its event type takes it."""
        if event_type != "sent":
            for field, value in (("kind", kind), ("to", to), ("channel", channel)):
                if value is not None:
                    raise InputError(field, f"nothing for a '{event_type}' event (only 'sent' takes --{field})")
        if event_type == "timeline":
            return self._timeline_event(at, text)
        if text is not None:
            raise InputError("text", f"nothing for a '{event_type}' event (only 'timeline' takes text)")
        if event_type != "sent":
            return Event(event_type, at)
        return _sent_event(interview, at, kind, to, channel)

    def _timeline_event(self, at: datetime, text: str | None) -> Event:
        if not text or not text.strip():
            raise InputError("text", "the employer's words, such as \"by next Friday\"")
        from ..core.timeline import parse_timeline  # here: its rules compile 25 patterns, which `today` never uses

        return Event("timeline", at, text=text.strip(),
                     decision_by=parse_timeline(text, at.date(), self.calendar, "text", "the day it was said"))

    # -- drafts ----------------------------------------------------------------------------------------
    def draft(self, interview_id: int, kind: str | None = None, to: str | None = None,
              fresh: bool = False, keep: bool = True) -> list[Draft]:
        """The messages for the next due step(s), or for the step of `kind`, each stored with the interview.
        A draft the candidate edited is kept as it is, unless `fresh` asks for a new one. `keep=False`: store
        nothing (a new draft has no id), for `send --dry-run`."""
        from ..core.compose import render_draft

        candidate = self.candidate()
        with self.store.transaction() as repo:
            view = self.load(repo, interview_id)
            stored = {(d.kind, d.attempt, d.channel, d.to.key): d for d in repo.drafts(interview_id)}
            drafts = []
            for step in self._draft_steps(view, kind, to):
                assert step.to is not None and step.channel is not None
                kept = stored.get((step.kind, step.attempt, step.channel, step.to.key))
                if kept is not None and kept.edited and not fresh:
                    drafts.append(kept)
                    continue
                made = render_draft(step, view.interview, view.events, candidate, self.now, self.templates)
                drafts.append(repo.save_draft(interview_id, made, self.now) if keep else made)
            return drafts

    def draft_gaps(self, interview_id: int, kinds: Iterable[str], to: Recipient | None = None) -> tuple[Gap, ...]:
        """What drafts of these kinds (to this person) leave out for want of the candidate's word
        (core.compose.gaps)."""
        from ..core.compose import gaps

        with self.store.transaction() as repo:
            return gaps(self.load(repo, interview_id).interview, kinds, to)

    def save_draft_text(self, interview_id: int, draft: Draft, text: str) -> Draft:
        """Keep the candidate's own version of a draft (the file format of `Draft.text`)."""
        message = read_message(text)
        refuse_controls(message.body, "body", lines=True)  # NUL, escapes: refused before anything is stored
        if message.subject is not None:
            refuse_controls(message.subject, "subject")
        if not message.body.strip():
            raise InputError("body", "the message's text after the header lines (it is empty)")
        subject = draft.subject if message.subject is None else message.subject
        edited = replace(draft, subject=subject, body=message.body.strip() + "\n", edited=True)
        with self.store.transaction() as repo:
            return repo.save_draft(interview_id, edited, self.now)

    def stored_draft(self, draft_id: int) -> tuple[int, Draft]:
        """(interview id, draft) for a stored draft."""
        with self.store.transaction() as repo:
            return repo.draft(draft_id)

    def stored_drafts(self, interview_id: int) -> list[Draft]:
        with self.store.transaction() as repo:
            return repo.drafts(interview_id)

    def candidate(self) -> Candidate:
        profile = self.settings.profile
        if not profile.name or not profile.name.strip():
            where = self.settings.path or "the config file"
            raise InputError("profile.name", f"your name in the [profile] section of {where}: drafts are signed "
                             "with it")
        return Candidate(profile.name.strip(), profile.email, profile.phone, self.calendar.date_order == "DMY",
                         profile.country)

    @property
    def templates(self) -> Any:
        """The Jinja2 environment: the user's templates folder (beside the config file) before the package's."""
        from ..adapters.templates import template_environment

        folder = self.settings.path.parent / "templates" if self.settings.path else None
        return self._once("templates", lambda: template_environment(str(folder) if folder and folder.is_dir()
                                                                    else None))

    def _draft_steps(self, view: InterviewView, kind: str | None, to: str | None) -> list[Step]:
        """The steps to draft: those of `kind`, or else the due ones (or what opens first); each kind's first
        attempt still to send; only those to `to`, when given."""
        steps = [s for s in view.plan.steps if s.kind != "move-on"]
        steps = _steps_of_kind(view, steps, kind) if kind is not None else _steps_now(steps, self.now)
        if not steps:
            raise FollowupError(f"id: interview {view.interview.id} has nothing left to send "
                                f"(status: {view.plan.status})")
        next_attempt = {s.kind: s.attempt for s in sorted(steps, key=lambda s: -s.attempt)}
        steps = [s for s in steps if s.attempt == next_attempt[s.kind]]
        return _steps_to(steps, to) if to is not None else steps

    # -- the pre-send check ----------------------------------------------------------------------------
    @property
    def language(self) -> Language:
        """Harper, built once per process (half a second) and reused for every message."""
        from ..adapters.grammar import dialect_for, shared_language

        dialect = dialect_for(self.settings.checks.dialect, self.settings.profile.country)
        return self._once("language", lambda: shared_language(dialect))

    def check_text(self, text: str, interview_id: int | None = None, kind: str | None = None,
                   to: str | None = None, channel: str = "email", attempt: int | None = None) -> list[Finding]:
        """Review a message; with an interview, also against its people, company, plan and kind (and, for a
        stored draft's text, the `attempt` it was written for: see _inquiry_state)."""
        from ..core.check import CheckContext, check

        if interview_id is None:
            if kind is not None or to is not None:
                raise InputError("interview", "an interview id with --kind and --to (they describe its message)")
            context = CheckContext(candidate=self.settings.profile.name)
        else:
            with self.store.transaction() as repo:
                view = self.load(repo, interview_id)
                others = repo.companies_and_roles()
                panel = repo.drafts(interview_id)
            people = recipients(view.interview)
            if to is not None and find_recipient(people, to) is None:
                raise InputError("to", "the email or name of one of this interview's recipients "
                                 f"({known_recipients(people)})", to)
            to = to if to is not None else read_message(text).to
            context = self._check_context(view, others, kind, to, channel, panel, attempt)
        return check(text, context, self.settings.checks, self.language)

    def check_draft(self, draft_id: int) -> tuple[Draft, list[Finding]]:
        """A stored draft, and what the check finds in it."""
        return self.check_drafts([draft_id])[0]

    def check_drafts(self, draft_ids: Sequence[int]) -> list[tuple[Draft, list[Finding]]]:
        """Stored drafts, each with what the check finds in it; each interview is read and planned once."""
        from ..core.check import check

        with self.store.transaction() as repo:
            found = [repo.draft(draft_id) for draft_id in draft_ids]
            views = {interview_id: self.load(repo, interview_id) for interview_id, _ in found}
            stored = {interview_id: repo.drafts(interview_id) for interview_id in views}
            others = repo.companies_and_roles()
        reviews = []
        for interview_id, draft in found:
            panel = [d for d in stored[interview_id] if d.id != draft.id]
            context = self._check_context(views[interview_id], others, draft.kind, draft.to.key, draft.channel,
                                          panel, draft.attempt)
            reviews.append((draft, check(draft.text, context, self.settings.checks, self.language)))
        return reviews

    def _check_context(self, view: InterviewView, others: list[tuple[str, str]], kind: str | None,
                       to: str | None, channel: str, panel: Sequence[Draft] = (),
                       attempt: int | None = None) -> CheckContext:
        """What the check knows of a message to one of `view`'s people: who, about what, where the
        inquiries stand (for a draft written for inquiry `attempt`, as they stood then), and what the
        interview's other drafts (`panel`) say to the others."""
        from ..core.check import CheckContext

        interview = view.interview
        kind = _message_kind(view.plan, kind)
        recipient = _check_recipient(interview, kind, to)
        person = _interviewer(interview, recipient)
        sent, opens, waits = _inquiry_state(view, attempt if kind == "status-inquiry" else None)
        return CheckContext(
            kind=kind, channel=channel,
            candidate=self.settings.profile.name, company=interview.company, role=interview.role,
            recipient=recipient, recipient_title=person.title if person else None,
            interviewers=tuple(i.name for i in interview.interviewers if i.name),
            topics=_topics(interview), goals=interview.goals, known_words=_known_words(interview),
            other_companies=_other_companies(interview, others), other_roles=_other_roles(interview, others),
            inquiries_sent=sent, max_inquiries=self.settings.policy.max_inquiries, inquiry_opens=opens,
            inquiry_rule=waits, now=self.now, interview_format=interview.format,
            panel_notes=_panel_notes(panel, kind, recipient), titled_panel=_titled_panel(interview, person))

    # -- files for mail clients and calendars ------------------------------------------------------------
    def calendar_file(self) -> bytes:
        """Every interview's planned steps as iCalendar events with alarms (stable UIDs: export again to update)."""
        from ..adapters.files import plan_calendar

        return plan_calendar(self.list_interviews(), self.now)

    def interviews_file(self) -> str:
        from ..adapters.files import interviews_csv

        return interviews_csv(self.list_interviews())

    def found_in_calendar(self, data: bytes) -> list[dict[str, Any]]:
        """The interviews in a calendar export, as input for `add` (you are not your own interviewer)."""
        from ..adapters.files import calendar_interviews

        mine = (self.settings.profile.email or "").casefold()
        found = calendar_interviews(data, self.settings.profile.timezone)
        for item in found:
            item["interviewers"] = [p for p in item.get("interviewers", []) if p["email"].casefold() != mine]
        return found

    def found_in_tracker(self, text: str) -> tuple[list[dict[str, Any]], list[Skipped]]:
        """The interviews in a job tracker's CSV export, and what was left out and why."""
        from ..adapters.files import tracker_rows

        return tracker_rows(text, self.settings.profile.timezone)

    # -- helpers ---------------------------------------------------------------------------------------
    def _read(self, data: Mapping[str, Any]) -> Interview:
        interview = parse_interview(data, self.settings.profile.timezone)
        if not interview.decision_timeline:
            return interview
        said_on = interview.when.date()
        from ..core.timeline import parse_timeline

        return replace(interview, decision_by=parse_timeline(interview.decision_timeline, said_on, self.calendar))

    def _all(self, details: bool) -> list[InterviewView]:
        with self.store.transaction() as repo:
            found = repo.interviews(details=details)
            history = repo.events()
        return [self._view(i, tuple(history.get(i.id or 0, ()))) for i in found]

    def load(self, repo: Repository, interview_id: int) -> InterviewView:
        interview = repo.interview(interview_id)
        return self._view(interview, tuple(repo.events([interview_id]).get(interview_id, [])))

    def record(self, repo: Repository, interview_id: int, events: Sequence[Event]) -> InterviewView:
        """The one way a fact is kept, in the caller's transaction: store the events, then re-plan. The events
        are facts the program already knows (a message it sent, a reply it read) and are not checked again
        against today's interview; what a user typed goes through `log`, which checks it first."""
        for event in events:
            repo.add_event(interview_id, event, self.now)
        return self.replan(repo, interview_id)

    def replan(self, repo: Repository, interview_id: int) -> InterviewView:
        """After a change: the interview's plan, and, stored with it, when that plan next opens a step."""
        view = self.load(repo, interview_id)
        repo.set_wakes([(interview_id, wakes_at(view.plan))], self.now)
        return view

    def _view(self, interview: Interview, history: tuple[Event, ...]) -> InterviewView:
        try:
            planned = plan(interview, history, self.now, self.settings.policy, self.calendar)
        except OverflowError:  # a policy of 99999999999 days counts past the end of the calendar
            where = self.settings.path or "the config file"
            raise FollowupError(f"policy: expected numbers of days and weeks that keep a plan within the calendar "
                                f"(the [policy] section of {where} counts past the year 9999)") from None
        return InterviewView(interview, history, planned)


def _one_of(field: str, value: str | None, vocabulary: tuple[V, ...]) -> V:
    """A word a user gave, as the word of `vocabulary` it must be."""
    word = narrow(value, vocabulary)
    if word is None:
        raise InputError(field, "one of " + ", ".join(vocabulary), value)
    return word


# -- logging a message sent --------------------------------------------------------------------------------
MESSAGES = tuple(k for k in KINDS if k != "move-on")  # the kinds of message: move-on is a decision
THANKS = ("thank-you", "late-thank-you")  # one note per interviewer; the other messages go to one person


def _sent_event(interview: Interview, at: datetime, kind: str | None, to: str | None,
                channel: str | None) -> Event:
    message = _one_of("kind", kind, MESSAGES)
    by = _one_of("channel", channel or "email", CHANNELS)
    return Event("sent", at, kind=message, to=_recipient_key(interview, message, to), channel=by)


def _recipient_key(interview: Interview, kind: Kind, to: str | None) -> str | None:
    """Who a logged message went to, as events keep it: the one `to` names, or else the one it must be."""
    people = recipients(interview)
    if to is not None:
        match = find_recipient(people, to)
        if match is None:
            raise InputError("to", "the email or name of one of this interview's interviewers "
                             f"({known_recipients(people)})", to)
        return match.email or match.name
    if kind in THANKS and len(people) > 1:
        raise InputError("to", f"which interviewer you thanked: one of {known_recipients(people)}")
    contact = people[0] if kind in THANKS else primary_contact(interview)
    return contact.email or contact.name


# -- choosing the step to skip --------------------------------------------------------------------------------
def _open_step(view: InterviewView, now: datetime, kind: str | None, to: str | None) -> Step:
    """The step open now that `kind` and `to` name; without `kind`, the most urgent (a required step before an
    optional one). Where that leaves steps to several people, `to` must say which."""
    steps = sorted((s for s in view.plan.steps if step_state(s, now) != "next"),
                   key=lambda s: (STATES.index(step_state(s, now)), s.optional, s.due))
    if kind is not None:
        steps = _open_of_kind(view, steps, kind)
    elif not steps:
        raise InputError("id", f"an interview with a step open now (interview {view.interview.id} has none)")
    if to is not None:
        steps = _open_to(steps, to)
    steps = [s for s in steps if s.kind == steps[0].kind]
    people = [s.to for s in steps if s.to is not None]
    if len({p.key for p in people}) > 1:
        raise InputError("to", f"which recipient's {steps[0].kind} to skip: one of {known_recipients(people)}")
    return steps[0]


def _open_to(steps: list[Step], to: str) -> list[Step]:
    people = [s.to for s in steps if s.to is not None]
    found = [s for s in steps if s.to is not None and names(to, s.to)]
    if not found:
        raise InputError("to", "the email or name of a recipient of a step open now "
                         f"({known_recipients(people) or 'the open step goes to no one'})", to)
    return found


def _open_of_kind(view: InterviewView, steps: list[Step], kind: str) -> list[Step]:
    wanted = _one_of("kind", kind, KINDS)
    found = [s for s in steps if s.kind == wanted]
    if not found:
        planned = ", ".join(dict.fromkeys(s.kind for s in steps)) or "none"
        raise InputError("kind", f"a kind of step open now in the plan of interview {view.interview.id} "
                         f"({planned})", kind)
    return found


# -- choosing the steps to draft -----------------------------------------------------------------------------
def _steps_of_kind(view: InterviewView, steps: list[Step], kind: str) -> list[Step]:
    if _one_of("kind", kind, KINDS) == "move-on":
        raise InputError("kind", "a kind of message; move-on is a decision, with nothing to draft")
    found = [s for s in steps if s.kind == kind]
    if not found:
        planned = ", ".join(dict.fromkeys(s.kind for s in steps)) or "none"
        raise InputError("kind", f"a kind in the plan of interview {view.interview.id} ({planned})", kind)
    return found


def _steps_now(steps: list[Step], now: datetime) -> list[Step]:
    """The steps open (or late) at `now`; when none is, those that open first."""
    due = [s for s in steps if step_state(s, now) != "next"]
    opens = min((s.earliest for s in steps), default=None)
    return due or [s for s in steps if s.earliest == opens]


def _steps_to(steps: list[Step], to: str) -> list[Step]:
    people = [s.to for s in steps if s.to is not None]
    match = find_recipient(people, to)
    if match is None:
        raise InputError("to", f"the email or name of a recipient of these drafts ({known_recipients(people)})", to)
    return [s for s in steps if s.to is not None and names(to, s.to)]


def _duplicate_of(known: Sequence[Interview], interview: Interview) -> DuplicateError | None:
    """The error for `interview` when one of `known` has its company, role and time (one not stored yet: #0)."""
    same = _same_interview(interview)
    for other in known:
        if _same_interview(other) == same:
            when = moment(other.when.astimezone(ZoneInfo(other.timezone)))
            return DuplicateError(other.id or 0, f"{other.company}, {other.role}, {when}")
    return None


def _same_interview(interview: Interview) -> tuple[str, str, datetime]:
    """What makes two interviews likely the same: the company and role (in any case and spacing) and the time."""
    def plain(text: str) -> str:
        return " ".join(text.split()).casefold()
    return plain(interview.company), plain(interview.role), interview.when


# -- what the check knows ---------------------------------------------------------------------------------
def _message_kind(plan: Plan, kind: str | None) -> Kind | None:
    """The kind a message is checked as: the one given, or the plan's first message."""
    if kind is None:
        return next((s.kind for s in plan.steps if s.kind != "move-on"), None)
    return _one_of("kind", kind, MESSAGES)


def _check_recipient(interview: Interview, kind: str | None, to: str | None) -> Recipient | None:
    """Who a message is checked as going to: the one `to` names; or else the one it must be (the main
    contact for an inquiry, the only interviewer for a thank-you); or no one."""
    people = recipients(interview)
    recipient = find_recipient(people, to) or find_recipient(people, (to or "").split(",")[0])  # a card's To:
    if recipient is None and kind not in THANKS:
        recipient = primary_contact(interview)
    if recipient is None and len(people) == 1:
        recipient = people[0]
    return recipient


def _titled_panel(interview: Interview, person: Interviewer | None) -> bool:
    """Whether someone else of the interview is greeted by title (core.names.greeted_by_title)."""
    from ..core.names import greeted_by_title

    return any(greeted_by_title(p.name, p.title, p.address_as) for p in interview.interviewers if p is not person)


def _panel_notes(panel: Sequence[Draft], kind: str | None, recipient: Recipient | None) -> tuple[tuple[str, str], ...]:
    """(who, body) of each draft of the same kind to someone else on the panel: what a message to `recipient`
    must not repeat word for word. Nothing when who the message goes to is not known."""
    if recipient is None or kind is None:
        return ()
    return tuple((d.to.label, d.body) for d in panel if d.kind == kind and d.to.key != recipient.key)


def _interviewer(interview: Interview, recipient: Recipient | None) -> Interviewer | None:
    """The interviewer a recipient stands for (none for the hiring manager of an interview without names)."""
    people = recipients(interview)
    index = people.index(recipient) if recipient in people else None
    return interview.interviewers[index] if index is not None and index < len(interview.interviewers) else None


def _inquiry_state(view: InterviewView, attempt: int | None = None) -> tuple[int, datetime | None, str | None]:
    """(status inquiries sent since the last reply, when the next one may open, the rule that says so). For a
    draft written for
    inquiry `attempt`, as things stood when it was written: `attempt - 1` sent before it, and the opening of
    that inquiry while it is still planned (none once it was sent); not today's count, which may include it."""
    inquiries = [s for s in view.plan.steps if s.kind == "status-inquiry"]
    if attempt is not None:
        own = next((s for s in inquiries if s.attempt == attempt), None)
        return attempt - 1, own.earliest if own else None, own.rule if own else None
    sent = inquiries_since_reply(sorted(view.events, key=lambda e: e.at))
    inquiry = min(inquiries, key=lambda s: s.attempt, default=None)
    return len(sent), inquiry.earliest if inquiry else None, inquiry.rule if inquiry else None


def _topics(interview: Interview) -> tuple[str, ...]:
    return tuple(dict.fromkeys([*interview.topics, *(t for i in interview.interviewers for t in i.topics)]))


def _known_words(interview: Interview) -> tuple[str, ...]:
    """The interview's own words a spelling check must not flag: departments, concerns and answers."""
    return tuple(w for w in (interview.department, *(i.department for i in interview.interviewers),
                             *(c.concern for c in interview.concerns),
                             *(c.answer for c in interview.concerns)) if w)


def _other_companies(interview: Interview, others: list[tuple[str, str]]) -> tuple[str, ...]:
    """The other companies the candidate talks to: naming one by mistake is a finding."""
    return tuple(dict.fromkeys(c for c, _ in others if c.casefold() != interview.company.casefold()))


def _other_roles(interview: Interview, others: list[tuple[str, str]]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(r for c, r in others if c.casefold() != interview.company.casefold()
                               and r.casefold() not in interview.role.casefold()))
