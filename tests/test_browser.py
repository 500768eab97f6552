"""The main journey in a real browser (Playwright driving Debian's chromium) against `followup serve` started
through its real entry point: add an interview, see the plan, open the thank-you draft, fix a flagged word,
mark it sent, see the plan move on; the form's bad-input path; and editing interviews the command line added."""

from __future__ import annotations

import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

import mailserver
from conftest import Runner

CHROMIUM = os.environ.get("CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"  # .ci/setup.sh installs it


def _wait_for(process: subprocess.Popen[bytes], port: int) -> None:
    """Until `followup serve` answers on `port` (at most 30 s); a server that stops fails the test."""
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return
        except OSError:
            if process.poll() is not None:
                pytest.fail(f"followup serve stopped: {process.stderr.read().decode() if process.stderr else ''}")
            time.sleep(0.1)


@pytest.fixture
def server(run: Runner) -> Iterator[str]:
    port = mailserver.free_port()
    script = Path(sys.executable).with_name("followup")
    process = subprocess.Popen([str(script), "serve", "--port", str(port)], env=run.env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _wait_for(process, port)
    yield f"http://127.0.0.1:{port}"
    process.terminate()
    process.wait(timeout=10)


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        # followup.test and attacker.test are found at 127.0.0.1: what a DNS rebinding attack makes of a name
        launched = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=[
            "--host-resolver-rules=MAP followup.test 127.0.0.1, MAP attacker.test 127.0.0.1"])
        yield launched
        launched.close()


def _fill_interview(page: object, email: str) -> None:
    page.get_by_label("Company").fill("Quixotiq")  # type: ignore[attr-defined]
    page.get_by_label("Role").fill("Data Engineer")  # type: ignore[attr-defined]
    page.get_by_label("Started at").fill("2026-11-19T14:00")  # type: ignore[attr-defined]
    page.get_by_label("Topics you discussed").fill("streaming ingestion")  # type: ignore[attr-defined]
    person = page.locator("fieldset.person").first  # type: ignore[attr-defined]
    person.get_by_label("Name").fill("Dana Whitfield")
    person.get_by_label("Title").fill("Ms.")
    person.get_by_label("Email").fill(email)


def test_the_main_journey(browser: object, server: str, tmp_path: Path) -> None:
    from playwright.sync_api import expect

    page = browser.new_page()  # type: ignore[attr-defined]
    page.goto(server + "/interviews/new")
    _fill_interview(page, "dana@quixotiq.example")
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Quixotiq: Data Engineer")
    expect(page.locator("table.steps tbody tr").first).to_contain_text("thank-you")

    page.locator("table.steps tbody tr").first.get_by_role("button", name="Draft").click()
    body = page.locator("#body")
    expect(body).to_have_value(re.compile(r"^Dear Ms\. Whitfield,"))
    expect(page.locator(".clean")).to_be_visible()

    text = body.input_value()
    assert " the " in text
    body.fill(text.replace(" the ", " teh ", 1))  # the check runs as you type
    expect(page.locator("mark.error")).to_have_text("teh")
    page.get_by_role("button", name="Fix: use “the”").click()
    expect(page.locator(".clean")).to_be_visible()
    expect(body).to_have_value(text)
    page.get_by_role("button", name="Save").click()
    expect(page.locator(".saved")).to_be_visible()

    page.get_by_role("button", name="Mark as sent").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Quixotiq: Data Engineer")
    expect(page.locator(".events")).to_contain_text("sent thank-you by email to dana@quixotiq.example")
    expect(page.locator("table.steps tbody tr").first).to_contain_text("status-inquiry")
    page.screenshot(path=tmp_path / "journey.png", full_page=True)
    assert (tmp_path / "journey.png").stat().st_size > 10_000


def test_the_form_keeps_what_was_typed_when_it_is_refused(browser: object, server: str) -> None:
    from playwright.sync_api import expect

    page = browser.new_page()  # type: ignore[attr-defined]
    page.goto(server + "/interviews/new")
    _fill_interview(page, "dana-at-quixotiq")
    page.get_by_role("button", name="Save").click()
    expect(page.locator("#interviewers-0-email-error")).to_contain_text("expected an email address")
    expect(page.locator("#interviewers-0-email")).to_have_value("dana-at-quixotiq")
    expect(page.get_by_label("Company")).to_have_value("Quixotiq")
    expect(page.get_by_label("Topics you discussed")).to_have_value("streaming ingestion")
    page.locator("#interviewers-0-email").fill("dana@quixotiq.example")
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Quixotiq: Data Engineer")


def test_keyboard_only_reaches_the_form_in_order(browser: object, server: str) -> None:
    page = browser.new_page()  # type: ignore[attr-defined]
    page.goto(server + "/interviews/new")
    focused = []
    for _ in range(8):
        page.keyboard.press("Tab")
        focused.append(page.evaluate("document.activeElement.id || document.activeElement.textContent.trim()"))
    assert focused == ["Skip to content", "followup", "Today", "Interviews", "Add interview", "Settings", "company",
                       "role"]
    page.keyboard.type("Quixotiq")
    assert page.locator("#role").input_value() == "Quixotiq"


EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "interview.toml"


def _shown(run: Runner, ident: int) -> dict[str, object]:
    import json

    result = run("show", str(ident), "--json")
    assert result.returncode == 0, result.stderr
    shown: dict[str, object] = json.loads(result.stdout)
    return shown


def test_the_edit_page_saves_interviewers_without_topics_or_names(browser: object, server: str,
                                                                  run: Runner) -> None:
    from playwright.sync_api import expect

    assert run("add", "--file", str(EXAMPLE)).returncode == 0  # the README's example: a nameless, topicless person
    assert run("add", "--company", "Acme", "--role", "Analyst", "--when", "2026-11-19T10:00",
               "--interviewer", "Sam Lee <sam@acme.example>", "--interviewer", "<talent@acme.example>").returncode == 0
    before = [_shown(run, 1), _shown(run, 2)]
    page = browser.new_page()  # type: ignore[attr-defined]

    page.goto(server + "/interviews/1/edit")
    talent = page.locator("fieldset.person").nth(2)
    expect(talent.get_by_label("Name")).to_have_value("")
    expect(talent.get_by_label("Email")).to_have_value("talent@quixotiq.example")
    expect(talent.get_by_label("Topics with them")).to_have_value("")
    page.get_by_label("Role").fill("Staff Data Engineer")
    talent.get_by_label("Topics with them").fill("the hiring timeline")
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Quixotiq: Staff Data Engineer")
    people = before[0]["interviewers"]
    assert isinstance(people, list)
    people[2]["topics"] = ["the hiring timeline"]
    assert _shown(run, 1) == {**before[0], "role": "Staff Data Engineer", "interviewers": people}

    page.goto(server + "/interviews/2/edit")
    mailbox = page.locator("fieldset.person").nth(1)
    expect(mailbox.get_by_label("Name")).to_have_value("")
    expect(mailbox.get_by_label("Email")).to_have_value("talent@acme.example")
    mailbox.get_by_label("Department").fill("People team")
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Acme: Analyst")
    people = before[1]["interviewers"]
    assert isinstance(people, list)
    assert people[1] == {"name": None, "title": None, "email": "talent@acme.example", "department": None,
                         "topics": [], "contact": False, "phone": None, "address_as": None}
    people[1]["department"] = "People team"
    assert _shown(run, 2) == {**before[1], "interviewers": people}


# -- serving other computers: a login first; a foreign Host name (DNS rebinding) is refused -------------------

def _serve_remote(run: Runner, *extra: str) -> tuple[subprocess.Popen[bytes], int, str]:
    """`followup serve --allow-remote` on 127.0.0.1, answering to followup.test; the link it printed."""
    port = mailserver.free_port()
    script = Path(sys.executable).with_name("followup")
    process = subprocess.Popen([str(script), "serve", "--allow-remote", "--host-allow", "followup.test", "--port",
                                str(port), *extra], env=run.env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    assert process.stderr is not None
    line = process.stderr.readline().decode()
    found = re.search(r"(https?://\S+\?token=\S+)", line)
    assert found, line
    _wait_for(process, port)
    return process, port, found.group(1)


def test_remote_serving_logs_in_with_the_printed_token_and_refuses_other_names(browser: object,
                                                                               run: Runner) -> None:
    from playwright.sync_api import expect

    process, port, link = _serve_remote(run)
    site = f"http://followup.test:{port}"
    try:
        assert link.startswith(site + "/?token=")
        context = browser.new_context()  # type: ignore[attr-defined]
        page = context.new_page()
        page.goto(site + "/interviews/new")
        expect(page.get_by_role("heading", level=1)).to_have_text("Log in to followup")
        page.get_by_label("Token").fill("not-the-token")
        page.get_by_role("button", name="Log in").click()
        expect(page.get_by_role("alert")).to_contain_text("token: expected the token followup serve printed")
        page.get_by_label("Token").fill(link.rsplit("=", 1)[1])
        page.get_by_role("button", name="Log in").click()
        _fill_interview(page, "dana@quixotiq.example")  # back where it was going: the new-interview form
        page.get_by_role("button", name="Save").click()
        expect(page.get_by_role("heading", level=1)).to_have_text("Quixotiq: Data Engineer")
        page.locator("table.steps tbody tr").first.get_by_role("button", name="Draft").click()  # htmx, with the cookie
        expect(page.locator(".clean")).to_be_visible()
        [cookie] = context.cookies()
        assert (cookie["name"], cookie["httpOnly"], cookie["sameSite"], cookie["secure"]) == (
            "followup_session", True, "Strict", False)

        stranger = browser.new_context().new_page()  # type: ignore[attr-defined]
        stranger.goto(link)  # the link was spent by the first login
        expect(stranger.get_by_role("alert")).to_contain_text("each token logs in one browser")
        rebound = stranger.goto(f"http://attacker.test:{port}/interviews")
        assert rebound is not None and rebound.status == 400 and "Quixotiq" not in stranger.content()
        rebound_with_session = context.new_page()
        context.add_cookies([{**cookie, "domain": "attacker.test"}])  # even with the session, a foreign name
        answered = rebound_with_session.goto(f"http://attacker.test:{port}/interviews")
        assert answered is not None and answered.status == 400 and "Quixotiq" not in rebound_with_session.content()
        context.close()
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_remote_serving_over_https_sets_a_secure_cookie(browser: object, run: Runner,
                                                        tmp_path: Path) -> None:
    from playwright.sync_api import expect

    cert, key = mailserver.certificate(tmp_path)
    process, port, link = _serve_remote(run, "--tls-cert", str(cert), "--tls-key", str(key))
    try:
        assert link.startswith(f"https://followup.test:{port}/?token=")
        context = browser.new_context(ignore_https_errors=True)  # type: ignore[attr-defined]
        page = context.new_page()
        page.goto(link)
        expect(page.get_by_role("heading", level=1)).to_have_text("Today")
        assert "token=" not in page.url
        [cookie] = context.cookies()
        assert (cookie["httpOnly"], cookie["sameSite"], cookie["secure"]) == (True, "Strict", True)
        context.close()
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_the_paste_box_in_a_real_browser(run: Runner, browser: object, server: str) -> None:
    """Paste, read (htmx swaps the box in place), record: Debian's chromium against `followup serve`."""
    assert run("add", "--file", "examples/interview.toml").returncode == 0
    page = browser.new_page()  # type: ignore[attr-defined]
    page.goto(f"{server}/interviews/1")
    page.get_by_label("Their message").fill("Hi Alex,\n\nThe hiring team has chosen another candidate.\n\nDana")
    page.get_by_role("button", name="Read it").click()
    page.locator("q.because").wait_for()
    assert page.locator("q.because").inner_text() == "The hiring team has chosen another candidate."
    assert page.url.endswith("/interviews/1")
    page.get_by_role("button", name="Record what is proposed").click()
    page.get_by_text("recorded").wait_for()
    page.goto(f"{server}/interviews/1")
    assert "status rejected" in page.locator("p.meta").inner_text()


def test_an_empty_paste_says_why_and_keeps_the_box(run: Runner, browser: object, server: str) -> None:
    """htmx drops a 4xx answer by default: an empty paste changed nothing on screen (a newcomer's walk-through)."""
    assert run("add", "--file", "examples/interview.toml").returncode == 0
    page = browser.new_page()  # type: ignore[attr-defined]
    page.goto(f"{server}/interviews/1")
    page.get_by_label("Their message").fill("   ")
    page.get_by_role("button", name="Read it").click()
    page.locator("#problem p.error").wait_for()
    assert "message: expected the text of their reply" in page.locator("#problem").inner_text()
    assert page.get_by_label("Their message").is_visible()


def test_the_skip_button_lets_one_step_go_and_undo_brings_it_back(run: Runner, browser: object,
                                                                   server: str) -> None:
    """Skip beside an open step (a form with its CSRF token, as the other buttons): the step leaves the plan, the
    skip is written to the SQLite file as a "skipped" event, and Undo takes it back."""
    from playwright.sync_api import expect

    assert run("add", "--file", str(EXAMPLE)).returncode == 0
    page = browser.new_page()  # type: ignore[attr-defined]
    page.goto(f"{server}/interviews/1")
    rows = page.locator("table.steps tbody tr", has_text="thank-you")
    expect(rows.filter(has_text="Dana Whitfield")).to_have_count(1)
    rows.filter(has_text="Dana Whitfield").get_by_role("button", name="Skip").click()
    expect(page.locator("ul.events")).to_contain_text("skipped thank-you to dana.whitfield@quixotiq.example")
    expect(rows.filter(has_text="Dana Whitfield")).to_have_count(0)
    expect(rows.filter(has_text="Siobhán Ní Bhriain")).to_have_count(1)
    result = run("show", "1", "--json")
    events = json.loads(result.stdout)["events"]
    assert [(e["type"], e["kind"], e["to"]) for e in events] == [
        ("skipped", "thank-you", "dana.whitfield@quixotiq.example")]
    page.get_by_role("button", name="Undo the last one").click()
    expect(rows.filter(has_text="Dana Whitfield")).to_have_count(1)
    assert json.loads(run("show", "1", "--json").stdout)["events"] == []
