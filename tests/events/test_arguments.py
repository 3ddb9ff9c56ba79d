"""Who a verb's subject is (:mod:`dateline.events.arguments`), on parses built by hand where the small model's own
parse of a sentence written for the test may change between versions."""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab

from dateline.events.arguments import governing_subject


def misparsed() -> Doc:
    # "Vowing reform, Silva urged top bank executives to lend": the name, its verb and the verb's object read as one
    # noun phrase whose head, "executives", the model made the subject of "lend"
    words = ["Vowing", "reform", ",", "Silva", "urged", "top", "bank", "executives", "to", "lend", "."]
    heads = [9, 0, 9, 7, 7, 7, 7, 9, 9, 9, 9]
    deps = ["advcl", "dobj", "punct", "nmod", "amod", "amod", "compound", "nsubj", "aux", "ROOT", "punct"]
    tags = ["VBG", "NN", ",", "NNP", "VBN", "JJ", "NN", "NNS", "TO", "VB", "."]
    pos = ["VERB", "NOUN", "PUNCT", "PROPN", "VERB", "ADJ", "NOUN", "NOUN", "PART", "VERB", "PUNCT"]
    return Doc(Vocab(), words=words, heads=heads, deps=deps, tags=tags, pos=pos, ents=["O", "O", "O", "B-PERSON"] + ["O"] * 7)


def test_a_name_read_into_its_verb_s_object_is_the_subject() -> None:
    doc = misparsed()
    assert governing_subject(doc[9]).text == "Silva"  # lend
    assert governing_subject(doc[0]).text == "Silva"  # vowing, through the verb it hangs from


def test_a_subject_with_a_participle_before_it_stays_the_subject() -> None:
    doc = Doc(Vocab(), words=["Armed", "rebels", "attacked", "the", "town"], heads=[1, 2, 2, 4, 2],
              deps=["amod", "nsubj", "ROOT", "det", "dobj"], tags=["VBN", "NNS", "VBD", "DT", "NN"],
              pos=["VERB", "NOUN", "VERB", "DET", "NOUN"])
    assert governing_subject(doc[2]).text == "rebels"
