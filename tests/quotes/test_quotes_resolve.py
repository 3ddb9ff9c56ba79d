"""Who a speaker is: pronouns and titles resolved to the right person, names linked to the article's entities."""

from __future__ import annotations

from dateline.records import Entity, EntityMention, QuotePerson
from quote_helpers import QuoteFinder, name, speaker

TWO_SPEAKERS = (
    "Senator Paul Meyer attacked the budget on Tuesday.\n"
    "“This plan cuts hospitals and schools,” he said.\n"
    "Economy Minister Clara Stein defended the plan before parliament.\n"
    "“Our deficit is the real danger,” she said.\n"
    "“We cannot wait another year,” she added."
)


def test_he_and_she_go_to_the_nearest_compatible_subject_before(quotes_of: QuoteFinder) -> None:
    quotes = quotes_of(TWO_SPEAKERS)
    assert [(speaker(q), name(q)) for q in quotes] == [("he", "Paul Meyer"), ("she", "Clara Stein"), ("she", "Clara Stein")]


def test_a_pronoun_after_another_speakers_quote_still_goes_to_its_subject(quotes_of: QuoteFinder) -> None:
    text = (
        "“The treaty is dead,” Foreign Minister Ilya Petrov said.\n"
        "Envoy Mark Dalton nonetheless voiced hope for a deal.\n"
        "He said that his instructions came from the president."
    )
    quotes = quotes_of(text)
    assert [name(q) for q in quotes] == ["Ilya Petrov", "Mark Dalton"]


def test_a_title_resolves_to_the_person_with_that_role(quotes_of: QuoteFinder) -> None:
    text = (
        "Interim president Rosa Vidal met union leaders on Thursday. Former president Hugo Lander stayed in exile.\n"
        "The caretaker president has refused to set a date, insisting the country is not “ready” for a vote."
    )
    (quote,) = quotes_of(text)
    assert (speaker(quote), name(quote)) == ("The caretaker president", "Rosa Vidal")


def test_speakers_link_to_the_entities_stage_records(quotes_of: QuoteFinder) -> None:
    text = "Ines Halvorsen opened the bridge.\n“It took four years,” Halvorsen said."
    second = text.rindex("Halvorsen")
    entities = [
        Entity(
            id="e-halvorsen",
            name="Ines Halvorsen",
            type="PERSON",
            aliases=["Halvorsen"],
            titles=["mayor"],
            mentions=[EntityMention(0, 14, "Ines Halvorsen"), EntityMention(second, second + 9, "Halvorsen")],
        )
    ]
    (quote,) = quotes_of(text, entities=entities)
    expected = QuotePerson(text="Halvorsen", start=second, end=second + 9, entity="e-halvorsen", name="Ines Halvorsen")
    assert quote.speaker == expected


def test_a_possessive_mention_does_not_link_to_the_possessor(quotes_of: QuoteFinder) -> None:
    text = "“The border stays open,” Norway’s government said in a statement."
    entities = [Entity(id="e-nor", name="Norway", type="GPE", country="NOR", mentions=[EntityMention(25, 31, "Norway")])]
    (quote,) = quotes_of(text, entities=entities)
    assert quote.speaker is not None
    assert quote.speaker.entity is None and quote.speaker.name == "Norway’s government"
