"""Asking a collection: the seed page and the benchmark's 181 pages, ingested once per backend."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import func, select

from dateline.errors import DatelineError
from dateline.store import entity_detail, find_entities, find_events, find_quotes, open_store, search
from dateline.store import schema as t


@pytest.fixture()
def connection(collection: tuple[str, Any]) -> Any:
    target, _ = collection
    with open_store(target, read_only=True) as store, store.connect() as connection:
        yield connection


def test_the_whole_collection_is_stored(collection: tuple[str, Any], connection: Any) -> None:
    _, summary = collection
    assert summary.stored == 182 and not summary.skipped
    assert connection.execute(select(func.count()).select_from(t.pages)).scalar_one() == 182
    assert connection.execute(select(func.count()).select_from(t.merge_queue)).scalar_one() == 0


def test_quotes_by_lavrov(connection: Any) -> None:
    quotes = find_quotes(connection, speaker="Lavrov")
    assert len(quotes) >= 3
    assert {quote.speaker for quote in quotes} == {"Sergei Lavrov"}
    assert {quote.speaker_entity for quote in quotes} == {"person:sergei-lavrov"}
    assert any("insinuations are absolute fiction" in quote.text for quote in quotes)
    # The same person by entity id, and by a spelling with other case and accents.
    assert [q.quote for q in find_quotes(connection, speaker="person:sergei-lavrov")] == [q.quote for q in quotes]
    assert len(find_quotes(connection, speaker="LAVRÓV")) == len(quotes)


def test_quotes_filtered_by_words_and_dates(connection: Any) -> None:
    held = find_quotes(connection, contains="political prisoners")
    assert held and all("political prisoners" in quote.text.lower() for quote in held)
    dated = find_quotes(connection, since="2019-11-15", until="2019-11-18", limit=5000)
    assert {quote.date[:10] for quote in dated if quote.date} == {"2019-11-15", "2019-11-16", "2019-11-17", "2019-11-18"} & {
        quote.date[:10] for quote in dated if quote.date
    }
    assert len(dated) > 400 and all(quote.date and "2019-11-15" <= quote.date[:10] <= "2019-11-18" for quote in dated)
    assert len(find_quotes(connection, since="2019-11", until="2019-11", limit=5000)) > len(dated)


def test_consultations_with_a_russian_actor(connection: Any) -> None:
    events = find_events(connection, actor="RUS", type="CONSULT")
    assert events and all(event.type == "CONSULT" for event in events)
    sochi = [event for event in events if event.date == "2019-05-14" and event.place == "Sochi"]
    assert any(event.actors == ["Vladimir Putin"] and event.recipients == ["Mike Pompeo"] for event in sochi)
    assert any(event.date and event.date.startswith("2018-07") and event.place == "Helsinki" for event in events)
    assert {event.type for event in find_events(connection, actor="RUSGOV", limit=500)} >= {"CONSULT"}
    assert all(event.cameo and event.cameo.startswith("04") for event in find_events(connection, cameo="04", limit=200))


def test_negated_events_only_when_asked(connection: Any) -> None:
    shown = find_events(connection, limit=5000)
    everything = find_events(connection, include_negated=True, limit=5000)
    assert not any(event.negated for event in shown)
    assert any(event.negated for event in everything) and len(everything) > len(shown)


def test_entities_named_maduro_are_two_people(connection: Any) -> None:
    found = find_entities(connection, name="Maduro")
    assert [entity.id for entity in found] == ["person:nicolas-maduro", "person:nicolas-maduro-guerra"]
    father = found[0]
    assert father.country == "VEN" and father.mentions > 5 and father.quotes >= 1 and father.events >= 1
    detail = entity_detail(connection, "person:nicolas-maduro")
    assert detail is not None and detail.articles and detail.events_as_actor + detail.events_as_recipient
    assert entity_detail(connection, "person:nobody-at-all") is None


def test_accents_and_case_do_not_matter_in_names(connection: Any) -> None:
    plain = find_entities(connection, name="diaz-canel")
    assert plain and plain == find_entities(connection, name="DÍAZ-CANEL")


def test_search_for_political_prisoners(connection: Any) -> None:
    hits = search(connection, "political prisoners")
    assert hits[0].article == hits[1].article  # the Venezuelan article, and its quotes, come first
    assert any(hit.kind == "quote" and hit.quote for hit in hits)
    assert all("[" in hit.snippet for hit in hits[:3])
    assert {hit.kind for hit in search(connection, "political prisoners", kinds=("quote",))} == {"quote"}
    phrase = search(connection, '"absolute fiction"')
    assert [hit.speaker for hit in phrase if hit.kind == "quote"] == ["Sergei Lavrov"]
    assert [hit.kind for hit in phrase] == ["article", "quote"] or [hit.kind for hit in phrase] == ["quote", "article"]
    assert search(connection, '"fiction absolute"') == []  # a phrase is matched as a phrase


@pytest.mark.parametrize("hostile", ["' OR 1=1 --", "\"; DROP TABLE quotes; --", "%", "_", "NEAR(a b)", "a* OR b"])
def test_no_string_a_user_types_reaches_sql(connection: Any, hostile: str) -> None:
    # Each is matched as the characters it is ("_" finds a name holding an underscore, and only such).
    assert all(hostile in (quote.speaker or "") for quote in find_quotes(connection, speaker=hostile))
    assert all(hostile in entity.name for entity in find_entities(connection, name=hostile))
    assert all(hostile in (event.place or "") for event in find_events(connection, actor=hostile, place=hostile))
    assert find_quotes(connection, speaker="%") == [] and find_entities(connection, name="' OR 1=1 --") == []
    try:
        search(connection, hostile)
    except DatelineError as error:
        assert error.code == "E035"  # a query with no word in it
    assert connection.execute(select(func.count()).select_from(t.quotes)).scalar_one() > 0


@pytest.mark.parametrize(
    "call",
    [
        lambda c: find_quotes(c, since="May 2019"),
        lambda c: find_events(c, until="2019-13-45x"),
        lambda c: find_events(c, cameo="04x"),
        lambda c: find_entities(c, limit=0),
        lambda c: find_quotes(c, offset=-1),
        lambda c: search(c, "x" * 600),
    ],
)
def test_bad_filters_are_refused_with_their_code(connection: Any, call: Any) -> None:
    with pytest.raises(DatelineError) as raised:
        call(connection)
    assert raised.value.code == "E035"
