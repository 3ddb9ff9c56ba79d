"""One article's places: mentions found, grouped by name, resolved, flagged, and written as records.

A pure function of the article's parse, its dateline and a gazetteer, so it can be tested without the pipeline.

Each record is a :class:`dateline.records.Place`::

    Place(id="gn:491422", name="Sochi", geonameid=491422, lat=43.6, lon=39.73, country="RUS", feature="city",
          mentions=[PlaceMention(start=80, end=85, text="Sochi", metonymic=False)], resolved=True, dateline=True)

``dateline`` is true on the place the article's dateline names (its mentions may be empty: the dateline itself is
not part of ``text``). ``metonymic`` is true when at least one mention stands for the place's government or people.
An unresolved place has no id from a gazetteer (``u:<name>``), no coordinates, and ``near``/``relation``/``country``
say where the text puts it. Several names of one place ("US", "the United States") make one record.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from typing import Any, Protocol

from dateline.language import doc_text, entity_at, named_entities
from dateline.places.candidates import find_candidates
from dateline.places.countries import country_of_demonym
from dateline.places.disambiguation import Group, resolve_groups
from dateline.places.index import Candidate, Place
from dateline.places.mentions import LOCATIVE_PREPOSITIONS, PlaceMention, find_mentions
from dateline.places.metonymy import METONYMY_FEATURES, is_metonymic
from dateline.places.names import name_key, slug
from dateline.places.unresolved import Resolved, locate
from dateline.records import Place as PlaceRecord
from dateline.records import PlaceFeature
from dateline.records import PlaceMention as PlaceMentionRecord

# Last words that make an unknown name a place: "Indian Lake Road", "Flat Creek", "Licking County".
PLACE_TYPE_WORDS: frozenset[str] = frozenset(
    """street st road rd avenue ave boulevard blvd drive lane way highway route interstate bridge square park river
    creek lake bay beach island islands mountain mountains hills hill valley heights county parish township borough
    district province region village town city port harbor harbour airport base camp prison jail cemetery forest
    desert canyon falls springs coast peninsula strait sea gulf ocean""".split()
)


class Lookup(Protocol):
    def lookup(self, name: str) -> Sequence[Candidate]: ...


def geoparse(doc: Any, dateline: str | None, gazetteer: Lookup) -> list[PlaceRecord]:
    """The place records of one article, dateline-only places first, then in order of first mention."""
    mentions = find_mentions(doc)
    groups: dict[str, Group] = {}
    members: list[tuple[PlaceMention, Group]] = []
    for mention in mentions:
        if mention.facility and mention.label == "GPE" and find_candidates(mention.text, gazetteer.lookup)[1]:
            mention.facility = False  # "a Gainesville hospital": the town, which the gazetteer knows
        group = _group_for(groups, mention.text, gazetteer.lookup, facility=mention.facility)
        if mention.container and not group.container:
            group.container = mention.container
        group.admin_hint = group.admin_hint or mention.admin_hint
        members.append((mention, group))
    _fix_tentative(groups, members)
    dateline_group = _dateline_group(groups, dateline, gazetteer.lookup)
    if dateline_group is not None:
        members.extend(_dateline_in_text(doc, dateline or "", dateline_group, members))
    demonyms = demonym_countries(doc)
    resolve_groups(list(groups.values()), gazetteer.lookup, demonyms)
    members.extend(propagate(doc, members))
    members.sort(key=lambda pair: pair[0].start)

    placed = {id(group) for mention, group in members if group.choice is not None or _placed(doc, mention)}
    records: dict[str, PlaceRecord] = {}
    resolved: list[Resolved] = []
    for mention, group in members:
        if group.choice is None and (group.tentative or id(group) not in placed):
            continue
        record = _record_for(records, group)
        metonymic = bool(group.choice and group.choice.feature in METONYMY_FEATURES) and is_metonymic(
            doc, mention.token_start, mention.token_end
        )
        record.mentions.append(PlaceMentionRecord(start=mention.start, end=mention.end, text=mention.text, metonymic=metonymic))
        record.metonymic = record.metonymic or metonymic
        if group.choice is not None:
            resolved.append(Resolved(mention.start, mention.end, group.choice))
    if dateline_group is not None:
        record = _record_for(records, dateline_group)
        record.dateline = True

    dateline_place = dateline_group.choice if dateline_group is not None else None
    counts = Counter(r.place.country for r in resolved if r.place.country)
    for record in records.values():
        if record.resolved or not record.mentions:
            continue
        first = record.mentions[0]
        located = locate(doc, first.start, first.end, resolved, dateline_place, counts)
        record.near = located.near.key if located.near else None
        record.relation = located.relation
        record.country = located.country
    return sorted(records.values(), key=lambda r: (bool(r.mentions), r.mentions[0].start if r.mentions else 0))


def demonym_countries(doc: Any) -> Counter[str]:
    """Countries whose people the article names ("Venezuelans", "Russian"): context for its places."""
    counts: Counter[str] = Counter()
    for ent in doc.ents:
        if ent.label_ == "NORP":
            code = country_of_demonym(ent.text)
            if code:
                counts[code] += 1
    return counts


def _placed(doc: Any, mention: PlaceMention) -> bool:
    """Whether the text treats a name no gazetteer holds as a place: "outside El Rodeo prison", "in Kelleyland",
    "Flat Creek", "Paris, Ky." A bare unknown name ("Wedbush said") is more often a company or a person the tagger
    took for a place, and is dropped."""
    if mention.facility or mention.container:
        return True
    before = doc[mention.token_start - 1].lower_ if mention.token_start > 0 else ""
    if before in LOCATIVE_PREPOSITIONS:
        return True
    return doc[mention.token_end - 1].lower_ in PLACE_TYPE_WORDS


def _group_for(
    groups: dict[str, Group], name: str, lookup: Callable[[str], Sequence[Candidate]], facility: bool = False
) -> Group:
    key = ("facility:" if facility else "") + name_key(name)
    group = groups.get(key)
    if group is None:
        # A facility (a prison, a camp) is never one of the gazetteer's towns, even when a town shares its name.
        group = Group(key=key, name=name, candidates=() if facility else find_candidates(name, lookup)[1])
        groups[key] = group
    return group


def propagate(doc: Any, members: list[tuple[PlaceMention, Group]]) -> list[tuple[PlaceMention, Group]]:
    """Other occurrences of a resolved name the tagger missed or mislabelled ("Gainesville police", "Alexandria
    woman" after "Alexandria" was tagged a place), so every mention of a place is listed."""
    text = doc_text(doc)
    # Characters already taken by a mention, and those inside multi-word person names, looked up in constant time.
    taken = bytearray(len(text) + 1)
    for mention, _ in members:
        taken[mention.start : mention.end] = b"\x01" * (mention.end - mention.start)
    in_person = bytearray(len(text) + 1)
    for entity in named_entities(doc):
        if entity.label_ == "PERSON" and len(entity) > 1:
            in_person[entity.start_char : entity.end_char] = b"\x01" * (entity.end_char - entity.start_char)
    added: list[tuple[PlaceMention, Group]] = []
    forms: dict[str, Group] = {}
    for mention, group in members:
        if group.choice is not None and not mention.tentative and len(mention.text) >= 3:
            forms.setdefault(mention.text, group)
    for form, group in forms.items():
        for match in re.finditer(rf"(?<![\w.-]){re.escape(form)}(?![\w-])", text):
            start, end = match.span()
            if any(taken[start:end]) or all(in_person[start:end]):
                continue
            span = doc.char_span(start, end, alignment_mode="strict")
            if span is None:
                continue
            inside = entity_at(doc, span.start)
            opens = inside is None or inside.start == span.start or (
                inside.start + 1 == span.start and doc[inside.start].lower_ == "the"
            )
            if not opens:
                continue  # inside a longer name that does not start with the place: "University of Georgia"
            mention = PlaceMention(start, end, form, "GPE", span.start, span.end)
            added.append((mention, group))
            taken[start:end] = b"\x01" * (end - start)
    return added


def _fix_tentative(groups: dict[str, Group], members: list[tuple[PlaceMention, Group]]) -> None:
    """A name is tentative only if every one of its mentions is."""
    firm = {id(group) for mention, group in members if not mention.tentative}
    located = {id(group) for mention, group in members if mention.located}
    for group in groups.values():
        group.tentative = id(group) not in firm
        group.located = id(group) in located


def _dateline_group(groups: dict[str, Group], dateline: str | None, lookup: Callable[[str], Sequence[Candidate]]) -> Group | None:
    """The group of the dateline's place: "SOCHI", "VALPARAISO, Chile" (Chile as its container)."""
    if not dateline:
        return None
    name, _, container = (part.strip() for part in dateline.partition(","))
    if not name_key(name):
        return None
    display = name.title() if name.isupper() else name
    group = groups.get(name_key(name)) or _group_for(groups, display, lookup)
    group.dateline = True
    group.tentative = False
    if container and not group.container:
        group.container = container
    return group


def _dateline_in_text(doc: Any, dateline: str, group: Group, members: list[tuple[PlaceMention, Group]]) -> list[tuple[PlaceMention, Group]]:
    """The dateline as a mention when the text still opens with it (raw text; article text has it cut off)."""
    name = dateline.partition(",")[0].strip()
    start = len(doc_text(doc)) - len(doc_text(doc).lstrip())
    end = start + len(name)
    if not name or doc_text(doc)[start:end] != name or any(m.start < end and start < m.end for m, _ in members):
        return []
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return []
    return [(PlaceMention(start, end, name, "GPE", span.start, span.end), group)]


def _record_for(records: dict[str, PlaceRecord], group: Group) -> PlaceRecord:
    place: Place | None = group.choice
    key = place.key if place is not None else f"u:{slug(group.name)}"
    record = records.get(key)
    if record is None:
        if place is not None:
            record = PlaceRecord(
                id=key, name=place.name, geonameid=place.geonameid, lat=round(place.lat, 5), lon=round(place.lon, 5),
                country=place.country, feature=place.feature, resolved=True,  # type: ignore[arg-type]  # the gazetteer's features are PlaceFeature's
            )  # fmt: skip
        else:
            feature: PlaceFeature | None = "facility" if group.key.startswith("facility:") else None
            record = PlaceRecord(id=key, name=group.name, feature=feature)
        records[key] = record
    return record
