"""The ``times`` stage: every article's time expressions, placed against the article's own time.

The anchor is the article's published time, else its updated time. ``--published`` fills the published
time of articles that print none, and a relative stamp ("Updated 6 sec ago") is already resolved from
``--fetched-at`` by the structure stage, so both reach us through the article. An article with no anchor
still gets its times, with underspecified values for the relative ones.
"""

from __future__ import annotations

from collections.abc import Sequence

from dateline.language import ENGLISH
from dateline.model import Article
from dateline.pipeline import Work, stage
from dateline.records import TimeExpression
from dateline.times import find_times
from dateline.times.resolver import Anchor
from dateline.times.tense import tense_lookup


def article_anchor(article: Article) -> Anchor | None:
    """The time the article speaks from: published, else updated, else none."""
    for value in (article.published, article.updated):
        anchor = Anchor.parse(value)
        if anchor is not None:
            return anchor
    return None


@stage("times", reads=("text", "published", "updated", "parse"), writes=("times",), languages=ENGLISH)
def times_stage(batch: Sequence[Work], resource: None) -> None:
    """Dates, times, durations and sets, normalised to TIMEX3 values against the article's own time."""
    found: list[list[TimeExpression]] = [
        find_times(work.article.text, article_anchor(work.article), tense_lookup(work.doc)) for work in batch
    ]
    # Attach only once every article is done, so a failure leaves no article half-filled.
    for work, times in zip(batch, found):
        work.article.times = times


TIMES = times_stage
