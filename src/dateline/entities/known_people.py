"""People the news names without saying whose they are: "Yasser Arafat rejected the offer" is a Palestinian act.

The table (``data/people.tsv``) holds notable office holders, party and group leaders and heads of international
organisations, each with the country they act for, a sector and the role they are usually cited by. It is
consulted by full name (a surname alone names too many people), by the single name of those known by one
("Suharto"), and by a surname under the title the table's person held ("President Reagan", "Chancellor Kohl"),
when every such holder acted for the same country. What the text says comes first: the country it gives a
person by title or description outranks the table's.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache

from dateline.lexicon import read_data_table
from dateline.text import fold

# Titles a surname may stand under, and the words of a table role that hold the same office.
_OFFICE_WORDS: dict[str, tuple[str, ...]] = {
    "president": ("president",),
    "prime minister": ("prime minister", "premier"),
    "premier": ("prime minister", "premier"),
    "chancellor": ("chancellor",),
    "king": ("king",),
    "queen": ("queen",),
    "emperor": ("emperor",),
    "emir": ("emir",),
    "sultan": ("sultan",),
    "pope": ("pope",),
    "secretary of state": ("secretary of state",),
    "secretary-general": ("secretary-general",),
    "secretary general": ("secretary-general",),
    "foreign minister": ("foreign minister", "foreign secretary"),
    "foreign secretary": ("foreign minister", "foreign secretary"),
    "defense secretary": ("secretary of defense",),
    "defence minister": ("defence minister",),
}


@dataclass(frozen=True, slots=True)
class KnownPerson:
    name: str
    country: str  # ISO 3166-1 alpha-3, or IGO
    sector: str  # GOV, OPP, REB, MIL, CVL, IGO, ...
    role: str


@dataclass(frozen=True, slots=True)
class _Table:
    by_name: dict[str, KnownPerson]
    by_surname: dict[str, tuple[KnownPerson, ...]]


@cache
def _table() -> _Table:
    by_name: dict[str, KnownPerson] = {}
    by_surname: dict[str, list[KnownPerson]] = {}
    for row in read_data_table("people.tsv"):
        if len(row) < 5 or row[0] == "name":
            continue
        name, aliases, country, sector, role = (cell.strip() for cell in row[:5])
        person = KnownPerson(name, country, sector, role)
        for form in [name, *aliases.split("|")]:
            key = _key(form)
            if key:
                by_name.setdefault(key, person)
                words = key.split()
                if len(words) >= 2 and person not in by_surname.get(words[-1], []):
                    by_surname.setdefault(words[-1], []).append(person)
    return _Table(by_name, {surname: tuple(people) for surname, people in by_surname.items()})


def known_people() -> dict[str, KnownPerson]:
    """Every name and alias of the table, folded, to its person."""
    return _table().by_name


def known_person(names: Iterable[str], titles: Sequence[str] = ()) -> KnownPerson | None:
    """The person one of ``names`` (names as the text writes them) is, if the table knows it; ``titles``: the
    titles the text gives the person, under which a surname alone is looked up."""
    table = _table()
    surnames = []
    for name in names:
        key = _key(name)
        person = table.by_name.get(key)
        if person is not None:
            return person
        if key and len(key.split()) == 1:
            surnames.append(key)
    offices = {office for title in titles for office in _offices(_key(title))}
    if not offices:
        return None
    for surname in surnames:
        holders = [p for p in table.by_surname.get(surname, ()) if any(office in p.role for office in offices)]
        if holders and len({p.country for p in holders}) == 1:
            return holders[0]
    return None


def _offices(title: str) -> tuple[str, ...]:
    """The offices a title names: "president", "interim president" and "former president" alike."""
    return next(
        (words for office, words in _OFFICE_WORDS.items() if title == office or title.endswith(" " + office)), ()
    )


def _key(name: str) -> str:
    return " ".join(fold(name).lower().replace(".", " ").replace("-", " ").split())
