"""Sending over a real SMTP server on 127.0.0.1 (TLS on a throwaway certificate, AUTH): the check gates it,
the plan moves on, an inquiry lands in the same thread, scheduled messages go when due, and faults lose
nothing and send nothing twice. The password never shows."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime, timezone
from pathlib import Path

import pytest

import mailserver
from conftest import Runner
from followup.core.errors import InputError
from followup.mail.message import mime_message
from followup.core.model import Outgoing, Recipient
from followup.usecases.mail_results import Delivery, SendReport
from followup.usecases.mailing import Mail

DANA = "dana.whitfield@quixotiq.example"


@pytest.fixture
def server(smtp_server: mailserver.MailServer) -> mailserver.MailServer:
    return smtp_server


@pytest.fixture
def mail(run: Runner, server: mailserver.MailServer) -> Iterator[Runner]:
    server.handler.received.clear()
    server.handler.fault = None
    config = run.home / "config.toml"
    config.write_text('[profile]\nname = "Alex Rivera"\nemail = "alex@example.test"\ntimezone = "America/New_York"\n'
                      + server.config())
    run.env["FOLLOWUP_TEST_PASSWORD"] = mailserver.PASSWORD
    assert run("add", "--file", "examples/interview.toml").returncode == 0
    yield run
    server.handler.fault = None


def outbox(run: Runner) -> list[dict[str, object]]:
    return json.loads(run("outbox", "--json").stdout)  # type: ignore[no-any-return]


def test_send_the_thank_yous_and_the_plan_moves_on(mail: Runner, server: mailserver.MailServer) -> None:
    result = mail("send", "1")
    assert result.returncode == 0, result.stderr
    assert result.stdout.count("sent: thank-you to ") == 3
    received = server.handler.received
    assert sorted(m["To"].addresses[0].addr_spec for m in received) == [
        DANA, "siobhan@quixotiq.example", "talent@quixotiq.example"]
    dana = next(m for m in received if DANA in m["To"])
    assert dana["From"] == "Alex Rivera <alex@example.test>" and dana["Message-ID"] and dana["Date"]
    assert dana.get_content().startswith("Dear Ms. Whitfield,")
    assert {o["state"] for o in outbox(mail)} == {"sent"}
    steps = json.loads(mail("plan", "1", "--json").stdout)["steps"]
    assert "thank-you" not in {s["kind"] for s in steps}


def test_an_inquiry_goes_in_the_thread_of_the_earlier_message(mail: Runner, server: mailserver.MailServer) -> None:
    mail("send", "1", "--to", DANA)
    thank_you = server.handler.received[-1]
    later = {"FOLLOWUP_NOW": "2026-12-04T11:00"}
    for person in ("siobhan@quixotiq.example", "talent@quixotiq.example"):
        mail("log", "1", "sent", "--kind", "thank-you", "--to", person)
    result = mail("send", "1", "--kind", "status-inquiry", **later)
    assert result.returncode == 0, result.stderr
    inquiry = server.handler.received[-1]
    assert inquiry["In-Reply-To"] == thank_you["Message-ID"]
    assert inquiry["References"] == thank_you["Message-ID"]


def test_dry_run_prints_the_message_and_sends_nothing(mail: Runner, server: mailserver.MailServer) -> None:
    result = mail("send", "1", "--to", DANA, "--dry-run")
    assert result.returncode == 0
    assert "To: Dana Whitfield <dana.whitfield@quixotiq.example>" in result.stdout
    assert "Message-ID: <" in result.stdout and "Date: " in result.stdout
    assert server.handler.received == [] and outbox(mail) == []


def test_a_dry_run_leaves_the_database_as_it_was(mail: Runner, server: mailserver.MailServer) -> None:
    database = mail.home / "followup.db"
    before = hashlib.sha256(database.read_bytes()).hexdigest()
    result = mail("send", "1", "--dry-run")
    assert result.returncode == 0, result.stderr
    assert result.stdout.count("Message-ID: <") == 3 and "To: Dana Whitfield <" + DANA + ">" in result.stdout
    assert hashlib.sha256(database.read_bytes()).hexdigest() == before  # not a draft, not an outbox row
    assert server.handler.received == []
    assert mail("draft", "1", "--to", DANA, "--json").returncode == 0  # a real draft is still stored as before
    assert hashlib.sha256(database.read_bytes()).hexdigest() != before


def test_a_scheduled_message_goes_to_the_address_it_was_made_for(mail: Runner,
                                                                   server: mailserver.MailServer) -> None:
    assert mail("send", "1", "--to", DANA, "--at", "2026-11-20T14:00").returncode == 0
    edited = mail("edit", "1", "--interviewer", "Dana Whitfield <dana@new-quixotiq.example>",
                  "--interviewer", "Siobhán Ní Bhriain <siobhan@quixotiq.example>",
                  "--interviewer", "<talent@quixotiq.example>")
    assert edited.returncode == 0, edited.stderr
    sent = mail("send", "--due", FOLLOWUP_NOW="2026-11-20T14:05")
    assert sent.returncode == 0, sent.stderr
    assert sent.stdout.startswith("sent: thank-you to Dana Whitfield <" + DANA + ">") and sent.stderr == ""
    assert [m["To"].addresses[0].addr_spec for m in server.handler.received] == [DANA]  # once, where it was made for
    assert [o["state"] for o in outbox(mail)] == ["sent"]  # nothing left sending
    events = json.loads(mail("show", "1", "--json").stdout)["events"]
    assert [(e["type"], e["kind"], e["to"]) for e in events] == [("sent", "thank-you", DANA)]
    assert mail("send", "--due", FOLLOWUP_NOW="2026-11-20T15:00").stdout.strip() == "Nothing is due to be sent."
    assert len(server.handler.received) == 1


def test_the_outbox_shows_times_in_your_time_zone(mail: Runner) -> None:
    assert mail("send", "1", "--to", DANA, "--at", "2026-11-20T14:00").returncode == 0  # New York time
    (line,) = mail("outbox").stdout.splitlines()
    assert "  scheduled  2026-11-20 14:00  #1 thank-you to " + DANA in line and "UTC" not in line
    assert outbox(mail)[0]["send_at"] == "2026-11-20T19:00:00+00:00"


def test_the_check_gates_sending(mail: Runner, server: mailserver.MailServer, tmp_path: Path) -> None:
    drafts = json.loads(mail("draft", "1", "--to", DANA, "--json").stdout)
    editor = tmp_path / "editor.sh"
    editor.write_text("#!/bin/sh\nsed -i 's/Quixotiq/[Company Name]/' \"$1\"\n")
    editor.chmod(0o755)
    assert mail("draft", "1", "--to", DANA, "--edit", EDITOR=str(editor), VISUAL="").returncode == 1  # issue 12
    refused = mail("send", "1", "--to", DANA)
    assert refused.returncode == 2 and refused.stderr.startswith(f"error: send: draft {drafts[0]['id']} has ")
    assert "placeholder" in refused.stderr and server.handler.received == []
    forced = mail("send", "1", "--to", DANA, "--force")
    assert forced.returncode == 0 and "[Company Name]" in server.handler.received[0].get_content()


def test_a_scheduled_message_goes_when_it_is_due(mail: Runner, server: mailserver.MailServer) -> None:
    scheduled = mail("send", "1", "--to", DANA, "--at", "2026-11-20T14:00")
    assert scheduled.returncode == 0 and scheduled.stdout.startswith("scheduled for Fri 20 Nov 14:00")
    assert mail("send", "--due").stdout.strip() == "Nothing is due to be sent."
    assert server.handler.received == []
    sent = mail("send", "--due", FOLLOWUP_NOW="2026-11-20T14:05")
    assert sent.returncode == 0 and sent.stdout.startswith("sent: thank-you to Dana Whitfield")
    assert len(server.handler.received) == 1
    assert mail("send", "--due", FOLLOWUP_NOW="2026-11-20T15:00").stdout.strip() == "Nothing is due to be sent."


def test_a_note_scheduled_for_the_next_morning_names_the_day(mail: Runner, server: mailserver.MailServer) -> None:
    """Drafted on the interview's day, a thank-you says "today"; scheduled for the next morning, it is written as
    of then, so it names the day instead."""
    evening = {"FOLLOWUP_NOW": "2026-11-19T18:00"}
    assert "today" in mail("draft", "1", "--to", DANA, **evening).stdout
    assert mail("send", "1", "--to", DANA, "--at", "2026-11-20T09:15", **evening).returncode == 0
    assert mail("send", "--due", FOLLOWUP_NOW="2026-11-20T09:20").returncode == 0
    (message,) = server.handler.received
    assert "Thursday, November 19" in message.get_content() and "today" not in message.get_content()


def test_a_refusal_fails_once_and_is_not_retried(mail: Runner, server: mailserver.MailServer) -> None:
    server.handler.fault = "refuse"
    result = mail("send", "1", "--to", DANA)
    assert result.returncode == 1 and result.stdout.startswith("failed: sending: the server answered 550")
    server.handler.fault = None
    assert mail("send", "--due").stdout.strip() == "Nothing is due to be sent."
    assert [o["state"] for o in outbox(mail)] == ["failed"] and server.handler.received == []


def test_a_temporary_failure_stays_scheduled_and_goes_once(mail: Runner, server: mailserver.MailServer) -> None:
    server.handler.fault = "tempfail"
    result = mail("send", "1", "--to", DANA)
    assert result.returncode == 1 and result.stdout.startswith("not sent, still scheduled: sending: the server "
                                                               "answered 451")
    server.handler.fault = None
    assert mail("send", "--due").returncode == 0
    assert mail("send", "--due").stdout.strip() == "Nothing is due to be sent."
    assert len(server.handler.received) == 1 and [o["state"] for o in outbox(mail)] == ["sent"]


def test_a_connection_dropped_mid_message_is_never_resent_silently(mail: Runner,
                                                                    server: mailserver.MailServer) -> None:
    server.handler.fault = "disconnect"
    result = mail("send", "1", "--to", DANA)
    assert result.returncode == 1 and result.stdout.startswith("unconfirmed: sending: the connection broke")
    (left,) = outbox(mail)
    assert left["state"] == "sending"
    server.handler.fault = None
    again = mail("send", "--due")
    assert again.returncode == 1 and again.stdout.startswith("unconfirmed: the connection broke while sending")
    assert server.handler.received == []
    resent = mail("send", "--due", "--resend-unconfirmed")
    assert resent.returncode == 0 and len(server.handler.received) == 1
    assert server.handler.received[0]["Message-ID"] == left["message_id"]  # the same message, not a new one


def test_a_server_that_times_out_leaves_the_message_unconfirmed(mail: Runner,
                                                                  server: mailserver.MailServer) -> None:
    config = mail.home / "config.toml"
    config.write_text(config.read_text().replace("timeout = 5", "timeout = 1"))
    server.handler.fault = "slow"  # it answers after the client has stopped waiting: did it take the message?
    result = mail("send", "1", "--to", DANA)
    assert result.returncode == 1 and result.stdout.startswith("unconfirmed: sending: the connection broke")
    server.handler.fault = None
    assert mail("send", "--due").returncode == 1  # listed as unconfirmed, not sent again without asking
    assert [o["state"] for o in outbox(mail)] == ["sending"]
    assert mail("send", "--due", "--resend-unconfirmed").returncode == 0
    assert len(server.handler.received) == 1


def test_sending_again_after_a_failure_sends_one_message(mail: Runner, server: mailserver.MailServer) -> None:
    config = mail.home / "config.toml"
    working = config.read_text()
    config.write_text(working.replace(f"port = {server.ssl_port}", f"port = {mailserver.free_port()}"))
    assert mail("send", "1", "--to", DANA).returncode == 1  # the server is down: still scheduled
    config.write_text(working)
    assert mail("send", "1", "--to", DANA).returncode == 0  # the same message, not a second one
    assert mail("send", "--due").stdout.strip() == "Nothing is due to be sent."
    assert len(server.handler.received) == 1 and len(outbox(mail)) == 1


def test_two_runs_cannot_both_claim_a_message(tmp_path: Path) -> None:
    from followup.store import open_store

    store = open_store(f"sqlite:///{tmp_path / 'f.db'}")
    with store.transaction() as repo:
        from conftest import make_interview

        ident = repo.add_interview(make_interview(), datetime(2026, 11, 20, tzinfo=timezone.utc))
        item, _ = repo.add_outgoing(Outgoing(ident, "thank-you", 1, Recipient("Dana", "dana@q.example", "Dana"), "S",
                                          "B\n", "<1@x.example>", datetime(2026, 11, 20, tzinfo=timezone.utc)),
                                 datetime(2026, 11, 20, tzinfo=timezone.utc))
    claimed = replace(item, state="sending", tries=1)
    with store.transaction() as repo:
        assert repo.claim_outgoing(claimed, 0, datetime(2026, 11, 20, tzinfo=timezone.utc))
    with store.transaction() as repo:  # the other run read it with 0 tries too: too late
        assert not repo.claim_outgoing(claimed, 0, datetime(2026, 11, 20, tzinfo=timezone.utc))
    store.close()


def test_an_address_that_cannot_be_sent_is_refused_before_anything_is_stored(mail: Runner) -> None:
    mail("add", "--company", "Umlaut", "--role", "Analyst", "--when", "2026-11-19T15:00",
         "--interviewer", "Jürgen <jürgen@umlaut.example>")
    result = mail("send", "2")
    assert result.returncode == 2 and result.stderr.startswith("error: to: expected a valid email address")
    assert outbox(mail) == []


def test_a_scheduled_message_can_be_cancelled(mail: Runner, server: mailserver.MailServer) -> None:
    mail("send", "1", "--to", DANA, "--at", "2026-11-20T14:00")
    (item,) = outbox(mail)
    assert mail("outbox", "--cancel", str(item["id"])).stdout.startswith("Cancelled: thank-you to " + DANA)
    assert mail("send", "--due", FOLLOWUP_NOW="2026-11-20T15:00").stdout.strip() == "Nothing is due to be sent."
    assert server.handler.received == [] and [o["state"] for o in outbox(mail)] == ["cancelled"]
    again = mail("outbox", "--cancel", str(item["id"]))
    assert again.returncode == 2 and "a scheduled or failed message (this one is cancelled)" in again.stderr


def test_a_server_that_is_down_loses_nothing(mail: Runner) -> None:
    config = mail.home / "config.toml"
    config.write_text(config.read_text().replace("127.0.0.1", "localhost").replace(
        "port = ", f"port = {mailserver.free_port()}\n# was port = "))
    result = mail("send", "1", "--to", DANA)
    assert result.returncode == 1 and "not sent, still scheduled: connect: localhost:" in result.stdout
    assert [o["state"] for o in outbox(mail)] == ["scheduled"]


def test_account_test_names_the_step_that_failed(mail: Runner, server: mailserver.MailServer) -> None:
    works = mail("account", "test")
    assert works.returncode == 0 and works.stdout.startswith("smtp: 127.0.0.1:")
    wrong = mail("account", "test", FOLLOWUP_TEST_PASSWORD="wrong")  # a server problem: exit 1, as for IMAP
    assert wrong.returncode == 1 and wrong.stderr.startswith("error: smtp: login: candidate@example.test was refused")
    config = mail.home / "config.toml"
    starttls = config.read_text().replace(server.config(), server.config("starttls"))
    config.write_text(starttls)
    assert mail("account", "test").returncode == 0
    config.write_text(starttls.replace('host = "127.0.0.1"', 'host = "no-such-host.invalid"'))
    lookup = mail("account", "test")
    assert lookup.returncode == 1 and lookup.stderr.startswith("error: smtp: name lookup: no-such-host.invalid")


def test_the_password_never_shows(mail: Runner, server: mailserver.MailServer, tmp_path: Path) -> None:
    helper = tmp_path / "pw.sh"
    helper.write_text(f"#!/bin/sh\necho '{mailserver.PASSWORD}'\n")
    helper.chmod(0o755)
    config = mail.home / "config.toml"
    config.write_text(config.read_text().replace('password_env = "FOLLOWUP_TEST_PASSWORD"',
                                                 f'password_command = "{helper}"'))
    outputs = [mail("account", "test"), mail("send", "1", "--to", DANA), mail("outbox", "--json")]
    server.handler.fault = "refuse"
    outputs.append(mail("send", "1", "--to", "siobhan@quixotiq.example"))
    outputs.append(mail("account", "test", FOLLOWUP_TEST_PASSWORD="x"))
    for output in outputs:
        assert mailserver.PASSWORD not in output.stdout + output.stderr
    assert mailserver.PASSWORD not in (mail.home / "followup.db").read_bytes().decode("latin-1")


@pytest.mark.parametrize(("table", "message"), [
    ('[smtp]\nhost = "smtp.example.test"\nsecurity = "none"\n', "smtp.security: none sends your password"),
    ('[smtp]\nhost = "smtp.example.test"\npassword = "x"\n', "smtp.password: followup never keeps a password"),
    ('[smtp]\nsecurity = "tls"\n', "smtp.host: expected the SMTP server's name"),
])
def test_unsafe_or_incomplete_accounts_are_refused(run: Runner, table: str, message: str) -> None:
    (run.home / "config.toml").write_text('[profile]\nname = "Alex"\nemail = "a@example.test"\n' + table)
    result = run("outbox")
    assert result.returncode == 2 and message in result.stderr and result.stderr.count("\n") == 1


def test_sending_needs_an_account(run: Runner) -> None:
    run("add", "--file", "examples/interview.toml")
    result = run("send", "1")
    assert result.returncode == 2 and result.stderr.startswith("error: smtp: expected an [smtp] table")


def test_a_line_break_in_a_header_is_refused() -> None:
    item = Outgoing(1, "thank-you", 1, Recipient("Dana\r\nBcc: x@evil.example", "dana@q.example", "Dana"),
                    "Thanks", "Body\n", "<1@example.test>", datetime(2026, 11, 20, 9, 0, tzinfo=timezone.utc))
    with pytest.raises(InputError, match="^to: expected text on one line"):
        mime_message(item, "Alex", "alex@example.test", item.send_at)
    with pytest.raises(InputError, match="^to: expected a valid email address"):
        mime_message(replace(item, to=Recipient("Dana", "not-an-address", "Dana")), "Alex", "alex@example.test",
                     item.send_at)


def mail_use_cases(run: Runner, monkeypatch: pytest.MonkeyPatch, now: str = "2026-11-20T09:00") -> Mail:
    """The use cases on the CLI's database and config, called directly: their typed results."""
    from followup.cli.app import Environment

    monkeypatch.setenv("FOLLOWUP_TEST_PASSWORD", mailserver.PASSWORD)
    return Mail(Environment(str(run.home / "followup.db"), run.home / "config.toml", now).service)


def test_send_returns_what_became_of_each_message(mail: Runner, server: mailserver.MailServer,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    use_cases = mail_use_cases(mail, monkeypatch)
    scheduled = use_cases.send(1, to=DANA, at="2026-11-20T14:00")
    assert [d.outcome for d in scheduled.deliveries] == ["scheduled"] and scheduled.all_went_out
    assert scheduled.deliveries[0].at is not None and scheduled.deliveries[0].at.hour == 14
    server.handler.fault = "refuse"
    refused = use_cases.send(1, to="siobhan@quixotiq.example")
    (delivery,) = refused.deliveries
    assert delivery.outcome == "failed" and delivery.item.state == "failed" and not refused.all_went_out
    assert (delivery.detail or "").startswith("sending: the server answered 550")
    server.handler.fault = None
    due = mail_use_cases(mail, monkeypatch, "2026-11-20T14:05").send_due()
    assert [(d.outcome, d.item.to.email) for d in due.deliveries] == [("sent", DANA)] and due.all_went_out
    dry = use_cases.send(1, to="talent@quixotiq.example", dry_run=True)
    assert [d.outcome for d in dry.deliveries] == ["dry-run"] and dry.dry_run
    assert "<talent@quixotiq.example>" in (dry.deliveries[0].mime or "")
    check = use_cases.test_account()
    assert check.smtp.host == "127.0.0.1" and check.smtp.username == "candidate@example.test" and check.imap is None


def test_everything_went_out_is_read_from_each_message() -> None:
    item = Outgoing(1, "thank-you", 1, Recipient("Dana", "dana@q.example", "Dana"), "S", "B\n", "<1@x.example>",
                    datetime(2026, 11, 20, 14, tzinfo=timezone.utc))
    sent = Delivery(replace(item, state="sent"), "sent", "no copy in Sent: imap: login: refused")
    waiting = Delivery(item, "scheduled", at=item.send_at)
    assert SendReport((sent, waiting)).all_went_out and SendReport().all_went_out
    for left in (Delivery(replace(item, error="connect: refused"), "retry-later", "connect: refused"),
                 Delivery(replace(item, state="sending"), "unconfirmed"),
                 Delivery(replace(item, state="failed", error="550"), "failed", "550")):
        assert not SendReport((sent, left)).all_went_out


def test_a_dry_run_needs_no_smtp_table_and_shows_the_message_decoded(run: Runner) -> None:
    config = run.home / "config.toml"
    config.write_text('[profile]\nname = "Alex Rivera"\nemail = "alex@example.test"\ntimezone = "America/New_York"\n')
    assert run("add", "--file", "examples/interview.toml").returncode == 0
    result = run("send", "1", "--dry-run")
    assert result.returncode == 0, result.stderr
    assert result.stdout.count("From: Alex Rivera <alex@example.test>") == 3
    siobhan = result.stdout.split("To: ")[2]
    assert "Siobhán" in siobhan and "=C3=A1" not in result.stdout and "=\n" not in result.stdout
    assert "Content-Transfer-Encoding" not in result.stdout and "=?utf-8?" not in result.stdout
    assert "Dear Ms. Whitfield," in result.stdout
    refused = run("send", "1")  # sending for real still needs the server
    assert refused.returncode == 2 and refused.stderr.startswith("error: smtp: expected an [smtp] table")
    config.write_text('[profile]\nname = "Alex Rivera"\ntimezone = "America/New_York"\n')
    nameless = run("send", "1", "--dry-run")
    assert nameless.returncode == 2 and nameless.stderr == (
        "error: profile.email: expected your email address, for the From line (or an [smtp] table with from)\n")


# -- XOAUTH2: Gmail and Microsoft 365 want an OAuth 2 token, from a command, in place of a password -------------

@pytest.fixture
def oauth2(run: Runner, server: mailserver.MailServer) -> Iterator[Runner]:
    server.handler.received.clear()
    server.handler.logins.clear()
    server.handler.fault = None
    helper = run.home / "token-helper"  # what oama or a provider's helper does: print a fresh access token
    helper.write_text(f"#!/bin/sh\necho {mailserver.TOKEN}\n")
    helper.chmod(0o700)
    (run.home / "config.toml").write_text(
        '[profile]\nname = "Alex Rivera"\nemail = "alex@example.test"\ntimezone = "America/New_York"\n'
        + server.oauth2_config(str(helper), "starttls"))
    assert run("add", "--file", "examples/interview.toml").returncode == 0
    yield run


def test_xoauth2_logs_in_with_the_token_a_command_prints(oauth2: Runner, server: mailserver.MailServer) -> None:
    tested = oauth2("account", "test")
    assert tested.returncode == 0, tested.stderr
    result = oauth2("send", "1", "--to", DANA)
    assert result.returncode == 0, result.stderr
    assert [m["To"].addresses[0].addr_spec for m in server.handler.received] == [DANA]
    assert server.handler.logins == [("XOAUTH2", mailserver.USER)] * 2
    assert mailserver.TOKEN not in result.stdout + result.stderr + tested.stdout + tested.stderr


def test_a_refused_token_is_a_login_failure_and_nothing_goes(oauth2: Runner, server: mailserver.MailServer) -> None:
    config = oauth2.home / "config.toml"
    config.write_text(config.read_text().replace(str(oauth2.home / "token-helper"), "echo ya29.expired"))
    tested = oauth2("account", "test")
    assert tested.returncode == 1 and tested.stderr.startswith(
        "error: smtp: login: candidate@example.test was refused (535)")
    result = oauth2("send", "1", "--to", DANA)
    assert result.returncode == 1 and "login: candidate@example.test was refused (535)" in result.stdout
    assert server.handler.received == [] and "ya29.expired" not in result.stdout + result.stderr


@pytest.mark.parametrize(("change", "said"), [
    ("false", "smtp.oauth2_token_command: expected a command that prints an access token (it exited with 1"),
    ("/nonexistent/helper", "smtp.oauth2_token_command: expected a command that prints an access token "
                            "(FileNotFoundError)"),
    ("echo 'unclosed", "smtp.oauth2_token_command: expected a command line"),
])
def test_a_token_command_that_fails_is_named(oauth2: Runner, change: str, said: str) -> None:
    config = oauth2.home / "config.toml"
    config.write_text(config.read_text().replace(f'"{oauth2.home / "token-helper"}"', f'"{change}"'))
    tested = oauth2("account", "test")
    assert tested.returncode == 2 and tested.stderr.startswith("error: " + said), tested.stderr


def test_a_password_and_a_token_command_together_are_refused(oauth2: Runner) -> None:
    config = oauth2.home / "config.toml"
    config.write_text(config.read_text() + 'password_env = "FOLLOWUP_TEST_PASSWORD"\n')
    refused = oauth2("account", "test")
    assert refused.returncode == 2
    assert "smtp.oauth2_token_command: expected either a password (password_command, password_env) or " \
           "oauth2_token_command, not both" in refused.stderr
