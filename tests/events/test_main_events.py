"""Which of a sentence's events it tells, on sentences written for each rule of ``dateline.events.main_events``:
what was prevented, what the targets of a crackdown were doing, what a concession or an apology answers for, a
past year's event and a feared one are not events the sentence reports."""

from __future__ import annotations

import pytest
from test_coder import events_of

from dateline.pipeline import Pipeline


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # kept from happening
        ("Border guards seized the passports of four activists on Monday, preventing them from travelling to a "
         "summit in Geneva.", [("COERCE", "1711")]),
        # what the crowd fired on or dispersed was doing
        ("Police fired tear gas at hundreds of nurses marching through the capital on Monday.", [("ASSAULT", "175")]),
        ("Troops dispersed some 500 teachers gathered outside parliament on Tuesday.", [("COERCE", "175")]),
        # what is admitted or apologised for
        ("The government acknowledged responsibility on Friday for the killing of 40 farmers by soldiers.",
         [("CONCEDE", "080")]),
        ("The army apologised on Monday for the 1994 massacre of 80 villagers.", [("SUPPORT", "055")]),
        # feared, not done
        ("Diplomats said fears grew of an offensive on the town.", []),
        ("Residents fled amid fears of an offensive on the town.", []),
    ],
)
def test_events_prevented_done_by_targets_answered_for_or_feared_are_not_told(
    pipeline: Pipeline, text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(e.type, e.cameo) for e in events_of(pipeline, text) if not e.negated] == expected


def test_a_past_year_names_history_below_another_event_but_not_alone(pipeline: Pipeline) -> None:
    below = events_of(pipeline, "The court opened an inquiry on Monday into the 1982 massacre of villagers by soldiers.")
    assert [e.type for e in below] == ["ACCUSE"]
    alone = events_of(pipeline, "Soldiers carried out the massacre of 200 villagers in 1982, a report said.")
    assert "ASSAULT" in [e.type for e in alone]


@pytest.mark.parametrize(
    ("text", "cameo", "struck"),
    [
        # an attack named as a noun that kills, hits or destroys is one assault, coded as the attack it is, on
        # whom its verb names
        ("A suicide bombing killed 12 people at a market in Kano on Friday.", "1831", ["NGACVL"]),
        ("A car bombing killed nine policemen outside a station in Mosul.", "1832", ["IRQCOP"]),
        ("A US drone strike killed a senior militant commander in eastern Afghanistan.", "195", ["AFGREB"]),
    ],
)
def test_an_attack_that_kills_is_one_assault_on_those_it_killed(pipeline: Pipeline, text: str, cameo: str, struck: list[str]) -> None:
    (event,) = events_of(pipeline, text)
    assert (event.type, event.cameo) == ("ASSAULT", cameo)
    assert [r.code for r in event.recipients] == struck
