"""The counts stage: attach each article's counted groups."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from dateline.counts.finder import find_counts
from dateline.language import ENGLISH
from dateline.model import Article
from dateline.pipeline import Work, stage
from dateline.records import Count


def article_counts(article: Article, doc: Any) -> list[Count]:
    """The counts of one article from its parse. A long article comes here a window at a time, each window an
    article with its own text and Doc, so offsets are into the window; the pipeline shifts them into the whole."""
    return find_counts(article.text, doc)


@stage("counts", reads=("text", "parse"), writes=("counts",), languages=ENGLISH)
def counts_stage(batch: Sequence[Work], resource: None) -> None:
    """Counted groups the articles report: how many were killed, wounded, arrested, freed, displaced, protested."""
    found = [article_counts(work.article, work.doc) for work in batch]
    # Attach only once every article is done, so a failure leaves no article half-filled.
    for work, counts in zip(batch, found):
        work.article.counts = counts


COUNTS = counts_stage
