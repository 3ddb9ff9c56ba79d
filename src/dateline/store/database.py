"""Opening a store: a file path (SQLite, nothing to start) or a ``postgresql://`` URL, at this code's schema revision.

A new database is built by running the migrations; one made by an older version of dateline is upgraded when it
is opened for writing and refused, with a message that says how to upgrade it, when opened for reading; one made
by a newer version, or a database that is not dateline's, is refused. Nothing is ever read through a schema it
was not built with.
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError
from sqlalchemy.pool import NullPool

from dateline.errors import DatelineError, Errors
from dateline.store.schema import SCHEMA_REVISION

DEFAULT_DATABASE = "dateline.db"
MIGRATIONS = Path(__file__).parent / "migrations"
# How long a writer waits for another's transaction to end before giving up (SQLite's busy timeout), in seconds.
BUSY_TIMEOUT_S = 60
# PostgreSQL advisory lock held while the schema is built or upgraded.
MIGRATION_LOCK_KEY = 0x6D696772617465


@dataclass(slots=True)
class Store:
    """An open store: its engine, its dialect ('sqlite' or 'postgresql'), and the target as the user named it."""

    engine: Engine
    target: str
    read_only: bool = False

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @contextmanager
    def connect(self) -> Iterator[Connection]:
        """A connection for reading."""
        with self.engine.connect() as connection:
            yield connection

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        """One transaction: committed when the block ends, rolled back (nothing of it kept) if it raises."""
        with self.engine.connect() as connection:
            writing = connection.execution_options(dateline_writes=True)
            with writing.begin():
                yield writing

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def database_url(target: str | None) -> str:
    """The SQLAlchemy URL of a target: a ``postgresql://`` URL (read with psycopg) or a path to a SQLite file."""
    target = target or os.environ.get("DATELINE_DB") or DEFAULT_DATABASE
    if "://" not in target:
        return f"sqlite:///{Path(target).expanduser().absolute()}"
    try:
        url = make_url(target)
    except ArgumentError:
        raise DatelineError(Errors.E033, target=_shown(target), detail="it is neither a file path nor a database URL") from None
    if url.drivername in ("postgresql", "postgres", "postgresql+psycopg"):
        return url.set(drivername="postgresql+psycopg").render_as_string(hide_password=False)
    if url.drivername == "sqlite":
        return target
    raise DatelineError(Errors.E033, target=_shown(target), detail="only SQLite files and postgresql:// URLs are supported")


def open_store(target: str | None = None, *, read_only: bool = False) -> Store:
    """Open (and, for writing, create or upgrade) the store at ``target``; E033/E034 if it cannot be used."""
    url = database_url(target)
    shown = _shown(target or url.removeprefix("sqlite:///"))
    if url.startswith("sqlite"):
        path = Path(url.removeprefix("sqlite:///"))
        if read_only and not path.is_file():
            raise DatelineError(Errors.E033, target=shown, detail="no such database file (make one with dateline ingest)")
        if not read_only and not path.parent.is_dir():
            raise DatelineError(Errors.E033, target=shown, detail=f"the folder {path.parent} does not exist")
        engine = _sqlite_engine(path, read_only)
    else:
        engine = create_engine(url, poolclass=NullPool, connect_args={"connect_timeout": 10})
    store = Store(engine, shown, read_only)
    try:
        _check_revision(store)
    except SQLAlchemyError as error:
        store.close()
        raise DatelineError(Errors.E033, target=shown, detail=_reason(error)) from None
    except BaseException:
        store.close()
        raise
    return store


def _sqlite_engine(path: Path, read_only: bool) -> Engine:
    url = f"sqlite:///file:{path}?mode=ro&uri=true" if read_only else f"sqlite:///{path}"
    engine = create_engine(url, poolclass=NullPool, connect_args={"timeout": BUSY_TIMEOUT_S})

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_connection: Any, record: Any) -> None:
        # pysqlite's own transaction handling would start transactions late; SQLAlchemy's events below start them.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        if not read_only:
            _use_write_ahead_log(cursor)  # readers never wait for the writer, and a crash loses nothing
            cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(connection: Connection) -> None:
        # A write transaction takes the write lock at once (IMMEDIATE): two writers queue instead of one failing
        # half-way; a read takes none.
        writes = connection.get_execution_options().get("dateline_writes", False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if writes and not read_only else "BEGIN")

    return engine


def _use_write_ahead_log(cursor: Any) -> None:
    """Put the file in WAL mode (kept in the file, so done once), waiting for other processes doing the same.

    Changing the journal mode takes the file's exclusive lock and SQLite answers "database is locked" at once,
    without its busy timeout, when another connection holds a lock then: two ingests opening a new store together
    would have one of them fail. So the change is retried until the busy timeout.
    """
    deadline = time.monotonic() + BUSY_TIMEOUT_S
    pause = 0.005
    while True:
        try:
            # The change answers the mode the file is in afterwards, which is the old one when it could not be made.
            if str(cursor.execute("PRAGMA journal_mode=WAL").fetchone()[0]).lower() == "wal":
                return
        except sqlite3.OperationalError as error:
            busy = "locked" in str(error) or "busy" in str(error)
            if not busy or time.monotonic() > deadline:
                raise
        if time.monotonic() > deadline:
            raise sqlite3.OperationalError("database is locked")
        time.sleep(pause)
        pause = min(pause * 2, 0.25)


def _alembic_config(connection: Connection) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def _check_revision(store: Store) -> None:
    with store.engine.connect() as connection:
        found = MigrationContext.configure(connection).get_current_revision()
        tables = set(inspect(connection).get_table_names())
    if found == SCHEMA_REVISION:
        return
    script = ScriptDirectory(str(MIGRATIONS))
    known = {revision.revision for revision in script.walk_revisions()}
    if found is None and tables - {"alembic_version"}:
        raise DatelineError(Errors.E034, target=store.target, detail="holds tables that are not a dateline store")
    if found is not None and found not in known:
        raise DatelineError(
            Errors.E034, target=store.target,
            detail=f"was made by a newer version of dateline (schema revision {found}); upgrade dateline to read it",
        )  # fmt: skip
    if store.read_only:
        detail = (
            "is empty: make a store with dateline ingest"
            if found is None
            else f"is at schema revision {found}, older than {SCHEMA_REVISION}: run dateline ingest on it once to upgrade it"
        )
        raise DatelineError(Errors.E034, target=store.target, detail=detail)
    with store.transaction() as connection:
        if store.dialect == "postgresql":
            # Two processes opening a new store at once: the second waits here, then finds it built. (SQLite's
            # write lock, taken as the transaction begins, does the same.)
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK_KEY})
        command.upgrade(_alembic_config(connection), "head")


def _reason(error: SQLAlchemyError) -> str:
    original = getattr(error, "orig", None)
    text = str(original if original is not None else error).strip().splitlines()
    return text[0] if text else type(error).__name__


def _shown(target: str) -> str:
    """A target as it may be printed: a URL without its password."""
    if "://" not in target:
        return target
    try:
        return make_url(target).render_as_string(hide_password=True)
    except ArgumentError:
        return "<unreadable URL>"
