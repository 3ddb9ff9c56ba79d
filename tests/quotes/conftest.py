"""Fixtures for the quote tests: find quotes in a text parsed by the session's spaCy model."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pytest
from quote_helpers import QuoteFinder, line_paragraphs

from dateline.quotes.finder import find_quotes
from dateline.records import Entity, Quote


@pytest.fixture(scope="session")
def quotes_of(language_nlp: Any) -> QuoteFinder:
    """``quotes_of(text, entities=None)``: the quote records of ``text`` (one paragraph per line)."""

    def find(text: str, entities: Sequence[Entity] | None = None) -> list[Quote]:
        return find_quotes(text, language_nlp(text), line_paragraphs(text), entities=entities)

    return find
