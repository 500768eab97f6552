"""Drafts: every kind reads well, greets the right way, stays personal and distinct, and templates can be
overridden or fail clearly."""

from __future__ import annotations

import difflib
import itertools
import json
import re
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from conftest import EXAMPLES, Runner, at, example_drafts, happened, make_interview, sent
from followup.core.compose import TemplateError, render_draft
from followup.adapters.templates import template_environment
from followup.core.names import greeting
from followup.core.errors import FollowupError
from followup.core.model import Candidate, Concern, Draft, Interviewer, Recipient
from followup.core.planner import plan
from followup.core.policy import Policy
from followup.usecases.service import Service
from followup.core.workdays import WorkCalendar, public_holidays

ALEX = Candidate("Alex Rivera", "alex@example.com", "+1 617 555 0142")
TEMPLATES = template_environment()
US = WorkCalendar(public_holidays("US"), Policy())


def drafts_of(interview=None, events=(), now="2026-11-19 17:00", kind="thank-you", environment=TEMPLATES):
    interview = interview or make_interview()
    steps = plan(interview, events, at(now), Policy(), US).steps
    return [render_draft(s, interview, events, ALEX, at(now), environment) for s in steps if s.kind == kind]


# -- greetings -----------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("name", "title", "culture", "expected"), [
    ("Dana Whitfield", "Ms.", "formal", "Dear Ms. Whitfield,"),
    ("Dana Whitfield", "ms", "formal", "Dear Ms. Whitfield,"),
    ("Dana Whitfield", None, "formal", "Dear Dana,"),  # no title: never guess a gender, nor mail-merge a name
    ("Dana Whitfield", "Ms.", "casual", "Hi Dana,"),
    ("Siobhán Ní Bhriain", "Dr.", "formal", "Dear Dr. Ní Bhriain,"),
    ("José María de la Fuente", "Sr.", "formal", "Dear Sr. de la Fuente,"),
    ("José María de la Fuente", None, "casual", "Hi José,"),
    ("Jean-Luc van der Berg", None, "casual", "Hi Jean-Luc,"),
    ("李娜", None, "casual", "Hi 李娜,"),
    ("李娜", "Dr.", "formal", "Dear Dr. 李娜,"),
    ("Priya", None, "casual", "Hi Priya,"),
    ("Ian McKellen", "Sir", "formal", "Dear Sir Ian,"),
    ("Dr. Hannah Oyelaran", None, "formal", "Dear Dr. Oyelaran,"),  # a title typed inside the name
    ("Ms Claire Ashworth", None, "formal", "Dear Ms. Ashworth,"),
    ("Martin Keane", "Prof", "formal", "Dear Professor Keane,"),
    ("Prof. Martin Keane", None, "formal", "Dear Professor Keane,"),
    ("Dr. Hannah Oyelaran", None, "casual", "Hi Hannah,"),
])
def test_greeting_by_culture_and_title(name: str, title: str | None, culture: str, expected: str) -> None:
    assert greeting(Recipient(name, None, name), title, culture) == expected


@pytest.mark.parametrize(("name", "title", "expected"), [
    ("Claire Ashworth", "Ms.", "Dear Ms Ashworth,"), ("Hannah Oyelaran", "dr", "Dear Dr Oyelaran,"),
    ("Mrs Lucy Marlow", None, "Dear Mrs Marlow,"), ("Martin Keane", "Prof.", "Dear Professor Keane,")])
def test_british_style_writes_no_full_stop_after_a_title(name: str, title: str | None, expected: str) -> None:
    assert greeting(Recipient(name, None, name), title, "formal", british=True) == expected


@pytest.mark.parametrize(("name", "address_as", "culture", "expected"), [
    ("Zhang Wei", "Mr. Zhang", "formal", "Dear Mr. Zhang,"), ("Klaus Brandt", "Professor Brandt", "formal",
                                                              "Dear Professor Brandt,"),
    ("Watanabe Kenji", "Kenji", "casual", "Hi Kenji,")])
def test_address_as_is_how_the_greeting_names_them(name: str, address_as: str, culture: str, expected: str) -> None:
    assert greeting(Recipient(name, None, name), "Dr.", culture, address_as=address_as) == expected


def test_one_register_for_a_panel_where_someone_is_greeted_by_title() -> None:
    """Beside "Dear Ms. Whitfield,", a colleague with no title is greeted by full name, not "Dear Siobhán,";
    with no title anywhere on the panel, the given name is used (docs/templates.md, Greetings)."""
    dana, siobhan = drafts_of(make_interview())
    assert dana.body.startswith("Dear Ms. Whitfield,\n") and siobhan.body.startswith("Dear Siobhán Ní Bhriain,\n")
    untitled = make_interview(interviewers=(Interviewer("Dana Whitfield", None, "dana@quixotiq.example"),
                                            Interviewer("Siobhán Ní Bhriain", None, "siobhan@quixotiq.example")))
    assert [d.body.split("\n", 1)[0] for d in drafts_of(untitled)] == ["Dear Dana,", "Dear Siobhán,"]
    casual = make_interview(culture="casual")
    assert [d.body.split("\n", 1)[0] for d in drafts_of(casual)] == ["Hi Dana,", "Hi Siobhán,"]


@pytest.mark.parametrize(("addressee", "expected"), [
    ("Hiring Manager", "Dear Hiring Manager,"), ("Data Platform team", "Dear Data Platform Team,")])
def test_an_unknown_name_is_greeted_by_role_or_team(addressee: str, expected: str) -> None:
    for culture in ("formal", "casual"):
        assert greeting(Recipient(None, "x@y.example", addressee), None, culture) == expected


def test_a_draft_to_someone_unnamed_addresses_their_team() -> None:
    interview = make_interview(department="Data Platform", interviewers=(Interviewer(email="talent@q.example"),))
    (draft,) = drafts_of(interview)
    assert draft.body.startswith("Dear Data Platform Team,\n")
    (draft,) = drafts_of(make_interview(interviewers=()))
    assert draft.body.startswith("Dear Hiring Manager,\n")


# -- every kind -------------------------------------------------------------------------------------------------
def _problems(draft: Draft) -> list[str]:
    """What a careful reader would never want to see in a draft."""
    text = draft.subject + "\n" + draft.body
    found = [f"slot {m}" for m in re.findall(r"\[[^\]]*\]|\{[^}]*\}|<[A-Z_ ]+>|\bNone\b|\bXXX\b|\bTBD\b", text)]
    found += ["double space"] * ("  " in text) + ["space before punctuation"] * bool(re.search(r" [,.;:]", text))
    prose = draft.body.split("\n\n", 1)[1] if draft.channel == "phone" else draft.body  # after the call's heading
    found += ["no full stop"] * bool(re.search(r"[a-z]\n\n", prose))
    return found


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_every_kind_reads_cleanly_for_every_example(service: Service, example: Path) -> None:
    drafts = example_drafts(service, example)
    kinds = {(d.kind, d.channel) for d in drafts}
    # no feedback-request: the rejection reply asks for feedback in its last paragraph (one email, not two)
    assert {"thank-you", "late-thank-you", "status-inquiry", "rejection-reply",
            "reconnect"} <= {kind for kind, _ in kinds}
    for draft in drafts:
        assert _problems(draft) == [], (draft.kind, draft.channel, draft.body)
        if draft.channel == "phone":
            assert "Ask for:" in draft.body and "Alex Rivera" in draft.body
            continue
        assert draft.body.splitlines()[0].startswith(("Dear ", "Hi "))
        assert draft.body.rstrip().splitlines()[-1] == "Alex Rivera"
        assert bool(draft.subject) == (draft.channel == "email")
        limit = {"thank-you": 200, "late-thank-you": 200, "handwritten": 80}.get(draft.kind, 180)
        assert len(draft.body.split()) < (80 if draft.channel == "handwritten" else limit)


def test_the_example_covers_every_channel(service: Service) -> None:
    channels = {d.channel for d in example_drafts(service, Path("examples/casual.toml"))}
    assert channels == {"email", "handwritten", "phone"}


def test_a_thank_you_names_the_day_the_role_the_topic_and_the_goal() -> None:
    interview = make_interview(goals=("cut dashboard latency from hours to minutes",))
    dana, siobhan = drafts_of(interview, now="2026-11-20 09:30")  # the next morning
    assert "Dear Ms. Whitfield," in dana.body
    assert "on Thursday, November 19" in dana.body and "today" not in dana.text
    assert "Dagster" in dana.body and dana.body.lower().count("thank") >= 1
    assert dana.to.email == "dana@quixotiq.example"
    # the goal goes to the one with nothing of their own to talk about, and to no one else
    assert "cut dashboard latency from hours to minutes" in siobhan.body
    assert "cut dashboard latency" not in dana.body


def test_a_thank_you_written_on_the_day_of_the_interview_says_today() -> None:
    """A coach: "Thank you for our conversation on Thursday", sent on that Thursday, reads as if written on
    another day. A note written on the day says "today"; `send` writes it again as of when it goes."""
    for draft in drafts_of(now="2026-11-19 17:00"):
        assert "today" in draft.body and "November 19" not in draft.text and "Thursday" not in draft.text


@pytest.mark.parametrize(("said", "decided", "now", "told"), [
    ("after the holidays", "2027-01-04", "2027-01-11 11:00",
     "you mentioned that you would decide after the holidays; as that time has now passed"),
    ("We'll let you know after Thanksgiving", "2026-11-26", "2026-12-03 11:00",  # as said: not "decide" (a coach)
     "you mentioned that you would be in touch after Thanksgiving; as that time has now passed"),
    ("following the committee meeting on 3 December", "2026-12-03", "2026-12-10 11:00",  # their own words
     "you mentioned hoping to reach a decision following the committee meeting on 3 December; as that date has "
     "now passed"),
])
def test_an_inquiry_tells_an_event_as_one_they_decide_after(said: str, decided: str, now: str, told: str) -> None:
    interview = make_interview(decision_timeline=said, decision_by=date.fromisoformat(decided))
    thanked = (sent("thank-you", "2026-11-20 09:00"),)
    (first,) = [d for d in drafts_of(interview, thanked, now=now, kind="status-inquiry")
                if d.channel == "email" and d.attempt == 1]
    assert told in first.body


def test_a_late_thank_you_acknowledges_the_delay_in_one_sentence() -> None:
    for draft in drafts_of(now="2026-11-24 10:00", kind="late-thank-you"):
        sentences = [s for s in re.split(r"(?<=[.!?])\s+", draft.body) if re.search(
            r"\b(late|later|sooner|delay|belated|forgive)\b", s, re.IGNORECASE)]
        assert len(sentences) == 1, sentences
        assert not re.search(r"\b(deeply|terribly|so sorry|apologi[sz]e profusely)\b", draft.body)


def test_inquiries_name_the_interview_the_timeline_and_get_shorter() -> None:
    interview = make_interview(decision_timeline="within two weeks", decision_by=at("2026-12-03 00:00").date())
    thanked = (sent("thank-you", "2026-11-20 09:00"),)  # else the late thank-you asks for news itself
    (first,) = [d for d in drafts_of(interview, thanked, now="2026-12-04 11:00", kind="status-inquiry")
                if d.channel == "email" and d.attempt == 1]
    assert "Thursday, November 19" in first.body
    # "within two weeks" is restated as the day it came to, never as a vaguer period of the year
    assert "you mentioned hoping to reach a decision by Thursday, December 3; as that date has now passed" in first.body
    events = (sent("thank-you", "2026-11-20 09:00"), sent("status-inquiry", "2026-12-04 11:00"))
    (second,) = [d for d in drafts_of(interview, events, now="2026-12-14 11:00", kind="status-inquiry")
                 if d.channel == "email"]
    assert second.attempt == 2 and "Friday, December 4" in second.body
    assert len(second.body.split()) < len(first.body.split())
    assert second.subject != first.subject
    assert difflib.SequenceMatcher(None, first.body, second.body).ratio() < 0.5


def test_a_rejection_reply_is_gracious_and_asks_to_be_kept_in_mind() -> None:
    events = (sent("thank-you", "2026-11-20 09:00"), happened("rejected", "2026-12-01 10:00"))
    (reply,) = drafts_of(make_interview(), events, now="2026-12-01 11:00", kind="rejection-reply")
    assert "Thank you for letting me know" in reply.body and "future openings" in reply.body
    # one email: its last paragraph asks for feedback; no separate feedback request is drafted
    assert "any brief feedback on my interview" in reply.body.split("\n\n")[-2]
    assert drafts_of(make_interview(), events, now="2026-12-01 11:00", kind="feedback-request") == []
    # a reply drafted after its window has closed no longer asks
    (late,) = drafts_of(make_interview(), events, now="2026-12-04 11:00", kind="rejection-reply")
    assert "feedback" not in late.body


def test_a_reconnect_note_says_how_long_it_has_been() -> None:
    (note,) = drafts_of(now="2027-03-01 11:00", kind="reconnect")
    assert "It has been about three months since we spoke" in note.body
    assert "I remain very interested" in note.body


# -- personal and distinct ------------------------------------------------------------------------------------
def _panel(size: int) -> tuple[Interviewer, ...]:
    names = ["Dana Whitfield", "Siobhán Ní Bhriain", "José María de la Fuente", "李娜", "Jean-Luc van der Berg",
             "Priya Raghunathan"]
    topics = ["the move to Dagster", "PySpark tuning", "accessibility audits", "the token pipeline",
              "on-call rotations", "research with receptionists"]
    return tuple(Interviewer(names[i], None, f"p{i}@q.example", topics=(topics[i],)) for i in range(size))


@pytest.mark.parametrize("size", [2, 3, 4])
@pytest.mark.parametrize("kind", ["thank-you", "late-thank-you"])
def test_notes_to_one_panel_are_noticeably_different(size: int, kind: str) -> None:
    interview = make_interview(interviewers=_panel(size), goals=("ship the new pipeline",),
                               topics=("streaming",))
    now = "2026-11-19 17:00" if kind == "thank-you" else "2026-11-24 10:00"
    drafts = [d for d in drafts_of(interview, now=now, kind=kind) if d.channel == "email"]
    assert len(drafts) == size
    for draft, person in zip(drafts, interview.interviewers, strict=True):
        assert person.topics[0] in draft.body
    for one, other in itertools.combinations(drafts, 2):
        assert difflib.SequenceMatcher(None, one.body, other.body).ratio() < 0.75, (one.body, other.body)
        assert one.body.split("\n\n")[1][:30] != other.body.split("\n\n")[1][:30]  # different openings
        assert one.subject != other.subject


def test_a_casual_note_uses_contractions_a_formal_one_does_not() -> None:
    casual = drafts_of(make_interview(culture="casual", goals=("ship the new pipeline",)), now="2026-11-24 10:00",
                       kind="late-thank-you")
    formal = drafts_of(make_interview(goals=("ship the new pipeline",)), now="2026-11-24 10:00",
                       kind="late-thank-you")
    assert all(not re.search(r"\bI (am|would|have|will)\b", d.body) for d in casual)
    assert any(re.search(r"\bI'(m|d|ve|ll)\b", d.body) for d in casual)
    assert all(not re.search(r"\bI'(m|d|ve|ll)\b", d.body) for d in formal)


def test_the_same_inputs_give_the_same_drafts() -> None:
    assert drafts_of() == drafts_of()


def test_a_person_without_topics_gets_a_topic_of_the_interview() -> None:
    interview = make_interview(topics=("streaming ingestion", "data contracts"))
    dana, siobhan = drafts_of(interview)
    assert "Dagster" in dana.body and "streaming ingestion" in siobhan.body
    assert "streaming ingestion" not in dana.body and "data contracts" not in dana.body + siobhan.body


# -- concerns ---------------------------------------------------------------------------------------------------
def test_a_concern_and_its_answer_go_to_the_primary_contact_only() -> None:
    interview = make_interview(concerns=(Concern("limited Kafka experience",
                                                 "I ran a Kafka proof of concept for our billing events"),))
    dana, siobhan = drafts_of(interview)
    assert "limited Kafka experience" not in dana.body and "concern" not in dana.body  # the doubt is not echoed
    # one sentence, tied to the goal, not a lead-in and the answer tacked on after it (issue 11)
    assert ("I ran a Kafka proof of concept for my team's billing events, and I would put that experience to"
            in dana.body)
    assert dana.body.count("experience") <= 1
    assert "Kafka" not in siobhan.body


def test_a_concern_without_an_answer_is_left_out() -> None:
    """Repeating a doubt with nothing to answer it only reminds them of it: the draft says nothing of it."""
    interview = make_interview(concerns=(Concern("my lack of healthcare experience"),))
    for kind, now in (("thank-you", "2026-11-19 17:00"), ("late-thank-you", "2026-11-24 10:00")):
        for draft in drafts_of(interview, now=now, kind=kind):
            assert "healthcare" not in draft.body and "background carries over" not in draft.body


def test_a_concern_goes_to_the_person_who_raised_it() -> None:
    interview = make_interview(concerns=(Concern("limited Kafka experience", "I ran a Kafka proof of concept",
                                                 raised_by="siobhan@quixotiq.example"),
                                         Concern("no team lead experience", "I led a guild of four",
                                                 raised_by="Dana Whitfield")))
    dana, siobhan = drafts_of(interview)
    assert "Kafka" in siobhan.body and "Kafka" not in dana.body
    assert "guild" in dana.body and "guild" not in siobhan.body


# -- templates: overrides and errors ----------------------------------------------------------------------------
def test_a_users_template_takes_the_place_of_the_packages(tmp_path: Path) -> None:
    (tmp_path / "thank-you.txt.j2").write_text(
        "Subject: Thanks from {{ candidate.name }}\n\n{{ greeting }}\n\nThanks for {{ topic }}.\n\n"
        "Cheers,\n{{ candidate.name }}\n", encoding="utf-8")
    dana = drafts_of(make_interview(topics=("streaming",)), environment=template_environment(str(tmp_path)))[0]
    assert dana.subject == "Thanks from Alex Rivera"
    assert dana.body == "Dear Ms. Whitfield,\n\nThanks for Dagster.\n\nCheers,\nAlex Rivera\n"
    status = drafts_of(events=(sent("thank-you", "2026-11-20 09:00"),), now="2026-12-10 11:00", kind="status-inquiry",
                       environment=template_environment(str(tmp_path)))[0]
    assert "I am writing to follow up" in status.body  # the others are still the package's


def test_an_unset_variable_names_the_template_the_line_and_the_variable(tmp_path: Path) -> None:
    (tmp_path / "thank-you.txt.j2").write_text("Subject: x\n\n{{ greeting }}\n\nAbout {{ goal }}.\n")
    with pytest.raises(TemplateError) as caught:
        drafts_of(environment=template_environment(str(tmp_path)))
    assert caught.value.message.startswith("template thank-you.txt.j2, line 5: the variable 'goal' is not set")


def test_a_misspelt_variable_is_an_error_too(tmp_path: Path) -> None:
    (tmp_path / "thank-you.txt.j2").write_text("{{ greting }}\n")
    with pytest.raises(TemplateError, match="line 1: the variable 'greting' is not set"):
        drafts_of(environment=template_environment(str(tmp_path)))


def test_a_syntax_error_names_the_template_and_the_line(tmp_path: Path) -> None:
    (tmp_path / "thank-you.txt.j2").write_text("Subject: x\n\n{% if topic %}\nno end\n")
    with pytest.raises(TemplateError, match=r"^template thank-you.txt.j2, line \d+: syntax error"):
        drafts_of(environment=template_environment(str(tmp_path)))


def test_move_on_has_nothing_to_draft() -> None:
    with pytest.raises(FollowupError, match="move-on"):
        render_draft(replace(plan(make_interview(), (), at("2026-11-19 17:00"), Policy(), US).steps[0],
                             kind="move-on"), make_interview(), (), ALEX, at("2026-11-19 17:00"), TEMPLATES)


# -- the service and the command line -----------------------------------------------------------------------
def test_drafts_are_stored_and_an_edited_one_is_kept(service: Service) -> None:
    view = service.add({"company": "Quixotiq", "role": "Data Engineer", "when": "2026-11-19T14:00",
                        "interviewers": [{"name": "Dana Whitfield", "email": "dana@q.example"}]})
    ident = view.interview.id or 0
    (first,) = service.draft(ident)
    edited = service.save_draft_text(ident, first, first.text.replace("Dear Dana,", "Dear Dana Whitfield,"))
    assert edited.edited and edited.id == first.id
    (again,) = service.draft(ident)
    assert again == edited and again.body.startswith("Dear Dana Whitfield,")
    (fresh,) = service.draft(ident, fresh=True)
    assert fresh.id == first.id and not fresh.edited and fresh.body.startswith("Dear Dana,")
    assert service.stored_drafts(ident) == [fresh]


def test_a_draft_needs_the_candidates_name(service: Service) -> None:
    nameless = replace(service, settings=replace(service.settings, profile=replace(service.settings.profile,
                                                                                   name=None)))
    view = service.add({"company": "Q", "role": "R", "when": "2026-11-19T14:00"})
    with pytest.raises(FollowupError, match=r"^profile.name: expected your name"):
        nameless.draft(view.interview.id or 0)


def test_draft_command_prints_writes_files_and_json(run: Runner, tmp_path: Path) -> None:
    assert run("add", "--file", "examples/interview.toml").returncode == 0
    shown = run("draft", "1")
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.count("--- draft ") == 3 and "Dear Dr. Ní Bhriain," in shown.stdout
    data = json.loads(run("draft", "1", "--to", "siobhan@quixotiq.example", "--json").stdout)
    assert [d["to"] for d in data] == [{"name": "Siobhán Ní Bhriain", "email": "siobhan@quixotiq.example"}]
    assert set(data[0]) >= {"kind", "to", "subject", "body"}
    written = run("draft", "1", "--out", str(tmp_path / "out"))
    files = sorted((tmp_path / "out").iterdir())
    assert written.returncode == 0 and len(files) == 3
    text = files[0].read_text(encoding="utf-8")
    assert re.match(r"To: .+\nSubject: .+\n\nDear ", text)


def test_draft_edit_keeps_what_the_editor_wrote(run: Runner, tmp_path: Path) -> None:
    run("add", "--file", "examples/interview.toml")
    editor = tmp_path / "editor.sh"
    editor.write_text("#!/bin/sh\nsed -i 's/^Dear Ms. Whitfield,/Dear Dana,/' \"$1\"\n")
    editor.chmod(0o755)
    edited = run("draft", "1", "--to", "Dana Whitfield", "--edit", EDITOR=str(editor), VISUAL="")
    assert edited.returncode == 0, edited.stderr
    assert "(edited by you)" in edited.stdout
    again = run("draft", "1", "--to", "Dana Whitfield")
    assert "\nDear Dana,\n" in again.stdout and "(edited by you)" in again.stdout


def test_draft_bad_input_is_one_line_and_exit_2(run: Runner, tmp_path: Path) -> None:
    run("add", "--file", "examples/interview.toml")
    for args, message in [
        (("draft", "1", "--kind", "nonsense"), "error: kind: expected one of thank-you"),
        (("draft", "1", "--kind", "rejection-reply"), "error: kind: expected a kind in the plan of interview 1"),
        (("draft", "1", "--kind", "move-on"), "error: kind: expected a kind of message"),
        (("draft", "1", "--to", "nobody@x.example"), "error: to: expected the email or name of a recipient"),
        (("draft", "7"), "error: id: expected the id of a stored interview"),
    ]:
        result = run(*args)
        assert (result.returncode, result.stdout) == (2, ""), args
        assert result.stderr.startswith(message) and result.stderr.count("\n") == 1, result.stderr
    blocker = tmp_path / "file"
    blocker.write_text("")
    result = run("draft", "1", "--out", str(blocker / "sub"))
    assert result.returncode == 2 and result.stderr.startswith("error: out: expected a folder")


def test_a_broken_user_template_fails_the_command_cleanly(run: Runner) -> None:
    run("add", "--file", "examples/interview.toml")
    (run.home / "templates").mkdir()
    (run.home / "templates" / "thank-you.txt.j2").write_text("{{ greeting }} {{ nickname }}\n")
    result = run("draft", "1")
    assert result.returncode == 2
    assert result.stderr == ("error: template thank-you.txt.j2, line 1: the variable 'nickname' is not set "
                             "(optional variables need '{% if ... is defined %}'; see docs/templates.md)\n")


def test_a_draft_quotes_the_timeline_the_plan_goes_by() -> None:
    from followup.core.compose import draft_context

    interview = make_interview(decision_timeline="within two weeks", decision_by=at("2026-12-03 00:00").date())
    said = [replace(happened("timeline", "2026-11-25 10:00", words, at(f"2026-12-{day} 00:00").date()), id=key)
            for words, day, key in (("by the 11th", 11, 3), ("by the 9th", "09", 2))]
    thanked = sent("thank-you", "2026-11-20 09:00")  # else the late thank-you asks for news itself
    for events in ([*said, thanked], [thanked, *said[::-1]]):
        step = next(s for s in plan(interview, events, at("2026-12-15 09:00"), Policy(), US).steps
                    if s.kind == "status-inquiry")
        assert "by the 11th" in step.reason
        context = draft_context(step, interview, tuple(events), ALEX, at("2026-12-15 09:00"))
        assert context["timeline"] == "by the 11th"


def test_a_late_thank_you_that_takes_the_first_inquirys_place_asks_for_news() -> None:
    """When the plan merges a late thank-you with the first status inquiry, the one message does both; the
    other late notes (and every late note before the inquiry opens) only thank."""
    asking = re.compile(r"\b(news|update|where (things|the process) stands?|how the search is going)\b")
    merged = drafts_of(now="2026-11-27 10:00", kind="late-thank-you")
    contact = [d for d in merged if asking.search(d.body)]
    assert len(contact) == 1 and len(merged) > 1
    assert all(not asking.search(d.body) for d in drafts_of(now="2026-11-24 10:00", kind="late-thank-you"))


def test_a_note_to_someone_with_no_topic_still_says_something_true_of_them() -> None:
    """No topic recorded for anyone: each thank-you and late thank-you names their team or the panel (facts
    the interview holds), and no two notes share a sentence."""
    people = (Interviewer("Dana Whitfield", "Ms.", "dana@quixotiq.example"),
              Interviewer("Siobhán Ní Bhriain", "Dr.", "siobhan@quixotiq.example"))
    interview = make_interview(interviewers=people, department="Data Platform")
    for kind, now in (("thank-you", "2026-11-19 17:00"), ("late-thank-you", "2026-11-24 10:00")):
        notes = drafts_of(interview, now=now, kind=kind)
        assert len(notes) == 2
        for note in notes:
            assert "Data Platform" in note.body or "colleagues" in note.body, note.body
        first, second = (set(re.split(r"(?<=\.) ", n.body.split("\n\n")[1])) for n in notes)
        assert not first & second


def test_a_card_is_addressed_to_the_mailing_address_and_thanks_the_person(service: Service) -> None:
    """A card's `To:` line is where it is posted, as drafted and as stored; the check still knows who it is
    for; its opening thanks the person, never "the welcome at"."""
    view = service.add({"company": "Harbor Light Foundation", "role": "Development Director",
                        "when": "2026-11-19T10:00", "format": "in-person",
                        "mailing_address": "Harbor Light Foundation, 12 Wharf Street, Portland, ME 04101",
                        "interviewers": [{"name": "Eleanor Vance", "title": "Ms.", "email": "evance@hl.example"}]})
    ident = view.interview.id or 0
    cards = [d for d in service.draft(ident, "thank-you") if d.channel == "handwritten"]
    stored = [d for d in service.stored_drafts(ident) if d.channel == "handwritten"]
    assert cards and stored
    for card in (*cards, *stored):
        assert card.text.startswith("To: Eleanor Vance, Harbor Light Foundation, 12 Wharf Street, Portland, "
                                    "ME 04101\n") and "@" not in card.text
        assert "the welcome at" not in card.body
    findings = service.check_text(cards[0].text, ident, "thank-you", None, "handwritten")
    assert not [f for f in findings if f.rule == "name-mismatch"], findings


@pytest.mark.parametrize(("said", "day_first", "expected"), [
    ("by early November", False, "by early November"),
    ("after the board meets on December 10", False, "after the board met on December 10"),
    ("We will decide after the committee approves the budget in December", False,
     "after the committee approved the budget in December"),
    ("after the trustees approve the budget", False, "after Thursday, December 10"),
    ("after the panel's December review", True, "after Thursday 10 December"),  # no verb to tell: the day
    # a vague period in their words, never a day computed from it (issue 11)
    ("early next week", True, "early the following week"),
    ("mid-next month", False, "in the middle of the following month"),
    ("We hope to decide in a couple of weeks", False, "within a couple of weeks of our conversation"),
])
def test_a_timeline_is_restated_in_the_tense_a_later_note_needs(said: str, day_first: bool, expected: str) -> None:
    from datetime import date

    from followup.core.compose import decision_words
    assert decision_words(said, date(2026, 12, 10), day_first) == expected


@pytest.mark.parametrize(("said", "decided", "expected"), [
    # an event the parser read as its day: "after" that day, in the planner's sense of an event
    # their own words where they name a month: a coach found "after Thursday 3 December" dropped the meeting
    ("following the committee meeting on 3 December", date(2026, 12, 3),
     "following the committee meeting on 3 December"),
    ("The panel meets on the 14th and will decide after.", date(2026, 12, 14), "after Monday 14 December"),
    # a holiday, in their words (its name as it is written): not a day they never named
    ("We'll let you know after thanksgiving", date(2026, 11, 26), "after Thanksgiving"),
    ("We will let you know After the holidays", date(2027, 1, 4), "after the holidays"),
    ("in the new year", date(2027, 1, 4), "in the new year"),
    # a span with "after" in it is a deadline
    ("the week after next", date(2026, 12, 4), "by Friday 4 December"),
    # a span counted from a holiday or an event is a deadline: its day, never "after Thanksgiving"
    ("two weeks after Thanksgiving", date(2026, 12, 10), "by Thursday 10 December"),
    ("a week after the holidays", date(2027, 1, 11), "by Monday 11 January"),
    ("a week after the board meets on December 10", date(2026, 12, 17), "by Thursday 17 December"),
    ("We'll have a decision within 10 business days following the final interview.", date(2026, 12, 4),
     "by Friday 4 December"),
])
def test_a_timeline_tied_to_an_event_is_told_after_it(said: str, decided: date, expected: str) -> None:
    from followup.core.compose import decision_words
    assert decision_words(said, decided, True) == expected


@pytest.mark.parametrize(("typed", "expected"), [
    ("a/B testing on the onboarding flow", "A/B testing on the onboarding flow"), ("i/O latency", "I/O latency"),
    ("A/B testing", "A/B testing"), ("the autumn/winter range", "the autumn/winter range"), ("SQL", "SQL"),
    ("and/Or logic", "and/Or logic")])
def test_only_the_plain_abbreviation_typo_changes_case(typed: str, expected: str) -> None:
    from followup.core.compose import _phrase
    assert _phrase(typed) == expected


def test_a_role_with_a_comma_is_closed_by_one_before_the_sentence_goes_on() -> None:
    from followup.core.compose import closed_role

    role = "Engineering Manager, Payments"
    assert closed_role("about the role of Engineering Manager, Payments on Wednesday, November 18.", role) == \
        "about the role of Engineering Manager, Payments, on Wednesday, November 18."
    assert closed_role("my interview for Engineering Manager, Payments at Quillon.", role) == \
        "my interview for Engineering Manager, Payments, at Quillon."
    ended = "even more excited about the role of Engineering Manager, Payments. I would be pleased"
    assert closed_role(ended, role) == ended
    assert closed_role("the Data Engineer role on Monday", "Data Engineer") == "the Data Engineer role on Monday"


def test_a_year_typed_relative_to_the_interview_reads_right_later() -> None:
    from followup.core.compose import as_of

    assert as_of("open three new stores next year", 2026, 2026) == "open three new stores next year"
    assert as_of("open three new stores next year", 2026, 2027) == "open three new stores this year"
    assert as_of("hiring plans for Next Year", 2026, 2028) == "hiring plans for 2027"
    assert as_of("hiring plans for next year", 2026, 2027) == "hiring plans for this year"
    assert as_of("grow giving next year by a third", 2026, 2028) == "grow giving in 2027 by a third"
    assert as_of("hit the targets set this year", 2026, 2027) == "hit the targets set in 2026"
    assert as_of(None, 2026, 2027) is None


@pytest.mark.parametrize(("company", "body", "expected"), [
    ("St Aldhelm's Hospital NHS Trust", "Thank you for my day at St Aldhelm's Hospital NHS Trust.\n\nI am keen to "
     "join St Aldhelm's Hospital NHS Trust.\n", "Thank you for my day at St Aldhelm's Hospital NHS Trust.\n\nI am "
     "keen to join the Trust.\n"),
    ("Hartley Finch LLP", "At Hartley Finch. Hartley Finch's work.\n", "At Hartley Finch. The firm's work.\n"),
    ("University of Northfield", "At the University of Northfield. Joining the University of Northfield.\n",
     "At the University of Northfield. Joining the University.\n"),
    ("Pebble Labs", "At Pebble Labs. Joining Pebble Labs.\n", "At Pebble Labs. Joining Pebble Labs.\n"),  # says nothing
    ("Eastbrook Borough Council", "I remain keen on Eastbrook Borough Council.\n",
     "I remain keen on Eastbrook Borough Council.\n"),  # named once: as typed
])
def test_an_organisation_is_named_in_full_once_then_by_what_it_is(company: str, body: str, expected: str) -> None:
    """A coach's reading of the answered set: "... at St Aldhelm's Hospital NHS Trust ... joining St Aldhelm's
    Hospital NHS Trust" in three short paragraphs reads like a form; the second mention is "the Trust"."""
    from followup.core.compose import named_once

    assert named_once(body, company) == expected


def test_a_company_is_written_without_its_legal_form() -> None:
    from followup.core.compose import prose_name, the_company

    assert [prose_name(c) for c in ("Hartley Finch LLP", "Quillon Software, Inc.", "Acme Ltd", "Pebble Labs")] == [
        "Hartley Finch", "Quillon Software", "Acme", "Pebble Labs"]
    assert the_company("The Learning Trust Ltd") == "the Learning Trust"


@pytest.mark.parametrize(("goal", "topic", "expected"), [
    ("launch the new checkout in Europe", "PCI compliance for the new checkout", "launch it in Europe"),
    # "the new" of "the new curriculum" is no phrase of its own: a coach read "on it curriculum"
    ("train every teacher on the new curriculum by spring", "the new literacy curriculum for grades 3 to 5",
     "train every teacher on the new curriculum by spring"),
])
def test_a_goal_refers_back_only_to_a_whole_phrase_of_the_topic(goal: str, topic: str, expected: str) -> None:
    from followup.core.compose import refer_back

    assert refer_back(goal, topic) == expected


def test_an_answer_says_my_teams_where_the_candidate_wrote_our() -> None:
    """A coach: "I've maintained our Rust agent", sent to a robotics firm, reads as the firm's own agent."""
    interview = make_interview(concerns=(Concern("no Rust", "I've maintained our Rust agent for a year"),))
    dana = drafts_of(interview)[0]
    assert "I've maintained my team's Rust agent for a year" in dana.body and "our Rust" not in dana.body
