"""The coach's review set (tests/data/coach/): every draft of sixteen varied interviews, read by the seam
detectors in tests/coach.py. Each detector is a defect a demanding career coach found in these drafts; this
keeps every one of them fixed, on every draft of the set."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace

import pytest

from coach import Reviewed, card_defects, cases, defects, panel_defects, reviewed
from followup.core.model import Draft, Interview, Interviewer, Recipient


@pytest.fixture(scope="module")
def results() -> list[tuple[Reviewed, list[str]]]:
    return reviewed()


def test_the_set_is_varied_and_every_kind_is_drafted(results: list[tuple[Reviewed, list[str]]]) -> None:
    assert len(cases()) >= 15
    kinds = {(item.draft.kind, item.draft.channel) for item, _ in results}
    # no feedback-request: the rejection reply asks for feedback in its last paragraph (one email, not two)
    assert {k for k, _ in kinds} == {"thank-you", "late-thank-you", "status-inquiry", "rejection-reply",
                                     "reconnect"}
    assert {c for _, c in kinds} == {"email", "phone", "handwritten"}
    interviews = {item.case: item.interview for item, _ in results}
    assert {i.format for i in interviews.values()} == {"in-person", "video", "phone"}
    assert {len(i.interviewers) for i in interviews.values()} >= {1, 2, 3, 4, 5}
    assert any(c.raised_by for i in interviews.values() for c in i.concerns)
    assert any(p.address_as for i in interviews.values() for p in i.interviewers)


def test_no_draft_of_the_set_has_a_seam(results: list[tuple[Reviewed, list[str]]]) -> None:
    found = [f"{item.case} {item.draft.kind}#{item.draft.attempt} {item.draft.channel} to {item.draft.to.label}: "
             + problem for item, problems in results for problem in problems]
    assert found == []


def test_every_share_is_at_least_ninety_percent(results: list[tuple[Reviewed, list[str]]]) -> None:
    by_kind: dict[str, list[bool]] = defaultdict(list)
    for item, problems in results:
        by_kind[item.draft.kind].append(not problems)
    assert all(sum(v) / len(v) >= 0.9 for v in by_kind.values()), by_kind


# -- the detectors themselves catch what the coach saw (so the test above can fail) --------------------------
def _item(body: str, *, name: str | None = "Hannah Oyelaran", company: str = "Pebble Labs", role: str = "Analyst",
          topics: tuple[str, ...] = (), fmt: str | None = None, kind: str = "thank-you", attempt: int = 1,
          address_as: str | None = None, concerns: tuple[str, ...] = (), panel: int = 1) -> Reviewed:
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from followup.core.model import Concern

    email = f"{(name or 'team').split()[0].lower()}@x.example"
    person = Interviewer(name, None, email, address_as=address_as)
    interview = Interview(company, role, datetime(2026, 11, 5, 10, tzinfo=ZoneInfo("Europe/London")),
                          "Europe/London", format=fmt, topics=topics,
                          interviewers=(person, *(Interviewer(f"Sam Colleague{n}", None, f"c{n}@x.example")
                                                  for n in range(1, panel))),
                          concerns=tuple(Concern(c, "I did") for c in concerns))
    to = Recipient(name, email, name or "Talent Acquisition team")
    return Reviewed("case", interview, Draft(kind, attempt, "email", to, "Subject", body), "2 hours")  # type: ignore[arg-type]


@pytest.mark.parametrize(("body", "options", "scenario", "defect"), [
    ("Dear Dr. Hannah Oyelaran,\n\nThanks.\n\nBest,\nA\n", {}, {}, "full name"),
    ("Dear Prof Keane,\n\nThanks.\n\nBest,\nA\n", {}, {}, "Prof"),
    ("Dear Ms. Oyelaran,\n\nThanks.\n\nBest,\nA\n", {}, {"_country": "GB"}, "British title"),
    ("Dear Mr. Wei,\n\nThanks.\n\nBest,\nA\n", {"address_as": "Mr. Zhang"}, {}, "address_as"),
    ("Hi,\n\nOur talk about a/B testing.\n\nBest,\nA\n", {"topics": ("A/B testing",)}, {}, "case changed"),
    ("Hi,\n\nOn Thursday 5 November, about the role.\n\nBest,\nA\n", {}, {}, "day-first"),
    ("Hi,\n\nJoining University of Northfield.\n\nBest,\nA\n", {"company": "University of Northfield"}, {},
     "the'"),
    ("Hi,\n\nThe Senior Associate, Litigation role.\n\nBest,\nA\n", {"role": "Senior Associate, Litigation"}, {},
     "adjective"),
    ("Hi,\n\nYour thoughts on her lab's work.\n\nBest,\nA\n", {}, {}, "third person"),
    ("Hi,\n\nI would be glad to say more. I would be glad to bring it.\n\nBest,\nA\n", {}, {}, "repetition"),
    ("Hi,\n\nMany thanks for your time.\n\nMany thanks,\nA\n", {}, {}, "sign-off"),
    ("Hi,\n\nMy day at Pebble Labs. The role at Pebble Labs.\n\nBest,\nA\n", {}, {}, "company named twice"),
    ("Hi,\n\nYour perspective on on-call support.\n\nBest,\nA\n", {}, {}, "doubled word"),
    ("Hi,\n\nThanks so much for the chat.\n\nWarmly,\nA\n", {}, {}, "register"),
    ("Hi,\n\nI appreciated talking with you about it.\n\nBest,\nA\n", {"name": None}, {}, "team mailbox"),
    ("Hi,\n\nA real highlight of my day at Pebble Labs.\n\nBest,\nA\n", {"fmt": "video"}, {}, "remote"),
    ("Hi,\n\nThank you for meeting with me.\n\nBest,\nA\n", {"fmt": "phone"}, {}, "'meeting'"),
    ("Hi,\n\nYou hoped to decide by mid-December.\n\nBest,\nA\n", {"kind": "status-inquiry"}, {}, "paraphrased"),
    ("Hi,\n\nWhen we spoke, you hoped for a decision.\n\nBest,\nA\n", {"kind": "status-inquiry"},
     {"_timeline_email": "by December 4"}, "came by email"),
    ("Hi,\n\nIn your email, you mentioned hoping to reach a decision by December 4.\n\nBest,\nA\n",
     {"kind": "status-inquiry", "name": "Denise Carter"}, {"_timeline_email": "by December 4"}, "credited to"),
    ("Hi,\n\nYou mentioned hoping to reach a decision after the board meets on December 10; as that time has now "
     "passed, any news?\n\nBest,\nA\n", {"kind": "status-inquiry"}, {}, "present tense"),
    ("Hi,\n\nOur talk about a/B testing.\n\nBest,\nA\n", {"topics": ("a/B testing",)}, {}, "mixed-case"),
    ("Hi,\n\nI write about my interview. At my interview, you said so.\n\nBest,\nA\n", {}, {}, "'my interview' twice"),
    ("Hi,\n\nI am still keen.\n\nThank you for considering my application.\n\nThanks again,\nA\n", {}, {},
     "thanks twice"),
    ("Hi,\n\nIt has been a while, and I am still keen on the role.\n\nBest,\nA\n",
     {"kind": "reconnect", "topics": ("budget forecasting",)}, {}, "leaves out the topic"),
    ("Hi,\n\nOn my note of Monday.\n\nBest,\nA\n", {"kind": "status-inquiry", "attempt": 2},
     {"_first_inquiry": "phone"}, "call remembered"),
    ("Hi,\n\nI would be glad to say more about how my background carries over.\n\nBest,\nA\n", {}, {}, "filler"),
    ("Hi,\n\nThank you for meeting me on Friday.\n\nBest,\nA\n", {"topics": ("budget forecasting",)}, {},
     "no personal touch"),
    ("Hi,\n\nYou mentioned a concern about my lack of NHS experience, so I want to add one thing: I did.\n\nBest,\nA\n",
     {"concerns": ("my lack of NHS experience",)}, {}, "concern restated"),
    # the second reading (issue 11)
    ("Hi,\n\nIt has been about five months since we spoke about the role. I still think about our conversation "
     "about budgets.\n\nBest,\nA\n", {"kind": "reconnect"}, {}, "still think about"),
    ("Hi,\n\nIt has been about five months since we spoke about the role, and about budgets.\n\nBest,\nA\n",
     {"kind": "reconnect"}, {}, "'about' three times"),
    ("Hi,\n\nI hope all is well with you.\n\nThanks again,\nA\n", {"kind": "reconnect"}, {}, "Thanks again"),
    ("Hi,\n\nYour thoughts on the EPR upgrade stayed with me.\n\nBest,\nA\n",
     {"topics": ("the EPR upgrade",), "panel": 2}, {}, "credited to one person"),
    ("Hi,\n\nI valued your perspective as part of the panel, and it has stayed with me since.\n\nBest,\nA\n",
     {"panel": 2}, {}, "without saying what"),
    ("Hi,\n\nI also wanted to add a little more about my background. I spent two years on it.\n\nBest,\nA\n", {},
     {}, "tacked on"),
    ("Hi,\n\nOne detail from my experience: I did.\n\nI would be glad to bring my experience.\n\nBest,\nA\n", {},
     {}, "'experience' twice"),
    ("Hi,\n\nI follow up on my note of Sunday, November 29 about the role.\n\nBest,\nA\n", {}, {}, "US date"),
    ("Hi,\n\nYou mentioned hoping to reach a decision by Tuesday 17 November.\n\nBest,\nA\n",
     {"kind": "status-inquiry"}, {"_timeline_email": "early next week"}, "invented precision"),
    ("Hi,\n\nDo let me know if there is anything more I can send your way.\n\nBest,\nA\n", {}, {}, "register"),
    # the third reading (issue 11)
    ("Hi,\n\nOur discussion of on-call support gave me a sense of the work.\n\nOur conversation left me even more "
     "interested in this role.\n\nBest,\nA\n", {}, {}, "open with 'Our"),
    ("Hi,\n\nThe panel's discussion of PCI compliance for the new checkout was a highlight. I would be excited "
     "to help launch the new checkout in Europe.\n\nBest,\nA\n", {}, {}, "'new checkout' in two sentences"),
    ("Hi,\n\nI came away excited about the role of Engineering Manager, Payments, and about the work.\n\nBest,\nA\n",
     {"role": "Engineering Manager, Payments"}, {}, "followed by a list"),
    ("Hi,\n\nI appreciated hearing from you and your colleagues on the panel.\n\nBest,\nA\n", {"panel": 2}, {},
     "'colleagues' for the one other"),
    # the sixth reading (issue 11)
    ("Hi,\n\nI spent two years on it, and I would bring that to the work to cut waits.\n\nBest,\nA\n", {}, {},
     "a stack of 'to's"),
])
def test_each_detector_catches_the_defect_it_is_for(body: str, options: dict[str, object],
                                                    scenario: dict[str, object], defect: str) -> None:
    found = defects(_item(body, **options), scenario)  # type: ignore[arg-type]
    assert any(defect in problem for problem in found), found


def test_the_third_reading_catches_a_second_call_a_team_and_a_week() -> None:
    from datetime import datetime, timedelta

    item = _item("- Mention: at the interview, they said they hoped to decide by Friday, November 13.\n",
                 kind="status-inquiry", attempt=2)
    call = replace(item, draft=replace(item.draft, channel="phone"))
    assert any("second call" in p for p in defects(call, {}))
    trust = _item("Dear Ms Ashworth,\n\nThank you for meeting me at St Aldhelm's NHS Trust.\n\nI am keen to join St "
                  "Aldhelm's NHS Trust.\n\nBest,\nA\n")
    trust = replace(trust, interview=replace(trust.interview, company="St Aldhelm's NHS Trust"))
    assert any("full name twice" in p for p in defects(trust, {}))
    script = _item('- Say: "I am following up on my call of Tuesday 17 November about the role."\n',
                   kind="status-inquiry", attempt=2)
    assert any("letter phrasing" in p for p in defects(replace(script, draft=replace(script.draft, channel="phone")),
                                                       {}))
    hr = _item("Dear Ms. Carter,\n\nI would be excited to contribute to your team.\n\nBest,\nA\n")
    person = replace(hr.interview.interviewers[0], department="Human Resources")
    hr = replace(hr, interview=replace(hr.interview, interviewers=(person,), department="Retail Operations"))
    assert any("outside the hiring team" in p for p in defects(hr, {}))
    note = _item("Hi,\n\nYou hoped to decide early the following week; as that time has now passed, any news?\n\n"
                 "Best,\nA\n", kind="status-inquiry")
    interview = replace(note.interview, decision_timeline="early next week")  # said on Thursday 5 November
    sent = replace(note, interview=interview, at=interview.when + timedelta(days=6))  # Wednesday 11 November
    assert any("sent in that week" in p for p in defects(sent, {}))
    assert not defects(replace(sent, at=datetime(2026, 11, 30, 9, tzinfo=interview.when.tzinfo)), {})


def test_the_panel_detector_catches_a_shared_sentence_or_topic() -> None:
    same = "I especially enjoyed our conversation about the EPR upgrade and what comes next."
    one, other = _item(f"Hi,\n\n{same}\n\nBest,\nA\n", topics=("the EPR upgrade",)), \
        _item(f"Hi,\n\n{same}\n\nBest,\nA\n", name="Claire Ashworth", topics=("the EPR upgrade",))
    found = panel_defects([one, other])
    assert any("same sentence" in p for p in found[0]) and any("same topic" in p for p in found[1])


def test_the_panel_detector_catches_a_mixed_register() -> None:
    one = _item("Dear Mr. Ortiz,\n\nThanks for the talk about budgets.\n\nBest,\nA\n", name="Samuel Ortiz")
    other = _item("Dear Angela,\n\nThanks for the talk about the finance team.\n\nBest,\nA\n", name="Angela Brooks")
    found = panel_defects([one, other])
    assert not found[0] and any("register mixed" in p for p in found[1])


def test_the_card_detector_catches_an_email_address_and_a_thanked_welcome() -> None:
    item = _item("Dear Ms. Vance,\n\nThank you for the welcome at Harbor Light on Monday.\n\nWith thanks,\nA\n")
    card = replace(item, draft=replace(item.draft, channel="handwritten"),
                   interview=replace(item.interview, mailing_address="12 Wharf Street, Portland, ME 04101"))
    found = defects(card, {})
    assert any("mailing address" in p for p in found) and any("thanks the welcome" in p for p in found), found


def test_the_card_detector_catches_a_left_out_topic_and_a_british_word() -> None:
    item = _item("Dear Ms. Vance,\n\nHearing how the team plans to grow giving made me even keener on the role.\n\n"
                 "With thanks,\nA\n", name="Eleanor Vance")
    person = replace(item.interview.interviewers[0], topics=("the board's fundraising committee",))
    card = replace(item, draft=replace(item.draft, channel="handwritten"),
                   interview=replace(item.interview, interviewers=(person,)))
    found = defects(card, {})
    assert any("leaves out every topic" in p for p in found) and any("keener" in p for p in found), found


def test_the_sixth_reading_catches_next_year_said_a_year_late() -> None:
    from datetime import datetime
    from zoneinfo import ZoneInfo

    item = _item("Hi,\n\nAs you work to open three new stores next year.\n\nBest,\nA\n", kind="reconnect")
    item = replace(item, interview=replace(item.interview, goals=("open three new stores next year",)))
    assert not any("later year" in p for p in defects(item, {}))
    later = replace(item, at=datetime(2027, 3, 1, 10, tzinfo=ZoneInfo("Europe/London")))
    assert any("later year" in p for p in defects(later, {}))


def test_the_card_detector_catches_a_card_that_repeats_the_email() -> None:
    """The sixth reading: a card sent with an email repeated its one detail, though another was recorded."""
    from followup.core.model import Draft

    item = _item("Dear Ms. Vance,\n\nWhat you shared about the board's fundraising committee stayed with me.\n\n"
                 "Best,\nA\n", name="Eleanor Vance", topics=("the spring capital campaign",))
    person = replace(item.interview.interviewers[0], topics=("the board's fundraising committee",))
    email = replace(item, interview=replace(item.interview, interviewers=(person,)))
    body = "Dear Ms. Vance,\n\nOur conversation about {} left me even more interested.\n\nWith best wishes,\nA\n"
    card = replace(email, draft=Draft("thank-you", 1, "handwritten", email.draft.to, "",
                                      body.format("the board's fundraising committee")))
    assert any("repeats the email" in p for p in card_defects([email, card])[1])
    other = replace(card, draft=replace(card.draft, body=body.format("the spring capital campaign")))
    assert not card_defects([email, other])


def test_the_fourth_reading_catches_a_far_it_a_spliced_goal_and_a_week_not_over() -> None:
    from datetime import timedelta

    def with_goal(body: str, **options: object) -> Reviewed:
        item = _item(body, **options)  # type: ignore[arg-type]
        return replace(item, interview=replace(item.interview, goals=("launch the new checkout in Europe",)))

    far = with_goal("Hi,\n\nThe panel's discussion of PCI compliance for the new checkout was a highlight.\n\n"
                    "I came away excited about the effort to launch it in Europe.\n\nBest,\nA\n",
                    topics=("PCI compliance for the new checkout",))
    assert any("'it' for the goal far from" in p for p in defects(far, {}))
    near = with_goal("Hi,\n\nOur discussion of PCI compliance for the new checkout, and the plan to launch it in "
                     "Europe, was a highlight.\n\nBest,\nA\n", topics=("PCI compliance for the new checkout",))
    assert not any("'it' for the goal" in p for p in defects(near, {}))
    spliced = with_goal("Hi,\n\nI would be glad to help, especially as you work to launch the new checkout in "
                        "Europe, and I remain keen on the role.\n\nBest,\nA\n")
    assert any("spliced" in p for p in defects(spliced, {}))
    note = _item("Hi,\n\nYou hoped to decide early this week; as that time has now passed, any news?\n\nBest,\nA\n",
                 kind="status-inquiry")
    wednesday = note.interview.when + timedelta(days=13)  # Thursday 5 November + 13: Wednesday 18 November
    assert any("inside it" in p for p in defects(replace(note, at=wednesday), {}))
    assert not any("inside it" in p for p in defects(replace(note, at=wednesday + timedelta(days=1)), {}))


def test_a_rejection_reply_thanks_a_team_only_when_there_was_one(results: list[tuple[Reviewed, list[str]]]) -> None:
    replies = [r for r, _ in results if r.draft.kind == "rejection-reply"]
    alone = [r for r in replies if len(r.interview.interviewers) == 1 and r.draft.to.name]
    assert alone and not [r.case for r in alone if "you and the team" in r.draft.body]
    assert any("you and the team" in r.draft.body for r in replies if len(r.interview.interviewers) > 1)
