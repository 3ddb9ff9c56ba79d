"""The ``places`` stage: every article's places, resolved against the packaged gazetteer, and joined to the
place entities of the entities stage when it ran."""

from __future__ import annotations

from collections.abc import Sequence

from dateline.language import ENGLISH
from dateline.pipeline import Settings, Work, shared_resource, stage
from dateline.places.geoparse import geoparse
from dateline.places.index import Gazetteer, load_gazetteer
from dateline.records import Entity, Place

GAZETTEER_RESOURCE = "places:gazetteer"
PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})


def gazetteer() -> Gazetteer:
    """The process's gazetteer, opened (and built, the first time on a machine) once."""
    return shared_resource(GAZETTEER_RESOURCE, load_gazetteer)


def open_gazetteer(settings: Settings, options: None) -> Gazetteer:
    return gazetteer()


def link_place_entities(entities: Sequence[Entity], places: Sequence[Place]) -> None:
    """Give each place entity the id of the place record that shares most of its mentions, so the two join."""
    owner: dict[tuple[int, int], str] = {}
    for place in places:
        for mention in place.mentions:
            owner.setdefault((mention.start, mention.end), place.id)
    starts = sorted((m.start, m.end, place.id) for place in places for m in place.mentions)
    for entity in entities:
        if entity.type not in PLACE_TYPES:
            continue
        votes: dict[str, int] = {}
        for named in entity.mentions:
            found = owner.get((named.start, named.end)) or _overlapping(starts, named.start, named.end)
            if found is not None:
                votes[found] = votes.get(found, 0) + 1
        if votes:
            entity.place = max(votes, key=lambda place_id: (votes[place_id], place_id))


def _overlapping(spans: list[tuple[int, int, str]], start: int, end: int) -> str | None:
    # Place mentions are few per article; a scan of those starting before ``end`` is enough.
    for span_start, span_end, place_id in spans:
        if span_start >= end:
            break
        if start < span_end:
            return place_id
    return None


@stage(
    "places",
    reads=("parse", "dateline"),
    optional=("entities",),
    writes=("places", "entities.place"),
    setup=open_gazetteer,
    languages=ENGLISH,
)
def places_stage(batch: Sequence[Work], index: Gazetteer) -> None:
    """Places named in each article and its dateline, with GeoNames ids, coordinates, countries and metonymy."""
    found = [geoparse(work.doc, work.article.dateline, index) for work in batch]
    for work, places in zip(batch, found):
        work.article.places = places
        if work.article.entities is not None:
            link_place_entities(work.article.entities, places)


PLACES = places_stage
