"""Text output: every line as a reader sees it, with values a record lacks left out rather than printed as None."""

from __future__ import annotations

from dateline.model import Article, Caption, Page, Paragraph, Source
from dateline.records import Entity, Place, Quote, QuotePerson, TimeExpression
from dateline.render import render_article_text, render_page_text

TEXT = "Ferry crews in Kestrel Bay walked out on Monday, the union said."


def _article(**fields: object) -> Article:
    return Article(text=TEXT, paragraphs=[Paragraph(start=0, end=len(TEXT))], **fields)  # type: ignore[arg-type]


def test_a_full_article_prints_every_value_it_has() -> None:
    speaker = QuotePerson(text="the union", start=48, end=57, entity=None, name="the union")
    article = _article(
        id="a-0123456789abcdef",
        title="Ferry crews walk out",
        published="2031-06-02T08:00:00Z",
        dateline="KESTREL BAY",
        byline="Ann Lee",
        agency="AP",
        captions=[Caption(text="Crews on the quay.", credit="AP", index=2, total=5)],
        entities=[Entity(id="org:ferry-union", name="Ferry Union", type="ORG", country="GBR", titles=["union"])],
        quotes=[
            Quote(id="q1", kind="indirect", text="Ferry crews walked out", start=0, end=34, pieces=[[0, 34]],
                  verbatim=[], speaker=speaker, channel="a statement")
        ],  # fmt: skip
        times=[TimeExpression(text="Monday", start=37, end=43, type="DATE", value="2031-06-02")],
        places=[Place(id="gn:1", name="Kestrel Bay", lat=50.1, lon=-5.25, country="GBR", feature="city", resolved=True)],
    )
    assert render_article_text(article).splitlines() == [
        "== Ferry crews walk out  [a-0123456789abcdef]",
        "   published: 2031-06-02T08:00:00Z",
        "   dateline: KESTREL BAY",
        "   byline: Ann Lee",
        "   agency: AP",
        "   [photo 2/5] Crews on the quay. (AP)",
        f"   {TEXT}",
        "",
        "   people and organisations:",
        "     ORG    Ferry Union (union, GBR)",
        "",
        "   quotes:",
        "     the union: indirect «Ferry crews walked out»  [a statement]",
        "",
        "   times:",
        "     Monday → 2031-06-02",
        "",
        "   places:",
        "     Kestrel Bay (GBR, city, 50.100, -5.250)",
    ]


def test_missing_values_are_left_out_not_printed_as_none() -> None:
    article = _article(
        captions=[Caption(text="", credit="Ann Lee/AP"), Caption(text="The quay at dawn.", index=3)],
        entities=[Entity(id="person:ann-lee", name="Ann Lee", type="PERSON")],
        quotes=[Quote(id="q1", kind="direct", text="We walked out", start=0, end=13, pieces=[[0, 13]], verbatim=[])],
        places=[
            Place(id="u:the-old-quay", name="the old quay"),
            Place(id="u:harbour-road", name="Harbour Road", country="GBR", dateline=True),
        ],
    )
    rendered = render_page_text(Page(source=Source(path="story.html", format="html"), articles=[article]))
    assert "None" not in rendered
    assert rendered.splitlines() == [
        "# story.html (html, 1 article(s))",
        "",
        f"== (untitled)  [{article.id}]",
        "   [photo] (Ann Lee/AP)",
        "   [photo 3] The quay at dawn.",
        f"   {TEXT}",
        "",
        "   people and organisations:",
        "     PERSON Ann Lee",
        "",
        "   quotes:",
        "     (unattributed): direct «We walked out»",
        "",
        "   places:",
        "     the old quay (unresolved)",
        "     Harbour Road (GBR, unresolved) dateline",
    ]
