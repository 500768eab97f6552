"""Bring a database to the schema this version of followup expects, with Alembic."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Connection, Engine, inspect, text
from sqlalchemy.exc import DBAPIError, NoSuchTableError

from ..core.errors import FollowupError

HEAD = "0008"  # the newest revision in migrations/versions (a test keeps the two in step)
MIGRATIONS = Path(__file__).parent / "migrations"


_REVISION = text("SELECT version_num FROM alembic_version")


def current_revision(connection: Connection) -> str | None:
    if not inspect(connection).has_table("alembic_version"):
        return None
    return connection.execute(_REVISION).scalar()


def _revision_read(connection: Connection) -> str | None:
    """The revision by one SELECT, or None when that fails (no alembic_version table, or anything else: the
    careful path of ensure_schema then asks which). Asking the schema first (`inspect(...).has_table`) costs an
    inspector and a second query on every open."""
    try:
        return connection.execute(_REVISION).scalar()
    except DBAPIError as error:
        if "locked" in str(error.orig):  # busy: the careful path would wait as long again for its write lock
            raise
        return None


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Run the migrations up to `revision`, in one transaction."""
    with engine.begin() as connection:
        _run(connection, revision)


def _run(connection: Connection, revision: str = "head") -> None:
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    command.upgrade(config, revision)


def ensure_schema(engine: Engine) -> None:
    """Upgrade an older database (or create a new one); refuse one made by a newer followup, or by another
    program. Many processes may open a new database at once: one migrates, the others wait for it (a lock
    the database holds), then find it done."""
    with engine.connect() as connection:  # the common case, a database at HEAD: one read, then done
        if _revision_read(connection) == HEAD:
            return
    with engine.begin() as connection:
        _lock(connection)
        revision = current_revision(connection)
        if revision == HEAD:
            return
        _refuse_foreign(connection, revision)
        try:
            _run(connection)
        except (DBAPIError, NoSuchTableError):
            raise  # what the database said, or a table missing: the store words them
        except Exception as error:  # noqa: BLE001 - Alembic met tables that are not as followup made them
            raise FollowupError(f"db: this database could not be brought up to date ({type(error).__name__}: "
                                f"{error}); it is damaged, or not followup's: restore it from your backup") from None


def _lock(connection: Connection) -> None:
    """Hold the database's write lock (SQLite) or followup's advisory lock (PostgreSQL) to the end of the
    transaction."""
    if connection.dialect.name == "sqlite":
        connection.exec_driver_sql("BEGIN IMMEDIATE")
    elif connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(7351202611)"))


def _refuse_foreign(connection: Connection, revision: str | None) -> None:
    """A database of another program is never written to; one made by a newer followup is not either."""
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    if revision is None:
        tables = sorted(inspect(connection).get_table_names())
        if tables:
            raise FollowupError(f"db: this database was not made by followup (it holds the tables "
                                f"{', '.join(tables[:5])}); give followup a file of its own with --db")
        return
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    known = {script.revision for script in ScriptDirectory.from_config(config).walk_revisions()}
    if revision not in known:
        raise FollowupError(f"db: this database was made by a newer followup (schema {revision}); "
                            "upgrade followup to use it")
