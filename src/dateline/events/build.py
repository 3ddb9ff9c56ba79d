"""Coded events as records: actors coded, dated, placed, linked to their quote, scored, one record per event."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from dateline.events.actors import actor_country, code_actor, split_by_country
from dateline.events.coded import Coded
from dateline.events.coder import code_doc, participant_spans
from dateline.events.duplicates import merge_mentions
from dateline.events.lexicon import Coding
from dateline.events.ontology import cameo_code, goldstein, quad_class
from dateline.events.token_kinds import children_of
from dateline.model import Article
from dateline.records import Event, EventActor, EventDate, EventPlace, Place, Quote, TextSpan

# Types whose recipient, when the text names none, is the place the event happened (CAMEO coding practice).
_PLACE_AS_RECIPIENT = frozenset({"PROTEST", "COERCE", "ASSAULT", "MOBILIZE", "SANCTION", "AID", "CONCEDE"})
_UNDATED = frozenset({"PAST_REF", "PRESENT_REF", "FUTURE_REF"})
_LOCATIVES = frozenset({"in", "at", "near", "outside", "inside", "from", "across", "around", "into", "to"})
_FIRST_PERSON = frozenset({"we", "i", "us", "me", "our"})
_SECOND_PERSON = frozenset({"you", "your"})
_FRAMED = frozenset({"xcomp", "ccomp", "advcl", "relcl"})
_OTHER_TIMES = frozenset({"following", "after", "before", "since", "ahead"})  # another event, which sets this one
_SETTINGS = frozenset({"in", "during", "at"})  # what happened "in a raid" happened when the raid did
_NOUN_DATING = frozenset({"poss", "compound", "nummod", "amod", "nmod", "npadvmod"})
_TIME_LINKS = frozenset({"pobj", "prep", "npadvmod", "advmod", "nummod", "compound", "amod", "appos", "nmod", "tmod"})


def article_events(article: Article, doc: Any) -> list[Event]:
    """The events of one article from its parse and its entities, quotes, times and places; several tellings of
    one event are one record with several mentions."""
    return merge_mentions([event_record(article, coded) for coded in code_doc(doc)])


def event_record(article: Article, coded: Coded) -> Event:
    actor_spans, recipient_spans = participant_spans(coded)
    # "the probe found that ...": an event named by its noun is not its own doer, unless its words name one ("a
    # German parliamentary inquiry" is the Bundestag's)
    actor_spans = [span for span in actor_spans if not span[0] <= coded.trigger[0] < span[1]
                   or code_actor(article, span[0], span[1], head=span[2]).code is not None]
    quote = _quote_of(article.quotes or (), coded.trigger[0])
    bounds = (coded.sentence.start_char, coded.sentence.end_char)
    actors = [_actor(article, span, quote, bounds) for span in actor_spans]
    recipients = [_actor(article, span, quote, bounds) for span in recipient_spans]
    coding = coded.coding
    place = _place(article, coded, actor_spans)
    if not recipients and place is not None and coding.type in _PLACE_AS_RECIPIENT and not place.dateline_only:
        # CAMEO's convention: with no one named on the receiving end, the place the event struck stands for it.
        recipients = [EventActor(text=place.text, name=place.record.name, code=_place_code(place.record))]
    recipients = _domestic(coding.type, coding.cameo, actors, recipients)
    if coding.cameo[:3] in _BETWEEN_STATES or coding.type == "CONSULT":
        actors = _not_the_recipients_country(article, actor_spans, actors, recipients)
    if coding.cameo[:2] in ("15", "19") and coded.rule.startswith("noun:"):
        actors = [_armed(actor, span, coded.trigger[0]) for actor, span in zip(actors, actor_spans, strict=True)]
    actors = [one for actor in actors for one in split_by_country(actor)]  # after the spans are read with them
    recipients = [one for recipient in recipients for one in split_by_country(recipient)]
    if coding.type == "REQUEST" and _ends_own_conflict(article.text, coded.trigger[1], actors, recipients, place):
        coding = _DE_ESCALATE
    known = cameo_code(coding.cameo)
    start, end = coded.trigger
    trigger = TextSpan(start=start, end=end, text=article.text[start:end])
    sentence = TextSpan(start=coded.sentence.start_char, end=coded.sentence.end_char)
    return Event(
        id="e0",
        type=coding.type,
        mode=coding.mode,
        context=list(known.context) if known is not None else [],
        cameo=coding.cameo,
        quad_class=quad_class(coding.cameo),
        goldstein=goldstein(coding.cameo),
        actors=actors,
        recipients=recipients,
        date=_date(article, coded),
        place=place.event_place if place is not None else None,
        trigger=trigger,
        sentence=sentence,
        negated=coded.negated,
        hypothetical=coded.hypothetical,
        quote=quote.id if quote is not None else None,
        mentions=[TextSpan(start=start, end=end, text=trigger.text)],
        confidence=_confidence(coded, actors, recipients),
        evidence=coded.rule,
    )


# What a state does to people it gives no country is done to its own: "Belarus detained opposition leaders" is
# BLROPP, "the Moroccan king pardoned 400 prisoners" MAR, "a court in Baku sentenced a journalist" AZE.
_DOMESTIC = frozenset({"COERCE", "CONCEDE"})
_NON_STATE = frozenset({"REB", "OPP", "CVL", "LAB", "EDU", "REF"})


def _domestic(event_type: str, cameo: str, actors: list[EventActor], recipients: list[EventActor]) -> list[EventActor]:
    # A country's own rebels, opposition or people acting: "Nepal's Maoist rebels agreed to a truce with the
    # government" is a truce with Nepal's government.
    from_within = bool(actors) and all((actor.code or "")[3:] in _NON_STATE for actor in actors)
    if event_type not in _DOMESTIC and not (event_type == "SANCTION" and cameo.startswith("116")) and not from_within:
        return recipients
    countries = {country for actor in actors if (country := actor_country(actor.code)) is not None}
    if len(countries) != 1:
        return recipients
    (country,) = countries
    return [
        r if actor_country(r.code) is not None or r.code in ("IGO", "NGO") else replace(r, code=country + (r.code or ""))
        for r in recipients
    ]


# Events one state does to another, and talks: an official the text gives no country of his own, in "the government
# expelled the French ambassador", "the king received the visiting Chinese premier" or "the two leaders discussed
# the crisis in Syria", is not of the other side's country.
_BETWEEN_STATES = frozenset({"161", "166", "042", "043", "114"})
_NOT_OFFICIAL = frozenset({"REB", "OPP", "CVL", "LAB", "EDU", "REF", "REL", "MED", "BUS"})


def _not_the_recipients_country(
    article: Article, spans: list[tuple[int, int, int]], actors: list[EventActor], recipients: list[EventActor]
) -> list[EventActor]:
    # (a country's own opposition, people or press met at home are the official's own country: "the president met
    # opposition leaders in Caracas" is Venezuela's)
    theirs = {actor_country(r.code) for r in recipients if (r.code or "")[3:] not in _NOT_OFFICIAL} - {None}
    unguessed = []
    for (start, end, head), actor in zip(spans, actors, strict=True):
        if actor_country(actor.code) in theirs and article.text[start:end].lower() not in _FIRST_PERSON:
            own = code_actor(article, start, end, head=head, borrow=False)  # its country from its own words and places
            if actor_country(own.code) is None:
                actor = replace(actor, code=own.code)
        unguessed.append(actor)
    return unguessed


# "called for an end to the fighting": by a party to the conflict, the manual's AGREE (CAMEO 0356, an intent to
# de-escalate); by anyone else, a request.
_END_OF_CONFLICT = re.compile(
    r"(?:(?:[^.;\"]{0,40}?\bfor\s+|\s*)(?:an?\s+|the\s+)?(?:immediate\s+|swift\s+|quick\s+|early\s+)?"
    r"(?:end|halt)\s+to\s+|[^.;\"]{0,60}?\bto\s+(?:end|halt|stop)\s+)"  # "for an end to", "to halt"
    r"(?:the\s+|their\s+|its\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:fighting|bloodshed|war|violence|hostilities|conflict|clashes|insurgency|killing)\b",
    re.IGNORECASE,
)
_DE_ESCALATE = Coding("AGREE", "0356")


def _ends_own_conflict(
    text: str, trigger_end: int, actors: list[EventActor], recipients: list[EventActor], place: _Where | None
) -> bool:
    """Whether the request asks for an end to a conflict its own actor is a party to: rebels always are, a
    government or army when the conflict is in its own country (a recipient's or the event's place)."""
    if _END_OF_CONFLICT.match(text, trigger_end) is None or not actors:
        return False
    if all((actor.code or "").endswith("REB") for actor in actors):
        return True
    sides = {actor_country(r.code) for r in recipients}
    if place is not None and not place.dateline_only:
        sides.add(place.record.country)
    return all(actor_country(actor.code) in sides - {None} for actor in actors)


def _armed(actor: EventActor, span: tuple[int, int, int], trigger_start: int) -> EventActor:
    """"An Israeli air strike", "the Soviet invasion": a nationality naming who fights is its state's armed forces."""
    bare_country = actor.code is not None and len(actor.code) == 3 and actor_country(actor.code) is not None
    if bare_country and span[1] <= trigger_start <= span[1] + 12:
        return replace(actor, code=(actor.code or "") + "MIL")
    return actor


def _actor(article: Article, span: tuple[int, int, int], quote: Quote | None, sentence: tuple[int, int]) -> EventActor:
    start, end, head = span
    if quote is not None and quote.speaker is not None and article.text[start:end].lower() in _FIRST_PERSON:
        speaker = quote.speaker
        coded = code_actor(article, speaker.start, _speaker_end(article.text, speaker.end), sentence=sentence)
        return EventActor(text=article.text[start:end], name=speaker.name, entity=speaker.entity or coded.entity, code=coded.code)
    if quote is not None and quote.addressee is not None and article.text[start:end].lower() in _SECOND_PERSON:
        told = quote.addressee  # "I would like your visit to Russia to ...", Putin told Pompeo: Pompeo's visit
        coded = code_actor(article, told.start, _speaker_end(article.text, told.end), sentence=sentence)
        return EventActor(text=article.text[start:end], name=told.name, entity=told.entity or coded.entity, code=coded.code)
    coded = code_actor(article, start, end, head=head, sentence=sentence)
    if quote is not None and quote.speaker is not None and article.text[start:end].lower().startswith(("our ", "my ")):
        # "Our forces", in the minister's words: the minister's country, the phrase's sector.
        speaking = code_actor(article, quote.speaker.start, _speaker_end(article.text, quote.speaker.end), sentence=sentence)
        country = (speaking.code or "")[:3]
        if len(country) == 3 and country not in ("IGO", "NGO") and actor_country(coded.code) is None:
            coded.code = country + (coded.code or "")
    return coded


# "the commander of the Pakistani air force said": the speaker's "of" phrase, up to the verb or a comma.
_OF_PHRASE = re.compile(r" of [^,;:.\"\u201c\u201d]{1,60}?(?= (?:said|says|told|tells|added|adds|warned|insisted)\b|[,;.]|$)")


def _speaker_end(text: str, end: int) -> int:
    """The end of a speaker's phrase with the "of" phrase that says whose official he is."""
    match = _OF_PHRASE.match(text, end)
    return match.end() if match else end


def _quote_of(quotes: Sequence[Quote], offset: int) -> Quote | None:
    for quote in quotes:
        if any(start <= offset < end for start, end in quote.pieces):
            return quote
    return None


def _date(article: Article, coded: Coded) -> EventDate | None:
    """The time expression attached to the event's own words, else the sentence's nearest one outside what the
    event frames ("warned Russia to stay out of next year's vote" is not dated next year), else the article's."""
    sentence = coded.sentence
    low, high = sentence.start_char, sentence.end_char
    anchor = coded.anchor
    framed = [(c.left_edge.idx, c.right_edge.idx + len(c.right_edge)) for c in children_of(anchor) if c.dep_ in _FRAMED]
    times = [t for t in article.times or () if low <= t.start < high and t.type in ("DATE", "TIME") and t.value not in _UNDATED]
    attached = [t for t in times if _attached(sentence.doc, t.start, t.end, anchor)]
    free = [t for t in times if not any(start <= t.start < end for start, end in framed) and not _of_a_noun(sentence.doc, t.start, t.end, anchor)]
    for group in (attached, free):
        if group:
            best = min(group, key=lambda t: abs(t.start - coded.trigger[0]))
            return EventDate(text=best.text, value=best.value.split("T")[0] if best.type == "TIME" else best.value)
    published = article.published or article.updated
    return EventDate(text=None, value=published[:10]) if published else None


def _of_a_noun(doc: Any, start: int, end: int, anchor: Any) -> bool:
    """Whether a time expression dates a thing the sentence names rather than what it tells: "next year's vote",
    "the 2016 election", "Kim's visit to Russia last month" date the vote, the election and the visit."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    token = span.root
    return token.dep_ in _NOUN_DATING and token.head.pos_ in ("NOUN", "PROPN") and token.head.i != anchor.i


def _attached(doc: Any, start: int, end: int, anchor: Any) -> bool:
    """Whether a time expression modifies ``anchor`` itself: "met on Tuesday", "the January 3 raid"."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    token = span.root
    for _ in range(4):
        if token.head.i == anchor.i or token.i == anchor.i:
            return True
        if token.dep_ not in _TIME_LINKS or token.head.i == token.i:
            return False
        token = token.head
        if token.pos_ in ("NOUN", "PROPN") and not start <= token.idx < end:
            # "captured in a January 3 raid" is the capture's time; "discussed Iran, following Kim's visit last
            # month" the visit's, not the talks'
            return token.dep_ == "pobj" and token.head.lower_ in _SETTINGS and token.head.head.i == anchor.i
    return False


@dataclass(slots=True)
class _Where:
    record: Place
    text: str  # the words that name it in the sentence
    dateline_only: bool

    @property
    def event_place(self) -> EventPlace:
        place = self.record
        return EventPlace(name=place.name, country=place.country, lat=place.lat, lon=place.lon, geonames_id=place.geonameid)


def _place_code(place: Place) -> str | None:
    if not place.country:
        return None
    # A country struck is its state; a town or a capital struck, the people in it (not its government, as when acting).
    return place.country + ("GOV" if place.feature == "country" else "CVL")


def _place(article: Article, coded: Coded, actor_spans: list[tuple[int, int, int]]) -> _Where | None:
    """The place the sentence puts the event in, else the dateline's."""
    sentence = coded.sentence
    low, high = sentence.start_char, sentence.end_char
    doc = sentence.doc
    best: tuple[int, Place, str] | None = None
    # Talks are placed at their venue: not in their topic, nor where an earlier visit went.
    topics = [(c.left_edge.idx, c.right_edge.idx + len(c.right_edge)) for c in children_of(coded.anchor)
              if c.dep_ == "dobj" and c.i != coded.hit.token.i or c.dep_ == "prep" and c.lower_ in _OTHER_TIMES
              ] if coded.coding.type == "CONSULT" else []  # fmt: skip
    for place in article.places or ():
        for mention in place.mentions:
            if not low <= mention.start < high or mention.metonymic:
                continue
            if any(start <= mention.start < end for start, end, _ in actor_spans):
                continue
            if any(start <= mention.start < end for start, end in topics):
                continue  # "discussed the situation in North Korea", "following Kim's visit to Russia": not where
            token = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if token is None or token.root.head.lower_ not in _LOCATIVES or token.root.dep_ != "pobj":
                continue  # "the Ukraine crisis", "Russia's backing": named, but not where it happened
            rank = abs(mention.start - coded.trigger[0])
            if best is None or rank < best[0]:
                best = (rank, place, mention.text)
    if best is not None:
        return _Where(best[1], best[2], dateline_only=False)
    dateline = next((p for p in article.places or () if p.dateline), None)
    return _Where(dateline, dateline.name, dateline_only=True) if dateline is not None else None


def _confidence(coded: Coded, actors: list[EventActor], recipients: list[EventActor]) -> float:
    score = 0.5
    score += 0.2 if actors else 0.0
    score += 0.1 if recipients else 0.0
    score += 0.1 if not coded.rule.startswith(("noun:", "state:")) else -0.05
    score -= 0.1 if coded.hypothetical else 0.0
    score -= 0.05 if any(a.entity is None and a.code is None for a in actors) else 0.0
    # No one on either side coded as a state, a people or a body: "the app will support", "you can visit our page".
    score -= 0.15 if not any(party.code for party in (*actors, *recipients)) else 0.0
    return round(min(0.99, max(0.05, score)), 2)
