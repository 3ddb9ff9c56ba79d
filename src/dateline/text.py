"""Text helpers more than one package needs: folding names so that spellings which differ only in case, accents
or the apostrophe typed compare equal, and the tokens that mark a possessive.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

# News and GeoNames type the apostrophe of "O'Brien", "Hussein's" and "Tall `Afar" many ways.
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'", "\u02bc": "'"})

# The tokens the tokenizer splits off a possessive name: "Reyes's", "Reyes’s", "Reyes'".
POSSESSIVES: frozenset[str] = frozenset({"'s", "\u2019s", "'", "\u2019"})


@lru_cache(maxsize=131072)
def fold(text: str) -> str:
    """Casefold, drop accents and write every apostrophe as "'": "Nicolás", "NICOLAS" and "nicolas" become
    "nicolas", "Hussein’s" becomes "hussein's". Surrounding whitespace is dropped.
    """
    if text.isascii():
        return text.replace("`", "'").casefold().strip()
    decomposed = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold().strip()
