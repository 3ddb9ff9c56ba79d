"""The one agency list: HTML and plain-text bylines, photo credits and attribution all know the same agencies."""

from __future__ import annotations

import pytest

from dateline.lexicon import NEWS_AGENCIES, RUN_ON_AGENCIES, is_news_agency
from dateline.quotes.lexicon import NEWS_ORGANISATIONS
from dateline.structure.captions import split_credit
from dateline.structure.html_meta import split_agency
from dateline.structure.text_page import read_text_page


def _text_page_byline(byline: str) -> tuple[str | None, str | None]:
    page = f"Port reopens after a week-long strike\n\nBy {byline}\n\nThe port reopened on Monday after a week-long strike.\n"
    (article,) = read_text_page(page)
    return article.byline, article.agency


def test_agencies_are_named_once_and_in_any_case() -> None:
    assert len(set(NEWS_AGENCIES)) == len(NEWS_AGENCIES)
    assert set(RUN_ON_AGENCIES) <= set(NEWS_AGENCIES)
    assert is_news_agency(" THE ASSOCIATED PRESS ") and is_news_agency("dpa") and not is_news_agency("Reuters staff")


@pytest.mark.parametrize("agency", ["CNN", "PTI", "Al Jazeera", "PA Media"])
def test_html_and_text_bylines_split_off_the_same_agencies(agency: str) -> None:
    assert split_agency(f"Jane Doe, {agency}") == ("Jane Doe", agency)
    assert _text_page_byline(f"Jane Doe, {agency}") == ("Jane Doe", agency)


def test_a_byline_runs_into_the_agency_in_both_readers() -> None:
    assert split_agency("JANE DOE Bloomberg News") == ("JANE DOE", "Bloomberg News")
    assert _text_page_byline("JANE DOE Xinhua") == ("JANE DOE", "Xinhua")


def test_pennsylvania_is_no_photo_credit() -> None:
    assert split_credit("Supporters wait for the rally. (Pittsburgh, PA)")[1] is None
    assert split_credit("Supporters wait for the rally. (PA Media)")[1] == "PA Media"


def test_the_agencies_are_news_organisations_to_attribution() -> None:
    assert {"reuters", "the associated press", "xinhua", "pti"} <= NEWS_ORGANISATIONS
    assert "ani" not in NEWS_ORGANISATIONS and "pa" not in NEWS_ORGANISATIONS  # "told Ani" names a person
