"""Actors and recipients as records (:mod:`dateline.events.actors`): phrases that name several states' people at
once, and the places that are venues, not parties."""

from __future__ import annotations

import pytest
from test_coder import events_of

from dateline.events.actors import coordinated_countries
from dateline.pipeline import Pipeline


@pytest.mark.parametrize(
    ("phrase", "countries"),
    [
        ("Iranian and Iraqi officials", ["IRN", "IRQ"]),
        ("Senior Iranian and Iraqi officials", ["IRN", "IRQ"]),
        ("The Greek and Turkish foreign ministers", ["GRC", "TUR"]),
        ("US, British and French warplanes", ["USA", "GBR", "FRA"]),
        ("the Indian and Pakistani armies", ["IND", "PAK"]),
        # one country, a person and a state, or words that are no countries: one actor, left as it is
        ("Iranian officials", []),
        ("Iranian and Iranian-backed fighters", []),
        ("the president and his Turkish counterpart", []),
        ("rebels and government soldiers", []),
        ("Smith and Jones officials", []),
    ],
)
def test_the_countries_a_shared_head_stands_for(phrase: str, countries: list[str]) -> None:
    assert coordinated_countries(phrase) == countries


@pytest.mark.parametrize(
    ("text", "actors", "recipients"),
    [
        ("Iranian and Iraqi officials held a second round of talks on the water dispute in Geneva.", ["IRNGOV", "IRQGOV"], []),
        ("The Indian and Pakistani armies exchanged fire along the border on Sunday.", ["INDMIL", "PAKMIL"], []),
        ("Iranian and Iraqi ministers arrived in Moscow on Monday for a visit.", ["IRNGOV", "IRQGOV"], ["RUSGOV"]),
        ("Egypt hosted Israeli and Palestinian negotiators at a Red Sea resort on Monday.", ["EGYGOV"], ["ISRGOV", "PSEGOV"]),
    ],
)
def test_a_phrase_naming_two_states_people_is_an_actor_for_each(
    pipeline: Pipeline, text: str, actors: list[str], recipients: list[str]
) -> None:
    (event,) = events_of(pipeline, text)
    assert [a.code for a in event.actors] == actors
    assert [r.code for r in event.recipients] == recipients


def test_a_city_where_talks_are_held_is_no_party_to_them_but_a_country_they_are_about_is(pipeline: Pipeline) -> None:
    (venue,) = events_of(pipeline, "Envoys of the two governments resumed negotiations on the border dispute in Vienna.")
    assert venue.type == "CONSULT" and venue.recipients == []
    (topic,) = events_of(pipeline, "The foreign ministers conferred on Tuesday on the crisis in Bosnia.")
    assert topic.type == "CONSULT" and [r.code for r in topic.recipients] == ["BIHGOV"]


def test_a_head_of_state_the_table_knows_keeps_his_country_beside_a_foreign_counterpart(pipeline: Pipeline) -> None:
    (event,) = events_of(pipeline, "President Putin held talks with the Turkish president in Moscow on Tuesday.")
    assert event.type == "CONSULT"
    assert [a.code for a in event.actors] == ["RUSGOV"] and [r.code for r in event.recipients] == ["TURGOV"]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Rebel leaders agreed on Monday to meet government negotiators next month.", "REB"),
        ("Union negotiators walked out of the wage talks on Monday.", "LAB"),
        ("Student leaders demanded the release of the detained protesters.", "EDU"),
        ("Church leaders appealed to the authorities to free the interned activists.", "REL"),
        ("Opposition leaders rejected the government's offer of talks.", "OPP"),
        ("Foreign ministry officials rejected the government's offer of talks.", "GOV"),
    ],
)
def test_leaders_officials_and_negotiators_are_of_the_body_named_before_them(pipeline: Pipeline, text: str, actor: str) -> None:
    (event,) = [e for e in events_of(pipeline, text) if not e.hypothetical or e.type == "AGREE"]
    assert [a.code for a in event.actors] == [actor]


@pytest.mark.parametrize(
    "text",
    ["The president visited Beijing on Monday.", "The minister said he hoped to visit Beijing before the end of the year."],
)
def test_a_visitor_the_text_gives_no_country_is_not_of_the_country_visited(pipeline: Pipeline, text: str) -> None:
    (event,) = events_of(pipeline, text)
    assert event.type == "CONSULT" and [r.code for r in event.recipients] == ["CHNGOV"]
    assert [a.code for a in event.actors] == ["GOV"]


def test_regional_bodies_named_in_full_are_intergovernmental(pipeline: Pipeline) -> None:
    (event,) = events_of(pipeline, "The Pacific Islands Forum suspended Fiji's membership on Saturday.")
    assert [a.code for a in event.actors] == ["IGO"] and [r.code for r in event.recipients] == ["FJIGOV"]


@pytest.mark.parametrize(
    ("text", "recipients"),
    [
        ("The European Union lifted its arms embargo on Libya.", ["LBYGOV"]),
        ("Turkey downgraded its diplomatic relations with Israel on Friday.", ["ISRGOV"]),
        ("Pakistan shut its border crossings with Afghanistan on Wednesday.", ["AFGGOV"]),
        ("China rejected Japan's proposal for talks.", ["JPN"]),  # a named owner still is the other side
    ],
)
def test_the_other_side_of_an_actors_own_measure_receives_it(pipeline: Pipeline, text: str, recipients: list[str]) -> None:
    (event,) = events_of(pipeline, text)
    assert [r.code for r in event.recipients] == recipients


@pytest.mark.parametrize(
    ("text", "actors", "recipients"),
    [
        ("The two leaders discussed the crisis in Syria by telephone on Monday.", ["GOV"], ["SYRGOV"]),
        ("The visiting Japanese prime minister held talks with his Indian counterpart in New Delhi.", ["JPNGOV"], ["INDGOV"]),
        ("The president met opposition leaders in Caracas on Monday.", ["VENGOV"], ["VENOPP"]),  # at home
    ],
)
def test_a_party_to_talks_is_not_of_the_other_sides_country_and_a_counterpart_is_its_government(
    pipeline: Pipeline, text: str, actors: list[str], recipients: list[str]
) -> None:
    (event,) = events_of(pipeline, text)
    assert event.type == "CONSULT"
    assert [a.code for a in event.actors] == actors and [r.code for r in event.recipients] == recipients


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("An Israeli air strike killed three militants in Gaza on Monday.", "ISRMIL"),
        ("Israeli airstrikes pounded Gaza overnight.", "ISRMIL"),
        ("Serb gunners shelled the enclave throughout the night.", "SRBMIL"),
        ("An Australian gunman opened fire at two mosques in Christchurch.", "AUSREB"),
    ],
)
def test_a_nationality_that_fights_is_its_states_forces_and_a_gunman_is_not(pipeline: Pipeline, text: str, actor: str) -> None:
    (event,) = events_of(pipeline, text)
    assert event.type == "ASSAULT" and [a.code for a in event.actors] == [actor]


@pytest.mark.parametrize(
    ("text", "actors", "recipients"),
    [
        # who warns that others will be arrested or bombed is the actor, those to be struck the recipients
        ("The government warned that protesters would be arrested.", ["GOV"], ["CVL"]),
        ("NATO warned the militia that its positions would be bombed unless it withdrew.", ["IGO"], ["REB"]),
        # a ministry summoning a foreign envoy is not of the envoy's country
        ("The foreign ministry summoned the American ambassador on Monday.", ["GOV"], ["USA"]),
    ],
)
def test_who_warns_or_summons_is_the_actor(pipeline: Pipeline, text: str, actors: list[str], recipients: list[str]) -> None:
    (event,) = events_of(pipeline, text)
    assert [a.code for a in event.actors] == actors and [r.code for r in event.recipients][: len(recipients)] == recipients


def test_a_state_named_beside_what_it_is_to_another_is_its_government_without_the_clause_on_it(pipeline: Pipeline) -> None:
    text = "The president on Monday pressured Moscow's closest ally Belarus, which has relied for years on cheap Russian gas."
    event = next(e for e in events_of(pipeline, text) if e.type == "REQUEST")
    assert [(r.text, r.name, r.code) for r in event.recipients] == [
        ("Moscow's closest ally Belarus", "Belarus", "BLRGOV")]
    # a region of a state struck is no government
    strike = next(e for e in events_of(pipeline, "Israeli artillery shelled targets in southern Lebanon on Friday.") if e.type == "ASSAULT")
    assert [r.code for r in strike.recipients] == ["LBN"]


def test_whose_supporters_they_are_gives_their_country_not_who_they_are(pipeline: Pipeline) -> None:
    text = "Former Peruvian president Pedro Ruiz was jailed in May. Ruiz's supporters marched through Lima on Saturday."
    event = next(e for e in events_of(pipeline, text) if e.type == "PROTEST")
    assert [(a.text, a.name, a.entity, a.code) for a in event.actors] == [("Ruiz's supporters", "Ruiz's supporters", None, "PERCVL")]
