"""What a command loads when it starts: no heavy library it does not use (not a timing test; which modules a real
process imported, read from its sys.modules), and the public holidays kept between runs."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

from followup.adapters import holidays as kept
from followup.core.workdays import public_holidays as from_package

SOURCE = Path(__file__).resolve().parent.parent / "src"
# run the command line as its console script does, then write the names of every module it imported
PROBE = """
import atexit, json, sys
out = sys.argv[1]
atexit.register(lambda: open(out, "w").write(json.dumps(sorted(sys.modules))))
sys.argv = ["followup", *sys.argv[2:]]
from followup.cli import main
main()
"""
HEAVY = ("sqlalchemy", "alembic", "holidays", "harper", "fastapi", "starlette", "uvicorn", "jinja2", "imap_tools",
         "nameparser", "httpx", "pydantic")


def imported(tmp_path: Path, *args: str, cache: Path, whole: bool = False, ok: tuple[int, ...] = (0,)) -> set[str]:
    """The top-level packages a real `followup ARGS` imported (with `whole`, every module's full name)."""
    out = tmp_path / "modules.json"
    env = {**os.environ, "PYTHONPATH": f"{SOURCE}{os.pathsep}{os.environ.get('PYTHONPATH', '')}",
           "XDG_CACHE_HOME": str(cache), "FOLLOWUP_DB": str(tmp_path / "followup.db"),
           "FOLLOWUP_CONFIG": str(tmp_path / "config.toml"), "FOLLOWUP_NOW": "2026-11-26T12:00"}
    (tmp_path / "config.toml").write_text('[profile]\ntimezone = "UTC"\ncountry = "US"\n')
    done = subprocess.run([sys.executable, "-c", PROBE, str(out), *args], env=env, capture_output=True, text=True,
                          check=False)
    assert done.returncode in ok, done.stderr
    return {name if whole else name.split(".")[0] for name in json.loads(out.read_text())}


def test_help_imports_no_heavy_library(tmp_path: Path) -> None:
    loaded = imported(tmp_path, "--help", cache=tmp_path / "cache")
    assert "typer" in loaded  # the probe did run the command line
    assert loaded.isdisjoint(HEAVY), sorted(loaded & set(HEAVY))


def test_today_imports_only_the_store(tmp_path: Path) -> None:
    """`today` needs SQLAlchemy (the store), nothing else heavy: not Alembic (the database is at the newest
    schema after the first run), not the holidays package (kept from the first run), no Harper, no web, no
    templates, and not pydantic (Typer's checks of the options' values, see cli.coercion)."""
    cache = tmp_path / "cache"
    first = imported(tmp_path, "today", cache=cache)
    assert {"sqlalchemy", "holidays", "alembic"} <= first  # creates the database and keeps the holidays
    loaded = imported(tmp_path, "today", cache=cache)
    assert "sqlalchemy" in loaded
    unused = set(HEAVY) - {"sqlalchemy"}
    assert loaded.isdisjoint(unused), sorted(loaded & unused)
    modules = imported(tmp_path, "today", cache=cache, whole=True)
    assert {"followup.core.timeline", "shlex"}.isdisjoint(modules)  # the timeline's rules, the password_command
    # the check's text model and rules (reading the config needs only the check's settings), the mail results
    assert {"followup.core.check.document", "followup.core.check.hits", "followup.core.check.language",
            "followup.usecases.mail_results"}.isdisjoint(modules), sorted(modules)


def test_a_command_with_an_id_loads_no_pydantic(tmp_path: Path) -> None:
    """Typer checks an argument's value with pydantic; a plain id is read without it (cli.coercion)."""
    cache = tmp_path / "cache"
    imported(tmp_path, "add", "--company", "Quixotiq", "--role", "Data Engineer", "--when", "2026-11-20 10:00",
             "--interviewer", "Dana Whitfield <dana@q.example>", cache=cache)
    loaded = imported(tmp_path, "show", "1", cache=cache)
    assert "sqlalchemy" in loaded  # the probe did read the interview
    assert "pydantic" not in loaded


@pytest.mark.parametrize("country, region", [("US", None), ("US", "CA"), ("GB", "ENG"), ("DE", "BY")])
def test_kept_holidays_are_the_package_s(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, country: str,
                                         region: str | None) -> None:
    monkeypatch.setattr(kept, "cache_folder", lambda: tmp_path)
    kept.public_holidays.cache_clear()
    made = kept.public_holidays(country, region)  # works them out and writes the file
    assert len(list(tmp_path.glob("holidays-*.json"))) == 1
    kept.public_holidays.cache_clear()
    read = kept.public_holidays(country, region)  # reads the file
    source = from_package(country, region)
    days = [date(1998, 12, 20) + timedelta(days=n) for n in range(365 * 65)]  # past both ends of the kept years
    assert [d for d in days if d in read] == [d for d in days if d in made] == [d for d in days if d in source]
    kept.public_holidays.cache_clear()


@pytest.mark.parametrize("country, name, found", [("US", "thanksgiving", [date(2026, 11, 26)]),
                                                 ("GB", "thanksgiving", []),
                                                 ("GB", "boxing day", [date(2026, 12, 26), date(2026, 12, 28)])])
def test_kept_holidays_know_the_package_s_names(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, country: str,
                                                name: str, found: list[date]) -> None:
    """The file keeps days, not names: "after Thanksgiving" asks the package, and reads as it would there (with
    the kept holidays, which are the app's, it was not understood at all)."""
    from followup.core.policy import Policy
    from followup.core.timeline import parse_timeline
    from followup.core.workdays import WorkCalendar, holidays_named

    monkeypatch.setattr(kept, "cache_folder", lambda: tmp_path)
    kept.public_holidays.cache_clear()
    read = kept.public_holidays(country)
    assert holidays_named(read, name, 2026) == holidays_named(from_package(country), name, 2026) == found
    said_on = date(2026, 11, 19)
    assert parse_timeline(f"after {name}", said_on, WorkCalendar(read, Policy())) == parse_timeline(
        f"after {name}", said_on, WorkCalendar(from_package(country), Policy()))
    kept.public_holidays.cache_clear()


def test_unknown_country_is_refused_and_not_kept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(kept, "cache_folder", lambda: tmp_path)
    kept.public_holidays.cache_clear()
    with pytest.raises(ValueError):
        kept.public_holidays("XX")
    assert not list(tmp_path.iterdir())
    kept.public_holidays.cache_clear()


def test_check_file_does_not_open_the_database(tmp_path: Path) -> None:
    """`check FILE` reads a file and runs Harper: the store (SQLAlchemy) is not loaded, no database is made."""
    message = tmp_path / "message.txt"
    message.write_text("Subject: Thank you for Tuesday\n\nHi Dana,\n\nThank you for the talk about the data "
                       "platform.\n\nBest,\nAlex\n")
    imported(tmp_path, "check", str(message), cache=tmp_path / "cache")  # the first run keeps the holidays
    loaded = imported(tmp_path, "check", str(message), cache=tmp_path / "cache")
    assert "harper" in loaded
    unused = set(HEAVY) - {"harper"}  # no names in it to parse: not nameparser; not pydantic (cli.coercion)
    assert loaded.isdisjoint(unused), sorted(loaded & unused)
    assert not (tmp_path / "followup.db").exists()


def test_deferred_store_opens_the_database_once_on_first_use(tmp_path: Path) -> None:
    from concurrent.futures import ThreadPoolExecutor

    from followup.store import DeferredStore

    db = tmp_path / "followup.db"
    store = DeferredStore(f"sqlite:///{db}")
    assert not db.exists()  # made, and migrated, by the first transaction, not before
    with ThreadPoolExecutor(4) as pool:
        opened = list(pool.map(lambda _: store.opened, range(8)))
    assert db.exists() and all(item is opened[0] for item in opened)
    with store.transaction() as repo:
        assert repo.interviews() == []
    store.close()


def test_kept_word_frequencies_are_wordfreq_s(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import random

    from wordfreq import zipf_frequency

    from followup.adapters import frequencies

    monkeypatch.setattr("followup.adapters.holidays.cache_folder", lambda: tmp_path)
    frequencies._kept.cache_clear()
    try:
        kept = frequencies.plain_words()
        sample = random.Random(15).sample(sorted(kept), 3000)
        asked = [*sample, "the", "interview", "stoked", "tbh", "teh", "intervew", "qzxv", "a", "zzzzzzzz",
                 "Dana", "José", "don't", "e-mail", "h2o", ""]
        assert [frequencies.zipf_frequency(word) for word in asked] == [zipf_frequency(word, "en") for word in asked]
        assert len(list(tmp_path.glob("wordfreq-en-*.sqlite"))) == 1  # the lookups above read the kept copy
    finally:
        frequencies._kept.cache_clear()


def test_a_damaged_copy_of_the_frequencies_is_made_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from wordfreq import zipf_frequency

    from followup.adapters import frequencies

    monkeypatch.setattr("followup.adapters.holidays.cache_folder", lambda: tmp_path)
    frequencies._kept.cache_clear()
    try:
        (tmp_path / f"wordfreq-en-{frequencies.package_version()}.sqlite").write_bytes(b"not a database" * 100)
        asked = ["interview", "intervew", "the"]
        assert [frequencies.zipf_frequency(word) for word in asked] == [zipf_frequency(word, "en") for word in asked]
        with sqlite3.connect(next(tmp_path.glob("wordfreq-en-*.sqlite"))) as made:  # a whole copy again
            assert made.execute("SELECT count(*) FROM words").fetchone()[0] > 200_000
    finally:
        frequencies._kept.cache_clear()


def test_check_with_a_misspelling_reads_the_kept_frequencies(tmp_path: Path) -> None:
    """Weighing the fixes of a misspelling asks how common words are: the first run keeps wordfreq's answers,
    later runs do not load wordfreq (nor ftfy, langcodes) at all."""
    message = tmp_path / "message.txt"
    message.write_text("Subject: Thank you\n\nHi Dana,\n\nThank you for the intervew on Tuesday.\n\nBest,\nAlex\n")
    first = imported(tmp_path, "check", str(message), cache=tmp_path / "cache", ok=(1,))  # it finds the misspelling
    assert "wordfreq" in first
    loaded = imported(tmp_path, "check", str(message), cache=tmp_path / "cache", ok=(1,))
    assert {"wordfreq", "ftfy", "langcodes"}.isdisjoint(loaded)


@pytest.mark.parametrize("where", ["sqlite", "postgresql"])
def test_opening_a_database_at_the_newest_schema_is_one_read(tmp_path: Path, where: str,
                                                              request: pytest.FixtureRequest) -> None:
    """Every command opens the database: at HEAD that is one SELECT of the revision, no look at the schema
    first (an inspector and a query of the catalogue)."""
    from sqlalchemy import create_engine, event

    from followup.store import open_store
    from followup.store.migrate import ensure_schema

    url = f"sqlite:///{tmp_path / 'followup.db'}" if where == "sqlite" else request.getfixturevalue("pg_url")
    open_store(url).close()  # made (or found) at the newest schema
    engine = create_engine(url)
    said: list[str] = []
    event.listen(engine, "before_cursor_execute", lambda *args: said.append(args[2]))
    try:
        ensure_schema(engine)
    finally:
        engine.dispose()
    assert said == ["SELECT version_num FROM alembic_version"]
