"""Exports of a collection load as they are in pandas, Polars and DuckDB, and in GDELT's layouts."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd
import polars as pl
import pytest

from dateline.errors import DatelineError
from dateline.events.ontology import goldstein, quad_class
from dateline.store import open_store
from dateline.store.export import export
from dateline.store.gdelt import EVENT_COLUMNS, GKG_COLUMNS, MENTION_COLUMNS


@pytest.fixture()
def connection(collection: tuple[str, Any]) -> Any:
    with open_store(collection[0], read_only=True) as store, store.connect() as connection:
        yield connection


def test_parquet_tables_load_and_join_in_pandas_polars_and_duckdb(connection: Any, tmp_path: Path) -> None:
    written = export(connection, "parquet", tmp_path)
    assert written["articles.parquet"] == 183 and written["events.parquet"] > 500
    events = pd.read_parquet(tmp_path / "events.parquet")
    assert len(events) == written["events.parquet"] and events["cameo"].dropna().str.match(r"^\d{2,4}$").all()
    quotes = pl.read_parquet(tmp_path / "quotes.parquet")
    assert quotes.height == written["quotes.parquet"]
    joined = duckdb.sql(
        f"SELECT count(*) FROM '{tmp_path}/events.parquet' e JOIN '{tmp_path}/articles.parquet' a ON e.article_pk = a.pk "
        f"JOIN '{tmp_path}/event_participants.parquet' p ON p.event_pk = e.pk"
    ).fetchall()
    assert joined == [(written["event_participants.parquet"],)]
    assert "tokens" not in pd.read_parquet(tmp_path / "entities.parquet").columns  # the registry's own state stays in


def test_jsonl_tables_load_and_a_date_range_keeps_its_articles(connection: Any, tmp_path: Path) -> None:
    everything = export(connection, "jsonl", tmp_path / "all")
    some = export(connection, "jsonl", tmp_path / "some", since="2019-11-19", until="2019-11-19")
    articles = pd.read_json(tmp_path / "some" / "articles.jsonl", lines=True)
    assert 0 < len(articles) < everything["articles.jsonl"]
    assert articles["published"].str.startswith("2019-11-19").all()
    quotes = pl.read_ndjson(tmp_path / "some" / "quotes.jsonl")
    assert set(quotes["article_pk"].to_list()) <= set(articles["pk"])
    assert some["sources.jsonl"] == everything["sources.jsonl"]  # the collection's, whole


def test_gdelt_events_read_back_with_gdelt_column_names(connection: Any, tmp_path: Path) -> None:
    written = export(connection, "gdelt-events", tmp_path)
    path = tmp_path / "events.export.CSV"
    lines = path.read_text(encoding="utf-8").splitlines()
    assert len(lines) == written["events.export.CSV"] > 100
    assert all(len(line.split("\t")) == 61 for line in lines)
    table = pd.read_csv(path, sep="\t", header=None, names=list(EVENT_COLUMNS), dtype=str, keep_default_na=False)
    assert table["GlobalEventID"].str.fullmatch(r"\d+").all() and table["GlobalEventID"].is_unique
    assert table["EventCode"].str.fullmatch(r"\d{2,4}").all()  # zero-padded strings: '042', never 42
    assert (table["EventRootCode"] == table["EventCode"].str[:2]).all()
    assert (table["EventBaseCode"] == table["EventCode"].str[:3]).all()
    for _, row in table.head(50).iterrows():
        assert int(row["QuadClass"]) == quad_class(row["EventCode"])
        assert float(row["GoldsteinScale"]) == goldstein(row["EventCode"])
    dated = table[table["Day"] != ""]
    assert dated["Day"].str.fullmatch(r"\d{8}").all() and (dated["MonthYear"] == dated["Day"].str[:6]).all()
    assert table["DATEADDED"].str.fullmatch(r"\d{14}").all()
    assert (table["NumArticles"].astype(int) >= 1).all()
    assert table["SOURCEURL"].str.startswith("http").sum() > 100


def test_gdelt_mentions_and_gkg_have_their_columns(connection: Any, tmp_path: Path) -> None:
    export(connection, "gdelt-mentions", tmp_path)
    export(connection, "gdelt-gkg", tmp_path)
    mentions = pd.read_csv(tmp_path / "mentions.CSV", sep="\t", header=None, names=list(MENTION_COLUMNS), dtype=str, keep_default_na=False)
    assert len(mentions.columns) == 16 and len(mentions) > 100
    assert mentions["ActionCharOffset"].str.fullmatch(r"\d+").all()
    gkg = pd.read_csv(tmp_path / "gkg.csv", sep="\t", header=None, names=list(GKG_COLUMNS), dtype=str, keep_default_na=False)
    assert len(gkg) == 183
    lavrov = gkg[gkg["V2ENHANCEDPERSONS"].str.contains("Sergei Lavrov")]
    assert len(lavrov) == 1
    assert re.search(r'speaker="Sergei Lavrov"', lavrov.iloc[0]["V2EXTRASXML"])
    assert gkg["V2.1QUOTATIONS"].str.contains(r"\d+\|\d+\|").any()
    assert gkg["V1COUNTS"].str.contains("#").any()


def test_an_unknown_format_is_refused(connection: Any, tmp_path: Path) -> None:
    with pytest.raises(DatelineError) as raised:
        export(connection, "xlsx", tmp_path)
    assert raised.value.code == "E035"
