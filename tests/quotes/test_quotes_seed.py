"""The seed page: every quote with the right speaker, addressee and channel."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from dateline import extract
from dateline.structure.stamps import parse_fetched_at

SEED = Path(__file__).resolve().parents[2] / ".." / "shared" / "seed" / "page.txt"

# (kind, speaker as written, the person it is, addressee, channel) for every quote in quotation marks, in order.
SOCHI = [
    ("direct", "Putin", "Putin", "Pompeo", None),
    ("partial", "Putin", "Putin", None, None),
    ("direct", "Putin", "Putin", None, None),
    ("direct", "Pompeo", "Pompeo", None, None),
    ("direct", "he", "Pompeo", None, None),
    ("partial", "Lavrov", "Lavrov", None, None),
    ("direct", "Lavrov", "Lavrov", None, None),
    ("direct", "he", "Lavrov", None, None),
    ("partial", "he", "Pompeo", None, None),
    ("direct", "Pompeo", "Pompeo", None, None),
]
CARACAS = [
    ("partial", "Nicolas Maduro", "Maduro", None, None),
    ("partial", "The government", "The government", None, None),
    ("partial", "Rodriguez", "Rodriguez", None, None),
    ("partial", "Trump", "Trump", None, None),
    ("direct", "Trump", "Trump", None, "a post on his Truth Social platform"),
    ("direct", "Trump", "Trump", None, "a post on his Truth Social platform"),
    ("direct", "Justice First", "Justice First", None, "X"),
    ("direct", "Aurora Silva", "Aurora Silva", None, "reporters"),
    ("direct", "Aurora Silva", "Aurora Silva", None, "reporters"),
    ("partial", "Maduro", "Maduro", None, None),
    ("partial", "The caretaker president", "Rodriguez", None, None),
    ("partial", "He", "Trump", "Cuba", None),
    ("partial", "Miguel Diaz-Canel", "Diaz-Canel", None, "X"),
    ("direct", "Miguel Diaz-Canel", "Diaz-Canel", None, "X"),
    ("partial", "Venezuela’s government", "Venezuela’s government", None, "a statement"),
    ("direct", "Venezuela’s government", "Venezuela’s government", None, "a statement"),
]


@pytest.fixture(scope="module")
def seed_page() -> dict[str, Any]:
    if not SEED.exists():
        pytest.skip("the seed page is not beside the repository")
    text = SEED.read_text(encoding="utf-8")
    return extract(text, fetched_at=parse_fetched_at("2026-01-11T12:00:00Z"), stages=["quotes"]).to_dict()


def marked(article: dict[str, Any]) -> list[tuple[Any, ...]]:
    rows = []
    for quote in article["quotes"]:
        if quote["kind"] == "indirect":
            continue
        speaker, addressee = quote["speaker"], quote["addressee"]
        rows.append(
            (
                quote["kind"],
                speaker["text"] if speaker else None,
                speaker["name"] if speaker else None,
                addressee["text"] if addressee else None,
                quote["channel"],
            )
        )
    return rows


def agrees(found: list[tuple[Any, ...]], expected: list[tuple[Any, ...]]) -> None:
    assert len(found) == len(expected), found
    for got, want in zip(found, expected):
        kind, text, name, addressee, channel = want
        assert got[0] == kind and got[1] == text and got[3] == addressee and got[4] == channel, (got, want)
        assert got[2] is not None and got[2].endswith(name), (got, want)  # "Vladimir Putin", or "Putin"


def test_every_quoted_quote_of_the_sochi_article(seed_page: dict[str, Any]) -> None:
    agrees(marked(seed_page["articles"][0]), SOCHI)


def test_every_quoted_quote_of_the_caracas_article(seed_page: dict[str, Any]) -> None:
    agrees(marked(seed_page["articles"][1]), CARACAS)


def test_reported_speech_of_the_seed(seed_page: dict[str, Any]) -> None:
    sochi = {(q["speaker"]["text"], q["cue"]): q for q in seed_page["articles"][0]["quotes"] if q["kind"] == "indirect"}
    warned = sochi[("Pompeo", "warned")]
    assert warned["addressee"]["text"] == "Russia" and warned["text"].startswith("to ")  # warned Russia to …
    assert " discussed " in sochi[("Yuri Ushakov", "said")]["text"]
    assert ("Ushakov", "said") in sochi


def test_the_truth_social_post_has_its_date_and_continuation(seed_page: dict[str, Any]) -> None:
    caracas = seed_page["articles"][1]["quotes"]
    post = next(q for q in caracas if q["channel"] == "a post on his Truth Social platform" and q["cue"] == "said")
    assert post["date"]["text"] == "late Saturday"
    follow = next(q for q in caracas if q["continues"] == post["id"])
    assert follow["start"] > post["end"] and follow["speaker"]["text"] == "Trump" and follow["cue"] is None


def test_no_scare_quote_or_apostrophe_becomes_a_quote(seed_page: dict[str, Any]) -> None:
    caracas = seed_page["articles"][1]
    texts = [caracas["text"][a:b] for q in caracas["quotes"] for a, b in q["verbatim"]]
    assert "treason" not in texts
    assert not any("’s" in text and len(text) < 12 for text in texts)


def test_seed_output_validates(seed_page: dict[str, Any], page_schema_validator: Callable[[dict[str, Any]], None]) -> None:
    page_schema_validator(seed_page)
