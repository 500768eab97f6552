"""Properties of the planner that hold for any interview, any history and any moment."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from followup.core.model import Event, Interview, Interviewer
from followup.core.planner import plan, wakes_at
from followup.core.policy import Policy
from followup.core.workdays import WorkCalendar, public_holidays

ZONES = ["America/New_York", "Europe/London", "Asia/Kolkata", "Australia/Sydney"]
CALENDAR = WorkCalendar(public_holidays("US"), Policy())
BUSINESS_KINDS = ("late-thank-you", "status-inquiry", "reconnect", "move-on", "rejection-reply", "feedback-request")

people = st.builds(Interviewer, name=st.sampled_from([None, "Dana Whitfield", "Siobhán Ní Bhriain", "李雷"]),
                   email=st.sampled_from([None, "a@q.example", "b@q.example"]))


@st.composite
def cases(draw: st.DrawFn) -> tuple[Interview, list[Event], datetime, Policy]:
    zone = ZoneInfo(draw(st.sampled_from(ZONES)))
    when = datetime(2026, 1, 1, 8, tzinfo=zone) + timedelta(minutes=draw(st.integers(0, 700 * 24 * 60 // 15)) * 15)
    decision = draw(st.one_of(st.none(), st.integers(0, 60)))
    interview = Interview(
        "Quixotiq", "Data Engineer", when, zone.key, duration_minutes=draw(st.integers(15, 240)),
        decision_timeline="their words" if decision is not None else None,
        decision_by=when.date() + timedelta(days=decision) if decision is not None else None,
        culture=draw(st.sampled_from(["formal", "casual"])), phone_encouraged=draw(st.booleans()),
        mailing_address=draw(st.sampled_from([None, "1 Main St"])),
        interviewers=tuple(draw(st.lists(people, max_size=3))))
    now = when + timedelta(hours=draw(st.integers(-48, 200 * 24)))
    events = []
    for _ in range(draw(st.integers(0, 6))):
        moment = when + timedelta(hours=draw(st.integers(1, 150 * 24)))
        kind = draw(st.sampled_from(["sent", "sent", "sent", "reply", "timeline", "rejected", "offer", "skipped"]))
        if kind == "skipped":  # a step let go (followup skip)
            events.append(Event("skipped", moment, kind=draw(st.sampled_from(
                ["thank-you", "status-inquiry", "reconnect", "rejection-reply", "move-on"])),
                to=draw(st.sampled_from([None, "a@q.example"]))))
        elif kind == "sent":
            events.append(Event("sent", moment, kind=draw(st.sampled_from(
                ["thank-you", "status-inquiry", "status-inquiry", "reconnect", "rejection-reply"])),
                to=draw(st.sampled_from([None, "a@q.example", "Dana Whitfield"])), channel="email"))
        elif kind == "timeline":
            events.append(Event("timeline", moment, text="later", decision_by=draw(st.one_of(
                st.none(), st.just(moment.date() + timedelta(days=draw(st.integers(0, 40))))))))
        else:
            events.append(Event(kind, moment))
    policy = replace(Policy(), max_inquiries=draw(st.integers(1, 4)), inquiry_gap_min_days=draw(st.integers(3, 10)))
    return interview, events, now, policy


def _effective_timeline(interview: Interview, events: list[Event]) -> date | None:
    logged = sorted((e for e in events if e.type == "timeline"), key=lambda e: e.at)
    return logged[-1].decision_by if logged else interview.decision_by


@settings(max_examples=400, deadline=None)
@given(cases())
def test_windows_are_ordered(case) -> None:
    interview, events, now, policy = case
    for step in plan(interview, events, now, policy, CALENDAR).steps:
        assert step.earliest <= step.due <= step.latest, step


@settings(max_examples=400, deadline=None)
@given(cases())
def test_no_inquiry_before_thanks_close_or_the_timeline_passes(case) -> None:
    interview, events, now, policy = case
    thanks_close = interview.ends + timedelta(hours=policy.thank_you_latest_hours)
    decision_by = _effective_timeline(interview, events)
    for step in plan(interview, events, now, policy, CALENDAR).steps:
        if step.kind == "status-inquiry":
            assert step.earliest >= thanks_close
            assert decision_by is None or step.earliest.date() > decision_by


@settings(max_examples=400, deadline=None)
@given(cases())
def test_never_more_inquiries_than_the_policy_allows(case) -> None:
    interview, events, now, policy = case
    replies = [e.at for e in events if e.type == "reply"]
    since = [e for e in events if not replies or e.at > max(replies)]
    already = sum(1 for e in since if e.type == "sent" and e.kind == "status-inquiry")
    planned = [s for s in plan(interview, events, now, policy, CALENDAR).steps
               if s.kind == "status-inquiry" and s.channel == "email"]
    assert already + len(planned) <= max(policy.max_inquiries, already)
    assert len({s.attempt for s in planned}) == len(planned)


@settings(max_examples=400, deadline=None)
@given(cases())
def test_business_steps_fall_due_on_business_days_in_working_hours(case) -> None:
    interview, events, now, policy = case
    for step in plan(interview, events, now, policy, CALENDAR).steps:
        if step.kind in BUSINESS_KINDS:
            local = step.due.astimezone(ZoneInfo(interview.timezone))
            assert CALENDAR.is_business_day(local.date()), step
            assert time(9) <= local.time() <= time(17), step


@settings(max_examples=300, deadline=None)
@given(cases(), st.randoms())
def test_equal_inputs_give_equal_plans(case, shuffler: random.Random) -> None:
    interview, events, now, policy = case
    first = plan(interview, events, now, policy, CALENDAR)
    shuffled = list(events)
    shuffler.shuffle(shuffled)
    assert plan(replace(interview), shuffled, now, policy, CALENDAR) == first


@settings(max_examples=300, deadline=None)
@given(cases())
def test_an_offer_or_withdrawal_as_last_word_ends_everything(case) -> None:
    interview, events, now, policy = case
    last = max((e.at for e in events), default=interview.when) + timedelta(hours=1)
    for closing in ("offer", "withdrawn"):
        result = plan(interview, [*events, Event(closing, last)], now, policy, CALENDAR)
        assert result.steps == () and result.status == closing


@settings(max_examples=500, deadline=None)
@given(cases(), st.integers(0, 400 * 24))
def test_time_passing_never_opens_a_step_earlier(case, hours: int) -> None:
    """What `wakes_at` relies on: with no new events, nothing in a later plan opens before the earlier plan's
    first step did, and a plan with nothing left stays empty."""
    interview, events, now, policy = case
    before = plan(interview, events, now, policy, CALENDAR)
    after = plan(interview, events, now + timedelta(hours=hours), policy, CALENDAR)
    first = wakes_at(before)
    if first is None:
        assert after.steps == ()
    else:
        assert all(step.earliest >= first for step in after.steps)


@settings(max_examples=400, deadline=None)
@given(cases())
def test_no_step_falls_due_outside_working_hours_or_on_a_quiet_day(case) -> None:
    interview, events, now, policy = case
    for step in plan(interview, events, now, policy, CALENDAR).steps:
        local = step.due.astimezone(ZoneInfo(interview.timezone))
        assert CALENDAR.is_sending_day(local.date()), step
        assert policy.workday_start <= local.time() <= policy.workday_end, step
        if step.kind != "late-thank-you":  # due as soon as you remember; the rest in the morning
            assert local.time() <= policy.send_by, step


@settings(max_examples=400, deadline=None)
@given(cases())
def test_no_two_messages_to_one_person_on_one_day(case) -> None:
    """Of the messages a plan asks for (not the optional extras), none go to one person on one day; nor on
    the day a message already went to them. The rejection reply and its optional feedback request aside."""
    interview, events, now, policy = case
    distinct = {(i.email or i.name): i for i in reversed(interview.interviewers)}  # one person listed once
    interview = replace(interview, interviewers=tuple(i for i in interview.interviewers
                                                      if distinct.get(i.email or i.name) is i))
    zone = ZoneInfo(interview.timezone)
    seen: set[tuple[str, date]] = set()
    for step in plan(interview, events, now, policy, CALENDAR).steps:
        if step.to is None or step.optional or step.kind == "feedback-request" or not (step.to.name or step.to.email):
            continue
        day = step.due.astimezone(zone).date()
        assert (step.to.key, day) not in seen, step
        seen.add((step.to.key, day))
