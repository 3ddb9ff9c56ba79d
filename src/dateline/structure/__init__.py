"""The structure stage: a page's text becomes articles with titles, times, datelines, captions and paragraphs."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from dateline.model import Article
from dateline.structure.text_page import read_text_page


def read_articles(
    text: str, page_format: Literal["text", "html"] = "text", fetched_at: datetime | None = None, url: str | None = None
) -> list[Article]:
    """Rebuild the articles of a page, plain text or HTML."""
    if page_format == "html":
        from dateline.structure.html_page import read_html_page

        return read_html_page(text, fetched_at=fetched_at, url=url)
    return read_text_page(text, fetched_at=fetched_at)


__all__ = ["read_articles", "read_text_page"]
