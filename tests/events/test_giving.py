"""What a verb of giving gives (dateline.events.giving), on sentences written for these tests."""

from __future__ import annotations

import pytest
from test_coder import events_of
from test_triggers import coded

from dateline.pipeline import Pipeline


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("Canada dispatched two transport planes loaded with tents and blankets to Haiti on Friday.", "073"),
        ("Libya has furnished the rebels with rockets and mortar shells, a UN panel said.", "072"),
        ("Washington delivered a batch of armoured vehicles and night-vision equipment to the Iraqi army.", "072"),
        ("Norway channelled 50 million crowns into clean water for refugees in Chad.", "071"),
        ("Qatar handed over 700 kg of medicine to the Red Crescent in Gaza on Monday.", "073"),
        ("Japan earmarked 3 million dollars for displaced families in Sudan on Tuesday.", "071"),
    ],
)
def test_what_is_given_makes_the_aid(pipeline: Pipeline, text: str, cameo: str) -> None:
    assert coded(events_of(pipeline, text)) == [("AID", cameo)]


def test_giving_up_weapons_or_a_captive_handed_over_is_no_gift(pipeline: Pipeline) -> None:
    assert coded(events_of(pipeline, "The kidnappers handed over four abducted engineers to the Red Cross.")) == [("RETREAT", "0841")]


def test_the_wounded_ferried_and_parcels_of_food_dropped_are_relief(pipeline: Pipeline) -> None:
    assert coded(events_of(pipeline, "Red Cross boats ferried dozens of wounded civilians out of the port on Friday.")) == [("AID", "073")]
    assert coded(events_of(pipeline, "Army helicopters dropped food parcels to stranded villagers on Sunday.")) == [("AID", "073")]


def test_an_aid_worker_released_is_a_release_not_aid(pipeline: Pipeline) -> None:
    assert coded(events_of(pipeline, "Kidnappers in Sanaa released a German aid worker on Thursday.")) == [("RETREAT", "0841")]


def test_money_set_aside_is_aid_only_when_it_is_for_someone(pipeline: Pipeline) -> None:
    assert coded(events_of(pipeline, "The Dutch government allocated 8 million euros to refugees in Lebanon.")) == [("AID", "071")]
    assert coded(events_of(pipeline, "The government allocated 5 billion dollars for defence next year.")) == []


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        # a grant or money handed with its receiver as the first object, money released or shipped as arms
        ("Japan handed Laos a grant of 2 billion yen on Monday to rebuild its roads.", "070"),
        ("The European Union handed the Lebanese government 40 million euros on Friday.", "071"),
        ("The World Bank released 200 million dollars in budget support to Ghana on Monday.", "071"),
        ("Washington shipped a further $200 million in artillery shells and rockets to Kyiv.", "072"),
        # people fleeing taken in or sheltered
        ("Iran took in thousands of Afghans fleeing the fighting in Herat.", "075"),
        ("Jordan has sheltered more than a million Syrians fleeing the war.", "075"),
    ],
)
def test_grants_money_and_refuge_given(pipeline: Pipeline, text: str, cameo: str) -> None:
    assert ("AID", cameo) in coded(events_of(pipeline, text)), coded(events_of(pipeline, text))


def test_people_taken_in_for_questioning_are_not_given_refuge(pipeline: Pipeline) -> None:
    assert all(kind != "AID" for kind, _ in coded(events_of(pipeline, "Police took in 30 protesters for questioning.")))
