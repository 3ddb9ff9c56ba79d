"""Helpers for the entity tests: one spaCy model for the session, fresh registries per test."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import pytest

from dateline.entities.article import ArticleEntities, LocalEntity, article_entities
from dateline.language import parse_articles, side_docs
from dateline.model import Article, Caption, Page, Paragraph
from dateline.pipeline import Pipeline
from dateline.reader import RawPage


@pytest.fixture()
def article_entities_of(language_nlp: Any) -> Callable[..., ArticleEntities]:
    """What the local step gives one article body (plus optional captions), before any cross-article resolution."""

    def build(text: str, captions: Sequence[str] = (), dateline: str | None = None) -> ArticleEntities:
        paragraphs, start = [], 0
        for part in text.split("\n\n"):
            paragraphs.append(Paragraph(start, start + len(part)))
            start += len(part) + 2
        article = Article(text=text, paragraphs=paragraphs, captions=[Caption(c) for c in captions], dateline=dateline)
        (doc,) = parse_articles([article], language_nlp)
        return article_entities(doc, side_docs(doc), dateline)

    return build


@pytest.fixture()
def local_entities(article_entities_of: Callable[..., ArticleEntities]) -> Callable[..., list[LocalEntity]]:
    """The local entities of one article body (plus optional captions)."""
    return lambda *args, **kwargs: article_entities_of(*args, **kwargs).entities


@pytest.fixture()
def entity_pipeline(language_nlp: Any) -> Pipeline:
    """A fresh pipeline up to entities (a fresh registry); depending on ``language_nlp`` means the model is loaded."""
    return Pipeline(["entities"])


@pytest.fixture()
def extract_pages(entity_pipeline: Pipeline) -> Callable[..., list[Page]]:
    """Extract page texts through structure, language and entities, all in one pipeline (a collection)."""

    def run(*texts: str) -> list[Page]:
        raws = [
            RawPage(path=f"<page {n}>", text=text, format="text", encoding="utf-8", size=len(text.encode()))
            for n, text in enumerate(texts)
        ]
        pages = list(entity_pipeline.run(raws))
        assert all(isinstance(page, Page) for page in pages)
        return pages  # type: ignore[return-value]

    return run
