from __future__ import annotations

from contextlib import contextmanager
from dataclasses import replace
from datetime import date

import pytest

from conftest import at, happened, make_interview, sent

from followup.core.model import Interviewer, Step
from followup.core.planner import find_recipient, known_recipients, latest_timeline, plan, recipients
from followup.core.policy import Policy

POLICY = Policy()


def steps_of(interview, events, now, calendar, policy=POLICY, kind=None, channel="email") -> list[Step]:
    found = plan(interview, events, at(now), policy, calendar).steps
    return [s for s in found if (kind is None or s.kind == kind) and (channel is None or s.channel == channel)]


# -- thank-you ---------------------------------------------------------------------------------------------

def test_one_thank_you_per_interviewer_due_the_next_working_morning(calendar) -> None:
    # Thursday 15:00: due Friday morning, on time until two business days later (Monday 15:00)
    thanks = steps_of(make_interview(), [], "2026-11-19 16:00", calendar, kind="thank-you")
    assert [s.to.email for s in thanks] == ["dana@quixotiq.example", "siobhan@quixotiq.example"]
    for step in thanks:
        assert (step.earliest, step.due, step.latest) == (at("2026-11-19 15:00"), at("2026-11-20 10:00"),
                                                          at("2026-11-23 15:00"))
        assert step.rule == "thank-you-window"


def test_a_sent_thank_you_removes_only_that_person(calendar) -> None:
    events = [sent("thank-you", "2026-11-19 18:00", to="dana@quixotiq.example")]
    thanks = steps_of(make_interview(), events, "2026-11-20 09:00", calendar, kind="thank-you")
    assert [s.to.name for s in thanks] == ["Siobhán Ní Bhriain"]


def test_unknown_names_are_addressed_as_hiring_manager_or_the_team(calendar) -> None:
    interview = make_interview(interviewers=(Interviewer(email="a@q.example"),
                                             Interviewer(email="b@q.example", department="Data Platform")))
    thanks = steps_of(interview, [], "2026-11-19 16:00", calendar, kind="thank-you")
    assert [(s.to.name, s.to.addressee) for s in thanks] == [(None, "Hiring Manager"), (None, "Data Platform team")]
    nobody = steps_of(make_interview(interviewers=(), department="Finance"), [], "2026-11-19 16:00", calendar,
                      kind="thank-you")
    assert [(s.to.email, s.to.addressee) for s in nobody] == [(None, "Finance team")]


def test_after_two_business_days_a_late_thank_you_is_due_now(calendar) -> None:
    now = "2026-11-24 11:20"  # Thursday's interview: on time until Monday 15:00
    late = steps_of(make_interview(), [], now, calendar, kind="late-thank-you")
    assert len(late) == 2
    assert all(s.due == at(now) and s.earliest == at("2026-11-23 15:00") and s.rule == "thank-you-late"
               for s in late)
    assert not steps_of(make_interview(), [], now, calendar, kind="thank-you")


def test_a_late_thank_you_is_never_due_in_the_night(calendar) -> None:
    late = steps_of(make_interview(), [], "2026-11-25 01:30", calendar, kind="late-thank-you")
    assert {s.due for s in late} == {at("2026-11-25 09:00")}
    holiday = steps_of(make_interview(), [], "2026-11-26 11:00", calendar, kind="late-thank-you")
    # Thanksgiving, then the quiet day after it: the next working morning
    assert {s.due for s in holiday} == {at("2026-11-30 09:00")}


def test_a_friday_afternoon_interview_is_thanked_on_time_on_monday_morning(calendar) -> None:
    friday = make_interview(when=at("2026-11-13 14:30"))  # ends 15:30
    for now in ("2026-11-16 09:30", "2026-11-17 15:00"):
        found = steps_of(friday, [], now, calendar, channel=None)
        assert {s.kind for s in found if s.kind.endswith("thank-you")} == {"thank-you"}, now
    (thanks, _) = steps_of(friday, [], "2026-11-13 16:00", calendar, kind="thank-you")
    assert (thanks.due, thanks.latest) == (at("2026-11-16 10:00"), at("2026-11-17 15:30"))
    assert {s.kind for s in steps_of(friday, [], "2026-11-17 15:31", calendar)} >= {"late-thank-you"}


def test_a_late_thank_you_sent_counts_as_thanks(calendar) -> None:
    events = [sent("late-thank-you", "2026-11-23 12:00", to="Dana Whitfield"),
              sent("thank-you", "2026-11-19 18:00", to="siobhan@quixotiq.example")]
    assert not steps_of(make_interview(), events, "2026-11-23 13:00", calendar, kind="late-thank-you")


# -- status inquiries ------------------------------------------------------------------------------------

def test_inquiry_waits_until_the_timeline_has_passed(calendar) -> None:
    interview = make_interview(decision_timeline="by next Friday", decision_by=date(2026, 12, 4))
    first, second = steps_of(interview, [], "2026-11-20 09:00", calendar, kind="status-inquiry")
    assert (first.attempt, first.rule) == (1, "inquiry-after-timeline")
    assert first.earliest == at("2026-12-07 09:00") and first.due == at("2026-12-07 10:00")  # Monday after
    assert first.latest == at("2026-12-11 17:00")
    assert (second.attempt, second.rule) == (2, "inquiry-again")
    assert second.earliest >= first.due
    assert first.to.email == "dana@quixotiq.example" and "by next Friday" in first.reason


def test_inquiry_skips_public_holidays(calendar) -> None:
    interview = make_interview(when=at("2026-11-16 10:00"), decision_timeline="by Wednesday",
                               decision_by=date(2026, 11, 25))
    first = steps_of(interview, [], "2026-11-17 09:00", calendar, kind="status-inquiry")[0]
    assert first.due == at("2026-11-30 10:00")  # Thursday 26 is Thanksgiving, Friday 27 a quiet day


def test_without_a_timeline_inquiry_comes_one_to_two_weeks_after(calendar) -> None:
    first = steps_of(make_interview(), [], "2026-11-20 09:00", calendar, kind="status-inquiry")[0]
    assert first.rule == "inquiry-no-timeline"
    assert first.due == at("2026-11-30 10:00")  # 7 days on is Thanksgiving, then a quiet day: Monday morning
    assert first.latest == at("2026-12-03 17:00")


def test_second_inquiry_follows_the_first_one_sent(calendar) -> None:
    events = [sent("status-inquiry", "2026-12-01 11:00", to="dana@quixotiq.example")]
    inquiries = steps_of(make_interview(), events, "2026-12-02 09:00", calendar, kind="status-inquiry")
    assert [s.attempt for s in inquiries] == [2]
    # a week on, in the morning: not at the clock time of the first
    assert inquiries[0].due == at("2026-12-08 10:00") and inquiries[0].latest == at("2026-12-15 17:00")


def test_an_unsent_inquiry_pushes_the_next_from_now(calendar) -> None:
    """The gap before inquiry 2 counts from inquiry 1's due time, or from now once that has passed unsent."""
    thanked = [sent("thank-you", "2026-11-19 18:00")]
    early = steps_of(make_interview(), thanked, "2026-11-20 09:00", calendar, kind="status-inquiry")
    assert early[1].earliest == at("2026-12-07 09:00")  # 7 days after inquiry 1's due (Mon 30 Nov)
    late = steps_of(make_interview(), thanked, "2026-12-03 16:00", calendar, kind="status-inquiry")
    assert late[1].earliest == at("2026-12-10 09:00")  # 7 days after now


def test_after_the_last_inquiry_move_on(calendar) -> None:
    events = [sent("status-inquiry", "2026-12-01 11:00"), sent("status-inquiry", "2026-12-09 11:00")]
    found = steps_of(make_interview(), events, "2026-12-10 09:00", calendar, channel=None)
    assert [s.kind for s in found if s.kind in ("status-inquiry", "move-on")] == ["move-on"]
    move_on = next(s for s in found if s.kind == "move-on")
    assert (move_on.channel, move_on.to, move_on.rule) == (None, None, "inquiry-limit")
    assert move_on.due == at("2026-12-16 10:00")


def test_the_number_of_inquiries_is_a_policy(calendar) -> None:
    three = replace(POLICY, max_inquiries=3)
    found = steps_of(make_interview(), [], "2026-11-20 09:00", calendar, policy=three, kind="status-inquiry")
    assert [s.attempt for s in found] == [1, 2, 3]


def test_a_reply_pauses_inquiries_until_a_new_timeline(calendar) -> None:
    events = [sent("status-inquiry", "2026-12-01 11:00"), happened("reply", "2026-12-02 10:00")]
    result = plan(make_interview(), events, at("2026-12-03 09:00"), POLICY, calendar)
    assert result.status == "replied"
    assert [s.kind for s in result.steps if s.kind in ("status-inquiry", "move-on", "reconnect")] == ["reconnect"]
    events.append(happened("timeline", "2026-12-02 10:05", "by Friday next week", date(2026, 12, 11)))
    result = plan(make_interview(), events, at("2026-12-03 09:00"), POLICY, calendar)
    first = [s for s in result.steps if s.kind == "status-inquiry" and s.channel == "email"][0]
    assert result.status == "active"
    assert first.attempt == 1 and first.due == at("2026-12-14 10:00") and "by Friday next week" in first.reason


# -- rejection, offer, withdrawn --------------------------------------------------------------------------

def test_rejection_gets_a_gracious_reply_and_no_more_inquiries(calendar) -> None:
    events = [happened("rejected", "2026-12-01 16:00")]
    result = plan(make_interview(), events, at("2026-12-01 17:00"), POLICY, calendar)
    assert result.status == "rejected"
    # one email: the reply carries the request for feedback, there is no separate feedback-request step
    assert [(s.kind, s.optional) for s in result.steps] == [("rejection-reply", False)]
    reply = result.steps[0]
    assert reply.also == ("feedback-request",) and "one email, not two" in reply.reason
    assert "optional paragraph asking for feedback" in reply.reason
    assert reply.earliest == at("2026-12-01 16:00")
    assert reply.due == at("2026-12-02 10:00") and reply.latest == at("2026-12-03 17:00")  # the next morning
    events.append(sent("rejection-reply", "2026-12-02 09:00"))
    after = plan(make_interview(), events, at("2026-12-04 09:00"), POLICY, calendar)
    assert after.steps == ()


def test_months_after_a_rejection_there_is_nothing_left_to_send(calendar) -> None:
    """Long before the 90 days of silence, an unanswered rejection reply has dropped out (rule stale-step: 14 days
    after its window closed on Thu 3 Dec); with a longer stale_after_days, the 90 days still end it."""
    events = [happened("rejected", "2026-12-01 16:00")]
    assert plan(make_interview(), events, at("2027-03-02 09:00"), POLICY, calendar).steps == ()
    assert plan(make_interview(), events, at("2026-12-17 18:00"), POLICY, calendar).steps == ()
    assert plan(make_interview(), events, at("2026-12-17 16:00"), POLICY, calendar).steps != ()
    patient = replace(POLICY, stale_after_days=365)
    assert plan(make_interview(), events, at("2027-02-27 09:00"), patient, calendar).steps != ()
    assert plan(make_interview(), events, at("2027-03-02 09:00"), patient, calendar).steps == ()


def test_a_rejection_on_friday_is_answered_on_a_business_day(calendar) -> None:
    events = [happened("rejected", "2026-12-04 15:00")]
    reply = steps_of(make_interview(), events, "2026-12-04 16:00", calendar, kind="rejection-reply")[0]
    assert reply.due == at("2026-12-07 10:00") and reply.latest == at("2026-12-07 17:00")


def test_offer_or_withdrawn_ends_the_follow_ups(calendar) -> None:
    for event_type in ("offer", "withdrawn"):
        result = plan(make_interview(), [happened(event_type, "2026-11-25 12:00")], at("2026-11-26 09:00"),
                      POLICY, calendar)
        assert (result.status, result.steps) == (event_type, ())


# -- long silence -----------------------------------------------------------------------------------------

def test_after_a_long_silence_the_next_step_is_a_reconnect(calendar) -> None:
    result = plan(make_interview(), [], at("2027-03-01 09:00"), POLICY, calendar)
    assert [(s.kind, s.rule) for s in result.steps] == [("reconnect", "long-silence-reconnect")]
    step = result.steps[0]
    assert step.due == at("2027-03-01 10:00") and step.to.email == "dana@quixotiq.example"


def test_before_the_silence_the_reconnect_is_planned_last(calendar) -> None:
    found = steps_of(make_interview(), [], "2026-11-20 09:00", calendar, channel=None)
    assert found[-1].kind == "reconnect" and found[-1].earliest == at("2027-02-17 15:00")


def test_after_a_reconnect_move_on(calendar) -> None:
    events = [sent("reconnect", "2027-03-01 10:00")]
    result = plan(make_interview(), events, at("2027-03-02 09:00"), POLICY, calendar)
    assert [(s.kind, s.rule) for s in result.steps] == [("move-on", "reconnect-then-move-on")]


# -- channels ---------------------------------------------------------------------------------------------

def test_email_only_by_default(calendar) -> None:
    found = steps_of(make_interview(), [], "2026-11-20 09:00", calendar, channel=None)
    assert {s.channel for s in found} == {"email", None}


def test_phone_is_offered_where_calls_were_encouraged_or_the_culture_is_casual(calendar) -> None:
    for interview in (make_interview(phone_encouraged=True), make_interview(culture="casual")):
        phone = steps_of(interview, [], "2026-11-20 09:00", calendar, channel="phone")
        assert [(s.kind, s.attempt, s.optional, s.rule) for s in phone] == [
            ("status-inquiry", 1, True, "channel-phone"), ("status-inquiry", 2, True, "channel-phone")]


def test_handwritten_note_where_a_mailing_address_is_known(calendar) -> None:
    interview = make_interview(mailing_address="1 Main St, Springfield")
    cards = steps_of(interview, [], "2026-11-20 09:00", calendar, channel="handwritten")
    assert [(s.kind, s.to.name, s.optional) for s in cards] == [("thank-you", "Dana Whitfield", True),
                                                               ("thank-you", "Siobhán Ní Bhriain", True)]
    assert all("the culture is formal" in s.reason for s in cards)


def test_a_card_goes_to_a_named_person_after_meeting_on_site_or_in_a_formal_culture(calendar) -> None:
    people = (Interviewer("Dana Whitfield", None, "dana@quixotiq.example"), Interviewer(email="jobs@quixotiq.example"))

    def cards(**changes) -> list[tuple[str | None, str]]:
        interview = make_interview(mailing_address="1 Main St", interviewers=people, **changes)
        return [(s.to.name, s.reason) for s in steps_of(interview, [], "2026-11-19 16:00", calendar,
                                                          channel="handwritten")]

    assert [name for name, _ in cards()] == ["Dana Whitfield"]  # never to a team mailbox or "Hiring Manager"
    assert cards(format="phone") == []  # a phone screen
    assert cards(format="video", culture="casual") == []
    assert "you met on site" in cards(format="in-person", culture="casual")[0][1]
    assert "the culture is formal" in cards(format="video")[0][1]


# -- status and warnings ----------------------------------------------------------------------------------

def test_a_future_interview_is_upcoming_with_its_thank_yous_planned(calendar) -> None:
    result = plan(make_interview(), [], at("2026-11-18 09:00"), POLICY, calendar)
    assert result.status == "upcoming" and result.steps[0].kind == "thank-you"


def test_a_timeline_that_was_not_understood_warns_and_plans_without_it(calendar) -> None:
    interview = make_interview(decision_timeline="when the budget is approved", decision_by=None)
    result = plan(interview, [], at("2026-11-20 09:00"), POLICY, calendar)
    assert "was not understood" in result.warnings[0]
    assert [s.rule for s in result.steps if s.kind == "status-inquiry"][0] == "inquiry-no-timeline"


def test_the_warning_names_where_the_timeline_that_was_not_understood_came_from(calendar) -> None:
    events = [happened("timeline", "2026-11-24 10:00", "once the budget is signed off")]
    result = plan(make_interview(decision_timeline="within two weeks", decision_by=date(2026, 12, 3)), events,
                  at("2026-11-25 09:00"), POLICY, calendar)
    (warning,) = result.warnings
    assert warning.startswith("the timeline logged on Tue 24 Nov: \u201conce the budget is signed off\u201d")
    assert "decision_timeline" not in warning
    unlogged = plan(make_interview(decision_timeline="when the budget is approved", decision_by=None), [],
                    at("2026-11-20 09:00"), POLICY, calendar)
    assert unlogged.warnings[0].startswith("decision_timeline: \u201cwhen the budget is approved\u201d")


# -- shared answers: who a recipient is, the employer's latest timeline ------------------------------------

def test_a_recipient_is_found_by_address_email_name_or_addressee_in_any_case() -> None:
    people = recipients(make_interview(interviewers=(
        Interviewer("Dana Whitfield", None, "dana@quixotiq.example"), Interviewer("Siobhán Ní Bhriain"),
        Interviewer(department="Data Platform"))))
    dana, siobhan, team = people
    assert find_recipient(people, "Dana W. <DANA@quixotiq.example>") == dana
    assert find_recipient(people, " dana@QUIXOTIQ.example ") == dana
    assert find_recipient(people, "siobhán ní bhriain") == siobhan
    assert find_recipient(people, "data platform team") == team
    assert find_recipient(people, "Dana Whitfield <someone@else.example>") is None  # the address decides
    for nobody in ("Sam", "", "  ", None):
        assert find_recipient(people, nobody) is None
    assert known_recipients(people + [dana]) == "dana@quixotiq.example, Siobhán Ní Bhriain, Data Platform team"


def test_the_latest_timeline_is_the_same_whatever_order_the_events_come_in(calendar) -> None:
    interview = make_interview(decision_timeline="by next Friday", decision_by=date(2026, 12, 4))
    assert latest_timeline(interview, []) == (date(2026, 12, 4), "by next Friday")
    # logged for the same moment: the one logged last (the higher id) is their latest word
    same_moment = [replace(happened("timeline", "2026-11-25 10:00", "by the 11th", date(2026, 12, 11)), id=3),
                   replace(happened("timeline", "2026-11-25 10:00", "by the 9th", date(2026, 12, 9)), id=2),
                   replace(happened("timeline", "2026-11-24 10:00", "by the 30th", date(2026, 12, 30)), id=4)]
    for order in (same_moment, same_moment[::-1]):
        assert latest_timeline(interview, order) == (date(2026, 12, 11), "by the 11th")
        first = steps_of(interview, order, "2026-11-26 09:00", calendar, kind="status-inquiry")[0]
        assert "by the 11th" in first.reason and first.rule == "inquiry-after-timeline"
    unsaved = [replace(e, id=None) for e in same_moment]
    assert latest_timeline(interview, unsaved) == latest_timeline(interview, unsaved[::-1])


def test_the_next_step_of_a_plan_is_its_first_that_is_not_optional(calendar) -> None:
    interview = make_interview(mailing_address="1 Main St", interviewers=make_interview().interviewers[:1])
    result = plan(interview, [], at("2026-11-19 16:00"), POLICY, calendar)
    assert [(s.kind, s.optional) for s in result.steps[:2]] == [("thank-you", False), ("thank-you", True)]
    assert result.next_step == result.steps[0]
    rejected = plan(interview, [happened("rejected", "2026-11-20 09:00"),
                                sent("rejection-reply", "2026-11-20 10:00")], at("2026-11-20 11:00"), POLICY,
                    calendar)
    # the rejection reply carried the request for feedback: nothing is left, not even an optional second email
    assert rejected.steps == () and rejected.next_step is None


def test_the_reconnect_counts_from_the_last_unanswered_message_or_moving_on(calendar) -> None:
    events = [sent("thank-you", "2026-11-19 18:00"), sent("status-inquiry", "2027-01-04 10:00"),
              sent("status-inquiry", "2027-01-20 10:00")]
    found = steps_of(make_interview(), events, "2027-01-21 09:00", calendar, channel=None)
    move_on = next(s for s in found if s.kind == "move-on")
    reconnect = next(s for s in found if s.kind == "reconnect")
    assert move_on.earliest == at("2027-01-27 09:00")
    assert reconnect.earliest == at("2027-04-27 09:00")  # 90 days after moving on, not after the interview
    assert "last unanswered message" in reconnect.reason
    one = steps_of(make_interview(), events[:2], "2027-01-05 09:00", calendar, kind="reconnect")[0]
    assert one.earliest == at("2027-04-05 09:00")  # 90 days after the inquiry of 4 January (a Monday)


def test_a_late_thank_you_and_the_first_inquiry_are_one_message(calendar) -> None:
    found = steps_of(make_interview(), [], "2026-12-01 11:00", calendar, channel=None)
    (merged,) = [s for s in found if s.kind == "late-thank-you" and s.to.name == "Dana Whitfield"]
    assert (merged.kind, merged.rule, merged.also) == ("late-thank-you", "late-thank-you-asks-status",
                                                        ("status-inquiry",))
    assert merged.due == at("2026-12-01 11:00") and "asks for news" in merged.reason
    assert [s.attempt for s in found if s.kind == "status-inquiry"] == [2]
    # once sent, it counts as the first inquiry: the next is the second, a week on
    after = steps_of(make_interview(), [sent("late-thank-you", "2026-12-01 11:30", to="Dana Whitfield")],
                     "2026-12-01 12:00", calendar, kind="status-inquiry")
    assert [(s.attempt, s.earliest) for s in after] == [(2, at("2026-12-08 09:00"))]


def test_no_inquiry_on_the_day_of_a_late_thank_you(calendar) -> None:
    """A late thank-you sent before the first inquiry opened: the inquiry waits for the next day."""
    interview = make_interview(decision_timeline="by Wednesday", decision_by=date(2026, 12, 2))
    events = [sent("late-thank-you", "2026-12-03 08:30", to="Dana Whitfield")]  # before the inquiry opens
    (first,) = steps_of(interview, events, "2026-12-03 08:45", calendar, kind="status-inquiry")[:1]
    assert first.attempt == 1 and first.earliest == at("2026-12-04 09:00")


def test_holidays_never_push_the_thank_you_and_the_first_inquiry_onto_one_morning() -> None:
    """An interview late on 23 December: Christmas, the quiet days and New Year push the thank-you to Monday
    4 January, and the first inquiry (7 days on, a quiet day) would land there too; it waits a day instead."""
    from followup.core.workdays import WorkCalendar, public_holidays

    interview = make_interview(when=at("2026-12-23 23:45"), duration_minutes=15,
                               interviewers=(Interviewer(email="a@q.example"),))
    steps = plan(interview, (), interview.when, Policy(), WorkCalendar(public_holidays("US", None), Policy())).steps
    due = {(s.kind, s.attempt): s.due.date() for s in steps}
    assert due[("thank-you", 1)] == date(2027, 1, 4)
    assert due[("status-inquiry", 1)] == date(2027, 1, 5)


def test_no_late_thank_you_on_the_morning_the_reconnect_note_opens(calendar) -> None:
    # three months of silence end on a Saturday; on the Friday evening before, the late thank-you would fall on
    # Monday morning beside the reconnect note: the reconnect note thanks them and more, alone
    interview = make_interview(when=at("2026-02-15 23:00"), interviewers=(Interviewer(None, None, "a@q.example"),))
    steps = plan(interview, [], at("2026-05-15 17:00"), replace(POLICY, max_inquiries=1), calendar).steps
    assert [s.kind for s in steps] == ["reconnect"]


def test_a_decision_tied_to_an_event_waits_some_days_after_it(calendar) -> None:
    # "by" a day: the inquiry opens the next business day; "after" an event: the decision follows the event,
    # so the inquiry waits inquiry_after_event_business_days
    def first_inquiry(said: str) -> Step:
        interview = make_interview(decision_timeline=said, decision_by=date(2026, 12, 10))
        steps = plan(interview, [], at("2026-11-20 09:00"), POLICY, calendar).steps
        return next(s for s in steps if s.kind == "status-inquiry")

    assert first_inquiry("by December 10").earliest == at("2026-12-11 09:00")
    after = first_inquiry("after the board meets on December 10")
    assert after.earliest == at("2026-12-17 09:00") and POLICY.inquiry_after_event_business_days == 5
    assert "they decide after it, so give them 5 business days" in after.reason


def test_one_rule_says_who_recruits_for_the_contact_and_for_your_team() -> None:
    from followup.core.compose import your_team
    from followup.core.planner import is_recruiter

    says = {(t, d): is_recruiter(Interviewer("X", t, "x@q.example", department=d))
            for t, d in [("HR Business Partner", None), (None, "People & Culture"), ("People Ops", None),
                         ("Recruiter", None), ("Engineering Manager", "Payments"), ("People Analytics Lead", None)]}
    assert [k for k, v in says.items() if v] == [("HR Business Partner", None), (None, "People & Culture"),
                                                ("People Ops", None), ("Recruiter", None)]
    hr = Interviewer("Denise Carter", None, "d@q.example", department="People & Culture")
    assert your_team(hr, make_interview()) == "Quixotiq"


# -- a decision after an event, padded once: the real planner, through the service, for a US and a GB profile --

ZONES = {"US": "America/New_York", "GB": "Europe/London"}


@contextmanager
def profile_service(tmp_path, country: str):
    """The service as `followup` builds it for a candidate in `country`: its own calendar (the public holidays
    kept between runs), an empty database, the day after a Thursday-afternoon interview."""
    from zoneinfo import ZoneInfo

    from followup.adapters.config import Profile, Settings
    from followup.store import open_store
    from followup.usecases.service import Service

    zone = ZoneInfo(ZONES[country])
    store = open_store(f"sqlite:///{tmp_path / f'{country}.db'}")
    try:
        yield Service(Settings(Profile(name="Alex Rivera", timezone=ZONES[country], country=country), POLICY), store,
                      at("2026-11-20 09:00", zone))
    finally:
        store.close()


def first_inquiry_opens(view) -> date:
    return next(s for s in view.plan.steps if s.kind == "status-inquiry" and s.channel == "email").earliest.date()


def interview_fields(said: str, country: str) -> dict[str, object]:
    return {"company": "Quixotiq", "role": "Data Engineer", "when": "2026-11-19T14:00", "timezone": ZONES[country],
            "decision_timeline": said, "interviewers": [{"name": "Dana Whitfield", "email": "dana@q.example"}]}


@pytest.mark.parametrize(("country", "said", "read_as", "opens"), [
    # the holiday's own day, then five business days: Thanksgiving is Thu 26 Nov 2026 (US only)
    ("US", "We'll let you know after Thanksgiving", "2026-11-26", "2026-12-03"),
    # the first business day of the new year (Mon 4 Jan 2027), then five business days
    ("US", "We will let you know after the holidays", "2027-01-04", "2027-01-11"),
    ("GB", "We will let you know after the holidays", "2027-01-04", "2027-01-11"),
    ("US", "in the new year", "2027-01-04", "2027-01-11"),
    ("GB", "in the new year", "2027-01-04", "2027-01-11"),
    # the event's day, read from the words; whoever says it, "after" it is five business days on
    ("US", "They will decide after the board meets on December 10", "2026-12-10", "2026-12-17"),
    ("GB", "They will decide after the board meets on December 10", "2026-12-10", "2026-12-17"),
    ("US", "following the committee meeting on 3 December", "2026-12-03", "2026-12-10"),
    ("GB", "following the committee meeting on 3 December", "2026-12-03", "2026-12-10"),
    ("US", "after the board meets on December 10", "2026-12-10", "2026-12-17"),
    ("GB", "after the board meets on December 10", "2026-12-10", "2026-12-17"),
])
def test_a_decision_after_an_event_is_padded_once(tmp_path, country: str, said: str, read_as: str,
                                                   opens: str) -> None:
    with profile_service(tmp_path, country) as service:
        view = service.add(interview_fields(said, country))
    assert view.interview.decision_by == date.fromisoformat(read_as)
    assert first_inquiry_opens(view) == date.fromisoformat(opens)
    (first,) = [s for s in view.plan.steps if s.kind == "status-inquiry" and s.attempt == 1 and s.channel == "email"]
    assert first.rule == "inquiry-after-timeline" and not view.plan.warnings
    assert "they decide after it, so give them 5 business days" in first.reason


def test_thanksgiving_is_not_a_timeline_in_great_britain(tmp_path) -> None:
    with profile_service(tmp_path, "GB") as service:
        view = service.add(interview_fields("We'll let you know after Thanksgiving", "GB"))
    assert view.interview.decision_by is None and "was not understood" in view.plan.warnings[0]


@pytest.mark.parametrize(("country", "opens"), [("US", "2026-12-21"), ("GB", "2026-12-21")])
def test_a_reply_that_says_they_decide_after_a_meeting_is_padded_once(tmp_path, country: str, opens: str) -> None:
    """"The panel meets on the 14th and will decide after": the reply names the day (the 14th read as 14
    December), and the decision comes after it."""
    from followup.mail.imap import parse_message
    from followup.usecases.inbox import Inbox

    raw = ("From: Dana Whitfield <dana@q.example>\r\nSubject: Re: Data Engineer\r\n"
           "Date: Fri, 20 Nov 2026 08:00:00 -0500\r\n\r\n"
           "Hi Alex,\r\n\r\nThanks for your patience. The panel meets on the 14th and will decide after.\r\n\r\n"
           "Dana\r\n").encode()
    with profile_service(tmp_path, country) as service:
        service.add(interview_fields("we will be in touch", country))
        Inbox(service).read(parse_message(raw), 1, apply=True)
        view = service.show(1)
    (timeline,) = [e for e in view.events if e.type == "timeline"]
    assert timeline.decision_by == date(2026, 12, 14)
    assert first_inquiry_opens(view) == date.fromisoformat(opens)


@pytest.mark.parametrize(("back", "opens"), [("Monday, December 14", "2026-12-17"),  # back before the wait ends
                                             ("Monday, December 21", "2026-12-22")])
def test_an_out_of_office_reply_never_moves_an_event_s_inquiry_earlier(tmp_path, back: str, opens: str) -> None:
    """They decide after the board meets on 10 December (the inquiry opens the 17th); an automatic reply says
    they are back on the 14th: the decision cannot come before they are back, and it still comes after the
    board, so nothing moves. Back on the 21st, the inquiry waits until the day after."""
    from followup.mail.imap import parse_message
    from followup.usecases.inbox import Inbox

    raw = ("From: Dana Whitfield <dana@q.example>\r\nSubject: Out of Office\r\nAuto-Submitted: auto-replied\r\n"
           f"Date: Fri, 20 Nov 2026 08:00:00 -0500\r\n\r\nI am out of the office and will be back on {back}.\r\n"
           ).encode()
    with profile_service(tmp_path, "US") as service:
        service.add(interview_fields("They will decide after the board meets on December 10", "US"))
        Inbox(service).read(parse_message(raw), 1, apply=True)
        view = service.show(1)
    assert first_inquiry_opens(view) == date.fromisoformat(opens)


@pytest.mark.parametrize(("said", "read_as", "opens"), [
    # a deadline, then "after" or "following": the deadline is their word, and the inquiry opens the business
    # day after it (it waited five business days more when "after" made it an event)
    ("We'll have a decision within 10 business days following the final interview.", "2026-12-04", "2026-12-07"),
    ("You'll hear from us by December 10; after that, feel free to reach out.", "2026-12-10", "2026-12-11"),
    ("within two weeks following the interview", "2026-12-03", "2026-12-04"),
    ("a week or two after the interview", "2026-12-03", "2026-12-04"),
    ("by Friday at the latest, not after", "2026-11-20", "2026-11-23"),
])
def test_a_deadline_with_a_later_after_is_not_padded(tmp_path, said: str, read_as: str, opens: str) -> None:
    with profile_service(tmp_path, "US") as service:
        view = service.add(interview_fields(said, "US"))
    assert view.interview.decision_by == date.fromisoformat(read_as)
    assert first_inquiry_opens(view) == date.fromisoformat(opens)
    (first,) = [s for s in view.plan.steps if s.kind == "status-inquiry" and s.attempt == 1 and s.channel == "email"]
    assert first.rule == "inquiry-after-timeline" and "they decide after it" not in first.reason


def test_a_reply_with_a_deadline_then_after_is_not_padded(tmp_path) -> None:
    """"We will let you know by Friday, December 4, after we have spoken to the last two candidates": they
    decide by the 4th (the last candidates come first), so the inquiry opens on Monday the 7th, not the 11th."""
    from followup.mail.imap import parse_message
    from followup.usecases.inbox import Inbox

    raw = ("From: Dana Whitfield <dana@q.example>\r\nSubject: Re: Data Engineer\r\n"
           "Date: Fri, 20 Nov 2026 08:00:00 -0500\r\n\r\n"
           "Hi Alex,\r\n\r\nThanks for your patience. We will let you know by Friday, December 4, after we have"
           " spoken to the last two candidates.\r\n\r\nDana\r\n").encode()
    with profile_service(tmp_path, "US") as service:
        service.add(interview_fields("we will be in touch", "US"))
        Inbox(service).read(parse_message(raw), 1, apply=True)
        view = service.show(1)
    (timeline,) = [e for e in view.events if e.type == "timeline"]
    assert timeline.decision_by == date(2026, 12, 4)
    assert first_inquiry_opens(view) == date(2026, 12, 7)


@pytest.mark.parametrize(("said", "read_as", "opens"), [
    # a span before a holiday is counted from the holiday's day (Thanksgiving, Thu 26 Nov 2026; for the
    # holidays, Christmas and the new year the first business day of January, Mon 4 Jan 2027): a deadline, so
    # the inquiry opens the business day after it, never before (it opened on 30 Nov, and on 5 Jan)
    ("two weeks after Thanksgiving", "2026-12-10", "2026-12-11"),
    ("a week after the holidays", "2027-01-11", "2027-01-12"),
    ("a couple of weeks after Christmas", "2027-01-18", "2027-01-19"),  # Mon 18 Jan is Martin Luther King Day
    ("within 10 days after the new year", "2027-01-14", "2027-01-15"),
    ("a few days after the holidays", "2027-01-07", "2027-01-08"),
    ("the week after Thanksgiving", "2026-12-04", "2026-12-07"),  # its Friday
    ("a week after the board meets on December 10", "2026-12-17", "2026-12-18"),
])
def test_a_span_after_a_holiday_is_counted_from_its_day(tmp_path, said: str, read_as: str, opens: str) -> None:
    from zoneinfo import ZoneInfo

    from followup.adapters.config import Profile, Settings
    from followup.store import open_store
    from followup.usecases.service import Service

    store = open_store(f"sqlite:///{tmp_path / 'us.db'}")
    try:
        service = Service(Settings(Profile(name="Alex Rivera", timezone=ZONES["US"], country="US"), POLICY), store,
                          at("2026-11-10 16:00", ZoneInfo(ZONES["US"])))
        view = service.add({**interview_fields(said, "US"), "when": "2026-11-10T14:00"})
    finally:
        store.close()
    assert view.interview.decision_by == date.fromisoformat(read_as)
    assert first_inquiry_opens(view) == date.fromisoformat(opens)
    (first,) = [s for s in view.plan.steps if s.kind == "status-inquiry" and s.attempt == 1 and s.channel == "email"]
    assert first.rule == "inquiry-after-timeline" and "they decide after it" not in first.reason
