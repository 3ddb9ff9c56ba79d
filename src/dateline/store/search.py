"""Full-text search over article text and quotes: FTS5 on SQLite, tsvector on PostgreSQL, ranked, with snippets.

Both fold case and accents, so "diaz-canel" finds "Díaz-Canel". A query is words, matched all together (and a
phrase in double quotes as a phrase); it is passed to the database as a bound parameter, and on SQLite each word is
quoted for FTS5, so no query syntax a user types can reach the engine.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Literal

from sqlalchemy import Connection, text

from dateline.errors import DatelineError, Errors
from dateline.text import fold

SearchKind = Literal["article", "quote"]
SEARCH_KINDS: tuple[SearchKind, ...] = ("article", "quote")
MAX_QUERY_CHARS = 500
_TERM = re.compile(r'"([^"]+)"|(\w[\w\'-]*)', re.UNICODE)


@dataclass(slots=True, kw_only=True)
class SearchHit:
    """One article or quote that matches, best first: ``snippet`` marks the matched words with [ and ]."""

    kind: SearchKind
    article: str
    title: str | None
    published: str | None
    quote: str | None
    speaker: str | None
    snippet: str
    rank: float


def index_article(connection: Connection, pk: int, title: str | None, body: str) -> None:
    if connection.dialect.name == "sqlite":
        connection.execute(text("INSERT INTO article_fts (rowid, title, text) VALUES (:pk, :title, :body)"),
                           {"pk": pk, "title": title or "", "body": body})  # fmt: skip
    else:
        connection.execute(
            text("INSERT INTO article_fts (pk, vector) VALUES (:pk, to_tsvector('simple', :folded))"),
            {"pk": pk, "folded": fold(f"{title or ''}\n{body}")},
        )


def index_quotes(connection: Connection, quotes: list[tuple[int, str, str | None]]) -> None:
    """Index (pk, quote, speaker) rows, in one statement."""
    if not quotes:
        return
    if connection.dialect.name == "sqlite":
        connection.execute(text("INSERT INTO quote_fts (rowid, text, speaker) VALUES (:pk, :quote, :speaker)"),
                           [{"pk": pk, "quote": quote, "speaker": speaker or ""} for pk, quote, speaker in quotes])  # fmt: skip
    else:
        connection.execute(
            text("INSERT INTO quote_fts (pk, vector) VALUES (:pk, to_tsvector('simple', :folded))"),
            [{"pk": pk, "folded": fold(f"{quote}\n{speaker or ''}")} for pk, quote, speaker in quotes],
        )


def unindex(connection: Connection, article_pks: list[int], quote_pks: list[int]) -> None:
    """Take rows out of the indexes before their records go (PostgreSQL's go with them by cascade)."""
    if connection.dialect.name != "sqlite":
        return
    for table, pks in (("article_fts", article_pks), ("quote_fts", quote_pks)):
        for pk in pks:
            connection.execute(text(f"DELETE FROM {table} WHERE rowid = :pk"), {"pk": pk})


def search_terms(query: str) -> list[str]:
    """The words and quoted phrases of a query, folded; E035 for one with none, or too long."""
    if len(query) > MAX_QUERY_CHARS:
        raise DatelineError(Errors.E035, option="search text", value=query[:40] + "…", detail=f"give at most {MAX_QUERY_CHARS} characters")
    terms = [fold(phrase or word) for phrase, word in _TERM.findall(query)]
    terms = [" ".join(re.findall(r"\w+", term)) for term in terms]
    terms = [term for term in terms if term]
    if not terms:
        raise DatelineError(Errors.E035, option="search text", value=query, detail="give at least one word to search for")
    return terms


def search(
    connection: Connection, query: str, *, kinds: tuple[SearchKind, ...] = SEARCH_KINDS, limit: int = 20, offset: int = 0
) -> list[SearchHit]:
    """Articles and quotes matching every word of ``query``, best first."""
    terms = search_terms(query)
    hits: list[SearchHit] = []
    for kind in kinds:
        rows = _sqlite(connection, kind, terms, limit + offset) if connection.dialect.name == "sqlite" else _postgres(
            connection, kind, terms, limit + offset
        )
        hits.extend(_hit(kind, row) for row in rows)
    hits.sort(key=lambda hit: (-hit.rank, hit.kind, hit.article, hit.quote or ""))
    return hits[offset : offset + limit]


def _sqlite(connection: Connection, kind: SearchKind, terms: list[str], limit: int) -> list[Any]:
    match = " ".join('"' + term.replace('"', '""') + '"' for term in terms)
    if kind == "article":
        sql = (
            "SELECT a.id AS article, a.title, a.published, NULL AS quote, NULL AS speaker, "
            "snippet(article_fts, 1, '[', ']', '…', 24) AS snippet, -bm25(article_fts) AS rank "
            "FROM article_fts JOIN articles a ON a.pk = article_fts.rowid "
            "WHERE article_fts MATCH :match ORDER BY rank DESC, a.pk LIMIT :limit"
        )
    else:
        sql = (
            "SELECT a.id AS article, a.title, a.published, q.id AS quote, q.speaker_name AS speaker, "
            "snippet(quote_fts, 0, '[', ']', '…', 24) AS snippet, -bm25(quote_fts) AS rank "
            "FROM quote_fts JOIN quotes q ON q.pk = quote_fts.rowid JOIN articles a ON a.pk = q.article_pk "
            "WHERE quote_fts MATCH :match ORDER BY rank DESC, q.pk LIMIT :limit"
        )
    return list(connection.execute(text(sql), {"match": match, "limit": limit}))


def _postgres(connection: Connection, kind: SearchKind, terms: list[str], limit: int) -> list[Any]:
    # phraseto_tsquery for each term (a word is a phrase of one), all of them required.
    tsquery = " && ".join(f"phraseto_tsquery('simple', :t{n})" for n in range(len(terms)))
    params: dict[str, Any] = {f"t{n}": term for n, term in enumerate(terms)}
    params["limit"] = limit
    headline = "StartSel=[, StopSel=], MaxWords=30, MinWords=12, ShortWord=2, FragmentDelimiter=…, MaxFragments=1"
    if kind == "article":
        sql = (
            f"SELECT a.id AS article, a.title, a.published, NULL AS quote, NULL AS speaker, "
            f"ts_headline('simple', a.text, plainto_tsquery('simple', :words), '{headline}') AS snippet, "
            f"ts_rank(f.vector, ({tsquery})) AS rank "
            f"FROM article_fts f JOIN articles a ON a.pk = f.pk "
            f"WHERE f.vector @@ ({tsquery}) ORDER BY rank DESC, a.pk LIMIT :limit"
        )
    else:
        sql = (
            f"SELECT a.id AS article, a.title, a.published, q.id AS quote, q.speaker_name AS speaker, "
            f"ts_headline('simple', q.text, plainto_tsquery('simple', :words), '{headline}') AS snippet, "
            f"ts_rank(f.vector, ({tsquery})) AS rank "
            f"FROM quote_fts f JOIN quotes q ON q.pk = f.pk JOIN articles a ON a.pk = q.article_pk "
            f"WHERE f.vector @@ ({tsquery}) ORDER BY rank DESC, q.pk LIMIT :limit"
        )
    params["words"] = " ".join(terms)
    return list(connection.execute(text(sql), params))


def _hit(kind: SearchKind, row: Any) -> SearchHit:
    return SearchHit(
        kind=kind, article=row.article, title=row.title, published=row.published, quote=row.quote,
        speaker=row.speaker, snippet=" ".join((row.snippet or "").split()), rank=round(float(row.rank), 6),
    )  # fmt: skip
