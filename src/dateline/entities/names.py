"""Person names: normal forms, transliteration and nickname variants, and whether two names can be one person.

Two tokens are variants when they agree after folding accents ("Nicolás"/"Nicolas"), after a few transliteration
rewrites ("Sergey"/"Sergei", "Qaddafi"/"Kadhafi"), by a phonetic skeleton that keeps first and last letters
("Mohammed"/"Muhammad", but not "Maria"/"Mario"), or, for given names, as name and nickname ("Mike"/"Michael").

Two full names are the *same* when their tokens correspond one to one, and *compatible* when one only lacks the
other's middle names ("George Bush"/"George W. Bush"); a name that adds a surname ("Nicolas Maduro Guerra") is a
different name from the one without it ("Nicolas Maduro").
"""

from __future__ import annotations

import re
from enum import Enum
from functools import cache, lru_cache

import jellyfish

from dateline.entities.lexicon import HONORIFICS
from dateline.text import fold

# Lowercase name particles: kept in the name, ignored when comparing.
PARTICLES: frozenset[str] = frozenset(
    "al el bin ibn bint abu de del della dela da das dos du van von der den la le di ter ten st".split()
)

# Common Chinese and Korean family names, which come first in the name as English news writes it.
FAMILY_NAME_FIRST: frozenset[str] = frozenset(
    """xi li wang zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin luo gao zheng liang song tang
    han feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu ding shen ren yao
    kim lee park choi jung jeong kang cho yoon yun jang lim han oh seo shin kwon hwang ahn song moon""".split()
)

_REWRITES: tuple[tuple[str, str], ...] = (
    ("ph", "f"),
    ("kh", "k"),
    ("dh", "d"),
    ("th", "t"),
    ("gh", "g"),
    ("ck", "k"),
    ("q", "k"),
    ("ou", "u"),
    ("oo", "u"),
    ("ee", "i"),
    ("y", "i"),
    ("w", "v"),
)
_NON_LETTERS = re.compile(r"[^a-z]")
_HARD_C = re.compile(r"c(?=[aoulrk]|$)")
_DOUBLES = re.compile(r"(.)\1+")
_VOWELS = re.compile(r"[aeiou]")


class Match(Enum):
    """How two full names relate."""

    SAME = "same"  # every token corresponds
    COMPATIBLE = "compatible"  # one lacks the other's middle names
    DIFFERENT = "different"


def name_tokens(name: str) -> list[str]:
    """The comparable tokens of a name: folded, hyphen parts split, honorifics, particles and dots dropped.

    "Kim Jong-un" and "Kim Jong Un" give the same tokens; so do "Bashar al-Assad" and "Bashar Assad".
    """
    tokens: list[str] = []
    for raw in fold(name).replace("-", " ").split():
        word = raw.strip(".,'\"")
        if not word or word in PARTICLES or word in HONORIFICS or word == "'s":
            continue
        if word.endswith("'s"):
            word = word[:-2]
        tokens.append(word)
    return tokens


@lru_cache(maxsize=65536)
def transliteration_key(token: str) -> str:
    """A spelling-insensitive form of one folded token: "sergey" and "sergei" both give "sergei"."""
    key = _HARD_C.sub("k", _NON_LETTERS.sub("", token))
    for old, new in _REWRITES:
        key = key.replace(old, new)
    return _DOUBLES.sub(r"\1", key)


@lru_cache(maxsize=65536)
def skeleton(token: str) -> str:
    """Consonant skeleton used to block candidates: first letter (g/q folded into k) and the consonants after it."""
    key = transliteration_key(token)
    if not key:
        return ""
    first = "k" if key[0] in "gkc" else key[0]
    return first + _VOWELS.sub("", key[1:])


@lru_cache(maxsize=65536)
def _metaphone(key: str) -> str:
    return str(jellyfish.metaphone(key))


@cache
def _nicknamer() -> object:
    from nicknames import NickNamer

    return NickNamer()


@lru_cache(maxsize=65536)
def _nickname_related(a: str, b: str) -> bool:
    namer = _nicknamer()
    return b in namer.nicknames_of(a) or a in namer.nicknames_of(b)  # type: ignore[attr-defined]


@lru_cache(maxsize=262144)
def tokens_equivalent(a: str, b: str, given: bool = False) -> bool:
    """Whether two folded name tokens can spell the same name; ``given`` also allows nicknames and initials."""
    if a == b:
        return True
    if given and (len(a) == 1 or len(b) == 1):
        return a[0] == b[0]
    ka, kb = transliteration_key(a), transliteration_key(b)
    if ka == kb:
        return True
    if len(ka) >= 4 and len(kb) >= 4 and ka[-1] == kb[-1]:
        # Vowels of transliterated given names vary freely ("Mohammed"/"Muhammad", "Muammar"/"Moammar"); first
        # and last letters rarely do, which keeps "Maria" and "Mario" apart. Surnames get no such latitude:
        # "Maduro" and "Madero" are two families.
        if given and ka[0] == kb[0] and skeleton(a) == skeleton(b) and _metaphone(ka) == _metaphone(kb):
            return True
        # The Arabic qaf is written g, q or k at the start of a word ("Gaddafi"/"Qaddafi"/"Kadhafi").
        if len(ka) >= 6 and ka[0] in "gk" and kb[0] in "gk" and ka[1:] == kb[1:]:
            return True
    if given and _nickname_related(a, b):
        return True
    return False


def _middles_compatible(short: list[str], long: list[str]) -> Match:
    if not short and not long:
        return Match.SAME
    if not short or not long:
        return Match.COMPATIBLE
    if len(short) != len(long):
        return Match.DIFFERENT  # "George W. Bush" and "George H. W. Bush" are two people
    if all(tokens_equivalent(x, y, given=True) for x, y in zip(short, long)):
        return Match.SAME
    return Match.DIFFERENT


def compare_names(a: str | list[str], b: str | list[str]) -> Match:
    """How two full names (two tokens or more) relate; see the module docstring."""
    ta = name_tokens(a) if isinstance(a, str) else a
    tb = name_tokens(b) if isinstance(b, str) else b
    if len(ta) < 2 or len(tb) < 2:
        return Match.DIFFERENT
    if not tokens_equivalent(ta[0], tb[0], given=True) or not tokens_equivalent(ta[-1], tb[-1]):
        return Match.DIFFERENT
    if len(ta) == len(tb) and all(tokens_equivalent(x, y, given=i < len(ta) - 1) for i, (x, y) in enumerate(zip(ta, tb))):
        return Match.SAME
    return _middles_compatible(ta[1:-1], tb[1:-1])


def surname_forms(name: str | list[str]) -> list[tuple[str, ...]]:
    """The shorter forms a full name is referred to by: the last token and, for three tokens or more, the last two;
    for Chinese and Korean names written family name first ("Xi Jinping", "Kim Jong Un"), the first token too.

    "Nicolas Maduro Guerra" is "Maduro Guerra" or "Guerra", never "Maduro": that surname is his father's.
    """
    tokens = name_tokens(name) if isinstance(name, str) else name
    if len(tokens) < 2:
        return [tuple(tokens)] if tokens else []
    forms: list[tuple[str, ...]] = []
    if len(tokens) >= 3 and len(tokens[-2]) > 1:
        forms.append(tuple(tokens[-2:]))
    forms.append((tokens[-1],))
    if len(tokens) <= 3 and tokens[0] in FAMILY_NAME_FIRST:
        forms.append((tokens[0],))
    return forms


def is_surname_of(short: list[str] | tuple[str, ...], full: list[str]) -> bool:
    """Whether ``short`` ("Lavrov", "Maduro Guerra") is a surname form of ``full``, or equals a surname-only name."""
    if len(full) < 2:
        return len(short) == len(full) and all(tokens_equivalent(x, y) for x, y in zip(short, full))
    return any(
        len(candidate) == len(short) and all(tokens_equivalent(x, y) for x, y in zip(candidate, short))
        for candidate in surname_forms(full)
    )


def slug(text: str) -> str:
    """An ASCII identifier fragment: "Nicolás Maduro" -> "nicolas-maduro"."""
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-") or "x"
