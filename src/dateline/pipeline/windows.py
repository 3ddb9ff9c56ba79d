"""Long articles go through the stages a window at a time, so memory stays bounded whatever the article's length.

A spaCy Doc holds about 120 bytes per character, and the model's working memory grows with the text it is given:
a 25 MB article parsed whole would need several gigabytes. An article longer than ``Settings.window_chars`` is cut
at paragraph breaks into windows; each window becomes an article of its own for the stages (with the article's
title, times, dateline and captions, so every window has the same context), its Doc is let go once its records are
built, and its records are merged into the article with offsets into the whole text:

- entities and places of the same id are one record (mentions joined, aliases, titles and flags combined);
- quotes are numbered again in text order (``continues`` follows); times, events and counts are joined in order;
- a window's problems become the article's, saying which characters they concern.

What crosses a window edge is read as two: a quote running over the edge, a surname whose full name is in another
window (the collection's registry still joins the two), "a year earlier" after the edge.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from dateline.text import chunk_text
from dateline.model import Article, Paragraph, Problem
from dateline.pipeline.offsets import shift
from dateline.records import Entity, Place, Quote


def windows(article: Article, size: int) -> Iterator[tuple[int, Article]]:
    """``(offset, window)`` for each piece of the article's text, cut at paragraph breaks, in order."""
    offset = 0
    for piece in chunk_text(article.text, size):
        end = offset + len(piece)
        paragraphs = [
            Paragraph(max(p.start, offset) - offset, min(p.end, end) - offset, p.kind)
            for p in article.paragraphs
            if p.start < end and p.end > offset
        ]
        yield offset, Article(
            title=article.title, published=article.published, updated=article.updated, dateline=article.dateline,
            byline=article.byline, agency=article.agency, key_points=article.key_points, subheads=article.subheads,
            captions=article.captions, stamps=article.stamps, url=article.url, language=article.language, text=piece,
            paragraphs=paragraphs,
        )  # fmt: skip
        offset = end


class WindowedArticle:
    """An article's records gathered window by window; :meth:`finish` puts them on the article."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self.entities: dict[str, Entity] = {}
        self.places: dict[str, Place] = {}
        self.quotes: list[Quote] = []
        self.joined: dict[str, list[Any]] = {"times": [], "events": [], "counts": []}
        self.extra: dict[str, Any] = {}
        self.given: set[str] = set()  # the fields at least one window has
        self.problems: list[Problem] = []

    def add(self, offset: int, window: Article) -> None:
        for name in ("entities", "quotes", "times", "places", "events", "counts"):
            found = getattr(window, name)
            if found is None:
                continue
            self.given.add(name)
            for record in found:
                shift(record, offset)
        self._add_entities(window.entities or [])
        self._add_places(window.places or [])
        renamed = self._add_quotes(window.quotes or [])
        for event in window.events or []:
            event.quote = renamed.get(event.quote) if event.quote is not None else None
        for name, records in self.joined.items():
            records.extend(getattr(window, name) or [])
        if window.extra is not None:
            self.given.add("extra")
            for key, value in window.extra.items():
                known = self.extra.get(key)
                self.extra[key] = known + value if isinstance(known, list) and isinstance(value, list) else known or value
        where = f"{self.article.id} (characters {offset}-{offset + len(window.text)})"
        for problem in window.problems:
            message = problem.message.replace(window.id, where)
            self.problems.append(Problem(code=problem.code, message=message, article=self.article.id, stage=problem.stage))

    def finish(self) -> None:
        article = self.article
        if "entities" in self.given:
            article.entities = sorted(self.entities.values(), key=lambda e: e.mentions[0].start if e.mentions else -1)
        if "places" in self.given:
            article.places = sorted(self.places.values(), key=lambda p: (bool(p.mentions), p.mentions[0].start if p.mentions else 0))
        if "quotes" in self.given:
            article.quotes = self.quotes
        for name, records in self.joined.items():
            if name in self.given:
                setattr(article, name, records)
        for number, event in enumerate(article.events or [], 1):  # each window numbered its own from e1
            event.id = f"e{number}"
        if "extra" in self.given:
            article.extra = self.extra
        seen: set[tuple[str, str]] = set()
        for problem in self.problems:
            if (problem.code, problem.message) not in seen:  # every window repeats the page's unresolved stamps
                seen.add((problem.code, problem.message))
                article.problems.append(problem)

    def _add_entities(self, entities: list[Entity]) -> None:
        for entity in entities:
            known = self.entities.get(entity.id)
            if known is None:
                self.entities[entity.id] = entity
                continue
            known.mentions.extend(entity.mentions)
            known.aliases.extend(a for a in entity.aliases if a not in known.aliases and a != known.name)
            known.titles.extend(t for t in entity.titles if t not in known.titles)
            known.country = known.country or entity.country
            known.place = known.place or entity.place

    def _add_places(self, places: list[Place]) -> None:
        for place in places:
            known = self.places.get(place.id)
            if known is None:
                self.places[place.id] = place
                continue
            known.mentions.extend(place.mentions)
            known.metonymic = known.metonymic or place.metonymic
            known.dateline = known.dateline or place.dateline
            if known.near is None:
                known.near, known.relation = place.near, place.relation
            known.country = known.country or place.country

    def _add_quotes(self, quotes: list[Quote]) -> dict[str, str]:
        """Number the window's quotes on from the article's; returns each old id's new one."""
        renamed: dict[str, str] = {}
        for quote in quotes:
            new = f"q{len(self.quotes) + 1}"
            renamed[quote.id] = new
            quote.id = new
            if quote.continues is not None:
                quote.continues = renamed.get(quote.continues)
            self.quotes.append(quote)
        return renamed
