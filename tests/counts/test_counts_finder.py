"""Counts in invented wire sentences: every field of every record, and the numbers that count nothing."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dateline.counts import find_counts
from dateline.records import Count

Expected = tuple[str, int | None, int | None, bool, str | None, str]  # text, min, max, approximate, object, type
CountsOf = Callable[[str], list[Count]]

CASES: list[tuple[str, list[Expected]]] = [
    ("Rights groups say the government holds 800 to 1,200 political prisoners.",
     [("800 to 1,200 political prisoners", 800, 1200, False, "political prisoners", "PRISONER")]),
    ("Between 800 and 1,200 detainees remain in custody, the ministry said.",
     [("Between 800 and 1,200 detainees", 800, 1200, False, "detainees", "PRISONER")]),
    ("Of the 300 inmates pardoned last week, about 20 have walked free.",
     [("300 inmates", 300, 300, False, "inmates", "RELEASE"), ("about 20", 20, 20, True, "inmates", "RELEASE")]),
    ("Gunmen killed 12 villagers in a night raid on Friday.",
     [("12 villagers", 12, 12, False, "villagers", "KILL")]),
    ("At least 30 were wounded when the bus was hit.",
     [("At least 30", 30, None, False, None, "WOUND")]),
    ("Thousands protested outside parliament on Sunday.",
     [("Thousands", 2000, None, True, None, "PROTEST")]),
    ("Thousands of protesters marched through the old town.",
     [("Thousands of protesters", 2000, None, True, "protesters", "PROTEST")]),
    ("Tens of thousands took to the streets of the capital.",
     [("Tens of thousands", 20000, None, True, None, "PROTEST")]),
    ("Riot police arrested more than 50 students at the university.",
     [("more than 50 students", 51, None, False, "students", "ARREST")]),
    ("The car bomb killed nine and wounded 40.",
     [("nine", 9, 9, False, None, "KILL"), ("40", 40, 40, False, None, "WOUND")]),
    ("Nearly 100 residents were evacuated from the riverbank.",
     [("Nearly 100 residents", None, 100, True, "residents", "EVACUATE")]),
    ("Up to 400 families have been displaced by the flooding.",
     [("Up to 400 families", None, 400, False, "families", "DISPLACED")]),
    ("Two dozen soldiers were killed in the ambush.",
     [("Two dozen soldiers", 24, 24, False, "soldiers", "KILL")]),
    ("Scores of civilians were wounded in the shelling.",
     [("Scores of civilians", 40, None, True, "civilians", "WOUND")]),
    ("Twenty-five miners died when the shaft collapsed.",
     [("Twenty-five miners", 25, 25, False, "miners", "KILL")]),
    ("The landslide left 14 people dead and dozens injured.",
     [("14 people", 14, 14, False, "people", "KILL"), ("dozens", 24, None, True, "people", "WOUND")]),
    ("The death toll rose to 45 on Tuesday.",
     [("45", 45, 45, False, None, "KILL")]),
    ("Rebels kidnapped three aid workers near the border.",
     [("three aid workers", 3, 3, False, "aid workers", "KIDNAP")]),
    ("Customs officers seized 2,000 rifles at the port.",
     [("2,000 rifles", 2000, 2000, False, "rifles", "SEIZE")]),
    ("Some 1,500 people fled across the border overnight.",
     [("Some 1,500 people", 1500, 1500, True, "people", "DISPLACED")]),
    ("The earthquake affected more than 10,000 families.",
     [("more than 10,000 families", 10001, None, False, "families", "AFFECT")]),
    ("Hundreds of refugees crossed into the neighbouring province.",
     [("Hundreds of refugees", 200, None, True, "refugees", "DISPLACED")]),
    ("The release of 20 political prisoners was welcomed by the opposition.",
     [("20 political prisoners", 20, 20, False, "political prisoners", "RELEASE")]),
    ("The army said two or three fighters were captured.",
     [("two or three fighters", 2, 3, False, "fighters", "ARREST")]),
    ("Police detained a dozen journalists covering the rally.",
     [("a dozen journalists", 12, 12, False, "journalists", "ARREST")]),
    ("A court jailed 16 activists for organising the strike.",
     [("16 activists", 16, 16, False, "activists", "PRISONER")]),
    ("Militants abducted about 40 schoolgirls from a dormitory.",
     [("about 40 schoolgirls", 40, 40, True, "schoolgirls", "KIDNAP")]),
    ("Authorities freed 70 detainees under an amnesty.",
     [("70 detainees", 70, 70, False, "detainees", "RELEASE")]),
    ("More than 200 people were taken to hospital.",
     [("More than 200 people", 201, None, False, "people", "WOUND")]),
    ("Twelve people were killed and 30 injured in the explosion.",
     [("Twelve people", 12, 12, False, "people", "KILL"), ("30", 30, 30, False, "people", "WOUND")]),
    ("Police said 11 people remain missing after the ferry sank.",
     [("11 people", 11, 11, False, "people", "AFFECT")]),
    ("Some 2,000 residents were forced to flee their homes.",
     [("Some 2,000 residents", 2000, 2000, True, "residents", "DISPLACED")]),
    ("The storm left 300 people homeless.",
     [("300 people", 300, 300, False, "people", "DISPLACED")]),
    ("Gunmen took 12 tourists hostage at the hotel.",
     [("12 tourists", 12, 12, False, "tourists", "KIDNAP")]),
    ("Troops rounded up 40 men in the village.",
     [("40 men", 40, 40, False, "men", "ARREST")]),
    ("At least 14 people were reported killed in the clashes.",
     [("At least 14 people", 14, None, False, "people", "KILL")]),
    ("Three people, including two children, were killed.",
     [("Three people", 3, 3, False, "people", "KILL"), ("two children", 2, 2, False, "children", "KILL")]),
    ("Police arrested 50 demonstrators and 20 were later released.",
     [("50 demonstrators", 50, 50, False, "demonstrators", "ARREST"), ("20", 20, 20, False, "demonstrators", "RELEASE")]),
    ("The 300 prisoners freed on Monday returned home.",
     [("300 prisoners", 300, 300, False, "prisoners", "RELEASE")]),
    ("Officials said 12 Palestinians were detained overnight.",
     [("12 Palestinians", 12, 12, False, "Palestinians", "ARREST")]),
    ("Several thousand workers marched on the ministry.",
     [("Several thousand workers", 3000, None, True, "workers", "PROTEST")]),
    ("Fewer than 10 people were hurt, the fire service said.",
     [("Fewer than 10 people", None, 9, False, "people", "WOUND")]),
    ("As many as 1,000 people may have been killed.",
     [("As many as 1,000 people", None, 1000, False, "people", "KILL")]),
    ("The coast guard evacuated 150 passengers from the ferry.",
     [("150 passengers", 150, 150, False, "passengers", "EVACUATE")]),
    ("More than 40 people lost their lives in the floods.",
     [("More than 40 people", 41, None, False, "people", "KILL")]),
    ("Soldiers shot dead five protesters at the checkpoint.",
     [("five protesters", 5, 5, False, "protesters", "KILL")]),
    ("Police seized 3,000 rounds of ammunition and 12 rifles.",
     [("3,000 rounds", 3000, 3000, False, "rounds", "SEIZE"), ("12 rifles", 12, 12, False, "rifles", "SEIZE")]),
    ("The strike was joined by some 5,000 dock workers.",
     [("some 5,000 dock workers", 5000, 5000, True, "dock workers", "PROTEST")]),
    ("Security forces killed 12 people and wounded 30 others.",
     [("12 people", 12, 12, False, "people", "KILL"), ("30 others", 30, 30, False, "people", "WOUND")]),
    ("Seven people were killed and two were hurt.",
     [("Seven people", 7, 7, False, "people", "KILL"), ("two", 2, 2, False, "people", "WOUND")]),
    ("The explosion killed a dozen people.",
     [("a dozen people", 12, 12, False, "people", "KILL")]),
    ("The three hostages were freed on Wednesday.",
     [("three hostages", 3, 3, False, "hostages", "RELEASE")]),
    ("The attack left 12 dead and 30 wounded.",
     [("12 dead", 12, 12, False, None, "KILL"), ("30", 30, 30, False, None, "WOUND")]),
    ("Thirty remain missing after the landslide.",
     [("Thirty", 30, 30, False, None, "AFFECT")]),
]  # fmt: skip


def expected_counts(sentence: str, expected: list[Expected]) -> list[Count]:
    """The records ``expected`` describes, each found in ``sentence`` after the one before."""
    records: list[Count] = []
    position = 0
    for text, low, high, approximate, obj, kind in expected:
        start = sentence.index(text, position)
        position = start + len(text)
        records.append(
            Count(
                text=text, start=start, end=position, min=low, max=high, approximate=approximate, object=obj, type=kind
            )
        )
    return records


@pytest.mark.parametrize(("sentence", "expected"), CASES, ids=[sentence[:40] for sentence, _ in CASES])
def test_counts_of_wire_sentences(counts_of: CountsOf, sentence: str, expected: list[Expected]) -> None:
    found = counts_of(sentence)
    assert found == expected_counts(sentence, expected)
    assert all(sentence[c.start : c.end] == c.text for c in found)


@pytest.mark.parametrize(
    "sentence",
    [
        "Two men were arrested in 2019 and charged in 2021.",  # years (the men are counted, not the years)
        "The suspect, 34, was arrested on March 3 after a 12-hour standoff.",  # age, date, compound adjective
        "He was arrested on 3 March at 5 p.m. local time.",  # date, time
        "Police said the 63-year-old was killed at 5:30 on Tuesday.",  # age, clock time
        "The bank seized $5 million and 300 million dollars in assets.",  # money
        "Unemployment rose to 12 percent, and 12% of voters protested.",  # percentages
        "Photo 1 of 12: Protesters marched in the capital.",  # gallery counter
        "Call 555-0134 to report people arrested.",  # phone number
        "The team won 3-1 and the bill passed 52 to 48, with 300 votes to 120.",  # score, tallies
        "In the 1990s rebels were displaced; in his 60s he was jailed.",  # decades
        "The 5th battalion killed no one, and the 2nd was evacuated.",  # ordinals, "no one"
        "Flight 370 disappeared; Channel 4 reporters were detained.",  # numbers in names
        "Formula One drivers and G7 leaders were evacuated.",  # numbers in names
        "She was jailed for 12 years in 2015.",  # duration, year
        "The seized shipment weighed 2 tonnes.",  # measure
        "Three officials said the talks would resume.",  # people, but nothing happens to them
        "The ministry released 12 videos of the raid.",  # "released" counts only people
        "The 12 soldiers killed three rebels.",  # the killers are no count; the rebels are
    ],
    ids=lambda sentence: sentence[:40],
)
def test_numbers_that_count_nothing(counts_of: CountsOf, sentence: str) -> None:
    found = [(c.text, c.type) for c in counts_of(sentence)]
    allowed = {
        "Two men were arrested in 2019 and charged in 2021.": [("Two men", "ARREST")],
        "The 12 soldiers killed three rebels.": [("three rebels", "KILL")],
    }
    assert found == allowed.get(sentence, [])


def test_no_parse_no_counts() -> None:
    assert find_counts("Gunmen killed 12 people.", None) == []
    assert find_counts("", None) == []


def test_counts_across_sentences_take_no_group_from_the_sentence_before(counts_of: CountsOf) -> None:
    text = "Police arrested 50 demonstrators on Friday. About 20 were released on Sunday."
    found = counts_of(text)
    assert [(c.text, c.object, c.type) for c in found] == [
        ("50 demonstrators", "demonstrators", "ARREST"), ("About 20", None, "RELEASE"),
    ]  # fmt: skip
    assert all(text[c.start : c.end] == c.text for c in found)
