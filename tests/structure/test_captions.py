from __future__ import annotations

import pytest

from dateline.structure.captions import read_caption, split_credit


@pytest.mark.parametrize(
    ("line", "text", "credit"),
    [
        ("Ministers meet in Rome on Monday. (AP)", "Ministers meet in Rome on Monday.", "AP"),
        (
            "The two leaders shake hands. (Kremlin Press Service via AP)",
            "The two leaders shake hands.",
            "Kremlin Press Service via AP",
        ),
        ("Crowds gather in the square. AFP/Getty Images", "Crowds gather in the square.", "AFP/Getty Images"),
        ("Smoke rises over the port. REUTERS/Jane Doe", "Smoke rises over the port.", "REUTERS/Jane Doe"),
        ("Rescuers search the rubble (AP Photo/Emilio Morenatti)", "Rescuers search the rubble", "AP Photo/Emilio Morenatti"),
        ("Voters queue outside a polling station. Photo: John Smith/Reuters", "Voters queue outside a polling station.", "John Smith/Reuters"),
    ],
)
def test_credit_forms(line: str, text: str, credit: str) -> None:
    assert split_credit(line) == (text, credit)


@pytest.mark.parametrize(
    "line",
    [
        "Prices rose by 3 percent (and more in rural areas).",
        "The minister spoke to the committee (in a closed session).",
        "He met the president (L) on Friday",
    ],
)
def test_asides_in_brackets_are_not_credits(line: str) -> None:
    assert split_credit(line)[1] is None


def test_prefixed_captions() -> None:
    caption = read_caption("Image: Firefighters work through the night in Athens. AFP/Getty Images")
    assert (caption.text, caption.credit) == ("Firefighters work through the night in Athens.", "AFP/Getty Images")
    assert (read_caption("Photo: Reuters").text, read_caption("Photo: Reuters").credit) == ("", "Reuters")
    filed = read_caption("FILE PHOTO: A view of the central bank in Frankfurt. REUTERS/Kai Pfaffenbach", 2, 4)
    assert (filed.text, filed.credit, filed.index, filed.total) == (
        "A view of the central bank in Frankfurt.", "REUTERS/Kai Pfaffenbach", 2, 4,
    )


def test_credit_with_an_initial_and_a_file_note() -> None:
    assert split_credit("Senators leave the chamber. J. Scott Applewhite/AP file") == (
        "Senators leave the chamber.", "J. Scott Applewhite/AP file",
    )
