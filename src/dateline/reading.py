"""The page reader: decoded inputs become pages of articles with their structure, before any stage runs."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

from dateline.errors import Errors, InputError
from dateline.languages import detect_language
from dateline.model import Failure, Page, Problem, Source
from dateline.reader import READER, RawPage, expand_inputs, read_input, repair_text
from dateline.structure import read_articles
from dateline.structure.stamps import parse_fetched_at, unresolved_reason
from dateline.warc import is_warc, read_warc


def read_page(
    raw: RawPage, *, fetched_at: datetime | None, url: str | None = None, published: datetime | None = None
) -> Page:
    """The structure of one page: its articles, before any later stage; :class:`InputError` if it has none.

    A page that carries its own URL and fetch time (``raw.url``, ``raw.fetched_at``: a WARC record) is read with
    them: its fetch time in place of the run's ``fetched_at``, its URL where no ``url`` is given. A blank text is
    refused as an empty file is (E001); a text built by hand is repaired as a decoded one is (lone surrogates,
    NULs), the repairs joining the page's problems.
    """
    text, repairs = repair_text(raw.text, raw.path)
    if not text.strip():
        raise InputError(Errors.E001, path=raw.path)
    if url is None:
        url = raw.url
    if raw.fetched_at:
        fetched_at = _own_fetch_time(raw, fetched_at, repairs)
    source = Source(
        path=raw.path,
        format=raw.format,
        encoding=raw.encoding,
        bytes=raw.size,
        fetched_at=fetched_at.isoformat() if fetched_at else None,
        url=url,
    )
    articles = read_articles(text, raw.format, fetched_at=fetched_at, url=url)
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
        article.language = detect_language(article.text).code
        for stamp in article.stamps:
            if not stamp.resolved:
                message = Errors.E015.format(kind=stamp.kind, text=stamp.text, reason=unresolved_reason(stamp.text))
                article.problems.append(Problem(code="E015", message=message, article=article.id, stage="structure"))
    return Page(source=source, articles=articles, problems=[*raw.problems, *repairs])


def read_inputs(inputs: list[str], max_bytes: int) -> Iterator[RawPage | Failure]:
    """Decoded pages from paths, directories, globs, URLs or ``-``, in order; what cannot be read comes as a Failure.

    A WARC archive gives its pages in its place, one for each page record (see :mod:`dateline.warc`), with
    ``max_bytes`` the bound of each record rather than of the archive.
    """
    for item in expand_inputs(inputs):
        if isinstance(item, InputError):
            yield Failure.from_error(str(item.details.get("path") or item.details.get("pattern")), item)
            continue
        if is_warc(item):
            yield from read_warc(item, max_bytes)
            continue
        try:
            yield read_input(item, max_bytes=max_bytes)
        except InputError as error:
            yield Failure.from_error(item, error)


def _own_fetch_time(raw: RawPage, run_wide: datetime | None, problems: list[Problem]) -> datetime | None:
    """The page's own fetch time; a malformed one is said in a problem and the run's is used instead."""
    # Imported here: importing the settings runs the pipeline package, whose runner imports this module.
    from dateline.pipeline.settings import TIME_RANGE

    try:
        when = parse_fetched_at(raw.fetched_at or "")
    except (ValueError, OverflowError):
        when = None
    # Years out of range are refused as they are on the command line: date arithmetic near year 1 overflows.
    if when is not None and TIME_RANGE[0] <= when.year <= TIME_RANGE[1]:
        return when
    message = Errors.E008.format(option="fetch time", value=raw.fetched_at) + f" (for {raw.path}; the run's is used)"
    problems.append(Problem(code="E008", message=message, stage=READER))
    return run_wide
