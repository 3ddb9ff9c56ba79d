"""``export``: a store's tables as files other tools load as they are — JSON Lines, Parquet, GDELT's layouts.

``jsonl`` and ``parquet`` write one file per table, rows as stored, with the keys that join them: every record
table has ``article_pk`` (→ ``articles.pk``), ``event_participants`` has ``event_pk`` (→ ``events.pk``), and
``entity_id``/``collection_event_id`` name rows of ``entities`` and ``collection_events``. JSON columns are
nested objects in JSON Lines and JSON text in Parquet. ``--since``/``--until`` keep the articles published in
that range (and their records). Each file is written beside its final name and renamed into place when whole.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any, Literal

import pyarrow as pa
import pyarrow.parquet as pq
from sqlalchemy import JSON, Boolean, Connection, Float, Integer, Select, Table, select

from dateline.errors import DatelineError, Errors
from dateline.store import schema as t
from dateline.store.queries import check_date

ExportFormat = Literal["jsonl", "parquet", "gdelt-events", "gdelt-mentions", "gdelt-gkg"]
EXPORT_FORMATS: tuple[ExportFormat, ...] = ("jsonl", "parquet", "gdelt-events", "gdelt-mentions", "gdelt-gkg")
TABLES: tuple[Table, ...] = (
    t.sources, t.pages, t.articles, t.paragraphs, t.entities, t.article_entities, t.entity_mentions, t.quotes,
    t.times, t.places, t.events, t.event_participants, t.counts, t.collection_events,
)  # fmt: skip
ROWS_PER_BATCH = 5_000
# Registry state, not data: what the entity matcher keeps to itself.
_LEFT_OUT = {"entities": {"tokens", "forms", "seq", "country_rank"}}


def export(
    connection: Connection, output_format: str, directory: str | Path, *, since: str | None = None, until: str | None = None
) -> dict[str, int]:
    """Write the store's tables to ``directory`` in ``output_format``; the rows written, by file name."""
    if output_format not in EXPORT_FORMATS:
        raise DatelineError(Errors.E035, option="--format", value=output_format, detail=f"give one of {', '.join(EXPORT_FORMATS)}")
    check_date("--since", since)
    check_date("--until", until)
    folder = Path(directory)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise DatelineError(Errors.E022, path=str(folder), detail=error.strerror or str(error)) from None
    if output_format.startswith("gdelt-"):
        from dateline.store.gdelt_export import export_gdelt

        return export_gdelt(connection, output_format, folder, since=since, until=until)
    written: dict[str, int] = {}
    for table in TABLES:
        query = _selected(table, since, until)
        name = f"{table.name}.{output_format}"
        with atomic_file(folder / name, binary=output_format == "parquet") as handle:
            if output_format == "jsonl":
                written[name] = _write_jsonl(connection, query, handle)
            else:
                written[name] = _write_parquet(connection, table, query, handle)
    return written


def _columns(table: Table) -> list[Any]:
    return [column for column in table.columns if column.name not in _LEFT_OUT.get(table.name, set())]


def _selected(table: Table, since: str | None, until: str | None) -> Select[Any]:
    query = select(*_columns(table))
    if since is None and until is None:
        return query
    published = t.articles.c.published
    kept = select(t.articles.c.pk)
    if since:
        kept = kept.where(published >= since)
    if until:
        kept = kept.where(published <= f"{until}~")
    if table is t.articles:
        return query.where(t.articles.c.pk.in_(kept))
    if "article_pk" in table.c:
        return query.where(table.c.article_pk.in_(kept))
    if table is t.event_participants:
        return query.where(table.c.event_pk.in_(select(t.events.c.pk).where(t.events.c.article_pk.in_(kept))))
    if table is t.pages:
        return query.where(table.c.pk.in_(select(t.articles.c.page_pk).where(t.articles.c.pk.in_(kept))))
    if table is t.collection_events:
        return query.where(table.c.id.in_(select(t.events.c.collection_event_id).where(t.events.c.article_pk.in_(kept))))
    return query  # sources and entities: the collection's, whole


def _write_jsonl(connection: Connection, query: Select[Any], handle: IO[Any]) -> int:
    count = 0
    for row in connection.execution_options(yield_per=ROWS_PER_BATCH).execute(query):
        handle.write(json.dumps(dict(row._mapping), ensure_ascii=False) + "\n")
        count += 1
    return count


def _arrow_type(column: Any) -> pa.DataType:
    if isinstance(column.type, Boolean):
        return pa.bool_()
    if isinstance(column.type, Integer):
        return pa.int64()
    if isinstance(column.type, Float):
        return pa.float64()
    return pa.string()


def _write_parquet(connection: Connection, table: Table, query: Select[Any], handle: IO[Any]) -> int:
    columns = _columns(table)
    schema = pa.schema([pa.field(column.name, _arrow_type(column), nullable=True) for column in columns])
    as_json = {column.name for column in columns if isinstance(column.type, JSON)}
    count = 0
    with pq.ParquetWriter(handle, schema) as writer:
        batch: list[dict[str, Any]] = []
        for row in connection.execution_options(yield_per=ROWS_PER_BATCH).execute(query):
            values = dict(row._mapping)
            for name in as_json:
                values[name] = json.dumps(values[name], ensure_ascii=False)
            batch.append(values)
            if len(batch) >= ROWS_PER_BATCH:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                count += len(batch)
                batch = []
        if batch or count == 0:
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
            count += len(batch)
    return count


@contextmanager
def atomic_file(path: Path, *, binary: bool = False) -> Iterator[IO[Any]]:
    """A file written under a temporary name beside ``path`` and renamed to it only when whole."""
    descriptor, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        handle: IO[Any] = os.fdopen(descriptor, "wb") if binary else os.fdopen(descriptor, "w", encoding="utf-8")
        with handle:
            yield handle
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
