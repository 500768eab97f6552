"""`followup skip`: a step the candidate lets go leaves the plan (and `today`, `show`, the calendar export), is
recorded as a "skipped" event, and `undo` brings it back. The planner's side by tables; the command on a real
SQLite file through its entry point."""

from __future__ import annotations

import json

import pytest
from conftest import ROOT, Runner, at, happened, make_interview, sent

from followup.core.model import Event
from followup.core.planner import plan
from followup.core.policy import Policy

POLICY = Policy()
EXAMPLE = ROOT / "examples" / "interview.toml"
DANA = "dana.whitfield@quixotiq.example"


def skipped(kind: str, when: str, to: str | None = None) -> Event:
    return Event("skipped", at(when), kind=kind, to=to)


def kinds(events: list[Event], now: str, calendar, channel: str | None = "email") -> list[tuple[str, int]]:
    steps = plan(make_interview(), events, at(now), POLICY, calendar).steps
    return [(s.kind, s.attempt) for s in steps if channel is None or s.channel in (channel, None)]


# -- the planner ---------------------------------------------------------------------------------------------

def test_a_skipped_thank_you_leaves_only_that_person(calendar) -> None:
    events = [skipped("thank-you", "2026-11-20 09:00", "dana@quixotiq.example")]
    steps = plan(make_interview(), events, at("2026-11-20 09:30"), POLICY, calendar).steps
    assert [s.to.email for s in steps if s.kind == "thank-you"] == ["siobhan@quixotiq.example"]


def test_a_skipped_inquiry_takes_its_turn_and_the_next_counts_from_the_skip(calendar) -> None:
    """A skip uses up one of the max_inquiries turns but sends nothing: the next inquiry keeps number 1."""
    thanked = [sent("thank-you", "2026-11-19 18:00")]
    before = kinds(thanked, "2026-12-03 16:00", calendar)
    assert ("status-inquiry", 1) in before
    events = [*thanked, skipped("status-inquiry", "2026-12-03 16:00", "dana@quixotiq.example")]
    result = plan(make_interview(), events, at("2026-12-03 16:30"), POLICY, calendar)
    inquiries = [s for s in result.steps if s.kind == "status-inquiry"]
    # the second turn, worded as a first inquiry (nothing was sent), 7 days after the skip, in the morning
    assert [s.attempt for s in inquiries] == [1]
    assert inquiries[0].earliest == at("2026-12-10 09:00") and "let go unsent" in inquiries[0].reason
    # a week later the second one is where it was: a skip does not slide with the clock
    later = plan(make_interview(), events, at("2026-12-11 09:00"), POLICY, calendar)
    assert [s.earliest for s in later.steps if s.kind == "status-inquiry"] == [at("2026-12-10 09:00")]


def test_skipping_every_inquiry_leads_to_moving_on(calendar) -> None:
    events = [sent("thank-you", "2026-11-19 18:00"), skipped("status-inquiry", "2026-12-01 10:00"),
              skipped("status-inquiry", "2026-12-09 10:00")]
    assert ("move-on", 0) in kinds(events, "2026-12-16 11:00", calendar, channel=None)
    assert not [k for k in kinds(events, "2026-12-16 11:00", calendar) if k[0] == "status-inquiry"]


def test_a_skipped_move_on_leaves_the_plan(calendar) -> None:
    events = [sent("status-inquiry", "2026-12-01 11:00"), sent("status-inquiry", "2026-12-09 11:00")]
    assert ("move-on", 0) in kinds(events, "2026-12-16 11:00", calendar, channel=None)
    events.append(skipped("move-on", "2026-12-16 11:00"))
    assert ("move-on", 0) not in kinds(events, "2026-12-16 11:30", calendar, channel=None)


def test_a_skipped_rejection_reply_takes_the_feedback_request_with_it(calendar) -> None:
    events = [happened("rejected", "2026-12-01 16:00"), skipped("rejection-reply", "2026-12-01 17:00")]
    before = plan(make_interview(), events[:1], at("2026-12-01 16:30"), POLICY, calendar)
    assert [(s.kind, s.also) for s in before.steps] == [("rejection-reply", ("feedback-request",))]
    # the feedback request is a paragraph of the reply (rule feedback-in-reply): skipping one skips both
    assert plan(make_interview(), events, at("2026-12-01 17:30"), POLICY, calendar).steps == ()


def test_a_skipped_reconnect_ends_the_plan_until_they_write(calendar) -> None:
    events = [skipped("reconnect", "2027-03-01 10:00", "dana@quixotiq.example")]
    assert plan(make_interview(), events, at("2027-03-02 09:00"), POLICY, calendar).steps == ()
    events.append(happened("reply", "2027-03-05 10:00"))
    assert plan(make_interview(), events, at("2027-03-06 09:00"), POLICY, calendar).steps != ()


# -- the command ---------------------------------------------------------------------------------------------

def ok(result) -> str:
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_skip_records_an_event_the_plan_today_and_calendar_follow_and_undo_takes_back(run: Runner) -> None:
    ok(run("add", "--file", str(EXAMPLE)))
    logged = json.loads(ok(run("skip", "1", "--kind", "thank-you", "--to", "Dana Whitfield", "--json")))
    assert set(logged) == {"event", "plan"}
    assert (logged["event"]["type"], logged["event"]["kind"], logged["event"]["to"]) == ("skipped", "thank-you", DANA)
    assert [s["to"]["email"] for s in logged["plan"]["steps"] if s["kind"] == "thank-you"
            and s["channel"] == "email"] == ["siobhan@quixotiq.example", "talent@quixotiq.example"]
    today = json.loads(ok(run("today", "--json")))
    assert DANA not in [s["to"]["email"] for s in today["steps"] if s["to"]]
    assert DANA in ok(run("show", "1"))  # the interviewer is still listed; the step is gone from the plan
    assert "skipped thank-you to " + DANA in ok(run("show", "1"))
    ics = run.home / "plans.ics"
    ok(run("export", "--ics", str(ics)))
    assert "thank-you-1-email-dana" not in ics.read_text()
    assert "Removed [1]" in ok(run("undo", "1"))
    today = json.loads(ok(run("today", "--json")))
    assert DANA in [s["to"]["email"] for s in today["steps"] if s["to"]]


def test_skip_without_a_kind_lets_the_most_urgent_step_go(run: Runner) -> None:
    ok(run("add", "--company", "Acme", "--role", "Analyst", "--when", "2026-11-19T10:00",
           "--interviewer", "Ann Lee <ann@acme.example>"))
    text = ok(run("skip", "1"))
    assert "skipped thank-you to ann@acme.example" in text and "Next: status-inquiry" in text


@pytest.mark.parametrize(("args", "message"), [
    (("--kind", "bogus"), "kind: expected one of thank-you, late-thank-you"),
    (("--kind", "reconnect"), "kind: expected a kind of step open now in the plan of interview 1 (thank-you)"),
    (("--to", "nobody@x.example"), "to: expected the email or name of a recipient of a step open now"),
    ((), "to: expected which recipient's thank-you to skip: one of " + DANA),
])
def test_bad_skips_are_one_line_exit_2_and_write_nothing(run: Runner, args: tuple[str, ...], message: str) -> None:
    ok(run("add", "--file", str(EXAMPLE)))
    result = run("skip", "1", *args)
    assert (result.returncode, "Traceback" in result.stderr) == (2, False)
    assert message in result.stderr and result.stderr.count("\n") == 1, result.stderr
    assert json.loads(ok(run("show", "1", "--json")))["events"] == []


def test_a_step_not_open_yet_cannot_be_skipped_and_log_does_not_take_skipped(run: Runner) -> None:
    ok(run("add", "--file", str(EXAMPLE)))
    result = run("skip", "1", "--kind", "status-inquiry")
    assert result.returncode == 2 and "kind: expected a kind of step open now" in result.stderr
    result = run("log", "1", "skipped")
    assert result.returncode == 2 and "event: expected one of sent, reply, rejected, offer, withdrawn, timeline," \
        in result.stderr
    assert json.loads(ok(run("show", "1", "--json")))["events"] == []


# -- the web's Skip button -----------------------------------------------------------------------------------

def acme_in_the_app(service):
    """One interview (Acme, Ann Lee, thanked by nobody yet) and a client of the web app on it."""
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        from fastapi.testclient import TestClient
    from followup.web import create_app

    service.add({"company": "Acme", "role": "Analyst", "when": "2026-11-19T10:00",
                 "interviewers": [{"name": "Ann Lee", "email": "ann@acme.example"}]})
    app = create_app(service, lambda: service.now)
    return app, TestClient(app, base_url="http://127.0.0.1:8000")


def test_the_skip_route_checks_its_token_and_its_input_and_writes_nothing_when_refused(service) -> None:
    app, client = acme_in_the_app(service)
    with client:
        page = client.get("/interviews/1").text
        assert 'action="/interviews/1/skip"' in page and 'name="csrf_token"' in page
        assert client.post("/interviews/1/skip", data={"kind": "thank-you"}).status_code == 403
        client.headers["X-CSRF-Token"] = app.state.csrf
        refused = client.post("/interviews/1/skip", data={"kind": "reconnect"})
        assert refused.status_code == 400 and "kind: expected a kind of step open now" in refused.text
        assert service.show(1).events == ()
        done = client.post("/interviews/1/skip", data={"kind": "thank-you", "to": "ann@acme.example"},
                           follow_redirects=False)
        assert done.status_code == 303 and done.headers["location"] == "/interviews/1"
    assert [(e.type, e.kind, e.to) for e in service.show(1).events] == [("skipped", "thank-you", "ann@acme.example")]


@pytest.mark.postgres
def test_skip_and_undo_on_postgres(pg_url: str) -> None:
    from followup.adapters.config import Profile, Settings
    from followup.store import open_store
    from followup.usecases.service import Service

    store = open_store(pg_url)
    try:
        service = Service(Settings(Profile(timezone="America/New_York"), POLICY), store, at("2026-11-20 09:00"))
        ident = service.add({"company": "Acme", "role": "Analyst", "when": "2026-11-19T10:00",
                             "interviewers": [{"name": "Ann Lee", "email": "ann@acme.example"}]}).interview.id or 0
        event, view = service.skip(ident)
        assert (event.type, event.kind, event.to) == ("skipped", "thank-you", "ann@acme.example")
        assert "thank-you" not in [s.kind for s in view.plan.steps]
        assert [e.type for e in service.show(ident).events] == ["skipped"]
        service.undo(ident)
        assert "thank-you" in [s.kind for s in service.show(ident).plan.steps]
        service.delete(ident)
    finally:
        store.close()


def test_the_today_page_has_a_skip_button_that_comes_back_to_it(service) -> None:
    app, client = acme_in_the_app(service)
    with client:
        page = client.get("/").text
        assert 'action="/interviews/1/skip"' in page and 'name="back" value="today"' in page
        assert 'aria-label="Skip thank-you to Ann Lee"' in page
        client.headers["X-CSRF-Token"] = app.state.csrf
        done = client.post("/interviews/1/skip", data={"kind": "thank-you", "to": "ann@acme.example",
                                                       "back": "today"}, follow_redirects=False)
        assert done.status_code == 303 and done.headers["location"] == "/"
        assert "Ann Lee" not in client.get("/").text  # the cached agenda is worked out again
        assert client.post("/interviews/1/undo").status_code in (200, 303)
        assert "Skip thank-you to Ann Lee" in client.get("/").text
