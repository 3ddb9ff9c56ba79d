"""The document model: a page becomes articles, and every stage adds typed records to an article.

Every record that refers to text carries ``start``/``end`` character offsets into its article's ``text``, so any
output can be traced back to the words it came from. ``to_dict`` gives the ``dateline/2`` form (the JSON Schema in
``docs/schema`` is generated from these types) and ``from_dict`` reads it back into the same objects.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, fields
from typing import Annotated, Any, Literal

import msgspec
from msgspec import Meta

from dateline.errors import DatelineError, Errors
from dateline.records import Count, Entity, Event, Place, Quote, Record, TimeExpression, convert, doc

SCHEMA_VERSION = "dateline/2"
READABLE_VERSIONS = ("dateline/1", SCHEMA_VERSION)

ParagraphKind = Literal["body", "subhead"]
StampKind = Literal["published", "updated"]
IsoTime = Annotated[
    str,
    Meta(
        pattern=r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$",
        description="ISO 8601 date (2019-05-15) or date-time (2026-01-11T11:59:54Z), at the precision the page printed.",
    ),
]
ErrorCode = Annotated[str, Meta(pattern=r"^E\d{3}$")]

# Fields a stage fills; absent from the output when the stage did not run (or failed: a problem then says so).
STAGE_FIELDS: tuple[str, ...] = ("entities", "quotes", "times", "places", "events", "counts", "extra")


@dataclass(slots=True)
class Paragraph(Record):
    """A paragraph of an article's ``text``: ``text[start:end]``."""

    start: Annotated[int, Meta(ge=0)]
    end: Annotated[int, Meta(ge=0)]
    kind: ParagraphKind = "body"


@dataclass(slots=True)
class Caption(Record):
    """A photo caption; ``index``/``total`` come from gallery counters such as "2 / 3"."""

    text: str
    credit: Annotated[str | None, doc("Photo credit: 'Reuters', 'AFP/Getty Images'.")] = None
    index: Annotated[int | None, doc("Position in a gallery ('2 / 3' gives 2).")] = None
    total: int | None = None


@dataclass(slots=True)
class Stamp(Record):
    """A published/updated line as printed on the page, and what it resolved to.

    ``value`` is ISO 8601 or ``None``; a relative stamp ("6 sec ago") without a fetch time stays unresolved,
    and ``resolved`` says so instead of guessing.
    """

    kind: StampKind
    text: Annotated[str, doc("The line as printed: 'Updated 6 sec ago'.")]
    value: IsoTime | None
    resolved: Annotated[bool, doc("False for a relative stamp read without a fetch time: never guessed.")]


@dataclass(slots=True)
class Problem(Record):
    """A reported, non-fatal problem: a stage that failed on an article, an unresolved stamp."""

    code: ErrorCode
    message: str
    article: Annotated[str | None, doc("The id of the article it concerns.")] = None
    stage: Annotated[str | None, doc("The stage that met it.")] = None


@dataclass(slots=True, kw_only=True)
class Article(Record):
    """One news article: its structure, then what each later stage added (``None`` where a stage did not run)."""

    id: Annotated[str, Meta(pattern=r"^a-[0-9a-f]{16}$", description="Stable: the same title and text give the same id.")] = ""
    title: str | None = None
    published: IsoTime | None = None
    updated: IsoTime | None = None
    dateline: Annotated[str | None, doc("The place of the dateline: 'SOCHI', 'VALPARAISO, Chile'.")] = None
    byline: str | None = None
    agency: Annotated[str | None, doc("A news agency named in the dateline or byline: 'Reuters', 'AP'.")] = None
    key_points: list[str] = field(default_factory=list)
    subheads: list[str] = field(default_factory=list)
    captions: list[Caption] = field(default_factory=list)
    stamps: list[Stamp] = field(default_factory=list)
    url: str | None = None
    language: Annotated[
        str | None, doc("The language of the text as detected (ISO 639-1: 'en', 'fr'); None when too little to tell.")
    ] = None
    text: Annotated[str, doc("Body and subhead paragraphs in order, joined by a blank line.")]
    paragraphs: list[Paragraph]
    entities: list[Entity] | None = None
    quotes: list[Quote] | None = None
    times: list[TimeExpression] | None = None
    places: list[Place] | None = None
    events: list[Event] | None = None
    counts: list[Count] | None = None
    extra: Annotated[dict[str, Any] | None, doc("What third-party stages add, by the name they write ('extra.<name>').")] = None
    problems: Annotated[list[Problem], doc("What went wrong with this article: a stage that failed, a stamp left unresolved.")] = (
        field(default_factory=list)
    )

    def __post_init__(self) -> None:
        if not self.id:
            self.id = article_id(self.title, self.text)

    def paragraph_text(self, paragraph: Paragraph) -> str:
        return self.text[paragraph.start : paragraph.end]

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = msgspec.to_builtins(self)
        for key in STAGE_FIELDS:
            if data[key] is None:
                del data[key]
        return data



@dataclass(slots=True)
class Source(Record):
    """Where a page came from and how it was read."""

    path: Annotated[str, doc("The input file, or '-' for standard input.")]
    format: Literal["text", "html"] = "text"
    encoding: Annotated[str | None, doc("The encoding the input was decoded from.")] = None
    bytes: Annotated[int, Meta(ge=0)] = 0
    fetched_at: Annotated[str | None, doc("When the page was fetched, if given.")] = None
    url: str | None = None


@dataclass(slots=True)
class Page:
    """A page as read from one input: its articles, and the problems that concern the page rather than one article."""

    source: Source
    articles: list[Article] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    def all_problems(self) -> list[Problem]:
        """The page's problems and every article's, in order."""
        return [*self.problems, *(problem for article in self.articles for problem in article.problems)]

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA_VERSION,
            "source": msgspec.to_builtins(self.source),
            "articles": [article.to_dict() for article in self.articles],
            "problems": msgspec.to_builtins(self.problems),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Page:
        """Read a page written by ``to_dict`` (``dateline/2``, or ``dateline/1`` upgraded); E016 if it is not one."""
        if not isinstance(data, dict) or data.get("schema") not in READABLE_VERSIONS:
            found = data.get("schema") if isinstance(data, dict) else type(data).__name__
            raise DatelineError(Errors.E016, what="page", detail=f"schema {found!r} is not one of {', '.join(READABLE_VERSIONS)}")
        body = {key: value for key, value in data.items() if key != "schema"}
        if data["schema"] == "dateline/1":
            body = _upgrade_v1(body)
        return convert(body, cls)


@dataclass(slots=True, kw_only=True)
class Failure:
    """An input that gave no page: the same fields as a :class:`Problem`, and the input's path."""

    code: ErrorCode
    message: str
    path: str
    article: None = None
    stage: None = None

    @classmethod
    def from_error(cls, path: str, error: DatelineError) -> Failure:
        return cls(code=error.code, message=str(error), path=path)

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "message": self.message, "article": None, "stage": None, "path": self.path}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Failure:
        return convert(data, cls)


def stream_record(result: Page | Failure) -> dict[str, Any]:
    """One line of a ``jsonl`` stream: a page, or ``{"schema": ..., "failure": {...}}`` for an input that gave none."""
    if isinstance(result, Failure):
        return {"schema": SCHEMA_VERSION, "failure": result.to_dict()}
    return result.to_dict()


_ENCODER = msgspec.json.Encoder()
_ARTICLE_FIELDS = tuple(f.name for f in fields(Article))


def encode_record(result: Page | Failure) -> bytes:
    """:func:`stream_record` as compact JSON in UTF-8, written straight from the records: a long page never exists
    as dicts and a text string as well as its bytes. Raises ``UnicodeEncodeError`` for a string JSON cannot hold
    (a file name with undecodable bytes)."""
    if isinstance(result, Failure):
        return _ENCODER.encode({"schema": SCHEMA_VERSION, "failure": result.to_dict()})
    articles = [
        {name: value for name in _ARTICLE_FIELDS if (value := getattr(article, name)) is not None or name not in STAGE_FIELDS}
        for article in result.articles
    ]
    return _ENCODER.encode({"schema": SCHEMA_VERSION, "source": result.source, "articles": articles, "problems": result.problems})


def read_stream_record(data: dict[str, Any]) -> Page | Failure:
    """The page or failure a ``jsonl`` line holds."""
    if isinstance(data, dict) and "failure" in data and data.get("schema") == SCHEMA_VERSION:
        return Failure.from_dict(data["failure"])
    return Page.from_dict(data)


def split_paragraphs(text: str, separator: str = "\n") -> list[Paragraph]:
    """Body paragraphs of a text given as it is (a corpus document): one per non-blank piece between separators."""
    paragraphs: list[Paragraph] = []
    position = 0
    for piece in text.split(separator):
        if piece.strip():
            paragraphs.append(Paragraph(position, position + len(piece)))
        position += len(piece) + len(separator)
    return paragraphs


def article_id(title: str | None, text: str) -> str:
    """A stable id: the same title and text give the same id on every run and machine."""
    digest = hashlib.sha1(f"{title or ''}\x00{text}".encode("utf-8")).hexdigest()
    return f"a-{digest[:16]}"


def _upgrade_v1(body: dict[str, Any]) -> dict[str, Any]:
    """``dateline/1`` kept every problem on the page; those of a kept article now live on the article."""
    articles = [dict(article) for article in body.get("articles", [])]
    by_id = {article.get("id"): article for article in articles}
    page_problems = []
    for problem in body.get("problems", []):
        owner = by_id.get(problem.get("article")) if isinstance(problem, dict) else None
        if owner is None:
            page_problems.append(problem)
        else:
            owner.setdefault("problems", []).append(problem)
    return {**body, "articles": articles, "problems": page_problems}
