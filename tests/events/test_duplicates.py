"""One real event, one record: tellings merged within an article, reports clustered across a collection."""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import replace
from datetime import date, timedelta

import pytest

from dateline.events.duplicates import collection_events, haversine_km, merge_mentions, places_near
from dateline.events.timespans import dates_agree, day_range, specificity
from dateline.model import Article
from dateline.records import CollectionEvent, Event, EventActor, EventDate, EventPlace, TextSpan

PUTIN = EventActor(text="Putin", name="Vladimir Putin", entity="person:vladimir-putin", code="RUSGOV")
POMPEO = EventActor(text="Pompeo", name="Mike Pompeo", entity="person:mike-pompeo", code="USAGOV")
LAVROV = EventActor(text="Lavrov", name="Sergei Lavrov", entity="person:sergei-lavrov", code="RUSGOV")
WANG = EventActor(text="Wang", name="Wang Yi", entity="person:wang-yi", code="CHNGOV")
SOCHI = EventPlace(name="Sochi", country="RUS", lat=43.6, lon=39.73, geonames_id=491422)
# About 10 km up the coast from Sochi, with no GeoNames id of its own here.
DAGOMYS = EventPlace(name="Dagomys", country="RUS", lat=43.665, lon=39.652)
MOSCOW = EventPlace(name="Moscow", country="RUS", lat=55.752, lon=37.616, geonames_id=524901)

ARTICLE_TEXT = (
    "Putin met Pompeo in Sochi on Tuesday, the first such talks in a year.\n\n"
    "The meeting in Sochi lasted three hours, officials said.\n\n"
    "Pompeo later held talks with Putin over dinner."
)


def span(text: str, words: str, after: int = 0) -> TextSpan:
    start = text.index(words, after)
    return TextSpan(start=start, end=start + len(words), text=words)


def coded(
    trigger: TextSpan | None,
    *,
    type: str = "CONSULT",
    actors: tuple[EventActor, ...] = (),
    recipients: tuple[EventActor, ...] = (),
    date: str | None = None,
    place: EventPlace | None = None,
    negated: bool = False,
    confidence: float = 0.5,
    id: str = "e0",
) -> Event:
    return Event(
        id=id, type=type, cameo="040" if type == "CONSULT" else None, actors=list(actors), recipients=list(recipients),
        date=EventDate(text=date, value=date) if date else None, place=place, trigger=trigger, negated=negated,
        confidence=confidence,
    )  # fmt: skip


# --- timespans --------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "first", "last"),
    [
        ("2019-05-14", "2019-05-14", "2019-05-14"),
        ("2019-05-14T15:05", "2019-05-14", "2019-05-14"),
        ("2019-05", "2019-05-01", "2019-05-31"),
        ("2020-02", "2020-02-01", "2020-02-29"),
        ("2019-W20", "2019-05-13", "2019-05-19"),
        ("2019-W20-WE", "2019-05-18", "2019-05-19"),
        ("2019-Q3", "2019-07-01", "2019-09-30"),
        ("2019-WI", "2019-12-01", "2020-02-29"),
        ("2019", "2019-01-01", "2019-12-31"),
        ("199", "1990-01-01", "1999-12-31"),
    ],
)
def test_a_date_value_covers_the_days_of_its_granularity(value: str, first: str, last: str) -> None:
    covered = day_range(value)
    assert covered is not None
    assert (covered.first.isoformat(), covered.last.isoformat()) == (first, last)


@pytest.mark.parametrize("value", ["XXXX-01-03", "PAST_REF", "P2Y", "2019-02-30", "", None])
def test_values_without_known_days_cover_none(value: str | None) -> None:
    assert day_range(value) is None


@pytest.mark.parametrize(
    ("first", "second", "agree"),
    [
        ("2019-05-14", "2019-05-14", True),
        ("2019-05", "2019-05-14", True),
        ("2019-W20", "2019-05-14", True),
        ("2019-05-14", "2019-05-15", False),
        ("2019-04", "2019-05-14", False),
        ("PAST_REF", "2019-05-14", True),
        (None, "2019-05-14", True),
        ("XXXX-05-14", "2019-05-14", True),
        ("XXXX-05-14", "2019-05", True),
        ("XXXX-05-14", "2019-05-15", False),
    ],
)
def test_dates_agree_when_equal_nested_or_missing(first: str | None, second: str | None, agree: bool) -> None:
    assert dates_agree(first, second) is agree
    assert dates_agree(second, first) is agree


def test_a_day_is_more_specific_than_a_month_than_unknown_digits_than_a_reference() -> None:
    ranked = ["2019-05-14", "2019-W20", "2019-05", "2019", "XXXX-05-14", "PAST_REF"]
    assert sorted(ranked, key=specificity, reverse=True) == ranked


# --- within an article ------------------------------------------------------------------------------------------------


def sochi_tellings() -> list[Event]:
    text = ARTICLE_TEXT
    return [
        coded(
            span(text, "met"),
            actors=(PUTIN,),
            recipients=(POMPEO,),
            date="2019-05-14",
            place=SOCHI,
            confidence=0.9,
            id="e1",
        ),
        coded(span(text, "meeting"), place=SOCHI, confidence=0.6, id="e2"),
        coded(span(text, "held talks"), actors=(POMPEO,), recipients=(PUTIN,), confidence=0.7, id="e3"),
    ]


def test_three_tellings_of_one_meeting_become_one_event() -> None:
    [event] = merge_mentions(sochi_tellings())
    assert event.id == "e1"
    assert [mention.text for mention in event.mentions] == ["met", "meeting", "held talks"]
    assert event.trigger is not None and event.trigger.text == "met"
    assert [actor.name for actor in event.actors] == ["Vladimir Putin"]
    assert [actor.name for actor in event.recipients] == ["Mike Pompeo"]
    assert event.date is not None and event.date.value == "2019-05-14"
    assert event.place == SOCHI
    assert event.confidence == 0.9


def test_merging_returns_new_records_and_leaves_the_input_alone() -> None:
    tellings = sochi_tellings()
    before = [telling.to_dict() for telling in tellings]
    [event] = merge_mentions(tellings)
    assert [telling.to_dict() for telling in tellings] == before
    assert all(event is not telling and event.place is not telling.place for telling in tellings)


def test_gaps_in_the_fullest_telling_are_filled_from_the_others() -> None:
    text = "Putin met Pompeo on Tuesday.\n\nThe meeting took place in Sochi during May."
    tellings = [
        coded(span(text, "met"), actors=(PUTIN,), recipients=(POMPEO,), date="2019-05-14"),
        coded(span(text, "meeting"), place=SOCHI, date="2019-05"),
    ]
    [event] = merge_mentions(tellings)
    assert event.place == SOCHI
    assert event.date is not None and event.date.value == "2019-05-14"
    assert [actor.entity for actor in event.actors] == ["person:vladimir-putin"]


def test_meetings_on_different_days_stay_apart() -> None:
    text = "Putin met Pompeo on Tuesday, and they met again on Wednesday."
    tellings = [
        coded(span(text, "met"), actors=(PUTIN,), recipients=(POMPEO,), date="2019-05-14"),
        coded(span(text, "met again"), actors=(PUTIN,), recipients=(POMPEO,), date="2019-05-15"),
    ]
    merged = merge_mentions(tellings)
    assert [(event.id, event.date.value if event.date else None) for event in merged] == [
        ("e1", "2019-05-14"),
        ("e2", "2019-05-15"),
    ]


def test_events_of_different_types_stay_apart() -> None:
    text = "Putin met Pompeo and accused him of meddling."
    tellings = [
        coded(span(text, "met"), actors=(PUTIN,), recipients=(POMPEO,)),
        coded(span(text, "accused"), type="ACCUSE", actors=(PUTIN,), recipients=(POMPEO,)),
    ]
    assert [event.type for event in merge_mentions(tellings)] == ["CONSULT", "ACCUSE"]


def test_a_negated_telling_is_not_merged_with_an_affirmed_one() -> None:
    text = "Putin met Pompeo on Tuesday, aides said. The Kremlin said Putin did not meet Pompeo."
    tellings = [
        coded(span(text, "met"), actors=(PUTIN,), recipients=(POMPEO,)),
        coded(span(text, "meet"), actors=(PUTIN,), recipients=(POMPEO,), negated=True),
    ]
    merged = merge_mentions(tellings)
    assert [(event.id, event.negated) for event in merged] == [("e1", False), ("e2", True)]


def test_a_telling_without_actors_joins_only_when_one_event_could_have_it() -> None:
    text = "Putin met Pompeo in Sochi. Lavrov met Wang in Sochi. The meeting in Sochi was brief."
    tellings = [
        coded(span(text, "met"), actors=(PUTIN,), recipients=(POMPEO,), place=SOCHI),
        coded(span(text, "met", 20), actors=(LAVROV,), recipients=(WANG,), place=SOCHI),
        coded(span(text, "meeting"), place=SOCHI),
    ]
    merged = merge_mentions(tellings)
    assert [len(event.mentions) for event in merged] == [1, 1, 1]
    assert [event.mentions[0].text for event in merged] == ["met", "met", "meeting"]


def test_tellings_are_numbered_in_text_order_whatever_the_input_order() -> None:
    text = "Putin met Pompeo. Putin accused Pompeo of meddling. Lavrov met Wang."
    tellings = [
        coded(span(text, "met", 40), actors=(LAVROV,), recipients=(WANG,), id="e1"),
        coded(span(text, "accused"), type="ACCUSE", actors=(PUTIN,), recipients=(POMPEO,), id="e2"),
        coded(span(text, "met"), actors=(PUTIN,), recipients=(POMPEO,), id="e3"),
    ]
    merged = merge_mentions(tellings)
    assert [(event.id, event.type, event.actors[0].text) for event in merged] == [
        ("e1", "CONSULT", "Putin"),
        ("e2", "ACCUSE", "Putin"),
        ("e3", "CONSULT", "Lavrov"),
    ]


def test_actors_without_entity_ids_match_by_name() -> None:
    text = "Vladimir Putin met the envoy. Putin's meeting with the envoy ran late."
    unlinked = EventActor(text="Vladimir Putin", name="Vladimir Putin")
    surname = EventActor(text="Putin's", name="Putin")
    envoy = EventActor(text="the envoy", name="the envoy")
    tellings = [
        coded(span(text, "met"), actors=(unlinked,), recipients=(envoy,)),
        coded(span(text, "meeting"), actors=(surname,), recipients=(envoy,)),
    ]
    [event] = merge_mentions(tellings)
    assert [mention.text for mention in event.mentions] == ["met", "meeting"]


def test_a_meeting_told_from_either_side_is_one_meeting() -> None:
    text = "Pompeo met Putin. Putin and Pompeo met for three hours."
    tellings = [
        coded(span(text, "met"), actors=(POMPEO,), recipients=(PUTIN,)),
        coded(span(text, "met", 10), actors=(PUTIN, POMPEO)),
    ]
    [event] = merge_mentions(tellings)
    assert len(event.mentions) == 2
    # The first telling fills both sides, so it is the one kept; the other adds no one.
    assert ([actor.text for actor in event.actors], [actor.text for actor in event.recipients]) == (
        ["Pompeo"],
        ["Putin"],
    )


# --- across a collection ----------------------------------------------------------------------------------------------


def report(text: str, published: str | None, *events: Event) -> Article:
    numbered = [replace(event, id=f"e{n}") for n, event in enumerate(events, start=1)]
    return Article(title=text[:30], text=text, paragraphs=[], published=published, events=numbered)


def meeting(date: str | None, place: EventPlace | None = SOCHI, *, negated: bool = False, mentions: int = 1) -> Event:
    event = coded(None, actors=(PUTIN,), recipients=(POMPEO,), date=date, place=place, negated=negated)
    event.mentions = [TextSpan(start=n * 10, end=n * 10 + 3) for n in range(mentions)]
    return event


def sochi_reports() -> list[Article]:
    return [
        report(
            "Putin met Pompeo in Sochi on Tuesday.", "2019-05-14T18:00:00Z", meeting("2019-05-14", SOCHI, mentions=3)
        ),
        report("Putin and Pompeo held talks near Sochi.", "2019-05-15", meeting("2019-05-14", DAGOMYS, mentions=2)),
        report("The two men met on the Black Sea coast.", "2019-05-14T09:30:00+03:00", meeting("2019-05-14", SOCHI)),
    ]


def test_three_articles_reporting_one_meeting_make_one_event() -> None:
    assert haversine_km(SOCHI.lat or 0, SOCHI.lon or 0, DAGOMYS.lat or 0, DAGOMYS.lon or 0) == pytest.approx(10, abs=1)
    [event] = collection_events(sochi_reports())
    assert event.num_articles == 3
    assert event.num_mentions == 6
    assert event.type == "CONSULT" and event.cameo == "040"
    assert event.date is not None and event.date.value == "2019-05-14"
    assert event.place == SOCHI
    assert [actor.entity for actor in event.actors] == ["person:vladimir-putin"]
    assert (event.first_seen, event.last_seen) == ("2019-05-14T09:30:00+03:00", "2019-05-15")
    assert sorted((ref.article, ref.event) for ref in event.mentions) == sorted(
        (article.id, "e1") for article in sochi_reports()
    )


def test_a_month_granular_report_joins_the_meeting_it_contains() -> None:
    articles = [*sochi_reports(), report("Putin saw Pompeo in May.", "2019-06-02", meeting("2019-05", None))]
    [event] = collection_events(articles)
    assert event.num_articles == 4
    assert event.date is not None and event.date.value == "2019-05-14"


def test_a_meeting_on_another_day_is_another_event() -> None:
    articles = [*sochi_reports(), report("Putin met Pompeo again a week later.", "2019-05-21", meeting("2019-05-21"))]
    events = collection_events(articles)
    assert [(event.date.value if event.date else None, event.num_articles) for event in events] == [
        ("2019-05-14", 3),
        ("2019-05-21", 1),
    ]


def test_days_sets_how_far_apart_reported_days_may_be() -> None:
    articles = [
        report("Tuesday's talks.", None, meeting("2019-05-14")),
        report("Wednesday's talks.", None, meeting("2019-05-15")),
    ]
    assert [event.num_articles for event in collection_events(articles)] == [2]
    assert [event.num_articles for event in collection_events(articles, days=0)] == [1, 1]


def test_a_meeting_in_another_city_on_the_same_day_is_another_event() -> None:
    articles = [*sochi_reports(), report("Putin met Pompeo in Moscow.", "2019-05-14", meeting("2019-05-14", MOSCOW))]
    assert sorted(event.num_articles for event in collection_events(articles)) == [1, 3]
    assert places_near(SOCHI, DAGOMYS, 50.0) and not places_near(SOCHI, MOSCOW, 50.0)


def test_a_negated_report_is_not_counted() -> None:
    denial = report("Putin did not meet Pompeo, the Kremlin said.", "2019-05-14", meeting("2019-05-14", negated=True))
    [event] = collection_events([*sochi_reports(), denial])
    assert event.num_articles == 3
    assert denial.id not in {ref.article for ref in event.mentions}


def test_an_undated_report_with_actors_is_dated_by_its_article() -> None:
    articles = [*sochi_reports(), report("Putin has met Pompeo, aides said.", "2019-05-14T22:00:00Z", meeting(None))]
    [event] = collection_events(articles)
    assert event.num_articles == 4


def test_events_without_date_or_actors_stand_alone() -> None:
    protest = coded(None, type="PROTEST", place=SOCHI)
    articles = [
        report("Crowds protested in Sochi.", "2019-05-14", protest),
        report("A protest in Sochi.", "2019-05-14", protest),
    ]
    events = collection_events(articles)
    assert [event.num_articles for event in events] == [1, 1]
    assert len({event.id for event in events}) == 2


def test_ids_are_stable_across_runs_and_input_orders() -> None:
    articles = [
        *sochi_reports(),
        report("Putin met Pompeo again.", "2019-05-21", meeting("2019-05-21")),
        report(
            "Lavrov accused Wang.",
            "2019-05-14",
            coded(None, type="ACCUSE", actors=(LAVROV,), recipients=(WANG,), date="2019-05-14"),
        ),
    ]
    first = [event.to_dict() for event in collection_events(articles)]
    shuffled = articles[:]
    random.Random(7).shuffle(shuffled)
    assert [event.to_dict() for event in collection_events(shuffled)] == first
    assert [event.to_dict() for event in collection_events(reversed(articles))] == first
    assert all(CollectionEvent.from_dict(data).to_dict() == data for data in first)
    assert len({data["id"] for data in first}) == 3


def test_a_synthetic_collection_of_twenty_thousand_events_comes_out_as_its_real_events() -> None:
    """2,000 real meetings among 40 pairs of people, each told by 10 articles: the same day or the next, within a
    few km of one another; a pair meets every third day, alternately in Sochi and, the same day, in Moscow.
    Every tenth article also carries a denial, which must not be counted."""
    rng = random.Random(2019)
    people = [EventActor(text=f"P{n}", name=f"Person {n}", entity=f"person:p{n}") for n in range(80)]
    cities = (SOCHI, MOSCOW)
    real: dict[tuple[str, str], int] = {}
    articles: list[Article] = []
    for copy_number in range(10):
        for batch in range(400):
            events: list[Event] = []
            for k in range(batch * 5, batch * 5 + 5):
                pair, occasion = divmod(k, 50)
                city = cities[occasion % 2]
                day = 1 + 3 * (occasion // 2) + (1 if copy_number == 9 else 0)  # one report in ten is a day late
                place = EventPlace(name=city.name, country=city.country, lat=(city.lat or 0) + rng.uniform(-0.03, 0.03),
                                   lon=(city.lon or 0) + rng.uniform(-0.03, 0.03))  # fmt: skip
                when = (date(2019, 1, 1) + timedelta(days=day - 1)).isoformat()
                event = coded(
                    None, actors=(people[2 * pair],), recipients=(people[2 * pair + 1],), date=when, place=place
                )
                event.mentions = [TextSpan(start=0, end=3)] * rng.randint(1, 3)
                events.append(event)
                real[(f"{copy_number}-{batch}", f"e{len(events)}")] = k
            if batch % 10 == 0:
                events.append(
                    coded(None, actors=(people[0],), recipients=(people[1],), date="2019-01-01", negated=True)
                )
            articles.append(report(f"Wire copy {copy_number}-{batch}.", f"2019-06-{1 + batch % 28:02d}", *events))
    keys = {article.id: article.text.removeprefix("Wire copy ").removesuffix(".") for article in articles}
    assert sum(len(article.events or ()) for article in articles) > 20_000

    found = collection_events(articles)
    assert len(found) == 2000
    assert all(event.num_articles == 10 for event in found)
    assert sum(event.num_mentions for event in found) == sum(
        len(e.mentions) for article in articles for e in article.events or () if not e.negated
    )
    told = [Counter(real[(keys[ref.article], ref.event)] for ref in event.mentions) for event in found]
    assert all(len(count) == 1 for count in told)  # each event's reports are of one real meeting
    assert sorted(next(iter(count)) for count in told) == list(range(2000))
    assert len({event.id for event in found}) == 2000
