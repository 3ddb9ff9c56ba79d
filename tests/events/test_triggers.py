"""The trigger rules one at a time, each on a sentence written for it: what a verb codes with its object, its
passive subject or its purpose; light verbs that end what they name; crowds, expulsions, deployments and aid; and
the sport, market and business sentences that must code nothing."""

from __future__ import annotations

import pytest
from test_coder import events_of

from dateline.pipeline import Pipeline
from dateline.records import Event


def coded(events: list[Event]) -> list[tuple[str, str]]:
    return [(event.type, event.cameo) for event in events if not event.negated]


@pytest.mark.parametrize(
    ("text", "kind", "cameo"),
    [
        # forces poised to strike, as forces ready to: a threat
        ("Burundi's defence minister said on Tuesday that the army's gunners stood poised to shell rebel positions "
         "should the rebels advance on the capital.", "THREATEN", "1384"),
        # talks and mediation suspended or abandoned, gunfire traded, dismay voiced, a group struck off the register
        ("Armenia suspended indefinitely its dialogue with Azerbaijan on Thursday over the shelling.", "SANCTION", "164"),
        ("Ghana said on Monday it was abandoning its mediation between the two Liberian factions.", "SANCTION", "165"),
        ("Indian and Pakistani border guards traded mortar shots across the Line of Control overnight.", "ASSAULT", "193"),
        ("Seoul voiced dismay on Friday at Pyongyang's decision to expel the inspectors.", "ACCUSE", "110"),
        ("The interior ministry revoked the registration of an opposition newspaper in Minsk on Tuesday.", "COERCE", "172"),
        ("The Pope enjoined both governments on Sunday to settle the border dispute by arbitration.", "REQUEST", "100"),
        ("The rebels solicited Nigerian mediation on Tuesday to end the standoff.", "REQUEST", "108"),
        ("The foreign minister branded the raid on the refugee camp a war crime on Monday.", "ACCUSE", "111"),
        # the passive subject and the object both count: "were put on heightened alert"
        ("Coast guard units in Latvia were put on heightened alert on Tuesday after a drone was sighted.", "MOBILIZE", "152"),
        # the object's modifier says what was raised
        ("Bulgaria raised the alert level of its border police on Sunday.", "MOBILIZE", "152"),
        ("Tanzanian marines staged a show of force off the island of Pemba on Friday.", "MOBILIZE", "150"),
        ("Iran paraded its new ballistic missiles through Tehran on Tuesday.", "MOBILIZE", "150"),
        ("The rebel army has been training hundreds of fresh recruits at camps near the border.", "MOBILIZE", "154"),
        # a modifier further left may name the kind: joint war games are cooperation, not a show of force
        ("Mongolian and Indian troops held their first large-scale joint war games near Ulaanbaatar.", "COOPERATE", "062"),
        ("Senegal and Mauritania began bilateral naval drills off Dakar on Monday.", "COOPERATE", "062"),
        ("Gunmen butchered 30 farmers in a village north of Bunia overnight.", "ASSAULT", "202"),
        # a bomber who strikes a rally stages none
        ("A suicide bomber struck an election rally in Quetta on Sunday.", "ASSAULT", "180"),
        ("The European Union is withholding a 60 million euro budget payment to Malawi.", "SANCTION", "1621"),
        ("About 200 rebel fighters gave themselves up to the army outside Goma on Friday.", "RETREAT", "0874"),
        ("Moroccan intelligence passed information on the cell's leader to Spanish police.", "COOPERATE", "064"),
        ("Armenia and Turkey reopened trade across their shared border on Monday.", "COOPERATE", "061"),
        ("The Irish prime minister offered his heartfelt apology to the survivors on Tuesday.", "SUPPORT", "055"),
        # letting in foreign forces, aid or inspectors is done access (RETREAT), each by its own CAMEO code
        ("Khartoum permitted the first 800 troops of the African Union force to deploy on Monday.", "RETREAT", "0861"),
        ("The junta allowed a cargo plane loaded with relief supplies to land in Yangon.", "RETREAT", "0863"),
        ("Egypt eased its blockade of the border crossing at Rafah on Sunday.", "RETREAT", "0872"),
        # forces sent to protect are protection given (AID), to guard or to the border a show of force
        ("Fiji sent 400 troops to Bougainville to keep the peace and protect villagers.", "AID", "074"),
        ("Chile dispatched 900 police to the port to guard the copper terminals.", "MOBILIZE", "153"),
        ("Nepal's ruling coalition held closed-door discussions with the Maoist leaders in Kathmandu.", "CONSULT", "040"),
        # parties a state sends away as a sanction, named as members of their body
        ("Syria expelled four members of the UN monitoring mission on Sunday.", "SANCTION", "1662"),
        ("Burundi ordered members of the UN peacekeeping mission to leave within a week.", "SANCTION", "1661"),
        # a court that orders a payment finds the payer liable; an order of what the lexicon can't name is one
        ("A court in Ottawa ordered Libya to pay $90 million in damages to the victims' families.", "SANCTION", "116"),
        ("The High Court ordered the interior ministry on Friday to produce the missing students.", "REQUEST", "100"),
        ("Rebel leaders gave the junta 72 hours on Sunday to release the prisoners or face an offensive.", "THREATEN", "139"),
        ("A Belarusian opposition leader was held by police for six hours at the border.", "COERCE", "173"),
        ("The Anglican archbishop of Kampala exhorted the two factions to rein in their fighters.", "REQUEST", "100"),
        ("Chile and Peru put their signatures to a fisheries accord in Lima on Monday.", "SUPPORT", "057"),
        ("Armenia and Georgia reopened their border to trade on Friday after a month's closure.", "COOPERATE", "061"),
        ("A Red Cross convoy carrying 30 tonnes of flour reached the besieged town of Gorazde.", "AID", "073"),
        ("The United Nations sent 1,500 more peacekeepers to Liberia on Tuesday.", "AID", "074"),
        ("Kidnappers handed over two Swiss engineers to tribal elders in Marib on Monday.", "RETREAT", "0841"),
        ("About 900 militia fighters handed in their weapons at a camp near Bouake.", "RETREAT", "0873"),
        ("The Sudanese delegation walked out of the peace talks in Abuja on Friday.", "SANCTION", "164"),
        ("Thousands of reservists were called to arms on Sunday as the crisis deepened.", "MOBILIZE", "154"),
        ("Gunmen snatched three Korean engineers from their hotel in Port Harcourt.", "ASSAULT", "181"),
        ("Beijing leapt to the defence of Pyongyang on Monday at the Security Council.", "SUPPORT", "052"),
        ("The president granted clemency to 300 political prisoners on Independence Day.", "CONCEDE", "081"),
        ("Nine opposition activists were cleared of sedition by a court in Harare on Monday.", "CONCEDE", "081"),
        ("Vietnamese and Thai troops began their first joint counter-piracy exercise on Friday.", "COOPERATE", "062"),
        ("NATO gave the rebels until midnight on Sunday to pull back their heavy guns or face air strikes.", "THREATEN", "139"),
        ("The Paris Club of creditor nations wrote off half of Zambia's foreign debt on Friday.", "AID", "071"),
        ("Tokyo froze a package of yen loans to Hanoi over the crackdown.", "SANCTION", "1621"),
        ("The IMF suspended a 300 million dollar loan to Malawi on Monday.", "SANCTION", "1621"),
        ("Khartoum threw 13 foreign aid agencies out of Darfur on Wednesday.", "SANCTION", "1663"),
        ("Croatia transferred the fugitive general to the war crimes tribunal in The Hague.", "COOPERATE", "063"),
        ("Colombian commandos freed 11 hostages held by the guerrillas in the jungle.", "AID", "070"),
        ("A contingent of 900 Burundian troops flew into Mogadishu to protect the government.", "AID", "074"),
        ("Militiamen on horseback raided three villages near Nyala on Sunday.", "ASSAULT", "190"),
        ("Spanish marines joined Moroccan troops in coastal exercises near Tangier.", "COOPERATE", "062"),
        ("Dhaka sought India's help in tracking down the bombers.", "REQUEST", "102"),
        ("Sweden gave sanctuary to 4,000 Syrians fleeing the fighting last year.", "AID", "075"),
        ("The WFP trucked 800 tonnes of maize into southern Malawi this week.", "AID", "073"),
        ("Seoul agreed to the opposition's demand for a direct presidential election.", "CONCEDE", "083"),
        ("President Museveni ordered the rebels to lay down their arms within 30 days.", "REQUEST", "1056"),
        ("Madrid formed a joint investigation team with French police on Monday.", "COOPERATE", "060"),
        ("French farmers blocked motorways in the south with tractors on Tuesday.", "PROTEST", "144"),
        ("The miners' union called a general strike for Monday.", "PROTEST", "143"),
        ("The federation said it would call a general strike unless the fuel price rise was rescinded.", "THREATEN", "133"),
        ("Washington shipped $30 million worth of rifles and helicopters to the army.", "AID", "072"),
        ("Pyongyang called off the next round of Red Cross talks with Seoul.", "SANCTION", "164"),
        ("Beijing froze imports of Norwegian salmon last month.", "SANCTION", "163"),
        ("Azerbaijan moved three armoured brigades toward the Armenian border on Thursday.", "MOBILIZE", "154"),
        ("About 300 students gathered outside the parliament in Lusaka on Monday to demand lower fees.", "PROTEST", "141"),
        ("A detained trade unionist in Belarus is on the twelfth day of a hunger strike, his wife said.", "PROTEST", "142"),
        ("Youths hurled rocks at riot police in the Guinean capital Conakry on Wednesday.", "PROTEST", "145"),
        ("Laos ordered two Thai diplomats to leave Vientiane within 48 hours on Friday.", "SANCTION", "166"),
        ("Mali ordered a French charity to close its offices and leave the country.", "SANCTION", "1663"),
        ("Nepal withdrew as mediator in the border dispute between its two neighbours.", "SANCTION", "165"),
        # a more specific noun key beats the verb's own: a ban on imports is a sanction, not a restriction
        ("Croatia imposed a ban on imports of pork from Serbia on Wednesday.", "SANCTION", "163"),
        ("Uganda's government lifted the curfew in the northern district of Gulu on Saturday.", "CONCEDE", "0813"),
        ("Ecuador's government ended the state of emergency in the province of Manabi on Friday.", "CONCEDE", "0814"),
        ("The lifting of the trade embargo on Myanmar by Thailand was announced on Monday.", "RETREAT", "085"),
        ("Sweden withdrew its objection to Turkey's bid to join the regional body.", "CONCEDE", "080"),
        ("Prosecutors in Lima charged a former transport minister with taking bribes on Tuesday.", "ACCUSE", "1121"),
        ("The opposition leader in Togo charged that the elections had been rigged by the ruling party.", "ACCUSE", "112"),
        ("Finland blocked a proposal by Hungary to delay the next round of sanctions on Wednesday.", "REJECT", "120"),
        # military goods delivered are military aid; peacekeepers, and soldiers sent to help, are aid too
        ("South Korea delivered 20 armoured vehicles to the Peruvian army on Tuesday.", "AID", "072"),
        ("Italy deployed 200 soldiers to help villagers cut off by the floods in Emilia-Romagna.", "AID", "073"),
        ("A company of Fijian peacekeepers was deployed to the Golan Heights on Monday.", "AID", "074"),
        # an approved loan is the aid itself
        ("The IMF approved a $500 million loan for Sri Lanka on Friday.", "AID", "071"),
        ("The World Bank approved $300 million in loans for Kenya on Tuesday.", "AID", "071"),  # the money is the loans
        # "refusing food" is a hunger strike, not a refusal
        ("A jailed blogger in Egypt has been refusing food since March, his sister said.", "PROTEST", "142"),
        ("Three detained journalists in Eritrea have been on hunger strike for a week.", "PROTEST", "142"),
        # "handed over 2,000 tents", whose "over" the parser may read as "more than"; aid given "in" money
        ("Qatar handed over 2,000 tents to families displaced by the floods in Libya.", "AID", "073"),
        ("Norway gave $40 million in humanitarian aid to Sudan on Monday.", "AID", "070"),
        ("Denmark suspended its budget support to Mozambique over the debt scandal.", "SANCTION", "162"),
        # "out" read as the head of "of" is a particle all the same
        ("Sweden is pulling its monitors out of the observer mission in Georgia.", "SANCTION", "1662"),
        ("The presidents of Chile and Peru spoke by video link on Friday about the fishing dispute.", "CONSULT", "041"),
        ("Kazakhstan's president received his Uzbek counterpart in Astana on Wednesday.", "CONSULT", "043"),
        # a counted crowd gathers to protest: "thousands of Kenyans converged"
        ("Thousands of Kenyans converged on Nairobi on Saturday for a rally against the tax bill.", "PROTEST", "141"),
        # a part of a place taken is a place taken
        ("Government troops captured part of a rebel stronghold near the Congolese border on Friday.", "ASSAULT", "190"),
        # people by their trade are people: a teacher deported is a person expelled
        ("Chinese authorities deported a Canadian teacher accused of preaching without a permit.", "COERCE", "174"),
        ("Zambia's ruling party bowed to opposition demands and dropped a clause barring candidates with foreign parents.", "CONCEDE", "083"),
        ("The military regime suspended the constitution and dissolved parliament on Thursday.", "COERCE", "172"),
        ("The European Community suspended its trade agreement with Yugoslavia on Friday.", "SANCTION", "160"),
        ("The two navies held joint manoeuvres in the Mediterranean on Tuesday.", "COOPERATE", "062"),
        # saying sorry is an apology; frozen contacts are a reduced relation; suspended disbursements are aid halted
        ("The Dutch prime minister said sorry to the families of the victims on Monday.", "SUPPORT", "055"),
        ("Seoul froze all contacts with the North after the sinking of the corvette.", "SANCTION", "161"),
        ("The African Development Bank suspended disbursements to Malawi on Thursday.", "SANCTION", "1621"),
        # "in" with its own object is no particle: backing given "in its dispute" is support, not giving in
        ("Gulf ministers gave their full backing on Sunday to Qatar in its dispute with Bahrain.", "SUPPORT", "050"),
        # agencies expelled; a state of emergency proclaimed; a politician placed under investigation; a boycotted vote
        ("Niger expelled two foreign aid agencies from the Agadez region on Monday.", "SANCTION", "1663"),
        ("The president of Malawi proclaimed a state of emergency in three districts on Friday.", "COERCE", "1724"),
        ("Prosecutors in Rome placed a former interior minister under investigation for bribery.", "ACCUSE", "090"),
        ("The main opposition parties in Benin shunned the parliamentary election on Sunday.", "PROTEST", "143"),
        # a vow with "unless" is an ultimatum, whatever it vows
        ("Opposition leaders in Lusaka vowed to shut down the capital unless the electoral commission resigned by Friday.", "THREATEN", "130"),
        # the one let in may be the subject of the clause
        ("Sudan allowed a team of UN investigators to visit Darfur on Monday.", "RETREAT", "0862"),
    ],
)
def test_a_rule_codes_its_sentence(pipeline: Pipeline, text: str, kind: str, cameo: str) -> None:
    assert (kind, cameo) in coded(events_of(pipeline, text))


def test_an_order_to_leave_has_the_expelled_as_recipients(pipeline: Pipeline) -> None:
    (event,) = [e for e in events_of(pipeline, "Laos ordered two Thai diplomats to leave Vientiane on Friday.") if e.type == "SANCTION"]
    assert [a.code for a in event.actors] == ["LAOGOV"]
    assert [r.text for r in event.recipients] == ["two Thai diplomats"]


def test_a_body_in_a_capital_is_of_that_country(pipeline: Pipeline) -> None:
    (event,) = events_of(pipeline, "A court in Tunis acquitted four journalists of defaming the state.")
    assert [a.code for a in event.actors] == ["TUNJUD"]


def test_an_opposed_country_acts_though_the_verb_is_passive_in_form(pipeline: Pipeline) -> None:
    events = events_of(pipeline, "Chile is opposed to Bolivian mediation in the dispute, a senior official said.")
    (event,) = [e for e in events if e.type == "REJECT"]
    assert [a.code for a in event.actors] == ["CHLGOV"]


@pytest.mark.parametrize(
    "text",
    [
        "Ministers from eleven Pacific states gathered in Suva on Monday for their annual forum.",
        "Spain conceded a penalty in the last minute of the match in Seville on Sunday.",
        "The Ghanaian football association was fined by the regional federation on Tuesday.",
        "A tropical storm threatened to flood the low-lying districts of Dhaka on Monday.",
        "The relief agency had more than $3 million of unspent donations in its accounts.",
        "Campaigners say better schools are the surest way to fight drug trafficking in the slums.",
        "President Assad told visiting U.S. senators in Damascus that Syria wanted peace.",
        "The Dutch brewer agreed to buy a rival in Brazil for $1.5 billion on Thursday.",
        "The Korean carmaker said it would mobilise two extra shifts at its plant in Ulsan.",
        "The chess champion launched a fierce attack on the queen's side of the board in Oslo.",
        "The utility said it could not meet the demand for electricity during the heatwave.",
        "The Italian director shot the final scene of the film in Palermo on Friday.",
        "The Mexican peso rallied against the dollar on Tuesday after the central bank's decision.",
        "The Belgian rider attacked on the last climb and won the stage by a minute.",
    ],
)
def test_sport_markets_and_business_code_nothing(pipeline: Pipeline, text: str) -> None:
    assert coded(events_of(pipeline, text)) == []


def test_a_call_for_an_official_to_go_is_a_demand_of_him(pipeline: Pipeline) -> None:
    text = "The opposition in Zambia called for the finance minister to step down over the loan scandal."
    (event,) = [e for e in events_of(pipeline, text) if e.type == "REQUEST"]
    assert event.cameo == "1041"
    assert [a.code for a in event.actors] == ["ZMBOPP"]
    assert [r.code for r in event.recipients] == ["ZMBGOV"]


def test_a_quoted_we_is_of_the_country_the_speaker_serves(pipeline: Pipeline) -> None:
    text = '"We have placed our border units on alert," the commander of the Kenyan army said on Monday.'
    (event,) = [e for e in events_of(pipeline, text) if e.type == "MOBILIZE"]
    assert [a.code for a in event.actors] == ["KENMIL"]


def test_a_withdrawal_of_troops_is_done_by_the_troops(pipeline: Pipeline) -> None:
    (event,) = events_of(pipeline, "The withdrawal of Rwandan troops from the border region was completed on Sunday.")
    assert (event.type, [a.code for a in event.actors]) == ("RETREAT", ["RWAMIL"])


def test_data_not_shared_is_a_negated_cooperation(pipeline: Pipeline) -> None:
    # the small model lemmatizes "data" to "datum"
    (event,) = events_of(pipeline, "Greece has not shared the passenger data with police in Cyprus, officials said.")
    assert (event.type, event.cameo, event.negated) == ("COOPERATE", "064", True)


def test_a_reporting_verb_reports_what_was_done_and_demands_nothing(pipeline: Pipeline) -> None:
    text = "Chad has not deployed soldiers to the Sudanese border, the army chief in N'Djamena insisted."
    events = events_of(pipeline, text)
    assert [(e.type, e.negated) for e in events] == [("MOBILIZE", True)]


@pytest.mark.parametrize(
    ("text", "kind", "recipient"),
    [
        ("Denmark is ready to send equipment to help protect Estonia if it is attacked, the Danish defence minister said.", "AGREE", "ESTGOV"),
        ("Ghana offered to contribute 800 troops to a regional force in Mali.", "AGREE", "MLIGOV"),
    ],
)
def test_a_party_the_parse_left_unattached_receives_the_event(pipeline: Pipeline, text: str, kind: str, recipient: str) -> None:
    (event,) = [e for e in events_of(pipeline, text) if e.type == kind]
    assert [r.code for r in event.recipients] == [recipient]


def test_an_event_told_as_the_setting_of_another_is_dropped(pipeline: Pipeline) -> None:
    events = events_of(pipeline, "Rwanda closed its border with Burundi on Monday after a curfew was imposed in Bujumbura.")
    assert [(e.type, e.cameo) for e in events] == [("COERCE", "191")]
    # a clause of its own with its doer named is still the setting of the closure
    events = events_of(pipeline, "Rwanda closed its border with Burundi after Burundian troops shelled a village near the frontier.")
    assert [(e.type, e.cameo) for e in events] == [("COERCE", "191")]
    # but an event named with its doer, as a noun, is one the sentence tells
    events = events_of(pipeline, "Rwanda closed its border with Burundi following Burundi's shelling of a village.")
    assert {e.cameo for e in events} == {"191", "194"}


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The Kremlin condemned the air strikes on Monday.", "RUSGOV"),
        ("The Knesset approved the border agreement with Egypt on Wednesday.", "ISRLEG"),
        ("The Duma rejected the arms treaty on Friday.", "RUSLEG"),  # not the Syrian town of Douma
        ("Downing Street welcomed the ceasefire on Sunday.", "GBRGOV"),
        ("The Élysée praised the agreement on Tuesday.", "FRAGOV"),
    ],
)
def test_a_seat_of_government_acting_is_its_body(pipeline: Pipeline, text: str, code: str) -> None:
    events = events_of(pipeline, text)
    assert events and [a.code for a in events[0].actors] == [code]


@pytest.mark.parametrize(
    ("text", "kind", "cameo"),
    [
        # words of the wire this lexicon learned from sentences written to test it
        ("Police in Almaty apprehended four Kyrgyz nationals on Thursday.", "COERCE", "173"),
        ("Soldiers combed the Mathare slum house by house on Tuesday.", "COERCE", "1711"),
        ("Jordan proscribed a Salafist youth movement on Monday.", "COERCE", "1722"),
        ("The Israeli army positioned tanks at the entrance to Jenin on Sunday.", "MOBILIZE", "154"),
        ("Japan scrambled fighter jets on Monday as Chinese bombers neared Okinawa.", "MOBILIZE", "152"),
        ("Indian authorities boosted security at Mumbai's railway stations on Friday.", "MOBILIZE", "153"),
        ("Britain raised its terrorism threat level to critical on Saturday.", "MOBILIZE", "151"),
        ("Syria summoned home its ambassador from Amman on Sunday.", "SANCTION", "161"),
        ("The Treasury added two Syrian banks to its sanctions blacklist on Monday.", "SANCTION", "163"),
        ("The Chadian rebels capitulated to government forces on Friday.", "RETREAT", "0874"),
        ("Sudanese troops dismantled three checkpoints outside Juba on Monday.", "RETREAT", "0872"),
        ("The Angolan president relinquished his post on Friday.", "RETREAT", "0831"),
        ("Bolivian President Evo Morales rang his Peruvian counterpart on Monday.", "CONSULT", "041"),
        ("The Kenyan president began a three-day tour of the Gulf on Sunday.", "CONSULT", "042"),
        ("Nepal's government loosened restrictions on foreign reporters on Wednesday.", "CONCEDE", "081"),
        ("Mexico accorded refugee status to 300 Guatemalans on Monday.", "AID", "075"),
        ("Venezuela furnished Cuba with two million barrels of crude oil last month.", "AID", "073"),
    ],
)
def test_the_wider_lexicon_codes_its_words(pipeline: Pipeline, text: str, kind: str, cameo: str) -> None:
    assert (kind, cameo) in coded(events_of(pipeline, text))


@pytest.mark.parametrize(
    ("text", "kind", "cameo"),
    [
        ("Britain and Germany have shelved aid packages worth 20 million euros for Malawi.", "SANCTION", "162"),
        ("The Security Council terminated sanctions against Liberia on Friday.", "RETREAT", "085"),
        ("Moscow placed an embargo on Georgian wine on Monday.", "SANCTION", "163"),
    ],
)
def test_what_is_ended_or_placed_and_what_a_package_holds(pipeline: Pipeline, text: str, kind: str, cameo: str) -> None:
    assert (kind, cameo) in coded(events_of(pipeline, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Iran pressed ahead with uranium enrichment at Natanz on Thursday.", []),
        ("France pressed Chad on Wednesday to open talks with the rebels.", [("REQUEST", "100")]),
        ("The EU lifted a visa ban on six Belarusian officials on Monday.", [("RETREAT", "085")]),
        ("Police turned water cannon on the marchers in Minsk on Sunday.", [("ASSAULT", "175")]),
        ("Hackers crippled the websites of two opposition newspapers on Wednesday.", [("COERCE", "170")]),
    ],
)
def test_pressing_ahead_sanctions_eased_crowds_hosed_and_sites_crippled(
    pipeline: Pipeline, text: str, expected: list[tuple[str, str]]
) -> None:
    assert coded(events_of(pipeline, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a past-tense verb the parser made a modifier of its object still codes
        ("The Swiss government froze assets linked to the ousted Tunisian president on Wednesday.", [("SANCTION", "163")]),
        ("Police placed the opposition leader under house arrest in Lahore on Friday.", [("COERCE", "173")]),
        ("Rioting spread through the city of Medan on Tuesday.", [("PROTEST", "145")]),
        ("The European Community dropped its remaining economic sanctions against South Africa on Monday.", [("RETREAT", "085")]),
        ("Algeria's parliament approved an amnesty for the guerrillas on Monday.", [("CONCEDE", "081")]),
    ],
)
def test_misparsed_verbs_objects_under_arrest_and_approved_amnesties(
    pipeline: Pipeline, text: str, expected: list[tuple[str, str]]
) -> None:
    assert coded(events_of(pipeline, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Riot police were on standby in Nairobi on Monday.", [("MOBILIZE", "150")]),
        ("Libya told thousands of Egyptian migrant workers to leave the country within 48 hours.", [("COERCE", "174")]),
        ("The embassy told its citizens to leave the country.", []),
        ("Israel called up three divisions of reservists on Friday.", [("MOBILIZE", "154")]),
        ("The caretaker government removed the ban on indoor political meetings on Sunday.", [("CONCEDE", "081")]),
        ("A Cairo court sentenced the sociologist to seven years in prison on Monday.", [("SANCTION", "116")]),
    ],
)
def test_readiness_orders_to_leave_call_ups_and_bans_removed(
    pipeline: Pipeline, text: str, expected: list[tuple[str, str]]
) -> None:
    assert coded(events_of(pipeline, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Some 8,000 police officers were mobilised across Lyon on Friday.", [("MOBILIZE", "154")]),
        ("The militarisation of the border worried diplomats.", []),
        ("About 5,000 officers had been posted in the capital's slums for the weekend.", [("MOBILIZE", "153")]),
        ("Government forces were building up along the northern frontier on Tuesday.", [("MOBILIZE", "154")]),
        ("Japan provided 20 million dollars in emergency funding for flood victims on Monday.", [("AID", "071")]),
        ("Turkey rushed two ships carrying blankets and medicine to the stricken port.", [("AID", "073")]),
        ("The navy permitted three fuel tankers to dock at the besieged port on Sunday.", [("RETREAT", "086")]),
        ("Chad expelled two foreign relief groups on Friday.", [("SANCTION", "1663")]),
        ("The ministry ordered the expulsion of 40 Nigerian traders on Monday.", [("COERCE", "174")]),
        ("The ministry ordered the expulsion of the Swedish charity's delegation on Monday.", [("SANCTION", "166")]),
        ("Algerian and Tunisian coastguards patrolled together off Tabarka on Monday.", [("COOPERATE", "062")]),
        ("Azerbaijan began shipping natural gas to Turkey through the new pipeline on Friday.", [("COOPERATE", "061")]),
        ("Russia shipped 5,000 tonnes of flour to Yemen on Monday.", [("AID", "073")]),
        ("The visiting Kenyan trade minister called on Indian Prime Minister Modi in New Delhi on Tuesday.",
         [("CONSULT", "042")]),
        ("Rights groups called on Prime Minister Modi to release the activists.", [("REQUEST", "100")]),  # no visit
        ("The league froze Libya's membership on Tuesday.", [("SANCTION", "166")]),
        ("The Security Council outlawed the country's coal exports on Friday.", [("SANCTION", "163")]),
        ("The pope sent a message of sympathy to the people of Nepal on Sunday.", [("SUPPORT", "051")]),
        ("Authorities shut down the internet across the province on Thursday.", [("COERCE", "1721")]),
        ("Forty Haitian migrants were forcibly repatriated by the Bahamas on Monday.", [("COERCE", "174")]),
        ("Ghana airlifted 800 soldiers into Freetown on Monday to protect civilians.", [("AID", "074")]),
        ("The prime minister sent congratulations to the new Chilean president on Sunday.", [("SUPPORT", "051")]),
        ("Austrian authorities froze bank accounts belonging to the former Ukrainian president on Friday.",
         [("SANCTION", "163")]),
        ("Kenyan police froze the bank accounts of a Kenyan governor on Friday.", [("COERCE", "172")]),
        ("Eritrea said it would pull back troops from the disputed plain by March.", [("AGREE", "0356")]),
        ("Uganda pulled back troops from the disputed island on Monday.", [("RETREAT", "0872")]),
    ],
)
def test_spellings_postings_funds_trade_joint_patrols_and_calls_on(
    pipeline: Pipeline, text: str, expected: list[tuple[str, str]]
) -> None:
    assert coded(events_of(pipeline, text)) == expected


@pytest.mark.parametrize(
    ("text", "kind", "cameo"),
    [
        # a crowd beating someone assaults that person; a crowd fighting police riots
        ("Supporters of the governor beat an opposition candidate outside a polling station in Kano.", "ASSAULT", "182"),
        ("A mob of youths beat two journalists covering the march on Sunday.", "ASSAULT", "182"),
        ("Hundreds of rioters attacked police stations across the city overnight.", "PROTEST", "145"),
        # a militia mobilising its fighters, counted
        ("The militia mobilised hundreds of gunmen in the hills above the town on Friday.", "MOBILIZE", "154"),
    ],
)
def test_who_a_crowd_beats_and_gunmen_mobilised(pipeline: Pipeline, text: str, kind: str, cameo: str) -> None:
    assert coded(events_of(pipeline, text)) == [(kind, cameo)]


@pytest.mark.parametrize(
    ("text", "kind", "cameo"),
    [
        # forces put on alert, the "on" hung on a place or a clause below the verb; "a war footing" misparsed
        ("Georgia put 40,000 troops in its eastern provinces on high alert on Monday.", "MOBILIZE", "152"),
        ("Armenia placed its units facing the enclave on maximum alert overnight.", "MOBILIZE", "152"),
        ("Portugal put its navy on a war footing after the trawlers were fired on.", "MOBILIZE", "152"),
        # police sent are police, named as such or by a compound
        ("The interior ministry rushed police reinforcements to the border town on Sunday.", "MOBILIZE", "153"),
        # systems crippled by hackers, movement restricted; aid of a kind named by its adjective
        ("Hackers crippled the computer systems of the Estonian parliament on Friday.", "COERCE", "170"),
        ("The junta restricted the movement of foreign journalists in the northern provinces.", "COERCE", "172"),
        ("Washington approved 70 million dollars in military assistance for the Lebanese army.", "AID", "072"),
    ],
)
def test_alerts_below_the_verb_police_reinforcements_and_aid_by_kind(pipeline: Pipeline, text: str, kind: str, cameo: str) -> None:
    assert coded(events_of(pipeline, text)) == [(kind, cameo)]


def test_an_offer_with_an_object_offers_the_object_not_its_purpose(pipeline: Pipeline) -> None:
    events = events_of(pipeline, "Senegal offered military help to Gambia to fight the rebels in the south.")
    assert coded(events) == [("AGREE", "0332")]  # an intent to give military aid
    assert all(e.type != "THREATEN" for e in events)


@pytest.mark.parametrize(
    ("text", "kind", "cameo"),
    [
        # power handed over is given up, as a resignation is; delegates gathered for a conference consult
        ("The military council handed power to an elected civilian government on Friday.", "RETREAT", "0831"),
        ("The ailing emir handed over power to his son on Tuesday.", "RETREAT", "0831"),
        ("Delegates from 40 countries gathered in Oslo for a conference on landmines.", "CONSULT", "040"),
    ],
)
def test_power_handed_over_and_delegates_gathered(pipeline: Pipeline, text: str, kind: str, cameo: str) -> None:
    assert coded(events_of(pipeline, text)) == [(kind, cameo)]


def test_what_a_leader_is_pressed_to_do_is_not_done(pipeline: Pipeline) -> None:
    text = "The Ivorian leader will not step down, defying growing pressure from ECOWAS to hand over power to his rival."
    events = events_of(pipeline, text)
    assert not [e for e in events if e.type == "RETREAT" and not e.negated and not e.hypothetical]


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        # an official the text gives no country is not of the country he acts on, in what states do to each other
        ("The government expelled the Dutch ambassador on Tuesday.", "GOV", "NLD"),
        ("The king received the visiting Japanese prime minister at the palace.", "GOV", "JPNGOV"),
        # named, each keeps its own country; high commissioners and consuls are diplomats expelled
        ("The Kenyan government expelled the British high commissioner on Friday.", "KENGOV", "GBR"),
        ("India expelled the Pakistani consul in Mumbai on Friday.", "INDGOV", "PAK"),
    ],
)
def test_an_actor_between_states_is_not_given_the_recipients_country(pipeline: Pipeline, text: str, actor: str, recipient: str) -> None:
    (event,) = [e for e in events_of(pipeline, text) if not e.negated]
    assert event.type in ("SANCTION", "CONSULT")
    assert [a.code for a in event.actors] == [actor]
    assert [r.code for r in event.recipients] == [recipient]


@pytest.mark.parametrize(
    ("text", "kind", "cameo"),
    [
        # "down" read as an adverb, a newspaper read as one, a people counted by name, refugees counted
        ("The Egyptian government closed down 40 human rights organisations on Sunday.", "COERCE", "172"),
        ("Police in Minsk shut down the city's last independent daily on Friday.", "COERCE", "1721"),
        ("Italy deported 40 Albanian Roma to Tirana on Wednesday.", "COERCE", "174"),
        ("Kenya opened its border to tens of thousands of refugees fleeing the drought.", "AID", "075"),
    ],
)
def test_particles_papers_peoples_and_refugees_the_parse_misreads(pipeline: Pipeline, text: str, kind: str, cameo: str) -> None:
    assert (kind, cameo) in coded(events_of(pipeline, text)), coded(events_of(pipeline, text))


@pytest.mark.parametrize(
    ("text", "kind", "cameo", "actor"),
    [
        # rulers by any name are the government; a military junta is the military
        ("The dictator agreed on Sunday to resign.", "AGREE", "0341", "GOV"),
        ("The junta freed 300 political prisoners on Sunday.", "RETREAT", "0841", "GOV"),
        ("Chile's military junta lifted the curfew in Santiago on Monday.", "CONCEDE", "0813", "CHLMIL"),
        # demands acceded to; sides taken, support restated, shoulders stood to
        ("The Nepali king acceded to the demands of the protesters on Monday.", "CONCEDE", "083", "NPLGOV"),
        ("Russia sided with Serbia in the dispute over the monastery.", "SUPPORT", "051", "RUSGOV"),
        ("Tokyo reaffirmed its support for Seoul's position on the islands.", "SUPPORT", "051", "JPNGOV"),
        ("Ghana stands shoulder to shoulder with the people of Liberia, the president said.", "SUPPORT", "051", "GHAGOV"),
    ],
)
def test_rulers_concessions_and_sides_taken(pipeline: Pipeline, text: str, kind: str, cameo: str, actor: str) -> None:
    events = [e for e in events_of(pipeline, text) if not e.negated and e.type == kind]
    assert [(e.cameo, [a.code for a in e.actors]) for e in events] == [(cameo, [actor])]


@pytest.mark.parametrize(
    ("text", "kind", "cameo"),
    [
        # "of" hung on the object, and a verb the model lemmatizes wrongly
        ("The junta stripped 30 exiled journalists of their citizenship on Friday.", "COERCE", "172"),
        ("Riot police cordoned off the centre of Minsk on Sunday.", "COERCE", "191"),
    ],
)
def test_citizenship_stripped_and_squares_cordoned_off(pipeline: Pipeline, text: str, kind: str, cameo: str) -> None:
    assert coded(events_of(pipeline, text)) == [(kind, cameo)]


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        # parties brought together, negotiators back at the table, a border crossed for a trip, ministers gathered
        ("Norwegian mediators brought the rival Sri Lankan delegations back together in Oslo.", "045"),
        ("Kenyan mediators brought rival Somali leaders together in Nairobi on Sunday.", "045"),
        ("Government and rebel negotiators went back to the bargaining table in Arusha on Monday.", "046"),
        ("The Greek prime minister crossed into Turkey by car on Friday for a landmark trip to Edirne.", "042"),
        ("Foreign ministers of the Arab League gathered in Cairo on Sunday for a two-day session.", "040"),
    ],
)
def test_meetings_brought_about_resumed_and_travelled_to(pipeline: Pipeline, text: str, cameo: str) -> None:
    assert ("CONSULT", cameo) in coded(events_of(pipeline, text)), coded(events_of(pipeline, text))


def test_flying_back_home_is_no_visit(pipeline: Pipeline) -> None:
    text = "The president escaped unhurt from the ambush and flew back to Cairo on Monday."
    assert all(kind != "CONSULT" for kind, _ in coded(events_of(pipeline, text)))


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        # assistance halted, a loan put on hold (however "hold" is parsed), representation downgraded, agencies
        # kicked out with a body the list names first
        ("Washington halted military assistance to Honduras on Friday.", "162"),
        ("The International Monetary Fund has put on hold a $300 million loan to Zambia.", "1621"),
        ("Bahrain downgraded its representation in Beirut to charge d'affaires level on Sunday.", "161"),
        ("Khartoum kicked out the Danish Refugee Council and three other aid agencies from Darfur.", "1663"),
    ],
)
def test_aid_halted_loans_held_and_agencies_kicked_out(pipeline: Pipeline, text: str, cameo: str) -> None:
    assert ("SANCTION", cameo) in coded(events_of(pipeline, text)), coded(events_of(pipeline, text))


@pytest.mark.parametrize(
    ("text", "kind", "cameo"),
    [
        # peacekeepers deployed are protection given, told by the noun as by the verb; other troops are mobilised
        ("The deployment of 3,000 UN peacekeepers began on Monday.", "AID", "074"),
        ("The Security Council approved the deployment of 3,000 additional peacekeepers on Friday.", "AID", "074"),
        ("The deployment of 3,000 troops to the border angered Pakistan.", "MOBILIZE", "154"),
        # an intent to give aid takes the kind of aid it names
        ("The Security Council voted to send 3,000 peacekeepers to Darfur.", "AGREE", "0334"),
        ("Japan pledged $300 million in soft loans to Vietnam on Monday.", "AGREE", "0331"),
        ("The Netherlands will send a team of 30 water engineers to help the flood-hit areas of Bangladesh.", "AGREE", "0333"),
    ],
)
def test_peacekeepers_deployed_and_aid_promised_by_its_kind(pipeline: Pipeline, text: str, kind: str, cameo: str) -> None:
    assert coded(events_of(pipeline, text)) == [(kind, cameo)]


@pytest.mark.parametrize(
    ("text", "kind", "cameo"),
    [
        # a siege lifted eases a blockade; a demand given up is a concession, not a surrender
        ("Government forces lifted the siege of the rebel-held town on Sunday.", "RETREAT", "0872"),
        ("The separatist leaders gave up their demand for independence on Friday.", "CONCEDE", "080"),
        ("The rebels gave up after a week of fighting.", "RETREAT", "0874"),
        # a town retaken is fought for, as one captured is
        ("Government troops recaptured the town from the rebels after two days of fighting.", "ASSAULT", "190"),
        ("The army retook the city from the militants on Sunday.", "ASSAULT", "190"),
    ],
)
def test_sieges_lifted_demands_given_up_and_towns_retaken(pipeline: Pipeline, text: str, kind: str, cameo: str) -> None:
    assert coded(events_of(pipeline, text)) == [(kind, cameo)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # calls, demands and ultimatums ignored are rejected, and what they asked for is not coded as done
        ("The junta ignored international calls to free the jailed opposition leader.", [("REJECT", "120")]),
        ("The rebels ignored the ultimatum and kept fighting.", [("REJECT", "120")]),
        ("He ignored the noise and kept reading.", []),
    ],
)
def test_what_is_ignored_is_rejected_when_it_was_asked(pipeline: Pipeline, text: str, expected: list[tuple[str, str]]) -> None:
    assert coded(events_of(pipeline, text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a results line or the words of a game make "beat", "fired a shot" and "attacked" play, not violence
        "Lions 3, Tigers 1: Jan Novak scored twice and Riga beat Tallinn.",
        "Novak won it in overtime when he fired a shot at the goaltender from the blue line.",
        "The visitors attacked from the start and had two goals disallowed before the break.",
        # a case fought in court is no battle
        "The publisher is battling extradition to Sweden, which accuses him of leaking state secrets.",
    ],
)
def test_games_and_cases_fought_in_court_are_no_assaults(pipeline: Pipeline, text: str) -> None:
    assert [kind for kind, _ in coded(events_of(pipeline, text)) if kind == "ASSAULT"] == []


def test_rebels_who_beat_and_fire_on_soldiers_still_assault(pipeline: Pipeline) -> None:
    assert ("ASSAULT", "193") in coded(events_of(pipeline, "Gunmen fired on a police patrol in Kandahar on Sunday."))
    assert coded(events_of(pipeline, "Government troops fought rebels for control of the airport."))[0][0] == "ASSAULT"
