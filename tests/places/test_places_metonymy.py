import pytest

from dateline.places.mentions import find_mentions
from dateline.places.metonymy import is_metonymic


def _flags(language_nlp, text: str) -> dict[str, bool]:
    doc = language_nlp(text)
    return {m.text: is_metonymic(doc, m.token_start, m.token_end) for m in find_mentions(doc)}


@pytest.mark.parametrize(
    "text, name",
    [
        ("Washington said on Monday it would not lift the sanctions.", "Washington"),
        ("Moscow denied any role in the attack.", "Moscow"),
        ("The sanctions imposed by Washington have hurt exports.", "Washington"),
        ("The government pledged to cooperate with Washington on the matter.", "Washington"),
        ("The minister called for dialogue between Beijing and Tokyo.", "Tokyo"),
        ("The president insisted the country was not subordinate to Washington.", "Washington"),
        ("The senator urged Havana to release the prisoners.", "Havana"),
        ("He pressured Caracas's closest ally to make a deal.", "Caracas"),
    ],
)
def test_a_place_standing_for_its_government(language_nlp, text: str, name: str) -> None:
    assert _flags(language_nlp, text)[name] is True


@pytest.mark.parametrize(
    "text, name",
    [
        ("He has been held in a jail in Moscow since February.", "Moscow"),
        ("Thousands rallied in Caracas on Saturday.", "Caracas"),
        ("Envoys visited Havana on Friday to discuss the embassy.", "Havana"),
        ("The flow of oil to Havana would stop, he warned.", "Havana"),
        ("Cuba is an island in the Caribbean.", "Cuba"),
    ],
)
def test_a_place_as_a_place(language_nlp, text: str, name: str) -> None:
    assert _flags(language_nlp, text)[name] is False
