"""Word lists more than one package reads: the news agencies that sign, date and credit stories, and the
plain-data tables under ``dateline/data``.

Bylines ("Jane Doe, Reuters"), datelines ("(AP) —") and photo credits ("REUTERS/Jane Doe") name the agency that
wrote or shot a story; attribution needs the same names to tell "told Reuters" (a channel) from "told Pompeo" (a
person spoken to). Keeping one list means every reader recognises the same agencies.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from importlib import resources

# Agencies a byline runs straight into, with no comma between ("JANE DOE Associated Press").
RUN_ON_AGENCIES: tuple[str, ...] = (
    "Reuters", "AP", "Associated Press", "The Associated Press", "AFP", "Agence France-Presse", "Bloomberg",
    "Bloomberg News", "Xinhua", "CNN", "BBC News",
)  # fmt: skip

# Wire agencies and the wire services of broadcasters, as they are printed.
NEWS_AGENCIES: tuple[str, ...] = RUN_ON_AGENCIES + (
    "AFP-JIJI", "TASS", "RIA Novosti", "Interfax", "Sputnik", "EFE", "ANSA", "dpa", "UPI", "PTI", "ANI", "IANS",
    "AAP", "Kyodo", "Yonhap", "Bernama", "Anadolu", "Anadolu Agency", "Press Association", "PA", "PA Media",
    "CNN Wire", "BBC", "NPR", "Al Jazeera",
)  # fmt: skip


def name_alternation(names: Iterable[str]) -> str:
    """A regular-expression group matching any of ``names`` as written."""
    return "(?:" + "|".join(re.escape(name) for name in names) + ")"


_AGENCY_NAME = re.compile(name_alternation(NEWS_AGENCIES), re.IGNORECASE)


def is_news_agency(name: str) -> bool:
    """Whether ``name`` is an agency's name and nothing else, in any case: "Reuters", "THE ASSOCIATED PRESS"."""
    return _AGENCY_NAME.fullmatch(name.strip()) is not None


def read_data_table(name: str) -> list[list[str]]:
    """The rows of a tab-separated table under ``dateline/data``, without blank lines and ``#`` comments."""
    text = resources.files("dateline").joinpath("data", name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]
