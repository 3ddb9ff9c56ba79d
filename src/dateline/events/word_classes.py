"""The word classes the event triggers read: who counts as a person, a crowd or a force, what giving is aid,
what is sent, moved or taken. Lemmas, lowercase, as spaCy's English lemmatizer gives them."""

from __future__ import annotations

# Who or what counts as a person or group, for the verbs that code only with one as object.
PEOPLE = frozenset({
    "prisoner", "hostage", "detainee", "captive", "activist", "journalist", "reporter", "dissident", "opponent",
    "protester", "demonstrator", "student", "worker", "civilian", "people", "person", "man", "woman", "child",
    "citizen", "national", "resident", "refugee", "migrant", "immigrant", "suspect", "militant", "rebel", "fighter",
    "soldier", "officer", "official", "leader", "member", "figure", "politician", "candidate", "lawmaker",
    "minister", "president", "envoy", "diplomat", "ambassador", "consul", "commissioner", "investor", "businessman", "executive", "aid worker",
    "sailor", "crew", "fisherman", "pilot", "family", "relative", "supporter", "ally", "priest", "bishop", "monk",
    "doctor", "nurse", "tourist", "volunteer", "lawyer", "judge", "guard", "police", "policeman", "inmate",
    "critic", "blogger", "trader", "farmer", "villager", "teenager", "youth", "girl", "boy", "son", "daughter",
    "wife", "husband", "brother", "sister", "father", "mother", "cleric", "commander", "general", "colonel",
    "spy", "agent", "bomber", "gunman", "insurgent", "separatist", "guerrilla", "opposition", "dozen", "hundred",
    "thousand", "scientist", "engineer", "employee", "staff", "passenger", "colleague", "mayor", "governor",
    "trafficker", "smuggler", "fugitive", "criminal", "murderer", "terrorist", "hacker", "correspondent",
    "prosecutor", "investigator", "inspector", "monitor", "observer", "peacekeeper", "marine", "paratrooper",
    "tycoon", "magnate", "oligarch", "educator", "chairman", "head", "militiaman", "serviceman", "servicemen",
    "combatant", "contractor", "adviser", "advisor",
    "gendarme", "ranger", "jihadist", "bandit", "herder", "settler", "extremist", "negotiator", "mediator",
    "spokesman", "spokeswoman", "spokesperson", "delegate", "senator", "deputy", "legislator", "premier",
    "chancellor", "king", "queen", "prince", "emir", "sheikh", "pope", "monarch", "warlord", "chief", "elder",
    "counterpart", "guest", "visitor", "teacher", "professor", "academic", "writer", "poet", "artist", "musician",
    "singer", "actor", "pastor", "missionary", "preacher", "banker", "economist", "researcher", "photographer",
    "cameraman", "editor", "publisher", "novelist", "filmmaker", "seaman", "labourer", "laborer", "mechanic",
    "delegation", "kingpin", "baron", "boss", "operative", "comedian", "cartoonist", "ruler", "dictator", "strongman",
    "autocrat", "despot",
})  # fmt: skip
PLACES_TAKEN = frozenset({
    "town", "city", "village", "stronghold", "base", "territory", "area", "region", "airport", "port", "district",
    "province", "hill", "bridge", "capital", "outpost", "position", "garrison", "enclave", "island", "border",
    "camp", "neighborhood", "neighbourhood", "suburb", "crossing", "headquarters", "compound", "building",
})  # fmt: skip
CROWDS = frozenset({
    "protester", "demonstrator", "student", "worker", "resident", "people", "crowd", "thousand", "hundred", "dozen",
    "supporter", "family", "activist", "villager", "farmer", "teacher", "doctor", "nurse", "driver", "union",
    "employee", "youth", "woman", "mother", "citizen", "opposition", "trader", "inhabitant", "miner", "fan",
    "victim", "relative", "minority", "mourner", "docker", "dockworker",
})  # fmt: skip
# Common nouns that name an actor: a government, a force, a body, a group.
ACTOR_NOUNS = frozenset({
    "government", "authority", "force", "troop", "army", "military", "navy", "police", "court", "tribunal",
    "ministry", "regime", "administration", "council", "committee", "commission", "parliament", "assembly",
    "cabinet", "agency", "group", "organization", "organisation", "party", "union", "coalition", "movement",
    "company", "firm", "bank", "embassy", "office", "state", "country", "nation", "side", "faction", "militia",
    "alliance", "bloc", "league", "federation", "congress", "senate", "legislature", "junta", "leadership",
    "mission", "delegation", "team", "camp", "rebel", "community", "unit", "aircraft", "helicopter", "plane",
    "jet", "warship", "ship", "vessel", "drone", "tank", "convoy", "artillery", "warplane", "gunship", "town", "city", "village", "region", "province",
    "hospital", "school", "university", "newspaper", "station", "site", "facility", "body", "board", "service",
})  # fmt: skip
NOT_MET = frozenset({"demand", "target", "deadline", "need", "requirement", "goal", "condition", "criterion",
                      "expectation", "standard", "obligation", "cost", "end", "challenge", "fate", "death",
                      "grievance", "request", "wish", "call"})  # fmt: skip
DENIED_WORDS = frozenset({"allegation", "claim", "report", "accusation", "charge", "involvement", "wrongdoing",
                           "responsibility", "rumour", "rumor", "link", "role", "knowledge", "existence"})  # fmt: skip
# Verbs that code only when a person or group is what they act on.
PERSON_OBJECT = frozenset({"release", "free", "execute", "hold", "pardon", "expel", "deport", "jail"})
OBJECT_NEEDED = frozenset({"deny", "receive", "welcome", "ask", "charge", "fight", "back", "support",
                            "defend", "ban", "bar", "examine", "seize", "capture", "destroy", "fund", "finance",
                            "burn", "hit"})  # fmt: skip
ONGOING = frozenset({"resume", "continue", "erupt", "escalate", "intensify", "spread", "rage", "flare"})
STRIKES = frozenset({"strike", "hunger strike", "boycott", "general strike"})
STATES = frozenset({"bar", "custody", "jail", "prison", "detention", "captivity", "alert", "standby"})  # "behind bars", "on alert"
SPELLS = frozenset({"day", "week", "month", "year", "night"})
STATE_VERBS = frozenset({"be", "remain", "stay", "languish", "sit", "spend", "keep", "hold", "die", "lie"})
# Named-entity types that are never a participant or a trigger: "on Sunday", "in March", "20 percent".
NOT_PARTICIPANTS = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "ORDINAL", "QUANTITY"})
# Keys whose grammatical subject is what the event was done to: "20 have walked free".
PATIENT_SUBJECT = frozenset({"walk free", "die of torture", "die in custody"})
FORCES = frozenset({"troop", "force", "army", "reservist", "soldier", "militia", "unit", "police", "division",
                     "battalion", "brigade", "tank", "warship", "jet", "fighter", "navy", "military", "reserve",
                     "warplane", "aircraft", "artillery", "marine", "boat", "vessel"})  # fmt: skip
# Giving these is aid: "handed over 700 kg of medicine", "sent food", "delivered tents".
GIVING = frozenset({"hand", "send", "deliver", "provide", "donate", "ship", "give", "supply", "airlift", "fly", "distribute", "channel",
                     "offer", "pledge", "contribute", "transfer", "drop", "airdrop", "ferry", "truck", "release", "gift", "unload", "parachute", "furnish",
                    "dispatch", "rush", "allocate", "earmark"})  # fmt: skip
RELIEF = frozenset({"medicine", "food", "tent", "blanket", "water", "vaccine", "drug", "supply", "relief", "ration",
                     "shelter", "medical", "grain", "wheat", "rice", "flour", "fuel", "seed", "fertiliser", "fertilizer",
                     "maize", "corn", "sugar", "oil", "hospital", "generator", "kit", "crude"})  # fmt: skip
GOODS = RELIEF | frozenset({"aid", "assistance", "equipment", "fund", "money", "loan", "grant", "dollar", "euro",
                              "weapon", "arm", "ammunition", "ambulance", "engine"})  # fmt: skip


# Supplying these is military aid; "sent tanks to the border" is a deployment, so "send" is not among the verbs.
ARMING = frozenset({"deliver", "supply", "provide", "donate", "ship", "give", "airlift", "gift", "furnish"})
MATERIEL = frozenset({"weapon", "arm", "ammunition", "missile", "tank", "jet", "boat", "battery", "rifle", "drone",
                       "helicopter", "artillery", "shell", "munition", "warship", "howitzer", "fighter", "carrier",
                       "vehicle", "submarine", "frigate", "corvette", "destroyer", "gunboat", "launcher", "rocket",
                       "mortar", "grenade"})  # fmt: skip
# Moving these is a mobilisation: "moved armoured columns toward the border", "massed hundreds of fighters".
RESCUE = frozenset({"help", "assist", "rescue", "evacuate", "aid", "feed", "treat", "search"})
SENDING = frozenset({"move", "send", "dispatch", "deploy", "redeploy", "rush", "mass", "station", "position",
                      "concentrate", "draft", "shift", "fly", "pour", "post", "airlift"})  # fmt: skip
MORE_FORCES = frozenset({"column", "battalion", "brigade", "gendarme", "ranger", "reservist", "paratrooper",
                          "commando", "regiment", "fighter", "policeman", "guardsman", "contingent", "carrier",
                          "destroyer", "frigate", "submarine", "bomber", "warship", "fleet", "gunboat",
                         "reinforcement", "battery", "missile", "launcher", "minesweeper", "cadre", "armour", "armor",
                         "officer", "trooper", "guard", "peacekeeper"})  # fmt: skip
IRREGULARS = frozenset({"militiaman", "gunman", "guerrilla", "insurgent", "rebel", "militant", "paramilitary", "janjaweed"})
MOVED_FORCES = FORCES | MORE_FORCES | IRREGULARS
RESCUERS = MOVED_FORCES - IRREGULARS | {"police"}  # who freeing captives rescues them: "soldiers freed 15 hostages"
NEEDS_TARGET = frozenset({"attack", "strike", "shell", "bomb", "bombard", "storm", "invade", "hit"})
ARMS = frozenset({"weapon", "arm", "rifle", "gun", "ammunition", "explosive", "missile", "grenade"})
ADMITTED = frozenset({"inspector", "monitor", "observer", "team", "mission", "journalist", "investigator", "access",
                       "peacekeeper", "aid", "delegation", "convoy", "worker", "agency", "relief", "plane", "flight",
                       "aircraft", "force", "troop", "supply", "verifier", "shipment", "consignment", "tanker", "truck", "lorry",
                       "ship", "vessel", "cargo"})  # fmt: skip
# What letting each in is, by CAMEO: peacekeepers 0861, inspectors and observers 0862, aid 0863.
ADMITTED_CODES = {"peacekeeper": "0861", "force": "0861", "troop": "0861", "inspector": "0862", "monitor": "0862",
                  "observer": "0862", "investigator": "0862", "mission": "0862", "team": "0862", "aid": "0863",
                  "convoy": "0863", "worker": "0863", "agency": "0863", "relief": "0863", "supply": "0863",
                  "plane": "0863", "flight": "0863", "aircraft": "0863"}  # fmt: skip
RIOTERS = frozenset({"rioter", "protester", "demonstrator", "mob", "crowd", "youth", "looter", "supporter"})
GATHER = frozenset({"gather", "assemble", "converge", "pack", "throng", "fill"})  # "thousands packed the square"
HELPERS = frozenset({"doctor", "medic", "nurse", "rescuer", "volunteer", "team", "expert", "engineer", "worker"})
FORCIBLE = frozenset({"relocate", "move", "remove", "evict", "transfer", "resettle", "return", "displace", "repatriate"})
DEVICES = frozenset({"bomb", "blast", "explosion", "grenade", "mine", "rocket", "missile", "shell", "device",
                      "explosive", "mortar"})  # fmt: skip
FAULTS = frozenset({"mistake", "error", "guilt", "responsibility", "wrongdoing", "failure", "defeat", "abuse"})
MONEY = frozenset({"dollar", "euro", "money", "pound", "mark", "franc", "yen", "cash", "sum", "crown", "krone", "rupee",
                   "riyal", "dinar", "shekel", "peso", "rouble", "ruble", "yuan"})
# Words that measure out what a verb acts on: "froze a package of loans", "85 million dollars in military aid".
MEASURES = MONEY | frozenset({"package", "tonne", "ton", "batch", "shipment", "consignment", "half", "part", "tranche",
                              "round", "session",
                              "million", "billion", "amount", "portion", "share", "bulk", "rest"})  # fmt: skip
WORDS_SPOKEN = frozenset({"speech", "statement", "interview", "editorial", "article", "broadcast", "address",
                           "sermon", "letter", "communique", "commentary"})  # fmt: skip
# Forces that are police, by their own word or a compound: "gendarmes", "police reinforcements".
POLICE = frozenset({"police", "policeman", "officer", "gendarme", "constable"})
# What forces are put on or brought to: "on high alert", "on a war footing" ("footing" read as the adjective of "war").
READINESS = frozenset({"alert", "standby", "readiness", "footing", "war"})
# What is seized and given back as property, not people: "released four fishing boats it had impounded".
SEIZED_GOODS = frozenset({"boat", "ship", "vessel", "trawler", "tanker", "freighter", "yacht", "aircraft", "plane", "helicopter",
                          "truck", "lorry", "vehicle", "cargo", "property", "consignment"})  # fmt: skip
CAPTIVES = frozenset({"hostage", "captive", "prisoner", "detainee"})
AIRCRAFT = frozenset({"jet", "warplane", "plane", "aircraft", "bomber", "helicopter", "drone", "fighter"})
# Whom an order to leave sends away, and what the expulsion is: diplomats and missions are SANCTION, people COERCE.
SENT_AWAY = {
    "diplomat": "166", "ambassador": "166", "envoy": "166", "attache": "166", "commissioner": "166", "consul": "166",
    "peacekeeper": "1661",
    "observer": "1662", "inspector": "1662", "monitor": "1662", "mission": "1662", "agency": "1663",
    "organization": "1663", "organisation": "1663", "charity": "1663", "group": "1663",
}  # fmt: skip
LEAVE = frozenset({"leave", "quit", "depart", "exit"})
# Read by the trigger rules: ills fought without arms, travellers whose journeys are no visits, armed groups,
# captors and the words of seizure, the words of joint action.
ILLS = frozenset({"trafficking", "smuggling", "terrorism", "extremism", "piracy", "fraud", "graft", "illiteracy",
                   "epidemic", "pandemic", "disease", "virus", "outbreak", "fire", "wildfire", "blaze", "poverty",
                   "corruption", "crime", "hunger", "famine", "inflation", "drought", "cancer", "aids", "malaria",
                   "cholera", "ebola", "flood", "unemployment", "climate", "change", "pollution"})  # fmt: skip
TRAVELLERS = frozenset({"citizen", "tourist", "people", "resident", "pilgrim", "passenger", "fan", "traveller",
                         "traveler", "shopper", "student", "family"})  # fmt: skip
ARMED_GROUPS = frozenset({"militiaman", "militia", "rebel", "gunman", "insurgent", "guerrilla", "fighter", "militant",
                           "attacker", "raider", "bandit", "janjaweed"})  # fmt: skip
CAPTORS = frozenset({"kidnapper", "captor", "abductor", "hijacker", "hostage-taker"})
SEIZED = frozenset({"kidnap", "kidnapped", "abduct", "abducted", "captive", "captured", "hostage", "seized", "held"})
JOINT = frozenset({"joint", "combined", "bilateral", "trilateral", "multinational", "multilateral"})

CAPTURED = frozenset({"hold", "kidnap", "take", "abduct", "seize", "snatch", "capture"})
# Every verb a rule of verb_hit reads by name, beside the lexicon's and verb_sense's.
VERBS_READ_HERE = FORCIBLE | SENDING | GIVING | LEAVE | frozenset(
    {"hand", "turn", "mass", "concentrate", "assemble", "steam", "sail", "head", "fire", "take", "order", "suspend",
     "expel", "attack"})  # fmt: skip
SAYING = frozenset({"say", "announce", "warn", "threaten", "declare", "state", "insist", "vow"})
PUBLIC_PLACES = frozenset({"street", "square", "avenue", "road", "centre", "center", "plaza", "boulevard", "park"})
