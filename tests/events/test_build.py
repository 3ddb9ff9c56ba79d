"""How an event record is dated and placed (``dateline.events.build``), on sentences written for these tests."""

from __future__ import annotations

from dateline.pipeline import Pipeline
from dateline.records import Event


def coded(pipeline: Pipeline, text: str, kind: str) -> Event:
    events = [event for article in pipeline.extract(text).articles for event in article.events or []]
    found = [event for event in events if event.type == kind]
    assert len(found) == 1, [(e.type, e.trigger.text if e.trigger else None) for e in events]
    return found[0]


def test_a_time_that_dates_a_thing_named_does_not_date_the_event(pipeline: Pipeline) -> None:
    # the article's Monday, not the vote's next year nor the election's 2016
    praise = coded(pipeline, "The senator praised an inquiry into meddling in the 2016 election.", "SUPPORT")
    assert praise.date is not None and (praise.date.text, praise.date.value) == (None, "2025-03-03")
    talks = coded(pipeline, "The two ministers held talks in Brussels about next year's vote.", "CONSULT")
    assert talks.date is not None and talks.date.value == "2025-03-03"


def test_a_time_of_an_earlier_event_in_the_sentence_is_that_event_s(pipeline: Pipeline) -> None:
    text = "The envoy and the king discussed the drought, following the president's visit to Nairobi last week."
    events = [event for article in pipeline.extract(text).articles for event in article.events or []]
    talks = next(e for e in events if e.trigger is not None and e.trigger.text == "discussed")
    visit = next(e for e in events if e.trigger is not None and e.trigger.text == "visit")
    assert talks.date is not None and talks.date.value == "2025-03-03"
    assert visit.date is not None and visit.date.value == "2025-W09"


def test_an_act_done_in_a_dated_raid_is_dated_by_it(pipeline: Pipeline) -> None:
    event = coded(pipeline, "The rebel commander was captured in a pre-dawn February 12 raid by special forces.", "COERCE")
    assert event.date is not None and event.date.value == "2025-02-12"


def test_talks_are_placed_where_they_were_held_not_where_their_topic_is(pipeline: Pipeline) -> None:
    text = "GENEVA: The foreign ministers discussed the fighting in Sudan and the famine in Gaza."
    event = coded(pipeline, text, "CONSULT")
    assert event.place is not None and event.place.name == "Geneva"
    held = coded(pipeline, "The foreign ministers met in Vienna to discuss the war.", "CONSULT")
    assert held.place is not None and held.place.name == "Vienna"


def test_you_in_a_quote_is_whom_the_words_were_addressed_to(pipeline: Pipeline) -> None:
    text = '"I hope your visit to Beijing will open a new chapter," Chinese Premier Li Wei told Australian Foreign Minister Jane Hart.'
    event = coded(pipeline, text, "CONSULT")
    assert event.mode == "visit" and event.quote is not None
    assert [(a.text, a.name, a.code) for a in event.actors] == [("your", "Jane Hart", "AUSGOV")]


def test_an_event_named_by_its_noun_is_not_its_own_doer_unless_its_words_name_one(pipeline: Pipeline) -> None:
    probe = coded(pipeline, "But the probe found that the campaign had not colluded with the foreign agents.", "ACCUSE")
    assert probe.actors == []
    inquiry = coded(pipeline, "A Dutch parliamentary inquiry into arms sales to Yemen began hearing witnesses.", "ACCUSE")
    assert [a.code for a in inquiry.actors] == ["NLDLEG"]


def test_an_event_with_no_party_coded_on_either_side_is_less_confident(pipeline: Pipeline) -> None:
    bare = coded(pipeline, "They held talks on Tuesday.", "CONSULT")
    named = coded(pipeline, "France and Germany held talks on Tuesday.", "CONSULT")
    assert not any(party.code for party in (*bare.actors, *bare.recipients))
    assert named.confidence - bare.confidence >= 0.15
