"""The UI's pages as HTML: filters narrow what is shown, bad input is said on the page, unknown ids are 404."""

from __future__ import annotations

from typing import Any


def test_search_filters_narrow_the_hits(client: Any) -> None:
    everything = client.get("/search", params={"q": "prisoners"}).text
    assert everything.count('class="hit ') >= 3
    venezuela = client.get("/search", params={"q": "prisoners", "country": "VEN", "entity": "Maduro"}).text
    assert 'class="hit ' in venezuela and "Venezuelans await" in venezuela
    later = client.get("/search", params={"q": "prisoners", "since": "2030-01-01"}).text
    assert "Nothing matches." in later
    by_type = client.get("/search", params={"q": "prisoners", "type": "PROTEST"}).text
    assert by_type.count('class="hit ') <= everything.count('class="hit ')


def test_pages_say_what_is_wrong(client: Any) -> None:
    bad = client.get("/quotes", params={"since": "last week"})
    assert bad.status_code == 200 and "E035" in bad.text
    missing = client.get("/articles/a-0000000000000000")
    assert missing.status_code == 404 and 'data-code="E037"' in missing.text and "<h1>404</h1>" in missing.text
    unknown = client.get("/no/such/page")
    assert unknown.status_code == 404 and "E037" in unknown.text


def test_the_events_page_draws_a_timeline_and_a_map(client: Any) -> None:
    page = client.get("/events", params={"by": "quad_class"}).text
    assert 'class="timeline"' in page and "series-3-verbal-conflict" in page
    assert page.count('class="country"') > 150 and "event-point" in page
    narrowed = client.get("/events", params={"actor": "RUS", "type": "CONSULT"}).text
    assert "Sochi" in narrowed


def test_an_article_page_shows_its_structure_and_records(client: Any) -> None:
    article = client.get("/api/articles", params={"entity": "person:sergei-lavrov"}).json()["items"][0]["id"]
    page = client.get(f"/articles/{article}").text
    assert "Key points" in page or "Captions" in page
    assert 'class="mark quote"' in page and 'class="mark event' in page and 'href="/entities/person%3Asergei-lavrov"' in page
    assert "<script>" not in page.split("</head>", 1)[1]  # the page body holds no script element at all
