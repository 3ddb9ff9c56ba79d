"""The events stage: who did what to whom, when and where, coded in PLOVER with the closest CAMEO code; and the
one-call library entry point."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from dateline.events.build import article_events
from dateline.language import ENGLISH
from dateline.pipeline import Settings, Work, stage
from dateline.records import Event


@stage(
    "events",
    reads=("text", "published", "updated", "parse", "entities", "quotes", "times", "places"),
    writes=("events",),
    languages=ENGLISH,
)
def events_stage(batch: Sequence[Work], resource: None) -> None:
    """Coded events with actors, recipients, date, place, modality and the evidence for each."""
    found: list[list[Event]] = [article_events(work.article, work.doc) for work in batch]
    for work, events in zip(batch, found):
        work.article.events = events


EVENTS = events_stage


def events(text: str, *, fetched_at: datetime | None = None, settings: Settings | None = None) -> list[dict[str, Any]]:
    """Every event of every article in one page's text (plain or HTML), each with its article's id and title."""
    from dateline.extraction import extract

    page = extract(text, fetched_at=fetched_at, stages=("events",), settings=settings)
    return [
        {"article": article.id, "title": article.title, **record.to_dict()}
        for article in page.articles
        for record in article.events or []
    ]
