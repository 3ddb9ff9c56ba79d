"""Helpers for the quote tests: paragraphs from lines, and short accessors for records."""

from __future__ import annotations

from collections.abc import Callable

from dateline.records import Quote

QuoteFinder = Callable[..., list[Quote]]


def line_paragraphs(text: str) -> list[tuple[int, int, str]]:
    """One body paragraph per non-blank line; a line starting with '##' is a subhead (the marks stay in the text)."""
    paragraphs = []
    position = 0
    for line in text.split("\n"):
        if line.strip():
            kind = "subhead" if line.startswith("##") else "body"
            paragraphs.append((position, position + len(line), kind))
        position += len(line) + 1
    return paragraphs


def speaker(quote: Quote) -> str | None:
    return quote.speaker.text if quote.speaker else None


def name(quote: Quote) -> str | None:
    return quote.speaker.name if quote.speaker else None


def addressee(quote: Quote) -> str | None:
    return quote.addressee.text if quote.addressee else None
