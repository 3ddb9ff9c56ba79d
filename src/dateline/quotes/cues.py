"""Reporting cues in the dependency parse: which verb reports speech, who its speaker is, to whom, where and when.

A cue's speaker is its subject; a cue without one inherits it from the verb it hangs off ("Putin told Pompeo …,
saying that …", "Lavrov hit back … and saying …"). A passive cue speaks only through its agent, so "accused of
“treason”" has no speaker and blocks the attribution instead of borrowing one.
"""

from __future__ import annotations

from dataclasses import dataclass

from dateline.language import doc_text, sentence_of
from dateline.quotes import lexicon
from dateline.quotes.syntax import Mention, Token, entity_of, mention_of, subtree_span, trim

_RELATIVE = frozenset({"who", "that", "which", "whom"})
_NOT_SPEAKERS = frozenset({"there", "what", "which", "this", "that"})
_NON_CHANNEL_ENTITIES = frozenset({"DATE", "TIME", "GPE", "LOC", "FAC", "NORP", "PERSON", "CARDINAL", "ORDINAL"})
_DATE_ENTITIES = frozenset({"DATE", "TIME"})


@dataclass(slots=True)
class Cue:
    """A reporting verb (or "according to") and what hangs off it."""

    token: Token
    text: str | None  # None when no word cues the attribution ("“…” — Commissioner Starks", "Hill:")
    speaker: Mention | None
    addressee: Mention | None = None
    channel: str | None = None
    date: Mention | None = None
    blocked: bool = False  # a passive or naming cue with no speaker: nobody is quoted through it


def is_cue(token: Token) -> bool:
    """Whether ``token`` is a reporting verb (speech, writing or thought), or a reporting noun with its speaker
    ("her remark that …", "his warning that …", "their chants of …")."""
    lemma = token.lemma_.lower()
    if token.pos_ == "NOUN":
        return lemma in lexicon.NOUN_CUES and any(child.dep_ == "poss" for child in token.children)
    if token.pos_ != "VERB":
        return False
    if lemma in lexicon.CUE_VERBS:
        return True
    particles = lexicon.PHRASAL_CUES.get(lemma)
    if particles:
        return any(child.lower_ in particles and 0 < child.i - token.i <= 2 for child in token.children)
    return False


def is_according(token: Token) -> bool:
    """``token`` opens a source phrase: "according to X", "in X's view"."""
    return source_phrase_speaker(token) is not None


def source_phrase_speaker(token: Token) -> Token | None:
    """The source named by "according to X" or "in X's view/words/opinion", given its first word."""
    lower = token.lower_
    if lower == "according":
        for child in token.children:
            if child.lower_ == "to":
                for grandchild in child.children:
                    if grandchild.dep_ == "pobj":
                        return grandchild
    elif lower == "in" and token.dep_ == "prep":
        for child in token.children:
            if child.dep_ == "pobj" and child.lemma_.lower() in lexicon.SOURCE_NOUNS:
                for grandchild in child.children:
                    if grandchild.dep_ == "poss" and grandchild.lower_ not in lexicon.FIRST_PERSON | {"my", "our"}:
                        return grandchild
    return None


def is_factual(cue: Token) -> bool:
    """Whether the cue reports speech that happened ("said"), not speech that might ("would say", "to say", "did
    not say"): words under a hypothetical cue belong to whoever reports the hypothesis."""
    for child in cue.children:
        if child.dep_ == "neg" or (child.dep_ == "aux" and child.lower_ in lexicon.MODALS):
            return False
        if child.dep_ == "aux" and child.lower_ == "to" and cue.dep_ in {"xcomp", "ccomp", "advcl", "relcl", "acl"}:
            return False
    return True


def cue_text(token: Token) -> str:
    """The cue as printed, with the particle of a phrasal cue: "hit back", "pointed out", "according to"."""
    if token.lower_ == "according":
        return f"{token.text} to"
    if is_according(token):
        view = next(child for child in token.children if child.dep_ == "pobj")
        return f"{token.text} {view.text}"
    particles = lexicon.PHRASAL_CUES.get(token.lemma_.lower(), frozenset())
    for child in token.rights:
        if child.dep_ == "prt" or (child.lower_ in particles and child.i - token.i <= 2):
            return f"{token.text} {child.text}"
    return token.text


def _is_passive(verb: Token) -> bool:
    if any(child.dep_ in {"nsubjpass", "auxpass"} for child in verb.children):
        return True
    # A bare past participle modifying a noun or a clause ("an officer accused of …", "Asked whether …").
    return verb.tag_ == "VBN" and verb.dep_ in {"acl", "advcl", "amod"} and not any(c.dep_ == "aux" for c in verb.children)


def _verbless_root(verb: Token) -> Token | None:
    """The nominal root of a sentence the parser left without a main verb, when ``verb`` is really that verb.

    The small model reads "Venezuela’s government in a statement called for …" as a noun phrase with "called"
    modifying "statement"; a sentence needs a verb, so the participle is the main verb and the root its subject.
    """
    root = sentence_of(verb).root
    if verb.dep_ == "acl" and root.pos_ in {"NOUN", "PROPN"} and root.i < verb.i and verb.tag_ in {"VBN", "VBD"}:
        return root
    return None


def subject_of(verb: Token, steps: int = 0) -> tuple[Token | None, bool]:
    """The speaker token of a cue and whether the cue is blocked (passive or naming, with no agent)."""
    children = list(verb.children)
    root = _verbless_root(verb)
    if root is not None:
        return root, False
    if _is_passive(verb):
        for child in children:
            if child.dep_ == "agent":
                for grandchild in child.children:
                    if grandchild.dep_ == "pobj":
                        return grandchild, False
        if verb.lemma_.lower() in {"quote", "cite"}:  # "he was quoted as saying": the subject spoke
            for child in children:
                if child.dep_ == "nsubjpass":
                    return child, False
        return None, True
    for child in children:
        if child.dep_ == "nsubj":
            if child.lower_ in _RELATIVE and verb.dep_ == "relcl":
                return verb.head, False
            if child.ent_type_ in _DATE_ENTITIES or _in_brackets(child):
                # "Monday … Sen. Ana Ruiz (D-NM) said": the parser took a date or an affiliation for the subject.
                return _named_before(verb, child), False
            if child.lower_ in _NOT_SPEAKERS or (child.lower_ == "it" and _extraposed(verb)):
                return None, False
            return child, False
    if steps >= 4:
        return None, False
    head = verb.head
    if head is verb:
        return None, False
    if verb.dep_ in {"conj", "xcomp", "advcl", "dep"}:
        return subject_of(head, steps + 1) if head.pos_ in {"VERB", "AUX"} else (None, False)
    if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.head.pos_ in {"VERB", "AUX"}:
        return subject_of(head.head, steps + 1)  # "by insisting …", "after pledging …"
    if verb.dep_ == "acl" and head.pos_ in {"NOUN", "PROPN", "PRON"}:
        if head.lemma_.lower() in lexicon.CHANNEL_NOUNS and head.head.pos_ in {"VERB", "AUX"}:
            return subject_of(head.head, steps + 1)  # "issued a statement saying …"
        return head, False  # "officials saying …"
    if verb.dep_ == "relcl":
        return head, False
    return None, False


def _in_brackets(token: Token) -> bool:
    """Whether ``token`` sits inside parentheses within its sentence: "Gov. Ana Ruiz (D-NM)"."""
    text, start = doc_text(token.doc), sentence_of(token).start_char
    return text.rfind("(", start, token.idx) > text.rfind(")", start, token.idx)  # no copy of the sentence


def _named_before(verb: Token, wrong: Token) -> Token | None:
    """The person or organisation named last before the verb, outside brackets: the subject the parser missed."""
    doc = verb.doc
    for index in range(verb.i - 1, sentence_of(verb).start - 1, -1):  # read back only as far as the name
        token = doc[index]
        entity = entity_of(token)
        if entity is not None and entity.label_ in {"PERSON", "ORG", "NORP"} and not _in_brackets(token) and token is not wrong:
            return entity.root
    return None


def _extraposed(verb: Token) -> bool:
    """"It is said that …": the "it" stands for the clause, not a speaker."""
    return any(child.dep_ in {"ccomp", "xcomp"} for child in verb.children) and verb.lemma_.lower() in {"be", "seem"}


def addressee_of(cue: Token) -> tuple[Mention | None, str | None]:
    """Whom the cue addresses, and the channel when that audience is the press ("told reporters")."""
    lemma = cue.lemma_.lower()
    target: Token | None = None
    if lemma in lexicon.ADDRESSEE_VERBS:
        for child in cue.children:
            if child.dep_ in {"dobj", "dative", "iobj"} and child.pos_ in {"NOUN", "PROPN", "PRON"}:
                target = child
                break
    if target is None and lemma in lexicon.SAY_TO_VERBS:
        for child in cue.children:
            if child.dep_ in {"prep", "dative"} and child.lower_ == "to":
                objects = [g for g in child.children if g.dep_ == "pobj" and g.pos_ in {"NOUN", "PROPN", "PRON"}]
                if objects:
                    target = objects[0]
                    break
    if target is None:
        return None, None
    mention = mention_of(target)
    if target.lemma_.lower() in lexicon.PRESS_NOUNS or mention.text.lower() in lexicon.NEWS_ORGANISATIONS:
        return None, mention.text
    return mention, None


def _channel_phrase(pobj: Token, stop: Token | None = None) -> tuple[int, int]:
    # Keep what names the medium ("a post on her channel", "an interview with CNN"), drop where and when it was.
    excluded = [
        child
        for child in pobj.rights
        if child.dep_ in {"acl", "relcl", "appos", "punct", "npadvmod"}
        or (child.dep_ == "prep" and child.lower_ in {"in", "at", "near", "outside", "inside", "during", "after", "before"})
    ]
    if stop is not None:
        excluded.append(stop)
    start, end = subtree_span(pobj, exclude=excluded)
    return trim(doc_text(pobj.doc), start, end)


def _is_channel(pobj: Token, preposition: str) -> bool:
    lemma = pobj.lemma_.lower()
    entity = entity_of(pobj)
    # The tokenizer can leave a full stop on a short name at the end of a sentence ("on X.").
    name = (entity.text if entity is not None else pobj.text).lower().rstrip(".")
    if lemma in lexicon.CHANNEL_NOUNS or pobj.lower_.rstrip(".") in lexicon.PLATFORMS or name in lexicon.PLATFORMS:
        return True
    if name in lexicon.NEWS_ORGANISATIONS and preposition in {"on", "to", "with"}:
        return True
    # "said on Telegram", "told on Fox News": a proper name after "on" that is not a date, place or person.
    return preposition == "on" and pobj.pos_ == "PROPN" and pobj.ent_type_ not in _NON_CHANNEL_ENTITIES


def channel_of(cue: Token) -> str | None:
    """Where the cue happened: "X", "a statement", "a post on his Truth Social platform", "a joint news conference"."""
    found: list[tuple[Token, Token]] = []
    text = doc_text(cue.doc)
    if cue.dep_ == "acl" and cue.head.lemma_.lower() in lexicon.CHANNEL_NOUNS:
        start, end = _channel_phrase(cue.head, stop=cue)  # "a statement saying …", "a statement called for …"
        return text[start:end] or None
    holders = [cue]
    if cue.dep_ == "conj" and cue.head.pos_ == "VERB":
        holders.append(cue.head)
    subject, _blocked = subject_of(cue)
    if subject is not None:
        holders.append(subject)  # "Pompeo, speaking at a joint news conference, …": the participle hangs off him
    # "Pompeo, speaking at a joint news conference, warned …": the channel hangs off the participle.
    holders.extend(
        child
        for holder in list(holders)
        for child in holder.children
        if child.dep_ in {"advcl", "acl"} and child.lemma_ in lexicon.CHANNEL_SPEECH
    )
    for holder in holders:
        for child in holder.children:
            if child.dep_ != "prep" or child.lower_ not in lexicon.CHANNEL_PREPOSITIONS:
                continue
            for pobj in child.children:
                if pobj.dep_ == "pobj" and _is_channel(pobj, child.lower_):
                    found.append((child, pobj))
    if not found:
        return None
    found.sort(key=lambda pair: pair[0].i)
    first_start, first_end = _channel_phrase(found[0][1])
    phrase = text[first_start:first_end]
    # "in a post late Saturday on his Truth Social platform": the platform completes the post.
    for preposition, pobj in found[1:]:
        if preposition.lower_ == "on" and found[0][0].lower_ != "on":
            start, end = _channel_phrase(pobj)
            phrase = f"{phrase} on {text[start:end]}"
            break
    return phrase or None


def date_of(cue: Token) -> Mention | None:
    """A date or time the sentence gives for the cue: "on Sunday", "late Saturday", "Tuesday"."""
    candidates: list[Token] = []
    for child in cue.children:
        if child.ent_type_ in _DATE_ENTITIES and child.dep_ in {"npadvmod", "tmod", "advmod", "nmod", "obl"}:
            candidates.append(child)
        elif child.dep_ == "prep" and child.lower_ in {"on", "in", "at", "during", "since", "by"}:
            candidates.extend(g for g in child.children if g.dep_ == "pobj" and g.ent_type_ in _DATE_ENTITIES)
    for token in candidates:
        entity = entity_of(token)
        if entity is not None:
            start, end = trim(doc_text(cue.doc), entity.start_char, entity.end_char)
            return Mention(start, end, doc_text(cue.doc)[start:end], token.i)
    return None


def read_cue(token: Token) -> Cue:
    """Everything attribution needs from one cue token (a reporting verb or "according")."""
    if is_according(token):
        speaker_token = source_phrase_speaker(token)
        speaker = mention_of(speaker_token) if speaker_token is not None else None
        return Cue(token, cue_text(token), speaker)
    if token.pos_ == "NOUN":
        owner = next((child for child in token.children if child.dep_ == "poss"), None)
        speaker = mention_of(owner) if owner is not None else None
        return Cue(token, token.text, speaker)
    speaker_token, blocked = subject_of(token)
    speaker = mention_of(speaker_token) if speaker_token is not None else None
    addressee, press = addressee_of(token)
    channel = channel_of(token) or press
    return Cue(token, cue_text(token), speaker, addressee, channel, date_of(token), blocked and speaker is None)


def heads_attribution(token: Token) -> bool:
    """Whether ``token`` is a factual reporting verb with a subject of its own: a separate attribution."""
    return (
        token.pos_ == "VERB"
        and is_cue(token)
        and is_factual(token)
        and any(child.dep_ in {"nsubj", "nsubjpass"} for child in token.children)
    )
