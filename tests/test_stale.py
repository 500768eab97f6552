"""Rule stale-step: a message long past its window drops out of the plan on its own (an unsent status inquiry
hands its turn to the next step), and a move-on step once its window has closed; so `today`, `show`, the web
page and the calendar export agree on what is shown as due."""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest
from conftest import at, happened, make_interview, sent
from hypothesis import given, settings
from hypothesis import strategies as st
from test_planner_properties import CALENDAR, cases

from followup.core.model import Step
from followup.core.planner import plan
from followup.core.policy import Policy
from followup.usecases.service import Service

with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)
    from fastapi.testclient import TestClient

from followup.web import create_app  # noqa: E402

POLICY = Policy()
THANKED = [sent("thank-you", "2026-11-19 18:00")]


def test_an_unanswered_rejection_reply_drops_out_two_weeks_after_its_window(calendar) -> None:
    events = [happened("rejected", "2026-12-01 16:00")]
    still = plan(make_interview(), events, at("2026-12-17 17:00"), POLICY, calendar)
    assert [s.kind for s in still.steps] == ["rejection-reply"] and still.dropped == ()
    gone = plan(make_interview(), events, at("2026-12-17 17:01"), POLICY, calendar)
    assert gone.steps == ()
    assert [(s.kind, s.rule) for s in gone.dropped] == [("rejection-reply", "stale-step")]
    assert "Still unsent 14 days after its window closed (Thu 3 Dec)" in gone.dropped[0].reason
    shorter = replace(POLICY, stale_after_days=3)
    assert plan(make_interview(), events, at("2026-12-07 09:00"), shorter, calendar).steps == ()


def test_an_unsent_inquiry_hands_its_turn_to_the_next_and_the_next_stays_put(calendar) -> None:
    first = [s for s in plan(make_interview(), THANKED, at("2026-12-01 09:00"), POLICY, calendar).steps
             if s.kind == "status-inquiry"][0]
    assert first.latest == at("2026-12-03 17:00")
    overdue = plan(make_interview(), THANKED, at("2026-12-17 16:00"), POLICY, calendar)
    assert [s.attempt for s in overdue.steps if s.kind == "status-inquiry"] == [1, 2]
    for now in ("2026-12-17 17:30", "2026-12-21 12:00"):
        later = plan(make_interview(), THANKED, at(now), POLICY, calendar)
        inquiries = [s for s in later.steps if s.kind == "status-inquiry"]
        assert [s.attempt for s in inquiries] == [1]  # the second turn; still the first message to ask
        # 7 days after inquiry 1 dropped out (Thu 17 Dec 17:00) is Thursday 24 December, Christmas Eve, a quiet
        # day like the days up to New Year: the first working morning after them, Monday 4 January
        assert inquiries[0].earliest == at("2027-01-04 09:00")
        assert [(s.kind, s.attempt, s.rule) for s in later.dropped] == [("status-inquiry", 1, "stale-step")]
        assert "the next step took its turn" in later.dropped[0].reason


def test_move_on_leaves_the_plan_once_its_window_has_closed(calendar) -> None:
    events = [*THANKED, sent("status-inquiry", "2026-12-01 11:00"), sent("status-inquiry", "2026-12-09 11:00")]
    move_on = next(s for s in plan(make_interview(), events, at("2026-12-16 11:00"), POLICY, calendar).steps
                   if s.kind == "move-on")
    after = plan(make_interview(), events, move_on.latest + timedelta(minutes=1), POLICY, calendar)
    assert "move-on" not in [s.kind for s in after.steps]
    assert [(s.kind, s.rule) for s in after.dropped] == [("move-on", "stale-step")]
    assert [s.kind for s in after.steps] == ["reconnect"]


@settings(max_examples=400, deadline=None)
@given(cases())
def test_no_step_is_shown_long_past_its_window(case) -> None:
    """Whatever the history: no message more than stale_after_days past its window, no move-on past its
    window; what dropped out is not also planned."""
    interview, events, now, policy = case
    result = plan(interview, events, now, policy, CALENDAR)
    for step in result.steps:
        grace = timedelta(days=0 if step.kind == "move-on" else policy.stale_after_days)
        assert now <= step.latest + grace, step
    for gone in result.dropped:
        assert gone.rule == "stale-step" and now > gone.latest
        assert (gone.kind, gone.attempt, gone.channel, gone.to, gone.latest) not in [
            (s.kind, s.attempt, s.channel, s.to, s.latest) for s in result.steps]


@settings(max_examples=100, deadline=None)
@given(cases(), st.integers(1, 60))
def test_a_shorter_stale_period_never_shows_more(case, days: int) -> None:
    """An overdue step of the shorter period is one the longer shows too: the same step, or (when a turn to
    ask passed on sooner, so the windows after it came earlier) the same message with a later window."""
    interview, events, now, policy = case
    long_ = plan(interview, events, now, replace(policy, stale_after_days=days + 30), CALENDAR)
    short_ = plan(interview, events, now, replace(policy, stale_after_days=days), CALENDAR)
    overdue = [s for s in short_.steps if now > s.latest]

    def message(step: Step) -> tuple[object, ...]:
        return step.kind, step.attempt, step.channel, step.to

    assert all(s in long_.steps or any(message(s) == message(t) and t.latest > s.latest for t in long_.steps)
               for s in overdue)


# -- today, the web page and the calendar export agree ---------------------------------------------------------

@pytest.fixture
def moved_on(service: Service) -> Iterator[Service]:
    """Two inquiries sent to Ann and the move-on step's window just closed: the moment the three disagreed."""
    service.now = at("2026-11-20 09:00")
    service.add({"company": "Acme", "role": "Analyst", "when": "2026-11-19T10:00",
                 "interviewers": [{"name": "Ann Lee", "email": "ann@acme.example"}]})
    for when in ("2026-12-01T11:00", "2026-12-09T11:00"):
        service.now = at(when.replace("T", " ")) + timedelta(hours=1)
        service.log(1, "sent", kind="status-inquiry", at=when)
    steps = service.show(1).plan.steps
    yield replace(service, now=next(s for s in steps if s.kind == "move-on").latest + timedelta(hours=1))


def test_move_on_past_its_window_shows_nowhere(moved_on: Service, tmp_path: Path) -> None:
    agenda = moved_on.today()
    assert "move-on" not in [i.step.kind for i in agenda.items]
    assert b"move-on" not in moved_on.calendar_file()
    app = create_app(moved_on, lambda: moved_on.now)
    with TestClient(app, base_url="http://127.0.0.1:8000") as client:
        page = client.get("/interviews/1").text
    assert "state-overdue" not in page and "<td>move-on" not in page
    assert "Dropped: move-on" in page and "[stale-step]" in page
