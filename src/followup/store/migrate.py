"""Bring a database to the schema this version of followup expects, with Alembic."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Connection, Engine, inspect, text

from ..core.errors import FollowupError

HEAD = "0005"  # the newest revision in migrations/versions (a test keeps the two in step)
MIGRATIONS = Path(__file__).parent / "migrations"


def current_revision(connection: Connection) -> str | None:
    if not inspect(connection).has_table("alembic_version"):
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Run the migrations up to `revision`, in one transaction."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def ensure_schema(engine: Engine) -> None:
    """Upgrade an older database (or create a new one); refuse one made by a newer followup."""
    with engine.connect() as connection:
        revision = current_revision(connection)
    if revision == HEAD:
        return
    from alembic.script import ScriptDirectory
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    known = {script.revision for script in ScriptDirectory.from_config(config).walk_revisions()}
    if revision is not None and revision not in known:
        raise FollowupError(f"db: this database was made by a newer followup (schema {revision}); "
                            "upgrade followup to use it")
    upgrade(engine)
