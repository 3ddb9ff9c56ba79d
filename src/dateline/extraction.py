"""The main job: inputs in, pages of structured articles out, through every stage asked for."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from dateline.errors import DatelineError, Errors, InputError
from dateline.model import Page, Problem, Source
from dateline.pipeline import Context, Settings, Stage, resolve_stages, run_stages
from dateline.reader import DEFAULT_MAX_BYTES, RawPage, decode_page, expand_inputs, looks_like_html, read_input
from dateline.structure import read_articles

DEFAULT_STAGES: tuple[str, ...] = ("entities", "times", "quotes", "places")


@dataclass(slots=True)
class Failure:
    """An input that gave no page, and why."""

    path: str
    error: DatelineError


def extract(
    text: str,
    *,
    fetched_at: datetime | None = None,
    published: datetime | None = None,
    page_format: Literal["text", "html"] | None = None,
    stages: Iterable[str] = DEFAULT_STAGES,
    settings: Settings | None = None,
    path: str = "<text>",
    url: str | None = None,
) -> Page:
    """Turn one page's text (plain or HTML) into a :class:`Page`; raises :class:`InputError` if no article is found."""
    if page_format is None:
        page_format = "html" if looks_like_html(text, path) else "text"
    raw = RawPage(path=path, text=text, format=page_format, encoding="utf-8", size=len(text.encode("utf-8")))
    context = Context(settings=settings or Settings())
    return extract_page(
        raw, fetched_at=fetched_at, stages=resolve_stages(stages), context=context, url=url, published=published
    )


def extract_bytes(data: bytes, *, path: str = "<bytes>", **options: object) -> Page:
    """Like :func:`extract`, from undecoded bytes (encoding detected, binary refused)."""
    raw = decode_page(data, path=path)
    return extract(raw.text, page_format=raw.format, path=path, **options)  # type: ignore[arg-type]


def extract_page(
    raw: RawPage,
    *,
    fetched_at: datetime | None,
    stages: Sequence[Stage],
    context: Context,
    url: str | None = None,
    published: datetime | None = None,
) -> Page:
    """Read one page and run the stages over its articles."""
    page = read_page(raw, fetched_at=fetched_at, url=url, published=published)
    run_pages([page], stages, context)
    return page


def read_page(
    raw: RawPage, *, fetched_at: datetime | None, url: str | None = None, published: datetime | None = None
) -> Page:
    """The structure of one page: its articles, before any later stage; :class:`InputError` if it has none."""
    source = Source(
        path=raw.path,
        format=raw.format,
        encoding=raw.encoding,
        bytes=raw.size,
        fetched_at=fetched_at.isoformat() if fetched_at else None,
        url=url,
    )
    articles = read_articles(raw.text, raw.format, fetched_at=fetched_at, url=url)
    if not articles:
        detail = "the HTML holds no article text" if raw.format == "html" else "the page holds only boilerplate"
        raise InputError(Errors.E007, path=raw.path, detail=detail)
    if published is not None:
        # A text that prints no time of its own (a corpus with dates in its metadata) takes the one given.
        given = published.isoformat(timespec="seconds").replace("+00:00", "Z")
        for article in articles:
            if article.published is None and article.updated is None:
                article.published = given
    page = Page(source=source, articles=articles)
    for article in articles:
        for stamp in article.stamps:
            if not stamp.resolved:
                message = Errors.E015.format(kind=stamp.kind, text=stamp.text)
                page.problems.append(Problem(code="E015", message=message, article=article.id, stage="structure"))
    return page


def run_pages(pages: Sequence[Page], stages: Sequence[Stage], context: Context) -> None:
    """Run the stages over the articles of several pages at once, so the language model batches across pages.

    Each page keeps the articles that went through and gets the problems of those that did not.
    """
    articles = [article for page in pages for article in page.articles]
    survivors, problems = run_stages(articles, stages, context)
    alive = {id(article) for article in survivors}
    by_article: dict[str | None, list[Problem]] = {}
    for problem in problems:
        by_article.setdefault(problem.article, []).append(problem)
    for page in pages:
        for article in page.articles:
            if id(article) not in alive:
                # Two pages may hold the same article (same id); each gets one of its problems.
                page.problems.extend(by_article.get(article.id, [])[:1])
                by_article[article.id] = by_article.get(article.id, [])[1:]
        page.articles = [article for article in page.articles if id(article) in alive]


def extract_files(
    inputs: list[str],
    *,
    fetched_at: datetime | None = None,
    stages: Iterable[str] = DEFAULT_STAGES,
    settings: Settings | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    published: datetime | None = None,
) -> Iterator[Page | Failure]:
    """Stream pages from files, directories, globs or ``-``; a bad input is yielded as a :class:`Failure`.

    The stages (and the language model) are set up once for all inputs.
    """
    context = Context(settings=settings or Settings())
    yield from extract_raw_pages(
        _read_inputs(inputs, max_bytes), fetched_at=fetched_at, published=published, stages=stages, context=context
    )


def extract_raw_pages(
    raw_pages: Iterable[RawPage | Failure],
    *,
    fetched_at: datetime | None = None,
    published: datetime | None = None,
    stages: Iterable[str] = DEFAULT_STAGES,
    context: Context | None = None,
) -> Iterator[Page | Failure]:
    """Turn decoded pages into :class:`Page` objects, in input order, failures passed through.

    Pages are read ahead until their articles fill one batch of the language model (``settings.batch_size``), then
    run through the stages together, so the model batches across pages as it would over one long text.
    """
    resolved = resolve_stages(stages)
    context = context or Context()
    pending: list[Page | Failure] = []
    pending_articles = 0
    for raw in raw_pages:
        if isinstance(raw, Failure):
            pending.append(raw)
        else:
            try:
                page = read_page(raw, fetched_at=fetched_at, published=published)
            except InputError as error:
                pending.append(Failure(path=raw.path, error=error))
            else:
                pending.append(page)
                pending_articles += len(page.articles)
        if pending_articles >= context.settings.batch_size or (pending and pending_articles == 0):
            yield from _flush(pending, resolved, context)
            pending, pending_articles = [], 0
    yield from _flush(pending, resolved, context)


def _read_inputs(inputs: list[str], max_bytes: int) -> Iterator[RawPage | Failure]:
    for item in expand_inputs(inputs):
        if isinstance(item, InputError):
            yield Failure(path=str(item.details.get("path") or item.details.get("pattern")), error=item)
            continue
        try:
            yield read_input(item, max_bytes=max_bytes)
        except InputError as error:
            yield Failure(path=item, error=error)


def _flush(pending: list[Page | Failure], stages: Sequence[Stage], context: Context) -> Iterator[Page | Failure]:
    run_pages([item for item in pending if isinstance(item, Page)], stages, context)
    yield from pending
