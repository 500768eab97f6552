"""Storage: SQLAlchemy Core tables, a repository of use-case-sized queries, Alembic migrations.

Importing this package costs nothing: SQLAlchemy (about 0.1 s) loads with the first name taken from it, and a
`DeferredStore` opens its database on its first transaction, so a command that never touches the database
(`check FILE`, `config`) does not pay for it."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..core.errors import InputError

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from .repository import Repository, Store, open_store

    _StoreBase = Store
else:
    _StoreBase = object

__all__ = ["DeferredStore", "Repository", "Store", "home_path", "open_store"]


def __getattr__(name: str) -> Any:
    if name in ("Repository", "Store", "open_store"):
        from . import repository

        return getattr(repository, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def home_path(text: str, field: str) -> Path:
    """A path with "~" or "~user" read as that home folder; an InputError naming `field` for a user unknown here."""
    try:
        return Path(text).expanduser()
    except RuntimeError:  # "~nosuchuser": Python cannot tell whose home it is
        raise InputError(field, "a path whose home folder is known on this computer", text) from None


class DeferredStore(_StoreBase):
    """A Store that opens (creating, unless `create` is false, or migrating) the database at `url` when it is
    first used."""

    def __init__(self, url: str, create: bool = True) -> None:  # no super().__init__(): the engine comes later
        self.url, self.create = url, create
        self._opened: Store | None = None
        self._opening = threading.Lock()  # the web app's first requests may come on several threads at once

    @property
    def opened(self) -> Store:
        with self._opening:
            if self._opened is None:
                from .repository import open_store

                self._opened = open_store(self.url, self.create)
            return self._opened

    @property
    def engine(self) -> Engine:
        return self.opened.engine

    @engine.setter
    def engine(self, engine: Engine) -> None:
        self.opened.engine = engine

    @contextmanager
    def transaction(self) -> Iterator[Repository]:
        with self.opened.transaction() as repo:
            yield repo

    def close(self) -> None:
        if self._opened is not None:
            self._opened.close()
