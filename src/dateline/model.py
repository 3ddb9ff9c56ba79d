"""The document model: a page becomes articles, and every stage adds typed records to an article.

Every record that refers to text carries ``start``/``end`` character offsets into its article's ``text``,
so any output can be traced back to the words it came from.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

SCHEMA_VERSION = "dateline/1"

ParagraphKind = Literal["body", "subhead"]
StampKind = Literal["published", "updated"]


@dataclass(slots=True)
class Paragraph:
    """A paragraph of an article's ``text``: ``text[start:end]``."""

    start: int
    end: int
    kind: ParagraphKind = "body"


@dataclass(slots=True)
class Caption:
    """A photo caption; ``index``/``total`` come from gallery counters such as "2 / 3"."""

    text: str
    credit: str | None = None
    index: int | None = None
    total: int | None = None


@dataclass(slots=True)
class Stamp:
    """A published/updated line as printed on the page, and what it resolved to.

    ``value`` is ISO 8601 or ``None``; a relative stamp ("6 sec ago") without a fetch time stays unresolved,
    and ``resolved`` says so instead of guessing.
    """

    kind: StampKind
    text: str
    value: str | None
    resolved: bool


@dataclass(slots=True)
class Article:
    """One news article. Later stages fill ``entities``, ``quotes``, ``times``, ``places``, ``events``."""

    text: str
    paragraphs: list[Paragraph]
    title: str | None = None
    published: str | None = None
    updated: str | None = None
    dateline: str | None = None
    byline: str | None = None
    agency: str | None = None
    key_points: list[str] = field(default_factory=list)
    subheads: list[str] = field(default_factory=list)
    captions: list[Caption] = field(default_factory=list)
    stamps: list[Stamp] = field(default_factory=list)
    url: str | None = None
    id: str = ""
    entities: list[dict[str, Any]] | None = None
    quotes: list[dict[str, Any]] | None = None
    times: list[dict[str, Any]] | None = None
    places: list[dict[str, Any]] | None = None
    events: list[dict[str, Any]] | None = None
    counts: dict[str, int] | None = None

    def __post_init__(self) -> None:
        if not self.id:
            self.id = article_id(self.title, self.text)

    def paragraph_text(self, paragraph: Paragraph) -> str:
        return self.text[paragraph.start : paragraph.end]

    def body_paragraphs(self) -> list[Paragraph]:
        return [p for p in self.paragraphs if p.kind == "body"]

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        # Stages that did not run leave no key rather than a misleading empty list.
        for key in ("entities", "quotes", "times", "places", "events", "counts"):
            if data[key] is None:
                del data[key]
        # Metadata first and the long text after it, so a person reading the JSON sees what the article is.
        text, paragraphs = data.pop("text"), data.pop("paragraphs")
        first = {"id": data.pop("id")}
        stage_keys = [k for k in ("entities", "quotes", "times", "places", "events", "counts") if k in data]
        staged: dict[str, Any] = {key: data.pop(key) for key in stage_keys}
        return {**first, **data, "text": text, "paragraphs": paragraphs, **staged}


@dataclass(slots=True)
class Source:
    """Where a page came from and how it was read."""

    path: str
    format: Literal["text", "html"] = "text"
    encoding: str | None = None
    bytes: int = 0
    fetched_at: str | None = None
    url: str | None = None


@dataclass(slots=True)
class Problem:
    """A reported, non-fatal problem: an article skipped by a stage, an unresolved stamp, a dropped input."""

    code: str
    message: str
    article: str | None = None
    stage: str | None = None


@dataclass(slots=True)
class Page:
    """A page as read from one input: its articles and the problems met on the way."""

    source: Source
    articles: list[Article] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA_VERSION,
            "source": asdict(self.source),
            "articles": [article.to_dict() for article in self.articles],
            "problems": [asdict(problem) for problem in self.problems],
        }


def article_id(title: str | None, text: str) -> str:
    """A stable id: the same title and text give the same id on every run and machine."""
    digest = hashlib.sha1(f"{title or ''}\x00{text}".encode("utf-8")).hexdigest()
    return f"a-{digest[:16]}"
