"""Plain-text rendering of pages, for people reading results in a terminal.

A value the record lacks is left out of its line, never printed as "None".
"""

from __future__ import annotations

import textwrap

from dateline.model import Article, Page


def render_page_text(page: Page) -> str:
    parts = [f"# {page.source.path} ({page.source.format}, {len(page.articles)} article(s))"]
    parts.extend(render_article_text(article) for article in page.articles)
    return "\n\n".join(parts)


def render_article_text(article: Article) -> str:
    label = f"  [{article.id}]" if article.id else ""
    lines = [f"== {article.title or '(untitled)'}{label}"]
    facts = [
        ("published", article.published),
        ("updated", article.updated),
        ("dateline", article.dateline),
        ("byline", article.byline),
        ("agency", article.agency),
    ]
    lines.extend(f"   {name}: {value}" for name, value in facts if value)
    lines.extend(f"   unresolved {s.kind}: {s.text}" for s in article.stamps if not s.resolved)
    lines.extend(f"   * {point}" for point in article.key_points)
    for caption in article.captions:
        number = f" {caption.index}" if caption.index is not None else ""
        if number and caption.total is not None:
            number += f"/{caption.total}"
        credit = f"({caption.credit})" if caption.credit else ""
        lines.append(" ".join(filter(None, [f"   [photo{number}]", caption.text, credit])))
    for paragraph in article.paragraphs:
        text = article.paragraph_text(paragraph)
        if paragraph.kind == "subhead":
            lines.extend(["", f"   -- {text} --"])
        else:
            lines.append(textwrap.fill(text, width=100, initial_indent="   ", subsequent_indent="   "))
    lines.extend(_stage_lines(article))
    return "\n".join(lines)


def _stage_lines(article: Article) -> list[str]:
    """One short line per record the later stages added, for a reader skimming a terminal."""
    lines: list[str] = []
    if article.entities:
        lines.extend(["", "   people and organisations:"])
        for entity in article.entities:
            if entity.type not in {"PERSON", "ORG", "NORP"}:
                continue
            facts = ", ".join(filter(None, [", ".join(entity.titles), entity.country]))
            lines.append(f"     {entity.type:<6} {entity.name}{f' ({facts})' if facts else ''}")
    if article.quotes:
        lines.extend(["", "   quotes:"])
        for quote in article.quotes:
            speaker = quote.speaker.name if quote.speaker else "(unattributed)"
            channel = f"  [{quote.channel}]" if quote.channel else ""
            text = textwrap.shorten(quote.text, width=90, placeholder=" …")
            lines.append(f"     {speaker}: {quote.kind} «{text}»{channel}")
    if article.times:
        lines.extend(["", "   times:"])
        lines.extend(f"     {time.text} → {time.value}" for time in article.times)
    if article.places:
        lines.extend(["", "   places:"])
        for place in article.places:
            where = f"{place.lat:.3f}, {place.lon:.3f}" if place.lat is not None and place.lon is not None else "unresolved"
            facts = ", ".join(filter(None, [place.country, place.feature, where]))
            flags = "".join(f" {flag}" for flag in ("dateline", "metonymic") if getattr(place, flag))
            lines.append(f"     {place.name} ({facts}){flags}")
    if article.events:
        from dateline.events.table import event_rows

        lines.extend(["", "   events:"])
        for date, where_name, middle, trigger in event_rows(article.events):
            where = ", ".join(filter(None, [date, where_name]))
            lines.append(f"     {middle}{f'  [{where}]' if where else ''}  «{trigger}»")
    if article.counts:
        lines.extend(["", "   counts:"])
        for count in article.counts:
            span = f"{count.min}" if count.max in (None, count.min) else f"{count.min}-{count.max}"
            lines.append(f"     {count.type or '-'}: {'~' if count.approximate else ''}{span} {count.object or ''}".rstrip())
    return lines
