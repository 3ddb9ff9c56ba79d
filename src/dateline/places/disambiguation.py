"""Choosing which place a name stands for, from what the rest of the article says.

Each name's candidates are scored by a prior (countries, then seas and regions, then cities by population, with a
country's capital ahead of its namesakes) and by context: the countries the article names (or whose people it
names), the dateline, the regions named, other places nearby, and a container written beside the name ("Paris,
Texas"). Names are resolved in two passes: the first with what is certain (countries, demonyms, the dateline),
the second with every other name's first choice as context, never counting a name's own choice as evidence for it.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from dateline.places.counties import us_county_states
from dateline.places.index import Candidate, Place

# Priors by feature. A city's prior grows with its population: 1.2 per factor of ten, so Paris, France (2.1M)
# starts 2.3 ahead of Paris, Texas (25k); naming Texas in the same article (+3) and the United States (+2) overturns it.
FEATURE_PRIOR: dict[str, float] = {
    "country": 9.5,
    "continent": 8.5,
    "water": 8.0,
    "region": 7.5,
    "admin1": 8.0,
}
CAPITAL_BONUS = 1.5
ALTERNATE_PENALTY = 2.0
COUNTRY_NAMED = 2.0
DATELINE_COUNTRY = 1.0
# A dateline names the city the story was filed from: its city reading beats a region of the same name.
DATELINE_CITY = 3.0
ADMIN1_NAMED = 3.0
CITY_IN_ADMIN1 = 2.5
CONTAINER_MATCH = 6.0
CONTAINER_MISMATCH = -3.0
NEAR_BONUSES: tuple[tuple[float, float], ...] = ((50.0, 2.5), (250.0, 1.5), (800.0, 0.5))
CONTAINER_RADIUS_KM = 400.0
ADMIN_HINT = 3.0
# Each other name of the article that has a reading near a candidate (in it, around it, within 100 km) adds this
# much, up to COHERENCE_CAP names: the readings of an article's names hang together on the map.
COHERENCE = 1.0
COHERENCE_CAP = 1.0
COHERENCE_NEAR_KM = 100.0
TOP_CANDIDATES = 25
SUPPORT_CANDIDATES = 8
# Region names that are also everyday words; they need their country named in the article.
GENERIC_NAMES: frozenset[str] = frozenset(
    """centre center north south east west central capital metro western eastern northern southern coast delta
    interior midlands highlands islands lakes mountains plains valley border""".split()
)
# A name that is only an alternate spelling of a small town, in a country the article never names, is more often
# something else (a person, a company) than that town.
WEAK_POPULATION = 5000


@dataclass(slots=True, eq=False)
class Group:
    """Every mention of one name in an article, and what it resolved to."""

    key: str
    name: str
    candidates: Sequence[Candidate]
    container: str | None = None
    dateline: bool = False
    tentative: bool = False
    located: bool = False  # a tentative name some mention of which stands after "in", "near", ...
    admin_hint: bool = False
    choice: Place | None = None
    score: float = 0.0
    support: dict[str, float] = field(default_factory=dict)  # candidate key -> coherence with the other names


@dataclass(slots=True)
class Context:
    """What the article says around its names: countries (weighted), named regions, points on the map."""

    countries: dict[str, float] = field(default_factory=dict)  # code -> weight of what names it
    dateline_country: str | None = None
    admin1_codes: set[str] = field(default_factory=set)
    admin1_places: list[Place] = field(default_factory=list)
    city_admin1: set[str] = field(default_factory=set)
    anchors: list[Place] = field(default_factory=list)


def distance_km(a: Place, b: Place) -> float:
    return haversine_km(a.lat, a.lon, b.lat, b.lon)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi, dlambda = phi2 - phi1, math.radians(lon2 - lon1)
    h = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlambda / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def prior(candidate: Candidate) -> float:
    place = candidate.place
    if place.feature == "city":
        score = 1.2 * math.log10(place.population + 10)
        if place.capital:
            score += CAPITAL_BONUS
    else:
        score = FEATURE_PRIOR.get(place.feature, 5.0)
    if not candidate.primary:
        score -= ALTERNATE_PENALTY
    return score


def score(candidate: Candidate, group: Group, context: Context, containers: Sequence[Place]) -> float:
    place = candidate.place
    value = prior(candidate)
    if place.country:
        value += COUNTRY_NAMED * min(1.0, context.countries.get(place.country, 0.0))
        if place.country == context.dateline_country:
            value += DATELINE_COUNTRY
    if group.dateline and place.feature == "city":
        value += DATELINE_CITY
    if place.feature == "city" and place.admin1:
        if place.admin1 in context.admin1_codes:
            value += ADMIN1_NAMED
        elif any(_inside(place, region) for region in context.admin1_places if not region.admin1):
            value += ADMIN1_NAMED / 2
    if place.feature == "admin1" and place.admin1 and place.admin1 in context.city_admin1:
        value += CITY_IN_ADMIN1
    if place.feature == "city" and context.anchors:
        # A reading of this very name (the same place under another spelling) is not evidence for its neighbours.
        own = {c.place.key for c in group.candidates}
        distances = [distance_km(place, anchor) for anchor in context.anchors if anchor.key not in own]
        nearest = min(distances, default=math.inf)
        for radius, bonus in NEAR_BONUSES:
            if nearest <= radius:
                value += bonus
                break
    if containers:
        value += CONTAINER_MATCH if any(_within(place, c) for c in containers) else CONTAINER_MISMATCH
    if group.admin_hint and place.feature == "admin1":
        value += ADMIN_HINT
    return value + COHERENCE * group.support.get(place.key, 0.0)


def top_candidates(candidates: Sequence[Candidate], count: int) -> list[Candidate]:
    return sorted(candidates, key=lambda c: (-prior(c), -c.place.population, c.place.key))[:count]


def link(place: Place, other: Place) -> float:
    """How much a reading ``other`` of another name supports ``place``: 1 for in/around/near, 0.5 same country."""
    if place.key == other.key or not place.country or place.country != other.country:
        return 0.0
    if place.feature == "country":
        return 0.5 if other.feature in ("city", "admin1") else 0.0
    if place.feature == "admin1":
        return 1.0 if other.feature == "city" and _within(other, place) else 0.0
    if place.feature == "city":
        if other.feature == "admin1":
            return 1.0 if _within(place, other) else 0.0
        if other.feature == "city":
            return 1.0 if distance_km(place, other) <= COHERENCE_NEAR_KM else 0.0
        if other.feature == "country":
            return 0.5
    return 0.0


def compute_support(groups: Sequence[Group]) -> None:
    """Fill each group's ``support``: for each candidate, the other names with a reading that fits it."""
    readings = {id(g): [c.place for c in top_candidates(g.candidates, SUPPORT_CANDIDATES)] for g in groups}
    for group in groups:
        group.support = {}
        own = {c.place.key for c in group.candidates}
        for candidate in top_candidates(group.candidates, TOP_CANDIDATES):
            total = 0.0
            for other in groups:
                if other is group or other.key == group.key:
                    continue
                others = [reading for reading in readings[id(other)] if reading.key not in own]
                total += max((link(candidate.place, reading) for reading in others), default=0.0)
            if total:
                group.support[candidate.place.key] = min(COHERENCE_CAP, total)


def _inside(place: Place, region: Place) -> bool:
    return place.country == region.country and distance_km(place, region) <= CONTAINER_RADIUS_KM


def _within(place: Place, container: Place) -> bool:
    if place.key == container.key:
        return False
    if container.feature == "country":
        return place.country == container.country
    if container.feature == "admin1":
        if container.admin1 and place.admin1:
            return place.admin1 == container.admin1
        return _inside(place, container)
    return distance_km(place, container) <= CONTAINER_RADIUS_KM


def choose(group: Group, context: Context, lookup: Callable[[str], Sequence[Candidate]]) -> tuple[Place | None, float]:
    """The best reading of ``group`` in ``context``, or ``None`` when no candidate is credible."""
    if not group.candidates:
        return None, 0.0
    containers = [c.place for c in lookup(group.container) if c.place.feature in ("country", "admin1")] if group.container else []
    best: tuple[float, int, Candidate] | None = None
    for candidate in top_candidates(group.candidates, TOP_CANDIDATES):
        value = score(candidate, group, context, containers)
        # Ties go to the more populous place, then to the lower key, so output never depends on lookup order.
        ranked = (value, candidate.place.population, candidate)
        if best is None or ranked[:2] > best[:2] or (ranked[:2] == best[:2] and candidate.place.key < best[2].place.key):
            best = ranked
    assert best is not None
    value, _, candidate = best
    place = candidate.place
    if not _credible(candidate, group, context):
        return None, value
    return place, value


def _credible(candidate: Candidate, group: Group, context: Context) -> bool:
    place = candidate.place
    if group.key in GENERIC_NAMES and not context.countries.get(place.country or ""):
        return False  # "Centre", "North", "Metro": a region of that name only where the article is about its country
    if group.tentative:
        # Tagged a person or an organisation: only a well-known place overrides the tagger, by its own name unless
        # the sentence puts it where a place stands ("in Sotchi") or the city is a great one ("Bangalore-based"); a
        # subject "Hamas" is the movement, not a foreign spelling of the German city of Hamm.
        return place.feature in ("country", "admin1", "water", "region", "continent") or place.population >= 100_000 and (
            candidate.primary or group.located or place.population >= 1_000_000)
    if place.feature == "city" and not candidate.primary and place.population < WEAK_POPULATION:
        return bool(place.country and context.countries.get(place.country))
    return True


def build_context(
    groups: Sequence[Group], demonym_countries: Counter[str], dateline_country: str | None, exclude: Group | None = None
) -> Context:
    """The context every group but ``exclude`` gives."""
    context = Context(dateline_country=dateline_country)
    for code, count in demonym_countries.items():
        context.countries[code] = context.countries.get(code, 0.0) + 0.5 * count
    if dateline_country:
        context.countries[dateline_country] = context.countries.get(dateline_country, 0.0) + 1.0
    for group in groups:
        if group is exclude:
            continue
        if group.choice is None:
            _add_county_evidence(context, group.name)
            continue
        place = group.choice
        if place.country:
            context.countries[place.country] = context.countries.get(place.country, 0.0) + 1.0
        if place.feature == "admin1":
            context.admin1_places.append(place)
            if place.admin1:
                context.admin1_codes.add(place.admin1)
        elif place.feature == "city":
            context.anchors.append(place)
            if place.admin1:
                context.city_admin1.add(place.admin1)
    return context


# A county name shared by this many states or fewer still narrows down which state's town is meant.
COUNTY_STATES_MAX = 5


def _add_county_evidence(context: Context, name: str) -> None:
    """An unresolved "X County" names the United States, and the few states that have such a county."""
    states = us_county_states(name)
    if not states:
        return
    context.countries["USA"] = context.countries.get("USA", 0.0) + 1.0
    if len(states) <= COUNTY_STATES_MAX:
        context.admin1_codes.update(f"US.{state}" for state in states)


def is_certain(group: Group) -> bool:
    """A country's own name, with no region of that name abroad competing ("Georgia" the US state does; the State of
    Mexico, inside Mexico, does not)."""
    primary = [c for c in group.candidates if c.primary]
    countries = {c.place.country for c in primary if c.place.feature == "country"}
    return bool(countries) and not any(c.place.feature == "admin1" and c.place.country not in countries for c in primary)


def resolve_groups(
    groups: Sequence[Group],
    lookup: Callable[[str], Sequence[Candidate]],
    demonym_countries: Counter[str],
) -> str | None:
    """Set ``choice`` on every group, in two passes (see the module's doc); returns the dateline's country."""
    compute_support(groups)
    certain = [g for g in groups if is_certain(g)]
    for group in certain:
        group.choice = max(group.candidates, key=lambda c: (c.place.feature == "country", c.place.population)).place
    dateline_country: str | None = None
    for group in groups:
        if group.dateline and group not in certain:
            group.choice, group.score = choose(group, build_context(certain, demonym_countries, None), lookup)
        if group.dateline and group.choice is not None:
            dateline_country = group.choice.country
    settled = [*certain, *(g for g in groups if g.dateline)]
    first_context = build_context(settled, demonym_countries, dateline_country)
    for group in groups:
        if group not in settled:
            group.choice, group.score = choose(group, first_context, lookup)
    for group in groups:
        if group not in certain:
            context = build_context(groups, demonym_countries, dateline_country, exclude=group)
            group.choice, group.score = choose(group, context, lookup)
    return dateline_country
