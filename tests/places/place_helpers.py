"""Helpers shared by the places tests."""

from __future__ import annotations

from typing import Any


def by_name(places: list[dict[str, Any]], name: str) -> dict[str, Any]:
    """The record named ``name``, failing with the names there are."""
    for place in places:
        if place.name == name:
            return place
    raise AssertionError(f"no place named {name!r} in {[p['name'] for p in places]}")
