"""The events stage on sentences and short pages written for these tests: types, participants, modality, dates,
places, quotes, and the labelled sentence table as a whole."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from dateline.model import Page
from dateline.pipeline import Pipeline
from dateline.records import Event

sys.path.insert(0, str(Path(__file__).parent))
from sentences import SENTENCES, EventSentence, coded_with_its_type, raises_an_event  # noqa: E402  (the development table)


def events_of(pipeline: Pipeline, text: str) -> list[Event]:
    page: Page = pipeline.extract(text)
    return [event for article in page.articles for event in article.events or []]


def only(events: list[Event], kind: str) -> Event:
    found = [event for event in events if event.type == kind]
    assert len(found) == 1, [(e.type, e.trigger.text if e.trigger else None) for e in events]
    return found[0]


def test_a_joint_news_conference_is_one_consult_with_both_ministers(pipeline: Pipeline) -> None:
    events = events_of(pipeline, "Chilean Foreign Minister Ana Ruiz and her Peruvian counterpart Luis Soto held a joint "
                                 "news conference in Lima on Tuesday.")  # fmt: skip
    event = only(events, "CONSULT")
    assert [actor.text for actor in event.actors] == ["Chilean Foreign Minister Ana Ruiz", "her Peruvian counterpart"]
    assert [actor.code for actor in event.actors] == ["CHLGOV", "PERGOV"]  # a counterpart is his government
    assert event.place is not None and event.place.name == "Lima" and event.place.country == "PER"
    assert event.date is not None and event.date.text == "Tuesday" and event.date.value == "2025-02-25"
    assert event.evidence == "light:hold news conference"
    assert event.quad_class == 1 and event.goldstein is not None


def test_a_passive_arrest_has_the_police_acting_and_the_activist_receiving(pipeline: Pipeline) -> None:
    event = only(events_of(pipeline, "An opposition activist was detained by police in Minsk on Friday, her lawyer said."), "COERCE")
    assert (event.cameo, event.mode) == ("173", "arrest")
    assert [(a.text, a.code) for a in event.actors] == [("police in Minsk", "BLRCOP")]
    assert [(r.text, r.code) for r in event.recipients] == [("An opposition activist", "BLROPP")]
    assert event.date is not None and event.date.value == "2025-02-28"
    assert not event.negated and not event.hypothetical


def test_a_meeting_that_did_not_happen_is_negated(pipeline: Pipeline) -> None:
    event = only(events_of(pipeline, "The two leaders did not meet during the summit in Geneva, officials said."), "CONSULT")
    assert event.negated
    assert event.trigger is not None and event.trigger.text == "meet"


def test_a_future_attack_stated_is_a_hypothetical_threat(pipeline: Pipeline) -> None:
    event = only(events_of(pipeline, "Iran said it would attack any ship that entered its waters."), "THREATEN")
    assert event.hypothetical and not event.negated
    assert event.cameo == "1384" and event.mode == "violence"
    assert [a.code for a in event.actors] == ["IRNGOV"]  # "it" is Iran, the speaker: a state acting is its government


def test_an_event_told_in_a_quote_is_linked_to_it_and_we_is_the_speaker(pipeline: Pipeline) -> None:
    page = pipeline.extract('"We will release all the detainees by Sunday," the interior minister of Sudan told reporters in Khartoum.')
    article = page.articles[0]
    event = only(article.events or [], "AGREE")  # a release announced for the future: CAMEO's intent to yield (0353)
    assert event.cameo == "0353"
    assert article.quotes and event.quote == article.quotes[0].id
    assert event.hypothetical
    assert event.actors[0].text == "We" and event.actors[0].code == "SDNGOV"
    assert event.date is not None and event.date.value == "2025-03-09"


def test_a_nominal_arrest_reads_its_agent_and_its_patient(pipeline: Pipeline) -> None:
    events = events_of(pipeline, "The arrest of the journalist by Egyptian security forces drew criticism from rights groups.")
    event = only(events, "COERCE")
    assert [a.code for a in event.actors] == ["EGYCOP"]
    assert [r.text for r in event.recipients] == ["the journalist"]
    assert event.evidence == "noun:arrest"


def test_talks_between_two_countries_are_one_event_with_both_as_actors(pipeline: Pipeline) -> None:
    event = only(events_of(pipeline, "Talks between Armenia and Azerbaijan resumed in Brussels on March 12."), "CONSULT")
    assert [a.code for a in event.actors] == ["ARMGOV", "AZEGOV"]
    assert event.date is not None and event.date.value == "2025-03-12"
    assert event.place is not None and event.place.name == "Brussels"


def test_warplanes_striking_is_an_air_assault_placed_where_it_struck(pipeline: Pipeline) -> None:
    events = events_of(pipeline, "ANKARA: Turkish warplanes struck Kurdish militant positions in northern Iraq on Monday, "
                                 "the defence ministry said.")  # fmt: skip
    event = only(events, "ASSAULT")
    assert (event.cameo, event.mode) == ("195", "aerial")
    assert [a.code for a in event.actors] == ["TURMIL"]
    assert event.place is not None and event.place.country == "IRQ"


def test_a_protest_names_its_crowd_with_the_country_it_is_in(pipeline: Pipeline) -> None:
    events = events_of(pipeline, "Thousands of protesters rallied outside parliament in Belgrade on Saturday to demand "
                                 "the government's resignation.")  # fmt: skip
    event = only(events, "PROTEST")
    assert [a.code for a in event.actors] == ["SRBCVL"]
    assert event.date is not None and event.date.value == "2025-03-01"
    assert not [e for e in events if e.type == "REQUEST"]  # the purpose is part of the rally, not a second event


def test_sports_and_markets_code_nothing(pipeline: Pipeline) -> None:
    for text in ("Uruguay beat Chile 3-1 in Montevideo on Tuesday to top the group.",
                 "The euro retreated against the dollar as investors weighed weaker demand from Germany."):  # fmt: skip
        assert [e for e in events_of(pipeline, text) if not e.negated] == []


def test_two_tellings_of_one_arrest_are_one_event_with_two_mentions(pipeline: Pipeline) -> None:
    text = ("Security forces in Tbilisi arrested the opposition leader Nika Beridze on Sunday.\n\n"
            "Beridze was arrested by security forces on Sunday as he left his party's offices, his lawyer said.")  # fmt: skip
    events = [e for e in events_of(pipeline, text) if e.type == "COERCE"]
    assert len(events) == 1
    assert len(events[0].mentions) == 2
    assert events[0].id == "e1"


@pytest.fixture(scope="module")
def sentence_results(pipeline: Pipeline) -> list[tuple[EventSentence, list[Event]]]:
    return [(sentence, events_of(pipeline, sentence.text)) for sentence in SENTENCES]


def test_the_labelled_sentences_are_coded_with_their_type(sentence_results: list[tuple[EventSentence, list[Event]]]) -> None:
    found = total = 0
    for sentence, events in sentence_results:
        kind = sentence.type
        if kind is None:
            continue
        total += 1
        found += coded_with_its_type(sentence, events)
    # Measured 0.83 when the coder was written; the floor keeps a margin for model and lexicon changes.
    assert found / total >= 0.78


def test_no_event_sentences_rarely_raise_an_event(sentence_results: list[tuple[EventSentence, list[Event]]]) -> None:
    quiet = [events for sentence, events in sentence_results if sentence.type is None]
    alarms = sum(1 for events in quiet if raises_an_event(events))
    assert len(quiet) >= 25
    assert alarms / len(quiet) <= 0.16  # measured 0.09 to 0.125 while the lexicon was written


def test_negated_sentences_are_flagged(sentence_results: list[tuple[EventSentence, list[Event]]]) -> None:
    negated = [(s, events) for s, events in sentence_results if s.negated]
    flagged = sum(1 for s, events in negated if any(e.type == s.type and e.negated for e in events))
    assert flagged >= len(negated) - 3


def test_every_event_points_into_its_text_and_round_trips(pipeline: Pipeline) -> None:
    page = pipeline.extract("Kenya and Ethiopia agreed on Sunday to reopen three border crossings.\n\n"
                            "Police in Nairobi detained 12 protesters outside the parliament on Monday.")  # fmt: skip
    for article in page.articles:
        for event in article.events or []:
            assert event.trigger is not None and event.sentence is not None
            assert article.text[event.trigger.start : event.trigger.end] == event.trigger.text
            assert event.sentence.start <= event.trigger.start < event.sentence.end
            assert Event.from_dict(event.to_dict()) == event
            assert 0 <= event.confidence <= 1


def test_the_held_out_sentences_keep_their_score(pipeline: Pipeline) -> None:
    """A second table, written after the coder by another hand. It was held out until the MOBILIZE, AID and CONCEDE
    additions of the trigger rules, whose misses it showed; it is a development table since, and the odd half of the
    gold file is the held-out measure."""
    from sentences_more import MORE_SENTENCES

    found = total = alarms = quiet = 0
    for sentence in MORE_SENTENCES:
        events = events_of(pipeline, sentence.text)
        if sentence.type is None:
            quiet += 1
            alarms += raises_an_event(events)
            continue
        total += 1
        found += coded_with_its_type(sentence, events)
    # Measured 0.54 of event sentences coded with their type and 0.25 of no-event sentences raising one while held
    # out; 0.83 and 0.05 after the rules its misses showed.
    assert found / total >= 0.78
    assert alarms / quiet <= 0.15


def test_a_title_resolves_to_the_person_it_names_with_his_country_and_role(pipeline: Pipeline) -> None:
    page = pipeline.extract("PRAGUE: Former Czech president Tomas Varga, ousted in a vote in March, arrived in Vienna on Monday.\n\n"
                            "Police in Vienna detained the ousted president on Tuesday at the request of Czech prosecutors.\n")  # fmt: skip
    article = page.articles[0]
    visit = only(article.events or [], "CONSULT")
    assert [(a.entity, a.code) for a in visit.actors] == [("person:tomas-varga", "CZEGOV")]
    assert [(r.text, r.code) for r in visit.recipients] == [("Vienna", "AUTGOV")]
    arrest = only(article.events or [], "COERCE")
    assert [(r.text, r.name, r.entity, r.code) for r in arrest.recipients] == [
        ("the ousted president", "Tomas Varga", "person:tomas-varga", "CZEGOV")
    ]
    assert [a.code for a in arrest.actors] == ["AUTCOP"]


def test_people_the_text_gives_no_country_are_coded_from_the_table_of_notable_people(pipeline: Pipeline) -> None:
    urged = only(events_of(pipeline, "Kofi Annan urged both sides to return to the negotiating table on Monday."), "REQUEST")
    assert [actor.code for actor in urged.actors] == ["IGO"]  # the UN's head speaks for it
    rejected = only(events_of(pipeline, "Yasser Arafat rejected the Israeli proposal on Tuesday."), "REJECT")
    assert [actor.code for actor in rejected.actors] == ["PSEGOV"]
    assert [actor.code for actor in rejected.recipients] == ["ISR"]


def test_bodies_named_after_their_leader_and_settlers_are_coded_with_their_country(pipeline: Pipeline) -> None:
    demanded = only(events_of(pipeline, "The Bush administration demanded that Japan open its rice market."), "REQUEST")
    assert [actor.code for actor in demanded.actors] == ["USAGOV"]
    expelled = only(events_of(pipeline, "The Thatcher government expelled three Soviet diplomats on Friday."), "SANCTION")
    assert [actor.code for actor in expelled.actors] == ["GBRGOV"]
    assert [actor.code for actor in expelled.recipients][0].startswith("RUS")
    burned = events_of(pipeline, "Jewish settlers torched olive groves near the West Bank town of Nablus.")
    assert [actor.code for actor in only(burned, "ASSAULT").actors] == ["ISRCVL"]


def test_a_condition_not_yet_met_and_the_setting_of_an_event_are_not_told_as_events(pipeline: Pipeline) -> None:
    events = events_of(pipeline, "The rebels rejected the plan and said they would keep their guns until their demands were met.")
    assert [e.type for e in events if not e.hypothetical] == ["REJECT"]  # "until ... met": not yet, nor a demand told
    refused = events_of(pipeline, "Despite warnings of famine by aid agencies, the government refused to reopen the crossings.")
    assert [e.type for e in refused] == ["REJECT"]  # the warnings are the setting, not a threat


@pytest.mark.parametrize(
    "text",
    [
        "Fans packed the stadium for the final on Saturday.",
        "Hospitals treated patients for heat stroke during the heatwave.",
        "The company helped customers save money with a new app.",
        "Shoppers filled the streets before Christmas.",
        "The museum welcomed its millionth visitor of the year.",
    ],
)
def test_words_the_lexicon_grew_by_do_not_make_events_of_everyday_news(pipeline: Pipeline, text: str) -> None:
    assert [(e.type, e.trigger.text) for e in events_of(pipeline, text) if e.trigger] == []


def test_what_a_state_does_to_people_given_no_country_is_done_to_its_own(pipeline: Pipeline) -> None:
    detained = only(events_of(pipeline, "Belarusian police detained six opposition leaders in Minsk on Sunday."), "COERCE")
    assert [r.code for r in detained.recipients][0] == "BLROPP"
    expelled = only(events_of(pipeline, "Norway expelled two Russian diplomats on Friday."), "SANCTION")
    assert [r.code for r in expelled.recipients] == ["RUS"]  # a country given is kept


def test_an_event_named_in_passing_by_its_doer_s_adjective_is_not_told_again(pipeline: Pipeline) -> None:
    events = events_of(pipeline, "Peru granted asylum to five officers holed up in its embassy since the U.S. invasion.")
    assert [e.type for e in events] == ["AID"]  # the invasion is the setting
    told = events_of(pipeline, "The U.S. invasion of Panama began before dawn on Wednesday.")
    assert [e.type for e in told] == ["ASSAULT"]  # told as what happened, it is an event


def test_a_charge_a_letting_and_a_journey_are_not_told_as_events(pipeline: Pipeline) -> None:
    pardoned = events_of(pipeline, "The president pardoned a former soldier convicted of killing eight civilians.")
    assert [e.type for e in pardoned] == ["CONCEDE"]  # the killing is what he was convicted of
    allowed = events_of(pipeline, "The government allowed U.N. peacekeepers to deploy in the west of the country.")
    assert [e.type for e in allowed] == ["RETREAT"]  # letting them in is the event
    opened = events_of(pipeline, "The leadership opened the border and let its citizens travel freely to the West.")
    assert "CONSULT" not in [e.type for e in opened]  # citizens travelling pay no diplomatic visit


def test_a_visit_told_by_its_arrival_and_its_noun_is_one_event(pipeline: Pipeline) -> None:
    events = events_of(pipeline, "The Ethiopian prime minister arrived in Nairobi on Saturday for his first visit to Kenya.")
    assert [e.type for e in events] == ["CONSULT"]


def test_an_attempt_to_assassinate_is_an_assault_with_no_one_named_doing_it(pipeline: Pipeline) -> None:
    event = only(events_of(pipeline, "An attempt to kill the deputy mayor of the port was foiled on Friday, the "
                                     "regional police reported."), "ASSAULT")  # fmt: skip
    assert event.actors == [] and event.trigger is not None and event.trigger.text == "kill"
    assert [r.text for r in event.recipients] == ["the deputy mayor of the port"]


def test_a_cancelled_visit_reduces_relations(pipeline: Pipeline) -> None:
    event = only(events_of(pipeline, "A Dutch minister has called off a planned visit to Suriname after the "
                                     "elections were postponed, the ministry said."), "SANCTION")  # fmt: skip
    assert event.cameo == "160" and event.mode == "withdraw"
    assert [a.code for a in event.actors] == ["NLDGOV"]


def test_money_held_is_no_gift_but_compensation_paid_is_aid(pipeline: Pipeline) -> None:
    assert events_of(pipeline, "The relief agency had more than $8 million of unspent donations at the end of the year.") == []
    event = only(events_of(pipeline, "Kenya said on Monday it had paid compensation to 40 Somali herders for cattle "
                                     "killed in the border raid."), "AID")  # fmt: skip
    assert event.evidence == "light:pay compensation"
    assert [a.code for a in event.actors] == ["KENGOV"]


def test_a_go_between_acts_and_the_two_sides_receive(pipeline: Pipeline) -> None:
    event = only(events_of(pipeline, "Qatar mediated between Sudan and the rebel movement on Sunday."), "CONSULT")
    assert [a.code for a in event.actors] == ["QATGOV"]
    assert [r.text for r in event.recipients] == ["Sudan", "the rebel movement"]
    talks = only(events_of(pipeline, "Talks between Chad and Libya resumed in Algiers."), "CONSULT")
    assert [a.text for a in talks.actors] == ["Chad", "Libya"] and talks.recipients == []


def test_a_protest_put_into_words_is_an_accusation(pipeline: Pipeline) -> None:
    event = only(events_of(pipeline, "Farmers' leaders protested that the new import quotas would ruin them."), "ACCUSE")
    assert event.cameo == "111"
    street = only(events_of(pipeline, "Thousands of farmers protested outside parliament in Warsaw."), "PROTEST")
    assert street.mode == "demo"


def test_what_is_done_in_giving_way_is_a_concession(pipeline: Pipeline) -> None:
    events = events_of(pipeline, "Bowing to weeks of strikes by teachers, the Chilean government agreed on Friday to "
                                 "raise their pay.")  # fmt: skip
    assert [(e.type, e.trigger.text if e.trigger else None) for e in events] == [("CONCEDE", "agreed")]
    reported = events_of(pipeline, "Caving in to pressure from its neighbours, Eritrea said on Monday it would accept "
                                   "the monitors.")  # fmt: skip
    assert [e.type for e in reported] == ["CONCEDE"]
    backed = events_of(pipeline, "The Romanian president backed down on Tuesday and accepted the opposition's "
                                 "victory in the capital.")  # fmt: skip
    assert [e.type for e in backed] == ["CONCEDE"]  # what was accepted in backing down is the concession


def test_a_crowd_made_the_subject_of_who_reported_it_still_protests(pipeline: Pipeline) -> None:
    events = events_of(pipeline, "Tens of thousands of workers massed in the main square of Bucharest on Sunday, "
                                 "defying a ban on rallies, witnesses said.")  # fmt: skip
    assert ("PROTEST", "141") in [(event.type, event.cameo) for event in events]


def test_the_terms_and_the_reasons_of_a_sanction_are_not_events_of_their_own(pipeline: Pipeline) -> None:
    events = events_of(pipeline, "Ghana broke off relations with Togo on Friday, giving its envoys a week to leave.")
    assert [(e.type, e.cameo) for e in events] == [("SANCTION", "161")]
    punished = events_of(pipeline, "Serbia sealed its border with Montenegro to punish its leaders for rejecting the plan.")
    assert [e.type for e in punished] == ["COERCE"]


def test_how_an_act_was_done_or_what_came_of_it_is_part_of_it(pipeline: Pipeline) -> None:
    events = events_of(pipeline, "Police commandos rescued 30 hostages from the hotel, storming the building at dawn.")
    assert [e.type for e in events] == ["AID"]
    ended = events_of(pipeline, "The last Syrian troops left Lebanon on Tuesday, ending a 29-year presence.")
    assert "RETREAT" in {e.type for e in ended}
    # whom an arrest was done to owns it: "his arrest" has no one doing it, so it is the setting of the pardon
    pardoned = events_of(pipeline, "The president pardoned the former oil tycoon, a decade after his arrest.")
    assert [e.type for e in pardoned] == ["CONCEDE"]


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # what is asked or cited is not told
        ("The High Court ordered the army to explain why it had demolished the homes of three families in Hebron.",
         ["REQUEST"]),
        ("Washington halted $3 million in military aid to Guatemala on Friday, citing the killing of an American "
         "innkeeper by soldiers.", ["SANCTION"]),
        ("Washington dispatched the aircraft carrier Midway to the Arabian Sea in a show of force.", ["MOBILIZE"]),
        # a bombing and its killing are one assault, and a ransom is part of the kidnapping
        ("A car bomb exploded outside a police barracks in Bilbao, killing 11 people.", ["ASSAULT"]),
        ("Gunmen snatched a Dutch engineer outside his hotel and are demanding a ransom.", ["ASSAULT"]),
        # what a demand asks and what followed are not told
        ("The Security Council demanded that Ethiopia and Eritrea halt hostilities and withdraw their forces.",
         ["REQUEST"]),
        ("Iraq positioned two divisions near the Kuwaiti border, prompting Washington to rush a carrier to the Gulf.",
         ["MOBILIZE"]),
    ],
)  # fmt: skip
def test_a_sentence_tells_its_own_event_not_what_it_asks_cites_or_caused(
    pipeline: Pipeline, text: str, kinds: list[str]
) -> None:
    assert [e.type for e in events_of(pipeline, text)] == kinds


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # by a party to the conflict, a call to end it is an intent to de-escalate (the manual's AGREE)
        ("Separatist rebels in Casamance called on Monday for an end to their long insurgency.", "AGREE"),
        ("Sri Lankan President Mahinda Rajapaksa called for an end to the fighting in Jaffna.", "AGREE"),
        ("The Chadian president appealed to rebel leaders to halt the bloodshed in Abeche, his office said.", "AGREE"),
        # by anyone else, a request
        ("Canada called for an end to the fighting in Jaffna on Tuesday.", "REQUEST"),
        ("Norway urged both sides to end the fighting in Jaffna on Tuesday.", "REQUEST"),
    ],
)
def test_a_call_to_end_a_conflict_is_agreement_from_a_party_and_a_request_from_others(
    pipeline: Pipeline, text: str, kind: str
) -> None:
    assert [event.type for event in events_of(pipeline, text)] == [kind]


def test_fighting_that_rages_between_forces_is_an_assault(pipeline: Pipeline) -> None:
    event = only(events_of(pipeline, "Heavy fighting raged between Chadian and Libyan troops near Faya-Largeau."), "ASSAULT")
    assert event.trigger is not None and event.trigger.text == "fighting raged" and event.evidence == "light:rage fighting"


def test_an_expelled_person_is_a_diplomat_by_the_title_before_his_name(pipeline: Pipeline) -> None:
    event = only(events_of(pipeline, "Canada expelled Cuban diplomat Jorge Perez on Friday, the foreign ministry said."), "SANCTION")
    assert event.cameo == "166"


@pytest.mark.parametrize(
    ("text", "kind", "cameo"),
    [
        ("Greek and Turkish warships wrapped up five days of naval manoeuvres in the Aegean on Monday.", "COOPERATE", "062"),
        ("About 2,000 Kenyan and British troops took part in exercises near Nanyuki this week.", "COOPERATE", "062"),
        ("Kenyan troops took part in exercises near Nanyuki this week.", "MOBILIZE", "154"),
    ],
)
def test_an_exercise_of_two_nations_is_cooperation(pipeline: Pipeline, text: str, kind: str, cameo: str) -> None:
    event = only(events_of(pipeline, text), kind)
    assert event.cameo == cameo


def test_a_name_taken_is_no_request(pipeline: Pipeline) -> None:
    events = events_of(pipeline, "Hackers calling themselves the Desert Falcons defaced 40 Kenyan government websites.")
    assert [(e.type, e.cameo) for e in events] == [("COERCE", "170")]


def test_a_body_voting_to_impose_an_embargo_imposes_it(pipeline: Pipeline) -> None:
    event = only(events_of(pipeline, "The Arab League voted on Sunday to slap a trade embargo on Yemen."), "SANCTION")
    assert not event.hypothetical and event.recipients[0].code.startswith("YEM")


def test_the_agent_of_a_closure_hung_on_what_was_closed_is_its_actor(pipeline: Pipeline) -> None:
    events = events_of(pipeline, "The closure of the Karni crossing by Israeli troops on Monday left hundreds of trucks stranded.")
    event = only(events, "COERCE")
    assert [actor.code for actor in event.actors] == ["ISRMIL"]


def test_according_to_a_joint_statement_is_a_source_not_cooperation(pipeline: Pipeline) -> None:
    events = events_of(pipeline, "Mali and Niger said they would hit back at the rebels, according to a joint communique.")
    assert "COOPERATE" not in [e.type for e in events]


def test_an_event_dated_from_the_one_told_is_its_setting_even_alone(pipeline: Pipeline) -> None:
    # the sentence's own event is missing from the lexicon; the storming, weeks before, is still only its setting
    events = events_of(pipeline, "Tonga's cabinet met in emergency session on Friday, weeks after gunmen stormed parliament.")
    assert "ASSAULT" not in [e.type for e in events]
    events = events_of(pipeline, "Guinean soldiers confined the ousted president to his villa on Friday, a day after the coup.")
    assert [(e.type, e.cameo) for e in events] == [("COERCE", "173")]


def test_readiness_for_a_thing_is_no_undertaking(pipeline: Pipeline) -> None:
    events = events_of(pipeline, "'Our units are ready for any provocation,' a Cypriot officer said on Saturday.")
    assert "AGREE" not in [e.type for e in events]


@pytest.mark.parametrize(
    ("text", "kind", "cameo"),
    [
        # the parser may read a frame's complement as a purpose clause, or hang it on the frame's phrase
        ("Georgia and Abkhazia undertook on Monday to respect the ceasefire along the Inguri river.", "AGREE", "0356"),
        ("The rebels vowed in a statement on Friday to strike back against the army.", "THREATEN", "1384"),
        # a body's vote gives the support it votes for
        ("The Ukrainian parliament voted on Tuesday to back the president's reform plan.", "SUPPORT", "051"),
        # an ultimatum told as an order to leave or face the consequence
        ("The militia told all foreign workers to leave the province by Friday or face death.", "THREATEN", "139"),
    ],
)
def test_frames_votes_and_ultimatums(pipeline: Pipeline, text: str, kind: str, cameo: str) -> None:
    event = only(events_of(pipeline, text), kind)
    assert event.cameo == cameo


@pytest.mark.parametrize(
    ("text", "kind", "cameo"),
    [
        ("Bolivia's miners insisted on Monday that the mining code be withdrawn before any talks.", "REQUEST", "1056"),
        ("The junta said on Friday it would defy international pressure over the detentions.", "REJECT", "128"),
        ("Beijing warned that any move toward independence would be met by force.", "THREATEN", "1384"),
    ],
)
def test_demands_in_the_subjunctive_rejections_to_come_and_force_to_meet_a_move(
    pipeline: Pipeline, text: str, kind: str, cameo: str
) -> None:
    assert (kind, cameo) in [(e.type, e.cameo) for e in events_of(pipeline, text) if not e.negated]


def test_a_conjunct_of_a_dated_clause_is_the_sentence_s_own_event(pipeline: Pipeline) -> None:
    events = events_of(pipeline, "Hours after army gunners shelled the port, the envoy held talks with the Serbian president in Belgrade.")
    assert [e.type for e in events] == ["CONSULT"]


def test_a_crowd_besieging_a_building_in_the_passive_protests(pipeline: Pipeline) -> None:
    events = events_of(pipeline, "The French embassy in Dakar was besieged by thousands of chanting demonstrators on Friday.")
    assert [(e.type, e.cameo) for e in events] == [("PROTEST", "144")]


def test_what_a_span_of_time_before_the_event_was_filled_with_is_its_setting(pipeline: Pipeline) -> None:
    events = events_of(pipeline, "Indian authorities lifted the curfew in Srinagar on Friday after three days of clashes between police and protesters.")
    assert [e.type for e in events] == ["CONCEDE"]


def test_the_condition_of_a_threat_is_no_event_of_its_own(pipeline: Pipeline) -> None:
    events = events_of(pipeline, "The guerrillas said they would kill the hostages unless the army halted its offensive.")
    assert [(e.type, e.cameo) for e in events] == [("THREATEN", "1383")]
    events = events_of(pipeline, "Cuba turned down the offer of relief, saying it would accept help only if Washington lifted its embargo.")
    assert [e.type for e in events] == ["REJECT"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Defying a police ban, thousands of opposition supporters rallied in Lusaka on Saturday.", [("PROTEST", "141")]),
        ("Beating a UN deadline by hours, the rebels withdrew their heavy weapons from the zone.", [("RETREAT", "0873")]),
        ("Germany forgave 400 million marks of debt owed by Zambia on Wednesday.", [("AID", "071")]),
    ],
)
def test_how_it_was_done_deadlines_beaten_and_debt_forgiven(pipeline: Pipeline, text: str, expected: list[tuple[str, str]]) -> None:
    assert [(e.type, e.cameo) for e in events_of(pipeline, text) if not e.negated] == expected


@pytest.mark.parametrize(
    ("text", "kind", "cameo", "recipient"),
    [
        # a party told to do something is asked to, and has not done it; envoys told to leave are expelled
        ("The army commander told the rebels to lay down their arms by Friday.", "REQUEST", "1056", "the rebels"),
        ("Estonia told two Russian diplomats to leave the country within a week.", "SANCTION", "166", "two Russian diplomats"),
    ],
)
def test_a_party_told_to_act_is_asked_not_acting(pipeline: Pipeline, text: str, kind: str, cameo: str, recipient: str) -> None:
    events = [e for e in events_of(pipeline, text) if not e.negated]
    assert [(e.type, e.cameo) for e in events] == [(kind, cameo)]
    assert [r.text for r in events[0].recipients] == [recipient]


def test_told_to_expect_something_asks_nothing(pipeline: Pipeline) -> None:
    assert events_of(pipeline, "The spokesman told reporters to expect a statement later in the day.") == []


@pytest.mark.parametrize(
    ("text", "kind", "cameo", "is_negated"),
    [
        # not hesitating to act is the intent to; hesitating to is neither the act nor an undertaking
        ("The president said he would not hesitate to impose a curfew if the looting went on.", "THREATEN", "1323", False),
        ("Tokyo would not hesitate to provide aid to the flood victims, the premier said.", "AGREE", "033", False),
        ("European governments hesitated to send troops to the region.", "THREATEN", "130", True),
    ],
)
def test_not_hesitating_to_act_is_an_intent(pipeline: Pipeline, text: str, kind: str, cameo: str, is_negated: bool) -> None:
    assert [(e.type, e.cameo, e.negated) for e in events_of(pipeline, text)] == [(kind, cameo, is_negated)]


@pytest.mark.parametrize(
    "text",
    [
        # a vow conditioned on what the other side does is a threat; a city turned into a sea of fire, vessels
        # targeted, trade penalties imposed unless: threats of force and of sanctions
        "The rebel leader vowed to strike at army bases in the south if the government carried out air raids.",
        "Pyongyang said it would turn Seoul into a sea of fire if the drills went ahead.",
        "The militia said it would target any vessel bound for the port.",
        "Washington may impose trade penalties on Seoul unless it opens its beef market.",
    ],
)
def test_conditioned_vows_and_threatened_force_are_threats(pipeline: Pipeline, text: str) -> None:
    assert [e.type for e in events_of(pipeline, text) if not e.negated] == ["THREATEN"]


def test_a_vow_to_talk_if_the_other_side_disarms_is_no_threat(pipeline: Pipeline) -> None:
    events = events_of(pipeline, "The government vowed to resume talks if the rebels laid down their arms.")
    assert [e.type for e in events if not e.negated] == ["AGREE"]
