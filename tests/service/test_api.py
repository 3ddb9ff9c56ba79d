"""The REST API: every endpoint, its filters and paging, its errors as JSON with codes, and the read-only rule."""

from __future__ import annotations

import csv
import io
from typing import Any

import pytest
from sqlalchemy.exc import OperationalError

from dateline.service import create_app


def items(client: Any, path: str, **params: Any) -> list[dict[str, Any]]:
    response = client.get(path, params=params)
    assert response.status_code == 200, response.text
    return response.json()["items"]


def test_stats(client: Any) -> None:
    stats = client.get("/api/stats").json()
    assert stats["pages"] == 5 and stats["articles"] >= 5 and stats["quotes"] > 20
    assert "CONSULT" in stats["event_types"] and stats["top_speakers"][0]["quotes"] >= 3


def test_articles_list_paging_sorting_and_csv(client: Any) -> None:
    first = client.get("/api/articles", params={"limit": 2}).json()
    assert len(first["items"]) == 2 and first["next_offset"] == 2
    rest = client.get("/api/articles", params={"limit": 2, "offset": 2}).json()
    assert not {a["id"] for a in first["items"]} & {a["id"] for a in rest["items"]}
    dated = [a["published"] for a in items(client, "/api/articles", sort="oldest") if a["published"]]
    assert dated == sorted(dated)
    rows = list(csv.DictReader(io.StringIO(client.get("/api/articles", params={"format": "csv"}).text)))
    assert {"id", "title", "published", "quotes", "events"} <= set(rows[0])
    lavrov = items(client, "/api/articles", entity="person:sergei-lavrov")
    assert len(lavrov) == 1 and "Lavrov" in lavrov[0]["title"]


def test_one_article_with_every_record(client: Any) -> None:
    article_id = items(client, "/api/articles", entity="person:sergei-lavrov")[0]["id"]
    stored = client.get(f"/api/articles/{article_id}").json()
    article = stored["article"]
    assert article["id"] == article_id and article["quotes"] and article["events"] and article["entities"]
    quote = article["quotes"][0]
    assert article["text"][quote["start"] : quote["end"]].startswith(quote["text"][:10])
    missing = client.get("/api/articles/a-0000000000000000")
    assert missing.status_code == 404 and missing.json()["error"]["code"] == "E037"


def test_entities_and_one_entity(client: Any) -> None:
    maduro = items(client, "/api/entities", name="maduro")
    assert [e["id"] for e in maduro] == ["person:nicolas-maduro", "person:nicolas-maduro-guerra"]
    people = items(client, "/api/entities", type="PERSON", limit=5)
    assert all(e["type"] == "PERSON" for e in people) and people[0]["mentions"] >= people[-1]["mentions"]
    lavrov = client.get("/api/entities/person:sergei-lavrov").json()
    assert lavrov["name"] == "Sergei Lavrov" and lavrov["quotes"] and lavrov["articles"]
    assert client.get("/api/entities/person:nobody").json()["error"]["code"] == "E037"


def test_quotes_events_counts_and_search(client: Any) -> None:
    quotes = items(client, "/api/quotes", speaker="Lavrov")
    assert quotes and {q["speaker"] for q in quotes} == {"Sergei Lavrov"}
    consult = items(client, "/api/events", actor="RUS", type="CONSULT")
    assert any(e["date"] == "2019-05-14" and e["place"] == "Sochi" for e in consult)
    with_negated = items(client, "/api/events", include_negated="true", limit=1000)
    assert len(with_negated) > len(items(client, "/api/events", limit=1000))
    timeline = client.get("/api/events/timeline", params={"by": "quad_class"}).json()
    assert timeline and {p["series"] for p in timeline} <= {"1", "2", "3", "4"}
    places = client.get("/api/events/places").json()
    assert any(p["name"] == "Sochi" for p in places)
    counts = items(client, "/api/counts", type="PRISONER")
    assert any(c["count"]["min"] == 800 and c["count"]["max"] == 1200 for c in counts)
    hits = items(client, "/api/search", q="political prisoners")
    assert hits and "[" in hits[0]["snippet"]
    assert {h["kind"] for h in items(client, "/api/search", q="political prisoners", **{"in": "quote"})} == {"quote"}


@pytest.mark.parametrize(
    ("path", "params"),
    [
        ("/api/quotes", {"since": "last week"}),
        ("/api/events", {"cameo": "x1"}),
        ("/api/articles", {"limit": 5000}),
        ("/api/articles", {"offset": -1}),
        ("/api/articles", {"sort": "sideways"}),
        ("/api/search", {"q": "!!!"}),
        ("/api/search", {}),
    ],
)
def test_bad_parameters_are_400_with_a_code(client: Any, path: str, params: dict[str, Any]) -> None:
    response = client.get(path, params=params)
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["code"] == "E035" and "Traceback" not in error["message"]


def test_extract_reads_a_page_and_stores_nothing(client: Any) -> None:
    before = client.get("/api/stats").json()["articles"]
    page = "Ministers meet in Oslo\n\nOSLO (AP) — Norway's foreign minister met her Swedish counterpart on Monday.\n"
    response = client.post("/api/extract", content=page.encode(), headers={"content-type": "text/plain"})
    assert response.status_code == 200 and response.json()["articles"][0]["title"] == "Ministers meet in Oslo"
    assert client.get("/api/stats").json()["articles"] == before
    empty = client.post("/api/extract", content=b"")
    assert empty.status_code == 400 and empty.json()["error"]["code"] == "E001"
    huge = client.post("/api/extract", content=b"x" * 60_000)
    assert huge.status_code == 413 and huge.json()["error"]["code"] == "E038"


def test_extract_is_off_unless_allowed(service_db: str) -> None:
    from fastapi.testclient import TestClient

    with TestClient(create_app(service_db)) as plain:
        refused = plain.post("/api/extract", content=b"Some page")
        assert refused.status_code == 403 and refused.json()["error"]["code"] == "E040"
        assert "access-control-allow-origin" not in plain.get("/api/stats", headers={"Origin": "http://elsewhere.example"}).headers


def test_cors_only_for_configured_origins(service_db: str) -> None:
    from fastapi.testclient import TestClient

    with TestClient(create_app(service_db, cors_origins=["http://tools.example"])) as open_client:
        allowed = open_client.get("/api/stats", headers={"Origin": "http://tools.example"})
        assert allowed.headers["access-control-allow-origin"] == "http://tools.example"
        other = open_client.get("/api/stats", headers={"Origin": "http://elsewhere.example"})
        assert "access-control-allow-origin" not in other.headers


def test_the_store_is_opened_read_only(client: Any) -> None:
    store = client.app.state.store
    with pytest.raises(OperationalError), store.connect() as connection:
        connection.exec_driver_sql("DELETE FROM quotes")
    assert client.get("/api/stats").json()["quotes"] > 20


def test_every_response_carries_the_security_headers(client: Any) -> None:
    for path in ("/api/stats", "/", "/openapi.json"):
        headers = client.get(path).headers
        assert "script-src 'self'" in headers["content-security-policy"] and "unsafe-inline" not in headers["content-security-policy"]
        assert headers["x-content-type-options"] == "nosniff"


def test_the_openapi_schema_names_the_records(client: Any) -> None:
    schema = client.get("/openapi.json").json()
    assert {"/api/quotes", "/api/events", "/api/entities/{entity_id}", "/api/search", "/api/counts", "/api/stats"} <= set(schema["paths"])
    assert {"QuoteRow", "EventRow", "EntityDetail", "Article"} <= set(schema["components"]["schemas"])
