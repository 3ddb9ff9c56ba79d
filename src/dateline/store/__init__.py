"""The store: a collection of pages in SQLite or PostgreSQL, ingested once and asked for months.

::

    from dateline.store import ingest, open_store, find_quotes

    ingest(["pages/"], "dateline.db", workers=2)
    with open_store("dateline.db", read_only=True) as store, store.connect() as connection:
        for quote in find_quotes(connection, speaker="Lavrov", since="2019-05"):
            print(quote.speaker, quote.text)

The CLI's ``ingest``, ``quotes --db``, ``events --db``, ``entities``, ``entity``, ``search`` and ``export`` are these
functions with the same names and filters.
"""

from dateline.store.database import DEFAULT_DATABASE, Store, open_store
from dateline.store.ingest import IngestSummary, ingest
from dateline.store.queries import (
    EntityDetail,
    EntityRow,
    EventRow,
    QuoteRow,
    entity_detail,
    find_entities,
    find_events,
    find_quotes,
)
from dateline.store.search import SearchHit, search

__all__ = [
    "DEFAULT_DATABASE",
    "EntityDetail",
    "EntityRow",
    "EventRow",
    "IngestSummary",
    "QuoteRow",
    "SearchHit",
    "Store",
    "entity_detail",
    "find_entities",
    "find_events",
    "find_quotes",
    "ingest",
    "open_store",
    "search",
]
