"""The web app through the ASGI test client: every route, the form's errors, and the security rules. The HTML
is parsed, not matched as strings."""

from __future__ import annotations

import json
import re
import warnings
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from conftest import Runner, at
from followup.usecases.service import Service

with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)
    from fastapi.testclient import TestClient

from followup.web import create_app  # noqa: E402

NOW = at("2026-11-19 17:00")
INTERVIEW = {"company": "Quixotiq", "role": "Data Engineer", "when": "2026-11-19T14:00", "topics": "streaming",
             "goals": "cut dashboard latency from hours to minutes",
             "interviewers-0-name": "Dana Whitfield", "interviewers-0-title": "Ms.",
             "interviewers-0-email": "dana@quixotiq.example", "interviewers-0-topics": "the move to Dagster"}


@pytest.fixture
def client(service: Service, tmp_path: Path) -> Iterator[TestClient]:
    (tmp_path / "config.toml").write_text('# mine\n[profile]\nname = "Alex Rivera"\ntimezone = "America/New_York"\n')
    service.settings = replace(service.settings, path=tmp_path / "config.toml")
    app = create_app(service.at(NOW), lambda: NOW)
    with TestClient(app, base_url="http://127.0.0.1:8000") as test_client:
        test_client.headers["X-CSRF-Token"] = app.state.csrf
        yield test_client


def soup(response: object) -> BeautifulSoup:
    return BeautifulSoup(response.text, "html.parser")  # type: ignore[attr-defined]


def add(client: TestClient, **changes: str) -> int:
    response = client.post("/interviews", data={**INTERVIEW, **changes}, follow_redirects=False)
    assert response.status_code == 303, response.text
    return int(response.headers["location"].rsplit("/", 1)[1])


def test_today_lists_the_due_thank_you_with_a_draft_button(client: TestClient) -> None:
    assert "Nothing to send right now." in soup(client.get("/")).get_text()
    add(client)
    page = soup(client.get("/"))
    card = page.select_one(".cards li")
    assert card is not None and "thank-you" in card.get_text() and "Dana Whitfield" in card.get_text()
    assert card.select_one("form button").get_text() == "Draft it"
    client.post("/interviews/1/events", data={"event": "withdrawn"})  # the agenda is not kept past a change
    assert "Nothing to send right now." in soup(client.get("/")).get_text()


def test_today_shows_the_most_urgent_and_says_how_many_more(client: TestClient) -> None:
    for n in range(21):  # two thank-yous each: 42 due
        add(client, company=f"Company {n}", **{"interviewers-1-name": "Sam Lee", "interviewers-1-email": "s@x.example"})
    page = soup(client.get("/"))
    assert len(page.select(".cards li")) == 40
    assert page.select_one(".more").get_text().startswith("And 2 more")


def test_the_list_filters_by_status_and_searches(client: TestClient) -> None:
    add(client)
    add(client, company="Northwind", role="Analyst", **{"interviewers-0-name": "Sam Lee"})
    names = [a.get_text() for a in soup(client.get("/interviews")).select("#rows a")]
    assert names == ["Quixotiq", "Northwind"]
    assert [a.get_text() for a in soup(client.get("/interviews?q=sam")).select("#rows a")] == ["Northwind"]
    assert soup(client.get("/interviews?status=rejected")).select("#rows a") == []
    partial = client.get("/interviews?q=quix", headers={"HX-Request": "true"})
    assert "<html" not in partial.text and [a.get_text() for a in soup(partial).select("a")] == ["Quixotiq"]


def test_a_refused_form_keeps_everything_typed_and_names_the_field(client: TestClient) -> None:
    response = client.post("/interviews", data={**INTERVIEW, "interviewers-0-email": "dana-at-quixotiq"})
    assert response.status_code == 400
    page = soup(response)
    field = page.select_one("#interviewers-0-email")
    assert field is not None and field["aria-invalid"] == "true" and field["value"] == "dana-at-quixotiq"
    error = page.select_one("#interviewers-0-email-error")
    assert error is not None and error.get_text().startswith("interviewers[0].email: expected an email address")
    assert page.select_one("#company")["value"] == "Quixotiq"
    assert page.select_one("#topics").get_text() == "streaming"
    assert client.get("/interviews").text.count("Quixotiq") == 0  # nothing was saved


def test_a_refused_interviewer_is_named_in_the_group_it_was_typed_in(client: TestClient) -> None:
    form = {k: v for k, v in INTERVIEW.items() if not k.startswith("interviewers-")}
    form.update({"interviewers-0-name": "", "interviewers-2-name": "Sam Lee", "interviewers-2-email": "sam-at-acme"})
    page = soup(client.post("/interviews", data=form))
    assert page.select_one("#interviewers-2-email")["aria-invalid"] == "true"
    assert page.select_one("#interviewers-0-email").get("aria-invalid") is None
    bad_concern = soup(client.post("/interviews", data={**INTERVIEW, "concerns": " | an answer without a doubt"}))
    assert bad_concern.select_one("#concerns")["aria-invalid"] == "true"
    assert bad_concern.select_one("#concerns-error").get_text().startswith("concerns[0].concern: expected text")


def test_edit_shows_the_stored_values_and_saves_changes(client: TestClient) -> None:
    ident = add(client, concerns="my limited Kafka experience | I ran a Kafka proof of concept")
    page = soup(client.get(f"/interviews/{ident}/edit"))
    assert page.select_one("#when")["value"] == "2026-11-19T14:00"
    assert page.select_one("#concerns").get_text() == "my limited Kafka experience | I ran a Kafka proof of concept"
    form = {tag["name"]: tag.get("value", "") for tag in page.select("input[name]") if tag.get("type") != "checkbox"}
    form.update({tag["name"]: tag.get_text() for tag in page.select("textarea")})
    form["role"] = "Senior Data Engineer"
    assert client.post(f"/interviews/{ident}/edit", data=form, follow_redirects=False).status_code == 303
    assert "Quixotiq: Senior Data Engineer" in soup(client.get(f"/interviews/{ident}")).h1.get_text()


EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "interview.toml"


def _filled_form(page: BeautifulSoup) -> dict[str, str]:
    """What the browser sends for the form as it is shown: every field, a checkbox only when checked."""
    form = {tag["name"]: tag.get("value", "") for tag in page.select("form.interview-form input[name]")
            if tag.get("type") != "checkbox" or tag.has_attr("checked")}
    form.update({tag["name"]: tag.get_text() for tag in page.select("form.interview-form textarea")})
    return {k: "on" if page.select_one(f"input[type=checkbox][name='{k}']") else v for k, v in form.items()}


def test_the_readme_example_is_edited_and_saved_back_unchanged(client: TestClient, service: Service) -> None:
    import tomllib

    ident = service.add(tomllib.loads(EXAMPLE.read_text())).interview.id
    before = service.editable(ident)
    response = client.get(f"/interviews/{ident}/edit")  # its interviewers have no topics, or no name
    assert response.status_code == 200
    page = soup(response)
    assert page.select_one("#interviewers-2-name")["value"] == ""
    assert page.select_one("#interviewers-2-email")["value"] == "talent@quixotiq.example"
    assert page.select_one("#interviewers-2-topics").get_text() == ""
    saved = client.post(f"/interviews/{ident}/edit", data=_filled_form(page), follow_redirects=False)
    assert saved.status_code == 303, saved.text
    assert service.editable(ident) == before


def test_every_interviewer_and_item_the_command_line_accepts_survives_the_edit_page(
        client: TestClient, service: Service) -> None:
    people = [{"email": f"p{n}@acme.example", "topics": ["pay; and benefits", "hiring"]} for n in range(7)]
    ident = service.add({"company": "Acme", "role": "Analyst", "when": "2026-11-19T14:00", "interviewers": people,
                         "phone_encouraged": True, "concerns": [{"concern": "junior", "answer": "led two"}],
                         "notes": "line one\nline two"}).interview.id
    before = service.editable(ident)
    page = soup(client.get(f"/interviews/{ident}/edit"))
    assert len(page.select("fieldset.person")) == 8  # each of the seven, and one more to add
    assert page.select_one("#phone_encouraged").has_attr("checked")
    assert client.post(f"/interviews/{ident}/edit", data=_filled_form(page), follow_redirects=False).status_code == 303
    assert service.editable(ident) == before
    form = _filled_form(page)
    form.update({"duration_minutes": "", "culture": "", "interviewers-6-email": "", "interviewers-6-topics": ""})
    form.pop("phone_encouraged")
    assert client.post(f"/interviews/{ident}/edit", data=form, follow_redirects=False).status_code == 303
    after = service.editable(ident)  # an empty field is the default again; an emptied interviewer is removed
    assert (after["duration_minutes"], after["culture"], after["phone_encouraged"]) == (60, "formal", False)
    assert after["interviewers"] == before["interviewers"][:6]


def test_the_interview_page_draws_the_plan_and_logs_events(client: TestClient) -> None:
    ident = add(client)
    page = soup(client.get(f"/interviews/{ident}"))
    assert len(page.select("svg .bar")) >= 3 and page.select_one("svg line.today") is not None
    assert [td.get_text().strip() for td in page.select("table.steps tbody tr td:first-child")][0] == "thank-you"
    client.post(f"/interviews/{ident}/events", data={"event": "timeline", "text": "by next Friday"})
    assert "“by next Friday”" in soup(client.get(f"/interviews/{ident}")).select_one(".events").get_text()
    client.post(f"/interviews/{ident}/undo")
    assert soup(client.get(f"/interviews/{ident}")).select_one(".events") is None
    bad = client.post(f"/interviews/{ident}/events", data={"event": "timeline"})
    assert bad.status_code == 400 and "text: expected the employer's words" in soup(bad).get_text()


def test_a_likely_duplicate_asks_before_it_is_added(client: TestClient) -> None:
    add(client)
    again = client.post("/interviews", data={**INTERVIEW, "company": " quixotiq "}, follow_redirects=False)
    page = soup(again)
    assert again.status_code == 400
    assert "#1 (Quixotiq, Data Engineer, Thu 19 Nov 14:00) has the same company, role and time" in \
        page.select_one("#when-error").get_text()
    assert page.select_one("input#force[type=checkbox]") is not None
    assert page.select_one("input#company")["value"] == " quixotiq "  # nothing typed is lost
    assert add(client, force="on") == 2
    assert len(soup(client.get("/interviews")).select("tbody tr")) == 2


def test_the_history_shows_each_messages_channel(client: TestClient) -> None:
    ident = add(client)
    client.post(f"/interviews/{ident}/events", data={"event": "sent", "kind": "thank-you", "channel": "handwritten"})
    client.post(f"/interviews/{ident}/events", data={"event": "sent", "kind": "status-inquiry", "channel": "phone"})
    history = [li.get_text() for li in soup(client.get(f"/interviews/{ident}")).select(".events li")]
    assert [" ".join(h.split(": ", 1)[1].split(" to ")[0].split()) for h in history] == [
        "sent thank-you as a handwritten card", "sent status-inquiry by phone"]


def test_dates_read_one_way_per_purpose(client: TestClient) -> None:
    ident = add(client)
    page = soup(client.get(f"/interviews/{ident}"))
    assert page.select_one(".meta").get_text().startswith("Thu 19 Nov 14:00 (America/New_York)")  # a moment
    assert page.select_one("svg text.axis").get_text() == "19 Nov"  # an axis
    due = page.select_one("table.steps tbody tr td:nth-of-type(3)").get_text()
    assert re.fullmatch(r"(Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{1,2} [A-Z][a-z]{2} \d{2}:\d{2}", due), due
    assert re.search(r"thank-you: \w{3} \d{1,2} \w{3} \d{2}:\d{2} to ", page.select_one("svg .bar title").get_text())
    assert soup(client.get("/interviews")).select("#rows td")[3].get_text() == "Thu 19 Nov 2026"  # a date
    card = soup(client.get("/")).select_one(".cards li").get_text()
    assert re.search(r"; due \w{3} \d{1,2} \w{3} \d{2}:\d{2}\.", card)


def test_drafting_checking_fixing_saving_and_sending(client: TestClient) -> None:
    ident = add(client)
    made = client.post(f"/interviews/{ident}/drafts", data={"kind": "thank-you"}, follow_redirects=False)
    editor_url = made.headers["location"]
    page = soup(client.get(editor_url))
    body = page.select_one("#body").get_text()
    assert body.startswith("Dear Ms. Whitfield,") and page.select_one(".clean") is not None
    draft_id = editor_url.rsplit("/", 1)[1]
    typo = body.replace("conversation", "conversaton", 1)
    assert typo != body
    subject = page.select_one("#subject")["value"]
    checked = soup(client.post(f"/drafts/{draft_id}/check", data={"subject": subject, "body": typo}))
    mark = checked.select_one("mark.error")
    assert mark is not None and mark.get_text() == "conversaton"
    fix = checked.select_one(".findings button")
    assert fix is not None and "conversation" in fix.get_text()
    values = json.loads(fix["hx-vals"])
    fixed = soup(client.post(f"/drafts/{draft_id}/fix", data={"subject": subject, "body": typo, **values}))
    assert fixed.select_one("#body").get_text() == body and fixed.select_one(".clean") is not None
    saved = soup(client.post(f"/drafts/{draft_id}", data={"subject": subject, "body": body + "P.S. Thanks again.\n"}))
    assert saved.select_one(".saved") is not None
    assert soup(client.get(editor_url)).select_one("#body").get_text().endswith("P.S. Thanks again.\n")
    eml = client.get(f"/drafts/{draft_id}.eml")
    assert eml.headers["content-type"] == "message/rfc822"
    assert b"To: Dana Whitfield <dana@quixotiq.example>" in eml.content
    client.post(f"/drafts/{draft_id}/sent")
    steps = [td.get_text().strip() for td in soup(client.get(f"/interviews/{ident}")).select(
        "table.steps tbody tr td:first-child")]
    assert "thank-you" not in steps and steps[0] == "status-inquiry"


def test_settings_show_the_profile_and_the_rules(client: TestClient) -> None:
    page = soup(client.get("/settings"))
    assert page.select_one("#profile\\.name")["value"] == "Alex Rivera"
    assert page.find("code", string="placeholder") is not None
    assert page.select_one("#policy\\.max_inquiries")["value"] == "2"


def _settings_form(client: TestClient) -> dict[str, str]:
    page = soup(client.get("/settings"))
    form = {tag["name"]: tag.get("value", "") for tag in page.select("input[name]")}
    form.update({tag["name"]: "" for tag in page.select("select[name]")})
    return form


def test_settings_are_saved_to_the_config_file_and_used_at_once(client: TestClient, tmp_path: Path) -> None:
    import tomllib

    form = _settings_form(client)
    form.update({"profile.name": "Alex J. Rivera", "policy.max_inquiries": "1", "checks.severity.tone": "error"})
    page = soup(client.post("/settings", data=form))
    assert page.select_one(".saved") is not None
    saved = tomllib.loads((tmp_path / "config.toml").read_text())
    assert saved["profile"]["name"] == "Alex J. Rivera" and saved["policy"] == {"max_inquiries": 1}
    assert saved["checks"] == {"severity": {"tone": "error"}}
    ident = add(client)
    made = client.post(f"/interviews/{ident}/drafts", data={"kind": "thank-you"}, follow_redirects=False)
    assert soup(client.get(made.headers["location"])).select_one("#body").get_text().endswith("Alex J. Rivera\n")


def test_refused_settings_leave_the_file_alone_and_say_which_field(client: TestClient, tmp_path: Path) -> None:
    before = (tmp_path / "config.toml").read_text()
    form = _settings_form(client)
    form.update({"profile.timezone": "Mars/Olympus", "policy.workday_start": "25:00"})
    response = client.post("/settings", data=form)
    assert response.status_code == 400
    page = soup(response)
    assert page.select_one("#profile\\.timezone")["value"] == "Mars/Olympus"
    assert page.select_one("#profile\\.timezone")["aria-invalid"] == "true"
    assert "policy.workday_start" in page.select_one(".banner").get_text()
    assert (tmp_path / "config.toml").read_text() == before
    assert not list(tmp_path.glob("*.partial"))


def test_a_name_with_markup_is_shown_as_text(client: TestClient) -> None:
    ident = add(client, **{"interviewers-0-name": "<script>alert(1)</script>"})
    for url in (f"/interviews/{ident}", "/"):
        response = client.get(url)
        assert "<script>alert(1)</script>" not in response.text
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in response.text


def test_a_change_without_the_token_is_refused(client: TestClient) -> None:
    del client.headers["X-CSRF-Token"]
    assert client.post("/interviews", data=INTERVIEW).status_code == 403
    assert client.post("/interviews", data={**INTERVIEW, "csrf_token": "guess"}).status_code == 403
    assert client.get("/interviews").text.count("Quixotiq") == 0


def test_a_request_from_another_origin_is_refused(client: TestClient) -> None:
    response = client.post("/interviews", data=INTERVIEW, headers={"Origin": "http://evil.example"})
    assert response.status_code == 403


def test_another_host_name_is_refused(service: Service) -> None:
    app = create_app(service.at(NOW), lambda: NOW)
    rebound = TestClient(app, base_url="http://attacker.example")
    assert rebound.get("/").status_code == 400


def test_unknown_ids_get_a_404_page(client: TestClient) -> None:
    for url in ("/interviews/99", "/drafts/99", "/interviews/99/edit"):
        response = client.get(url)
        assert response.status_code == 404 and "expected the id of a stored" in soup(response).get_text()


def test_htmx_is_served_from_the_package_with_its_licence(client: TestClient) -> None:
    script = client.get("/static/htmx.min.js")
    assert script.status_code == 200 and "htmx" in script.text[:2000]
    assert "Zero-Clause BSD" in client.get("/static/htmx-LICENSE.txt").text
    assert re.search(r'<script src="/static/htmx.min.js"', client.get("/").text)


def test_send_and_test_connection_from_the_app(service: Service, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    import mailserver
    from followup.adapters.config import load_settings

    server = mailserver.start(tmp_path)
    try:
        config = tmp_path / "config.toml"
        config.write_text('[profile]\nname = "Alex Rivera"\nemail = "alex@example.test"\n'
                          'timezone = "America/New_York"\n' + server.config())
        settings = load_settings(config, "America/New_York", required=True)
        app = create_app(Service(settings, service.store, NOW), lambda: NOW)
        with TestClient(app, base_url="http://127.0.0.1:8000") as client:
            client.headers["X-CSRF-Token"] = app.state.csrf
            client.headers["Origin"] = "http://127.0.0.1:8000"
            monkeypatch.setenv("FOLLOWUP_TEST_PASSWORD", mailserver.PASSWORD)
            tested = soup(client.post("/settings/test"))
            assert "works; logged in as candidate@example.test" in tested.select_one("[role=status]").get_text()
            ident = add(client)
            made = client.post(f"/interviews/{ident}/drafts", data={"kind": "thank-you"}, follow_redirects=False)
            draft_url = made.headers["location"]
            sent = soup(client.post(draft_url + "/send"))
            assert [p.get_text() for p in sent.select("p.saved[role=status]")] == ["sent: to dana@quixotiq.example"]
            assert [m["To"].addresses[0].addr_spec for m in server.handler.received] == ["dana@quixotiq.example"]
            again = client.post(draft_url + "/send")  # a second click, after the first went out
            assert again.status_code == 200, again.text[-3000:]
            assert [p.get_text() for p in soup(again).select("p.saved[role=status]")] == [
                "already sent (by another run): to dana@quixotiq.example"]
            assert len(server.handler.received) == 1
            monkeypatch.setenv("FOLLOWUP_TEST_PASSWORD", "wrong")
            failed = soup(client.post("/settings/test"))
            assert "smtp: login: candidate@example.test was refused" in failed.select_one("[role=status]").get_text()
    finally:
        server.stop()


# -- serving other computers: a login, the user's host names, a limit on failed attempts ----------------------

class Ticks:
    """A stand-in for time.monotonic that the test moves on."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def remote(service: Service, login: object, host: str = "laptop.example") -> TestClient:
    app = create_app(service.at(NOW), lambda: NOW, ("laptop.example",), login)  # type: ignore[arg-type]
    client = TestClient(app, base_url=f"http://{host}:8000")
    client.headers["X-CSRF-Token"] = app.state.csrf
    return client


def test_serving_other_computers_asks_for_the_token_before_every_page(service: Service) -> None:
    from followup.web.security import COOKIE, Login

    login = Login()
    client = remote(service, login)
    for url in ("/", "/interviews", "/settings", "/interviews/1", "/drafts/1"):
        response = client.get(url, follow_redirects=False)
        assert response.status_code == 303 and response.headers["location"].startswith("/login?next=")
    assert client.post("/interviews", data=INTERVIEW).status_code == 401
    assert client.get("/", headers={"HX-Request": "true"}).status_code == 401
    page = client.get("/login")
    assert page.status_code == 200 and app_token_absent(page.text, client)
    assert "Alex Rivera" not in client.get("/settings").text  # the login page, not the profile
    done = client.post("/login", data={"token": login.token, "next": "/interviews"}, follow_redirects=False)
    assert done.status_code == 303 and done.headers["location"] == "/interviews"
    cookie = done.headers["set-cookie"]
    assert f"{COOKIE}=" in cookie and "HttpOnly" in cookie and "SameSite=strict" in cookie
    assert "Secure" not in cookie  # plain http: a Secure cookie would never come back
    assert client.get("/settings").status_code == 200 and "Alex Rivera" in client.get("/settings").text
    ident = add(client)
    assert client.get(f"/interviews/{ident}").status_code == 200


def test_the_token_logs_in_one_browser_once_and_the_link_works_too(service: Service) -> None:
    from followup.web.security import Login

    login = Login()
    first = remote(service, login)
    linked = first.get(f"/interviews?token={login.token}", follow_redirects=False)
    assert linked.status_code == 303 and linked.headers["location"] == "/interviews"  # the token leaves the URL
    assert first.get("/interviews", follow_redirects=False).status_code == 200
    second = remote(service, login)
    again = second.post("/login", data={"token": login.token})
    assert again.status_code == 401 and "each token logs in one browser" in again.text
    assert second.get("/", follow_redirects=False).status_code == 303
    forged = remote(service, login)
    forged.cookies.set("followup_session", "made-up")
    assert forged.get("/", follow_redirects=False).status_code == 303


def test_after_five_wrong_tokens_even_the_right_one_waits(service: Service) -> None:
    from followup.web.security import FAILURE_WINDOW, Login

    ticks = Ticks()
    login = Login(clock=ticks)
    client = remote(service, login)
    for attempt in range(5):
        assert client.post("/login", data={"token": f"guess-{attempt}"}).status_code == 401
    locked = client.post("/login", data={"token": login.token})
    assert locked.status_code == 429 and locked.headers["retry-after"] == str(FAILURE_WINDOW)
    assert client.get(f"/?token={login.token}").status_code == 429
    ticks.now += FAILURE_WINDOW + 1
    assert client.post("/login", data={"token": login.token}, follow_redirects=False).status_code == 303


def test_sessions_end(service: Service) -> None:
    from followup.web.security import SESSION_SECONDS, Login

    ticks = Ticks()
    login = Login(clock=ticks)
    client = remote(service, login)
    client.post("/login", data={"token": login.token})
    assert client.get("/", follow_redirects=False).status_code == 200
    ticks.now += SESSION_SECONDS + 1
    assert client.get("/", follow_redirects=False).status_code == 303


def test_a_rebound_name_is_refused_even_with_a_session(service: Service) -> None:
    from followup.web.security import Login

    login = Login()
    client = remote(service, login)
    client.post("/login", data={"token": login.token})
    session = client.cookies.get("followup_session")
    rebound = remote(service, login, host="attacker.example")
    rebound.cookies.set("followup_session", session or "")
    assert rebound.get("/").status_code == 400
    assert rebound.post("/interviews", data=INTERVIEW).status_code == 400
    assert rebound.get(f"/?token={login.token}").status_code == 400


def test_logging_in_goes_only_to_pages_of_this_site(service: Service) -> None:
    from followup.web.security import Login

    for after in ("//evil.example/", "https://evil.example/", "/\\evil.example", "javascript:alert(1)"):
        login = Login()
        done = remote(service, login).post("/login", data={"token": login.token, "next": after},
                                           follow_redirects=False)
        assert done.headers["location"] == "/"
    login = Login()
    foreign = remote(service, login).post("/login", data={"token": login.token},
                                          headers={"Origin": "http://evil.example"})
    assert foreign.status_code == 403 and not login.used


def test_loopback_serving_needs_no_login(client: TestClient) -> None:
    assert client.get("/", follow_redirects=False).status_code == 200
    assert client.get("/login").status_code == 404


def app_token_absent(page: str, client: TestClient) -> bool:
    """The login page does not carry the CSRF token of the pages behind it."""
    return str(client.headers["X-CSRF-Token"]) not in page


@pytest.mark.parametrize(("args", "field"), [
    (("--host", "0.0.0.0"), "host: expected a loopback address"),
    (("--host-allow", "laptop.example"), "host-allow: expected --allow-remote with it"),
    (("--allow-remote", "--host", "0.0.0.0"), "host-allow: expected the name or address"),
    (("--allow-remote", "--host-allow", "*"), "host-allow: expected a host name"),
    (("--allow-remote", "--host-allow", "laptop.example:8000"), "host-allow: expected a host name"),
    (("--allow-remote", "--host-allow", "evil.example\r\nX: 1"), "host-allow: expected a host name"),
    (("--allow-remote", "--host-allow", "laptop.example", "--tls-cert", "/nonexistent"), "tls-cert: expected"),
])
def test_serve_refuses_what_would_serve_without_a_guard(run: Runner, args: tuple[str, ...], field: str) -> None:
    result = run("serve", "--port", "1", *args)
    assert result.returncode == 2 and result.stderr.startswith("error: " + field), result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


# Requests an attacker without the token can make (a page in the user's browser after DNS rebinding, or anyone
# on the network): (method, path, Host, extra headers, form) -> the only answers allowed.
ATTACKS = [
    ("GET", "/", "laptop.example", {}, None, {303}),
    ("GET", "/settings", "laptop.example", {}, None, {303}),
    ("GET", "/interviews?q=a", "laptop.example", {}, None, {303}),
    ("GET", "/interviews/1/edit", "laptop.example", {}, None, {303}),
    ("GET", "/interviews/1.ics", "laptop.example", {}, None, {303}),
    ("HEAD", "/settings", "laptop.example", {}, None, {401}),
    ("OPTIONS", "/settings", "laptop.example", {}, None, {401}),
    ("GET", "/settings", "laptop.example", {"HX-Request": "true"}, None, {401}),
    ("POST", "/interviews", "laptop.example", {}, INTERVIEW, {401}),
    ("POST", "/settings", "laptop.example", {}, {"name": "Mallory"}, {401}),
    ("POST", "/drafts/1/send", "laptop.example", {}, {}, {401}),
    ("POST", "/interviews?token=x", "laptop.example", {}, INTERVIEW, {401}),
    ("GET", "/settings", "laptop.example", {"Cookie": "followup_session="}, None, {303}),
    ("GET", "/settings", "laptop.example", {"Cookie": "followup_session=" + "A" * 43}, None, {303}),
    ("GET", "/settings", "laptop.example", {"Cookie": "followup_session=../../etc/passwd"}, None, {303}),
    ("GET", "/settings", "laptop.example", {"X-Forwarded-For": "127.0.0.1"}, None, {303}),
    ("GET", "/settings", "laptop.example", {"X-Forwarded-Host": "127.0.0.1"}, None, {303}),
    ("GET", "/static/../settings", "laptop.example", {}, None, {303, 404}),
    ("GET", "/static/%2e%2e/settings", "laptop.example", {}, None, {303, 404}),
    ("GET", "/login/../settings", "laptop.example", {}, None, {303}),
    ("GET", "/settings", "attacker.example", {}, None, {400}),
    ("GET", "/settings", "laptop.example.attacker.example", {}, None, {400}),
    ("GET", "/settings", "attacker.example", {"X-Forwarded-Host": "laptop.example"}, None, {400}),
    ("POST", "/interviews", "attacker.example", {}, INTERVIEW, {400}),
    ("POST", "/login", "attacker.example", {}, {"token": "guess"}, {400}),
    ("POST", "/login", "laptop.example", {"Origin": "http://attacker.example"}, {"token": "guess"}, {403}),
    ("GET", "/settings", "", {}, None, {400}),
]


def test_without_the_token_nothing_is_read_or_changed(service: Service) -> None:
    from followup.web.security import Login

    app = create_app(service.at(NOW), lambda: NOW, ("laptop.example",), Login())
    owner_id = add_as_owner(app)
    held = []
    for method, path, host, headers, form, allowed in ATTACKS:
        client = TestClient(app, base_url="http://laptop.example:8000")
        response = client.request(method, path.replace("/1", f"/{owner_id}"), data=form,
                                  headers={"Host": host, "X-CSRF-Token": app.state.csrf, **headers},
                                  follow_redirects=False)
        held.append(response.status_code in allowed and "set-cookie" not in response.headers
                    and "Quixotiq" not in response.text and "Alex Rivera" not in response.text
                    and [v.interview.company for v in service.list_interviews()] == ["Quixotiq"]
                    and service.settings.profile.name == "Alex Rivera")
    assert [attack[:3] for attack, ok in zip(ATTACKS, held, strict=True) if not ok] == []
    assert len(held) == 27


def add_as_owner(app: object) -> int:
    """An interview added by the logged-in owner: what an attacker would want to read."""
    login = app.state.login  # type: ignore[attr-defined]
    owner = TestClient(app, base_url="http://laptop.example:8000")  # type: ignore[arg-type]
    owner.post("/login", data={"token": login.token})
    owner.headers["X-CSRF-Token"] = app.state.csrf  # type: ignore[attr-defined]
    return add(owner)


def test_the_draft_page_says_what_the_draft_left_out(client: TestClient) -> None:
    ident = add(client, topics="", concerns="my limited Kafka experience\nno SQL Server | I ran SQL Server for years",
                **{"interviewers-1-name": "Bo Chen", "interviewers-1-email": "bo@quixotiq.example"})
    made = client.post(f"/interviews/{ident}/drafts", data={"kind": "thank-you"}, follow_redirects=False)
    first = soup(client.get(made.headers["location"]))
    notes = [li.get_text(" ", strip=True) for li in first.select(".gaps li")]
    assert any("“my limited Kafka experience”" in n for n in notes) and not any("SQL Server" in n for n in notes)
    assert first.select_one(f'.gaps a[href="/interviews/{ident}/edit"]') is not None
    draft_id = int(made.headers["location"].rsplit("/", 1)[1])
    pages = [soup(client.get(f"/drafts/{n}")) for n in (draft_id, draft_id + 1)]
    says_less = [[li.get_text(" ", strip=True) for li in p.select(".gaps li") if "says less" in li.get_text()]
                 for p in pages]
    assert sorted(len(s) for s in says_less) == [0, 1] and "Bo Chen" in sum(says_less, [])[0]


def test_a_forged_interviewer_number_does_not_grow_the_form(client: TestClient) -> None:
    form = {**INTERVIEW, "interviewers-500-email": "not-an-address"}
    response = client.post("/interviews", data={**form, "interviewers-0-email": "dana-at-quixotiq"})
    assert response.status_code == 400
    assert len(soup(response).select("input[id$='-email']")) < 10


def test_wrong_tokens_from_many_addresses_lock_everyone_out_for_a_while_only(service: Service) -> None:
    from followup.web.security import FAILURE_WINDOW, FAILURES_IN_ALL, Login

    ticks = Ticks()
    login = Login(clock=ticks)
    for n in range(FAILURES_IN_ALL):
        assert login.exchange(f"guess-{n}", f"10.0.0.{n}") is None
    assert login.locked("192.0.2.1")  # an address that never failed waits too: the guesses came from everywhere
    ticks.now += FAILURE_WINDOW + 1
    assert not login.locked("192.0.2.1")
    assert login.exchange(login.token, "192.0.2.1") is not None


def test_an_old_draft_is_judged_against_the_moment_it_was_written_for(service: Service) -> None:
    # two inquiries drafted and sent in their time; months on, opening them is not "inquiry 3"
    ident = service.add({"company": "Quixotiq", "role": "Data Engineer", "when": "2026-11-19T14:00",
                         "interviewers": [{"name": "Dana Whitfield", "email": "dana@quixotiq.example"}]}).interview.id
    assert ident is not None
    service.at(at("2026-11-20 09:00")).log(ident, "sent", kind="thank-you")
    drafts = []
    for day in ("2027-01-04 10:00", "2027-01-12 10:00"):
        drafts += service.at(at(day)).draft(ident, "status-inquiry")
        service.at(at(day)).log(ident, "sent", kind="status-inquiry")
    later = service.at(at("2027-02-01 10:00"))
    assert [d.attempt for d in drafts] == [1, 2]
    for draft in drafts:
        _, findings = later.check_draft(draft.id or 0)
        assert not [f for f in findings if f.rule == "timing"], [f.message for f in findings]
    app = create_app(later, lambda: at("2027-02-01 10:00"))
    with TestClient(app, base_url="http://127.0.0.1:8000") as client:
        page = client.get(f"/drafts/{drafts[1].id}").text
    assert "would be inquiry" not in page
    # a new message checked today is still judged against today: a third inquiry is one too many
    text = drafts[1].text
    assert any("this would be inquiry 3" in f.message
               for f in later.check_text(text, ident, "status-inquiry", "dana@quixotiq.example"))


def test_saving_a_panel_that_mixes_titles_says_who_has_none(client: TestClient) -> None:
    ident = add(client, **{"interviewers-1-name": "Bo Chen", "interviewers-1-email": "bo@quixotiq.example"})
    notice = soup(client.get(f"/interviews/{ident}")).select_one("p.untitled")
    assert notice is not None and "No title for Bo Chen, while others on the panel have one" in notice.get_text()
    assert notice.select_one("a")["href"] == f"/interviews/{ident}/edit"
    client.post(f"/interviews/{ident}/edit", data={**INTERVIEW, "interviewers-1-name": "Bo Chen",
                                                    "interviewers-1-email": "bo@quixotiq.example",
                                                    "interviewers-1-title": "Mr."})
    assert soup(client.get(f"/interviews/{ident}")).select_one("p.untitled") is None
    assert soup(client.get(f"/interviews/{add(client, force='on')}")).select_one("p.untitled") is None


def test_the_interview_page_names_the_concerns_without_an_answer(client: TestClient) -> None:
    ident = add(client, concerns="my limited Kafka experience\nno SQL Server | I ran SQL Server for years\n"
                                 "a short notice period")
    notice = soup(client.get(f"/interviews/{ident}")).select_one("p.unanswered")
    assert notice is not None and notice.get_text().startswith(
        "No answer yet to “my limited Kafka experience”, “a short notice period”, so the notes leave them out")
    assert "SQL Server" not in notice.get_text() and notice.select_one("a")["href"] == f"/interviews/{ident}/edit"
    client.post(f"/interviews/{ident}/edit", data={**INTERVIEW, "concerns": "my limited Kafka experience | I ran a "
                                                   "Kafka pilot\nno SQL Server | I ran SQL Server for years"})
    assert soup(client.get(f"/interviews/{ident}")).select_one("p.unanswered") is None
    assert soup(client.get(f"/interviews/{add(client, force='on')}")).select_one("p.unanswered") is None


def test_the_page_after_a_pasted_reply_keeps_what_the_notes_lack(client: TestClient) -> None:
    ident = add(client, concerns="my limited Kafka experience")
    page = soup(client.post(f"/interviews/{ident}/reply", data={"message": "Thanks, we will be in touch soon."}))
    assert page.select_one("p.unanswered") is not None  # the same page as a visit shows, with the reading
