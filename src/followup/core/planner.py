"""plan(interview, events, now, policy) -> what to send, to whom, by which channel, when, and why.

A pure function: no clock, no I/O. Every step names the rule it comes from (see docs/rules.md); every number
comes from the policy. The plan is never stored: it is recomputed from the interview and its events.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import cached_property
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from .display import day_in_text, phone_text
from .model import CLOSING_EVENTS, Channel, Event, Interview, Interviewer, Kind, Plan, Recipient, Status, Step, narrow
from .policy import Policy
from .timeline_events import is_after_event
from .workdays import WorkCalendar

_KIND_ORDER = {"thank-you": 0, "late-thank-you": 0, "rejection-reply": 1, "feedback-request": 2,
               "status-inquiry": 3, "move-on": 4, "reconnect": 5}
_CHANNEL_ORDER = {"email": 0, "handwritten": 1, "phone": 2, None: 3}
Window = tuple[datetime, datetime, datetime]  # (earliest, due, latest)
DONE = ("sent", "skipped")  # a step is done with when its message went out, or when the candidate let it go


def recipients(interview: Interview) -> list[Recipient]:
    """One recipient per interviewer; when none is known, the hiring manager (or the department's team)."""
    people = [Recipient(i.name, i.email, i.name or _team(i.department or interview.department))
              for i in interview.interviewers]
    return people or [Recipient(None, None, _team(interview.department))]


_RECRUITER = re.compile(r"\b(recruit\w*|talent|hr|human resources|people (?:ops|operations|team|(?:and|&) culture))\b",
                        re.I)


def primary_contact(interview: Interview) -> Recipient:
    """Status inquiries, reconnect notes and calls go to one person, never to everyone: the interviewer marked
    `contact`; else a recruiter or HR contact (by title or department) with an email; else the first
    interviewer with an email (rule contact-person)."""
    people = recipients(interview)
    person = contact_person(interview)
    return people[interview.interviewers.index(person)] if person is not None else people[0]


def contact_person(interview: Interview) -> Interviewer | None:
    """The interviewer `primary_contact` names; None when no interviewer was recorded (a team mailbox)."""
    chosen = contact_interviewer(interview)
    if chosen is not None:
        return chosen
    return next((i for i in interview.interviewers if i.email), next(iter(interview.interviewers), None))


def contact_interviewer(interview: Interview) -> Interviewer | None:
    """The interviewer who is the contact (see primary_contact); None when it is the first by default."""
    marked = next((i for i in interview.interviewers if i.contact), None)
    if marked is not None:
        return marked
    return next((i for i in interview.interviewers if i.email and is_recruiter(i)), None)


def is_recruiter(person: Interviewer) -> bool:
    """Whether their title or department says recruiting or HR ("Recruiter", "Talent Acquisition", "People Ops")."""
    return _RECRUITER.search(f"{person.title or ''} {person.department or ''}") is not None


def find_recipient(people: Iterable[Recipient], to: str | None) -> Recipient | None:
    """The first of `people` that `to` names (see `names`); None when it names no one of them, or nothing."""
    return next((p for p in people if names(to, p)), None)


def names(to: str | None, person: Recipient) -> bool:
    """Whether `to` names `person`: "Name <email>" (by its email), a bare email, a name, or how they are
    addressed ("Hiring Manager"), in any case. Nothing names no one."""
    return to is not None and person.matches(to)


def known_recipients(people: Iterable[Recipient]) -> str:
    """The people a message can go to, as an error message lists them: "dana@q.example, Sam Lee"."""
    return ", ".join(dict.fromkeys(p.key for p in people))


def latest_timeline(interview: Interview, events: Iterable[Event]) -> tuple[date | None, str | None]:
    """The employer's latest word on their timeline: (decision date or None, their words). A logged timeline
    overrides the interview's; of several, the last in time (and, for the same moment, in `_event_order`)."""
    logged = [e for e in events if e.type == "timeline"]
    if not logged:
        return interview.decision_by, interview.decision_timeline
    last = max(logged, key=_event_order)
    return last.decision_by, last.text


def timeline_opens(decision_by: date, said: str | None, policy: Policy, calendar: WorkCalendar) -> date:
    """The day the first status inquiry may open after the employer's decision date: the business day after it,
    or, when their words tie the decision to an event, a working week after the event's day (rule
    inquiry-after-timeline: `inquiry_after_timeline_business_days`, `inquiry_after_event_business_days`)."""
    days = (policy.inquiry_after_event_business_days if is_after_event(said)
            else policy.inquiry_after_timeline_business_days)
    return calendar.add_business_days(decision_by, days)


def inquiries_since_reply(events: Sequence[Event]) -> list[Event]:
    """The status inquiries sent since the employer last replied: what counts towards the limit."""
    replies = [e.at for e in events if e.type == "reply"]
    return [e for e in events if e.type == "sent" and e.kind == "status-inquiry"
            and (not replies or e.at > max(replies))]


def _team(department: str | None) -> str:
    return f"{department} team" if department else "Hiring Manager"


def interview_status(interview: Interview, events: Sequence[Event], now: datetime) -> Status:
    last = max((e for e in events if e.type in CLOSING_EVENTS), key=_event_order, default=None)
    closed = narrow(last.type if last else None, CLOSING_EVENTS)
    if closed is not None:
        return closed
    if now < interview.when:
        return "upcoming"
    return "replied" if _paused_by_reply(events) else "active"


def _event_order(event: Event) -> tuple[object, ...]:
    """Events in time order; events logged for the same moment in a fixed order, so equal inputs give equal
    plans whatever order they come in."""
    return (event.at, event.id or 0, event.type, event.kind or "", event.to or "", event.channel or "",
            event.text or "", event.decision_by or event.at.date())


def _paused_by_reply(events: Sequence[Event]) -> bool:
    replies = [e.at for e in events if e.type == "reply"]
    timelines = [e.at for e in events if e.type == "timeline"]
    return bool(replies) and not (timelines and max(timelines) >= max(replies))


def plan(interview: Interview, events: Iterable[Event], now: datetime, policy: Policy,
         calendar: WorkCalendar) -> Plan:
    history = sorted(events, key=_event_order)
    status = interview_status(interview, history, now)
    planner = _Planner(interview, history, now, policy, calendar)
    if status in ("offer", "withdrawn"):
        steps: list[Step] = []
    elif status == "rejected":
        steps = planner.after_rejection()
    else:
        steps = planner.merge_late_thanks(planner.thank_yous() + planner.inquiries())
    steps = [s for s in steps if not planner.stale(s)]
    steps.sort(key=lambda s: (s.due, _KIND_ORDER[s.kind], s.attempt, _CHANNEL_ORDER[s.channel]))
    return Plan(status, tuple(steps), tuple(planner.warnings()), tuple(sorted(planner.dropped, key=lambda s: s.latest)))


def wakes_at(plan: Plan) -> datetime | None:
    """When the first step of a plan opens; None when nothing is left to do. As time passes (with no new
    events) no step opens earlier than this, so a store can skip an interview until then."""
    return min((step.earliest for step in plan.steps), default=None)


@dataclass
class _Planner:
    interview: Interview
    events: list[Event]
    now: datetime
    policy: Policy
    calendar: WorkCalendar

    def __post_init__(self) -> None:
        self.dropped: list[Step] = []
        self._opens: dict[bool, datetime] = {}  # _inquiries_open's answers
        self.zone = ZoneInfo(self.interview.timezone)
        self.local_now = self.now.astimezone(self.zone)
        self.opens_now = self.calendar.opening(self.local_now)  # when the working day is next open
        self.ends = self.interview.ends.astimezone(self.zone)
        due = self.calendar.add_business_hours(self.ends, self.policy.thank_you_due_hours)
        self.thank_you_due = self.calendar.send_moment(max(self._day_start(due.date()), self.ends))
        closes = self.calendar.add_business_hours(self.ends, self.policy.thank_you_latest_hours)
        self.thank_you_closes = max(closes, self.thank_you_due)
        self.decision_by, self.said = latest_timeline(self.interview, self.events)
        self.last_news = self._last_news()
        self.reconnect_opens = self._reconnect_opens()

    @cached_property
    def contact(self) -> Recipient:
        """Who gets inquiries, calls and reconnect notes (primary_contact), worked out once a plan."""
        return primary_contact(self.interview)

    # -- thank-you -------------------------------------------------------------------------------------
    def thank_yous(self) -> list[Step]:
        if self.opens_now >= self.reconnect_opens:
            return []  # months later (by the next working morning), a reconnect note says thank you and more
        steps = []
        for person in recipients(self.interview):
            if self._sent(("thank-you", "late-thank-you"), person):
                continue
            if self.now <= self.thank_you_closes:
                window = (self.ends, self.thank_you_due, self.thank_you_closes)
                steps.append(self._step("thank-you", 1, "email", person, window, "thank-you-window",
                                        f"Thank {person.label} for the interview by the next working morning, "
                                        "in a note of their own."))
            else:  # due now, or when the working day starts: never in the middle of the night
                due = self.opens_now
                latest = max(self.calendar.closing(due + timedelta(hours=self.policy.late_thank_you_hours)), due)
                window = (self.thank_you_closes, due, latest)
                steps.append(self._step("late-thank-you", 1, "email", person, window, "thank-you-late",
                                        f"{self.policy.thank_you_latest_hours // 24} business days have passed with "
                                        f"no thank-you to {person.label}: a short, late note still beats none."))
            why = self._card_reason(person)
            if why is not None:
                first = steps[-1]
                steps.append(self._step(first.kind, 1, "handwritten", person, (first.earliest, first.due, first.latest),
                                        "channel-handwritten", f"A mailing address is known and {why}: a "
                                        f"handwritten card to {person.label} is a thoughtful extra.", optional=True))
        return steps

    def _card_reason(self, person: Recipient) -> str | None:
        """Why a card suits: only to a named person, never after a phone interview, and only after an on-site
        interview or in a formal culture; None when it does not."""
        interview = self.interview
        if not interview.mailing_address or not person.name or interview.format == "phone":
            return None
        if interview.format == "in-person":
            return "you met on site"
        return "the culture is formal" if interview.culture == "formal" else None

    def merge_late_thanks(self, steps: list[Step]) -> list[Step]:
        """A late thank-you to the contact due on or after the day the first status inquiry opens becomes one
        message that thanks them and asks for news; the inquiry (and its call) leave the plan."""
        contact = self.contact
        late = next((s for s in steps if s.kind == "late-thank-you" and s.channel == "email" and s.to == contact),
                    None)
        first = next((s for s in steps if s.kind == "status-inquiry" and s.channel == "email"), None)
        if late is None or first is None or first.earliest.date() > late.due.date():
            return steps
        due = max(late.due, first.earliest)
        merged = replace(late, due=due, latest=max(late.latest, due), rule="late-thank-you-asks-status",
                         also=("status-inquiry",),
                         reason=late.reason + f" The first status inquiry to {contact.label} opens by then: "
                                              "one note that thanks them and asks for news, not two messages.")
        return [merged if s is late else s for s in steps
                if not (s.kind == "status-inquiry" and s.attempt == first.attempt)]

    # -- status inquiries, moving on, reconnecting ------------------------------------------------------
    def inquiries(self) -> list[Step]:
        contact = self.contact
        reconnect = self._reconnect(contact)
        if self.now >= self.reconnect_opens or _paused_by_reply(self.events):
            steps = reconnect
        else:
            steps = [s for s in self._inquiry_steps(contact) if s.earliest < self.reconnect_opens] + reconnect
        let_go = self._skipped("move-on")  # a move-on step skipped once open is done with (rule skip)
        return [s for s in steps if not (s.kind == "move-on" and any(s.earliest <= at for at in let_go))]

    def _inquiry_steps(self, contact: Recipient) -> list[Step]:
        """Up to `max_inquiries` turns to ask, each an inquiry sent, skipped or left unsent long past its window
        (rule stale-step); a turn let go takes its place in the count but not its number, so the next message
        is worded as the inquiry it is (only a sent one counts as an earlier note)."""
        turns = self._inquiries_done() or self._merged_late_thanks(contact)
        attempt = 1 + sum(e.type == "sent" for e in turns)
        steps: list[Step] = []
        last: datetime | None = turns[-1].at.astimezone(self.zone) if turns else None
        let_go = bool(turns) and turns[-1].type == "skipped"
        for _ in range(len(turns), self.policy.max_inquiries):
            window, rule, reason = self._inquiry_window(attempt, last, let_go)
            step = self._step("status-inquiry", attempt, "email", contact, window, rule, reason)
            if self.stale(step):  # long unsent: the next turn counts from when this one dropped out
                last, let_go = self._stale_at(step), True
                continue
            steps += [step, *self._call(step)]
            attempt, let_go = attempt + 1, False
            last = max(window[1], self.opens_now)  # the next waits until this one is sent
        if last is not None:
            steps.append(self._step("move-on", 0, None, None, self._gap_window(last), "inquiry-limit",
                                    f"After {self.policy.max_inquiries} unanswered inquiries, stop asking and put "
                                    "the energy into your other applications."))
        return steps

    def _inquiry_window(self, attempt: int, last: datetime | None, let_go: bool) -> tuple[Window, str, str]:
        """The window of the next turn to ask: the first inquiry's, or the gap after the last turn."""
        if last is None:
            return self._first_inquiry_window()
        window = self._gap_window(last, not_before=self._inquiries_open())
        gap = self.policy.inquiry_gap_min_days
        if let_go:
            return window, "inquiry-again", (f"The last turn to ask was let go unsent: if you still want news, ask "
                                             f"{gap} days on, in a short note.")
        return window, "inquiry-again", (f"If inquiry {attempt - 1} has no answer {gap} days on, one more short, "
                                         "differently worded note.")

    def _call(self, inquiry: Step) -> list[Step]:
        """The call that can take the place of an inquiry email, where calls suit (rule channel-phone)."""
        if not (self.interview.phone_encouraged or self.interview.culture == "casual"):
            return []
        why = "they encouraged calls" if self.interview.phone_encouraged else "the culture is casual"
        assert inquiry.to is not None
        return [replace(inquiry, channel="phone", rule="channel-phone", optional=True,
                        reason=f"Since {why}, a short call to {inquiry.to.label}{self.contact_number} can take the "
                               "place of this email.")]

    # -- steps long past their window ---------------------------------------------------------------------
    def _stale_at(self, step: Step) -> datetime:
        """When a step drops out of the plan: `stale_after_days` after its window closed; a move-on step (a
        decision, not a message) as soon as its window has closed (rule stale-step)."""
        return step.latest + timedelta(days=0 if step.kind == "move-on" else self.policy.stale_after_days)

    def stale(self, step: Step) -> bool:
        """Whether `step` is long past its window and no longer useful; if so, it is kept in `dropped` with
        the reason (once), for the plan to say what dropped out and why."""
        if self.now <= self._stale_at(step):
            return False
        if step.kind == "move-on":
            reason = "Its window has closed: moving on is a decision, not a message, and needs no reminder."
        else:
            reason = (f"Still unsent {self.policy.stale_after_days} days after its window closed "
                      f"({day_in_text(step.latest.date())}): too late to be useful, so it left the plan"
                      + ("; the next step took its turn." if step.kind == "status-inquiry" else "."))
        gone = replace(step, rule="stale-step", reason=reason)
        if gone not in self.dropped:
            self.dropped.append(gone)
        return True

    def _merged_late_thanks(self, contact: Recipient) -> list[Event]:
        """A late thank-you sent to the contact once the first inquiry was open: it asked for news too, so it
        counts as the first inquiry (rule late-thank-you-asks-status)."""
        late = [e for e in self.events if e.type in DONE and e.kind == "late-thank-you" and contact.matches(e.to)]
        if not late:  # the common case: no need to work out when the first inquiry opened
            return []
        replies = [e.at for e in self.events if e.type == "reply"]
        opened = self._first_inquiry_window(after_messages=False)[0][0]
        return [e for e in late if e.at >= opened and (not replies or e.at > max(replies))][:1]

    def _inquiries_done(self) -> list[Event]:
        """The status inquiries sent, or skipped, since the employer last replied: a skipped one takes its
        turn, and the next counts its gap from the skip (rule skip)."""
        replies = [e.at for e in self.events if e.type == "reply"]
        return [e for e in self.events if e.type in DONE and e.kind == "status-inquiry"
                and (not replies or e.at > max(replies))]

    @cached_property
    def after_event(self) -> bool:
        """Whether the employer tied their decision to an event ("after the board meets on December 10", "after
        Thanksgiving"): the decision comes some days after that day, not on it (rule inquiry-after-timeline;
        timeline_events says which words do, for the parser and the composer too)."""
        return is_after_event(self.said)

    def _timeline_opens(self, decision_by: date) -> date:
        """The day the first inquiry may open after the employer's decision date (timeline_opens)."""
        return timeline_opens(decision_by, self.said, self.policy, self.calendar)

    def _first_inquiry_window(self, after_messages: bool = True) -> tuple[Window, str, str]:
        decision_by = self.decision_by
        if decision_by is not None:
            opens = self._timeline_opens(decision_by)
            closes = self.calendar.add_business_days(opens, self.policy.inquiry_window_business_days - 1)
            window = self._business_window(self._day_start(opens), self._day_start(closes),
                                           not_before=self._inquiries_open(after_messages))
            when = day_in_text(decision_by)
            wait = (f"; they decide after it, so give them {self.policy.inquiry_after_event_business_days} "
                    "business days" if self.after_event else "")
            return window, "inquiry-after-timeline", (
                f"They said \u201c{self.said}\u201d ({when}): ask about the status once that has passed, not "
                f"before{wait}.")
        anchor = self.last_news
        window = self._business_window(self._days_after(anchor, self.policy.inquiry_wait_min_days),
                                       self._days_after(anchor, self.policy.inquiry_wait_max_days),
                                       not_before=self._inquiries_open(after_messages))
        return window, "inquiry-no-timeline", (
            f"No timeline was given: ask about the status {self.policy.inquiry_wait_min_days} to "
            f"{self.policy.inquiry_wait_max_days} days after "
            + ("the interview." if anchor == self.ends else "their last message."))

    def _reconnect(self, contact: Recipient) -> list[Step]:
        if self._skipped("reconnect"):
            return []  # let go: nothing more until they write
        sent = [e for e in self.events if e.type == "sent" and e.kind == "reconnect" and e.at >= self.last_news]
        if sent:
            window = self._gap_window(sent[-1].at.astimezone(self.zone))
            return [self._step("move-on", 0, None, None, window, "reconnect-then-move-on",
                               "The reconnect note was your last word: unless they answer, let this one go.")]
        opens = max(self.reconnect_opens, self.local_now)
        window = self._business_window(opens, opens + timedelta(days=self.policy.reconnect_window_days))
        return [self._step("reconnect", 1, "email", contact, window, "long-silence-reconnect",
                           f"{self.policy.long_silence_days} days since your last unanswered message (or since "
                           "you moved on): a short note that acknowledges the time that has passed and says you "
                           "are still interested.")]

    # -- after a rejection -----------------------------------------------------------------------------
    def after_rejection(self) -> list[Step]:
        rejected = [e for e in self.events if e.type == "rejected"][-1]
        at = rejected.at.astimezone(self.zone)
        if self.now >= at + timedelta(days=self.policy.long_silence_days):
            return []  # months on, a reply to a rejection would only reopen it
        contact = self.contact
        due = at + timedelta(hours=self.policy.rejection_reply_due_hours)
        window = self._business_window(max(self._day_start(due.date()), at),
                                       at + timedelta(hours=self.policy.rejection_reply_latest_hours), opens_at=at)
        if self._sent(("rejection-reply",), None, after=at):
            return []  # the reply was the one message: no second email asks for feedback (rule feedback-in-reply)
        ask = not self._sent(("feedback-request",), None, after=at) and self.now <= window[2]
        return [replace(self._step(
            "rejection-reply", 1, "email", contact, window, "rejection-reply",
            "Reply graciously within a day or two: thank them, and ask to be kept in mind for future openings."
            + (" It ends with a short, optional paragraph asking for feedback on your interview: one email, not "
               "two (delete the paragraph if you would rather not ask)." if ask else "")),
            also=("feedback-request",) if ask else ())]

    # -- helpers ---------------------------------------------------------------------------------------
    @cached_property
    def contact_number(self) -> str:
        """" on (617) 555-0100" when the contact's phone number is known, as dialled from the profile's country
        (rule channel-phone); worked out once a plan."""
        person = contact_person(self.interview)
        return f" on {phone_text(person.phone, self.calendar.country)}" if person is not None and person.phone else ""

    def warnings(self) -> list[str]:
        if self.said and self.decision_by is None:
            return [f"{self._said_where()}: \u201c{self.said}\u201d was not understood, so the plan assumes no "
                    "timeline was given (log a clearer one with 'followup log ID timeline')."]
        return []

    def _said_where(self) -> str:
        """Where the employer's latest timeline comes from: the interview's field, or the timeline logged on a
        day."""
        logged = [e for e in self.events if e.type == "timeline"]
        if not logged:
            return "decision_timeline"
        return f"the timeline logged on {day_in_text(max(logged, key=_event_order).at.astimezone(self.zone).date())}"

    def _inquiries_open(self, after_messages: bool = True) -> datetime:
        """No inquiry before the thank-you window closes, nor before the employer's timeline has passed, nor on
        the day of another message to the contact (rule one-message-a-day). Worked out once a plan."""
        if after_messages not in self._opens:
            self._opens[after_messages] = self._work_out_inquiries_open(after_messages)
        return self._opens[after_messages]

    def _work_out_inquiries_open(self, after_messages: bool) -> datetime:
        opens = self.thank_you_closes
        if self.decision_by is not None:
            opens = max(opens, self._day_start(self._timeline_opens(self.decision_by)))
        contact = self.contact
        mine = [e.at.astimezone(self.zone) for e in self.events if e.type == "sent" and contact.matches(e.to)]
        if after_messages and mine:
            opens = max(opens, self._days_after(max(mine), 1))
        elif after_messages and self.now <= self.thank_you_closes:
            # the contact's thank-you is still to come: holidays can push it and the inquiry onto one morning
            opens = max(opens, self._days_after(self.thank_you_due, 1))
        return opens

    def _last_news(self) -> datetime:
        """When the employer last spoke: the interview's end, or their last reply or timeline."""
        heard = [e.at.astimezone(self.zone) for e in self.events if e.type in ("reply", "timeline")]
        return max([self.ends, *heard])

    def _silence_starts(self) -> datetime:
        """When the silence a reconnect note breaks began: the employer's last word, or the candidate's last
        unanswered message after it (a reconnect note aside), or, once the inquiries are used up, moving on."""
        mine = [e.at.astimezone(self.zone) for e in self.events
                if e.type == "sent" and e.kind != "reconnect" and e.at >= self.last_news]
        starts = max([self.last_news, *mine])
        asked = self._inquiries_done()
        if len(asked) >= self.policy.max_inquiries:
            starts = max(starts, self._days_after(asked[-1].at.astimezone(self.zone), self.policy.inquiry_gap_min_days))
        return starts

    def _reconnect_opens(self) -> datetime:
        opens = self._silence_starts() + timedelta(days=self.policy.long_silence_days)
        if self.decision_by is not None:
            opens = max(opens, self._day_start(self.decision_by + timedelta(days=1)))
        return opens

    def _sent(self, kinds: tuple[str, ...], person: Recipient | None, after: datetime | None = None) -> bool:
        """Whether a message of `kinds` went to `person` (after `after`), or its step was skipped (rule skip)."""
        return any(e.type in DONE and e.kind in kinds and (after is None or e.at >= after)
                   and (person is None or person.matches(e.to)) for e in self.events)

    def _skipped(self, kind: Kind) -> list[datetime]:
        """When steps of `kind` were skipped since the employer's last word (rule skip)."""
        return [e.at for e in self.events if e.type == "skipped" and e.kind == kind and e.at >= self.last_news]

    def _day_start(self, day: date) -> datetime:
        return datetime.combine(day, self.policy.workday_start, tzinfo=self.zone)

    def _gap_window(self, after: datetime, not_before: datetime | None = None) -> tuple[datetime, datetime, datetime]:
        """The window for what follows an unanswered message: the policy's gap after it."""
        return self._business_window(self._days_after(after, self.policy.inquiry_gap_min_days),
                                     self._days_after(after, self.policy.inquiry_gap_max_days), not_before)

    def _days_after(self, moment: datetime, days: int) -> datetime:
        """The start of the working day `days` calendar days after `moment`'s: what is due then is due that
        morning, whatever the clock time of what came before."""
        return self._day_start(moment.date() + timedelta(days=days))

    def _business_window(self, due: datetime, latest: datetime, not_before: datetime | None = None,
                         opens_at: datetime | None = None) -> tuple[datetime, datetime, datetime]:
        """(earliest, due, latest) moved onto business days and into working hours."""
        if not_before is not None:
            shift = max(not_before - due, timedelta(0))
            due, latest = due + shift, latest + shift
        earliest = self.calendar.opening(opens_at if opens_at is not None else due)
        due = self.calendar.send_moment(due)
        return earliest, due, max(self.calendar.closing(latest), due)

    def _step(self, kind: Kind, attempt: int, channel: Channel | None, to: Recipient | None,
              window: tuple[datetime, datetime, datetime], rule: str, reason: str,
              optional: bool = False) -> Step:
        earliest, due, latest = window
        return Step(kind, attempt, channel, to, earliest, due, latest, rule, reason, optional)
