"""Synthetic news pages in the seed's shape, for benchmarks: invented people, roles and places from templates.

    python benchmarks/synthetic.py --pages 3 --seed 1     # print a few pages

Each page holds one or two articles: a headline, a photo gallery with "1 / 3" counters and credits, an "Updated"
stamp, a "Follow" button, the headline again, a dateline and eight to fourteen paragraphs. People are introduced
with a title and demonym, then referred to by surname and by description ("the Norwegian leader"); some surnames
are shared across pages, so the cross-article registry has work to do. The same seed gives the same pages.
"""

from __future__ import annotations

import argparse
import random
from dataclasses import dataclass

GIVEN = """Anna Pavel Laura Gabriel Rosa Tomas Erik Helen Lars Daniel Carla Rafael Igor Marta Jorge Sofia Ivan Elena
Marco Lucia Andrei Nadia Omar Leila Viktor Irina Samuel Clara Hugo Ines Felix Alma Yusuf Amira Stefan Maya""".split()
SURNAMES = """Orlov Marsh Dahl Ortiz Benitez Quispe Hart Ponce Mena Vargas Castillo Herrera Semenov Lindqvist Brenner
Salas Volkov Moreau Keller Novak Rahman Haddad Petrov Sandoval Aguilar Fontaine Lindgren Okafor Mensah Tanaka
Kovacs Duarte Weiss Albright Karimov Suarez""".split()
COUNTRIES = [
    ("Norway", "Norwegian", "OSLO"),
    ("Chile", "Chilean", "SANTIAGO"),
    ("Peru", "Peruvian", "LIMA"),
    ("Russia", "Russian", "MOSCOW"),
    ("Germany", "German", "BERLIN"),
    ("Brazil", "Brazilian", "BRASILIA"),
    ("Kenya", "Kenyan", "NAIROBI"),
    ("Japan", "Japanese", "TOKYO"),
    ("Spain", "Spanish", "MADRID"),
    ("Egypt", "Egyptian", "CAIRO"),
    ("Poland", "Polish", "WARSAW"),
    ("Canada", "Canadian", "OTTAWA"),
]
ROLES = ["President", "Prime Minister", "Foreign Minister", "Defence Minister", "Finance Minister", "opposition leader"]
TOPICS = ["grain exports", "a border dispute", "energy prices", "fishing rights", "a prisoner exchange", "rail links"]
AGENCIES = ["AFP", "Reuters", "AP"]


@dataclass(slots=True)
class _Person:
    given: str
    surname: str
    role: str
    country: str
    demonym: str

    @property
    def name(self) -> str:
        return f"{self.given} {self.surname}"


def _person(rng: random.Random, country: tuple[str, str, str], role: str | None = None) -> _Person:
    return _Person(rng.choice(GIVEN), rng.choice(SURNAMES), role or rng.choice(ROLES), country[0], country[1])


def _article(rng: random.Random) -> str:
    home, away = rng.sample(COUNTRIES, 2)
    host = _person(rng, home, "President")
    guest = _person(rng, away, rng.choice(ROLES[1:]))
    while guest.surname == host.surname:
        guest.surname = rng.choice(SURNAMES)
    aide = _person(rng, home, "aide")
    critic = _person(rng, home, "opposition leader")
    topic, other_topic = rng.sample(TOPICS, 2)
    headline = f"{host.surname} and {guest.surname} seek deal on {topic}, still split over {other_topic}"
    gallery = [
        f"{host.demonym} {host.role} {host.name} (L) and {guest.demonym} {guest.role} {guest.name} meet in "
        f"{home[2].title()}, {home[0]}, on Tuesday. ({rng.choice(AGENCIES)})",
        f"{guest.demonym} {guest.role} {guest.name} speaks to reporters after the talks. ({rng.choice(AGENCIES)})",
        f"Protesters gather outside the venue in {home[2].title()}. ({rng.choice(AGENCIES)})",
    ]
    paragraphs = [
        f"{home[2]}: {home[0]} and {away[0]} voiced hope for closer ties on Tuesday as {host.role} {host.name} "
        f"welcomed {guest.role} {guest.name}, but the two sides remained divided over {other_topic}.",
        f"In a late-night meeting at {host.surname}'s residence, {guest.surname} became the most senior "
        f"{guest.demonym} official to visit the {home[1]} capital in two years.",
        f"\"We want our countries to trade more and argue less,\" {host.surname} told {guest.surname}, adding that "
        f"talks on {topic} should resume within weeks.",
        f"{host.surname}'s aide {aide.name} said the president and {guest.surname} also discussed security and "
        f"the situation in the region.",
        f"The {home[1]} leader has faced criticism at home over {other_topic}, and opposition leader "
        f"{critic.name} accused the government of making concessions.",
        f"\"This visit changes nothing for the families who have waited for years,\" {critic.surname} said.",
        f"{guest.surname}, speaking earlier at a joint news conference, acknowledged deep differences and "
        f"warned that {away[0]} would not accept new tariffs.",
        f"Officials in {away[2].title()} said {guest.surname} would report to parliament on Friday.",
        f"Analysts said the talks on {topic} could take months, with {rng.randint(2, 9)} rounds planned before "
        f"the end of the year.",
    ]
    extra = [
        f"{critic.surname}, a former {rng.choice(['judge', 'journalist', 'diplomat'])}, has called for early elections.",
        f"Rights groups estimate that {rng.randint(100, 900)} people remain detained over protests about {topic}.",
        f"The {home[1]} president has moved to reassure investors by promising stable rules.",
        f"{aide.surname} said a second meeting could take place in {away[2].title()} next month.",
        f"Trade between the two countries fell by {rng.randint(5, 40)} percent last year, according to official "
        f"figures.",
    ]
    paragraphs += rng.sample(extra, rng.randint(0, len(extra)))
    lines = [headline, ""]
    for n, caption in enumerate(gallery, 1):
        lines += [f"{n} / {len(gallery)}", caption]
    lines += [f"Updated {rng.randint(1, 28)} May 2024", "Follow", "", headline, ""]
    for paragraph in paragraphs:
        lines += [paragraph]
    return "\n".join(lines)


def synthetic_pages(count: int, seed: int = 7) -> list[str]:
    """``count`` pages, each of one or two articles; the same ``seed`` gives the same pages."""
    rng = random.Random(seed)
    pages = []
    for _ in range(count):
        articles = [_article(rng) for _ in range(rng.choice((1, 1, 2)))]
        pages.append("\n\n\n".join(articles) + "\n")
    return pages


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=2)
    parser.add_argument("--seed", type=int, default=7)
    options = parser.parse_args()
    print("\n\n\n".join(synthetic_pages(options.pages, options.seed)))


if __name__ == "__main__":
    main()
