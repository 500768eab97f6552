"""Every message goes out exactly once: many `followup send` processes at once, many web requests at once, and a
kill -9 in the middle of sending, against the real SMTP server on 127.0.0.1; the database holds one outbox row
per step (interview, kind, attempt, recipient) on SQLite and on PostgreSQL."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timezone
from pathlib import Path

import pytest
from sqlalchemy import text

import mailserver
from conftest import Runner, make_interview
from followup.core.model import Outgoing, Recipient
from followup.store import open_store
from followup.store.migrate import upgrade

FOLLOWUP = str(Path(sys.executable).with_name("followup"))
PROCESSES = int(os.environ.get("FOLLOWUP_RACE_PROCESSES", "6"))  # more, and more rounds, for a longer hunt
ROUNDS = int(os.environ.get("FOLLOWUP_RACE_ROUNDS", "3"))
REQUESTS = 12
NOW = datetime(2026, 11, 20, 14, tzinfo=timezone.utc)
DANA = "dana.whitfield@quixotiq.example"
THANKED = sorted([DANA, "siobhan@quixotiq.example", "talent@quixotiq.example"])


@pytest.fixture
def server(smtp_server: mailserver.MailServer) -> mailserver.MailServer:
    smtp_server.handler.received.clear()
    smtp_server.handler.fault = None
    return smtp_server


def _home(folder: Path, server: mailserver.MailServer) -> Runner:
    """A new database and config, with the example interview (three thank-yous to send)."""
    folder.mkdir()
    run = Runner(folder)
    (folder / "config.toml").write_text('[profile]\nname = "Alex Rivera"\nemail = "alex@example.test"\n'
                                        'timezone = "America/New_York"\n' + server.config())
    run.env["FOLLOWUP_TEST_PASSWORD"] = mailserver.PASSWORD
    assert run("add", "--file", "examples/interview.toml").returncode == 0
    return run


def _delivered(server: mailserver.MailServer) -> Counter[str]:
    return Counter(m["To"].addresses[0].addr_spec for m in server.handler.received)


def _sent_events(run: Runner) -> list[str]:
    events = json.loads(run("show", "1", "--json").stdout)["events"]
    return sorted(e["to"] for e in events if e["type"] == "sent")


def _settled(server: mailserver.MailServer, count: int) -> None:
    """The server answers each message on its own thread: wait until it has filed `count` of them."""
    deadline = time.monotonic() + 10
    while len(server.handler.received) < count and time.monotonic() < deadline:
        time.sleep(0.05)


def test_many_processes_at_once_send_each_message_once(server: mailserver.MailServer, tmp_path: Path) -> None:
    for round_ in range(ROUNDS):
        server.handler.received.clear()
        run = _home(tmp_path / f"round{round_}", server)
        processes = [subprocess.Popen([FOLLOWUP, "send", "1"], env=run.env, stdout=subprocess.PIPE,
                                      stderr=subprocess.PIPE, text=True) for _ in range(PROCESSES)]
        results = [(p.wait(timeout=120), p.stdout.read(), p.stderr.read())  # type: ignore[union-attr]
                   for p in processes]
        _settled(server, 3)
        for status, out, err in results:
            assert "Traceback" not in err, err
            # each run says what it did: sent, already sent or being sent by another run; or, when it starts
            # after the thank-yous went out, that nothing is due yet (the next step is days away)
            assert (status == 0 and out.strip()) or (status == 2 and "nothing is due" in err), (status, out, err)
        assert _delivered(server) == Counter(THANKED), f"round {round_}"
        outbox = json.loads(run("outbox", "--json").stdout)
        assert sorted(o["state"] for o in outbox) == ["sent"] * 3
        assert len(_sent_events(run)) == 3


def test_many_processes_reading_one_reply_at_once_record_its_timeline_once(tmp_path: Path) -> None:
    """An attacker's race: the same still-deciding reply pasted into `read --apply` by many processes at once
    recorded its timeline once per process (each proposed it before any had recorded it)."""
    run = Runner(tmp_path)
    assert run("add", "--file", "examples/interview.toml").returncode == 0
    pasted = tmp_path / "reply.txt"  # a file, not a pipe each one waits on: every process reads it at once
    pasted.write_text("No decision yet, sorry. Hopefully by Friday.\n")
    env = {**run.env, "FOLLOWUP_NOW": "2026-11-24T12:00"}
    processes = [subprocess.Popen([FOLLOWUP, "read", str(pasted), "--interview", "1", "--apply"], env=env,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                 for _ in range(PROCESSES)]
    results = [(p.communicate(timeout=120), p.returncode) for p in processes]
    for (out, err), status in results:
        assert status == 0 and "Traceback" not in err, (status, out, err)
    events = [e["type"] for e in json.loads(run("show", "1", "--json").stdout)["events"]]
    assert events.count("timeline") == 1, events


def test_many_web_requests_at_once_send_the_draft_once(server: mailserver.MailServer, tmp_path: Path) -> None:
    for round_ in range(ROUNDS):
        server.handler.received.clear()
        run = _home(tmp_path / f"round{round_}", server)
        assert run("draft", "1", "--to", DANA).returncode == 0
        port = mailserver.free_port()
        serving = subprocess.Popen([FOLLOWUP, "serve", "--port", str(port)], env=run.env,
                                   stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        try:
            statuses = _post_at_once(f"http://127.0.0.1:{port}", "/drafts/1/send")
        finally:
            serving.terminate()
            serving.wait(timeout=10)
        _settled(server, 1)
        assert statuses == [200] * REQUESTS
        assert _delivered(server) == Counter([DANA]), f"round {round_}"
        assert _sent_events(run) == [DANA]


def _post_at_once(base: str, path: str) -> list[int]:
    """REQUESTS posts of the draft page's form, all let go at the same moment (a double-click, and more)."""
    import httpx

    token = re.search(r'name="csrf_token" value="([^"]+)"', _first_page(base, "/drafts/1"))
    assert token is not None
    start = threading.Barrier(REQUESTS)

    def post(_: int) -> int:
        start.wait()
        return httpx.post(base + path, data={"csrf_token": token[1]}, timeout=60).status_code

    with ThreadPoolExecutor(REQUESTS) as pool:
        return list(pool.map(post, range(REQUESTS)))


def _first_page(base: str, path: str) -> str:
    import httpx

    deadline = time.monotonic() + 30
    while True:
        try:
            return httpx.get(base + path, timeout=5).text
        except httpx.TransportError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)


def test_a_kill_in_the_middle_of_sending_loses_nothing_and_sends_nothing_twice(
        server: mailserver.MailServer, tmp_path: Path) -> None:
    run = _home(tmp_path / "home", server)
    server.handler.fault = "slow"  # the server sits on the first message for 3 s, then files it
    sending = subprocess.Popen([FOLLOWUP, "send", "1"], env=run.env, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 30
    while not any(o["state"] == "sending" for o in json.loads(run("outbox", "--json").stdout)):
        assert time.monotonic() < deadline and sending.poll() is None
        time.sleep(0.05)
    os.kill(sending.pid, signal.SIGKILL)
    sending.wait()
    time.sleep(3.5)  # the server's slow answer is over (it dropped the message when the client went away)
    server.handler.fault = None
    in_doubt = next(o for o in json.loads(run("outbox", "--json").stdout) if o["state"] == "sending")
    rerun = run_installed(run, "send", "--due")
    # the message in doubt is listed, not sent again without asking; the two that never left go now
    assert rerun.returncode == 1 and "unconfirmed" in rerun.stdout, rerun.stdout + rerun.stderr
    assert rerun.stdout.count("sent: thank-you") == 2
    _settled(server, 2)
    assert in_doubt["to"] not in _delivered(server) and len(server.handler.received) == 2
    # you looked in your Sent folder and it is not there: it goes, once, as the same message
    resent = run_installed(run, "send", "--due", "--resend-unconfirmed")
    assert resent.returncode == 0, resent.stdout + resent.stderr
    _settled(server, 3)
    assert _delivered(server) == Counter(THANKED)
    assert server.handler.received[-1]["Message-ID"] == in_doubt["message_id"]
    assert sorted(o["state"] for o in json.loads(run("outbox", "--json").stdout)) == ["sent"] * 3
    assert run_installed(run, "send", "--due").stdout.strip() == "Nothing is due to be sent."


def run_installed(run: Runner, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([FOLLOWUP, *args], env=run.env, capture_output=True, text=True, timeout=120)


# -- the database holds one row per step -------------------------------------------------------------------

def _item(ident: int, email: str = "dana@q.example", message_id: str = "<1@x.example>") -> Outgoing:
    return Outgoing(ident, "thank-you", 1, Recipient("Dana", email, "Dana"), "S", "B\n", message_id, NOW)


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_one_row_per_step_is_enforced_by_the_database(backend: str, tmp_path: Path, request: pytest.FixtureRequest,
                                                      ) -> None:
    url = f"sqlite:///{tmp_path / 'f.db'}" if backend == "sqlite" else request.getfixturevalue("pg_url")
    store = open_store(url)
    try:
        with store.transaction() as repo:
            ident = repo.add_interview(make_interview(), NOW)
            first, new = repo.add_outgoing(_item(ident), NOW)
            assert new
            again, new = repo.add_outgoing(_item(ident, "DANA@q.example", "<2@x.example>"), NOW)
            assert not new and again.id == first.id and again.message_id == "<1@x.example>"
        with pytest.raises(Exception, match="(?i)unique"), store.transaction() as repo:  # even behind our back
            repo.connection.execute(text("UPDATE outbox SET step_key = (SELECT step_key FROM outbox LIMIT 1)"))
            repo.connection.execute(text(
                "INSERT INTO outbox (interview_id, kind, attempt, recipient_email, addressee, subject, body, "
                "message_id, state, send_at, tries, created_at, updated_at, step_key) SELECT interview_id, kind, "
                "attempt, recipient_email, addressee, subject, body, '<3@x>', state, send_at, tries, created_at, "
                "updated_at, step_key FROM outbox"))
        with store.transaction() as repo:  # a cancelled message lets its step be queued again
            from dataclasses import replace

            repo.update_outgoing(replace(first, state="cancelled"), NOW)
            _, new = repo.add_outgoing(_item(ident, message_id="<4@x.example>"), NOW)
            assert new
    finally:
        with store.transaction() as repo:
            repo.connection.execute(text("DELETE FROM outbox"))
        store.close()


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_threads_racing_to_queue_a_step_get_one_row(backend: str, tmp_path: Path,
                                                    request: pytest.FixtureRequest) -> None:
    url = f"sqlite:///{tmp_path / 'f.db'}" if backend == "sqlite" else request.getfixturevalue("pg_url")
    store = open_store(url)
    try:
        with store.transaction() as repo:
            ident = repo.add_interview(make_interview(), NOW)
        start = threading.Barrier(10)

        def queue(n: int) -> tuple[int | None, bool]:
            start.wait()
            with store.transaction() as repo:
                item, new = repo.add_outgoing(_item(ident, message_id=f"<{n}@race.example>"), NOW)
                return item.id, new

        with ThreadPoolExecutor(10) as pool:
            results = list(pool.map(queue, range(10)))
        assert len({ident for ident, _ in results}) == 1 and sum(new for _, new in results) == 1
    finally:
        with store.transaction() as repo:
            repo.connection.execute(text("DELETE FROM outbox"))
        store.close()


def test_the_migration_keeps_one_copy_of_a_message_queued_twice(tmp_path: Path) -> None:
    from sqlalchemy import create_engine

    engine = create_engine(f"sqlite:///{tmp_path / 'old.db'}")
    upgrade(engine, "0004")
    with engine.begin() as connection:
        connection.execute(text("INSERT INTO interviews (company, role, starts_at, timezone, duration_minutes, "
                                "culture, phone_encouraged, topics, goals, concerns, created_at, updated_at) VALUES "
                                "('Q', 'R', '2026-11-19', 'UTC', 45, 'standard', 0, '[]', '[]', '[]', "
                                "'2026-11-19', '2026-11-19')"))
        for n, state in enumerate(["sent", "sent", "scheduled", "failed"]):
            connection.execute(text(
                "INSERT INTO outbox (interview_id, kind, attempt, recipient_email, addressee, subject, body, "
                "message_id, state, send_at, tries, created_at, updated_at) VALUES (1, 'thank-you', 1, "
                f"'Dana@q.example', 'Dana', 'S', 'B', '<{n}@x>', '{state}', '2026-11-20', 1, '2026-11-20', "
                "'2026-11-20')"))
    upgrade(engine)
    with engine.begin() as connection:
        rows = connection.execute(text("SELECT id, state, step_key FROM outbox ORDER BY id")).all()
    engine.dispose()
    assert rows == [(1, "sent", "1/thank-you/1/dana@q.example"), (2, "sent", None), (3, "cancelled", None),
                    (4, "failed", None)]


def test_send_right_after_a_send_does_not_send_the_next_step_early(server: mailserver.MailServer,
                                                                   tmp_path: Path) -> None:
    run = _home(tmp_path / "home", server)
    assert run("send", "1").returncode == 0
    again = run("send", "1")
    assert again.returncode == 2 and again.stdout == ""
    assert re.fullmatch(r"error: kind: expected a step that is due: nothing is due for interview 1 yet \(the "
                        r"status-inquiry opens .*\); to send it early, name it with --kind status-inquiry\n",
                        again.stderr), again.stderr
    assert len(server.handler.received) == 3
    early = run("send", "1", "--kind", "status-inquiry", "--force")  # named: it goes
    assert early.returncode == 0, early.stderr


def test_a_step_whose_row_keeps_vanishing_is_given_up_after_a_few_tries(tmp_path: Path) -> None:
    """Queueing retries when the row that held its step went away between two statements, but not for ever:
    here every insert is swallowed (a trigger), as if another run kept cancelling the row."""
    from followup.store.repository import StoreBusy

    store = open_store(f"sqlite:///{tmp_path / 'f.db'}")
    try:
        with store.transaction() as repo:
            ident = repo.add_interview(make_interview(), NOW)
            repo.connection.execute(text("CREATE TRIGGER swallow BEFORE INSERT ON outbox BEGIN SELECT RAISE(IGNORE); "
                                         "END"))
        with pytest.raises(StoreBusy, match="kept changing"), store.transaction() as repo:
            repo.add_outgoing(_item(ident), NOW)
        assert StoreBusy.exit_code == 1
    finally:
        store.close()
