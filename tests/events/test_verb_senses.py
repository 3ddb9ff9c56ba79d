"""Verbs whose sense the words around them decide (:mod:`dateline.events.verb_senses`), each on a sentence written
for it, and the senses that code nothing."""

from __future__ import annotations

import pytest
from test_coder import events_of
from test_triggers import coded

from dateline.pipeline import Pipeline


@pytest.mark.parametrize(
    ("text", "kind", "cameo"),
    [
        # forces moving out of a country withdraw; toward a border, they are mobilised
        ("The last Cuban soldiers rolled out of Angola across the northern border on Friday.", "RETREAT", "0872"),
        ("Two Iraqi armoured divisions have been moving south towards the Kuwaiti border.", "MOBILIZE", "154"),
        ("Washington ordered a second aircraft carrier group into the Taiwan Strait on Monday.", "MOBILIZE", "154"),
        # parties a state sends away; people shipped back; fugitives handed to a state's police or to a court
        ("Four Iranian diplomats were ordered out of Argentina on Monday.", "SANCTION", "166"),
        ("Malaysia shipped 900 Indonesian workers back across the strait on Thursday.", "COERCE", "174"),
        ("A suspected cartel leader was handed over by Mexico to the United States on Friday.", "COOPERATE", "063"),
        ("Uruguay deported the fugitive to Argentina on Tuesday.", "COOPERATE", "063"),
        ("Serbia transferred the former commander to the war crimes tribunal in The Hague.", "COOPERATE", "063"),
        # leaving a mediation halts it, and the mediation left is told no more
        ("Senegal pulled out of its mediation between the two Guinean factions on Wednesday.", "SANCTION", "165"),
        # a bomb that goes off of itself is a bombing, by the kind of bomb it is; a gas leak is not
        ("A parcel bomb exploded at a post office in central Lima on Tuesday, police said.", "ASSAULT", "183"),
        ("A van loaded with explosives blew up near the army headquarters in Kabul on Sunday.", "ASSAULT", "1832"),
        ("A landmine went off under a minibus on the road to Kandahar, killing four passengers.", "ASSAULT", "183"),
        ("An explosive belt worn by a suicide attacker blew up at a checkpoint outside Mosul on Friday.", "ASSAULT", "1831"),
        # an armed group striking at places assaults them, and vowing to is a threat
        ("The separatist group struck at a holiday resort on the coast on Sunday.", "ASSAULT", "190"),
        ("The separatist group vowed to strike again at holiday resorts on the coast.", "THREATEN", "1384"),
        # ultimatums, protection flown in, relief arriving, detentions told in the passive
        ("The rebels gave the army 48 hours to leave the town or face an assault.", "THREATEN", "139"),
        ("A first contingent of 800 Kenyan troops landed in Mogadishu to protect the government.", "AID", "074"),
        ("A UN convoy carrying flour and medicine reached the besieged town on Monday.", "AID", "073"),
        ("The opposition leader was held by police for several hours at a roadblock.", "COERCE", "173"),
        # particle and preposition together ("stood up for"); taken to court, not taken as a town is
        ("The Chinese foreign ministry stood up for Khartoum's record in Darfur on Monday.", "SUPPORT", "052"),
        ("Nicaragua has taken Honduras to the World Court in The Hague.", "ACCUSE", "115"),
        # leaving a body, talks or a mission is a sanction; soldiers evacuating their posts withdraw
        ("Morocco announced it had quit the Organisation of African Unity.", "SANCTION", "161"),
        ("Pyongyang pulled out of the nuclear negotiations with Seoul on Tuesday.", "SANCTION", "164"),
        ("The Arab League withdrew its observer mission from Syria on Saturday.", "SANCTION", "1662"),
        ("Israeli soldiers evacuated their last outposts in southern Lebanon before dawn.", "RETREAT", "0872"),
        # freed by soldiers is rescued, in the passive too
        ("Eleven German tourists were freed by Algerian special forces on Tuesday.", "AID", "070"),
        # crowds massing protest; a ceasefire holding is one kept; a fleet setting sail is deployed
        ("Thousands of Egyptians massed in Tahrir Square on Friday demanding the ouster of the president.", "PROTEST", "141"),
        ("The ceasefire held for a third straight day across the province on Saturday.", "RETREAT", "0871"),
        ("A naval task force of some 40 warships set sail from Portsmouth on Monday.", "MOBILIZE", "154"),
        # access for another's forces is military cooperation; documents handed to investigators, intelligence
        ("Uzbekistan granted U.S. forces access to its air base on Friday.", "COOPERATE", "062"),
        ("German prosecutors provided Turkish investigators with documents on the network.", "COOPERATE", "064"),
        # tribesmen seizing tourists abduct them; police seizing suspects arrest them
        ("Tribesmen seized two German tourists in Marib province on Sunday.", "ASSAULT", "181"),
        # peacekeepers sent are protection given, however the purpose is hung
        ("Ghana sent 500 blue-helmeted troops to Monrovia under a UN mandate to protect relief convoys.", "AID", "074"),
        # crowds pouring into a square protest; people of a nation sent back are deported
        ("Tens of thousands of Kenyans poured into Uhuru Park on Saturday to denounce the vote count.", "PROTEST", "141"),
        ("Spain sent 60 Moroccans back to Tangier on a chartered ferry on Monday.", "COERCE", "174"),
        ("Oman sent home the six Indian sailors it had seized off Musandam, officials said.", "RETREAT", "0841"),
        # diplomats given days to leave, a mission told to leave: expulsions; planes landing with relief: aid
        ("Nine Libyan diplomats were given 72 hours to leave Rome after the embassy shooting.", "SANCTION", "166"),
        ("The junta told the UN observer mission to leave the country within a week.", "SANCTION", "1662"),
        ("Three Pakistani transport planes landed in Kathmandu carrying tents and blankets for survivors.", "AID", "073"),
        # forces pulling out of a place withdraw; soldiers freeing people someone abducted rescue them
        ("The soldiers pulled out of the university campus in Managua on Tuesday.", "RETREAT", "0872"),
        ("The last Vietnamese soldiers crossed out of Cambodia at the Moc Bai checkpoint on Tuesday.", "RETREAT", "0872"),
        ("Thousands of students streamed into Wenceslas Square on Friday to denounce the police.", "PROTEST", "141"),
        ("Indian commandos freed nine engineers who had been abducted by rebels near Imphal.", "AID", "070"),
        ("The government has begun handing out rifles to members of the village militia.", "MOBILIZE", "154"),
        # travelling for talks is a visit; goods flown in, or a plane carrying them landing, are aid
        ("The Kenyan president drove across the border to Kampala on Sunday for talks with his Ugandan counterpart.", "CONSULT", "042"),
        ("Canada said it had flown in tents and medical supplies for families left homeless by the earthquake.", "AID", "073"),
        ("An Indian Air Force cargo plane carrying 30 tonnes of rice and blankets landed in Male on Friday.", "AID", "073"),
        # a suspect handed over to a state or its officers is extradited, however the parser hangs the "wanted"
        ("Kenya handed over a suspected Somali arms smuggler to the United States on Monday.", "COOPERATE", "063"),
        ("Oman handed over to Yemen four men wanted for the bombing of a hotel in Aden.", "COOPERATE", "063"),
        # work begun jointly is cooperation
        ("Polish and German border guards began joint patrols along the Oder on Monday.", "COOPERATE", "060"),
        # planes laden with relief that land give aid; troops crossing in to protect civilians too; hostages seized
        # by guerrillas are abducted, in the passive as well
        ("A Jordanian transport plane laden with blankets and medicine landed in Herat on Friday.", "AID", "073"),
        ("Some 600 Belgian paratroopers crossed into Zaire on Monday to protect foreigners in Kinshasa.", "AID", "074"),
        ("Four foreign engineers were seized by separatist guerrillas near the pipeline on Tuesday.", "ASSAULT", "181"),
        # property looted by troops is seized; by a crowd, it is a riot
        ("Government soldiers looted shops and homes in the northern town on Friday.", "COERCE", "171"),
        ("Rioters looted supermarkets in the capital on Saturday night.", "PROTEST", "145"),
        # troops sent to restore order in a place named abroad protect it; sent to "the region", they are mobilised
        ("Some 1,200 Australian troops landed in Honiara on Friday to restore order.", "AID", "074"),
        # forces readied "to help" people give aid; "to help police quell the unrest" they are mobilised
        ("The army deployed 500 soldiers to help families stranded by the floods.", "AID", "073"),
        ("Kenya placed its army on standby to help police quell the unrest in the slums.", "MOBILIZE", "152"),
        ("The government sent 2,000 troops to help police restore order in the province.", "MOBILIZE", "154"),
        # people stopped from marching are restricted; teams kept from a parade by rain are not
        ("Riot police prevented hundreds of students from marching on parliament on Tuesday.", "COERCE", "172"),
        ("Police stopped opposition supporters from demonstrating outside the court.", "COERCE", "172"),
        ("Thousands of troops have been sent to the region to restore order, the defence ministry said.", "MOBILIZE", "154"),
    ],
)
def test_the_words_around_a_verb_decide_its_sense(pipeline: Pipeline, text: str, kind: str, cameo: str) -> None:
    assert (kind, cameo) in coded(events_of(pipeline, text)), coded(events_of(pipeline, text))


def test_militants_deported_to_a_region_are_expelled_not_extradited(pipeline: Pipeline) -> None:
    events = coded(events_of(pipeline, "Israel deported 400 suspected militants to southern Lebanon on Thursday."))
    assert events and all(kind != "COOPERATE" for kind, _ in events)


def test_forces_helping_police_and_rain_keeping_a_parade_give_no_aid_and_no_restriction(pipeline: Pipeline) -> None:
    assert coded(events_of(pipeline, "Kenya placed its army on standby to help police quell the unrest in the slums.")) == [
        ("MOBILIZE", "152")]
    assert coded(events_of(pipeline, "The rain prevented the teams from marching in the parade.")) == []


@pytest.mark.parametrize(
    "text",
    [
        "The senators voted on Thursday to kill the bill on farm subsidies.",
        "China used its veto to kill the extension of the mission.",
    ],
)
def test_a_measure_killed_is_no_killing(pipeline: Pipeline, text: str) -> None:
    assert all(kind != "ASSAULT" for kind, _ in coded(events_of(pipeline, text)))


def test_talks_breaking_up_are_held_not_dispersed(pipeline: Pipeline) -> None:
    text = "The delegations' talks in Geneva broke up after five hours with no date set for another round."
    assert coded(events_of(pipeline, text)) == [("CONSULT", "046")]


def test_goods_assembled_are_no_gathering(pipeline: Pipeline) -> None:
    text = "Workers at the plant were assembling washing machines for export when the power failed."
    assert coded(events_of(pipeline, text)) == []


@pytest.mark.parametrize(
    ("text", "kind", "cameo"),
    [
        ("Zambian police blockaded the main road into Lusaka on Friday.", "COERCE", "191"),
        ("Striking miners blockaded the main road into Lusaka on Friday.", "PROTEST", "144"),
        ("Tanzania sent a Rwandan militia leader back to Kigali on Monday to stand trial for genocide.", "COOPERATE", "063"),
        ("Malaysia sent 300 Burmese asylum seekers back to Myanmar on Monday.", "COERCE", "174"),
        ("Hundreds of armed militiamen have assembled near the border town of Bunia, aid workers said.", "MOBILIZE", "154"),
    ],
)
def test_who_blocks_sends_back_or_assembles_decides_the_sense(pipeline: Pipeline, text: str, kind: str, cameo: str) -> None:
    assert coded(events_of(pipeline, text)) == [(kind, cameo)]


@pytest.mark.parametrize(
    ("text", "kind", "cameo"),
    [
        ("Zimbabwe was thrown out of the Commonwealth on Monday.", "SANCTION", "166"),
        ("Spain surrendered three suspected Corsican militants to French police on Friday.", "COOPERATE", "063"),
        ("Two Bahraini activists were jailed for five years by a Manama court on Monday.", "SANCTION", "116"),
        ("More than 300 Somali Islamists were deported by Kenya on Thursday.", "COERCE", "174"),
    ],
)
def test_bodies_police_courts_and_the_deported_decide_the_sense(pipeline: Pipeline, text: str, kind: str, cameo: str) -> None:
    assert coded(events_of(pipeline, text)) == [(kind, cameo)]


@pytest.mark.parametrize(
    ("text", "kind", "cameo"),
    [
        ("Lithuania declared a Russian military attache persona non grata on Monday.", "SANCTION", "166"),
        ("Burundi gave the members of the UN rights office a week to leave the country.", "SANCTION", "166"),
        ("Burundi gave the rebels a week to leave the province or face an assault.", "THREATEN", "139"),
        ("Malawi barred a Zambian opposition leader from entering the country on Friday.", "REJECT", "120"),
        # a charge d'affaires is sent away, recalled or summoned as an ambassador is
        ("Kuwait ordered the Iraqi charge d'affaires to leave the country within 48 hours.", "SANCTION", "166"),
        ("Mexico expelled the Iraqi charge d'affaires on Friday.", "SANCTION", "166"),
        ("Jordan recalled its charge d'affaires from Damascus on Sunday.", "SANCTION", "161"),
    ],
)
def test_declared_unwelcome_given_days_to_leave_or_barred(pipeline: Pipeline, text: str, kind: str, cameo: str) -> None:
    assert coded(events_of(pipeline, text)) == [(kind, cameo)]


@pytest.mark.parametrize(
    ("text", "kind", "cameo"),
    [
        ("A free trade pact between Peru and Japan took effect on Monday.", "COOPERATE", "061"),
        ("The truce between the army and the rebels came into force at midnight.", "RETREAT", "0871"),
        ("Bosnia transferred a former police chief indicted for war crimes to the UN tribunal on Friday.", "COOPERATE", "063"),
    ],
)
def test_pacts_in_force_and_suspects_sent_to_a_tribunal(pipeline: Pipeline, text: str, kind: str, cameo: str) -> None:
    assert coded(events_of(pipeline, text)) == [(kind, cameo)]


@pytest.mark.parametrize(
    "text",
    [
        "A gas cylinder exploded in a crowded restaurant in Lagos on Sunday, fire officials said.",
        "Oil prices exploded after the announcement in Vienna.",
    ],
)
def test_what_explodes_with_no_bomb_is_no_bombing(pipeline: Pipeline, text: str) -> None:
    assert all(kind != "ASSAULT" for kind, _ in coded(events_of(pipeline, text)))


def test_a_car_bomb_that_exploded_is_one_bombing(pipeline: Pipeline) -> None:
    text = "A car bomb planted by drug traffickers exploded outside a court in Medellin on Tuesday, killing three people."
    assert [kind for kind, _ in coded(events_of(pipeline, text))] == ["ASSAULT"]


def test_a_mediation_pulled_out_of_is_not_also_a_mediation(pipeline: Pipeline) -> None:
    text = "Senegal pulled out of its mediation between the two Guinean factions on Wednesday."
    assert coded(events_of(pipeline, text)) == [("SANCTION", "165")]


@pytest.mark.parametrize(
    ("text", "kind", "cameo"),
    [
        # a service cut off from a place inside is withheld; a supply cut off from another country is trade stopped
        ("Government troops cut off electricity to the rebel-held district on Thursday.", "COERCE", "191"),
        ("Militiamen shut off water to the camp for a third day, aid workers said.", "COERCE", "191"),
        ("Moscow cut off gas supplies to Kiev on the first day of the year.", "SANCTION", "163"),
        # a state's boycott of another's goods is an embargo; consumers boycotting them protest
        ("The Libyan government announced a boycott of Swiss goods on Monday.", "SANCTION", "163"),
        ("Shoppers in Amman staged a boycott of Danish products over the cartoons.", "PROTEST", "143"),
    ],
)
def test_what_is_cut_off_from_whom_and_who_boycotts_goods(pipeline: Pipeline, text: str, kind: str, cameo: str) -> None:
    assert coded(events_of(pipeline, text)) == [(kind, cameo)]


@pytest.mark.parametrize(
    ("text", "kind", "cameo"),
    [
        # forces made more numerous are mobilised, police as police; an alert level raised is readiness
        ("Damascus has increased its troop strength in the Bekaa valley, Lebanese officials said.", "MOBILIZE", "154"),
        ("The government doubled the number of police patrolling the streets of Oran.", "MOBILIZE", "153"),
        ("Seoul raised the alert level of its armed forces after the shelling.", "MOBILIZE", "152"),
        ("The national guard was activated on Saturday to patrol the border towns.", "MOBILIZE", "152"),
        ("The rebels have been rearming in the hills since the truce collapsed.", "MOBILIZE", "154"),
    ],
)
def test_forces_enlarged_activated_or_rearmed_are_mobilised(pipeline: Pipeline, text: str, kind: str, cameo: str) -> None:
    assert coded(events_of(pipeline, text)) == [(kind, cameo)]


def test_a_budget_raised_mobilises_nothing(pipeline: Pipeline) -> None:
    assert coded(events_of(pipeline, "The ministry increased the number of school places in the capital.")) == []


@pytest.mark.parametrize(
    ("text", "kind", "cameo"),
    [
        # captives let go, however the parser joins "let" and "go"; vessels released are property returned
        ("The kidnappers let go three Filipino aid workers in Basilan on Sunday.", "RETREAT", "0841"),
        ("The pirates let the 18 crew members go after a ransom was paid.", "RETREAT", "0841"),
        ("The Indonesian navy released two Malaysian trawlers it had seized off Borneo.", "RETREAT", "0842"),
        # forces leaving a country, though the model takes the country for a body or the force's name for a nation
        ("Rwanda withdrew its troops from Congo after the accord took effect.", "RETREAT", "0872"),
        ("The last French Marines left Bangui on Sunday.", "RETREAT", "0872"),
        # parties unbanned, rifles turned in, travel bans on officials
        ("The military government unbanned three opposition parties on Monday.", "CONCEDE", "0812"),
        ("Some 300 militiamen turned in their rifles to the UN mission on Friday.", "RETREAT", "0873"),
        ("Canada imposed travel bans on 20 Iranian officials on Thursday.", "SANCTION", "163"),
    ],
)
def test_captives_let_go_property_returned_forces_leaving_and_bans(pipeline: Pipeline, text: str, kind: str, cameo: str) -> None:
    assert (kind, cameo) in coded(events_of(pipeline, text)), coded(events_of(pipeline, text))


def test_an_agreement_coordinated_with_an_act_is_an_event_of_its_own(pipeline: Pipeline) -> None:
    events = coded(events_of(pipeline, "The president lifted the curfew on Friday and promised to free the detainees soon."))
    assert ("CONCEDE", "0813") in events and ("AGREE", "0353") in events
    assert coded(events_of(pipeline, "The government made an offer and would not budge.")) == []


@pytest.mark.parametrize(
    "text",
    [
        # forces sent or landing to guard or shield the vulnerable, or in a force charged with protecting them, give
        # protection (AID 074), not a mobilisation
        "Ghana sent 400 soldiers into Freetown on Monday to guard refugee camps on the outskirts.",
        "Kenya dispatched 900 police officers to Haiti to join a UN force charged with protecting civilians.",
        "Some 800 Fijian peacekeepers landed in Honiara on Sunday to protect civilians from the militias.",
        "Dutch troops of the UN force took up positions around the camps to shield the residents.",
        "Zambian peacekeepers escorted hundreds of civilians out of the besieged town.",
    ],
)
def test_forces_sent_to_guard_the_vulnerable_protect_them(pipeline: Pipeline, text: str) -> None:
    assert ("AID", "074") in coded(events_of(pipeline, text)), coded(events_of(pipeline, text))
    assert all(kind != "MOBILIZE" for kind, _ in coded(events_of(pipeline, text)))


def test_sending_troops_to_guard_a_border_is_a_mobilisation(pipeline: Pipeline) -> None:
    assert coded(events_of(pipeline, "India sent 2,000 troops to guard the border with Pakistan on Monday.")) == [("MOBILIZE", "154")]


@pytest.mark.parametrize(
    "text",
    [
        "ECOWAS suspended Mali from its decision-making bodies on Sunday.",
        "The Organisation of American States suspended Honduras after the coup.",
        "The World Food Programme airlifted maize to southern Malawi on Friday.",
    ],
)
def test_regional_and_relief_bodies_are_intergovernmental(pipeline: Pipeline, text: str) -> None:
    (event,) = [e for e in events_of(pipeline, text) if not e.negated]
    assert [a.code for a in event.actors] == ["IGO"]


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        # forces drafted in, brought up or brought to readiness; ordered onto streets, to waters or to report
        ("Authorities in Dhaka drafted in thousands of riot policemen ahead of the opposition rally.", "153"),
        ("The rebels brought tanks and artillery up to the edge of the town, residents said.", "154"),
        ('"Our units on the northern front have been brought to full combat readiness," the minister said.', "152"),
        ("The military government ordered soldiers onto the streets of Conakry on Monday.", "154"),
        ("Washington ordered the aircraft carrier Nimitz to waters off the Korean peninsula.", "154"),
        ("Armenia ordered its reservists to report to their units on Saturday.", "154"),
        # drills off a coast, a week of exercises, launchers readied, a massing of tanks
        ("Russia staged live-fire naval drills off Crimea on Tuesday.", "154"),
        ("Iran began a week of missile and naval exercises in the Gulf on Friday.", "154"),
        ("North Korea readied mobile missile launchers on its west coast, Seoul said.", "154"),
        ("Satellite photographs showed a massing of Iraqi tanks near the Kuwaiti border.", "154"),
    ],
)
def test_forces_brought_ordered_drilled_and_readied_are_mobilised(pipeline: Pipeline, text: str, cameo: str) -> None:
    assert ("MOBILIZE", cameo) in coded(events_of(pipeline, text)), coded(events_of(pipeline, text))


def test_parties_brought_to_talks_are_not_forces_mobilised(pipeline: Pipeline) -> None:
    assert all(kind != "MOBILIZE" for kind, _ in coded(events_of(pipeline, "The mediators brought the rebels to the negotiating table.")))


@pytest.mark.parametrize(
    "text",
    [
        # met with a reaction, no meeting; mustering votes or a crowd mobilises no force; insisting a thing is so
        # is a claim, no demand
        "The new budget was met with a cautious reception in parliament on Tuesday.",
        "The ruling party mustered enough votes to pass the bill.",
        "The rally was far smaller than the ones his movement had mustered in the past.",
        "The interim leader sought to calm her base by insisting the country is not subordinate to any foreign power.",
        # readiness to defend one's own land is resolve, no support given
        "The island's president said it was ready to defend the homeland to the last drop of blood.",
        # what a thing allows, a search yields or a shopper returns; going on sale, on to win; a caution of what may
        # happen; a fine amassed
        "The new headlights allow the driver to see further on unlit roads.",
        "A search of the lorry yielded nearly 40 kilograms of cocaine.",
        "You can return the phone to any store within 30 days.",
        "The new model is expected to go on sale in Europe next spring.",
        "The novel went on to win three literary prizes.",
        "The researcher cautioned that the findings might not hold in older patients.",
        "As a student he amassed a large collection of rare stamps.",
        "The cabin lighting offers 30 colours and a night mode.",
        "A smartphone app will support remote climate control.",
    ],
)
def test_a_reaction_met_votes_mustered_and_a_claim_insisted_on_code_nothing(pipeline: Pipeline, text: str) -> None:
    assert coded(events_of(pipeline, text)) == []


@pytest.mark.parametrize(
    ("text", "kind", "cameo"),
    [
        ("The foreign minister met with his Omani counterpart in Muscat on Monday.", "CONSULT", "040"),
        ("The army mustered 5,000 reservists along the border on Sunday.", "MOBILIZE", "154"),
        ("The union insisted on the reinstatement of the dismissed workers.", "REQUEST", "100"),
        ("The opposition insisted that the election be postponed until the spring.", "REQUEST", "100"),
        ("The foreign minister defended the country against the charges at the UN on Monday.", "SUPPORT", "052"),
        ("Belarus allowed in a team of OSCE election monitors on Wednesday.", "CONCEDE", "080"),
        ("The rebels yielded control of the town to the army on Friday.", "CONCEDE", "080"),
        ("The Bolivian government returned seized farmland to 300 indigenous families on Monday.", "RETREAT", "0842"),
        ("Dock workers went on strike in Antwerp on Monday.", "PROTEST", "143"),
        ("The envoy cautioned Tehran that Washington would respond to any attack on its ships.", "THREATEN", "130"),
        ("The army amassed troops and tanks along the border.", "MOBILIZE", "154"),
        ("The European Union offered Moldova a loan of 300 million euros on Monday.", "AGREE", "0331"),
        ("Egypt will host the summit of Arab leaders in Sharm el-Sheikh next month.", "AGREE", "036"),
    ],
)
def test_a_meeting_forces_mustered_and_a_demand_insisted_on_still_code(pipeline: Pipeline, text: str, kind: str, cameo: str) -> None:
    assert (kind, cameo) in coded(events_of(pipeline, text))
