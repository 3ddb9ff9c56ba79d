"""Datelines that open an article: "SOCHI:", "WASHINGTON, May 3 (Reuters) -", "KYIV, Ukraine (AP) —", "(Reuters) -"."""

from __future__ import annotations

import re
from dataclasses import dataclass

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_SEP = r"(?::|--|-|–|—|\u2015)"
_AGENCY = r"\((?P<agency>[A-Z][A-Za-z .&/]{1,30})\)"

# An all-capitals place, optionally with a mixed-case region ("KYIV, Ukraine"), an optional date and agency.
_CAPS_DATELINE = re.compile(
    rf"^(?P<place>[A-Z][A-Z.'’\-]*(?: [A-Z][A-Z.'’\-]*){{0,3}}(?:,\s*[A-Z][A-Za-z.'’\-]*(?: [A-Z][A-Za-z.'’\-]*){{0,2}})?)"
    rf"(?:,\s*(?P<date>{_MONTH}\s+\d{{1,2}}(?:,\s*\d{{4}})?))?"
    rf"\s*(?:{_AGENCY})?\s*{_SEP}\s+"
)
# A mixed-case place is only trusted when an agency in brackets follows it: "Kyiv, Ukraine (AP) —".
_AGENCY_DATELINE = re.compile(
    rf"^(?P<place>[A-Z][A-Za-z.'’\-]+(?: [A-Z][A-Za-z.'’\-]+){{0,3}}(?:,\s*[A-Z][A-Za-z.'’\-]+(?: [A-Z][A-Za-z.'’\-]+){{0,2}})?)"
    rf"(?:,\s*(?P<date>{_MONTH}\s+\d{{1,2}}(?:,\s*\d{{4}})?))?"
    rf"\s*{_AGENCY}\s*(?:{_SEP}\s+|(?=[A-Z\"“]))"
)
# "(Reuters) -" and CNN's "(CNN)The Senate …", where nothing but the bracket marks the end.
# A mixed-case place needs a region after it and a dash: "Dekalb, Ill. —", "Beirut, Lebanon –".
_REGION_DATELINE = re.compile(
    r"^(?P<place>[A-Z][a-z]+(?:[ \-][A-Z][a-z]+){0,2},\s*(?:[A-Z][a-z]{1,4}\.|[A-Z]\.[A-Z]\.|[A-Z][a-z]+(?: [A-Z][a-z]+)?))"
    r"\s+[—–]\s+"
)
_AGENCY_OPENER = re.compile(rf"^{_AGENCY}\s*(?:{_SEP}\s+|(?=[A-Z\"“]))")
# Kickers look like datelines but are labels, not places.
_NOT_PLACES = {
    "UPDATE", "UPDATED", "BREAKING", "EXCLUSIVE", "WATCH", "ANALYSIS", "OPINION", "LIVE", "EDITOR'S NOTE", "NOTE",
    "READ MORE", "RELATED", "VIDEO", "PHOTOS", "FACTBOX", "EXPLAINER", "CORRECTION", "WARNING", "Q", "A", "I", "OK",
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Dateline:
    place: str | None
    agency: str | None
    date: str | None
    end: int  # where the paragraph proper starts


def find_dateline(paragraph: str) -> Dateline | None:
    """The dateline at the start of ``paragraph``, or ``None``."""
    match = _CAPS_DATELINE.match(paragraph)
    head = match.group("place").split(",")[0].strip() if match else ""
    if match and head not in _NOT_PLACES and not head.startswith("DEAR ") and _caps_ok(match.group("place")):
        return _dateline(match)
    match = _AGENCY_DATELINE.match(paragraph) or _REGION_DATELINE.match(paragraph)
    if match:
        return _dateline(match)
    match = _AGENCY_OPENER.match(paragraph)
    if match:
        return Dateline(place=None, agency=match.group("agency").strip(), date=None, end=match.end())
    return None


def _caps_ok(place: str) -> bool:
    head = place.split(",")[0]
    letters = [c for c in head if c.isalpha()]
    # One capital letter is a pronoun or an initial, not a city.
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _dateline(match: re.Match[str]) -> Dateline:
    agency = match.groupdict().get("agency")
    return Dateline(
        place=match.group("place").strip(),
        agency=agency.strip() if agency else None,
        date=match.groupdict().get("date"),
        end=match.end(),
    )
