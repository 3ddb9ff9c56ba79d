"""The quotes stage: attach each article's quotes, and a one-call library entry point."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from dateline.model import Article
from dateline.pipeline import Context, Settings, stage
from dateline.quotes.finder import find_quotes


def article_quotes(article: Article, doc: Any) -> list[dict[str, Any]]:
    """The quotes of one article from its parse (and its entities and times, when those stages ran)."""
    paragraphs = [(p.start, p.end, p.kind) for p in article.paragraphs]
    return find_quotes(article.text, doc, paragraphs, entities=article.entities, times=article.times)


@stage("quotes", requires=("entities",), assigns=("quotes",))
def quotes_stage(articles: Sequence[Article], context: Context) -> None:
    """Direct, partial and indirect quotes with speaker, addressee, cue, channel and date."""
    for article in articles:
        article.quotes = article_quotes(article, context.parse(article))


def quotes(text: str, *, fetched_at: datetime | None = None, settings: Settings | None = None) -> list[dict[str, Any]]:
    """Every quote of every article in one page's text (plain or HTML), each with its article's id and title."""
    from dateline.extraction import extract

    page = extract(text, fetched_at=fetched_at, stages=("quotes",), settings=settings)
    return [
        {"article": article.id, "title": article.title, **record}
        for article in page.articles
        for record in article.quotes or []
    ]
