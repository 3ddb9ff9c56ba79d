"""Number phrases read as (min, max, approximate), and found in running text at their offsets."""

from __future__ import annotations

import re

import pytest

from dateline.counts.numbers import number_phrases, parse_number


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        # exact figures and words
        ("12", (12, 12, False)),
        ("1,200", (1200, 1200, False)),
        ("1.5 million", (1_500_000, 1_500_000, False)),
        ("three", (3, 3, False)),
        ("Twelve", (12, 12, False)),
        ("twenty-five", (25, 25, False)),
        ("twenty five", (25, 25, False)),
        ("a dozen", (12, 12, False)),
        ("two dozen", (24, 24, False)),
        ("half a dozen", (6, 6, False)),
        ("a hundred", (100, 100, False)),
        ("two hundred and fifty", (250, 250, False)),
        ("one hundred and twenty thousand", (120_000, 120_000, False)),
        ("half a million", (500_000, 500_000, False)),
        ("3 million", (3_000_000, 3_000_000, False)),
        # vague words: at least two of their unit
        ("dozens", (24, None, True)),
        ("scores", (40, None, True)),
        ("hundreds", (200, None, True)),
        ("thousands", (2_000, None, True)),
        ("Thousands", (2_000, None, True)),
        ("tens of thousands", (20_000, None, True)),
        ("hundreds of thousands", (200_000, None, True)),
        ("millions", (2_000_000, None, True)),
        ("a few hundred", (200, None, True)),
        ("several thousand", (3_000, None, True)),
        ("a couple of dozen", (24, None, True)),
        # modifiers
        ("about 20", (20, 20, True)),
        ("around 1,000", (1000, 1000, True)),
        ("some 300", (300, 300, True)),
        ("an estimated 5,000", (5000, 5000, True)),
        ("roughly two dozen", (24, 24, True)),
        ("200 or so", (200, 200, True)),
        ("more than 50", (51, None, False)),
        ("over 50", (51, None, False)),
        ("more than a dozen", (13, None, False)),
        ("at least 30", (30, None, False)),
        ("30 or more", (30, None, False)),
        ("no fewer than 8", (8, None, False)),
        ("fewer than 10", (None, 9, False)),
        ("under 10", (None, 9, False)),
        ("up to 400", (None, 400, False)),
        ("as many as 1,000", (None, 1000, False)),
        ("no more than 40", (None, 40, False)),
        ("nearly 100", (None, 100, True)),
        ("almost a dozen", (None, 12, True)),
        ("close to 2,000", (None, 2000, True)),
        ("at least hundreds", (200, None, True)),
        # ranges
        ("800 to 1,200", (800, 1200, False)),
        ("between 800 and 1,200", (800, 1200, False)),
        ("800-1,200", (800, 1200, False)),
        ("800 – 1,200", (800, 1200, False)),
        ("two or three", (2, 3, False)),
        ("two or three dozen", (24, 36, False)),
        ("between two and three million", (2_000_000, 3_000_000, False)),
        ("10 to 15 thousand", (10_000, 15_000, False)),
        ("about 800 to 1,000", (800, 1000, True)),
        ("between 40 and 50 or so", (40, 50, True)),
    ],
)
def test_parse_number(words: str, expected: tuple[int | None, int | None, bool]) -> None:
    assert parse_number(words) == expected


@pytest.mark.parametrize(
    "words",
    ["", "people", "1.5", "0", "3-1", "52 to 48", "10 to 10", "and", "more than", "half", "a", "several", "a few",
     "twenty-five people", "12th", "1990s"],
)  # fmt: skip
def test_what_is_no_number(words: str) -> None:
    assert parse_number(words) is None


def test_spaces_are_read_as_one() -> None:
    assert parse_number("  more   than\n50 ") == (51, None, False)


def test_phrases_in_running_text_carry_their_offsets_and_modifiers() -> None:
    text = "Officials said more than 50 people and twenty-five others were hurt; nearly 100 fled, and thousands left."
    found = list(number_phrases(text))
    assert [text[p.start : p.end] for p in found] == ["more than 50", "twenty-five", "nearly 100", "thousands"]
    assert [text[p.number_start : p.end] for p in found] == ["50", "twenty-five", "100", "thousands"]
    assert [(p.min, p.max, p.approximate, p.modifier) for p in found] == [
        (51, None, False, "more than"), (25, 25, False, None), (None, 100, True, "nearly"), (2000, None, True, None),
    ]  # fmt: skip


def test_figures_glued_to_letters_are_no_phrases() -> None:
    text = "the 5th battalion, the 1990s, 12km away, at 10am, on the 3rd, a 12.5.2019 stamp"
    assert [text[p.start : p.end] for p in number_phrases(text)] == []


def test_a_score_in_running_text_is_skipped_whole() -> None:
    # Read as a range, "3-1" is no number; neither half is taken alone.
    assert list(number_phrases("They won 3-1 on Sunday.")) == []


def test_word_alternations_try_the_longest_word_first() -> None:
    from dateline.counts.numbers import _alternation

    pattern = re.compile(_alternation(["seven", "seventeen", "more", "more than", "a couple of", "a couple"]) + r"\b")
    found = [m.group() for m in pattern.finditer("seventeen seven more than   more a couple of a couple")]
    assert found == ["seventeen", "seven", "more than", "more", "a couple of", "a couple"]
