from dateline.places.counties import us_county_states


def test_county_names_give_their_states() -> None:
    assert us_county_states("McMinn County") == {"TN"}
    assert {"GA", "AL"} <= us_county_states("Clarke County")
    assert "LA" in us_county_states("Orleans Parish")


def test_other_names_give_none() -> None:
    assert us_county_states("Kent") == frozenset()
    assert us_county_states("Nowhere County") == frozenset()
