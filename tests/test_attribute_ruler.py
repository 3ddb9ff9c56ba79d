"""The compiled attribute ruler gives exactly what the model's own ruler gives, and stands aside where it cannot."""

from __future__ import annotations

from typing import Any

import pytest
import spacy

from dateline.attribute_ruler import compile_attribute_ruler
from dateline.language import load_model
from dateline.pipeline import model_name

# Wire copy of our own, with the words the small model's ruler has exceptions for ("ain't", "gonna", "y'all",
# "nothin'", "'em"), whitespace runs, and a line of symbols.
TEXTS = [
    "Interior Minister Alain Mbeki told reporters on Tuesday that police had detained 14 people after the rally.",
    "\"We ain't gonna back down,\" a union leader said. Y'all know it, and nothin' they say will change that.",
    "The envoys, who arrived in the capital late on Monday, are expected to meet opposition leaders.\n\n"
    "Talks did not touch on the border dispute, officials said.",
    "Rebels said they'd gotta hold the town; government forces shelled 'em overnight, killing at least 12 civilians.",
    "   \n\n\t  ",
    "",
    "$$$ --- *** 2,000 ## @ministry #protest 100% ...",
    "He's wanna go. She's gotta stay. They're not. I'm. Y all. Ya'll.",
]


def _annotations(doc: Any) -> list[tuple[str, ...]]:
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.norm_, t.ent_type_) for t in doc]


@pytest.fixture(scope="module")
def stock_nlp() -> Any:
    return spacy.load(model_name())


def test_the_default_model_runs_the_compiled_ruler_in_its_own_place(language_nlp: Any) -> None:
    names = language_nlp.pipe_names
    assert names.index("parser") < names.index("attribute_ruler") < names.index("lemmatizer")
    assert type(language_nlp.get_pipe("attribute_ruler")).__name__ == "_AttributeTableSlot"


def test_the_compiled_ruler_annotates_exactly_as_the_models_own(stock_nlp: Any) -> None:
    compiled = compile_attribute_ruler(stock_nlp.get_pipe("attribute_ruler"))
    assert compiled is not None
    before = [stock_nlp.get_pipe(name) for name in ("tok2vec", "tagger", "parser")]
    after = [stock_nlp.get_pipe(name) for name in ("lemmatizer", "ner")]
    for text in TEXTS:
        expected = stock_nlp(text)
        doc = stock_nlp.make_doc(text)
        for component in before:
            doc = component(doc)
        doc = compiled(doc)
        for component in after:
            doc = component(doc)
        assert _annotations(doc) == _annotations(expected), text


def test_the_models_exceptions_are_kept(language_nlp: Any) -> None:
    doc = language_nlp("We ain't gonna stop.")
    assert [t.lemma_ for t in doc][:4] == ["we", "be", "not", "go"]
    assert doc[0].pos_ == "PRON" and doc[-1].pos_ == "PUNCT"


def _ruler_nlp(patterns: list[dict[str, Any]]) -> Any:
    nlp = spacy.blank("en")
    nlp.add_pipe("attribute_ruler").add_patterns(patterns)
    return nlp


def test_later_patterns_win_and_longer_patterns_reach_their_target_token() -> None:
    patterns = [
        {"patterns": [[{"LOWER": "talks"}]], "attrs": {"TAG": "NNS", "LEMMA": "talk"}},
        {"patterns": [[{"LOWER": "peace"}, {"LOWER": "talks"}]], "attrs": {"LEMMA": "negotiation"}, "index": -1},
        {"patterns": [[{"LOWER": {"REGEX": "^minist"}}]], "attrs": {"POS": "NOUN"}},
        {"patterns": [[{"TAG": {"IN": ["NNS", "NN"]}}], [{"IS_SPACE": True}]], "attrs": {"MORPH": "Number=Plur"}},
        {"patterns": [[{"ORTH": "Talks"}]], "attrs": {"LEMMA": "Talks"}},
    ]
    nlp = _ruler_nlp(patterns)
    compiled = compile_attribute_ruler(nlp.get_pipe("attribute_ruler"))
    assert compiled is not None
    for text in ["Peace talks resumed as ministers met.", "Talks, talks  and peace talks", "ministry"]:
        assert _annotations(compiled(nlp.make_doc(text))) == _annotations(nlp(text)), text
    doc = compiled(nlp.make_doc("peace talks"))
    assert doc[1].lemma_ == "negotiation"  # the two-token pattern was added later than the one-token one


@pytest.mark.parametrize(
    "pattern",
    [
        {"patterns": [[{"LOWER": "very", "OP": "+"}]], "attrs": {"POS": "ADV"}},  # a quantifier
        {"patterns": [[{"LENGTH": 3}]], "attrs": {"POS": "NOUN"}},  # an attribute the table does not read
        {"patterns": [[{"LOWER": {"FUZZY": "minister"}}]], "attrs": {"POS": "NOUN"}},  # another operator
        {"patterns": [[{"LOWER": "talks"}]], "attrs": {"LOWER": "talk"}},  # sets a word's attribute, for all its tokens
    ],
)
def test_a_ruler_it_cannot_answer_exactly_is_left_to_spacy(pattern: dict[str, Any]) -> None:
    assert compile_attribute_ruler(_ruler_nlp([pattern]).get_pipe("attribute_ruler")) is None


def test_a_model_whose_ruler_does_not_compile_keeps_its_own(tmp_path: Any) -> None:
    nlp = spacy.load(model_name())
    nlp.get_pipe("attribute_ruler").add([[{"LOWER": "very", "OP": "+"}]], {"POS": "ADV"})
    nlp.to_disk(tmp_path / "model")
    loaded = load_model(str(tmp_path / "model"))
    assert type(loaded.get_pipe("attribute_ruler")).__name__ == "AttributeRuler"
    assert loaded("Talks resumed very very quickly.")[2].pos_ == "ADV"
