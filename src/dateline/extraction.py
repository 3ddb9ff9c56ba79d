"""The main job as library calls: text, bytes or files in, pages of structured articles out.

Each is a thin wrapper over :class:`~dateline.pipeline.Pipeline`; build one yourself to keep entity ids across
calls, to pass your own entity resolver, or to ship the same run to another process (``Pipeline.to_dict``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import datetime
from typing import Literal

from dateline.errors import Errors, InputError
from dateline.model import Failure, Page, Problem, Source
from dateline.pipeline import DEFAULT_STAGES, Pipeline, Settings
from dateline.reader import RawPage, decode_page, expand_inputs, read_input
from dateline.structure import read_articles

__all__ = ["DEFAULT_STAGES", "Failure", "extract", "extract_bytes", "extract_files", "read_inputs", "read_page"]


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
    """Turn one page's text (plain or HTML) into a :class:`Page`; raises :class:`InputError` if no article is found.

    ``fetched_at`` and ``published`` override the same fields of ``settings``.
    """
    pipeline = Pipeline(stages, _with_times(settings, fetched_at, published))
    return pipeline.extract(text, path=path, url=url, page_format=page_format)


def extract_bytes(data: bytes, *, path: str = "<bytes>", **options: object) -> Page:
    """Like :func:`extract`, from undecoded bytes (encoding detected, binary refused)."""
    raw = decode_page(data, path=path)
    return extract(raw.text, page_format=raw.format, path=path, **options)  # type: ignore[arg-type]


def extract_files(
    inputs: list[str],
    *,
    fetched_at: datetime | None = None,
    stages: Iterable[str] = DEFAULT_STAGES,
    settings: Settings | None = None,
    max_bytes: int | None = None,
    published: datetime | None = None,
) -> Iterator[Page | Failure]:
    """Stream pages from files, directories, globs or ``-``; a bad input is yielded as a :class:`Failure`.

    The stages (and the language model) are set up once for all inputs.
    """
    settings = _with_times(settings, fetched_at, published)
    if max_bytes is not None:
        settings = settings.replace(max_bytes=max_bytes)
    return Pipeline(stages, settings).extract_files(inputs)


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
    for article in articles:
        for stamp in article.stamps:
            if not stamp.resolved:
                message = Errors.E015.format(kind=stamp.kind, text=stamp.text)
                article.problems.append(Problem(code="E015", message=message, article=article.id, stage="structure"))
    return Page(source=source, articles=articles)


def read_inputs(inputs: list[str], max_bytes: int) -> Iterator[RawPage | Failure]:
    """Decoded pages from paths, directories, globs or ``-``, in order; what cannot be read comes as a Failure."""
    for item in expand_inputs(inputs):
        if isinstance(item, InputError):
            yield Failure.from_error(str(item.details.get("path") or item.details.get("pattern")), item)
            continue
        try:
            yield read_input(item, max_bytes=max_bytes)
        except InputError as error:
            yield Failure.from_error(item, error)


def _with_times(settings: Settings | None, fetched_at: datetime | None, published: datetime | None) -> Settings:
    settings = settings or Settings()
    changes = {name: value for name, value in (("fetched_at", fetched_at), ("published", published)) if value is not None}
    return settings.replace(**changes) if changes else settings
