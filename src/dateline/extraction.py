"""The main job as library calls: text, bytes or files in, pages of structured articles out.

Each is a thin wrapper over :class:`~dateline.pipeline.Pipeline`; build one yourself to keep entity ids across
calls, to pass your own entity resolver, or to ship the same run to another process (``Pipeline.to_dict``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import datetime
from typing import Literal

from dateline.model import Failure, Page
from dateline.pipeline import DEFAULT_STAGES, Pipeline, Settings
from dateline.reader import decode_page
from dateline.reading import read_inputs, read_page

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


def extract_bytes(
    data: bytes,
    *,
    fetched_at: datetime | None = None,
    published: datetime | None = None,
    stages: Iterable[str] = DEFAULT_STAGES,
    settings: Settings | None = None,
    path: str = "<bytes>",
) -> Page:
    """Like :func:`extract`, from undecoded bytes: the encoding is detected, binary refused, and what decoding had
    to repair is a problem of the page. Raises :class:`InputError` as ``dateline extract`` reports a bad file."""
    pipeline = Pipeline(stages, _with_times(settings, fetched_at, published))
    page = pipeline.read(decode_page(data, path=path, max_bytes=pipeline.settings.max_bytes))
    pipeline.process([page])
    return page


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


def _with_times(settings: Settings | None, fetched_at: datetime | None, published: datetime | None) -> Settings:
    settings = settings or Settings()
    changes = {name: value for name, value in (("fetched_at", fetched_at), ("published", published)) if value is not None}
    return settings.replace(**changes) if changes else settings
