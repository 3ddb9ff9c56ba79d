"""Direct quotes: quotations that stand as utterances of their own, and the attribution around them.

A quotation is direct when it is set off from its sentence: nothing but an introduction ("Hill said:", "He added,")
before it, and nothing but an attribution (", Putin told Pompeo", "— Commissioner Starks") after it. Any other
quotation is embedded in running text and is left to :mod:`dateline.quotes.partial`. The attribution is read from the
frame of words around the quotation: the text after it up to the end of its sentence, the text before it back to the
start of its sentence, and for a quotation opening a paragraph, an introduction ending the previous one with a colon.
"""

from __future__ import annotations

from dataclasses import dataclass

from dateline.quotes import lexicon
from dateline.quotes.cues import Cue, is_according, is_cue, read_cue, subject_of
from dateline.quotes.layout import Layout
from dateline.quotes.marks import Quoted
from dateline.quotes.records import Found
from dateline.quotes.syntax import Mention, Token, entity_of, has_verb, mention_of

_SENTENCE_END = ".!?…"
_UTTERANCE_END = ",.!?…;:—–-"
_NOMINAL = frozenset({"PROPN", "NOUN", "PRON", "NUM"})
_PEOPLE_PRONOUNS = frozenset({"he", "she", "they", "i", "we"})


@dataclass(slots=True)
class Frame:
    """The words around one quotation, within its paragraph and its sentence."""

    quoted: Quoted
    before: tuple[int, int]
    after: tuple[int, int]

    def before_text(self, text: str) -> str:
        return text[self.before[0] : self.before[1]].strip()

    def after_text(self, text: str) -> str:
        return text[self.after[0] : self.after[1]].strip()


def frame_of(layout: Layout, position: int) -> Frame:
    """The frame of ``layout.quotes[position]``; it stops at neighbouring quotations."""
    text = layout.text
    quoted = layout.quotes[position]
    first = layout.paragraphs[layout.paragraph_at(quoted.opening)]
    last = layout.paragraphs[layout.paragraph_at(max(quoted.outer_end - 1, quoted.opening))]
    previous = layout.quotes[position - 1] if position > 0 else None
    following = layout.quotes[position + 1] if position + 1 < len(layout.quotes) else None
    floor = max(first[0], previous.outer_end if previous and previous.outer_end <= quoted.opening else first[0])
    ceiling = min(last[1], following.opening if following and following.opening >= quoted.outer_end else last[1])

    before_start = quoted.opening
    probe = quoted.opening - 1
    while probe >= floor and text[probe].isspace():
        probe -= 1
    if probe >= floor:
        before_start = max(layout.sentence_at(probe)[0], floor)
        if text[before_start : quoted.opening].strip()[-1:] in tuple(_SENTENCE_END):
            before_start = quoted.opening  # the quotation starts a sentence; what precedes it is another one
    after_end = quoted.outer_end
    probe = quoted.outer_end
    while probe < ceiling and text[probe].isspace():
        probe += 1
    if probe < ceiling:
        after_end = min(layout.sentence_at(probe)[1], ceiling)
    return Frame(quoted, (before_start, quoted.opening), (quoted.outer_end, max(after_end, quoted.outer_end)))


def is_set_off(layout: Layout, frame: Frame) -> bool:
    """Whether the quotation stands apart from its sentence (direct), rather than inside it (partial or scare)."""
    text = layout.text
    before = frame.before_text(text)
    after = frame.after_text(text)
    inner_last = text[frame.quoted.end - 1] if frame.quoted.end > frame.quoted.start else ""
    before_ok = not before or before[-1] in ":," or before[-1] in "—–"
    after_ok = not after or after[0] in _UTTERANCE_END or inner_last in _UTTERANCE_END
    return before_ok and after_ok


def _own_content(cue: Token, limit: int) -> bool:
    """The cue governs a clause of its own after it ("“…” He said the plan …"): it is not this quote's attribution."""
    for child in cue.rights:
        if child.dep_ in {"ccomp", "xcomp"} and child.idx < limit and has_verb(child):
            return True
    return False


def _nearest_nominal(tokens: list[Token]) -> Mention | None:
    for token in tokens:
        if token.pos_ in _NOMINAL and not token.is_punct:
            head = token
            while head.dep_ in {"compound", "amod", "det", "poss", "nmod"} and head.head.i > head.i and head.head in tokens:
                head = head.head
            return mention_of(head)
    return None


def _cue_after(layout: Layout, frame: Frame) -> Cue | None:
    """The attribution following a quotation: ", Putin told Pompeo", ", said Putin", "— Commissioner Starks"."""
    tokens = layout.tokens(*frame.after)
    if not tokens:
        return None
    text = layout.text
    inner_last = text[frame.quoted.end - 1] if frame.quoted.end > frame.quoted.start else ""
    first_word = tokens[0].text
    # A comma (or a dash, or "?" before a lowercase word) hands the quotation to what follows: whatever verb comes
    # first there is the attribution, in or out of the lexicon ("“…,” he continued", "“…,” read one").
    handed_on = inner_last == "," or first_word in {",", "—", "–", "--"} or (inner_last in "?!" and first_word[:1].islower())
    first_verb = next(
        (t.i for t in tokens if t.pos_ in {"VERB", "AUX"} and t.dep_ not in {"nsubj", "nsubjpass", "compound", "amod"}),
        None,
    )
    for position, token in enumerate(tokens):
        lenient = handed_on and token.i == first_verb
        if not (is_cue(token) or is_according(token) or lenient):
            continue
        if not is_according(token) and _own_content(token, frame.after[1]):
            return None
        cue = read_cue(token)
        quoted = frame.quoted
        if cue.speaker is not None and quoted.opening <= cue.speaker.start < quoted.outer_end:
            cue.speaker = None  # a subject inside the quotation is the quoted person's own "I" or "we"
        if cue.speaker is None and not cue.blocked:
            # The parse often tangles the quotation with its frame; the name next to the verb is the speaker.
            cue.speaker = _nearest_nominal(tokens[:position]) or _nearest_nominal(tokens[position + 1 :])
        if cue.speaker is not None:
            return cue
    after = text[frame.after[0] : frame.after[1]]
    stripped = after.lstrip()
    if stripped[:1] in lexicon.DASHES or stripped[:2] == "--":
        # "“…” — Commissioner Starks": the name after the dash (the dash may be glued to the mark: "”―").
        dash_end = frame.after[0] + (len(after) - len(stripped)) + (2 if stripped[:2] == "--" else 1)
        speaker = _nearest_nominal([t for t in tokens if t.idx >= dash_end])
        if speaker is not None:
            return Cue(tokens[0], None, speaker)
    return None


def _cue_before(layout: Layout, start: int, end: int) -> Cue | None:
    """The introduction before a quotation ("Hill said:", "He added,", "According to X,"): the cue nearest to it.

    An introduction ending with a colon may also name the speaker without a reporting verb: a verb putting out a
    statement ("The mayor issued the following statement:"), or just the name ("Port engineer Dana Whitfield:").
    """
    tokens = layout.tokens(start, end)
    for token in reversed(tokens):
        if is_cue(token) or is_according(token):
            cue = read_cue(token)
            if cue.speaker is not None:
                return cue
    if not layout.text[start:end].rstrip().endswith(":"):
        return None
    for token in reversed(tokens):
        if token.pos_ == "VERB" and any(
            child.dep_ == "dobj" and child.lemma_.lower() in lexicon.CHANNEL_NOUNS for child in token.children
        ):
            speaker_token, _blocked = subject_of(token)
            if speaker_token is not None:
                statement = next(c for c in token.children if c.dep_ == "dobj" and c.lemma_.lower() in lexicon.CHANNEL_NOUNS)
                return Cue(token, token.text, mention_of(speaker_token), channel=statement.text)
    # "She then addressed the supporters again:" — the main verb's subject, when it names a person or group.
    within = {t.i for t in tokens}
    for token in tokens:
        if token.pos_ in {"VERB", "AUX"} and (token.head is token or token.head.i not in within):
            speaker_token, blocked = subject_of(token)
            if speaker_token is not None and not blocked and _names_someone(speaker_token):
                return Cue(token, token.text, mention_of(speaker_token))
            break
    named = [t for t in tokens if not t.is_punct]
    if named:
        last = named[-1]
        entity = entity_of(last)
        if entity is not None and entity.label_ in {"PERSON", "ORG", "NORP"} and entity.end_char >= named[-1].idx + len(last):
            return Cue(last, None, mention_of(last))
        if not any(t.pos_ in {"VERB", "AUX"} for t in named) and last.pos_ in _NOMINAL:
            return Cue(last, None, mention_of(last))
    return None


def _names_someone(token: Token) -> bool:
    entity = entity_of(token)
    if entity is not None:
        return entity.label_ in {"PERSON", "ORG", "NORP", "GPE"}
    return token.lower_ in _PEOPLE_PRONOUNS or token.lemma_.lower() in lexicon.ROLE_NOUNS or token.pos_ == "PROPN"


def _introduction(layout: Layout, quoted: Quoted) -> Cue | None:
    """A quotation opening its paragraph may be introduced by the previous paragraph ending with a colon."""
    index = layout.paragraph_at(quoted.opening)
    if index == 0 or not layout.blank_before(index, quoted.opening):
        return None
    previous_start, previous_end, kind = layout.paragraphs[index - 1]
    if kind != "body" or not layout.text[previous_start:previous_end].rstrip().endswith(":"):
        return None
    sentence_start = layout.sentence_at(previous_end - 1)[0]
    return _cue_before(layout, max(sentence_start, previous_start), previous_end)


def _pieces(layout: Layout, quoted: Quoted) -> list[tuple[int, int]]:
    """Inner spans, without the comma that closes a quotation before its attribution ("“I hope,” he said")."""
    text = layout.text
    trimmed = []
    for start, end in quoted.pieces:
        while end > start and text[end - 1] in ", ":
            end -= 1
        if end > start:
            trimmed.append((start, end))
    return trimmed or list(quoted.pieces)


def _found(layout: Layout, quoted: Quoted, cue: Cue | None) -> Found:
    pieces = _pieces(layout, quoted)
    found = Found("direct", pieces, list(pieces))
    if cue is not None:
        found.speaker = cue.speaker
        found.addressee = cue.addressee
        found.cue = cue.text
        found.cue_index = cue.token.i if cue.text else None
        found.channel = cue.channel
        found.date = cue.date
    return found


def find_direct(layout: Layout) -> tuple[list[Found], list[int]]:
    """Direct quotes with their attributions, and the positions (in ``layout.quotes``) of embedded quotations."""
    text = layout.text
    results: list[tuple[int, Found, Frame, str]] = []  # (position, found, frame, where the attribution came from)
    embedded: list[int] = []
    for position, quoted in enumerate(layout.quotes):
        frame = frame_of(layout, position)
        if not is_set_off(layout, frame):
            embedded.append(position)
            continue
        source = "after"
        before = frame.before_text(text)
        cue = None
        # A full sentence introduced by its speaker ("He added, “…”") belongs to that introduction, not to whatever
        # sentence follows it.
        if before and text[quoted.end - 1 : quoted.end] in {".", "!", "?"}:
            cue, source = _cue_before(layout, *frame.before), "before"
        if cue is None:
            cue, source = _cue_after(layout, frame), "after"
        if cue is None and before:
            cue, source = _cue_before(layout, *frame.before), "before"
        if cue is None and not before:
            cue, source = _introduction(layout, quoted), "introduction"
        if cue is None:
            source = "none"
        results.append((position, _found(layout, quoted, cue), frame, source))
    return _merge_split(layout, results), embedded


def _merge_split(layout: Layout, results: list[tuple[int, Found, Frame, str]]) -> list[Found]:
    """Join the pieces of one utterance: "“I hope,” he said, “that …”" and "“No.” “Never,” she said."."""
    text = layout.text
    # (found, the position and frame of its last quotation, where its attribution came from)
    merged: list[tuple[Found, int, Frame, str]] = []
    for position, found, frame, source in results:
        if merged:
            last, last_position, last_frame, last_source = merged[-1]
            same_paragraph = layout.paragraph_at(last_frame.quoted.outer_end) == layout.paragraph_at(frame.quoted.opening)
            if same_paragraph and last_position + 1 == position:
                between = text[last_frame.quoted.outer_end : frame.quoted.opening]
                # "“I hope,” he said, “that …”": the second part is introduced by the first part's attribution.
                if last_source == "after" and source in {"before", "none"} and between.rstrip().endswith(","):
                    last.pieces.extend(found.pieces)
                    last.verbatim.extend(found.verbatim)
                    merged[-1] = (last, position, frame, last_source)
                    continue
                # "“No.” “Never,” she said.": two quotations side by side are one utterance.
                if not between.strip() and last_source == "none":
                    # The first part's lists take the second's pieces: prepending would copy a long run each time.
                    last.pieces.extend(found.pieces)
                    last.verbatim.extend(found.verbatim)
                    found.pieces, found.verbatim = last.pieces, last.verbatim
                    merged[-1] = (found, position, frame, source)
                    continue
        merged.append((found, position, frame, source))
    return [found for found, _position, _frame, _source in merged]
