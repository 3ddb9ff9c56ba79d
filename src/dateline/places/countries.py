"""Countries for every stage: demonyms, names and capitals to ISO 3166 alpha-3 codes.

Built on the one country table the project keeps (``dateline/data/countries.tsv``, read through the entities
lexicon), so places, entities and events agree on every code. Nothing here loads the gazetteer: the entity and event
stages can ask "Russian" -> "RUS" without paying for it.
"""

from __future__ import annotations

from dateline.entities.lexicon import Country, lexicon
from dateline.text import fold


def country_of_demonym(text: str) -> str | None:
    """The country a demonym stands for: "Russian", "Russians", "Venezuelan" -> "RUS", "RUS", "VEN"."""
    table = lexicon()
    code = table.country_of_demonym(text)
    if code is None and fold(text).endswith("'s"):
        code = table.country_of_demonym(text[:-2])
    return code


def country_of_name(text: str) -> str | None:
    """The country a name or alias stands for: "the United States", "U.S.", "Britain" -> "USA", "USA", "GBR"."""
    table = lexicon()
    code = table.country_of_name(text)
    if code is None:
        # The table lists "U.S." and "US"; text also writes "U.S" or "U. S.".
        squeezed = fold(text).replace(" ", "").replace(".", "")
        code = table.country_of_name(squeezed) if len(squeezed) <= 4 else None
    return code


def capital_country(text: str) -> str | None:
    """The country whose capital ``text`` names: "Moscow" -> "RUS"; ``None`` for any other place."""
    key = fold(text)
    return lexicon().capitals.get(key[4:] if key.startswith("the ") else key)


def country(code: str) -> Country | None:
    """The table's row for an alpha-3 code."""
    return lexicon().countries.get(code)
