"""The quotes stage: attach each article's quotes, and a one-call library entry point."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from dateline.language import ENGLISH
from dateline.model import Article
from dateline.pipeline import Settings, Work, stage
from dateline.quotes.finder import find_quotes
from dateline.records import Quote


def article_quotes(article: Article, doc: Any) -> list[Quote]:
    """The quotes of one article from its parse, its entities (for speakers) and its times (for dates)."""
    paragraphs = [(p.start, p.end, p.kind) for p in article.paragraphs]
    return find_quotes(article.text, doc, paragraphs, entities=article.entities, times=article.times)


@stage("quotes", reads=("text", "paragraphs", "parse", "entities", "times"), writes=("quotes",), languages=ENGLISH)
def quotes_stage(batch: Sequence[Work], resource: None) -> None:
    """Direct, partial and indirect quotes with speaker, addressee, cue, channel and date."""
    found = [article_quotes(work.article, work.doc) for work in batch]
    for work, quotes in zip(batch, found):
        work.article.quotes = quotes


QUOTES = quotes_stage


def quotes(text: str, *, fetched_at: datetime | None = None, settings: Settings | None = None) -> list[dict[str, Any]]:
    """Every quote of every article in one page's text (plain or HTML), each with its article's id and title."""
    from dateline.extraction import extract

    page = extract(text, fetched_at=fetched_at, stages=("quotes",), settings=settings)
    return [
        {"article": article.id, "title": article.title, **record.to_dict()}
        for article in page.articles
        for record in article.quotes or []
    ]
