"""Fixtures for the count tests: find counts in a text parsed by the session's spaCy model."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from dateline.counts import find_counts
from dateline.records import Count


@pytest.fixture(scope="session")
def counts_of(language_nlp: Any) -> Callable[[str], list[Count]]:
    """``counts_of(text)``: the count records of ``text``, parsed as the language stage parses it."""

    def find(text: str) -> list[Count]:
        return find_counts(text, language_nlp(text))

    return find
