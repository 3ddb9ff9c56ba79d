"""Long wire-copy articles with as many quotes as asked for, for scaling benchmarks: invented people and places.

    python benchmarks/wire_copy.py --chars 20000            # print an article of about 20,000 characters
    python benchmarks/wire_copy.py --quotes 500 --seed 3    # print an article holding about 500 quotes

The article is one story told at length: a headline, a stamp, a dateline paragraph, then paragraphs drawn from
templates in the style of agency copy: direct quotes with the attribution after, before or between their parts,
quotes running over two paragraphs, unattributed paragraphs that carry on the previous speaker, partial quotes
inside reported speech, indirect quotes, "according to" sources, scare quotes, and plain narrative. Speakers are
introduced with their title and full name and then named by surname, title or pronoun. The same seed gives the
same article.
"""

from __future__ import annotations

import argparse
import random
from collections.abc import Callable
from dataclasses import dataclass

GIVEN = """Ines Tomas Marit Odile Kasimir Lene Bruno Ilse Ruben Dagny Anselm Vera Joaquim Petra Emil Sanna Levan Noor
Teodor Agnes Matthias Runa Casimir Yvette Alvar Hedda Ciro Malin Oskar Liv Benedek Zora Anton Mirela""".split()
SURNAMES = """Halvorsen Ambrosetti Kjeldsen Varga Lindahl Okonkwo Barreto Strand Nakamura Vesely Castellano Rautio
Mbeki Lorentz Ferreira Holm Zielinski Aydin Marchetti Sorensen Quaresma Eklund Dimitrov Valente Brandt Ilves
Oyelaran Sato Moravec Thorsen Salgado Nieminen""".split()
ROLES = ["Mayor", "Harbour Master", "Transport Minister", "Councillor", "union leader", "Governor", "port director"]
TOWNS = ["Brekkvik", "Solheim", "Varnes", "Ostmark", "Lindale", "Kastrup Bay", "Fjellby", "Nordhavn"]
THINGS = ["the port", "the ferry terminal", "the rail yard", "the fish market", "the toll bridge", "the grain silos"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
CHANNELS = ["in a statement", "on local radio", "in an interview", "at a news conference", "in a post on X"]
PLANS = ["the new fee schedule", "the dredging plan", "the night shift rota", "the cargo ban", "the strike deal"]
VERBS = ["said", "told reporters", "added", "warned", "insisted", "explained"]
PROMISES = [
    "We will keep the port open",
    "Nobody here wants another winter like the last one",
    "The ferries will run on time from next week",
    "We are asking for patience, not for money",
    "This harbour fed our grandparents and it will feed our children",
    "I have never seen the quays this busy",
    "Every crew will be paid before the holidays",
    "We cannot let the silt decide our future",
]
CLAIMS = ["dead in the water", "a gift to the shipping lines", "long overdue", "reckless", "a fair compromise"]


@dataclass(slots=True)
class Speaker:
    given: str
    surname: str
    role: str
    pronoun: str

    @property
    def full(self) -> str:
        return f"{self.role} {self.given} {self.surname}"


def _speaker(rng: random.Random) -> Speaker:
    return Speaker(rng.choice(GIVEN), rng.choice(SURNAMES), rng.choice(ROLES), rng.choice(("she", "he")))


# Each template writes one paragraph about ``who`` and says how many quotations it holds.
Template = Callable[[random.Random, Speaker], tuple[str, int]]


def _direct_after(rng: random.Random, who: Speaker) -> tuple[str, int]:
    return f"“{rng.choice(PROMISES)},” {who.full} {rng.choice(VERBS)} on {rng.choice(DAYS)}.", 1


def _direct_surname(rng: random.Random, who: Speaker) -> tuple[str, int]:
    return f"“{rng.choice(PROMISES)}. {rng.choice(PROMISES)},” {who.surname} said {rng.choice(CHANNELS)}.", 1


def _direct_before(rng: random.Random, who: Speaker) -> tuple[str, int]:
    return f"{who.surname} told the council: “{rng.choice(PROMISES)}.”", 1


def _split(rng: random.Random, who: Speaker) -> tuple[str, int]:
    return f"“We hope,” {who.pronoun} said, “that {rng.choice(THINGS)} reopens before {rng.choice(DAYS)}.”", 2


def _side_by_side(rng: random.Random, who: Speaker) -> tuple[str, int]:
    return f"“No.” “Never,” {who.pronoun} said when asked about {rng.choice(PLANS)}.", 2


def _continuation(rng: random.Random, who: Speaker) -> tuple[str, int]:
    return f"“{rng.choice(PROMISES)}.”", 1


def _two_paragraphs(rng: random.Random, who: Speaker) -> tuple[str, int]:
    # News style: the quotation reopens at the start of the next paragraph and closes only at its end.
    first = f"“{rng.choice(PROMISES)}, and {rng.choice(THINGS)} will stay in public hands,” {who.surname} said. “"
    second = f"{rng.choice(PROMISES)}.\n“{rng.choice(PROMISES)}.”"
    return first + second, 2


def _partial(rng: random.Random, who: Speaker) -> tuple[str, int]:
    return f"{who.surname} said {rng.choice(PLANS)} was “{rng.choice(CLAIMS)}” and called for new talks.", 1


def _partial_pair(rng: random.Random, who: Speaker) -> tuple[str, int]:
    first, second = rng.sample(CLAIMS, 2)
    return f"The {who.role.lower()} described {rng.choice(PLANS)} as “{first}” and “{second}”.", 2


def _indirect(rng: random.Random, who: Speaker) -> tuple[str, int]:
    return f"{who.full} said the council would review {rng.choice(PLANS)} by {rng.choice(DAYS)}.", 0


def _according(rng: random.Random, who: Speaker) -> tuple[str, int]:
    return f"According to {who.surname}, {rng.choice(THINGS)} lost {rng.randint(3, 40)} sailings last month.", 0


def _scare(rng: random.Random, who: Speaker) -> tuple[str, int]:
    return f"Critics call {rng.choice(PLANS)} the ‘harbour tax’, a name {who.surname} rejects.", 1


def _straight(rng: random.Random, who: Speaker) -> tuple[str, int]:
    return f'"{rng.choice(PROMISES)}," {who.surname} said, \'\'quoting the old \'harbour rule\'.\'\'', 2


def _nested(rng: random.Random, who: Speaker) -> tuple[str, int]:
    return f"“They told us ‘{rng.choice(CLAIMS)}’ and walked out,” the {who.role.lower()} said.", 1


def _narrative(rng: random.Random, who: Speaker) -> tuple[str, int]:
    town = rng.choice(TOWNS)
    return (
        f"Traffic through {rng.choice(THINGS)} in {town} has fallen by {rng.randint(5, 60)} percent since "
        f"{rng.choice(DAYS)}, and {rng.randint(2, 90)} boats waited outside the breakwater overnight.",
        0,
    )


_TEMPLATES: list[Template] = [
    _direct_after, _direct_surname, _direct_before, _split, _side_by_side, _continuation, _two_paragraphs,
    _partial, _partial_pair, _indirect, _according, _scare, _straight, _nested, _narrative, _narrative,
]  # fmt: skip


def wire_article(chars: int | None = None, quotes: int | None = None, seed: int = 11) -> str:
    """One article of about ``chars`` characters, or holding about ``quotes`` quotations (whichever is given)."""
    if (chars is None) == (quotes is None):
        raise ValueError("give either chars or quotes")
    rng = random.Random(seed)
    town = rng.choice(TOWNS)
    headline = f"{town} harbour stays open as talks on {rng.choice(PLANS)} drag on"
    lines = [headline, "", f"Updated {rng.randint(1, 28)} June 2025", "", headline, ""]
    lines.append(
        f"{town.upper()} (Reuters) — Officials in {town} pledged on {rng.choice(DAYS)} to keep the harbour working "
        "through the winter, as talks between the council, the shipping lines and the dock workers went on."
    )
    size, count = sum(len(line) + 1 for line in lines), 0
    who = _speaker(rng)
    while (chars is not None and size < chars) or (quotes is not None and count < quotes):
        if rng.random() < 0.3:
            who = _speaker(rng)  # a new voice, introduced by the next template that names them in full
        paragraph, held = rng.choice(_TEMPLATES)(rng, who)
        lines.append(paragraph)
        size += len(paragraph) + 1
        count += held
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chars", type=int)
    parser.add_argument("--quotes", type=int)
    parser.add_argument("--seed", type=int, default=11)
    options = parser.parse_args()
    if options.chars is None and options.quotes is None:
        options.chars = 5000
    print(wire_article(options.chars, options.quotes, options.seed), end="")


if __name__ == "__main__":
    main()
