"""Opening a store: built at this code's revision, upgraded from an older one, refused when it is not one."""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path

import pytest
from alembic import command
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text

from dateline.errors import DatelineError
from dateline.store import open_store
from dateline.store.database import _alembic_config, database_url
from dateline.store.schema import SCHEMA_REVISION


def refused(target: str, *, read_only: bool = False) -> DatelineError:
    with pytest.raises(DatelineError) as raised:
        open_store(target, read_only=read_only).close()
    return raised.value


def test_a_new_store_is_built_at_the_current_revision(store_target: str) -> None:
    with open_store(store_target) as store, store.connect() as connection:
        assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar_one() == SCHEMA_REVISION
    with open_store(store_target, read_only=True) as store:
        assert store.read_only


def test_an_older_store_is_upgraded_for_writing_and_refused_for_reading(store_target: str) -> None:
    with open_store(store_target) as store, store.transaction() as connection:
        command.downgrade(_alembic_config(connection), "base")
    error = refused(store_target, read_only=True)
    assert error.code == "E034" and "dateline ingest" in str(error)
    with open_store(store_target) as store, store.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM articles")).scalar_one() == 0


def test_a_store_of_the_first_revision_keeps_its_pages_when_upgraded(store_target: str, tmp_path: Path) -> None:
    from dateline.store import ingest

    page = tmp_path / "envoy.txt"
    page.write_text("Envoy arrives in Oslo\n\nOSLO (AP) — UN envoy Maria Holm arrived in Oslo on Monday.\n", encoding="utf-8")
    assert ingest([str(page)], store_target).stored == 1
    with open_store(store_target) as store, store.transaction() as connection:
        command.downgrade(_alembic_config(connection), "0001")  # as the first released store left it
        assert "staged_pages" not in inspect(connection).get_table_names()
    error = refused(store_target, read_only=True)
    assert error.code == "E034" and "schema revision 0001, older than" in str(error)
    again = ingest([str(page)], store_target)
    assert again.unchanged == 1 and again.stored == 0
    with open_store(store_target, read_only=True) as store, store.connect() as connection:
        assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar_one() == SCHEMA_REVISION
        assert connection.execute(text("SELECT count(*) FROM staged_pages")).scalar_one() == 0


def test_a_store_from_a_newer_version_is_refused(store_target: str) -> None:
    with open_store(store_target) as store, store.transaction() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    for read_only in (False, True):
        error = refused(store_target, read_only=read_only)
        assert error.code == "E034" and "newer version of dateline" in str(error)


def test_a_database_that_is_not_a_store_is_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as other:
        other.execute("CREATE TABLE accounts (id INTEGER PRIMARY KEY, owner TEXT)")
    error = refused(str(path))
    assert error.code == "E034" and "not a dateline store" in str(error)
    with sqlite3.connect(path) as other:
        assert [row[0] for row in other.execute("SELECT name FROM sqlite_master")] == ["accounts"]


def test_a_new_file_locked_by_another_connection_is_waited_for_not_refused(tmp_path: Path) -> None:
    # Turning a new file to WAL needs its exclusive lock, and SQLite refuses that at once while another holds a
    # lock: two ingests starting on one new store must queue, not fail.
    path = tmp_path / "shared.db"
    other = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    other.execute("CREATE TABLE scratch (x INTEGER)")
    other.execute("DROP TABLE scratch")

    def finish() -> None:
        time.sleep(0.4)
        other.execute("COMMIT")

    holder = threading.Thread(target=finish)
    holder.start()
    started = time.monotonic()
    with open_store(str(path)) as store:
        waited = time.monotonic() - started
        with store.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert MigrationContext.configure(connection).get_current_revision() == SCHEMA_REVISION
    holder.join()
    other.close()
    assert waited >= 0.3  # it did wait for the other's lock


def test_targets_that_cannot_be_opened_say_why(tmp_path: Path) -> None:
    assert refused(str(tmp_path / "missing.db"), read_only=True).code == "E033"
    assert refused(str(tmp_path / "no" / "such" / "folder.db")).code == "E033"
    assert refused("mysql://someone@127.0.0.1/news").code == "E033"
    error = refused("postgresql://reader:secret-word@127.0.0.1:1/news")
    assert error.code == "E033" and "secret-word" not in str(error) and "***" in str(error)


def test_a_postgres_url_is_read_with_psycopg() -> None:
    assert database_url("postgresql://u:p@db.example/news").startswith("postgresql+psycopg://u:p@db.example/news")
    assert database_url("news.db").startswith("sqlite:///") and database_url("news.db").endswith("/news.db")
