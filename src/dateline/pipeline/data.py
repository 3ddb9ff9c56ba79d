"""The data stages read and write, by name, and what each name means on an article in flight.

A name is one of:

- a field of :class:`~dateline.model.Article` the page reader fills (``text``, ``paragraphs``, ``dateline``, ...):
  always there, no stage writes it;
- a field a stage fills (``entities``, ``quotes``, ``times``, ``places``, ``events``, ``counts``);
- a field of a stage's records (``entities.place``): written by one stage into another's records, after them;
- ``extra.<name>``: what a third-party stage adds to the article's ``extra``;
- transient data of the run, never written out: ``parse`` (the language pass's Doc), ``local_entities`` (each
  article's entities before collection-wide ids), ``scratch.<name>`` for third-party stages.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any

from dateline.errors import DatelineError, Errors
from dateline.model import Article
from dateline.records import Count, Entity, Event, Place, Quote, TimeExpression

# What the page reader gives every article before any stage runs.
STRUCTURE_FIELDS: frozenset[str] = frozenset(
    {"id", "title", "published", "updated", "dateline", "byline", "agency", "key_points", "subheads", "captions",
     "stamps", "url", "language", "text", "paragraphs"}
)  # fmt: skip
RECORD_TYPES: dict[str, type] = {
    "entities": Entity, "quotes": Quote, "times": TimeExpression, "places": Place, "events": Event, "counts": Count,
}  # fmt: skip
TRANSIENT: dict[str, str] = {"parse": "doc", "local_entities": "local_entities"}  # data name -> Work attribute


@dataclass(slots=True, eq=False)
class Work:
    """One article on its way through the stages, with what the run holds for it but never writes out."""

    article: Article
    page: int = 0  # the run's number for the article's page: serial stages take pages whole and in order
    doc: Any = None  # the language pass's spaCy Doc ("parse")
    local_entities: Any = None  # the article's entities before collection-wide ids ("local_entities")
    scratch: dict[str, Any] = field(default_factory=dict)  # third-party transient data ("scratch.<name>")
    missing: dict[str, str] = field(default_factory=dict)  # data a failed stage did not give -> that stage
    not_for_its_language: list[str] = field(default_factory=list)  # stages that do not read the article's language


def check_name(name: str, stage: str) -> None:
    """Refuse a data name that means nothing (a typo would otherwise make a contract silently unmet)."""
    head, _, rest = name.partition(".")
    if head in ("extra", "scratch") and rest:
        return
    if not rest and (head in STRUCTURE_FIELDS or head in RECORD_TYPES or head in TRANSIENT):
        return
    if rest and head in RECORD_TYPES and "." not in rest and rest in {f.name for f in fields(RECORD_TYPES[head])}:
        return
    raise DatelineError(Errors.E018, detail=f"stage {stage!r} declares {name!r}, which is no data dateline knows")


def parent(name: str) -> str | None:
    """The field a record field belongs to: ``entities`` for ``entities.place``; None for whole fields."""
    head, _, rest = name.partition(".")
    return head if rest and head in RECORD_TYPES else None


def clear(work: Work, name: str) -> None:
    """Take back what a stage wrote under ``name``, so a failed stage leaves nothing half-written."""
    head, _, rest = name.partition(".")
    article = work.article
    if head == "extra":
        if article.extra is not None:
            article.extra.pop(rest, None)
    elif head == "scratch":
        work.scratch.pop(rest, None)
    elif head in TRANSIENT:
        setattr(work, TRANSIENT[head], None)
    elif rest:
        for record in getattr(article, head) or ():
            setattr(record, rest, None)
    else:
        setattr(article, head, None)
