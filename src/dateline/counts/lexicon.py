"""The words that say what a count counts: verbs, status words and nouns, each with the count type it gives.

Entries are lemmas as spaCy's English pipeline gives them ("fled" is "flee", "freed" is "free", "protesters" is
"protester"); the finder also tries the lower-cased word, for the participles the model leaves unlemmatised.
The types are listed in the package's docstring.
"""

from __future__ import annotations

KILL, WOUND, ARREST, KIDNAP, PRISONER, RELEASE = "KILL", "WOUND", "ARREST", "KIDNAP", "PRISONER", "RELEASE"
PROTEST, DISPLACED, EVACUATE, AFFECT, SEIZE = "PROTEST", "DISPLACED", "EVACUATE", "AFFECT", "SEIZE"
COUNT_TYPES: tuple[str, ...] = (KILL, WOUND, ARREST, KIDNAP, PRISONER, RELEASE, PROTEST, DISPLACED, EVACUATE, AFFECT, SEIZE)  # fmt: skip

# Verbs whose count is what the verb is done to: their object ("killed 12 people") or passive subject ("12 were
# killed", "30 injured").
PATIENT_VERBS: dict[str, str] = {
    **dict.fromkeys(("kill", "murder", "slay", "execute", "massacre", "behead", "slaughter", "assassinate", "hang",
                     "lynch", "gun down", "electrocute", "drown"), KILL),
    **dict.fromkeys(("wound", "injure", "hurt", "maim", "shoot", "stab", "hospitalise", "hospitalize", "burn",
                     "take to hospital", "rush to hospital", "admit to hospital", "airlift to hospital"), WOUND),
    **dict.fromkeys(("shoot dead", "stab to death", "beat to death", "burn to death", "crush to death"), KILL),
    **dict.fromkeys(("arrest", "detain", "apprehend", "nab", "round up", "capture", "intern", "take into custody"), ARREST),
    **dict.fromkeys(("kidnap", "abduct", "take hostage", "take captive"), KIDNAP),
    **dict.fromkeys(("jail", "imprison", "incarcerate", "hold", "lock up"), PRISONER),
    **dict.fromkeys(("release", "free", "pardon", "liberate", "set free", "amnesty", "let go", "exchange", "swap"), RELEASE),
    **dict.fromkeys(("evacuate", "airlift", "relocate"), EVACUATE),
    **dict.fromkeys(("displace", "uproot", "expel", "deport", "drive out", "force out"), DISPLACED),
    **dict.fromkeys(("affect", "strand", "trap", "sicken", "infect", "poison"), AFFECT),
    **dict.fromkeys(("seize", "confiscate", "impound", "intercept", "recover"), SEIZE),
}  # fmt: skip

# Verbs whose count is who does it: "thousands protested", "20 died", "about 20 have walked free".
SUBJECT_VERBS: dict[str, str] = {
    **dict.fromkeys(("die", "perish", "lose life", "lose lives", "starve"), KILL),
    **dict.fromkeys(("suffer injuries", "suffer injury", "suffer wounds", "suffer burns"), WOUND),
    **dict.fromkeys(("protest", "demonstrate", "march", "rally", "riot", "picket", "take to streets", "take to street",
                     "join protest", "join strike", "join march",
                     "join rally", "join demonstration", "stage protest", "stage sit-in", "walk out"), PROTEST),
    **dict.fromkeys(("flee", "escape fighting"), DISPLACED),
    **dict.fromkeys(("evacuate",), EVACUATE),
    **dict.fromkeys(("walk free", "go free", "walk out of prison", "return home from prison"), RELEASE),
    **dict.fromkeys(("go missing", "disappear", "vanish"), AFFECT),
}  # fmt: skip

# Verbs whose type holds only when people are counted: "released 12 prisoners", not "released 12 videos";
# "seized 30 rifles" is a seizure, "seized 30 villagers" a kidnapping.
PEOPLE_ONLY: frozenset[str] = frozenset({"release", "free", "pardon", "liberate", "hold", "capture", "hang", "exchange",
                                         "swap", "burn", "drown", "intercept", "recover", "let go", "relocate"})  # fmt: skip
SEIZED_PEOPLE = KIDNAP

# Adjectives and participles that give a group's state: "12 dead", "left 300 homeless", "30 remain missing",
# "wounded soldiers".
STATUS_WORDS: dict[str, str] = {
    **dict.fromkeys(("dead", "killed", "slain", "fatally"), KILL),
    **dict.fromkeys(("injured", "wounded", "hurt", "hospitalised", "hospitalized", "injure", "wound"), WOUND),
    **dict.fromkeys(("arrested", "detained", "arrest", "detain"), ARREST),
    **dict.fromkeys(("kidnapped", "abducted", "kidnap", "abduct"), KIDNAP),
    **dict.fromkeys(("jailed", "imprisoned", "incarcerated", "jail", "imprison"), PRISONER),
    **dict.fromkeys(("freed", "released", "free", "release"), RELEASE),
    **dict.fromkeys(("displaced", "homeless", "displace"), DISPLACED),
    **dict.fromkeys(("evacuated", "evacuate"), EVACUATE),
    **dict.fromkeys(("missing", "stranded", "trapped", "unaccounted", "strand", "trap"), AFFECT),
}  # fmt: skip

# Groups that are what they are counted as: "800 political prisoners", "thousands of protesters".
GROUP_NOUNS: dict[str, str] = {
    **dict.fromkeys(("prisoner", "detainee", "inmate", "convict", "political prisoner"), PRISONER),
    **dict.fromkeys(("protester", "protestor", "demonstrator", "marcher", "rioter", "picketer"), PROTEST),
    **dict.fromkeys(("refugee", "displaced", "asylum-seeker"), DISPLACED),
    **dict.fromkeys(("evacuee",), EVACUATE),
    **dict.fromkeys(("hostage", "captive", "abductee"), KIDNAP),
    **dict.fromkeys(("fatality", "death", "body", "corpse", "dead"), KILL),
    **dict.fromkeys(("injury", "wounded", "injured"), WOUND),
    **dict.fromkeys(("arrest", "arrestee"), ARREST),
    **dict.fromkeys(("kidnapping", "abduction"), KIDNAP),
    **dict.fromkeys(("casualty", "victim", "survivor"), AFFECT),
    **dict.fromkeys(("seizure",), SEIZE),
}  # fmt: skip

# Events named as nouns, whose "of" or "by" says who: "the release of 20 prisoners", "a march by 5,000 people".
EVENT_NOUNS: dict[str, str] = {
    **dict.fromkeys(("death", "killing", "murder", "massacre", "execution", "slaughter"), KILL),
    **dict.fromkeys(("injury", "wounding", "injuring"), WOUND),
    **dict.fromkeys(("arrest", "detention", "roundup", "round-up", "capture"), ARREST),
    **dict.fromkeys(("kidnapping", "abduction"), KIDNAP),
    **dict.fromkeys(("imprisonment", "jailing", "incarceration"), PRISONER),
    **dict.fromkeys(("release", "freeing", "pardon", "liberation", "amnesty"), RELEASE),
    **dict.fromkeys(("evacuation", "airlift"), EVACUATE),
    **dict.fromkeys(("displacement", "exodus", "expulsion", "deportation"), DISPLACED),
    **dict.fromkeys(("protest", "march", "rally", "demonstration", "sit-in", "strike", "walkout", "vigil"), PROTEST),
}  # fmt: skip

# Totals a sentence reports a number of: "the death toll rose to 45".
TOLL_NOUNS: dict[str, str] = {"toll": KILL, "death toll": KILL, "injury toll": WOUND, "number of dead": KILL}

# People and groups of people, for the verbs that count only people and for "seized" (people or things).
PERSON_NOUNS: frozenset[str] = frozenset("""
people person man woman child kid boy girl baby infant toddler teen teenager youth youngster adult elder
civilian resident villager citizen national local inhabitant passenger pilgrim worshipper tourist visitor
worker employee labourer laborer staff staffer miner farmer fisherman herder driver trucker crew sailor seaman
student pupil teacher doctor nurse medic paramedic patient journalist reporter photographer blogger activist
soldier troop trooper serviceman officer policeman policewoman police guard conscript recruit marine sailor
fighter militant rebel insurgent gunman jihadist extremist terrorist combatant militiaman guerrilla commander
member supporter follower loyalist leader official politician lawmaker legislator minister diplomat
migrant immigrant refugee evacuee asylum-seeker voter mourner spectator fan athlete player monk nun priest cleric
prisoner detainee inmate convict hostage captive suspect criminal smuggler trafficker poacher
protester protestor demonstrator marcher rioter striker family household tribesman clansman volunteer contractor
aid worker relief worker rescuer firefighter survivor victim casualty pensioner veteran opponent dissident
""".split())  # fmt: skip
PERSON_SUFFIXES: tuple[str, ...] = ("ist", "ian", "ee", "man", "men", "woman", "women", "eer")
NOT_PEOPLE: frozenset[str] = frozenset({"list", "twist", "wrist", "fist", "mist", "median", "guardian angel", "fee",
                                        "tree", "degree", "committee", "decree", "jubilee", "guarantee", "nominee"})  # fmt: skip

# What a number next to them measures rather than counts: "12 years", "5 million dollars", "30 votes".
UNIT_NOUNS: frozenset[str] = frozenset("""
year month week day hour minute second decade century time night morning weekend term
km kilometre kilometer mile metre meter foot feet inch yard kg kilogram gram pound ounce tonne ton lb
litre liter gallon barrel acre hectare degree percent per cent megawatt kilowatt calorie byte
dollar euro yuan yen rupee peso franc rouble ruble shilling naira cent penny pence dinar rial riyal lira won
point vote seat goal run wicket lap set game match page photo image picture slide episode chapter
mph kph bpd mw gb mb
""".split())  # fmt: skip
