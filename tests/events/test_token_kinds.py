"""What a word of the parse is to the event coder, on sentences parsed by the model: who counts as a person or a
place, what a number counts, what a verb acts on, which subjects never act, and the key a noun codes under."""

from __future__ import annotations

from typing import Any

from dateline.events.lexicon import trigger_lexicon
from dateline.events.token_kinds import (
    counted,
    goods_named,
    noun_key,
    not_acting,
    person_like,
    place_like,
    reported_speaker,
    verb_object,
)


def word(doc: Any, text: str) -> Any:
    return next(token for token in doc if token.text == text)


def test_what_a_number_counts_and_who_counts_as_a_person(language_nlp: Any) -> None:
    doc = language_nlp("Thousands of reservists were called up and the police freed 20 of the hostages.")
    assert counted(word(doc, "Thousands")).text == "reservists"
    assert counted(word(doc, "20")).text == "hostages"
    assert person_like(word(doc, "hostages")) and not person_like(None)
    statement = language_nlp("The ministry released a statement on Monday.")
    assert not person_like(word(statement, "statement"))  # "released a statement" frees no one


def test_what_a_verb_acts_on_and_what_places_and_goods_are(language_nlp: Any) -> None:
    doc = language_nlp("Rebels captured the town after aid workers delivered 700 kg of medicine to the camp.")
    assert verb_object(word(doc, "captured")).text == "town" and place_like(word(doc, "town"))
    assert goods_named(verb_object(word(doc, "delivered"))) == "medicine"  # through "of"
    passive = language_nlp("The prisoners held in the camp were released on Sunday.")
    assert verb_object(word(passive, "released")).text == "prisoners"  # the passive subject


def test_markets_weather_and_sport_never_act(language_nlp: Any) -> None:
    doc = language_nlp("Shares retreated while a cyclone threatened the coast and the striker attacked the goal.")
    assert not_acting(word(doc, "Shares")) and not_acting(word(doc, "cyclone")) and not_acting(word(doc, "striker"))
    assert not not_acting(language_nlp("The army attacked the town.")[1])


def test_a_noun_codes_under_its_most_specific_key(language_nlp: Any) -> None:
    nouns = trigger_lexicon().nouns
    doc = language_nlp("The two navies held joint military exercises and announced a hunger strike.")
    assert noun_key(word(doc, "exercises"), nouns) == "joint exercise"  # past the nearer modifier
    assert noun_key(word(doc, "strike"), nouns) == "hunger strike"


def test_a_pronoun_subject_of_reported_speech_is_its_speaker(language_nlp: Any) -> None:
    doc = language_nlp("The Kenyan president said he would repeal the law.")
    assert reported_speaker(word(doc, "he"), frozenset({"say"})).text == "president"
    assert reported_speaker(word(doc, "he"), frozenset({"announce"})) is None  # not reported by a verb given
    assert reported_speaker(word(doc, "president"), frozenset({"say"})) is None  # a named subject stands for itself
