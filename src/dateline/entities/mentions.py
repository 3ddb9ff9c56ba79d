"""Collect the model's entity mentions and repair what the small model gets wrong in isolation.

Dropped: spans that cross a line break ("X.\\n\\nFamilies"), spans without two letters ("1 / 3"), page chrome
("Follow"), and fragments of a title ("State" out of "Secretary of State"). Repaired: a person span cut short
("Edison Jose" of "Edison Jose Torres Fernandez") is extended over the capitalised name tokens around it, titles
inside a person span ("President Putin") are moved out of it, and a multi-word name the model called an
organisation is a person when a role stands before it ("opposition figurehead Maria Corina Machado") or its first
word is a known given name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from dateline.entities.lexicon import DROPPED_QUALIFIERS, HONORIFICS, KEPT_QUALIFIERS, PORTFOLIOS, lexicon
from dateline.entities.names import PARTICLES
from dateline.text import fold

# Labels kept as entities; NORP is collected as evidence (demonyms) but never becomes an entity.
ENTITY_LABELS: frozenset[str] = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC"})
COLLECTED_LABELS: frozenset[str] = ENTITY_LABELS | {"NORP"}
# Labels a person name may not be extended over.
_BARRIER_LABELS: frozenset[str] = frozenset(
    {"DATE", "TIME", "NORP", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT", "EVENT", "LAW", "LANGUAGE"}
)
_LEADING_DROPS: frozenset[str] = frozenset({"the", "a", "an"})
_TRAILING_DROPS: frozenset[str] = frozenset({"'s", "\u2019s", "'", "\u2019", ".", ",", ":", ";", "-", "\u2014"})

# Words of page furniture the model sometimes tags: never entities.
CHROME: frozenset[str] = frozenset(
    """follow share tweet email print comments comment advertisement sponsored subscribe newsletter menu home
    updated published copyright photo photos image images video videos gallery click login signup""".split()
) | frozenset({"getty images", "read more", "sign up", "log in", "related articles", "most read", "share this"})

_ORG_WORDS: frozenset[str] = frozenset(
    """party ministry department agency bank council committee court university institute group company corp
    inc ltd union association organization organisation front movement army forces police service services
    office house commission assembly parliament congress senate foundation fund network news times post
    airlines airways media press church school hospital club league federation alliance coalition""".split()
)


@dataclass(slots=True)
class Mention:
    """A span of the article text that names something: ``text == article.text[start:end]``.

    ``first``/``last`` are token indices (``last`` exclusive) in the Doc the mention came from; ``origin`` says
    how it was found: the model's NER, a surname matched against a full name, or a definite description.
    """

    start: int
    end: int
    text: str
    label: str
    first: int
    last: int
    origin: str = "model"

    @property
    def is_person(self) -> bool:
        return self.label == "PERSON"


def doc_words(doc: Any) -> list[str]:
    """The Doc's token texts, built once: scanning plain strings is far cheaper than making a Token per word."""
    words: list[str] | None = doc.user_data.get("dateline_words")
    if words is None:
        words = doc.user_data["dateline_words"] = [token.text for token in doc]
    return words


@cache
def given_names() -> frozenset[str]:
    """Folded given names of the nickname list: evidence that a capitalised word starts a person's name."""
    import nicknames

    names: set[str] = set()
    for triplet in nicknames.name_triplets():
        names.add(triplet.name1)
        names.add(triplet.name2)
    return frozenset(names)


def is_role_word(word: str) -> bool:
    """A word that can be (part of) a title: "secretary", "minister", "foreign", "interim"."""
    key = fold(word)
    table = lexicon()
    return key in table.roles or key in PORTFOLIOS or key in KEPT_QUALIFIERS or key in DROPPED_QUALIFIERS


def _capitalised(token: Any) -> bool:
    text = token.text
    return bool(text) and text[0].isupper() and any(c.isalpha() for c in text)


def _same_line(doc: Any, left: int, right: int) -> bool:
    """Whether tokens ``left`` .. ``right`` (inclusive) lie on one line."""
    return all("\n" not in doc[i].whitespace_ and "\n" not in doc[i].text for i in range(left, right))


def _is_fragment_of_title(doc: Any, first: int, last: int, text: str) -> bool:
    words = [fold(t.text) for t in doc[first:last]]
    table = lexicon()
    if all(w in table.roles or w in PORTFOLIOS or w == "of" or w in HONORIFICS for w in words):
        return True  # "Secretary of State" or "State" alone is a role, not an organisation
    if first >= 2 and fold(doc[first - 1].text) == "of" and is_role_word(doc[first - 2].text):
        return table.country_of_place(text) is None  # "Minister of Russia" names a country; "of State" does not
    return False


def _trim(doc: Any, first: int, last: int) -> tuple[int, int]:
    while first < last and (fold(doc[first].text) in _LEADING_DROPS or doc[first].is_space):
        first += 1
    while last > first and (doc[last - 1].text in _TRAILING_DROPS or doc[last - 1].is_space):
        last -= 1
    return first, last


def _strip_person_prefix(doc: Any, first: int, last: int) -> int:
    """Move titles and honorifics out of a person span: "President Putin" keeps "Putin", "NFL Insider Jason
    La Canfora" keeps "Jason La Canfora"."""
    roles = lexicon().roles
    for i in range(last - 2, first - 1, -1):
        if fold(doc[i].text) in roles:
            first = i + 1
            break
    while last - first > 1:
        word = fold(doc[first].text)
        if word in HONORIFICS or is_role_word(word) or word == "-":
            first += 1
            continue
        if lexicon().country_of_name(doc[first].text) or lexicon().country_of_demonym(doc[first].text):
            first += 1
            continue
        break
    return first


_NOT_NAME_POS: frozenset[str] = frozenset({"VERB", "AUX", "PRON", "DET", "ADP", "CCONJ", "SCONJ"})
_GLUED = re.compile(r"[a-z\u00e0-\u00ff]{3}[A-Z]")


def _clean_person(doc: Any, first: int, last: int) -> tuple[int, int]:
    """Cut a person span down to its name: before a possessive ("Jeff Bezos's Blue Origin"), without trailing
    scores or words ("Nicolas Jarry 6-4"); an empty span means it held no name at all."""
    for i in range(first + 1, last):
        if doc[i].text in ("'s", "\u2019s"):
            last = i
            break

    def name_like(token: Any) -> bool:
        return _capitalised(token) and not any(c.isdigit() for c in token.text)

    while last > first and not name_like(doc[last - 1]):
        last -= 1
    while first < last and not name_like(doc[first]):
        first += 1
    inner = doc[first:last]
    if any(not name_like(t) and fold(t.text) not in PARTICLES and t.text not in ("-", ".", "'") for t in inner):
        return first, first  # lowercase words inside: a phrase the model mistook for a name
    if len(inner) >= 3 and any(t.pos_ in _NOT_NAME_POS and fold(t.text) not in PARTICLES for t in inner):
        return first, first  # a title-case headline phrase: "Republicans Are Following Trump"
    return first, last


def _name_token(token: Any) -> bool:
    """A token that can continue a person's name."""
    if not _capitalised(token) or not token.is_alpha and "-" not in token.text and "'" not in token.text:
        return False
    if token.ent_type_ in _BARRIER_LABELS or token.pos_ not in ("PROPN", "NOUN", "ADJ", "X"):
        return False
    word = fold(token.text)
    if word in HONORIFICS or word in _ORG_WORDS or is_role_word(word):
        return False
    return not lexicon().is_known_place(token.text)


def _extend_person(doc: Any, first: int, last: int) -> tuple[int, int]:
    """Grow a person span over adjacent capitalised name tokens on the same line, at most five tokens in all."""
    while last < len(doc) and last - first < 5 and _same_line(doc, last - 1, last) and _name_token(doc[last]):
        last += 1
    while first > 0 and last - first < 5 and _same_line(doc, first - 1, first) and _name_token(doc[first - 1]):
        previous = doc[first - 1]
        if previous.is_sent_start or fold(previous.text) in _LEADING_DROPS:
            break
        first -= 1
    return first, last


def _looks_like_person(doc: Any, first: int, last: int, person_words: set[str]) -> bool:
    """Whether a multi-word span the model called ORG/GPE/LOC/FAC is really a person's name."""
    tokens = doc[first:last]
    if len(tokens) < 2 or len(tokens) > 5 or not all(_capitalised(t) for t in tokens):
        return False
    words = [fold(t.text) for t in tokens]
    if any(w in _ORG_WORDS for w in words) or lexicon().is_known_place(doc[first:last].text):
        return False
    if first > 0 and fold(doc[first - 1].text) in lexicon().roles:
        return True
    titled = 0
    while titled < len(words) and words[titled] in lexicon().roles:
        titled += 1
    if 0 < titled <= len(words) - 2:
        return True  # "Striker Hugo Duarte": a role, then a name; the role is moved out later
    if words[0] in PARTICLES or len(words[0]) < 3:
        return False  # "El Rodeo", "Al Jazeera": an article, not a given name
    return words[0] in given_names() or words[0] in person_words


def collect_mentions(doc: Any) -> list[Mention]:
    """The repaired PERSON, ORG, GPE, LOC, FAC and NORP mentions of a Doc, in text order, never overlapping."""
    spans: list[tuple[int, int, str]] = []
    for ent in doc.ents:
        if ent.label_ not in COLLECTED_LABELS or "\n" in ent.text:
            continue
        first, last = _trim(doc, ent.start, ent.end)
        if first < last:
            spans.append((first, last, ent.label_))
    person_words = {fold(doc[i].text) for first, last, label in spans if label == "PERSON" for i in range(first, last)}

    kept: list[tuple[int, int, str]] = []
    for first, last, label in spans:
        if label != "PERSON" and label != "NORP" and _looks_like_person(doc, first, last, person_words):
            label = "PERSON"
        if label == "PERSON":
            first, last = _clean_person(doc, first, last)
            if first == last:
                continue
            first = _strip_person_prefix(doc, first, last)
            first, last = _extend_person(doc, first, last)
        kept.append((first, last, label))

    mentions: list[Mention] = []
    taken: set[int] = set()
    # People first: a person span that grew over an ORG fragment ("Guerra") wins the overlap.
    for first, last, label in sorted(kept, key=lambda s: (s[2] != "PERSON", s[0])):
        if taken.intersection(range(first, last)):
            continue
        start, end = doc[first].idx, doc[last - 1].idx + len(doc[last - 1].text)
        text = doc[first:last].text
        if not _acceptable(doc, first, last, text, label):
            continue
        taken.update(range(first, last))
        mentions.append(Mention(start, end, text, label, first, last))
    mentions.sort(key=lambda m: m.start)
    return mentions


def _acceptable(doc: Any, first: int, last: int, text: str, label: str) -> bool:
    if "\n" in text or sum(c.isalpha() for c in text) < 2:
        return False
    if _GLUED.search(text):
        return False  # words run together by a broken page ("Ilhan OmarIlhan Omar"): chrome, not a name
    if not any(_capitalised(t) for t in doc[first:last]):
        return False
    key = fold(text)
    if key in CHROME:
        return False
    return label == "NORP" or not _is_fragment_of_title(doc, first, last, text)
