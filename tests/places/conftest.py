"""Fixtures for the places tests: a gazetteer index built once per session in a temporary folder.

The index is built from GeoNames' cities of 15,000 people or more (seconds) rather than the installed default of
1,000 (longer); every place these tests name is in both.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from dateline.places.geoparse import geoparse
from dateline.places.index import Gazetteer, build_index
from dateline.places.sources import all_entries

TEST_CITY_THRESHOLD = 15000


@pytest.fixture(scope="session")
def places_gazetteer(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    path: Path = tmp_path_factory.mktemp("gazetteer") / "gazetteer.sqlite"
    build_index(path, all_entries(TEST_CITY_THRESHOLD))
    return Gazetteer(path)


@pytest.fixture(scope="session")
def geoparse_text(language_nlp: Any, places_gazetteer: Gazetteer) -> Callable[..., list[dict[str, Any]]]:
    """Geoparse a text of our own: ``geoparse_text("...", dateline="SOCHI")``."""

    def run(text: str, dateline: str | None = None) -> list[dict[str, Any]]:
        return geoparse(language_nlp(text), dateline, places_gazetteer)

    return run
