from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import settings

from followup.adapters.config import Profile, Settings
from mailserver import free_port
from followup.core.model import Draft, Event, Interview, Interviewer
from followup.core.planner import recipients
from followup.core.policy import Policy
from followup.usecases.service import Service
from followup.store import open_store
from followup.core.workdays import WorkCalendar, public_holidays

# CI runs the property tests on examples fixed by each test's source, so that a run lands or fails on the code,
# not on the draw; on a developer's machine they explore anew each run (and keep what failed in .hypothesis/).
settings.register_profile("ci", derandomize=True, database=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

ROOT = Path(__file__).resolve().parent.parent
CI = ROOT / ".ci"
NY = ZoneInfo("America/New_York")


def at(text: str, zone: ZoneInfo = NY) -> datetime:
    """A local date-time in `zone` from 'YYYY-MM-DD HH:MM'."""
    return datetime.fromisoformat(text).replace(tzinfo=zone)


@pytest.fixture(scope="session")
def calendar() -> WorkCalendar:
    return WorkCalendar(public_holidays("US"), Policy())


def make_interview(**changes: Any) -> Interview:
    """A Thursday-afternoon interview in New York with two named interviewers; override any field."""
    base = Interview(
        company="Quixotiq", role="Data Engineer", when=at("2026-11-19 14:00"), timezone="America/New_York",
        interviewers=(Interviewer("Dana Whitfield", "Ms.", "dana@quixotiq.example", topics=("Dagster",)),
                      Interviewer("Siobhán Ní Bhriain", None, "siobhan@quixotiq.example")),
    )
    return replace(base, **changes)


def sent(kind: str, when: str, to: str | None = None, channel: str = "email") -> Event:
    return Event("sent", at(when), kind=kind, to=to, channel=channel)


def happened(event_type: str, when: str, text: str | None = None, decision_by: date | None = None) -> Event:
    return Event(event_type, at(when), text=text, decision_by=decision_by)


@pytest.fixture
def service(tmp_path: Path) -> Iterator[Service]:
    store = open_store(f"sqlite:///{tmp_path / 'followup.db'}")
    settings = Settings(Profile(name="Alex Rivera", timezone="America/New_York"), Policy())
    yield Service(settings, store, at("2026-11-20 09:00"))
    store.close()


# -- drafts for every kind, from the examples ----------------------------------------------------------

EXAMPLES = sorted((ROOT / "examples").glob("*.toml"))


def example_drafts(service: Service, example: Path) -> list[Draft]:
    """Every draft an example calls for over its life: the thank-yous (and cards) on the day, late thank-yous,
    both status inquiries (and calls), a reconnect note months on, and, after a rejection, the reply and the
    feedback request."""
    import tomllib

    return life_drafts(service, tomllib.loads(example.read_text(encoding="utf-8")))


def life_drafts(service: Service, data: dict[str, Any]) -> list[Draft]:
    """Every draft an interview (given as input data) calls for over its life; see example_drafts."""
    view = service.add(data)
    ident, ends = view.interview.id or 0, view.interview.ends

    def later(**delta: float) -> Service:
        return replace(service, now=ends + timedelta(**delta))
    drafts = later(hours=2).draft(ident) + later(days=5).draft(ident)
    for person in recipients(view.interview):
        later(days=1).log(ident, "sent", kind="thank-you", to=person.key)
    first = later(days=40)
    drafts += first.draft(ident, "status-inquiry")
    first.log(ident, "sent", kind="status-inquiry")
    drafts += later(days=60).draft(ident, "status-inquiry") + later(days=150).draft(ident, "reconnect")
    later(days=61).log(ident, "rejected")
    return drafts + later(days=61, hours=1).draft(ident)


# -- the real command line -------------------------------------------------------------------------------

class Runner:
    """Runs the command line in this process, the way the installed `followup` runs it (through
    followup.cli.app.run, which main() calls too), with its own database and config: the same arguments,
    environment, standard input, separate standard output and error, and exit status; a bug shows as a
    traceback on standard error with exit status 1, as Python prints it."""

    def __init__(self, home: Path) -> None:
        self.home = home
        self.env = {**os.environ, "FOLLOWUP_DB": str(home / "followup.db"),
                    "FOLLOWUP_CONFIG": str(home / "config.toml"), "FOLLOWUP_NOW": "2026-11-20T09:00"}
        (home / "config.toml").write_text('[profile]\nname = "Alex Rivera"\ntimezone = "America/New_York"\n')

    def __call__(self, *args: str, input: str | None = None, **env: str) -> subprocess.CompletedProcess[str]:
        import builtins

        from typer._click import formatting, termui  # the click that Typer carries, and its test runner patches
        from typer.testing import CliRunner

        with CliRunner().isolation(input=input, env={**self.env, **env}) as (stdout, stderr, _), _python_warnings():
            # as outside the test runner (which restores both): typed answers are not echoed, and help is as wide
            # as the terminal
            termui.visible_prompt_func = builtins.input
            formatting.FORCED_WIDTH = None
            status = _exit_status(list(args))
            sys.stdout.flush()
            sys.stderr.flush()
            return subprocess.CompletedProcess(["followup", *args], status, _text(stdout.getvalue()),
                                               _text(stderr.getvalue()))


@contextmanager
def _python_warnings() -> Iterator[None]:
    """Python's own warning filters instead of pytest's, for one run: a warning shows on standard error, as it
    would from the installed command."""
    import warnings

    def show(message: Warning | str, category: type[Warning], filename: str, lineno: int, file: Any = None,
             line: str | None = None) -> None:
        sys.stderr.write(warnings.formatwarning(message, category, filename, lineno, line))

    with warnings.catch_warnings():
        warnings.resetwarnings()
        for category in (DeprecationWarning, PendingDeprecationWarning, ImportWarning, ResourceWarning):
            warnings.simplefilter("ignore", category)
        warnings.filterwarnings("default", category=DeprecationWarning, module="__main__")
        warnings.showwarning = show
        yield


def _exit_status(args: list[str]) -> int:
    """Run the command line on `args` and return the exit status the process would end with."""
    import traceback

    from followup.cli.app import run

    try:
        run(args)
    except SystemExit as done:
        if done.code is None or isinstance(done.code, int):
            return done.code or 0
        print(done.code, file=sys.stderr)
        return 1
    except Exception:  # a bug: what Python prints for an uncaught exception
        traceback.print_exc()
        return 1
    return 0


def _text(data: bytes) -> str:
    """Output as subprocess.run(text=True) reads it: decoded, with universal newlines."""
    return data.decode().replace("\r\n", "\n").replace("\r", "\n")


class InstalledRunner(Runner):
    """Runs the installed `followup` entry point in a subprocess: for the few end-to-end tests of the real
    command, and for what needs a process of its own."""

    def __call__(self, *args: str, input: str | None = None, **env: str) -> subprocess.CompletedProcess[str]:
        script = Path(sys.executable).with_name("followup")
        return subprocess.run([str(script), *args], capture_output=True, text=True, input=input,
                              env={**self.env, **env}, timeout=60)


@pytest.fixture
def run(tmp_path: Path) -> Runner:
    return Runner(tmp_path)


@pytest.fixture
def run_installed(tmp_path: Path) -> Runner:
    return InstalledRunner(tmp_path)


# -- real mail servers on 127.0.0.1 -----------------------------------------------------------------------

@pytest.fixture(scope="module")
def smtp_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """aiosmtpd with TLS and AUTH (tests/mailserver.py), one per test module."""
    import mailserver

    started = mailserver.start(tmp_path_factory.mktemp("smtp"))
    yield started
    started.stop()


# -- a real PostgreSQL server ----------------------------------------------------------------------------

@pytest.fixture(scope="session")
def pg_url() -> Iterator[str]:
    """DATABASE_URL if set; otherwise a throwaway cluster started on a free loopback port."""
    if os.environ.get("DATABASE_URL"):
        yield os.environ["DATABASE_URL"]
        return
    out = subprocess.run([str(CI / "pg-up.sh")], env={**os.environ, "PGPORT": str(free_port())},
                         check=True, capture_output=True, text=True).stdout
    exports = dict(re.findall(r"^export (\w+)=(.*)$", out, re.M))
    yield exports["DATABASE_URL"]
    subprocess.run([str(CI / "pg-down.sh")], env={**os.environ, **exports}, check=True)




# -- mypy, beside the other tests -------------------------------------------------------------------------

_mypy: list[subprocess.Popen[str]] = []


def _start_mypy() -> subprocess.Popen[str]:
    return subprocess.Popen([str(Path(sys.executable).with_name("mypy"))], cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def pytest_collection_finish(session: pytest.Session) -> None:
    """mypy takes half a minute on a fresh clone, on one core: when its test is to run, mypy starts as soon as
    the tests are collected and runs in the background, beside them; the test waits for its result."""
    if any(item.nodeid.endswith("test_static.py::test_mypy_strict") for item in session.items):
        _mypy.append(_start_mypy())


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    for process in _mypy:  # its test did not run (the session stopped early)
        process.kill()
        process.wait()


def mypy_result() -> subprocess.CompletedProcess[str]:
    """mypy's run (in its configuration from pyproject.toml): the one started after collection, or a new one."""
    process = _mypy.pop() if _mypy else _start_mypy()
    out, err = process.communicate(timeout=300)
    return subprocess.CompletedProcess(process.args, process.returncode, out, err)
