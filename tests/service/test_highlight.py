"""An article's text as HTML: marks nest wherever records overlap, and every text is escaped."""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree

from dateline.model import Article, Paragraph
from dateline.records import Entity, EntityMention, Quote, TimeExpression
from dateline.service.highlight import paragraphs_html

TEXT = 'The envoy said "<b>Amal Haddad</b> will meet us on Friday" & left.'


def article() -> Article:
    start = TEXT.index('"') + 1
    end = TEXT.index('" &')
    name = TEXT.index("Amal")
    friday = TEXT.index("Friday")
    return Article(
        title="t", text=TEXT, paragraphs=[Paragraph(0, len(TEXT))],
        entities=[Entity(id="person:amal-haddad", name="Amal Haddad", type="PERSON",
                         mentions=[EntityMention(name, name + len("Amal Haddad"), "Amal Haddad")])],
        quotes=[Quote(id="q1", kind="direct", text=TEXT[start:end], start=start, end=end, pieces=[[start, end]], verbatim=[[start, end]])],
        times=[TimeExpression(text="Friday", start=friday, end=friday + 6, type="DATE", value="XXXX-WXX-5")],
    )  # fmt: skip


def test_marks_nest_and_text_is_escaped() -> None:
    html = str(paragraphs_html(article())[0])
    assert "<b>" not in html and "&lt;b&gt;" in html and "&lt;/b&gt;" in html and "&amp; left" in html
    ElementTree.fromstring(f"<p>{html}</p>")  # well formed: every mark closed inside the one that holds it
    assert html.count('id="q1"') == 1 and html.count('class="mark quote"') >= 3  # reopened around the inner marks
    assert '<a class="mark entity person" href="/entities/person%3Aamal-haddad" title="Amal Haddad (PERSON)">Amal Haddad</a>' in html
    assert '<span class="mark time" title="DATE XXXX-WXX-5">Friday</span>' in html


def test_text_outside_every_mark_is_kept_whole() -> None:
    html = str(paragraphs_html(article())[0])
    plain = ElementTree.fromstring(f"<p>{html}</p>")
    assert "".join(plain.itertext()) == TEXT
