"""The PostgreSQL test database, for every test that runs against it (the store's, the service's, the cluster's).

Its URL is ``DATELINE_TEST_POSTGRES`` (``.ci/run`` installs and starts a server and sets it). Without it these
tests are skipped, each saying so with :data:`NO_POSTGRES`, and the session's summary says so loudly.
"""

from __future__ import annotations

import os

from sqlalchemy import create_engine, text

POSTGRES = os.environ.get("DATELINE_TEST_POSTGRES")
NO_POSTGRES = (
    "PostgreSQL tests SKIPPED: set DATELINE_TEST_POSTGRES to a server's URL (.ci/run installs and starts one) "
    "to run the store's tests against PostgreSQL too"
)


def empty_postgres(url: str, schema: str) -> str:
    """A URL of the test database whose tables live in ``schema``, emptied: the test starts from an empty store.
    (The tests' stores live in schemas of their own, side by side.)"""
    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))
    with engine.begin() as connection:
        connection.execute(text(f"DROP SCHEMA IF EXISTS {schema} CASCADE"))
        connection.execute(text(f"CREATE SCHEMA {schema}"))
    engine.dispose()
    joiner = "&" if "?" in url else "?"
    return f"{url}{joiner}options=-csearch_path%3D{schema}"
