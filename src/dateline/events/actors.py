"""An event's actor or recipient as a record: who the phrase names, and a CAMEO-style code, country and sector.

"US Secretary of State Mike Pompeo" is USAGOV and the entity person:mike-pompeo; "US forces" USAMIL; "rights groups"
NGO; "families" CVL of the article's country; "Washington" as an actor USAGOV; "the ousted president" the person
the article gave that title, with his country and role. Country comes from a demonym or country name in the phrase,
else the entity's own country, else the place it names, else (for civilians) the article's country. Sector codes
follow CAMEO's actor codebook (Schrodt et al.): GOV, MIL, COP, JUD, LEG, OPP, REB, CVL, BUS, MED, EDU, LAB, REF,
REL, NGO, IGO.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from functools import lru_cache

from dateline.entities.known_people import KnownPerson, known_person
from dateline.model import Article
from dateline.places.countries import capital_country, country_of_demonym, country_of_name
from dateline.places.countries import country as country_row
from dateline.records import Entity, EventActor, Place
from dateline.text import fold

_SECTOR_WORDS: dict[str, str] = {}
for _role, _words in {
    "GOV": "government governments minister ministers ministry president presidents premier chancellor king queen "
    "prince emir sultan official officials administration authorities authority cabinet spokesman spokeswoman "
    "spokesperson secretary envoy envoys diplomat diplomats ambassador embassy regime governor mayor leader leaders "
    "counterpart counterparts delegation negotiator negotiators presidency kremlin state department monarch sheikh vice-president aide aides "
    "ruler rulers dictator dictators strongman autocrat despot junta "
    "team interior foreign",
    "MIL": "forces force troops army military soldiers soldier navy marines general commander commanders aircraft "
    "jets warplanes helicopters gunships artillery militaries armies navies gunners warships reservists divisions airstrikes airstrike paratroopers peacekeepers battalion brigade",
    "COP": "police policemen policeman gendarmes gendarmerie patrol guards",
    "JUD": "court courts judge judges prosecutor prosecutors tribunal justice attorney",
    "LEG": "parliament parliamentary lawmakers lawmaker legislators senate senator senators congress congressman "
    "congresswoman mps deputies legislature assembly speaker",
    "OPP": "opposition dissident dissidents",
    "REB": "rebels rebel insurgents insurgent militants militant guerrillas guerrilla separatists separatist militia "
    "militias fighters jihadists extremists hostage-takers gunmen gunman bombers",
    "CVL": "civilians civilian residents families family people protesters demonstrators villagers citizens crowds "
    "crowd inhabitants population youths women children men settlers activists supporters relatives immigrants "
    "nationals",
    "EDU": "students student university universities school schools teachers",
    "LAB": "workers union unions employees miners strikers",
    "REF": "refugees refugee migrants displaced",
    "MED": "journalists journalist reporters reporter newspaper media broadcaster television radio agency",
    "BUS": "company companies firm firms corporation bank banks businessman businessmen investor investors executive "
    "executives",
    "REL": "church clerics cleric bishop bishops priest imam mosque",
    "NGO": "ngo ngos charity charities",
}.items():
    for _word in _words.split():
        _SECTOR_WORDS[_word] = _role
_SECTOR_PHRASES = {"rights group": "NGO", "rights groups": "NGO", "human rights": "NGO", "aid group": "NGO",
                   "aid groups": "NGO", "aid agency": "NGO", "aid agencies": "NGO", "security forces": "COP",
                   "riot police": "COP", "state department": "GOV", "white house": "GOV", "border patrol": "COP",
                   "military junta": "MIL", "military rulers": "MIL", "military ruler": "MIL"}  # fmt: skip
# Intergovernmental and well-known non-governmental bodies, by the words that name them.
_IGOS = re.compile(
    r"\b(?:U\.?N\.?|United Nations|UNHCR|UNICEF|Security Council|European (?:Union|Community|Commission|Council)|"
    r"EU|EC|NATO|OSCE|IAEA|African Union|Arab League|ASEAN|OPEC|World Bank|IMF|International Monetary Fund|"
    r"World Health Organi[sz]ation|WHO|APEC|Organi[sz]ation of African Unity|OAU|Interpol|G7|G20|Commonwealth|"
    r"ECOWAS|Economic Community of West African States|ECOMOG|SADC|Southern African Development Community|IGAD|"
    r"Pacific Islands Forum|Gulf Cooperation Council|GCC|Organi[sz]ation of American States|OAS|Council of Europe|"
    r"WTO|World Trade Organi[sz]ation|UNESCO|World Food Programme|WFP|UNRWA|Organi[sz]ation of (?:the )?Islamic "
    r"(?:Conference|Cooperation)|OIC|Mercosur|Caricom|UNIFIL|MONUC|MONUSCO|UNAMID|UNMIL|KFOR|ISAF)\b"
)
_NGOS = re.compile(r"\b(?:Amnesty|Human Rights Watch|Red Cross|Red Crescent|Doctors Without Borders|MSF|Oxfam)\b", re.I)
# Armed movements and parties known by name alone, with the country they fight in or for (a fact table of wire
# usage; CAMEO's actor dictionaries code them the same way).
_NAMED_GROUPS: dict[str, str] = {
    "hamas": "PSE", "fatah": "PSE", "plo": "PSE", "islamic jihad": "PSE", "hezbollah": "LBN", "hizbollah": "LBN",
    "hizballah": "LBN", "amal": "LBN", "taliban": "AFG", "unita": "AGO", "farc": "COL", "eln": "COL", "pkk": "TUR",
    "al-shabaab": "SOM", "shabaab": "SOM", "houthis": "YEM", "houthi": "YEM", "khmer rouge": "KHM",
    "tamil tigers": "LKA", "ltte": "LKA", "eta": "ESP", "ira": "GBR", "boko haram": "NGA", "shining path": "PER",
    "zapatistas": "MEX", "polisario": "MAR", "renamo": "MOZ", "spla": "SDN", "m23": "COD", "anc": "ZAF",
}  # fmt: skip
# Seats of government and parliaments named for the body that sits in them (a fact table of wire usage).
_SEATS: dict[str, str] = {
    "kremlin": "RUSGOV", "duma": "RUSLEG", "pentagon": "USAMIL", "white house": "USAGOV", "capitol hill": "USALEG",
    "foggy bottom": "USAGOV", "downing street": "GBRGOV", "whitehall": "GBRGOV", "westminster": "GBRLEG",
    "elysee": "FRAGOV", "quai d'orsay": "FRAGOV", "knesset": "ISRLEG", "bundestag": "DEULEG",
    "zhongnanhai": "CHNGOV", "blue house": "KORGOV", "sejm": "POLLEG", "verkhovna rada": "UKRLEG",
    "majlis": "IRNLEG", "lok sabha": "INDLEG", "rajya sabha": "INDLEG", "south block": "INDGOV",
    "quirinale": "ITAGOV", "palazzo chigi": "ITAGOV", "moncloa": "ESPGOV", "itamaraty": "BRAGOV", "planalto": "BRAGOV",
    "casa rosada": "ARGGOV", "los pinos": "MEXGOV", "miraflores": "VENGOV", "storting": "NORLEG", "riksdag": "SWELEG",
}  # fmt: skip
_SEAT = re.compile(
    r"\b(" + "|".join(re.escape(n).replace("elysee", "[eé]lys[eé]e") for n in sorted(_SEATS, key=len, reverse=True)) + r")\b", re.I
)
_NAMED_GROUP = re.compile(r"\b(" + "|".join(re.escape(n) for n in sorted(_NAMED_GROUPS, key=len, reverse=True)) + r")\b", re.I)
_HOW_MANY = frozenset({"thousands", "hundreds", "dozens", "scores", "tens", "millions", "dozen", "hundred", "thousand",
                       "some", "many", "most", "all", "none", "one", "two", "three", "four", "five", "group", "members"})  # fmt: skip
_PERSONAL = frozenset({"he", "him", "his", "she", "her"})
_GROUPS = frozenset({"they", "them", "their", "it", "its"})
_WORD = re.compile(r"[A-Za-z][A-Za-z.'\-]*")


def code_actor(
    article: Article, start: int, end: int, *, head: int | None = None, metonymic: bool | None = None,
    sentence: tuple[int, int] | None = None, borrow: bool = True,
) -> EventActor:
    """The actor ``article.text[start:end]`` names (``head``: the offset of its head word; ``sentence``: the span of
    the sentence it is read in, whose only country an official left without one is taken to serve, else the
    article's; ``borrow=False``: the country only its own words and places give)."""
    text = article.text[start:end]
    entity = _entity_at(article, start, end, head)
    words = _WORD.findall(text)
    if entity is None and len(words) <= 4:
        entity = _referent(article, start, words)
    name = entity.name if entity is not None else text
    # The sector is the head's and what comes before it: "supporters of former President X" are supporters.
    upto = _WORD.findall(article.text[start : _word_end(article.text, head)]) if head is not None and start <= head < end else words
    if upto and upto[-1].lower() in _HOW_MANY:  # "thousands of protesters" are protesters
        upto = words
    code = _code(article, start, end, words, upto or words, entity, sentence, borrow)
    if _someone_elses(article, start, end, head, entity):
        return EventActor(text=text, name=text, entity=None, code=code)  # of his country, not him
    return EventActor(text=text, name=name, entity=entity.id if entity is not None else None, code=code)


@lru_cache(maxsize=16_384)
def _known_person(names: tuple[str, ...], titles: tuple[str, ...]) -> KnownPerson | None:
    return known_person(names, titles)


def _word_end(text: str, offset: int) -> int:
    match = _WORD.match(text, offset)
    return match.end() if match else offset + 1


def actor_country(code: str | None) -> str | None:
    """The country of an actor code: "USAGOV" -> "USA"; None for "IGO", "NGO" and codes with none."""
    if not code or len(code) < 3 or code[:3] in ("IGO", "NGO"):
        return None
    prefix = code[:3]
    if country_row(prefix) is not None or prefix.isalpha() and prefix.isupper() and country_of_name(prefix) is not None:
        return prefix
    return None


def article_country(article: Article) -> str | None:
    """The country the article reports from: its dateline's, else its most-mentioned place's."""
    places = article.places or []
    for place in places:
        if place.dateline and place.country:
            return place.country
    counts: Counter[str] = Counter()
    for place in places:
        if place.country:
            counts[place.country] += max(1, len(place.mentions))
    return counts.most_common(1)[0][0] if counts else None


def _names_a_state(text: str) -> bool:
    bare = text[4:] if text.lower().startswith("the ") else text
    bare = bare[:-2] if bare.endswith(("'s", "\u2019s")) else bare
    return country_of_name(bare) is not None or capital_country(bare) is not None


def _only_country(article: Article, sentence: tuple[int, int] | None = None) -> str | None:
    """The one country the sentence names (by place, name or demonym), else the one the article's places are in."""
    if sentence is not None:
        start, end = sentence
        found = {place.country for place in article.places or () if place.country
                 and any(start <= m.start < end for m in place.mentions)}  # fmt: skip
        found |= {entity.country for entity in article.entities or () if entity.country
                  and entity.type in ("GPE", "NORP") and any(start <= m.start < end for m in entity.mentions)}  # fmt: skip
        for word in _WORD.findall(article.text[start:end]):
            if word[:1].isupper():
                code = country_of_demonym(word.split("-")[0])
                if code is not None:
                    found.add(code)
        if len(found) == 1:
            return next(iter(found))
        if found:
            return None
    countries = {place.country for place in article.places or () if place.country}
    return next(iter(countries)) if len(countries) == 1 else None


def _entity_at(article: Article, start: int, end: int, head: int | None) -> Entity | None:
    best: tuple[int, Entity] | None = None
    for entity in article.entities or ():
        for mention in entity.mentions:
            if mention.end <= start or mention.start >= end:
                continue
            holds_head = head is not None and mention.start <= head < mention.end
            # The head's own name wins; else the name ending nearest the phrase's end ("US Secretary ... Pompeo").
            score = (0 if holds_head else 1, end - mention.end)
            rank = score[0] * 100_000 + score[1]
            if best is None or rank < best[0]:
                best = (rank, entity)
    if best is not None and best[0] >= 100_000 and head is not None and best[1].type in ("GPE", "NORP"):
        return None  # "Russian troops": Russia is the troops' country, not who they are
    return best[1] if best is not None else None


def _someone_elses(article: Article, start: int, end: int, head: int | None, entity: Entity | None) -> bool:
    """Whether the person a phrase names is only whose its head is: "the ex-leader's supporters", "his wife"."""
    if entity is None or entity.type != "PERSON" or head is None:
        return False
    return not any(m.start <= head < m.end for m in entity.mentions) and any(
        start <= m.start and m.end <= head for m in entity.mentions)


def _referent(article: Article, start: int, words: list[str]) -> Entity | None:
    """Whom a pronoun or a title names: the nearest mention before it of a fitting entity."""
    lowered = [w.lower() for w in words]
    if not lowered:
        return None
    last = lowered[-1]
    if len(lowered) == 1 and last in _PERSONAL:
        wanted = lambda e: e.type == "PERSON"  # noqa: E731
    elif len(lowered) == 1 and last in _GROUPS:
        wanted = lambda e: e.type in ("ORG", "GPE", "NORP")  # noqa: E731
    elif lowered[0] == "the" and len(lowered) >= 2:
        def wanted(e: Entity) -> bool:
            return e.type == "PERSON" and any(last in fold(t).split() for t in e.titles)
    else:
        return None
    best: tuple[int, Entity] | None = None
    for entity in article.entities or ():
        if not wanted(entity):
            continue
        for mention in entity.mentions:
            if mention.end <= start and (best is None or mention.end > best[0]):
                best = (mention.end, entity)
    return best[1] if best is not None else None


def _place_of(article: Article, entity: Entity | None, start: int, end: int) -> Place | None:
    places = article.places or []
    if entity is not None and entity.place:
        found = next((p for p in places if p.id == entity.place), None)
        if found is not None:
            return found
    # A name the entities stage read as a person or an organisation is no place, whatever the gazetteer matched to
    # it: "the Bush administration" is not the Egyptian town of Bush.
    named = [(m.start, m.end) for m in entity.mentions] if entity is not None and entity.type in ("PERSON", "ORG") else []
    for place in places:
        for m in place.mentions:
            if m.start < end and start < m.end and not any(a <= m.start and m.end <= b for a, b in named):
                return place
    return None


def _code(
    article: Article, start: int, end: int, words: list[str], upto: list[str], entity: Entity | None,
    sentence: tuple[int, int] | None = None, borrow: bool = True,
) -> str | None:
    text = article.text[start:end]
    head_country = country_of_name(upto[-1]) if upto and upto[-1][:1].isupper() else None
    named_state = country_of_name(" ".join(w for w in upto if w.lower() != "the")) if len(upto) > 1 else None
    if named_state is not None:  # "the Soviet Union", "the United States": a state, whose last word is no sector
        head_country, upto = named_state, []
    if head_country is None and (_IGOS.search(text) or entity is not None and entity.type == "ORG" and _IGOS.search(entity.name)):
        return "IGO"
    if _NGOS.search(text):
        return "NGO"
    seat = _SEAT.search(text) if len(words) <= 3 else None  # "the Kremlin said", not "a visit to the Kremlin by"
    seat_code = _SEATS.get(fold(seat.group(1)).lower()) if seat is not None else None
    if seat_code is not None:
        return seat_code
    if _SETTLERS.search(text):
        return "ISRCVL"  # "Jewish settlers in Hebron": Israel's civilians, wherever they live (CAMEO practice)
    lowered = [w.lower().strip(".'") for w in upto]
    known = _known_person((entity.name, *entity.aliases), tuple(entity.titles)) if entity is not None and entity.type == "PERSON" else None
    if known is not None and known.country in ("IGO", "NGO") and head_country is None:
        return known.country  # "Kofi Annan urged": the UN's head speaks for it
    sector = _sector(lowered, entity) or (known.sector if known is not None else None)
    group = _NAMED_GROUP.search(text) if head_country is None else None
    if group is not None and not any(country_of_demonym(w) or country_of_name(w) for w in words if w[:1].isupper()):
        return _NAMED_GROUPS[group.group(1).lower()] + (sector or "REB")
    country = head_country or _located_country(words) or _country(words, entity) or _leader_country(words)
    place = None
    if country is None:
        place = _place_of(article, entity, start, end)
        if place is not None and place.country:
            country = place.country
            if sector is None and len(words) <= 3:
                # A country or its capital acting is its government; any other town, its people.
                is_seat = place.feature == "country" or capital_country(place.name) == place.country
                sector = "GOV" if is_seat else "CVL"
    if country is None and sector in ("CVL", "EDU", "LAB", "REF"):
        country = article_country(article)  # families, residents, students: of the country reported from
    elif country is None and borrow and (sector not in (None, "IGO", "NGO", "MED", "BUS") or entity is not None and entity.type in ("PERSON", "ORG")):
        # An official the text leaves without a country is of the only country it names, if it names only one.
        country = _only_country(article, sentence)
    if sector is None and country is not None and (_names_a_state(text) or _beside_its_relation(upto)):
        sector = "GOV"  # "Washington said", "sanctions on Russia": a country or its capital acting is its government
    if entity is not None and entity.type == "NORP" and sector is None:
        sector = "CVL"
    if country is None and sector is None:
        return None
    return (country or "") + (sector or "")


# What one state is to another, named before it: "Caracas's leftist ally Cuba", "NATO-member Norway".
_RELATIONS = frozenset({"ally", "neighbour", "neighbor", "partner", "rival", "foe", "enemy", "member", "adversary",
                        "patron", "client", "backer"})


def _beside_its_relation(upto: list[str]) -> bool:
    return len(upto) > 1 and upto[-2].lower().split("-")[-1] in _RELATIONS and _names_a_state(upto[-1])


_SETTLERS = re.compile(r"\b(?:Jewish|Israeli) settlers?\b")
_LED_BODIES = frozenset({"administration", "government", "regime", "cabinet"})
_LEADING_TITLES = ("president", "prime minister", "chancellor")


def _leader_country(words: list[str]) -> str | None:
    """"The Bush administration", "the Thatcher government": a body named after the leader the table knows."""
    for leader, body in zip(words, words[1:]):
        if body.lower() in _LED_BODIES and leader[:1].isupper():
            known = known_person([leader.removesuffix("'s")], _LEADING_TITLES)
            if known is not None and known.country not in ("IGO", "NGO"):
                return known.country
    return None


# Heads that name people by what they do for a body, not by the body: the body named before them is their sector.
_SPEAKING_FOR = frozenset({"leader", "leaders", "spokesman", "spokeswoman", "spokesperson", "official", "officials",
                           "negotiator", "negotiators", "delegation", "envoy", "envoys", "aide", "aides", "commander",
                           "commanders"})  # fmt: skip


def _sector(lowered: list[str], entity: Entity | None) -> str | None:
    joined = " ".join(lowered)
    if "west bank" in joined:  # a territory, not a bank
        lowered = [w for i, w in enumerate(lowered) if not (w == "bank" and i > 0 and lowered[i - 1] == "west")]
    for phrase, sector in _SECTOR_PHRASES.items():
        if phrase in joined:
            return sector
    for position in range(len(lowered) - 1, -1, -1):  # the head word speaks first: "army chief" is MIL
        word = lowered[position]
        if word in _SECTOR_WORDS:
            sector = _SECTOR_WORDS[word]
            if sector == "GOV" and "opposition" in lowered:
                return "OPP"
            if word in _SPEAKING_FOR:  # "rebel leaders", "union negotiators", "army spokesman": whose they are
                return next((_SECTOR_WORDS[w] for w in reversed(lowered[:position])
                             if _SECTOR_WORDS.get(w, "GOV") != "GOV"), sector)  # fmt: skip
            if word in ("minister", "ministry", "secretary") and any(w in ("defence", "defense") for w in lowered):
                return "GOV"
            return sector
    if entity is not None:
        for title in entity.titles:
            for word in reversed(fold(title).split()):
                if word in _SECTOR_WORDS:
                    return "OPP" if "opposition" in fold(title) else _SECTOR_WORDS[word]
    return None


def _pieces(words: list[str]) -> Iterator[tuple[str, str]]:
    """Runs of three, two, then one word, longest first, each as written and without a possessive 's."""
    for size in (3, 2, 1):
        for index in range(len(words) - size + 1):
            piece = " ".join(words[index : index + size])
            yield piece, piece[:-2] if piece.endswith("'s") else piece


def _located_country(words: list[str]) -> str | None:
    """The country a group or a body is said to be in or of: "ethnic Albanians in south Serbia" and "the Albanians
    of southern Serbia" are coded by where they are, "a court in Tunis" by the capital it sits in."""
    at = next((i for i, word in enumerate(words) if word in ("in", "of") and i > 0), None)
    if at is None:
        return None
    before = words[:at]
    owned = any(w[:1].isupper() and (country_of_demonym(w) or country_of_name(w.removesuffix("'s"))) for w in before)
    if owned and not any(w.lower() == "ethnic" for w in before):
        return None  # "Russian troops in Syria" are Russia's; "ethnic Albanians in Serbia" are coded where they live
    for _piece, bare in _pieces(words[at + 1 :]):
        # "a court in Tunis": a capital the tagger left unnamed still places the body
        code = (country_of_name(bare) or capital_country(bare)) if bare[:1].isupper() else None
        if code is not None:
            return code
    return None


def _country(words: list[str], entity: Entity | None) -> str | None:
    """A country the phrase names, else the entity's own."""
    code = country_in_words(words)
    if code is None and entity is not None and entity.country:
        return entity.country
    return code


def country_in_words(words: list[str]) -> str | None:
    """The country a phrase names by demonym or name: "Russian", "US", "South Korea's", "Syrian-backed"."""
    return _country_in_words(tuple(words))


@lru_cache(maxsize=65_536)  # actor phrases repeat across a collection's articles ("Russian President Vladimir Putin")
def _country_in_words(words: tuple[str, ...]) -> str | None:
    for piece, bare in _pieces(list(words)):
        if " " not in bare and "-" in bare:  # "Vietnamese-led", "Syrian-backed", "NATO-member Norway"
            piece = bare = bare.split("-")[0]
        code = country_of_demonym(piece) or country_of_name(bare) if bare[:1].isupper() else None
        if code is not None:
            return code
    return None


_LIST_SEPARATOR = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*")


def coordinated_countries(text: str) -> list[str]:
    """The countries of a phrase whose head is shared by several named before it: "Iranian and Iraqi officials",
    "US, British and French troops" name one body of people for each country; empty for any other phrase."""
    words = text.split()
    if len(words) < 4:
        return []
    pieces = [p.split() for p in _LIST_SEPARATOR.split(" ".join(words[:-1])) if p]
    if len(pieces) < 2 or len(pieces) > 6:
        return []
    # "Senior Iranian", "Iraqi foreign": what stands before the first country and after the last is no country
    pieces[0] = next((pieces[0][i:] for i in range(len(pieces[0])) if _country_of(pieces[0][i:])), pieces[0])
    pieces[-1] = next((pieces[-1][:i] for i in range(len(pieces[-1]), 0, -1) if _country_of(pieces[-1][:i])), pieces[-1])
    found = [_country_of(p) for p in pieces]
    countries = [c for c in found if c is not None]
    if len(countries) != len(pieces) or len(set(countries)) < 2:
        return []
    return list(dict.fromkeys(countries))


def _country_of(words: list[str]) -> str | None:
    name = " ".join(words)
    return country_of_demonym(name) or country_of_name(name) if name[:1].isupper() else None


def split_by_country(actor: EventActor) -> list[EventActor]:
    """One actor per country of a phrase naming several ("Iranian and Iraqi officials": IRNGOV and IRQGOV), since a
    joint act of two states' officials is an act of both; the actor itself for any other phrase."""
    countries = coordinated_countries(actor.text)
    if not countries:
        return [actor]
    sector = (actor.code or "")[3:] if actor_country(actor.code) is not None else actor.code or ""
    return [EventActor(text=actor.text, name=actor.name, entity=actor.entity, code=country + sector) for country in countries]
