"""Place mentions in a parsed article: spaCy's GPE, LOC and FAC names, named facilities, and their containers.

What the tagger gets wrong in news is handled here, before any lookup: a surname tagged as a place ("Pompeo" after
"Mike Pompeo") is dropped; a prison or camp tagged as an organisation ("El Rodeo prison") is kept as a facility;
"Paris, Texas" gives Paris a container. Names tagged as people or organisations right after "in"/"near" are kept
as *tentative*: the gazetteer decides whether they stay.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from dateline.language import doc_text
from dateline.places.countries import capital_country, country_of_name
from dateline.text import POSSESSIVES, fold

PLACE_LABELS: frozenset[str] = frozenset({"GPE", "LOC", "FAC"})
# Head nouns that make the name before them a place: "El Rodeo prison", "Bagram air base", "Zaporizhzhia plant".
FACILITY_NOUNS: frozenset[str] = frozenset(
    """prison jail penitentiary camp base airbase airport airfield port harbour harbor seaport hospital clinic
    stadium arena square palace embassy consulate refinery plant reactor mine dam bridge crossing checkpoint
    terminal station mosque church cathedral temple synagogue monastery shrine compound barracks academy
    university campus hotel market mall""".split()
)
# Prepositions after which a name is a location whatever the tagger said: "jailed in Caracas", "near Sochi".
LOCATIVE_PREPOSITIONS: frozenset[str] = frozenset({"in", "near", "outside", "inside", "at", "from", "to", "across"})
# Words right after a name that make it a state or province rather than its namesake city: "New York Gov. Cuomo".
ADMIN_FOLLOWERS: frozenset[str] = frozenset({"gov.", "gov", "governor", "state", "legislature", "statehouse", "lawmakers"})
ADMIN_TAILS: frozenset[str] = frozenset({"state", "province", "oblast", "governorate", "prefecture", "region"})
_LEADING_DROPPED = {"the"}


@dataclass(slots=True)
class PlaceMention:
    """One place name in the article text: ``text[start:end]``, with the tokens it spans in the Doc."""

    start: int
    end: int
    text: str
    label: str
    token_start: int
    token_end: int
    facility: bool = False
    container: str | None = None  # the region or country written after it: "Texas" in "Paris, Texas"
    tentative: bool = False  # tagged a person or organisation; kept only if the gazetteer knows it well
    located: bool = False  # written after "in", "near", ...: a place by where it stands in the sentence
    admin_hint: bool = False  # said of a state or province: "New York Gov.", "the state of Texas"


def find_mentions(doc: Any) -> list[PlaceMention]:
    """Every place mention of ``doc`` in text order, without overlaps."""
    person_words = _person_words(doc)
    found: list[PlaceMention] = []
    for ent in doc.ents:
        mention = _mention_of(doc, ent, person_words)
        if mention is None:
            continue
        found.extend(_split_container(doc, mention))
    found.sort(key=lambda m: (m.start, -m.end))
    kept: list[PlaceMention] = []
    for mention in found:
        if kept and mention.start < kept[-1].end:
            continue
        kept.append(mention)
    _link_containers(doc, kept)
    return kept


def _person_words(doc: Any) -> set[str]:
    """Words of multi-word person names: a lone "Pompeo" tagged GPE is the person already named."""
    words: set[str] = set()
    for ent in doc.ents:
        if ent.label_ == "PERSON" and len(ent) > 1:
            words.update(fold(token.text) for token in ent if token.is_alpha)
    return words


def _mention_of(doc: Any, ent: Any, person_words: set[str]) -> PlaceMention | None:
    start, end = ent.start, ent.end
    while start < end and (doc[start].lower_ in _LEADING_DROPPED or not doc[start].text.strip()):
        start += 1
    while end > start and (doc[end - 1].is_punct or not doc[end - 1].text.strip() or doc[end - 1].text in POSSESSIVES):
        end -= 1
    if start >= end:
        return None
    span = doc[start:end]
    text = span.text
    if not text[:1].isupper() or "\n" in text:
        return None
    label = ent.label_
    # A GPE before "prison" may be the town a facility is in ("a Gainesville hospital"): geoparse decides those by
    # whether the gazetteer knows the town.
    facility = _facility_context(doc, end)
    known_country = country_of_name(text) is not None or capital_country(text) is not None
    mention = PlaceMention(span.start_char, span.end_char, text, label, start, end, facility=facility)
    mention.admin_hint = _admin_context(doc, start, end)
    if label in PLACE_LABELS or facility:
        if len(span) == 1 and fold(text) in person_words and not known_country:
            return None
        return mention
    if label in ("PERSON", "ORG") and len(span) <= 3 and fold(text) not in person_words:
        before = doc[start - 1].lower_ if start > 0 else ""
        if known_country and len(span) == 1:
            mention.label = "GPE"
            return mention
        # The small tagger often calls a town a person ("Alexandria woman charged"): a lone word, or a name after
        # "in"/"near", is kept if the gazetteer knows it well.
        if before in LOCATIVE_PREPOSITIONS or len(span) == 1:
            mention.tentative = True
            mention.located = before in LOCATIVE_PREPOSITIONS
            return mention
    return None


def _admin_context(doc: Any, start: int, end: int) -> bool:
    after = doc[end].lower_ if end < len(doc) else ""
    before = doc[max(0, start - 2) : start].text.lower()
    last = doc[end - 1].lower_
    return after in ADMIN_FOLLOWERS or before in ("state of", "province of") or last in ADMIN_TAILS


def _facility_context(doc: Any, end: int) -> bool:
    """A facility noun right after the name, or in apposition: "El Rodeo prison", "El Helicoide, a notorious jail"."""
    if end < len(doc) and doc[end].lower_ in FACILITY_NOUNS:
        return True
    if end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ in ("a", "an", "the"):
        for token in doc[end + 2 : end + 6]:
            if token.lower_ in FACILITY_NOUNS:
                return True
            if token.pos_ not in ("ADJ", "ADV", "NOUN", "PROPN") or token.is_punct:
                break
    return False


def _split_container(doc: Any, mention: PlaceMention) -> list[PlaceMention]:
    """ "Paris, Texas" as one entity becomes Paris (contained in Texas) and Texas."""
    span = doc[mention.token_start : mention.token_end]
    commas = [token.i for token in span if token.text == ","]
    if len(commas) != 1:
        return [mention]
    cut = commas[0]
    head, tail = doc[mention.token_start : cut], doc[cut + 1 : mention.token_end]
    if not len(head) or not len(tail) or not tail.text[:1].isupper():
        return [mention]
    first = PlaceMention(head.start_char, head.end_char, head.text, mention.label, head.start, head.end)
    second = PlaceMention(tail.start_char, tail.end_char, tail.text, mention.label, tail.start, tail.end)
    first.container = second.text
    return [first, second]


def _link_containers(doc: Any, mentions: list[PlaceMention]) -> None:
    """A place followed by ", Region" names its container: "Sochi, Russia", "Portland, Maine"."""
    starts = {m.token_start for m in mentions}
    for first, second in zip(mentions, mentions[1:]):
        if first.container or first.facility or country_of_name(first.text):
            continue
        if doc_text(doc)[first.end : second.start].strip() != ",":
            continue
        after = second.token_end
        if after >= len(doc) or doc[after].is_punct and doc[after].text != ",":
            first.container = second.text
        elif doc[after].text == ",":
            # "Iran, Syria, Afghanistan and ..." is a list, not a container.
            following = after + 1
            if following < len(doc) and following not in starts and doc[following].lower_ not in ("and", "or"):
                first.container = second.text
        elif doc[after].pos_ in ("VERB", "AUX", "ADP"):
            first.container = second.text
