"""Long articles go through the stages a window at a time; their records point into the whole text."""

from __future__ import annotations

from collections.abc import Sequence

from dateline.model import Article, Paragraph
from dateline.pipeline import Pipeline, Settings, StageRegistry, Work, stage
from dateline.pipeline.windows import windows

PARAGRAPHS = [
    "OSLO: Norwegian Foreign Minister Ingrid Dahl met Chilean envoy Tomas Herrera in Oslo on Monday.",
    "“We will keep the northern ports open to every ship,” Dahl told reporters after the talks.",
    "Herrera said the two countries would sign a fisheries accord in Santiago next month.",
    "The talks in Oslo followed a storm that closed the port of Tromso for three days.",
    "Dahl said Norway would send a delegation to Chile in March.",
]


def _page_text(repeats: int) -> str:
    body = "\n\n".join(PARAGRAPHS * repeats)
    return f"Ministers meet in Oslo\n\nPublished 3 June 2025\n\n{body}\n"


def test_windows_cut_at_paragraph_breaks_and_keep_the_context() -> None:
    text = "\n\n".join(PARAGRAPHS * 10)
    starts, position = [], 0
    for paragraph in PARAGRAPHS * 10:
        starts.append(Paragraph(position, position + len(paragraph)))
        position += len(paragraph) + 2
    article = Article(text=text, paragraphs=starts, title="Talks", dateline="OSLO", published="2025-06-03")
    cut = list(windows(article, 1000))
    assert len(cut) > 4 and "".join(window.text for _, window in cut) == text
    for offset, window in cut:
        assert (window.title, window.dateline, window.published) == ("Talks", "OSLO", "2025-06-03")
        assert len(window.text) <= 1002
        for paragraph in window.paragraphs:
            assert window.text[paragraph.start : paragraph.end] == text[offset + paragraph.start : offset + paragraph.end]


def test_a_windowed_article_has_the_records_of_a_whole_one(language_nlp: object) -> None:
    text = _page_text(8)
    whole = Pipeline(None, Settings()).extract(text).articles[0]
    windowed = Pipeline(None, Settings(window_chars=1000)).extract(text).articles[0]
    assert len(windowed.text) > 3000 and windowed.text == whole.text
    for article in (whole, windowed):
        for entity in article.entities or []:
            assert all(article.text[m.start : m.end] == m.text for m in entity.mentions)
        for time in article.times or []:
            assert article.text[time.start : time.end] == time.text
        for place in article.places or []:
            assert all(article.text[m.start : m.end] == m.text for m in place.mentions)
    # One person is one entity in the whole article, whichever window names her.
    dahl = [e for e in windowed.entities or [] if e.name == "Ingrid Dahl"]
    assert len(dahl) == 1 and len(dahl[0].mentions) == 24
    assert [(e.id, len(e.mentions)) for e in whole.entities or []] == [(e.id, len(e.mentions)) for e in windowed.entities or []]
    assert [(t.start, t.value) for t in whole.times or []] == [(t.start, t.value) for t in windowed.times or []]
    quotes = windowed.quotes or []
    assert [q.id for q in quotes] == [f"q{n}" for n in range(1, len(quotes) + 1)]
    assert [(q.start, q.end, q.speaker.name if q.speaker else None) for q in whole.quotes or []] == [
        (q.start, q.end, q.speaker.name if q.speaker else None) for q in quotes
    ]
    assert {p.id: len(p.mentions) for p in whole.places or []} == {p.id: len(p.mentions) for p in windowed.places or []}
    assert sum(p.dateline for p in windowed.places or []) == 1


def test_a_stage_failing_on_one_window_costs_only_that_window() -> None:
    @stage("picky", reads=("text",), writes=("counts",))
    def picky(batch: Sequence[Work], resource: None) -> None:
        for work in batch:
            if "Tromso" in work.article.text and "storm" in work.article.text[:200]:
                raise ValueError("not this window")
        for work in batch:
            work.article.counts = []

    registry = StageRegistry(plugins=False)
    registry.register(picky)
    article = Pipeline(["picky"], Settings(window_chars=1000), registry=registry).extract(_page_text(8)).articles[0]
    assert article.counts == []
    assert article.problems and all(p.code == "E010" and p.article == article.id for p in article.problems)
    assert all("(characters " in p.message for p in article.problems)


def test_a_windowed_article_numbers_its_events_once_and_links_them_to_its_quotes(language_nlp: object) -> None:
    article = Pipeline(None, Settings(window_chars=1000)).extract(_page_text(8)).articles[0]
    events = article.events or []
    assert len(events) > 4 and any(e.quote is not None for e in events)
    assert [e.id for e in events] == [f"e{n}" for n in range(1, len(events) + 1)]
    quote_ids = {q.id for q in article.quotes or []}
    for event in events:
        assert event.trigger is not None and article.text[event.trigger.start : event.trigger.end] == event.trigger.text
        assert all(article.text[m.start : m.end] == m.text for m in event.mentions)
        if event.quote is not None:
            quote = next(q for q in article.quotes or [] if q.id == event.quote)
            assert event.quote in quote_ids and any(s <= event.trigger.start < e for s, e in quote.pieces)
    for count in article.counts or []:
        assert article.text[count.start : count.end] == count.text
