"""Who gets the inquiries (`contact`, else a recruiter or HR, else the first), and an interviewer's phone."""

from __future__ import annotations

from dataclasses import replace

import pytest
from conftest import at, make_interview

from followup.core.errors import InputError
from followup.core.model import Interviewer
from followup.core.planner import plan, primary_contact
from followup.core.policy import Policy
from followup.core.schema import parse_interview
from followup.core.shapes import interview_json

BASE = {"company": "Quixotiq", "role": "Data Engineer", "when": "2026-11-19T14:00"}
DANA = Interviewer("Dana Whitfield", None, "dana@q.example", "Data")
SAM = Interviewer("Sam Lee", "Senior Recruiter", "sam@q.example")
KIM = Interviewer("Kim Park", None, "kim@q.example", "Human Resources")


def test_the_marked_contact_gets_the_inquiries() -> None:
    marked = Interviewer("Ola Berg", None, "ola@q.example", contact=True)
    assert primary_contact(make_interview(interviewers=(DANA, SAM, marked))).email == "ola@q.example"


def test_without_a_contact_a_recruiter_or_hr_else_the_first() -> None:
    assert primary_contact(make_interview(interviewers=(DANA, SAM))).email == "sam@q.example"
    assert primary_contact(make_interview(interviewers=(DANA, KIM))).email == "kim@q.example"
    assert primary_contact(make_interview(interviewers=(DANA, Interviewer("Bo", None, "bo@q.example")))).name \
        == "Dana Whitfield"


def test_the_call_names_the_person_and_the_number(calendar) -> None:
    sam = Interviewer("Sam Lee", None, "sam@q.example", contact=True, phone="+1 617-555-0142")
    interview = make_interview(interviewers=(DANA, sam), phone_encouraged=True)
    calls = [s for s in plan(interview, [], at("2026-11-20 09:00"), Policy(), calendar).steps if s.channel == "phone"]
    # dialled from the profile's country (US here): the national form, no country code
    assert calls and all(s.to.name == "Sam Lee" and "Sam Lee on (617) 555-0142" in s.reason for s in calls)
    inquiries = [s for s in plan(interview, [], at("2026-11-20 09:00"), Policy(), calendar).steps
                 if s.kind in ("status-inquiry", "reconnect")]
    assert {s.to.email for s in inquiries} == {"sam@q.example"}


def test_the_call_gives_the_contacts_own_number_not_a_nameless_colleagues(calendar) -> None:
    """An interviewer with a phone but no name or email was taken for the contact ("matches" names everyone
    when given nothing), so the call named the contact with a colleague's number."""
    nameless = Interviewer(None, None, None, phone="+1 617-555-0199")
    dana = Interviewer("Dana Lee", "Recruiter", "dana@q.example", phone="+1 617-555-0100")
    interview = make_interview(interviewers=(nameless, dana), phone_encouraged=True)
    calls = [s for s in plan(interview, [], at("2026-11-20 09:00"), Policy(), calendar).steps if s.channel == "phone"]
    assert calls and all("Dana Lee on (617) 555-0100" in s.reason for s in calls)


def test_a_number_abroad_keeps_its_country_code_and_the_call_notes_use_it(calendar) -> None:
    from followup.core.compose import render_draft
    from followup.core.model import Candidate
    from followup.adapters.templates import template_environment

    sam = Interviewer("Sam Lee", None, "sam@q.example", contact=True, phone="+44 20 7946 0958")
    interview = make_interview(interviewers=(DANA, sam), phone_encouraged=True)
    call = next(s for s in plan(interview, [], at("2026-11-20 09:00"), Policy(), calendar).steps
                if s.channel == "phone")
    assert "Sam Lee on +44 20 7946 0958" in call.reason
    for country, number in [("US", "+44 20 7946 0958"), ("GB", "020 7946 0958")]:
        notes = render_draft(call, interview, [], Candidate("Alex Rivera", country=country), at("2026-11-20 09:00"),
                             template_environment()).body
        assert "- Ask for: Sam Lee" in notes and f"- Call: {number}\n" in notes
    unknown = replace(sam, phone=None)
    plain = render_draft(call, replace(interview, interviewers=(DANA, unknown)), [],
                         Candidate("Alex Rivera", country="US"), at("2026-11-20 09:00"), template_environment()).body
    assert "- Call:" not in plain


def test_contact_and_phone_are_read_checked_and_written() -> None:
    data = {**BASE, "interviewers": [{"name": "Dana", "email": "dana@q.example"},
                                     {"name": "Sam", "contact": "yes", "phone": "+44 20 7946 0958"}]}
    interview = parse_interview(data, "America/New_York")
    assert [(i.contact, i.phone) for i in interview.interviewers] == [(False, None), (True, "+44 20 7946 0958")]
    people = interview_json(interview, "")["interviewers"]
    assert [(p["contact"], p["phone"]) for p in people] == [(False, None), (True, "+44 20 7946 0958")]


@pytest.mark.parametrize(("people", "message"), [
    ([{"name": "A", "contact": True}, {"name": "B", "contact": True}],
     "interviewers[1].contact: expected at most one contact (interviewers[0] is already the contact)"),
    ([{"name": "A", "phone": "555-0100"}],
     "interviewers[0].phone: expected a phone number with its country code, such as +1 617 555 0100, "
     "got '555-0100'"),
    ([{"name": "A", "phone": "+1 000"}],
     "interviewers[0].phone: expected a phone number with its country code, such as +1 617 555 0100, got '+1 000'"),
    ([{"name": "A", "contact": "maybe"}], "interviewers[0].contact: expected true or false, got 'maybe'"),
])
def test_bad_contact_or_phone_is_one_line_naming_the_field(people: list[dict[str, object]], message: str) -> None:
    with pytest.raises(InputError) as error:
        parse_interview({**BASE, "interviewers": people}, "America/New_York")
    assert str(error.value) == message


def test_contact_and_phone_are_kept_by_the_store_and_shown_in_json(run, tmp_path) -> None:
    import json

    interview = tmp_path / "i.toml"
    interview.write_text('company = "Quixotiq"\nrole = "Data Engineer"\nwhen = 2026-11-19T14:00:00\n'
                         'phone_encouraged = true\n'
                         '[[interviewers]]\nname = "Dana Whitfield"\nemail = "dana@q.example"\n'
                         '[[interviewers]]\nname = "Sam Lee"\nemail = "sam@q.example"\ncontact = true\n'
                         'phone = "+1 617 555 0142"\n', encoding="utf-8")
    added = run("add", "--file", str(interview))
    assert added.returncode == 0, added.stderr
    shown = json.loads(run("show", "1", "--json").stdout)
    assert [(p["contact"], p["phone"]) for p in shown["interviewers"]] == [(False, None), (True, "+1 617-555-0142")]
    steps = json.loads(run("--now", "2026-12-07T09:00", "plan", "1", "--json").stdout)["steps"]
    assert {s["to"]["email"] for s in steps if s["kind"] == "status-inquiry"} == {"sam@q.example"}


def test_two_contacts_are_refused_in_one_line(run, tmp_path) -> None:
    interview = tmp_path / "i.toml"
    interview.write_text('company = "Quixotiq"\nrole = "Data Engineer"\nwhen = 2026-11-19T14:00:00\n'
                         '[[interviewers]]\nname = "A"\ncontact = true\n'
                         '[[interviewers]]\nname = "B"\ncontact = true\n', encoding="utf-8")
    result = run("add", "--file", str(interview))
    assert (result.returncode, "Traceback" in result.stderr) == (2, False)
    assert result.stderr.strip().splitlines() == [
        "error: interviewers[1].contact: expected at most one contact (interviewers[0] is already the contact)"]
    assert "Quixotiq" not in run("list").stdout  # nothing written


def test_the_web_form_has_a_contact_checkbox_and_a_phone_per_interviewer(service, tmp_path) -> None:
    from fastapi.testclient import TestClient
    from test_web import INTERVIEW, NOW, soup  # the web tests' form and moment

    from followup.web import create_app

    service.settings = replace(service.settings, path=tmp_path / "config.toml")
    app = create_app(service.at(NOW), lambda: NOW)
    web = TestClient(app, base_url="http://127.0.0.1:8000")
    web.headers["X-CSRF-Token"] = app.state.csrf
    page = soup(web.get("/interviews/new"))
    assert page.select_one("#interviewers-0-contact").get("type") == "checkbox"
    assert page.select_one("#interviewers-0-phone").get("type") == "tel"
    form = {**INTERVIEW, "interviewers-1-name": "Sam Lee", "interviewers-1-email": "sam@q.example",
            "interviewers-1-contact": "on", "interviewers-1-phone": "+1 617 555 0142"}
    response = web.post("/interviews", data=form, follow_redirects=False)
    assert response.status_code == 303, response.text
    people = service.show(int(response.headers["location"].rsplit("/", 1)[1])).interview.interviewers
    assert [(p.contact, p.phone) for p in people] == [(False, None), (True, "+1 617-555-0142")]
    refused = web.post("/interviews", data={**form, "interviewers-0-contact": "on"})
    error = soup(refused).select_one("#interviewers-1-contact-error")
    assert refused.status_code == 400 and error is not None and "at most one contact" in error.get_text()
