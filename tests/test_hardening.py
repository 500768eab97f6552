"""The adversarial suite: bad input and its neighbours get one line that names the field and what was expected,
exit status 2 (HTTP: the app's own error page), no traceback, and nothing stored; a database that is damaged,
foreign, busy or opened by many processes at once is handled in one line too."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import subprocess
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings, strategies as st

from conftest import Runner
from followup.core.errors import InputError
from followup.core.schema import MAX_PANEL, parse_interview, parse_moment

FOLLOWUP = str(Path(sys.executable).with_name("followup"))
ADD = ("add", "--company", "Quixotiq", "--role", "Data Engineer", "--interviewer", "Dana <dana@q.example>")
WHEN = ("--when", "2026-11-19T14:00")
BIG = "9223372036854775808"  # 2**63: one past the largest id a database holds


def _digest(path: Path) -> str:
    """What the database holds (the rows of followup's tables), or "" for none: a database a refused command
    opened for the first time holds its empty tables, and nothing else."""
    if not path.exists() or path.stat().st_size == 0:
        return ""
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as connection:
            tables = [name for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name != 'alembic_version' ORDER BY name")]
            rows = [sorted(map(repr, connection.execute(f'SELECT * FROM "{name}"'))) for name in tables]
    except sqlite3.DatabaseError:  # not a database: its bytes
        return hashlib.sha256(path.read_bytes()).hexdigest()
    return hashlib.sha256(repr(rows).encode()).hexdigest() if any(rows) else ""


def refused(run: Runner, *args: str, field: str, **env: str) -> str:
    """Run `args`: one line naming `field`, exit 2, nothing on standard output, the database unchanged."""
    database = Path(run.env["FOLLOWUP_DB"])
    before = _digest(database)
    result = run(*args, **env)
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert result.stdout == "" and "Traceback" not in result.stderr
    assert result.stderr.count("\n") == 1 and result.stderr.startswith(f"error: {field}: "), result.stderr
    assert _digest(database) == before, "something was written"
    return result.stderr


@pytest.fixture
def stored(run: Runner) -> Runner:
    assert run(*ADD, *WHEN).returncode == 0
    return run


# -- dates, time zones and numbers at the edges --------------------------------------------------------------
EDGES = [
    (("--timezone", "America"), "timezone"), (("--timezone", "Etc"), "timezone"),
    (("--timezone", "A" * 300), "timezone"), (("--timezone", "../../etc/passwd"), "timezone"),
    (("--timezone", "Europe/\nLondon"), "timezone"),
    (("--when", "9999-12-31T23:00"), "when"), (("--when", "0001-01-01T00:30", "--timezone", "Asia/Tokyo"), "when"),
    (("--when", "0001-01-01T00:00"), "when"), (("--when", "1899-12-31T23:59"), "when"),
    (("--when", "2200-01-01T00:00"), "when"), (("--when", "9999-12-31T23:59+14:00"), "when"),
    (("--decision-timeline", "by 9999-12-31"), "decision_timeline"),
    (("--decision-timeline", "within 99999999999 weeks"), "decision_timeline"),
    (("--decision-timeline", "within 99999999999999999999999 days"), "decision_timeline"),
    (("--decision-timeline", "in 9999999 months"), "decision_timeline"),
    (("--duration", "99999999999"), "duration_minutes"),
]


@pytest.mark.parametrize(("extra", "field"), EDGES)
def test_dates_zones_and_numbers_at_the_edges_are_refused(run: Runner, extra: tuple[str, ...], field: str) -> None:
    args = (*ADD, *extra) if "--when" in extra else (*ADD, *WHEN, *extra)
    refused(run, *args, field=field)


@pytest.mark.parametrize("now", ["9999-12-31T23:59", "0001-01-01T00:00", "2200-01-01T00:00"])
@pytest.mark.parametrize("command", [("today",), ("plan", "1"), ("list",), ("draft", "1")])
def test_a_pretend_time_at_the_edge_is_refused(stored: Runner, now: str, command: tuple[str, ...]) -> None:
    refused(stored, "--now", now, *command, field="now")


@pytest.mark.parametrize("at", ["9999-12-31T23:00", "0001-01-01T00:00"])
def test_a_logged_time_at_the_edge_is_refused(stored: Runner, at: str) -> None:
    refused(stored, "log", "1", "sent", "--kind", "thank-you", "--at", at, field="at")


def test_a_timeline_said_at_the_edge_is_refused(stored: Runner) -> None:
    refused(stored, "log", "1", "timeline", "within 99999999999 weeks", field="text")


@pytest.mark.parametrize("zone", ["America", "Etc", "A" * 200])
def test_a_time_zone_folder_in_the_config_is_refused(run: Runner, zone: str) -> None:
    (run.home / "config.toml").write_text(f'[profile]\nname = "Alex Rivera"\ntimezone = "{zone}"\n')
    result = run("list")
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr.count("\n") == 1 and "profile.timezone: expected an IANA time zone" in result.stderr


def test_a_policy_number_past_the_calendar_is_refused(stored: Runner) -> None:
    (stored.home / "config.toml").write_text('[profile]\nname = "Alex Rivera"\ntimezone = "America/New_York"\n'
                                             "[policy]\nlong_silence_days = 99999999999\n")
    refused(stored, "today", field="config")  # the config is refused as it is read, before any plan


@given(year=st.integers(1, 9999), month=st.integers(1, 12), day=st.integers(1, 28), hour=st.integers(0, 23),
       zone=st.sampled_from(["Pacific/Kiritimati", "Pacific/Pago_Pago", "UTC", "Asia/Tokyo", "America/New_York"]))
@settings(max_examples=300, deadline=None)
def test_any_date_time_is_read_or_refused_in_one_line(year: int, month: int, day: int, hour: int, zone: str) -> None:
    from zoneinfo import ZoneInfo

    text = f"{year:04d}-{month:02d}-{day:02d}T{hour:02d}:30"
    try:
        moment = parse_moment(text, ZoneInfo(zone), "when")
    except InputError as error:
        assert error.message.startswith("when: expected") and not 1900 <= year <= 2199
    else:
        assert 1900 <= year <= 2199 and moment.astimezone(ZoneInfo("UTC")).year in (year - 1, year, year + 1)


# -- ids ------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("command", [("show", BIG), ("plan", BIG), ("draft", BIG), ("edit", BIG, "--role", "X"),
                                     ("delete", BIG, "--yes"), ("log", BIG, "rejected"), ("show", "9" * 40),
                                     ("send", BIG)])
def test_ids_beyond_64_bits_are_the_ids_of_nothing(stored: Runner, command: tuple[str, ...]) -> None:
    if command[0] == "send":
        (stored.home / "config.toml").write_text(
            '[profile]\nname = "Alex Rivera"\nemail = "a@x.example"\ntimezone = "America/New_York"\n'
            '[smtp]\nhost = "127.0.0.1"\n'
            'port = 1\nsecurity = "ssl"\nusername = "u"\npassword_env = "NOPE"\n')
    refused(stored, *command, field="id")


# -- files and the database -----------------------------------------------------------------------------------
def test_json_nested_too_deep_is_refused(run: Runner, tmp_path: Path) -> None:
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 100_000 + "]" * 100_000)
    refused(run, "add", "--file", str(deep), field="file")
    nested = tmp_path / "deep.toml"
    nested.write_text("company = " + "[" * 100_000 + "]" * 100_000 + "\n")
    result = run("add", "--file", str(nested))
    assert result.returncode == 2 and "Traceback" not in result.stderr and result.stderr.count("\n") == 1


@pytest.mark.parametrize("content", [b"", b"garbage, not a database" * 100, b"SQLite format 3\x00" + b"\xff" * 4080])
def test_a_file_that_is_not_a_database_is_named_in_one_line(run: Runner, tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "other.db"
    path.write_bytes(content)
    if not content:
        assert run("--db", str(path), "list").returncode == 0  # an empty file: a new database
        return
    message = refused(run, "--db", str(path), "list", field="db", FOLLOWUP_DB=str(path))
    assert "backup" in message and path.read_bytes() == content


def test_a_damaged_database_is_named_in_one_line(stored: Runner) -> None:
    path = Path(stored.env["FOLLOWUP_DB"])
    data = bytearray(path.read_bytes())
    data[4096:8192] = b"\xff" * 4096  # the second page (a table's) overwritten
    path.write_bytes(bytes(data))
    result = stored("list")
    assert result.returncode == 2 and "Traceback" not in result.stderr and result.stderr.count("\n") == 1
    assert "backup" in result.stderr


def test_a_foreign_sqlite_database_is_never_written_to(run: Runner, tmp_path: Path) -> None:
    path = tmp_path / "photos.db"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)")
    message = refused(run, "--db", str(path), "list", field="db", FOLLOWUP_DB=str(path))
    assert "not made by followup" in message
    with sqlite3.connect(path) as connection:
        tables = connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
    assert tables == [("photos",)]


@pytest.mark.parametrize("url", ["bogus://x", "mysql://u@localhost/x", "oracle://u@h/x", "postgresql+nope://h/x",
                                 "://", "sqlite+bogus:///x.db"])
def test_a_database_url_with_no_driver_is_refused(run: Runner, url: str) -> None:
    refused(run, "--db", url, "list", field="db")


@pytest.mark.parametrize("args", [["list"], ["today"], ["show", "1"], ["sync", "--maildir", "."],
                                  ["export", "--csv", "x.csv"]])
def test_a_mistyped_db_is_named_and_nothing_is_made(run: Runner, tmp_path: Path, args: list[str]) -> None:
    """A --db typed on the command line that is not there: one line, and no new database or folder left behind
    (only the commands that add interviews start one)."""
    typo = tmp_path / "nowhere" / "folowup.db"
    message = refused(run, "--db", str(typo), *args, field="db")
    assert str(typo) in message and not typo.parent.exists()


def test_a_typed_sqlite_uri_or_an_unknown_home_is_named_and_nothing_is_made(run: Runner, tmp_path: Path) -> None:
    """An attacker's pass: a query on the URL made SQLite open (and create) "real.db?mode=ro", and "~nosuchuser"
    was a traceback."""
    real = tmp_path / "real.db"
    assert run("--db", str(real), "add", "--file", "examples/interview.toml").returncode == 0
    before = sorted(p.name for p in tmp_path.iterdir())
    refused(run, "--db", f"sqlite:///{real}?uri=true&mode=ro", "list", field="db")
    refused(run, "--db", f"sqlite:///{real}?cache=shared&uri=true", "today", field="db")
    refused(run, "--db", "~nosuchuser-followup/new.db", "list", field="db")
    refused(run, "--db", "~nosuchuser-followup/new.db", "add", "--file", "examples/interview.toml", field="db")
    assert sorted(p.name for p in tmp_path.iterdir()) == before
    unknown = run("list", FOLLOWUP_DB="~nosuchuser-followup/x.db")
    assert unknown.returncode == 2 and unknown.stderr.startswith("error: db: ") and "Traceback" not in unknown.stderr


def test_add_leaves_no_folder_for_a_database_it_could_not_open(run: Runner, tmp_path: Path) -> None:
    """An attacker's pass: a SQLite URI whose file SQLite names itself ("file:sub/x.db") failed to open, but the
    folders made for it ("file:sub") stayed. A folder that was there stays."""
    (tmp_path / "kept").mkdir()
    failed = subprocess.run([FOLLOWUP, "--db", "sqlite:///file:sub/deeper/x.db?mode=ro&uri=true", "add", "--file",
                             str(Path.cwd() / "examples" / "interview.toml")], cwd=tmp_path / "kept", env=run.env,
                            capture_output=True, text=True, timeout=60)
    assert failed.returncode == 2 and len(failed.stderr.splitlines()) == 1, failed.stderr
    assert list((tmp_path / "kept").iterdir()) == []


@pytest.mark.parametrize("url", ["sqlite:///file:mem/x.db?mode=memory&uri=true", "sqlite:///:memory:", "sqlite://",
                                 "sqlite:///file::memory:?uri=true", "sqlite:///x.db?uri=true&mode=Memory",
                                 "sqlite:///x.db?mode=ro&mode=memory"])
def test_a_database_kept_in_memory_is_refused(run: Runner, tmp_path: Path, url: str) -> None:
    """An attacker's second and third passes: a database in memory said "Added interview #1." and kept nothing
    ("mode=Memory" with uri=true made a file named "x.db?mode=Memory")."""
    (tmp_path / "here").mkdir()
    result = subprocess.run([FOLLOWUP, "--db", url, "add", "--file",
                             str(Path.cwd() / "examples" / "interview.toml")], cwd=tmp_path / "here", env=run.env,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 2 and result.stderr.startswith("error: db: expected a database file"), result.stderr
    assert list((tmp_path / "here").iterdir()) == []


def test_add_starts_the_database_a_typed_db_names(run: Runner, tmp_path: Path) -> None:
    new = tmp_path / "new" / "followup.db"
    assert run("--db", str(new), "add", "--file", "examples/interview.toml").returncode == 0
    assert new.exists() and run("--db", str(new), "list").returncode == 0


def test_a_stored_date_time_that_cannot_be_read_is_named(stored: Runner) -> None:
    with sqlite3.connect(stored.env["FOLLOWUP_DB"]) as connection:
        connection.execute("UPDATE interviews SET starts_at = 'garbage'")
    result = stored("list")
    assert result.returncode == 2 and "Traceback" not in result.stderr and "backup" in result.stderr


@pytest.mark.parametrize("command", [("list",), ("show", "1"), ("plan", "1"), ("today",)])
def test_control_characters_stored_by_an_older_version_never_reach_the_terminal(stored: Runner,
                                                                                command: tuple[str, ...]) -> None:
    """New input refuses them, but a database written before that may hold them: an escape sequence could retitle
    or clear the terminal, so every view prints it as U+FFFD."""
    with sqlite3.connect(stored.env["FOLLOWUP_DB"]) as connection:
        connection.execute("UPDATE interviews SET company = 'Evil\x1b]0;pwned\x07\x1b[2J Corp'")
    result = stored(*command)
    assert result.returncode == 0, result.stderr
    assert "\x1b" not in result.stdout and "\x07" not in result.stdout
    assert "Evil\ufffd]0;pwned\ufffd\ufffd[2J Corp" in result.stdout


def test_a_lock_held_too_long_says_to_try_again(stored: Runner, monkeypatch: pytest.MonkeyPatch) -> None:
    from followup.store import repository

    monkeypatch.setattr(repository, "BUSY_TIMEOUT", 0.2)
    holder = sqlite3.connect(stored.env["FOLLOWUP_DB"], isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        result = stored("list")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert result.returncode == 2 and result.stdout == "" and result.stderr.count("\n") == 1
    assert result.stderr.startswith("error: db: ") and "try again" in result.stderr


def test_twenty_processes_open_a_new_database_at_once(run: Runner) -> None:
    processes = [subprocess.Popen([FOLLOWUP, *ADD, *WHEN, "--role", f"Engineer {n}"], env=run.env,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for n in range(20)]
    results = [(p.wait(timeout=120), p.stderr.read()) for p in processes]  # type: ignore[union-attr]
    assert [status for status, _ in results] == [0] * 20, [err for _, err in results if err]
    listed = json.loads(run("list", "--json").stdout)
    assert sorted(i["role"] for i in listed) == sorted(f"Engineer {n}" for n in range(20))
    with sqlite3.connect(run.env["FOLLOWUP_DB"]) as connection:
        assert connection.execute("SELECT count(*) FROM alembic_version").fetchone() == (1,)


# -- control characters and sizes -------------------------------------------------------------------------------
CONTROLS = ["\r\n", "\n", "\r", "\x00", "\x1b]0;owned\x07", "\x1b[2J", "\u2028", "\u2029", "\x85", "\x7f", "\x9b31m",
            "\t"]


@pytest.mark.parametrize("control", CONTROLS)
@pytest.mark.parametrize("flag", ["--company", "--role", "--department", "--topic"])
def test_control_characters_in_a_single_line_field_are_refused(run: Runner, flag: str, control: str) -> None:
    field = {"--company": "company", "--role": "role", "--department": "department", "--topic": "topics[0]"}[flag]
    if "\x00" in control:  # an operating system passes no NUL in an argument: through a file instead
        path = run.home / "nul.json"
        data = {"company": "Q", "role": "R", "when": "2026-11-19T14:00", field.split("[")[0].rstrip("s") + (
            "s" if flag == "--topic" else ""): [f"a{control}b"] if flag == "--topic" else f"a{control}b"}
        path.write_text(json.dumps(data))
        message = refused(run, "add", "--file", str(path), field=field)
    else:
        message = refused(run, *ADD, *WHEN, flag, f"Quix{control}otiq", field=field)
    assert "\x1b" not in message and "\x00" not in message and "\r" not in message  # never printed raw


@pytest.mark.parametrize("control", ["\r\nBcc: x@evil.example", "\x1b]0;x\x07", "\u2028"])
def test_control_characters_in_an_interviewer_are_refused(run: Runner, control: str) -> None:
    path = run.home / "i.json"
    path.write_text(json.dumps({"company": "Q", "role": "R", "when": "2026-11-19T14:00",
                                "interviewers": [{"name": f"Da{control}na", "email": "d@q.example"}]}))
    refused(run, "add", "--file", str(path), field="interviewers[0].name")


def test_a_panel_is_capped_everywhere(run: Runner) -> None:
    path = run.home / "panel.json"
    people = [{"name": f"P{n}", "email": f"p{n}@q.example"} for n in range(2000)]
    path.write_text(json.dumps({"company": "Q", "role": "R", "when": "2026-11-19T14:00", "interviewers": people}))
    refused(run, "add", "--file", str(path), field="interviewers")
    flags = [f"--interviewer=P{n} <p{n}@q.example>" for n in range(MAX_PANEL + 1)]
    refused(run, "add", "--company", "Q", "--role", "R", *WHEN, *flags, field="interviewers")


@given(st.text(min_size=1, max_size=20), st.sampled_from([c for c in CONTROLS if c != "\t"] + ["\x01", "\x1f"]),
       st.integers(0, 20))
@settings(max_examples=300, deadline=None)
def test_any_control_character_in_a_company_is_refused(text: str, control: str, at: int) -> None:
    company = f"Q{text[:at]}{control}{text[at:]}Q"
    with pytest.raises(InputError, match="^company: expected text without control characters"):
        parse_interview({"company": company, "role": "R", "when": "2026-11-19T14:00"}, "UTC")


@given(st.text(st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp")), min_size=1, max_size=40))
@settings(max_examples=300, deadline=None)
def test_printable_text_in_a_company_is_kept(text: str) -> None:
    try:
        interview = parse_interview({"company": text, "role": "R", "when": "2026-11-19T14:00"}, "UTC")
    except InputError as error:
        assert error.message == "company: expected a value (it is required)" and not text.strip()
    else:
        assert interview.company == text.strip()


def test_notes_keep_their_lines_but_not_escapes(run: Runner) -> None:
    assert run(*ADD, *WHEN, "--notes", "line one\nline two\ttabbed").returncode == 0
    refused(run, *ADD, *WHEN, "--notes", "clear \x1b[2J screen", field="notes")


# -- the web app ------------------------------------------------------------------------------------------------
@pytest.fixture
def client(service: Any, tmp_path: Path) -> Any:
    from dataclasses import replace

    from fastapi.testclient import TestClient

    from followup.web import create_app

    now = datetime.fromisoformat("2026-11-20T09:00-05:00")
    (tmp_path / "config.toml").write_text('[profile]\nname = "Alex Rivera"\ntimezone = "America/New_York"\n')
    service.settings = replace(service.settings, path=tmp_path / "config.toml")
    service.add({"company": "Quixotiq", "role": "Data Engineer", "when": "2026-11-19T14:00",
                 "interviewers": [{"name": "Dana Whitfield", "email": "dana@q.example"}]})
    app = create_app(service.at(now), lambda: now)
    with TestClient(app, base_url="http://127.0.0.1:8000", raise_server_exceptions=False) as test_client:
        test_client.headers["X-CSRF-Token"] = app.state.csrf
        yield test_client


@pytest.mark.parametrize("path", [f"/interviews/{BIG}", f"/interviews/{'9' * 40}", f"/drafts/{BIG}",
                                  "/interviews/abc", "/interviews/1.5", "/drafts/abc", "/interviews/-1",
                                  f"/interviews/{BIG}/edit", f"/drafts/{BIG}.eml"])
def test_bad_ids_in_web_addresses_get_the_apps_error_page(client: Any, path: str) -> None:
    response = client.get(path)
    assert response.status_code in (404, 405), response.text
    if response.status_code == 404:
        assert response.headers["content-type"].startswith("text/html") and "<html" in response.text.lower()


@pytest.mark.parametrize("path", [f"/drafts/{BIG}/send", "/drafts/abc/send", f"/drafts/{BIG}",
                                  f"/interviews/{BIG}/events", f"/interviews/{BIG}/drafts",
                                  f"/interviews/{BIG}/delete"])
def test_bad_ids_in_web_posts_get_the_apps_error_page(client: Any, path: str) -> None:
    response = client.post(path, data={"subject": "S", "body": "B"})
    assert response.status_code in (400, 404) and response.headers["content-type"].startswith("text/html")


def test_a_time_zone_folder_in_the_web_form_is_refused(client: Any) -> None:
    form = {"company": "Q", "role": "R", "when": "2026-11-19T14:00", "timezone": "America"}
    response = client.post("/interviews", data=form)
    assert response.status_code == 400 and "timezone" in response.text
    assert len(client.get("/interviews").text.split("Quixotiq")) >= 1


def test_a_draft_saved_with_a_nul_byte_is_refused_and_not_stored(client: Any, service: Any) -> None:
    drafts = service.draft(1, "thank-you")
    before = service.stored_draft(drafts[0].id)[1]
    response = client.post(f"/drafts/{drafts[0].id}", data={"subject": "Thanks", "body": "Hello\x00 there"})
    assert response.status_code == 400 and "body" in response.text
    assert service.stored_draft(drafts[0].id)[1] == before
    response = client.post(f"/drafts/{drafts[0].id}", data={"subject": "Thanks\x1b[2J", "body": "Hello"})
    assert response.status_code == 400 and service.stored_draft(drafts[0].id)[1] == before


@pytest.mark.parametrize("value", ["America", "A" * 500, "Etc"])
def test_the_settings_form_refuses_a_time_zone_folder(client: Any, tmp_path: Path, value: str) -> None:
    config = tmp_path / "config.toml"
    before = config.read_text()
    response = client.post("/settings", data={"profile.name": "Alex Rivera", "profile.timezone": value})
    assert response.status_code == 400 and "timezone" in response.text
    assert config.read_text() == before and client.get("/").status_code == 200


def test_a_policy_past_the_calendar_from_the_settings_form_is_refused_before_it_is_saved(client: Any) -> None:
    form = {"profile.name": "Alex Rivera", "profile.timezone": "America/New_York",
            "policy.long_silence_days": "99999999999"}
    response = client.post("/settings", data=form)
    assert response.status_code == 400 and "expected at most 36,500, got 99999999999" in response.text
    for page in ("/", "/interviews/1"):  # nothing was saved: every page still plans
        assert client.get(page).status_code == 200


def test_many_threads_open_a_new_postgresql_database_at_once(pg_url: str) -> None:
    import uuid
    from concurrent.futures import ThreadPoolExecutor

    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    from followup.store import open_store

    name = f"followup_new_{uuid.uuid4().hex[:8]}"
    admin = create_engine(pg_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(pg_url).set(database=name).render_as_string(hide_password=False)
    try:
        with ThreadPoolExecutor(10) as pool:
            stores = list(pool.map(lambda _: open_store(url), range(10)))
        for store in stores:
            store.close()
        check = create_engine(url)
        with check.connect() as connection:
            assert connection.execute(text("SELECT count(*) FROM alembic_version")).scalar() == 1
        check.dispose()
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
        admin.dispose()


def test_a_lock_on_a_database_at_the_newest_schema_is_waited_for_once(stored: Runner,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """Reading the schema's revision while another process writes used to fall through to the careful path,
    which then waited as long again for its own write lock (30 s where the message said 15)."""
    from followup.store import migrate, repository

    monkeypatch.setattr(repository, "BUSY_TIMEOUT", 0.2)
    locked: list[object] = []
    monkeypatch.setattr(migrate, "_lock", lambda connection: locked.append(connection))
    holder = sqlite3.connect(stored.env["FOLLOWUP_DB"], isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        result = stored("list")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert result.returncode == 2 and "try again" in result.stderr and locked == []


def test_a_file_with_only_a_revision_table_is_not_a_followup_database(run: Runner, tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE alembic_version (version_num VARCHAR(32))")
        connection.execute("INSERT INTO alembic_version VALUES ('0007')")
    before = path.read_bytes()
    result = run("--db", str(path), "list")
    assert result.returncode == 2 and result.stderr.count("\n") == 1
    assert "is not a followup database" in result.stderr and path.read_bytes() == before


@pytest.mark.parametrize("damage", [
    "CREATE VIEW meta AS SELECT 'a' AS name, 'b' AS value",
    "CREATE TABLE meta (key TEXT, value TEXT)",
    "CREATE TABLE meta (name VARCHAR(64) PRIMARY KEY, value TEXT); INSERT INTO alembic_version VALUES ('0006')",
])
def test_a_database_that_cannot_be_brought_up_to_date_is_one_line(run: Runner, tmp_path: Path, damage: str) -> None:
    """An attacker's pass: a database at an older revision whose tables are not as followup made them (a view,
    a column missing, two revisions) was a traceback when opened."""
    path = tmp_path / "odd.db"
    with sqlite3.connect(path) as connection:
        connection.executescript("CREATE TABLE alembic_version (version_num VARCHAR(32));"
                                 f"INSERT INTO alembic_version VALUES ('0007'); {damage}")
    before = path.read_bytes()
    result = run("--db", str(path), "list")
    assert result.returncode == 2 and result.stderr.count("\n") == 1 and "Traceback" not in result.stderr, (
        result.stderr)
    assert result.stderr.startswith("error: db: ") and path.read_bytes() == before


@pytest.mark.postgres
@pytest.mark.parametrize("damage", ["", "CREATE VIEW meta AS SELECT 'a'::varchar(64) AS name, 'b'::text AS value"])
def test_a_postgresql_database_with_only_a_revision_is_one_line(run: Runner, pg_url: str, damage: str) -> None:
    """An attacker's passes: PostgreSQL says a table is missing in its own words ("relation ... does not exist"),
    and a view where a table should be was a 126-line traceback."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    server = create_engine(pg_url, isolation_level="AUTOCOMMIT")
    with server.connect() as connection:
        connection.execute(text("DROP DATABASE IF EXISTS followup_revision_only"))
        connection.execute(text("CREATE DATABASE followup_revision_only"))
    url = make_url(pg_url).set(database="followup_revision_only").render_as_string(hide_password=False)
    only = create_engine(url)
    try:
        with only.begin() as connection:
            connection.execute(text("CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)"))
            connection.execute(text("INSERT INTO alembic_version VALUES ('0007')"))
            if damage:
                connection.execute(text(damage))
        result = run("--db", url, "list")
        assert result.returncode == 2 and result.stderr.count("\n") == 1, result.stderr
        assert result.stderr.startswith("error: db: ") and "Traceback" not in result.stderr
        assert damage or "is not a followup database" in result.stderr
    finally:
        only.dispose()
        with server.connect() as connection:
            connection.execute(text("DROP DATABASE followup_revision_only"))
        server.dispose()


REPLIES = ["We will not be proceeding with your application.", "We have decided to move forward with other "
           "candidates.", "The hiring team has chosen another candidate.", "We'd like to offer you the role.",
           "We are delighted to offer you the position.", "Unfortunately the role has been filled."]


def _pending(run: Runner) -> list[dict[str, object]]:
    with sqlite3.connect(run.env["FOLLOWUP_DB"]) as connection:
        row = connection.execute("SELECT value FROM meta WHERE name = 'sync:proposals'").fetchone()
    return json.loads(row[0]) if row else []


def test_replies_read_at_once_keep_every_proposal(run: Runner, tmp_path: Path) -> None:
    """Each read wrote back the proposals it had read before the others wrote theirs: two at once lost one 8
    times in 10 (an attacker's race)."""
    assert run(*ADD, *WHEN).returncode == 0
    files = []
    for number, text in enumerate(REPLIES):
        files.append(tmp_path / f"reply{number}.txt")
        files[-1].write_text(f"Dear Alex,\n\n{text}\n\nRegards, Dana {number}\n")
    processes = [subprocess.Popen([FOLLOWUP, "read", str(f), "--interview", "1"], env=run.env,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for f in files]
    assert [p.wait(timeout=120) for p in processes] == [0] * len(files)
    assert len(_pending(run)) == len(REPLIES)


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_the_first_proposals_read_at_once_are_all_kept(backend: str, tmp_path: Path,
                                                       request: pytest.FixtureRequest) -> None:
    """On PostgreSQL, holding the proposals locked their row, and before the first proposal there is no row:
    reads at once on a new database lost each other's proposals (an attacker's race, on the second backend)."""
    import threading
    from concurrent.futures import ThreadPoolExecutor

    from sqlalchemy import text

    from conftest import make_interview
    from followup.adapters.config import Profile, Settings
    from followup.mail.imap import Incoming
    from followup.store import open_store
    from followup.usecases.inbox import Inbox
    from followup.usecases.service import Service

    url = f"sqlite:///{tmp_path / 'f.db'}" if backend == "sqlite" else request.getfixturevalue("pg_url")
    store = open_store(url)
    forget = text("DELETE FROM meta WHERE name = 'sync:proposals'")
    try:
        with store.transaction() as repo:
            repo.connection.execute(forget)  # a database with no proposal yet
            ident = repo.add_interview(make_interview(), datetime.fromisoformat("2026-11-20T09:00+00:00"))
        service = Service(Settings(Profile(name="Alex Rivera", email="alex@example.com", timezone="UTC")),
                          store, datetime.fromisoformat("2026-11-20T09:00+00:00"))
        start = threading.Barrier(len(REPLIES))

        def read(number: int) -> None:
            start.wait()
            Inbox(service).read(Incoming(0, "", "", (), f"dana{number}@q.example", "Re: Thank you", None,
                                         f"Dear Alex,\n\n{REPLIES[number]}\n\nDana {number}", {}), ident)

        with ThreadPoolExecutor(len(REPLIES)) as pool:
            list(pool.map(read, range(len(REPLIES))))
        with store.transaction() as repo:
            pending = json.loads(repo.setting("sync:proposals") or "[]")
        assert len([p for p in pending if p["interview"] == ident]) == len(REPLIES)
    finally:
        with store.transaction() as repo:
            repo.connection.execute(forget)
        store.close()


def test_an_automatic_reply_read_at_once_gives_one_timeline(tmp_path: Path) -> None:
    """An attacker read one out-of-office message eight times at once: its return date became two identical
    timelines (each read decided it was new before the others had recorded theirs)."""
    import threading
    from concurrent.futures import ThreadPoolExecutor

    from conftest import make_interview
    from followup.adapters.config import Profile, Settings
    from followup.mail.imap import Incoming
    from followup.store import open_store
    from followup.usecases.inbox import Inbox
    from followup.usecases.service import Service

    store = open_store(f"sqlite:///{tmp_path / 'f.db'}")
    try:
        now = datetime.fromisoformat("2026-11-23T09:00+00:00")
        with store.transaction() as repo:
            ident = repo.add_interview(make_interview(), now)
        service = Service(Settings(Profile(name="Alex Rivera", email="alex@example.com", timezone="UTC")),
                          store, now)
        away = Incoming(0, "<ooo-1@q.example>", "", (), "dana@quixotiq.example", "Out of office", now,
                        "I am out of the office and back on Monday, January 11, 2027.",
                        {"Auto-Submitted": "auto-replied"})
        start = threading.Barrier(8)

        def read(_: int) -> None:
            start.wait()
            Inbox(service).read(away, ident, apply=True)

        with ThreadPoolExecutor(8) as pool:
            list(pool.map(read, range(8)))
        with store.transaction() as repo:
            timelines = [e for e in repo.events([ident]).get(ident, []) if e.type == "timeline"]
        assert len(timelines) == 1, timelines
    finally:
        store.close()


def test_syncs_applying_at_once_record_each_proposal_once(run: Runner, tmp_path: Path) -> None:
    assert run(*ADD, *WHEN).returncode == 0
    for number, text in enumerate(REPLIES[:3]):
        assert run("read", "-", "--interview", "1", input=f"{text}\n\nDana {number}").returncode == 0
    maildir = tmp_path / "md"
    for part in ("cur", "new", "tmp"):
        (maildir / part).mkdir(parents=True)
    processes = [subprocess.Popen([FOLLOWUP, "sync", "--maildir", str(maildir), "--apply"], env=run.env,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(8)]
    assert [p.wait(timeout=120) for p in processes] == [0] * 8
    with sqlite3.connect(run.env["FOLLOWUP_DB"]) as connection:
        decided = connection.execute("SELECT count(*) FROM events WHERE type = 'rejected'").fetchone()[0]
    assert decided == 3 and _pending(run) == []


def test_pasted_text_read_again_with_apply_leaves_nothing_proposed(run: Runner) -> None:
    """Pasted text has no Date: read again, as the hint says, it was proposed anew and the first stayed
    pending, to be recorded a second time by a later apply."""
    assert run(*ADD, *WHEN).returncode == 0
    first = run("--now", "2026-11-20T10:00", "read", "-", "--interview", "1", input=REPLIES[0])
    assert first.returncode == 0, first.stderr
    again = run("--now", "2026-11-20T10:05", "read", "-", "--interview", "1", "--apply", input=REPLIES[0])
    assert again.returncode == 0 and "recorded rejected" in again.stdout
    assert _pending(run) == []
