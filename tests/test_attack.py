"""What an attacker tried against the parts that store, send or serve, and broke once: each test is one break,
found by attacking the real server and the real command, kept so that it stays fixed."""

from __future__ import annotations

import csv
import json
import threading
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from conftest import Runner, at
from followup.usecases.service import Service
from followup.web import create_app

with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)
    from fastapi.testclient import TestClient

FORMULAS = ['=HYPERLINK("http://evil.example","click")', "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(1+1)*cmd|' /C calc'!A0"]


def test_a_company_or_name_that_looks_like_a_formula_is_text_in_the_csv(run: Runner, tmp_path: Path) -> None:
    for n, formula in enumerate(FORMULAS):
        added = run("add", "--company", formula, "--role", formula, "--when", f"2026-11-1{n}T14:00",
                    "--interviewer", f"{formula} <dana{n}@q.example>")
        assert added.returncode == 0, added.stderr
    target = tmp_path / "all.csv"
    assert run("export", "--csv", str(target)).returncode == 0
    rows = list(csv.DictReader(target.open(encoding="utf-8")))
    cells = [row[column] for row in rows for column in ("company", "role", "interviewers")]
    assert len(cells) == 12
    assert [cell for cell in cells if cell[:1] in ("=", "+", "-", "@", "\t", "\r")] == []
    assert sorted(row["company"] for row in rows) == sorted("'" + formula for formula in FORMULAS)  # the text kept


# -- the web app: a Skip or an Undo sent twice ------------------------------------------------------------------

NOW = "2026-11-20 09:00"
PANEL = {"company": "Quixotiq", "role": "Data Engineer", "when": "2026-11-19T14:00",
         "interviewers-0-name": "Dana", "interviewers-0-email": "dana@q.example",
         "interviewers-1-name": "Bo", "interviewers-1-email": "bo@q.example"}


@pytest.fixture
def client(service: Service) -> Iterator[TestClient]:
    app = create_app(service, lambda: at(NOW))
    with TestClient(app, base_url="http://127.0.0.1:8000") as test_client:
        test_client.headers["X-CSRF-Token"] = app.state.csrf
        yield test_client


def _add(client: TestClient) -> int:
    response = client.post("/interviews", data={**PANEL, "force": "on"}, follow_redirects=False)
    assert response.status_code == 303, response.text
    return int(response.headers["location"].rsplit("/", 1)[1])


def _skip_forms(client: TestClient, ident: int) -> list[dict[str, str]]:
    page = BeautifulSoup(client.get(f"/interviews/{ident}").text, "html.parser")
    return [{i["name"]: i.get("value", "") for i in form.select("input") if i["name"] != "csrf_token"}
            for form in page.select(f'form[action="/interviews/{ident}/skip"]')]


def _undo_form(client: TestClient, ident: int) -> dict[str, str]:
    page = BeautifulSoup(client.get(f"/interviews/{ident}").text, "html.parser")
    form = page.select_one(f'form[action="/interviews/{ident}/undo"]')
    assert form is not None
    return {i["name"]: i.get("value", "") for i in form.select("input") if i["name"] != "csrf_token"}


def test_undo_clicked_twice_takes_back_one_event(client: TestClient, service: Service) -> None:
    ident = _add(client)
    for _ in range(2):  # both thank-yous skipped, one after the other
        assert client.post(f"/interviews/{ident}/skip", data=_skip_forms(client, ident)[0],
                           follow_redirects=False).status_code == 303
    undo = _undo_form(client, ident)  # the page as it was when the user double-clicked
    first = client.post(f"/interviews/{ident}/undo", data=undo, follow_redirects=False)
    second = client.post(f"/interviews/{ident}/undo", data=undo, follow_redirects=False)
    assert first.status_code == 303
    assert second.status_code == 400 and "reload" in second.text
    assert [e.type for e in service.show(ident).events] == ["skipped"]


def test_skips_of_one_step_sent_at_once_record_it_once(client: TestClient, service: Service) -> None:
    idents = [_add(client) for _ in range(6)]
    forms = {ident: _skip_forms(client, ident)[0] for ident in idents}
    answers: list[int] = []

    def skip(ident: int) -> None:
        answers.append(client.post(f"/interviews/{ident}/skip", data=forms[ident],
                                   follow_redirects=False).status_code)

    threads = [threading.Thread(target=skip, args=(ident,)) for ident in idents for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(answers) == [303] * 6 + [400] * 18
    assert [len(service.show(ident).events) for ident in idents] == [1] * 6


# -- messages from anyone: `read` and `sync --maildir` -------------------------------------------------------------

DANA = "dana.whitfield@quixotiq.example"


def _nested(depth: int) -> bytes:
    """A message of `depth` multiparts one inside the other: anyone can mail one."""
    head = f"From: Dana Whitfield <{DANA}>\nSubject: Re: Checking in\n".encode()
    return head + b"".join(b"Content-Type: multipart/mixed; boundary=b%d\n\n--b%d\n" % (n, n) for n in range(depth)) \
        + b"Content-Type: text/plain\n\nThe hiring team has chosen another candidate.\n"


def test_a_message_nested_past_pythons_stack_is_read_by_its_headers(run: Runner, tmp_path: Path) -> None:
    assert run("add", "--file", "examples/interview.toml").returncode == 0
    (tmp_path / "deep.eml").write_bytes(_nested(3000))
    result = run("read", str(tmp_path / "deep.eml"), "--interview", "1")
    assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr
    assert "Re: Checking in" in result.stdout


def test_one_message_nested_too_deep_does_not_stop_a_maildir_sync(run: Runner, tmp_path: Path) -> None:
    import mailbox

    assert run("add", "--file", "examples/interview.toml").returncode == 0
    folder = mailbox.Maildir(tmp_path / "INBOX")
    folder.add(_nested(3000))
    folder.add(f"From: Dana Whitfield <{DANA}>\nSubject: Re: Thank you\n\nWe have decided to move forward with "
               "other candidates.\n".encode())
    result = run("sync", "--maildir", str(tmp_path / "INBOX"))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("2 new message(s)") and "looks like a rejection" in result.stdout


def test_a_subject_that_decodes_to_escape_sequences_never_reaches_the_terminal(run: Runner, tmp_path: Path) -> None:
    import base64

    assert run("add", "--file", "examples/interview.toml").returncode == 0
    said = base64.b64encode("Hi\x1b]0;owned\x07\x1b[2J\r\nX-Injected: 1\x9b31m".encode()).decode()
    (tmp_path / "reply.eml").write_text(f"From: =?utf-8?b?{said}?= <{DANA}>\nSubject: =?utf-8?b?{said}?=\n\n"
                                        "We have decided to move forward with other candidates.\n")
    result = run("read", str(tmp_path / "reply.eml"), "--interview", "1")
    assert result.returncode == 0, result.stderr
    assert "owned" in result.stdout  # the subject is shown, as text
    assert [c for c in result.stdout if c in "\x1b\x07\r\x9b"] == []


# -- import: a calendar file from anywhere ---------------------------------------------------------------------------

def _calendar(*events: tuple[str, str]) -> str:
    body = "".join(f"BEGIN:VEVENT\r\nUID:{n}@test\r\nDTSTAMP:20261101T000000Z\r\nDTSTART:{start}\r\nSUMMARY:{summary}"
                   "\r\nEND:VEVENT\r\n" for n, (summary, start) in enumerate(events))
    return f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n{body}END:VCALENDAR\r\n"


def test_an_interview_whose_start_cannot_be_read_stops_the_import(run: Runner, tmp_path: Path) -> None:
    (tmp_path / "cal.ics").write_text(_calendar(("Interview with Goodco for Developer", "20261201T150000Z"),
                                                ("Interview with Badco for Developer", "20261301T150000Z")))
    result = run("import", str(tmp_path / "cal.ics"), "--yes")
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr.startswith("error: ") and "Badco" in result.stderr and "20261301T150000Z" in result.stderr
    assert "Goodco" not in run("list").stdout  # all or none


def test_a_calendar_title_with_escape_sequences_never_reaches_the_terminal(run: Runner, tmp_path: Path) -> None:
    (tmp_path / "cal.ics").write_text(_calendar(("Interview with Evil\x1b]0;owned\x07\x1b[2JCo for Dev",
                                                 "20261201T150000Z")))
    result = run("import", str(tmp_path / "cal.ics"), "--yes")
    assert result.returncode == 2  # a company with control characters is refused, as typed ones are
    assert "owned" in result.stdout + result.stderr
    assert [c for c in result.stdout + result.stderr if c in "\x1b\x07"] == []


def test_a_reply_sent_as_a_file_part_is_refused_not_read_as_its_name(client: TestClient, service: Service) -> None:
    ident = _add(client)
    response = client.post(f"/interviews/{ident}/reply",
                           files={"message": ("reply.eml", b"Unfortunately we will not move forward.")})
    assert response.status_code == 400 and "message: expected the text of their reply" in response.text
    assert not service.show(ident).events


def test_a_field_over_the_form_limit_gets_the_apps_error_page(client: TestClient, service: Service) -> None:
    ident = _add(client)
    response = client.post(f"/interviews/{ident}/reply", files={"message": (None, "x" * 1_100_000)})
    assert response.status_code == 400 and response.headers["content-type"].startswith("text/html")
    assert "form: expected each field to be at most 1 MiB" in response.text and not service.show(ident).events


def test_a_forged_token_gets_the_apps_error_page(client: TestClient) -> None:
    response = client.post("/interviews", data=PANEL, headers={"X-CSRF-Token": "forged"})
    assert response.status_code == 403 and response.headers["content-type"].startswith("text/html")
    assert "csrf_token: expected the token of a page of this app" in response.text


def test_a_reply_built_to_stall_the_quote_parser_is_read_in_bounded_time(monkeypatch: pytest.MonkeyPatch) -> None:
    """mail-parser-reply takes time squared (or worse) in a long run of blanks or of "On On On ...": a reply
    of a few hundred kilobytes stalled `sync` for minutes. It now gets runs of blanks collapsed and at most the
    first 6,000 characters (the sender's own words come first; the rest is still read when no quote was found
    in the start)."""
    import time

    from mailparser_reply import EmailReplyParser

    from followup.core.replies import classify

    given: list[int] = []
    parse = EmailReplyParser.parse_reply
    monkeypatch.setattr(EmailReplyParser, "parse_reply",
                        lambda self, text: given.append(len(text)) or parse(self, text))
    started = time.perf_counter()
    assert classify("Update", "Hi" + " " * 300_000 + "\nWe have decided to move forward with other candidates.",
                    {}) == "rejection"
    assert classify("Update", "On " * 100_000, {}) == "reply"
    assert max(given) <= 6000 and time.perf_counter() - started < 60  # was several minutes


# -- the attacker's second pass (this session's changes) --------------------------------------------------------

@pytest.fixture
def remote(service: Service) -> Iterator[TestClient]:
    from followup.web.security import Login

    app = create_app(service, lambda: at(NOW), login=Login())
    with TestClient(app, base_url="http://127.0.0.1:8000") as test_client:
        yield test_client


def test_a_refusal_before_login_shows_no_token_and_no_page(remote: TestClient) -> None:
    app = remote.app
    for response in (remote.get("/static/nope"), remote.post("/static/style.css")):
        assert response.status_code in (404, 405) and response.headers["content-type"].startswith("text/plain")
        assert app.state.csrf not in response.text and "<nav" not in response.text  # type: ignore[attr-defined]


def test_a_malformed_login_form_is_refused_in_one_line(remote: TestClient) -> None:
    response = remote.post("/login", content=b"x", headers={"Content-Type": "multipart/form-data",
                                                            "Origin": "http://127.0.0.1:8000"})
    assert response.status_code == 400 and response.text.startswith("login: ")
    big = remote.post("/login", data={"token": "x" * 1_100_000}, headers={"Origin": "http://127.0.0.1:8000"})
    assert big.status_code == 400 and big.text.startswith("login: ")


def test_an_url_encoded_field_over_the_limit_gets_the_same_message(client: TestClient, service: Service) -> None:
    ident = _add(client)
    response = client.post(f"/interviews/{ident}/reply", data={"message": "x" * 1_100_000})
    assert response.status_code == 400 and "form: expected each field to be at most 1 MiB" in response.text


def test_a_from_header_nested_past_the_stack_is_read_without_its_sender(run: Runner, tmp_path: Path) -> None:
    """A From header of a thousand "(" made the address parser recurse past Python's stack: `read` gave a
    traceback, and a Maildir holding it stopped every later `sync`."""
    assert run("add", "--file", "examples/interview.toml").returncode == 0
    eml = tmp_path / "paren.eml"
    eml.write_text("From: " + "(" * 1000 + "\nSubject: Update\n\nWe have decided to move forward with other "
                   "candidates.\n")
    result = run("read", str(eml), "--interview", "1", "--json")
    assert result.returncode == 0, result.stderr
    assert [a["kind"] for a in json.loads(result.stdout)["arrivals"]] == ["rejection"]


def test_a_pasted_reply_with_binary_data_is_refused_as_read_refuses_it(client: TestClient, service: Service) -> None:
    """The NUL check stood in the command line only; the paste box read such text as a reply."""
    ident = _add(client)
    response = client.post(f"/interviews/{ident}/reply", data={"message": "We regret\x00 to say"})
    assert response.status_code == 400 and "this one holds binary data" in response.text
    assert not service.show(ident).events
