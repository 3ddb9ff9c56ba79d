"""Helpers for the entity tests: one spaCy model for the session, fresh registries per test."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import pytest

from dateline.entities.article import LocalEntity, build_article_entities
from dateline.extraction import extract_page
from dateline.language import parse_articles, side_docs
from dateline.model import Article, Caption, Page, Paragraph
from dateline.pipeline import Context, resolve_stages
from dateline.reader import RawPage


@pytest.fixture()
def local_entities(language_nlp: Any) -> Callable[..., list[LocalEntity]]:
    """Entities of one article body (plus optional captions) before any cross-article resolution."""

    def build(text: str, captions: Sequence[str] = (), dateline: str | None = None) -> list[LocalEntity]:
        paragraphs, start = [], 0
        for part in text.split("\n\n"):
            paragraphs.append(Paragraph(start, start + len(part)))
            start += len(part) + 2
        article = Article(text=text, paragraphs=paragraphs, captions=[Caption(c) for c in captions], dateline=dateline)
        (doc,) = parse_articles([article], language_nlp)
        return build_article_entities(doc, side_docs(doc), dateline)

    return build


@pytest.fixture()
def entity_context(language_nlp: Any) -> Context:
    """A fresh run context (fresh registry); depending on ``language_nlp`` means the model is loaded already."""
    return Context()


@pytest.fixture()
def extract_pages(entity_context: Context) -> Callable[..., list[Page]]:
    """Extract page texts through structure, language and entities, all sharing one run context (a collection)."""

    def run(*texts: str) -> list[Page]:
        stages = resolve_stages(["entities"])
        pages = []
        for n, text in enumerate(texts):
            raw = RawPage(path=f"<page {n}>", text=text, format="text", encoding="utf-8", size=len(text.encode()))
            pages.append(extract_page(raw, fetched_at=None, stages=stages, context=entity_context))
        return pages

    return run
