from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from conftest import at, happened, make_interview, sent
from sqlalchemy import create_engine, text

from followup.core.errors import NotFoundError
from followup.core.model import Concern, Draft, Recipient
from followup.store import open_store
from followup.store.migrate import HEAD, MIGRATIONS, upgrade

RICH = make_interview(decision_timeline="within two weeks", decision_by=date(2026, 12, 3), format="video",
                      topics=("streaming",), goals=("cut latency",), notes="second round",
                      concerns=(Concern("Kafka", "ran a proof of concept"), Concern("no answer yet")))


def round_trip(url: str) -> None:
    store = open_store(url)
    try:
        with store.transaction() as repo:
            interview_id = repo.add_interview(RICH, at("2026-11-20 09:00"))
            repo.add_event(interview_id, sent("thank-you", "2026-11-19 18:00", to="dana@quixotiq.example"),
                           at("2026-11-20 09:00"))
            repo.add_event(interview_id, happened("timeline", "2026-11-20 08:00", "by Friday", date(2026, 11, 27)),
                           at("2026-11-20 09:00"))
        with store.transaction() as repo:
            assert repo.interview(interview_id) == replace(RICH, id=interview_id)
            stored = repo.events([interview_id])[interview_id]
        assert [(e.type, e.at, e.kind, e.to, e.decision_by) for e in stored] == [
            ("sent", at("2026-11-19 18:00"), "thank-you", "dana@quixotiq.example", None),
            ("timeline", at("2026-11-20 08:00"), None, None, date(2026, 11, 27))]
        draft = Draft("thank-you", 1, "email", Recipient("Siobhán Ní Bhriain", "s@q.example", "Siobhán Ní Bhriain"),
                      "Thank you", "Dear Dr. Ní Bhriain,\n\nThank you.\n")
        with store.transaction() as repo:
            saved = repo.save_draft(interview_id, draft, at("2026-11-20 09:00"))
            again = repo.save_draft(interview_id, replace(draft, body="Edited.\n", edited=True), at("2026-11-20 10:00"))
            assert again.id == saved.id  # one draft per step and recipient: saving again replaces it
        with store.transaction() as repo:
            assert repo.drafts(interview_id) == [replace(draft, body="Edited.\n", edited=True, id=saved.id)]
            assert repo.draft(saved.id or 0) == (interview_id, replace(draft, body="Edited.\n", edited=True,
                                                                       id=saved.id))
        with store.transaction() as repo:
            repo.delete_interview(interview_id)
            with pytest.raises(NotFoundError):
                repo.interview(interview_id)
            assert repo.events([interview_id]) == {}
            with pytest.raises(NotFoundError):
                repo.draft(saved.id or 0)
    finally:
        store.close()


def test_sqlite_round_trip(tmp_path: Path) -> None:
    round_trip(f"sqlite:///{tmp_path / 'f.db'}")


@pytest.mark.postgres
def test_postgres_round_trip(pg_url: str) -> None:
    round_trip(pg_url)


def test_a_failed_use_case_writes_nothing(tmp_path: Path) -> None:
    store = open_store(f"sqlite:///{tmp_path / 'f.db'}")
    with pytest.raises(RuntimeError), store.transaction() as repo:
        repo.add_interview(RICH, at("2026-11-20 09:00"))
        raise RuntimeError("the use case failed half way")
    with store.transaction() as repo:
        assert repo.interviews() == []


def test_a_full_disk_is_one_line_and_writes_nothing(tmp_path: Path) -> None:
    """SQLite's "database or disk is full" at commit was a traceback (an attacker's pass, on a 100 kB tmpfs); the
    same error, from a page limit on a real file, is one line and the transaction is rolled back whole."""
    from sqlalchemy import event

    from followup.core.errors import FollowupError

    store = open_store(f"sqlite:///{tmp_path / 'f.db'}")
    store.engine.dispose()
    event.listen(store.engine, "connect", lambda connection, _: connection.execute("PRAGMA max_page_count = 40"))
    with pytest.raises(FollowupError, match="the disk is full, so nothing of this was written"):
        with store.transaction() as repo:
            for minute in range(500):
                repo.add_interview(replace(RICH, notes="x" * 2000), at(f"2026-11-20 09:{minute % 60:02d}"))
    with store.transaction() as repo:
        assert repo.interviews() == []


def test_head_is_the_newest_migration() -> None:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    assert ScriptDirectory.from_config(config).get_current_head() == HEAD


def test_migrating_from_the_first_revision_keeps_the_data(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'old.db'}"
    engine = create_engine(url)
    upgrade(engine, "0001")
    with engine.begin() as connection:
        connection.execute(text(
            "INSERT INTO interviews (id, company, role, starts_at, timezone, duration_minutes, culture,"
            " phone_encouraged, topics, goals, concerns, created_at, updated_at) VALUES (7, 'Acme', 'Analyst',"
            " '2026-11-19 19:00:00', 'America/New_York', 60, 'formal', 0, '[]', '[]', '[]',"
            " '2026-11-19 20:00:00', '2026-11-19 20:00:00')"))
        connection.execute(text("INSERT INTO interviewers (interview_id, position, name, topics)"
                                " VALUES (7, 0, 'Dana Whitfield', '[\"SQL\"]')"))
    engine.dispose()
    store = open_store(url)  # upgrades to head
    with store.transaction() as repo:
        kept = repo.interview(7)
        revision = repo.connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    store.close()
    assert (kept.company, kept.when, kept.interviewers[0].name, kept.interviewers[0].topics) == (
        "Acme", at("2026-11-19 14:00"), "Dana Whitfield", ("SQL",))
    assert revision == HEAD


def test_upgrading_leaves_the_stored_decision_days_as_they_were(tmp_path: Path) -> None:
    """The days the parser stored stay as they were stored, whatever their words: no migration guesses which
    rule read them ("in two weeks, after Easter" and "the week after Thanksgiving" were read by another rule
    than the holiday's; a reply's "on the 6th" is the day they named). A pending proposal the program cannot
    read does not keep the database from opening."""
    import json

    from followup.adapters.config import Profile, Settings
    from followup.core.policy import Policy
    from followup.usecases.service import Service

    url = f"sqlite:///{tmp_path / 'old.db'}"
    engine = create_engine(url)
    upgrade(engine, "0007")
    stored = [("We will let you know after the holidays", "2027-01-11"),
              ("in two weeks, after Easter", "2026-12-03"),
              ("the week after Thanksgiving", "2026-12-04")]
    with engine.begin() as connection:
        for n, (words, day) in enumerate(stored, 1):
            connection.execute(text(
                "INSERT INTO interviews (id, company, role, starts_at, timezone, duration_minutes, culture,"
                " phone_encouraged, topics, goals, concerns, created_at, updated_at, decision_timeline, decision_by)"
                f" VALUES ({n}, 'Acme', 'Analyst', '2026-11-19 19:00:00', 'America/New_York', 60, 'formal', 0,"
                " '[]', '[]', '[]', '2026-11-19 20:00:00', '2026-11-19 20:00:00', :words, :day)"),
                {"words": words, "day": day})
        connection.execute(text("INSERT INTO events (interview_id, type, at, text, decision_by, created_at) VALUES"
                                " (1, 'timeline', '2026-11-23 15:00:00', 'The panel meets after the holidays, on"
                                " the 6th, and we will decide then.', '2027-01-06', '2026-11-23 15:00:00')"))
        proposals = [{"interview": 1, "event": "timeline", "because": "after the holidays", "decision_by": "soon"}]
        connection.execute(text("INSERT INTO meta (name, value) VALUES ('sync:proposals', :value)"),
                           {"value": json.dumps(proposals)})
    engine.dispose()
    store = open_store(url)  # upgrades to head
    try:
        with store.transaction() as repo:
            days = [str(i.decision_by) for i in sorted(repo.interviews(details=False), key=lambda i: i.id or 0)]
            (event,) = repo.events([1])[1]
            revision = repo.connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
        assert days == ["2027-01-11", "2026-12-03", "2026-12-04"] and revision == HEAD
        assert event.decision_by == date(2027, 1, 6)
        service = Service(Settings(Profile(timezone="America/New_York"), Policy()), store, at("2026-11-25 09:00"))
        inquiry = next(s for s in service.show(1).plan.steps if s.kind == "status-inquiry")
        assert inquiry.earliest > at("2027-01-06 17:00")  # never before the day they named
    finally:
        store.close()


def test_a_database_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    from followup.core.errors import FollowupError

    url = f"sqlite:///{tmp_path / 'new.db'}"
    open_store(url).close()
    engine = create_engine(url)
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    engine.dispose()
    with pytest.raises(FollowupError, match="newer followup"):
        open_store(url)
