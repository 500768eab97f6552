"""`followup today` reads only the interviews that may have a step open: it must agree with planning them all."""

from __future__ import annotations

import random
import shutil
from collections.abc import Iterator
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest
from conftest import at

from followup.adapters.config import Profile, Settings
from followup.core.policy import Policy
from followup.usecases.service import Agenda, Service, step_state
from followup.store import open_store

T0 = at("2026-11-20 09:00")


def brute_force(service: Service) -> tuple[list[tuple], tuple | None]:
    """The agenda from every interview's plan, with nothing skipped."""
    items, upcoming = [], []
    for view in service.list_interviews():
        for step in view.plan.steps:
            state = step_state(step, service.now)
            row = (view.interview.id, step.kind, step.attempt, step.channel, step.to, state)
            if state == "next":
                upcoming.append((step.earliest, step.optional, row))
            else:
                items.append(row)
    following = min(upcoming, key=lambda u: u[:2])[:2] if upcoming else None
    return sorted(items, key=repr), following


def seen(agenda: Agenda) -> tuple[list[tuple], tuple | None]:
    items = [(i.interview.id, i.step.kind, i.step.attempt, i.step.channel, i.step.to, i.state) for i in agenda.items]
    following = (agenda.next.step.earliest, agenda.next.step.optional) if agenda.next else None
    return sorted(items, key=repr), following


def populate(service: Service, count: int, seed: int) -> None:
    rng = random.Random(seed)
    for n in range(count):
        when = T0 - timedelta(days=rng.randint(-5, 200), hours=rng.randint(0, 8))
        service.now = max(when + timedelta(hours=rng.randint(2, 30)), T0 - timedelta(days=210))
        timeline = rng.choice([None, "within two weeks", "by the end of the month", "soon"])
        service.add({"company": f"Company {n}", "role": "Analyst", "when": when.replace(tzinfo=None).isoformat(),
                     "decision_timeline": timeline, "phone_encouraged": rng.random() < 0.3,
                     "interviewers": [{"name": "Ann Lee", "email": f"ann{n}@x.example"}]})
        for _ in range(rng.randint(0, 3)):
            service.now += timedelta(days=rng.randint(1, 20))
            if service.now > T0:
                break
            event = rng.choice(["sent", "sent", "reply", "rejected", "offer", "timeline"])
            if event == "sent":
                kind = rng.choice(["thank-you", "status-inquiry", "reconnect", "rejection-reply"])
                service.log(n + 1, "sent", kind=kind)
            elif event == "timeline":
                service.log(n + 1, "timeline", text="in two weeks")
            else:
                service.log(n + 1, event)
    service.now = T0


@pytest.fixture(scope="module")
def crowded_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """120 interviews and their events in a SQLite file, stored once for the module."""
    path = tmp_path_factory.mktemp("crowded") / "many.db"
    store = open_store(f"sqlite:///{path}")
    populate(Service(Settings(Profile(timezone="America/New_York"), Policy()), store, T0), 120, seed=7)
    store.close()
    return path


@pytest.fixture
def crowded(crowded_file: Path, tmp_path: Path) -> Iterator[Service]:
    """A copy of those 120 interviews of its own for each test (today() writes wake-up times)."""
    shutil.copyfile(crowded_file, tmp_path / "many.db")
    store = open_store(f"sqlite:///{tmp_path / 'many.db'}")
    yield Service(Settings(Profile(timezone="America/New_York"), Policy()), store, T0)
    store.close()


@pytest.mark.parametrize("later", [timedelta(0), timedelta(hours=5), timedelta(days=3), timedelta(days=40),
                                   timedelta(days=124), -timedelta(days=30)])
def test_today_agrees_with_planning_every_interview(crowded: Service, later: timedelta) -> None:
    crowded.now = T0 + later
    expected = brute_force(crowded)
    assert expected[0], "the scenario should have something due"
    assert seen(crowded.today()) == expected


def test_a_policy_change_is_noticed(crowded: Service) -> None:
    crowded.today()  # wake-up times worked out for the default policy
    crowded.settings = replace(crowded.settings, policy=replace(Policy(), inquiry_wait_min_days=1,
                                                                 inquiry_wait_max_days=2, long_silence_days=20))
    crowded.built.clear()  # the calendar carries the policy
    crowded.now = T0 + timedelta(days=2)
    assert seen(crowded.today()) == brute_force(crowded)


def test_most_interviews_are_skipped_when_nothing_is_due(crowded: Service) -> None:
    crowded.now = T0
    crowded.today()
    with crowded.store.transaction() as repo:
        awake = repo.interviews(details=False, awake_at=T0)
        everyone = repo.interviews(details=False)
    assert 0 < len(awake) < len(everyone)


@pytest.fixture
def single(tmp_path: Path) -> Service:
    store = open_store(f"sqlite:///{tmp_path / 'one.db'}")
    service = Service(Settings(Profile(timezone="America/New_York"), Policy()), store, T0)
    service.add({"company": "Acme", "role": "Analyst", "when": "2026-11-19T10:00",
                 "interviewers": [{"name": "Ann Lee", "email": "ann@acme.example"}]})
    service.log(1, "sent", kind="thank-you", at="2026-11-19T17:00")  # next: an inquiry a week on
    return service


def add_decoy(service: Service, when: str) -> None:
    """An interview still to come, whose thank-you opens before the other's next step: the search for the
    next step stops there, so the other interview is found only if it is rightly counted awake."""
    saved, service.now = service.now, T0
    service.add({"company": "Decoy", "role": "Analyst", "when": when})
    service.now = saved


def test_a_shorter_wait_in_the_policy_wakes_an_interview(single: Service) -> None:
    add_decoy(single, "2026-11-24T14:00")
    single.now = T0 + timedelta(days=4)  # Tuesday: the inquiry opens on Friday, after Thanksgiving
    assert seen(single.today())[0] == []
    single.settings = replace(single.settings, policy=replace(Policy(), inquiry_wait_min_days=2))
    single.built.clear()
    assert [row[1] for row in seen(single.today())[0]] == ["status-inquiry"]
    assert seen(single.today()) == brute_force(single)


def test_asking_what_if_before_the_last_change(single: Service) -> None:
    single.now = T0 + timedelta(days=150)  # logged "in the future": the plan there is a reconnect note
    single.log(1, "reply")
    single.now = T0 + timedelta(days=1)  # back to the present: a reply pauses the inquiries, nothing is due
    assert seen(single.today()) == brute_force(single)
    single.now = T0 + timedelta(days=151)
    assert seen(single.today()) == brute_force(single)


def test_planning_at_a_moment_before_the_wake_up_time_was_worked_out(tmp_path: Path) -> None:
    store = open_store(f"sqlite:///{tmp_path / 'later.db'}")
    service = Service(Settings(Profile(timezone="America/New_York"), Policy()), store, T0)
    add_decoy(service, "2026-11-20T15:00")
    service.today()  # the wake-up times are current from here on
    service.now = T0 + timedelta(days=120)  # "what if": added months later, its plan is a reconnect note
    service.add({"company": "Acme", "role": "Analyst", "when": "2026-11-19T10:00"})
    service.now = T0  # back in the present, the thank-you is what is due
    agenda = service.today()
    assert [(i.interview.company, i.step.kind) for i in agenda.items] == [("Acme", "thank-you")]
    assert seen(agenda) == brute_force(service)


def test_an_interview_with_nothing_open_goes_back_to_sleep(single: Service) -> None:
    single.log(1, "rejected", at="2026-11-20T08:00")
    assert [i.step.kind for i in single.today().items] == ["rejection-reply"]  # it asks for feedback too
    single.now = T0 + timedelta(days=100)  # long past: nothing is left to send
    assert single.today().items == ()
    with single.store.transaction() as repo:
        assert repo.interviews(details=False, awake_at=single.now) == []


@pytest.mark.postgres
def test_today_on_postgres_agrees_with_planning_every_interview(pg_url: str) -> None:
    from sqlalchemy import text

    store = open_store(pg_url)
    try:
        service = Service(Settings(Profile(timezone="America/New_York"), Policy()), store, T0)
        populate(service, 40, seed=11)
        for later in (timedelta(0), timedelta(days=3), timedelta(days=124)):
            service.now = T0 + later
            assert seen(service.today()) == brute_force(service)
    finally:
        with store.engine.begin() as connection:
            connection.execute(text("DROP TABLE outbox, drafts, events, interviewers, interviews, meta, "
                                    "alembic_version"))
        store.close()
