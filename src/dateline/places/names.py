"""Name keys: the one spelling under which a place name is stored in the gazetteer and looked up from text.

News spells the same place many ways ("São Paulo"/"Sao Paulo", "U.S."/"US", "St. Petersburg"/"Saint Petersburg",
"Washington, D.C."/"Washington DC"); the key folds those differences away so an exact key lookup finds them all,
and the index stays a plain equality lookup rather than a fuzzy search.
"""

from __future__ import annotations

import re
import unicodedata

from dateline.text import fold

_DASHES = re.compile(r"[\-\u2010-\u2015/]+")
_DROPPED = re.compile(r"[.,;:()\"\u201c\u201d]+")
_SPACES = re.compile(r"\s+")
# Only the words that are spelled both ways in place names; "Saint" and "St" meet as "st".
_WORD_FORMS: dict[str, str] = {"saint": "st", "sainte": "ste", "mount": "mt", "fort": "ft"}


def name_key(text: str) -> str:
    """The lookup key of a place name; an empty string for text with no letters."""
    folded = _DROPPED.sub(lambda m: "" if m.group(0) == "." else " ", fold(text))
    folded = _DASHES.sub(" ", folded).replace("'s ", " ")
    words = [_WORD_FORMS.get(word, word) for word in _SPACES.split(folded.strip()) if word]
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    key = " ".join(words).strip("'")
    return key if any(c.isalpha() for c in key) else ""


def is_latin(text: str) -> bool:
    """True when every letter is Latin (accents allowed): names in other scripts never occur in English text."""
    if text.isascii():
        return True
    return all(not c.isalpha() or unicodedata.name(c, "").startswith("LATIN") for c in text)


def slug(text: str) -> str:
    """A short id-safe form of a name: "El Rodeo" -> "el-rodeo"."""
    return "-".join(re.findall(r"[a-z0-9]+", fold(text))) or "place"
