"""A readable table of quotes (speaker, quote, channel) for people who just want to read them."""

from __future__ import annotations

import textwrap
from collections.abc import Iterable, Sequence

from dateline.model import Page
from dateline.records import QUOTE_KINDS, Quote

SPEAKER_WIDTH = 26
QUOTE_WIDTH = 64


def quote_rows(quotes: Iterable[Quote], kinds: Sequence[str] = QUOTE_KINDS) -> list[tuple[str, str, str]]:
    """(speaker, quote, channel) for each quote of a kind asked for; reported speech is marked as such."""
    rows = []
    for quote in quotes:
        if quote.kind not in kinds:
            continue
        speaker = quote.speaker.name if quote.speaker else "(unattributed)"
        if quote.addressee:
            speaker = f"{speaker} → {quote.addressee.name}"
        if quote.kind == "direct":
            words = f"“{quote.text}”"
        elif quote.kind == "partial":
            words = quote.text
        else:
            words = f"(reported) {quote.text}"
        rows.append((speaker, words, quote.channel or ""))
    return rows


def render_rows(rows: Sequence[tuple[str, str, str]]) -> str:
    lines = [f"{'SPEAKER':<{SPEAKER_WIDTH}}  {'QUOTE':<{QUOTE_WIDTH}}  CHANNEL"]
    for speaker, words, channel in rows:
        left = textwrap.wrap(speaker, SPEAKER_WIDTH) or [""]
        middle = textwrap.wrap(words, QUOTE_WIDTH) or [""]
        right = textwrap.wrap(channel, 30) or [""]
        for index in range(max(len(left), len(middle), len(right))):
            cells = [part[index] if index < len(part) else "" for part in (left, middle, right)]
            lines.append(f"{cells[0]:<{SPEAKER_WIDTH}}  {cells[1]:<{QUOTE_WIDTH}}  {cells[2]}".rstrip())
    return "\n".join(lines)


def render_quotes(page: Page, kinds: Sequence[str] = QUOTE_KINDS) -> str:
    """Every article of a page with its quotes as a table."""
    parts = [f"# {page.source.path}"]
    for article in page.articles:
        rows = quote_rows(article.quotes or [], kinds)
        parts.append(f"== {article.title or '(untitled)'}  ({len(rows)} quote{'s' if len(rows) != 1 else ''})")
        if rows:
            parts.append(render_rows(rows))
    return "\n\n".join(parts)
