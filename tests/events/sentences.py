"""Invented wire-copy sentences labelled with the PLOVER event each reports, for testing the event coder.

Every sentence was written for these tests; none is taken or adapted from a corpus or a gold file. People are
unnamed or invented; countries are real, so that actor countries can be checked.

Labels follow the definitions and "potential ambiguities" of the PLOVER manual (draft 0.8, 2021); where the manual
and the CAMEO-to-PLOVER conversion table differ, the manual decides (international sanctions are SANCTION
'discontinue', as the manual says, though the table sends CAMEO 163 to COERCE), unless the PLOVER gold standard
records side with the table: an apology or an expression of regret is SUPPORT (CAMEO 055), and a concession or
retreat announced for the future is AGREE (CAMEO's intents to yield, 035), where the manual's prose says CONCEDE
for both. Conventions:

- ``type`` is the sentence's main event; ``None`` for a sentence that reports no political event (a statement of
  fact, sport, weather, markets, an obituary, a human-interest story), some with event-like words on purpose
  ("beat", "retreated", "strike");
- future cooperation (meetings, visits, aid, joint action) and an announced future retreat or concession are
  AGREE; an announced use of force is THREATEN; a conditional offer or threat is the offer or threat
  itself (``hypothetical`` False); only an event the sentence merely supposes is ``hypothetical``;
- a negated sentence keeps the type of the event it says did not happen, with ``negated`` True;
- ``quoted``: the event is told inside a quotation, in the speaker's words;
- ``mode``: one of the modes the manual defines for the type, when one fits; ``None`` otherwise (and for the types
  the manual gives no modes: AGREE, SUPPORT, CONCEDE, COOPERATE, AID);
- actors and recipients are ``(words of the sentence naming them, ISO 3166 alpha-3 country or None, sector or
  None)``; the country is given when the sentence names it, a demonym of it or its capital; sectors are CAMEO's
  role codes (GOV, MIL, COP, JUD, LEG, OPP, PTY, REB, LAB, BUS, MED for media, HLH for health, EDU, AGR, CVL, REF,
  SPY) or IGO / NGO for international organisations. Participants of a meeting with no host are all actors; a
  visitor is the actor and the host the recipient;
- tags: passive (the event in the passive voice), nominal (the event as a noun: "the arrest of", "talks between"),
  compound (an actor or recipient of several members), negation, conditional, future, quoted, no-event, and mode
  (the wording names the mode outright: "by telephone", "tear gas", "hunger strike").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from dateline.records import Event

Actor = tuple[str, str | None, str | None]  # (words naming it, ISO3 country, sector)
Tag = Literal["passive", "nominal", "compound", "negation", "conditional", "future", "quoted", "no-event", "mode"]

TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)  # fmt: skip
TAGS: tuple[Tag, ...] = ("passive", "nominal", "compound", "negation", "conditional", "future", "quoted", "no-event", "mode")
# The modes the PLOVER manual's tables define, by type.
MODES: dict[str, tuple[str, ...]] = {
    "CONSULT": ("visit", "third-party", "multilateral", "phone"),
    "RETREAT": ("withdraw", "release", "disarm", "ceasefire", "access", "resign"),
    "REQUEST": ("assist", "change", "yield", "meet"),
    "ACCUSE": ("disapprove", "investigate", "allege"),
    "REJECT": ("assist", "change", "yield", "meet"),
    "THREATEN": ("restrict", "arrest", "relations", "expel", "territory", "violence"),
    "PROTEST": ("demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"),
    "SANCTION": ("convict", "expel", "withdraw", "discontinue"),
    "MOBILIZE": ("troops", "weapons", "police", "militia"),
    "COERCE": ("seize", "restrict", "censor", "curfew", "martial-law", "arrest", "deport", "withhold", "misinformation", "cyber"),
    "ASSAULT": (
        "abduct", "beat", "torture", "sexual", "targeted", "destroy", "primitive", "firearms", "explosives",
        "suicide-attack", "aerial", "drone", "heavy-weapons", "crowd-control", "unconventional",
    ),
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class EventSentence:
    """One labelled sentence; a label that contradicts itself (an actor not in the text, a mode the type lacks)
    is refused when the module is imported."""

    text: str
    type: str | None
    mode: str | None = None
    actors: tuple[Actor, ...] = ()
    recipients: tuple[Actor, ...] = ()
    negated: bool = False
    hypothetical: bool = False
    quoted: bool = False
    tags: tuple[Tag, ...] = ()

    def __post_init__(self) -> None:
        problems = []
        if self.type is not None and self.type not in TYPES:
            problems.append(f"unknown type {self.type}")
        if (self.type is None) != ("no-event" in self.tags):
            problems.append("the no-event tag goes with type None and only with it")
        if self.mode is not None and self.mode not in MODES.get(self.type or "", ()):
            problems.append(f"{self.mode!r} is no mode of {self.type}")
        if "mode" in self.tags and self.mode is None:
            problems.append("the mode tag needs a mode")
        for flag, tag in ((self.negated, "negation"), (self.quoted, "quoted")):
            if flag != (tag in self.tags):
                problems.append(f"the {tag} tag and its flag disagree")
        if self.hypothetical and "conditional" not in self.tags:
            problems.append("a hypothetical event is tagged conditional")
        problems.extend(f"unknown tag {tag}" for tag in self.tags if tag not in TAGS)
        problems.extend(f"{name!r} is not in the text" for name, _, _ in (*self.actors, *self.recipients) if name not in self.text)
        if problems:
            raise ValueError(f"{self.text[:60]!r}: {'; '.join(problems)}")


def no_event(text: str) -> EventSentence:
    return EventSentence(text, None, tags=("no-event",))


def coded_with_its_type(sentence: EventSentence, events: Sequence[Event]) -> bool:
    """Whether the coder found the sentence's event: of its type, negated if the sentence says it did not happen."""
    pool = events if sentence.negated else [event for event in events if not event.negated]
    return any(event.type == sentence.type for event in pool)


def raises_an_event(events: Sequence[Event]) -> bool:
    """Whether the coder found an event that happened (a false alarm, for a no-event sentence)."""
    return any(not event.negated for event in events)


S = EventSentence  # a short name for the rows of the table below

SENTENCES: tuple[EventSentence, ...] = (
    # --- AGREE ------------------------------------------------------------------------------------------------------
    S("The governments of Chile and Peru agreed on Thursday to set up a joint commission to manage their shared fisheries.",
      "AGREE", None, (("Chile", "CHL", "GOV"), ("Peru", "PER", "GOV")), tags=("compound",)),
    S("Norway offered to host a new round of peace talks between the Colombian government and the rebel group.",
      "AGREE", None, (("Norway", "NOR", "GOV"),), (("Colombian government", "COL", "GOV"), ("rebel group", None, "REB")), tags=("compound",)),
    S("Japan's prime minister will visit Hanoi next month for talks on maritime security, his office announced on Monday.",
      "AGREE", None, (("Japan's prime minister", "JPN", "GOV"),), (("Hanoi", "VNM", "GOV"),), tags=("future",)),
    S("Kenya pledged on Wednesday to send 500 police officers to join a multinational security mission in Haiti.",
      "AGREE", None, (("Kenya", "KEN", "GOV"),), (("Haiti", "HTI", None),)),
    S("The warring factions in Sudan said they were ready to accept a ceasefire brokered by the African Union.",
      "AGREE", None, (("warring factions in Sudan", "SDN", "MIL"),), (("African Union", None, "IGO"),)),
    S("Trade ministers from the twelve member states promised to ratify the new customs pact before the end of the year.",
      "AGREE", None, (("Trade ministers from the twelve member states", None, "GOV"),)),
    S("Ghana and Togo will begin joint patrols of their shared border in January under a deal announced on Friday.",
      "AGREE", None, (("Ghana", "GHA", "GOV"), ("Togo", "TGO", "GOV")), tags=("future", "compound")),
    S('"We are prepared to sit down with the opposition without preconditions," Venezuela\'s foreign minister told reporters in Caracas.',
      "AGREE", None, (("Venezuela's foreign minister", "VEN", "GOV"),), (("the opposition", None, "OPP"),), quoted=True, tags=("quoted",)),
    S("Seoul said it would resume food shipments to the North if Pyongyang returned to the disarmament talks.",
      "AGREE", None, (("Seoul", "KOR", "GOV"),), (("Pyongyang", "PRK", "GOV"),), tags=("conditional",)),
    S("Armenia has not agreed to the proposed border demarcation, a government spokeswoman said on Tuesday.",
      "AGREE", None, (("Armenia", "ARM", "GOV"),), negated=True, tags=("negation",)),
    S("Sanctions on Minsk would be lifted only if all political prisoners were freed, a European Union official said.",
      "AGREE", None, (("European Union official", None, "IGO"),), (("Minsk", "BLR", "GOV"),), tags=("conditional", "passive")),
    S("The presidents of Peru and Bolivia will meet in the border town of Desaguadero on Friday to discuss migration.",
      "AGREE", None, (("Peru", "PER", "GOV"), ("Bolivia", "BOL", "GOV")), tags=("future", "compound")),
    S("Kenya will resume sharing intelligence with Somalia's security agencies next month, the interior ministry said.",
      "AGREE", None, (("Kenya", "KEN", "GOV"),), (("Somalia's security agencies", "SOM", "SPY"),), tags=("future",)),
    S("Japan will provide $30 million in emergency aid to flood-hit Pakistan, the foreign ministry in Tokyo said on Tuesday.",
      "AGREE", None, (("Japan", "JPN", "GOV"),), (("flood-hit Pakistan", "PAK", None),), tags=("future",)),
    # --- CONSULT ----------------------------------------------------------------------------------------------------
    S("The foreign ministers of France and Germany met in Paris on Wednesday to discuss the bloc's budget.",
      "CONSULT", None, (("France", "FRA", "GOV"), ("Germany", "DEU", "GOV")), tags=("compound",)),
    S("Talks between Ethiopia and Egypt over the Nile dam resumed in Khartoum on Sunday under Sudanese auspices.",
      "CONSULT", "third-party", (("Ethiopia", "ETH", "GOV"), ("Egypt", "EGY", "GOV")), tags=("nominal", "compound", "mode")),
    S("Brazil's president spoke by telephone with his Argentine counterpart about the flooding along their border.",
      "CONSULT", "phone", (("Brazil's president", "BRA", "GOV"), ("Argentine counterpart", "ARG", "GOV")), tags=("mode",)),
    S("The Indonesian foreign minister arrived in Canberra on Monday for a two-day visit, the first since the fishing dispute.",
      "CONSULT", "visit", (("Indonesian foreign minister", "IDN", "GOV"),), (("Canberra", "AUS", "GOV"),), tags=("mode",)),
    S("Leaders of the Gulf Cooperation Council met in Doha on Tuesday for their annual summit.",
      "CONSULT", "multilateral", (("Leaders of the Gulf Cooperation Council", None, "IGO"),), tags=("mode",)),
    S("A new round of negotiations between Armenia and Azerbaijan was hosted by the European Union in Brussels on Thursday.",
      "CONSULT", "third-party", (("Armenia", "ARM", "GOV"), ("Azerbaijan", "AZE", "GOV")), tags=("passive", "nominal", "compound", "mode")),
    S('"We held frank and useful talks with our Chinese counterparts today," the Philippine defence secretary told a news conference.',
      "CONSULT", None, (("Philippine defence secretary", "PHL", "GOV"), ("Chinese counterparts", "CHN", "GOV")), quoted=True, tags=("quoted",)),
    S("The rival Libyan delegations did not meet face to face during the Geneva session, the UN envoy said.",
      "CONSULT", None, (("rival Libyan delegations", "LBY", "GOV"),), negated=True, tags=("negation",)),
    S("Union leaders and the transport minister held four hours of talks on Friday in an attempt to avert a rail stoppage.",
      "CONSULT", None, (("Union leaders", None, "LAB"), ("transport minister", None, "GOV")), tags=("compound",)),
    S("Turkey's president received the Lebanese prime minister in Ankara on Saturday.",
      "CONSULT", "visit", (("Lebanese prime minister", "LBN", "GOV"),), (("Turkey's president", "TUR", "GOV"),)),
    S("Senior officials from Tokyo and Beijing held a video call on Thursday to discuss seafood imports.",
      "CONSULT", "phone", (("Tokyo", "JPN", "GOV"), ("Beijing", "CHN", "GOV")), tags=("compound", "mode")),
    # --- SUPPORT ----------------------------------------------------------------------------------------------------
    S("The African Union praised Senegal for the peaceful conduct of Sunday's presidential election.",
      "SUPPORT", None, (("African Union", None, "IGO"),), (("Senegal", "SEN", "GOV"),)),
    S("India and Bangladesh signed an agreement on Tuesday to share water from the Teesta river.",
      "SUPPORT", None, (("India", "IND", "GOV"), ("Bangladesh", "BGD", "GOV")), tags=("compound",)),
    S("Portugal formally recognised the new government in Guinea-Bissau on Monday.",
      "SUPPORT", None, (("Portugal", "PRT", "GOV"),), (("government in Guinea-Bissau", "GNB", "GOV"),)),
    S("The regional peace plan was endorsed by the foreign ministers of the Arab League at a meeting in Cairo.",
      "SUPPORT", None, (("foreign ministers of the Arab League", None, "IGO"),), tags=("passive",)),
    S("Canada's prime minister voiced strong support for Ukraine's bid to join the European Union.",
      "SUPPORT", None, (("Canada's prime minister", "CAN", "GOV"),), (("Ukraine", "UKR", "GOV"),)),
    S('"Mexico stands firmly behind the Guatemalan people and their elected leaders," the Mexican foreign minister said.',
      "SUPPORT", None, (("Mexican foreign minister", "MEX", "GOV"),), (("Guatemalan people", "GTM", "CVL"),), quoted=True, tags=("quoted",)),
    S("The signing of a friendship treaty between Poland and Lithuania took place in Vilnius on Friday.",
      "SUPPORT", None, (("Poland", "POL", "GOV"), ("Lithuania", "LTU", "GOV")), tags=("nominal", "compound")),
    S("Uruguay did not endorse the joint declaration issued at the end of the regional summit.",
      "SUPPORT", None, (("Uruguay", "URY", "GOV"),), negated=True, tags=("negation",)),
    S("Kyrgyzstan and Tajikistan on Thursday ratified a treaty settling their long-disputed border.",
      "SUPPORT", None, (("Kyrgyzstan", "KGZ", "GOV"), ("Tajikistan", "TJK", "GOV")), tags=("compound",)),
    # --- CONCEDE ----------------------------------------------------------------------------------------------------
    S("Myanmar's military government pardoned more than 3,000 prisoners on Wednesday to mark a national holiday.",
      "CONCEDE", None, (("Myanmar's military government", "MMR", "GOV"),), (("prisoners", None, None),)),
    S("Rwanda announced it would withdraw its troops from the border area with Congo by the end of March.",
      "AGREE", None, (("Rwanda", "RWA", "GOV"),), tags=("future",)),
    S("Thailand's prime minister apologised on Tuesday for the police handling of the demonstrations in Bangkok.",
      "SUPPORT", None, (("Thailand's prime minister", "THA", "GOV"),)),
    S("A court in Tunis acquitted four journalists of defaming the state.",
      "CONCEDE", None, (("court in Tunis", "TUN", "JUD"),), (("four journalists", None, "MED"),)),
    S("Georgia's ruling party dropped its demand for a ban on the main opposition bloc.",
      "CONCEDE", None, (("Georgia's ruling party", "GEO", "PTY"),), (("main opposition bloc", None, "OPP"),)),
    S("An amnesty for thousands of draft evaders was granted by the Eritrean government on Monday.",
      "CONCEDE", None, (("Eritrean government", "ERI", "GOV"),), (("draft evaders", None, None),), tags=("passive", "nominal")),
    S("Teachers' unions in Kenya suspended their nationwide strike on Friday to make way for talks with the education ministry.",
      "CONCEDE", None, (("Teachers' unions in Kenya", "KEN", "LAB"),), (("education ministry", None, "GOV"),)),
    S('"We will ease the restrictions on opposition rallies starting next week," Cambodia\'s interior minister said on Sunday.',
      "AGREE", None, (("Cambodia's interior minister", "KHM", "GOV"),), (("opposition", None, "OPP"),), quoted=True, tags=("quoted", "future")),
    S("Egypt's government will release 200 political prisoners by the end of the week, the justice minister said.",
      "AGREE", None, (("Egypt's government", "EGY", "GOV"),), (("political prisoners", None, None),), tags=("future",)),
    # --- COOPERATE --------------------------------------------------------------------------------------------------
    S("Warships from Egypt and Saudi Arabia began a week of joint naval exercises in the Red Sea on Monday.",
      "COOPERATE", None, (("Egypt", "EGY", "MIL"), ("Saudi Arabia", "SAU", "MIL")), tags=("compound",)),
    S("Spain extradited a Moroccan national wanted on terrorism charges to Rabat on Thursday.",
      "COOPERATE", None, (("Spain", "ESP", "GOV"),), (("Rabat", "MAR", "GOV"),)),
    S("A suspected cocaine trafficker was extradited by Colombia to the United States this week.",
      "COOPERATE", None, (("Colombia", "COL", "GOV"),), (("United States", "USA", "GOV"),), tags=("passive",)),
    S("The intelligence services of Jordan and Iraq have begun sharing information on militant networks along their border.",
      "COOPERATE", None, (("Jordan", "JOR", "SPY"), ("Iraq", "IRQ", "SPY")), tags=("compound",)),
    S("The central banks of Vietnam and South Korea activated a currency swap line worth $2 billion on Tuesday.",
      "COOPERATE", None, (("Vietnam", "VNM", "GOV"), ("South Korea", "KOR", "GOV")), tags=("compound",)),
    S("The handover of three war crimes suspects by Serbia to the tribunal in The Hague was completed on Friday.",
      "COOPERATE", None, (("Serbia", "SRB", "GOV"),), (("tribunal", None, "IGO"),), tags=("nominal",)),
    S("Turkey has not shared the flight data with investigators from Azerbaijan, officials in Baku said.",
      "COOPERATE", None, (("Turkey", "TUR", "GOV"),), (("investigators from Azerbaijan", "AZE", None),), negated=True, tags=("negation",)),
    S("Police forces of Uganda and Tanzania began joint patrols on Lake Victoria on Sunday.",
      "COOPERATE", None, (("Uganda", "UGA", "COP"), ("Tanzania", "TZA", "COP")), tags=("compound",)),
    S('"Our two countries have begun exchanging radar data on missile launches," the Japanese defence minister said of the arrangement with South Korea.',
      "COOPERATE", None, (("Japanese defence minister", "JPN", "GOV"),), (("South Korea", "KOR", "GOV"),), quoted=True, tags=("quoted",)),
    # --- AID --------------------------------------------------------------------------------------------------------
    S("The World Food Programme delivered 40 tonnes of food to flood victims in northern Mozambique on Saturday.",
      "AID", None, (("World Food Programme", None, "IGO"),), (("flood victims in northern Mozambique", "MOZ", "CVL"),)),
    S("Germany granted asylum to a dissident journalist from Belarus, his lawyer said on Monday.",
      "AID", None, (("Germany", "DEU", "GOV"),), (("dissident journalist from Belarus", "BLR", "MED"),)),
    S("Emergency medical supplies were flown to Beirut by the Jordanian air force on Thursday.",
      "AID", None, (("Jordanian air force", "JOR", "MIL"),), (("Beirut", "LBN", None),), tags=("passive",)),
    S("The Paris Club agreed to cancel $1.2 billion of Zambia's external debt.",
      "AID", None, (("Paris Club", None, "IGO"),), (("Zambia", "ZMB", "GOV"),)),
    S("Nepalese soldiers rescued 14 hostages held by a criminal gang near the Indian border.",
      "AID", None, (("Nepalese soldiers", "NPL", "MIL"),), (("14 hostages", None, "CVL"),)),
    S("The delivery of two field hospitals by Qatar to quake-hit western Afghanistan was completed on Tuesday.",
      "AID", None, (("Qatar", "QAT", "GOV"),), (("western Afghanistan", "AFG", None),), tags=("nominal",)),
    S("Denmark sent two transport aircraft and 120 soldiers to help Greece fight wildfires north of Athens.",
      "AID", None, (("Denmark", "DNK", "GOV"),), (("Greece", "GRC", "GOV"),)),
    S("Aid agencies have not delivered food to the besieged Sudanese city of El Fasher for three weeks, the United Nations said.",
      "AID", None, (("Aid agencies", None, "NGO"),), (("Sudanese city of El Fasher", "SDN", None),), negated=True, tags=("negation",)),
    S('"We have handed over 3,000 tents and blankets to families who lost their homes," an official of the Turkish Red Crescent said in Aleppo.',
      "AID", None, (("Turkish Red Crescent", "TUR", "NGO"),), (("families who lost their homes", None, "CVL"),), quoted=True, tags=("quoted",)),
    # --- RETREAT ----------------------------------------------------------------------------------------------------
    S("Israel released 40 Palestinian prisoners on Monday under the terms of the truce.",
      "RETREAT", "release", (("Israel", "ISR", "GOV"),), (("Palestinian prisoners", "PSE", None),), tags=("mode",)),
    S("Russian forces pulled back from positions around the village overnight, the Ukrainian military said.",
      "RETREAT", "withdraw", (("Russian forces", "RUS", "MIL"),), tags=("mode",)),
    S("Two aid workers abducted in March were freed by their captors in southern Somalia on Sunday.",
      "RETREAT", "release", (("captors", None, None),), (("Two aid workers", None, "NGO"),), tags=("passive", "mode")),
    S("The interior minister of Peru resigned on Thursday after a week of unrest over fuel prices.",
      "RETREAT", "resign", (("interior minister of Peru", "PER", "GOV"),), tags=("mode",)),
    S("Rebels in the Central African Republic handed over 300 rifles to UN peacekeepers at a disarmament ceremony.",
      "RETREAT", "disarm", (("Rebels in the Central African Republic", "CAF", "REB"),), (("UN peacekeepers", None, "IGO"),), tags=("mode",)),
    S("Venezuela allowed a team of UN human rights monitors to enter the country on Wednesday.",
      "RETREAT", "access", (("Venezuela", "VEN", "GOV"),), (("UN human rights monitors", None, "IGO"),)),
    S("The withdrawal of French troops from Niger was completed on Friday, the defence ministry in Paris said.",
      "RETREAT", "withdraw", (("French troops", "FRA", "MIL"),), (("Niger", "NER", None),), tags=("nominal", "mode")),
    S("Azerbaijan has not returned the remaining Armenian prisoners of war, officials in Yerevan said on Tuesday.",
      "RETREAT", "release", (("Azerbaijan", "AZE", "GOV"),), (("Armenian prisoners of war", "ARM", "MIL"),), negated=True, tags=("negation",)),
    S('"The last of our soldiers left the buffer zone this morning," a spokesman for the Ethiopian army said.',
      "RETREAT", "withdraw", (("Ethiopian army", "ETH", "MIL"),), quoted=True, tags=("quoted", "mode")),
    S("Fighting stopped in the southern suburbs of Tripoli on Saturday as a ceasefire between the rival militias took hold.",
      "RETREAT", "ceasefire", (("rival militias", None, "REB"),), tags=("mode",)),
    S("Should the rebels reach the capital, the president might step down, according to a source close to him.",
      "RETREAT", "resign", (("the president", None, "GOV"),), hypothetical=True, tags=("conditional",)),
    # --- REQUEST ----------------------------------------------------------------------------------------------------
    S("The European Union called on Belgrade and Pristina to resume their dialogue without delay.",
      "REQUEST", "meet", (("European Union", None, "IGO"),), (("Belgrade", "SRB", "GOV"), ("Pristina", None, "GOV")), tags=("compound",)),
    S("Opposition leaders in Zimbabwe demanded that the government free 20 activists held since last month.",
      "REQUEST", "yield", (("Opposition leaders in Zimbabwe", "ZWE", "OPP"),), (("the government", None, "GOV"),)),
    S("Haiti's interim government asked the United Nations to send an international force to help restore order.",
      "REQUEST", "assist", (("Haiti's interim government", "HTI", "GOV"),), (("United Nations", None, "IGO"),)),
    S("Iran was urged by the UN nuclear watchdog to grant its inspectors full access to the underground site.",
      "REQUEST", "yield", (("UN nuclear watchdog", None, "IGO"),), (("Iran", "IRN", "GOV"),), tags=("passive",)),
    S("Slovakia's main opposition party called for the interior minister to resign over his handling of the inquiry.",
      "REQUEST", "change", (("Slovakia's main opposition party", "SVK", "OPP"),), (("interior minister", None, "GOV"),)),
    S('"We urge Washington to lift the embargo on medical equipment immediately," Cuba\'s foreign minister said in Havana.',
      "REQUEST", "yield", (("Cuba's foreign minister", "CUB", "GOV"),), (("Washington", "USA", "GOV"),), quoted=True, tags=("quoted",)),
    S("A request by Bolivia for emergency fuel supplies from Argentina was confirmed by officials in La Paz.",
      "REQUEST", "assist", (("Bolivia", "BOL", "GOV"),), (("Argentina", "ARG", "GOV"),), tags=("nominal",)),
    S("The Philippines has not asked for American military help in the standoff, its defence secretary said.",
      "REQUEST", "assist", (("The Philippines", "PHL", "GOV"),), (("American", "USA", "MIL"),), negated=True, tags=("negation",)),
    S("Pakistan asked the International Monetary Fund on Monday for an extension of its loan programme.",
      "REQUEST", "assist", (("Pakistan", "PAK", "GOV"),), (("International Monetary Fund", None, "IGO"),)),
    S("France, Britain and Germany jointly urged Tehran to return to the nuclear talks.",
      "REQUEST", "meet", (("France", "FRA", "GOV"), ("Britain", "GBR", "GOV"), ("Germany", "DEU", "GOV")), (("Tehran", "IRN", "GOV"),), tags=("compound",)),
    # --- ACCUSE -----------------------------------------------------------------------------------------------------
    S("Russia's foreign ministry condemned the expulsion of its diplomats from Estonia as a hostile act.",
      "ACCUSE", "disapprove", (("Russia's foreign ministry", "RUS", "GOV"),), (("Estonia", "EST", "GOV"),), tags=("mode",)),
    S("Prosecutors in Seoul charged a former defence minister with abuse of power on Friday.",
      "ACCUSE", "allege", (("Prosecutors in Seoul", "KOR", "JUD"),), (("former defence minister", None, "GOV"),), tags=("mode",)),
    S("The former mayor of Lima was accused by prosecutors of taking bribes from construction firms.",
      "ACCUSE", "allege", (("prosecutors", None, "JUD"),), (("former mayor of Lima", "PER", "GOV"),), tags=("passive", "mode")),
    S("Parliament in Kyiv opened an investigation into the purchase of military rations.",
      "ACCUSE", "investigate", (("Parliament in Kyiv", "UKR", "LEG"),), tags=("mode",)),
    S("An inquiry by the African Union into the killings in the Tigray region began on Monday.",
      "ACCUSE", "investigate", (("African Union", None, "IGO"),), tags=("nominal", "mode")),
    S("Colombia summoned Venezuela's ambassador on Wednesday to complain about an incursion by Venezuelan troops.",
      "ACCUSE", "disapprove", (("Colombia", "COL", "GOV"),), (("Venezuela's ambassador", "VEN", "GOV"),)),
    S('"This government has lied to the people about the state of the economy," the leader of Hungary\'s largest opposition party told parliament.',
      "ACCUSE", "allege", (("leader of Hungary's largest opposition party", "HUN", "OPP"),), (("This government", None, "GOV"),), quoted=True, tags=("quoted",)),
    S("Beijing has not blamed Manila for the collision at sea, a foreign ministry spokesman said.",
      "ACCUSE", None, (("Beijing", "CHN", "GOV"),), (("Manila", "PHL", "GOV"),), negated=True, tags=("negation",)),
    S("Human rights groups and the United Nations criticised Egypt for the mass trial of protesters.",
      "ACCUSE", "disapprove", (("Human rights groups", None, "NGO"), ("United Nations", None, "IGO")), (("Egypt", "EGY", "GOV"),), tags=("compound", "mode")),
    S("Lesotho filed a complaint with the regional court accusing South Africa of blocking trucks at the border.",
      "ACCUSE", "allege", (("Lesotho", "LSO", "GOV"),), (("South Africa", "ZAF", "GOV"),)),
    # --- REJECT -----------------------------------------------------------------------------------------------------
    S("Israel rejected a proposal by Egyptian mediators for a three-day truce.",
      "REJECT", "yield", (("Israel", "ISR", "GOV"),), (("Egyptian mediators", "EGY", "GOV"),)),
    S("Hungary vetoed the bloc's new aid package for Ukraine on Thursday.",
      "REJECT", "assist", (("Hungary", "HUN", "GOV"),), (("bloc", None, "IGO"),)),
    S("A request for asylum by a former Syrian general was turned down by the Danish authorities.",
      "REJECT", "assist", (("Danish authorities", "DNK", "GOV"),), (("former Syrian general", "SYR", "MIL"),), tags=("passive",)),
    S("Serbia refused to allow a delegation of European lawmakers to enter the country.",
      "REJECT", "yield", (("Serbia", "SRB", "GOV"),), (("European lawmakers", None, "LEG"),)),
    S("The Malian junta rejected calls from West African leaders to hold elections by February.",
      "REJECT", "change", (("Malian junta", "MLI", "GOV"),), (("West African leaders", None, "GOV"),)),
    S('"We will never accept foreign troops on our soil," the Nicaraguan president told supporters in Managua.',
      "REJECT", None, (("Nicaraguan president", "NIC", "GOV"),), quoted=True, tags=("quoted",)),
    S("The government in Lusaka has not rejected the mining union's wage proposal, a labour ministry official said.",
      "REJECT", None, (("government in Lusaka", "ZMB", "GOV"),), (("mining union", None, "LAB"),), negated=True, tags=("negation",)),
    S("Pakistan called off a planned meeting of foreign secretaries with India after the border shooting.",
      "REJECT", "meet", (("Pakistan", "PAK", "GOV"),), (("India", "IND", "GOV"),)),
    S("Egypt and Jordan rejected any plan to resettle people from Gaza on their territory.",
      "REJECT", None, (("Egypt", "EGY", "GOV"), ("Jordan", "JOR", "GOV")), tags=("compound",)),
    S("Parliament's rejection of the budget compromise on Tuesday plunged Romania into a fresh political crisis.",
      "REJECT", None, (("Parliament", "ROU", "LEG"),), tags=("nominal",)),
    # --- THREATEN ---------------------------------------------------------------------------------------------------
    S("North Korea threatened to launch more missiles if the joint military drills went ahead.",
      "THREATEN", "violence", (("North Korea", "PRK", "GOV"),), tags=("conditional",)),
    S("Turkey warned it would close its airspace to Israeli flights if the strikes on Lebanon continued.",
      "THREATEN", "restrict", (("Turkey", "TUR", "GOV"),), (("Israeli flights", "ISR", None),), tags=("conditional",)),
    S("Moscow threatened to expel Polish diplomats in response to the closure of its consulate in Poznan.",
      "THREATEN", "expel", (("Moscow", "RUS", "GOV"),), (("Polish diplomats", "POL", "GOV"),), tags=("mode",)),
    S("China warned Washington on Monday that it would suspend climate talks over the planned arms sale.",
      "THREATEN", "relations", (("China", "CHN", "GOV"),), (("Washington", "USA", "GOV"),)),
    S("The striking copper miners were threatened with arrest by the police chief of Chile's Antofagasta province.",
      "THREATEN", "arrest", (("police chief of Chile's Antofagasta province", "CHL", "COP"),), (("striking copper miners", None, "LAB"),), tags=("passive", "mode")),
    S("A court in Caracas issued an arrest warrant for the exiled opposition leader, who lives in Madrid.",
      "THREATEN", "arrest", (("court in Caracas", "VEN", "JUD"),), (("exiled opposition leader", None, "OPP"),), tags=("mode",)),
    S('"Any ship that enters our waters without permission will be fired upon," the commander of Iran\'s navy said.',
      "THREATEN", "violence", (("commander of Iran's navy", "IRN", "MIL"),), quoted=True, tags=("quoted", "conditional")),
    S("Azerbaijan threatened to take the remaining disputed villages by force.",
      "THREATEN", "territory", (("Azerbaijan", "AZE", "GOV"),), tags=("mode",)),
    S("The United States has not threatened Venezuela with military action, the White House said on Friday.",
      "THREATEN", "violence", (("The United States", "USA", "GOV"),), (("Venezuela", "VEN", "GOV"),), negated=True, tags=("negation",)),
    S("Niger, Mali and Burkina Faso warned they would quit the regional bloc if it kept its sanctions in place.",
      "THREATEN", "relations", (("Niger", "NER", "GOV"), ("Mali", "MLI", "GOV"), ("Burkina Faso", "BFA", "GOV")), (("regional bloc", None, "IGO"),), tags=("compound", "conditional")),
    S("Unions in France warned they would call a general strike if the pension bill passed the Senate.",
      "THREATEN", "restrict", (("Unions in France", "FRA", "LAB"),), tags=("conditional",)),
    S("Myanmar's army will launch a major offensive against rebel strongholds in Shan state next week, a military spokesman said.",
      "THREATEN", "violence", (("Myanmar's army", "MMR", "MIL"),), (("rebel strongholds", None, "REB"),), tags=("future",)),
    # --- PROTEST ----------------------------------------------------------------------------------------------------
    S("Thousands of people marched through the centre of Tbilisi on Sunday to protest against the new media law.",
      "PROTEST", "demo", (("Thousands of people", None, "CVL"),), tags=("mode",)),
    S("Rioters set fire to cars and looted shops in the port city of Mombasa overnight.",
      "PROTEST", "riot", (("Rioters", None, "CVL"),)),
    S("Doctors in Nigeria began an indefinite strike on Monday over unpaid salaries.",
      "PROTEST", "strike", (("Doctors in Nigeria", "NGA", "HLH"),), tags=("mode",)),
    S("Five jailed activists in Bahrain have been on hunger strike for two weeks in protest at their conditions.",
      "PROTEST", "hunger", (("jailed activists in Bahrain", "BHR", "OPP"),), tags=("mode",)),
    S("Polish farmers blocked the main border crossing with Ukraine with their tractors for a third day.",
      "PROTEST", "obstruct", (("Polish farmers", "POL", "AGR"),), tags=("mode",)),
    S("The Danish embassy in Islamabad was surrounded by angry demonstrators on Friday.",
      "PROTEST", "demo", (("demonstrators", None, "CVL"),), (("Danish embassy", "DNK", "GOV"),), tags=("passive",)),
    S("A demonstration by taxi drivers against ride-hailing apps brought traffic in Lisbon to a halt.",
      "PROTEST", "demo", (("taxi drivers", None, "LAB"),), tags=("nominal", "mode")),
    S('"We shut down every garment factory in the district today," a union organiser in Dhaka said.',
      "PROTEST", "strike", (("union organiser in Dhaka", "BGD", "LAB"),), quoted=True, tags=("quoted",)),
    S("Opposition parties in Togo boycotted Sunday's parliamentary election.",
      "PROTEST", "boycott", (("Opposition parties in Togo", "TGO", "OPP"),), tags=("mode",)),
    S("Teachers in Buenos Aires did not walk out on Monday as planned after a last-minute pay offer.",
      "PROTEST", "strike", (("Teachers in Buenos Aires", "ARG", "EDU"),), negated=True, tags=("negation",)),
    S("Students and teachers rallied outside the education ministry in Santiago to demand more funding.",
      "PROTEST", "demo", (("Students", None, "EDU"), ("teachers", None, "EDU")), (("education ministry", None, "GOV"),), tags=("compound",)),
    S("A walkout by air traffic controllers, if it went ahead, would ground most flights in Italy next week.",
      "PROTEST", "strike", (("air traffic controllers", None, "LAB"),), hypothetical=True, tags=("nominal", "conditional")),
    # --- SANCTION ---------------------------------------------------------------------------------------------------
    S("Lithuania expelled two Russian diplomats on Wednesday, accusing them of spying.",
      "SANCTION", "expel", (("Lithuania", "LTU", "GOV"),), (("Russian diplomats", "RUS", "GOV"),), tags=("mode",)),
    S("The Maldives recalled its ambassador from New Delhi over remarks by an Indian minister.",
      "SANCTION", "withdraw", (("The Maldives", "MDV", "GOV"),), (("New Delhi", "IND", "GOV"),)),
    S("Honduras cut diplomatic ties with Nicaragua on Tuesday over a fishing dispute in the Gulf of Fonseca.",
      "SANCTION", "discontinue", (("Honduras", "HND", "GOV"),), (("Nicaragua", "NIC", "GOV"),)),
    S("Military aid to Myanmar was suspended by the Indian government after the crackdown.",
      "SANCTION", "discontinue", (("Indian government", "IND", "GOV"),), (("Myanmar", "MMR", "GOV"),), tags=("passive",)),
    S("Australia imposed financial sanctions on six Iranian officials over the treatment of protesters.",
      "SANCTION", "discontinue", (("Australia", "AUS", "GOV"),), (("Iranian officials", "IRN", "GOV"),)),
    S("A court in Istanbul convicted the newspaper's editor of spreading propaganda and fined him.",
      "SANCTION", "convict", (("court in Istanbul", "TUR", "JUD"),), (("newspaper's editor", None, "MED"),), tags=("mode",)),
    S("The expulsion of Burundi from the regional trade bloc took effect on Monday.",
      "SANCTION", "expel", (("regional trade bloc", None, "IGO"),), (("Burundi", "BDI", "GOV"),), tags=("nominal", "mode")),
    S("Brazil has not cut its trade links with Caracas despite pressure from its neighbours.",
      "SANCTION", "discontinue", (("Brazil", "BRA", "GOV"),), (("Caracas", "VEN", "GOV"),), negated=True, tags=("negation",)),
    S("Sweden and Finland withdrew their observers from the monitoring mission in Georgia on Friday.",
      "SANCTION", "withdraw", (("Sweden", "SWE", "GOV"), ("Finland", "FIN", "GOV")), (("Georgia", "GEO", None),), tags=("compound", "mode")),
    S('"We are cutting off all fuel sales to the junta as of today," the Algerian energy minister said of the military government in Niger.',
      "SANCTION", "discontinue", (("Algerian energy minister", "DZA", "GOV"),), (("military government in Niger", "NER", "GOV"),), quoted=True, tags=("quoted",)),
    # --- MOBILIZE ---------------------------------------------------------------------------------------------------
    S("India moved two additional army divisions to its border with China this week.",
      "MOBILIZE", "troops", (("India", "IND", "MIL"),), (("China", "CHN", None),), tags=("mode",)),
    S("Serbia put its armed forces on the highest level of combat readiness on Sunday.",
      "MOBILIZE", "troops", (("Serbia", "SRB", "MIL"),)),
    S("Riot police were deployed in large numbers across the Kenyan capital ahead of Tuesday's planned march.",
      "MOBILIZE", "police", (("Riot police", None, "COP"),), tags=("passive", "mode")),
    S("Taiwan's navy sent warships and missile boats to shadow Chinese vessels near its coast.",
      "MOBILIZE", "weapons", (("Taiwan's navy", "TWN", "MIL"),), (("Chinese vessels", "CHN", "MIL"),), tags=("mode",)),
    S("A militia loyal to the regional governor mobilised hundreds of fighters outside the city of Gondar.",
      "MOBILIZE", "militia", (("militia", None, "REB"),), tags=("mode",)),
    S("Russia's Baltic Fleet began large-scale live-fire exercises in the Baltic Sea on Tuesday.",
      "MOBILIZE", None, (("Russia's Baltic Fleet", "RUS", "MIL"),)),
    S("Thousands of reservists were called up by the Armenian defence ministry on Friday.",
      "MOBILIZE", "troops", (("Armenian defence ministry", "ARM", "GOV"),), tags=("passive", "mode")),
    S("The deployment of 2,000 South African troops along the border with Mozambique was completed on Monday.",
      "MOBILIZE", "troops", (("South African troops", "ZAF", "MIL"),), tags=("nominal", "mode")),
    S("Greece has not mobilised its navy in response to the Turkish survey ship, a government spokesman said.",
      "MOBILIZE", "weapons", (("Greece", "GRC", "MIL"),), negated=True, tags=("negation",)),
    S('"Our forces along the northern frontier have been placed on full alert," the Algerian army chief of staff said.',
      "MOBILIZE", "troops", (("Algerian army chief of staff", "DZA", "MIL"),), quoted=True, tags=("quoted", "passive")),
    # --- COERCE -----------------------------------------------------------------------------------------------------
    S("Police in Minsk detained at least 30 people who gathered outside the court on Thursday.",
      "COERCE", "arrest", (("Police in Minsk", "BLR", "COP"),), (("at least 30 people", None, "CVL"),), tags=("mode",)),
    S("A prominent human rights lawyer was detained by security agents in Cairo late on Monday.",
      "COERCE", "arrest", (("security agents", None, "COP"),), (("human rights lawyer", None, None),), tags=("passive", "mode")),
    S("The arrest of the opposition leader in Dakar on Saturday set off a wave of anger among his supporters.",
      "COERCE", "arrest", (), (("opposition leader", None, "OPP"),), tags=("nominal", "mode")),
    S("Uganda imposed a dusk-to-dawn curfew on the border district after a spate of cattle raids.",
      "COERCE", "curfew", (("Uganda", "UGA", "GOV"),), tags=("mode",)),
    S("Ecuador's president declared a state of emergency across three coastal provinces on Monday to fight gang violence.",
      "COERCE", "martial-law", (("Ecuador's president", "ECU", "GOV"),), tags=("mode",)),
    S("Tajikistan deported 40 Afghan refugees across the border on Friday, rights groups said.",
      "COERCE", "deport", (("Tajikistan", "TJK", "GOV"),), (("Afghan refugees", "AFG", "REF"),), tags=("mode",)),
    S("The authorities in Hanoi shut down an independent news website and blocked its social media accounts.",
      "COERCE", "censor", (("authorities in Hanoi", "VNM", "GOV"),), (("independent news website", None, "MED"),)),
    S("Iranian authorities cut mobile internet access in several western provinces on Saturday.",
      "COERCE", "withhold", (("Iranian authorities", "IRN", "GOV"),)),
    S("Security forces raided the offices of the main opposition party in Kinshasa and seized computers.",
      "COERCE", "seize", (("Security forces", None, "COP"),), (("main opposition party", None, "OPP"),), tags=("mode",)),
    S('"We have banned this party because it incites hatred," the Kazakh justice minister told reporters.',
      "COERCE", "restrict", (("Kazakh justice minister", "KAZ", "GOV"),), (("this party", None, "PTY"),), quoted=True, tags=("quoted",)),
    S("No journalists were arrested during the protests in Nairobi, the police spokesman said.",
      "COERCE", "arrest", (), (("journalists", None, "MED"),), negated=True, tags=("negation", "passive")),
    S("Police and soldiers cordoned off the university campus in Yangon and stopped students from leaving.",
      "COERCE", "restrict", (("Police", None, "COP"), ("soldiers", None, "MIL")), (("students", None, "EDU"),), tags=("compound",)),
    S("Hackers working for a foreign intelligence agency broke into the computer systems of Albania's tax office.",
      "COERCE", "cyber", (("Hackers", None, "SPY"),), (("Albania's tax office", "ALB", "GOV"),)),
    S("A Chinese blockade of the island, were it to happen, would cut off most of its energy imports, analysts said.",
      "COERCE", "restrict", (("Chinese", "CHN", "MIL"),), hypothetical=True, tags=("nominal", "conditional")),
    # --- ASSAULT ----------------------------------------------------------------------------------------------------
    S("Israeli aircraft struck targets in southern Lebanon on Wednesday, killing four people.",
      "ASSAULT", "aerial", (("Israeli aircraft", "ISR", "MIL"),), (("southern Lebanon", "LBN", None),), tags=("mode",)),
    S("A car bomb exploded outside a police station in Mogadishu, killing at least six officers.",
      "ASSAULT", "explosives", (), (("police station in Mogadishu", "SOM", "COP"),), tags=("mode",)),
    S("Three villagers were shot dead by soldiers near the town of Bunia on Sunday.",
      "ASSAULT", "firearms", (("soldiers", None, "MIL"),), (("Three villagers", None, "CVL"),), tags=("passive", "mode")),
    S("Gunmen kidnapped 25 pupils from a boarding school in northwestern Nigeria.",
      "ASSAULT", "abduct", (("Gunmen", None, None),), (("25 pupils", None, "EDU"),), tags=("mode",)),
    S("Police fired tear gas and water cannon at protesters in Lima on Thursday.",
      "ASSAULT", "crowd-control", (("Police", None, "COP"),), (("protesters", None, "CVL"),), tags=("mode",)),
    S("Ukrainian artillery shelled Russian positions near the river throughout the night.",
      "ASSAULT", "heavy-weapons", (("Ukrainian artillery", "UKR", "MIL"),), (("Russian positions", "RUS", "MIL"),), tags=("mode",)),
    S("A drone attack on an oil refinery in the Russian region of Ryazan set a storage tank on fire.",
      "ASSAULT", "drone", (), (("oil refinery in the Russian region of Ryazan", "RUS", "BUS"),), tags=("nominal", "mode")),
    S("The assassination of a provincial governor in eastern Afghanistan on Tuesday was the third such killing this year.",
      "ASSAULT", "targeted", (), (("provincial governor in eastern Afghanistan", "AFG", "GOV"),), tags=("nominal", "mode")),
    S('"Our artillery destroyed three enemy tanks this morning," an Armenian army spokesman said.',
      "ASSAULT", "heavy-weapons", (("Armenian army", "ARM", "MIL"),), quoted=True, tags=("quoted",)),
    S("Neither side fired a shot along the ceasefire line on Monday, the monitors reported.",
      "ASSAULT", None, negated=True, tags=("negation",)),
    S("Men armed with machetes attacked a village in central Mali, killing 12 people.",
      "ASSAULT", "primitive", (("Men armed with machetes", None, None),), (("village in central Mali", "MLI", "CVL"),), tags=("mode",)),
    S("Soldiers from Chad and Niger attacked militant camps near Lake Chad on Saturday.",
      "ASSAULT", None, (("Chad", "TCD", "MIL"), ("Niger", "NER", "MIL")), (("militant camps", None, "REB"),), tags=("compound",)),
    S("If the talks collapse, fighting could resume along the disputed frontier within days, analysts warned.",
      "ASSAULT", None, hypothetical=True, tags=("conditional",)),
    S("A protester was beaten by plainclothes officers outside the parliament in Tbilisi, witnesses said.",
      "ASSAULT", "beat", (("plainclothes officers", None, "COP"),), (("A protester", None, "CVL"),), tags=("passive", "mode")),
    # --- no event: statements, sport, weather, markets, obituaries, human interest ------------------------------------
    no_event("The finance ministry said inflation slowed to 4.2 percent in September from 4.9 percent a month earlier."),
    no_event("Officials in Nairobi said the census results would be published before the end of the year."),
    no_event("The central bank governor said she expected growth to pick up in the second half of the year."),
    no_event("A spokeswoman said the minister was in good health and would be back at work on Monday."),
    no_event("The electoral commission said turnout in Sunday's vote reached 61 percent, the highest in two decades."),
    no_event("Scientists in Norway said the glacier had shrunk by a fifth since 1990."),
    no_event("Brazil beat Argentina 2-1 in Buenos Aires on Tuesday to go top of the qualifying group."),
    no_event("The French striker fired a late shot past the keeper to seal a 3-0 win over Portugal."),
    no_event("Australia's openers attacked from the first over as their side chased down 280 in Perth."),
    no_event("Kenyan runners swept the first four places in the Berlin marathon on Sunday."),
    no_event("The defending champion retreated to the baseline and saved three match points before losing the final set."),
    no_event("Heavy rain battered the coast of Kerala for a third day, flooding roads and closing schools."),
    no_event("Temperatures in Seville climbed to 44 degrees Celsius on Monday, the highest reading of the summer."),
    no_event("A tropical storm is expected to strike the southern Philippines late on Thursday, forecasters said."),
    no_event("Snow closed the main mountain pass between Georgia and Russia for the second time this week."),
    no_event("Shares in Tokyo fell 2 percent on Friday as investors worried about slowing demand from China."),
    no_event("Oil prices rose above $90 a barrel after data showed a sharp drop in American stockpiles."),
    no_event("The dollar retreated against the yen in early trading, while gold held near a record high."),
    no_event("The rand weakened sharply after South Africa's statistics office reported a contraction in mining output."),
    no_event("Copper futures posted their biggest weekly gain since March on hopes of stronger Chinese demand."),
    no_event("Tomas Varga, who led Slovakia's largest trade union for two decades, died on Sunday at the age of 88."),
    no_event("The novelist Amara Okonkwo, whose books were translated into 30 languages, has died in Lagos aged 79."),
    no_event("Jazz pianist Lars Heikkinen died peacefully at his home in Helsinki on Tuesday, his family said."),
    no_event("A baby elephant born at the zoo in Chester has been named after the keeper who delivered her."),
    no_event("Villagers in the Scottish Highlands raised enough money to reopen their only pub."),
    no_event("A 102-year-old woman in Osaka became the oldest person in Japan to complete a university degree."),
    no_event("A lost dog was found alive after surviving 12 days on a mountain in the Swiss Alps."),
    no_event("Fishermen in Senegal landed a record catch of sardines this week, the harbour master said."),
    no_event("The museum in Cairo unveiled a restored statue of a pharaoh on Saturday."),
    no_event("Traffic on the bridge between Denmark and Sweden was heavier than usual over the holiday weekend."),
    no_event('"The economy is on the right track," the Polish prime minister told parliament on Wednesday.'),
    no_event("The opera house in Sydney will close for six months next year for repairs to its roof."),
)
