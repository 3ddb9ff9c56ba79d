"""Numbers that count nothing, told from the characters around them: years, dates, times, ages, money,
percentages, measures, gallery and page counters, phone numbers, tallies and names with a number in them.

Pure string code over a few dozen characters either side of a number, so its cost does not grow with the text.
What the parse can tell better (a number that no typed verb or noun governs) is the finder's to drop.
"""

from __future__ import annotations

import re

from dateline.counts.lexicon import UNIT_NOUNS
from dateline.counts.numbers import NumberPhrase

_SIDE = 40  # characters read on each side of a number

_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
)
# Glued to the number: "$5", "US$5", "No.5", "F-16", "+44", "#3", "5/6", "12:30".
_GLUED_BEFORE = set("$£€¥₹#+-/\\.:@^_&")
_MONEY_BEFORE = re.compile(r"(?:[$£€¥₹]|\b(?:Rs|USD|EUR|GBP|INR|JPY|CNY|RMB|CHF|AUD|CAD|NZD|ZAR|NGN|KES)\.?)\s*$")
_LABEL_BEFORE = re.compile(
    r"\b(?:no|nos|number|numbers|page|pages|p|pp|photo|photos|image|images|picture|pictures|slide|gallery|chapter|"
    r"section|article|paragraph|clause|item|room|flight|route|highway|motorway|gate|platform|channel|episode|season|"
    r"volume|vol|part|phase|level|grade|category|district|zone|ward|block|lane|bus|tier|stage|act|game|round|week|"
    r"class|resolution|rule|amendment|version|model|series|unit|apartment|suite|floor|terminal|runway|exit|"
    r"junction|pier|berth|cell|wing|battalion|brigade|division|regiment|squadron|corps|aged|age|ages|"
    r"at\s+the\s+age\s+of|aged\s+between|votes?\s+to|scored|score|minute|minutes|hour|hours|by\s+a\s+margin\s+of|"
    r"rate\s+of|ratio\s+of|\d+\s+of|\d+\s+out\s+of)\.?\s*$",
    re.IGNORECASE,
)
_MONTH_BEFORE = re.compile(rf"\b(?:{_MONTHS})\.?\s*$")
_MONTH_AFTER = re.compile(rf"^(?:st|nd|rd|th)?\s*(?:of\s+)?(?:{_MONTHS})\b")
_PERCENT_AFTER = re.compile(
    r"^\s*(?:%|per\s*cent\b|percent\b|pct\b|percentage\s+points?\b|basis\s+points?\b)", re.IGNORECASE
)
_COMPOUND_AFTER = re.compile(r"^[-‑–][^\W\d_]")  # "12-year-old", "three-day", "a 10-point plan", "300-strong"
_CLOCK_AFTER = re.compile(
    r"^(?:\s*[:.]\d|\s*(?:a\.?m\b\.?|p\.?m\b\.?|o'clock|hrs\b|h\b|GMT|UTC|BST|EST|EDT|CET|CEST|IST|local\s+time))",
    re.IGNORECASE,
)
_COUNTER_AFTER = re.compile(r"^\s*(?:of|out\s+of|/)\s*\d", re.IGNORECASE)  # "1 of 12", "3 out of 10", "2/5"
_DIGIT_GROUPS_AFTER = re.compile(r"^[-.\s]\d{2,}[-.\s]?\d*")  # "555-0134", "020 7946 0000"
_UNIT_AFTER = re.compile(r"^\s+([^\W\d_]+)")
_AGE_AFTER = re.compile(r"^\s*[,)]")
_AGE_BEFORE = re.compile(r"[^\W\d_][’']?\s*[,(]\s*$")  # "Smith, 63," or "Smith (63)"
_YEAR = re.compile(r"^(?:19|20)\d\d$")
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:in|since|by|until|till|from|of|before|after|during|for|to|between|and|the|early|late|mid|circa|c|around|"
    r"about|summer|winter|spring|autumn|fall|year)\.?\s*[-–]?\s*$",
    re.IGNORECASE,
)
_PLURAL_AFTER = re.compile(r"^\s+(?:people|men|women|children|police|[a-z]+s)\b")
_NOBODY_BEFORE = re.compile(r"\b(?:no|any|every|each|the\s+same)\s+$", re.IGNORECASE)  # "no one"
_NOBODY_AFTER = re.compile(r"^\s+(?:another|other|after\s+another|by\s+one)\b", re.IGNORECASE)  # "one another"
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\"“”‘’'(\[—–-]|\n)\s*$")


def counts_nothing(text: str, phrase: NumberPhrase) -> bool:
    """Whether the number of ``phrase`` is a year, date, time, age, sum of money, percentage, measure, counter,
    phone number or part of a name, as the characters around it show."""
    number_start = phrase.number_start
    before = text[max(0, number_start - _SIDE) : number_start]
    phrase_before = text[max(0, phrase.start - _SIDE) : phrase.start]
    after = text[phrase.end : phrase.end + _SIDE]
    number = text[number_start : phrase.end]
    if before and (before[-1] in _GLUED_BEFORE or before[-1].isalnum()):
        return True
    if after and (after[0].isalnum() or after[0] in "$£€%/@_"):
        return True
    if _MONEY_BEFORE.search(before) or _MONEY_BEFORE.search(phrase_before):
        return True
    if _LABEL_BEFORE.search(phrase_before) or _MONTH_BEFORE.search(phrase_before):
        return True
    if _PERCENT_AFTER.match(after) or _COMPOUND_AFTER.match(after) or _CLOCK_AFTER.match(after):
        return True
    if _COUNTER_AFTER.match(after) or _MONTH_AFTER.match(after.lstrip()) and after[:1].isspace():
        return True
    if number[0] == "0" or number[0].isdigit() and _DIGIT_GROUPS_AFTER.match(after):
        return True
    unit = _UNIT_AFTER.match(after)
    if unit and _singular(unit.group(1).lower()) in UNIT_NOUNS:
        return True
    if _AGE_BEFORE.search(phrase_before) and _AGE_AFTER.match(after) and phrase.modifier is None:
        return True
    if _is_year(number) and (
        phrase.modifier is None and (_PREPOSITION_BEFORE.search(phrase_before) or not _PLURAL_AFTER.match(after))
    ):
        return True
    if number.lower() == "one" and (_NOBODY_BEFORE.search(phrase_before) or _NOBODY_AFTER.match(after)):
        return True  # "no one", "one another", "one by one"
    # A number word with a capital inside a sentence names something: "Formula One", "the Group of Seven".
    return (
        number[0].isupper()
        and number[0].isalpha()
        and phrase.modifier is None
        and not _SENTENCE_START.search(phrase_before)
    )


def _singular(word: str) -> str:
    if word in UNIT_NOUNS or not word.endswith("s"):
        return word
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "sses")):
        return word[:-2]
    return word[:-1]


def _is_year(number: str) -> bool:
    """A figure of the shape of a year, or a range of them ("1998-2003")."""
    figures = re.findall(r"[\d,]+", number)
    return bool(figures) and all(_YEAR.match(figure) for figure in figures)
