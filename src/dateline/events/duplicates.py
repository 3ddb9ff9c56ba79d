"""One real event, one record: the tellings of an event within an article, and its reports across a collection.

An article often tells one event several times: the headline, the lead, a caption and a later paragraph ("Putin
met Pompeo in Sochi" ... "the meeting in Sochi"). :func:`merge_mentions` makes those one event that lists every
telling in ``mentions``. Across a collection, many articles report the same event; :func:`collection_events`
makes those one :class:`~dateline.records.CollectionEvent` that counts the articles and mentions, which is what a
count of news coverage per event should rest on (GDELT's NumArticles counts each coded row instead).

Meetings (PLOVER's CONSULT) are symmetric: "Putin met Pompeo", "Pompeo met Putin" and "Putin and Pompeo met" name
the same participants, so for those types actors and recipients are compared as one group.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, fields, replace
from datetime import date, datetime, timezone
from functools import lru_cache
from typing import TypeVar

from dateline.events.timespans import DayRange, dates_agree, day_range, is_vague, specificity
from dateline.model import Article
from dateline.records import CollectionEvent, Event, EventActor, EventDate, EventPlace, EventReference, TextSpan

SYMMETRIC_TYPES = frozenset({"CONSULT"})
EARTH_RADIUS_KM = 6371.0
# A date coarser than this many days (a quarter, a year) is too loose to place an event among daily reports: such
# events cluster only with others giving the very same value.
FINE_DATE_DAYS = 31
_ELSEWHEN = frozenset({"PAST_REF", "FUTURE_REF"})

_NOT_WORD = re.compile(r"[^\w]+")
_LEADING_ARTICLE = re.compile(r"^(the|a|an) ")
_POSSESSIVE = re.compile(r"['\u2019]s\b")


# --- comparing tellings ---------------------------------------------------------------------------------------------


_MANY = ("CVL", "EDU", "LAB", "REF", "OPP", "REB", "MED", "BUS", "NGO")


@lru_cache(maxsize=1 << 16)
def normalise_name(name: str) -> str:
    """A name as compared: case-folded, without possessives, punctuation or a leading article."""
    folded = _POSSESSIVE.sub("", name.casefold())
    return _LEADING_ARTICLE.sub("", " ".join(_NOT_WORD.sub(" ", folded).split()))


def actors_match(first: EventActor, second: EventActor) -> bool:
    """The same actor: by entity id where both have one, else by actor code, else by name (a surname alone
    matches the full name that ends with it)."""
    if first.entity and second.entity:
        return first.entity == second.entity
    if first.code and second.code and not first.code.endswith(_MANY) and not second.code.endswith(_MANY):
        return first.code == second.code  # one government, one army; but many groups of civilians share a code
    a, b = normalise_name(first.name or first.text).split(), normalise_name(second.name or second.text).split()
    shorter, longer = sorted((a, b), key=len)
    return bool(shorter) and longer[len(longer) - len(shorter) :] == shorter


def places_agree(first: EventPlace | None, second: EventPlace | None) -> bool:
    """Within an article: the same GeoNames id, else the same name; a missing place agrees with any."""
    if first is None or second is None:
        return True
    if first.geonames_id is not None and second.geonames_id is not None:
        return first.geonames_id == second.geonames_id
    return normalise_name(first.name) == normalise_name(second.name)


@dataclass(frozen=True, slots=True)
class Agreement:
    """How two tellings relate: whether they can be one event, and whether either leaves out an actor the other
    names (an empty side, or fewer actors on it)."""

    agrees: bool
    first_leaves_out: bool = False
    second_leaves_out: bool = False

    @property
    def same(self) -> bool:
        return self.agrees and not self.first_leaves_out and not self.second_leaves_out


_DIFFERS = Agreement(False)


def _sides(event: Event) -> tuple[list[EventActor], ...]:
    if event.type in SYMMETRIC_TYPES:
        return ([*event.actors, *event.recipients],)
    return (event.actors, event.recipients)


def _side_agreement(first: list[EventActor], second: list[EventActor]) -> Agreement:
    first_extra = any(not any(actors_match(a, b) for b in second) for a in first)
    second_extra = any(not any(actors_match(b, a) for a in first) for b in second)
    if first_extra and second_extra and first and second:
        return _DIFFERS
    return Agreement(True, first_leaves_out=second_extra, second_leaves_out=first_extra)


def tellings_agree(first: Event, second: Event) -> Agreement:
    """Whether two events of one article can be one event told twice."""
    if (first.type, first.negated, first.hypothetical) != (second.type, second.negated, second.hypothetical):
        return _DIFFERS
    if not dates_agree(_date_value(first), _date_value(second)) or not places_agree(first.place, second.place):
        return _DIFFERS
    first_leaves_out = second_leaves_out = False
    for a, b in zip(_sides(first), _sides(second), strict=True):
        side = _side_agreement(a, b)
        if not side.agrees:
            return _DIFFERS
        first_leaves_out |= side.first_leaves_out
        second_leaves_out |= side.second_leaves_out
    return Agreement(True, first_leaves_out, second_leaves_out)


def _date_value(event: Event) -> str | None:
    return event.date.value if event.date is not None else None


def _completeness(event: Event) -> tuple[int, int, int, int, float]:
    """Which telling says most: filled sides, date and place first, then how many actors, how precise a date,
    a located place, and the coder's confidence."""
    filled = (
        sum(map(bool, (event.actors, event.recipients)))
        + (not is_vague(_date_value(event)))
        + (event.place is not None)
    )
    located = event.place is not None and _located(event.place)
    return filled, len(event.actors) + len(event.recipients), specificity(_date_value(event)), located, event.confidence


# --- within an article ----------------------------------------------------------------------------------------------


def merge_mentions(events: Sequence[Event]) -> list[Event]:
    """One event per real event of an article: the tellings of one event merged, numbered e1, e2, ... in text order
    of their first mention.

    Tellings merge when they have the same type and negated/hypothetical flags, dates that agree (equal, one
    within the other, or one missing), places that agree (GeoNames id or name, or one missing), and the same
    actors and recipients (by entity id, else code, else name). A telling that leaves a side empty, or names fewer
    actors on it ("the meeting"), joins another only when that is the one telling it could join. The merged event
    is a copy of its most complete telling with a missing date, place or side filled from the others, the most
    precise date among them, every telling's trigger in ``mentions`` and the highest confidence. The input is not
    changed. Costs O(n^2) comparisons for n events of one type in the article.
    """
    ordered = sorted(range(len(events)), key=lambda index: (_position(events[index]), index))
    groups: dict[tuple[str, bool, bool], list[Event]] = defaultdict(list)
    for index in ordered:
        event = events[index]
        groups[(event.type, event.negated, event.hypothetical)].append(event)
    merged = [_merged(cluster) for group in groups.values() for cluster in _clusters(group)]
    merged.sort(key=_first_mention)
    return [replace(event, id=f"e{number}") for number, event in enumerate(merged, start=1)]


def _position(event: Event) -> float:
    for span in (event.trigger, event.sentence):
        if span is not None:
            return span.start
    return min((float(span.start) for span in event.mentions), default=math.inf)


def _first_mention(event: Event) -> tuple[float, str]:
    start = event.mentions[0].start if event.mentions else _position(event)
    return start, event.type


def _clusters(tellings: list[Event]) -> list[list[Event]]:
    """Tellings (of one type, in text order) grouped into events: first those that agree on everything, then a
    group that leaves someone out joins the one group it agrees with, if there is exactly one."""
    cache: dict[tuple[int, int], Agreement] = {}

    def agreement(i: int, j: int) -> Agreement:
        if (i, j) not in cache:
            cache[(i, j)] = tellings_agree(tellings[i], tellings[j])
        return cache[(i, j)]

    clusters: list[list[int]] = []
    for i in range(len(tellings)):
        home = next((c for c in clusters if all(agreement(i, j).same for j in c)), None)
        if home is None:
            clusters.append([i])
        else:
            home.append(i)
    merging = True
    while merging:
        merging = False
        for cluster in clusters:
            candidates = [
                other
                for other in clusters
                if other is not cluster and all(agreement(i, j).agrees for i in cluster for j in other)
            ]
            if len(candidates) == 1 and any(agreement(i, j).first_leaves_out for i in cluster for j in candidates[0]):
                candidates[0].extend(cluster)
                candidates[0].sort()
                clusters.remove(cluster)
                merging = True
                break
    return [[tellings[i] for i in cluster] for cluster in clusters]


R = TypeVar("R")


@lru_cache(maxsize=None)
def _field_names(kind: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(kind))


def _clone(record: R) -> R:
    """A copy of a record whose fields are all plain values (actors, dates, places, spans); built from its fields
    directly, as ``dataclasses.replace`` would, without reading the class's fields on every call."""
    if record is None:
        return record
    kind: type = type(record)
    return kind(**{name: getattr(record, name) for name in _field_names(kind)})


def _clones(records: Sequence[R]) -> list[R]:
    return [_clone(record) for record in records]


def _clone_event(event: Event) -> Event:
    """A copy of an event that shares nothing mutable with it; far cheaper than a deep copy."""
    return replace(
        event, context=list(event.context), actors=_clones(event.actors), recipients=_clones(event.recipients),
        date=_clone(event.date), place=_clone(event.place), trigger=_clone(event.trigger),
        sentence=_clone(event.sentence), mentions=_clones(event.mentions),
    )  # fmt: skip


def _merged(tellings: list[Event]) -> Event:
    """The tellings of one event as one record: a copy of the most complete one, gaps filled from the others."""
    by_completeness = sorted(tellings, key=_completeness, reverse=True)  # stable: the earliest wins a tie
    kept = by_completeness[0]
    event = _clone_event(kept)
    others = by_completeness[1:]
    _fill_sides(event, others)
    dated = [other for other in others if specificity(_date_value(other)) > specificity(_date_value(event))]
    if dated:
        event.date = _clone(max(dated, key=lambda other: specificity(_date_value(other))).date)
    if event.place is None:
        placed = [other for other in others if other.place is not None]
        if placed:
            event.place = _clone(placed[0].place)
    spans: dict[tuple[int, int], TextSpan] = {}
    for telling in tellings:
        for span in [*([telling.trigger] if telling.trigger is not None else []), *telling.mentions]:
            spans.setdefault((span.start, span.end), span)
    event.mentions = [_clone(spans[key]) for key in sorted(spans)]
    event.confidence = max(telling.confidence for telling in tellings)
    return event


def _fill_sides(event: Event, donors: list[Event]) -> None:
    if event.type in SYMMETRIC_TYPES:
        # One group of participants: taking a side from another telling could name a participant twice.
        if not event.actors and not event.recipients:
            donor = next((d for d in donors if d.actors or d.recipients), None)
            if donor is not None:
                event.actors, event.recipients = _clones(donor.actors), _clones(donor.recipients)
        return
    if not event.actors:
        event.actors = _clones(next((d.actors for d in donors if d.actors), []))
    if not event.recipients:
        event.recipients = _clones(next((d.recipients for d in donors if d.recipients), []))


# --- across a collection --------------------------------------------------------------------------------------------


def actor_key(actor: EventActor) -> str:
    """What identifies an actor across articles: the collection-wide entity id, else the actor code, else the
    normalised name."""
    if actor.entity:
        return f"entity:{actor.entity}"
    if actor.code:
        return f"code:{actor.code}"
    return f"name:{normalise_name(actor.name or actor.text)}"


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance on a spherical Earth."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    half_chord = (
        math.sin((phi2 - phi1) / 2) ** 2
        + math.cos(phi1) * math.cos(phi2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    )
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(half_chord)))


def places_near(first: EventPlace, second: EventPlace, km: float) -> bool:
    """The same GeoNames id, or within ``km``; for a place without coordinates, the same name and country."""
    if first.geonames_id is not None and first.geonames_id == second.geonames_id:
        return True
    if first.lat is not None and first.lon is not None and second.lat is not None and second.lon is not None:
        return haversine_km(first.lat, first.lon, second.lat, second.lon) <= km
    same_country = first.country is None or second.country is None or first.country == second.country
    return same_country and normalise_name(first.name) == normalise_name(second.name)


@dataclass(slots=True)
class _Report:
    """One article's event as the clustering sees it."""

    event: Event
    article: str
    published: str | None
    order: tuple[str, int, str]  # article id, event number, event id: fixes every choice whatever the input order
    days: DayRange | None  # the days compared (the publication day for an undated event); None: stands alone


@dataclass(slots=True)
class _Cluster:
    """Reports of one event. Every two of its dates agree, so a report joins only if it agrees with all of them:
    the bounds kept here answer that without going through the members."""

    reports: list[_Report] = field(default_factory=list)
    day_min: date | None = None  # of the members dated to a single day
    day_max: date | None = None
    coarse_first_max: date | None = None  # of the members dated to a longer stretch (a week, a month)
    coarse_last_min: date | None = None
    anchor: EventPlace | None = None  # the first member's place: later ones must lie within km of it

    def reach(self, days: int) -> date:
        """The latest first day a report may have and still join."""
        limits = [bound for bound in (self.coarse_last_min,) if bound is not None]
        if self.day_min is not None:
            limits.append(date.fromordinal(min(self.day_min.toordinal() + days, date.max.toordinal())))
        return min(limits, default=date.max)

    def accepts(self, report: _Report, days: int, km: float) -> bool:
        span = report.days
        assert span is not None
        if span.days == 1:
            day = span.first
            if self.day_min is not None and self.day_max is not None:
                if (day - self.day_min).days > days or (self.day_max - day).days > days:
                    return False
            if self.coarse_first_max is not None and self.coarse_last_min is not None:
                if not self.coarse_first_max <= day <= self.coarse_last_min:
                    return False
        else:
            if self.day_min is not None and self.day_max is not None:
                if not (span.first <= self.day_min and self.day_max <= span.last):
                    return False
            if self.coarse_first_max is not None and self.coarse_last_min is not None:
                if span.first > self.coarse_last_min or span.last < self.coarse_first_max:
                    return False
        place = report.event.place
        return place is None or self.anchor is None or places_near(self.anchor, place, km)

    def add(self, report: _Report) -> None:
        self.reports.append(report)
        if self.anchor is None:
            self.anchor = report.event.place
        span = report.days
        if span is None:
            return
        if span.days == 1:
            self.day_min = min(self.day_min or span.first, span.first)
            self.day_max = max(self.day_max or span.first, span.first)
        else:
            self.coarse_first_max = max(self.coarse_first_max or span.first, span.first)
            self.coarse_last_min = min(self.coarse_last_min or span.last, span.last)


def collection_events(articles: Iterable[Article], *, days: int = 1, km: float = 50.0) -> list[CollectionEvent]:
    """The events a collection reports, each once, with the articles and mentions that report it.

    Two reports are one event when they have the same type; the same actors and recipients (by :func:`actor_key`);
    dates within ``days`` of each other when both give a day, and overlapping otherwise (a day within a month, a
    week); and places within ``km`` of each other, or of the same GeoNames id, or one of them missing. Every two
    dates in a cluster agree; places are measured from the cluster's first place. An event with actors whose date
    names no known day (none, PRESENT_REF, unknown digits) is dated by its article's publication day; one without
    actors, or in an article without a publication day, or dated only PAST_REF or FUTURE_REF, stands alone. A
    date coarser than a month clusters only with the same value. Negated and hypothetical events are not reports of anything that
    happened and are left out. The result is the same for the same events in any order, and in date order.

    Cost: reports are blocked by type, actors and recipients; each block is sorted by date, and a report is
    compared only with the clusters of its block whose dates are still within reach (``days`` of a day, the end
    of a week or month). Time is O(n log n) for n events plus n times the clusters open at once in a block,
    which for named actors is a handful; for actorless events of a busy type it is the number of places reported
    on one day. Memory is linear: one small record per event (the events themselves, not their articles' text).
    """
    blocks: dict[tuple[str, tuple[str, ...], tuple[str, ...], str], list[_Report]] = defaultdict(list)
    clusters: list[_Cluster] = []
    for report in _reports(articles):
        if report.days is None:
            clusters.append(_Cluster(reports=[report], anchor=report.event.place))
            continue
        actors, recipients = _side_keys(report.event)
        coarse = (_date_value(report.event) or "") if report.days.days > FINE_DATE_DAYS else ""
        blocks[(report.event.type, actors, recipients, coarse)].append(report)
    for block in blocks.values():
        clusters.extend(_sweep(block, days, km))
    return _numbered([_collection_event(cluster) for cluster in clusters])


def _reports(articles: Iterable[Article]) -> Iterator[_Report]:
    for article in articles:
        published_day = _day_of(article.published)
        for event in article.events or ():
            if event.negated or event.hypothetical:
                continue
            value = _date_value(event)
            span = day_range(value)
            # PAST_REF and FUTURE_REF say the event is not of the day the article was published.
            if span is None and value not in _ELSEWHEN and event.actors and published_day is not None:
                span = DayRange(published_day, published_day)
            number = int(event.id[1:]) if event.id[1:].isdigit() else 0
            yield _Report(event, article.id, article.published, (article.id, number, event.id), span)


def _day_of(published: str | None) -> date | None:
    try:
        return date.fromisoformat(published[:10]) if published else None
    except ValueError:
        return None


def merge_key(event: Event) -> str:
    """The block an event is clustered in: only events with the same key can be one collection event, so a store
    that adds articles re-clusters only the keys they touch."""
    actors, recipients = _side_keys(event)
    return f"{event.type}|{' '.join(actors)}|{' '.join(recipients)}"


def _side_keys(event: Event) -> tuple[tuple[str, ...], tuple[str, ...]]:
    if event.type in SYMMETRIC_TYPES:
        return tuple(sorted({actor_key(a) for a in [*event.actors, *event.recipients]})), ()
    return tuple(sorted({actor_key(a) for a in event.actors})), tuple(sorted({actor_key(a) for a in event.recipients}))


def _sweep(block: list[_Report], days: int, km: float) -> list[_Cluster]:
    """One block's reports in date order, each joining the first open cluster that accepts it."""
    block.sort(key=lambda report: (report.days.first, report.days.last, report.order))  # type: ignore[union-attr]
    found: list[_Cluster] = []
    open_clusters: list[_Cluster] = []
    for report in block:
        assert report.days is not None
        open_clusters = [cluster for cluster in open_clusters if cluster.reach(days) >= report.days.first]
        home = next((cluster for cluster in open_clusters if cluster.accepts(report, days, km)), None)
        if home is None:
            home = _Cluster()
            open_clusters.append(home)
            found.append(home)
        home.add(report)
    return found


def _collection_event(cluster: _Cluster) -> CollectionEvent:
    reports = sorted(cluster.reports, key=lambda report: report.order)
    events = [report.event for report in reports]
    # The most complete report speaks for the event; a stable sort keeps equals in the reports' fixed order.
    by_completeness = sorted(events, key=_completeness, reverse=True)
    speaker = by_completeness[0]
    actors = speaker.actors or next((e.actors for e in by_completeness if e.actors), [])
    recipients = speaker.recipients or next((e.recipients for e in by_completeness if e.recipients), [])
    if speaker.type in SYMMETRIC_TYPES and (speaker.actors or speaker.recipients):
        actors, recipients = speaker.actors, speaker.recipients
    published = sorted((report.published for report in reports if report.published), key=_instant)
    return CollectionEvent(
        id="",
        type=speaker.type,
        cameo=_most_common([event.cameo for event in events if event.cameo], prefer_longer=True),
        actors=[replace(actor) for actor in actors],
        recipients=[replace(actor) for actor in recipients],
        date=_best_date(reports),
        place=_best_place(events),
        mentions=[EventReference(article=report.article, event=report.event.id) for report in reports],
        num_mentions=sum(max(1, len(event.mentions)) for event in events),
        num_articles=len({report.article for report in reports}),
        first_seen=published[0] if published else None,
        last_seen=published[-1] if published else None,
    )


def _most_common(values: list[str], *, prefer_longer: bool = False) -> str | None:
    if not values:
        return None
    counts = Counter(values)
    return min(counts, key=lambda value: (-counts[value], -len(value) if prefer_longer else 0, value))


def _best_date(reports: list[_Report]) -> EventDate | None:
    """The most precise date the reports give; among equals the one most of them give, then the earliest."""
    dated = [report.event.date for report in reports if report.event.date is not None and report.event.date.value]
    if not dated:
        return None
    best = max(specificity(d.value) for d in dated)
    value = _most_common([d.value for d in dated if d.value and specificity(d.value) == best])
    return replace(next(d for d in dated if d.value == value))


def _best_place(events: list[Event]) -> EventPlace | None:
    """The place most reports give, counting a place by its GeoNames id (else its name); a located place beats
    one without coordinates, and among equals the first report's wins."""
    places = [event.place for event in events if event.place is not None]
    if not places:
        return None
    votes = Counter(_place_key(place) for place in places)
    best = min(places, key=lambda place: (not _located(place), place.geonames_id is None, -votes[_place_key(place)]))
    return replace(best)


def _place_key(place: EventPlace) -> str:
    return f"gn:{place.geonames_id}" if place.geonames_id is not None else normalise_name(place.name)


def _located(place: EventPlace) -> bool:
    return place.geonames_id is not None or (place.lat is not None and place.lon is not None)


def _instant(published: str) -> tuple[datetime, str]:
    """A publication stamp as a comparable time: a date alone is its midnight, a stamp without a zone is UTC."""
    try:
        moment = datetime.fromisoformat(published.replace("Z", "+00:00"))
    except ValueError:
        return datetime.max.replace(tzinfo=timezone.utc), published
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment, published


def _identity(event: CollectionEvent) -> str:
    """A short hash of what the event is: type, actors, recipients, date and place."""
    place_key = "" if event.place is None else _place_key(event.place)
    parts = [
        event.type,
        ",".join(sorted({actor_key(actor) for actor in event.actors})),
        ",".join(sorted({actor_key(actor) for actor in event.recipients})),
        event.date.value or "" if event.date is not None else "",
        place_key,
    ]
    return "ce-" + hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]


def _numbered(events: list[CollectionEvent]) -> list[CollectionEvent]:
    """Ids for the events, in date order; events alike in everything the id hashes get -2, -3, ... in the order
    of their first report."""
    events.sort(key=lambda event: (_identity(event), _reference_key(event.mentions[0])))
    seen: Counter[str] = Counter()
    for event in events:
        identity = _identity(event)
        seen[identity] += 1
        event.id = identity if seen[identity] == 1 else f"{identity}-{seen[identity]}"
    events.sort(key=lambda event: (_sort_day(event), event.id))
    return events


def _reference_key(reference: EventReference) -> tuple[str, int, str]:
    number = int(reference.event[1:]) if reference.event[1:].isdigit() else 0
    return reference.article, number, reference.event


def _sort_day(event: CollectionEvent) -> date:
    span = day_range(event.date.value) if event.date is not None else None
    return span.first if span is not None else date.max
