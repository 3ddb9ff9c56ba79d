from dateline.places import country_of_demonym, country_of_name
from dateline.places.countries import capital_country


def test_demonyms_map_to_countries() -> None:
    assert country_of_demonym("Russian") == "RUS"
    assert country_of_demonym("Russians") == "RUS"
    assert country_of_demonym("Venezuelan") == "VEN"
    assert country_of_demonym("Venezuelans") == "VEN"
    assert country_of_demonym("American") == "USA"
    assert country_of_demonym("Muscovite") is None


def test_country_names_and_aliases() -> None:
    assert country_of_name("the United States") == "USA"
    assert country_of_name("U.S.") == "USA"
    assert country_of_name("Britain") == "GBR"
    assert country_of_name("Sochi") is None


def test_capitals() -> None:
    assert capital_country("Moscow") == "RUS"
    assert capital_country("Caracas") == "VEN"
    assert capital_country("Sochi") is None


def test_former_names_give_the_successor_state() -> None:
    assert country_of_name("the Soviet Union") == "RUS"
    assert country_of_demonym("Soviet") == "RUS"
    assert country_of_name("Yugoslavia") == "SRB"
    assert country_of_name("Zaire") == "COD"
    assert country_of_demonym("Kampuchean") == "KHM"
    assert country_of_name("Czechoslovakia") == "CZE"
    assert country_of_name("East Germany") == "DEU"
