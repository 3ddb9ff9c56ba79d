"""dateline's records in GDELT's published file layouts, so that tools written for GDELT read them unchanged.

Three layouts, each a list of strings per row, tab-separated on disk with no header line (as GDELT's own files):

* the GDELT 2.0 Event table (61 columns, :data:`EVENT_COLUMNS`), one row per :class:`CollectionEvent`;
* the GDELT 2.0 Mentions table (16 columns, :data:`MENTION_COLUMNS`), one row per article's telling of an event;
* the GKG 2.1 table (27 columns, :data:`GKG_COLUMNS`), one row per article.

Sources: "The GDELT Event Database Data Format Codebook V2.0" (2/19/2015) for the Event and Mentions layouts, and
"The GDELT Global Knowledge Graph (GKG) Data Format Codebook V2.1" (2/19/2015) for the GKG layout, both published
by the GDELT Project (gdeltproject.org). Where the codebooks and GDELT's files disagree, the files win: FractionDate
is computed as the files show it (see :func:`fraction_date`), and V2.1ENHANCEDDATES separates its fields with '#'.
The ISO 3166 alpha-3 to FIPS 10-4 table is GeoNames' country table (countryInfo.txt, its "fips" column).
``docs/gdelt.md`` says, column by column, what dateline puts where and what it leaves empty.
"""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import urlsplit
from xml.sax.saxutils import escape

from dateline.events.ontology import event_type, goldstein, quad_class
from dateline.model import Article
from dateline.places.countries import country as country_record
from dateline.records import CollectionEvent, Entity, Event, EventActor, EventPlace, Place

_ACTOR_FIELDS = ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code",
                 "Type1Code", "Type2Code", "Type3Code")  # fmt: skip
_GEO_FIELDS = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")

EVENT_COLUMNS: tuple[str, ...] = (
    "GlobalEventID", "Day", "MonthYear", "Year", "FractionDate",
    *(f"Actor1{name}" for name in _ACTOR_FIELDS),
    *(f"Actor2{name}" for name in _ACTOR_FIELDS),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"{who}Geo_{name}" for who in ("Actor1", "Actor2", "Action") for name in _GEO_FIELDS),
    "DATEADDED", "SOURCEURL",
)  # fmt: skip
"""The GDELT 2.0 Event table's 61 columns, in the codebook's order."""

MENTION_COLUMNS: tuple[str, ...] = (
    "GlobalEventID", "EventTimeDate", "MentionTimeDate", "MentionType", "MentionSourceName", "MentionIdentifier",
    "SentenceID", "Actor1CharOffset", "Actor2CharOffset", "ActionCharOffset", "InRawText", "Confidence",
    "MentionDocLen", "MentionDocTone", "MentionDocTranslationInfo", "Extras",
)  # fmt: skip
"""The GDELT 2.0 Mentions table's 16 columns."""

GKG_COLUMNS: tuple[str, ...] = (
    "GKGRECORDID", "V2.1DATE", "V2SOURCECOLLECTIONIDENTIFIER", "V2SOURCECOMMONNAME", "V2DOCUMENTIDENTIFIER",
    "V1COUNTS", "V2.1COUNTS", "V1THEMES", "V2ENHANCEDTHEMES", "V1LOCATIONS", "V2ENHANCEDLOCATIONS", "V1PERSONS",
    "V2ENHANCEDPERSONS", "V1ORGANIZATIONS", "V2ENHANCEDORGANIZATIONS", "V1.5TONE", "V2.1ENHANCEDDATES", "V2GCAM",
    "V2.1SHARINGIMAGE", "V2.1RELATEDIMAGES", "V2.1SOCIALIMAGEEMBEDS", "V2.1SOCIALVIDEOEMBEDS", "V2.1QUOTATIONS",
    "V2.1ALLNAMES", "V2.1AMOUNTS", "V2.1TRANSLATIONINFO", "V2EXTRASXML",
)  # fmt: skip
"""The GKG 2.1 table's 27 columns."""

# ISO 3166-1 alpha-3 -> FIPS 10-4, from GeoNames' country table. GDELT's geography fields use FIPS 10-4, whose
# codes often differ from ISO's (Germany GM, United Kingdom UK, Russia RS). Aland Islands, Bonaire/Sint
# Eustatius/Saba and the US Minor Outlying Islands have no FIPS 10-4 code of their own and are left out.
_FIPS_PAIRS = """
    ABW:AA AFG:AF AGO:AO AIA:AV ALB:AL AND:AN ANT:NT ARE:AE ARG:AR ARM:AM ASM:AQ ATA:AY
    ATF:FS ATG:AC AUS:AS AUT:AU AZE:AJ BDI:BY BEL:BE BEN:BN BFA:UV BGD:BG BGR:BU BHR:BA
    BHS:BF BIH:BK BLM:TB BLR:BO BLZ:BH BMU:BD BOL:BL BRA:BR BRB:BB BRN:BX BTN:BT BVT:BV
    BWA:BC CAF:CT CAN:CA CCK:CK CHE:SZ CHL:CI CHN:CH CIV:IV CMR:CM COD:CG COG:CF COK:CW
    COL:CO COM:CN CPV:CV CRI:CS CUB:CU CUW:UC CXR:KT CYM:CJ CYP:CY CZE:EZ DEU:GM DJI:DJ
    DMA:DO DNK:DA DOM:DR DZA:AG ECU:EC EGY:EG ERI:ER ESH:WI ESP:SP EST:EN ETH:ET FIN:FI
    FJI:FJ FLK:FK FRA:FR FRO:FO FSM:FM GAB:GB GBR:UK GEO:GG GGY:GK GHA:GH GIB:GI GIN:GV
    GLP:GP GMB:GA GNB:PU GNQ:EK GRC:GR GRD:GJ GRL:GL GTM:GT GUF:FG GUM:GQ GUY:GY HKG:HK
    HMD:HM HND:HO HRV:HR HTI:HA HUN:HU IDN:ID IMN:IM IND:IN IOT:IO IRL:EI IRN:IR IRQ:IZ
    ISL:IC ISR:IS ITA:IT JAM:JM JEY:JE JOR:JO JPN:JA KAZ:KZ KEN:KE KGZ:KG KHM:CB KIR:KR
    KNA:SC KOR:KS KWT:KU LAO:LA LBN:LE LBR:LI LBY:LY LCA:ST LIE:LS LKA:CE LSO:LT LTU:LH
    LUX:LU LVA:LG MAC:MC MAF:RN MAR:MO MCO:MN MDA:MD MDG:MA MDV:MV MEX:MX MHL:RM MKD:MK
    MLI:ML MLT:MT MMR:BM MNE:MJ MNG:MG MNP:CQ MOZ:MZ MRT:MR MSR:MH MTQ:MB MUS:MP MWI:MI
    MYS:MY MYT:MF NAM:WA NCL:NC NER:NG NFK:NF NGA:NI NIC:NU NIU:NE NLD:NL NOR:NO NPL:NP
    NRU:NR NZL:NZ OMN:MU PAK:PK PAN:PM PCN:PC PER:PE PHL:RP PLW:PS PNG:PP POL:PL PRI:RQ
    PRK:KN PRT:PO PRY:PA PSE:WE PYF:FP QAT:QA REU:RE ROU:RO RUS:RS RWA:RW SAU:SA SCG:YI
    SDN:SU SEN:SG SGP:SN SGS:SX SHN:SH SJM:SV SLB:BP SLE:SL SLV:ES SMR:SM SOM:SO SPM:SB
    SRB:RI SSD:OD STP:TP SUR:NS SVK:LO SVN:SI SWE:SW SWZ:WZ SXM:NN SYC:SE SYR:SY TCA:TK
    TCD:CD TGO:TO THA:TH TJK:TI TKL:TL TKM:TX TLS:TT TON:TN TTO:TD TUN:TS TUR:TU TUV:TV
    TWN:TW TZA:TZ UGA:UG UKR:UP URY:UY USA:US UZB:UZ VAT:VT VCT:VC VEN:VE VGB:VI VIR:VQ
    VNM:VM VUT:NH WLF:WF WSM:WS XKX:KV YEM:YM ZAF:SF ZMB:ZA ZWE:ZI
"""
FIPS_CODES: Mapping[str, str] = dict(pair.split(":") for pair in _FIPS_PAIRS.split())
"""ISO 3166-1 alpha-3 -> FIPS 10-4 country code, for every country that has one."""

# CAMEO's role and sector codes. A code's first three letters name its country unless they are one of these, so
# 'NGO' and 'CVL' are countryless while 'USAGOV' is the US government. MNC, NGM, PTY, SEP, UIS and HRI are CAMEO
# codes of the same kind beyond the common list.
SECTOR_CODES = frozenset(
    """GOV MIL REB OPP CVL BUS MED JUD LEG IGO NGO COP EDU REL HLH ELI LAB AGR SPY UAF CRM IMG REF SET MOD RAD INS
    MNC NGM PTY SEP UIS HRI""".split()
)

# Every character some reader takes for the end of a line or field: tab, the line ends csv readers know and the
# ones str.splitlines knows besides.
_BREAKS = re.compile(r"[\t\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
_SPACES = re.compile(r" {2,}")
_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
# A sentence ends at '.', '!' or '?' (and any closing quote or bracket) before whitespace, or at a blank line; a
# period after a lone capital ('U.S.', 'J. Smith') or a common title ('Mr.', 'Gen.') ends none.
_SENTENCE_END = re.compile(
    r"(?<!\b[A-Z])(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bJr)(?<!\bSr)(?<!\bLt)(?<!\bMrs)(?<!\bGen)(?<!\bSen)"
    r"(?<!\bRep)(?<!\bGov)(?<!\bCol)(?<!\bSgt)[.!?]+[\"'\u2019\u201d)\]]*\s+|\n\s*\n"
)
_NO_GEOGRAPHY = ("0", "", "", "", "", "", "", "")


def clean(text: str | None, delimiters: str = "") -> str:
    """``text`` safe for one field: every tab and line break, and each character of ``delimiters`` (a sub-field
    delimiter of the field it goes in), made a space; runs of spaces made one."""
    if not text:
        return ""
    text = _BREAKS.sub(" ", text)
    for delimiter in delimiters:
        text = text.replace(delimiter, " ")
    return _SPACES.sub(" ", text).strip()


def gdelt_timestamp(value: str) -> str:
    """YYYYMMDDHHMMSS in UTC, as GDELT's DATEADDED: from an ISO 8601 date or date-time (one with an offset is moved to
    UTC; one without is taken as UTC), or from GDELT's own 8 or 14 digits. ValueError for anything else."""
    if re.fullmatch(r"\d{14}", value):
        return value
    if re.fullmatch(r"\d{8}", value):
        return value + "000000"
    moment = datetime.fromisoformat(value)
    if moment.tzinfo is not None:
        moment = moment.astimezone(timezone.utc)
    return moment.strftime("%Y%m%d%H%M%S")


def fraction_date(year: int, month: int, day: int) -> str:
    """GDELT's FractionDate, YYYY.FFFF. The codebook gives FFFF as (MONTH * 30 + DAY) / 365, but GDELT's files hold
    ((MONTH - 1) * 30 + DAY) / 365 (20041126 is 2004.8932, 20131124 is 2013.8877): readers compare against the files."""
    return f"{year + ((month - 1) * 30 + day) / 365:.4f}"


def host(url: str | None) -> str:
    """The site a URL is on, as GDELT names sources: 'www.reuters.com/world/...' -> 'reuters.com'."""
    if not url:
        return ""
    name = urlsplit(url if "//" in url else f"//{url}").hostname or ""
    return name[4:] if name.startswith("www.") else name


# --- geography --------------------------------------------------------------------------------------------------------


def _country_name(code: str | None) -> str:
    known = country_record(code) if code else None
    return known.name if known else ""


def _geography(place: EventPlace | Place | None, places: Mapping[str, EventPlace | Place] | None) -> tuple[str, ...]:
    """The eight Geo_ fields of a place: Type, FullName, CountryCode, ADM1Code, ADM2Code, Lat, Long, FeatureID."""
    if place is None:
        return _NO_GEOGRAPHY
    geonames_id = place.geonames_id if isinstance(place, EventPlace) else place.geonameid
    feature = place.feature if isinstance(place, Place) else None
    if feature is None and geonames_id is not None and places:
        # An event's place carries no feature class; the article's record of the same place does.
        known = places.get(f"gn:{geonames_id}")
        feature = known.feature if isinstance(known, Place) else None
    fips = FIPS_CODES.get(place.country or "", "")
    country_name = _country_name(place.country)
    located = place.lat is not None and place.lon is not None
    if not located and not fips:
        return _NO_GEOGRAPHY  # nothing to map it by: GDELT lists only places it could geocode
    us = place.country == "USA"
    if feature == "country" or not located or (country_name and place.name.casefold() == country_name.casefold()):
        kind, full_name = "1", country_name or place.name
    elif feature == "admin1":
        kind, full_name = ("2" if us else "5"), ", ".join(filter(None, (place.name, country_name)))
    else:
        kind, full_name = ("3" if us else "4"), ", ".join(filter(None, (place.name, country_name)))
    if geonames_id is not None:
        feature_id = str(geonames_id)
    else:
        feature_id = fips if kind in ("1", "2", "5") else ""  # GDELT's textual FeatureID for an area
    return (
        kind, clean(full_name, "#;"), fips, fips, "",
        f"{place.lat:.4f}" if located else "", f"{place.lon:.4f}" if located else "", feature_id,
    )  # fmt: skip


# --- the Event table ----------------------------------------------------------------------------------------------------


def actor_fields(actor: EventActor | None) -> list[str]:
    """The ten Actor fields: Code, Name, CountryCode, KnownGroupCode, EthnicCode, Religion1Code, Religion2Code and
    Type1Code to Type3Code. The code is read three letters at a time: a first triple that is no sector code is the
    country (as is a later one that is an ISO country code, 'MNCUSA'), sector triples fill the types in order, and the
    first other triple is the known group ('IGOUNO' -> UNO). Ethnic and religion codes are not told apart: left empty."""
    if actor is None:
        return [""] * 10
    code = clean(actor.code).upper()
    parts = [code[i : i + 3] for i in range(0, len(code), 3)] if code.isalpha() else []
    country = group = ""
    types: list[str] = []
    for index, part in enumerate(parts):
        if part in SECTOR_CODES:
            types.append(part)
        elif not country and (index == 0 or part in FIPS_CODES):
            country = part
        elif not group:
            group = part
    name = clean(actor.name or actor.text).upper()
    return [code, name, country, group, "", "", "", *(types + ["", "", ""])[:3]]


def _event_day(event: CollectionEvent) -> tuple[int, int, int] | None:
    for value in ((event.date.value if event.date else None), event.first_seen):
        found = _DAY.match(value or "")
        if found:
            return int(found[1]), int(found[2]), int(found[3])
    return None


def _cameo(event: CollectionEvent) -> str:
    if event.cameo:
        return event.cameo
    try:
        return event_type(event.type).cameo  # the type's own code when no report narrowed it down
    except KeyError:
        return ""


def event_row(
    event: CollectionEvent,
    global_id: int,
    *,
    source_url: str | None,
    date_added: str,
    places: Mapping[str, EventPlace | Place] | None = None,
    sources: Iterable[str] | None = None,
    is_root: bool = False,
) -> list[str]:
    """One row of the GDELT 2.0 Event table (61 strings, in :data:`EVENT_COLUMNS` order) for a collection event.

    ``date_added`` is DATEADDED, the time of the export (ISO 8601 or GDELT's 14 digits). ``places`` says where each
    actor is, by the actor's entity id or else its code; an actor it does not place is put at the event's place, the
    nearest place dateline knows for it. It may also hold the article's places by id
    ('gn:491422'), whose feature class tells a state from a city. ``sources`` are the URLs (or host names) of the
    articles that report the event: NumSources counts their distinct sites, and is NumArticles when none are given.
    ``is_root`` sets IsRootEvent (the event is told in a lead paragraph); GDELT's '0' otherwise.
    """
    day = _event_day(event)
    if day:
        year, month, date = day
        dates = [f"{year:04d}{month:02d}{date:02d}", f"{year:04d}{month:02d}", f"{year:04d}", fraction_date(*day)]
    else:
        dates = ["", "", "", ""]
    actor1 = event.actors[0] if event.actors else None
    actor2 = event.recipients[0] if event.recipients else None
    code = _cameo(event)
    quad = quad_class(code) if code else None
    score = goldstein(code) if code else None
    hosts = {host(source) for source in sources or ()} - {""}
    num_sources = len(hosts) if hosts else event.num_articles

    def actor_place(actor: EventActor | None) -> tuple[str, ...]:
        if actor is None:
            return _NO_GEOGRAPHY
        own = None
        if places:
            own = (places.get(actor.entity) if actor.entity else None) or (places.get(actor.code) if actor.code else None)
        return _geography(own or event.place, places)

    row = [
        str(global_id), *dates, *actor_fields(actor1), *actor_fields(actor2),
        "1" if is_root else "0", code, code[:3], code[:2],
        str(quad) if quad is not None else "", str(float(score)) if score is not None else "",
        str(event.num_mentions), str(num_sources), str(event.num_articles), "0",
        *actor_place(actor1), *actor_place(actor2), *_geography(event.place, places),
        gdelt_timestamp(date_added), clean(source_url),
    ]  # fmt: skip
    assert len(row) == len(EVENT_COLUMNS)
    return row


# --- the Mentions table ---------------------------------------------------------------------------------------------


def sentence_number(text: str, offset: int) -> int:
    """The 1-based number of the sentence holding ``offset``: one more than the sentence ends before it (a simple
    rule: '.', '!' or '?' before whitespace, or a blank line; abbreviations like 'U.S.' and 'Mr.' end none)."""
    return 1 + sum(1 for _ in _SENTENCE_END.finditer(text, 0, max(0, min(offset, len(text)))))


def _first_mention(entities: Sequence[Entity] | None, entity_id: str | None) -> int:
    if not entity_id:
        return -1
    for entity in entities or ():
        if entity.id == entity_id and entity.mentions:
            return min(mention.start for mention in entity.mentions)
    return -1


def _actor_offset(article: Article, told: Sequence[EventActor], collected: Sequence[EventActor]) -> int:
    for actors in (told, collected):
        if actors and actors[0].entity:
            return _first_mention(article.entities, actors[0].entity)
    return -1


def mention_row(
    global_id: int,
    event: CollectionEvent,
    article: Article,
    article_event: Event,
    *,
    date_added: str,
    source_url: str | None,
) -> list[str]:
    """One row of the GDELT 2.0 Mentions table (16 strings): ``article_event``, the article's telling of ``event``.

    EventTimeDate and MentionTimeDate are both ``date_added``: GDELT gives the event's DATEADDED and the time of the
    update that saw the mention, and one export is one update. An article without a URL is a citation (MentionType
    2) identified by its article id.
    """
    url = source_url or article.url
    start = article_event.sentence.start if article_event.sentence else (
        article_event.trigger.start if article_event.trigger else 0
    )  # fmt: skip
    stamp = gdelt_timestamp(date_added)
    row = [
        str(global_id), stamp, stamp, "1" if url else "2", host(url) or clean(article.agency), clean(url) or article.id,
        str(sentence_number(article.text, start)),
        str(_actor_offset(article, article_event.actors, event.actors)),
        str(_actor_offset(article, article_event.recipients, event.recipients)),
        str(article_event.trigger.start if article_event.trigger else -1),
        "1", str(round(article_event.confidence * 100)), str(len(article.text)), "0", "", "",
    ]  # fmt: skip
    assert len(row) == len(MENTION_COLUMNS)
    return row


# --- the GKG table --------------------------------------------------------------------------------------------------


def _counts(article: Article) -> tuple[str, str, str]:
    """V1COUNTS, V2.1COUNTS and V2.1AMOUNTS. A count is TYPE#number#object then the seven location fields, which
    stay empty (location type 0: dateline does not place a count); V2.1 appends the offset. Counts without a type
    are amounts only, and counts without a number are left out. For a range ('800 to 1,200') the number is its
    lower bound."""
    v1: list[str] = []
    v2: list[str] = []
    amounts: list[str] = []
    for count in sorted(article.counts or (), key=lambda c: c.start):
        number = count.min if count.min is not None else count.max
        if number is None:
            continue
        kind, thing = clean(count.type, "#;").upper(), clean(count.object, "#;")
        if kind:
            v1.append(f"{kind}#{number}#{thing}#0######")
            v2.append(f"{kind}#{number}#{thing}#0#######{count.start}")
        amounts.append(f"{number},{clean(count.object, '#;,')},{count.start}")
    return ";".join(dict.fromkeys(v1)), ";".join(v2), ";".join(amounts)


def _locations(article: Article) -> tuple[str, str]:
    """V1LOCATIONS (each place once) and V2ENHANCEDLOCATIONS (each mention, with ADM2 and its offset). Unresolved
    places are left out: GDELT lists only what it geocoded."""
    v1: list[str] = []
    v2: list[tuple[int, str]] = []
    for place in article.places or ():
        if not place.resolved:
            continue
        kind, name, country, adm1, adm2, lat, lon, feature = _geography(place, None)
        if kind == "0":
            continue
        v1.append("#".join((kind, name, country, adm1, lat, lon, feature)))
        for mention in place.mentions:
            v2.append((mention.start, "#".join((kind, name, country, adm1, adm2, lat, lon, feature, str(mention.start)))))
    return ";".join(dict.fromkeys(v1)), ";".join(block for _, block in sorted(v2))


def _names(entities: Iterable[Entity]) -> tuple[str, str]:
    """The V1 list (each name once, in order of first mention) and the V2 'Name,offset' list (each mention)."""
    mentions = sorted((mention.start, clean(entity.name, ",;#")) for entity in entities for mention in entity.mentions)
    unique = dict.fromkeys(name for _, name in mentions if name)
    return ";".join(unique), ";".join(f"{name},{start}" for start, name in mentions if name)


def _dates(article: Article) -> str:
    """V2.1ENHANCEDDATES: resolution#month#day#year#offset, for a day (3), a month (2), a year (1) or a day of an
    unknown year (4)."""
    blocks = []
    for time in sorted(article.times or (), key=lambda t: t.start):
        value = time.value
        if found := re.match(r"^(\d{4}|XXXX)-(\d{2})-(\d{2})(?![\d-])", value):
            year = "0" if found[1] == "XXXX" else str(int(found[1]))
            resolution = "4" if found[1] == "XXXX" else "3"
            blocks.append(f"{resolution}#{int(found[2])}#{int(found[3])}#{year}#{time.start}")
        elif found := re.fullmatch(r"(\d{4})-(\d{2})", value):
            blocks.append(f"2#{int(found[2])}#0#{int(found[1])}#{time.start}")
        elif re.fullmatch(r"\d{4}", value):
            blocks.append(f"1#0#0#{int(value)}#{time.start}")
    return ";".join(blocks)


def _quotations(article: Article) -> tuple[str, str]:
    """V2.1QUOTATIONS (Offset|Length|Verb|Quote blocks joined by '#') and the speakers for V2EXTRASXML."""
    blocks = []
    speakers = []
    for quote in sorted(article.quotes or (), key=lambda q: q.start):
        blocks.append(f"{quote.start}|{quote.end - quote.start}|{clean(quote.cue, '#|')}|{clean(quote.text, '#|')}")
        if quote.speaker:
            entity = f' entity="{_attribute(quote.speaker.entity)}"' if quote.speaker.entity else ""
            speaker = _attribute(quote.speaker.name or quote.speaker.text)
            speakers.append(f'<QUOTE offset="{quote.start}" speaker="{speaker}"{entity}/>')
    extras = f"<SPEAKERS>{''.join(speakers)}</SPEAKERS>" if speakers else ""
    return "#".join(blocks), extras


def _attribute(value: str) -> str:
    return escape(clean(value), {'"': "&quot;", "'": "&apos;"})


def gkg_row(record_id: str, article: Article, *, date_added: str, source_url: str | None) -> list[str]:
    """One row of the GKG 2.1 table (27 strings, in :data:`GKG_COLUMNS` order) for an article.

    ``record_id`` is GKGRECORDID (GDELT's form is '<DATEADDED>-<n>'); V2.1DATE is ``date_added``, the same for every
    row of an export as in GDELT's files. Themes, GCAM, images, embeds and translation info are left empty (dateline
    computes none of them), and the tone is all zeros; V2EXTRASXML holds, beyond GDELT, each quotation's speaker.
    """
    url = source_url or article.url
    entities = article.entities or []
    v1_counts, v2_counts, amounts = _counts(article)
    v1_locations, v2_locations = _locations(article)
    v1_persons, v2_persons = _names(e for e in entities if e.type == "PERSON")
    v1_orgs, v2_orgs = _names(e for e in entities if e.type == "ORG")
    quotations, extras = _quotations(article)
    row = [
        clean(record_id), gdelt_timestamp(date_added), "1" if url else "2", host(url) or clean(article.agency),
        clean(url) or article.id, v1_counts, v2_counts, "", "", v1_locations, v2_locations, v1_persons, v2_persons,
        v1_orgs, v2_orgs, "0,0,0,0,0,0,0", _dates(article), "", "", "", "", "", quotations, _names(entities)[1],
        amounts, "", extras,
    ]  # fmt: skip
    assert len(row) == len(GKG_COLUMNS)
    return row


# --- files ----------------------------------------------------------------------------------------------------------


def write_tsv(path: str | os.PathLike[str], rows: Iterable[Sequence[str]]) -> int:
    """Write ``rows`` tab-separated, one per line, UTF-8, with no header (GDELT's files have none); the number of
    rows written. The file is written beside ``path`` under a temporary name and renamed into place, so a reader
    sees the old file or the whole new one, never a part."""
    target = Path(path)
    handle = tempfile.NamedTemporaryFile(
        "w", encoding="utf-8", newline="", dir=target.parent, prefix=f".{target.name}.", suffix=".tmp", delete=False
    )
    count = 0
    try:
        with handle:
            for row in rows:
                # Rows from this module are clean already; any other row must not break the layout either.
                handle.write("\t".join(_BREAKS.sub(" ", field) for field in row) + "\n")
                count += 1
            handle.flush()
            os.fsync(handle.fileno())
        # A temporary file is private (0600); the export should get what a new file or the one it replaces had.
        os.chmod(handle.name, target.stat().st_mode & 0o7777 if target.exists() else 0o644)
        os.replace(handle.name, target)
    except BaseException:
        Path(handle.name).unlink(missing_ok=True)
        raise
    return count
