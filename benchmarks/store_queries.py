"""The store's typical queries on a large synthetic collection: do they answer in under 200 ms on SQLite?

    python benchmarks/store_queries.py [--articles 200000] [--events 1000000] [--db PATH] [--keep]

A script (not the pipeline) fills a new SQLite store through the store's own schema with ``--articles`` articles
(short synthetic texts, two quotes each) and ``--events`` events with an actor and a recipient each, spread over
five years, 40 countries and the 16 PLOVER types. Then each query is run five times and its median time printed,
with SQLite's ``EXPLAIN QUERY PLAN`` for the main statement, so the indexes it uses can be seen. The queries are
the library functions the CLI and the API call, with the filters users give them.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, insert, select, text

from dateline.store import find_entities, find_events, find_quotes, open_store, search
from dateline.store import schema as t
from dateline.store.queries import _spoken_by, events_query

TYPES = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
         "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"]  # fmt: skip
CAMEO = {"AGREE": "030", "CONSULT": "040", "SUPPORT": "051", "CONCEDE": "080", "COOPERATE": "061", "AID": "070",
         "RETREAT": "087", "REQUEST": "020", "ACCUSE": "112", "REJECT": "120", "THREATEN": "130", "PROTEST": "140",
         "SANCTION": "160", "MOBILIZE": "150", "COERCE": "173", "ASSAULT": "190"}  # fmt: skip
COUNTRIES = ["USA", "RUS", "CHN", "GBR", "FRA", "DEU", "IND", "BRA", "ZAF", "NGA", "KEN", "ETH", "EGY", "TUR", "IRN",
             "IRQ", "SYR", "ISR", "PSE", "SAU", "PAK", "AFG", "UKR", "POL", "VEN", "COL", "MEX", "CUB", "JPN", "KOR",
             "PRK", "IDN", "PHL", "AUS", "CAN", "ARG", "CHL", "PER", "SDN", "SOM"]  # fmt: skip
SECTORS = ["GOV", "MIL", "OPP", "CVL", "BUS", "MED", "JUD", "LEG"]
# A vocabulary of 5,000 words drawn with Zipf-like weights, as words are in news; the searched words sit at ranks
# that put each in a few percent of the articles, neither in all of them nor in none.
_NAMED = {150: "ceasefire", 300: "prisoners", 450: "harbour", 451: "drought"}
WORDS = [_NAMED.get(n, f"w{n}") for n in range(5000)]
WEIGHTS = [1 / (n + 10) for n in range(5000)]
BATCH = 20_000


def fill(connection: Connection, articles: int, events: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    people = [f"Speaker{n} Surname{n}" for n in range(5000)]
    connection.execute(insert(t.sources), [{"key": "synthetic", "path": "synthetic", "first_seen": "2026", "last_seen": "2026"}])
    connection.execute(insert(t.pages), [{"source_pk": 1, "content_hash": "0" * 64, "format": "text", "bytes": 0,
                                          "stored_at": "2026", "problems": []}])  # fmt: skip
    connection.execute(insert(t.entities), [
        {"id": f"person:speaker{n}-surname{n}", "kind": "person", "name": name, "name_folded": name.lower(), "type": "PERSON",
         "country": COUNTRIES[n % 40], "country_rank": 1, "tokens": [], "forms": [], "seq": n}
        for n, name in enumerate(people)
    ])  # fmt: skip
    for start in range(0, articles, BATCH):
        rows, quotes, fts, qfts, named = [], [], [], [], []
        for pk in range(start + 1, min(articles, start + BATCH) + 1):
            day = f"{2020 + pk % 5}-{1 + pk % 12:02d}-{1 + pk % 28:02d}"
            body = " ".join(rng.choices(WORDS, WEIGHTS, k=60))
            record = {"id": f"a-{pk:016x}", "title": f"Report {pk}", "published": day, "text": body,
                      "paragraphs": [{"start": 0, "end": len(body), "kind": "body"}]}
            rows.append({"pk": pk, "page_pk": 1, "position": pk, "id": f"a-{pk:016x}", "title": f"Report {pk}", "published": day,
                         "text": body, "record": record})  # fmt: skip
            fts.append({"pk": pk, "title": f"Report {pk}", "body": body})
            for n in range(2):
                speaker = rng.randrange(len(people))
                said = " ".join(rng.choices(WORDS, WEIGHTS, k=15))
                quote_pk = pk * 2 + n
                quotes.append({"pk": quote_pk, "article_pk": pk, "id": f"q{n + 1}", "kind": "direct", "text": said, "start": 0,
                               "end": 10, "speaker_entity": f"person:speaker{speaker}-surname{speaker}",
                               "speaker_name": people[speaker], "speaker_folded": people[speaker].lower(), "date": day,
                               "record": {}})  # fmt: skip
                qfts.append({"pk": quote_pk, "quote": said, "speaker": people[speaker]})
                named.append({"article_pk": pk, "entity_id": f"person:speaker{speaker}-surname{speaker}", "type": "PERSON",
                              "aliases": [], "titles": [], "mentions": 2})  # fmt: skip
        connection.execute(insert(t.articles), rows)
        connection.execute(insert(t.quotes), quotes)
        connection.execute(insert(t.article_entities), named)
        connection.execute(text("INSERT INTO article_fts (rowid, title, text) VALUES (:pk, :title, :body)"), fts)
        connection.execute(text("INSERT INTO quote_fts (rowid, text, speaker) VALUES (:pk, :quote, :speaker)"), qfts)
    for start in range(0, events, BATCH):
        rows, sides = [], []
        for pk in range(start + 1, min(events, start + BATCH) + 1):
            kind = rng.choice(TYPES)
            day = f"{2020 + rng.randrange(5)}-{1 + rng.randrange(12):02d}-{1 + rng.randrange(28):02d}"
            rows.append({"pk": pk, "article_pk": 1 + rng.randrange(articles), "id": f"e{pk}", "type": kind, "cameo": CAMEO[kind],
                         "date": day, "negated": rng.random() < 0.03, "hypothetical": False, "confidence": 0.8,
                         "merge_key": kind, "record": {}})  # fmt: skip
            for role in ("actor", "recipient"):
                country = rng.choice(COUNTRIES)
                code = country + rng.choice(SECTORS)
                sides.append({"event_pk": pk, "role": role, "position": 0, "text": code, "name": code, "name_folded": code.lower(),
                              "code": code, "country": country})  # fmt: skip
        connection.execute(insert(t.events), rows)
        connection.execute(insert(t.event_participants), sides)
    connection.execute(text("ANALYZE"))


def timed(call: Callable[[], Any], runs: int = 5) -> tuple[float, int]:
    times, found = [], 0
    for _ in range(runs):
        started = time.perf_counter()
        found = len(call())
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000, found


def plan(connection: Connection, statement: Any) -> list[str]:
    compiled = statement.compile(connection, compile_kwargs={"literal_binds": True})
    return [row[-1] for row in connection.execute(text(f"EXPLAIN QUERY PLAN {compiled}"))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200_000)
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--db", type=Path, default=None, help="Where to build the store (default: a temporary folder).")
    parser.add_argument("--keep", action="store_true", help="Keep the store afterwards.")
    args = parser.parse_args(argv)
    folder = Path(tempfile.mkdtemp(prefix="dateline-bench-"))
    path = args.db or folder / "synthetic.db"
    if not path.exists():
        started = time.perf_counter()
        with open_store(str(path)) as store, store.transaction() as connection:
            fill(connection, args.articles, args.events)
        print(f"filled {args.articles} articles, {2 * args.articles} quotes, {args.events} events in "
              f"{time.perf_counter() - started:.0f} s: {path.stat().st_size / 1e6:.0f} MB")  # fmt: skip
    worst = 0.0
    with open_store(str(path), read_only=True) as store, store.connect() as connection:
        queries: list[tuple[str, Callable[[], Any], Any]] = [
            ("events: actor RUS, type CONSULT, 2022", lambda: find_events(connection, actor="RUS", type="CONSULT", since="2022-01-01", until="2022-12-31"),
             events_query(actor="RUS", type="CONSULT", since="2022-01-01", until="2022-12-31")),
            ("events: actor USAGOV, recipient CHN, type ACCUSE", lambda: find_events(connection, actor="USAGOV", recipient="CHN", type="ACCUSE"),
             events_query(actor="USAGOV", recipient="CHN", type="ACCUSE")),
            ("events: type PROTEST, one month", lambda: find_events(connection, type="PROTEST", since="2023-05", until="2023-05"), None),
            ("events: CAMEO 19, actor SYR", lambda: find_events(connection, cameo="19", actor="SYR"), None),
            ("quotes: speaker by name", lambda: find_quotes(connection, speaker="Speaker1234 Surname1234"),
             select(t.quotes).where(_spoken_by("Speaker1234 Surname1234")).order_by(t.quotes.c.date.desc())),
            ("quotes: speaker by entity id", lambda: find_quotes(connection, speaker="person:speaker77-surname77"), None),
            ("quotes: speaker, since 2024", lambda: find_quotes(connection, speaker="surname4321", since="2024"), None),
            ("entities: name", lambda: find_entities(connection, name="surname4242"), None),
            ("search: 'ceasefire prisoners'", lambda: search(connection, "ceasefire prisoners"), None),
            ("search: phrase '\"harbour drought\"'", lambda: search(connection, '"harbour drought"'), None),
        ]  # fmt: skip
        for name, call, statement in queries:
            ms, found = timed(call)
            worst = max(worst, ms)
            print(f"{ms:8.1f} ms  {found:4d} rows  {name}")
            if statement is not None:
                for line in plan(connection, statement.limit(50)):
                    print(f"{'':18}plan: {line}")
    print(f"slowest: {worst:.1f} ms (target: under 200 ms each)")
    if not args.keep and args.db is None:
        for leftover in folder.iterdir():
            leftover.unlink()
        folder.rmdir()
    return 0 if worst < 200 else 1


if __name__ == "__main__":
    sys.exit(main())
