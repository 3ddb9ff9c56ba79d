"""The ``times`` stage: every article's time expressions, placed against the article's own time.

The anchor is the article's published time, else its updated time. ``--published`` fills the published
time of articles that print none, and a relative stamp ("Updated 6 sec ago") is already resolved from
``--fetched-at`` by the structure stage, so both reach us through the article. An article with no anchor
still gets its times, with underspecified values for the relative ones.
"""

from __future__ import annotations

from collections.abc import Sequence

from dateline.model import Article
from dateline.pipeline import Context, stage
from dateline.times import TimeRecord, find_times
from dateline.times.resolver import Anchor
from dateline.times.tense import tense_lookup


def article_anchor(article: Article) -> Anchor | None:
    """The time the article speaks from: published, else updated, else none."""
    for value in (article.published, article.updated):
        anchor = Anchor.parse(value)
        if anchor is not None:
            return anchor
    return None


@stage("times", requires=("language",), assigns=("times",))
def times_stage(articles: Sequence[Article], context: Context) -> None:
    """Dates, times, durations and sets, normalised to TIMEX3 values against the article's own time."""
    found: list[list[TimeRecord]] = [
        find_times(article.text, article_anchor(article), tense_lookup(context.parse(article))) for article in articles
    ]
    # Attach only once every article is done, so a failure leaves no article half-filled.
    for article, times in zip(articles, found):
        article.times = times
