"""Plain-text rendering of pages, for people reading results in a terminal."""

from __future__ import annotations

import textwrap

from dateline.model import Article, Page


def render_page_text(page: Page) -> str:
    parts = [f"# {page.source.path} ({page.source.format}, {len(page.articles)} article(s))"]
    parts.extend(render_article_text(article) for article in page.articles)
    return "\n\n".join(parts)


def render_article_text(article: Article) -> str:
    lines = [f"== {article.title or '(untitled)'}  [{article.id}]"]
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
        number = f" {caption.index}/{caption.total}" if caption.index else ""
        credit = f" ({caption.credit})" if caption.credit else ""
        lines.append(f"   [photo{number}] {caption.text}{credit}")
    for paragraph in article.paragraphs:
        text = article.paragraph_text(paragraph)
        if paragraph.kind == "subhead":
            lines.extend(["", f"   -- {text} --"])
        else:
            lines.append(textwrap.fill(text, width=100, initial_indent="   ", subsequent_indent="   "))
    return "\n".join(lines)
