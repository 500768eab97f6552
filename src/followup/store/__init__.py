"""Storage: SQLAlchemy Core tables, a repository of use-case-sized queries, Alembic migrations."""

from .repository import Repository, Store, open_store

__all__ = ["Repository", "Store", "open_store"]
