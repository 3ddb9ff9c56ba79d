"""Invisible characters inside names do not split them; every offset still points at the text as printed."""

from __future__ import annotations

import pytest

from dateline.model import Article, Paragraph
from dateline.pipeline import Pipeline, Settings
from dateline.pipeline.offsets import without_invisibles

PAGE = (
    "Talks in Oslo\n\nPublished 3 June 2025\n\n"
    "OSLO: Russian Foreign Minister Sergei Lavrov met Norway’s prime minister Ingrid Dahl on Monday.\n\n"
    "“We talked about the Arctic,” Lavrov told reporters in Oslo.\n\n"
    "Dahl said the two would meet again in Tromso next month.\n"
)


def _hide(text: str, marks: str) -> str:
    """Invisible characters inside the names, as hostile or sloppy pages have them."""
    return text.replace("Lavrov", f"Lav{marks}rov").replace("Sergei", f"Ser{marks}gei").replace("Dahl", f"Da{marks}hl")


@pytest.mark.parametrize("marks", ["\u200b", "\u200d", "\u202e\u202c", "\u2066\u2069", "\u00ad", "\ufeff", "\u200e"])
def test_names_with_invisible_characters_read_as_the_same_names(marks: str, language_nlp: object) -> None:
    clean = Pipeline().extract(PAGE).articles[0]
    hidden = Pipeline().extract(_hide(PAGE, marks)).articles[0]
    names = lambda article: sorted((e.name, e.type, len(e.mentions)) for e in article.entities or [])  # noqa: E731
    assert names(hidden) == names(clean)
    speakers = lambda article: [(q.kind, q.speaker.name if q.speaker else None) for q in article.quotes or []]  # noqa: E731
    assert speakers(hidden) == speakers(clean) == [("direct", "Sergei Lavrov"), ("indirect", "Ingrid Dahl")]
    assert [t.value for t in hidden.times or []] == [t.value for t in clean.times or []]
    assert {p.id for p in hidden.places or []} == {p.id for p in clean.places or []}
    text = hidden.text
    for entity in hidden.entities or []:
        assert all(text[m.start : m.end] == m.text for m in entity.mentions)
    lavrov = next(e for e in hidden.entities or [] if e.name == "Sergei Lavrov")
    assert lavrov.mentions[0].text == f"Ser{marks}gei Lav{marks}rov"  # the words as printed
    for quote in hidden.quotes or []:
        assert quote.speaker is not None and text[quote.speaker.start : quote.speaker.end] == quote.speaker.text
        assert quote.text == " ".join(text[a:b] for a, b in quote.pieces)
    for time in hidden.times or []:
        assert text[time.start : time.end] == time.text


def test_invisible_characters_and_windows_together(language_nlp: object) -> None:
    long_page = PAGE + "\n\n".join([_hide(PAGE.split("\n\n", 2)[2], "\u200b")] * 12)
    article = Pipeline(None, Settings(window_chars=1000)).extract(long_page).articles[0]
    assert len(article.text) > 2000
    people = {e.name: e for e in article.entities or [] if e.type == "PERSON"}
    assert {"Sergei Lavrov", "Ingrid Dahl"} <= set(people)
    for entity in article.entities or []:
        assert all(article.text[m.start : m.end] == m.text for m in entity.mentions)


def test_the_visible_text_maps_back_onto_the_original() -> None:
    text = "Ab\u200bc de\u202e\u202cf"
    visible = without_invisibles(Article(text=text, paragraphs=[Paragraph(0, len(text))]))
    assert visible is not None and visible.article.text == "Abc def"
    assert visible.article.paragraphs == [Paragraph(0, 7)]
    start, end = visible.start_of(0), visible.end_of(3)  # "Abc"
    assert text[start:end] == "Ab\u200bc"
    assert text[visible.start_of(4) : visible.end_of(7)] == "de\u202e\u202cf"
    assert without_invisibles(Article(text="Plain text.", paragraphs=[Paragraph(0, 11)])) is None
