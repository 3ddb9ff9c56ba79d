"""Titles, roles and countries read off the words around a person's name.

Before the name: "US Secretary of State Mike Pompeo", "Russian Foreign Minister Sergey Lavrov", "Cuba's President
Miguel Diaz-Canel", "interim president Delcy Rodriguez", "Putin's aide Yuri Ushakov", "then-candidate Donald Trump".
After it, in apposition: "Michael Calvey, a prominent American investor", "Rodriguez, vice president under Maduro".
As a predicate: "Pompeo became the highest-ranking American". And definite descriptions that stand for someone
already named: "the Russian leader", "the caretaker president", "the ex-leader".

Everything here reads tokens and returns evidence; nothing is attached to an article.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from dateline.entities.lexicon import (
    DROPPED_QUALIFIERS,
    KEPT_QUALIFIERS,
    PORTFOLIOS,
    lexicon,
)
from dateline.entities.mentions import doc_words
from dateline.text import POSSESSIVES, fold

_DETERMINERS: frozenset[str] = frozenset({"the", "a", "an"})
_COMPASS: frozenset[str] = frozenset({"north", "south", "east", "west", "central", "latin"})
_APPOSITION_ENDS: frozenset[str] = frozenset(
    {",", ".", ";", ":", "of", "under", "to", "for", "at", "in", "who", "whose", "and", "with", "from", "-", "\u2014", ")"}
)
_ANCHOR_LINKS: frozenset[str] = frozenset({"of", "under", "to", "for"})
_LOWER_WORDS: frozenset[str] = frozenset({"of", "the", "and", "for", "to"})
# Role classes whose holder shares the country of the person they serve or are kin to.
INHERITING_CLASSES: frozenset[str] = frozenset({"work", "family", "government", "diplomat", "head"})


@dataclass(frozen=True, slots=True)
class Role:
    """One role: ``title`` as shown ("Interim President"), ``head`` as looked up ("president")."""

    title: str
    head: str
    role_class: str
    qualifier: str = ""  # "interim", "former", "deputy", "future" or ""


@dataclass(slots=True)
class Evidence:
    """What the words around one mention say about the person: roles, a country, someone they belong to."""

    roles: list[Role] = field(default_factory=list)
    country: str | None = None
    anchor_token: int | None = None  # a token of the person this one serves or is kin to ("Putin's aide")


@dataclass(slots=True)
class Nominal:
    """A definite description that may stand for a named person: "the Russian leader"."""

    first: int
    last: int
    head: str
    qualifier: str
    country: str | None


@dataclass(slots=True)
class _Word:
    text: str  # folded
    first: int
    last: int


def _words(doc: Any, start: int, end: int) -> list[_Word]:
    """Folded words of ``doc[start:end]``, with hyphenated compounds ("then-candidate") joined into one word."""
    words: list[_Word] = []
    i = start
    while i < end:
        token = doc[i]
        if token.text == "-" and words and i + 1 < end and not doc[i - 1].whitespace_ and not token.whitespace_:
            words[-1] = _Word(words[-1].text + "-" + fold(doc[i + 1].text), words[-1].first, i + 2)
            i += 2
            continue
        words.append(_Word(fold(token.text), i, i + 1))
        i += 1
    return words


def _split_prefix(word: str) -> tuple[str, str]:
    """ "ex-leader" -> ("ex", "leader"); words without a qualifier prefix come back unchanged."""
    if "-" in word:
        prefix, rest = word.split("-", 1)
        if prefix in DROPPED_QUALIFIERS or prefix in KEPT_QUALIFIERS:
            return prefix, rest
    return "", word


def _role_phrase(phrase: list[str]) -> tuple[str, str] | None:
    """The role a phrase names, as (head, class), or None: looked up, or a portfolio minister ("Oil Minister")."""
    text = " ".join(phrase)
    table = lexicon()
    if text in table.roles:
        return text, table.roles[text]
    if len(phrase) >= 2 and phrase[-1] in ("minister", "secretary") and all(w in PORTFOLIOS for w in phrase[:-1]):
        return text, "diplomat" if phrase[0] == "foreign" else "government"
    return None


def display_title(words: list[str]) -> str:
    """ "secretary of state" -> "Secretary of State"; "secretary-general" -> "Secretary-General"."""
    shown = []
    for i, word in enumerate(words):
        if i and word in _LOWER_WORDS:
            shown.append(word)
        elif word in ("ceo", "mp"):
            shown.append(word.upper())
        else:
            shown.append("-".join(part[:1].upper() + part[1:] for part in word.split("-")))
    return " ".join(shown)


def _make_role(head: str, role_class: str, qualifiers: list[str]) -> Role:
    kept = [q for q in qualifiers if q in KEPT_QUALIFIERS and not head.startswith(q)]
    qualifier = next((KEPT_QUALIFIERS[q] for q in kept if KEPT_QUALIFIERS[q]), "")
    qualifier = qualifier or next((DROPPED_QUALIFIERS[q] for q in qualifiers if DROPPED_QUALIFIERS.get(q)), "")
    return Role(display_title([*kept, *head.split()]), head, role_class, qualifier)


def _country_words(words: list[_Word], end: int) -> tuple[str | None, int]:
    """A demonym or country name ending at ``words[end - 1]``: its code and where it starts."""
    table = lexicon()
    for size in (3, 2, 1):
        if end - size < 0:
            continue
        phrase = " ".join(w.text for w in words[end - size : end])
        code = table.country_of_demonym(phrase) or table.country_of_name(phrase)
        if code:
            before = words[end - size - 1].text if end - size - 1 >= 0 else ""
            if size == 1 and before in _COMPASS:
                return None, end  # "South American" is not American
            return code, end - size
    return None, end


def _anchor_before(doc: Any, words: list[_Word], end: int, person_tokens: set[int]) -> tuple[str | None, int | None]:
    """What stands before a role: a demonym or country ("Russian", "US"), or a possessor ("Cuba's", "Putin's")."""
    if end <= 0:
        return None, None
    if words[end - 1].text in POSSESSIVES and end >= 2:
        owner_end = end - 1
        code, _ = _country_words(words, owner_end)
        if code:
            return code, None
        owner = words[owner_end - 1]
        if owner.first in person_tokens:
            return None, owner.first
        return None, None
    code, _ = _country_words(words, end)
    return code, None


def roles_before(doc: Any, first: int, person_tokens: set[int]) -> Evidence:
    """Roles and country standing right before a name that starts at token ``first``."""
    start = first
    while start > 0 and first - start < 12 and not doc[start].is_sent_start:
        start -= 1
    words = _words(doc, start, first)
    evidence = Evidence()
    end = len(words)
    if end and words[end - 1].text in ("mr", "mrs", "ms", "dr"):
        end -= 1
    # "then-candidate" and "ex-leader" carry their qualifier in the same word.
    expanded: list[_Word] = []
    for word in words[:end]:
        prefix, rest = _split_prefix(word.text)
        if prefix:
            expanded.extend([_Word(prefix, word.first, word.first + 1), _Word(rest, word.first, word.last)])
        else:
            expanded.append(word)
    words, end = expanded, len(expanded)
    longest = lexicon().longest_role + 2
    for size in range(min(longest, end), 0, -1):
        found = _role_phrase([w.text for w in words[end - size : end]])
        if not found:
            continue
        head, role_class = found
        position = end - size
        qualifiers: list[str] = []
        while position > 0 and (words[position - 1].text in KEPT_QUALIFIERS or words[position - 1].text in DROPPED_QUALIFIERS):
            qualifiers.insert(0, words[position - 1].text)
            position -= 1
        evidence.roles.append(_make_role(head, role_class, qualifiers))
        while position > 0 and words[position - 1].text in _DETERMINERS:
            position -= 1
        evidence.country, evidence.anchor_token = _anchor_before(doc, words, position, person_tokens)
        return evidence
    return evidence


def roles_after(doc: Any, last: int, person_tokens: set[int]) -> Evidence:
    """Roles in apposition after a name that ends before token ``last``: ", a prominent American investor"."""
    evidence = Evidence()
    if last < len(doc) and doc[last].text == "of":
        # "Laura Benitez of Peru": a country straight after the name.
        _anchor_after(_words(doc, last + 1, min(len(doc), last + 5)), 0, set(), evidence)
        evidence.anchor_token = None
        return evidence
    if last >= len(doc) or doc[last].text != ",":
        return evidence
    end = min(len(doc), last + 12)
    words = _words(doc, last + 1, end)
    position = 0
    if position < len(words) and words[position].text in _DETERMINERS:
        position += 1
    qualifiers: list[str] = []
    longest = lexicon().longest_role + 1
    while position < len(words):
        for size in range(min(longest, len(words) - position), 0, -1):
            phrase = [w.text for w in words[position : position + size]]
            found = _role_phrase(phrase)
            following = words[position + size].text if position + size < len(words) else "."
            if found and following in _APPOSITION_ENDS:
                head, role_class = found
                evidence.roles.append(_make_role(head, role_class, qualifiers))
                if following in _ANCHOR_LINKS and position + size + 1 < len(words):
                    _anchor_after(words, position + size + 1, person_tokens, evidence)
                return evidence
        word = words[position]
        token = doc[word.first]
        code, _ = _country_words(words, position + 1)
        if code:
            evidence.country = evidence.country or code
        elif word.text in KEPT_QUALIFIERS or word.text in DROPPED_QUALIFIERS:
            qualifiers.append(word.text)
        elif not (token.pos_ in ("ADJ", "ADV") and token.text.islower()):
            break  # the apposition is not a role ("52", "who said", a verb)
        position += 1
    evidence.country = None  # a country without a role is not evidence about the person
    return evidence


def _anchor_after(words: list[_Word], position: int, person_tokens: set[int], evidence: Evidence) -> None:
    """ "vice president under Maduro", "president of Russia": the person or country after the role."""
    while position < len(words) and words[position].text in _DETERMINERS:
        position += 1
    if position >= len(words):
        return
    for size in (3, 2, 1):
        code, start = _country_words(words, min(len(words), position + size))
        if code and start == position:
            evidence.country = evidence.country or code
            return
    if words[position].first in person_tokens:
        evidence.anchor_token = words[position].first


def copular_country(doc: Any, first: int, last: int) -> str | None:
    """ "Pompeo became the highest-ranking American": the demonym a person is said to be."""
    table = lexicon()
    for token in doc[first:last]:
        if token.dep_ not in ("nsubj", "nsubjpass") or token.head.lemma_ not in ("be", "become", "remain"):
            continue
        for attribute in token.head.children:
            if attribute.dep_ != "attr":
                continue
            code = table.country_of_demonym(attribute.text)
            if code:
                return code
            for modifier in attribute.children:
                if modifier.dep_ in ("amod", "compound") and modifier.i < attribute.i:
                    code = table.country_of_demonym(modifier.text) or table.country_of_name(modifier.text)
                    if code:
                        return code
    return None


def find_nominals(doc: Any, taken: set[int]) -> list[Nominal]:
    """Definite descriptions headed by a role noun ("the Russian leader", "the ex-leader's") not before a name."""
    found: list[Nominal] = []
    table = lexicon()
    for index, text in enumerate(doc_words(doc)):
        word = text.lower()
        if word not in table.anaphoric_roles or index in taken:
            continue
        token = doc[index]
        if token.tag_ not in ("NN", "NNP"):
            continue
        following = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if following is not None and (following.text == "of" or (following.text[:1].isupper() and following.pos_ == "PROPN")):
            continue  # "the leader of ..." is not anaphoric; "leader Kim Jong Un" is a title
        qualifier, country = "", None
        i = token.i - 1
        first = token.i
        accepted = False
        while i >= 0 and token.i - i <= 5:
            current = doc[i]
            text = fold(current.text)
            if text == "the":
                accepted = True
                break
            if text in POSSESSIVES and i > 0 and table.country_of_name(doc[i - 1].text):
                country = table.country_of_name(doc[i - 1].text)
                accepted = True
                break
            if text == "-":
                i -= 1
                continue
            if text in DROPPED_QUALIFIERS or text in KEPT_QUALIFIERS:
                mapped = DROPPED_QUALIFIERS.get(text) or KEPT_QUALIFIERS.get(text) or ""
                qualifier = qualifier or mapped
            elif table.country_of_demonym(current.text) or table.country_of_name(current.text):
                country = country or table.country_of_demonym(current.text) or table.country_of_name(current.text)
            elif not (current.pos_ == "ADJ" and current.text.islower()):
                break
            first = i
            i -= 1
        if accepted and first not in taken:
            found.append(Nominal(first, token.i + 1, word, qualifier, country))
    return found


def nominal_fits(nominal: Nominal, role: Role) -> bool:
    """Whether a description's head noun can stand for someone holding ``role``."""
    if nominal.qualifier and nominal.qualifier != role.qualifier:
        return False
    if role.qualifier == "deputy" and nominal.qualifier != "deputy":
        return False
    head = nominal.head
    if head == "leader":
        return role.role_class == "head"
    if head == "diplomat":
        return role.role_class == "diplomat"
    if head in ("minister", "secretary"):
        return head in role.head.split()
    words = role.head.split()
    return words[-1] == head and words[0] not in ("vice", "vice-president", "deputy")
