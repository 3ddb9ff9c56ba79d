"""Text helpers more than one package needs: folding names so that spellings which differ only in case, accents
or the apostrophe typed compare equal, the tokens that mark a possessive, and cutting long texts at paragraph
breaks.
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


# Long texts are parsed, and run through the stages, in pieces: spaCy refuses texts over a million characters
# (nlp.max_length), its working memory grows with the text, and a sentence never spans a paragraph break anyway.
CHUNK_CHARS = 50_000


def chunk_text(text: str, limit: int | None = None) -> list[str]:
    """Cut ``text`` at paragraph breaks into pieces of at most about ``limit`` characters that join back to it.

    Each piece keeps the blank line that ends it, so the pieces' Docs join into one Doc with the same text and
    the same character offsets. A single paragraph longer than ``limit`` is cut at a line or sentence end.
    """
    limit = limit or CHUNK_CHARS
    if len(text) <= limit:
        return [text]
    pieces: list[str] = []
    start = 0
    while len(text) - start > limit:
        window = text[start : start + limit]
        cut = max(window.rfind("\n\n"), window.rfind("\n"), window.rfind(". "))
        end = start + (cut + 1 if cut > 0 else limit)
        while end < len(text) and text[end] in " \n":
            end += 1  # the break's white space stays with the piece before it
        pieces.append(text[start:end])
        start = end
    if start < len(text):
        pieces.append(text[start:])
    return pieces
