"""Which language an article is written in, so that stages built for English can tell when a text is not.

The detector is CLD2 (through ``pycld2``): its model is compiled into the package, it needs no download, and it
reads millions of characters a second, a fraction of a percent of what the spaCy parse of the same text costs.
It reports how much of the text each of its top languages covers, so an English article that quotes a French
sentence stays English. Only a bounded sample of a long text is read: a few windows spread over it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pycld2

# A language other than English is named when it covers at least this share of the text, so that a page split
# between languages is unclear rather than "not English". English needs only half: an English article that
# quotes at length in another language is still English, and the English-only stages still read what its
# English part says. CLD2 counts shares in bytes, so a quotation in Cyrillic or Chinese weighs two or
# three times its length in letters. (Every English reference body of the extraction benchmark is English with a
# share of 0.99; its bodies in other languages are named with 0.84 or more, or unclear when they are link lists.)
MIN_SHARE = 0.7
MIN_ENGLISH_SHARE = 0.5
# Below this many letters (a label, a name, a short headline) a language model guesses from a handful of letter
# sequences, and an English product name or address can read as Czech or Italian: the text is unclear.
MIN_LETTERS = 30
# Another language in Latin letters is named only from this many: in one short sentence a few names decide
# ("Norway extradited a Rwandan genocide suspect to Kigali." reads as Kinyarwanda to CLD2), and an English
# sentence is far likelier in an English news collection than a foreign one that short.
MIN_LETTERS_OTHER = 80
# A text longer than this is read as SAMPLE_WINDOWS windows spread from its start to its end: the time taken is
# bounded whatever the length, and no one part of a long text (a preamble in another language) decides alone.
SAMPLE_CHARS = 6000
SAMPLE_WINDOWS = 5
# Addresses are written in no language, and CLD2 reads "www.example.com" as a word.
_WEB_ADDRESS = re.compile(r"(?:https?://|www\.)\S+")
_MAIL_ADDRESS = re.compile(r"[^\s@]+@\S+")

# CLD2 refuses some code points that Python strings hold (control characters, lone surrogates, noncharacters)
# with "input contains invalid UTF-8"; they carry no language, so they become spaces.
_REFUSED_BY_CLD2 = re.compile(
    "[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff]"
    + "|["
    + "".join(f"{chr(plane << 16 | 0xFFFE)}{chr(plane << 16 | 0xFFFF)}" for plane in range(1, 17))
    + "]"
)
# CLD2 writes a few languages with codes ISO 639-1 has retired or qualified, and marks text it could only tell
# by script ("xx-Cyrl") or not at all ("un").
_ISO_CODES = {"iw": "he", "jw": "jv", "zh-Hant": "zh", "sr-ME": "sr"}
_NO_LANGUAGE = re.compile(r"^(?:un|xxx|xx-.*|zz.)$")


@dataclass(frozen=True, slots=True)
class Detected:
    """The language of a text.

    ``code`` is the ISO 639-1 code ("en", "fr", "ru", "ar", "zh"; a language that has none keeps its ISO 639-2
    code, "ceb", "haw"), or None when the text is too short or no language covers enough of it. ``confidence``
    is the share of the text in that language, from 0 to 1; with no code it is that of the best guess, which
    fell short (0.0 when there was too little text to guess).
    """

    code: str | None
    confidence: float


UNCLEAR = Detected(code=None, confidence=0.0)


def detect_language(text: str) -> Detected:
    """The language of ``text``; never raises, whatever the text holds."""
    sample = _readable_sample(text)
    if not _has_letters(sample, MIN_LETTERS):
        return UNCLEAR
    try:
        reliable, _, details = pycld2.detect(sample, isPlainText=True)
    except pycld2.error:
        return UNCLEAR  # a code point CLD2 refuses that the filter above does not know yet
    _, cld2_code, percent, _ = details[0]
    if _NO_LANGUAGE.match(cld2_code):
        return UNCLEAR
    confidence = percent / 100
    code = _ISO_CODES.get(cld2_code, cld2_code)
    if not reliable or confidence < (MIN_ENGLISH_SHARE if code == "en" else MIN_SHARE):
        return Detected(code=None, confidence=confidence)
    if code != "en" and _in_latin_letters(sample) and not _has_letters(sample, MIN_LETTERS_OTHER):
        return Detected(code=None, confidence=confidence)
    return Detected(code=code, confidence=confidence)


def _readable_sample(text: str) -> str:
    sample = _WEB_ADDRESS.sub(" ", _REFUSED_BY_CLD2.sub(" ", language_sample(text)))
    return _MAIL_ADDRESS.sub(" ", sample) if "@" in sample else sample


def _in_latin_letters(text: str) -> bool:
    """Whether most letters are Latin ones: a short text in Cyrillic, Arabic or Chinese script is no English."""
    letters = [character for character in text if character.isalpha()]
    return sum(character < "\u0250" for character in letters) * 2 > len(letters)


def _has_letters(text: str, wanted: int) -> bool:
    found = 0
    for character in text:
        if character.isalpha():
            found += 1
            if found >= wanted:
                return True
    return False


def language_sample(text: str) -> str:
    """At most about SAMPLE_CHARS characters of ``text``: the whole of a short one, else windows spread over it,
    each cut at white space so that no word is read in half."""
    if len(text) <= SAMPLE_CHARS:
        return text
    size = SAMPLE_CHARS // SAMPLE_WINDOWS
    last = len(text) - size
    windows = []
    for number in range(SAMPLE_WINDOWS):
        start = last * number // (SAMPLE_WINDOWS - 1)
        window = text[start : start + size]
        if start > 0:
            window = _drop_first_word(window)
        if start < last:
            window = _drop_last_word(window)
        windows.append(window)
    return "\n".join(windows)


def _drop_first_word(window: str) -> str:
    parts = window.split(None, 1)
    return parts[1] if len(parts) == 2 else window


def _drop_last_word(window: str) -> str:
    parts = window.rsplit(None, 1)
    return parts[0] if len(parts) == 2 else window
