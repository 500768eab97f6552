"""Reading the inbox from a real IMAP server (Dovecot on 127.0.0.1, TLS): replies stop the inquiries,
automatic replies do not, rejections and offers are proposed and recorded on --apply, only new messages
are read, nothing in the mailbox changes, and a failure is loud."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

import mailserver
from conftest import Runner
from fastapi.testclient import TestClient

DANA = "dana.whitfield@quixotiq.example"


@pytest.fixture(scope="module")
def imap() -> Iterator[mailserver.ImapServer]:
    started = mailserver.start_imap()
    yield started
    mailserver.stop_imap(started)


@pytest.fixture
def smtp(smtp_server: mailserver.MailServer) -> mailserver.MailServer:
    return smtp_server


@pytest.fixture
def inbox(run: Runner, imap: mailserver.ImapServer, smtp: mailserver.MailServer) -> Runner:
    imap.empty()
    smtp.handler.received.clear()
    (run.home / "config.toml").write_text(
        '[profile]\nname = "Alex Rivera"\nemail = "candidate@example.test"\ntimezone = "America/New_York"\n'
        + smtp.config() + imap.config())
    run.env.update({"FOLLOWUP_TEST_PASSWORD": mailserver.PASSWORD, "FOLLOWUP_TEST_IMAP_PASSWORD": imap.password})
    assert run("add", "--file", "examples/interview.toml").returncode == 0
    return run


def message(sender: str, subject: str, body: str, **headers: str) -> str:
    extra = "".join(f"{name.replace('_', '-')}: {value}\n" for name, value in headers.items())
    return (f"From: {sender}\nTo: candidate@example.test\nSubject: {subject}\nDate: Mon, 23 Nov 2026 10:00:00 -0500\n"
            f"Message-ID: <{abs(hash((sender, subject, body)))}@example.test>\n{extra}\n{body}\n")


def status(run: Runner) -> str:
    return str(json.loads(run("plan", "1", "--json").stdout)["status"])


def test_a_reply_in_the_thread_stops_the_inquiries(inbox: Runner, imap: mailserver.ImapServer,
                                                   smtp: mailserver.MailServer) -> None:
    assert inbox("send", "1", "--to", DANA).returncode == 0
    sent_id = smtp.handler.received[0]["Message-ID"]
    imap.deliver(message("Someone Else <recruiting@hr-partner.example>", "Re: Thank you", "Thanks, Alex!",
                         In_Reply_To=sent_id, References=sent_id))
    result = inbox("sync")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == "1 new message(s) in INBOX."
    assert "#1: recruiting@hr-partner.example, “Re: Thank you”: a reply; the inquiries stop" in result.stdout
    assert status(inbox) == "replied"
    assert inbox("sync").stdout.splitlines() == ["0 new message(s) in INBOX."]  # only what is new


def test_a_reply_is_matched_by_address_or_company_domain_and_read_state_does_not_matter(
        inbox: Runner, imap: mailserver.ImapServer) -> None:
    imap.deliver(message("Siobhán <siobhan@quixotiq.example>", "Quick note", "Thanks for your note."), seen=True)
    imap.deliver(message("Pat <pat@quixotiq.example>", "Scheduling", "Could you do a call?"))
    imap.deliver(message("News <news@elsewhere.example>", "Weekly digest", "Hello"))
    imap.deliver(message("Alex Rivera <candidate@example.test>", "Re: Thank you", "my own note"))
    lines = inbox("sync").stdout.splitlines()
    assert lines[0] == "4 new message(s) in INBOX."
    assert [line.split(":")[0] for line in lines[1:]] == ["#1", "#1"]
    assert "siobhan@quixotiq.example" in lines[1] and "pat@quixotiq.example" in lines[2]


def first_inquiry(run: Runner) -> str:
    steps = json.loads(run("plan", "1", "--json").stdout)["steps"]
    return str(next(s["earliest"] for s in steps if s["kind"] == "status-inquiry"))


def test_newsletters_and_ambiguous_senders_are_not_replies(inbox: Runner, imap: mailserver.ImapServer) -> None:
    imap.deliver(message("News <news@quixotiq.example>", "Quixotiq monthly", "Our news.", List_Id="<news.q>",
                         List_Unsubscribe="<mailto:u@quixotiq.example>"))
    inbox("add", "--company", "Quixotiq", "--role", "Analyst", "--when", "2026-11-20T10:00",
          "--interviewer", "Pat <pat@quixotiq.example>")
    imap.deliver(message("Sam <sam@quixotiq.example>", "Hello", "Which interview is this about?"))
    result = inbox("sync")
    assert result.stdout.splitlines() == ["2 new message(s) in INBOX."]  # neither is filed anywhere
    assert status(inbox) == "active"


def test_an_automated_rejection_is_still_a_rejection_and_quotes_do_not_count(
        inbox: Runner, imap: mailserver.ImapServer) -> None:
    imap.deliver(message(f"Dana Whitfield <{DANA}>", "Re: Thank you",
                         "Great to hear from you, let's talk Monday.\n\nOn Fri, Alex wrote:\n> I am out of the office "
                         "until Monday, December 7."))
    imap.deliver(message(f"Careers <{DANA}>", "Your application",
                         "Unfortunately, we have decided to move forward with other candidates.",
                         Auto_Submitted="auto-generated"))
    result = inbox("sync")
    assert "“Re: Thank you”: a reply; the inquiries stop" in result.stdout
    assert "looks like a rejection" in result.stdout


def test_an_automatic_reply_is_not_an_answer(inbox: Runner, imap: mailserver.ImapServer) -> None:
    imap.deliver(message(f"Dana Whitfield <{DANA}>", "Automatic reply: Thank you", "Thanks for your message.",
                         Auto_Submitted="auto-replied"))
    result = inbox("sync")
    assert "an automatic reply, not an answer; the plan stays as it is" in result.stdout
    assert status(inbox) == "active"


def test_a_return_date_after_their_timeline_moves_the_next_inquiry(inbox: Runner,
                                                                   imap: mailserver.ImapServer) -> None:
    before = first_inquiry(inbox)  # their timeline: within two weeks, Thu 3 Dec; the inquiry opens Fri 4 Dec
    assert before.startswith("2026-12-04")
    imap.deliver(message(f"Dana Whitfield <{DANA}>", "Out of Office",
                         "I am out of the office and will be back on Monday, December 14."))
    result = inbox("sync")
    assert "they are back Monday, December 14, so the next inquiry waits until after that" in result.stdout
    assert first_inquiry(inbox).startswith("2026-12-15") and status(inbox) == "active"
    imap.deliver(message(f"Dana Whitfield <{DANA}>", "Automatic reply", "I am away until Monday, November 30."))
    earlier = inbox("sync")  # back before the timeline already known (14 December): nothing moves
    assert "the plan stays as it is" in earlier.stdout
    assert "back Monday, November 30" not in earlier.stdout and first_inquiry(inbox).startswith("2026-12-15")


def test_a_rejection_is_proposed_then_recorded_on_apply(inbox: Runner, imap: mailserver.ImapServer) -> None:
    imap.deliver(message(f"Dana Whitfield <{DANA}>", "Your application",
                         "Thank you for your time. Unfortunately, we have decided to move forward with other "
                         "candidates."))
    first = inbox("sync")
    assert "looks like a rejection" in first.stdout and "run 'followup sync --apply' to record it" in first.stdout
    assert status(inbox) == "replied"  # a reply, not yet a rejection: the candidate confirms
    kept = inbox("sync")  # still proposed until you decide
    assert "looks like a rejection" in kept.stdout
    applied = inbox("sync", "--apply")
    assert "#1: recorded rejected" in applied.stdout
    assert status(inbox) == "rejected"
    kinds = {s["kind"] for s in json.loads(inbox("plan", "1", "--json").stdout)["steps"]}
    assert "rejection-reply" in kinds


def test_a_wrong_proposal_can_be_dropped(inbox: Runner, imap: mailserver.ImapServer) -> None:
    imap.deliver(message(f"Dana Whitfield <{DANA}>", "Offer?", "We'd like to offer you a coffee chat next week."))
    assert "looks like" not in inbox("sync").stdout  # a coffee chat is not a job offer
    imap.deliver(message(f"Dana Whitfield <{DANA}>", "Re: Thank you", "We'd like to make you an offer."))
    assert "looks like an offer" in inbox("sync").stdout
    assert inbox("sync", "--discard").stdout.strip() == "Dropped 1 proposal(s); nothing was recorded."
    assert "looks like" not in inbox("sync").stdout and status(inbox) == "replied"


def test_sync_never_changes_the_mailbox(inbox: Runner, imap: mailserver.ImapServer) -> None:
    imap.deliver(message(f"Dana Whitfield <{DANA}>", "Hello", "A reply."))
    inbox("sync")
    with imap.box() as box:
        box.folder.set("INBOX")
        (kept,) = list(box.fetch(mark_seen=False))
    assert "\\Seen" not in kept.flags and kept.subject == "Hello"


def test_account_test_tries_both_connections(inbox: Runner, imap: mailserver.ImapServer) -> None:
    both = inbox("account", "test")
    assert both.returncode == 0 and [line.split(":")[0] for line in both.stdout.splitlines()] == ["smtp", "imap"]
    wrong = inbox("account", "test", FOLLOWUP_TEST_IMAP_PASSWORD="wrong")
    assert wrong.returncode == 1 and wrong.stderr.startswith("error: imap: login:")


def test_a_failed_sync_is_loud(inbox: Runner, imap: mailserver.ImapServer) -> None:
    wrong = inbox("sync", FOLLOWUP_TEST_IMAP_PASSWORD="wrong")
    assert wrong.returncode == 1 and wrong.stderr.startswith("error: imap: login: candidate@example.test was refused")
    config = inbox.home / "config.toml"
    config.write_text(config.read_text().replace(f"port = {imap.port}", f"port = {mailserver.free_port()}"))
    down = inbox("sync")
    assert down.returncode == 1 and down.stderr.startswith("error: imap: connect: 127.0.0.1:")


def sent_folder(imap: mailserver.ImapServer) -> list[str]:
    with imap.box() as box:
        if "Sent" not in [f.name for f in box.folder.list()]:
            return []
        box.folder.set("Sent")
        return [m.headers.get("message-id", ("",))[0] for m in box.fetch(mark_seen=False)]


def test_an_unconfirmed_message_found_in_sent_is_not_sent_again(inbox: Runner, imap: mailserver.ImapServer,
                                                                 smtp: mailserver.MailServer) -> None:
    smtp.handler.fault = "disconnect"
    assert inbox("send", "1", "--to", DANA).returncode == 1
    smtp.handler.fault = None
    (left,) = json.loads(inbox("outbox", "--json").stdout)
    with imap.box() as box:
        if "Sent" not in [f.name for f in box.folder.list()]:
            box.folder.create("Sent")
    imap.deliver(f"From: candidate@example.test\nTo: {DANA}\nSubject: Thank you\nMessage-ID: {left['message_id']}"
                 "\n\nIt did go out.\n", folder="Sent", seen=True)
    result = inbox("send", "--due")
    assert result.returncode == 0 and result.stdout.startswith("sent (found in your Sent folder)")
    assert smtp.handler.received == []  # never twice
    assert [o["state"] for o in json.loads(inbox("outbox", "--json").stdout)] == ["sent"]


def test_an_unconfirmed_message_not_in_sent_stays_unconfirmed_by_default(
        inbox: Runner, imap: mailserver.ImapServer, smtp: mailserver.MailServer) -> None:
    smtp.handler.fault = "disconnect"
    inbox("send", "1", "--to", DANA)
    smtp.handler.fault = None
    result = inbox("send", "--due")  # no Sent folder at all on this server: still nothing is sent twice
    assert result.returncode == 1 and result.stdout.startswith("unconfirmed:")
    assert smtp.handler.received == []


def test_an_unconfirmed_message_not_in_sent_goes_again_with_its_message_id(
        inbox: Runner, imap: mailserver.ImapServer, smtp: mailserver.MailServer) -> None:
    config = inbox.home / "config.toml"
    config.write_text(config.read_text() + "server_keeps_sent = true\n")
    with imap.box() as box:
        if "Sent" not in [f.name for f in box.folder.list()]:
            box.folder.create("Sent")
    smtp.handler.fault = "disconnect"
    inbox("send", "1", "--to", DANA)
    smtp.handler.fault = None
    (left,) = json.loads(inbox("outbox", "--json").stdout)
    result = inbox("send", "--due")
    assert result.returncode == 0 and result.stdout.startswith("sent: thank-you to Dana Whitfield")
    assert [m["Message-ID"] for m in smtp.handler.received] == [left["message_id"]]


def test_a_copy_goes_to_sent_where_the_server_does_not_keep_one(inbox: Runner, imap: mailserver.ImapServer,
                                                                 smtp: mailserver.MailServer) -> None:
    config = inbox.home / "config.toml"
    config.write_text(config.read_text() + "copy_to_sent = true\n")
    with imap.box() as box:
        if "Sent" not in [f.name for f in box.folder.list()]:
            box.folder.create("Sent")
    assert inbox("send", "1", "--to", DANA).returncode == 0
    assert sent_folder(imap) == [smtp.handler.received[0]["Message-ID"]]


def test_sync_returns_what_it_read_and_recorded(inbox: Runner, imap: mailserver.ImapServer,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    from followup.cli.app import Environment
    from followup.usecases.mailing import Mail

    monkeypatch.setenv("FOLLOWUP_TEST_IMAP_PASSWORD", imap.password)

    def mail() -> Mail:
        return Mail(Environment(str(inbox.home / "followup.db"), inbox.home / "config.toml",
                                "2026-11-24T09:00").service)

    imap.deliver(message(f"Dana Whitfield <{DANA}>", "Your application",
                         "Unfortunately, we have decided to move forward with other candidates."))
    imap.deliver(message(f"Dana Whitfield <{DANA}>", "Out of Office", "I am back on Monday, December 14."))
    imap.deliver(message("News <news@elsewhere.example>", "Weekly digest", "Hello"))
    first = mail().sync()
    assert (first.folder, first.new, first.applied, first.recorded) == ("INBOX", 3, False, 2)  # a reply, a timeline
    assert [(a.interview_id, a.sender, a.kind, a.back) for a in first.arrivals] == [
        (1, DANA, "rejection", None), (1, DANA, "auto-reply", "Monday, December 14")]
    (proposal,) = first.proposals
    assert (proposal.interview_id, proposal.event) == (1, "rejected")
    applied = mail().sync(apply=True)
    assert (applied.new, applied.arrivals, applied.recorded, applied.applied) == (0, (), 1, True)
    assert [p.event for p in applied.proposals] == ["rejected"] and status(inbox) == "rejected"
    events = [e["type"] for e in json.loads(inbox("show", "1", "--json").stdout)["events"]]
    assert sorted(events) == ["rejected", "reply", "timeline"]


# -- XOAUTH2 against Dovecot, which checks the token (a signed JWT) by itself ------------------------------

def _oauth2_inbox(run: Runner, imap: mailserver.ImapServer, smtp: mailserver.MailServer, token: str) -> Runner:
    helper = run.home / "token-helper"
    helper.write_text(f"#!/bin/sh\necho {token}\n")
    helper.chmod(0o700)
    config = run.home / "config.toml"
    config.write_text(config.read_text().replace(imap.config(), imap.oauth2_config(str(helper))))
    return run


def test_sync_logs_in_with_xoauth2(inbox: Runner, imap: mailserver.ImapServer, smtp: mailserver.MailServer) -> None:
    token = imap.token()
    run = _oauth2_inbox(inbox, imap, smtp, token)
    assert run("send", "1", "--to", DANA).returncode == 0
    sent_id = smtp.handler.received[0]["Message-ID"]
    imap.deliver(message(f"Dana Whitfield <{DANA}>", "Re: Thank you", "Thanks!", In_Reply_To=sent_id))
    tested = run("account", "test")
    assert tested.returncode == 0 and tested.stdout.splitlines()[1].startswith("imap: "), tested.stderr
    result = run("sync")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == "1 new message(s) in INBOX."
    assert token not in result.stdout + result.stderr + tested.stdout + tested.stderr
    log = (imap.folder / "dovecot.log").read_text()
    assert "user=<candidate@example.test>, method=XOAUTH2" in log


@pytest.mark.parametrize("which", ["another key", "expired", "another user"])
def test_dovecot_refuses_a_token_it_did_not_sign_for_this_user_now(inbox: Runner, imap: mailserver.ImapServer,
                                                                   smtp: mailserver.MailServer, which: str) -> None:
    token = {"another key": imap.token(key=b"k" * 32), "expired": imap.token(lifetime=-600),
             "another user": imap.token(user="someone@example.test")}[which]
    run = _oauth2_inbox(inbox, imap, smtp, token)
    refused = run("sync")
    assert refused.returncode == 1
    assert refused.stderr.startswith("error: imap: login: candidate@example.test was refused"), refused.stderr


def test_the_sentence_that_decided_is_shown_and_recorded(inbox: Runner, imap: mailserver.ImapServer) -> None:
    imap.deliver(message(f"Dana Whitfield <{DANA}>", "Update on your application",
                         "Thank you for your patience.\n\nOn this occasion your application has been unsuccessful, "
                         "but we enjoyed meeting you.\n\nKind regards,\nDana"))
    first = inbox("sync")
    assert "#1: looks like a rejection (#1: dana.whitfield@quixotiq.example, “Update on your application”): " \
           "“On this occasion your application has been unsuccessful, but we enjoyed meeting you.”" in first.stdout
    shown = json.loads(inbox("sync", "--json").stdout)  # kept until applied, in JSON too
    assert [(p["event"], p["because"]) for p in shown["proposals"]] == [
        ("rejected", "On this occasion your application has been unsuccessful, but we enjoyed meeting you.")]
    assert "#1: recorded rejected" in inbox("sync", "--apply").stdout and status(inbox) == "rejected"


def test_a_date_in_a_reply_is_proposed_as_their_new_timeline(inbox: Runner, imap: mailserver.ImapServer) -> None:
    imap.deliver(message(f"Dana Whitfield <{DANA}>", "Re: Checking in",
                         "Hi Alex,\n\nNo decision yet, I'll have news by Friday.\n\nBest,\nDana"))
    first = inbox("sync")
    assert "#1: gives a new timeline, 2026-11-27 (#1: dana.whitfield@quixotiq.example, “Re: Checking in”): " \
           "“No decision yet, I'll have news by Friday.”; run 'followup sync --apply' to record it" in first.stdout
    inbox("sync", "--apply")
    events = json.loads(inbox("show", "1", "--json").stdout)["events"]
    assert [(e["type"], e.get("decision_by")) for e in events if e["type"] == "timeline"] == [
        ("timeline", "2026-11-27")]
    assert status(inbox) == "active" and first_inquiry(inbox) > "2026-11-28"  # asked again after their Friday


def test_an_invitation_to_a_next_round_is_added_as_a_linked_interview(inbox: Runner,
                                                                    imap: mailserver.ImapServer) -> None:
    imap.deliver(message(f"Dana Whitfield <{DANA}>", "Next steps",
                         "Great news! We'd like to move you forward to the final round.\n\nAre you free on "
                         "Thursday, December 3?"))
    first = inbox("sync")
    assert "#1: looks like an invitation to a next round on 2026-12-03 with Dana Whitfield <" + DANA + ">" \
           in first.stdout and "“We'd like to move you forward to the final round.”" in first.stdout
    assert "added the next round as interview #2" in inbox("sync", "--apply").stdout
    second = json.loads(inbox("show", "2", "--json").stdout)
    assert (second["company"], second["role"], second["when"][:10]) == ("Quixotiq", "Senior Data Engineer",
                                                                         "2026-12-03")
    assert [i["email"] for i in second["interviewers"]] == [DANA] and "interview #1" in second["notes"]
    assert "Next round: interview #2 on 2026-12-03." in inbox("show", "1").stdout


# -- one message without IMAP: followup read ------------------------------------------------------------------
CORPUS = [json.loads(line) for line in (Path(__file__).parent / "data" / "replies" / "corpus.jsonl").read_text()
          .splitlines()]
KIND = {"rejection": "rejection", "offer": "offer", "next-round": "next-round"}


@pytest.mark.parametrize("row", [r for r in CORPUS if r["split"] == "held-out" and r["label"] in KIND][::4],
                         ids=lambda r: str(r["id"]))
def test_read_on_an_eml_file_from_the_corpus(run: Runner, row: dict[str, str], tmp_path: Path) -> None:
    assert run("add", "--file", "examples/interview.toml").returncode == 0
    eml = tmp_path / "reply.eml"
    eml.write_bytes(message(f"Dana Whitfield <{DANA}>", row["subject"], row["body"]).encode())
    result = run("read", str(eml), "--json")
    assert result.returncode == 0, result.stderr
    (arrival,) = json.loads(result.stdout)["arrivals"]
    assert (arrival["interview"], arrival["kind"]) == (1, KIND[row["label"]])
    assert arrival["because"] and " ".join(arrival["because"].split()[:3]) in " ".join(row["body"].split())


def test_read_pasted_text_for_a_named_interview_then_apply(run: Runner) -> None:
    assert run("add", "--file", "examples/interview.toml").returncode == 0
    pasted = "Dear Alex,\n\nWe will not be proceeding with your application at this time.\n\nRegards"
    first = run("read", "-", "--interview", "1", input=pasted)
    assert first.returncode == 0, first.stderr
    assert "looks like a rejection" in first.stdout and "read it again with --apply to record it" in first.stdout
    assert "“We will not be proceeding with your application at this time.”" in first.stdout
    applied = run("read", "-", "--interview", "1", "--apply", input=pasted)
    assert "#1: recorded rejected" in applied.stdout
    assert json.loads(run("plan", "1", "--json").stdout)["status"] == "rejected"


def test_pasted_text_with_no_sender_proposes_a_next_round_with_no_one_named(run: Runner) -> None:
    assert run("add", "--file", "examples/interview.toml").returncode == 0
    pasted = "Subject: Re: Thank you\n\nWe would like to invite you to a final interview on 3 December.\n"
    said = run("read", "-", "--interview", "1", input=pasted).stdout
    assert "#1: looks like an invitation to a next round on 2026-12-03 (#1: no sender" in said, said


def test_pasted_text_with_no_subject_is_named_so(run: Runner) -> None:
    """Pasted text has no sender and often no subject: it is said so, not shown as an empty “”."""
    assert run("add", "--file", "examples/interview.toml").returncode == 0
    said = run("read", "-", "--interview", "1", input="We have gone with someone local, sorry.\n").stdout
    assert "#1: no sender, no subject: a reply" in said and "\u201c\u201d" not in said, said


def test_a_message_read_by_hand_records_and_shows_only_what_it_proposes(run: Runner) -> None:
    """A reader found `read --apply` of a plain reply recording an earlier message's rejection and another's
    offer together, and every `read` listing all that was ever proposed as if this message had."""
    assert run("add", "--file", "examples/interview.toml").returncode == 0
    refusal = "We will not be proceeding with your application."
    assert run("read", "-", "--interview", "1", input=refusal).returncode == 0
    plain = run("read", "-", "--interview", "1", "--json", input="Thanks, talk soon.")
    assert json.loads(plain.stdout)["proposals"] == []
    applied = run("read", "-", "--interview", "1", "--apply", input="Thanks, talk soon.")
    assert "recorded rejected" not in applied.stdout
    assert json.loads(run("plan", "1", "--json").stdout)["status"] != "rejected"


def test_a_message_read_twice_is_one_reply_and_its_rejection_is_recorded_once(run: Runner, tmp_path: Path) -> None:
    """A newcomer found `read --apply` on the same saved message twice recording the rejection twice. A
    rejection on record is not proposed again; undone (a mistaken one), the next rejection is proposed anew (an
    attacker found a remembered message hiding a real rejection after `undo`)."""
    assert run("add", "--file", "examples/interview.toml").returncode == 0
    eml = tmp_path / "reply.eml"
    eml.write_bytes(message(f"Dana Whitfield <{DANA}>", "Your application",
                            "Dear Alex,\n\nWe will not be proceeding with your application.\n\nDana").encode())
    later = {"FOLLOWUP_NOW": "2026-11-24T09:00"}  # after the message's Date
    assert "recorded rejected" in run("read", str(eml), "--apply", **later).stdout
    again = run("read", str(eml), "--apply", **later)
    assert again.returncode == 0, again.stderr
    assert "recorded rejected" not in again.stdout and "a rejection, recorded already" in again.stdout
    (known,) = json.loads(run("read", str(eml), "--json", **later).stdout)["known"]
    assert known["event"] == "rejected"
    events = json.loads(run("show", "1", "--json").stdout)["events"]
    assert sorted(e["type"] for e in events) == ["rejected", "reply"]
    rejected = next(e["id"] for e in events if e["type"] == "rejected")
    assert run("undo", "1", **later).returncode == 0 and rejected not in [
        e["id"] for e in json.loads(run("show", "1", "--json").stdout)["events"]]
    assert "recorded rejected" in run("read", str(eml), "--apply", **later).stdout


def test_the_same_pasted_reply_applied_twice_within_the_hour_is_one_reply(run: Runner) -> None:
    """An attacker's race pass: 20 `read --apply` at once of one message with no Date recorded 20 replies (each
    stamped when read). Within the hour it is one reply, whether the reads run at once or one after the other."""
    import subprocess

    assert run("add", "--file", "examples/interview.toml").returncode == 0
    pasted = "Thanks Alex, good to hear from you. Talk soon."
    for now in ("2026-11-24T12:00", "2026-11-24T12:20"):
        assert run("read", "-", "--interview", "1", "--apply", input=pasted, FOLLOWUP_NOW=now).returncode == 0
    command = [str(Path(sys.executable).with_name("followup")), "read", "-", "--interview", "1", "--apply"]
    runs = [subprocess.Popen(command,
                             env={**run.env, "FOLLOWUP_NOW": "2026-11-24T12:40"}, stdin=subprocess.PIPE,
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True) for _ in range(6)]
    said = [process.communicate(pasted, timeout=60)[1] for process in runs]
    assert [process.returncode for process in runs] == [0] * 6, said
    events = json.loads(run("show", "1", "--json").stdout)["events"]
    assert [(e["type"], e["at"][:16]) for e in events] == [("reply", "2026-11-24T12:00")]


def test_the_same_pasted_reply_read_a_little_earlier_is_still_one_reply(run: Runner) -> None:
    """An attacker's pass: reads at once take their times a moment apart, and one that took an earlier time but
    was recorded later made a second reply (and moved the first time back)."""
    assert run("add", "--file", "examples/interview.toml").returncode == 0
    pasted = "Thanks, we will be in touch soon."
    for now in ("2026-11-24T12:00", "2026-11-24T11:59", "2026-11-24T12:30"):
        assert run("read", "-", "--interview", "1", "--apply", input=pasted, FOLLOWUP_NOW=now).returncode == 0
    events = json.loads(run("show", "1", "--json").stdout)["events"]
    assert [(e["type"], e["at"][:16]) for e in events] == [("reply", "2026-11-24T12:00")]


def test_the_same_pasted_reply_read_out_of_clock_order_keeps_each_reading(run: Runner) -> None:
    """An attacker's second pass: read at 12:00, 13:30, 11:59 and 13:35 it is two readings (12:00 and 13:30),
    not four; a zero-width space does not make it another text."""
    assert run("add", "--file", "examples/interview.toml").returncode == 0
    pasted = "Thanks, we will be in touch soon."
    hidden = "Thanks,\u200b " + pasted[8:]  # a zero-width space
    for now, text in (("12:00", pasted), ("13:30", pasted), ("11:59", pasted), ("13:35", hidden)):
        result = run("read", "-", "--interview", "1", "--apply", input=text, FOLLOWUP_NOW=f"2026-11-24T{now}")
        assert result.returncode == 0, result.stderr
    events = json.loads(run("show", "1", "--json").stdout)["events"]
    assert [e["at"][11:16] for e in events] == ["12:00", "13:30"]


def test_a_pasted_reply_read_a_day_back_keeps_the_later_readings(run: Runner) -> None:
    """An attacker's third pass: a read with the clock a day back dropped the readings kept after it."""
    assert run("add", "--file", "examples/interview.toml").returncode == 0
    pasted = "Thanks, we will be in touch soon."
    for now in ("2026-11-24T14:00", "2026-11-23T12:00", "2026-11-24T13:30"):
        assert run("read", "-", "--interview", "1", "--apply", input=pasted, FOLLOWUP_NOW=now).returncode == 0
    events = json.loads(run("show", "1", "--json").stdout)["events"]
    assert sorted(e["at"][:16] for e in events) == ["2026-11-23T12:00", "2026-11-24T14:00"]


@pytest.mark.parametrize(("name", "kept"), [
    *(("read:undated", kept) for kept in ("not json", "[]", "42", "null", '"str"', "NaN", '{"fp": 5}', '{"fp": null}',
                                          '{"fp": "2026-11-24T11:30"}', '{"fp": "2026-11-24"}', '{"x": "a", "y": 3}',
                                          "[" * 1000, '{"fp": [5, "x"]}')),
    *(("sync:proposals", kept) for kept in ("{", "42", "[" * 1000, '[{"interview": 1}]', '[{"decision_by": "soon"}]',
                                            '[{"interview": 1, "event": "rejected", "at": "2026-11-24T12:00:00+00:00",'
                                            ' "why": ["x"]}]'))])
def test_a_damaged_record_of_pasted_replies_is_read_around(run: Runner, name: str, kept: str) -> None:
    """An attacker's passes: 14 of 21 values of the setting that keeps when pasted replies were first read gave a
    traceback on every later read; so did a deeply nested one, and a damaged record of what sync proposed."""
    import sqlite3

    assert run("add", "--file", "examples/interview.toml").returncode == 0
    with sqlite3.connect(run.env["FOLLOWUP_DB"]) as db:
        db.execute("INSERT INTO meta (name, value) VALUES (?, ?)", (name, kept))
    result = run("read", "-", "--interview", "1", "--apply", input="Thanks, more soon.",
                 FOLLOWUP_NOW="2026-11-24T12:00")
    assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr
    assert [e["type"] for e in json.loads(run("show", "1", "--json").stdout)["events"]] == ["reply"]


def test_the_newest_pasted_reply_is_kept_whatever_the_time_zones(run: Runner) -> None:
    """An attacker's pass: 500 first reads kept at +00:00 and a new one at -05:00 (the same moment later)
    sorted as text, so the new one was dropped first, and the same text read again made a second reply."""
    import sqlite3

    assert run("add", "--file", "examples/interview.toml").returncode == 0
    kept = {f"{n:024x}": "2026-11-24T12:00:00+00:00" for n in range(500)}
    with sqlite3.connect(run.env["FOLLOWUP_DB"]) as db:
        db.execute("INSERT INTO meta (name, value) VALUES ('read:undated', ?)", (json.dumps(kept),))
    for now in ("2026-11-24T08:30-05:00", "2026-11-24T08:40-05:00"):
        result = run("read", "-", "--interview", "1", "--apply", input="Lovely, thanks.", FOLLOWUP_NOW=now)
        assert result.returncode == 0, result.stderr
    assert [e["type"] for e in json.loads(run("show", "1", "--json").stdout)["events"]] == ["reply"]


def test_a_timeline_pasted_twice_is_recorded_once(run: Runner) -> None:
    """Pasted text has no Message-ID nor Date: pasted again later it is another reply (it may be one), but the
    timeline it gives is on record already."""
    assert run("add", "--file", "examples/interview.toml").returncode == 0
    pasted = "Thanks for your note. We hope to decide by the end of next week."
    assert "recorded timeline" in run("read", "-", "--interview", "1", "--apply", input=pasted,
                                      FOLLOWUP_NOW="2026-11-24T12:00").stdout
    again = run("read", "-", "--interview", "1", "--apply", input=pasted.replace(" ", "  "),
                FOLLOWUP_NOW="2026-11-25T10:00")
    assert again.returncode == 0 and "timeline" not in again.stdout
    events = [e["type"] for e in json.loads(run("show", "1", "--json").stdout)["events"]]
    assert sorted(events) == ["reply", "reply", "timeline"]


def test_read_names_the_sentence_the_trained_model_decided_on(run: Runner) -> None:
    """No phrase rule knows this offer; the model does, and says which sentence told it."""
    assert run("add", "--file", "examples/interview.toml").returncode == 0
    pasted = ("Hi Alex,\n\nI am delighted to say the panel would love you to join us as our new Data Engineer. HR "
              "will send the paperwork tomorrow.\n\nBest,\nDana")
    result = run("read", "-", "--interview", "1", "--json", input=pasted)
    assert result.returncode == 0, result.stderr
    (arrival,) = json.loads(result.stdout)["arrivals"]
    assert (arrival["kind"], arrival["because"]) == (
        "offer", "I am delighted to say the panel would love you to join us as our new Data Engineer.")


def test_read_takes_a_saved_message_in_its_own_character_set(run: Runner, tmp_path: Path) -> None:
    assert run("add", "--file", "examples/interview.toml").returncode == 0
    eml = tmp_path / "latin1.eml"
    eml.write_bytes(f"From: Dana Whitfield <{DANA}>\r\nTo: alex@example.com\r\nSubject: Votre candidature \u00e0 "
                    "Orl\u00e9ans\r\n"  # 8-bit Latin-1 in the header too, as old mail programs write it
                    "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=iso-8859-1\r\n"
                    "Content-Transfer-Encoding: 8bit\r\n\r\nDear Alex,\r\n\r\nWe will not be proceeding with "
                    "your application at this time. Ren\u00e9e sends her best.\r\n".encode("latin-1"))
    result = run("read", str(eml), "--json")
    assert result.returncode == 0, result.stderr
    (arrival,) = json.loads(result.stdout)["arrivals"]
    assert arrival["kind"] == "rejection"
    assert arrival["subject"] == "Votre candidature \u00e0 Orl\u00e9ans"  # no letter lost


@pytest.mark.parametrize("encoded", [False, True])
def test_read_takes_a_message_that_says_utf16_for_what_it_is(run: Runner, tmp_path: Path, encoded: bool) -> None:
    """An attacker's pass: plain text declared as UTF-16 was read as UTF-16, Chinese-looking nonsense that hid a
    rejection. Text really in UTF-16 is read as such."""
    import base64

    assert run("add", "--file", "examples/interview.toml").returncode == 0
    said = "Dear Alex, we will not be proceeding with your application. Zo\u00eb"
    body = base64.b64encode(said.encode("utf-16")) if encoded else said.encode("latin-1")
    eml = tmp_path / "utf16.eml"
    eml.write_bytes(f"From: Dana Whitfield <{DANA}>\r\nSubject: Your application\r\nMIME-Version: 1.0\r\n"
                    "Content-Type: text/plain; charset=utf-16\r\nContent-Transfer-Encoding: "
                    f"{'base64' if encoded else '8bit'}\r\n\r\n".encode() + body + b"\r\n")
    result = run("read", str(eml), "--json")
    assert result.returncode == 0, result.stderr
    (arrival,) = json.loads(result.stdout)["arrivals"]
    assert arrival["kind"] == "rejection" and arrival["because"] == (
        "Dear Alex, we will not be proceeding with your application.")
    from followup.mail.imap import parse_message

    assert parse_message(eml.read_bytes()).text.rstrip().endswith("Zo\u00eb")  # 8-bit: read as Windows-1252


def test_an_attachment_that_says_utf16_is_not_read_as_their_words(run: Runner, tmp_path: Path) -> None:
    """An attacker's second pass: an attached .txt labelled UTF-16 (no NUL) made every text part be read, the
    attachment too, and the rejection in the attachment was proposed."""
    assert run("add", "--file", "examples/interview.toml").returncode == 0
    eml = tmp_path / "attached.eml"
    eml.write_bytes(f"From: Dana Whitfield <{DANA}>\r\nSubject: Re: Thank you\r\nMIME-Version: 1.0\r\n"
                    "Content-Type: multipart/mixed; boundary=BB\r\n\r\n--BB\r\nContent-Type: text/plain; "
                    "charset=utf-8\r\n\r\nThanks Alex, good to meet you. More soon.\r\n--BB\r\nContent-Type: "
                    "text/plain; charset=utf-16\r\nContent-Disposition: attachment; filename=notes.txt\r\n\r\n"
                    "Unfortunately we have decided not to move forward with your application.\r\n--BB--\r\n"
                    .encode())
    result = run("read", str(eml), "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["proposals"] == []


def test_read_refuses_what_it_cannot_file(run: Runner, tmp_path: Path) -> None:
    assert run("add", "--file", "examples/interview.toml").returncode == 0
    nowhere = run("read", "-", input="We'd like to make you an offer.")
    assert nowhere.returncode == 2 and nowhere.stderr.startswith("error: interview: expected the interview")
    missing = run("read", str(tmp_path / "none.eml"))
    assert missing.returncode == 2 and "FILE" in missing.stderr and "Traceback" not in missing.stderr
    assert json.loads(run("show", "1", "--json").stdout)["events"] == []  # nothing written


# -- the web's paste box ------------------------------------------------------------------------------------------
from test_web import add, client, soup  # noqa: E402,F401 - the web app's fixture and helpers


def test_the_paste_box_reads_their_reply_and_records_on_request(client: TestClient) -> None:  # noqa: F811
    interview_id = add(client)
    page = soup(client.get(f"/interviews/{interview_id}"))
    assert page.select_one("#reply textarea[name=message]") is not None
    pasted = "Hi Alex,\n\nWe'd like to offer you the Data Engineer position, starting in January.\n\nBest, Dana"
    read = soup(client.post(f"/interviews/{interview_id}/reply", data={"message": pasted},
                            headers={"HX-Request": "true"}))
    assert "Read as offer" in read.get_text(" ", strip=True)
    (because,) = read.select("q.because")
    assert because.get_text() == "We'd like to offer you the Data Engineer position, starting in January."
    assert "proposed" in read.select_one(".proposals").get_text()
    applied = soup(client.post(f"/interviews/{interview_id}/reply", data={"apply": "1"}))  # without htmx: the page
    assert "recorded" in applied.select_one(".proposals").get_text()
    assert "status offer" in applied.select_one("p.meta").get_text(" ", strip=True)


def test_recording_on_one_interviews_page_leaves_the_others_proposals_alone(client: TestClient) -> None:  # noqa: F811
    first, second = add(client), add(client, force="on")  # the same interview twice, on purpose
    for interview_id in (first, second):
        client.post(f"/interviews/{interview_id}/reply",
                    data={"message": "Hi Alex,\n\nWe'd like to offer you the position.\n\nBest, Dana"})
    applied = soup(client.post(f"/interviews/{first}/reply", data={"apply": "1"}))
    assert "status offer" in applied.select_one("p.meta").get_text(" ", strip=True)
    other = soup(client.get(f"/interviews/{second}"))
    assert "status offer" not in other.select_one("p.meta").get_text(" ", strip=True)  # still only proposed
    assert "status offer" in soup(client.post(f"/interviews/{second}/reply", data={"apply": "1"})).select_one(
        "p.meta").get_text(" ", strip=True)


def test_the_paste_box_says_what_was_recorded_already(client: TestClient) -> None:  # noqa: F811
    interview_id = add(client)
    pasted = "Hi Alex,\n\nWe'd like to offer you the position.\n\nBest, Dana"
    client.post(f"/interviews/{interview_id}/reply", data={"message": pasted})
    client.post(f"/interviews/{interview_id}/reply", data={"apply": "1"})
    again = soup(client.post(f"/interviews/{interview_id}/reply", data={"message": pasted}))
    assert again.select_one(".proposals") is None
    assert again.select_one("p.known").get_text(" ", strip=True) == (
        f"#{interview_id}: the offer in this message was recorded already.")


def test_the_paste_box_wants_some_text(client: TestClient) -> None:  # noqa: F811
    interview_id = add(client)
    empty = client.post(f"/interviews/{interview_id}/reply", data={"message": "  "})
    assert empty.status_code == 400 and "message" in empty.text


# -- a local Maildir instead of IMAP --------------------------------------------------------------------------------
def test_sync_reads_a_local_maildir_and_never_changes_it(run: Runner, tmp_path: Path) -> None:
    import mailbox
    import os

    assert run("add", "--file", "examples/interview.toml").returncode == 0
    (tmp_path / "Mail").mkdir()
    folder = mailbox.Maildir(tmp_path / "Mail" / "INBOX")  # as mbsync or offlineimap keep it
    folder.add(mailbox.MaildirMessage(message(f"Dana Whitfield <{DANA}>", "Re: Checking in",
                                              "The hiring team has chosen another candidate.")))
    seen = mailbox.MaildirMessage(message("News <news@elsewhere.example>", "Digest", "Hello"))
    seen.set_subdir("cur")
    seen.set_flags("S")
    folder.add(seen)
    before = sorted((p.name, p.read_bytes()) for p in (tmp_path / "Mail").rglob("*") if p.is_file())
    first = run("sync", "--maildir", str(tmp_path / "Mail" / "INBOX"))
    assert first.returncode == 0, first.stderr
    assert first.stdout.splitlines()[0].startswith("2 new message(s) in ")
    assert "#1: looks like a rejection" in first.stdout and "“The hiring team has chosen another candidate.”" \
        in first.stdout
    assert run("sync", "--maildir", str(tmp_path / "Mail" / "INBOX")).stdout.startswith("0 new message(s)")
    later = mailbox.MaildirMessage(message(f"Dana Whitfield <{DANA}>", "Re: Thank you", "Thanks, Alex!"))
    key = folder.add(later)
    newer = os.stat(tmp_path / "Mail" / "INBOX" / "new" / key).st_mtime_ns + 10**9
    os.utime(tmp_path / "Mail" / "INBOX" / "new" / key, ns=(newer, newer))
    third = run("sync", "--maildir", str(tmp_path / "Mail" / "INBOX"), "--apply")
    assert third.stdout.splitlines()[0].startswith("1 new message(s)") and "#1: recorded rejected" in third.stdout
    after = sorted((p.name, p.read_bytes()) for p in (tmp_path / "Mail").rglob("*") if p.is_file())
    assert [n for n, _ in after if n != key] == [n for n, _ in before] and set(before) <= set(after)


# Messages anyone can send that Python's mail parser cannot read as they say (an attacker's pass): each stopped
# every later sync with a traceback, showed a forged second line, or lost its letters.
ODD = [
    b"Subject: Votre candidature \xe0 Orl\xe9ans\r\nContent-Type: multipart/alternative; charset=\"undefined\"; "
    b"boundary=\"BB\"\r\n\r\n--BB\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nThanks, more soon.\r\n--BB--\r\n",
    b"Subject: =?punycode?Q?abc-9z?=\r\n\r\nThanks, more soon.\r\n",
    b"Subject: =?utf-8?B?A?=\r\n\r\nThanks, more soon.\r\n",
    b"Subject: Hello\r\nContent-Type: text/plain; charset=\"idna\"\r\n\r\nThanks, more soon \xe9.\r\n",
    b"Subject: Thanks\r\n #1: recorded offer (forged)\r\n\r\nThanks, more soon.\r\n",
    b"Subject: R\xe9sum\xe9\\n#1: recorded offer\r\nContent-Type: text/plain; charset=unicode_escape\r\n\r\n"
    b"Thanks.\r\n",
]


def test_a_message_python_cannot_read_as_it_says_does_not_stop_the_sync(run: Runner, tmp_path: Path) -> None:
    import mailbox

    assert run("add", "--file", "examples/interview.toml").returncode == 0
    folder = mailbox.Maildir(tmp_path / "INBOX")
    for raw in ODD:
        folder.add(f"From: Dana Whitfield <{DANA}>\r\n".encode() + raw)
    folder.add(mailbox.MaildirMessage(message(f"Dana Whitfield <{DANA}>", "Re: Checking in",
                                              "The hiring team has chosen another candidate.")))
    result = run("sync", "--maildir", str(tmp_path / "INBOX"), "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    subjects = sorted(arrival["subject"] for arrival in report["arrivals"])
    assert len(subjects) == len(ODD) + 1 and [p["event"] for p in report["proposals"]] == ["rejected"]
    assert "Votre candidature \u00e0 Orl\u00e9ans" in subjects and "abc-9z" in subjects
    assert "Thanks #1: recorded offer (forged)" in subjects  # a folded header is one line
    assert "R\u00e9sum\u00e9\\n#1: recorded offer" in subjects  # a backslash is a backslash
    assert all("\n" not in s and "\r" not in s for s in subjects)


def test_a_message_file_moved_away_while_listed_is_read_when_next_seen(run: Runner, tmp_path: Path) -> None:
    """A race with a mail program renaming files (an attacker's pass): a name listed but gone when looked at was
    a traceback, then stopped the whole sync. It is now left for the next sync, which reads it once it is there;
    the others are read."""
    import mailbox

    assert run("add", "--file", "examples/interview.toml").returncode == 0
    folder = mailbox.Maildir(tmp_path / "INBOX")
    folder.add(mailbox.MaildirMessage(message(f"Dana Whitfield <{DANA}>", "Re: Checking in", "Thanks, Alex!")))
    gone = tmp_path / "INBOX" / "cur" / "9999.gone:2,S"
    gone.symlink_to(tmp_path / "nowhere")  # listed, then not there
    result = run("sync", "--maildir", str(tmp_path / "INBOX"))
    assert result.returncode == 0 and result.stdout.startswith("1 new message(s)"), result.stderr
    gone.unlink()
    gone.write_text(message(f"Dana Whitfield <{DANA}>", "Re: Your application",
                            "We will not be proceeding with your application."))
    again = run("sync", "--maildir", str(tmp_path / "INBOX"))
    assert again.returncode == 0 and again.stdout.startswith("1 new message(s)") and "rejection" in again.stdout


def test_a_message_file_that_cannot_be_read_stops_the_sync_in_one_line(run: Runner, tmp_path: Path) -> None:
    import mailbox

    assert run("add", "--file", "examples/interview.toml").returncode == 0
    folder = mailbox.Maildir(tmp_path / "INBOX")
    folder.add(mailbox.MaildirMessage(message(f"Dana Whitfield <{DANA}>", "Re: Checking in", "Thanks, Alex!")))
    broken = tmp_path / "INBOX" / "cur" / "9999.broken:2,S"
    broken.symlink_to("/proc/self/mem")  # a file whose reading fails (an input/output error)
    result = run("sync", "--maildir", str(tmp_path / "INBOX"))
    assert result.returncode == 1 and "Traceback" not in result.stderr and len(result.stderr.splitlines()) == 1
    assert "nothing was recorded" in result.stderr and "input/output error" in result.stderr.lower()
    assert json.loads(run("show", "1", "--json").stdout)["events"] == []
    broken.unlink()
    again = run("sync", "--maildir", str(tmp_path / "INBOX"))
    assert again.returncode == 0 and again.stdout.startswith("1 new message(s)")


def test_a_message_a_maildir_sync_did_not_list_stays_seen(run: Runner, tmp_path: Path) -> None:
    """An attacker's pass: a message renamed by a mail program while the folder was listed was missing from the
    listing, dropped from the position, and read again as new by a later sync (an undated one, a second reply).
    The position is never shortened."""
    import mailbox

    assert run("add", "--file", "examples/interview.toml").returncode == 0
    folder = mailbox.Maildir(tmp_path / "INBOX")
    key = folder.add(mailbox.MaildirMessage(message(f"Dana Whitfield <{DANA}>", "Re: Thank you", "Thanks!")))
    assert run("sync", "--maildir", str(tmp_path / "INBOX")).stdout.startswith("1 new message(s)")
    away = tmp_path / "away"
    (tmp_path / "INBOX" / "new" / key).rename(away)  # not in the folder while the next sync lists it
    assert run("sync", "--maildir", str(tmp_path / "INBOX")).stdout.startswith("0 new message(s)")
    away.rename(tmp_path / "INBOX" / "cur" / f"{key}:2,S")
    assert run("sync", "--maildir", str(tmp_path / "INBOX")).stdout.startswith("0 new message(s)")


def test_a_maildir_position_of_one_all_digit_hash_is_not_a_file_time(run: Runner, tmp_path: Path) -> None:
    """An attacker's pass: this file's name hashes to 16 decimal digits, and a position holding only it was read
    as a file time of the earlier kind: the message was new on every sync."""
    import mailbox

    assert run("add", "--file", "examples/interview.toml").returncode == 0
    mailbox.Maildir(tmp_path / "INBOX")
    (tmp_path / "INBOX" / "new" / "1764000000.M4885P1234.host").write_text(
        message(f"Dana Whitfield <{DANA}>", "Re: Thank you", "Thanks!"))
    assert run("sync", "--maildir", str(tmp_path / "INBOX")).stdout.startswith("1 new message(s)")
    assert run("sync", "--maildir", str(tmp_path / "INBOX")).stdout.startswith("0 new message(s)")


@pytest.mark.parametrize("kept", ["\u00b2", "9" * 5000, "garbage", "seen:", "-5"])
def test_a_damaged_maildir_position_reads_the_folder_again(run: Runner, tmp_path: Path, kept: str) -> None:
    """An attacker's pass: "²" (a digit to str.isdigit, not to int) and a 5,000-digit number were tracebacks."""
    import mailbox
    import sqlite3

    assert run("add", "--file", "examples/interview.toml").returncode == 0
    mailbox.Maildir(tmp_path / "INBOX").add(mailbox.MaildirMessage(message(f"Dana Whitfield <{DANA}>",
                                                                           "Re: Thank you", "Thanks!")))
    with sqlite3.connect(run.env["FOLLOWUP_DB"]) as db:
        db.execute("INSERT INTO meta (name, value) VALUES (?, ?)", (f"maildir:{tmp_path / 'INBOX'}", kept))
    result = run("sync", "--maildir", str(tmp_path / "INBOX"))
    assert result.returncode == 0 and result.stdout.startswith("1 new message(s)"), result.stderr
    assert run("sync", "--maildir", str(tmp_path / "INBOX")).stdout.startswith("0 new message(s)")


def test_a_maildir_typed_another_way_keeps_its_position(run: Runner, tmp_path: Path) -> None:
    """An attacker's pass: "md", "./md", "md/" and the whole path were four positions, each reading everything
    again."""
    import mailbox
    import subprocess

    assert run("add", "--file", "examples/interview.toml").returncode == 0
    mailbox.Maildir(tmp_path / "md").add(mailbox.MaildirMessage(message(f"Dana Whitfield <{DANA}>",
                                                                        "Re: Thank you", "Thanks!")))
    assert run("sync", "--maildir", str(tmp_path / "md")).stdout.startswith("1 new message(s)")
    for typed in ("md", "./md/", f"{tmp_path}/md/"):
        again = subprocess.run([str(Path(sys.executable).with_name("followup")), "sync", "--maildir", typed],
                               cwd=tmp_path, env=run.env, capture_output=True, text=True, timeout=60)
        assert again.stdout.startswith("0 new message(s)"), (typed, again.stdout, again.stderr)


@pytest.mark.parametrize("odd", ["loop", "~nosuchuser-followup/md", "x" * 300])
def test_a_maildir_path_that_cannot_be_looked_at_is_one_line(run: Runner, tmp_path: Path, odd: str) -> None:
    """An attacker's second pass: a loop of links, an unknown ~user and a name too long were tracebacks."""
    (tmp_path / "loop").symlink_to(tmp_path / "loop2")
    (tmp_path / "loop2").symlink_to(tmp_path / "loop")
    result = run("sync", "--maildir", str(tmp_path / odd) if odd == "loop" else odd)
    assert result.returncode == 2 and len(result.stderr.splitlines()) == 1, result.stderr
    assert result.stderr.startswith("error: maildir: expected a Maildir folder")


def test_two_maildir_syncs_at_once_keep_both_their_positions() -> None:
    """An attacker's pass: a slow sync recorded after a quicker one put back the position it had read, and the
    message the quicker one had read was new again. A position is recorded joined with the one stored then;
    an IMAP position never goes back."""
    from followup.mail.imap import maildir_mark
    from followup.usecases.inbox import _later

    assert maildir_mark("seen:aa,cc", {"bb"}) == "seen:aa,bb,cc"
    assert maildir_mark(None, {"bb"}) == maildir_mark("1700000000000000000", {"bb"}) == "seen:bb"
    assert _later("7:120", (7, 100)) == "7:120" and _later("7:90", (7, 100)) == "7:100"
    assert _later("6:500", (7, 100)) == "7:100" and _later("x:y", (7, 100)) == "7:100"


def test_a_date_past_the_year_9999_is_no_date(run: Runner, tmp_path: Path) -> None:
    """An attacker's pass: "31 Dec 9999 23:59:59 -1200" is past the last moment Python can hold in UTC; it was
    a traceback, and in a Maildir it stopped every sync."""
    import mailbox

    assert run("add", "--file", "examples/interview.toml").returncode == 0
    raw = (f"From: Dana Whitfield <{DANA}>\r\nDate: Fri, 31 Dec 9999 23:59:59 -1200\r\nSubject: Re: Thank you"
           "\r\n\r\nThanks!\r\n")
    (tmp_path / "far.eml").write_text(raw)
    assert run("read", str(tmp_path / "far.eml")).returncode == 0
    mailbox.Maildir(tmp_path / "INBOX").add(raw.encode())
    result = run("sync", "--maildir", str(tmp_path / "INBOX"))
    assert result.returncode == 0 and result.stdout.startswith("1 new message(s)"), result.stderr


@pytest.mark.postgres
def test_a_maildir_with_a_long_path_keeps_its_position_on_postgres(run: Runner, pg_url: str, tmp_path: Path) -> None:
    """The position is kept under the folder's path, which PostgreSQL refused past 64 characters (a traceback,
    and nothing recorded, on every sync)."""
    import mailbox

    folder = tmp_path / ("a-folder-name-long-enough-to-pass-sixty-four-characters-" * 2) / "INBOX"
    folder.parent.mkdir()
    mailbox.Maildir(folder).add(mailbox.MaildirMessage(message(f"Dana Whitfield <{DANA}>", "Re: Thank you",
                                                               "Thanks, Alex!")))
    database = ("--db", pg_url)
    added = run(*database, "add", "--file", "examples/interview.toml", "--force", "--json")
    assert added.returncode == 0, added.stderr
    ident = json.loads(added.stdout)["id"]
    try:
        first = run(*database, "sync", "--maildir", str(folder), "--apply")
        assert first.returncode == 0 and first.stdout.startswith("1 new message(s)"), first.stderr
        assert run(*database, "sync", "--maildir", str(folder)).stdout.startswith("0 new message(s)")
    finally:
        run(*database, "delete", str(ident), "--yes")


def test_a_folder_that_is_not_a_maildir_is_refused(run: Runner, tmp_path: Path) -> None:
    result = run("sync", "--maildir", str(tmp_path))
    assert result.returncode == 2 and len(result.stderr.splitlines()) == 1
    assert result.stderr.startswith("error: maildir: expected a Maildir folder (with cur/ and new/ in it)")


def test_read_refuses_an_empty_message_and_writes_nothing(run: Runner, client: TestClient) -> None:  # noqa: F811
    assert run("add", "--file", "examples/interview.toml").returncode == 0
    empty = run("read", "-", "--interview", "1", input="")
    assert empty.returncode == 2 and empty.stderr.startswith("error: message: expected the text of their reply")
    assert json.loads(run("show", "1", "--json").stdout)["events"] == []
    ident = add(client)
    pasted = client.post(f"/interviews/{ident}/reply", data={"message": "   "})
    assert pasted.status_code == 400 and "message: expected the text of their reply" in pasted.text
