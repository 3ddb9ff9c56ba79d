"""The word lists entities rely on: countries (ISO 3166 alpha-3) with their names, demonyms and capitals, and roles.

Both tables are plain data under ``dateline/data`` so they can be read, reviewed and extended without touching code.
They are loaded once per process.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from dateline.lexicon import read_data_table
from dateline.text import fold

# Words that sit before "minister"/"secretary" and name the portfolio: "Foreign Minister", "Defence Secretary".
PORTFOLIOS: frozenset[str] = frozenset(
    """foreign defence defense interior home finance economy economic trade commerce industry justice health
    education energy oil petroleum agriculture environment labour labor transport culture information
    communications treasury security intelligence development housing tourism sports digital science
    technology immigration war navy army state public works mines water fisheries""".split()
)

# Qualifiers that are part of the role ("Interim President") and keep a class used when linking "the caretaker
# president" to "interim president Delcy Rodriguez".
KEPT_QUALIFIERS: dict[str, str] = {
    "interim": "interim",
    "acting": "interim",
    "caretaker": "interim",
    "transitional": "interim",
    "deputy": "deputy",
    "vice": "deputy",
    "chief": "",
    "senior": "",
    "special": "",
    "supreme": "",
    "opposition": "",
    "national": "",
    "top": "",
}

# Qualifiers that say when, not what: dropped from the title, remembered as "former" for linking.
DROPPED_QUALIFIERS: dict[str, str] = {
    "former": "former",
    "ex": "former",
    "then": "former",
    "ousted": "former",
    "deposed": "former",
    "late": "former",
    "exiled": "former",
    "jailed": "",
    "outgoing": "former",
    "incoming": "future",
    "new": "",
    "longtime": "",
    "long-time": "",
    "veteran": "",
    "close": "",
    "prominent": "",
    "powerful": "",
    "embattled": "",
    "key": "",
    "influential": "",
    "detained": "",
    "imprisoned": "",
    "self-declared": "",
    "self-proclaimed": "",
    "highest-ranking": "",
    "top-ranking": "",
    "current": "",
    "sitting": "",
    "elected": "",
    "de facto": "",
    "leftist": "",
    "rightist": "",
    "far-right": "",
    "far-left": "",
    "conservative": "",
    "liberal": "",
    "socialist": "",
    "communist": "",
}

HONORIFICS: frozenset[str] = frozenset(
    "mr mr. mrs mrs. ms ms. miss dr dr. sir dame lord lady madam monsieur herr prof prof. professor".split()
)

@dataclass(frozen=True, slots=True)
class Country:
    code: str
    name: str
    names: tuple[str, ...]
    demonyms: tuple[str, ...]
    capitals: tuple[str, ...]


@dataclass(slots=True)
class Lexicon:
    countries: dict[str, Country] = field(default_factory=dict)  # code -> country
    country_names: dict[str, str] = field(default_factory=dict)  # folded name or alias -> code
    demonyms: dict[str, str] = field(default_factory=dict)  # folded demonym, singular or plural -> code
    capitals: dict[str, str] = field(default_factory=dict)  # folded capital -> code
    roles: dict[str, str] = field(default_factory=dict)  # role phrase -> class
    anaphoric_roles: set[str] = field(default_factory=set)  # roles "the <role>" can stand for someone named before
    longest_role: int = 1

    def country_of_name(self, text: str) -> str | None:
        """The code for a country name or alias ("US", "the United States", "Russia")."""
        return self.country_names.get(fold(text).removeprefix("the "))

    def country_of_demonym(self, text: str) -> str | None:
        return self.demonyms.get(fold(text))

    def country_of_place(self, text: str) -> str | None:
        """The country a place name belongs to: the country itself, or the country whose capital it is."""
        key = fold(text).removeprefix("the ")
        return self.country_names.get(key) or self.capitals.get(key)

    def is_known_place(self, text: str) -> bool:
        return self.country_of_place(text) is not None


def _plurals(demonym: str) -> list[str]:
    # "Swiss", "Chinese", "French" are their own plural; "Russian" -> "Russians", "Frenchman" -> "Frenchmen".
    if demonym.endswith(("ese", "ss", "ch", "sh", "i-kiribati")):
        return [demonym]
    if demonym.endswith("man"):
        return [demonym, demonym[:-3] + "men"]
    if demonym.endswith("woman"):
        return [demonym, demonym[:-5] + "women"]
    return [demonym, demonym + "s"]


@cache
def lexicon() -> Lexicon:
    """The countries and roles tables, loaded once."""
    table = Lexicon()
    for code, name, aliases, demonyms, capitals in read_data_table("countries.tsv"):
        country = Country(
            code=code,
            name=name,
            names=tuple(n for n in [name, *aliases.split("|")] if n),
            demonyms=tuple(d for d in demonyms.split("|") if d),
            capitals=tuple(c for c in capitals.split("|") if c),
        )
        table.countries[code] = country
        for alias in country.names:
            table.country_names.setdefault(fold(alias), code)
        for demonym in country.demonyms:
            for form in _plurals(demonym):
                table.demonyms.setdefault(fold(form), code)
        for capital in country.capitals:
            table.capitals.setdefault(fold(capital), code)
    for phrase, role_class, *marks in read_data_table("roles.tsv"):
        table.roles[phrase.strip()] = role_class.strip()
        if "anaphoric" in (mark.strip() for mark in marks):
            table.anaphoric_roles.add(phrase.strip())
        table.longest_role = max(table.longest_role, len(phrase.split()))
    return table
