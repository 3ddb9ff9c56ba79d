"""What every output must satisfy, checked by the end-to-end and fuzz tests: each offset points at its text."""

from __future__ import annotations

from dateline.model import Article, Page


def check_article_offsets(article: Article) -> None:
    """Every record's offsets lie in the article's text and its ``text`` is what they point at."""
    text = article.text
    size = len(text)
    for paragraph in article.paragraphs:
        assert 0 <= paragraph.start <= paragraph.end <= size
    for entity in article.entities or []:
        for mention in entity.mentions:
            assert text[mention.start : mention.end] == mention.text, (entity.name, mention)
    for time in article.times or []:
        assert text[time.start : time.end] == time.text, time
    for place in article.places or []:
        for mention in place.mentions:
            assert text[mention.start : mention.end] == mention.text, (place.name, mention)
    for quote in article.quotes or []:
        assert quote.pieces and all(0 <= start <= end <= size for start, end in quote.pieces), quote
        assert quote.start == quote.pieces[0][0] and quote.end == quote.pieces[-1][1]
        for start, end in quote.verbatim:
            assert any(a <= start <= end <= b for a, b in quote.pieces), ("verbatim outside its quote", quote)
        for person in (quote.speaker, quote.addressee):
            if person is not None:
                assert text[person.start : person.end] == person.text, person
        if quote.date is not None:
            assert text[quote.date.start : quote.date.end] == quote.date.text, quote.date


def check_page(page: Page) -> None:
    for article in page.articles:
        check_article_offsets(article)
